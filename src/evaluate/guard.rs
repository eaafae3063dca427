//! Built-ins whose cost a policy sets with one argument, checked before they
//! allocate.
//!
//! regorus checks its memory limit between steps, but a single step can ask
//! for more than the machine has: `numbers.range(1, 1e10)` reserves the whole
//! array at once, `sprintf("%999999999d", [1])` pads a gigabyte character by
//! character, `replace` or `concat` can multiply a large string in one call.
//! Under an address-space limit such a request aborts the process before any
//! check runs. These built-ins are registered as extensions of the same name
//! (regorus looks extensions up first): each works out the size of its
//! result from its arguments, refuses one over the budget with a memory-limit
//! error at the call, and otherwise hands the call to regorus's own built-in,
//! so results are exactly regorus's.

use regorus::Value;
use regorus::unstable::{BUILTINS, Expr, Ref, Span};
use regorus::{Engine, Source};

/// The most a single built-in call may ask for, in bytes, however much the
/// process has left: no policy of wgll's needs a result near this, and a
/// request for more is a runaway.
const MAX_RESULT_BYTES: u64 = 256 << 20;

/// Bytes a value of the array takes at least (a tagged pointer plus a
/// number); a slight undercount only lets a request through that the
/// between-steps check will stop.
const BYTES_PER_ELEMENT: u64 = 16;

/// The widest `sprintf` width or precision honoured: Go's own `fmt` caps
/// widths at 10^6.
const MAX_WIDTH: u64 = 1_000_000;

/// Sets the most memory policies may hold, and returns it: `ceiling`, or less where the process may not have that much. Under an
/// address-space limit (`ulimit -v`) or a container's memory limit, a
/// quarter of it: regorus checks between steps, so a step may still double
/// what is held before the check sees it, and the allocator and the rest of
/// wgll need room too.
pub fn set_memory_limit(ceiling: u64) -> u64 {
    let limit = memory_limit(ceiling);
    regorus::set_global_memory_limit(Some(limit));
    limit
}

fn memory_limit(ceiling: u64) -> u64 {
    let address_space = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|text| {
            let line = text.lines().find(|l| l.starts_with("Max address space"))?;
            line.split_whitespace().nth(3)?.parse::<u64>().ok()
        });
    let container = std::fs::read_to_string("/sys/fs/cgroup/memory.max")
        .ok()
        .and_then(|text| text.trim().parse::<u64>().ok());
    [address_space, container]
        .into_iter()
        .flatten()
        .map(|bytes| bytes / 4)
        .fold(ceiling, u64::min)
}

/// Registers the guarded built-ins on an engine.
pub fn install(engine: &mut Engine) {
    let Some(span) = dummy_span() else {
        return;
    };
    for (name, nargs, estimate) in GUARDED {
        let Some(&(builtin, _)) = BUILTINS.get(name) else {
            continue;
        };
        let params: Vec<Ref<Expr>> = (0..*nargs)
            .map(|eidx| {
                Ref::new(Expr::Null {
                    span: span.clone(),
                    value: Value::Null,
                    eidx: u32::from(eidx),
                })
            })
            .collect();
        let span = span.clone();
        let estimate = *estimate;
        // Registration fails only for a name registered twice.
        let _ = engine.add_extension(
            (*name).to_string(),
            *nargs,
            Box::new(move |args: Vec<Value>| {
                if let Some(bytes) = estimate(&args)?
                    && bytes > budget()
                {
                    anyhow::bail!(
                        "{name} would build about {} MiB in one step, over the memory limit \
                         (at most {} MiB in one call)",
                        bytes >> 20,
                        budget() >> 20
                    );
                }
                // A built-in's own error makes the expression undefined, as
                // OPA does (strict errors are off); the time and memory
                // limits still end the evaluation.
                match builtin(&span, &params, &args, false) {
                    Ok(value) => Ok(value),
                    Err(e) if e.downcast_ref::<regorus::LimitError>().is_some() => Err(e),
                    Err(_) => Ok(Value::Undefined),
                }
            }),
        );
    }
}

/// How many bytes one call may ask for: the smaller of the fixed cap and
/// what the memory limit leaves.
fn budget() -> u64 {
    regorus::global_memory_limit().map_or(MAX_RESULT_BYTES, |limit| MAX_RESULT_BYTES.min(limit / 4))
}

type Estimate = fn(&[Value]) -> anyhow::Result<Option<u64>>;

