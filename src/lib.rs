#![doc = include_str!("../README.md")]

mod article;
mod classify;
mod dom;
mod error;
mod features;
mod metadata;
mod options;
mod parse;
mod prune;
mod rules;
mod segment;
mod select;
mod serialize;

use std::sync::LazyLock;

pub use article::Article;
pub use error::Error;
pub use options::{Extractor, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES};

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Extracts the article from a page, with the default options.
///
/// # Examples
///
/// ```
/// let html = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\
///     <article><h1>Floods close the valley roads</h1>\
///     <p>It rained all day in the valley, and the river rose by a metre before dusk.</p>\
///     <p>By night the roads to the north were closed, and the schools shut early.</p>\
///     <p>Support us: we have a small favor to ask. Remind me later.</p></article></body></html>";
/// let article = dechrome::extract(html)?;
/// assert!(article.text.starts_with("It rained all day"));
/// assert!(!article.text.contains("Home"));
/// assert!(!article.text.contains("favor to ask"));
/// # Ok::<(), dechrome::Error>(())
/// ```
///
/// # Errors
/// [`Error::NoContent`] when no part of the page reads like main content, and the
/// limit errors of [`Extractor`] (the defaults allow 256 MiB and five million elements).
pub fn extract(html: &str) -> Result<Article, Error> {
    DEFAULT.extract(html)
}

/// Extracts the article from raw page bytes with the default options, decoding them
/// as [`Extractor::extract_bytes`] does.
///
/// # Errors
/// As [`extract`].
pub fn extract_bytes(bytes: &[u8]) -> Result<Article, Error> {
    DEFAULT.extract_bytes(bytes)
}

/// The pipeline after parsing: one line per stage.
fn run(dom: &dom::Dom, page_url: Option<&str>) -> Result<Article, Error> {
    let rules = rules::rules();
    let meta = metadata::metadata(dom, page_url);
    let segments = segment::segment(dom, rules);
    let features = features::features(&segments, rules);
    let labels = classify::classify(&segments, &features);
    let chosen = select::select(&segments, &features, &labels, meta.title.as_deref())?;
    let body = serialize::serialize(&segments, &chosen, meta.base_url.as_deref());
    Ok(article::assemble(meta, body))
}
