//! Directory data: the CSV and JSON downloads, the status-changes page with its log, the taxi
//! address, tel: links and the JSON-LD blocks, on the fixture site; `jsonld_problems` is also
//! run over the repository's own guide by `guide`.

use std::path::Path;

use scraper::{Html, Selector};
use serde_json::Value;

use crate::common::{Site, built};

fn select(html: &str, css: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).map(|e| e.html()).collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark, for Excel");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        armguide::institutions::downloads::CSV_COLUMNS
    );
    reader.records().map(Result::unwrap).collect()
}

#[test]
fn the_directory_links_its_downloads_with_their_real_sizes() {
    let site = Site::new("basic");
    built(site.build());
    let list = site.read("en/institutions/index.html");
    for (file, label) in [
        ("institutions.csv", "Download as a spreadsheet (CSV, "),
        ("institutions.json", "Download as data (JSON, "),
    ] {
        let size = std::fs::metadata(site.public().join("en/institutions").join(file))
            .unwrap()
            .len();
        let kb = size.div_ceil(1024).max(1);
        let link = select(&list, &format!("a[href$=\"{file}\"]"));
        assert_eq!(link.len(), 1, "{list}");
        assert!(
            link[0].contains(&format!("{label}\u{2068}{kb}\u{2069}&nbsp;KB)")),
            "{}",
            link[0]
        );
    }
    let changes = select(&list, "a[href=\"../../en/institutions/changes.html\"]");
    assert_eq!(changes.len(), 1, "the status-changes page is linked");
}

#[test]
fn the_csv_has_labels_in_the_readers_language_keys_and_the_export_date() {
    let site = Site::new("basic");
    built(site.build());
    let ko =
        csv_rows(&std::fs::read(site.public().join("ko/institutions/institutions.csv")).unwrap());
    assert_eq!(
        ko.iter().map(|r| r[0].to_owned()).collect::<Vec<_>>(),
        ["CPE-2021-0001", "RMI-2020-0001", "RMI-2021-0002"],
        "every record, in id order"
    );
    let revoked = &ko[2];
    assert_eq!(&revoked[4], "revoked");
    assert_eq!(&revoked[5], "지정 취소");
    assert_eq!(
        &revoked[6], "no",
        "a revoked institution is never `designated`"
    );
    assert_eq!(&revoked[7], "2024-05-01");
    assert_eq!(&revoked[12], "busan");
    assert_eq!(&revoked[25], "2025-02-28");
    assert_eq!(&revoked[26], "Fixture data");
    assert_eq!(
        &revoked[24], "https://guide.example.org/ko/institutions/rmi-2021-0002.html",
        "the page on the published guide"
    );
    let en =
        csv_rows(&std::fs::read(site.public().join("en/institutions/institutions.csv")).unwrap());
    assert_eq!(&en[2][5], "Designation revoked");
    assert_eq!(&en[1][1], "Gaon Sample Hospital");
    assert_eq!(&en[1][17], "+82-2-0000-0001");
}

#[test]
fn the_json_has_the_export_date_and_source_at_the_top() {
    let site = Site::new("basic");
    built(site.build());
    let json: Value =
        serde_json::from_str(&site.read("en/institutions/institutions.json")).unwrap();
    assert_eq!(json["language"], "en");
    assert_eq!(json["exported_at"], "2025-02-28");
    assert_eq!(json["source"], "Fixture data");
    assert_eq!(json["sample"], true);
    assert_eq!(json["count"], 3);
    let suspended = &json["institutions"][0];
    assert_eq!(suspended["id"], "CPE-2021-0001");
    assert_eq!(suspended["status"], "suspended");
    assert_eq!(suspended["status_label"], "Designation suspended");
    assert_eq!(suspended["designated"], false);
}

