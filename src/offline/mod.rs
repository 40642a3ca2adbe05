//! The offline editions: per language, a zip of everything that language's pages need to work
//! from disk, the single-page print edition, and the stamp every page carries (when the copy
//! was made, the export's date, the online address, a reminder to check online).
//!
//! Pages are rendered once. The stamp's template writes an online paragraph (the download link,
//! with a placeholder for the size) and a hidden offline one. A language's copy takes the online
//! paragraph out and shows the offline one, so nothing inside a zip depends on the zip's size;
//! once the zips are made, the online pages get each zip's size in a `span.edition-size`. The
//! same steps run again over finished pages (`serve` does, after an edit) and give the same
//! files, since only the span's text changes.

/// lol_html's `element!`, with its selector parsed once for the build instead of once for each
/// page rewritten: parsing the same few selectors for every page was about 1% of a build.
macro_rules! element_once {
    ($selector:literal, $handler:expr) => {{
        static SELECTOR: std::sync::LazyLock<lol_html::Selector> =
            std::sync::LazyLock::new(|| $selector.parse().expect("a valid selector"));
        // What lol_html's own macro does so that the handler's type can be inferred.
        #[inline(always)]
        const fn type_hint<'h, T, H: lol_html::HandlerTypes>(h: T) -> T
        where
            T: FnMut(&mut lol_html::html_content::Element<'_, '_, H>) -> lol_html::HandlerResult
                + 'h,
        {
            h
        }
        (
            std::borrow::Cow::Borrowed(&*SELECTOR),
            lol_html::ElementContentHandlers::default().element(type_hint($handler)),
        )
    }};
}

pub mod links;
pub mod print;
pub mod stamp;
pub mod zip;

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::io::Write;

use fluent_bundle::FluentArgs;
use hashbrown::HashSet;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use lol_html::{AsciiCompatibleEncoding, HtmlRewriter, RewriteStrSettings, Settings};
use memchr::memmem;
use rayon::prelude::*;
use serde::Serialize;
use thiserror::Error;

use crate::content::markdown::escape_html;
use crate::i18n::Messages;
use crate::i18n::format::LocaleFormat;
use crate::model::Site;
use crate::output::{OutputError, Sink, Stream};
use crate::render::context::DateCtx;
use crate::render::urls::encode_path;

/// What the stamp's template writes where the zip's size goes; replaced on the online pages.
pub const SIZE_MARK: &str = "ARMGUIDE-OFFLINE-SIZE";
/// What holds the size once it is filled in, so that it can be filled in again.
const SIZE_OPEN: &str = "<span class=\"edition-size\">";

#[cfg(test)]
mod tests {
    use super::*;

    fn fill_size(html: &str, text: &str) -> String {
        String::from_utf8(fill_size_bytes(html.as_bytes(), text)).expect("cut only at marks")
    }

    #[test]
    fn a_split_index_up_to_the_size_goes_into_the_copy_whole_manifest_first() {
        let files = crate::output::Collect::default();
        let written = [
            ("assets/search/en.js", 100),
            ("assets/search/en/d0.js", 50),
            ("assets/search/en/t0.js", 30),
            ("assets/search/ko.js", 1000),
            ("en/index.html", 5000),
        ];
        for (path, len) in written {
            files.file(path, &vec![b'x'; len]).unwrap();
        }
        let mut members: Vec<&str> = written.iter().map(|(p, _)| *p).collect();
        members.sort_unstable();
        assert_eq!(
            bundled_index("en", &members, &files, 180),
            Some(vec![
                "assets/search/en.js",
                "assets/search/en/d0.js",
                "assets/search/en/t0.js"
            ])
        );
        // A byte over: the parts stay parts.
        assert_eq!(bundled_index("en", &members, &files, 179), None);
        // An index that is one script already.
        assert_eq!(bundled_index("ko", &members, &files, u64::MAX), None);
    }

