//! The offline editions: what each language's zip holds, that two builds give the same bytes,
//! that an unzipped copy's links all resolve, the date its stamp shows, and the print page.

use std::fs;
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, SystemTime};

use crate::common::{Site, built, run};
use crate::links::problems;

/// The entries of the zip at `path`, by name, with their bytes.
fn entries(path: &Path) -> Vec<(String, Vec<u8>)> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            (file.name().unwrap().into_owned(), data)
        })
        .collect()
}

fn unzip(zip: &Path, into: &Path) {
    for (name, data) in entries(zip) {
        let dest = into.join(name);
        fs::create_dir_all(dest.parent().unwrap()).unwrap();
        fs::write(dest, data).unwrap();
    }
}

#[test]
fn a_language_zip_holds_its_pages_the_shared_assets_and_its_own_search() {
    let site = Site::new("basic");
    built(site.build());
    let names: Vec<String> = entries(&site.public().join("offline/guide-ko.zip"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    insta::assert_snapshot!("zip_ko_entries", names.join("\n"));
}

#[test]
fn a_split_index_is_one_script_in_the_copy_its_manifest_then_every_part() {
    let site = Site::new("basic");
    let toml = fs::read_to_string(site.path().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!(
            "{toml}\nsearch_single_bytes = 0\nsearch_part_bytes = 1024\nsearch_key_groups = 4\n"
        ),
    );
    built(site.build());
    let zip = entries(&site.public().join("offline/guide-en.zip"));
    let search: Vec<&str> = zip
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| n.starts_with("assets/search/"))
        .collect();
    assert_eq!(search, ["assets/search/en.js"]);
    // The site's manifest, then each part as the site has it, in the order of their paths.
    let folder = site.public().join("assets/search/en");
    let mut parts: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    parts.sort();
    assert!(
        parts.iter().any(|p| p.starts_with('k')),
        "key groups: {parts:?}"
    );
    let mut expected = fs::read(site.public().join("assets/search/en.js")).unwrap();
    for part in &parts {
        expected.extend(fs::read(folder.join(part)).unwrap());
    }
    let script = &zip
        .iter()
        .find(|(n, _)| n == "assets/search/en.js")
        .unwrap()
        .1;
    assert!(
        *script == expected,
        "the copy's script is the manifest and the parts"
    );
    // The copy's pages do not send the box for key groups the copy does not have.
    let page = &zip.iter().find(|(n, _)| n == "en/index.html").unwrap().1;
    let page = String::from_utf8_lossy(page);
    assert!(page.contains("data-index="), "a search form");
    assert!(!page.contains("data-index-groups"));
    assert!(
        site.read("en/index.html")
            .contains("data-index-groups=\"4\"")
    );
}

#[test]
fn every_link_and_asset_of_an_unzipped_copy_resolves() {
    let site = Site::new("basic");
    built(site.build());
    for lang in ["en", "ko"] {
        let dir = tempfile::tempdir().unwrap();
        unzip(
            &site.public().join(format!("offline/guide-{lang}.zip")),
            dir.path(),
        );
        assert_eq!(problems(dir.path(), None), Vec::<String>::new(), "{lang}");
        // Links to the other language lead to the online guide, not to a missing file.
        let home = fs::read_to_string(dir.path().join(format!("{lang}/index.html"))).unwrap();
        let other = if lang == "en" { "ko" } else { "en" };
        assert!(
            home.contains(&format!(
                "href=\"https://guide.example.org/{other}/index.html\""
            )),
            "{lang}: no link to the online {other} page"
        );
    }
}

#[test]
fn the_offline_copy_has_no_download_link_and_the_site_names_the_zip_size() {
    let site = Site::new("basic");
    built(site.build());
    let dir = tempfile::tempdir().unwrap();
    unzip(&site.public().join("offline/guide-en.zip"), dir.path());
    let offline = fs::read_to_string(dir.path().join("en/guide.html")).unwrap();
    assert!(!offline.contains("offline/guide-en.zip"));
    assert!(offline.contains("You are reading a copy saved for offline use."));
    assert!(!offline.contains("data-edition=\"online\"") && !offline.contains(" hidden>You are"));

    let online = site.read("en/guide.html");
    let kb = fs::metadata(site.public().join("offline/guide-en.zip"))
        .unwrap()
        .len()
        .div_ceil(1000);
    assert!(
        online.contains(&format!(
            "<a href=\"../offline/guide-en.zip\" download>Download for offline reading (\u{2068}<span class=\"edition-size\">\u{2068}{kb}\u{2069}\u{a0}KB</span>\u{2069})</a>"
        )),
        "{online}"
    );
    assert!(!online.contains("ARMGUIDE-OFFLINE-SIZE"));
    assert!(online.contains("data-edition=\"offline\" hidden>You are reading a copy"));
}

/// Reproducible builds: the same inputs give the same zips, whatever the build's moment.
#[test]
fn two_builds_give_byte_identical_zips() {
    let site = Site::new("basic");
    let mut zips = Vec::new();
    for out in ["one", "two"] {
        let (code, _, err) = run(
            &[
                "build",
                "--root",
                site.path().to_str().unwrap(),
                "--output",
                out,
            ],
            site.path(),
        );
        assert_eq!(code, 0, "{err}");
        zips.push(
            ["en", "ko"].map(|l| {
                fs::read(site.path().join(format!("{out}/offline/guide-{l}.zip"))).unwrap()
            }),
        );
    }
    assert!(zips[0] == zips[1], "the zips differ between two builds");
}

/// The stamp on a page of a build through the command line, with or without SOURCE_DATE_EPOCH.
fn stamped(site: &Site, epoch: Option<&str>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_armguide"));
    cmd.args(["build", "--root", site.path().to_str().unwrap()]);
    cmd.env_remove("SOURCE_DATE_EPOCH");
    if let Some(e) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", e);
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = site.read("en/guide.html");
    let start = page.find("<ul class=\"edition-facts\">").unwrap();
    let end = start + page[start..].find("</ul>").unwrap();
    page[start..end].to_owned()
}

#[test]
fn the_stamp_dates_the_copy_from_source_date_epoch_or_else_the_newest_input() {
    let site = Site::new("basic");
    // 2024-06-15T12:00:00Z for every input, and a day later for one page.
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_718_452_800);
    for entry in walkdir::WalkDir::new(site.path()) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let later = entry.path().ends_with("content/en/safety.md");
            let t = when + Duration::from_secs(if later { 86_400 } else { 0 });
            fs::File::options()
                .write(true)
                .open(entry.path())
                .unwrap()
                .set_modified(t)
                .unwrap();
        }
    }
    insta::assert_snapshot!("stamp_from_newest_input", stamped(&site, None));
    insta::assert_snapshot!(
        "stamp_from_source_date_epoch",
        stamped(&site, Some("1740787200"))
    );
}

#[test]
fn the_print_page_holds_the_guide_in_reading_order_with_the_glossary_last() {
    let site = Site::new("basic");
    built(site.build());
    let page = site.read("en/print.html");
    let parts: Vec<&str> = page
        .match_indices("<section class=\"print-part\" id=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    insta::assert_snapshot!("print_en_parts", parts.join("\n"));
    assert_eq!(page.matches("<h1").count(), 1, "one h1 on the print page");
    assert!(page.contains("<title>The whole guide on one page · "));
    // A link to an element of a part, another's (a term in the glossary) or its own (a heading
    // in the guide's contents), points at that element, not just at the part.
    for id in ["glossary-index--stem-cell", "guide--ask-for-documents"] {
        assert!(page.contains(&format!("href=\"#{id}\"")), "a link to #{id}");
        assert_eq!(page.matches(&format!("id=\"{id}\"")).count(), 1, "#{id}");
    }
}
