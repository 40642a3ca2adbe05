//! The search analyzer: how text becomes terms, the same at build time (a tantivy tokenizer) and
//! in the browser (`themes/default/static/search.js` repeats every rule here).
//!
//! Text is NFKC-normalized and lowercased; Latin letters lose their accents (Vietnamese can be
//! typed without tone marks), Cyrillic ё reads as е, Arabic loses tashkeel and tatweel and its
//! alef forms are unified. Runs of letters in spaced scripts are words; runs of Hangul, Han and
//! Kana, and Thai — written without spaces between words — become overlapping bigrams (plus
//! unigrams at index time, so that a one-character query still finds something). A Korean word
//! also gives itself, with one trailing particle stripped, so that 줄기세포는 finds 줄기세포; an
//! Arabic word loses its definite article, so that خلايا finds الخلايا.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu_properties::{CodePointMapData, CodePointMapDataBorrowed};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Korean particles stripped from the end of a Hangul run, longest first.
pub const PARTICLES: [&str; 40] = [
    "에서는",
    "에서도",
    "으로는",
    "이라고",
    "입니다",
    "에게",
    "에서",
    "으로",
    "에는",
    "에도",
    "로는",
    "와는",
    "과는",
    "이나",
    "까지",
    "부터",
    "보다",
    "처럼",
    "이며",
    "이고",
    "이란",
    "라고",
    "이다",
    "만을",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "의",
    "로",
    "와",
    "과",
    "도",
    "만",
    "란",
    "인",
    "나",
];

/// Tokens longer than this many bytes are dropped (tantivy's own limit is far above).
pub const MAX_TOKEN_CHARS: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Word,
    Hangul,
    HanKana,
    Thai,
    Separator,
}

/// Whether `c` belongs to a script written without spaces between words (Hangul counts too:
/// its runs are split into bigrams like the others).
pub fn is_unspaced(c: char) -> bool {
    matches!(class(c), Class::Hangul | Class::HanKana | Class::Thai)
}

/// Whether `c` is Hangul (syllables or jamo).
pub fn is_hangul(c: char) -> bool {
    class(c) == Class::Hangul
}

/// Whether `c` is part of a word in a spaced script: a letter, digit or mark outside Hangul,
/// Han, Kana and Thai.
pub fn is_word_char(c: char) -> bool {
    class(c) == Class::Word
}

fn class(c: char) -> Class {
    match c {
        '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
            Class::Hangul
        }
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{FF66}'..='\u{FF9F}' => Class::HanKana,
        '\u{0E00}'..='\u{0E7F}' => Class::Thai,
        // The browser's `/[\p{L}\p{N}\p{M}]/u`, by Unicode general category on both sides.
        c if WORD.contains(GENERAL_CATEGORY.get(c)) => Class::Word,
        _ => Class::Separator,
    }
}

const GENERAL_CATEGORY: CodePointMapDataBorrowed<'static, GeneralCategory> =
    CodePointMapData::<GeneralCategory>::new();
const WORD: GeneralCategoryGroup = GeneralCategoryGroup::Letter
    .union(GeneralCategoryGroup::Number)
    .union(GeneralCategoryGroup::Mark);

/// `c` lowercased into `out`, as `char::to_lowercase` gives it. The scripts of the guide's
/// Asian languages have no case, and the letters of its Cyrillic and Latin ones lowercase by a
/// fixed step: looking each of them up in the case table was two percent of a build.
pub fn push_lowercase(out: &mut String, c: char) {
    let lower = match c {
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        _ if caseless(c) => c,
        // Latin-1 and Cyrillic capitals sit a fixed distance before their small letters.
        '\u{00C0}'..='\u{00DE}' if c != '×' => step(c, 0x20),
        '\u{00DF}'..='\u{00FF}' | '\u{0430}'..='\u{045F}' => c,
        '\u{0400}'..='\u{040F}' => step(c, 0x50),
        '\u{0410}'..='\u{042F}' => step(c, 0x20),
        // Runs of pairs, capital then small: Latin Extended-A (Vietnamese's ă, đ, ĩ, ũ), ơ,
        // the Cyrillic of Mongolian (ү, ө), and the Vietnamese letters with tone marks.
        '\u{0100}'..='\u{012F}'
        | '\u{0132}'..='\u{0137}'
        | '\u{014A}'..='\u{0177}'
        | '\u{01A0}'..='\u{01A5}'
        | '\u{048A}'..='\u{04BF}'
        | '\u{04D0}'..='\u{04FF}'
        | '\u{1EA0}'..='\u{1EFF}' => step(c, (u32::from(c) & 1) ^ 1),
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(lower);
}

/// The character `by` code points after `c`, which the callers know to be one.
fn step(c: char, by: u32) -> char {
    char::from_u32(u32::from(c) + by).expect("a letter of the same block")
}

/// Blocks without case: Arabic, Thai and Lao; kana, Han, Yi and the rest up to Vai; Hangul
/// syllables (a test holds this to the case table).
fn caseless(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0E00}'..='\u{0EFF}'
            | '\u{3040}'..='\u{A63F}'
            | '\u{AC00}'..='\u{D7A3}'
    )
}

