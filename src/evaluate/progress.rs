//! The combined evaluation of every reporting set under a time limit, and
//! which set it had reached, for naming the policy that ran past the limit
//! without evaluating it again.
//!
//! The combined evaluation lists each set after a call to [`MARK`] with the
//! set's index; regorus evaluates the list in order, so the last index
//! marked is the set that was running when the clock stopped it. The mark is
//! kept per thread: an audit evaluates repositories on several at once.

use std::cell::Cell;
use std::num::NonZeroU32;
use std::time::Duration;

use regorus::utils::limits::{ExecutionTimerConfig, LimitError};
use regorus::{Engine, Value};

/// The generated module that gathers every reporting set, in reporter order.
pub(super) const FINDINGS_PACKAGE: &str = "wgll_internal";
pub(super) const FINDINGS_FILE: &str = "<wgll: every reporting set>";

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

/// Whether an evaluation stopped at the time limit.
pub(super) fn is_timeout(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        matches!(
            c.downcast_ref::<LimitError>(),
            Some(LimitError::TimeLimitExceeded { .. })
        )
    }) || err.to_string().contains("exceeded time limit")
}

pub(super) fn set_time_limit(engine: &mut Engine, limit: Duration) {
    engine.set_execution_timer_config(ExecutionTimerConfig {
        // regorus takes a zero limit as none at all.
        limit: limit.max(Duration::from_micros(1)),
        // Reading the clock every step costs more than the rules; every 64 is
        // still far finer than any time limit a user sets.
        check_interval: NonZeroU32::new(64).unwrap_or(NonZeroU32::MIN),
    });
}

/// Each reporting set, preceded by a progress mark (its index), so a
/// time-out names the set that was running.
pub(super) fn findings_module(reporters: &[super::Reporter]) -> String {
    let refs: Vec<String> = reporters
        .iter()
        .flat_map(|r| {
            let package = r.package.trim_start_matches("data.");
            r.sets
                .iter()
                .map(move |(set, _)| format!("data.{package}.{set}"))
        })
        .enumerate()
        .map(|(i, set)| format!("{}({i}),\n\t{set}", MARK))
        .collect();
    format!(
        "package {FINDINGS_PACKAGE}\n\nfindings := [\n\t{},\n]\n",
        refs.join(",\n\t")
    )
}
