//! Property tests: no byte sequence as a manifest or an ADR makes the
//! collectors panic; each either reads or returns a located error.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use wgll::collect::source::MemoryTree;
use wgll::collect::{CollectOptions, ReadMode, collect_from};
use wgll::date::Date;

fn options() -> CollectOptions {
    CollectOptions {
        path: ".".into(),
        mode: ReadMode::WorkTree,
        manifest: "wgll.yaml".into(),
        today: Date::new(2026, 11, 23).unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_as_a_manifest_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let tree = MemoryTree::new([("wgll.yaml", bytes)]);
        let _ = collect_from(&tree, "r".into(), &options());
    }

    #[test]
    fn random_yaml_like_text_as_a_manifest_never_panics(text in "[a-z:\\-\\[\\]{}&*!|>'\" \n#,?0-9]{0,300}") {
        let tree = MemoryTree::new([("wgll.yaml", text)]);
        let _ = collect_from(&tree, "r".into(), &options());
    }

    #[test]
    fn random_bytes_as_an_adr_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let tree = MemoryTree::new([("docs/adr/0001-x.md", bytes)]);
        let _ = collect_from(&tree, "r".into(), &options());
    }

    #[test]
    fn random_markdown_like_text_as_an_adr_never_panics(text in "[#*>|`\\-_:\\[\\]()a-zA-Z0-9 \n/.✅é]{0,400}") {
        let tree = MemoryTree::new([("docs/adr/0001-x.md", text)]);
        let _ = collect_from(&tree, "r".into(), &options());
    }
}
