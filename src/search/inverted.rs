//! A language's inverted index, built straight from its search documents for the browser's
//! export: every term with its postings and term frequencies per field, every document's
//! field-norm ids, and each field's token total, the numbers tantivy's BM25 reads.
//!
//! tantivy builds the same numbers (`index::LanguageIndex`, which `armguide search` queries),
//! and the tests hold the two equal, on the guide and on generated text. The build no longer
//! makes a tantivy index only to read it back: profiled on the generated corpus, that was a
//! fifth of a build's CPU time (its postings writer, the stemmer run on every token, the
//! segment's serialization, a store of every body) and its largest block of memory.

use std::collections::BTreeMap;

use hashbrown::HashMap;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::tokenizer::{RawTokenizer, Stemmer, TextAnalyzer};

use super::analyzer::each_token;
use super::docs::SearchDoc;
use super::index::{FIELDS, stemmer};

const FIELD_COUNT: usize = FIELDS.len();

/// A term's postings, as its documents come: each (document, field) it occurs in is written,
/// once counted, as two variable-length numbers, the gap from the document written before and
/// `frequency × 4 + field`. A few bytes an occurrence, where pairs of numbers took eight.
#[derive(Default)]
struct Recorder {
    /// The (document, field) being counted, and its count so far.
    doc: u32,
    field: u8,
    count: u32,
    /// The last document written.
    written: u32,
    bytes: Vec<u8>,
}

impl Recorder {
    fn record(&mut self, doc: u32, field: u8) {
        if self.count > 0 && (self.doc, self.field) == (doc, field) {
            self.count += 1;
            return;
        }
        self.flush();
        (self.doc, self.field, self.count) = (doc, field, 1);
    }

    fn flush(&mut self) {
        if self.count == 0 {
            return;
        }
        push_varint(&mut self.bytes, self.doc - self.written);
        push_varint(&mut self.bytes, self.count * 4 + u32::from(self.field));
        self.written = self.doc;
        self.count = 0;
    }

    /// The postings per field, in field order: (field, [(document, frequency)]).
    fn fields(&self) -> Vec<(usize, Vec<(u32, u32)>)> {
        let mut lists: [Vec<(u32, u32)>; FIELD_COUNT] = Default::default();
        let mut doc = 0;
        let mut bytes = self.bytes.as_slice();
        while !bytes.is_empty() {
            doc += read_varint(&mut bytes);
            let packed = read_varint(&mut bytes);
            lists[(packed % 4) as usize].push((doc, packed / 4));
        }
        if self.count > 0 {
            lists[usize::from(self.field)].push((self.doc, self.count));
        }
        lists
            .into_iter()
            .enumerate()
            .filter(|(_, list)| !list.is_empty())
            .collect()
    }
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_varint(bytes: &mut &[u8]) -> u32 {
    let mut n = 0;
    let mut shift = 0;
    while let Some((&b, rest)) = bytes.split_first() {
        *bytes = rest;
        n |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            break;
        }
        shift += 7;
    }
    n
}

/// The inverted index of one language's search documents, numbered in the order they come
/// until [`Inverted::renumbered`] numbers them again.
pub struct Inverted {
    pub lang: String,
    /// Per field, the tokens of every document.
    totals: [u64; FIELD_COUNT],
    /// Per document, each field's norm id (its token count as tantivy codes it in one byte).
    norm_ids: Vec<[u8; FIELD_COUNT]>,
    /// The terms' postings, recorded under the documents' first numbers.
    terms: HashMap<String, Recorder>,
    /// Once renumbered: by the number a document came with, its number now.
    renumber: Option<Vec<u32>>,
    /// Surface form → stem of every word of the corpus that the stemmer changes. Queries are
    /// stemmed through it in the browser, so that they meet the indexed terms.
    pub stems: BTreeMap<String, String>,
}

