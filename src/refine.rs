//! The rules' choice in, the final choice out: a learned second opinion on every block.
//!
//! The rules (`classify`, `select`) decide by thresholds, one feature at a time. Here
//! two small logistic models weigh all of a block's measurements together, with its
//! neighbours and the rules' own decision: one model looks at the blocks the rules
//! kept and may drop them, the other at the blocks they left and may take them in.
//! Both read the same [`INPUT_COUNT`] inputs, named in [`INPUT_NAMES`]; their weights
//! and thresholds are data in `rules/model.rs`, written by `examples/train.rs` from
//! the benchmark corpora and cross-validated there by site.
//!
//! The models have no say on blocks the rules cut by their words (appeals, share
//! prompts, interface labels...), as appeal boxes, or inside a forum poster's panel
//! or signature named by its class, or on a heading that repeats the title: that
//! evidence is taken as it is. Nor do they drop captions: the news
//! corpus leaves captions out of its truth, but readers count them as content; nor
//! preformatted code the rules kept (a tutorial's snippets read like stray lines); nor
//! a shop card's title or price in a shelf the rules found by its prices
//! (`Selection::shelf`), where every card reads like a stray short line; nor a cell
//! of a table row whose other cells the rules kept (a specification's value beside
//! its name), nor a term of a definition list (`<dt>`) or its description (`<dd>`)
//! beside the other half kept, or a label ending in a colon and its value, set as a
//! pair of their own; nor a card's linked title over the prose of its card the rules
//! kept (a listing's headline over its excerpt); nor an image alone, which has no
//! words to weigh.
//!
//! Invariants: the output is sorted and holds block indices only; it is never empty
//! when the rules' choice was not (then the rules' choice stands).


use crate::classify::Label;
use crate::features::{ratio, Features};
use crate::metadata::Metadata;
use crate::rules::{Chrome, Model, KEPT_MODEL, LEFT_MODEL};
use crate::segment::{for_each_same_text, BlockKind, Segments};
use crate::select::{is_title, Selection};
use crate::serialize::cell_position;

/// How many inputs each model reads.
pub(crate) const INPUT_COUNT: usize = 41;

/// What each input is, in order: the weights file names them with these.
pub(crate) const INPUT_NAMES: [&str; INPUT_COUNT] = [
    "label good",
    "label near",
    "label short",
    "label links",
    "label boilerplate",
    "chrome: navigation",
    "chrome: related",
    "chrome: comments",
    "chrome: other kind",
    "log words",
    "link density",
    "bare-URL density",
    "commas per word",
    "sentence ends per word",
    "strong phrases",
    "weak phrases",
    "byline or dateline",
    "heading",
    "list item",
    "table cell",
    "preformatted",
    "caption",
    "inside content markup",
    "position in page",
    "kept block before",
    "kept block after",
    "distance to a kept block",
    "between first and last kept",
    "same parent as a kept neighbour",
    "page declares an article",
    "page declares a discussion",
    "page declares a product",
    "share of page text kept",
    "ends a sentence",
    "digit share",
    "in a quote",
    "levels up to a kept block's container",
    "that container's size over the kept text",
    "kept blocks among the six around",
    "heading over a kept block",
    "text repeated on the page",
];

/// A label set before its value ("Condition:") has at most this many words.
const LABEL_MAX_WORDS: usize = 4;
/// How many levels above a label's element the container of it and its value is
/// looked for.
const LABEL_PAIR_REACH: usize = 3;
/// Blocks further than this from a kept block all read as this far.
const FAR_BLOCKS: usize = 20;
/// Containers more than this many levels up all read as this far.
const FAR_LEVELS: usize = 8;
/// How many blocks on each side make a block's neighbourhood.
const NEIGHBOURHOOD: usize = 3;
/// Lines longer than this many bytes are not compared for repeats.
const REPEAT_MAX_BYTES: usize = 80;
/// Texts repeated more than this many times all read as repeated this often.
const REPEATS: usize = 4;

/// How many blocks after a heading the prose it titles is looked for (a card's
/// category tag or byline may stand between).
const TITLE_REACH: usize = 3;
/// The link density from which a heading is a card's linked title.
const TITLE_MIN_LINK_DENSITY: f32 = 0.5;

