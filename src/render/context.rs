//! Template contexts: plain data for Tera, built from the validated site for one page in one
//! language. URLs in a context are already relative to the page that receives it.

use serde::Serialize;

use crate::content::{Document, Kind};
use crate::i18n::format::LocaleFormat;
use crate::institutions::{Export, Institution, STALE_AFTER_DAYS, Status};

#[derive(Serialize)]
pub struct DateCtx {
    pub iso: String,
    pub display: String,
}

impl DateCtx {
    pub fn new(date: jiff::civil::Date, format: &LocaleFormat) -> DateCtx {
        DateCtx {
            iso: date.to_string(),
            display: format.date(date),
        }
    }
}

#[derive(Serialize)]
pub struct LanguageLink {
    pub code: String,
    pub name: String,
    pub url: String,
    pub abs_url: String,
    pub current: bool,
    pub translated: bool,
}

#[derive(Serialize)]
pub struct NavItem<'a> {
    pub title: &'a str,
    pub url: String,
    pub current: bool,
    /// The language of `title` when it is not the page's (a page shown untranslated).
    pub lang: Option<&'a str>,
}

/// A page listed on its section's index page.
#[derive(Serialize)]
pub struct SectionEntryCtx<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub url: String,
    /// The language of the entry's text when it is not the page's (a page shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ReportCtx<'a> {
    pub name: &'a str,
    pub organization: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub url: String,
    /// The language of the contact's text when it is not the page's (shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ExportCtx<'a> {
    pub exported_at: DateCtx,
    pub source: Option<&'a str>,
    pub sample: bool,
    pub stale: bool,
    pub age_days: i32,
    pub total: usize,
    pub active: usize,
    pub suspended: usize,
    pub revoked: usize,
    pub directory_url: String,
}

impl<'a> ExportCtx<'a> {
    pub fn new(
        export: &'a Export,
        today: jiff::civil::Date,
        format: &LocaleFormat,
        directory_url: String,
    ) -> Self {
        let count = |s: Status| export.institutions.iter().filter(|i| i.status == s).count();
        let age_days = export.age_days(today);
        ExportCtx {
            exported_at: DateCtx::new(export.exported_at, format),
            source: export.source.as_deref(),
            sample: export.sample,
            stale: age_days > STALE_AFTER_DAYS,
            age_days,
            total: export.institutions.len(),
            active: count(Status::Active),
            suspended: count(Status::Suspended),
            revoked: count(Status::Revoked),
            directory_url,
        }
    }
}

#[derive(Serialize, Default)]
pub struct PageCtx {
    pub title: String,
    pub description: String,
    pub content: String,
    pub toc: Vec<crate::content::markdown::Heading>,
    pub reviewed: Option<DateCtx>,
    pub review_due: Option<DateCtx>,
    pub fallback: bool,
    pub stale: bool,
    /// The language of the text shown when `fallback` (a BCP 47 tag, for `lang` attributes).
    pub fallback_lang: String,
    pub fallback_lang_name: String,
    pub source_url: String,
    /// Set on a translation (not on the source, nor on a fallback): who translated it and
    /// where the original is, shown with the review dates.
    pub translation: Option<TranslationCtx>,
}

/// What a translated page says about itself: who translated it (as each translation names its
/// translators; none when the front matter has no `translator`) and the page it comes from.
#[derive(Serialize)]
pub struct TranslationCtx {
    pub translators: Vec<String>,
    pub source_lang: String,
    pub source_lang_name: String,
    pub source_url: String,
}

impl PageCtx {
    /// A page that is not built from one document (an index, the search page): a title only.
    pub fn titled(title: String) -> PageCtx {
        PageCtx {
            title,
            ..PageCtx::default()
        }
    }

    /// Title, description and review dates of `doc`; the body is filled in by the caller.
    pub fn of(doc: &Document, format: &LocaleFormat) -> PageCtx {
        PageCtx {
            title: doc.title().to_owned(),
            description: doc.meta.description.clone().unwrap_or_default(),
            ..PageCtx::default()
        }
        .reviewed_on(doc.meta.reviewed, format)
    }

    /// The date of the last expert review, and the next one due.
    pub fn reviewed_on(self, reviewed: Option<jiff::civil::Date>, format: &LocaleFormat) -> Self {
        PageCtx {
            reviewed: reviewed.map(|d| DateCtx::new(d, format)),
            // Health information is due for another expert review three years after the last.
            review_due: reviewed
                .and_then(|d| d.checked_add(jiff::Span::new().years(3)).ok())
                .map(|d| DateCtx::new(d, format)),
            ..self
        }
    }
}

