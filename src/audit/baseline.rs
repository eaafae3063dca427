//! `--baseline PREVIOUS.json`: what changed since the last audit, per
//! repository and success measure, read from that audit's JSON.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

/// A previous audit's scores: repository path -> measure -> score.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Baseline {
    /// The previous audit's date.
    pub today: Option<String>,
    scores: BTreeMap<String, BTreeMap<String, Option<f64>>>,
}

/// How one repository's measure moved.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase", tag = "trend")]
pub enum Change {
    /// Score rose by `by` points.
    Improved {
        /// Points gained.
        by: f64,
    },
    /// Score fell by `by` points.
    Regressed {
        /// Points lost.
        by: f64,
    },
    /// Score unchanged, or not scored either time.
    Unchanged,
    /// Scored before, not now (for example, the manifest was removed).
    Unscored {
        /// The score the baseline had.
        was: f64,
    },
    /// A repository the previous audit did not have, or a measure it did
    /// not score.
    New,
}

/// Why a baseline could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{path}: {reason}")]
#[diagnostic(
    code(wgll::audit::baseline),
    help("pass the JSON that an earlier `wgll audit --format json` wrote")
)]
pub struct BaselineError {
    /// The file.
    pub path: String,
    /// What is wrong.
    pub reason: String,
}

impl Baseline {
    /// Reads a previous audit's JSON.
    pub fn parse(path: &str, text: &str) -> Result<Self, BaselineError> {
        let err = |reason: String| BaselineError {
            path: path.to_string(),
            reason,
        };
        let json: Value = serde_json::from_str(text).map_err(|e| err(format!("not JSON: {e}")))?;
        let Some(repos) = json["repositories"].as_array() else {
            return Err(err(
                "has no `repositories` list: is it an audit's JSON?".into()
            ));
        };
        let mut scores = BTreeMap::new();
        for repo in repos {
            let Some(key) = repo["path"].as_str() else {
                continue;
            };
            let mut measures = BTreeMap::new();
            for (measure, v) in repo["measures"].as_object().into_iter().flatten() {
                let score = v["score"].as_f64();
                // A score is a percentage; anything else is not an audit's
                // output and would show as nonsense changes.
                if let Some(bad) = score.filter(|s| !(0.0..=100.0).contains(s)) {
                    return Err(err(format!(
                        "repository `{key}`, measure `{measure}`: score {bad} is not between 0 and 100"
                    )));
                }
                measures.insert(measure.clone(), score);
            }
            if scores.insert(key.to_string(), measures).is_some() {
                return Err(err(format!("repository `{key}` is listed twice")));
            }
        }
        Ok(Self {
            today: json["today"].as_str().map(str::to_string),
            scores,
        })
    }

    /// How a repository's measure moved since the baseline.
    pub fn change(&self, path: &str, measure: &str, now: Option<f64>) -> Change {
        let Some(measures) = self.scores.get(path) else {
            return Change::New;
        };
        let before = measures.get(measure).copied().flatten();
        match (before, now) {
            (Some(b), Some(n)) if n > b + 0.05 => Change::Improved {
                by: ((n - b) * 10.0).round() / 10.0,
            },
            (Some(b), Some(n)) if n < b - 0.05 => Change::Regressed {
                by: ((b - n) * 10.0).round() / 10.0,
            },
            (Some(_), Some(_)) | (None, None) => Change::Unchanged,
            (Some(was), None) => Change::Unscored { was },
            (None, Some(_)) => Change::New,
        }
    }

    /// Repositories in the baseline that this audit no longer has.
    pub fn gone<'a>(&'a self, now: &[&str]) -> Vec<&'a str> {
        self.scores
            .keys()
            .map(String::as_str)
            .filter(|p| !now.contains(p))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_scores_by_repository_path_and_measure() {
        let text = r#"{"today": "2026-05-01", "repositories": [
            {"path": "p/a", "measures": {"well_led": {"score": 50.0}, "improve_care": {"score": 80.0}, "safe_practice": {"score": null}}},
            {"path": "p/old", "measures": {}}]}"#;
        let Ok(b) = Baseline::parse("prev.json", text) else {
            panic!()
        };
        assert_eq!(
            b.change("p/a", "well_led", Some(75.0)),
            Change::Improved { by: 25.0 }
        );
        assert_eq!(
            b.change("p/a", "improve_care", Some(60.0)),
            Change::Regressed { by: 20.0 }
        );
        assert_eq!(
            b.change("p/a", "improve_care", Some(80.0)),
            Change::Unchanged
        );
        assert_eq!(b.change("p/b", "well_led", Some(10.0)), Change::New);
        assert_eq!(b.change("p/a", "safe_practice", Some(10.0)), Change::New);
        // Not scored either time is no change; losing a score is said.
        assert_eq!(b.change("p/a", "safe_practice", None), Change::Unchanged);
        assert_eq!(b.change("p/old", "well_led", None), Change::Unchanged);
        assert_eq!(
            b.change("p/a", "well_led", None),
            Change::Unscored { was: 50.0 }
        );
        assert_eq!(b.change("p/b", "well_led", None), Change::New);
        assert_eq!(b.gone(&["p/a"]), ["p/old"]);
        assert!(Baseline::parse("x", "{}").is_err());
    }

    #[test]
    fn refuses_scores_out_of_range_and_repositories_listed_twice() {
        for (text, expected) in [
            (
                r#"{"repositories": [{"path": "a", "measures": {"well_led": {"score": 1e308}}}]}"#,
                "not between 0 and 100",
            ),
            (
                r#"{"repositories": [{"path": "a", "measures": {}}, {"path": "a", "measures": {}}]}"#,
                "listed twice",
            ),
        ] {
            let Err(e) = Baseline::parse("prev.json", text) else {
                panic!("{text} was accepted")
            };
            assert!(e.to_string().contains(expected), "{e}");
        }
    }
}
