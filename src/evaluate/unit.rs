//! Rego unit tests (`test_*` rules, as `opa test` runs them): found in
//! `*_test.rego` files and evaluated one by one, each on a clean input.

use regorus::unstable::Module;

use super::{Policies, parse};

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

/// The `test_*` rules of a parsed test file, in file order (a name defined
/// twice, as incremental rules, is one test).
pub(crate) fn declared(package: &str, file: &str, module: &Module) -> Vec<RegoTest> {
    parse::test_rules(module)
        .into_iter()
        .map(|(name, line)| RegoTest {
            package: package.to_string(),
            name,
            file: file.to_string(),
            line,
        })
        .collect()
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
        let mut engine = self.engine_for_eval(self.timeout);
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
        let mut engine = self.engine_for_eval(self.timeout);
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

    fn declared_in(text: &str) -> Vec<(String, usize)> {
        let Ok(module) = parse::parse("p_test.rego", text) else {
            panic!("{text}")
        };
        declared("data.p_test", "p_test.rego", &module)
            .into_iter()
            .map(|t| (t.name, t.line))
            .collect()
    }

    #[test]
    fn finds_each_test_rule_once() {
        let text =
            "package p_test\n\ntest_a if { true }\n\ntest_b if {\n  true\n}\ntest_a if { false }\n";
        assert_eq!(
            declared_in(text),
            [("test_a".to_string(), 3), ("test_b".to_string(), 5)]
        );
    }

    #[test]
    fn finds_tests_the_text_hid_or_faked() {
        // Indented, or a value; not in a comment or a string, and not a
        // helper function.
        let text = "package p_test\n\n\ttest_y if {\n\t\ttrue\n\t}\n\ntest_x := true\n\n# test_commented if { true }\nmsg := `\ntest_quoted if { true }`\n\ntest_fn(x) := x\n";
        assert_eq!(
            declared_in(text),
            [("test_y".to_string(), 3), ("test_x".to_string(), 7)]
        );
    }
}
