//! Functions that call themselves, found before a policy runs.
//!
//! Rego forbids recursion and OPA's compiler rejects it. regorus stops a rule
//! that depends on itself, but a function that calls itself (directly or
//! through others) recurses until the thread's stack is gone, which aborts
//! the whole process: no located error, and in an audit no other result. So
//! each policy file's functions are read by name, their calls to each other
//! followed, and a cycle is reported at the call that closes it.
//!
//! This reads the text, not regorus's syntax tree: comments and strings are
//! blanked first, rule heads are found at bracket depth 0 at the start of a
//! line, and a call is a name of a function of the same file followed by
//! `(`, not after a `.` (a call into another package).

use std::collections::BTreeMap;

/// A function that calls itself, through `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    /// The functions in call order, first repeated last (`f -> g -> f`).
    pub path: Vec<String>,
    /// 1-based line of the call that closes the cycle.
    pub line: usize,
    /// 1-based column of that call.
    pub column: usize,
}

impl Cycle {
    /// What to say about it.
    pub fn message(&self) -> String {
        if self.path.len() == 2 {
            format!(
                "function `{}` calls itself; Rego does not allow recursion",
                self.path[0]
            )
        } else {
            format!(
                "functions call each other in a cycle ({}); Rego does not allow recursion",
                self.path.join(" -> ")
            )
        }
    }
}

/// The first cycle among the functions defined in `text`, if any.
pub fn function_cycle(text: &str) -> Option<Cycle> {
    let clean = blank_comments_and_strings(text);
    let statements = statements(&clean);
    let names: Vec<&str> = statements
        .iter()
        .filter_map(|s| s.function.as_deref())
        .collect();
    // Calls from each function to functions of this file: (callee, offset).
    let mut calls: BTreeMap<&str, Vec<(&str, usize)>> = BTreeMap::new();
    for s in &statements {
        let Some(caller) = s.function.as_deref() else {
            continue;
        };
        let entry = calls.entry(caller).or_default();
        for (name, at) in identifier_calls(&clean, s.body.clone()) {
            if let Some(callee) = names.iter().find(|n| **n == name) {
                entry.push((callee, at));
            }
        }
    }
    let mut order: Vec<&str> = Vec::new();
    for name in &names {
        if !order.contains(name) {
            order.push(name);
        }
    }
    for start in order {
        if let Some(cycle) = find_cycle(start, &calls, text) {
            return Some(cycle);
        }
    }
    None
}

/// A depth-first search from `start` for a path back to it.
fn find_cycle(
    start: &str,
    calls: &BTreeMap<&str, Vec<(&str, usize)>>,
    text: &str,
) -> Option<Cycle> {
    let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
    let mut path: Vec<&str> = vec![start];
    let mut seen: Vec<&str> = vec![start];
    while let Some((node, next)) = stack.pop() {
        let edges = calls.get(node).map_or(&[][..], Vec::as_slice);
        let Some(&(callee, at)) = edges.get(next) else {
            path.pop();
            continue;
        };
        stack.push((node, next + 1));
        if callee == start {
            let mut names: Vec<String> = path.iter().map(|s| s.to_string()).collect();
            names.push(start.to_string());
            let (line, column) = line_col(text, at);
            return Some(Cycle {
                path: names,
                line,
                column,
            });
        }
        if !seen.contains(&callee) {
            seen.push(callee);
            path.push(callee);
            stack.push((callee, 0));
        }
    }
    None
}

