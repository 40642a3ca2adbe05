//! Structured data (schema.org JSON-LD) for a page, built from the page's own template context
//! so that it says exactly what the page shows: `MedicalWebPage` for guide pages,
//! `FAQPage` for the FAQ, `DefinedTermSet` for the glossary, `MedicalOrganization` for an
//! institution.
//!
//! The block is built as `serde_json` values, never by joining strings, and every `<`, `>` and
//! `&` is written as a `\u` escape: the JSON means the same, and no text from the content or the
//! export can close the `<script>` element or open a comment inside it. A data block is not
//! executed, so the pages' Content-Security-Policy (`script-src 'self'`) does not block it.

use serde_json::{Map, Value, json};
use tera::Context;

use super::Renderer;
use super::isolation::strip;
use super::pages::Job;

/// The JSON-LD of the page `job` renders with `ctx`, ready to go between the script tags;
/// `None` for pages that describe nothing (search, 404, the language picker).
pub fn block(r: &Renderer, lang: &str, job: &Job, ctx: &Context) -> Option<String> {
    let page = ctx.get("page").unwrap_or(&Value::Null);
    let mut data = match job {
        Job::Page { .. } | Job::Tier { .. } | Job::Tiers { .. } | Job::Contacts { .. } => {
            web_page("MedicalWebPage", page)
        }
        Job::Faq { .. } => {
            let mut data = web_page("FAQPage", page);
            let questions: Vec<Value> = items(ctx.get("categories"), "entries")
                .map(|e| {
                    json!({
                        "@type": "Question",
                        "name": text(&e["question"]),
                        "acceptedAnswer": { "@type": "Answer", "text": plain(&e["answer"]) },
                    })
                })
                .collect();
            data.insert("mainEntity".into(), questions.into());
            data
        }
        Job::Glossary { .. } => {
            let mut data = Map::new();
            data.insert("@type".into(), "DefinedTermSet".into());
            data.insert("name".into(), text(&page["title"]).into());
            let canonical = ctx.get("canonical").and_then(Value::as_str).unwrap_or("");
            let terms: Vec<Value> = items(ctx.get("groups"), "terms")
                .map(|t| {
                    let mut term = Map::new();
                    term.insert("@type".into(), "DefinedTerm".into());
                    term.insert("name".into(), text(&t["term"]).into());
                    let aliases: Vec<Value> = t["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|a| text(&a["text"]).into())
                        .collect();
                    if !aliases.is_empty() {
                        term.insert("alternateName".into(), aliases.into());
                    }
                    term.insert("description".into(), plain(&t["definition"]).into());
                    if !canonical.is_empty() {
                        let id = t["id"].as_str().unwrap_or("");
                        term.insert("url".into(), format!("{canonical}#{id}").into());
                    }
                    term.into()
                })
                .collect();
            data.insert("hasDefinedTerm".into(), terms.into());
            data
        }
        Job::Institution { .. } => organization(r, lang, ctx)?,
        _ => return None,
    };
    data.insert("inLanguage".into(), lang.into());
    if let Some(url) = ctx.get("canonical").and_then(Value::as_str)
        && !url.is_empty()
    {
        data.insert("url".into(), url.into());
    }
    let mut root = Map::new();
    root.insert("@context".into(), "https://schema.org".into());
    root.extend(data);
    Some(escape(&Value::Object(root).to_string()))
}

/// A web page of `kind` with the page's title, description and review date.
fn web_page(kind: &str, page: &Value) -> Map<String, Value> {
    let mut data = Map::new();
    data.insert("@type".into(), kind.into());
    data.insert("name".into(), text(&page["title"]).into());
    let description = text(&page["description"]);
    if !description.is_empty() {
        data.insert("description".into(), description.into());
    }
    if let Some(iso) = page["reviewed"]["iso"].as_str() {
        data.insert("lastReviewed".into(), iso.into());
    }
    data
}

/// The institution of the page. Its description says its status as the page does, so that a
/// suspended or revoked institution is never presented as designated, and says when the list
/// is sample data.
fn organization(r: &Renderer, lang: &str, ctx: &Context) -> Option<Map<String, Value>> {
    let inst = ctx.get("institution")?;
    let status = inst["status"].as_str().unwrap_or("");
    let mut data = Map::new();
    data.insert("@type".into(), "MedicalOrganization".into());
    data.insert("name".into(), text(&inst["name"]).into());
    let others: Vec<Value> = [&inst["name_ko"], &inst["name_en"]]
        .into_iter()
        .map(text)
        .filter(|n| !n.is_empty() && *n != text(&inst["name"]))
        .map(Value::from)
        .collect();
    if !others.is_empty() {
        data.insert("alternateName".into(), others.into());
    }
    data.insert("identifier".into(), text(&inst["id"]).into());
    let mut description = strip(&r.t(lang, &format!("status-{status}")));
    if let Some(on) = inst["status_changed_on"]["display"].as_str() {
        description = format!("{description} ({on})");
    }
    if status != "active" {
        description = format!(
            "{description}. {}",
            strip(&r.t(lang, "inst-must-not-treat"))
        );
    }
    if ctx
        .get("sample_banner")
        .and_then(Value::as_bool)
        .unwrap_or(false)
    {
        description = format!("{description} {}", strip(&r.t(lang, "sample-banner-title")));
    }
    data.insert("description".into(), description.into());
    let street = [&inst["address_ko"], &inst["address"]]
        .into_iter()
        .map(text)
        .find(|a| !a.is_empty());
    if let Some(street) = street {
        let region = inst["region"].as_str().unwrap_or("");
        data.insert(
            "address".into(),
            json!({
                "@type": "PostalAddress",
                "streetAddress": street,
                "addressRegion": strip(&r.t(lang, &format!("region-{region}"))),
                "addressCountry": "KR",
            }),
        );
    }
    if let Some(phone) = inst["phone"].as_str() {
        data.insert("telephone".into(), super::tel::normalize(phone).into());
    }
    // The page links an institution's own website only while it is designated.
    if let Some(site) = inst["website"].as_str()
        && status == "active"
    {
        data.insert("sameAs".into(), site.into());
    }
    Some(data)
}

/// The objects listed under `inner` of each object in `outer` (FAQ categories' entries,
/// glossary groups' terms).
fn items<'a>(outer: Option<&'a Value>, inner: &'a str) -> impl Iterator<Item = &'a Value> {
    outer
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .flat_map(move |o| o[inner].as_array().into_iter().flatten())
}

/// A context string without isolation marks; empty for anything else.
fn text(v: &Value) -> String {
    v.as_str().map(strip).unwrap_or_default()
}

/// The text of rendered HTML, with runs of white space made one space.
fn plain(v: &Value) -> String {
    let html = v.as_str().unwrap_or("");
    let doc = scraper::Html::parse_fragment(html);
    let all: String = doc.root_element().text().collect();
    strip(&all.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// JSON text made safe inside `<script>`: `<`, `>` and `&` occur only inside strings in JSON,
/// where their `\u` escapes mean the same.
fn escape(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn a_string_cannot_close_the_script_element() {
        let v = serde_json::json!({ "name": "</script><script>alert(1)</script> & <!--" });
        let out = escape(&v.to_string());
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, v);
    }
}
