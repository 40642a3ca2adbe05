//! Building the fixture site: the pages, translations and fallbacks, the export, determinism
//! and the atomic replacement of the output.

use std::fs;

use armguide::site::BuildError;

use crate::common::{Site, run, tree};

#[test]
fn every_page_kind_is_built_in_both_languages() {
    let site = Site::new("basic");
    let report = site.build().unwrap();
    for lang in ["en", "ko"] {
        for page in [
            "index.html",
            "guide.html",
            "safety.html",
            "glossary/index.html",
            "faq/index.html",
            "risk-tiers/index.html",
            "risk-tiers/low.html",
            "contacts/index.html",
            "institutions/index.html",
            "institutions/rmi-2020-0001.html",
            "institutions/cpe-2021-0001.html",
        ] {
            assert!(
                site.public().join(lang).join(page).is_file(),
                "{lang}/{page}"
            );
        }
    }
    for file in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "assets/style.css",
        ".armguide-output",
    ] {
        assert!(site.public().join(file).is_file(), "{file}");
    }
    assert!(
        !site.public().join("ko/orphan.html").exists(),
        "an orphaned translation is not published"
    );
    assert_eq!(
        report
            .languages
            .iter()
            .map(|(l, ..)| l.as_str())
            .collect::<Vec<_>>(),
        ["en", "ko"]
    );
}

#[test]
fn pages_carry_their_language_and_direction() {
    let site = Site::new("basic");
    site.build().unwrap();
    assert!(
        site.read("en/guide.html")
            .contains("<html lang=\"en\" dir=\"ltr\"")
    );
    assert!(
        site.read("ko/guide.html")
            .contains("<html lang=\"ko\" dir=\"ltr\"")
    );
}

#[test]
fn a_missing_translation_falls_back_to_the_source_text() {
    let site = Site::new("basic");
    site.build().unwrap();
    let faq = site.read("ko/faq/index.html");
    assert!(
        faq.contains("Who pays?"),
        "the English entry stands in for the missing Korean one"
    );
}

#[test]
fn a_stale_translation_of_a_safety_page_is_not_shown() {
    let site = Site::new("basic");
    let report = site.build().unwrap();
    let page = site.read("ko/safety.html");
    assert!(page.contains("Report side effects at once."), "{page}");
    assert!(!page.contains("옛 번역입니다"), "{page}");
    // A stale translation of an ordinary page is still shown, with a warning for editors.
    let stale = site.read("ko/guide.html");
    assert!(stale.contains("</a>는 세포입니다"));
    // Readers are told the original has changed, with a link to it.
    let notice = &stale[stale.find("notice-stale").expect("a stale notice")..];
    let notice = &notice[..notice.find("</div>").unwrap()];
    assert!(notice.contains("href=\"../en/guide.html\""), "{notice}");
    // The safety page shows the source text with the notice that it is not translated.
    assert!(
        page.contains("<div class=\"notice notice-fallback\""),
        "{page}"
    );
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("content/ko/guide.md:3:14: warning: stale translation")),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("content/ko/orphan.md: warning: orphaned translation")),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w
                .starts_with("content/ko/glossary/stem-cell.md: warning: untracked translation")),
        "{warnings:#?}"
    );
}

#[test]
fn the_first_use_of_a_glossary_term_links_to_its_definition() {
    let site = Site::new("basic");
    site.build().unwrap();
    let page = site.read("en/guide.html");
    assert_eq!(
        page.matches("href=\"../en/glossary/index.html#stem-cell\"")
            .count(),
        1,
        "{page}"
    );
    assert!(
        page.contains(
            "<a class=\"term\" href=\"../en/glossary/index.html#stem-cell\">stem cell</a>"
        ),
        "{page}"
    );
    assert!(
        page.contains(
            "<a class=\"term\" href=\"../en/glossary/index.html#cell-therapy\">cell therapy</a>"
        ),
        "{page}"
    );
    // Korean: the term is found before its particle.
    let ko = site.read("ko/guide.html");
    assert!(ko.contains(">줄기세포</a>는"), "{ko}");
}

#[test]
fn content_links_are_rewritten_to_output_files() {
    let site = Site::new("basic");
    site.build().unwrap();
    let page = site.read("en/guide.html");
    assert!(
        page.contains("href=\"../en/risk-tiers/low.html\""),
        "{page}"
    );
    assert!(
        page.contains("href=\"../en/contacts/index.html#report\""),
        "{page}"
    );
    // The fallback English text on the Korean site links to Korean pages.
    let home = site.read("ko/index.html");
    assert!(
        home.contains("href=\"../ko/faq/index.html#cost\""),
        "{home}"
    );
}

#[test]
fn export_strings_are_escaped() {
    let site = Site::new("basic");
    site.build().unwrap();
    for page in [
        "en/institutions/index.html",
        "en/institutions/rmi-2021-0002.html",
    ] {
        let html = site.read(page);
        assert!(html.contains("나래 예시 의원 &lt;b&gt;"), "{page}");
        assert!(!html.contains("나래 예시 의원 <b>"), "{page}");
    }
}