/// Normalizes, lowercases and folds `text` as the first step of analysis.
pub fn fold(text: &str) -> String {
    // ASCII is its own NFKC and NFD form and folds to its lowercase; most text of the Latin
    // languages is all ASCII, and normalizing it a character at a time was the costliest part
    // of indexing.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let nfkc = ComposingNormalizerBorrowed::new_nfkc().normalize(text);
    // A capital sigma lowercases by its place in the word (σ, or ς at the end), as the
    // page's `toLowerCase()` does too: only `str::to_lowercase` knows that.
    let lower = if nfkc.contains('Σ') {
        nfkc.to_lowercase()
    } else {
        let mut lower = String::with_capacity(nfkc.len());
        for c in nfkc.chars() {
            push_lowercase(&mut lower, c);
        }
        lower
    };
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            '\u{0000}'..='\u{007F}' => out.push(c),
            '\u{0080}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
                out.push_str(&LATIN_BASES[latin_slot(c)]);
            }
            'ё' => out.push('е'),
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            c => out.push(c),
        }
    }
    out
}

/// A Latin letter without its accents, for Latin-1 to Latin Extended-B and Latin Extended
/// Additional (Vietnamese's letters with tone marks), made once from their NFD: decomposing a
/// character at a time was most of folding Vietnamese. A few letters whose marks are not
/// combining ones read as their plain letters.
static LATIN_BASES: std::sync::LazyLock<Vec<Box<str>>> = std::sync::LazyLock::new(|| {
    let nfd = DecomposingNormalizerBorrowed::new_nfd();
    let mut buf = [0u8; 4];
    ('\u{0080}'..='\u{024F}')
        .chain('\u{1E00}'..='\u{1EFF}')
        .map(|c| match c {
            'đ' => "d".into(),
            'ø' => "o".into(),
            'ł' => "l".into(),
            'ß' => "ss".into(),
            'æ' => "ae".into(),
            'œ' => "oe".into(),
            _ => nfd
                .normalize(c.encode_utf8(&mut buf))
                .chars()
                .filter(|d| !('\u{0300}'..='\u{036F}').contains(d))
                .collect(),
        })
        .collect()
});

/// Where `c`, in one of the two blocks, is in [`LATIN_BASES`].
fn latin_slot(c: char) -> usize {
    let c = u32::from(c) as usize;
    if c < 0x250 {
        c - 0x80
    } else {
        c - 0x1E00 + (0x250 - 0x80)
    }
}

/// One token before stemming, with what query expansion needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub text: String,
    /// A word of a spaced script: the one kind of token a stemmer changes.
    pub word: bool,
    /// A whole Korean word (its particle stripped), as opposed to one of its bigrams.
    pub whole: bool,
    /// Which run of the text it came from.
    pub run: usize,
    /// Characters of the run it came from are Hangul, Han, Kana or Thai.
    pub unspaced: bool,
}

/// A [`Tok`] whose text is borrowed from the folded text (see [`each_token`]).
#[derive(Debug, Clone, Copy)]
pub struct TokRef<'a> {
    pub text: &'a str,
    pub word: bool,
    pub whole: bool,
    pub run: usize,
    pub unspaced: bool,
}

/// The tokens of `text`, before stemming. `query`: no unigrams inside CJK and Thai runs of two
/// or more characters (the bigrams already say all a query needs).
pub fn tokens(text: &str, query: bool) -> Vec<Tok> {
    let mut out = Vec::new();
    each_token(text, query, |t| {
        out.push(Tok {
            text: t.text.to_owned(),
            word: t.word,
            whole: t.whole,
            run: t.run,
            unspaced: t.unspaced,
        })
    });
    out
}

