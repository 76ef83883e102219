//! What the app holds while it runs: the loaded wiki, and what the reader chose.

pub mod new_since;
mod page_reveals;
pub mod search;
mod spoiler_choice;
mod spoiler_settings;
mod storage;
mod theme;
mod wiki_store;

pub use page_reveals::{use_page_reveals, PageReveals};
pub use spoiler_choice::SpoilerChoice;
pub use spoiler_settings::{use_progress, use_setting, use_spoiler_settings, SpoilerSettings};
pub use theme::{use_theme, Theme, ThemeSetting};
pub use wiki_store::{use_store, use_wiki, WikiStore};
