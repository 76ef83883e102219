//! The OpenSearch description every page links (`<link rel="search">`, see `document`), so a
//! browser can offer the wiki's search in its address bar: a query goes to the search page.

use crate::format::markup_text;
use crate::{names, paths};

/// The name a browser lists the search by: OpenSearch allows at most 16 characters.
const SHORT_NAME: &str = "Imperfects Wiki";

/// The file, at the deployment's origin and base, as the build writes it.
pub fn description() -> String {
    let search = format!("{}?q={{searchTerms}}", paths::to("/search").absolute());
    let own = paths::to(&format!("/{}", names::OPENSEARCH_FILE)).absolute();
    let icon = paths::to("/icons/icon-192.png").absolute();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>{SHORT_NAME}</ShortName>
  <Description>Search {site}: characters, episodes, powers and terms, only as far as you have watched.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="192" height="192" type="image/png">{icon}</Image>
  <Url type="text/html" method="get" template="{search}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="{own}"/>
</OpenSearchDescription>
"#,
        site = markup_text(names::SITE_NAME),
        icon = markup_text(&icon),
        search = markup_text(&search),
        own = markup_text(&own),
    )
}
