use crate::components::{CharacterCard, PageMeta};
use crate::model::Group;
use crate::paths;
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// Everyone the reader has met so far, grouped; people met later are left out entirely.
#[component]
pub fn CharacterIndex() -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let groups = move || {
        let progress = progress.get();
        Group::ALL
            .iter()
            .filter_map(|&group| {
                let members: Vec<_> = wiki
                    .characters()
                    .iter()
                    .filter(|c| c.group == group && c.visible_at(progress))
                    .cloned()
                    .collect();
                (!members.is_empty()).then(|| {
                    view! {
                        <section class="character-group">
                            <h2>{group.heading()}</h2>
                            <div class="card-grid">
                                {members.into_iter().map(|character| view! { <CharacterCard character/> }).collect_view()}
                            </div>
                        </section>
                    }
                })
            })
            .collect_view()
    };
    view! {
        <PageMeta
            title="Characters"
            description="The characters of The Imperfects, grouped, as far as you have watched."
        />
        <h1>"Characters"</h1>
        <p class="lede">"Everyone you have met so far. Characters who first turn up later stay off this list until you get there."</p>
        <p><a href=paths::map(None)>"Who is who: see how they are tied, on the relationship map"</a></p>
        {groups}
    }
}
