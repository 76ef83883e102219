//! The Imperfects fan wiki: a client-side Leptos app over bundled JSON data.
//!
//! `model` is the data and its rules (pure Rust, no web types); `load` fetches it; `state` holds
//! the loaded wiki and what the reader chose; `pages` are the routes and `components` the pieces
//! they share.

mod app;
pub mod components;
mod format;
pub mod load;
pub mod model;
pub mod pages;
pub mod paths;
pub mod search;
pub mod state;

pub use app::App;
