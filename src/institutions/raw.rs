//! The export as written: YAML nodes checked key by key and turned into validated records.

use std::collections::BTreeMap;

use jiff::civil::Date;
use marked_yaml::{LoaderOptions, Node, Spanned};
use serde::Deserialize;

use super::{FIELDS, Institution, KINDS, REGIONS, STATUSES, Status, TIERS, slug};
use crate::content::TierLevel;
use crate::content::frontmatter::{YamlLocator, load_error};
use crate::diagnostics::{Diagnostic, Position, SourceText, closest};

const TOP_KEYS: [&str; 4] = ["exported_at", "source", "sample", "institutions"];
const RECORD_KEYS: [&str; 16] = [
    "id",
    "name",
    "kind",
    "tier",
    "region",
    "district",
    "address",
    "phone",
    "website",
    "designated_on",
    "status",
    "status_changed_on",
    "fields",
    "risk_levels",
    "languages",
    "international_patients",
];

#[derive(Deserialize)]
struct RawTop {
    exported_at: Option<Spanned<String>>,
    source: Option<String>,
    sample: Option<bool>,
}

#[derive(Deserialize)]
struct RawRecord {
    id: Option<Spanned<String>>,
    name: Option<Spanned<BTreeMap<String, String>>>,
    kind: Option<Spanned<String>>,
    tier: Option<Spanned<String>>,
    region: Option<Spanned<String>>,
    district: Option<String>,
    address: Option<BTreeMap<String, String>>,
    phone: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
    designated_on: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    status_changed_on: Option<Spanned<String>>,
    fields: Option<Vec<Spanned<String>>>,
    risk_levels: Option<Vec<Spanned<String>>>,
    languages: Option<Vec<Spanned<String>>>,
    international_patients: Option<bool>,
}

pub(super) struct Parsed {
    pub exported_at: Date,
    pub source: Option<String>,
    pub sample: bool,
    pub institutions: Vec<Institution>,
    /// The id of every record that has one, valid or not, with where it is written: a
    /// duplicate is worth reporting even when the other copy has mistakes of its own.
    pub ids: Vec<(String, Option<Position>)>,
}

pub(super) fn parse(src: &SourceText, diags: &mut Vec<Diagnostic>) -> Option<Parsed> {
    let loc = YamlLocator { src, first_line: 1 };
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .toplevel_mapping();
    let text = crate::content::frontmatter::yaml_view(&src.text);
    let node = match marked_yaml::parse_yaml_with_options(0, &text, options) {
        Ok(node) => node,
        Err(e) => {
            diags.push(load_error(&loc, &e));
            return None;
        }
    };
    let map = node.as_mapping()?;
    check_keys(&loc, map, &TOP_KEYS, "the export", diags);
    let top: RawTop = deserialize(&loc, &node, diags)?;
    let start = Some(Position { line: 1, column: 1 });
    let exported_at = match &top.exported_at {
        Some(d) => date(&loc, d, "exported_at", diags),
        None => {
            diags.push(loc.error(
                start,
                "missing required key `exported_at` (the date the list was exported)",
            ));
            None
        }
    };
    let mut institutions = Vec::new();
    let mut ids = Vec::new();
    match map.get_node("institutions") {
        Some(Node::Sequence(records)) => {
            for (i, record) in records.iter().enumerate() {
                let id = record.as_mapping().and_then(|m| m.get_scalar("id"));
                if let Some(id) = id {
                    ids.push((id.as_str().trim().to_owned(), loc.marker(id.span().start())));
                }
                institutions.extend(parse_record(&loc, record, i, exported_at, diags));
            }
        }
        Some(other) => diags.push(loc.error(
            loc.marker(other.span().start()),
            "`institutions` must be a list of records",
        )),
        None => diags.push(loc.error(start, "missing required key `institutions`")),
    }
    Some(Parsed {
        exported_at: exported_at?,
        source: top.source,
        sample: top.sample.unwrap_or(false),
        institutions,
        ids,
    })
}

pub(super) fn check_keys(
    loc: &YamlLocator,
    map: &marked_yaml::types::MarkedMappingNode,
    allowed: &[&str],
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let mut ok = true;
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            ok = false;
            let mut d = loc.error(
                loc.marker(key.span().start()),
                format!("unknown key `{}` in {what}", key.as_str()),
            );
            if let Some(near) = closest(key.as_str(), allowed.iter().copied()) {
                d = d.with_hint(format!("did you mean `{near}`?"));
            }
            diags.push(d);
        }
    }
    ok
}

