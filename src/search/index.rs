//! The tantivy index of one language: schema, building, querying (`armguide search`), and
//! reading its numbers back, which the tests hold the build's own index (`inverted`) to.

use std::collections::BTreeMap;

use tantivy::collector::TopDocs;
use tantivy::directory::RamDirectory;
use tantivy::postings::Postings;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{Language, Stemmer, TextAnalyzer, TokenizerManager};
use tantivy::{DocSet, Index, IndexReader, TERMINATED, TantivyDocument, Term, doc};

use super::analyzer::ArmTokenizer;
use super::docs::SearchDoc;

/// The indexed fields and how much a match in each counts: a term's own name above other
/// names, above the page a section sits in, above running text.
pub const FIELDS: [(&str, f32); 4] = [
    ("title", 3.0),
    ("aliases", 2.5),
    ("headings", 2.0),
    ("body", 1.0),
];

/// The single-segment writer's memory budget. It never flushes early, so this only sizes its
/// term table at the start (a third of the budget; the table grows as terms come): tantivy's
/// smallest budget, since a larger table is memory held from the first document.
const WRITER_BUDGET: usize = 15_000_000;

/// BM25 parameters, as tantivy uses them.
pub const K1: f32 = 1.2;
pub const B: f32 = 0.75;

/// The Snowball stemmer tantivy has for a language, if any.
pub fn stemmer(lang: &str) -> Option<Language> {
    Some(match lang.split('-').next()? {
        "en" => Language::English,
        "ru" => Language::Russian,
        "ar" => Language::Arabic,
        "fr" => Language::French,
        "de" => Language::German,
        "es" => Language::Spanish,
        "pt" => Language::Portuguese,
        "it" => Language::Italian,
        "tr" => Language::Turkish,
        _ => return None,
    })
}

/// The analyzer of `lang`: the shared tokenizer, then the language's stemmer.
pub fn analyzer(lang: &str, query: bool) -> TextAnalyzer {
    match stemmer(lang) {
        Some(language) => TextAnalyzer::builder(ArmTokenizer::new(query))
            .filter(Stemmer::new(language))
            .build(),
        None => TextAnalyzer::builder(ArmTokenizer::new(query)).build(),
    }
}

/// The terms `text` gives under `analyzer`.
pub fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// Every term with its postings per field: term → [(field index, [(doc, term frequency)])].
pub type Dictionary = BTreeMap<String, Vec<(usize, Vec<(u32, u32)>)>>;

/// Surface → stem for every word of `docs` that the language's stemmer changes.
fn stems(lang: &str, docs: &[SearchDoc]) -> BTreeMap<String, String> {
    // Without a stemmer a word is its own stem (the tokenizer's words are already folded, and
    // folding them again changes nothing; a test holds this): the map would be empty, and
    // reading every text again only to find that out is wasted.
    if stemmer(lang).is_none() {
        return BTreeMap::new();
    }
    stems_by_reading(lang, docs)
}

/// [`stems`] the long way: every word of every text through the query analyzer.
fn stems_by_reading(lang: &str, docs: &[SearchDoc]) -> BTreeMap<String, String> {
    let mut stemmer = analyzer(lang, true);
    let mut stems = BTreeMap::new();
    for d in docs {
        for text in d.fields() {
            for tok in super::analyzer::tokens(text, false) {
                if tok.word && !stems.contains_key(&tok.text) {
                    let stem = analyze(&mut stemmer, &tok.text)
                        .pop()
                        .unwrap_or_else(|| tok.text.clone());
                    stems.insert(tok.text, stem);
                }
            }
        }
    }
    stems.retain(|surface, stem| surface != stem);
    stems
}

/// One search result.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    pub kind: String,
    pub title: String,
    /// URL relative to the site root.
    pub url: String,
    pub score: f32,
}

/// A built index of one language, with its documents.
pub struct LanguageIndex {
    pub lang: String,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Vec<Field>,
    pub kind: Field,
    pub url: Field,
    pub title: Field,
    /// Surface form → stem of every word of the corpus that the stemmer changes. Queries are
    /// stemmed through it, here as in the browser, so that both engines see the same terms.
    pub stems: BTreeMap<String, String>,
}

