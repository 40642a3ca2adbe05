//! The designated-institutions export: untrusted YAML read into validated [`Institution`]s.
//!
//! Every record is checked on its own, so one export with ten mistakes gets ten messages, each
//! at the line and column of the offending value and naming the field.

pub mod changes;
pub mod downloads;
mod raw;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use jiff::civil::Date;

use crate::content::TierLevel;
use crate::diagnostics::{Diagnostic, Position, SourceText};

/// Province-level regions of Korea, the only region keys an export may use.
pub const REGIONS: [&str; 17] = [
    "seoul",
    "busan",
    "daegu",
    "incheon",
    "gwangju",
    "daejeon",
    "ulsan",
    "sejong",
    "gyeonggi",
    "gangwon",
    "chungbuk",
    "chungnam",
    "jeonbuk",
    "jeonnam",
    "gyeongbuk",
    "gyeongnam",
    "jeju",
];
pub const KINDS: [&str; 2] = [
    "regenerative-medical-institution",
    "cell-processing-establishment",
];
pub const TIERS: [&str; 2] = ["institution", "center"];
pub const STATUSES: [&str; 3] = ["active", "suspended", "revoked"];
pub const FIELDS: [&str; 4] = [
    "cell-therapy",
    "gene-therapy",
    "tissue-engineering",
    "convergence",
];

/// Days after which an export is called out of date on every page that shows it.
pub const STALE_AFTER_DAYS: i32 = 180;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Active,
    Suspended,
    Revoked,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Revoked => "revoked",
        }
    }
}

/// One validated record of the export.
#[derive(Debug, Clone)]
pub struct Institution {
    pub id: String,
    /// The id made safe for a file name.
    pub slug: String,
    /// Names by language; `ko` is always present.
    pub name: BTreeMap<String, String>,
    pub kind: &'static str,
    pub tier: Option<&'static str>,
    pub region: &'static str,
    pub district: Option<String>,
    pub address: BTreeMap<String, String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub designated_on: Date,
    pub status: Status,
    pub status_changed_on: Option<Date>,
    pub fields: Vec<&'static str>,
    pub risk_levels: Vec<TierLevel>,
    pub languages: Vec<String>,
    pub international_patients: bool,
}

impl Institution {
    /// The name in `lang`, else English, else Korean.
    pub fn name_in(&self, lang: &str) -> &str {
        self.name
            .get(lang)
            .or_else(|| self.name.get("en"))
            .unwrap_or(&self.name["ko"])
    }
}

/// The whole export.
#[derive(Debug, Clone)]
pub struct Export {
    pub exported_at: Date,
    pub source: Option<String>,
    pub sample: bool,
    /// In file order.
    pub institutions: Vec<Institution>,
    /// Every suspension and revocation, the export's and the status-changes log's, newest
    /// first (see [`changes`]); empty until [`Export::load_with_changes`] fills it.
    pub changes: Vec<changes::StatusChange>,
}

impl Export {
    /// Reads the export at `path` (shown in messages as `shown`).
    pub fn load(path: &Path, shown: &Path, diags: &mut Vec<Diagnostic>) -> Option<Export> {
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let good = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
                    diags.push(
                        SourceText::new(shown, &good)
                            .error(at, "the export is not valid UTF-8 text"),
                    );
                    return None;
                }
            },
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        shown,
                        None,
                        format!("cannot read the institutions export: {e}"),
                    )
                    .with_hint("site.toml's `institutions` names this file"),
                );
                return None;
            }
        };
        Export::parse(&SourceText::new(shown, &text), diags)
    }

    /// Reads the export at `path` and the status-changes log beside it, merged into
    /// [`Export::changes`].
    pub fn load_with_changes(
        path: &Path,
        shown: &Path,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Export> {
        let log = changes::load(path, shown, diags);
        let mut export = Export::load(path, shown, diags)?;
        export.changes = changes::merge(&export, &log);
        Some(export)
    }

    /// Parses and validates the text of an export.
    pub fn parse(src: &SourceText, diags: &mut Vec<Diagnostic>) -> Option<Export> {
        let before = diags.len();
        let export = raw::parse(src, diags)?;
        let mut seen: HashMap<String, Option<Position>> = HashMap::new();
        let mut slugs: HashMap<String, String> = HashMap::new();
        for (id, at) in &export.ids {
            if let Some(first) = seen.insert(id.clone(), *at) {
                let first = first
                    .map(|p| format!("{}:{}:{}", src.path.display(), p.line, p.column))
                    .unwrap_or_default();
                diags.push(
                    Diagnostic::error(&src.path, *at, format!("duplicate id `{id}`"))
                        .with_hint(format!("the same id is first used at {first}")),
                );
            } else if let Some(other) = slugs.insert(slug(id), id.clone()) {
                diags.push(Diagnostic::error(
                    &src.path,
                    *at,
                    format!("ids `{other}` and `{id}` differ only in case or punctuation, so their pages would share a file name"),
                ));
            }
        }
        crate::diagnostics::attach_source(&mut diags[before..], src);
        if diags[before..]
            .iter()
            .any(|d| d.severity == crate::diagnostics::Severity::Error)
        {
            return None;
        }
        Some(Export {
            exported_at: export.exported_at,
            source: export.source,
            sample: export.sample,
            institutions: export.institutions,
            changes: Vec::new(),
        })
    }

    /// Age of the export in days on `today`.
    pub fn age_days(&self, today: Date) -> i32 {
        (today - self.exported_at).get_days()
    }
}

/// The id made safe for a file name: lowercase ASCII letters, digits and `-`.
pub fn slug(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_owned();
    if s.is_empty() {
        "institution".into()
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