/// Corrects the rules' choice of blocks with the learned models.
pub(crate) fn refine(segments: &Segments, features: &[Features], labels: &[Label], by_rules: &Selection, meta: &Metadata) -> Vec<usize> {
    let context = Context::new(segments, features, labels, by_rules, meta);
    let refined: Vec<usize> = (0..segments.blocks.len()).filter(|&i| context.keeps(i)).collect();
    if refined.is_empty() {
        by_rules.chosen.clone()
    } else {
        refined
    }
}

/// One block as the models see it, for training and explanation.
pub(crate) struct ModelView {
    /// The rules kept the block.
    pub(crate) by_rules: bool,
    /// The models may change the rules' decision on it.
    pub(crate) open: bool,
    pub(crate) inputs: [f32; INPUT_COUNT],
}

/// Every block's view by the models.
pub(crate) fn views_of_page(segments: &Segments, features: &[Features], labels: &[Label], by_rules: &Selection, meta: &Metadata) -> Vec<ModelView> {
    let context = Context::new(segments, features, labels, by_rules, meta);
    (0..segments.blocks.len())
        .map(|i| ModelView { by_rules: context.is_kept(Some(i)), open: context.is_open(i), inputs: context.inputs(i) })
        .collect()
}

/// The probability a model gives that a block with these inputs is content.
pub(crate) fn probability(model: &Model, inputs: &[f32; INPUT_COUNT]) -> f32 {
    let z = model.bias + model.weights.iter().zip(inputs).map(|(w, x)| w * x).sum::<f32>();
    1.0 / (1.0 + (-z).exp())
}

/// The page-wide facts every block's inputs read.
struct Context<'a> {
    segments: &'a Segments,
    features: &'a [Features],
    labels: &'a [Label],
    meta: &'a Metadata,
    /// The rules kept the block.
    kept: Vec<bool>,
    /// The rules cut the block as an appeal by its place (`Selection::appeals`).
    appeals: &'a [usize],
    /// Kept blocks in a shop's shelf (`Selection::shelf`), which the models do not drop.
    shelf: &'a [usize],
    /// Kept blocks of a product's own block (`Selection::product`), which the models do not drop.
    product_block: &'a [usize],
    /// The page declares a product and the rules took it for one: not for a listing
    /// (`Selection::records`), whose cards each declare theirs.
    product: bool,
    /// The rules chose a list of records with its introduction (`Selection::records`).
    records: bool,
    /// Distance in blocks to the nearest kept block (0 for kept ones).
    distance: Vec<usize>,
    first: Option<usize>,
    last: Option<usize>,
    kept_share: f32,
    kept_chars: usize,
    /// Kept blocks per element subtree, indexed by element id.
    kept_below: Vec<usize>,
    /// How many blocks of the page have each block's text, indexed by block.
    copies: Vec<usize>,
}

impl<'a> Context<'a> {
    fn new(segments: &'a Segments, features: &'a [Features], labels: &'a [Label], by_rules: &'a Selection, meta: &'a Metadata) -> Self {
        let chosen = &by_rules.chosen;
        let count = segments.blocks.len();
        let mut kept = vec![false; count];
        for &i in chosen {
            if let Some(slot) = kept.get_mut(i) {
                *slot = true;
            }
        }
        let total: usize = features.iter().map(|f| f.chars).sum();
        let kept_chars: usize = chosen.iter().filter_map(|&i| features.get(i)).map(|f| f.chars).sum();
        Context {
            segments,
            features,
            labels,
            meta,
            distance: distances(&kept),
            first: chosen.first().copied(),
            last: chosen.last().copied(),
            kept_share: ratio(kept_chars, total),
            kept_chars,
            appeals: &by_rules.appeals,
            shelf: &by_rules.shelf,
            product_block: &by_rules.product,
            product: meta.product && !by_rules.records,
            records: by_rules.records,
            kept_below: kept_below(segments, &kept),
            copies: copies(segments),
            kept,
        }
    }

