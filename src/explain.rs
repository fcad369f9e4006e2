//! Why each block was kept or cut: the blocks of a page with their measurements,
//! label and decision, for users tuning or auditing an extraction.
//!
//! Input: the pipeline's side tables (blocks, features, labels, chosen ids).
//! Output: an [`Explanation`], which also renders itself as a standalone HTML page
//! ([`Explanation::to_html`]) in which every page text is escaped.

use std::collections::BTreeMap;

use crate::classify::Label;
use crate::features::Features;
use crate::refine::{probability, ModelView};
use crate::rules::{Chrome, KEPT_MODEL, LEFT_MODEL};
use crate::segment::{Block, BlockKind};
use crate::select::Selection;
use crate::serialize::escape_html;

/// The decision on every text block of a page, in page order.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Explanation {
    /// The page's text blocks.
    pub blocks: Vec<ExplainedBlock>,
    /// The rules took the page for a list of records (cards, rows, items of one
    /// kind) with its introduction; the models then decide by their own thresholds.
    pub records: bool,
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
    /// Whether the rules kept it, before the learned models had their say.
    pub by_rules: bool,
    /// The learned model's probability that the block is content: the model that
    /// may drop a block the rules kept, or take in one they left. `None` where the
    /// models have no say (blocks cut by their words or with an appeal box, a
    /// heading repeating the title).
    pub score: Option<f32>,
    /// The learned models' inputs (for `examples/train.rs`).
    #[doc(hidden)]
    pub inputs: Vec<f32>,
    /// The rule that decided: `main content`, `outside the main region`,
    /// `cut as navigation by markup`, `cut as a donation appeal by its words`,
    /// `cut as part of a donation appeal`, `taken in by the learned model`...
    pub reason: String,
}

/// Builds the explanation from the pipeline's side tables.
pub(crate) fn explain(
    blocks: &[Block],
    features: &[Features],
    labels: &[Label],
    views: &[ModelView],
    by_rules: &Selection,
    copies: &[usize],
    chosen: &[usize],
) -> Explanation {
    let mut kept = vec![false; blocks.len()];
    for &i in chosen {
        if let Some(k) = kept.get_mut(i) {
            *k = true;
        }
    }
    let rows = blocks.iter().zip(features).zip(labels).zip(kept).zip(views).enumerate();
    let blocks = rows.map(|(i, ((((b, f), l), k), v))| {
        let set_aside = if by_rules.appeals.binary_search(&i).is_ok() {
            Some(SetAside::Appeal)
        } else if copies.binary_search(&i).is_ok() {
            Some(SetAside::Copy)
        } else {
            None
        };
        explain_block(b, f, *l, k, v, set_aside)
    });
    Explanation { blocks: blocks.collect(), records: by_rules.records }
}

/// Why a block was set aside after the rules labelled it, when it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SetAside {
    /// Inside a donation appeal box (`select`).
    Appeal,
    /// In a run that repeats an earlier one, or a quote repeating a kept paragraph (`repeats`).
    Copy,
}

fn explain_block(block: &Block, f: &Features, label: Label, kept: bool, view: &ModelView, set_aside: Option<SetAside>) -> ExplainedBlock {
    let model = if view.by_rules { &KEPT_MODEL } else { &LEFT_MODEL };
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
        by_rules: view.by_rules,
        score: view.open.then(|| probability(model, &view.inputs)),
        inputs: view.inputs.to_vec(),
        reason: reason(f, label, kept, view.by_rules, set_aside),
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

fn reason(f: &Features, label: Label, kept: bool, by_rules: bool, set_aside: Option<SetAside>) -> String {
    match (kept, by_rules, set_aside) {
        (true, true, _) => return "main content".to_owned(),
        (true, false, _) => return "taken in by the learned model".to_owned(),
        (false, _, Some(SetAside::Copy)) => return "cut as a second copy of earlier text".to_owned(),
        (false, true, _) => return "dropped by the learned model".to_owned(),
        (false, false, Some(SetAside::Appeal)) => return "cut as part of a donation appeal".to_owned(),
        (false, false, None) => {}
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
        Chrome::Reviews => "customer reviews",
        Chrome::Controls => "an interface label",
    }
}

/// The stylesheet of [`Explanation::to_html`]: one colour per reason family.
const HTML_STYLE: &str = "\
body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:1em auto;padding:0 1em;color:#222}\
h1{font-size:1.3em}\
.legend{list-style:none;padding:0}\
.legend li{margin:.2em 0;padding:.1em .5em}\
.b{margin:.3em 0;padding:.3em .6em;border-left:.4em solid;white-space:pre-wrap}\
.k{font:11px monospace;color:#555;margin-right:.6em}\
.kept{background:#e3f5e1;border-color:#2e8b3a}\
.cut{color:#666;text-decoration:line-through;text-decoration-thickness:1px}\
.cut .k{text-decoration:none;display:inline-block}\
.markup{background:#fbe4e4;border-color:#c0392b;text-decoration-color:#c0392b}\
.words{background:#fdf0dc;border-color:#d68910;text-decoration-color:#d68910}\
.links{background:#efe6f7;border-color:#7d3c98;text-decoration-color:#7d3c98}\
.outside{background:#f0f0f0;border-color:#999;text-decoration-color:#999}\
.legend li{text-decoration:none;color:#222}";

/// How the rule behind a decision is shown: kept, or cut by one kind of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Family {
    Kept,
    Markup,
    Words,
    Links,
    Outside,
}

