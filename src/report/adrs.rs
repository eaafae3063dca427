//! The decision log of `wgll adrs`: a table for the terminal, JSON (the same
//! objects as `input.adrs`), Markdown, and a Mermaid graph of the supersede
//! and amend links.

use crate::collect::adr::Adr;

choices! {
    /// The formats of the decision log.
    pub enum LogFormat {
        /// Aligned columns for the terminal.
        Table => "table",
        /// The records as policies see them (`input.adrs`).
        Json => "json",
        /// A Markdown table.
        Markdown => "markdown",
        /// A Mermaid flowchart of supersede and amend links.
        Mermaid => "mermaid",
    }
}

/// Renders the log.
pub fn render(adrs: &[Adr], format: LogFormat) -> String {
    match format {
        LogFormat::Table => table(adrs),
        LogFormat::Json => {
            let mut text = serde_json::to_string_pretty(adrs).unwrap_or_else(|_| "[]".into());
            text.push('\n');
            text
        }
        LogFormat::Markdown => markdown(adrs),
        LogFormat::Mermaid => mermaid(adrs),
    }
}

fn or_dash(value: Option<&str>) -> String {
    value.unwrap_or("-").to_string()
}

fn number(adr: &Adr) -> String {
    adr.number.map_or_else(|| "-".into(), |n| n.to_string())
}

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The links, in words: `supersedes 2; amended by 5`.
fn links(adr: &Adr) -> String {
    [
        ("supersedes", &adr.supersedes),
        ("superseded by", &adr.superseded_by),
        ("amends", &adr.amends),
        ("amended by", &adr.amended_by),
        ("in part supersedes", &adr.supersedes_in_part),
        ("in part superseded by", &adr.superseded_in_part_by),
    ]
    .iter()
    .filter(|(_, list)| !list.is_empty())
    .map(|(word, list)| format!("{word} {}", numbers(list)))
    .collect::<Vec<_>>()
    .join("; ")
}

fn rows(adrs: &[Adr]) -> Vec<[String; 7]> {
    adrs.iter()
        .map(|a| {
            [
                number(a),
                or_dash(a.status.as_deref()),
                or_dash(a.date.as_deref()),
                or_dash(a.title.as_deref()),
                if links(a).is_empty() {
                    "-".into()
                } else {
                    links(a)
                },
                or_dash(a.last_changed.as_deref()),
                a.file.clone(),
            ]
        })
        .collect()
}

const HEADINGS: [&str; 7] = ["#", "status", "date", "title", "links", "changed", "file"];

fn table(adrs: &[Adr]) -> String {
    if adrs.is_empty() {
        return "no decision records found\n".into();
    }
    let rows = rows(adrs);
    let mut widths = HEADINGS.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut out = String::new();
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i + 1 == cells.len() {
                out.push_str(cell);
            } else {
                out.push_str(&format!("{cell:<w$}  "));
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(&HEADINGS.map(String::from));
    for row in &rows {
        out.push_str(&line(row));
    }
    out
}

fn markdown(adrs: &[Adr]) -> String {
    let escape = super::markdown::cell;
    let mut out = format!("| {} |\n|{}\n", HEADINGS.join(" | "), "---|".repeat(7));
    for row in rows(adrs) {
        let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// Text from a record for a node label: Mermaid's entity codes for what
/// would end the label or become markup, and no control character.
fn mermaid_text(text: &str) -> String {
    super::safe::line(text)
        .replace('#', "#35;")
        .replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

/// A flowchart: one node per record, solid arrows for supersedes, dotted
/// for amends and for supersession in part; a link to a number no record has ends at a dashed node.
fn mermaid(adrs: &[Adr]) -> String {
    let mut out = String::from("flowchart TD\n");
    let node_of = |n: u32| adrs.iter().position(|a| a.number == Some(n));
    for (i, a) in adrs.iter().enumerate() {
        let label = format!(
            "{}{}<br/><i>{}</i>",
            a.number.map_or_else(String::new, |n| format!("{n}. ")),
            mermaid_text(a.title.as_deref().unwrap_or(&a.file)),
            mermaid_text(a.status.as_deref().unwrap_or("no status")),
        );
        out.push_str(&format!("  adr{i}[\"{label}\"]\n"));
    }
    let mut edges = std::collections::BTreeSet::new();
    let mut missing = std::collections::BTreeSet::new();
    for (i, a) in adrs.iter().enumerate() {
        let mut add = |from: Option<usize>, to: Option<usize>, target: u32, kind: &'static str| {
            let from = from.map_or_else(|| format!("missing{target}"), |f| format!("adr{f}"));
            let to = to.map_or_else(|| format!("missing{target}"), |t| format!("adr{t}"));
            if from.starts_with("missing") || to.starts_with("missing") {
                missing.insert(target);
            }
            edges.insert((from, kind, to));
        };
        for &n in &a.supersedes {
            add(Some(i), node_of(n), n, "supersedes");
        }
        for &n in &a.superseded_by {
            add(node_of(n), Some(i), n, "supersedes");
        }
        for &n in &a.amends {
            add(Some(i), node_of(n), n, "amends");
        }
        for &n in &a.amended_by {
            add(node_of(n), Some(i), n, "amends");
        }
        for &n in &a.supersedes_in_part {
            add(Some(i), node_of(n), n, "supersedes in part");
        }
        for &n in &a.superseded_in_part_by {
            add(node_of(n), Some(i), n, "supersedes in part");
        }
    }
    for n in &missing {
        out.push_str(&format!("  missing{n}[\"{n} (no such record)\"]\n"));
        out.push_str(&format!("  style missing{n} stroke-dasharray: 5 5\n"));
    }
    for (from, kind, to) in &edges {
        let arrow = if *kind == "supersedes" { "-->" } else { "-.->" };
        out.push_str(&format!("  {from} {arrow}|{kind}| {to}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn adr(number: u32, title: &str, status: &str) -> Adr {
        Adr {
            file: format!("docs/adr/{number:04}-x.md"),
            number: Some(number),
            title: Some(title.into()),
            status: Some(status.into()),
            ..Adr::default()
        }
    }

    #[test]
    fn the_graph_draws_each_link_once_whichever_side_states_it() {
        let mut old = adr(2, "Host on premises", "superseded");
        old.superseded_by = vec![4];
        let mut new = adr(4, "Host in the cloud", "accepted");
        new.supersedes = vec![2];
        new.amends = vec![9];
        let text = mermaid(&[old, new]);
        assert_eq!(text.matches("-->|supersedes|").count(), 1, "{text}");
        assert!(text.contains("adr1 -->|supersedes| adr0"), "{text}");
        assert!(text.contains("adr1 -.->|amends| missing9"), "{text}");
        assert!(text.contains("missing9[\"9 (no such record)\"]"), "{text}");
    }

    #[test]
    fn the_table_lines_up_and_says_when_empty() {
        let text = table(&[adr(1, "Record decisions", "accepted")]);
        assert!(text.starts_with("#  status    date  title"), "{text}");
        assert_eq!(table(&[]), "no decision records found\n");
    }
}
