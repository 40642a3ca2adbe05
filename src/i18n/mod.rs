//! Interface text: Fluent bundles per language, built from the theme's messages with the site's
//! `locales/` layered on top, and the fallback to the default language when a key is missing.
//!
//! Missing keys are recorded while pages render, so that the build can report each fallback
//! once (and fail on a key that the default language lacks too). Each file is checked as it
//! loads for selects on a number that miss one of the language's plural categories.

pub mod format;
pub mod glossary_index;
pub mod plurals;
pub mod pseudo;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, SourceText};

/// A Fluent file to load: where it came from (for messages) and its text.
pub struct FtlSource {
    pub path: std::path::PathBuf,
    pub text: String,
}

/// Interface messages of every language of the site.
pub struct Messages {
    default_language: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// (language, key) pairs that fell back to the default language.
    fallbacks: Mutex<BTreeSet<(String, String)>>,
    /// Keys missing in the default language too.
    missing: Mutex<BTreeSet<String>>,
    /// The file each message of the default language comes from (the last layer that sets it),
    /// named when another language falls back to it.
    origins: HashMap<String, std::path::PathBuf>,
}

impl Messages {
    /// Builds one bundle per language from its layers, lowest first (theme, then site). A later
    /// layer overrides an earlier one key by key. Syntax errors are reported with their position.
    pub fn new(
        default_language: &str,
        layers: BTreeMap<String, Vec<FtlSource>>,
        diags: &mut Vec<Diagnostic>,
    ) -> Messages {
        let mut bundles = HashMap::new();
        let mut origins = HashMap::new();
        for (lang, sources) in layers {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Values placed into a message keep their own direction (a Korean name or a number
            // in Arabic text); render::isolation takes the marks out of attributes and titles,
            // and the search index is given text without them.
            bundle.set_use_isolating(true);
            let plurals = plurals::PluralCategories::new(&lang);
            for source in sources {
                let src = SourceText::new(&source.path, &source.text);
                let resource = match FluentResource::try_new(src.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                            diags
                                .push(src.error(at, format!("invalid Fluent message: {}", e.kind)));
                        }
                        r
                    }
                };
                plurals.check(&src, &resource, diags);
                if lang == default_language {
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            origins.insert(m.id.name.to_owned(), source.path.clone());
                        }
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(lang, bundle);
        }
        Messages {
            default_language: default_language.to_owned(),
            bundles,
            fallbacks: Mutex::default(),
            missing: Mutex::default(),
            origins,
        }
    }

    /// Formats message `key` in `lang`, falling back to the default language. `None` when the
    /// default language lacks it too (recorded, reported by [`Messages::diagnostics`]).
    pub fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        if let Some(text) = self.format(lang, key, args) {
            return Some(text);
        }
        // A pseudo-locale without messages of its own shows the default language's, changed.
        if let Some(kind) = pseudo::of(lang)
            && !self.bundles.contains_key(lang)
        {
            let text = self.get(&self.default_language, key, args)?;
            return Some(pseudo::transform(kind, &text));
        }
        if let Some(text) = self.format(&self.default_language, key, args) {
            self.fallbacks
                .lock()
                .expect("not poisoned")
                .insert((lang.to_owned(), key.to_owned()));
            return Some(text);
        }
        self.missing
            .lock()
            .expect("not poisoned")
            .insert(key.to_owned());
        None
    }

    /// Whether `lang`'s own bundle (not a fallback) defines `key`.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some(text)
    }

    /// Fallbacks as warnings and keys missing everywhere as errors, once each.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for key in self.missing.lock().expect("not poisoned").iter() {
            out.push(
                Diagnostic::error(
                    format!("locales/{}", self.default_language),
                    None,
                    format!("message `{key}` is used by the theme but defined in no locale file"),
                )
                .with_hint(format!(
                    "add `{key} = ...` to locales/{}/site.ftl",
                    self.default_language
                )),
            );
        }
        for (lang, key) in self.fallbacks.lock().expect("not poisoned").iter() {
            out.push(
                Diagnostic::warning(
                    format!("locales/{lang}"),
                    None,
                    match self.origins.get(key) {
                        Some(path) => format!(
                            "message `{key}` is missing in `{lang}`; the {} text from {} is shown",
                            self.default_language,
                            path.display()
                        ),
                        None => format!(
                            "message `{key}` is missing in `{lang}`; the {} text is shown",
                            self.default_language
                        ),
                    },
                )
                .with_hint(format!("add `{key} = ...` to locales/{lang}/*.ftl")),
            );
        }
        out
    }
}