const LOG: &str = "\
# Suspensions and revocations, kept after they leave the export.
changes:
  - id: \"RMI-2019-0009\"
    name: { ko: \"라온 예시 의원\", en: \"Raon Sample Clinic\" }
    region: daejeon
    status: revoked
    on: 2023-02-01
  - id: \"RMI-2021-0002\"
    name: { ko: \"나래 예시 의원 <b>\" }
    status: revoked
    on: 2024-05-01
  - id: \"RMI-2020-0001\"
    name: { ko: \"가온 예시 병원\" }
    status: suspended
    on: 2022-01-10
";

/// The rows of the status-changes page: date, name, region, change, status now.
fn change_rows(html: &str) -> Vec<Vec<String>> {
    let doc = Html::parse_document(html);
    let row = Selector::parse(".changes-table tbody tr").unwrap();
    let cell = Selector::parse("td").unwrap();
    doc.select(&row)
        .map(|r| {
            r.select(&cell)
                .map(|c| {
                    c.text()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .replace(['\u{2068}', '\u{2069}'], "")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_logged_change_stays_listed_after_the_record_leaves_the_export() {
    let site = Site::new("basic");
    site.write("content/institution-changes.yaml", LOG);
    built(site.build());
    let html = site.read("en/institutions/changes.html");
    assert_eq!(
        change_rows(&html),
        [
            [
                "November 15, 2024",
                "Daon Sample Cell Processing CPE-2021-0001",
                "Gyeonggi",
                "⚠ Designation suspended",
                "⚠ Designation suspended",
            ],
            [
                "May 1, 2024",
                "나래 예시 의원 <b> RMI-2021-0002",
                "Busan",
                "✕ Designation revoked",
                "✕ Designation revoked",
            ],
            [
                "February 1, 2023",
                "Raon Sample Clinic RMI-2019-0009",
                "Daejeon",
                "✕ Designation revoked",
                "No longer on the list",
            ],
            [
                "January 10, 2022",
                "Gaon Sample Hospital RMI-2020-0001",
                "Seoul",
                "⚠ Designation suspended",
                "✓ Designated",
            ],
        ],
        "newest first; the export's own change once; the one no longer exported kept, unlinked"
    );
    assert_eq!(
        select(
            &html,
            "a[href=\"../../en/institutions/rmi-2019-0009.html\"]"
        )
        .len(),
        0,
        "no link to a page that does not exist"
    );
    assert!(
        html.contains("나래 예시 의원 &lt;b&gt;"),
        "the log is escaped too"
    );
}

#[test]
fn without_suspensions_or_revocations_the_page_says_so() {
    let site = Site::new("basic");
    let export = std::fs::read_to_string(site.path().join("content/institutions.yaml")).unwrap();
    // The header and the first record, the only active one.
    let parts: Vec<&str> = export.split("\n  - id:").collect();
    site.write(
        "content/institutions.yaml",
        &format!("{}\n  - id:{}\n", parts[0], parts[1]),
    );
    built(site.build());
    let html = site.read("en/institutions/changes.html");
    assert!(change_rows(&html).is_empty());
    assert!(
        html.contains("No institution on the list has had its designation suspended or revoked."),
        "{html}"
    );
}

#[test]
fn an_institution_page_shows_its_korean_address_for_a_taxi_driver() {
    let site = Site::new("basic");
    built(site.build());
    for (lang, line) in [
        ("en", "Show this to a taxi driver"),
        ("ko", "택시 기사님께 이 주소를 보여 주세요"),
    ] {
        let html = site.read(&format!("{lang}/institutions/rmi-2020-0001.html"));
        let block = select(&html, ".taxi-address");
        assert_eq!(block.len(), 1, "{lang}");
        assert!(block[0].contains(line), "{}", block[0]);
        let address = select(&html, ".taxi-address p.taxi-text[lang=\"ko\"]");
        assert_eq!(
            address,
            ["<p class=\"taxi-text\" dir=\"ltr\" lang=\"ko\">서울특별시 종로구 예시로 1</p>"]
        );
    }
    let no_address = site.read("en/institutions/rmi-2021-0002.html");
    assert!(select(&no_address, ".taxi-address").is_empty());
}

#[test]
fn every_phone_link_is_e164_without_separators() {
    let site = Site::new("basic");
    built(site.build());
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        for link in select(&html, "a[href^=\"tel:\"]") {
            seen += 1;
            let href = link.split("href=\"tel:").nth(1).unwrap();
            let number = &href[..href.find('"').unwrap()];
            assert!(
                number.starts_with('+') && number[1..].chars().all(|c| c.is_ascii_digit()),
                "{}: {link}",
                entry.path().display()
            );
        }
    }
    assert!(seen > 0, "the fixture has phone numbers");
    let html = site.read("en/institutions/rmi-2020-0001.html");
    assert!(html.contains("href=\"tel:+82200000001\""), "{html}");
}

/// Every JSON-LD block of the built site at `root` that is not valid or lacks what its page
/// type needs; `pages` counts the blocks of each `@type`.
pub fn jsonld_problems(
    root: &Path,
    types: &mut std::collections::BTreeMap<String, usize>,
) -> Vec<String> {
    let sel = Selector::parse("script[type=\"application/ld+json\"]").unwrap();
    let html_sel = Selector::parse("html").unwrap();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .display()
            .to_string();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let doc = Html::parse_document(&text);
        let lang = doc
            .select(&html_sel)
            .next()
            .and_then(|h| h.value().attr("lang"))
            .unwrap_or("")
            .to_owned();
        for block in doc.select(&sel) {
            let raw: String = block.text().collect();
            let mut problem = |m: String| problems.push(format!("{rel}: {m}"));
            if raw.contains('<') {
                problem("a `<` in the block could end the script element".into());
            }
            let v: Value = match serde_json::from_str(&raw) {
                Ok(v) => v,
                Err(e) => {
                    problem(format!("not JSON: {e}"));
                    continue;
                }
            };
            let kind = v["@type"].as_str().unwrap_or("").to_owned();
            *types.entry(kind.clone()).or_default() += 1;
            if v["@context"] != "https://schema.org" {
                problem("no schema.org @context".into());
            }
            if v["inLanguage"] != lang.as_str() {
                problem(format!(
                    "inLanguage {} on a page in {lang}",
                    v["inLanguage"]
                ));
            }
            if v["name"].as_str().is_none_or(str::is_empty) {
                problem("no name".into());
            }
            let page = rel.split_once('/').map_or("", |(_, p)| p);
            match kind.as_str() {
                "MedicalWebPage" => {
                    if let Some(d) = v["lastReviewed"].as_str()
                        && d.parse::<jiff::civil::Date>().is_err()
                    {
                        problem(format!("lastReviewed `{d}` is not a date"));
                    }
                }
                "FAQPage" => {
                    let questions = v["mainEntity"].as_array().cloned().unwrap_or_default();
                    if questions.is_empty() {
                        problem("an FAQ with no questions".into());
                    }
                    for q in questions {
                        if q["@type"] != "Question"
                            || q["acceptedAnswer"]["@type"] != "Answer"
                            || q["acceptedAnswer"]["text"]
                                .as_str()
                                .is_none_or(str::is_empty)
                        {
                            problem(format!("a question without its answer: {q}"));
                        }
                    }
                }
                "DefinedTermSet" => {
                    let terms = v["hasDefinedTerm"].as_array().cloned().unwrap_or_default();
                    if terms.is_empty()
                        || terms.iter().any(|t| {
                            t["@type"] != "DefinedTerm"
                                || t["description"].as_str().is_none_or(str::is_empty)
                        })
                    {
                        problem("a glossary without its defined terms".into());
                    }
                }
                "MedicalOrganization" => {
                    let described = v["description"].as_str().unwrap_or("");
                    let page_says_inactive = text.contains("class=\"institution inst-suspended")
                        || text.contains("class=\"institution inst-revoked");
                    // The page's own inactive notice says it is not designated; so must the data.
                    let notice = select(&text, ".alert p strong");
                    if page_says_inactive
                        && !notice.iter().any(|n| {
                            let inner = Html::parse_fragment(n)
                                .root_element()
                                .text()
                                .collect::<String>();
                            described.contains(inner.trim())
                        })
                    {
                        problem(format!(
                            "a suspended or revoked institution described as `{described}`"
                        ));
                    }
                    if page_says_inactive && v.get("sameAs").is_some() {
                        problem("a suspended or revoked institution's website is given".into());
                    }
                    let has_address = text.contains("class=\"taxi-text\"");
                    if has_address
                        && (v["address"]["@type"] != "PostalAddress"
                            || v["address"]["addressCountry"] != "KR")
                    {
                        problem("the page shows an address, the data has no postal address".into());
                    }
                    if let Some(tel) = v["telephone"].as_str()
                        && !(tel.starts_with('+') && tel[1..].chars().all(|c| c.is_ascii_digit()))
                    {
                        problem(format!("telephone `{tel}` is not E.164"));
                    }
                }
                other => problem(format!("unexpected @type `{other}`")),
            }
            let expected = match page {
                "faq/index.html" => "FAQPage",
                "glossary/index.html" => "DefinedTermSet",
                p if p.starts_with("institutions/")
                    && p != "institutions/index.html"
                    && p != "institutions/changes.html" =>
                {
                    "MedicalOrganization"
                }
                _ => "MedicalWebPage",
            };
            if kind != expected {
                problems.push(format!("{rel}: {kind} where {expected} belongs"));
            }
        }
    }
    problems
}

#[test]
fn json_ld_is_valid_and_escaped() {
    let site = Site::new("basic");
    built(site.build());
    let mut types = std::collections::BTreeMap::new();
    let problems = jsonld_problems(&site.public(), &mut types);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        types.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "DefinedTermSet",
            "FAQPage",
            "MedicalOrganization",
            "MedicalWebPage"
        ]
    );
    // The revoked institution's name holds `<b>`: escaped, and the same once parsed.
    let html = site.read("en/institutions/rmi-2021-0002.html");
    let block = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .unwrap();
    let block = &block[..block.find("</script>").unwrap()];
    assert!(block.contains("나래 예시 의원 \\u003cb\\u003e"), "{block}");
    let v: Value = serde_json::from_str(block).unwrap();
    assert_eq!(v["name"], "나래 예시 의원 <b>");
    assert_eq!(v["identifier"], "RMI-2021-0002");
    let guide: Value = {
        let html = site.read("en/guide.html");
        let b = html
            .split("<script type=\"application/ld+json\">")
            .nth(1)
            .unwrap();
        serde_json::from_str(&b[..b.find("</script>").unwrap()]).unwrap()
    };
    assert_eq!(guide["@type"], "MedicalWebPage");
    assert_eq!(guide["url"], "https://guide.example.org/en/guide.html");
}
