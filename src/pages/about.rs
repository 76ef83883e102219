use crate::components::PageMeta;
use crate::contribute;
use crate::model::Reliability;
use crate::state::use_wiki;
use leptos::prelude::*;

/// `/about`: what this wiki is, where its facts come from, and how to correct one.
#[component]
pub fn About() -> impl IntoView {
    let wiki = use_wiki();
    // Validation guarantees every cited key is in sources.json, so the file itself is the list.
    let keys: Vec<&str> = wiki.source_keys().collect();
    let count = |reliability: Reliability| {
        keys.iter().filter_map(|k| wiki.source(k)).filter(|s| s.reliability == reliability).count()
    };
    let summary = format!(
        "The wiki cites {} published pages: {} of high reliability (trade press, interviews, transcripts), {} of medium (established reviews and recaps) and {} of low, used only to back up others.",
        keys.len(),
        count(Reliability::High),
        count(Reliability::Medium),
        count(Reliability::Low),
    );
    view! {
        <PageMeta title="About this wiki" description="What The Imperfects Wiki is, where its facts come from, and how to correct one."/>
        <article class="about">
            <h1>"About this wiki"</h1>
            <p class="lede">
                "A fan wiki for the Netflix series The Imperfects, made to be read on a phone, "
                "to cite a source for every fact, and never to spoil an episode you have not watched."
            </p>
            <section aria-labelledby="spoilers-heading">
                <h2 id="spoilers-heading">"Spoilers"</h2>
                <p>
                    "Tell the wiki how far you have watched with the spoiler button at the top of every page "
                    "(it says your setting, such as “Up to ep. 5”). "
                    "Everything after that point is left out of the page, not just hidden from view. "
                    "Your choice stays in this browser only; links you share never carry it."
                </p>
            </section>
            <section aria-labelledby="sources-about-heading">
                <h2 id="sources-about-heading">"Where the facts come from"</h2>
                <p>{summary}</p>
                <p>
                    "Every page lists its sources at the bottom. Where no source confirms a fact, "
                    "such as most episode titles, the wiki says “not yet confirmed” rather than guess."
                </p>
            </section>
            {contribute::repository().map(|repository| {
                let (form, guide) = contribute::invitation_addresses(repository);
                view! {
                    <section aria-labelledby="contribute-heading" id="contribute">
                        <h2 id="contribute-heading">"Suggest a correction"</h2>
                        <p>
                            "Know an episode title, a director or a detail we lack? "
                            <a href=form>"Suggest a correction"</a>
                            ", with a published source we can cite. The wiki's content is a set of plain "
                            "JSON files; "
                            <a href=guide>"the guide to editing them"</a>
                            " explains how to change one and check your change."
                        </p>
                    </section>
                }
            })}
        </article>
    }
}
