//! Which licence a licence file holds, named by its SPDX identifier and
//! read from the text itself with the `spdx` crate's detector (askalono's,
//! as cargo-deny uses it), never from the file's name.
//!
//! Most repositories hold one of a few licences, so the text is matched
//! first against a small store of those (cut by `build.rs`; it loads in a
//! few milliseconds) and only a text that none of them matches closely is
//! matched against the whole SPDX list, loaded once per process.

use std::sync::OnceLock;

use serde::Serialize;
use spdx::detection::{Store, TextData};

/// Fewer words than this is a notice or a name, never a licence's text
/// (the shortest in common use, 0BSD and MIT-0, run to some 80 words), so
/// the whole list, a fifth of a second to load, is not searched for it.
const SHORTEST: usize = 30;

/// How close a text must be to a licence's to be taken for it: askalono's
/// own "confident" mark is 0.8; copyright lines and reflowed text cost a
/// few hundredths, a different licence far more.
const CONFIDENT: f32 = 0.9;

/// The common licences' store, built by `build.rs`.
static COMMON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/common_licences.bin.zstd"));

/// What a licence file's text was found to be; the default is a text
/// that names no licence (or could not be read).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Identified {
    /// The SPDX identifier of the licence the text is, or `null` when it is
    /// not close enough to any (a notice, a summary, a bespoke licence).
    pub spdx: Option<String>,
    /// Every identifier the same text stands for (the GPL's text is the
    /// same for `-only` and `-or-later`; the notice says which), so a claim
    /// can be held against any of them.
    pub matches: Vec<String>,
    /// Whether the Open Source Initiative approves the licence.
    pub osi_approved: bool,
    /// How close the text is to the licence, 0 to 1, in hundredths.
    pub confidence: f64,
    /// The closest licence when none is close enough, for the message.
    pub closest: Option<String>,
}

fn common() -> Option<&'static Store> {
    static STORE: OnceLock<Option<Store>> = OnceLock::new();
    STORE
        .get_or_init(|| Store::from_cache(COMMON).ok())
        .as_ref()
}

fn everything() -> Option<&'static Store> {
    static STORE: OnceLock<Option<Store>> = OnceLock::new();
    STORE.get_or_init(|| Store::load_inline().ok()).as_ref()
}

/// Loads the common licences' store (and the detector's text normalisers)
/// on a thread of its own, so a check that reaches a licence file finds it
/// ready; idempotent, and never the whole list.
pub fn warm_in_background() {
    static STARTED: OnceLock<()> = OnceLock::new();
    if STARTED.set(()).is_ok() {
        let _ = std::thread::Builder::new()
            .name("licences".into())
            .spawn(|| {
                if let Some(store) = common() {
                    let _ = store.analyze(&TextData::new("warm"));
                }
            });
    }
}

