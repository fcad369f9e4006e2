//! `Extractor`: the options builder, its defaults and limits, and the entry points
//! that run the pipeline with those options.

use crate::readerable::{self, READERABLE_MIN_SCORE};
use crate::{parse, Article, Error, Explanation};

/// Default for [`Extractor::max_input_bytes`]: 256 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 << 20;
/// Default for [`Extractor::max_nodes`]: five million elements.
pub const DEFAULT_MAX_NODES: usize = 5_000_000;

/// An article extractor with tuned options.
///
/// Build one with [`Extractor::new`] and the setters, then call
/// [`extract`](Extractor::extract) or [`extract_bytes`](Extractor::extract_bytes)
/// as often as you like: it is cheap to clone and `Send + Sync`.
///
/// # Examples
///
/// ```
/// let extractor = dechrome::Extractor::new()
///     .url("https://example.com/news/story.html")
///     .max_input_bytes(8 << 20);
/// let html = "<html><body><article><h1>Rain</h1>\
///     <p>It rained all day in the valley, and the river rose by a metre before dusk.</p>\
///     <p>By night the <a href='/roads'>roads</a> to the north were closed and the schools shut early.</p>\
///     </article></body></html>";
/// let article = extractor.extract(html)?;
/// assert!(article.text.contains("the river rose"));
/// assert!(article.html.contains("https://example.com/roads"));
/// # Ok::<(), dechrome::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    url: Option<String>,
    max_input_bytes: usize,
    max_nodes: usize,
    formats: Formats,
}

/// Which renderings of the article to produce besides the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Formats {
    pub(crate) html: bool,
    pub(crate) markdown: bool,
    /// Whether the plain text keeps figure captions.
    pub(crate) captions_in_text: bool,
}

impl Formats {
    /// Every rendering, with figure captions in the HTML and Markdown only: the default.
    pub(crate) const ALL: Formats = Formats { html: true, markdown: true, captions_in_text: false };
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// An extractor with the default options.
    #[must_use]
    pub fn new() -> Self {
        Self {
            url: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_nodes: DEFAULT_MAX_NODES,
            formats: Formats::ALL,
        }
    }

    /// The page's own URL: relative links and image sources in the clean HTML and
    /// Markdown are resolved against it (a `<base href>` in the page takes precedence),
    /// and it is reported as [`Article::url`] when the page declares no canonical URL.
    ///
    /// # Default
    /// None: relative URLs are kept as the page wrote them.
    #[must_use]
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// The longest input accepted, in bytes; longer input returns
    /// [`Error::InputTooLarge`] before any work is done.
    ///
    /// # Default
    /// [`DEFAULT_MAX_INPUT_BYTES`] (256 MiB).
    #[must_use]
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// The most elements a page may have; a page with more returns
    /// [`Error::TooManyNodes`] before any scoring is done.
    ///
    /// # Default
    /// [`DEFAULT_MAX_NODES`] (5,000,000).
    #[must_use]
    pub fn max_nodes(mut self, limit: usize) -> Self {
        self.max_nodes = limit;
        self
    }

    /// Whether to render the clean HTML; when not, [`Article::html`] is empty and
    /// the work is saved. The text is always produced.
    ///
    /// # Default
    /// `true`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text_only = dechrome::Extractor::new().html(false).markdown(false);
    /// let page = "<article><p>It rained all day in the valley, and the river rose by a metre before dusk.</p></article>";
    /// let article = text_only.extract(page)?;
    /// assert!(article.text.starts_with("It rained"));
    /// assert!(article.html.is_empty() && article.markdown.is_empty());
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn html(mut self, render: bool) -> Self {
        self.formats.html = render;
        self
    }

    /// Whether to render the Markdown; when not, [`Article::markdown`] is empty.
    ///
    /// # Default
    /// `true`.
    #[must_use]
    pub fn markdown(mut self, render: bool) -> Self {
        self.formats.markdown = render;
        self
    }

