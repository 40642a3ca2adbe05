//! `armguide translations`: the report of translation work on copies of the fixture site, one
//! kept in a git repository of its own so that the paragraphs changed since a stale page was
//! translated come from history; its JSON; and `check --strict` failing on open translation work.

use std::fs;
use std::path::Path;
use std::process::Command;

use armguide::translations::{self, Change, PageReport, State};

use crate::common::{Site, run};

/// `scripts/source-hash` of the fixture's content/en/guide.md, which the translation in the
/// repository's first commit names.
const OLD_GUIDE_HASH: &str = "ba09c7119824";
/// `scripts/source-hash` of [`NEW_GUIDE`].
const NEW_GUIDE_HASH: &str = "a5759852a27a";

/// content/en/guide.md in the second commit: the first paragraph edited, one added, the
/// "What to bring" heading and its table removed.
const NEW_GUIDE: &str = "---
title: How it works
description: The guide page of the fixture.
order: 1
reviewed: 2025-01-10
---
A stem cell is a cell that can renew itself. Stem cells again, and cell therapy.

## Ask for documents {#ask-for-documents}

Ask for the [low-risk tier](risk-tiers/low.md) and [report](contacts/report.md).

Keep a copy of every document you sign.

Back to [documents](#ask-for-documents).[^1]

[^1]: A footnote.
";

/// Runs git in `dir` with a fixed identity and dates and no user configuration, so that commit
/// ids come out the same on every machine.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Fixture",
            "-c",
            "user.email=fixture@example.org",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2025-01-01 00:00:00 +0000")
        .env("GIT_COMMITTER_DATE", "2025-01-01 00:00:00 +0000")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// The fixture in a repository of its own: the first commit has ko/guide.md translating
/// en/guide.md as it was; the second edits en/guide.md. Returns the site and the first commit.
fn site_with_history() -> (Site, String) {
    let site = Site::new("basic");
    let ko = fs::read_to_string(site.path().join("content/ko/guide.md")).unwrap();
    site.write(
        "content/ko/guide.md",
        &ko.replace("000000000000", OLD_GUIDE_HASH),
    );
    git(site.path(), &["init", "-q"]);
    git(site.path(), &["add", "-A"]);
    git(site.path(), &["commit", "-q", "-m", "first"]);
    let first = git(site.path(), &["rev-parse", "HEAD"]);
    site.write("content/en/guide.md", NEW_GUIDE);
    git(site.path(), &["commit", "-q", "-a", "-m", "second"]);
    (site, first)
}

fn page<'a>(pages: &'a [PageReport], name: &str) -> &'a PageReport {
    pages
        .iter()
        .find(|p| p.page == name)
        .unwrap_or_else(|| panic!("{name} is in the report"))
}

#[test]
fn the_report_gives_states_counts_the_hash_and_the_changed_paragraphs() {
    let (site, first) = site_with_history();
    let report = translations::run(site.path(), None).unwrap();
    assert_eq!(report.source_language, "en");
    assert_eq!(report.source_pages, 8);
    let [ko] = report.languages.as_slice() else {
        panic!("one translated language");
    };
    let states: Vec<(&str, State)> = ko
        .pages
        .iter()
        .map(|p| (p.page.as_str(), p.state))
        .collect();
    assert_eq!(
        states,
        vec![
            ("_index.md", State::Current),
            ("contacts/report.md", State::Stale),
            ("faq/cost.md", State::Missing),
            ("glossary/cell-therapy.md", State::Missing),
            ("glossary/stem-cell.md", State::Untracked),
            ("guide.md", State::Stale),
            ("orphan.md", State::Orphaned),
            ("risk-tiers/low.md", State::Missing),
            ("safety.md", State::Stale),
        ]
    );
    let counts = (ko.current, ko.stale, ko.untracked, ko.missing, ko.orphaned);
    assert_eq!(counts, (1, 3, 1, 3, 1));
    // Source words: report 5, cost 10, cell-therapy 4, stem-cell 13, guide 39, low 15, safety 5.
    assert_eq!(ko.words_to_translate, 5 + 10 + 4 + 13 + 39 + 15 + 5);

    let guide = page(&ko.pages, "guide.md");
    assert_eq!(guide.words, Some(39));
    assert_eq!(guide.source_hash.as_deref(), Some(NEW_GUIDE_HASH));
    assert_eq!(guide.translated_hash.as_deref(), Some(OLD_GUIDE_HASH));
    assert_eq!(guide.revision.as_deref(), Some(first.as_str()));
    let changes: Vec<(Change, usize, usize, &str)> = guide
        .changes
        .as_ref()
        .expect("the translated revision is in history")
        .iter()
        .map(|c| (c.change, c.line, c.end_line, c.excerpt.as_str()))
        .collect();
    assert_eq!(
        changes,
        vec![
            (
                Change::Changed,
                7,
                7,
                "A stem cell is a cell that can renew itself. Stem cells…"
            ),
            (
                Change::Added,
                13,
                13,
                "Keep a copy of every document you sign."
            ),
            (Change::Removed, 15, 15, "## What to bring"),
            (
                Change::Removed,
                15,
                15,
                "| item | why | |---|---| | passport | identity |"
            ),
        ]
    );
    assert_eq!(guide.changed_words, Some(16 + 8));

    // Hashes no commit ever had: the page changed, and no more can be said.
    let safety = page(&ko.pages, "safety.md");
    assert!(safety.safety);
    assert_eq!((&safety.revision, &safety.changes), (&None, &None));
    let missing = page(&ko.pages, "faq/cost.md");
    assert_eq!(missing.path, "content/ko/faq/cost.md");
    assert_eq!(missing.source_hash.as_deref(), Some("77d8d7a4958a"));
    assert_eq!(page(&ko.pages, "orphan.md").source_path, None);
}

