//! Reading right in every script: direction and language marked in the HTML, left-to-right
//! literals isolated in right-to-left text, list punctuation from messages, and the translation
//! note on translated pages only.

use crate::common::Site;

/// The fixture site with Japanese and Arabic added: an Arabic home page and reporting contact
/// (both translated, with a translator), a third glossary term, and an English page that quotes
/// Korean; everything else in Japanese and Arabic falls back to English.
fn site() -> Site {
    let site = Site::new("basic");
    site.write(
        "site.toml",
        "base_url = \"https://guide.example.org/\"\ndefault_language = \"en\"\n\
         languages = [\"en\", \"ko\", \"ja\", \"ar\"]\n",
    );
    site.write(
        "content/en/glossary/stem-cell.md",
        "---\nterm: Stem cell\naliases: [stem cells, 줄기세포]\nrelated: [cell-therapy, gene-therapy]\n---\n\
         A cell that can make other kinds of cell.\n",
    );
    site.write(
        "content/en/glossary/gene-therapy.md",
        "---\nterm: Gene therapy\n---\nTreatment that changes genes.\n",
    );
    site.write(
        "content/en/korean.md",
        "---\ntitle: Korean names\n---\nA treatment plan (첨단재생의료 치료계획) is approved; \
         `코드` stays as it is.\n",
    );
    let hash = |rel: &str| {
        let text = std::fs::read_to_string(site.path().join("content/en").join(rel)).unwrap();
        let body = text.splitn(3, "---\n").nth(2).unwrap();
        armguide::content::frontmatter::source_hash(body)
    };
    site.write(
        "content/ar/_index.md",
        &format!(
            "---\ntitle: دليل تجريبي\nreviewed: 2025-02-01\ntranslator: \"فريق الترجمة\"\n\
             source_hash: \"{}\"\n---\nمرحبًا. اتصل على +82-2-0000-9999 أو راسل \
             [report@example.org](mailto:report@example.org)، واقرأ [الدليل](guide.md) \
             (재생의료기관) و[التكاليف](faq/cost.md).\n",
            hash("_index.md")
        ),
    );
    site.write(
        "content/ar/contacts/report.md",
        &format!(
            "---\nname: فريق الإبلاغ\nphone: \"+82-2-0000-9999\"\nemail: report@example.org\n\
             topics: [report-violation]\nreviewed: 2025-02-01\ntranslator: \"فريق الترجمة\"\n\
             source_hash: \"{}\"\n---\nاتصل على +82-2-0000-9999 للإبلاغ عن عيادة.\n",
            hash("contacts/report.md")
        ),
    );
    site.build().unwrap_or_else(|e| panic!("{e:?}"));
    site
}

/// The part of `html` from the first `start` to the end of the next `end` after it.
fn fragment<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no `{start}` in\n{html}"));
    let to = from + html[from..].find(end).expect("end marker") + end.len();
    &html[from..to]
}

#[test]
fn an_arabic_page_runs_right_to_left_with_numbers_and_addresses_isolated() {
    let site = site();
    let home = site.read("ar/index.html");
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\">"), "{home}");
    insta::assert_snapshot!(
        "ar_home_text",
        fragment(&home, "<div class=\"prose\">", "</div>")
    );
    let contacts = site.read("ar/contacts/index.html");
    insta::assert_snapshot!(
        "ar_contact_card",
        fragment(&contacts, "<article class=\"contact-card", "</article>")
    );
    // Only right-to-left text needs the isolation.
    let en = site.read("en/contacts/index.html");
    assert!(!en.contains("<bdi"), "{en}");
    for page in [
        "en/index.html",
        "ko/index.html",
        "ja/index.html",
        "index.html",
    ] {
        assert!(site.read(page).contains(" dir=\"ltr\">\n<head>"), "{page}");
    }
}

