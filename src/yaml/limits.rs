//! The caps that keep hostile YAML from exhausting the stack or memory:
//! how deep collections may nest and how far aliases may expand.

/// Limits that keep hostile YAML from exhausting the stack or memory.
#[derive(Debug, Clone, Copy)]
pub struct YamlLimits {
    /// Deepest nesting of collections accepted.
    pub max_depth: usize,
    /// How many nodes alias expansion may produce in one document.
    pub max_alias_nodes: usize,
}

impl Default for YamlLimits {
    fn default() -> Self {
        Self {
            max_depth: 64,
            max_alias_nodes: 10_000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::YamlLimits;
    use crate::yaml::parse;

    #[test]
    fn stops_an_alias_bomb() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..9 {
            let prev = (b'a' + i) as char;
            let next = (b'a' + i + 1) as char;
            text.push_str(&format!("{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("alias bomb"), "{}", err.message);
    }

    #[test]
    fn stops_deep_flow_nesting_without_overflowing_the_stack() {
        let text = "[".repeat(200_000);
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert!(err.offset < 1000, "{err:?}");
    }

    #[test]
    fn stops_deep_block_nesting_at_the_limit() {
        let text: String = (0..100).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert_eq!(err.message, "nesting is deeper than 64 levels");
    }
}
