//! The directory's data pages: the status-changes page, the CSV and JSON downloads, and the
//! links to them from the directory page.

use serde::Serialize;
use tera::Context;

use super::context::{DateCtx, PageCtx, other_lang};
use super::{OutputFile, Renderer, urls};
use crate::institutions::changes::StatusChange;
use crate::institutions::downloads;

/// The status-changes page, inside a language folder.
pub const CHANGES: &str = "institutions/changes.html";

/// A download of the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataFormat {
    Csv,
    Json,
}

impl DataFormat {
    pub const ALL: [DataFormat; 2] = [DataFormat::Csv, DataFormat::Json];

    pub fn key(self) -> &'static str {
        match self {
            DataFormat::Csv => "csv",
            DataFormat::Json => "json",
        }
    }

    /// The file, inside a language folder.
    pub fn path(self) -> String {
        format!("institutions/institutions.{}", self.key())
    }

    fn mime(self) -> &'static str {
        match self {
            DataFormat::Csv => "text/csv",
            DataFormat::Json => "application/json",
        }
    }
}

/// A download link on the directory page.
#[derive(Serialize)]
struct DownloadCtx {
    format: &'static str,
    url: String,
    mime: &'static str,
    /// The size in kilobytes, rounded up, so that a small file never reads "0 KB".
    kb: u64,
}

/// One row of the status-changes page.
#[derive(Serialize)]
struct ChangeCtx<'a> {
    id: &'a str,
    name: &'a str,
    /// The name's language when it is not the page's.
    name_lang: Option<&'a str>,
    region: Option<&'static str>,
    status: &'static str,
    on: DateCtx,
    /// The institution's page while it is in the export.
    url: Option<String>,
    /// Its status in the current export; `None` when it is no longer listed.
    now: Option<&'static str>,
}

impl Renderer<'_> {
    /// The bytes of a download of `lang`'s directory.
    fn download_bytes(&self, lang: &str, format: DataFormat) -> Option<Vec<u8>> {
        let export = self.site.export.as_ref()?;
        let labels = |key: &str| crate::render::isolation::strip(&self.t(lang, key));
        let base = self.site.config.base_url.as_deref();
        Some(match format {
            DataFormat::Csv => downloads::csv(export, lang, &labels, base),
            DataFormat::Json => downloads::json(export, lang, &labels, base),
        })
    }
}

/// A download file of `lang`.
pub fn download(r: &Renderer, lang: &str, format: DataFormat) -> Option<OutputFile> {
    Some(OutputFile {
        path: format!("{lang}/{}", format.path()),
        bytes: r.download_bytes(lang, format)?,
    })
}

/// Adds to the directory page's context its download links, with their sizes, and the link to
/// the status-changes page.
pub fn directory_links(r: &Renderer, lang: &str, root: &str, ctx: &mut Context) {
    let downloads: Vec<DownloadCtx> = DataFormat::ALL
        .into_iter()
        .filter_map(|f| {
            let bytes = r.download_bytes(lang, f)?;
            Some(DownloadCtx {
                format: f.key(),
                url: format!("{root}{lang}/{}", f.path()),
                mime: f.mime(),
                kb: (bytes.len() as u64).div_ceil(1024).max(1),
            })
        })
        .collect();
    ctx.insert("downloads", &downloads);
    ctx.insert("changes_url", &format!("{root}{lang}/{CHANGES}"));
}

/// The status-changes page of `lang`: its context, or `None` without an export.
pub fn changes_page(r: &Renderer, lang: &str) -> Option<Context> {
    let export = r.site.export.as_ref()?;
    let (mut ctx, root) = r.base(lang, CHANGES, "changes", None);
    let format = r.format(lang);
    let changes: Vec<ChangeCtx> = export
        .changes
        .iter()
        .map(|c: &StatusChange| {
            let name = [lang, "en", "ko"]
                .into_iter()
                .find_map(|l| c.name.get_key_value(l))
                .map(|(l, n)| (l.as_str(), n.as_str()))
                .unwrap_or(("ko", ""));
            ChangeCtx {
                id: &c.id,
                name: name.1,
                name_lang: other_lang(name.0, lang),
                region: c.region,
                status: c.status.key(),
                on: DateCtx::new(c.on, format),
                url: c
                    .now
                    .map(|_| format!("{root}{lang}/{}", urls::institution(&c.slug))),
                now: c.now.map(|s| s.key()),
            }
        })
        .collect();
    ctx.insert("changes", &changes);
    ctx.insert("sample_banner", &export.sample);
    ctx.insert("page", &PageCtx::titled(r.t(lang, "changes-title")));
    Some(ctx)
}