    /// `html` at `en/a.html` as a copy of the English pages, with no online address, would
    /// have it.
    fn copied(html: &str) -> String {
        let members: HashSet<String> = ["en/a.html".to_owned()].into();
        let all: HashSet<&str> = ["en/a.html", "ko/a.html"].into();
        let needed = RefCell::new(BTreeSet::new());
        let copy = CopyLinks {
            members: &members,
            all: &all,
            base_url: None,
            needed: &needed,
            index_whole: false,
        };
        let out = offline_links("en/a.html", html.as_bytes(), &copy).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_copy_shows_its_own_note_on_whatever_element_a_theme_puts_it() {
        let notes = |tag: &str| {
            format!(
                r#"<{tag} data-edition="online"><a href="../offline/x.zip">get</a></{tag}><{tag} data-edition="offline" hidden>copy</{tag}>"#
            )
        };
        assert_eq!(copied(&notes("p")), r#"<p data-edition="offline">copy</p>"#);
        assert_eq!(
            copied(&notes("div")),
            r#"<div data-edition="offline">copy</div>"#
        );
        // The words in a page's text, beside the notes, change nothing.
        let page = format!(
            "{}<p>data-edition <a href=\"../ko/a.html\" hreflang=\"ko\">ko</a></p>",
            notes("p")
        );
        assert_eq!(
            copied(&page),
            r#"<p data-edition="offline">copy</p><p>data-edition <a>ko</a></p>"#
        );
        // Attribute names in any case, beside notes the `<p>` selectors meet.
        let page = format!(
            r#"{}<DIV DATA-EDITION="online">get</DIV><Div Data-Edition="offline" hidden>copy</Div>"#,
            notes("p")
        );
        assert_eq!(
            copied(&page),
            r#"<p data-edition="offline">copy</p><Div Data-Edition="offline">copy</Div>"#
        );
        assert_eq!(copied("<p>none</p>"), "<p>none</p>");
    }

    #[test]
    fn a_size_filled_in_can_be_filled_in_again() {
        let page = format!("<a>Download ({SIZE_MARK})</a> <a>({SIZE_MARK})</a>");
        let once = fill_size(&page, "97 KB");
        assert_eq!(
            once,
            "<a>Download (<span class=\"edition-size\">97 KB</span>)</a> <a>(<span class=\"edition-size\">97 KB</span>)</a>"
        );
        assert_eq!(fill_size(&fill_size(&page, "1 KB"), "97 KB"), once);
    }

    #[test]
    fn a_page_is_filled_in_whatever_its_marks_border() {
        let filled = |page: &str| fill_size(page, "2 MB");
        assert_eq!(filled("no size here"), "no size here");
        assert_eq!(filled(""), "");
        assert_eq!(
            filled(&format!("{SIZE_MARK}{SIZE_MARK}")),
            format!("{SIZE_OPEN}2 MB</span>{SIZE_OPEN}2 MB</span>")
        );
        // A filled span and a mark, in either order.
        let both = format!("a{SIZE_OPEN}1 KB</span>b{SIZE_MARK}c");
        assert_eq!(
            filled(&both),
            format!("a{SIZE_OPEN}2 MB</span>b{SIZE_OPEN}2 MB</span>c")
        );
    }
}

#[derive(Debug, Error)]
pub enum OfflineError {
    #[error("offline edition: {0}")]
    Zip(#[from] ::zip::result::ZipError),
    #[error("offline edition: `{0}` would be in the zip twice")]
    Twice(String),
    /// Reading a finished page back or writing an edition's file.
    #[error(transparent)]
    Output(#[from] crate::output::OutputError),
    /// A file of the site that the copy's search index is made of, gone before it was read.
    #[error("offline edition: `{0}` could not be read back")]
    Unread(String),
    /// A built page the offline copy or the print page could not rewrite.
    #[error("{path}: cannot rewrite for the offline edition: {message}")]
    Rewrite { path: String, message: String },
}

/// The path of `lang`'s zip in the output.
pub fn zip_path(lang: &str) -> String {
    format!("offline/guide-{lang}.zip")
}

/// The path of `lang`'s print page in the output.
pub fn print_path(lang: &str) -> String {
    format!("{lang}/{}", print::FILE)
}

/// Whether `path` is one of the files only a full build makes: a zip or a print page.
pub fn is_edition_file(path: &str) -> bool {
    path.starts_with("offline/")
        || path
            .split_once('/')
            .is_some_and(|(_, rest)| rest == print::FILE)
}

/// What the stamp's template gets (`edition` in every language page's context).
#[derive(Serialize)]
pub struct EditionCtx {
    pub generated: DateCtx,
    pub base_url: Option<String>,
    pub download_url: String,
    pub print_url: String,
    /// [`SIZE_MARK`], for the download link's message.
    pub size: &'static str,
}

impl EditionCtx {
    pub fn new(
        generated: jiff::civil::Date,
        format: &LocaleFormat,
        base_url: Option<&str>,
        lang: &str,
        root: &str,
    ) -> EditionCtx {
        EditionCtx {
            generated: DateCtx::new(generated, format),
            base_url: base_url.map(str::to_owned),
            download_url: format!("{root}{}", zip_path(lang)),
            print_url: format!("{root}{}", print_path(lang)),
            size: SIZE_MARK,
        }
    }
}

/// Makes the print pages and the zips of `langs`, for the site whose files are `paths`, reading
/// each language's files back from `sink` (the build streams pages out as they render and keeps
/// none) and giving it the print pages, the zips and the online pages with their zip's size.
/// Returns the paths it added. A sink that keeps nothing (a build that writes nothing) gets
/// no editions.
pub fn editions_into(
    site: &Site,
    messages: &Messages,
    generated: jiff::civil::Date,
    langs: &[String],
    paths: &[String],
    sink: &dyn Sink,
) -> Result<Vec<String>, OfflineError> {
    let every: HashSet<&str> = paths
        .iter()
        .map(String::as_str)
        .filter(|p| !is_edition_file(p))
        .collect();
    // Two languages at a time on two cores: each holds only its own pages and the assets.
    let made: Vec<Result<Vec<String>, OfflineError>> = langs
        .par_iter()
        .map(|lang| language_editions(site, messages, generated, lang, &every, sink))
        .collect();
    let mut added = Vec::new();
    for m in made {
        added.extend(m?);
    }
    Ok(added)
}

/// `lang`'s print page and zip, and its online pages with the zip's size filled in. Pages are
/// read back from `sink` one at a time, so that a language's edition holds the page at hand
/// and its print page's parts, but never all its pages (the zip goes to its file as it is made).
fn language_editions(
    site: &Site,
    messages: &Messages,
    generated: jiff::civil::Date,
    lang: &str,
    every: &HashSet<&str>,
    sink: &dyn Sink,
) -> Result<Vec<String>, OfflineError> {
    // The home page frames the print page: a language without one gets no editions.
    let home = format!("{lang}/index.html");
    if !every.contains(home.as_str()) {
        return Ok(Vec::new());
    }
    let read = |p: &str| sink.read(p);
    let Some(shell) = read(&home) else {
        return Ok(Vec::new());
    };
    // The zip goes straight to its file as it is compressed (a staging folder writes it as it
    // comes), so that even a large language's copy is not held whole.
    let mut out = sink.stream(&zip_path(lang))?;
    let (print_path, print_page) = edition(
        messages, site, generated, lang, every, &shell, sink, &mut *out,
    )?;
    let zip_bytes = out.finish()?;
    let size = escape_html(&size_text(messages, lang, zip_bytes as usize));
    let mut print_out = sink.stream(&print_path)?;
    fill_size_with(&print_page, &size, |piece| print_out.write_all(piece)).map_err(|source| {
        OutputError::Io {
            path: print_path.clone().into(),
            source,
        }
    })?;
    drop(print_page);
    print_out.finish()?;
    // The pages at the root (404.html) are in the default language and show its zip's size.
    let default = site.config.default_language.as_str();
    for path in every
        .iter()
        .filter(|p| p.ends_with(".html") && page_language(p, default) == lang)
    {
        if let Some(page) = read(path).filter(|b| has_size(b)) {
            sink.file(path, &fill_size_bytes(&page, &size))?;
        }
    }
    Ok(vec![print_path, zip_path(lang)])
}

/// Whether `path` goes into `lang`'s zip as one of its own files: the language's folder, and
/// the shared assets except the other languages' search.
fn in_edition(path: &str, lang: &str) -> bool {
    let rest = |prefix: &str| path.strip_prefix(prefix);
    if let Some(p) = rest(lang) {
        return p.starts_with('/');
    }
    match rest("assets/search/") {
        Some(search) => search == format!("{lang}.js") || search.starts_with(&format!("{lang}/")),
        None => path.starts_with("assets/"),
    }
}

/// Whether a page carries the zip's size, still to fill in or filled in before.
fn has_size(html: &[u8]) -> bool {
    memmem::find(html, SIZE_MARK.as_bytes()).is_some()
        || memmem::find(html, SIZE_OPEN.as_bytes()).is_some()
}

/// Fills in the zip's size on online pages, from `size` by language (`serve` passes, until it
/// makes the zips again, the size of the zip on disk).
/// A page at the output's root (404.html) is in the default language, `default`.
pub fn set_sizes(
    files: &mut [(String, Vec<u8>)],
    default: &str,
    size: impl Fn(&str) -> Option<String>,
) {
    for (path, bytes) in files.iter_mut() {
        if !path.ends_with(".html") {
            continue;
        }
        if !has_size(bytes) {
            continue;
        }
        let text = escape_html(&size(page_language(path, default)).unwrap_or_default());
        *bytes = fill_size_bytes(bytes, &text);
    }
}

/// The language of the page at `path`: its folder, or `default` for a page at the root.
fn page_language<'p>(path: &'p str, default: &'p str) -> &'p str {
    match path.split_once('/') {
        Some((lang, _)) => lang,
        None => default,
    }
}

/// `html` with the zip's size `text` filled in.
fn fill_size_bytes(html: &[u8], text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len() + 64);
    fill_size_with(html, text, |piece| {
        out.extend_from_slice(piece);
        Ok::<(), std::convert::Infallible>(())
    })
    .unwrap_or_else(|never| match never {});
    out
}

/// Gives `emit` the pieces of `html` with the zip's size `text` filled in, in order: a print
/// page is a whole language's guide, so it is written piece by piece instead of copied. Pages
/// are handled as the bytes they were written as: the marks are ASCII, so a cut never splits
/// a character, and checking every page again as UTF-8 was 1% of a build.
fn fill_size_with<E>(
    html: &[u8],
    text: &str,
    mut emit: impl FnMut(&[u8]) -> Result<(), E>,
) -> Result<(), E> {
    let (mark, open, close) = (
        SIZE_MARK.as_bytes(),
        SIZE_OPEN.as_bytes(),
        "</span>".as_bytes(),
    );
    let mut rest = html;
    loop {
        let at_mark = memmem::find(rest, mark);
        let at_open = memmem::find(rest, open);
        let (before, after) = match (at_mark, at_open) {
            // A size still to fill in: the mark becomes the filled span.
            (Some(m), o) if o.is_none_or(|o| m < o) => (&rest[..m], &rest[m + mark.len()..]),
            // A size filled in before: its old text goes.
            (_, Some(o)) => {
                let inner = &rest[o + open.len()..];
                let end = memmem::find(inner, close).map_or(0, |e| e + close.len());
                (&rest[..o], &inner[end..])
            }
            _ => return emit(rest),
        };
        for piece in [before, open, text.as_bytes(), close] {
            emit(piece)?;
        }
        rest = after;
    }
}

/// The largest split search index an offline copy carries as one script. Timed in Chromium
/// from disk (scripts/bench-search-browser.mjs), the generated corpus's copies (6.2–11.1 MB of
/// script a language) loaded their index in 123–191 ms when the search box got focus, holding
/// the main thread at most 6–11 ms at a time, and then answered a first query in 13–14 ms and
/// later ones in under 1 ms, where in parts each query waited 43–78 ms for its scripts. A copy
/// is read from disk, so the bytes cost no download; past this size, a phone would take
/// seconds to parse them.
const COPY_INDEX_WHOLE_BYTES: u64 = 16 << 20;

/// What one entry of a copy's zip holds.
enum Member<'a> {
    Bytes(Vec<u8>),
    /// Files written one after another, each read when the one before is in.
    Pieces(Box<dyn Iterator<Item = Result<Vec<u8>, OfflineError>> + 'a>),
}

impl zip::Body for Member<'_> {
    fn write_into(self, out: &mut dyn Write) -> Result<(), OfflineError> {
        match self {
            Member::Bytes(bytes) => bytes.write_into(out),
            Member::Pieces(pieces) => zip::Pieces(pieces).write_into(out),
        }
    }
}

/// The files of `lang`'s split search index, its manifest first, when together they weigh no
/// more than `max` bytes ([`COPY_INDEX_WHOLE_BYTES`]): the copy then carries them as one
/// script, which defines the manifest and every part, so that the page loads them all at once
/// (search.js does not load a part it has). `None` for an index that is one script already,
/// or too large.
fn bundled_index<'p>(
    lang: &str,
    members: &[&'p str],
    files: &dyn Sink,
    max: u64,
) -> Option<Vec<&'p str>> {
    let manifest = format!("assets/search/{lang}.js");
    let folder = format!("assets/search/{lang}/");
    let manifest = *members.iter().find(|p| **p == manifest)?;
    // `members` is sorted: the parts are one run, in order.
    let parts: Vec<&str> = members
        .iter()
        .copied()
        .filter(|p| p.starts_with(&folder))
        .collect();
    if parts.is_empty() {
        return None;
    }
    let mut total = 0;
    for path in std::iter::once(manifest).chain(parts.iter().copied()) {
        total += files.len(path)?;
        if total > max {
            return None;
        }
    }
    Some(std::iter::once(manifest).chain(parts).collect())
}

/// The zip of `lang`'s edition, written into `out`: its own files of `every` (the site's
/// paths), each read back from `files`, rewritten for the copy and compressed before the next
/// is read (a split search index as one script); then its print page, made from the parts gathered on the way and framed by the home
/// page `shell`; then the files from elsewhere that its pages load or link. Returns the print
/// page as it goes online.
#[allow(clippy::too_many_arguments)]
fn edition(
    messages: &Messages,
    site: &Site,
    generated: jiff::civil::Date,
    lang: &str,
    every: &HashSet<&str>,
    shell: &[u8],
    files: &dyn Sink,
    out: &mut dyn Stream,
) -> Result<(String, Vec<u8>), OfflineError> {
    let read = |p: &str| files.read(p);
    let root = "index.html";
    let print_path = print_path(lang);
    let mut members: Vec<&str> = every
        .iter()
        .copied()
        .filter(|p| in_edition(p, lang) && *p != print_path)
        .chain([root])
        .collect();
    members.sort_unstable();
    // A split index goes into the copy as one script, when it is small enough to load whole:
    // its manifest's place holds the manifest and every part, and the parts are left out.
    let bundle = bundled_index(lang, &members, files, COPY_INDEX_WHOLE_BYTES);
    let is_member: HashSet<String> = members
        .iter()
        .map(|p| (*p).to_owned())
        .chain([print_path.clone()])
        .collect();
    let needed = RefCell::new(BTreeSet::new());
    let copy = CopyLinks {
        members: &is_member,
        all: every,
        base_url: site.config.base_url.as_deref(),
        needed: &needed,
        index_whole: bundle.is_some(),
    };
    let parts = RefCell::new(Some(print::Parts::new(site, lang)));
    let own = members.iter().filter_map(|&path| {
        if let Some(bundle) = &bundle {
            if path == bundle[0] {
                let pieces = bundle
                    .iter()
                    .map(|p| read(p).ok_or_else(|| OfflineError::Unread(p.to_string())));
                return Some(Ok((path.to_owned(), Member::Pieces(Box::new(pieces)))));
            }
            if bundle[1..].binary_search(&path).is_ok() {
                return None;
            }
        }
        let bytes = match path {
            p if p == root => root_index(messages, lang).into_bytes(),
            p => read(p)?,
        };
        if !path.ends_with(".html") {
            return Some(Ok((path.to_owned(), Member::Bytes(bytes))));
        }
        // A part of the print page is taken from the page as the copy reads it.
        if let Some(parts) = parts.borrow_mut().as_mut() {
            parts.add(path, &bytes);
        }
        let copy = offline_links(path, &bytes, &copy);
        Some(copy.map(|copy| (path.to_owned(), Member::Bytes(copy))))
    });
    // The print page comes after the copy's own files, once they have given their parts; it
    // goes online as made and into the copy rewritten like every other page.
    let online = RefCell::new(None);
    let print = std::iter::once(()).map(|()| {
        let gathered = parts
            .borrow_mut()
            .take()
            .expect("the print page is made once");
        let (path, page) = gathered.page(site, messages, lang, shell)?;
        let copy = offline_links(&path, &page, &copy)?;
        *online.borrow_mut() = Some((path.clone(), page));
        Ok((path, Member::Bytes(copy)))
    });
    // Files from elsewhere come last, once every page has named its own.
    let elsewhere = std::iter::once(()).flat_map(|()| {
        let needed: Vec<String> = std::mem::take(&mut *needed.borrow_mut())
            .into_iter()
            .collect();
        needed
            .into_iter()
            .filter_map(|p| read(&p).map(|b| Ok((p, Member::Bytes(b)))))
    });
    zip::write_zip(out, generated, own.chain(print).chain(elsewhere))?;
    Ok(online
        .into_inner()
        .expect("the zip is written only with its print page"))
}

/// What every page of one language's copy is rewritten against.
#[derive(Clone, Copy)]
struct CopyLinks<'a> {
    /// The copy's own files.
    members: &'a HashSet<String>,
    /// Every file of the site.
    all: &'a HashSet<&'a str>,
    base_url: Option<&'a str>,
    /// Files from elsewhere that the copy's pages load or link, gathered as they are rewritten.
    needed: &'a RefCell<BTreeSet<String>>,
    /// Whether the copy carries its split search index as one script.
    index_whole: bool,
}

