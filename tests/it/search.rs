//! Search from the terminal: the relevance set in tests/search/queries.tsv against tantivy's
//! searcher on the guide's real content, and the browser index the build writes.

use std::path::Path;

use std::collections::BTreeMap;

use armguide::site::{BuildOptions, search_index};

use crate::common::{Site, run};

fn guide() -> BuildOptions {
    BuildOptions {
        root: Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
        write: false,
        ..BuildOptions::default()
    }
}

/// (language, query, expected URL) rows of the relevance set.
pub fn relevance_set() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/search/queries.tsv"),
    )
    .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].to_owned(), cols[1].to_owned(), cols[2].to_owned())
        })
        .collect()
}

#[test]
fn every_query_of_the_relevance_set_finds_its_page_in_the_top_three() {
    let mut failures = Vec::new();
    let set = relevance_set();
    assert!(set.len() >= 25);
    let mut indexes = BTreeMap::new();
    for (lang, query, expected) in set {
        let index = indexes
            .entry(lang.clone())
            .or_insert_with(|| search_index(&guide(), Some(&lang)).unwrap());
        let hits = index.hits(&query, 3).unwrap();
        if !hits.iter().any(|h| h.url == expected) {
            let got: Vec<&str> = hits.iter().map(|h| h.url.as_str()).collect();
            failures.push(format!(
                "{lang} {query:?}: expected {expected}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "stem cell" is what a patient from anywhere types first: in every language it finds the
/// stem-cell term before the kinds of stem cell, whose names say "stem cell" too.
#[test]
fn stem_cell_in_english_finds_the_stem_cell_term_first_in_every_language() {
    let site = guide();
    for lang in [
        "en", "ko", "ja", "zh-Hans", "zh-Hant", "ru", "mn", "th", "vi", "ar",
    ] {
        let hits = search_index(&site, Some(lang))
            .unwrap()
            .hits("stem cell", 1)
            .unwrap();
        assert_eq!(
            hits.first().map(|h| h.url.as_str()),
            Some(format!("{lang}/glossary/index.html#stem-cell").as_str()),
            "{lang}"
        );
    }
}

#[test]
fn the_cli_prints_rank_type_title_url_and_score() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, stdout, stderr) = run(
        &[
            "search",
            "stem cell",
            "--limit",
            "2",
            "--root",
            root.to_str().unwrap(),
        ],
        root,
    );
    assert_eq!(code, 0, "{stderr}");
    let first = stdout.lines().next().unwrap();
    assert_eq!(first, "  1. [glossary] Stem cell");
    assert!(
        stdout
            .lines()
            .nth(1)
            .unwrap()
            .trim_start()
            .starts_with("en/glossary/index.html#stem-cell  (score "),
        "{stdout}"
    );
    assert_eq!(stdout.lines().filter(|l| l.contains(". [")).count(), 2);
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, _, stderr) = run(
        &[
            "search",
            "x",
            "--lang",
            "fr",
            "--root",
            root.to_str().unwrap(),
        ],
        root,
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("language `fr` is not one of the site's: en, ko"),
        "{stderr}"
    );
}

#[test]
fn an_index_up_to_the_single_script_size_is_one_script_and_in_parts_when_the_site_says() {
    // The fixture's index is far under 512 KiB: one script a language, which the page loads
    // whole when the search box gets focus.
    let site = Site::new("basic");
    site.build().unwrap();
    let search = site.public().join("assets/search");
    assert!(search.join("en.js").is_file());
    assert!(!search.join("en").exists(), "no parts");
    assert!(!site.read("assets/search/en.js").contains("\"parts\""));

    // `search_single_bytes = 0`: the same index as a manifest and its parts.
    let toml = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\nsearch_single_bytes = 0\n"));
    site.build().unwrap();
    assert!(search.join("en").is_dir(), "parts");
    assert!(site.read("assets/search/en.js").contains("\"parts\""));
}

#[test]
fn the_build_writes_a_classic_script_index_per_language() {
    let site = Site::new("basic");
    site.build().unwrap();
    let en = site.read("assets/search/en.js");
    assert!(
        en.starts_with("(window.ARMGUIDE_INDEX = window.ARMGUIDE_INDEX || {})[\"en\"] = {"),
        "{}",
        &en[..80]
    );
    let json = en
        .split_once(")[\"en\"] = ")
        .unwrap()
        .1
        .trim_end()
        .trim_end_matches(';');
    let json: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(json["lang"], "en");
    // Every document has a field norm per field; every posting names a document.
    let num_docs = json["num_docs"].as_u64().unwrap() as usize;
    assert_eq!(json["docs"].as_array().unwrap().len(), num_docs);
    assert!(
        json["terms"]["stem"].is_array(),
        "English words are stemmed: `stem` is a term"
    );
    assert_eq!(json["analyzer"]["stems"]["cells"], "cell");
    // What results show: an institution its status and its details apart, a section its page.
    let docs = json["docs"].as_array().unwrap();
    let revoked = docs
        .iter()
        .find(|d| d["url"] == "en/institutions/rmi-2021-0002.html")
        .unwrap();
    assert_eq!(revoked["status"], "revoked");
    assert!(
        revoked["text"]
            .as_str()
            .unwrap()
            .contains(" · Designation revoked · "),
        "{revoked}"
    );
    // Its other names, which a result found by one of them shows: a name in another language
    // than the page's. An institution known only by its Korean name is searched by it among
    // its other names, not as the English title, but shows it once, as its title.
    let named = |url: &str| docs.iter().find(|d| d["url"] == url).unwrap()["also"].clone();
    assert_eq!(
        named("en/institutions/rmi-2020-0001.html"),
        "가온 예시 병원"
    );
    assert_eq!(revoked["title"], "나래 예시 의원 <b>");
    assert_eq!(
        named("en/institutions/rmi-2021-0002.html"),
        serde_json::Value::Null
    );
    assert!(
        docs.iter()
            .any(|d| d["type"] == "page" && d["context"].is_string()),
        "a section names its page"
    );
    assert!(
        docs.iter()
            .all(|d| d["type"] == "institution" || d["status"].is_null())
    );
    // Korean: the particle-stripped word and its bigrams.
    let ko = site.read("assets/search/ko.js");
    assert!(ko.contains("\"줄기세포\":"), "whole Korean words are terms");
    assert!(ko.contains("\"기세\":"), "and so are their bigrams");
}
