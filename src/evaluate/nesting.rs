//! How deeply a policy nests its bracketed terms, checked before regorus
//! parses it. regorus's parser tries each `[` and `{` first as a
//! comprehension and then again as a literal, so its time doubles with each
//! level of nesting: 0.3 s at 12 levels, 3 s at 16, minutes at 20. Its own
//! limit covers parentheses only. A policy past [`MAX_DEPTH`] is refused at
//! the bracket that goes too deep.

use super::error::PolicyError;

/// Deepest nesting of `[` and `{` a policy may use. The bundled library
/// needs 12 (a test's input document); deep data belongs in a data file.
pub const MAX_DEPTH: usize = 12;

/// The byte offset of the first `[` or `{` nested deeper than `max`,
/// outside strings and comments.
pub fn too_deep(text: &str, max: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'`' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'`' {
                    i += 1;
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            // Unbalanced closers are the parser's to report.
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// A located compile error for a policy nested too deeply.
pub fn check(file: &str, text: &str) -> Result<(), PolicyError> {
    let Some(offset) = too_deep(text, MAX_DEPTH) else {
        return Ok(());
    };
    let line = text[..offset].matches('\n').count() + 1;
    let column = text[..offset]
        .rfind('\n')
        .map_or(offset, |nl| offset - nl - 1)
        + 1;
    let (quoted, span) = crate::snippet::quotable_at(text, offset..offset + 1);
    let message = format!("brackets nested more than {MAX_DEPTH} deep");
    Err(PolicyError::Compile {
        file: file.to_string(),
        line,
        column,
        help: "flatten the term into named parts, or move deep data into a data file (data.json or data.yaml beside the policy)".into(),
        message,
        src: crate::snippet::Source::new(file, quoted),
        at: Some(span.into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!(
            "package p\n\nx := {}1{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    }

    #[test]
    fn depth_is_counted_across_arrays_objects_and_sets() {
        assert_eq!(too_deep(&nested(12), 12), None);
        assert_eq!(too_deep(&nested(13), 12), Some(16 + 12));
        assert_eq!(too_deep("x := {\"a\": [{\"b\": {1}}]}", 3), Some(18));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let text = "# [[[[\nx := \"[[[[\\\"[[\"\ny := `{{{{`\nz := [1]\n";
        assert_eq!(too_deep(text, 1), None);
    }

    #[test]
    fn the_error_points_at_the_bracket() {
        let Err(PolicyError::Compile {
            line,
            column,
            message,
            ..
        }) = check("deep.rego", &nested(20))
        else {
            panic!("not refused");
        };
        assert_eq!((line, column), (3, 18));
        assert!(message.contains("more than 12"), "{message}");
    }
}