#[test]
fn search_points_a_clinic_not_found_to_the_directory() {
    let site = Site::new("basic");
    site.build().unwrap();
    let search = site.read("ko/search.html");
    assert!(
        search.contains("<aside class=\"callout search-clinic\""),
        "{search}"
    );
    assert!(
        search.contains("<a href=\"../ko/institutions/index.html\">"),
        "{search}"
    );
    let page = site.read("en/faq/index.html");
    assert!(
        page.contains(" data-directory=\"../../en/institutions/index.html\""),
        "{page}"
    );
}

#[test]
fn revoked_and_suspended_institutions_are_marked() {
    let site = Site::new("basic");
    site.build().unwrap();
    let list = site.read("en/institutions/index.html");
    assert!(list.contains("data-status=\"revoked\""), "{list}");
    let active = list.find("Gaon Sample Hospital").unwrap();
    let revoked = list.find("나래 예시 의원").unwrap();
    assert!(
        active < revoked,
        "designated institutions are listed before revoked ones"
    );
}

#[test]
fn sitemap_lists_language_alternates() {
    let site = Site::new("basic");
    site.build().unwrap();
    let xml = site.read("sitemap.xml");
    assert!(
        xml.contains("<loc>https://guide.example.org/ko/guide.html</loc>"),
        "{xml}"
    );
    assert!(
        xml.contains("hreflang=\"en\" href=\"https://guide.example.org/en/guide.html\""),
        "{xml}"
    );
    assert!(xml.contains("hreflang=\"x-default\""), "{xml}");
}

#[test]
fn the_root_page_offers_every_language_without_script() {
    let site = Site::new("basic");
    site.build().unwrap();
    let html = site.read("index.html");
    assert!(html.contains("href=\"en/index.html\""), "{html}");
    assert!(html.contains("href=\"ko/index.html\""), "{html}");
    assert!(html.contains("한국어"), "{html}");
}

#[test]
fn the_output_is_byte_identical_across_builds() {
    let a = Site::new("basic");
    let b = Site::new("basic");
    a.build().unwrap();
    b.build().unwrap();
    assert_eq!(tree(&a.public()), tree(&b.public()));
}

#[test]
fn a_failed_build_leaves_the_previous_output() {
    let site = Site::new("basic");
    site.build().unwrap();
    let before = tree(&site.public());
    site.write(
        "content/en/risk-tiers/low.md",
        "---\ntier: lowest\ntitle: x\n---\n",
    );
    assert!(matches!(site.build(), Err(BuildError::Content(_))));
    assert_eq!(tree(&site.public()), before);
}

/// Pages reach the staging folder while they render: a build that fails there still leaves
/// the previous output as it was, and no staging folder behind.
#[test]
fn a_build_failing_while_pages_are_written_leaves_the_previous_output() {
    let site = Site::new("basic");
    site.build().unwrap();
    let before = tree(&site.public());
    site.write(
        "content/en/safety.md",
        "---\ntitle: Safety first\norder: 2\n---\nSee [nothing](missing.md).\n",
    );
    assert!(matches!(site.build(), Err(BuildError::Content(_))));
    assert_eq!(tree(&site.public()), before);
    let names: Vec<String> = fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("armguide")), "{names:?}");
}

