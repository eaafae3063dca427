//! The bundled end-of-life data (`policies/wgll/eol/data.json`, built by
//! `scripts/eol/build.py` from endoflife.date), as the observer reads it:
//! which release cycle a version belongs to, and when that cycle ends.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

use super::range::{Bound, Range, parse_numbers};
use crate::date::Date;

/// The bundled data, as the policy bundle holds it (`data.wgll.eol`).
pub const DATA: &str = include_str!("../../../../policies/wgll/eol/data.json");

#[derive(Debug, Deserialize)]
struct Data {
    products: BTreeMap<String, Product>,
}

/// One product: its title and release cycles, newest first.
#[derive(Debug, Deserialize)]
pub struct Product {
    /// How endoflife.date names it (`Node.js`).
    pub title: String,
    cycles: Vec<Cycle>,
}

#[derive(Debug, Deserialize)]
struct Cycle {
    cycle: String,
    #[serde(default)]
    eol: Value,
}

fn products() -> &'static BTreeMap<String, Product> {
    static PRODUCTS: OnceLock<BTreeMap<String, Product>> = OnceLock::new();
    PRODUCTS.get_or_init(|| {
        // A test proves the bundled file parses; a broken one observes nothing.
        serde_json::from_str::<Data>(DATA)
            .map(|d| d.products)
            .unwrap_or_default()
    })
}

/// A product of the bundled data, by endoflife.date's id.
pub fn product(id: &str) -> Option<&'static Product> {
    products().get(id)
}

impl Product {
    /// The cycles as numbers, newest first (a cycle that is not numeric,
    /// which none of the bundled ones is, is left out).
    fn numbered(&self) -> impl Iterator<Item = (&Cycle, Vec<u64>)> {
        self.cycles.iter().filter_map(|c| {
            let (numbers, used) = parse_numbers(&c.cycle);
            (used == c.cycle.len() && !numbers.is_empty()).then_some((c, numbers))
        })
    }

    /// How many numbers name a cycle of this product today: `18` for
    /// Node.js is one, `3.12` for Python two (read from its newest cycle).
    fn depth(&self) -> usize {
        self.numbered().next().map_or(0, |(_, n)| n.len())
    }

    /// The cycle a version (`18.19.0`, `3.12`, `8.0.100`) belongs to: the
    /// longest cycle of the data that begins it; for a version newer than the
    /// data knows, its first numbers at the product's depth. `None` when the
    /// version says too little (`3` for Python).
    pub fn cycle_of(&self, version: &[u64]) -> Option<String> {
        let known = self
            .numbered()
            .filter(|(_, n)| version.starts_with(n))
            .max_by_key(|(_, n)| n.len())
            .map(|(c, _)| c.cycle.clone());
        if known.is_some() {
            return known;
        }
        let depth = self.depth();
        (depth > 0 && version.len() >= depth).then(|| join(&version[..depth]))
    }

    /// The one cycle a range of versions stays within, else `None`: `^20`
    /// and `>=3.11,<3.12` name one; `>=18 <21` and `>=3.11` do not.
    pub fn cycle_of_range(&self, range: &Range) -> Option<String> {
        let cycle = self.cycle_of(&range.lower)?;
        let (numbers, _) = parse_numbers(&cycle);
        let mut next = numbers.clone();
        if let Some(last) = next.last_mut() {
            *last += 1;
        }
        let inside = match &range.upper {
            None => false,
            Some(Bound::Inclusive(v)) => {
                v.len() >= numbers.len() && v[..numbers.len()] == numbers[..]
            }
            Some(Bound::Exclusive(v)) => compare(v, &next).is_le() && compare(v, &numbers).is_gt(),
        };
        inside.then_some(cycle)
    }

    /// The end of life the data gives a cycle: a date, or true/false where
    /// only whether it has passed is recorded; null for a cycle it lacks.
    pub fn eol(&self, cycle: &str) -> Value {
        self.cycles
            .iter()
            .find(|c| c.cycle == cycle)
            .map_or(Value::Null, |c| c.eol.clone())
    }
}

