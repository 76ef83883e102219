use super::PageMeta;
use crate::load::LoadError;
use leptos::prelude::*;

/// Says which data file failed and why, and offers to try again.
#[component]
pub fn LoadFailure(error: LoadError, on_retry: impl Fn() + 'static) -> impl IntoView {
    let lines: Vec<String> = error.to_string().lines().map(str::to_owned).collect();
    view! {
        <PageMeta title="The wiki could not load" description="The wiki's data could not be loaded."/>
        <section class="load-failure" role="alert">
            <h1>"The wiki could not load"</h1>
            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            <p>"Nothing is wrong with your device. Trying again often helps."</p>
            <button type="button" class="button" on:click=move |_| on_retry()>"Retry"</button>
        </section>
    }
}