/// [`tokens`], each handed to `emit` as it is cut, borrowed from the folded text: indexing
/// makes a string only for a term it has not met (a string a token cost a build of the
/// generated corpus about half a second of CPU).
pub fn each_token(text: &str, query: bool, mut emit: impl FnMut(TokRef<'_>)) {
    let folded = fold(text);
    // Where each character of the current run starts, then where the run ends.
    let mut starts: Vec<usize> = Vec::new();
    let mut chars = folded.char_indices().peekable();
    let mut run_index = 0;
    while let Some(&(start, first)) = chars.peek() {
        let c = class(first);
        starts.clear();
        while let Some(&(i, ch)) = chars.peek() {
            if class(ch) != c {
                break;
            }
            starts.push(i);
            chars.next();
        }
        let end = chars.peek().map_or(folded.len(), |&(i, _)| i);
        starts.push(end);
        let length = starts.len() - 1;
        let tok = |text, whole| TokRef {
            text,
            word: c == Class::Word,
            whole,
            run: run_index,
            unspaced: c != Class::Word,
        };
        // The slice from the `from`th character of the run to before the `to`th.
        let chars_of = |from: usize, to: usize| &folded[starts[from]..starts[to]];
        match c {
            Class::Separator => {}
            Class::Word => {
                if length <= MAX_TOKEN_CHARS {
                    emit(tok(strip_article(&folded[start..end]), false));
                }
            }
            Class::Hangul => {
                let stem = strip_particle(&folded[start..end]);
                let stem_length = stem.chars().count();
                if stem_length <= MAX_TOKEN_CHARS {
                    emit(tok(stem, true));
                }
                for from in 0..stem_length.saturating_sub(1) {
                    emit(tok(chars_of(from, from + 2), false));
                }
            }
            Class::HanKana | Class::Thai => {
                if length == 1 {
                    emit(tok(&folded[start..end], false));
                } else {
                    for from in 0..length - 1 {
                        emit(tok(chars_of(from, from + 2), false));
                    }
                    if !query {
                        for from in 0..length {
                            emit(tok(chars_of(from, from + 1), false));
                        }
                    }
                }
            }
        }
        run_index += 1;
    }
}

/// The Arabic definite article, alone or after the prepositions and conjunctions written on
/// it (و ب ك ف, and ل whose article loses its alef), longest first.
const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];

/// Strips the Arabic definite article when at least two letters remain, so that a word typed
/// without it (خلايا, cells) meets the word written with it (الخلايا, the cells): the Snowball
/// stemmer gives the two different stems (خلاي, خلايا).
pub fn strip_article(word: &str) -> &str {
    // Every word of every text comes here: most are not Arabic.
    if !word.starts_with(['ا', 'و', 'ب', 'ك', 'ف', 'ل']) {
        return word;
    }
    for article in ARTICLES {
        if let Some(rest) = word.strip_prefix(article)
            && rest.chars().nth(1).is_some()
        {
            return rest;
        }
    }
    word
}

/// Strips one trailing particle when at least two syllables remain.
pub fn strip_particle(word: &str) -> &str {
    let len = word.chars().count();
    for &(p, chars) in PARTICLES_BY_LENGTH.iter() {
        if len >= chars + 2
            && let Some(stem) = word.strip_suffix(p)
        {
            return stem;
        }
    }
    word
}

/// The particles with their length in characters, longest first, so that 에서 is tried before
/// 에 and 들은 before 은. Every Korean word of every text comes here, so the lengths are
/// counted once.
static PARTICLES_BY_LENGTH: std::sync::LazyLock<Vec<(&'static str, usize)>> =
    std::sync::LazyLock::new(|| {
        let mut p: Vec<_> = PARTICLES.iter().map(|p| (*p, p.chars().count())).collect();
        p.sort_by_key(|&(_, chars)| std::cmp::Reverse(chars));
        p
    });

/// The tantivy side of the analyzer (stemming is a filter after it, per language).
#[derive(Clone, Default)]
pub struct ArmTokenizer {
    pub query: bool,
    tokens: Vec<Token>,
}

impl ArmTokenizer {
    pub fn new(query: bool) -> Self {
        ArmTokenizer {
            query,
            tokens: Vec::new(),
        }
    }
}

pub struct ArmTokenStream<'a> {
    tokens: &'a mut [Token],
    index: Option<usize>,
}

impl Tokenizer for ArmTokenizer {
    type TokenStream<'a> = ArmTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArmTokenStream<'a> {
        self.tokens.clear();
        for (position, Tok { text, .. }) in tokens(text, self.query).into_iter().enumerate() {
            // Offsets point into the folded text, which the index never shows: we store none.
            self.tokens.push(Token {
                offset_from: 0,
                offset_to: 0,
                position,
                text,
                position_length: 1,
            });
        }
        ArmTokenStream {
            tokens: &mut self.tokens,
            index: None,
        }
    }
}

