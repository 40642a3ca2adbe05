//! The directory as data files for reuse: CSV for spreadsheets and JSON for programs, one pair
//! per language.
//!
//! Both carry every record of the export in designation-number order, with stable keys (`status`,
//! `region`, `kind`, `fields`) beside their labels in the reader's language, so that a file
//! saved in Korean and one saved in English can be joined on the keys. Both say where the data
//! comes from and how old it is: the JSON in top-level fields, the CSV in an `exported_at` and
//! a `source` column on every row, since a comment line above the header would break the header
//! in every spreadsheet program, and a date in each row survives sorting, filtering and copying
//! rows into another sheet.

use serde::Serialize;

use super::{Export, Institution, Status};

/// What the files say in the reader's language: the label of a message key such as
/// `status-suspended` or `region-busan`.
pub type Labels<'a> = &'a dyn Fn(&str) -> String;

/// The CSV columns, in order; the file's header row.
pub const CSV_COLUMNS: [&str; 27] = [
    "id",
    "name",
    "name_ko",
    "name_en",
    "status",
    "status_label",
    "designated",
    "status_changed_on",
    "designated_on",
    "kind",
    "kind_label",
    "tier",
    "region",
    "region_label",
    "district",
    "address",
    "address_ko",
    "phone",
    "website",
    "fields",
    "fields_label",
    "risk_levels",
    "languages",
    "international_patients",
    "page_url",
    "exported_at",
    "source",
];

/// One record as both files show it.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    /// The name in the reader's language, else English, else Korean.
    name: &'a str,
    names: &'a std::collections::BTreeMap<String, String>,
    status: &'static str,
    status_label: String,
    /// `true` only for an institution whose designation is in force.
    designated: bool,
    status_changed_on: Option<String>,
    designated_on: String,
    kind: &'static str,
    kind_label: String,
    tier: Option<&'static str>,
    region: &'static str,
    region_label: String,
    district: Option<&'a str>,
    address: Option<&'a str>,
    addresses: &'a std::collections::BTreeMap<String, String>,
    phone: Option<&'a str>,
    website: Option<&'a str>,
    fields: &'a [&'static str],
    fields_label: Vec<String>,
    risk_levels: Vec<&'static str>,
    languages: &'a [String],
    international_patients: bool,
    /// The institution's page on the published guide; `None` without a `base_url`.
    page_url: Option<String>,
}

#[derive(Serialize)]
struct Document<'a> {
    language: &'a str,
    exported_at: String,
    source: Option<&'a str>,
    /// `true` when the export is sample data, not an official list.
    sample: bool,
    count: usize,
    institutions: Vec<Row<'a>>,
}

fn local<'a>(map: &'a std::collections::BTreeMap<String, String>, lang: &str) -> Option<&'a str> {
    [lang, "en", "ko"]
        .into_iter()
        .find_map(|l| map.get(l))
        .map(String::as_str)
}

fn rows<'a>(
    export: &'a Export,
    lang: &str,
    labels: Labels,
    base_url: Option<&str>,
) -> Vec<Row<'a>> {
    let mut list: Vec<&Institution> = export.institutions.iter().collect();
    list.sort_by(|a, b| a.id.cmp(&b.id));
    list.into_iter()
        .map(|i| Row {
            id: &i.id,
            name: i.name_in(lang),
            names: &i.name,
            status: i.status.key(),
            status_label: labels(&format!("status-{}", i.status.key())),
            designated: i.status == Status::Active,
            status_changed_on: i.status_changed_on.map(|d| d.to_string()),
            designated_on: i.designated_on.to_string(),
            kind: i.kind,
            kind_label: labels(&format!("kind-{}", i.kind)),
            tier: i.tier,
            region: i.region,
            region_label: labels(&format!("region-{}", i.region)),
            district: i.district.as_deref(),
            address: local(&i.address, lang),
            addresses: &i.address,
            phone: i.phone.as_deref(),
            website: i.website.as_deref(),
            fields: &i.fields,
            fields_label: i
                .fields
                .iter()
                .map(|f| labels(&format!("field-{f}")))
                .collect(),
            risk_levels: i.risk_levels.iter().map(|r| r.key()).collect(),
            languages: &i.languages,
            international_patients: i.international_patients,
            page_url: base_url.map(|b| format!("{b}{lang}/institutions/{}.html", i.slug)),
        })
        .collect()
}

/// The JSON file of `lang`: pretty-printed, keys in a fixed order, ending with a newline.
pub fn json(export: &Export, lang: &str, labels: Labels, base_url: Option<&str>) -> Vec<u8> {
    let doc = Document {
        language: lang,
        exported_at: export.exported_at.to_string(),
        source: export.source.as_deref(),
        sample: export.sample,
        count: export.institutions.len(),
        institutions: rows(export, lang, labels, base_url),
    };
    let mut out = serde_json::to_vec_pretty(&doc).expect("plain data serializes");
    out.push(b'\n');
    out
}

