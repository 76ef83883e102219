use crate::model::Wiki;
use leptos::prelude::*;
use std::sync::Arc;

/// The loaded wiki. Pages render only once it has arrived, under the view that provides it, so
/// the context is always there for them.
pub fn use_wiki() -> Arc<Wiki> {
    expect_context::<Arc<Wiki>>()
}