impl Family {
    fn of(block: &ExplainedBlock) -> Self {
        if block.kept {
            Self::Kept
        } else if block.reason.ends_with("by markup") {
            Self::Markup
        } else if block.reason.ends_with("by its words") || block.reason.starts_with("cut as part of") {
            Self::Words
        } else if block.reason == "cut as a link list" {
            Self::Links
        } else {
            Self::Outside
        }
    }

    /// The CSS classes of a block or legend entry of this family.
    fn classes(self) -> &'static str {
        match self {
            Self::Kept => "kept",
            Self::Markup => "cut markup",
            Self::Words => "cut words",
            Self::Links => "cut links",
            Self::Outside => "cut outside",
        }
    }
}

impl Explanation {
    /// Renders the explanation as one self-contained HTML page: the blocks in page
    /// order, kept ones on green and cut ones struck through in the colour of their
    /// reason (red for markup, amber for words, purple for link lists, grey outside
    /// the main region), each block's reason and measurements in its tooltip, and a
    /// legend counting kept and cut blocks per reason. The page has no script and
    /// loads nothing; every page text is escaped.
    ///
    /// # Examples
    ///
    /// ```
    /// let html = "<nav><a href='/world'>World</a></nav><article><p>It rained all day in the valley, \
    ///     and the river rose by a metre before dusk, so the roads shut.</p></article>";
    /// let page = dechrome::Extractor::new().explain(html)?.to_html();
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(page.contains(r#"title="cut as navigation by markup"#));
    /// assert!(page.contains(r#"<b class="kept-count">1</b>"#));
    /// # Ok::<(), dechrome::Error>(())
    /// ```
    #[must_use]
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        out.push_str("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        // Belt and braces: even if some text escaped escaping, nothing could run or load.
        out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        out.push_str("<title>dechrome: why each block was kept or cut</title>\n<style>");
        out.push_str(HTML_STYLE);
        out.push_str("</style></head>\n<body>\n<h1>Why each block was kept or cut</h1>\n");
        self.push_legend(&mut out);
        for block in &self.blocks {
            push_block(&mut out, block);
        }
        out.push_str("</body></html>\n");
        out
    }

    /// The totals, then one line per reason with its count, kept first.
    fn push_legend(&self, out: &mut String) {
        let kept = self.blocks.iter().filter(|b| b.kept).count();
        let cut = self.blocks.len().saturating_sub(kept);
        out.push_str(&format!(
            "<p>{} blocks: <b class=\"kept-count\">{kept}</b> kept, <b class=\"cut-count\">{cut}</b> cut. \
             Hover over a block for its reason and measurements.</p>\n<ul class=\"legend\">\n",
            self.blocks.len()
        ));
        let mut reasons: BTreeMap<(Family, &str), usize> = BTreeMap::new();
        for block in &self.blocks {
            *reasons.entry((Family::of(block), block.reason.as_str())).or_default() += 1;
        }
        for ((family, reason), count) in reasons {
            out.push_str(&format!("<li class=\"{}\"><b class=\"count\">{count}</b> ", family.classes()));
            escape_html(out, reason);
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
}

/// One block: its kind as a tag, its text, and its reason and features as a tooltip.
fn push_block(out: &mut String, block: &ExplainedBlock) {
    out.push_str(&format!("<div class=\"b {}\" title=\"", Family::of(block).classes()));
    escape_html(out, &block.reason);
    out.push_str(&format!(
        "&#10;{} chars, {} words, link density {:.2}, {} sentence ends{}, position {:.2}",
        block.chars,
        block.words,
        block.link_density,
        block.sentence_ends,
        if block.in_content { ", in a content container" } else { "" },
        block.position,
    ));
    out.push_str("\"><span class=\"k\">");
    escape_html(out, &block.kind);
    out.push_str("</span>");
    escape_html(out, &block.text);
    out.push_str("</div>\n");
}


#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, kept: bool, reason: &str) -> ExplainedBlock {
        ExplainedBlock { text: text.to_owned(), kind: "paragraph".to_owned(), kept, reason: reason.to_owned(), ..Default::default() }
    }

    #[test]
    fn escapes_text_and_reasons() {
        let mut s = String::new();
        escape_html(&mut s, r#"<a href="x" onclick='y'>&</a>"#);
        assert_eq!(s, "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    #[test]
    fn families_follow_the_reasons() {
        assert_eq!(Family::of(&block("", true, "main content")), Family::Kept);
        assert_eq!(Family::of(&block("", false, "cut as navigation by markup")), Family::Markup);
        assert_eq!(Family::of(&block("", false, "cut as a donation appeal by its words")), Family::Words);
        assert_eq!(Family::of(&block("", false, "cut as part of a donation appeal")), Family::Words);
        assert_eq!(Family::of(&block("", false, "cut as a link list")), Family::Links);
        assert_eq!(Family::of(&block("", false, "outside the main region")), Family::Outside);
    }

    #[test]
    fn legend_counts_each_reason() {
        let explanation = Explanation {
            blocks: vec![
                block("a", true, "main content"),
                block("b", false, "cut as a link list"),
                block("c", true, "main content"),
            ],
            records: false,
        };
        let html = explanation.to_html();
        assert!(html.contains(r#"<b class="kept-count">2</b> kept, <b class="cut-count">1</b> cut"#));
        assert!(html.contains(r#"<li class="kept"><b class="count">2</b> main content</li>"#));
        assert!(html.contains(r#"<li class="cut links"><b class="count">1</b> cut as a link list</li>"#));
    }
}