/// Whether a cycle with end of life `eol` is supported on `today`: null when
/// the data says nothing.
pub fn supported(eol: &Value, today: Date) -> Option<bool> {
    match eol {
        Value::Bool(ended) => Some(!ended),
        Value::String(date) => date.parse::<Date>().ok().map(|d| today < d),
        _ => None,
    }
}

/// Compares versions with missing numbers as zeros (`18` is `18.0.0`).
pub fn compare(a: &[u64], b: &[u64]) -> std::cmp::Ordering {
    let len = a.len().max(b.len());
    (0..len)
        .map(|i| {
            a.get(i)
                .copied()
                .unwrap_or(0)
                .cmp(&b.get(i).copied().unwrap_or(0))
        })
        .find(|o| o.is_ne())
        .unwrap_or(std::cmp::Ordering::Equal)
}

fn join(numbers: &[u64]) -> String {
    numbers
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::collect::observe::versions::range::parse_range;

    fn cycle(product_id: &str, version: &str) -> Option<String> {
        product(product_id)
            .unwrap()
            .cycle_of(&parse_numbers(version).0)
    }

    fn ranged(product_id: &str, text: &str) -> Option<String> {
        product(product_id)
            .unwrap()
            .cycle_of_range(&parse_range(text).unwrap())
    }

    #[test]
    fn the_bundled_data_parses_and_is_dated() {
        let data: Value = serde_json::from_str(DATA).unwrap();
        assert_eq!(data["updated"], "2026-08-22");
        assert!(
            data["licence"]
                .as_str()
                .unwrap()
                .contains("endoflife.date contributors")
        );
        assert_eq!(product("nodejs").unwrap().title, "Node.js");
    }

    #[test]
    fn a_version_belongs_to_the_longest_cycle_that_begins_it() {
        assert_eq!(cycle("nodejs", "18.19.0").as_deref(), Some("18"));
        assert_eq!(cycle("python", "3.12.1").as_deref(), Some("3.12"));
        assert_eq!(cycle("python", "3.1.4").as_deref(), Some("3.1"));
        assert_eq!(cycle("dotnet", "8.0.100").as_deref(), Some("8"));
        assert_eq!(cycle("dotnet", "3.1.426").as_deref(), Some("3.1"));
        assert_eq!(cycle("ubuntu", "22.04").as_deref(), Some("22.04"));
        // Too little to name a cycle, or newer than the data.
        assert_eq!(cycle("python", "3"), None);
        assert_eq!(cycle("python", "3.99.1").as_deref(), Some("3.99"));
        assert_eq!(product("python").unwrap().eol("3.99"), Value::Null);
    }

    #[test]
    fn a_range_names_a_cycle_only_when_it_stays_in_one() {
        assert_eq!(ranged("nodejs", "^20").as_deref(), Some("20"));
        assert_eq!(ranged("nodejs", "20.x").as_deref(), Some("20"));
        assert_eq!(ranged("nodejs", "~20.11").as_deref(), Some("20"));
        assert_eq!(ranged("nodejs", ">=20.1 <21").as_deref(), Some("20"));
        assert_eq!(ranged("nodejs", ">=18 <21"), None);
        assert_eq!(ranged("nodejs", ">=18"), None);
        assert_eq!(ranged("nodejs", "18 || 20"), None);
        assert_eq!(ranged("python", ">=3.11,<3.12").as_deref(), Some("3.11"));
        assert_eq!(ranged("python", "==3.11.*").as_deref(), Some("3.11"));
        assert_eq!(ranged("python", "~=3.11.2").as_deref(), Some("3.11"));
        assert_eq!(ranged("python", "~=3.11"), None);
        assert_eq!(ranged("python", "^3.11"), None);
        assert_eq!(ranged("python", ">=3.11"), None);
    }

    #[test]
    fn support_is_judged_on_the_day() {
        let today = Date::new(2026, 12, 3).unwrap();
        assert_eq!(supported(&Value::from("2025-04-30"), today), Some(false));
        assert_eq!(supported(&Value::from("2028-04-30"), today), Some(true));
        assert_eq!(supported(&Value::Bool(true), today), Some(false));
        assert_eq!(supported(&Value::Bool(false), today), Some(true));
        assert_eq!(supported(&Value::Null, today), None);
    }
}
