//! The result of an extraction: the article body in three forms, and its metadata.

/// An extracted article.
///
/// The body comes as plain text, clean HTML and Markdown, each built from the
/// same chosen blocks. Metadata fields are `None` when the page does not say.
///
/// With the `serde` feature, `Article` serialises to JSON with exactly these
/// field names: `title`, `byline`, `authors`, `published`, `modified`,
/// `site_name`, `lang`, `excerpt`, `url`, `image`, `text`, `html`, `markdown`.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Article {
    /// The headline, with any " | Site name" suffix removed.
    pub title: Option<String>,
    /// The author line: the authors joined with ", ".
    pub byline: Option<String>,
    /// Each author on their own, in page order.
    pub authors: Vec<String>,
    /// Publication date, ISO 8601 when it could be read, else as the page wrote it.
    pub published: Option<String>,
    /// Last modification date, in the same form as `published`.
    pub modified: Option<String>,
    /// The name of the site or publication.
    pub site_name: Option<String>,
    /// The page language as a BCP 47 tag (`en`, `pt-BR`).
    pub lang: Option<String>,
    /// A one- or two-sentence summary: the page's description, else the first paragraph.
    pub excerpt: Option<String>,
    /// The canonical URL of the page, when it declares one (or the URL given in options).
    pub url: Option<String>,
    /// The lead image URL.
    pub image: Option<String>,
    /// The body as plain text: paragraphs separated by a blank line.
    pub text: String,
    /// The body as clean HTML: allow-listed tags and attributes only.
    pub html: String,
    /// The body as Markdown.
    pub markdown: String,
}

/// Puts the metadata and the serialised body together; the excerpt falls back on the
/// body's first paragraph, the URL on the page URL given in options.
pub(crate) fn assemble(meta: crate::metadata::Metadata, body: crate::serialize::Body) -> Article {
    Article {
        title: meta.title,
        byline: (!meta.authors.is_empty()).then(|| meta.authors.join(", ")),
        authors: meta.authors,
        published: meta.published,
        modified: meta.modified,
        site_name: meta.site_name,
        lang: meta.lang,
        excerpt: meta.excerpt.or(body.first_paragraph),
        url: meta.url,
        image: meta.image,
        text: body.text,
        html: body.html,
        markdown: body.markdown,
    }
}
