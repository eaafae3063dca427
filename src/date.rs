//! Calendar dates: the evaluation date (`input.today`) and the dates read from
//! manifests, ADRs and git, all normalised to ISO `YYYY-MM-DD`.
//!
//! Policies compare dates as strings, so every date that reaches the input
//! document must be a valid ISO date or absent; nothing here guesses.

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u32,
    /// Day of the month, 1-31.
    pub day: u32,
}

impl Date {
    /// A date, or `None` when the day does not exist (31 April, 29 February 2025).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // The policies compare dates in 64-bit nanoseconds (1678 to 2262);
        // a year outside this range is a typing mistake that would pass
        // every date rule unseen.
        if !(1900..=2199).contains(&year) {
            return None;
        }
        Some(Self { year, month, day })
    }

    /// Today in UTC, from the system clock.
    pub fn today_utc() -> Self {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self::from_unix_seconds(i64::try_from(secs).unwrap_or(0))
    }

    /// The UTC date of a Unix timestamp.
    pub fn from_unix_seconds(secs: i64) -> Self {
        // Howard Hinnant's days-to-civil algorithm: exact for the whole i64 day range we use.
        let days = secs.div_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Reads the date forms teams write in ADRs and manifests: ISO `2026-02-01`
    /// (optionally followed by a time), and the UK order `01/02/2026`,
    /// `1/2/2026` and `01/02/26`. Anything else, or a day that does not
    /// exist, is `None`: an unreadable date is reported, never guessed.
    pub fn parse_loose(text: &str) -> Option<Self> {
        let text = text.trim();
        let head = text.get(..10).unwrap_or(text);
        if let Ok(date) = head.parse::<Date>() {
            let rest = &text[head.len()..];
            if rest.is_empty() || rest.starts_with(['T', ' ', 't']) {
                return Some(date);
            }
        }
        let word_end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.'))
            .unwrap_or(text.len());
        let parts: Vec<&str> = text[..word_end].split(['/', '.']).collect();
        let [d, m, y] = parts.as_slice() else {
            return None;
        };
        if d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
            return None;
        }
        let year: i32 = match y.len() {
            4 => y.parse().ok()?,
            2 => 2000 + y.parse::<i32>().ok()?,
            _ => return None,
        };
        Self::new(year, m.parse().ok()?, d.parse().ok()?)
    }

    /// The same day `months` later (negative: earlier), clamped to the end of
    /// a shorter month (31 March minus one month is 28 or 29 February).
    pub fn add_months(self, months: i32) -> Self {
        let total = self.year * 12 + (self.month as i32 - 1) + months;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        Self { year, month, day }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The error for a string that is not an ISO date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date in the form YYYY-MM-DD, in the years 1900 to 2199")]
pub struct DateError(pub String);

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_string());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let year = num(0..4)? as i32;
        Self::new(year, num(5..7)?, num(8..10)?).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_and_rejects_impossible_days() {
        assert_eq!(
            "2026-02-28".parse::<Date>().map(|d| d.to_string()),
            Ok("2026-02-28".into())
        );
        assert!("2026-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert!("26-01-01".parse::<Date>().is_err());
        assert!("2026-1-01".parse::<Date>().is_err());
    }

    #[test]
    fn reads_uk_day_first_order() {
        let d = Date::parse_loose("04/07/2023").map(|d| d.to_string());
        assert_eq!(d.as_deref(), Some("2023-07-04"));
        let d = Date::parse_loose("4/7/23").map(|d| d.to_string());
        assert_eq!(d.as_deref(), Some("2023-07-04"));
        assert_eq!(Date::parse_loose("31/02/2023"), None);
        assert_eq!(Date::parse_loose("July 2023"), None);
        let d = Date::parse_loose("2023-07-04T10:00:00Z").map(|d| d.to_string());
        assert_eq!(d.as_deref(), Some("2023-07-04"));
        assert_eq!(Date::parse_loose("2023-07-045"), None);
    }

    #[test]
    fn converts_unix_time() {
        assert_eq!(Date::from_unix_seconds(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_unix_seconds(1_795_000_000).to_string(),
            "2026-11-18"
        );
        assert_eq!(
            Date::from_unix_seconds(951_782_400).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        let d: Date = "2026-03-31".parse().unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        });
        assert_eq!(d.add_months(-1).to_string(), "2026-02-28");
        assert_eq!(d.add_months(-15).to_string(), "2024-12-31");
        assert_eq!(d.add_months(12).to_string(), "2027-03-31");
    }
}
