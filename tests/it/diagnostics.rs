//! Invalid sites: each folder under tests/fixtures/invalid/ is laid over the valid fixture and
//! must fail `armguide check` with exit 1 and exactly the diagnostics in its `expected.txt`,
//! each with its source line, caret and hint. A folder's `args` file adds arguments to the
//! command (`--strict`, so that a fixture for a warning fails too; `--format json`).

use std::collections::HashMap;
use std::fs;

use crate::common::{Site, fixtures, run};

/// The diagnostics in `stderr`, each with its indented lines (source line, caret, hint).
fn blocks(stderr: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut keep = false;
    for line in stderr.lines() {
        if line.starts_with(' ') {
            if keep && let Some(last) = out.last_mut() {
                last.push_str(line);
                last.push('\n');
            }
            continue;
        }
        keep = (line.contains(": error: ") || line.contains(": warning: "))
            && !line.starts_with("error: ");
        if keep {
            out.push(format!("{line}\n"));
        }
    }
    out
}

/// The diagnostics an overlay adds: the valid fixture carries translation warnings of its own
/// (tested in `build`), which would only repeat in every file here.
fn added(stderr: &str, baseline: &[String]) -> String {
    blocks(stderr)
        .into_iter()
        .filter(|b| !baseline.contains(b))
        .collect()
}

fn check(site: &Site, extra: &[String]) -> (i32, String, String) {
    let mut args = vec!["check", "--root", site.path().to_str().unwrap()];
    args.extend(extra.iter().map(String::as_str));
    run(&args, site.path())
}

#[test]
fn each_invalid_fixture_gives_its_exact_diagnostics() {
    let mut names: Vec<_> = fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the invalid fixtures are there");
    let mut baselines: HashMap<Vec<String>, Vec<String>> = HashMap::new();
    let mut failures = Vec::new();
    for overlay in names {
        let name = overlay.file_name().unwrap().to_string_lossy().into_owned();
        let extra: Vec<String> = fs::read_to_string(overlay.join("args"))
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let baseline = baselines.entry(extra.clone()).or_insert_with(|| {
            let (_, _, stderr) = check(&Site::new("basic"), &extra);
            blocks(&stderr)
        });
        let site = Site::with_overlay("basic", &overlay);
        let (code, _, stderr) = check(&site, &extra);
        let got = added(&stderr, baseline);
        let expected = fs::read_to_string(overlay.join("expected.txt")).unwrap_or_default();
        if std::env::var_os("ARMGUIDE_BLESS").is_some() {
            fs::write(overlay.join("expected.txt"), &got).unwrap();
            continue;
        }
        if code != 1 || got != expected {
            failures.push(format!(
                "== {name}: exit {code}\n-- expected:\n{expected}-- got:\n{got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "set ARMGUIDE_BLESS=1 to accept new output after reviewing it\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_missing_site_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(&["build"], dir.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no site.toml here; pass --root DIR"),
        "{stderr}"
    );
}
