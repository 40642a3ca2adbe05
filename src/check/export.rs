//! The institutions export as an editor pastes it in each quarter: its age, and what changed
//! since the previous export (records added or removed, and status changes), for a person to
//! review before publishing. The records themselves (phones in international form, websites on
//! https, enum values, dates) are checked where the export is read, in `institutions`.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::institutions::{Export, Institution, STALE_AFTER_DAYS, Status};

/// An export older than [`STALE_AFTER_DAYS`] is shown as out of date on every page with the
/// list; `check` says so, at its `exported_at`, so that the editor fetches a new one.
pub fn age(export: &Export, root: &Path, shown: &Path, today: Date, diags: &mut Vec<Diagnostic>) {
    let days = export.age_days(today);
    if days <= STALE_AFTER_DAYS {
        return;
    }
    let message = format!(
        "the export is {days} days old (exported {}); pages that show the list call it out of date after {STALE_AFTER_DAYS} days",
        export.exported_at
    );
    let hint = "paste in a new export and set `exported_at` to its date";
    // Point at `exported_at:` when the file can still be read as it was.
    let text = std::fs::read_to_string(root.join(shown)).unwrap_or_default();
    let src = SourceText::new(shown, &text);
    let at = src
        .text
        .match_indices("exported_at:")
        .find(|(i, _)| *i == 0 || src.text.as_bytes()[i - 1] == b'\n')
        .map(|(i, _)| i + "exported_at:".len() + 1);
    diags.push(match at {
        Some(at) => src.warning(at, message).with_hint(hint),
        None => Diagnostic::warning(shown, None, message).with_hint(hint),
    });
}

/// How one institution differs from the previous export.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub id: String,
    /// The English name, else the Korean one.
    pub name: String,
    /// The status in the previous export; `None` for a record that is new.
    pub from: Option<&'static str>,
    /// The status now; `None` for a record no longer in the export.
    pub to: Option<&'static str>,
    /// `status_changed_on` of the current record (YYYY-MM-DD), when it has one.
    pub on: Option<String>,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}  {}: ", self.id, self.name)?;
        match (self.from, self.to) {
            (Some(a), Some(b)) => write!(f, "{a} → {b}")?,
            (None, Some(b)) => write!(f, "new ({b})")?,
            (Some(a), None) => write!(f, "no longer in the export (was {a})")?,
            (None, None) => {}
        }
        if let Some(on) = &self.on {
            write!(f, " on {on}")?;
        }
        Ok(())
    }
}

/// The records whose status changed between `previous` and `current`, those added and those
/// removed, in the order of their ids.
pub fn changes(previous: &Export, current: &Export) -> Vec<Change> {
    let before: BTreeMap<&str, &Institution> = previous
        .institutions
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let now: BTreeMap<&str, &Institution> = current
        .institutions
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let mut ids: Vec<&str> = before.keys().chain(now.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| {
            let (old, new) = (before.get(id), now.get(id));
            let from = old.map(|i| i.status.key());
            let to = new.map(|i| i.status.key());
            if from == to {
                return None;
            }
            let shown = new.or(old).expect("the id comes from one of the two");
            Some(Change {
                id: id.to_owned(),
                name: shown.name_in("en").to_owned(),
                from,
                to,
                on: new.and_then(|i| i.status_changed_on).map(|d| d.to_string()),
            })
        })
        .collect()
}

/// Every suspension or revocation of the previous export that the status-changes page would
/// no longer list: its record left the export (or changed status again), and
/// `institution-changes.yaml` does not keep it. A warning at the log, with the line to add.
pub fn unlogged(previous: &Export, current: &Export, log: &Path, diags: &mut Vec<Diagnostic>) {
    for old in &previous.institutions {
        let Some(on) = old
            .status_changed_on
            .filter(|_| old.status != Status::Active)
        else {
            continue;
        };
        let kept = current
            .changes
            .iter()
            .any(|c| c.id == old.id && c.status == old.status && c.on == on);
        if kept {
            continue;
        }
        let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
        let names: Vec<String> = old
            .name
            .iter()
            .map(|(lang, name)| format!("{lang}: {}", quoted(name)))
            .collect();
        let status = old.status.key();
        diags.push(
            Diagnostic::warning(
                log,
                None,
                format!(
                    "`{}` was {status} on {on} in the previous export, which the status-changes page will no longer list: the current export does not show it and the log does not keep it",
                    old.id
                ),
            )
            .with_hint(format!(
                "add under `changes:` `- {{ id: {}, name: {{ {} }}, region: {}, status: {status}, on: {on} }}`",
                quoted(&old.id),
                names.join(", "),
                old.region
            )),
        );
    }
}

/// Reads the previous export named on the command line (errors in it are reported against it).
pub fn load_previous(path: &Path, diags: &mut Vec<Diagnostic>) -> Option<Export> {
    Export::load(path, path, diags)
}