    /// The nearest container of the block (its own element or an ancestor) that holds
    /// a kept block: how many levels up it is, and its characters.
    fn kept_container(&self, index: usize) -> (usize, usize) {
        let mut at = self.segments.blocks.get(index).map(|b| b.element);
        for level in 0..FAR_LEVELS {
            let Some(id) = at else { break };
            let Some(element) = self.segments.elements.get(id) else { break };
            if self.kept_below.get(id).is_some_and(|&n| n > 0) {
                return (level, element.chars);
            }
            at = element.parent;
        }
        (FAR_LEVELS, self.segments.elements.first().map_or(0, |root| root.chars))
    }

    /// Whether the models may change the rules' decision on a block: not on one they
    /// cut by its words, as an appeal by its place or as a poster's panel or
    /// signature by its class (`Chrome::Meta`), nor on a heading that repeats
    /// the title; and a caption the rules kept stays (corpora differ on captions,
    /// readers want them), as does preformatted code.
    fn is_open(&self, index: usize) -> bool {
        if self.first.is_none() {
            return false;
        }
        // A caption or a block of preformatted code the rules kept stays: code set
        // in the region is the page's own (a tutorial's snippets), however short
        // and unlike prose its lines read.
        // Nor does an image alone, which has no words for the models to weigh.
        // Nor does a post's date in a declared thread, which reads like a stray line.
        let fixed = self.segments.blocks.get(index).is_some_and(|b| matches!(b.kind, BlockKind::Caption | BlockKind::Preformatted))
            || self.features.get(index).is_some_and(|f| f.chars == 0 || f.post_date)
            || self.product_block.binary_search(&index).is_ok();
        if self.is_kept(Some(index)) {
            return !fixed
                && !self.holds_in_shelf(index)
                && !self.shares_a_kept_row(index)
                && !self.pairs_with_a_kept_term(index)
                && !self.pairs_with_a_kept_label(index)
                && !self.titles_kept_prose(index);
        }
        let by_words = matches!(self.labels.get(index), Some(Label::Boilerplate(_)));
        let title = self.segments.blocks.get(index).is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)) && is_title(&b.text, self.meta.title.as_deref()));
        // A forum poster's panel or signature, cut by its class: its words are the
        // poster's, written like a post's, and the model would take them back in.
        let meta = self.features.get(index).is_some_and(|f| f.chrome == Some(Chrome::Meta));
        !by_words && !meta && !title && self.appeals.binary_search(&index).is_err()
    }

    /// Whether a table cell stands in a row beside another cell the rules kept: the
    /// models do not split a row, leaving a specification's name without its value.
    /// A cell's text set in a paragraph of its own (`<td><p>6676</p></td>`, as
    /// AsciiDoc writes tables) is a cell too.
    fn shares_a_kept_row(&self, index: usize) -> bool {
        let row = |i: usize| self.segments.blocks.get(i).and_then(|b| cell_position(self.segments, b)).map(|(_, row, _)| row);
        let Some(own) = row(index) else { return false };
        [index.checked_sub(1), Some(index + 1)].into_iter().flatten().any(|n| self.is_kept(Some(n)) && row(n) == Some(own))
    }

    /// Whether a block is a term (`<dt>`) or its description (`<dd>`) beside the other
    /// half of the pair, kept by the rules: as with a table row, the models do not
    /// split a definition list's pair, leaving a specification's name without its
    /// value ("Seat" and "20'' H x 24'' W").
    fn pairs_with_a_kept_term(&self, index: usize) -> bool {
        let part = |i: usize| self.segments.definition_part(i);
        let Some((term, list)) = part(index) else { return false };
        let other = if term { Some(index + 1) } else { index.checked_sub(1) };
        other.is_some_and(|n| self.is_kept(Some(n)) && part(n) == Some((!term, list)))
    }

    /// Whether a block is a label ending in a colon ("Condition:", "Ships from:") or the
    /// value after it, both kept by the rules, set as a pair in a container of their
    /// own: as with a definition list, the models do not split a label from its value
    /// (a listing's "Condition:" without "not specified").
    fn pairs_with_a_kept_label(&self, index: usize) -> bool {
        let label = |i: usize| {
            self.features.get(i).is_some_and(|f| (1..=LABEL_MAX_WORDS).contains(&f.words))
                && self.segments.blocks.get(i).is_some_and(|b| b.text.trim_end().ends_with([':', '：']))
        };
        let pair = |first: usize, second: usize| label(first) && !label(second) && self.is_kept(Some(first)) && self.is_kept(Some(second)) && self.holds_pair_alone(first, second);
        index.checked_sub(1).is_some_and(|before| pair(before, index)) || pair(index, index + 1)
    }

    /// Whether the nearest container of block `first` that holds block `second`,
    /// within [`LABEL_PAIR_REACH`] levels, holds no other text.
    fn holds_pair_alone(&self, first: usize, second: usize) -> bool {
        let (Some(a), Some(b)) = (self.segments.blocks.get(first), self.segments.blocks.get(second)) else { return false };
        let mut at = Some(a.element);
        for _ in 0..=LABEL_PAIR_REACH {
            let Some(info) = at.and_then(|id| self.segments.elements.get(id)) else { return false };
            if at.is_some_and(|id| self.segments.contains(id, b.element)) {
                return info.chars <= a.chars + b.chars;
            }
            at = info.parent;
        }
        false
    }

    /// Whether a kept block is a card's linked title over kept prose of its card: a
    /// heading at least [`TITLE_MIN_LINK_DENSITY`] links, found once on the page, and
    /// a prose block the rules kept within [`TITLE_REACH`] blocks after it, before any
    /// other heading, inside the heading's grandparent. The models read a teaser's
    /// title as a stray link and dropped it, keeping the excerpt under it; a reply's
    /// repeated "Re: topic" heading stays theirs to judge.
    fn titles_kept_prose(&self, index: usize) -> bool {
        let Some(block) = self.segments.blocks.get(index) else { return false };
        let linked = self.features.get(index).is_some_and(|f| f.link_density >= TITLE_MIN_LINK_DENSITY);
        if !matches!(block.kind, BlockKind::Heading(_)) || !linked || self.copies.get(index).is_some_and(|&n| n > 1) {
            return false;
        }
        let card = self.segments.block_parent(index).and_then(|p| self.segments.elements.get(p)).and_then(|e| e.parent);
        let Some(card) = card else { return false };
        for next in index + 1..=index + TITLE_REACH {
            let Some(b) = self.segments.blocks.get(next) else { break };
            if matches!(b.kind, BlockKind::Heading(_)) || !self.segments.contains(card, b.element) {
                break;
            }
            if self.is_kept(Some(next)) && matches!(self.labels.get(next), Some(Label::Good | Label::Near)) {
                return true;
            }
        }
        false
    }

    /// Whether a kept block is one of a shop's cards' own lines, which the models do not
    /// drop: it stands in the shelf (`Selection::shelf`) and is a price or a line found
    /// once on the page (a card's title). Lines every card repeats ("In stock",
    /// "Compare", "Select your size") stay open to them.
    fn holds_in_shelf(&self, index: usize) -> bool {
        let price = self.features.get(index).is_some_and(|f| f.price);
        let once = self.copies.get(index).is_some_and(|&n| n <= 1);
        (price || once) && self.shelf.binary_search(&index).is_ok()
    }

    /// Whether the block stays in the article: the model of its side has the say.
    fn keeps(&self, index: usize) -> bool {
        let kept = self.is_kept(Some(index));
        if !self.is_open(index) {
            return kept;
        }
        let inputs = self.inputs(index);
        if kept {
            probability(&KEPT_MODEL, &inputs) >= KEPT_MODEL.threshold(self.records)
        } else {
            probability(&LEFT_MODEL, &inputs) >= LEFT_MODEL.threshold(self.records)
        }
    }

    fn is_kept(&self, index: Option<usize>) -> bool {
        index.and_then(|i| self.kept.get(i)).copied().unwrap_or(false)
    }

    /// The inputs of block `index`, in the order of [`INPUT_NAMES`].
    #[allow(clippy::cast_precision_loss)]
    fn inputs(&self, index: usize) -> [f32; INPUT_COUNT] {
        let (Some(block), Some(f), Some(&label)) = (self.segments.blocks.get(index), self.features.get(index), self.labels.get(index)) else {
            return [0.0; INPUT_COUNT];
        };
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let per_word = |n: usize| (n as f32 * 10.0 / f.words.max(1) as f32).min(1.0);
        let before = index.checked_sub(1);
        let after = Some(index + 1).filter(|&i| i < self.segments.blocks.len());
        let kept_sibling = [before, after].into_iter().flatten().any(|n| self.is_kept(Some(n)) && self.segments.block_parent(n) == self.segments.block_parent(index));
        let distance = self.distance.get(index).copied().unwrap_or(FAR_BLOCKS).min(FAR_BLOCKS);
        let between = self.first.zip(self.last).is_some_and(|(a, b)| a <= index && index <= b);
        let chrome = f.chrome;
        let (levels, container_chars) = self.kept_container(index);
        let around = (index.saturating_sub(NEIGHBOURHOOD)..=index + NEIGHBOURHOOD).filter(|&n| n != index && self.is_kept(Some(n))).count();
        [
            flag(label == Label::Good),
            flag(label == Label::Near),
            flag(label == Label::Short),
            flag(label == Label::Links),
            flag(matches!(label, Label::Boilerplate(_))),
            flag(chrome == Some(Chrome::Navigation)),
            flag(chrome == Some(Chrome::Related)),
            flag(chrome == Some(Chrome::Comments)),
            flag(chrome.is_some_and(|k| !matches!(k, Chrome::Navigation | Chrome::Related | Chrome::Comments))),
            (1.0 + f.words as f32).ln() / 5.0,
            f.link_density,
            f.url_density,
            per_word(f.commas),
            per_word(f.sentence_ends),
            f32::from(f.phrases.strong.min(3)) / 3.0,
            f32::from(f.phrases.weak.min(3)) / 3.0,
            flag(f.meta_line),
            flag(f.heading),
            flag(block.kind == BlockKind::ListItem),
            flag(block.kind == BlockKind::Cell),
            flag(block.kind == BlockKind::Preformatted),
            flag(block.kind == BlockKind::Caption),
            flag(f.in_content),
            f.position,
            flag(self.is_kept(before)),
            flag(self.is_kept(after)),
            distance as f32 / FAR_BLOCKS as f32,
            flag(between),
            flag(kept_sibling),
            flag(self.meta.article),
            flag(self.meta.discussion),
            flag(self.product),
            self.kept_share,
            flag(ends_sentence(&block.text)),
            digit_share(&block.text, f.chars),
            flag(block.quote_depth > 0),
            levels as f32 / FAR_LEVELS as f32,
            (1.0 + ratio(container_chars, self.kept_chars.max(1))).ln() / 3.0,
            around as f32 / (2 * NEIGHBOURHOOD) as f32,
            flag(f.heading && self.is_kept(after)),
            self.copies.get(index).map_or(0.0, |&n| n.saturating_sub(1).min(REPEATS) as f32 / REPEATS as f32),
        ]
    }
}