/// Names the licence `text` holds.
pub fn identify(text: &str) -> Identified {
    if let Some(id) = declared(text).or_else(|| government_licence(text)) {
        return named(id, &[], 1.0);
    }
    let data = TextData::new(text);
    let mut best: Option<(String, Vec<String>, f32)> = None;
    // Functions, not stores: the whole list is loaded only when reached.
    let stores: [fn() -> Option<&'static Store>; 2] = [common, everything];
    let words = text.split_whitespace().take(SHORTEST).count();
    let reach = if words < SHORTEST { 1 } else { 2 };
    for store in stores.into_iter().take(reach).filter_map(|load| load()) {
        let found = store.analyze(&data);
        let aliases = aliases(store, found.name);
        if best
            .as_ref()
            .is_none_or(|(_, _, score)| found.score > *score)
        {
            best = Some((found.name.to_string(), aliases, found.score));
        }
        if found.score >= CONFIDENT {
            break;
        }
    }
    match best {
        Some((name, aliases, score)) if score >= CONFIDENT => named(&name, &aliases, score),
        closest => Identified {
            confidence: hundredths(closest.as_ref().map_or(0.0, |(_, _, s)| *s)),
            closest: closest.map(|(name, _, _)| name),
            ..Identified::default()
        },
    }
}

/// An `SPDX-License-Identifier:` line, the way REUSE and many projects
/// name a licence in a short file, taken when it names one SPDX licence.
fn declared(text: &str) -> Option<&str> {
    let line = text
        .lines()
        .find_map(|l| l.split_once("SPDX-License-Identifier:"))?;
    let id = line.1.trim().trim_end_matches("-->").trim();
    spdx::license_id(id).map(|_| id)
}

/// The Open Government Licence is applied by a statement that names it and
/// links to it on the National Archives' site, not by a copy of its text
/// (the licence asks for exactly that), so a short statement naming a
/// version is that licence.
fn government_licence(text: &str) -> Option<&'static str> {
    if text.split_whitespace().count() > 120 {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if !lower.contains("open government licence") && !lower.contains("open-government-licence") {
        return None;
    }
    let version = [
        ("open-government-licence/version/3", "OGL-UK-3.0"),
        ("open-government-licence/version/2", "OGL-UK-2.0"),
        ("licence version 3", "OGL-UK-3.0"),
        ("licence v3", "OGL-UK-3.0"),
        ("licence version 2", "OGL-UK-2.0"),
        ("licence v2", "OGL-UK-2.0"),
    ];
    version
        .iter()
        .find(|(said, _)| lower.contains(said))
        .map(|(_, id)| *id)
}

fn aliases(store: &Store, name: &str) -> Vec<String> {
    store
        .iter()
        .find(|(n, _)| n.as_str() == name)
        .map(|(_, entry)| entry.aliases.clone())
        .unwrap_or_default()
}

fn named(name: &str, aliases: &[String], score: f32) -> Identified {
    let mut matches = vec![name.to_string()];
    matches.extend(aliases.iter().cloned());
    let osi_approved = matches
        .iter()
        .any(|m| spdx::license_id(m).is_some_and(|id| id.is_osi_approved()));
    Identified {
        spdx: Some(name.to_string()),
        matches,
        osi_approved,
        confidence: hundredths(score),
        closest: None,
    }
}

fn hundredths(score: f32) -> f64 {
    (f64::from(score) * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIT: &str = "MIT License\n\nCopyright (c) 2026 Northshire Hospitals NHS Foundation Trust\n\n\
Permission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\n\
in the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n\
copies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\n\
The above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\n\
THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n\
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n\
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n";

    #[test]
    fn the_mit_text_is_mit_whatever_the_copyright_line() {
        let found = identify(MIT);
        assert_eq!(found.spdx.as_deref(), Some("MIT"));
        assert!(found.osi_approved);
        assert!(found.confidence >= 0.9, "{found:?}");
    }

    #[test]
    fn a_copyright_line_alone_is_no_licence() {
        let found = identify("MIT License. Copyright (c) 2026 Northshire Hospitals.\n");
        assert_eq!(found.spdx, None);
        assert!(!found.osi_approved);
        assert!(found.closest.is_some());
    }

    #[test]
    fn a_licence_the_common_store_lacks_is_found_in_the_whole_list() {
        // The zlib licence's text, which the small store does not hold.
        let zlib = "This software is provided 'as-is', without any express or implied\nwarranty. In no event will the authors be held liable for any damages\narising from the use of this software.\n\nPermission is granted to anyone to use this software for any purpose,\nincluding commercial applications, and to alter it and redistribute it\nfreely, subject to the following restrictions:\n\n1. The origin of this software must not be misrepresented; you must not\n   claim that you wrote the original software. If you use this software\n   in a product, an acknowledgment in the product documentation would be\n   appreciated but is not required.\n2. Altered source versions must be plainly marked as such, and must not be\n   misrepresented as being the original software.\n3. This notice may not be removed or altered from any source distribution.\n";
        let found = identify(zlib);
        assert_eq!(found.spdx.as_deref(), Some("Zlib"), "{found:?}");
        assert!(found.osi_approved);
    }

    #[test]
    fn a_proprietary_notice_is_not_open_source() {
        let found = identify(
            "Copyright 2026 Northshire Hospitals. All rights reserved.\n\
             No part of this software may be copied, changed or shared without written permission.\n",
        );
        assert_eq!(found.spdx, None);
        assert!(!found.osi_approved);
    }

    #[test]
    fn an_open_government_licence_statement_is_that_licence() {
        let found = identify(
            "This content is made available under the Open Government Licence version 3 as described in\nhttps://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n",
        );
        assert_eq!(found.spdx.as_deref(), Some("OGL-UK-3.0"));
        assert!(!found.osi_approved);
        let unversioned = identify("Content is under the Open Government Licence.\n");
        assert_eq!(unversioned.spdx, None);
    }

    #[test]
    fn an_spdx_identifier_line_names_the_licence() {
        let found = identify("SPDX-License-Identifier: Apache-2.0\n");
        assert_eq!(found.spdx.as_deref(), Some("Apache-2.0"));
        assert!(found.osi_approved);
        let unknown = identify("SPDX-License-Identifier: Made-Up-1.0\n");
        assert_eq!(unknown.spdx, None);
    }
}