impl Inverted {
    /// Indexes `docs` with the analyzer of `lang`: the shared tokenizer, then the language's
    /// stemmer, as tantivy's index of them runs it.
    pub fn build(lang: &str, docs: &[SearchDoc]) -> Inverted {
        let mut stem = stemmer(lang).map(|language| {
            let analyzer = TextAnalyzer::builder(RawTokenizer::default())
                .filter(Stemmer::new(language))
                .build();
            Stems {
                analyzer,
                known: HashMap::new(),
            }
        });
        let mut index = Inverted {
            lang: lang.to_owned(),
            totals: [0; FIELD_COUNT],
            norm_ids: Vec::with_capacity(docs.len()),
            terms: HashMap::new(),
            renumber: None,
            stems: BTreeMap::new(),
        };
        for (doc, d) in docs.iter().enumerate() {
            let doc = doc as u32;
            let mut norms = [0; FIELD_COUNT];
            for (field, text) in d.fields().into_iter().enumerate() {
                let mut count = 0;
                each_token(text, false, |tok| {
                    count += 1;
                    let term = match &mut stem {
                        Some(stems) => stems.of(tok.text, tok.word, &mut index.stems),
                        None => tok.text,
                    };
                    index
                        .terms
                        .entry_ref(term)
                        .or_default()
                        .record(doc, field as u8);
                });
                // The field norm counts every token, as tantivy's does (it drops only tokens
                // longer than 65,530 bytes; the analyzer keeps none longer than 40 characters).
                index.totals[field] += u64::from(count);
                norms[field] = FieldNormReader::fieldnorm_to_id(count);
            }
            index.norm_ids.push(norms);
        }
        index
    }

    /// The order the export numbers the documents in (the current number of each, first to
    /// last): by their field-norm ids, the body's first, then the title's, the headings' and
    /// the aliases', and by their current number where all four are equal. A browser ranks
    /// with every document's norm ids, sent in document order; numbered this way, documents
    /// of the same lengths sit together and each field's ids are a few runs, which gzip
    /// takes to almost nothing. In the order the pages come they are a byte a document: for
    /// Japanese at 4× the corpus, 15.3 KB gzipped against 1.4 KB, the largest part of what a
    /// first query loads. Documents tie on a score only with the same norms in the fields
    /// that match, and keep their order where all their norms are the same.
    pub fn norm_order(&self) -> Vec<u32> {
        const BY: [usize; FIELD_COUNT] = [3, 0, 2, 1];
        let mut order: Vec<u32> = (0..self.num_docs()).collect();
        order.sort_by_key(|&d| BY.map(|f| self.norm_ids[d as usize][f]));
        order
    }

    /// The index with its documents numbered in `order`, a permutation of the numbers they
    /// came with, listing the document each new number goes to (see [`Inverted::norm_order`]).
    pub fn renumbered(self, order: &[u32]) -> Inverted {
        assert!(self.renumber.is_none(), "documents are numbered again once");
        assert_eq!(
            order.len(),
            self.norm_ids.len(),
            "every document is numbered"
        );
        let mut new = vec![u32::MAX; order.len()];
        for (n, &d) in order.iter().enumerate() {
            new[d as usize] = n as u32;
        }
        Inverted {
            norm_ids: order.iter().map(|&d| self.norm_ids[d as usize]).collect(),
            renumber: Some(new),
            ..self
        }
    }

    pub fn num_docs(&self) -> u32 {
        self.norm_ids.len() as u32
    }

    /// Per field: the average field norm BM25 uses (the field's tokens over the documents, in
    /// f32 as tantivy divides them, not a number without documents as in tantivy), and each
    /// document's field-norm ids.
    pub fn norm_ids(&self) -> (Vec<f32>, &[[u8; FIELD_COUNT]]) {
        let docs = self.num_docs() as f32;
        let averages = self
            .totals
            .iter()
            .map(|total| *total as f32 / docs)
            .collect();
        (averages, &self.norm_ids)
    }

    /// Every term, in byte order, with what `keep` makes of its postings per field (field,
    /// [(doc, tf)]) in field order (the export keeps its encoded text), and the stems. The index
    /// goes as the terms come, so that a large language's postings are never held twice.
    pub fn into_postings<P>(
        self,
        mut keep: impl FnMut(Vec<(usize, Vec<(u32, u32)>)>) -> P,
    ) -> Postings<P> {
        let renumber = self.renumber.as_deref();
        let terms = self
            .terms
            .into_iter()
            .map(|(term, recorder)| {
                let mut fields = recorder.fields();
                if let Some(new) = renumber {
                    for (_, list) in &mut fields {
                        for (doc, _) in list.iter_mut() {
                            *doc = new[*doc as usize];
                        }
                        list.sort_unstable();
                    }
                }
                (term, keep(fields))
            })
            .collect();
        Postings {
            lang: self.lang,
            terms,
            stems: self.stems,
        }
    }
}

