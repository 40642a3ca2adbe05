//! Near-valid inputs: real content files and exports with a few edits made at random places,
//! so that the fuzzers reach the deep paths (typed front matter, record validation, link
//! resolution) that random text rarely gets past the first check to.

use std::path::Path;

use proptest::prelude::*;

/// Tokens that matter to the parsers: front-matter fences, YAML syntax, Markdown syntax, link
/// targets that try to leave the site, raw HTML, line endings, and multi-byte characters.
pub const TOKENS: &[&str] = &[
    "---",
    "---\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    ":",
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    "#",
    "{#",
    "](",
    "](../",
    "](../../../etc/passwd)",
    "](%2e%2e/x.md)",
    ".md",
    ".md#",
    "](/x.md)",
    "](javascript:alert(1))",
    "![",
    "<",
    ">",
    "<script>",
    "</script>",
    "<b onclick=x>",
    "<!--",
    "&",
    "&amp;",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "|",
    "| --- |\n",
    "\"",
    "'",
    "\\",
    "%",
    "%2e",
    "0",
    "-1",
    "99999999999999999999",
    "2025-02-30",
    "null",
    "~",
    "true",
    "&a",
    "*a",
    "!tag ",
    "? ",
    ">-\n",
    "|\n",
    "\u{feff}",
    "\u{200f}",
    "\u{2068}",
    "é",
    "가",
    "줄기세포는",
    "ال",
    "ก",
    "日本",
    "😀",
    "\u{0}",
    "id: ",
    "name:\n  ko: ",
    "institutions:\n  - ",
    "status: revoked\n",
    "[^1]",
    "[^1]: x\n",
    "<https://x.org>",
    "mailto:",
    "\n\n",
    "    ",
];

/// One edit, with places given as fractions of the text's length so that a shrunk case stays
/// meaningful whatever the seed.
#[derive(Debug, Clone)]
pub enum Edit {
    Insert(f64, usize),
    Delete(f64, f64),
    Duplicate(f64, f64),
    Replace(f64, f64, usize),
    Truncate(f64),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..=1.0f64;
    let token = 0..TOKENS.len();
    prop_oneof![
        4 => (at.clone(), token.clone()).prop_map(|(a, t)| Edit::Insert(a, t)),
        2 => (at.clone(), 0.0..0.2f64).prop_map(|(a, n)| Edit::Delete(a, n)),
        1 => (at.clone(), 0.0..0.3f64).prop_map(|(a, n)| Edit::Duplicate(a, n)),
        3 => (at.clone(), 0.0..0.05f64, token).prop_map(|(a, n, t)| Edit::Replace(a, n, t)),
        1 => at.prop_map(Edit::Truncate),
    ]
}

/// The byte offset at fraction `f` of `s`, moved back to a character boundary.
fn place(s: &str, f: f64) -> usize {
    let mut i = ((s.len() as f64) * f.clamp(0.0, 1.0)) as usize;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn span(s: &str, at: f64, len: f64) -> (usize, usize) {
    let a = place(s, at);
    let b = place(s, (at + len).min(1.0));
    (a, b.max(a))
}

pub fn apply(seed: &str, edits: &[Edit]) -> String {
    let mut s = seed.to_owned();
    for e in edits {
        match *e {
            Edit::Insert(at, t) => {
                let i = place(&s, at);
                s.insert_str(i, TOKENS[t]);
            }
            Edit::Delete(at, len) => {
                let (a, b) = span(&s, at, len);
                s.replace_range(a..b, "");
            }
            Edit::Duplicate(at, len) => {
                let (a, b) = span(&s, at, len);
                let copy = s[a..b].to_owned();
                s.insert_str(b, &copy);
            }
            Edit::Replace(at, len, t) => {
                let (a, b) = span(&s, at, len);
                s.replace_range(a..b, TOKENS[t]);
            }
            Edit::Truncate(at) => {
                let i = place(&s, at);
                s.truncate(i);
            }
        }
    }
    s
}

/// Every file under `dirs` (relative to the crate) whose name ends with `suffix`, as
/// (path relative to its language folder when there is one, text).
pub fn seeds(dirs: &[&str], suffix: &str) -> Vec<(String, String)> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in dirs {
        for entry in walkdir::WalkDir::new(base.join(dir)).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            if !entry.file_type().is_file() || !path.to_string_lossy().ends_with(suffix) {
                continue;
            }
            let rel = path.strip_prefix(base.join(dir)).unwrap().to_string_lossy();
            // `en/faq/cost.md` → `faq/cost.md`: the collection is decided below the language.
            let rel = rel
                .split_once('/')
                .map_or(rel.to_string(), |(_, r)| r.to_owned());
            out.push((rel, std::fs::read_to_string(path).unwrap()));
        }
    }
    assert!(!out.is_empty(), "seed files under {dirs:?}");
    out
}

/// A seed (by index) with up to `max_edits` edits applied.
pub fn mutated(count: usize, max_edits: usize) -> impl Strategy<Value = (usize, Vec<Edit>)> {
    (0..count, proptest::collection::vec(edit(), 0..=max_edits))
}
