//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3449,
    threshold: 0.5,
    weights: &[
          0.3750, // label good
          0.1638, // label near
          0.0065, // label short
          0.0226, // label links
          0.0000, // label boilerplate
         -1.9535, // chrome: navigation
          0.6134, // chrome: related
          0.0616, // chrome: comments
         -1.7878, // chrome: other kind
          0.0628, // log words
         -0.2147, // link density
          0.2684, // bare-URL density
          0.2571, // commas per word
         -0.4097, // sentence ends per word
         -1.5338, // strong phrases
         -2.1939, // weak phrases
          0.2494, // byline or dateline
         -0.4062, // heading
         -0.1760, // list item
          0.4309, // table cell
         -0.4793, // preformatted
          0.0000, // caption
          0.4014, // inside content markup
         -1.0240, // position in page
         -0.1050, // kept block before
          0.3037, // kept block after
          0.0000, // distance to a kept block
          0.3383, // between first and last kept
          0.8063, // same parent as a kept neighbour
          0.1660, // page declares an article
          0.0449, // page declares a discussion
         -1.0561, // page declares a product
          0.2888, // share of page text kept
          1.1098, // ends a sentence
         -1.0790, // digit share
          0.4164, // in a quote
          0.0000, // levels up to a kept block's container
          2.4636, // that container's size over the kept text
          0.1970, // kept blocks among the six around
          0.7054, // heading over a kept block
         -0.5723, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0670,
    threshold: 0.7,
    weights: &[
          0.5342, // label good
         -0.1300, // label near
          0.1886, // label short
         -0.1054, // label links
          0.0000, // label boilerplate
         -1.5049, // chrome: navigation
         -1.1959, // chrome: related
         -1.1638, // chrome: comments
         -1.3456, // chrome: other kind
         -0.0363, // log words
         -0.1616, // link density
         -0.5052, // bare-URL density
          0.0413, // commas per word
         -0.2229, // sentence ends per word
          0.6654, // strong phrases
         -1.8799, // weak phrases
          0.1667, // byline or dateline
          0.5061, // heading
          0.5719, // list item
          0.9177, // table cell
          1.9049, // preformatted
         -0.5332, // caption
          0.4897, // inside content markup
         -0.6481, // position in page
         -0.6551, // kept block before
         -0.3992, // kept block after
         -0.7908, // distance to a kept block
          1.1666, // between first and last kept
          0.6601, // same parent as a kept neighbour
         -0.7509, // page declares an article
         -1.0298, // page declares a discussion
         -0.0383, // page declares a product
         -0.3507, // share of page text kept
          0.6976, // ends a sentence
         -0.5138, // digit share
          1.7059, // in a quote
         -0.8124, // levels up to a kept block's container
          0.0283, // that container's size over the kept text
         -0.0278, // kept blocks among the six around
          1.0991, // heading over a kept block
          0.7374, // text repeated on the page
    ],
};