/// Each guarded built-in, its arity, and the size of its result worked out
/// from its arguments (`None`: arguments of a type the built-in will refuse).
const GUARDED: &[(&str, u8, Estimate)] = &[
    ("numbers.range", 2, range),
    ("numbers.range_step", 3, range_step),
    ("sprintf", 2, sprintf),
    ("concat", 2, concat),
    ("replace", 3, replace),
    ("strings.replace_n", 2, replace_n),
    ("net.cidr_expand", 1, cidr_expand),
];

fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(_) => value.as_f64().ok(),
        _ => None,
    }
}

fn text_len(value: &Value) -> u64 {
    match value {
        Value::String(s) => s.len() as u64,
        _ => 0,
    }
}

fn range(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let (Some(a), Some(b)) = (number(&args[0]), number(&args[1])) else {
        return Ok(None);
    };
    Ok(Some(elements((b - a).abs() + 1.0)))
}

fn range_step(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let (Some(a), Some(b), Some(step)) = (number(&args[0]), number(&args[1]), number(&args[2]))
    else {
        return Ok(None);
    };
    if step <= 0.0 {
        return Ok(None);
    }
    Ok(Some(elements((b - a).abs() / step + 1.0)))
}

/// The bytes of an array of `count` numbers (`count` may be huge or not
/// finite: it saturates).
fn elements(count: f64) -> u64 {
    if count.is_finite() && count >= 0.0 {
        (count as u64).saturating_mul(BYTES_PER_ELEMENT)
    } else {
        u64::MAX
    }
}

/// The widths and precisions a format asks for, plus what its arguments
/// hold: an upper bound on the result's length.
fn sprintf(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let Value::String(format) = &args[0] else {
        return Ok(None);
    };
    let mut total = format.len() as u64;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        // `%%` is a percent sign, not a directive.
        if chars.next_if_eq(&'%').is_some() {
            continue;
        }
        // regorus reads a width with is_numeric then to_digit(10), which
        // panics on a digit outside ASCII (`%½d`).
        if chars
            .peek()
            .is_some_and(|d| d.is_numeric() && !d.is_ascii_digit())
        {
            anyhow::bail!("sprintf width is not written in ASCII digits");
        }
        let mut digits = 0u32;
        let mut width = 0u64;
        while let Some(&d) = chars.peek() {
            if d == '.' {
                chars.next();
                continue;
            }
            let Some(v) = d.to_digit(10) else { break };
            chars.next();
            digits += 1;
            width = width.saturating_mul(10).saturating_add(u64::from(v));
        }
        // regorus reads a width into 32 bits; ten digits can overflow it.
        if digits > 9 || width > MAX_WIDTH {
            anyhow::bail!(
                "sprintf width or precision {} is over the memory limit's cap of {MAX_WIDTH}",
                if digits > 9 {
                    "of ten digits or more".to_string()
                } else {
                    width.to_string()
                }
            );
        }
        total = total.saturating_add(width);
    }
    let held = match &args[1] {
        Value::Array(items) => items.iter().map(approximate_size).sum::<u64>(),
        _ => 0,
    };
    Ok(Some(total.saturating_add(held)))
}

/// A rough size of a value printed, without printing it: strings count
/// their bytes, collections their items.
fn approximate_size(value: &Value) -> u64 {
    match value {
        Value::String(s) => s.len() as u64,
        Value::Array(items) => items.iter().map(approximate_size).sum::<u64>() + 2,
        Value::Set(items) => items.iter().map(approximate_size).sum::<u64>() + 2,
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| approximate_size(k) + approximate_size(v) + 2)
            .sum::<u64>(),
        _ => 24,
    }
}

fn concat(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let separator = text_len(&args[0]);
    let (count, sum) = match &args[1] {
        Value::Array(items) => (items.len(), items.iter().map(text_len).sum::<u64>()),
        Value::Set(items) => (items.len(), items.iter().map(text_len).sum::<u64>()),
        _ => return Ok(None),
    };
    Ok(Some(
        sum.saturating_add(separator.saturating_mul(count as u64)),
    ))
}

fn replace(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let (Value::String(s), Value::String(old), Value::String(new)) = (&args[0], &args[1], &args[2])
    else {
        return Ok(None);
    };
    Ok(Some(replaced(s, &[(old, new)])))
}

fn replace_n(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let (Value::Object(patterns), Value::String(s)) = (&args[0], &args[1]) else {
        return Ok(None);
    };
    let pairs: Vec<(&str, &str)> = patterns
        .iter()
        .filter_map(|(k, v)| match (k, v) {
            (Value::String(k), Value::String(v)) => Some((k.as_ref(), v.as_ref())),
            _ => None,
        })
        .collect();
    Ok(Some(replaced(s, &pairs)))
}

