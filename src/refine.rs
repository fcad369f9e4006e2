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
//! Invariants: the output is sorted and holds block indices only; it is never empty
//! when the rules' choice was not (then the rules' choice stands).

use crate::classify::Label;
use crate::features::{ratio, Features};
use crate::metadata::Metadata;
use crate::rules::{Chrome, Model, KEPT_MODEL, LEFT_MODEL};
use crate::segment::{BlockKind, Segments};

/// How many inputs each model reads.
pub(crate) const INPUT_COUNT: usize = 36;

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
];

/// Blocks further than this from a kept block all read as this far.
const FAR_BLOCKS: usize = 20;

/// Corrects the rules' choice of blocks with the learned models.
pub(crate) fn refine(segments: &Segments, features: &[Features], labels: &[Label], chosen: &[usize], meta: &Metadata) -> Vec<usize> {
    let context = Context::new(segments, features, labels, chosen, meta);
    let refined: Vec<usize> = (0..segments.blocks.len()).filter(|&i| context.keeps(i)).collect();
    if refined.is_empty() {
        chosen.to_vec()
    } else {
        refined
    }
}

/// Every block's model inputs and the rules' decision, for training and explanation.
pub(crate) fn inputs_of_page(
    segments: &Segments,
    features: &[Features],
    labels: &[Label],
    chosen: &[usize],
    meta: &Metadata,
) -> Vec<(bool, [f32; INPUT_COUNT])> {
    let context = Context::new(segments, features, labels, chosen, meta);
    (0..segments.blocks.len()).map(|i| (context.kept.get(i).copied().unwrap_or(false), context.inputs(i))).collect()
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
    /// Distance in blocks to the nearest kept block (0 for kept ones).
    distance: Vec<usize>,
    first: Option<usize>,
    last: Option<usize>,
    kept_share: f32,
}

impl<'a> Context<'a> {
    fn new(segments: &'a Segments, features: &'a [Features], labels: &'a [Label], chosen: &[usize], meta: &'a Metadata) -> Self {
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
            kept,
        }
    }

    /// Whether the block stays in the article: the model of its side has the say.
    fn keeps(&self, index: usize) -> bool {
        let kept = self.kept.get(index).copied().unwrap_or(false);
        if self.first.is_none() {
            return false;
        }
        let inputs = self.inputs(index);
        if kept {
            probability(&KEPT_MODEL, &inputs) >= KEPT_MODEL.threshold
        } else {
            probability(&LEFT_MODEL, &inputs) >= LEFT_MODEL.threshold
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
        let parent = |i: usize| self.segments.blocks.get(i).and_then(|b| self.segments.elements.get(b.element)).and_then(|e| e.parent);
        let before = index.checked_sub(1);
        let after = Some(index + 1).filter(|&i| i < self.segments.blocks.len());
        let kept_sibling = [before, after].into_iter().flatten().any(|n| self.is_kept(Some(n)) && parent(n) == parent(index));
        let distance = self.distance.get(index).copied().unwrap_or(FAR_BLOCKS).min(FAR_BLOCKS);
        let between = self.first.zip(self.last).is_some_and(|(a, b)| a <= index && index <= b);
        let chrome = f.chrome;
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
            flag(self.meta.product),
            self.kept_share,
            flag(ends_sentence(&block.text)),
            digit_share(&block.text),
            flag(block.quote_depth > 0),
        ]
    }
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

/// The share of the text's non-space characters that are digits.
fn digit_share(text: &str) -> f32 {
    let (digits, all) = text.chars().filter(|c| !c.is_whitespace()).fold((0, 0), |(d, a), c| (d + usize::from(c.is_numeric()), a + 1));
    ratio(digits, all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_count_to_the_nearest_kept_block() {
        assert_eq!(distances(&[false, true, false, false, true, false]), [1, 0, 1, 1, 0, 1]);
        assert_eq!(distances(&[false, false]), [usize::MAX, usize::MAX]);
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
        let model = Model { bias: -1.0, weights, threshold: 0.5 };
        let mut inputs = [0.0; INPUT_COUNT];
        assert!((probability(&model, &inputs) - 0.268_941_4).abs() < 1e-6);
        inputs[0] = 1.0;
        assert!((probability(&model, &inputs) - 0.731_058_6).abs() < 1e-6);
    }
}
