//! The preview's HTTP side: files from the output folder with their content types, an `ETag`
//! and `304` for an unchanged `If-None-Match`, the site's own 404 page, and
//! the live-reload script, which only served pages carry (it is added to the response, never
//! written to disk). A path that would leave the output folder is refused, however encoded.

use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::Shared;

/// The prefix of the preview's own endpoints; no site path starts with it.
pub const PREFIX: &str = "/__armguide/";
const LIVE_JS: &str = include_str!("live.js");
/// How long a status request waits for a rebuild before answering anyway.
const POLL: Duration = Duration::from_secs(20);

type Reply = Response<Cursor<Vec<u8>>>;

/// Answers one request.
pub fn handle(shared: &Shared, request: Request) {
    let reply = answer(shared, request.method(), request.url(), request.headers());
    // The browser may have gone away (a reload cancels the status request): nothing to do.
    let _ = request.respond(reply);
}

fn answer(shared: &Shared, method: &Method, url: &str, headers: &[Header]) -> Reply {
    if !matches!(method, Method::Get | Method::Head) {
        return text(405, "only GET and HEAD are served");
    }
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    if let Some(endpoint) = path.strip_prefix(PREFIX) {
        return match endpoint {
            "live.js" => with_type(
                Response::from_data(LIVE_JS),
                "text/javascript; charset=utf-8",
            ),
            "status" => status(shared, query),
            _ => text(404, "no such endpoint"),
        };
    }
    let file = match resolve(&shared.out, path) {
        Ok(Resolved::File(file)) => file,
        Ok(Resolved::Directory) => {
            // Relative links in the page only work from the folder's own URL.
            let to = format!("{path}/{}", if query.is_empty() { "" } else { "?" }) + query;
            return text(301, "moved").with_header(header("Location", &to));
        }
        Ok(Resolved::Missing) => return not_found(shared),
        Err(Refused) => return text(400, "that path leaves the site"),
    };
    // The version and the time of change before the bytes: a file read while a rebuild lands
    // then carries the older version and time with the newer or the older bytes, and is asked
    // for and sent again. Read the other way round, a page could carry the old text with the
    // new version and never reload, and a tag could name bytes it was not sent with.
    let version = shared.version();
    let modified = fs::metadata(&file).and_then(|m| m.modified()).ok();
    let Ok(bytes) = fs::read(&file) else {
        return not_found(shared);
    };
    let kind = content_type(&file);
    let html = kind.starts_with("text/html");
    let tag = etag(modified, bytes.len(), html.then_some(version));
    if if_none_match(headers) == Some(tag.as_str()) {
        return Response::from_data(Vec::new())
            .with_status_code(StatusCode(304))
            .with_header(header("ETag", &tag));
    }
    let bytes = if html { inject(&bytes, version) } else { bytes };
    let mut reply = with_type(Response::from_data(bytes), &kind)
        .with_header(header("Cache-Control", "no-cache"))
        .with_header(header("ETag", &tag));
    if let Some(modified) = modified {
        reply.add_header(header("Last-Modified", &httpdate::fmt_http_date(modified)));
    }
    reply
}

/// What a served file is: its time of change to the nanosecond, its length, and for a page the
/// build version its script carries. An HTTP date has whole seconds, and a page rebuilt within
/// the second it was served compared unchanged: the browser kept the old page, whose script
/// saw a newer version and reloaded it, over and over, until the next edit.
fn etag(modified: Option<SystemTime>, len: usize, version: Option<u64>) -> String {
    let nanos = modified
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    match version {
        Some(v) => format!("\"{nanos:x}-{len:x}-{v:x}\""),
        None => format!("\"{nanos:x}-{len:x}\""),
    }
}

#[derive(Debug, PartialEq)]
pub enum Resolved {
    File(PathBuf),
    /// A folder asked for without its trailing slash.
    Directory,
    Missing,
}

/// A request path that would leave the output folder.
#[derive(Debug, PartialEq)]
pub struct Refused;

/// The file a URL path names inside `out`: percent-decoded, with `..`, backslashes and NUL
/// refused before the file system sees the path, and symbolic links followed only inside.
pub fn resolve(out: &Path, url_path: &str) -> Result<Resolved, Refused> {
    let decoded = percent_decode_str(url_path)
        .decode_utf8()
        .map_err(|_| Refused)?;
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return Err(Refused);
    }
    let mut path = out.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Err(Refused),
            s if s.contains(':') && cfg!(windows) => return Err(Refused),
            s => path.push(s),
        }
    }
    let (Ok(real), Ok(base)) = (path.canonicalize(), out.canonicalize()) else {
        return Ok(Resolved::Missing);
    };
    if !real.starts_with(&base) {
        return Err(Refused);
    }
    if real.is_dir() {
        if !decoded.ends_with('/') {
            return Ok(Resolved::Directory);
        }
        let index = real.join("index.html");
        return Ok(if index.is_file() {
            Resolved::File(index)
        } else {
            Resolved::Missing
        });
    }
    Ok(Resolved::File(real))
}

