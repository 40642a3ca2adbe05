//! The export parser against valid and broken exports, with the exact messages editors see.

use super::*;

const GOOD: &str = "exported_at: 2025-02-28
sample: true
institutions:
  - id: RMI-2020-0001
    name: { ko: \"한빛 예시 병원\", en: \"Hanbit Sample Hospital\" }
    kind: regenerative-medical-institution
    region: seoul
    designated_on: 2020-08-28
    status: active
  - id: RMI-2020-0002
    name: { ko: \"예시 의원\" }
    kind: regenerative-medical-institution
    region: busan
    designated_on: 2021-01-05
    status: revoked
    status_changed_on: 2024-05-01
";

fn parse(text: &str) -> (Option<Export>, Vec<String>) {
    let mut diags = Vec::new();
    let export = Export::parse(
        &SourceText::new("content/institutions.yaml", text),
        &mut diags,
    );
    (export, diags.iter().map(|d| d.to_string()).collect())
}

#[test]
fn a_valid_export_reads_every_record() {
    let (export, errs) = parse(GOOD);
    assert!(errs.is_empty(), "{errs:?}");
    let export = export.unwrap();
    assert!(export.sample);
    assert_eq!(export.institutions.len(), 2);
    assert_eq!(export.institutions[1].status, Status::Revoked);
    assert_eq!(export.institutions[1].name_in("ja"), "예시 의원");
    assert_eq!(export.institutions[0].slug, "rmi-2020-0001");
}

#[test]
fn unknown_region_lists_the_allowed_values() {
    let (_, errs) = parse(&GOOD.replace("region: busan", "region: pusan"));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/institutions.yaml:13:13: error: `region`: unknown value `pusan`; expected one of: seoul, busan,"), "{}", errs[0]);
    assert!(
        errs[0].ends_with("= hint: did you mean `busan`?"),
        "{}",
        errs[0]
    );
}

#[test]
fn duplicate_id_names_both_lines() {
    let (_, errs) = parse(&GOOD.replace("RMI-2020-0002", "RMI-2020-0001"));
    assert_eq!(
        errs,
        [
            "content/institutions.yaml:10:9: error: duplicate id `RMI-2020-0001`\n  = hint: the same id is first used at content/institutions.yaml:4:9"
        ]
    );
}

#[test]
fn revoked_needs_the_date_of_the_change() {
    let (_, errs) = parse(&GOOD.replace("    status_changed_on: 2024-05-01\n", ""));
    assert_eq!(
        errs,
        [
            "content/institutions.yaml:15:13: error: institution `RMI-2020-0002`: status `revoked` needs `status_changed_on`, the date of the change\n  = hint: add `status_changed_on: YYYY-MM-DD`"
        ]
    );
}

#[test]
fn every_bad_record_is_reported_in_one_run() {
    let text = GOOD
        .replace("region: seoul", "region: mars")
        .replace("status: revoked", "status: gone");
    let (export, errs) = parse(&text);
    assert!(export.is_none());
    assert_eq!(errs.len(), 2, "{errs:?}");
}

#[test]
fn missing_fields_and_unknown_keys_are_named() {
    let (_, errs) = parse("exported_at: 2025-02-28\ninstitutions:\n  - id: X-1\n    nmae: {}\n");
    assert_eq!(
        errs,
        [
            "content/institutions.yaml:4:5: error: unknown key `nmae` in institution #1\n  = hint: did you mean `name`?"
        ]
    );
    let (_, errs) = parse("exported_at: 2025-02-28\ninstitutions:\n  - id: X-1\n");
    assert!(errs.contains(&"content/institutions.yaml:3:5: error: institution `X-1`: missing required field `region`".to_owned()), "{errs:?}");
}

#[test]
fn website_must_not_be_a_script_url() {
    let (export, errs) = parse(&GOOD.replace(
        "    status: active\n",
        "    status: active\n    website: \"javascript:alert(1)\"\n",
    ));
    assert!(export.is_none());
    assert!(errs[0].contains("must be an https:// address"), "{errs:?}");
}

#[test]
fn syntax_errors_carry_a_position() {
    let (_, errs) = parse("exported_at: 2025-02-28\ninstitutions:\n  - id: [unclosed\n");
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("content/institutions.yaml:"),
        "{errs:?}"
    );
    assert!(errs[0].contains("invalid YAML"), "{errs:?}");
}
