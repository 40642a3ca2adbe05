//! `armguide check` beyond the invalid fixtures (in `diagnostics`): the change list against a
//! previous export, the JSON document for CI, and the exit status with and without `--strict`.

use crate::common::{Site, built, fixtures, run};

fn previous() -> String {
    fixtures()
        .join("exports/previous.yaml")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn previous_export_gives_the_status_changes_on_stdout() {
    let site = Site::new("basic");
    let root = site.path().to_str().unwrap();
    let prev = previous();
    let (code, stdout, _) = run(&["check", "--root", root, "--previous", &prev], site.path());
    assert_eq!(code, 0, "{stdout}");
    let changes: String = stdout
        .lines()
        .take_while(|l| !l.starts_with("Checked "))
        .map(|l| format!("{l}\n"))
        .collect();
    insta::assert_snapshot!("previous_export_changes", changes);
}

#[test]
fn json_format_carries_diagnostics_changes_and_a_summary() {
    let site = Site::with_overlay("basic", &fixtures().join("invalid/markdown-empty-link"));
    let root = site.path().to_str().unwrap();
    let prev = previous();
    let (code, stdout, stderr) = run(
        &[
            "check",
            "--root",
            root,
            "--format",
            "json",
            "--previous",
            &prev,
        ],
        site.path(),
    );
    assert_eq!(code, 1, "errors fail the check");
    assert_eq!(stderr, "", "JSON mode prints nothing else");
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["summary"]["errors"], 2);
    insta::assert_snapshot!("check_json", stdout);
}

#[test]
fn strict_fails_on_a_warning_that_a_plain_check_lets_pass() {
    let site = Site::with_overlay("basic", &fixtures().join("invalid/export-stale"));
    let root = site.path().to_str().unwrap();
    let (plain, _, stderr) = run(&["check", "--root", root], site.path());
    assert_eq!(plain, 0, "{stderr}");
    assert!(stderr.contains("the export is 244 days old"), "{stderr}");
    let (strict, _, stderr) = run(&["check", "--root", root, "--strict"], site.path());
    assert_eq!(strict, 1);
    assert!(stderr.contains("--strict makes warnings fail"), "{stderr}");
}

#[test]
fn an_unchanged_export_says_so() {
    let site = Site::new("basic");
    let root = site.path().to_str().unwrap();
    let same = site.path().join("content/institutions.yaml");
    let (code, stdout, _) = run(
        &[
            "check",
            "--root",
            root,
            "--previous",
            same.to_str().unwrap(),
        ],
        site.path(),
    );
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("No status changes since the previous export.\n"),
        "{stdout}"
    );
}

#[test]
fn an_unreadable_previous_export_is_an_error_naming_it() {
    let site = Site::new("basic");
    let root = site.path().to_str().unwrap();
    let (code, _, stderr) = run(
        &["check", "--root", root, "--previous", "no-such-export.yaml"],
        site.path(),
    );
    assert_eq!(code, 1);
    assert!(
        stderr
            .lines()
            .any(|l| l
                .starts_with("no-such-export.yaml: error: cannot read the institutions export")),
        "{stderr}"
    );
}

#[test]
fn a_revocation_that_left_the_export_is_a_warning_until_the_log_keeps_it() {
    // The previous export had a revoked clinic that the current one dropped: the status-changes
    // page would lose it, so check says what to add to the log; once added, nothing.
    let site = Site::new("basic");
    let root = site.path().to_str().unwrap();
    let current = std::fs::read_to_string(site.path().join("content/institutions.yaml")).unwrap();
    site.write(
        "previous.yaml",
        &format!(
            "{current}  - id: \"RMI-2018-0003\"\n    name: {{ ko: \"라온 \\\"예시\\\" 의원\" }}\n    kind: regenerative-medical-institution\n    region: daejeon\n    designated_on: 2018-05-02\n    status: revoked\n    status_changed_on: 2024-12-01\n"
        ),
    );
    let args = ["check", "--root", root, "--previous", "previous.yaml"];
    let (code, _, stderr) = run(&args, site.path());
    assert_eq!(code, 0, "a warning: {stderr}");
    let warning = stderr
        .lines()
        .skip_while(|l| !l.starts_with("content/institution-changes.yaml"))
        .take(2)
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        warning,
        "content/institution-changes.yaml: warning: `RMI-2018-0003` was revoked on 2024-12-01 in the previous export, which the status-changes page will no longer list: the current export does not show it and the log does not keep it\n  = hint: add under `changes:` `- { id: \"RMI-2018-0003\", name: { ko: \"라온 \\\"예시\\\" 의원\" }, region: daejeon, status: revoked, on: 2024-12-01 }`"
    );
    let hint = warning.split("add under `changes:` `").nth(1).unwrap();
    site.write(
        "content/institution-changes.yaml",
        &format!("changes:\n  {}\n", hint.trim_end_matches('`')),
    );
    let (code, _, stderr) = run(&args, site.path());
    assert_eq!(code, 0);
    assert!(!stderr.contains("institution-changes.yaml"), "{stderr}");
    built(site.build());
    let page = site.read("en/institutions/changes.html");
    assert!(page.contains("라온 &quot;예시&quot; 의원"), "{page}");
}
