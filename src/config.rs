//! `site.toml`: the site's configuration, parsed strictly (unknown keys are errors) and validated.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, Position, SourceText, closest};

/// The file as written; every key the SPEC knows and no other.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Option<String>,
    default_language: String,
    languages: Vec<String>,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_output")]
    output_dir: String,
    #[serde(default = "default_institutions")]
    institutions: String,
    search_part_bytes: Option<usize>,
    search_key_groups: Option<u32>,
    search_single_bytes: Option<usize>,
}

fn default_theme() -> String {
    "default".into()
}
fn default_output() -> String {
    "public".into()
}
fn default_institutions() -> String {
    "content/institutions.yaml".into()
}

const KNOWN_KEYS: [&str; 9] = [
    "base_url",
    "default_language",
    "languages",
    "theme",
    "output_dir",
    "institutions",
    "search_part_bytes",
    "search_key_groups",
    "search_single_bytes",
];

/// More group files than this would be more files than most sites have parts.
const MAX_KEY_GROUPS: u32 = 4096;

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Canonical base URL, always ending in `/`, when the site has one.
    pub base_url: Option<String>,
    pub default_language: String,
    /// The languages in the order the site lists them; the default language is among them.
    pub languages: Vec<String>,
    pub theme: String,
    pub output_dir: PathBuf,
    pub institutions: PathBuf,
    /// The size a part of a browser search index aims at (see `search::export`).
    pub search_part_bytes: usize,
    /// Files the part keys of a split search index are grouped into, 0 for none; unset, each
    /// language's size decides (see `search::export::key_groups`).
    pub search_key_groups: Option<u32>,
    /// A browser search index of at most this many bytes is one script (see
    /// `search::export::DEFAULT_SINGLE_BYTES`); 0 splits every index larger than a part.
    pub search_single_bytes: usize,
}

impl Config {
    /// Reads and parses `site.toml` in `root`.
    pub fn from_root(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let path = root.join("site.toml");
        let raw = std::fs::read_to_string(&path).map_err(|e| {
            vec![
                Diagnostic::error(
                    "site.toml",
                    None,
                    format!("cannot read the site configuration: {e}"),
                )
                .with_hint("run armguide in the site's folder or pass --root DIR"),
            ]
        })?;
        Config::parse(&SourceText::new("site.toml", &raw))
    }

