#![doc = include_str!("../README.md")]
#![cfg_attr(test, allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod article;
mod classify;
mod dom;
mod error;
mod explain;
mod features;
mod metadata;
mod options;
mod parse;
mod prune;
mod readerable;
mod rules;
mod segment;
mod select;
mod serialize;

use std::sync::LazyLock;

pub use article::Article;
pub use error::Error;
pub use explain::{ExplainedBlock, Explanation};
pub use options::{Extractor, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NODES};
pub use readerable::{is_readerable, readerable_score, READERABLE_MIN_CHARS, READERABLE_MIN_SCORE};

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
fn run(dom: &dom::Dom, page_url: Option<&str>, formats: options::Formats) -> Result<Article, Error> {
    let analysis = analyse(dom, page_url);
    let chosen = analysis.chosen?;
    let body = serialize::serialize(&analysis.segments, &chosen, analysis.meta.base_url.as_deref(), formats);
    Ok(article::assemble(analysis.meta, body))
}

/// The explanation of every block's fate.
fn run_explain(dom: &dom::Dom, page_url: Option<&str>) -> Explanation {
    let a = analyse(dom, page_url);
    let chosen = a.chosen.unwrap_or_default();
    explain::explain(&a.segments.blocks, &a.features, &a.labels, &chosen)
}

/// Everything the stages found, before serialisation.
struct Analysis {
    meta: metadata::Metadata,
    segments: segment::Segments,
    features: Vec<features::Features>,
    labels: Vec<classify::Label>,
    chosen: Result<Vec<usize>, Error>,
}

/// The metadata and segmentation stages, which read the DOM in one shared walk.
fn read(dom: &dom::Dom, page_url: Option<&str>, rules: &rules::Rules) -> (metadata::Metadata, segment::Segments) {
    let mut collector = metadata::Collector::default();
    let mut segmenter = segment::Segmenter::new(rules);
    dom.walk_both(&mut collector, &mut segmenter);
    (metadata::finish(collector, page_url), segmenter.finish())
}

/// Every stage after parsing, in order, one line each: the one place they are called.
fn analyse(dom: &dom::Dom, page_url: Option<&str>) -> Analysis {
    let rules = rules::rules();
    let (meta, segments) = read(dom, page_url, rules);
    let features = features::features(&segments, rules, &meta);
    let labels = classify::classify(&features);
    let chosen = select::select(&segments, &features, &labels, &meta);
    Analysis { meta, segments, features, labels, chosen }
}