/// The live-reload script, added before `</body>`. The page's Content-Security-Policy forbids
/// connections; the preview alone allows its own origin so the script can ask for changes.
pub fn inject(html: &[u8], version: u64) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(html) else {
        return html.to_vec();
    };
    let tag = format!("<script src=\"{PREFIX}live.js\" data-version=\"{version}\"></script>");
    let mut out = String::with_capacity(text.len() + tag.len() + 32);
    let csp = "http-equiv=\"Content-Security-Policy\" content=\"";
    let text = match text.find(csp) {
        Some(at) => {
            let (head, tail) = text.split_at(at + csp.len());
            out.push_str(head);
            out.push_str("connect-src 'self'; ");
            tail
        }
        None => text,
    };
    match text.rfind("</body>") {
        Some(at) => {
            out.push_str(&text[..at]);
            out.push_str(&tag);
            out.push_str(&text[at..]);
        }
        None => {
            out.push_str(text);
            out.push_str(&tag);
        }
    }
    out.into_bytes()
}

/// The build's state as JSON, once it differs from the version the page has (`?since=N`), or
/// after a while, so that the page's script can wait for a rebuild with one open request.
fn status(shared: &Shared, query: &str) -> Reply {
    let since = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("since="))
        .and_then(|v| v.parse::<u64>().ok());
    let state = shared.wait_for_change(since, POLL);
    with_type(
        Response::from_data(serde_json::to_vec(&state).expect("plain data serializes")),
        "application/json",
    )
    .with_header(header("Cache-Control", "no-store"))
}

fn not_found(shared: &Shared) -> Reply {
    let page = shared.out.join("404.html");
    // The version before the bytes, as for any page.
    let version = shared.version();
    match fs::read(&page) {
        Ok(bytes) => with_type(
            Response::from_data(inject(&bytes, version)),
            "text/html; charset=utf-8",
        )
        .with_status_code(StatusCode(404)),
        Err(_) => text(404, "not found"),
    }
}

fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    match (mime.type_(), mime.subtype().as_str()) {
        (mime_guess::mime::TEXT, _) | (_, "javascript" | "json" | "xml" | "svg") => {
            format!("{mime}; charset=utf-8")
        }
        _ => mime.to_string(),
    }
}

fn if_none_match(headers: &[Header]) -> Option<&str> {
    let value = headers.iter().find(|h| h.field.equiv("If-None-Match"))?;
    Some(value.value.as_str().trim())
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("header names are ASCII")
}

fn with_type(reply: Reply, kind: &str) -> Reply {
    reply.with_header(header("Content-Type", kind))
}

fn text(code: u16, message: &str) -> Reply {
    with_type(
        Response::from_string(format!("{message}\n")),
        "text/plain; charset=utf-8",
    )
    .with_status_code(StatusCode(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changed_within_the_second_or_a_page_of_another_build_has_another_tag() {
        let at = SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_100);
        let later = at + Duration::from_millis(300);
        assert_eq!(etag(Some(at), 10, None), etag(Some(at), 10, None));
        assert_ne!(etag(Some(at), 10, None), etag(Some(later), 10, None));
        assert_ne!(etag(Some(at), 10, None), etag(Some(at), 11, None));
        assert_ne!(etag(Some(at), 10, Some(1)), etag(Some(at), 10, Some(2)));
        assert!(etag(None, 0, Some(3)).starts_with('"'));
    }

    #[test]
    fn paths_stay_inside_the_output_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        fs::create_dir_all(out.join("en")).unwrap();
        fs::write(out.join("en/index.html"), "x").unwrap();
        fs::write(tmp.path().join("secret.txt"), "s").unwrap();
        let real = out.canonicalize().unwrap();
        assert_eq!(
            resolve(&out, "/en/").unwrap(),
            Resolved::File(real.join("en/index.html"))
        );
        assert_eq!(resolve(&out, "/en").unwrap(), Resolved::Directory);
        assert_eq!(resolve(&out, "/nope.html").unwrap(), Resolved::Missing);
        for bad in [
            "/../secret.txt",
            "/en/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/en/..%5c..%5csecret.txt",
            "/%00",
            "relative",
        ] {
            assert_eq!(resolve(&out, bad), Err(Refused), "{bad}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_output_folder_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        fs::create_dir_all(&out).unwrap();
        fs::write(tmp.path().join("secret.txt"), "s").unwrap();
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), out.join("s.txt")).unwrap();
        assert_eq!(resolve(&out, "/s.txt"), Err(Refused));
    }

    #[test]
    fn the_script_goes_before_the_body_ends_and_the_policy_allows_the_preview() {
        let html = br#"<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><body>x</body>"#;
        let out = String::from_utf8(inject(html, 7)).unwrap();
        assert!(
            out.contains(r#"content="connect-src 'self'; default-src 'self'""#),
            "{out}"
        );
        assert!(
            out.ends_with(
                r#"x<script src="/__armguide/live.js" data-version="7"></script></body>"#
            ),
            "{out}"
        );
    }

    #[test]
    fn text_types_say_their_charset() {
        assert_eq!(
            content_type(Path::new("a.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a.js")),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("a.png")), "image/png");
        assert_eq!(
            content_type(Path::new("a.svg")),
            "image/svg+xml; charset=utf-8"
        );
    }
}