/// Converts template arguments to Fluent arguments: numbers stay numbers so that plural
/// selection works.
pub fn fluent_args<'a>(
    args: impl IntoIterator<Item = (&'a str, &'a serde_json::Value)>,
) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (name, value) in args {
        let v = match value {
            serde_json::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => FluentValue::from(s.as_str()),
            serde_json::Value::Bool(b) => FluentValue::from(if *b { "true" } else { "false" }),
            other => FluentValue::from(other.to_string()),
        };
        out.set(name, v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages() -> Messages {
        let mut layers = BTreeMap::new();
        let ftl = |path: &str, text: &str| FtlSource {
            path: path.into(),
            text: text.into(),
        };
        layers.insert(
            "en".to_owned(),
            vec![
                ftl("theme/en.ftl", "hello = Hello\nitems = { $count ->\n  [one] one item\n *[other] { $count } items\n}\nonly-en = English only\n"),
                ftl("locales/en/site.ftl", "hello = Hi\n"),
            ],
        );
        layers.insert("ru".to_owned(), vec![ftl("theme/ru.ftl", "items = { $count ->\n [one] { $count } пункт\n [few] { $count } пункта\n [many] { $count } пунктов\n *[other] { $count } пункта\n}\n")]);
        let mut diags = Vec::new();
        let m = Messages::new("en", layers, &mut diags);
        assert!(diags.is_empty());
        m
    }

    #[test]
    fn site_layer_overrides_theme() {
        assert_eq!(messages().get("en", "hello", None).unwrap(), "Hi");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let m = messages();
        let n = |count: f64| {
            let mut a = FluentArgs::new();
            a.set("count", count);
            m.get("ru", "items", Some(&a)).unwrap()
        };
        // Values come isolated (FSI … PDI) so that they keep their direction in any text.
        assert_eq!(n(1.0), "\u{2068}1\u{2069} пункт");
        assert_eq!(n(3.0), "\u{2068}3\u{2069} пункта");
        assert_eq!(n(5.0), "\u{2068}5\u{2069} пунктов");
        let mut a = FluentArgs::new();
        a.set("count", 1);
        assert_eq!(m.get("en", "items", Some(&a)).unwrap(), "one item");
    }

    #[test]
    fn missing_key_falls_back_and_is_reported() {
        let m = messages();
        assert_eq!(m.get("ru", "only-en", None).unwrap(), "English only");
        assert_eq!(m.get("en", "nowhere", None), None);
        let d: Vec<String> = m.diagnostics().iter().map(ToString::to_string).collect();
        assert_eq!(d.len(), 2);
        assert!(d[0].contains("error: message `nowhere`"), "{d:?}");
        assert!(
            d[1].contains(
                "warning: message `only-en` is missing in `ru`; the en text from theme/en.ftl is shown"
            ),
            "{d:?}"
        );
    }

    #[test]
    fn syntax_errors_are_located() {
        let mut layers = BTreeMap::new();
        layers.insert(
            "en".to_owned(),
            vec![FtlSource {
                path: "locales/en/site.ftl".into(),
                text: "ok = fine\nbad = { \n".into(),
            }],
        );
        let mut diags = Vec::new();
        Messages::new("en", layers, &mut diags);
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0].to_string().starts_with("locales/en/site.ftl:2:"),
            "{}",
            diags[0]
        );
    }
}
