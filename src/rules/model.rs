//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3416,
    threshold: 0.5,
    weights: &[
          0.3676, // label good
          0.1750, // label near
          0.0083, // label short
          0.0358, // label links
          0.0000, // label boilerplate
         -1.9952, // chrome: navigation
          0.6065, // chrome: related
          0.0602, // chrome: comments
         -1.7752, // chrome: other kind
          0.0752, // log words
         -0.2264, // link density
          0.2086, // bare-URL density
          0.2409, // commas per word
         -0.4073, // sentence ends per word
         -1.5354, // strong phrases
         -2.2326, // weak phrases
          0.2596, // byline or dateline
         -0.4281, // heading
         -0.2543, // list item
          0.4275, // table cell
         -0.4509, // preformatted
          0.0000, // caption
          0.3989, // inside content markup
         -1.0152, // position in page
         -0.1466, // kept block before
          0.2885, // kept block after
          0.0000, // distance to a kept block
          0.3351, // between first and last kept
          0.8283, // same parent as a kept neighbour
          0.1918, // page declares an article
         -0.1898, // page declares a discussion
         -1.0425, // page declares a product
          0.2990, // share of page text kept
          1.1075, // ends a sentence
         -1.0392, // digit share
          0.4955, // in a quote
          0.0000, // levels up to a kept block's container
          2.5725, // that container's size over the kept text
          0.2282, // kept blocks among the six around
          0.7126, // heading over a kept block
         -0.5788, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0594,
    threshold: 0.7,
    weights: &[
          0.5537, // label good
         -0.1280, // label near
          0.2043, // label short
         -0.1290, // label links
          0.0000, // label boilerplate
         -1.5125, // chrome: navigation
         -1.2219, // chrome: related
         -0.9947, // chrome: comments
         -1.2872, // chrome: other kind
         -0.0220, // log words
         -0.1321, // link density
         -0.4842, // bare-URL density
          0.0471, // commas per word
         -0.2287, // sentence ends per word
          0.6386, // strong phrases
         -1.8075, // weak phrases
          0.1542, // byline or dateline
          0.5317, // heading
          0.6116, // list item
          0.9244, // table cell
          1.8829, // preformatted
         -0.5086, // caption
          0.4863, // inside content markup
         -0.6498, // position in page
         -0.6590, // kept block before
         -0.4094, // kept block after
         -0.8160, // distance to a kept block
          1.2229, // between first and last kept
          0.6706, // same parent as a kept neighbour
         -0.7695, // page declares an article
         -0.8606, // page declares a discussion
         -0.0365, // page declares a product
         -0.3651, // share of page text kept
          0.7011, // ends a sentence
         -0.5514, // digit share
          1.6422, // in a quote
         -0.8033, // levels up to a kept block's container
          0.0238, // that container's size over the kept text
         -0.1021, // kept blocks among the six around
          1.1003, // heading over a kept block
          0.7294, // text repeated on the page
    ],
};