#[test]
fn the_text_report_reads_as_snapshotted() {
    let (site, first) = site_with_history();
    let (code, stdout, stderr) = run(&["translations", "--lang", "ko"], site.path());
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("text_report", stdout.replace(&first[..10], "<first>"));
}

#[test]
fn json_output_is_the_documented_report() {
    // No repository here: a stale page is reported as changed, with no revision.
    let site = Site::new("basic");
    let (code, stdout, stderr) = run(&["translations", "--format", "json"], site.path());
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let ko = &json["languages"][0];
    assert_eq!(ko["language"], "ko");
    assert_eq!(ko["stale"], 3);
    assert_eq!(ko["words_to_translate"], 5 + 10 + 4 + 13 + 34 + 15 + 5);
    let guide = ko["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["page"] == "guide.md")
        .unwrap();
    let keys: Vec<&str> = guide
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "page",
        "state",
        "path",
        "source_path",
        "words",
        "source_hash",
        "translated_hash",
        "safety",
        "revision",
        "changes",
        "changed_words",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected, "absent values are null, never left out");
    assert_eq!(guide["state"], "stale");
    assert_eq!(guide["source_hash"], OLD_GUIDE_HASH);
    assert_eq!(guide["translated_hash"], "000000000000");
    assert!(guide["revision"].is_null() && guide["changes"].is_null());
    insta::assert_snapshot!("json_report", stdout);
}

#[test]
fn a_language_that_is_not_translated_is_a_usage_error() {
    let site = Site::new("basic");
    let (code, _, stderr) = run(&["translations", "--lang", "en"], site.path());
    assert_eq!(code, 2);
    assert!(stderr.contains("`en` is the source language"), "{stderr}");
    let (code, _, stderr) = run(&["translations", "--lang", "fr"], site.path());
    assert_eq!(code, 2);
    assert!(
        stderr.contains("language `fr` is not one of the site's: en, ko"),
        "{stderr}"
    );
}

/// The fixture with a current Korean translation of every page (the English text itself,
/// marked with its hash), no orphan, and the one interface message the site adds in Korean: a
/// site without a single warning.
fn fully_translated() -> Site {
    let site = Site::new("basic");
    site.write("locales/ko/site.ftl", "faq-category-costs = 비용\n");
    fs::remove_dir_all(site.path().join("content/ko")).unwrap();
    let en = site.path().join("content/en");
    for entry in walkdir::WalkDir::new(&en) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&en).unwrap().to_str().unwrap();
        let text = fs::read_to_string(entry.path()).unwrap();
        let body = text.splitn(3, "---\n").nth(2).unwrap();
        let hash = armguide::content::frontmatter::source_hash(body);
        let marked = text.replacen("---\n", &format!("---\nsource_hash: \"{hash}\"\n"), 1);
        site.write(&format!("content/ko/{rel}"), &marked);
    }
    site
}

#[test]
fn check_strict_fails_on_a_stale_page_and_passes_when_all_is_current() {
    let site = fully_translated();
    let (code, stdout, stderr) = run(&["check", "--strict"], site.path());
    assert_eq!(code, 0, "{stdout}{stderr}");
    let (_, stdout, _) = run(&["translations"], site.path());
    assert!(stdout.contains("All 8 pages current in: ko"), "{stdout}");

    site.write(
        "content/en/safety.md",
        "---\ntitle: Safety first\norder: 2\nsafety: true\n---\nReport side effects at once, to your doctor.\n",
    );
    let (code, _, stderr) = run(&["check", "--strict"], site.path());
    assert_eq!(code, 1, "{stderr}");
    // The build's own warning names it; --strict does not add a second one.
    assert_eq!(stderr.matches("stale translation").count(), 1, "{stderr}");
    assert!(
        stderr.contains("content/ko/safety.md:2:14: warning: stale translation"),
        "{stderr}"
    );
}

#[test]
fn check_strict_fails_on_a_missing_page_that_check_alone_accepts() {
    let site = fully_translated();
    fs::remove_file(site.path().join("content/ko/glossary/cell-therapy.md")).unwrap();
    let (code, _, stderr) = run(&["check"], site.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("not translated"), "{stderr}");
    let (code, _, stderr) = run(&["check", "--strict"], site.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "content/ko: warning: 1 page(s) not translated into ko (4 words): glossary/cell-therapy.md\n  = hint: readers get the en text with a notice; `armguide translations --lang ko` lists them with the hash to paste"
        ),
        "{stderr}"
    );
}