#[test]
fn a_folder_the_tool_did_not_create_is_never_replaced() {
    let site = Site::new("basic");
    site.write("public/notes.txt", "mine");
    let err = site.build().unwrap_err();
    assert!(
        err.to_string().contains("refusing to replace this folder"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(site.public().join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn check_writes_nothing() {
    let site = Site::new("basic");
    let (code, stdout, _) = run(&["check", "--root", "."], site.path());
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Checked"), "{stdout}");
    assert!(!site.public().exists());
}

#[test]
fn build_prints_a_summary_per_language() {
    let site = Site::new("basic");
    let (code, stdout, stderr) = run(&["build"], site.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\n  en "), "{stdout}");
    assert!(stdout.contains("\n  ko "), "{stdout}");
    assert!(stdout.contains("warning(s)"), "{stdout}");
    assert!(stderr.contains("warning: stale translation"), "{stderr}");
}

/// `name 12 ms, ...` as (name, milliseconds), the parts in brackets included in order.
fn step_times(line: &str) -> Vec<(String, u64)> {
    line.split([',', '(', ')'])
        .filter_map(|cell| {
            let (name, ms) = cell.trim().strip_suffix(" ms")?.rsplit_once(' ')?;
            Some((name.to_owned(), ms.parse().ok()?))
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn build_gives_the_cpu_time_of_each_step_and_of_the_work_inside_the_two_thread_one() {
    let site = Site::new("basic");
    let (code, stdout, stderr) = run(&["build"], site.path());
    assert_eq!(code, 0, "{stderr}");
    let line = |prefix: &str| {
        stdout
            .lines()
            .find_map(|l| l.trim().strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} line in {stdout}"))
            .to_owned()
    };
    let wall: Vec<String> = step_times(&line("steps: "))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    let cpu_line = line("cpu time of each step (");
    let (_, cells) = cpu_line
        .split_once("in all): ")
        .expect("the total, then the steps");
    let cpu = step_times(cells);
    let get = |name: &str| cpu.iter().find(|(n, _)| n == name).map(|(_, ms)| *ms);
    // Every step the wall times name, in the same order, with the two kinds of work of the
    // step that runs both after it.
    let named: Vec<&str> = cpu.iter().map(|(n, _)| n.as_str()).collect();
    let mut expected: Vec<&str> = wall.iter().map(String::as_str).collect();
    let at = expected
        .iter()
        .position(|n| *n == armguide::site::SEARCH_AND_EDITIONS)
        .expect("the two-thread step");
    expected.splice(at + 1..at + 1, ["search index", "offline editions"]);
    assert_eq!(named, expected, "{cpu_line}");
    // The two kinds of work are CPU time spent within the step, each rounded to the ms: they
    // add up to no more than the step's own, and indexing a language takes some.
    let within = get("search index").unwrap() + get("offline editions").unwrap();
    let step = get(armguide::site::SEARCH_AND_EDITIONS).unwrap();
    assert!(within <= step + 1, "{cpu_line}");
    assert!(get("search index").unwrap() > 0, "{cpu_line}");
}

#[test]
fn a_page_renders_as_snapshotted() {
    let site = Site::new("basic");
    site.build().unwrap();
    insta::assert_snapshot!("en_guide", without_zip_size(site.read("en/guide.html")));
    insta::assert_snapshot!(
        "ko_institution_revoked",
        without_zip_size(site.read("ko/institutions/rmi-2021-0002.html"))
    );
}

/// The page with its offline zip's size taken out: the size moves with every byte of every
/// page and asset of the language, which is not what these snapshots are about (tests/it/
/// offline.rs checks the size against the zip itself).
fn without_zip_size(html: String) -> String {
    const OPEN: &str = "<span class=\"edition-size\">";
    let Some(at) = html.find(OPEN) else {
        return html;
    };
    let inner = at + OPEN.len();
    let end = inner
        + html[inner..]
            .find("</span>")
            .expect("the size's span is closed");
    format!("{}[zip size]{}", &html[..inner], &html[end..])
}

#[test]
fn a_faq_category_without_a_title_shows_its_key() {
    let site = Site::new("basic");
    site.write(
        "content/en/faq/cost.md",
        "---\nquestion: Who pays?\ncategory: billing-and-money\n---\nThe patient.\n",
    );
    let report = site.build().unwrap();
    assert!(
        site.read("en/faq/index.html")
            .contains(">Billing and money<")
    );
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.iter().any(|w| w.starts_with(
            "content/en/faq/cost.md: warning: FAQ category `billing-and-money` has no title"
        )),
        "{warnings:#?}"
    );
}

/// The group headings of a built glossary index, in order.
fn glossary_headings(page: &str) -> Vec<String> {
    page.split("class=\"group-letter\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_owned())
        .collect()
}

#[test]
fn a_glossary_is_grouped_in_its_languages_own_index() {
    // Korean files 줄기세포 under ㅈ; the English term shown in its place as a fallback is
    // Latin and goes to the one group after the Korean ones.
    let site = Site::new("basic");
    site.build().unwrap();
    assert_eq!(
        glossary_headings(&site.read("ko/glossary/index.html")),
        ["ㅈ", "A–Z"]
    );
    assert_eq!(
        glossary_headings(&site.read("en/glossary/index.html")),
        ["C", "S"]
    );
}

#[test]
fn a_japanese_term_is_filed_by_its_reading_and_one_without_is_reported() {
    let site = Site::new("basic");
    site.write(
        "site.toml",
        "default_language = \"en\"\nlanguages = [\"en\", \"ja\"]\n",
    );
    site.write(
        "content/ja/glossary/stem-cell.md",
        "---\nterm: 幹細胞\nreading: かんさいぼう\n---\n他の細胞になれる細胞。\n",
    );
    site.write(
        "content/ja/glossary/cell-therapy.md",
        "---\nterm: 細胞治療\n---\n細胞を使う治療。\n",
    );
    let report = site.build().unwrap();
    assert_eq!(
        glossary_headings(&site.read("ja/glossary/index.html")),
        ["か", "#"]
    );
    let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings.iter().any(|w| w.starts_with(
            "content/ja/glossary/cell-therapy.md: warning: glossary term `細胞治療` has no `reading`"
        )),
        "{warnings:#?}"
    );
}