/// The most a string can grow to with each `old` replaced by its `new`: an
/// empty `old` matches between every character.
fn replaced(s: &str, pairs: &[(&str, &str)]) -> u64 {
    let mut total = s.len() as u64;
    for (old, new) in pairs {
        let matches = if old.is_empty() {
            s.chars().count() as u64 + 1
        } else {
            s.matches(old).count() as u64
        };
        total = total.saturating_add(matches.saturating_mul(new.len() as u64));
    }
    total
}

/// A CIDR block's addresses, each a string of up to 39 bytes.
fn cidr_expand(args: &[Value]) -> anyhow::Result<Option<u64>> {
    let Value::String(cidr) = &args[0] else {
        return Ok(None);
    };
    let Some((address, prefix)) = cidr.split_once('/') else {
        return Ok(None);
    };
    let Ok(prefix) = prefix.parse::<u32>() else {
        return Ok(None);
    };
    let bits: u32 = if address.contains(':') { 128 } else { 32 };
    let host_bits = bits.saturating_sub(prefix);
    let count = if host_bits >= 64 {
        u64::MAX
    } else {
        1u64 << host_bits
    };
    Ok(Some(count.saturating_mul(48)))
}

/// The place regorus's built-ins are given for their arguments: they use it
/// only for error messages, which the guard turns into undefined. None
/// only if regorus refused one space as a source (it refuses only text over
/// its size limit).
fn dummy_span() -> Option<Span> {
    let source = Source::from_contents("<wgll guard>".into(), " ".into()).ok()?;
    Some(Span {
        source,
        line: 1,
        col: 1,
        start: 0,
        end: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(query: &str) -> anyhow::Result<regorus::Value> {
        let mut engine = Engine::new();
        engine.set_strict_builtin_errors(false);
        install(&mut engine);
        engine.add_policy("t.rego".into(), format!("package t\nx := {query}\n"))?;
        engine.eval_rule("data.t.x".into())
    }

    #[test]
    fn guarded_builtins_give_regoruss_results() {
        assert_eq!(
            eval("count(numbers.range(1, 10))").unwrap(),
            Value::from(10u64)
        );
        assert_eq!(
            eval("numbers.range_step(0, 10, 5)").unwrap(),
            Value::from_json_str("[0, 5, 10]").unwrap()
        );
        assert_eq!(
            eval(r#"sprintf("%s has %03d", ["x", 7])"#).unwrap(),
            Value::from("x has 007")
        );
        assert_eq!(
            eval(r#"concat("-", ["a", "b"])"#).unwrap(),
            Value::from("a-b")
        );
        assert_eq!(
            eval(r#"replace("aXa", "X", "yy")"#).unwrap(),
            Value::from("ayya")
        );
        assert_eq!(
            eval(r#"strings.replace_n({"a": "b"}, "aa")"#).unwrap(),
            Value::from("bb")
        );
        assert_eq!(
            eval(r#"count(net.cidr_expand("10.0.0.0/30"))"#).unwrap(),
            Value::from(4u64)
        );
    }

    #[test]
    fn a_percent_sign_is_not_a_width() {
        assert_eq!(
            eval(r#"sprintf("100%%1234567890 %d", [5])"#).unwrap(),
            Value::from("100%1234567890 5")
        );
        assert!(eval(r#"sprintf("%½d", [5])"#).is_err());
    }

    #[test]
    fn a_builtin_error_is_still_undefined() {
        assert_eq!(eval(r#"sprintf(1, [])"#).unwrap(), Value::Undefined);
        assert_eq!(eval(r#"sprintf("%d", [])"#).unwrap(), Value::Undefined);
    }

    #[test]
    fn huge_requests_are_refused_before_they_allocate() {
        for query in [
            "count(numbers.range(1, 10000000000))",
            "count(numbers.range_step(1, 10000000000, 1))",
            r#"sprintf("%999999999d", [1])"#,
            r#"sprintf("%99999999999999d", [1])"#,
            r#"sprintf("%.9999999f", [1])"#,
            r#"count(net.cidr_expand("10.0.0.0/0"))"#,
            r#"count(net.cidr_expand("::/0"))"#,
        ] {
            let err = eval(query).expect_err(query).to_string();
            assert!(err.contains("memory limit"), "{query}: {err}");
        }
    }

    #[test]
    fn a_string_multiplied_in_one_step_is_refused() {
        let err = eval(
            r#"replace(concat("", [s | some _ in numbers.range(1, 1000); s := "aaaaaaaaaa"]), "a", concat("", [t | some _ in numbers.range(1, 100000); t := "b"]))"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("memory limit"), "{err}");
    }
}
