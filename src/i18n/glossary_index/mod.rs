//! The glossary index of each language: which heading a term is filed under and in what order
//! the terms follow, as readers of that language expect to look a word up.
//!
//! A language's rule set is data: its index letters (CLDR's index characters, where CLDR has
//! them) and the text that decides where a term goes (the term, its `reading`, or the term
//! without the Arabic article). A term goes under the last letter that collates at or before
//! that text at primary strength, as ICU's AlphabeticIndex does (ICU4X has no index of its
//! own), so accents and tones, voiced and small kana, alef forms and Thai leading vowels need
//! no rules here: the language's collation already sets them aside or reorders them.

use std::cmp::Ordering;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;
use icu_properties::props::Script;
use icu_properties::{CodePointMapData, CodePointMapDataBorrowed};

const SCRIPT: CodePointMapDataBorrowed<'static, Script> = CodePointMapData::<Script>::new();

/// The heading of Latin-script terms in a language whose index is not Latin letters.
///
/// One group rather than a heading per letter: such terms are few (CAR-T, iPS細胞), a heading
/// each would scatter single entries and foreign letters across the reader's own index, and
/// Japanese and Chinese dictionaries likewise collect words that begin with a Latin letter in
/// one section of their own after the native ones.
pub const LATIN: &str = "A–Z";
/// The heading of terms that begin with a digit, first as in most indexes.
pub const DIGITS: &str = "0–9";
/// The heading of everything else, last: a term in another script, or a Japanese or Chinese
/// term without the `reading` it is filed by.
pub const OTHER: &str = "#";

const LATIN_LETTERS: &[&str] = &[
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
    "T", "U", "V", "W", "X", "Y", "Z",
];
/// Vietnamese: Ă Â Đ Ê Ô Ơ Ư are letters of their own, each after its base letter; the tone
/// marks are not.
const VIETNAMESE: &[&str] = &[
    "A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
    "Ô", "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "W", "X", "Y", "Z",
];
/// Russian: Ё is filed under Е, as Russian dictionaries do; no word begins with Ъ or Ь.
const RUSSIAN: &[&str] = &[
    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "Й", "К", "Л", "М", "Н", "О", "П", "Р", "С", "Т",
    "У", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Ы", "Э", "Ю", "Я",
];
/// Mongolian Cyrillic: Ө and Ү are letters of their own after О and У. Ё is a letter too, but
/// the collation ICU has for Mongolian sorts ё as a variant of е, so it is filed there.
const MONGOLIAN: &[&str] = &[
    "А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "Й", "К", "Л", "М", "Н", "О", "Ө", "П", "Р", "С",
    "Т", "У", "Ү", "Ф", "Х", "Ц", "Ч", "Ш", "Щ", "Ы", "Э", "Ю", "Я",
];
/// Korean: the fourteen plain initial consonants. A tense consonant (ㄲ ㄸ ㅃ ㅆ ㅉ) is filed
/// under its plain one: this is CLDR's Korean index and the index bar Korean readers know from
/// phone contacts and book indexes, and since the collation sorts every 까 word right after
/// the last 기 word, the ㄱ group still reads in dictionary order. Separate headings would hold
/// a term or two each and send readers to look for a word in two places.
const KOREAN: &[&str] = &[
    "ㄱ", "ㄴ", "ㄷ", "ㄹ", "ㅁ", "ㅂ", "ㅅ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
];
/// Japanese: the kana rows (あ行 か行 …) by their heads. Voiced and semi-voiced kana (が ば ぱ)
/// and small kana differ from their base kana only below primary strength, so they fall in the
/// base row; katakana readings file like hiragana.
const KANA_ROWS: &[&str] = &["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"];
/// Traditional Chinese: the zhuyin symbols, in their own order (which is their Unicode order).
const ZHUYIN: &[&str] = &[
    "ㄅ", "ㄆ", "ㄇ", "ㄈ", "ㄉ", "ㄊ", "ㄋ", "ㄌ", "ㄍ", "ㄎ", "ㄏ", "ㄐ", "ㄑ", "ㄒ", "ㄓ", "ㄔ",
    "ㄕ", "ㄖ", "ㄗ", "ㄘ", "ㄙ", "ㄚ", "ㄛ", "ㄜ", "ㄝ", "ㄞ", "ㄟ", "ㄠ", "ㄡ", "ㄢ", "ㄣ", "ㄤ",
    "ㄥ", "ㄦ", "ㄧ", "ㄨ", "ㄩ",
];
/// Thai: the consonants. A word that begins with a leading vowel (เ แ โ ใ ไ) collates by the
/// consonant after it, so เซลล์ is filed under ซ.
const THAI: &[&str] = &[
    "ก", "ข", "ฃ", "ค", "ฅ", "ฆ", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ",
    "ด", "ต", "ถ", "ท", "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร", "ฤ", "ล", "ฦ",
    "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ", "ฮ",
];
/// Arabic: the alphabet in its dictionary order; أ إ آ collate as ا.
const ARABIC: &[&str] = &[
    "ا", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ",
    "ف", "ق", "ك", "ل", "م", "ن", "ه", "و", "ي",
];

