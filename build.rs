//! Embeds the bundled policy library (`policies/`) in the binary, so wgll
//! runs with no files beside it and the library cannot drift from the code;
//! and cuts, from the SPDX licence store the `spdx` crate ships, a small
//! store of the licences most repositories hold, which loads in a few
//! milliseconds where the whole store (some 700 licences) takes a fifth of
//! a second (`src/collect/observe/licence.rs` falls back to the whole one).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("policies");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    let mut out = String::from(
        "/// The bundled policy library: (path under `policies/`, contents).\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let rel = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            file.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_default());
    let dest = out_dir.join("bundled_policies.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
    common_licences(&out_dir.join("common_licences.bin.zstd"));
}

/// The licences held by most repositories, and the texts closest to them (so
/// a near neighbour such as MIT-0 is not taken for MIT): the store's names
/// (GPL texts are stored under `-or-later`, with `-only` as an alias).
const COMMON_LICENCES: &[&str] = &[
    "0BSD",
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSL-1.0",
    "CC-BY-4.0",
    "CC0-1.0",
    "EUPL-1.2",
    "GPL-2.0-or-later",
    "GPL-3.0-or-later",
    "ISC",
    "LGPL-2.1-or-later",
    "LGPL-3.0-or-later",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "Unlicense",
];

fn common_licences(dest: &Path) {
    use spdx::detection::{LicenseEntry, Store};
    let full = match Store::load_inline() {
        Ok(store) => store,
        Err(e) => panic!("the spdx crate's licence store does not load: {e:?}"),
    };
    let mut common = Store::new();
    for (name, entry) in full.iter() {
        if COMMON_LICENCES.contains(&name.as_str()) {
            common.insert_entry(
                name.clone(),
                LicenseEntry {
                    original: entry.original.clone(),
                    aliases: entry.aliases.clone(),
                    headers: entry.headers.clone(),
                    alternates: entry.alternates.clone(),
                },
            );
        }
    }
    assert_eq!(
        common.len(),
        COMMON_LICENCES.len(),
        "a common licence is missing from the spdx crate's store"
    );
    let mut bytes = Vec::new();
    if let Err(e) = common.to_cache(&mut bytes) {
        panic!("cannot write the common licence store: {e:?}");
    }
    if let Err(e) = fs::write(dest, bytes) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            walk(&path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rego" | "yaml" | "json")
        ) {
            files.push(path);
        }
    }
}
