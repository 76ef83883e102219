use crate::components::{CharacterLinks, MentionedOn, PageMeta, RevealedList, SourceList};
use crate::model::{Origin, Term};
use crate::paths::{self, Href};
use crate::state::{use_progress, use_wiki};
use leptos::prelude::*;

/// `/glossary`: the show's terms in alphabetical order; terms introduced later are left out.
#[component]
pub fn Glossary() -> impl IntoView {
    let wiki = use_wiki();
    let progress = use_progress();
    let body = move || {
        let progress = progress.get();
        let mut terms: Vec<Term> =
            wiki.glossary().iter().filter(|t| t.visible_at(progress)).cloned().collect();
        // Quotation marks and case do not decide the order: "Chupi" sorts under C.
        terms.sort_by_key(|t| crate::search::normalize(&t.term));
        let sources: Vec<String> = terms.iter().flat_map(|t| t.sources.clone()).collect();
        let entries = terms
            .into_iter()
            .map(|term| {
                let see_also: Vec<(Href, String)> = term
                    .see_also
                    .iter()
                    .filter_map(|slug| wiki.term(slug))
                    .filter(|other| other.visible_at(progress))
                    .map(|other| (paths::term(&other.slug), other.term.clone()))
                    .collect();
                view! { <TermEntry term see_also/> }
            })
            .collect_view();
        view! {
            <dl class="glossary">{entries}</dl>
            <SourceList keys=sources/>
        }
    };
    view! {
        <PageMeta title="Glossary" description="The terms of The Imperfects explained, as far as you have watched."/>
        <h1>"Glossary"</h1>
        <p class="lede">"The show's own words, explained as far as you have watched."</p>
        {body}
    }
}

/// One term with its definition, later details, related terms and characters.
#[component]
fn TermEntry(term: Term, see_also: Vec<(Href, String)>) -> impl IntoView {
    view! {
        <div class="term" id=term.slug.clone()>
            <dt>{term.term.clone()}</dt>
            <dd>
                <p>{term.definition.clone()}</p>
                {(!term.details.is_empty()).then(|| view! { <RevealedList items=term.details.clone()/> })}
                {(!see_also.is_empty()).then(|| view! {
                    <p class="see-also">"See also: "
                        {see_also.into_iter().map(|(href, name)| view! { <a href=href>{name}</a>" " }).collect_view()}
                    </p>
                })}
                {(!term.characters.is_empty()).then(|| view! {
                    <div class="see-also">"Characters: "<CharacterLinks slugs=term.characters.clone()/></div>
                })}
                <MentionedOn page=Origin::Term(term.slug.clone())/>
            </dd>
        </div>
    }
}
