//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2992,
    threshold: 0.6,
    records_threshold: 0.5,
    weights: &[
          0.3826, // label good
         -0.0020, // label near
         -0.1584, // label short
         -0.1575, // label links
          0.0000, // label boilerplate
         -1.7273, // chrome: navigation
          0.3722, // chrome: related
          0.0248, // chrome: comments
         -2.4687, // chrome: other kind
          0.1924, // log words
         -0.3101, // link density
          0.2227, // bare-URL density
          0.2203, // commas per word
         -0.3681, // sentence ends per word
         -1.6035, // strong phrases
         -2.3696, // weak phrases
          0.2861, // byline or dateline
         -0.0293, // heading
          0.3396, // list item
          0.7028, // table cell
         -0.3955, // preformatted
          0.0000, // caption
          0.3508, // inside content markup
         -0.9049, // position in page
         -0.1134, // kept block before
          0.2037, // kept block after
          0.0000, // distance to a kept block
          0.2933, // between first and last kept
          0.8802, // same parent as a kept neighbour
          0.1108, // page declares an article
          0.1352, // page declares a discussion
         -0.7669, // page declares a product
          0.2905, // share of page text kept
          1.1625, // ends a sentence
         -1.1121, // digit share
          0.3831, // in a quote
          0.0000, // levels up to a kept block's container
          2.3163, // that container's size over the kept text
          0.2300, // kept blocks among the six around
          0.5828, // heading over a kept block
         -0.3167, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0724,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4238, // label good
          0.0425, // label near
          0.2383, // label short
         -0.0977, // label links
          0.0000, // label boilerplate
         -1.4533, // chrome: navigation
         -1.2457, // chrome: related
         -1.2182, // chrome: comments
         -1.4279, // chrome: other kind
         -0.1180, // log words
         -0.1184, // link density
         -0.4421, // bare-URL density
          0.0171, // commas per word
         -0.1678, // sentence ends per word
         -0.0974, // strong phrases
         -1.4146, // weak phrases
         -0.0038, // byline or dateline
          0.3362, // heading
          0.5267, // list item
          0.9533, // table cell
          1.4396, // preformatted
         -0.5258, // caption
          0.3652, // inside content markup
         -0.6347, // position in page
         -0.6595, // kept block before
         -0.3799, // kept block after
         -0.9017, // distance to a kept block
          0.8973, // between first and last kept
          0.7302, // same parent as a kept neighbour
         -0.7776, // page declares an article
         -0.8905, // page declares a discussion
         -0.0566, // page declares a product
         -0.0517, // share of page text kept
          0.6209, // ends a sentence
         -0.5227, // digit share
          1.6588, // in a quote
         -0.6586, // levels up to a kept block's container
         -0.1755, // that container's size over the kept text
          0.2327, // kept blocks among the six around
          1.2066, // heading over a kept block
          0.7225, // text repeated on the page
    ],
};
