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
mod refine;
mod repeats;
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

/// The names of the learned models' inputs, in the order of
/// [`ExplainedBlock::inputs`](crate::ExplainedBlock) (for `examples/train.rs`).
#[doc(hidden)]
#[must_use]
pub fn model_input_names() -> &'static [&'static str] {
    &refine::INPUT_NAMES
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
    let by_rules = a.by_rules.unwrap_or_default();
    let views = refine::views_of_page(&a.segments, &a.features, &a.labels, &by_rules, &a.meta);
    explain::explain(&a.segments.blocks, &a.features, &a.labels, &views, &by_rules, &a.copies, &chosen)
}

/// Everything the stages found, before serialisation.
struct Analysis {
    meta: metadata::Metadata,
    segments: segment::Segments,
    features: Vec<features::Features>,
    labels: Vec<classify::Label>,
    /// The rules' choice, before the learned pass.
    by_rules: Result<select::Selection, Error>,
    /// Blocks the learned pass kept that repeat earlier ones, left out.
    copies: Vec<usize>,
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
/// A page with next to nothing to show is read a second time with the elements that
/// inline styles hide, since some pages hide their content until a script has run
/// (only when the first reading left such an element out: else nothing would change).
/// The second reading wins when it finds more than twice the text.
fn analyse(dom: &dom::Dom, page_url: Option<&str>) -> Analysis {
    let rules = rules::rules();
    let (meta, segments) = read(dom, page_url, rules);
    let analysis = analyse_blocks(meta, segments);
    let found = analysis.chosen_chars();
    if !analysis.segments.styled_hidden || found >= THIN_ARTICLE_CHARS {
        return analysis;
    }
    let segments = segment::segment_reading(dom, rules, segment::Hidden::RevealStyled);
    let revealed = analyse_blocks(analysis.meta.clone(), segments);
    if revealed.chosen_chars() > found.saturating_mul(2) { revealed } else { analysis }
}

/// Below this many characters of chosen text, a page that hides elements by inline
/// style is read again with them shown ([`analyse`]).
const THIN_ARTICLE_CHARS: usize = 200;

impl Analysis {
    /// Characters of text in the chosen blocks (none when nothing was chosen).
    fn chosen_chars(&self) -> usize {
        self.chosen.as_ref().map_or(0, |chosen| chosen.iter().filter_map(|&i| self.features.get(i)).map(|f| f.chars).sum())
    }
}

/// The stages after reading the DOM.
fn analyse_blocks(meta: metadata::Metadata, segments: segment::Segments) -> Analysis {
    let rules = rules::rules();
    let features = features::features(&segments, rules, &meta);
    let mut labels = classify::classify(&features);
    classify::label_sections(&segments, &features, &mut labels, meta.article, meta.product);
    classify::label_headline_runs(&features, &mut labels, meta.article);
    classify::label_introduced_lists(&segments, &features, &mut labels);
    classify::label_defined_terms(&segments, &features, &mut labels);
    classify::label_linked_prose(&features, &mut labels, meta.article);
    let by_rules = select::select(&segments, &features, &labels, &meta);
    let refined = by_rules.as_ref().map(|rules_chose| refine::refine(&segments, &features, &labels, rules_chose, &meta)).map_err(Clone::clone);
    let copies = refined.as_ref().map(|refined| repeats::copies(&segments, refined)).unwrap_or_default();
    let chosen = refined.map(|refined| repeats::without(refined, &copies));
    Analysis { meta, segments, features, labels, by_rules, copies, chosen }
}