impl LanguageIndex {
    /// Indexes `docs` in memory, as a single segment (documents keep their order as ids).
    pub fn build(lang: &str, docs: &[SearchDoc]) -> tantivy::Result<LanguageIndex> {
        let tokenizer = format!("arm-{lang}");
        let mut schema = Schema::builder();
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(&tokenizer)
            .set_index_option(IndexRecordOption::WithFreqs);
        let options = TextOptions::default().set_indexing_options(indexing);
        let fields: Vec<Field> = FIELDS
            .iter()
            .map(|(name, _)| schema.add_text_field(name, options.clone()))
            .collect();
        let kind = schema.add_text_field("kind", STORED);
        let url = schema.add_text_field("url", STORED);
        let title = schema.add_text_field("display_title", STORED);
        let tokenizers = TokenizerManager::default();
        tokenizers.register(&tokenizer, analyzer(lang, false));
        // One segment, written on this thread, whose doc ids follow insertion order: the
        // single-segment writer needs no indexing thread, no queue holding a copy of every
        // document waiting for it, and no merge. It wants an empty directory and runs no
        // garbage collection, which a fresh RAM directory used once satisfies.
        let mut writer = Index::builder()
            .schema(schema.build())
            .tokenizers(tokenizers)
            .single_segment_index_writer(RamDirectory::create(), WRITER_BUDGET)?;
        for d in docs {
            let [searched_title, aliases, headings, body] = d.fields();
            writer.add_document(doc!(
                fields[0] => searched_title,
                fields[1] => aliases,
                fields[2] => headings,
                fields[3] => body,
                kind => d.kind,
                url => d.url.as_str(),
                title => d.title.as_str(),
            ))?;
        }
        let index = writer.finalize()?;
        let reader = index.reader()?;
        Ok(LanguageIndex {
            lang: lang.to_owned(),
            index,
            reader,
            fields,
            kind,
            url,
            title,
            stems: stems(lang, docs),
        })
    }

    /// Every term of the index, in byte order, with its postings per field: (field, [(doc, tf)]).
    pub fn postings(&self) -> tantivy::Result<Dictionary> {
        let searcher = self.reader.searcher();
        let mut out = Dictionary::new();
        // The index is one segment. Its fields' term streams, each in byte order, are merged
        // so that a term's fields are gathered at once into a list of exactly their number: a
        // list grown field by field took four slots for the one or two most terms have, a
        // third of the export's memory in a language of bigrams.
        let Some(segment) = searcher.segment_readers().first() else {
            return Ok(out);
        };
        let inverted = self
            .fields
            .iter()
            .map(|field| segment.inverted_index(*field))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut streams = inverted
            .iter()
            .map(|i| i.terms().stream())
            .collect::<std::io::Result<Vec<_>>>()?;
        let mut live: Vec<bool> = streams.iter_mut().map(|s| s.advance()).collect();
        let mut list = Vec::new();
        while let Some(key) = streams
            .iter()
            .zip(&live)
            .filter(|(_, live)| **live)
            .map(|(s, _)| s.key())
            .min()
            .map(<[u8]>::to_vec)
        {
            let here: Vec<usize> = (0..streams.len())
                .filter(|&f| live[f] && streams[f].key() == key.as_slice())
                .collect();
            let mut fields = Vec::with_capacity(here.len());
            for f in here {
                let mut postings = inverted[f].read_postings_from_terminfo(
                    streams[f].value(),
                    IndexRecordOption::WithFreqs,
                )?;
                list.clear();
                while postings.doc() != TERMINATED {
                    list.push((postings.doc(), postings.term_freq()));
                    postings.advance();
                }
                fields.push((f, list.clone()));
                live[f] = streams[f].advance();
            }
            out.insert(String::from_utf8_lossy(&key).into_owned(), fields);
        }
        Ok(out)
    }

