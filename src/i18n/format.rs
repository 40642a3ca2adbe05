//! Locale-aware formatting with ICU4X: dates as readers of each language write them, and
//! collation for sorting (the glossary's own order is in `glossary_index`).

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
}