/// The CSV file of `lang`: UTF-8 with a byte-order mark (without it, Excel reads Korean as
/// mojibake), CRLF line ends as RFC 4180 has them, lists joined with `; `.
pub fn csv(export: &Export, lang: &str, labels: Labels, base_url: Option<&str>) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    let write = |w: &mut csv::Writer<&mut Vec<u8>>, record: &[&str]| {
        w.write_record(record)
            .expect("writing to memory cannot fail")
    };
    write(&mut w, &CSV_COLUMNS);
    let exported_at = export.exported_at.to_string();
    for r in rows(export, lang, labels, base_url) {
        let fields = r.fields.join("; ");
        let fields_label = r.fields_label.join("; ");
        let risk_levels = r.risk_levels.join("; ");
        let languages = r.languages.join("; ");
        let record = [
            r.id,
            r.name,
            r.names.get("ko").map_or("", String::as_str),
            r.names.get("en").map_or("", String::as_str),
            r.status,
            &r.status_label,
            if r.designated { "yes" } else { "no" },
            r.status_changed_on.as_deref().unwrap_or(""),
            &r.designated_on,
            r.kind,
            &r.kind_label,
            r.tier.unwrap_or(""),
            r.region,
            &r.region_label,
            r.district.unwrap_or(""),
            r.address.unwrap_or(""),
            r.addresses.get("ko").map_or("", String::as_str),
            r.phone.unwrap_or(""),
            r.website.unwrap_or(""),
            &fields,
            &fields_label,
            &risk_levels,
            &languages,
            if r.international_patients {
                "yes"
            } else {
                "no"
            },
            r.page_url.as_deref().unwrap_or(""),
            &exported_at,
            export.source.as_deref().unwrap_or(""),
        ];
        write(&mut w, &record);
    }
    w.flush().expect("writing to memory cannot fail");
    drop(w);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceText;
    use std::path::Path;

    fn export() -> Export {
        let text = "exported_at: 2025-02-28\nsource: \"Ministry, \\\"list\\\"\"\ninstitutions:\n  - id: \"RMI-2\"\n    name: { ko: \"나래, 의원\" }\n    kind: regenerative-medical-institution\n    region: busan\n    designated_on: 2021-03-02\n    status: revoked\n    status_changed_on: 2024-05-01\n    fields: [gene-therapy, cell-therapy]\n  - id: \"RMI-1\"\n    name: { ko: \"가온\", en: \"Gaon\" }\n    kind: regenerative-medical-institution\n    region: seoul\n    phone: \"+82-2-0000-0001\"\n    designated_on: 2020-08-28\n    status: active\n";
        let mut diags = Vec::new();
        Export::parse(&SourceText::new(Path::new("e.yaml"), text), &mut diags).unwrap()
    }

    fn labels(key: &str) -> String {
        format!("<{key}>")
    }

    #[test]
    fn csv_rows_are_in_id_order_with_keys_labels_and_the_export_date() {
        let bytes = csv(&export(), "en", &labels, Some("https://g.example/"));
        let text = String::from_utf8(bytes).unwrap();
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap(), CSV_COLUMNS.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][0], "RMI-1");
        assert_eq!(&rows[0][1], "Gaon");
        assert_eq!(&rows[0][6], "yes");
        assert_eq!(&rows[0][24], "https://g.example/en/institutions/rmi-1.html");
        // A revoked institution is never called designated, in the key, the label or the flag.
        assert_eq!(&rows[1][1], "나래, 의원");
        assert_eq!(&rows[1][4], "revoked");
        assert_eq!(&rows[1][5], "<status-revoked>");
        assert_eq!(&rows[1][6], "no");
        assert_eq!(&rows[1][7], "2024-05-01");
        assert_eq!(&rows[1][19], "gene-therapy; cell-therapy");
        assert_eq!(&rows[1][25], "2025-02-28");
        assert_eq!(&rows[1][26], "Ministry, \"list\"");
        assert!(text.contains("\r\n"), "CRLF line ends");
    }

    #[test]
    fn json_has_the_export_date_and_source_at_the_top() {
        let bytes = json(&export(), "ko", &labels, None);
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["language"], "ko");
        assert_eq!(v["exported_at"], "2025-02-28");
        assert_eq!(v["source"], "Ministry, \"list\"");
        assert_eq!(v["count"], 2);
        let list = v["institutions"].as_array().unwrap();
        assert_eq!(list[0]["name"], "가온");
        assert_eq!(list[1]["designated"], false);
        assert_eq!(list[1]["status_label"], "<status-revoked>");
        assert_eq!(list[1]["region"], "busan");
        assert_eq!(list[1]["page_url"], serde_json::Value::Null);
    }
}
