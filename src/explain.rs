//! Why each block was kept or cut: the blocks of a page with their measurements,
//! label and decision, for users tuning or auditing an extraction.

use crate::classify::Label;
use crate::features::Features;
use crate::rules::Chrome;
use crate::segment::{Block, BlockKind};

/// The decision on every text block of a page, in page order.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Explanation {
    /// The page's text blocks.
    pub blocks: Vec<ExplainedBlock>,
}

/// One text block and what happened to it.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ExplainedBlock {
    /// The block's text, whitespace collapsed.
    pub text: String,
    /// The kind of block: `paragraph`, `heading`, `list-item`, `cell`, `pre`, `caption`.
    pub kind: String,
    /// Non-whitespace characters.
    pub chars: usize,
    /// Unicode words.
    pub words: usize,
    /// Share of characters inside links.
    pub link_density: f32,
    /// Sentence ends (`.`, `!`, `?`) in the text.
    pub sentence_ends: usize,
    /// Inside `<article>`, `<main>` or a container whose class or id names it content.
    pub in_content: bool,
    /// Position in the page, 0 (first block) to 1 (last).
    pub position: f32,
    /// Whether the block is part of the article.
    pub kept: bool,
    /// The rule that decided: `main content`, `outside the main region`,
    /// `cut as navigation by markup`, `cut as a donation appeal by its words`...
    pub reason: String,
}

/// Builds the explanation from the pipeline's side tables.
pub(crate) fn explain(blocks: &[Block], features: &[Features], labels: &[Label], chosen: &[usize]) -> Explanation {
    let mut kept = vec![false; blocks.len()];
    for &i in chosen {
        if let Some(k) = kept.get_mut(i) {
            *k = true;
        }
    }
    let rows = blocks.iter().zip(features).zip(labels).zip(kept);
    Explanation { blocks: rows.map(|(((b, f), l), k)| explain_block(b, f, *l, k)).collect() }
}

fn explain_block(block: &Block, f: &Features, label: Label, kept: bool) -> ExplainedBlock {
    ExplainedBlock {
        text: block.text.clone(),
        kind: kind_name(block.kind).to_owned(),
        chars: f.chars,
        words: f.words,
        link_density: f.link_density,
        sentence_ends: f.sentence_ends,
        in_content: f.in_content,
        position: f.position,
        kept,
        reason: reason(f, label, kept),
    }
}

fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Paragraph => "paragraph",
        BlockKind::Heading(_) => "heading",
        BlockKind::ListItem => "list-item",
        BlockKind::Cell => "cell",
        BlockKind::Preformatted => "pre",
        BlockKind::Caption => "caption",
    }
}

fn reason(f: &Features, label: Label, kept: bool) -> String {
    if kept {
        return "main content".to_owned();
    }
    match (label, f.chrome) {
        (Label::Boilerplate(kind), _) => format!("cut as {} by its words", chrome_name(kind)),
        (_, Some(kind)) => format!("cut as {} by markup", chrome_name(kind)),
        (Label::Links, None) => "cut as a link list".to_owned(),
        _ => "outside the main region".to_owned(),
    }
}

fn chrome_name(kind: Chrome) -> &'static str {
    match kind {
        Chrome::Ad => "an ad",
        Chrome::Appeal => "a donation appeal",
        Chrome::Comments => "comments",
        Chrome::Consent => "a consent notice",
        Chrome::Copyright => "a copyright line",
        Chrome::Meta => "a byline or dateline",
        Chrome::Navigation => "navigation",
        Chrome::Newsletter => "a newsletter prompt",
        Chrome::Related => "related links",
        Chrome::Share => "a share prompt",
    }
}
