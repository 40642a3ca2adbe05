//! Search: a tantivy index per language built at build time, exported for the browser's own
//! engine (`themes/default/static/search.js`), and queried from the terminal by
//! `armguide search`.

pub mod analyzer;
pub mod docs;
pub mod export;
pub mod index;
pub mod inverted;
pub mod query;

use std::collections::BTreeMap;

use crate::model::Site;

/// The key groups of every language's browser index (see [`layout`]).
pub fn key_groups(site: &Site) -> BTreeMap<String, u32> {
    site.config
        .languages
        .iter()
        .map(|lang| (lang.clone(), layout(site, lang).groups))
        .collect()
}

/// How the browser index of `lang` is laid out, known before it is built: the pages that load
/// it are written first, and a page of a language whose part keys are grouped asks for its
/// groups beside the manifest.
pub fn layout(site: &Site, lang: &str) -> export::Layout {
    let part_bytes = site.config.search_part_bytes;
    export::Layout {
        part_bytes,
        single_bytes: site.config.search_single_bytes,
        groups: export::key_groups(
            docs::text_bytes(site, lang),
            part_bytes,
            site.config.search_key_groups,
        ),
    }
}
