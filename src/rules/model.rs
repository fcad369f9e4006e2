//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2661,
    threshold: 0.65,
    records_threshold: 0.6,
    weights: &[
          0.3212, // label good
         -0.0714, // label near
         -0.1525, // label short
          0.4597, // label links
          0.0000, // label boilerplate
         -1.8798, // chrome: navigation
          0.3902, // chrome: related
          0.0238, // chrome: comments
         -2.5004, // chrome: other kind
          0.2372, // log words
         -0.4294, // link density
         -0.0035, // bare-URL density
          0.2871, // commas per word
         -0.3249, // sentence ends per word
         -0.2284, // strong phrases
         -1.5143, // weak phrases
          0.3629, // byline or dateline
         -0.0545, // heading
          0.3063, // list item
          1.5442, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.4238, // inside content markup
         -0.9362, // position in page
         -0.0734, // kept block before
          0.2097, // kept block after
          0.0000, // distance to a kept block
          0.2605, // between first and last kept
          0.9178, // same parent as a kept neighbour
          0.2168, // page declares an article
         -0.0095, // page declares a discussion
         -0.6207, // page declares a product
          0.2827, // share of page text kept
          1.1336, // ends a sentence
         -1.5611, // digit share
          0.2911, // in a quote
          0.0000, // levels up to a kept block's container
          2.8298, // that container's size over the kept text
          0.1355, // kept blocks among the six around
          0.5946, // heading over a kept block
         -0.3103, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0440,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4302, // label good
         -0.0068, // label near
          0.1542, // label short
         -0.1066, // label links
          0.0000, // label boilerplate
         -1.3544, // chrome: navigation
         -1.1095, // chrome: related
         -1.0469, // chrome: comments
         -1.5012, // chrome: other kind
         -0.3240, // log words
         -0.1972, // link density
         -0.1970, // bare-URL density
          0.0334, // commas per word
         -0.1599, // sentence ends per word
         -0.1691, // strong phrases
         -1.4307, // weak phrases
         -0.0022, // byline or dateline
          0.4156, // heading
          0.5837, // list item
          1.0024, // table cell
          1.1948, // preformatted
         -0.5413, // caption
          0.3947, // inside content markup
         -0.6473, // position in page
         -0.6374, // kept block before
         -0.2854, // kept block after
         -0.9089, // distance to a kept block
          0.8368, // between first and last kept
          0.6385, // same parent as a kept neighbour
         -0.6887, // page declares an article
         -0.9467, // page declares a discussion
          0.0178, // page declares a product
          0.0814, // share of page text kept
          0.6368, // ends a sentence
         -0.4839, // digit share
          1.6693, // in a quote
         -0.6056, // levels up to a kept block's container
         -0.5211, // that container's size over the kept text
          0.2771, // kept blocks among the six around
          1.1826, // heading over a kept block
          0.7789, // text repeated on the page
    ],
};
