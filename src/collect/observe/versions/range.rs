//! Versions and ranges of versions as manifests write them: npm's
//! (`^20`, `>=18 <21`, `18.x`, `20 || 22`), PEP 440's (`>=3.11,<3.12`,
//! `~=3.11`, `==3.11.*`) and Poetry's and Bundler's (`^3.11`, `~> 3.2`),
//! read only as far as the lowest and highest version they allow, which is
//! all a release cycle needs.

use super::eol::compare;

/// The highest version a range allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    /// Up to and including this version.
    Inclusive(Vec<u64>),
    /// Up to but not including this version.
    Exclusive(Vec<u64>),
}

/// The versions a range allows: from `lower`, up to `upper` (none: no
/// limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// The lowest version allowed.
    pub lower: Vec<u64>,
    /// The highest, if any.
    pub upper: Option<Bound>,
}

/// The numbers a version begins with (`18.19.0-alpine` gives 18, 19, 0) and
/// how many bytes they take; a trailing dot is not taken.
pub fn parse_numbers(text: &str) -> (Vec<u64>, usize) {
    let bytes = text.as_bytes();
    let mut numbers = Vec::new();
    let mut at = 0;
    let mut end = 0;
    loop {
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            at += 1;
        }
        if at == start {
            break;
        }
        match text[start..at].parse() {
            Ok(n) => numbers.push(n),
            Err(_) => break,
        }
        end = at;
        if at < bytes.len() && bytes[at] == b'.' {
            at += 1;
        } else {
            break;
        }
    }
    (numbers, end)
}

/// Adds one to the last number (`3.11` to `3.12`): the start of the next
/// release at that depth.
fn bump(numbers: &[u64]) -> Vec<u64> {
    let mut next = numbers.to_vec();
    if let Some(last) = next.last_mut() {
        *last += 1;
    }
    next
}

/// One comparator's version: its numbers up to any wildcard, and whether
/// it was written in full (three numbers, no wildcard).
fn operand(text: &str) -> Option<(Vec<u64>, bool)> {
    let text = text.trim().trim_start_matches(['v', 'V', '=']);
    if text.is_empty() || matches!(text, "*" | "x" | "X") {
        return Some((Vec::new(), false));
    }
    let (numbers, used) = parse_numbers(text);
    if numbers.is_empty() {
        return None;
    }
    let rest = &text[used..];
    let wildcard = rest.starts_with(".*") || rest.starts_with(".x") || rest.starts_with(".X");
    // Anything else after the numbers is a pre-release or build (`-rc.1`).
    if !(rest.is_empty() || wildcard || rest.starts_with(['-', '+']) || rest.starts_with(".")) {
        return None;
    }
    let full = numbers.len() >= 3 && !wildcard;
    Some((numbers, full))
}

/// What one comparator allows.
fn comparator(op: &str, text: &str) -> Option<(Option<Vec<u64>>, Option<Bound>)> {
    let (numbers, full) = operand(text)?;
    if numbers.is_empty() {
        return Some((None, None));
    }
    let range = match op {
        "" | "=" | "==" | "===" => (
            Some(numbers.clone()),
            Some(Bound::Exclusive(bump(&numbers))),
        ),
        "^" => {
            let first = numbers
                .iter()
                .position(|n| *n != 0)
                .unwrap_or(numbers.len() - 1);
            let upper = bump(&numbers[..=first]);
            (Some(numbers), Some(Bound::Exclusive(upper)))
        }
        "~" => {
            let upper = bump(&numbers[..numbers.len().min(2)]);
            (Some(numbers), Some(Bound::Exclusive(upper)))
        }
        "~=" | "~>" => {
            let keep = numbers.len().saturating_sub(1).max(1);
            let upper = bump(&numbers[..keep]);
            (Some(numbers), Some(Bound::Exclusive(upper)))
        }
        ">=" => (Some(numbers), None),
        ">" if full => (Some(numbers), None),
        ">" => (Some(bump(&numbers)), None),
        "<" => (None, Some(Bound::Exclusive(numbers))),
        "<=" if full => (None, Some(Bound::Inclusive(numbers))),
        "<=" => (None, Some(Bound::Exclusive(bump(&numbers)))),
        "!=" => (None, None),
        _ => return None,
    };
    Some(range)
}

fn lower_of(a: &Option<Bound>, b: &Option<Bound>) -> Option<Bound> {
    match (a, b) {
        (None, other) | (other, None) => other.clone(),
        (Some(x), Some(y)) => {
            let (vx, vy) = (bound_value(x), bound_value(y));
            match compare(vx, vy) {
                std::cmp::Ordering::Less => Some(x.clone()),
                std::cmp::Ordering::Greater => Some(y.clone()),
                // Equal: exclusive is the tighter.
                std::cmp::Ordering::Equal if matches!(x, Bound::Exclusive(_)) => Some(x.clone()),
                std::cmp::Ordering::Equal => Some(y.clone()),
            }
        }
    }
}

