//! Pieces that several pages share. Each file holds one component, named for what it shows.

mod character_card;
mod character_link;
mod creature_emblem;
mod infobox;
mod load_failure;
mod loading_indicator;
mod not_confirmed;
mod page_meta;
mod power_list;
mod revealed_list;
mod search_box;
mod search_hit;
mod site_footer;
mod site_header;
mod source_list;
mod spoiler;
mod spoiler_control;
mod first_visit_prompt;

pub use character_card::CharacterCard;
pub use character_link::CharacterLink;
pub use creature_emblem::CreatureEmblem;
pub use infobox::{InfoRow, Infobox};
pub use load_failure::LoadFailure;
pub use loading_indicator::LoadingIndicator;
pub use not_confirmed::NotConfirmed;
pub use page_meta::PageMeta;
pub use power_list::PowerList;
pub use revealed_list::RevealedList;
pub use search_box::SearchBox;
pub use search_hit::SearchHit;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_list::SourceList;
pub use first_visit_prompt::FirstVisitPrompt;
pub use spoiler::Spoiler;
pub use spoiler_control::SpoilerControl;