    /// Parses the text of `site.toml`.
    pub fn parse(src: &SourceText) -> Result<Config, Vec<Diagnostic>> {
        let raw: RawConfig =
            toml::from_str(&src.text).map_err(|e| vec![toml_error(src, &e).with_source(src)])?;
        let mut errors = Vec::new();
        let at = |key: &str| key_position(src, key);

        let mut languages = Vec::new();
        for lang in &raw.languages {
            match lang.parse::<LanguageIdentifier>() {
                Ok(id) if id.to_string() == *lang => languages.push(lang.clone()),
                Ok(id) => errors.push(
                    Diagnostic::error(
                        &src.path,
                        at("languages"),
                        format!("language tag `{lang}` is not in canonical form"),
                    )
                    .with_hint(format!("write `{id}`")),
                ),
                Err(_) => errors.push(Diagnostic::error(
                    &src.path,
                    at("languages"),
                    format!("`{lang}` is not a BCP 47 language tag"),
                )),
            }
        }
        if languages.is_empty() && errors.is_empty() {
            errors.push(Diagnostic::error(
                &src.path,
                at("languages"),
                "`languages` lists no language",
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for lang in &languages {
            if !seen.insert(lang) {
                errors.push(Diagnostic::error(
                    &src.path,
                    at("languages"),
                    format!("language `{lang}` is listed twice"),
                ));
            }
        }
        if !raw.languages.contains(&raw.default_language) {
            errors.push(Diagnostic::error(
                &src.path,
                at("default_language"),
                format!(
                    "default_language `{}` is not one of `languages`",
                    raw.default_language
                ),
            ));
        }
        let base_url = match raw.base_url {
            Some(url) if !(url.starts_with("https://") || url.starts_with("http://")) => {
                errors.push(Diagnostic::error(
                    &src.path,
                    at("base_url"),
                    format!("base_url `{url}` must start with https:// or http://"),
                ));
                None
            }
            Some(url) if url.ends_with('/') => Some(url),
            Some(url) => Some(format!("{url}/")),
            None => None,
        };
        for (key, value) in [
            ("output_dir", &raw.output_dir),
            ("institutions", &raw.institutions),
        ] {
            if Path::new(value).is_absolute()
                || Path::new(value)
                    .components()
                    .any(|c| c == std::path::Component::ParentDir)
            {
                errors.push(Diagnostic::error(
                    &src.path,
                    at(key),
                    format!("{key} `{value}` must be a path inside the site folder"),
                ));
            }
        }
        // The theme is a folder name under themes/, never a path that could lead elsewhere.
        if raw.theme.is_empty()
            || raw.theme.contains(['/', '\\'])
            || raw.theme == "."
            || raw.theme == ".."
        {
            errors.push(
                Diagnostic::error(
                    &src.path,
                    at("theme"),
                    format!(
                        "theme `{}` must be the name of a folder under themes/",
                        raw.theme
                    ),
                )
                .with_hint("for themes/my-theme/, write `theme = \"my-theme\"`"),
            );
        }
        if raw.output_dir.trim_matches('/').is_empty() || raw.output_dir == "." {
            errors.push(Diagnostic::error(
                &src.path,
                at("output_dir"),
                "output_dir cannot be the site folder itself",
            ));
        }
        let search_part_bytes = raw
            .search_part_bytes
            .unwrap_or(crate::search::export::DEFAULT_PART_BYTES);
        if search_part_bytes < 1024 {
            errors.push(Diagnostic::error(
                &src.path,
                at("search_part_bytes"),
                format!("search_part_bytes `{search_part_bytes}` is too small: give at least 1024"),
            ));
        }
        if let Some(groups) = raw.search_key_groups
            && groups > MAX_KEY_GROUPS
        {
            errors.push(Diagnostic::error(
                &src.path,
                at("search_key_groups"),
                format!("search_key_groups `{groups}` is too many: give at most {MAX_KEY_GROUPS}"),
            ));
        }
        if !errors.is_empty() {
            crate::diagnostics::attach_source(&mut errors, src);
            return Err(errors);
        }
        Ok(Config {
            base_url,
            default_language: raw.default_language,
            languages,
            theme: raw.theme,
            output_dir: PathBuf::from(raw.output_dir),
            institutions: PathBuf::from(raw.institutions),
            search_part_bytes,
            search_key_groups: raw.search_key_groups,
            search_single_bytes: raw
                .search_single_bytes
                .unwrap_or(crate::search::export::DEFAULT_SINGLE_BYTES),
        })
    }
}

/// Position of the line that sets `key`, for messages about its value.
fn key_position(src: &SourceText, key: &str) -> Option<Position> {
    let mut offset = 0;
    for line in src.text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with(key) && trimmed[key.len()..].trim_start().starts_with('=') {
            return Some(src.position(offset + (line.len() - trimmed.len())));
        }
        offset += line.len();
    }
    None
}

fn toml_error(src: &SourceText, e: &toml::de::Error) -> Diagnostic {
    let position = e.span().map(|s| src.position(s.start));
    let message = e.message().to_owned();
    let mut d = Diagnostic::error(&src.path, position, message.clone());
    // toml names the unknown field in its message; turn that into a hint at the closest key.
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some(name) = rest.split('`').next()
    {
        d.message = format!("unknown key `{name}` in site.toml");
        if let Some(near) = closest(name, KNOWN_KEYS) {
            d = d.with_hint(format!("did you mean `{near}`?"));
        } else {
            d = d.with_hint(format!("the keys are: {}", KNOWN_KEYS.join(", ")));
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        Config::parse(&SourceText::new("site.toml", text))
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let c = parse("default_language = \"en\"\nlanguages = [\"en\", \"ko\"]\n").unwrap();
        assert_eq!(c.output_dir, PathBuf::from("public"));
        assert_eq!(c.institutions, PathBuf::from("content/institutions.yaml"));
        assert_eq!(c.base_url, None);
    }

    #[test]
    fn unknown_key_is_named_with_its_line() {
        let errs =
            parse("default_language = \"en\"\nlanguages = [\"en\"]\nthem = \"x\"\n").unwrap_err();
        let msg = errs[0].to_string();
        assert!(
            msg.starts_with("site.toml:3:1: error: unknown key `them`"),
            "{msg}"
        );
        assert!(msg.contains("did you mean `theme`?"), "{msg}");
    }

    #[test]
    fn default_language_must_be_listed() {
        let errs = parse("default_language = \"fr\"\nlanguages = [\"en\"]\n").unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "site.toml:1:1: error: default_language `fr` is not one of `languages`"
        );
    }

    #[test]
    fn search_key_groups_are_left_to_the_build_unless_set_and_at_most_4096() {
        let base = "default_language = \"en\"\nlanguages = [\"en\"]\n";
        assert_eq!(parse(base).unwrap().search_key_groups, None);
        let set = parse(&format!("{base}search_key_groups = 0\n")).unwrap();
        assert_eq!(set.search_key_groups, Some(0));
        let errs = parse(&format!("{base}search_key_groups = 5000\n")).unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "site.toml:3:1: error: search_key_groups `5000` is too many: give at most 4096"
        );
    }

    #[test]
    fn an_index_is_one_script_up_to_512_kib_unless_set() {
        let base = "default_language = \"en\"\nlanguages = [\"en\"]\n";
        assert_eq!(parse(base).unwrap().search_single_bytes, 512 * 1024);
        let set = parse(&format!("{base}search_single_bytes = 0\n")).unwrap();
        assert_eq!(set.search_single_bytes, 0);
    }

    #[test]
    fn base_url_gets_a_trailing_slash() {
        let c = parse(
            "base_url = \"https://x.org/guide\"\ndefault_language = \"en\"\nlanguages = [\"en\"]\n",
        )
        .unwrap();
        assert_eq!(c.base_url.as_deref(), Some("https://x.org/guide/"));
    }

    #[test]
    fn output_outside_the_root_is_refused() {
        let errs =
            parse("default_language = \"en\"\nlanguages = [\"en\"]\noutput_dir = \"../x\"\n")
                .unwrap_err();
        assert!(errs[0].message.contains("inside the site folder"));
    }
}