#[test]
fn korean_names_are_marked_on_pages_in_other_languages() {
    let site = site();
    let directory = site.read("en/institutions/index.html");
    assert!(
        directory
            .contains("<p class=\"inst-name-other inst-name-ko\" lang=\"ko\">가온 예시 병원</p>"),
        "the official name under the English one"
    );
    assert!(
        directory.contains("lang=\"ko\" dir=\"auto\">나래 예시 의원 &lt;b&gt;</a>"),
        "a name that exists only in Korean"
    );
    let page = site.read("en/institutions/rmi-2020-0001.html");
    assert!(
        page.contains("<p class=\"inst-name-other inst-name-ko\" lang=\"ko\">가온 예시 병원</p>")
    );
    assert!(page.contains("<span lang=\"ko\">서울특별시 종로구 예시로 1</span>"));
    let korean = site.read("ko/institutions/rmi-2020-0001.html");
    assert!(
        korean.contains(
            "<p class=\"inst-name-other inst-name-en\" lang=\"en\">Gaon Sample Hospital</p>"
        ),
        "the English name on a Korean page"
    );
    let glossary = site.read("en/glossary/index.html");
    assert!(
        glossary.contains("stem cells, <span lang=\"ko\" dir=\"auto\">줄기세포</span></p>"),
        "a Korean alias of an English term"
    );
    let arabic = site.read("ar/institutions/rmi-2020-0001.html");
    assert!(
        arabic.contains(
            "<h1><span class=\"inst-name\" lang=\"en\" dir=\"auto\">Gaon Sample Hospital</span></h1>"
        ),
        "the English name stands in for an Arabic one, marked and isolated"
    );
}

#[test]
fn korean_quoted_in_markdown_is_marked_and_fallbacks_keep_their_language() {
    let site = site();
    let en = site.read("en/korean.html");
    assert!(
        en.contains("<p>A treatment plan (<span lang=\"ko\">첨단재생의료 치료계획</span>) is approved; <code>코드</code> stays as it is.</p>"),
        "{en}"
    );
    // Shown as a fallback, the English text keeps its language and its Korean stays marked.
    for lang in ["ko", "ar"] {
        let page = site.read(&format!("{lang}/korean.html"));
        assert!(
            page.contains("<div class=\"prose\" lang=\"en\" dir=\"auto\">"),
            "{lang}: {page}"
        );
        assert!(
            page.contains("<header class=\"page-header\" lang=\"en\" dir=\"auto\">"),
            "{lang}"
        );
        assert!(
            page.contains("<span lang=\"ko\">첨단재생의료 치료계획</span>"),
            "{lang}"
        );
    }
    let ko_home = site.read("ko/index.html");
    assert!(
        !ko_home.contains("<span lang=\"ko\">"),
        "Korean text is not marked in Korean"
    );
}

#[test]
fn the_language_menu_marks_each_language() {
    let site = site();
    let page = site.read("ar/index.html");
    for (code, name) in [
        ("en", "English"),
        ("ko", "한국어"),
        ("ja", "日本語"),
        ("ar", "العربية"),
    ] {
        let link = format!(
            "<a href=\"../{code}/index.html\" lang=\"{code}\" hreflang=\"{code}\" dir=\"auto\""
        );
        let entry = fragment(&page, &link, "</a>");
        assert!(entry.ends_with(&format!(">{name}</a>")), "{entry}");
    }
}

#[test]
fn lists_take_their_punctuation_from_the_messages() {
    let site = site();
    let glossary = site.read("ja/glossary/index.html");
    let related = fragment(&glossary, "<p class=\"related\">", "</p>");
    assert!(
        related.contains("</a>、<a href="),
        "the Japanese separator alone: {related}"
    );
    assert!(!related.contains("、 "), "{related}");
    let english = site.read("en/glossary/index.html");
    assert!(fragment(&english, "<p class=\"related\">", "</p>").contains("</a>, <a href="));
    // Fluent isolates the values it places (FSI … PDI); the punctuation is what is checked here.
    let plain = |html: String| html.replace(['\u{2068}', '\u{2069}'], "");
    let inst = plain(site.read("ja/institutions/rmi-2020-0001.html"));
    assert!(
        inst.contains("<dd>ソウル、<bdi>Jongno-gu</bdi></dd>"),
        "{inst}"
    );
    assert!(
        inst.contains("<dd>再生医療機関（機関レベル）</dd>"),
        "{inst}"
    );
    let inst = plain(site.read("en/institutions/rmi-2020-0001.html"));
    assert!(inst.contains("<dd>Seoul, <bdi>Jongno-gu</bdi></dd>"));
    assert!(inst.contains("<dd>Regenerative medical institution (institution level)</dd>"));
}

