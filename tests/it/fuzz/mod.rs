//! Property-based fuzzing of the parsers that read editors' files: the front-matter splitter,
//! the front matter (YAML into typed fields), the institutions export, and Markdown rendering
//! with link resolution. Inputs are random text built from the tokens the parsers care about,
//! and real files with random edits (`mutate`). No input may panic, every diagnostic must point
//! inside its file, and no link may resolve outside the language folder.
//!
//! `cargo test` runs a modest number of cases per target. `scripts/fuzz` sets
//! `ARMGUIDE_FUZZ_SECONDS` to run each target for that long instead, and collects the
//! `fuzz <target>:` lines printed here. A failing case is shrunk, then written to
//! `target/fuzz-crashes/`; once fixed it belongs in `tests/fixtures/fuzz/<target>/`, which
//! `fixtures_found_by_fuzzing_stay_fixed` replays on every run.

mod mutate;
mod targets;

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestError, TestRunner};

/// Cases per target in a normal test run, unless `PROPTEST_CASES` says otherwise.
const DEFAULT_CASES: u32 = 96;

/// Runs `test` over `strategy` for the case count or time budget of this run, and fails with
/// the shrunk input, also saved under `target/fuzz-crashes/`.
fn fuzz<S>(name: &str, strategy: S, test: impl Fn(&S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: AsRef<str>,
{
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let budget = std::env::var("ARMGUIDE_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .map(Duration::from_secs_f64);
    let started = Instant::now();
    let mut total = 0u64;
    loop {
        let config = Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        match runner.run(&strategy, |v| test(&v)) {
            Ok(()) => total += u64::from(cases),
            Err(TestError::Fail(why, input)) => {
                let saved = save_crash(name, input.as_ref());
                panic!(
                    "fuzz {name}: {why}\ninput saved to {}:\n{:?}",
                    saved.display(),
                    input.as_ref()
                );
            }
            Err(TestError::Abort(why)) => panic!("fuzz {name}: aborted: {why}"),
        }
        if budget.is_none_or(|b| started.elapsed() >= b) {
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz {name}: {total} cases in {secs:.1} s ({:.0}/s), no failure",
        total as f64 / secs.max(1e-9)
    );
}

fn save_crash(name: &str, input: &str) -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("fuzz-crashes").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let hash = input.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("{hash:016x}.txt"));
    std::fs::write(&path, input).unwrap();
    path
}

/// Text made of parser tokens and arbitrary characters.
fn tokens() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => (0..mutate::TOKENS.len()).prop_map(|i| mutate::TOKENS[i].to_owned()),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|p| p.concat())
}

/// A seed file under `dirs` with random edits: (path relative to its language folder, text).
fn near_valid(dirs: &'static [&'static str], suffix: &'static str) -> impl Strategy<Value = Input> {
    let seeds = mutate::seeds(dirs, suffix);
    mutate::mutated(seeds.len(), 6).prop_map(move |(i, edits)| Input {
        rel: seeds[i].0.clone(),
        text: mutate::apply(&seeds[i].1, &edits),
    })
}

/// An input and the path it is read from, which decides a content file's collection.
#[derive(Debug, Clone)]
struct Input {
    rel: String,
    text: String,
}

impl AsRef<str> for Input {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

const CONTENT: &[&str] = &["tests/fixtures/basic/content", "content"];
const EXPORTS: &[&str] = &[
    "tests/fixtures/basic/content",
    "content",
    "tests/fixtures/invalid",
];
const RELS: [&str; 5] = [
    "a.md",
    "glossary/t.md",
    "faq/q.md",
    "risk-tiers/low.md",
    "contacts/c.md",
];

#[test]
fn fuzz_front_matter_split() {
    fuzz("split", tokens(), |t| targets::split(t));
}

#[test]
fn fuzz_front_matter_random() {
    let s = (tokens(), 0..RELS.len()).prop_map(|(text, r)| Input {
        rel: RELS[r].to_owned(),
        text: format!("---\n{text}"),
    });
    fuzz("front-matter", s, |i| {
        targets::front_matter(&i.rel, &i.text)
    });
}

#[test]
fn fuzz_front_matter_near_valid() {
    fuzz("front-matter-mutated", near_valid(CONTENT, ".md"), |i| {
        targets::split(&i.text)?;
        targets::front_matter(&i.rel, &i.text)
    });
}

#[test]
fn fuzz_export_random() {
    let s = tokens().prop_map(|t| format!("exported_at: 2025-02-28\ninstitutions:\n  - {t}"));
    fuzz("export", s, |t| targets::export(t));
}

#[test]
fn fuzz_export_near_valid() {
    fuzz(
        "export-mutated",
        near_valid(EXPORTS, "institutions.yaml"),
        |i| targets::export(&i.text),
    );
}

#[test]
fn fuzz_markdown_random() {
    fuzz("markdown", tokens(), |t| targets::markdown(t));
}

#[test]
fn fuzz_markdown_near_valid() {
    fuzz("markdown-mutated", near_valid(CONTENT, ".md"), |i| {
        targets::markdown(&i.text)
    });
}

#[test]
fn fuzz_link_resolution() {
    // The linking file's path comes from discovery (no `..`); the link itself is anything.
    let from = prop::sample::select(&["a.md", "guide/a.md", "guide/deep/b.md", "faq/q.md"][..]);
    let s = (from, tokens()).prop_map(|(from, dest)| format!("{from}\n{dest}"));
    fuzz("links", s, |t| {
        let (from, dest) = t.split_once('\n').unwrap_or((t, ""));
        targets::link(from, dest)
    });
}

/// Every input the fuzzers ever broke the tool with, replayed through its target.
#[test]
fn fixtures_found_by_fuzzing_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut count = 0;
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&dir).unwrap().to_string_lossy();
        let target = rel.split('/').next().unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let result = match target {
            "split" => targets::split(&text),
            "front-matter" => RELS
                .iter()
                .try_for_each(|r| targets::front_matter(r, &text)),
            "export" => targets::export(&text),
            "markdown" => targets::markdown(&text),
            "links" => {
                let (from, dest) = text.split_once('\n').unwrap_or((&text, ""));
                targets::link(from, dest)
            }
            other => panic!("{rel}: no fuzz target `{other}`"),
        };
        if let Err(e) = result {
            panic!("{rel}: {e}");
        }
        count += 1;
    }
    assert!(count > 0, "regression inputs under {}", dir.display());
}
