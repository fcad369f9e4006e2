//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3438,
    threshold: 0.5,
    weights: &[
          0.3681, // label good
          0.1732, // label near
          0.0123, // label short
          0.0624, // label links
          0.0000, // label boilerplate
         -1.9940, // chrome: navigation
          0.6109, // chrome: related
          0.0598, // chrome: comments
         -1.7725, // chrome: other kind
          0.0774, // log words
         -0.2518, // link density
          0.2109, // bare-URL density
          0.2428, // commas per word
         -0.4079, // sentence ends per word
         -1.5368, // strong phrases
         -2.2342, // weak phrases
          0.2613, // byline or dateline
         -0.4191, // heading
         -0.2579, // list item
          0.4268, // table cell
         -0.4475, // preformatted
          0.0000, // caption
          0.4002, // inside content markup
         -1.0142, // position in page
         -0.1490, // kept block before
          0.2842, // kept block after
          0.0000, // distance to a kept block
          0.3373, // between first and last kept
          0.8283, // same parent as a kept neighbour
          0.1929, // page declares an article
         -0.1947, // page declares a discussion
         -1.0419, // page declares a product
          0.2986, // share of page text kept
          1.1099, // ends a sentence
         -1.0375, // digit share
          0.4974, // in a quote
          0.0000, // levels up to a kept block's container
          2.5608, // that container's size over the kept text
          0.2223, // kept blocks among the six around
          0.7140, // heading over a kept block
         -0.5772, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0588,
    threshold: 0.7,
    weights: &[
          0.5520, // label good
         -0.1298, // label near
          0.2012, // label short
         -0.1278, // label links
          0.0000, // label boilerplate
         -1.5240, // chrome: navigation
         -1.2296, // chrome: related
         -1.0000, // chrome: comments
         -1.2923, // chrome: other kind
         -0.0261, // log words
         -0.1350, // link density
         -0.4965, // bare-URL density
          0.0471, // commas per word
         -0.2299, // sentence ends per word
          0.6418, // strong phrases
         -1.8119, // weak phrases
          0.1523, // byline or dateline
          0.5359, // heading
          0.6363, // list item
          0.9257, // table cell
          1.8796, // preformatted
         -0.5131, // caption
          0.4911, // inside content markup
         -0.6463, // position in page
         -0.6584, // kept block before
         -0.4250, // kept block after
         -0.8177, // distance to a kept block
          1.2331, // between first and last kept
          0.6715, // same parent as a kept neighbour
         -0.7680, // page declares an article
         -0.8685, // page declares a discussion
         -0.0370, // page declares a product
         -0.3611, // share of page text kept
          0.7037, // ends a sentence
         -0.5601, // digit share
          1.6332, // in a quote
         -0.8132, // levels up to a kept block's container
          0.0313, // that container's size over the kept text
         -0.0779, // kept blocks among the six around
          1.0975, // heading over a kept block
          0.7160, // text repeated on the page
    ],
};
