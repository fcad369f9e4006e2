//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2670,
    threshold: 0.65,
    records_threshold: 0.6,
    weights: &[
          0.3369, // label good
         -0.0707, // label near
         -0.1912, // label short
          0.2938, // label links
          0.0000, // label boilerplate
         -1.8785, // chrome: navigation
          0.3564, // chrome: related
          0.0262, // chrome: comments
         -2.4844, // chrome: other kind
          0.2642, // log words
         -0.3311, // link density
         -0.1637, // bare-URL density
          0.2650, // commas per word
         -0.3269, // sentence ends per word
         -1.5906, // strong phrases
         -2.5340, // weak phrases
          0.3312, // byline or dateline
          0.0369, // heading
          0.3604, // list item
          1.6185, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.3625, // inside content markup
         -0.8579, // position in page
         -0.0498, // kept block before
          0.2114, // kept block after
          0.0000, // distance to a kept block
          0.2615, // between first and last kept
          0.8640, // same parent as a kept neighbour
          0.2084, // page declares an article
          0.0173, // page declares a discussion
         -0.7164, // page declares a product
          0.2574, // share of page text kept
          1.0955, // ends a sentence
         -1.5477, // digit share
          0.2900, // in a quote
          0.0000, // levels up to a kept block's container
          2.4978, // that container's size over the kept text
          0.2171, // kept blocks among the six around
          0.5121, // heading over a kept block
         -0.3752, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0549,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4207, // label good
         -0.0182, // label near
          0.1690, // label short
         -0.0896, // label links
          0.0000, // label boilerplate
         -1.3569, // chrome: navigation
         -1.1160, // chrome: related
         -1.0645, // chrome: comments
         -1.5291, // chrome: other kind
         -0.2877, // log words
         -0.1914, // link density
         -0.3329, // bare-URL density
          0.0484, // commas per word
         -0.1556, // sentence ends per word
         -0.1534, // strong phrases
         -1.3675, // weak phrases
         -0.0079, // byline or dateline
          0.4076, // heading
          0.5878, // list item
          0.9897, // table cell
          1.2670, // preformatted
         -0.5451, // caption
          0.4189, // inside content markup
         -0.6804, // position in page
         -0.6528, // kept block before
         -0.2826, // kept block after
         -0.8704, // distance to a kept block
          0.8507, // between first and last kept
          0.5697, // same parent as a kept neighbour
         -0.6964, // page declares an article
         -0.9402, // page declares a discussion
         -0.0019, // page declares a product
          0.0678, // share of page text kept
          0.6465, // ends a sentence
         -0.4391, // digit share
          1.6593, // in a quote
         -0.6859, // levels up to a kept block's container
         -0.5057, // that container's size over the kept text
          0.2794, // kept blocks among the six around
          1.1882, // heading over a kept block
          0.7538, // text repeated on the page
    ],
};
