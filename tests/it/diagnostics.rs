//! Invalid sites: each folder under tests/fixtures/invalid/ is laid over the valid fixture and
//! must fail `armguide check` with exit 1 and exactly the diagnostics in its `expected.txt`.

use std::fs;

use crate::common::{Site, fixtures, run};

/// The errors in `stderr`, each with its hint lines. The valid fixture carries translation
/// warnings of its own (tested in `build`), which would only repeat in every file here.
fn errors_of(stderr: &str) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in stderr.lines() {
        if line.starts_with(' ') {
            if keep {
                out.push_str(line);
                out.push('\n');
            }
            continue;
        }
        keep = line.contains(": error: ") && !line.starts_with("error: ");
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn each_invalid_fixture_gives_its_exact_diagnostics() {
    let mut names: Vec<_> = fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the invalid fixtures are there");
    let mut failures = Vec::new();
    for overlay in names {
        let name = overlay.file_name().unwrap().to_string_lossy().into_owned();
        let site = Site::with_overlay("basic", &overlay);
        let (code, _, stderr) = run(
            &["check", "--root", site.path().to_str().unwrap()],
            site.path(),
        );
        let got = errors_of(&stderr);
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
