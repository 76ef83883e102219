#![warn(missing_docs)]
// The build's list of names shared with the scripts (src/prerender/scripts.rs) is one `json!`.
#![recursion_limit = "256"]
//! The Imperfects fan wiki: a client-side Leptos app over bundled JSON data.
//!
//! `model` is the data and its rules (pure Rust, no web types); `load` fetches it; `state` holds
//! the loaded wiki and what the reader chose; `pages` are the routes and `components` the pieces
//! they share. `check` is `make check`, every data check natively. `prerender` renders every page to static HTML at build time, and `prerendered`
//! hands such a page over to the app in the browser.

mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod components;
pub mod contribute;
pub mod deployment;
pub mod format;
mod keyed_markup;
pub mod load;
pub mod model;
pub mod names;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod prerender;
mod prerendered;
pub mod search;
pub mod sections;
pub mod state;

pub use app::{App, Site};
pub use prerendered::report_panic;