impl TokenStream for ArmTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let next = self.index.map_or(0, |i| i + 1);
        self.index = Some(next);
        next < self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index.expect("advance() was called")]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index.expect("advance() was called")]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str, query: bool) -> Vec<String> {
        tokens(text, query).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn lowercasing_a_character_at_a_time_agrees_with_the_case_table() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut fast = String::new();
            push_lowercase(&mut fast, c);
            assert_eq!(
                fast,
                c.to_lowercase().collect::<String>(),
                "U+{:04X}",
                c as u32
            );
        }
        // Text lowercases as a whole, a final sigma included.
        for text in ["ΟΔΟΣ ΣΟΦΟΣ", "Stem CELL 줄기세포 幹細胞 СТВОЛОВЫЕ"] {
            assert_eq!(fold(text), fold(&text.to_lowercase()), "{text}");
        }
        assert_eq!(fold("ΟΔΟΣ"), "οδος");
    }

    #[test]
    fn latin_folds_accents_and_case() {
        assert_eq!(t("Tế bào GỐC", false), ["te", "bao", "goc"]);
        assert_eq!(t("Đà Nẵng", false), ["da", "nang"]);
        assert_eq!(
            t("Straße Łódź Ærø œuvre", false),
            ["strasse", "lodz", "aero", "oeuvre"]
        );
        // The first and last letters of the two blocks folded from a table.
        assert_eq!(
            fold("\u{00C0}\u{024F}\u{1E00}\u{1EFF}"),
            "a\u{024F}a\u{1EFF}"
        );
    }

    #[test]
    fn cyrillic_yo_reads_as_ye() {
        assert_eq!(t("Ёлка", false), ["елка"]);
    }

    #[test]
    fn arabic_loses_tashkeel_and_unifies_alef() {
        assert_eq!(t("الخَلايا أُمّ", false), ["خلايا", "ام"]);
    }

    #[test]
    fn arabic_words_lose_the_definite_article_when_two_letters_remain() {
        // Typed with or without it, a word is one term (search.js's stripArticle is the twin).
        assert_eq!(t("خلايا جذعية", true), t("الخلايا الجذعية", true));
        assert_eq!(
            t("والخلايا بالخلايا كالخلايا فالخلايا للخلايا", false),
            ["خلايا"; 5]
        );
        assert_eq!(t("الدم الم ولد لبن", false), ["دم", "الم", "ولد", "لبن"]);
    }

    #[test]
    fn korean_words_give_stripped_word_and_bigrams() {
        assert_eq!(t("줄기세포는", false), ["줄기세포", "줄기", "기세", "세포"]);
        assert_eq!(t("줄기세포", true), ["줄기세포", "줄기", "기세", "세포"]);
        // Too short to lose a particle: 이가 stays itself.
        assert_eq!(t("이가", false), ["이가", "이가"]);
    }

    #[test]
    fn han_kana_and_thai_runs_become_bigrams() {
        assert_eq!(t("幹細胞", false), ["幹細", "細胞", "幹", "細", "胞"]);
        assert_eq!(t("幹細胞", true), ["幹細", "細胞"]);
        assert_eq!(t("胞", true), ["胞"]);
        assert_eq!(t("เซลล์", true), ["เซ", "ซล", "ลล", "ล์"]);
    }

    #[test]
    fn scripts_split_runs() {
        assert_eq!(
            t("CAR-T 세포치료", true),
            ["car", "t", "세포치료", "세포", "포치", "치료"]
        );
    }

    #[test]
    fn a_word_longer_than_the_limit_is_dropped_but_not_its_bigrams() {
        let long = "a".repeat(MAX_TOKEN_CHARS + 1);
        assert_eq!(t(&format!("{long} cell"), false), ["cell"]);
        let limit = "a".repeat(MAX_TOKEN_CHARS);
        assert_eq!(t(&limit, false), [limit.as_str()]);
        // A Korean word past the limit gives its bigrams alone.
        let word = "세포".repeat(MAX_TOKEN_CHARS / 2 + 1);
        let tokens = t(&word, true);
        assert_eq!(tokens.len(), MAX_TOKEN_CHARS + 1);
        assert!(tokens.iter().all(|t| t.chars().count() == 2));
    }

    #[test]
    fn nfkc_unifies_full_width_forms() {
        assert_eq!(t("ＡＢＣ", true), ["abc"]);
    }
}