/// Kept blocks per element subtree: each block counts at its element, then every
/// element adds its count to its parent's, children first (a parent's id is lower).
fn kept_below(segments: &Segments, kept: &[bool]) -> Vec<usize> {
    let mut below = vec![0; segments.elements.len()];
    for (block, _) in segments.blocks.iter().zip(kept).filter(|(_, &k)| k) {
        if let Some(slot) = below.get_mut(block.element) {
            *slot += 1;
        }
    }
    for (id, element) in segments.elements.iter().enumerate().rev() {
        let count = below.get(id).copied().unwrap_or(0);
        if let Some(slot) = element.parent.and_then(|p| below.get_mut(p)) {
            *slot += count;
        }
    }
    below
}

/// For every block, how many blocks of the page have its text (itself included):
/// interface labels and menus repeat, prose seldom does. Only lines of at most
/// [`REPEAT_MAX_BYTES`] are compared ([`for_each_same_text`]); longer ones count as one.
fn copies(segments: &Segments) -> Vec<usize> {
    let mut short: Vec<(&str, usize)> =
        segments.blocks.iter().enumerate().filter(|(_, b)| b.text.len() <= REPEAT_MAX_BYTES).map(|(i, b)| (b.text.as_str(), i)).collect();
    let mut counts = vec![1; segments.blocks.len()];
    for_each_same_text(&mut short, |same| {
        for &(_, i) in same {
            if let Some(slot) = counts.get_mut(i) {
                *slot = same.len();
            }
        }
    });
    counts
}

