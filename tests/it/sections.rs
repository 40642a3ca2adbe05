//! Sections: the guide pages in a folder get an index page that lists them in reading order,
//! and one entry in the navigation instead of one per page.

use scraper::{Html, Selector};

use crate::common::{Site, built, run};
use crate::links::problems;

/// The basic fixture with two sections: `treatment/` with its own `_index.md` (translated into
/// Korean, as is one of its pages) and `after-care/` without one.
pub fn with_sections() -> Site {
    let site = Site::new("basic");
    site.write(
        "content/en/treatment/_index.md",
        "---\ntitle: Treatment\ndescription: Before, during and after.\norder: 2\n---\nWhat happens when.\n",
    );
    site.write(
        "content/en/treatment/visit.md",
        "---\ntitle: The first visit\norder: 1\n---\nBring your [documents](../guide.md#ask-for-documents).\n",
    );
    // Same `order`: the title decides, in the language's collation.
    site.write(
        "content/en/treatment/before.md",
        "---\ntitle: Before you start\norder: 2\n---\nRead this.\n",
    );
    site.write(
        "content/en/treatment/aftercare.md",
        "---\ntitle: Aftercare\norder: 2\ndescription: Follow-up visits.\n---\nCome back.\n",
    );
    site.write(
        "content/en/after-care/diet.md",
        "---\ntitle: Diet\n---\nSee [the treatment](../treatment/_index.md).\n",
    );
    site.write(
        "content/ko/treatment/_index.md",
        "---\ntitle: 치료\nsource_hash: \"000000000000\"\n---\n언제 무엇을 하는지.\n",
    );
    site.write(
        "content/ko/treatment/visit.md",
        "---\ntitle: 첫 방문\nsource_hash: \"000000000000\"\n---\n[서류](../guide.md#ask-for-documents)를 가져오세요.\n",
    );
    site
}

fn select(html: &str, css: &str) -> String {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| e.html())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_section_index_lists_its_pages_in_reading_order() {
    let site = with_sections();
    built(site.build());
    insta::assert_snapshot!(
        "en_section",
        select(&site.read("en/treatment/index.html"), "main")
    );
    // Korean: its own title and text, the untranslated pages in English and marked so.
    insta::assert_snapshot!(
        "ko_section",
        select(&site.read("ko/treatment/index.html"), "main")
    );
}

#[test]
fn a_section_without_an_index_file_is_titled_by_its_folder() {
    let site = with_sections();
    built(site.build());
    let page = site.read("en/after-care/index.html");
    assert_eq!(select(&page, "main h1"), "<h1>After care</h1>");
    assert!(
        site.read("sitemap.xml")
            .contains("en/after-care/index.html")
    );
}

#[test]
fn the_navigation_lists_sections_not_their_pages() {
    let site = with_sections();
    built(site.build());
    insta::assert_snapshot!(
        "en_nav_in_section",
        select(&site.read("en/treatment/visit.html"), "nav.primary-nav")
    );
    let home = select(&site.read("en/index.html"), "nav.primary-nav");
    assert!(home.contains("en/treatment/index.html"), "{home}");
    assert!(!home.contains("treatment/visit.html"), "{home}");
    assert!(!home.contains("aria-current"), "{home}");
}

#[test]
fn every_link_of_a_site_with_sections_resolves_and_check_passes() {
    let site = with_sections();
    built(site.build());
    let problems = problems(&site.public(), Some("https://guide.example.org/"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let (code, _, stderr) = run(
        &["check", "--root", site.path().to_str().unwrap()],
        site.path(),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}
