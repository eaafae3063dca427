//! Argument values checked as the command line is parsed: a value out of
//! range is refused with what is allowed, never quietly changed.

use std::time::Duration;

/// A percentage from 0 to 100 (`nan` and `inf` parse as numbers but mean none).
pub fn percent(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!("`{text}` is not a percentage from 0 to 100")),
    }
}

/// The most workers an audit may ask for. Each is a process holding a
/// compiled library (tens of MiB); past the cores there is nothing to gain,
/// and a typo (`--jobs 100000`) would exhaust the machine's processes or
/// memory.
pub const MAX_JOBS: usize = 64;

/// A worker count from 0 (one per core) to [`MAX_JOBS`]: a larger one is
/// refused rather than quietly lowered, so the run is the one asked for.
pub fn jobs(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n <= MAX_JOBS => Ok(n),
        Ok(_) => Err(format!(
            "`{text}` is more workers than useful; give at most {MAX_JOBS} (0 is one per core)"
        )),
        Err(_) => Err(format!("`{text}` is not a number of workers")),
    }
}

/// A time limit in seconds, given as `flag`.
pub fn seconds(timeout: f64, flag: &str) -> miette::Result<Duration> {
    // A day is far beyond any real policy run; larger values overflow a
    // Duration (1e30) and can only be typing mistakes.
    if !(timeout.is_finite() && timeout > 0.0 && timeout <= 86_400.0) {
        miette::bail!("{flag} must be a number of seconds above 0 and at most 86400 (a day)");
    }
    Ok(Duration::from_secs_f64(timeout))
}
