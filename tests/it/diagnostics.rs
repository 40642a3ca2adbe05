//! Invalid sites: each folder under tests/fixtures/invalid/ is laid over the valid fixture and
//! must fail `armguide check` with exit 1 and exactly the diagnostics in its `expected.txt`.

use std::fs;

use crate::common::{Site, fixtures, run};

fn diagnostics_of(stderr: &str) -> String {
    // The last line is the count; everything before it is the diagnostics, in order.
    let lines: Vec<&str> = stderr.lines().collect();
    let body = &lines[..lines.len().saturating_sub(1)];
    body.iter().map(|l| format!("{l}\n")).collect()
}

#[test]
fn each_invalid_fixture_gives_its_exact_diagnostics() {
    let mut names: Vec<_> = fs::read_dir(fixtures().join("invalid")).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert!(names.len() >= 10, "the invalid fixtures are there");
    let mut failures = Vec::new();
    for overlay in names {
        let name = overlay.file_name().unwrap().to_string_lossy().into_owned();
        let site = Site::with_overlay("basic", &overlay);
        let (code, _, stderr) = run(&["check", "--root", site.path().to_str().unwrap()], site.path());
        let got = diagnostics_of(&stderr);
        let expected = fs::read_to_string(overlay.join("expected.txt")).unwrap_or_default();
        if std::env::var_os("ARMGUIDE_BLESS").is_some() {
            fs::write(overlay.join("expected.txt"), &got).unwrap();
            continue;
        }
        if code != 1 || got != expected {
            failures.push(format!("== {name}: exit {code}\n-- expected:\n{expected}-- got:\n{got}"));
        }
    }
    assert!(failures.is_empty(), "set ARMGUIDE_BLESS=1 to accept new output after reviewing it\n{}", failures.join("\n"));
}

#[test]
fn a_missing_site_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(&["build"], dir.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("no site.toml here; pass --root DIR"), "{stderr}");
}
