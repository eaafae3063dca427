//! Which reporting set an evaluation had reached, for naming the policy that
//! ran past the time limit without evaluating it again.
//!
//! The combined evaluation lists each set after a call to [`MARK`] with the
//! set's index; regorus evaluates the list in order, so the last index
//! marked is the set that was running when the clock stopped it. The mark is
//! kept per thread: an audit evaluates repositories on several at once.

use std::cell::Cell;

use regorus::{Engine, Value};

/// The extension the findings module calls before each set.
pub const MARK: &str = "wgll_internal_started";

thread_local! {
    static STARTED: Cell<usize> = const { Cell::new(0) };
}

/// Registers the mark on an engine.
pub fn install(engine: &mut Engine) {
    // Registration fails only for a name registered twice.
    let _ = engine.add_extension(
        MARK.to_string(),
        1,
        Box::new(|args: Vec<Value>| {
            if let Some(index) = args.first().and_then(|v| v.as_u64().ok()) {
                STARTED.with(|s| s.set(usize::try_from(index).unwrap_or(usize::MAX)));
            }
            Ok(Value::Null)
        }),
    );
}

/// Forgets the last evaluation's progress.
pub fn reset() {
    STARTED.with(|s| s.set(0));
}

/// The index of the set last started on this thread.
pub fn started() -> usize {
    STARTED.with(Cell::get)
}
