//! The repository's own guide: it builds without errors, every link resolves from disk, and its
//! content keeps the rules the guide sets itself.

use std::path::Path;

use armguide::site::{BuildOptions, build};

fn guide_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_guide_builds_and_every_link_resolves() {
    let out = tempfile::tempdir().unwrap();
    let opts = BuildOptions {
        root: guide_root().to_path_buf(),
        output: Some(out.path().join("public")),
        write: true,
        ..BuildOptions::default()
    };
    let report = crate::common::built(build(&opts));
    let problems = crate::links::problems(&out.path().join("public"), None);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut types = std::collections::BTreeMap::new();
    let problems = crate::data::jsonld_problems(&out.path().join("public"), &mut types);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        types.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "DefinedTermSet",
            "FAQPage",
            "MedicalOrganization",
            "MedicalWebPage"
        ],
        "structured data on every kind of page that has it"
    );
    let unexpected: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert!(
        unexpected.is_empty(),
        "the guide builds without warnings:\n{}",
        unexpected.join("\n")
    );
    // The glossary index in each language's own order, reviewed as snapshots.
    for lang in [
        "ko", "ja", "zh-Hans", "zh-Hant", "th", "ru", "mn", "vi", "ar",
    ] {
        let html = std::fs::read_to_string(
            out.path()
                .join("public")
                .join(lang)
                .join("glossary/index.html"),
        )
        .unwrap();
        insta::assert_snapshot!(format!("glossary_order_{lang}"), glossary_order(&html));
    }
}

/// The group letters of a glossary index page, each followed by its terms, one per line.
fn glossary_order(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    loop {
        let letter = rest.find("class=\"group-letter\">");
        let term = rest.find("<dfn");
        let (at, is_letter) = match (letter, term) {
            (Some(l), Some(t)) if l < t => (l, true),
            (Some(l), None) => (l, true),
            (_, Some(t)) => (t, false),
            (None, None) => break,
        };
        let start = at + rest[at..].find('>').unwrap() + 1;
        let end = start + rest[start..].find('<').unwrap();
        let text = &rest[start..end];
        out.push_str(&if is_letter {
            format!("{text}\n")
        } else {
            format!("  {text}\n")
        });
        rest = &rest[end..];
    }
    out
}

#[test]
fn every_english_page_has_a_current_korean_translation() {
    let en = guide_root().join("content/en");
    for entry in walkdir::WalkDir::new(&en) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let rel = entry.path().strip_prefix(&en).unwrap();
        let ko = guide_root().join("content/ko").join(rel);
        assert!(ko.is_file(), "content/ko/{} is missing", rel.display());
    }
}

#[test]
fn no_count_of_institutions_is_typed_into_the_guide() {
    // Sources disagree (about 172, 112, 141 ...): counts come from the export at build time.
    let counts = ["172", "112", "125", "141"];
    for entry in walkdir::WalkDir::new(guide_root().join("content")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for word in text.split(|c: char| !c.is_ascii_digit()) {
            assert!(
                !counts.contains(&word),
                "{} mentions {word}",
                entry.path().display()
            );
        }
    }
}

#[test]
fn the_sample_export_names_no_real_hospital() {
    let text = std::fs::read_to_string(guide_root().join("content/institutions.yaml")).unwrap();
    assert!(text.contains("sample: true"));
    let names = text
        .lines()
        .filter(|l| l.trim_start().starts_with("name:"))
        .count();
    let marked = text
        .lines()
        .filter(|l| {
            l.trim_start().starts_with("name:") && l.contains("Sample") && l.contains("예시")
        })
        .count();
    assert!(names >= 12, "a dozen records");
    assert_eq!(
        names, marked,
        "every name says it is a sample, in English and Korean"
    );
}

/// `check --strict` on the guide: the editors' checks (Markdown, glossary, contacts, export)
/// find nothing either, so a new warning means fixing the content, not this test.
#[test]
fn the_guide_passes_a_strict_check() {
    let opts = BuildOptions {
        root: guide_root().to_path_buf(),
        write: false,
        // The day of the guide's export, so that the export's age does not depend on the clock.
        today: Some(jiff::civil::date(2026, 11, 2)),
        ..BuildOptions::default()
    };
    let checked = armguide::check::run(&opts, None, true).unwrap();
    let found: Vec<String> = checked.diagnostics.iter().map(|d| d.render()).collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(!checked.failed(true));
}
