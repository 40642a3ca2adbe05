//! armguide builds a multilingual patient guide to Korea's advanced regenerative medicine system
//! from Markdown content, a YAML export of designated institutions, Fluent interface messages and
//! a Tera theme, into a static site that works on any host and straight from disk.
//!
//! The pipeline, one module per stage: [`config`] → [`content`] (discovery, front matter,
//! Markdown) and [`institutions`] → [`model`] (the validated site) → [`render`] (Tera, with
//! [`i18n`] for interface text) → [`output`] (atomic write). [`site`] runs it. [`translations`]
//! reports the translation work left in each language.

pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod i18n;
pub mod institutions;
pub mod model;
pub mod offline;
pub mod output;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod theme;
pub mod translations;
pub mod usage;
