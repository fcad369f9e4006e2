//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3368,
    threshold: 0.55,
    weights: &[
          0.3919, // label good
          0.1061, // label near
         -0.0919, // label short
          0.0276, // label links
          0.0000, // label boilerplate
         -1.8725, // chrome: navigation
          0.3558, // chrome: related
          0.0204, // chrome: comments
         -2.3456, // chrome: other kind
          0.2123, // log words
         -0.3118, // link density
          0.2467, // bare-URL density
          0.2566, // commas per word
         -0.4219, // sentence ends per word
         -1.5178, // strong phrases
         -2.2549, // weak phrases
          0.2704, // byline or dateline
         -0.1778, // heading
          0.1696, // list item
          0.5681, // table cell
         -0.4316, // preformatted
          0.0000, // caption
          0.3313, // inside content markup
         -0.8750, // position in page
         -0.1375, // kept block before
          0.2231, // kept block after
          0.0000, // distance to a kept block
          0.3304, // between first and last kept
          0.8371, // same parent as a kept neighbour
          0.1124, // page declares an article
          0.0263, // page declares a discussion
         -0.9322, // page declares a product
          0.1760, // share of page text kept
          1.1413, // ends a sentence
         -1.0483, // digit share
          0.4210, // in a quote
          0.0000, // levels up to a kept block's container
          2.5385, // that container's size over the kept text
          0.2370, // kept blocks among the six around
          0.6309, // heading over a kept block
         -0.5159, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0947,
    threshold: 0.7,
    weights: &[
          0.5773, // label good
          0.0722, // label near
          0.2716, // label short
         -0.1324, // label links
          0.0000, // label boilerplate
         -1.4924, // chrome: navigation
         -1.3213, // chrome: related
         -1.3098, // chrome: comments
         -1.2580, // chrome: other kind
         -0.2974, // log words
         -0.0329, // link density
         -0.3547, // bare-URL density
          0.0422, // commas per word
         -0.2343, // sentence ends per word
         -0.1418, // strong phrases
         -1.6176, // weak phrases
          0.1095, // byline or dateline
          0.4115, // heading
          0.5323, // list item
          0.9650, // table cell
          1.9783, // preformatted
         -0.5380, // caption
          0.4260, // inside content markup
         -0.6683, // position in page
         -0.6479, // kept block before
         -0.3325, // kept block after
         -0.8001, // distance to a kept block
          0.9757, // between first and last kept
          0.6678, // same parent as a kept neighbour
         -0.7171, // page declares an article
         -0.9966, // page declares a discussion
         -0.2280, // page declares a product
         -0.2162, // share of page text kept
          0.7184, // ends a sentence
         -0.6237, // digit share
          1.6559, // in a quote
         -0.7394, // levels up to a kept block's container
         -0.1052, // that container's size over the kept text
          0.1669, // kept blocks among the six around
          1.0862, // heading over a kept block
          0.6800, // text repeated on the page
    ],
};
