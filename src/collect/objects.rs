//! Checking a repository's loose objects before libgit2 reads any of them.
//!
//! libgit2 1.9 (the one `git2` bundles) loops forever inflating a loose
//! object whose zlib stream is cut short (libgit2 issue 7342, fixed upstream
//! after that release): one truncated file in `.git/objects` would hang a
//! check, and in an audit the whole portfolio. libgit2 reads objects inside
//! calls wgll cannot interrupt (revision parsing, tree and history walks), so
//! every loose commit, tree and tag is inflated here first and a repository
//! holding one that does not inflate whole is refused, naming the file.
//! Blobs, most of the store, are read by libgit2 only when wgll asks for
//! one: their header is checked here and the whole blob just before it is
//! read ([`check_loose_object`]). Packed objects are not affected: libgit2
//! checks a pack's length and checksum on opening.

use std::cell::RefCell;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::{Decompress, FlushDecompress, Status};

/// Enough of a loose object's file to inflate its header (`type size\0`,
/// at most 32 bytes, from a few more compressed).
const HEAD_BYTES: usize = 512;

/// A loose object that does not inflate to what its header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenObject {
    /// The object's file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub reason: String,
}

/// Checks the loose objects under `objects` (a git folder's `objects/`):
/// every commit, tree and tag whole, every blob's header. A missing folder
/// holds nothing to check.
pub fn check_loose_objects(objects: &Path) -> Result<(), BrokenObject> {
    let Ok(fans) = fs::read_dir(objects) else {
        return Ok(());
    };
    for fan in fans.flatten() {
        let name = fan.file_name();
        let Some(name) = name.to_str() else { continue };
        // Only the two-hex-digit fan-out folders hold loose objects
        // (`pack/` and `info/` do not).
        if name.len() != 2 || !name.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let Ok(files) = fs::read_dir(fan.path()) else {
            continue;
        };
        for file in files.flatten() {
            let is_object = file
                .file_name()
                .to_str()
                .is_some_and(|n| n.len() >= 38 && n.bytes().all(|b| b.is_ascii_hexdigit()));
            // Only regular files: git never writes anything else here, and
            // opening a FIFO would block.
            if is_object && file.file_type().is_ok_and(|t| t.is_file()) {
                check_one(&file.path(), false)?;
            }
        }
    }
    Ok(())
}

/// Checks one object whole, if it is stored loose: what to call before
/// libgit2 reads a blob.
pub fn check_loose_object(objects: &Path, id: &str) -> Result<(), BrokenObject> {
    if id.len() < 3 {
        return Ok(());
    }
    let path = objects.join(&id[..2]).join(&id[2..]);
    match fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() => check_one(&path, true),
        _ => Ok(()),
    }
}

fn check_one(path: &Path, blobs_too: bool) -> Result<(), BrokenObject> {
    INFLATER
        .with(|inflater| inflater.borrow_mut().check(path, blobs_too))
        .map_err(|reason| BrokenObject {
            path: path.to_path_buf(),
            reason,
        })
}

thread_local! {
    /// One inflater per thread, reused for every object: a store holds
    /// hundreds of small loose objects, and a fresh zlib state and 64 KiB
    /// buffer for each cost more than inflating them.
    static INFLATER: RefCell<Inflater> = RefCell::new(Inflater::new());
}

/// A zlib state, the file's bytes and an output buffer, kept between objects.
struct Inflater {
    z: Decompress,
    file: Vec<u8>,
    out: Vec<u8>,
}

/// Buffers grown past this by one large object are given back after it.
const KEEP_BYTES: usize = 1 << 20;

impl Inflater {
    fn new() -> Self {
        Self {
            z: Decompress::new(true),
            file: Vec::with_capacity(HEAD_BYTES),
            out: vec![0u8; 64 * 1024],
        }
    }

    fn check(&mut self, path: &Path, blobs_too: bool) -> Result<(), String> {
        self.file.clear();
        let result = self.check_file(path, blobs_too);
        if self.file.capacity() > KEEP_BYTES {
            self.file = Vec::with_capacity(HEAD_BYTES);
        }
        result
    }

    fn check_file(&mut self, path: &Path, blobs_too: bool) -> Result<(), String> {
        let mut file = fs::File::open(path).map_err(|e| e.to_string())?;
        (&mut file)
            .take(HEAD_BYTES as u64)
            .read_to_end(&mut self.file)
            .map_err(|e| e.to_string())?;
        let head = &self.file;
        // A loose object is a zlib stream (deflate in the CMF byte; the
        // check bits make the first two bytes a multiple of 31). git has
        // written no other form since 2007, and libgit2's reader of the old
        // one inflates the same way, so anything else is refused too.
        if head.len() < 2
            || head[0] & 0x0f != 8
            || !u16::from_be_bytes([head[0], head[1]]).is_multiple_of(31)
        {
            return Err("it is not a zlib stream".into());
        }
        let header = self.inflate_header()?;
        parse_header(&self.out[..header])?;
        if self.out.starts_with(b"blob ") && !blobs_too {
            return Ok(());
        }
        file.read_to_end(&mut self.file)
            .map_err(|e| e.to_string())?;
        self.inflate_whole()
    }

    /// The length of the object's header (`type size`), inflated into the
    /// start of `out` from the start of the stream.
    fn inflate_header(&mut self) -> Result<usize, String> {
        self.z.reset(true);
        self.z
            .decompress(&self.file, &mut self.out[..64], FlushDecompress::None)
            .map_err(|e| format!("not a zlib stream: {e}"))?;
        let produced = self.z.total_out() as usize;
        match self.out[..produced].iter().position(|&b| b == 0) {
            Some(end) => Ok(end),
            None if produced < 64 => {
                Err("its zlib stream is cut short (the file is truncated)".into())
            }
            None => Err("its header does not end within 64 bytes".into()),
        }
    }