/// For every block, how many blocks away the nearest kept one is (`usize::MAX`
/// when none is).
fn distances(kept: &[bool]) -> Vec<usize> {
    let mut distance = vec![usize::MAX; kept.len()];
    let mut last = None;
    for (i, &k) in kept.iter().enumerate() {
        if k {
            last = Some(i);
        }
        if let (Some(at), Some(slot)) = (last, distance.get_mut(i)) {
            *slot = i - at;
        }
    }
    let mut next = None;
    for (i, &k) in kept.iter().enumerate().rev() {
        if k {
            next = Some(i);
        }
        if let (Some(at), Some(slot)) = (next, distance.get_mut(i)) {
            *slot = (*slot).min(at - i);
        }
    }
    distance
}

/// Whether the text ends as a sentence does.
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '。', '！', '？', ':', '"', '”', '»'])
}

/// The share of a block's non-space characters that are ASCII digits.
fn digit_share(text: &str, chars: usize) -> f32 {
    ratio(text.bytes().filter(u8::is_ascii_digit).count(), chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::classify::classify;
    use crate::features::features;
    use crate::parse::{parse, Limits};
    use crate::rules::rules;
    use crate::segment::segment;
    use crate::select::select;

    const PROSE: &str = "The river rose by a metre before dusk, and by night the roads to the north were closed, while the schools shut early.";

    /// Whether the models are open on each block of a page, and whether the rules kept it.
    fn views(html: &str, title: &str) -> Vec<(bool, bool)> {
        let dom = parse(html, Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap_or_else(|e| unreachable!("{e}"));
        let segments = segment(&dom, rules());
        let meta = Metadata { title: Some(title.to_owned()), ..Metadata::default() };
        let f = features(&segments, rules(), &meta);
        let labels = classify(&f);
        let by_rules = select(&segments, &f, &labels, &meta).unwrap_or_default();
        views_of_page(&segments, &f, &labels, &by_rules, &meta).iter().map(|v| (v.open, v.by_rules)).collect()
    }

    #[test]
    fn models_have_no_say_on_word_evidence_titles_or_kept_captions_and_images() {
        let page = format!(
            "<div><h1>Floods</h1><p>{PROSE}</p><figure><img src=/a.jpg><figcaption>The river at dusk.</figcaption></figure>\
             <p>{PROSE}</p><p>Support us: become a member today.</p></div><div><p>A line in another part of the page, on the weather.</p></div>"
        );
        assert_eq!(
            views(&page, "Floods"),
            [(false, false), (true, true), (false, true), (false, true), (true, true), (false, false), (true, false)],
            "title, prose, image (no words to weigh), caption, prose, appeal, other line"
        );
    }

    #[test]
    fn models_do_not_drop_kept_code() {
        let page = format!(
            "<main><h1>Send a message</h1><p>{PROSE}</p><pre><code>go run send.go</code></pre>\
             <p>{PROSE}</p><pre>puts reply.body</pre><p>{PROSE}</p></main><div><pre>make all</pre></div>"
        );
        let views = views(&page, "Send a message");
        let code: Vec<(bool, bool)> = [2, 4].iter().filter_map(|&i| views.get(i).copied()).collect();
        assert_eq!(code, [(false, true), (false, true)], "kept code is no model's to drop: {views:?}");
        assert!(views.iter().any(|&(open, by_rules)| open && by_rules), "kept prose stays open to the models: {views:?}");
    }

    #[test]
    fn models_do_not_split_a_term_from_its_description() {
        let page = format!(
            "<main><h1>Harbour chair</h1><p>{PROSE}</p><h2>Dimensions</h2>\
             <dl><dt><div>Seat</div></dt><dd>20 in high</dd><dt>Base</dt><dd>27 in wide</dd></dl>\
             <ul><li>Seat cushion</li><li>Armrests</li></ul><p>{PROSE}</p></main>"
        );
        let views = views(&page, "Harbour chair");
        let pairs: Vec<(bool, bool)> = [3, 4, 5, 6].iter().filter_map(|&i| views.get(i).copied()).collect();
        assert_eq!(pairs, [(false, true); 4], "a kept term and its kept description are no model's to split: {views:?}");
        let items: Vec<(bool, bool)> = [7, 8].iter().filter_map(|&i| views.get(i).copied()).collect();
        assert_eq!(items, [(true, true); 2], "list items stay open to the models: {views:?}");
    }

    #[test]
    fn models_do_not_split_a_label_from_its_value() {
        let page = format!(
            "<main><h1>Harbour chair</h1><p>{PROSE}</p>\
             <div class=condition><div><span>Condition:</span></div><div><span>Used, very good</span></div></div>\
             <div class=delivery><div>Delivery:</div><div>Varies</div></div>\
             <div><p>Note:</p><p>Seat cushion</p><p>Armrests</p></div><p>{PROSE}</p></main>"
        );
        let views = views(&page, "Harbour chair");
        let pairs: Vec<(bool, bool)> = [2, 3, 4, 5].iter().filter_map(|&i| views.get(i).copied()).collect();
        assert_eq!(pairs, [(false, true); 4], "a kept label and its kept value, a pair of their own, are no model's to split: {views:?}");
        let shared: Vec<(bool, bool)> = [6, 7, 8].iter().filter_map(|&i| views.get(i).copied()).collect();
        assert_eq!(shared, [(true, true); 3], "a label in a container with more than its value stays open to the models: {views:?}");
    }

    #[test]
    fn a_listing_is_no_product_to_the_models() {
        let records: String = (0..40).map(|i| format!("<li><h3>Terracotta pot number {i}</h3><p>$24.50</p><p>15 cm wide, 12 cm tall</p></li>")).collect();
        let listing = format!("<main><h1>Pots</h1><p>{PROSE}</p><ul>{records}</ul></main>");
        let product = format!("<main><h1>Pot</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></main>");
        let at = INPUT_NAMES.iter().position(|&n| n == "page declares a product").unwrap_or_default();
        let says_product = |html: &str| {
            let dom = parse(html, Limits { max_input_bytes: 1 << 20, max_nodes: 10_000 }).unwrap_or_else(|e| unreachable!("{e}"));
            let segments = segment(&dom, rules());
            let meta = Metadata { product: true, ..Metadata::default() };
            let f = features(&segments, rules(), &meta);
            let labels = classify(&f);
            let by_rules = select(&segments, &f, &labels, &meta).unwrap_or_default();
            views_of_page(&segments, &f, &labels, &by_rules, &meta).iter().map(|v| v.inputs[at]).collect::<Vec<f32>>()
        };
        assert!(says_product(&listing).iter().all(|&x| x == 0.0), "the records are the page");
        assert!(says_product(&product).iter().all(|&x| x == 1.0));
    }

    #[test]
    fn distances_count_to_the_nearest_kept_block() {
        assert_eq!(distances(&[false, true, false, false, true, false]), [1, 0, 1, 1, 0, 1]);
        assert_eq!(distances(&[false, false]), [usize::MAX, usize::MAX]);
    }

    #[test]
    fn models_weigh_every_input() {
        assert_eq!(KEPT_MODEL.weights.len(), INPUT_COUNT, "rules/model.rs is stale: run examples/train.rs --write");
        assert_eq!(LEFT_MODEL.weights.len(), INPUT_COUNT, "rules/model.rs is stale: run examples/train.rs --write");
    }

    #[test]
    fn lists_of_records_have_thresholds_of_their_own() {
        let model = Model { bias: 0.0, weights: &[], threshold: 0.6, records_threshold: 0.4 };
        assert!((model.threshold(false) - 0.6).abs() < f32::EPSILON);
        assert!((model.threshold(true) - 0.4).abs() < f32::EPSILON);
    }

    #[test]
    fn names_every_input_once() {
        let mut names = INPUT_NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), INPUT_COUNT);
    }

    #[test]
    fn probability_is_the_logistic_of_the_weighted_sum() {
        let mut weights = [0.0; INPUT_COUNT];
        weights[0] = 2.0;
        let model = Model { bias: -1.0, weights: Box::leak(Box::new(weights)), threshold: 0.5, records_threshold: 0.5 };
        let mut inputs = [0.0; INPUT_COUNT];
        assert!((probability(&model, &inputs) - 0.268_941_4).abs() < 1e-6);
        inputs[0] = 1.0;
        assert!((probability(&model, &inputs) - 0.731_058_6).abs() < 1e-6);
    }
}
