//! How `armguide check` prints what it found: compiler-style text for people (diagnostics on
//! stderr, the change list and the summary on stdout), or one JSON document for CI.

use armguide::check::Checked;
use armguide::diagnostics::{Diagnostic, Severity};
use serde::Serialize;

/// A diagnostic as CI reads it: flat, with the position's parts as numbers.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        JsonDiagnostic {
            severity: d.severity,
            path: d.path.to_string_lossy().replace('\\', "/"),
            line: d.position.map(|p| p.line),
            column: d.position.map(|p| p.column),
            message: &d.message,
            hint: d.hint.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct Summary {
    errors: usize,
    warnings: usize,
    strict: bool,
    /// Whether the check failed (the exit status is 1).
    failed: bool,
}

#[derive(Serialize)]
struct Json<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    changes: &'a [armguide::check::export::Change],
    summary: Summary,
}

pub fn json(checked: &Checked, strict: bool) -> String {
    let doc = Json {
        diagnostics: checked
            .diagnostics
            .iter()
            .map(JsonDiagnostic::from)
            .collect(),
        changes: &checked.changes,
        summary: Summary {
            errors: checked.count(Severity::Error),
            warnings: checked.count(Severity::Warning),
            strict,
            failed: checked.failed(strict),
        },
    };
    serde_json::to_string_pretty(&doc).expect("plain data serializes")
}

pub fn text(checked: &Checked, strict: bool) {
    crate::print_all(&checked.diagnostics);
    if !checked.changes.is_empty() {
        println!("Status changes since the previous export:");
        for change in &checked.changes {
            println!("  {change}");
        }
    } else if checked.compared {
        println!("No status changes since the previous export.");
    }
    let errors = checked.count(Severity::Error);
    let warnings = checked.count(Severity::Warning);
    match &checked.report {
        Some(report) => crate::summary(report, "Checked"),
        None => eprintln!("error: {errors} error(s), {warnings} warning(s)"),
    }
    if errors == 0 && strict && warnings > 0 {
        eprintln!("error: {warnings} warning(s), and --strict makes warnings fail");
    }
}