    /// Per field: the average field norm BM25 uses, and each document's field-norm id (tantivy
    /// keeps a norm as one byte; `FieldNormReader::id_to_fieldnorm` decodes it).
    pub fn norm_ids(&self) -> tantivy::Result<(Vec<f32>, Vec<Vec<u8>>)> {
        let searcher = self.reader.searcher();
        let num_docs = searcher.num_docs();
        let Some(segment) = searcher.segment_readers().first() else {
            return Ok((vec![0.0; self.fields.len()], Vec::new()));
        };
        let mut averages = Vec::new();
        let mut per_doc = vec![Vec::new(); num_docs as usize];
        for field in &self.fields {
            let total = segment.inverted_index(*field)?.total_num_tokens();
            averages.push(total as f32 / num_docs as f32);
            let norms = segment.get_fieldnorms_reader(*field)?;
            for (doc, row) in per_doc.iter_mut().enumerate() {
                row.push(norms.fieldnorm_id(doc as u32));
            }
        }
        Ok((averages, per_doc))
    }

    /// A stored field of a document, as text.
    pub fn stored(&self, doc: u32, field: Field) -> String {
        let searcher = self.reader.searcher();
        let d: TantivyDocument = searcher
            .doc(tantivy::DocAddress::new(0, doc))
            .expect("documents of the index");
        d.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_owned()
    }

    /// The best `limit` documents for `query`, with what a result list shows.
    pub fn hits(&self, query: &str, limit: usize) -> tantivy::Result<Vec<Hit>> {
        Ok(self
            .search(query, limit)?
            .into_iter()
            .map(|(score, doc)| Hit {
                kind: self.stored(doc, self.kind),
                title: self.stored(doc, self.title),
                url: self.stored(doc, self.url),
                score,
            })
            .collect())
    }

    /// Runs `query` text through the same expansion as the browser: exact terms, typo
    /// expansions and a prefix on the last word, each a boosted term query per field.
    pub fn search(&self, query: &str, limit: usize) -> tantivy::Result<Vec<(f32, u32)>> {
        let searcher = self.reader.searcher();
        let dictionary = self.postings()?;
        let vocabulary = super::query::Vocabulary::new(&dictionary, &self.stems);
        let terms = vocabulary.expand(&super::analyzer::tokens(query, true));
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (term, factor) in &terms {
            for (f, field) in self.fields.iter().enumerate() {
                let boost = FIELDS[f].1 * factor;
                let q = TermQuery::new(
                    Term::from_field_text(*field, term),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
            }
        }
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(limit).order_by_score(),
        )?;
        Ok(top
            .into_iter()
            .map(|(score, addr)| (score, addr.doc_id))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> SearchDoc {
        SearchDoc {
            kind: "page",
            foreign_title: false,
            status: None,
            title: "Ünïcode Ｗｉｄｅ".into(),
            aliases: "stem cells / 줄기세포".into(),
            headings: String::new(),
            body: body.into(),
            url: "x.html".into(),
        }
    }

    #[test]
    fn without_a_stemmer_every_word_is_its_own_stem() {
        let texts = [
            (
                "ko",
                "줄기세포는 첨단재생의료에서 치료를 받을 수 있는 기관의 목록입니다.",
            ),
            (
                "ja",
                "幹細胞治療は、指定された医療機関でのみ受けられます。カタカナ",
            ),
            ("zh-Hans", "干细胞治疗只能在指定的医疗机构进行。"),
            ("zh-Hant", "幹細胞治療只能在指定的醫療機構進行。"),
            (
                "th",
                "การรักษาด้วยเซลล์ต้นกำเนิดทำได้เฉพาะในสถานพยาบาลที่ได้รับการแต่งตั้ง",
            ),
            (
                "vi",
                "Liệu pháp tế bào gốc chỉ được thực hiện tại cơ sở được chỉ định.",
            ),
            (
                "mn",
                "Үүдэл эсийн эмчилгээг зөвхөн томилогдсон эмнэлэгт хийнэ.",
            ),
        ];
        for (lang, body) in texts {
            assert!(stemmer(lang).is_none(), "{lang}");
            assert_eq!(
                stems_by_reading(lang, &[doc(body)]),
                BTreeMap::new(),
                "{lang}"
            );
        }
        // The long way does find stems where there is a stemmer.
        assert!(!stems_by_reading("en", &[doc("therapies treating cells")]).is_empty());
    }
}