pub(super) fn deserialize<'de, T: Deserialize<'de>>(
    loc: &YamlLocator,
    node: &'de Node,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    match marked_yaml::from_node::<T>(node) {
        Ok(v) => Some(v),
        Err(e) => {
            let field = e.path().map(|p| format!("`{p}`: ")).unwrap_or_default();
            let message = e.to_string();
            let message = message
                .rsplit(": ")
                .next()
                .unwrap_or(&message)
                .replace("invalid type: ", "expected ");
            diags.push(loc.error(
                loc.marker(e.start_mark().as_ref()),
                format!("{field}{message}"),
            ));
            None
        }
    }
}

pub(super) fn date(
    loc: &YamlLocator,
    value: &Spanned<String>,
    field: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Date> {
    match value.as_str().parse::<Date>() {
        Ok(d) => Some(d),
        Err(_) => {
            diags.push(
                loc.error(
                    loc.at(value),
                    format!("`{field}`: `{}` is not a date", value.as_str()),
                )
                .with_hint("write it as YYYY-MM-DD"),
            );
            None
        }
    }
}

pub(super) fn one_of(
    loc: &YamlLocator,
    value: &Spanned<String>,
    field: &str,
    allowed: &[&'static str],
    diags: &mut Vec<Diagnostic>,
) -> Option<&'static str> {
    if let Some(v) = allowed.iter().find(|a| **a == value.as_str()) {
        return Some(v);
    }
    let mut d = loc.error(
        loc.at(value),
        format!(
            "`{field}`: unknown value `{}`; expected one of: {}",
            value.as_str(),
            allowed.join(", ")
        ),
    );
    if let Some(near) = closest(value.as_str(), allowed.iter().copied()) {
        d = d.with_hint(format!("did you mean `{near}`?"));
    }
    diags.push(d);
    None
}

fn parse_record(
    loc: &YamlLocator,
    node: &Node,
    index: usize,
    exported_at: Option<Date>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Institution> {
    // A mapping's own span starts at its first colon; its first key is where a reader looks.
    let first_key = node
        .as_mapping()
        .and_then(|m| m.keys().next())
        .and_then(|k| k.span().start());
    let at_record = loc.marker(first_key.or(node.span().start()));
    let Some(map) = node.as_mapping() else {
        diags.push(loc.error(
            at_record,
            format!(
                "institution #{} must be a record of `key: value` lines",
                index + 1
            ),
        ));
        return None;
    };
    if !check_keys(
        loc,
        map,
        &RECORD_KEYS,
        &format!("institution #{}", index + 1),
        diags,
    ) {
        return None;
    }
    let raw: RawRecord = deserialize(loc, node, diags)?;
    let before = diags.len();
    let label = raw.id.as_ref().map_or_else(
        || format!("institution #{}", index + 1),
        |id| format!("institution `{}`", id.as_str()),
    );
    let mut missing = |field: &str| {
        diags.push(loc.error(
            at_record,
            format!("{label}: missing required field `{field}`"),
        ))
    };

    let id = raw.id.as_ref().map(|i| i.trim().to_owned());
    if id.is_none() {
        missing("id");
    }
    let name = raw.name.as_ref();
    if name.is_none() {
        missing("name");
    }
    if raw.region.is_none() {
        missing("region");
    }
    if raw.designated_on.is_none() {
        missing("designated_on");
    }
    if raw.status.is_none() {
        missing("status");
    }
    if raw.kind.is_none() {
        missing("kind");
    }
    if let Some(name) = name
        && name.get("ko").is_none_or(|n| n.trim().is_empty())
    {
        diags.push(loc.error(
            loc.at(name),
            format!("{label}: `name` needs a Korean name under `ko`"),
        ));
    }
    if id.as_deref() == Some("") {
        diags.push(loc.error(raw.id.as_ref().and_then(|i| loc.at(i)), "`id` is empty"));
    }
    let kind = raw
        .kind
        .as_ref()
        .and_then(|k| one_of(loc, k, "kind", &KINDS, diags));
    let tier = raw
        .tier
        .as_ref()
        .and_then(|t| one_of(loc, t, "tier", &TIERS, diags));
    let region = raw
        .region
        .as_ref()
        .and_then(|r| one_of(loc, r, "region", &REGIONS, diags));
    let status = raw
        .status
        .as_ref()
        .and_then(|s| one_of(loc, s, "status", &STATUSES, diags))
        .map(|s| match s {
            "active" => Status::Active,
            "suspended" => Status::Suspended,
            _ => Status::Revoked,
        });
    let designated_on = raw
        .designated_on
        .as_ref()
        .and_then(|d| date(loc, d, "designated_on", diags));
    let status_changed_on = raw
        .status_changed_on
        .as_ref()
        .and_then(|d| date(loc, d, "status_changed_on", diags));
    if let (Some(s), None) = (status, &raw.status_changed_on)
        && s != Status::Active
    {
        let at = raw.status.as_ref().and_then(|s| loc.at(s));
        diags.push(
            loc.error(
                at,
                format!(
                    "{label}: status `{}` needs `status_changed_on`, the date of the change",
                    s.key()
                ),
            )
            .with_hint("add `status_changed_on: YYYY-MM-DD`"),
        );
    }
    if let (Some(d), Some(e)) = (designated_on, exported_at)
        && d > e
    {
        diags.push(loc.error(
            raw.designated_on.as_ref().and_then(|d| loc.at(d)),
            format!("{label}: designated on {d}, after the export date {e}"),
        ));
    }
    if let (Some(d), Some(c)) = (designated_on, status_changed_on)
        && c < d
    {
        diags.push(loc.error(
            raw.status_changed_on.as_ref().and_then(|d| loc.at(d)),
            format!("{label}: status changed on {c}, before it was designated ({d})"),
        ));
    }
    let fields: Vec<&'static str> = raw
        .fields
        .iter()
        .flatten()
        .filter_map(|f| one_of(loc, f, "fields", &FIELDS, diags))
        .collect();
    let tiers: Vec<&'static str> = TierLevel::ALL.iter().map(|(k, _)| *k).collect();
    let risk_levels: Vec<TierLevel> = raw
        .risk_levels
        .iter()
        .flatten()
        .filter_map(|r| one_of(loc, r, "risk_levels", &tiers, diags))
        .filter_map(|k| {
            TierLevel::ALL
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, t)| *t)
        })
        .collect();
    let mut languages = Vec::new();
    for l in raw.languages.iter().flatten() {
        match l.parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) => languages.push(id.to_string()),
            Err(_) => diags.push(
                loc.error(
                    loc.at(l),
                    format!("`languages`: `{}` is not a language tag", l.as_str()),
                )
                .with_hint("use tags such as en, zh-Hans, ja"),
            ),
        }
    }
    let phone = raw.phone.as_ref().map(|p| {
        let digits = p.chars().filter(char::is_ascii_digit).count();
        let shape = p.starts_with('+')
            && p[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == ' ');
        if !shape || !(7..=15).contains(&digits) {
            diags.push(
                loc.warning(
                    loc.at(p),
                    format!(
                        "{label}: phone `{}` is not in international form",
                        p.as_str()
                    ),
                )
                .with_hint("write it like +82-2-1234-5678"),
            );
        }
        p.trim().to_owned()
    });
    let website = raw.website.as_ref().and_then(|w| {
        if w.starts_with("https://") {
            Some(w.trim().to_owned())
        } else if w.starts_with("http://") {
            diags.push(
                loc.warning(
                    loc.at(w),
                    format!("{label}: website `{}` is not https", w.as_str()),
                )
                .with_hint("write https:// if the site answers there; browsers warn patients about http:// pages"),
            );
            Some(w.trim().to_owned())
        } else {
            diags.push(loc.error(
                loc.at(w),
                format!(
                    "{label}: website `{}` must be an https:// address",
                    w.as_str()
                ),
            ));
            None
        }
    });
    let errors = diags[before..]
        .iter()
        .any(|d| d.severity == crate::diagnostics::Severity::Error);
    if errors {
        return None;
    }
    let id = id?;
    Some(Institution {
        slug: slug(&id),
        id,
        name: name?
            .iter()
            .map(|(k, v)| (k.clone(), v.trim().to_owned()))
            .collect(),
        kind: kind?,
        tier,
        region: region?,
        district: raw.district,
        address: raw.address.unwrap_or_default(),
        phone,
        website,
        designated_on: designated_on?,
        status: status?,
        status_changed_on,
        fields,
        risk_levels,
        languages,
        international_patients: raw.international_patients.unwrap_or(false),
    })
}
