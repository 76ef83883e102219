use imperfects_wiki::App;
use leptos::prelude::*;

fn main() {
    mount_to_body(App);
}
