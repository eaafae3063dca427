//! The end-of-life data's provenance (`data.wgll.eol`: its date, source
//! and commit), which `wgll rules` and `wgll explain` show beside the rules
//! that judge pinned components by it.

use serde_json::Value;

/// The end-of-life data's provenance (`data.wgll.eol`), as `wgll rules`
/// and `wgll explain` show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EolData {
    /// The date of the data (its source's commit date).
    pub updated: String,
    /// Where it comes from.
    pub source: String,
    /// The source's commit, when recorded.
    pub commit: Option<String>,
}

impl EolData {
    /// One line for people: `endoflife.date data of 2026-08-22 (commit a70eca3)`.
    pub fn describe(&self) -> String {
        let from = if self.source.contains("endoflife") {
            "endoflife.date".to_string()
        } else {
            self.source.clone()
        };
        match &self.commit {
            Some(c) => format!(
                "{from} data of {} (commit {})",
                self.updated,
                c.get(..7).unwrap_or(c)
            ),
            None => format!("{from} data of {}", self.updated),
        }
    }
}

impl super::Policies {
    /// Where the end-of-life data components are judged by comes from
    /// (`data.wgll.eol`), when the library has it.
    pub fn eol_data(&self) -> Option<EolData> {
        EolData::from_data(&self.data)
    }
}

impl EolData {
    /// Reads it from the library's merged data; `None` without a dated
    /// `data.wgll.eol`.
    pub fn from_data(data: &Value) -> Option<Self> {
        let eol = data.pointer("/wgll/eol")?;
        let text = |key: &str| eol.get(key).and_then(Value::as_str).map(str::to_string);
        Some(Self {
            updated: text("updated")?,
            source: text("source").unwrap_or_default(),
            commit: text("commit"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_describes_the_data() {
        let data = serde_json::json!({"wgll": {"eol": {
            "updated": "2026-08-22",
            "source": "https://github.com/endoflife-date/endoflife.date",
            "commit": "a70eca337600e7d721dc48112c271f98661d208b"
        }}});
        let eol = EolData::from_data(&data);
        assert_eq!(
            eol.map(|e| e.describe()).as_deref(),
            Some("endoflife.date data of 2026-08-22 (commit a70eca3)")
        );
        assert_eq!(EolData::from_data(&serde_json::json!({"wgll": {}})), None);
    }
}