fn bound_value(bound: &Bound) -> &[u64] {
    match bound {
        Bound::Inclusive(v) | Bound::Exclusive(v) => v,
    }
}

/// One alternative: comparators all of which must hold.
fn alternative(text: &str) -> Option<Range> {
    // npm's hyphen range: `18 - 20` is `>=18 <=20`.
    if let Some((from, to)) = text.split_once(" - ") {
        let (low, _) = comparator(">=", from)?;
        let (_, high) = comparator("<=", to)?;
        return Some(Range {
            lower: low.unwrap_or_default(),
            upper: high,
        });
    }
    let spaced = text.replace(',', " ");
    let mut tokens = spaced.split_whitespace().peekable();
    let mut lower: Vec<u64> = Vec::new();
    let mut upper: Option<Bound> = None;
    let mut any = false;
    while let Some(token) = tokens.next() {
        let split = token
            .find(|c: char| !matches!(c, '<' | '>' | '=' | '~' | '^' | '!'))
            .unwrap_or(token.len());
        let (op, mut rest) = token.split_at(split);
        let joined;
        if rest.is_empty() && !op.is_empty() {
            joined = tokens.next()?.to_string();
            rest = &joined;
        }
        let (low, high) = comparator(op, rest)?;
        any = true;
        if let Some(low) = low
            && compare(&low, &lower).is_gt()
        {
            lower = low;
        }
        upper = lower_of(&upper, &high);
    }
    any.then_some(Range { lower, upper })
}

/// Reads a range; `None` when it is not one these notations write (a tag,
/// a URL, `lts/*`).
pub fn parse_range(text: &str) -> Option<Range> {
    let mut union: Option<Range> = None;
    for part in text.split("||") {
        let range = alternative(part.trim())?;
        union = Some(match union {
            None => range,
            Some(seen) => Range {
                lower: if compare(&range.lower, &seen.lower).is_lt() {
                    range.lower
                } else {
                    seen.lower
                },
                upper: match (seen.upper, range.upper) {
                    (Some(a), Some(b)) => {
                        // The higher of the two.
                        if lower_of(&Some(a.clone()), &Some(b.clone())) == Some(a.clone()) {
                            Some(b)
                        } else {
                            Some(a)
                        }
                    }
                    _ => None,
                },
            },
        });
    }
    union
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(lower: &[u64], upper: Option<Bound>) -> Option<Range> {
        Some(Range {
            lower: lower.to_vec(),
            upper,
        })
    }

    #[test]
    fn numbers_stop_at_the_first_other_character() {
        assert_eq!(parse_numbers("18.19.0-alpine"), (vec![18, 19, 0], 7));
        assert_eq!(parse_numbers("3.12."), (vec![3, 12], 4));
        assert_eq!(parse_numbers("latest"), (vec![], 0));
        assert_eq!(parse_numbers("17.0.9+9"), (vec![17, 0, 9], 6));
    }

    #[test]
    fn npm_ranges() {
        use Bound::*;
        assert_eq!(parse_range("^20"), r(&[20], Some(Exclusive(vec![21]))));
        assert_eq!(parse_range(">=18 <21"), r(&[18], Some(Exclusive(vec![21]))));
        assert_eq!(parse_range(">= 18"), r(&[18], None));
        assert_eq!(parse_range("18.x"), r(&[18], Some(Exclusive(vec![19]))));
        assert_eq!(
            parse_range("~20.11.1"),
            r(&[20, 11, 1], Some(Exclusive(vec![20, 12])))
        );
        assert_eq!(parse_range("18 - 20"), r(&[18], Some(Exclusive(vec![21]))));
        assert_eq!(parse_range("20 || 22"), r(&[20], Some(Exclusive(vec![23]))));
        assert_eq!(
            parse_range("<=20.5.1"),
            r(&[], Some(Inclusive(vec![20, 5, 1])))
        );
        assert_eq!(parse_range("*"), r(&[], None));
        assert_eq!(parse_range("lts/*"), None);
    }

    #[test]
    fn python_and_ruby_ranges() {
        use Bound::*;
        assert_eq!(
            parse_range(">=3.11,<3.12"),
            r(&[3, 11], Some(Exclusive(vec![3, 12])))
        );
        assert_eq!(parse_range("~=3.11"), r(&[3, 11], Some(Exclusive(vec![4]))));
        assert_eq!(
            parse_range("==3.11.*"),
            r(&[3, 11], Some(Exclusive(vec![3, 12])))
        );
        assert_eq!(parse_range("~> 3.2"), r(&[3, 2], Some(Exclusive(vec![4]))));
        assert_eq!(parse_range(">=3.9, !=3.9.1"), r(&[3, 9], None));
    }
}
