//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3527,
    threshold: 0.45,
    weights: &[
          0.3640, // label good
          0.2205, // label near
          0.0257, // label short
          0.0584, // label links
          0.0000, // label boilerplate
         -1.8963, // chrome: navigation
          0.6853, // chrome: related
          0.0681, // chrome: comments
         -1.3692, // chrome: other kind
          0.0876, // log words
         -0.4849, // link density
          0.1294, // bare-URL density
          0.2334, // commas per word
         -0.3611, // sentence ends per word
         -1.5928, // strong phrases
         -2.4633, // weak phrases
          0.2559, // byline or dateline
         -0.3420, // heading
         -0.3123, // list item
          0.4748, // table cell
         -0.4328, // preformatted
          0.0000, // caption
          0.5525, // inside content markup
         -1.1330, // position in page
         -0.1299, // kept block before
          0.2132, // kept block after
          0.0000, // distance to a kept block
          0.3459, // between first and last kept
          0.8584, // same parent as a kept neighbour
          0.0925, // page declares an article
         -0.4680, // page declares a discussion
         -1.0852, // page declares a product
          0.3544, // share of page text kept
          1.0519, // ends a sentence
         -0.9563, // digit share
          0.6792, // in a quote
          0.0000, // levels up to a kept block's container
          2.1655, // that container's size over the kept text
          0.1586, // kept blocks among the six around
          0.6384, // heading over a kept block
         -0.9162, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.0947,
    threshold: 0.7,
    weights: &[
          0.3848, // label good
         -0.2462, // label near
          0.0325, // label short
         -0.2527, // label links
          0.0000, // label boilerplate
         -1.6793, // chrome: navigation
         -1.3311, // chrome: related
         -1.1334, // chrome: comments
         -1.2465, // chrome: other kind
         -0.1567, // log words
         -0.1642, // link density
         -0.5057, // bare-URL density
          0.0400, // commas per word
         -0.2383, // sentence ends per word
          0.5985, // strong phrases
         -2.2953, // weak phrases
          0.2052, // byline or dateline
          0.4069, // heading
          0.5621, // list item
          1.1046, // table cell
          1.6419, // preformatted
         -0.5797, // caption
          0.6046, // inside content markup
         -0.7427, // position in page
         -0.6063, // kept block before
         -0.3781, // kept block after
         -0.8577, // distance to a kept block
          1.2753, // between first and last kept
          0.5915, // same parent as a kept neighbour
         -0.7034, // page declares an article
         -0.6264, // page declares a discussion
         -0.1155, // page declares a product
         -0.2434, // share of page text kept
          0.7405, // ends a sentence
         -0.6562, // digit share
          1.7217, // in a quote
         -0.6727, // levels up to a kept block's container
          0.8332, // that container's size over the kept text
          0.0543, // kept blocks among the six around
          1.2226, // heading over a kept block
          0.5376, // text repeated on the page
    ],
};
