//! Locale-aware formatting with ICU4X: dates as readers of each language write them, and
//! collation for sorting and grouping the glossary.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_locale_core::Locale;

/// Formats and sorts for one language.
pub struct LocaleFormat {
    dates: Option<DateTimeFormatter<YMD>>,
    collator: Option<CollatorBorrowed<'static>>,
}

impl LocaleFormat {
    pub fn new(lang: &str) -> LocaleFormat {
        let locale: Locale = lang.parse().unwrap_or(Locale::UNKNOWN);
        LocaleFormat {
            dates: DateTimeFormatter::try_new(locale.clone().into(), YMD::long()).ok(),
            collator: Collator::try_new(locale.into(), CollatorOptions::default()).ok(),
        }
    }

    /// A date in the language's long form ("28 February 2025", "2025년 2월 28일").
    pub fn date(&self, date: jiff::civil::Date) -> String {
        let iso = icu_calendar::Date::try_new_iso(
            i32::from(date.year()),
            date.month() as u8,
            date.day() as u8,
        );
        match (&self.dates, iso) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => date.to_string(),
        }
    }

    /// Compares two strings in the language's collation order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.collator {
            Some(c) => c.compare(a, b).then_with(|| a.cmp(b)),
            None => a.cmp(b),
        }
    }
}

/// The heading a glossary entry is filed under in the index: for Korean the initial consonant
/// of the first syllable (tense consonants filed with their plain ones, as Korean indexes do:
/// ㄲ under ㄱ), for alphabets the first letter without accents, uppercased.
pub fn index_letter(text: &str) -> String {
    let Some(first) = text.trim_start().chars().next() else {
        return String::new();
    };
    if ('\u{AC00}'..='\u{D7A3}').contains(&first) {
        const INITIALS: [char; 19] = [
            'ㄱ', 'ㄱ', 'ㄴ', 'ㄷ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅂ', 'ㅅ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅈ',
            'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
        ];
        let index = (first as u32 - 0xAC00) / (21 * 28);
        return INITIALS[index as usize].to_string();
    }
    let decomposed = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd()
        .normalize(&first.to_string())
        .into_owned();
    let base = decomposed.chars().next().unwrap_or(first);
    if base.is_ascii_digit() {
        return "0–9".to_owned();
    }
    base.to_uppercase().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_readers_language() {
        let d = jiff::civil::date(2025, 2, 28);
        assert_eq!(LocaleFormat::new("en").date(d), "February 28, 2025");
        assert_eq!(LocaleFormat::new("ko").date(d), "2025년 2월 28일");
    }

    #[test]
    fn korean_sorts_by_hangul_order_not_bytes() {
        let f = LocaleFormat::new("ko");
        let mut words = vec!["하", "가", "나", "까"];
        words.sort_by(|a, b| f.compare(a, b));
        assert_eq!(words, ["가", "까", "나", "하"]);
    }

    #[test]
    fn index_letters() {
        assert_eq!(index_letter("줄기세포"), "ㅈ");
        assert_eq!(index_letter("쌍"), "ㅅ");
        assert_eq!(index_letter("Éthique"), "E");
        assert_eq!(index_letter("stem cell"), "S");
    }
}
