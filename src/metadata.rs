//! Page metadata beside the pipeline: title, authors, dates, site, language, excerpt,
//! canonical URL, lead image, and the base URL for resolving links.

use crate::dom::Dom;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub(crate) title: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) lang: Option<String>,
    pub(crate) excerpt: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) image: Option<String>,
    /// The URL relative links resolve against: `<base href>` over the page URL.
    pub(crate) base_url: Option<String>,
}

/// Reads the page's metadata.
pub(crate) fn metadata(_dom: &Dom, page_url: Option<&str>) -> Metadata {
    Metadata { url: page_url.map(str::to_owned), base_url: page_url.map(str::to_owned), ..Metadata::default() }
}
