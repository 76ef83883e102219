use imperfects_wiki::App;
use leptos::prelude::*;

fn main() {
    // With `panic = "abort"` a panic stops the app with no more than "unreachable" in the
    // console; the reader gets a note with a way to reload instead of a page that no longer
    // answers.
    std::panic::set_hook(Box::new(|info| {
        leptos::logging::error!("The wiki stopped: {info}");
        imperfects_wiki::report_panic();
    }));
    mount_to_body(App);
}

/// Stops the app as a bug would, so the browser tests can check what the reader then sees.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wiki_test_panic() {
    panic!("panic requested by a test");
}