/// Rewrites the links of the page at `path` for a copy that holds only `members`: a file the
/// page loads or links that the site has (an image in another language's folder) is added to
/// `needed`; a page outside the copy is linked at the online guide, or, without `base_url`,
/// left as plain text, so that no link of the copy leads nowhere.
fn offline_links(path: &str, html: &[u8], copy: &CopyLinks<'_>) -> Result<Vec<u8>, OfflineError> {
    // The theme marks the download note and the copy's note on `<p>` elements. Selectors that
    // name their element let lol_html read the attributes of only the elements they name, where
    // `[data-edition=online]` made it read every element's (2.4% of a build's instructions). A
    // page with a `data-edition` the `<p>` selectors did not meet (a theme of its own that marks
    // another element, or the words in its text) is rewritten again with selectors for any
    // element, so that nothing depends on which element a theme uses.
    let met = Cell::new(0);
    let copied = rewrite_copy(path, html, copy, Some(&met))?;
    if met.get() == edition_marks(html) {
        return Ok(copied);
    }
    rewrite_copy(path, html, copy, None)
}

/// How many times `data-edition` occurs in `html`, in any case, as HTML reads attribute names.
/// Found from its one `-`: a search in any case for the whole name, on every page, cost more
/// than naming the notes' element saved.
fn edition_marks(html: &[u8]) -> usize {
    const NAME: &[u8] = b"data-edition";
    memchr::memchr_iter(b'-', html)
        .filter(|&at| {
            at >= 4
                && html
                    .get(at - 4..at - 4 + NAME.len())
                    .is_some_and(|word| word.eq_ignore_ascii_case(NAME))
        })
        .count()
}

