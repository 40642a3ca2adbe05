//! Integration tests: fixture sites under tests/fixtures/ built through the library and the
//! command line, one module per feature.

mod build;
mod check;
mod common;
mod data;
mod diagnostics;
mod fuzz;
mod guide;
mod links;
mod offline;
mod reading;
mod robust;
mod search;
mod sections;
mod serve;
mod translations;
