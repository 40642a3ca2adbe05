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
    let report = build(&opts).unwrap_or_else(|e| match e {
        armguide::site::BuildError::Content(d) => panic!(
            "{}",
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => panic!("{other}"),
    });
    let problems = crate::links::problems(&out.path().join("public"), None);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let unexpected: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert!(
        unexpected.is_empty(),
        "the guide builds without warnings:\n{}",
        unexpected.join("\n")
    );
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
