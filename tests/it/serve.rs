//! `armguide serve`: incremental rebuilds give what a full build gives, and the preview server
//! over loopback serves pages, picks up edits, shows a broken edit's errors while the last good
//! page stays served, and refuses paths out of the output folder.

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use armguide::serve::rebuild::Workspace;
use armguide::site::{BuildError, BuildOptions, build};

use crate::common::Site;

/// Every file of an output folder, by path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Fails with the first file that differs between the incremental output and a fresh build.
fn assert_same_as_full_build(site: &Site, opts: &BuildOptions, step: &str) {
    let fresh = BuildOptions {
        output: Some("fresh".into()),
        ..opts.clone()
    };
    build(&fresh).unwrap_or_else(|e| panic!("{step}: full build failed: {e:?}"));
    let got = tree(&site.path().join("public"));
    let want = tree(&site.path().join("fresh"));
    let paths = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
    assert_eq!(paths(&got), paths(&want), "{step}: the same files");
    for (path, bytes) in &want {
        assert!(
            got[path] == *bytes,
            "{step}: {path} differs from a full build:\n{}",
            String::from_utf8_lossy(&got[path])
        );
    }
}

fn edit(site: &Site, rel: &str, from: &str, to: &str) -> std::path::PathBuf {
    let path = site.path().join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} contains {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

#[test]
fn an_edit_that_breaks_another_language_puts_back_the_page_written_first() {
    let site = Site::new("basic");
    let opts = site.options();
    let (mut ws, _) = Workspace::open(&opts).unwrap();
    let heading = edit(
        &site,
        "content/en/guide.md",
        "## What to bring",
        "## Only in English {#only-here}\n\nText.\n\n## What to bring",
    );
    ws.rebuild(&[heading]).unwrap();
    let page = site.path().join("public/en/risk-tiers/low.html");
    let before = fs::read(&page).unwrap();

    // The English tier page renders, and is written first; the Korean one shows the same
    // English text, whose link now points at a heading the Korean guide page lacks.
    let tier = edit(
        &site,
        "content/en/risk-tiers/low.md",
        "The tier describes risk, not benefit.",
        "The tier describes risk, not benefit. [More](../guide.md#only-here).",
    );
    let Err(BuildError::Content(diags)) = ws.rebuild_pages(&[tier]) else {
        panic!("the Korean page's broken anchor fails the rebuild");
    };
    assert!(
        diags.iter().any(|d| d.message.contains("its `ko` version")),
        "{diags:?}"
    );
    assert_eq!(
        fs::read(&page).unwrap(),
        before,
        "the English page is put back"
    );

    // Fixed, the site is what a full build gives.
    let tier = edit(
        &site,
        "content/en/risk-tiers/low.md",
        "../guide.md#only-here",
        "../guide.md",
    );
    ws.rebuild(&[tier]).unwrap();
    assert_same_as_full_build(&site, &opts, "fixed");
}

#[test]
fn a_smaller_search_index_leaves_none_of_its_old_parts() {
    let site = Site::new("basic");
    let words: Vec<String> = (0..40_000).map(|i| format!("word{i}x")).collect();
    site.write(
        "content/en/big.md",
        &format!("---\ntitle: Big\n---\n{}\n", words.join(" ")),
    );
    let opts = site.options();
    let (mut ws, _) = Workspace::open(&opts).unwrap();
    assert!(
        site.path().join("public/assets/search/en").is_dir(),
        "the index is split"
    );

    // The same page with a few words: the index is one script again.
    site.write("content/en/big.md", "---\ntitle: Big\n---\nA few words.\n");
    let outcome = ws
        .rebuild(&[site.path().join("content/en/big.md")])
        .unwrap();
    assert!(
        outcome
            .removed
            .iter()
            .any(|p| p.starts_with("assets/search/en/")),
        "{:?}",
        outcome.removed
    );
    assert_same_as_full_build(&site, &opts, "smaller index");
}

#[test]
fn an_edit_that_groups_an_index_s_keys_names_the_groups_on_every_page() {
    let site = Site::new("basic");
    let toml = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{toml}\nsearch_part_bytes = 1024\n"));
    site.write("content/en/big.md", "---\ntitle: Big\n---\nA few words.\n");
    let opts = site.options();
    let (mut ws, _) = Workspace::open(&opts).unwrap();
    let home = || std::fs::read_to_string(site.path().join("public/en/index.html")).unwrap();
    assert!(!home().contains("data-index-groups"));

    // 300 KB of text in one page, cut into parts of 1 KB: enough parts that their keys are
    // grouped. The edit changes no other page's text.
    let words: Vec<String> = (0..30_000).map(|i| format!("word{i}x")).collect();
    site.write(
        "content/en/big.md",
        &format!("---\ntitle: Big\n---\n{}\n", words.join(" ")),
    );
    ws.rebuild(&[site.path().join("content/en/big.md")])
        .unwrap();
    assert!(
        home().contains("data-index-groups=\""),
        "the home page names the groups"
    );
    assert_same_as_full_build(&site, &opts, "grouped keys");
}

#[test]
fn each_kind_of_edit_rebuilds_to_what_a_full_build_gives() {
    let site = Site::new("basic");
    let opts = site.options();
    let (mut ws, report) = Workspace::open(&opts).unwrap();
    let pages: usize = report.languages.iter().map(|(_, n, _)| n).sum();

    // A sentence in one page: only that page's versions are rendered again.
    let path = edit(
        &site,
        "content/en/guide.md",
        "A stem cell is a cell.",
        "A stem cell is a cell that divides.",
    );
    let outcome = ws.rebuild(&[path]).unwrap();
    assert_eq!(outcome.rendered, 2, "the page in en and ko");
    assert!(
        outcome
            .edited_done
            .is_some_and(|first| first <= outcome.pages_done),
        "the edited page is written before its other languages"
    );
    assert!(outcome.rendered < pages);
    assert!(
        outcome.written.iter().any(|p| p == "en/guide.html"),
        "{:?}",
        outcome.written
    );
    assert!(
        outcome
            .written
            .iter()
            .any(|p| p.starts_with("assets/search/"))
    );
    assert_same_as_full_build(&site, &opts, "body edit");

    let steps: &[(&str, &str, &str, &str)] = &[
        (
            "translation body",
            "content/ko/guide.md",
            "\n\n",
            "\n\n추가 문장.\n\n",
        ),
        (
            "title",
            "content/en/guide.md",
            "title: How it works",
            "title: How it all works",
        ),
        (
            "heading",
            "content/en/guide.md",
            "## What to bring",
            "## What to take",
        ),
        (
            "FAQ answer",
            "content/en/faq/cost.md",
            "The patient pays",
            "The patient usually pays",
        ),
        (
            "glossary definition",
            "content/en/glossary/cell-therapy.md",
            "Treatment that uses cells.",
            "Treatment that uses living cells.",
        ),
        (
            "glossary alias",
            "content/en/glossary/cell-therapy.md",
            "term: Cell therapy",
            "term: Cell therapy\naliases: [cell therapies]",
        ),
        (
            "tier body",
            "content/en/risk-tiers/low.md",
            "\n---\n",
            "\n---\nFirst words. ",
        ),
        (
            "locale",
            "locales/en/site.ftl",
            "site-title = Fixture Guide",
            "site-title = Fixture Guide Two",
        ),
        (
            "export",
            "content/institutions.yaml",
            "Gaon Sample Hospital",
            "Gaon Example Hospital",
        ),
    ];
    for (step, rel, from, to) in steps {
        let path = edit(&site, rel, from, to);
        ws.rebuild(&[path])
            .unwrap_or_else(|e| panic!("{step}: {e:?}"));
        assert_same_as_full_build(&site, &opts, step);
    }

    // A site's own template over the theme's, then an edit to it: only its pages follow.
    let theme_page = include_str!("../../themes/default/templates/page.html");
    site.write("themes/default/templates/page.html", theme_page);
    let path = site.path().join("themes/default/templates/page.html");
    ws.rebuild(std::slice::from_ref(&path)).unwrap();
    assert_same_as_full_build(&site, &opts, "template override");
    let marked = theme_page.replacen(
        "{% block content %}",
        "{% block content %}<!-- edited -->",
        1,
    );
    assert_ne!(marked, theme_page);
    fs::write(&path, marked).unwrap();
    let outcome = ws.rebuild(&[path]).unwrap();
    assert!(
        outcome.rendered > 0 && outcome.rendered < pages,
        "{} of {pages}",
        outcome.rendered
    );
    assert_same_as_full_build(&site, &opts, "template edit");

    // A status-changes log written beside the export: it is read with the export, and the
    // changes page lists its record.
    site.write(
        "content/institution-changes.yaml",
        "changes:\n  - id: \"RMI-2019-0009\"\n    name: { ko: \"라온 예시 의원\", en: \"Raon Sample Clinic\" }\n    status: revoked\n    on: 2023-02-01\n",
    );
    ws.rebuild(&[site.path().join("content/institution-changes.yaml")])
        .unwrap();
    assert!(
        site.read("en/institutions/changes.html")
            .contains("Raon Sample Clinic")
    );
    assert_same_as_full_build(&site, &opts, "status-changes log");

    // A page added, then removed: its output goes with it.
    site.write(
        "content/en/new-page.md",
        "---\ntitle: New page\n---\nNew text.\n",
    );
    ws.rebuild(&[site.path().join("content/en/new-page.md")])
        .unwrap();
    assert!(site.path().join("public/en/new-page.html").exists());
    assert_same_as_full_build(&site, &opts, "page added");
    fs::remove_file(site.path().join("content/en/new-page.md")).unwrap();
    let outcome = ws
        .rebuild(&[site.path().join("content/en/new-page.md")])
        .unwrap();
    assert!(outcome.removed.iter().any(|p| p == "en/new-page.html"));
    assert_same_as_full_build(&site, &opts, "page removed");

    // A broken edit fails and writes nothing; the fix brings everything up to date, including
    // an edit made while the site was broken.
    let before = fs::read(site.path().join("public/en/guide.html")).unwrap();
    let broken = edit(&site, "content/en/guide.md", "order: 1", "order: [");
    assert!(ws.rebuild(std::slice::from_ref(&broken)).is_err());
    assert_eq!(
        fs::read(site.path().join("public/en/guide.html")).unwrap(),
        before
    );
    let faq = edit(
        &site,
        "content/en/faq/cost.md",
        "usually pays",
        "often pays",
    );
    assert!(ws.rebuild(&[faq]).is_err(), "still broken");
    edit(&site, "content/en/guide.md", "order: [", "order: 1");
    ws.rebuild(&[broken]).unwrap();
    assert_same_as_full_build(&site, &opts, "fixed");
}

/// A running `armguide serve` on a free loopback port.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(site: &Site) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_armguide"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let addr = loop {
            let line = lines.next().expect("serve prints its address").unwrap();
            if let Some(rest) = line.strip_prefix("Serving http://") {
                break rest.split('/').next().unwrap().parse().unwrap();
            }
        };
        // Keep reading so that the server never blocks on a full pipe; what it says shows
        // when a test fails.
        std::thread::spawn(move || {
            lines
                .map_while(Result::ok)
                .for_each(|l| eprintln!("serve: {l}"))
        });
        Server { child, addr }
    }

    /// Sends `path` as given, unnormalized, with extra header lines.
    fn get(&self, path: &str, headers: &str) -> (u16, String, Vec<u8>) {
        let mut stream = TcpStream::connect(self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n{headers}\r\n",
            self.addr
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        (status, head, raw[split + 4..].to_vec())
    }

    fn status(&self, since: Option<u64>) -> serde_json::Value {
        let q = since.map(|v| format!("?since={v}")).unwrap_or_default();
        let (_, _, body) = self.get(&format!("/__armguide/status{q}"), "");
        serde_json::from_slice(&body).unwrap()
    }

    /// Waits for the rebuild after an edit and returns the new state.
    fn next_state(&self, version: u64) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let state = self.status(Some(version));
            if state["version"].as_u64() != Some(version) || Instant::now() > deadline {
                return state;
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

#[test]
fn the_preview_serves_pages_and_follows_edits() {
    let site = Site::new("basic");
    let server = Server::start(&site);

    let (code, head, body) = server.get("/en/guide.html", "");
    assert_eq!(code, 200);
    assert!(
        head.contains("Content-Type: text/html; charset=utf-8"),
        "{head}"
    );
    assert!(text(&body).contains("<script src=\"/__armguide/live.js\""));
    let on_disk = fs::read_to_string(site.path().join("public/en/guide.html")).unwrap();
    assert!(
        !on_disk.contains("__armguide"),
        "built files never carry the preview's script"
    );
    let (code, head, _) = server.get("/assets/style.css", "");
    assert_eq!(code, 200);
    assert!(
        head.contains("Content-Type: text/css; charset=utf-8"),
        "{head}"
    );
    let (code, head, _) = server.get("/en", "");
    assert_eq!(code, 301);
    assert!(head.contains("Location: /en/"), "{head}");
    assert_eq!(server.get("/en/", "").0, 200);

    // If-None-Match: unchanged since then is 304, with no body. An HTTP date has whole
    // seconds, so If-Modified-Since alone is answered in full: a page rebuilt within the
    // second would compare unchanged.
    let (_, head, _) = server.get("/en/guide.html", "");
    let (tag, modified) = (
        head_value(&head, "ETag"),
        head_value(&head, "Last-Modified"),
    );
    let (code, _, body) = server.get("/en/guide.html", &format!("If-None-Match: {tag}\r\n"));
    assert_eq!((code, body.len()), (304, 0));
    let (code, _, body) = server.get(
        "/en/guide.html",
        &format!("If-Modified-Since: {modified}\r\n"),
    );
    assert_eq!(code, 200);
    assert!(!body.is_empty());
    let css = head_value(&server.get("/assets/style.css", "").1, "ETag");
    assert_ne!(css, tag);

    // A missing page is the site's own 404 page, with status 404.
    let (code, _, body) = server.get("/en/no-such-page.html", "");
    assert_eq!(code, 404);
    assert!(
        text(&body).contains("404") || text(&body).contains("not found"),
        "{}",
        text(&body)
    );
    let not_found = fs::read_to_string(site.path().join("public/404.html")).unwrap();
    // The same page, but for the preview's script and its permission to ask for changes.
    let served = text(&body).replacen("connect-src 'self'; ", "", 1);
    assert!(served.starts_with(&not_found[..not_found.find("</body>").unwrap()]));

    // Nothing outside the output folder, however the path is spelt.
    for bad in [
        "/../site.toml",
        "/en/../../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E%2Fsite.toml",
        "/..%5csite.toml",
    ] {
        let (code, _, body) = server.get(bad, "");
        assert_eq!(code, 400, "{bad}");
        assert!(!text(&body).contains("default_language"), "{bad}");
    }

    // An edit shows on the next request, and pages waiting for it are told; a browser that
    // asks whether the page it has is current is sent the new one, however soon after.
    let version = server.status(None)["version"].as_u64().unwrap();
    edit(
        &site,
        "content/en/guide.md",
        "A stem cell is a cell.",
        "A stem cell is a living cell.",
    );
    let state = server.next_state(version);
    assert_eq!(state["errors"], serde_json::json!([]), "{state}");
    assert!(text(&server.get("/en/guide.html", "").2).contains("is a living cell."));
    let (code, _, body) = server.get("/en/guide.html", &format!("If-None-Match: {tag}\r\n"));
    assert_eq!(code, 200);
    assert!(text(&body).contains("is a living cell."));

    // A broken edit: the errors reach the page, and the last good page is still served.
    let version = state["version"].as_u64().unwrap();
    edit(&site, "content/en/guide.md", "order: 1", "order: [");
    let state = server.next_state(version);
    let errors = state["errors"].as_array().unwrap();
    assert!(!errors.is_empty(), "{state}");
    assert_eq!(errors[0]["path"], "content/en/guide.md", "{state}");
    assert!(errors[0]["position"]["line"].as_u64().is_some(), "{state}");
    let (code, _, body) = server.get("/en/guide.html", "");
    assert_eq!(code, 200);
    assert!(text(&body).contains("is a living cell."));

    // Fixed: the errors are gone.
    let version = state["version"].as_u64().unwrap();
    edit(&site, "content/en/guide.md", "order: [", "order: 1");
    let state = server.next_state(version);
    assert_eq!(state["errors"], serde_json::json!([]), "{state}");
}

#[test]
fn a_port_in_use_is_named() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let site = Site::new("basic");
    let out = Command::new(env!("CARGO_BIN_EXE_armguide"))
        .args(["serve", "--port", &port, "--root"])
        .arg(site.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("127.0.0.1:{port} is already in use; pass --port")),
        "{stderr}"
    );
}

fn head_value(head: &str, name: &str) -> String {
    head.lines()
        .find_map(|l| l.strip_prefix(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} in {head}"))
        .to_owned()
}

#[test]
fn edits_in_a_section_rebuild_to_what_a_full_build_gives() {
    let site = crate::sections::with_sections();
    let opts = site.options();
    let (mut ws, _) = Workspace::open(&opts).unwrap();
    let body = edit(
        &site,
        "content/en/treatment/_index.md",
        "What happens when.",
        "What happens, and when.",
    );
    let outcome = ws.rebuild(&[body]).unwrap();
    assert!(
        outcome
            .written
            .iter()
            .any(|p| p == "en/treatment/index.html"),
        "{:?}",
        outcome.written
    );
    assert_same_as_full_build(&site, &opts, "section text");
    let title = edit(
        &site,
        "content/en/treatment/before.md",
        "title: Before you start",
        "title: Ahead of the start",
    );
    ws.rebuild(&[title]).unwrap();
    assert_same_as_full_build(&site, &opts, "page title in a section");
}