    /// Inflates the whole stream, checking that it ends (zlib's own checksum
    /// included) and that its length is the header's.
    fn inflate_whole(&mut self) -> Result<(), String> {
        let z = &mut self.z;
        z.reset(true);
        let mut header: Option<(u64, u64)> = None;
        loop {
            let (before_in, before_out) = (z.total_in(), z.total_out());
            let status = z
                .decompress(
                    &self.file[z.total_in() as usize..],
                    &mut self.out,
                    FlushDecompress::Finish,
                )
                .map_err(|e| format!("its zlib stream is corrupt: {e}"))?;
            let produced = (z.total_out() - before_out) as usize;
            if header.is_none() {
                // The header sits in the first bytes out: git writes it first.
                if let Some(end) = self.out[..produced].iter().position(|&b| b == 0) {
                    header = Some(parse_header(&self.out[..end])?);
                } else if z.total_out() >= 64 {
                    return Err("its header does not end within 64 bytes".into());
                }
            }
            match status {
                Status::StreamEnd => break,
                // No progress with input left would loop, as libgit2 does.
                _ if z.total_in() == before_in && produced == 0 => {
                    return Err("its zlib stream is cut short (the file is truncated)".into());
                }
                _ => {}
            }
        }
        let Some((header_len, size)) = header else {
            return Err("it holds no object header".into());
        };
        if z.total_out() != header_len + size {
            return Err(format!(
                "its header says {size} bytes but it holds {}",
                z.total_out().saturating_sub(header_len)
            ));
        }
        Ok(())
    }
}

/// `(length of "type size\0", size)` from a header's text.
fn parse_header(text: &[u8]) -> Result<(u64, u64), String> {
    let text = std::str::from_utf8(text).map_err(|_| "its header is not text".to_string())?;
    let (kind, size) = text
        .split_once(' ')
        .ok_or_else(|| format!("its header `{text}` names no size"))?;
    if !matches!(kind, "blob" | "tree" | "commit" | "tag") {
        return Err(format!("its header names no object type (`{kind}`)"));
    }
    let size: u64 = size
        .parse()
        .map_err(|_| format!("its header's size `{size}` is not a number"))?;
    Ok((text.len() as u64 + 1, size))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::ZlibEncoder;

    use super::*;

    fn object(body: &[u8], kind: &str) -> Vec<u8> {
        let mut raw = format!("{kind} {}\0", body.len()).into_bytes();
        raw.extend_from_slice(body);
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(&raw).unwrap();
        z.finish().unwrap()
    }

    fn store(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in files {
            let (fan, rest) = name.split_at(2);
            fs::create_dir_all(dir.path().join(fan)).unwrap();
            fs::write(dir.path().join(fan).join(rest), bytes).unwrap();
        }
        dir
    }

    const ID: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn whole_objects_pass() {
        let big: Vec<u8> = (0..300_000u32).flat_map(|i| i.to_le_bytes()).collect();
        let other = ID.replace('0', "f");
        let dir = store(&[
            (ID, object(b"hello\n", "blob")),
            (&other, object(&big, "tree")),
        ]);
        assert_eq!(check_loose_objects(dir.path()), Ok(()));
        assert_eq!(check_loose_object(dir.path(), ID), Ok(()));
        assert_eq!(check_loose_object(dir.path(), &other), Ok(()));
    }

    #[test]
    fn a_truncated_blob_is_found_when_it_is_read() {
        let body: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
        let whole = object(&body, "blob");
        let dir = store(&[(ID, whole[..whole.len() / 2].to_vec())]);
        assert_eq!(check_loose_objects(dir.path()), Ok(()));
        let err = check_loose_object(dir.path(), ID).unwrap_err();
        assert!(err.reason.contains("truncated"), "{err:?}");
        // Not stored loose: nothing to check here.
        assert_eq!(
            check_loose_object(dir.path(), &ID.replace('0', "e")),
            Ok(())
        );
    }

    #[test]
    fn a_truncated_object_is_named() {
        let whole = object(
            &(0..5000u32)
                .map(|i| (i * 7 % 251) as u8)
                .collect::<Vec<_>>(),
            "commit",
        );
        for cut in [1, 2, 10, whole.len() / 2, whole.len() - 4, whole.len() - 1] {
            let dir = store(&[(ID, whole[..cut].to_vec())]);
            let err = check_loose_objects(dir.path()).unwrap_err();
            assert!(err.path.ends_with(&ID[2..]), "{err:?}");
        }
    }

    #[test]
    fn a_size_that_is_not_the_headers_is_refused() {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(b"blob 99\0short").unwrap();
        let dir = store(&[(ID, z.finish().unwrap())]);
        let err = check_loose_object(dir.path(), ID).unwrap_err();
        assert!(err.reason.contains("says 99 bytes"), "{err:?}");
    }

    #[test]
    fn other_files_and_a_missing_folder_are_ignored() {
        let dir = store(&[]);
        for folder in ["info", "pack"] {
            fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        fs::write(dir.path().join("info/packs"), b"x").unwrap();
        fs::write(dir.path().join("pack/pack-1.pack"), b"garbage").unwrap();
        assert_eq!(check_loose_objects(dir.path()), Ok(()));
        assert_eq!(check_loose_objects(&dir.path().join("nowhere")), Ok(()));
    }
}
