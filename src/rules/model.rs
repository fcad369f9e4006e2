//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2833,
    threshold: 0.65,
    records_threshold: 0.45,
    weights: &[
          0.3714, // label good
         -0.0469, // label near
         -0.1806, // label short
         -0.1888, // label links
          0.0000, // label boilerplate
         -1.7625, // chrome: navigation
          0.3663, // chrome: related
          0.0258, // chrome: comments
         -2.5331, // chrome: other kind
          0.2118, // log words
         -0.2375, // link density
          0.0526, // bare-URL density
          0.2841, // commas per word
         -0.3280, // sentence ends per word
         -1.6088, // strong phrases
         -2.5452, // weak phrases
          0.3398, // byline or dateline
         -0.0448, // heading
          0.3447, // list item
          1.6163, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.3904, // inside content markup
         -0.9236, // position in page
         -0.1057, // kept block before
          0.2094, // kept block after
          0.0000, // distance to a kept block
          0.2776, // between first and last kept
          0.8674, // same parent as a kept neighbour
          0.1903, // page declares an article
          0.0193, // page declares a discussion
         -0.7339, // page declares a product
          0.2482, // share of page text kept
          1.0913, // ends a sentence
         -1.5874, // digit share
          0.3131, // in a quote
          0.0000, // levels up to a kept block's container
          2.4436, // that container's size over the kept text
          0.2590, // kept blocks among the six around
          0.5791, // heading over a kept block
         -0.3708, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0904,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4562, // label good
          0.0459, // label near
          0.2541, // label short
         -0.0838, // label links
          0.0000, // label boilerplate
         -1.4608, // chrome: navigation
         -1.2334, // chrome: related
         -1.2116, // chrome: comments
         -1.6201, // chrome: other kind
         -0.1008, // log words
         -0.1227, // link density
         -0.4415, // bare-URL density
          0.0288, // commas per word
         -0.1689, // sentence ends per word
         -0.0955, // strong phrases
         -1.3857, // weak phrases
         -0.0062, // byline or dateline
          0.3357, // heading
          0.5522, // list item
          0.9777, // table cell
          1.4488, // preformatted
         -0.5333, // caption
          0.3583, // inside content markup
         -0.6363, // position in page
         -0.6475, // kept block before
         -0.3605, // kept block after
         -0.9046, // distance to a kept block
          0.8600, // between first and last kept
          0.6975, // same parent as a kept neighbour
         -0.7656, // page declares an article
         -0.8908, // page declares a discussion
          0.0024, // page declares a product
         -0.0390, // share of page text kept
          0.6095, // ends a sentence
         -0.5180, // digit share
          1.6650, // in a quote
         -0.6907, // levels up to a kept block's container
         -0.2510, // that container's size over the kept text
          0.2045, // kept blocks among the six around
          1.2143, // heading over a kept block
          0.7293, // text repeated on the page
    ],
};