/// [`offline_links`]' rewrite: the edition notes found on `<p>` elements, and counted in `met`,
/// or without `met` on any element.
fn rewrite_copy(
    path: &str,
    html: &[u8],
    copy: &CopyLinks<'_>,
    met: Option<&Cell<usize>>,
) -> Result<Vec<u8>, OfflineError> {
    let CopyLinks {
        members,
        all,
        base_url,
        needed,
        index_whole,
    } = *copy;
    let outside = |value: &str| -> Option<(String, Option<String>)> {
        let target = links::resolve(path, value)?;
        let p = target.path?;
        (!members.contains(&p)).then_some((p, target.fragment))
    };
    let load = |el: &mut lol_html::html_content::Element, attr: &str| {
        if let Some((p, _)) = el.get_attribute(attr).and_then(|v| outside(&v))
            && all.contains(p.as_str())
        {
            needed.borrow_mut().insert(p);
        }
    };
    // The copy shows its own note where the site offers the download.
    let online = |el: &mut lol_html::html_content::Element| {
        met.inspect(|met| met.set(met.get() + 1));
        el.remove();
        Ok(())
    };
    let offline = |el: &mut lol_html::html_content::Element| {
        met.inspect(|met| met.set(met.get() + 1));
        el.remove_attribute("hidden");
        Ok(())
    };
    let notes = match met {
        Some(_) => [
            element_once!("p[data-edition=online]", online),
            element_once!("p[data-edition=offline]", offline),
        ],
        None => [
            element_once!("[data-edition=online]", online),
            element_once!("[data-edition=offline]", offline),
        ],
    };
    let mut handlers = Vec::from(notes);
    handlers.extend([
        element_once!("a[href], area[href]", |el| {
            let Some((p, fragment)) = el.get_attribute("href").and_then(|v| outside(&v)) else {
                return Ok(());
            };
            if all.contains(p.as_str()) && !p.ends_with(".html") {
                needed.borrow_mut().insert(p);
            } else if let Some(base) = base_url {
                let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
                el.set_attribute("href", &format!("{base}{}{fragment}", encode_path(&p)))?;
            } else {
                el.remove_attribute("href");
                el.remove_attribute("hreflang");
            }
            Ok(())
        }),
        element_once!("link[href]", |el| {
            load(el, "href");
            Ok(())
        }),
        element_once!(
            "img[src], script[src], source[src], video[src], audio[src]",
            |el| {
                load(el, "src");
                Ok(())
            }
        ),
    ]);
    // The copy's index script holds its key groups: a search form that names them would have
    // the page ask for files the copy does not have.
    if index_whole {
        handlers.push(element_once!("form[data-index-groups]", |el| {
            el.remove_attribute("data-index-groups");
            Ok(())
        }));
    }
    rewrite_bytes(path, html, with_handlers(handlers))
}