/// The text a term is filed and sorted by.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Term,
    Reading,
    Zhuyin,
    WithoutArticle,
}

impl Key {
    fn of(self, term: &str, reading: Option<&str>) -> Option<String> {
        match self {
            Key::Term => Some(term.to_owned()),
            // Japanese and Simplified Chinese: the reading (kana, pinyin), since the
            // characters of a term do not tell how it is read, and readers look words up by
            // sound.
            Key::Reading => reading.map(str::to_owned),
            Key::Zhuyin => reading.map(zhuyin),
            Key::WithoutArticle => Some(without_article(term)),
        }
    }
}

/// How one language files its glossary: its index letters and the text that is filed.
struct Rules {
    letters: &'static [&'static str],
    key: Key,
}

fn rules(lang: &str) -> Rules {
    let (letters, key) = match lang.split('-').next().unwrap_or(lang) {
        "ko" => (KOREAN, Key::Term),
        "ja" => (KANA_ROWS, Key::Reading),
        "zh" if is_traditional(lang) => (ZHUYIN, Key::Zhuyin),
        "zh" => (LATIN_LETTERS, Key::Reading),
        "ru" => (RUSSIAN, Key::Term),
        "mn" => (MONGOLIAN, Key::Term),
        "th" => (THAI, Key::Term),
        "vi" => (VIETNAMESE, Key::Term),
        "ar" => (ARABIC, Key::WithoutArticle),
        _ => (LATIN_LETTERS, Key::Term),
    };
    Rules { letters, key }
}

fn is_traditional(lang: &str) -> bool {
    lang.split('-')
        .any(|s| matches!(s, "Hant" | "TW" | "HK" | "MO"))
}

/// Traditional Chinese is filed by zhuyin, not by stroke count: Taiwan's dictionaries and
/// school materials are ordered by zhuyin, and readers there learn to look words up that way
/// first. The tone marks become digits after each syllable (first tone, unmarked, is 1; the
/// neutral dot, written before the syllable, is 5), so that syllables sort by sound first and
/// tone second, 1 to 5, as those dictionaries do.
fn zhuyin(reading: &str) -> String {
    let syllables: Vec<String> = reading
        .split_whitespace()
        .map(|syllable| {
            let (neutral, rest) = match syllable.strip_prefix('˙') {
                Some(rest) => (true, rest),
                None => (false, syllable),
            };
            let (letters, tone) = match rest.char_indices().last() {
                Some((at, 'ˊ')) => (&rest[..at], '2'),
                Some((at, 'ˇ')) => (&rest[..at], '3'),
                Some((at, 'ˋ')) => (&rest[..at], '4'),
                _ if neutral => (rest, '5'),
                _ => (rest, '1'),
            };
            format!("{letters}{tone}")
        })
        .collect();
    match first_char(reading.trim_start().trim_start_matches('˙')).map(script) {
        Some(Script::Bopomofo) => syllables.join(" "),
        // Not zhuyin (a Latin name): left as written, to be filed with the Latin terms.
        _ => reading.to_owned(),
    }
}

/// Arabic glossaries ignore the definite article ال, in grouping and in sorting: الخلايا is
/// looked up under خ. Every word loses it, so that terms sharing a first word sort by the
/// next one whether or not it has the article.
fn without_article(term: &str) -> String {
    let words: Vec<&str> = term
        .split(' ')
        .map(|word| match word.strip_prefix("ال") {
            // A word is at least two letters after the article: ال alone is not one.
            Some(rest) if rest.chars().count() >= 2 => rest,
            _ => word,
        })
        .collect();
    words.join(" ")
}

