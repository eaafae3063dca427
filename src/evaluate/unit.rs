//! Rego unit tests (`test_*` rules, as `opa test` runs them): found in
//! `*_test.rego` files and evaluated one by one, each on a clean input.

use super::Policies;

/// One `test_*` rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegoTest {
    /// The package (`data.wgll.cloud.x_test`).
    pub package: String,
    /// The rule name (`test_fails_for_a_us_region`).
    pub name: String,
    /// The test file.
    pub file: String,
    /// 1-based line of the rule.
    pub line: usize,
}

/// What one test did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The rule was true.
    Passed,
    /// The rule was false or undefined.
    Failed,
    /// Evaluating it failed.
    Error(String),
}

/// The `test_*` rules a test file declares, in file order (a name defined
/// twice, as incremental rules, is one test).
pub fn declared(package: &str, file: &str, text: &str) -> Vec<RegoTest> {
    let mut tests: Vec<RegoTest> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix("test_") else {
            continue;
        };
        let name_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = format!("test_{}", &rest[..name_len]);
        if !tests.iter().any(|t| t.name == name) {
            tests.push(RegoTest {
                package: package.to_string(),
                name,
                file: file.to_string(),
                line: i + 1,
            });
        }
    }
    tests
}

/// Which lines of one policy file the tests evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCoverage {
    /// The policy file.
    pub file: String,
    /// 1-based lines evaluated at least once.
    pub covered: Vec<u32>,
    /// 1-based lines that could run but never did.
    pub not_covered: Vec<u32>,
}

impl Policies {
    /// Runs one test.
    pub fn run_test(&self, test: &RegoTest) -> Outcome {
        let mut engine = self.engine_for_eval();
        run_on(&mut engine, test)
    }

    /// Runs tests one after another on one engine, recording which lines of
    /// the policy files they evaluate. Coverage is given for every non-test
    /// policy file accepted by `covers`.
    pub fn run_tests(
        &self,
        tests: &[RegoTest],
        covers: impl Fn(&str) -> bool,
    ) -> (Vec<Outcome>, Vec<FileCoverage>) {
        let mut engine = self.engine_for_eval();
        engine.set_enable_coverage(true);
        let outcomes = tests.iter().map(|t| run_on(&mut engine, t)).collect();
        let coverage = engine
            .get_coverage_report()
            .map(|report| {
                report
                    .files
                    .into_iter()
                    .filter(|f| !f.path.ends_with("_test.rego") && covers(&f.path))
                    .map(|f| FileCoverage {
                        file: f.path,
                        covered: f.covered.into_iter().collect(),
                        not_covered: f.not_covered.into_iter().collect(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        (outcomes, coverage)
    }
}

fn run_on(engine: &mut regorus::Engine, test: &RegoTest) -> Outcome {
    // Each test starts from an empty input, as under `opa test`.
    if let Err(e) = engine.set_input_json("{}") {
        return Outcome::Error(format!("{e:#}"));
    }
    match engine.eval_rule(format!("{}.{}", test.package, test.name)) {
        Ok(value) if value == regorus::Value::from(true) => Outcome::Passed,
        Ok(_) => Outcome::Failed,
        Err(e) => Outcome::Error(format!("{e:#}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_test_rule_once() {
        let text =
            "package p_test\n\ntest_a if { true }\n\ntest_b if {\n  true\n}\ntest_a if { false }\n";
        let found = declared("data.p_test", "p_test.rego", text);
        let names: Vec<(&str, usize)> = found.iter().map(|t| (t.name.as_str(), t.line)).collect();
        assert_eq!(names, vec![("test_a", 3), ("test_b", 5)]);
    }
}