/// One top-level statement: a function's name (when it defines one) and
/// where its body lies (after the head's parameters).
struct Statement {
    function: Option<String>,
    body: std::ops::Range<usize>,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Top-level statements: each starts at a line beginning with a name, at
/// bracket depth 0 (`else` continues the statement before it).
fn statements(clean: &str) -> Vec<Statement> {
    let bytes = clean.as_bytes();
    let mut starts = Vec::new();
    let mut depth: i64 = 0;
    let mut line_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        let is_else =
            clean[i..].starts_with("else") && !bytes.get(i + 4).is_some_and(|&next| is_ident(next));
        if line_start && depth <= 0 && is_ident_start(b) && !is_else {
            starts.push(i);
        }
        match b {
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth -= 1,
            _ => {}
        }
        line_start = b == b'\n';
    }
    let mut out = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(clean.len());
        let mut i = start;
        let word = |i: usize| {
            let mut j = i;
            while j < end && is_ident(bytes[j]) {
                j += 1;
            }
            j
        };
        let mut j = word(i);
        if &clean[i..j] == "default" {
            i = j;
            while i < end && bytes[i] == b' ' {
                i += 1;
            }
            j = word(i);
        }
        let name = &clean[i..j];
        let mut k2 = j;
        while k2 < end && bytes[k2] == b' ' {
            k2 += 1;
        }
        let function = (k2 < end && bytes[k2] == b'(' && !matches!(name, "package" | "import"))
            .then(|| name.to_string());
        // The body starts after the head's closing parenthesis.
        let body_start = if function.is_some() {
            let mut d = 0;
            let mut p = k2;
            while p < end {
                match bytes[p] {
                    b'(' => d += 1,
                    b')' => {
                        d -= 1;
                        if d == 0 {
                            p += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                p += 1;
            }
            p
        } else {
            j
        };
        out.push(Statement {
            function,
            body: body_start.min(end)..end,
        });
    }
    out
}

/// Names followed by `(` in `range`, not after a `.`, with their offsets.
fn identifier_calls(clean: &str, range: std::ops::Range<usize>) -> Vec<(&str, usize)> {
    let bytes = clean.as_bytes();
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if is_ident_start(bytes[i]) && (i == 0 || !is_ident(bytes[i - 1])) {
            let start = i;
            while i < range.end && is_ident(bytes[i]) {
                i += 1;
            }
            let mut k = i;
            while k < range.end && bytes[k] == b' ' {
                k += 1;
            }
            let after_dot = start > 0 && bytes[start - 1] == b'.';
            if k < range.end && bytes[k] == b'(' && !after_dot {
                out.push((&clean[start..i], start));
            }
        } else {
            i += 1;
        }
    }
    out
}

/// `text` with comments and the insides of strings replaced by spaces, so
/// offsets and lines stay the same.
fn blank_comments_and_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                out.push(' ');
                while let Some(&n) = chars.peek() {
                    if n == '\n' {
                        break;
                    }
                    chars.next();
                    out.extend(std::iter::repeat_n(' ', n.len_utf8()));
                }
            }
            '"' | '`' => {
                out.push(c);
                let mut escaped = false;
                for n in chars.by_ref() {
                    if n == c && !escaped {
                        out.push(c);
                        break;
                    }
                    escaped = c == '"' && n == '\\' && !escaped;
                    if n == '\n' {
                        out.push('\n');
                    } else {
                        out.extend(std::iter::repeat_n(' ', n.len_utf8()));
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_function_that_calls_itself() {
        let text = "package p\n\nf(x) := y if {\n\ty := f(x + 1)\n}\n\ndeny contains \"x\" if { f(1) > 0 }\n";
        let cycle = function_cycle(text).unwrap();
        assert_eq!(cycle.path, ["f", "f"]);
        assert_eq!((cycle.line, cycle.column), (4, 7));
        assert!(cycle.message().contains("`f` calls itself"));
    }

    #[test]
    fn finds_mutual_recursion_through_a_one_line_function() {
        let text = "package p\n\neven(n) if odd(n - 1)\n\nodd(n) if {\n\tn > 0\n\teven(n - 1)\n}\n";
        let cycle = function_cycle(text).unwrap();
        assert_eq!(cycle.path, ["even", "odd", "even"]);
        assert_eq!(cycle.line, 7);
    }

    #[test]
    fn calls_elsewhere_comments_strings_and_other_packages_are_not_cycles() {
        let text = "package p\n\nimport data.lib\n\n# f(x) calls f(x) in a comment\nf(x) := lib.f(x) if {\n\tmsg := \"f(x)\"\n\tcount(msg) > 0\n}\n\ng(x) := f(x)\n\ndefault h(_) := false\n\nh(x) if g(x)\n";
        assert_eq!(function_cycle(text), None);
    }

    #[test]
    fn else_branches_belong_to_their_function() {
        let text = "package p\n\nf(x) := 1 if {\n\tx > 1\n} else := f(x - 1)\n";
        assert_eq!(function_cycle(text).map(|c| c.line), Some(5));
    }

    #[test]
    fn a_function_named_like_else_starts_its_own_statement() {
        let text = "package p\n\nf(x) := 1 if { x > 1 }\n\nelsewhere(x) := f(x)\n";
        assert_eq!(function_cycle(text), None);
        let text = "package p\n\nf(x) := elsewhere(x)\n\nelsewhere(x) := f(x)\n";
        assert_eq!(function_cycle(text).map(|c| c.path.len()), Some(3));
    }

    #[test]
    fn the_bundled_library_has_no_cycles() {
        for file in crate::evaluate::bundle::bundled() {
            assert_eq!(function_cycle(&file.text), None, "{}", file.display);
        }
    }
}