#[derive(Serialize)]
pub struct RelatedCtx<'a> {
    pub id: &'a str,
    pub term: &'a str,
    pub url: String,
    /// The language of `term` when it is not the page's (a term shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct TermCtx<'a> {
    pub id: &'a str,
    pub term: &'a str,
    pub aliases: Vec<TextCtx<'a>>,
    pub related: Vec<RelatedCtx<'a>>,
    pub definition: String,
    /// The language of the entry when it is not the page's (shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct GroupCtx<'a> {
    pub letter: String,
    pub id: String,
    pub terms: Vec<TermCtx<'a>>,
}

#[derive(Serialize)]
pub struct FaqEntryCtx<'a> {
    pub id: &'a str,
    pub question: &'a str,
    pub answer: String,
    /// The language of the entry when it is not the page's (shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct CategoryCtx<'a> {
    pub key: &'a str,
    pub title: String,
    pub entries: Vec<FaqEntryCtx<'a>>,
}

#[derive(Serialize)]
pub struct TierCtx<'a> {
    pub id: &'a str,
    pub tier: &'static str,
    pub title: &'a str,
    pub who_may_deliver: Option<&'a str>,
    pub approval: Option<&'a str>,
    pub examples: &'a [String],
    pub url: String,
    pub summary: String,
    pub content: String,
    /// The language of the tier's text when it is not the page's (shown untranslated).
    pub lang: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ContactCtx<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub organization: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub hours: Option<&'a str>,
    pub topics: &'a [String],
    pub content: String,
    pub reporting: bool,
    /// The language of the contact's text when it is not the page's (shown untranslated).
    pub lang: Option<&'a str>,
}

impl<'a> ContactCtx<'a> {
    /// `page_lang`: the language of the page it is shown on.
    pub fn new(doc: &'a Document, content: String, page_lang: &str) -> Option<Self> {
        let Kind::Contact(c) = &doc.kind else {
            return None;
        };
        Some(ContactCtx {
            id: doc.id(),
            name: &c.name,
            organization: c.organization.as_deref(),
            phone: c.phone.as_deref(),
            email: c.email.as_deref(),
            hours: c.hours.as_deref(),
            topics: &c.topics,
            content,
            reporting: c.topics.iter().any(|t| t == "report-violation"),
            lang: other_lang(&doc.lang, page_lang),
        })
    }
}

#[derive(Serialize)]
pub struct LanguageName {
    pub code: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct InstitutionCtx<'a> {
    pub id: &'a str,
    pub url: String,
    /// The name in the page's language, else in English, else in Korean: `name_lang` says which.
    pub name: &'a str,
    pub name_lang: &'a str,
    pub name_ko: &'a str,
    pub name_en: Option<&'a str>,
    pub kind: &'static str,
    pub tier: &'static str,
    pub region: &'static str,
    pub district: Option<&'a str>,
    pub address: Option<&'a str>,
    pub address_lang: Option<&'a str>,
    pub address_ko: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub website: Option<&'a str>,
    pub designated_on: DateCtx,
    pub status: &'static str,
    pub status_changed_on: Option<DateCtx>,
    pub fields: &'a [&'static str],
    pub risk_levels: Vec<&'static str>,
    pub languages: Vec<LanguageName>,
    pub international_patients: bool,
}

impl<'a> InstitutionCtx<'a> {
    pub fn new(inst: &'a Institution, lang: &str, url: String, format: &LocaleFormat) -> Self {
        // The reader's language, else English, else Korean (the one the export must have).
        let local = |m: &'a std::collections::BTreeMap<String, String>| {
            [lang, "en", "ko"]
                .into_iter()
                .find_map(|l| m.get_key_value(l))
                .map(|(l, text)| (l.as_str(), text.as_str()))
        };
        let (name_lang, name) = local(&inst.name).unwrap_or(("ko", &inst.name["ko"]));
        let address = local(&inst.address);
        InstitutionCtx {
            id: &inst.id,
            url,
            name,
            name_lang,
            name_ko: &inst.name["ko"],
            name_en: inst.name.get("en").map(String::as_str),
            kind: inst.kind,
            tier: inst.tier.unwrap_or(""),
            region: inst.region,
            district: inst.district.as_deref(),
            address: address.map(|(_, text)| text),
            address_lang: address.map(|(l, _)| l),
            address_ko: inst.address.get("ko").map(String::as_str),
            phone: inst.phone.as_deref(),
            website: inst.website.as_deref(),
            designated_on: DateCtx::new(inst.designated_on, format),
            status: inst.status.key(),
            status_changed_on: inst.status_changed_on.map(|d| DateCtx::new(d, format)),
            fields: &inst.fields,
            risk_levels: inst.risk_levels.iter().map(|r| r.key()).collect(),
            languages: inst
                .languages
                .iter()
                .map(|l| LanguageName {
                    code: l.clone(),
                    name: endonym(l).to_owned(),
                })
                .collect(),
            international_patients: inst.international_patients,
        }
    }
}