/// Katakana files with hiragana.
fn script(c: char) -> Script {
    match SCRIPT.get(c) {
        Script::Katakana => Script::Hiragana,
        s => s,
    }
}

/// Where one term is filed.
#[derive(Debug, PartialEq, Eq)]
pub struct Filing {
    /// The position of the group in the index.
    pub rank: usize,
    /// The group's heading.
    pub label: &'static str,
    /// The text the term is sorted by within its group.
    pub key: String,
}

/// A heading of the index and the entries under it, sorted.
pub struct Group<T> {
    pub label: &'static str,
    pub entries: Vec<T>,
}

/// The glossary index of one language.
pub struct GlossaryIndex {
    rules: Rules,
    /// Primary strength: the letter a text falls under ignores everything but base letters.
    primary: Option<CollatorBorrowed<'static>>,
    /// The language's full collation, for the order within a group.
    full: Option<CollatorBorrowed<'static>>,
}

impl GlossaryIndex {
    pub fn new(lang: &str) -> GlossaryIndex {
        let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
        let mut primary = CollatorOptions::default();
        primary.strength = Some(Strength::Primary);
        GlossaryIndex {
            rules: rules(lang),
            primary: Collator::try_new(locale.clone().into(), primary).ok(),
            full: Collator::try_new(locale.into(), CollatorOptions::default()).ok(),
        }
    }

    /// Whether this language files terms by their `reading`.
    pub fn uses_reading(&self) -> bool {
        matches!(self.rules.key, Key::Reading | Key::Zhuyin)
    }

    /// The group of a term and the key it sorts by.
    pub fn file(&self, term: &str, reading: Option<&str>) -> Filing {
        let letters = self.rules.letters;
        let native = script(first_char(letters[0]).unwrap_or('A'));
        let initial = first_char(term).map(script);
        let latin = Filing {
            rank: letters.len() + 1,
            label: LATIN,
            key: term.to_owned(),
        };
        // Readers find a term by how it is written: iPS細胞 under I, not under its reading.
        if native != Script::Latin && initial == Some(Script::Latin) {
            return latin;
        }
        if let Some(key) = self.rules.key.of(term, reading)
            && first_char(&key).map(script) == Some(native)
        {
            let at = letters
                .iter()
                .rposition(|l| self.compare_primary(l, &key) != Ordering::Greater)
                .unwrap_or(0);
            return Filing {
                rank: at + 1,
                label: letters[at],
                key,
            };
        }
        match first_char(term) {
            Some(c) if c.is_numeric() => Filing {
                rank: 0,
                label: DIGITS,
                key: term.to_owned(),
            },
            _ if initial == Some(Script::Latin) => latin,
            _ => Filing {
                rank: letters.len() + 2,
                label: OTHER,
                key: term.to_owned(),
            },
        }
    }

    /// Files every entry and returns the groups in index order, each sorted by its key in the
    /// language's collation, then by the term (for zh-Hant, stroke order: same-sounding terms
    /// follow the order of their characters).
    pub fn group<T>(
        &self,
        entries: Vec<T>,
        names: impl Fn(&T) -> (&str, Option<&str>),
    ) -> Vec<Group<T>> {
        let mut filed: Vec<(Filing, T)> = entries
            .into_iter()
            .map(|e| {
                let (term, reading) = names(&e);
                (self.file(term, reading), e)
            })
            .collect();
        filed.sort_by(|(a, ea), (b, eb)| {
            a.rank
                .cmp(&b.rank)
                .then_with(|| self.compare(&a.key, &b.key))
                .then_with(|| self.compare(names(ea).0, names(eb).0))
        });
        let mut groups: Vec<Group<T>> = Vec::new();
        for (filing, entry) in filed {
            match groups.last_mut() {
                Some(g) if g.label == filing.label => g.entries.push(entry),
                _ => groups.push(Group {
                    label: filing.label,
                    entries: vec![entry],
                }),
            }
        }
        groups
    }

    fn compare_primary(&self, a: &str, b: &str) -> Ordering {
        match &self.primary {
            Some(c) => c.compare(a, b),
            None => a.cmp(b),
        }
    }

    fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.full {
            Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
            None => a.cmp(b),
        }
    }
}

fn first_char(s: &str) -> Option<char> {
    s.trim_start().chars().next()
}

#[cfg(test)]
mod tests;