#[test]
fn a_translation_names_its_translator_and_links_to_the_original() {
    let site = site();
    let home = site.read("ar/index.html");
    insta::assert_snapshot!(
        "ar_home_review",
        fragment(&home, "<dl class=\"review-dates\">", "</dl>")
    );
    let contacts = site.read("ar/contacts/index.html");
    let note = fragment(&contacts, "<dl class=\"review-dates\">", "</dl>");
    assert!(note.contains("<dd>فريق الترجمة</dd>"), "{note}");
    assert!(
        note.contains("href=\"../../en/contacts/index.html\""),
        "{note}"
    );
    // A stale translation is still a translation; this one names no translator.
    let guide = site.read("ko/guide.html");
    assert!(guide.contains("class=\"translation-source\""), "{guide}");
    assert!(!guide.contains("class=\"translated-by\""), "{guide}");
    // Not on the source, nor where the reader gets the source text.
    for page in [
        "en/index.html",
        "en/contacts/index.html",
        "ko/safety.html",
        "ar/korean.html",
        "ar/faq/index.html",
        "ja/index.html",
    ] {
        let html = site.read(page);
        assert!(!html.contains("class=\"translation-source\""), "{page}");
        assert!(!html.contains("class=\"translated-by\""), "{page}");
    }
}

#[test]
fn isolation_marks_stay_in_running_text_only() {
    // Fluent isolates the values it places; in an attribute, a <title> or the search index the
    // marks would be read out, shown in tab names or indexed.
    let site = site();
    let html = site.read("ar/institutions/index.html");
    let (fsi, pdi) = ('\u{2068}', '\u{2069}');
    assert!(
        html.contains(fsi) && html.contains(pdi),
        "counts in the text are isolated"
    );
    let title = fragment(&html, "<title>", "</title>");
    assert!(!title.contains([fsi, pdi]), "{title}");
    // The search page passes a message with a number to its script in an attribute.
    let search = site.read("ar/search.html");
    assert!(
        search.contains("data-msg-more=\""),
        "the attribute is there"
    );
    let mut rest = search.as_str();
    while let Some(open) = rest.find('<') {
        let end = rest[open..].find('>').expect("tags close") + open;
        let tag = &rest[open..=end];
        assert!(!tag.contains([fsi, pdi]), "a mark inside a tag: {tag}");
        rest = &rest[end + 1..];
    }
    for lang in ["en", "ar", "ja"] {
        let index = site.read(&format!("assets/search/{lang}.js"));
        assert!(
            !index.contains([fsi, pdi]),
            "isolation marks in the {lang} index"
        );
    }
}

#[test]
fn pseudo_locales_show_every_message_changed_and_the_content_as_it_is() {
    let site = Site::new("basic");
    let report = armguide::site::build(&armguide::site::BuildOptions {
        pseudo: true,
        ..site.options()
    })
    .unwrap_or_else(|e| panic!("{e:?}"));
    // The fixture's own warnings (stale Korean pages) stay; the pseudo-locales add none.
    let pseudo: Vec<String> = report
        .warnings
        .iter()
        .map(ToString::to_string)
        .filter(|w| w.contains("-XA") || w.contains("-XB"))
        .collect();
    assert!(pseudo.is_empty(), "{pseudo:?}");

    let accented = site.read("en-XA/index.html");
    assert!(accented.contains("<html lang=\"en-XA\" dir=\"ltr\">"));
    // A message: accented, bracketed, a third longer.
    assert!(
        accented.contains(">[Šķíƥ ţó ɱáíñ çóñţéñţ ŀøřéɱ]<"),
        "{accented}"
    );
    let plain = site.read("en/index.html");
    assert!(plain.contains(">Skip to main content<"));

    let mirrored = site.read("ar-XB/index.html");
    assert!(mirrored.contains("<html lang=\"ar-XB\" dir=\"rtl\">"));
    assert!(mirrored.contains(">\u{202E}Skip to main content\u{202C}<"));
    // Without --pseudo there are no pseudo-locales.
    let other = Site::new("basic");
    other.build().unwrap();
    assert!(!other.public().join("en-XA").exists());
}