/// A short text with the language it needs marking with, if any.
#[derive(Serialize)]
pub struct TextCtx<'a> {
    pub text: &'a str,
    pub lang: Option<&'a str>,
}

impl<'a> TextCtx<'a> {
    /// `text` from a document in `doc_lang` shown on a page in `page_lang`. The guide quotes
    /// official Korean names in every language (a glossary alias `유전자치료` in an English
    /// entry), so Hangul outside a Korean document is marked as Korean.
    pub fn new(text: &'a str, doc_lang: &'a str, page_lang: &str) -> Self {
        let korean = doc_lang.split('-').next() == Some("ko");
        let lang = if !korean && text.chars().any(crate::content::markdown::is_hangul) {
            other_lang("ko", page_lang)
        } else {
            other_lang(doc_lang, page_lang)
        };
        TextCtx { text, lang }
    }

    /// A glossary alias, from a document in `doc_lang` whose term is `term`. Besides Korean,
    /// translations list the source's own name of a term (`informed consent` beside `설명 후
    /// 동의`): a Latin-script alias of a term written in another script is in `source_lang`.
    pub fn alias(
        text: &'a str,
        term: &str,
        doc_lang: &'a str,
        source_lang: &'a str,
        page_lang: &str,
    ) -> Self {
        let latin = |s: &str| s.chars().any(|c| c.is_ascii_alphabetic());
        if text.is_ascii() && latin(text) && !latin(term) {
            return TextCtx {
                text,
                lang: other_lang(source_lang, page_lang),
            };
        }
        TextCtx::new(text, doc_lang, page_lang)
    }
}

/// `lang` when it differs from `page_lang`: the value of a `lang` attribute the text needs.
pub fn other_lang<'a>(lang: &'a str, page_lang: &str) -> Option<&'a str> {
    (lang != page_lang).then_some(lang)
}

/// A language's name in itself, as a reader looks for it in a language menu.
pub fn endonym(lang: &str) -> &str {
    match lang {
        "en" => "English",
        "ko" => "한국어",
        "ja" => "日本語",
        "zh-Hans" => "简体中文",
        "zh-Hant" => "繁體中文",
        "ru" => "Русский",
        "mn" => "Монгол",
        "th" => "ไทย",
        "vi" => "Tiếng Việt",
        "ar" => "العربية",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "id" => "Bahasa Indonesia",
        "kk" => "Қазақ",
        "uz" => "Oʻzbek",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_korean_and_source_names_are_marked_with_their_language() {
        fn lang(t: TextCtx<'_>) -> Option<&str> {
            t.lang
        }
        assert_eq!(lang(TextCtx::new("유전자치료", "en", "en")), Some("ko"));
        assert_eq!(lang(TextCtx::new("gene therapy", "en", "en")), None);
        assert_eq!(lang(TextCtx::new("유전자치료", "ko", "ko")), None);
        assert_eq!(
            lang(TextCtx::new("gene therapy", "en", "ar")),
            Some("en"),
            "an untranslated entry"
        );
        fn alias<'a>(text: &'a str, term: &str, doc: &'a str) -> Option<&'a str> {
            TextCtx::alias(text, term, doc, "en", doc).lang
        }
        assert_eq!(alias("informed consent", "설명 후 동의", "ko"), Some("en"));
        assert_eq!(alias("이상반응", "الحدث الضائر", "ar"), Some("ko"));
        assert_eq!(alias("동의", "설명 후 동의", "ko"), None);
        assert_eq!(
            alias("adverse event", "tác dụng phụ", "vi"),
            None,
            "no telling English from Vietnamese by script"
        );
    }
}