/// `items`, one a document, in `order` (see [`Inverted::renumbered`]).
pub fn in_order<T>(items: Vec<T>, order: &[u32]) -> Vec<T> {
    let mut items: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&d| items[d as usize].take().expect("each document once"))
        .collect()
}

/// What [`Inverted::into_postings`] leaves.
pub struct Postings<P> {
    pub lang: String,
    /// Term → what was kept of its postings.
    pub terms: BTreeMap<String, P>,
    /// Surface form → stem, as [`Inverted::stems`].
    pub stems: BTreeMap<String, String>,
}

/// A language's stemmer, run once per distinct token: tantivy's filter ran it on every token,
/// 4% of a build's CPU samples on the generated corpus.
struct Stems {
    analyzer: TextAnalyzer,
    known: HashMap<String, Box<str>>,
}

impl Stems {
    /// The term of the token `text`; a word the stemmer changes goes into `changed`.
    fn of(&mut self, text: &str, word: bool, changed: &mut BTreeMap<String, String>) -> &str {
        let analyzer = &mut self.analyzer;
        self.known.entry_ref(text).or_insert_with(|| {
            let stem = {
                let mut stream = analyzer.token_stream(text);
                match stream.next() {
                    Some(token) => token.text.clone(),
                    None => text.to_owned(),
                }
            };
            if word && stem != text {
                changed.insert(text.to_owned(), stem.clone());
            }
            stem.into_boxed_str()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::LanguageIndex;
    use proptest::prelude::*;

    fn doc(title: &str, aliases: &str, headings: &str, body: &str) -> SearchDoc {
        SearchDoc {
            kind: "page",
            foreign_title: false,
            status: None,
            title: title.into(),
            aliases: aliases.into(),
            headings: headings.into(),
            body: body.into(),
            url: "x.html".into(),
        }
    }

    /// What the export reads of both indexes must be the same numbers, with the documents
    /// numbered as they come and as the export numbers them.
    fn same_as_tantivy(lang: &str, docs: &[SearchDoc]) -> Result<(), TestCaseError> {
        same_numbered_as_tantivy(lang, docs, false)?;
        same_numbered_as_tantivy(lang, docs, true)
    }

    fn same_numbered_as_tantivy(
        lang: &str,
        docs: &[SearchDoc],
        renumber: bool,
    ) -> Result<(), TestCaseError> {
        let mut ours = Inverted::build(lang, docs);
        let mut order: Vec<u32> = (0..ours.num_docs()).collect();
        if renumber {
            order = ours.norm_order();
            ours = ours.renumbered(&order);
        }
        let theirs = LanguageIndex::build(lang, &in_order(docs.to_vec(), &order)).unwrap();
        let (our_averages, our_norms) = ours.norm_ids();
        let (their_averages, their_norms) = theirs.norm_ids().unwrap();
        prop_assert_eq!(
            our_averages.iter().map(|a| a.to_bits()).collect::<Vec<_>>(),
            their_averages
                .iter()
                .map(|a| a.to_bits())
                .collect::<Vec<_>>()
        );
        prop_assert_eq!(
            our_norms.iter().map(|n| n.to_vec()).collect::<Vec<_>>(),
            their_norms
        );
        prop_assert_eq!(
            u64::from(ours.num_docs()),
            theirs.reader.searcher().num_docs()
        );
        let ours = ours.into_postings(|fields| fields);
        prop_assert_eq!(ours.terms, theirs.postings().unwrap());
        prop_assert_eq!(ours.stems, theirs.stems);
        Ok(())
    }

    #[test]
    fn the_index_has_tantivys_numbers_in_every_script() {
        let docs = [
            doc(
                "Stem cell therapies",
                "stem cells / 줄기세포",
                "Treatment plans",
                "Therapies treating cells: cells, CELLS, ｃｅｌｌｓ. Approved 2025-02-21.",
            ),
            doc("", "", "", ""),
            doc(
                "줄기세포는 첨단재생의료",
                "",
                "치료를 받을 수 있는 기관",
                "줄기세포는 첨단재생의료에서 치료를 받을 수 있는 기관의 목록입니다.",
            ),
            doc(
                "幹細胞治療",
                "かんさいぼう",
                "指定",
                "幹細胞治療は、指定された医療機関でのみ受けられます。カタカナ",
            ),
            doc(
                "การรักษา",
                "",
                "",
                "การรักษาด้วยเซลล์ต้นกำเนิดทำได้เฉพาะในสถานพยาบาลที่ได้รับการแต่งตั้ง",
            ),
            doc(
                "العلاج بالخلايا الجذعية",
                "",
                "",
                "لا يقدَّم العلاج إلا في المؤسسات المعيّنة. Лечение стволовыми клетками.",
            ),
            doc("a", "b", "c", &"long words repeat ".repeat(300)),
        ];
        for lang in ["en", "ko", "ja", "zh-Hant", "th", "ar", "ru", "vi", "mn"] {
            same_as_tantivy(lang, &docs).unwrap();
            same_as_tantivy(lang, &[]).unwrap();
        }
    }

    fn text() -> impl Strategy<Value = String> {
        // Words from every script the guide is written in, with the marks and spaces between
        // them that the tokenizer cuts at, so that terms recur across fields and documents.
        let words = prop::sample::select(vec![
            "cell",
            "cells",
            "Therapies",
            "treating",
            "ÄRZTE",
            "ｗｉｄｅ",
            "2025",
            "줄기세포는",
            "기관",
            "の",
            "幹細胞",
            "カタカナ",
            "干细胞",
            "การรักษา",
            "เซลล์",
            "علاج",
            "الخلايا",
            "клетками",
            "лечение",
            "tế",
            "bào",
            "эмчилгээ",
            "-",
            ", ",
            ". ",
            "\n",
            "  ",
            "é",
            "x",
        ]);
        prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn generated_text_gives_tantivys_numbers(
            lang in prop::sample::select(vec!["en", "ru", "ar", "ko", "th", "ja"]),
            fields in prop::collection::vec((text(), text(), text(), text()), 1..12),
        ) {
            let docs: Vec<SearchDoc> = fields
                .iter()
                .map(|(t, a, h, b)| doc(t, a, h, b))
                .collect();
            same_as_tantivy(lang, &docs)?;
        }
    }

    #[test]
    fn documents_are_numbered_by_their_lengths_and_keep_their_order_between_equals() {
        let docs = [
            doc("two words", "", "", "a b c"),
            doc("one", "", "", "a b c d"),
            doc("one", "", "", "a b c"),
            doc("two words", "", "", "a b c"),
            doc("", "", "", ""),
        ];
        let index = Inverted::build("en", &docs);
        // The body's length first, then the title's; the first and the fourth are alike.
        let order = index.norm_order();
        assert_eq!(order, [4, 2, 0, 3, 1]);
        let index = index.renumbered(&order);
        let (_, norms) = index.norm_ids();
        assert_eq!(
            norms.iter().map(|n| (n[3], n[0])).collect::<Vec<_>>(),
            [(0, 0), (3, 1), (3, 2), (3, 2), (4, 1)]
        );
        let postings = index.into_postings(|fields| fields).terms;
        // "one" was in the second and third documents, now the fifth and the second.
        assert_eq!(postings["one"], [(0, vec![(1, 1), (4, 1)])]);
        assert_eq!(postings["d"], [(3, vec![(4, 1)])]);
        assert_eq!(
            in_order(vec!['a', 'b', 'c', 'd', 'e'], &order),
            ['e', 'c', 'a', 'd', 'b']
        );
    }

    #[test]
    fn numbers_of_any_size_read_back() {
        let mut bytes = Vec::new();
        let numbers = [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        for n in numbers {
            push_varint(&mut bytes, n);
        }
        let mut rest = bytes.as_slice();
        let back: Vec<u32> = numbers.iter().map(|_| read_varint(&mut rest)).collect();
        assert_eq!(back, numbers);
        assert!(rest.is_empty());
    }
}
