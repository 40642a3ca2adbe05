//! The status-changes log: suspensions and revocations, kept after a record leaves the export.
//!
//! An export only says what is true on its date; a patient who was treated at a clinic that
//! lost its designation last year needs to find that out even after the ministry drops the
//! clinic from the list. So the site keeps `institution-changes.yaml` beside the export, a log
//! editors append to, and the build merges it with the export's own suspended and revoked
//! records: a change in both is listed once, with the export's current names.
//!
//! ```yaml
//! changes:
//!   - id: "RMI-2022-0004"          # the designation number
//!     name: { ko: "...", en: "..." }
//!     region: daegu                # optional
//!     status: suspended            # suspended | revoked
//!     on: 2025-11-14               # the date of the change
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use marked_yaml::{LoaderOptions, Node, Spanned};
use serde::Deserialize;

use super::raw::{check_keys, date, deserialize, one_of};
use super::{Export, REGIONS, Status, slug};
use crate::content::frontmatter::{YamlLocator, load_error, yaml_view};
use crate::diagnostics::{Diagnostic, SourceText};

/// The log's file name, beside the export.
pub const FILE_NAME: &str = "institution-changes.yaml";

const RECORD_KEYS: [&str; 5] = ["id", "name", "region", "status", "on"];
const CHANGE_STATUSES: [&str; 2] = ["suspended", "revoked"];

/// One suspension or revocation, from the export, the log or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub id: String,
    pub slug: String,
    /// Names by language; `ko` is always present.
    pub name: BTreeMap<String, String>,
    pub region: Option<&'static str>,
    pub status: Status,
    pub on: Date,
    /// The institution's status in the current export; `None` when it is no longer listed.
    pub now: Option<Status>,
}

#[derive(Deserialize)]
struct RawChange {
    id: Option<Spanned<String>>,
    name: Option<Spanned<BTreeMap<String, String>>>,
    region: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    on: Option<Spanned<String>>,
}

/// Reads the log beside the export at `export_path` (shown in messages under the folder of
/// `shown`); a missing log is an empty one.
pub fn load(export_path: &Path, shown: &Path, diags: &mut Vec<Diagnostic>) -> Vec<StatusChange> {
    let name = Path::new(FILE_NAME);
    let path = export_path.with_file_name(name);
    let shown = shown.with_file_name(name);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            diags.push(Diagnostic::error(
                &shown,
                None,
                format!("cannot read the status-changes log: {e}"),
            ));
            return Vec::new();
        }
    };
    parse(&SourceText::new(&shown, &text), diags)
}

/// Parses and validates the text of a log; every bad record is reported, the good ones kept.
pub fn parse(src: &SourceText, diags: &mut Vec<Diagnostic>) -> Vec<StatusChange> {
    let before = diags.len();
    let loc = YamlLocator { src, first_line: 1 };
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let text = yaml_view(&src.text);
    let mut out = Vec::new();
    match marked_yaml::parse_yaml_with_options(0, &text, options) {
        Err(e) => diags.push(load_error(&loc, &e)),
        Ok(node) => {
            let map = node.as_mapping().expect("the loader asked for a mapping");
            check_keys(&loc, map, &["changes"], "the status-changes log", diags);
            match map.get_node("changes") {
                Some(Node::Sequence(records)) => {
                    for (i, record) in records.iter().enumerate() {
                        out.extend(record_of(&loc, record, i, diags));
                    }
                }
                Some(other) => diags.push(loc.error(
                    loc.marker(other.span().start()),
                    "`changes` must be a list of records",
                )),
                None => {}
            }
        }
    }
    crate::diagnostics::attach_source(&mut diags[before..], src);
    out
}

