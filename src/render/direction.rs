//! Text direction of a language: whether a page, or a passage in another language, is written
//! right to left, decided from its BCP 47 tag alone so that any language a site adds works.

/// Scripts written right to left (ISO 15924 codes of those in current use).
const RTL_SCRIPTS: [&str; 12] = [
    "adlm", "arab", "aran", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi",
];

/// Languages whose usual script is one of those, when a tag names no script (CLDR likely
/// subtags): Arabic, Persian, Hebrew, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, ...
const RTL_LANGUAGES: [&str; 23] = [
    "ar", "arc", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks", "lrc", "mzn", "nqo",
    "pnb", "prs", "ps", "sd", "skr", "syr", "ug", "ur", "yi",
];

/// `"rtl"` or `"ltr"`, for a `dir` attribute.
pub fn dir(tag: &str) -> &'static str {
    if is_rtl(tag) { "rtl" } else { "ltr" }
}

/// Whether text in the language `tag` runs right to left. A script subtag decides where there
/// is one (`az-Arab` is right to left, `ku-Latn` and `uz-Cyrl` are not); otherwise the language.
pub fn is_rtl(tag: &str) -> bool {
    let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
    let Some(language) = subtags.next() else {
        return false;
    };
    // The script, if any, is the first subtag after the language and its extended language
    // subtags (three letters, as in `zh-yue-Hant`), and has four letters.
    let alphabetic = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_alphabetic());
    let script = subtags
        .find(|s| !alphabetic(s, 3))
        .filter(|s| alphabetic(s, 4));
    match script {
        Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
        None => RTL_LANGUAGES.contains(&language.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages_are_recognised_by_their_tag() {
        for tag in [
            "ar", "fa", "he", "ur", "ps", "ckb", "yi", "ar-EG", "fa-IR", "AR", "he_IL",
        ] {
            assert!(is_rtl(tag), "{tag}");
            assert_eq!(dir(tag), "rtl", "{tag}");
        }
    }

    #[test]
    fn the_guides_other_languages_are_left_to_right() {
        for tag in [
            "en", "ko", "ja", "zh-Hans", "zh-Hant", "ru", "mn", "th", "vi", "", "arn", "haw",
        ] {
            assert!(!is_rtl(tag), "{tag}");
            assert_eq!(dir(tag), "ltr", "{tag}");
        }
    }

    #[test]
    fn a_script_subtag_decides_over_the_language() {
        assert!(is_rtl("az-Arab"));
        assert!(is_rtl("pa-Arab-PK"));
        assert!(is_rtl("ms-Arab"));
        assert!(is_rtl("zh-yue-Hebr"), "after an extended language subtag");
        assert!(!is_rtl("ar-Latn"), "Arabic written in Latin letters");
        assert!(!is_rtl("uz-Cyrl"));
        assert!(!is_rtl("sd-Deva"));
        assert!(is_rtl("ar-EG-u-nu-latn"), "an extension is not a script");
        assert!(!is_rtl("de-1901"), "nor is a variant");
    }
}