/// `html`, the built page (or part of it) at `path`, rewritten by `settings`; an error names
/// the page. Pages are rewritten as the bytes they were written as, into bytes: the zip takes
/// bytes, and checking the page and the copy as UTF-8 on the way (as a `String` needs) was 4%
/// of a build.
pub(crate) fn rewrite_bytes(
    path: &str,
    html: &[u8],
    settings: RewriteStrSettings,
) -> Result<Vec<u8>, OfflineError> {
    // What `rewrite_str` sets: the page is UTF-8, whatever a meta tag would say.
    let settings = Settings::from(settings)
        .with_adjust_charset_on_meta_tag(false)
        .with_encoding(AsciiCompatibleEncoding::utf_8());
    let mut out = Vec::with_capacity(html.len());
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| out.extend_from_slice(chunk));
    rewriter
        .write(html)
        .and_then(|()| rewriter.end())
        .map_err(failed_on(path))?;
    Ok(out)
}

/// A rewriting error, as an error that names the page at `path`.
fn failed_on(path: &str) -> impl FnOnce(lol_html::errors::RewritingError) -> OfflineError + '_ {
    move |e| OfflineError::Rewrite {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

/// lol_html's settings with `handlers` in order.
pub(crate) fn with_handlers<'h, 's>(
    handlers: Vec<(
        std::borrow::Cow<'s, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> RewriteStrSettings<'h, 's> {
    handlers.into_iter().fold(
        RewriteStrSettings::new(),
        RewriteStrSettings::append_element_content_handler,
    )
}

/// The copy's own `index.html`: it opens the language at once (a meta refresh, which needs
/// no script), with a link for a browser that does not follow it.
fn root_index(messages: &Messages, lang: &str) -> String {
    let t = |key: &str| escape_html(&messages.get(lang, key, None).unwrap_or_else(|| key.into()));
    let dir = crate::render::direction::dir(lang);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"refresh\" content=\"0; url={lang}/index.html\">\n\
<title>{title}</title>\n<link rel=\"stylesheet\" href=\"assets/style.css\">\n</head>\n\
<body>\n<main id=\"main\" class=\"wrap\">\n<h1>{title}</h1>\n<p><a href=\"{lang}/index.html\">{open}</a></p>\n</main>\n</body>\n</html>\n",
        title = t("site-title"),
        open = t("offline-open"),
    )
}

/// The size of a zip of `bytes` bytes as `lang` writes it: whole kilobytes under a megabyte,
/// else megabytes with one decimal, with the language's digits and decimal separator.
pub fn size_text(messages: &Messages, lang: &str, bytes: usize) -> String {
    let (key, mut number) = if bytes < 1_000_000 {
        (
            "offline-size-kb",
            Decimal::from(bytes.div_ceil(1000) as u64),
        )
    } else {
        let mut d = Decimal::from(bytes.div_ceil(100_000) as u64);
        d.multiply_pow10(-1);
        ("offline-size-mb", d)
    };
    if key == "offline-size-mb" {
        number.pad_end(-1);
    }
    let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
    let formatted = DecimalFormatter::try_new(locale.into(), Default::default())
        .map(|f| f.format(&number).to_string())
        .unwrap_or_else(|_| number.to_string());
    let mut args = FluentArgs::new();
    args.set("n", formatted);
    messages.get(lang, key, Some(&args)).unwrap_or_default()
}