    /// Whether the plain text keeps figure captions and image credits: a `<figcaption>`,
    /// or an element that follows an image and whose class or id names a caption or a
    /// credit. The HTML and Markdown always keep a caption, beside its image; the plain
    /// text has no images, and by default leaves captions and credits out ("Photo: …"),
    /// which would read there as stray lines between paragraphs.
    ///
    /// # Default
    /// `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// let prose = "It rained all day in the valley, and the river rose by a metre before dusk.";
    /// let page = format!("<article><p>{prose}</p><figure><img src='/river.jpg'>\
    ///     <figcaption>The river at dusk.</figcaption></figure><p>{prose}</p></article>");
    /// let article = dechrome::extract(&page)?;
    /// assert!(!article.text.contains("The river at dusk."));
    /// assert!(article.html.contains("<figcaption>The river at dusk.</figcaption>"));
    /// let with_captions = dechrome::Extractor::new().captions_in_text(true).extract(&page)?;
    /// assert!(with_captions.text.contains("\n\nThe river at dusk.\n\n"));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn captions_in_text(mut self, keep: bool) -> Self {
        self.formats.captions_in_text = keep;
        self
    }

    /// Extracts the article from a page given as text.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] or [`Error::TooManyNodes`] past the limits set here;
    /// [`Error::NoContent`] when no part of the page reads like main content.
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        let limits = self.limits();
        let dom = parse::parse(html, limits)?;
        crate::run(&dom, self.url.as_deref(), self.formats)
    }

    /// Extracts the article from a page given as raw bytes, decoding it first:
    /// a byte-order mark wins, then `<meta charset>` or an `http-equiv` content type
    /// in the first 1,024 bytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
    ///
    /// # Errors
    /// As [`extract`](Extractor::extract).
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        let limits = self.limits();
        limits.check_len(bytes.len())?;
        let text = parse::decode(bytes);
        let dom = parse::parse(&text, limits)?;
        crate::run(&dom, self.url.as_deref(), self.formats)
    }

    /// Explains an extraction: every text block of the page with its measurements,
    /// whether it was kept, and the rule that decided.
    ///
    /// # Examples
    ///
    /// ```
    /// let html = "<nav><a href='/world'>World</a></nav><article><p>It rained all day in the valley, \
    ///     and the river rose by a metre before dusk, so the roads shut.</p></article>";
    /// let explanation = dechrome::Extractor::new().explain(html)?;
    /// let nav = &explanation.blocks[0];
    /// assert!(!nav.kept);
    /// assert_eq!(nav.reason, "cut as navigation by markup");
    /// assert_eq!(explanation.blocks[1].reason, "main content");
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    ///
    /// # Errors
    /// The limit errors of [`extract`](Extractor::extract); a page without content is
    /// explained, not an error.
    pub fn explain(&self, html: &str) -> Result<Explanation, Error> {
        let dom = parse::parse(html, self.limits())?;
        Ok(crate::run_explain(&dom, self.url.as_deref()))
    }

    /// Explains an extraction from raw page bytes, decoded as
    /// [`extract_bytes`](Extractor::extract_bytes) decodes them.
    ///
    /// # Errors
    /// As [`explain`](Extractor::explain).
    pub fn explain_bytes(&self, bytes: &[u8]) -> Result<Explanation, Error> {
        let limits = self.limits();
        limits.check_len(bytes.len())?;
        let text = parse::decode(bytes);
        let dom = parse::parse(&text, limits)?;
        Ok(crate::run_explain(&dom, self.url.as_deref()))
    }

    /// Whether the page looks like an article at all, without extracting it: a single
    /// walk that sums the lengths of its visible paragraphs (see [`crate::is_readerable`]).
    /// A page past the limits set here is not readerable.
    ///
    /// # Examples
    ///
    /// ```
    /// let links = "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>World</a></li></ul>";
    /// assert!(!dechrome::Extractor::new().is_readerable(links));
    /// ```
    #[must_use]
    pub fn is_readerable(&self, html: &str) -> bool {
        parse::parse(html, self.limits())
            .is_ok_and(|dom| readerable::score(&dom, READERABLE_MIN_SCORE) > READERABLE_MIN_SCORE)
    }

    /// The score [`is_readerable`](Extractor::is_readerable) compares with
    /// [`READERABLE_MIN_SCORE`], computed in full; 0 for a page past the limits.
    #[must_use]
    pub fn readerable_score(&self, html: &str) -> f64 {
        parse::parse(html, self.limits()).map_or(0.0, |dom| readerable::score(&dom, f64::INFINITY))
    }

    fn limits(&self) -> parse::Limits {
        parse::Limits { max_input_bytes: self.max_input_bytes, max_nodes: self.max_nodes }
    }
}
