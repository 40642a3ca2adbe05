//! Search: a tantivy index per language built at build time, exported for the browser's own
//! engine (`themes/default/static/search.js`), and queried from the terminal by
//! `armguide search`.

pub mod analyzer;
pub mod docs;
pub mod export;
pub mod index;
pub mod inverted;
pub mod query;
