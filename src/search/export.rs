//! The browser's copy of an index: read back from tantivy (terms, postings with frequencies,
//! field norms, stored documents) and written as a classic script, which a page can load from
//! `file://` where fetch() is refused.

use std::collections::BTreeMap;

use serde::Serialize;

use super::index::{B, FIELDS, K1, LanguageIndex};

/// Characters of a document's text kept for result snippets.
const SNIPPET_SOURCE_CHARS: usize = 500;

#[derive(Serialize)]
struct Export<'a> {
    v: u32,
    lang: &'a str,
    analyzer: AnalyzerSpec,
    k1: f32,
    b: f32,
    num_docs: u64,
    fields: Vec<FieldSpec>,
    terms: BTreeMap<String, Vec<(usize, Vec<u32>)>>,
    docs: Vec<DocSpec>,
}

#[derive(Serialize)]
struct AnalyzerSpec {
    /// Surface form → stem, for every word of the corpus that the stemmer changes: the browser
    /// stems a query word by looking it up here.
    stems: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct FieldSpec {
    name: &'static str,
    boost: f32,
    avg_norm: f32,
}

#[derive(Serialize)]
struct DocSpec {
    #[serde(rename = "type")]
    kind: String,
    title: String,
    url: String,
    text: String,
    norms: Vec<u32>,
}

/// The script that hands the index of `index.lang` to the page.
pub fn script(index: &LanguageIndex) -> tantivy::Result<String> {
    let postings = index.postings()?;
    let (averages, norms) = index.norms()?;
    let terms = postings
        .into_iter()
        .map(|(term, fields)| {
            (
                term,
                fields
                    .into_iter()
                    .map(|(f, list)| (f, list.into_iter().flat_map(|(d, tf)| [d, tf]).collect()))
                    .collect(),
            )
        })
        .collect();
    let stems = index.stems.clone();
    let num_docs = index.reader.searcher().num_docs();
    let docs = (0..num_docs as u32)
        .map(|doc| {
            let text = index.stored(doc, index.text);
            let text = match text.char_indices().nth(SNIPPET_SOURCE_CHARS) {
                Some((cut, _)) => format!("{}…", &text[..cut]),
                None => text,
            };
            DocSpec {
                kind: index.stored(doc, index.kind),
                title: index.stored(doc, index.title),
                url: index.stored(doc, index.url),
                text,
                norms: norms[doc as usize].clone(),
            }
        })
        .collect();
    let export = Export {
        v: 1,
        lang: &index.lang,
        analyzer: AnalyzerSpec { stems },
        k1: K1,
        b: B,
        num_docs,
        fields: FIELDS
            .iter()
            .zip(&averages)
            .map(|((name, boost), avg)| FieldSpec {
                name,
                boost: *boost,
                avg_norm: *avg,
            })
            .collect(),
        terms,
        docs,
    };
    let json = serde_json::to_string(&export).expect("plain data serializes");
    let lang = serde_json::to_string(&index.lang).expect("a string serializes");
    Ok(format!(
        "(window.ARMGUIDE_INDEX = window.ARMGUIDE_INDEX || {{}})[{lang}] = {json};\n"
    ))
}