fn record_of(
    loc: &YamlLocator,
    node: &Node,
    index: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<StatusChange> {
    let first_key = node
        .as_mapping()
        .and_then(|m| m.keys().next())
        .and_then(|k| k.span().start());
    let at_record = loc.marker(first_key.or(node.span().start()));
    let label = format!("change #{}", index + 1);
    let Some(map) = node.as_mapping() else {
        diags.push(loc.error(
            at_record,
            format!("{label} must be a record of `key: value` lines"),
        ));
        return None;
    };
    if !check_keys(loc, map, &RECORD_KEYS, &label, diags) {
        return None;
    }
    let raw: RawChange = deserialize(loc, node, diags)?;
    let before = diags.len();
    for (field, present) in [
        ("id", raw.id.is_some()),
        ("name", raw.name.is_some()),
        ("status", raw.status.is_some()),
        ("on", raw.on.is_some()),
    ] {
        if !present {
            diags.push(loc.error(
                at_record,
                format!("{label}: missing required field `{field}`"),
            ));
        }
    }
    if let Some(name) = &raw.name
        && name.get("ko").is_none_or(|n| n.trim().is_empty())
    {
        diags.push(loc.error(
            loc.at(name),
            format!("{label}: `name` needs a Korean name under `ko`"),
        ));
    }
    let region = raw
        .region
        .as_ref()
        .and_then(|r| one_of(loc, r, "region", &REGIONS, diags));
    let status = raw
        .status
        .as_ref()
        .and_then(|s| one_of(loc, s, "status", &CHANGE_STATUSES, diags));
    let on = raw.on.as_ref().and_then(|d| date(loc, d, "on", diags));
    if diags[before..]
        .iter()
        .any(|d| d.severity == crate::diagnostics::Severity::Error)
    {
        return None;
    }
    let id = raw.id?.trim().to_owned();
    Some(StatusChange {
        slug: slug(&id),
        id,
        name: raw
            .name?
            .iter()
            .map(|(k, v)| (k.clone(), v.trim().to_owned()))
            .collect(),
        region: raw.region.as_ref().and(region),
        status: if status? == "suspended" {
            Status::Suspended
        } else {
            Status::Revoked
        },
        on: on?,
        now: None,
    })
}

/// Every suspension and revocation: the export's own, then the log's that the export does not
/// already show, newest first. A logged change of an institution still in the export takes its
/// current names and says what its status is now.
pub fn merge(export: &Export, log: &[StatusChange]) -> Vec<StatusChange> {
    let mut out: Vec<StatusChange> = export
        .institutions
        .iter()
        .filter(|i| i.status != Status::Active)
        .filter_map(|i| {
            Some(StatusChange {
                id: i.id.clone(),
                slug: i.slug.clone(),
                name: i.name.clone(),
                region: Some(i.region),
                status: i.status,
                on: i.status_changed_on?,
                now: Some(i.status),
            })
        })
        .collect();
    for change in log {
        let same =
            |c: &StatusChange| c.id == change.id && c.status == change.status && c.on == change.on;
        if out.iter().any(same) {
            continue;
        }
        let mut change = change.clone();
        if let Some(current) = export.institutions.iter().find(|i| i.id == change.id) {
            change.name = current.name.clone();
            change.region = Some(current.region);
            change.now = Some(current.status);
        }
        out.push(change);
    }
    out.sort_by(|a, b| b.on.cmp(&a.on).then_with(|| a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(text: &str) -> (Vec<StatusChange>, Vec<String>) {
        let mut diags = Vec::new();
        let src = SourceText::new(Path::new("content/institution-changes.yaml"), text);
        let changes = parse(&src, &mut diags);
        (changes, diags.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn a_valid_record_is_read() {
        let (changes, diags) = log(
            "changes:\n  - id: \"RMI-1\"\n    name: { ko: \"가\", en: \"Ga\" }\n    region: busan\n    status: revoked\n    on: 2024-05-01\n",
        );
        assert_eq!(diags, Vec::<String>::new());
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].status, Status::Revoked);
        assert_eq!(changes[0].region, Some("busan"));
        assert_eq!(changes[0].on.to_string(), "2024-05-01");
    }

    #[test]
    fn a_bad_record_does_not_hide_the_next_one() {
        let (changes, diags) = log(
            "changes:\n  - id: \"RMI-1\"\n    name: { ko: \"가\" }\n    status: active\n    on: 2024-05-01\n  - id: \"RMI-2\"\n    name: { ko: \"나\" }\n    status: suspended\n    on: 2024-06-01\n",
        );
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].id, "RMI-2");
        assert_eq!(
            diags,
            [
                "content/institution-changes.yaml:4:13: error: `status`: unknown value `active`; expected one of: suspended, revoked"
            ]
        );
    }
}
