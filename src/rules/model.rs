//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3460,
    threshold: 0.45,
    weights: &[
          0.3741, // label good
          0.1727, // label near
          0.0094, // label short
          0.0311, // label links
          0.0000, // label boilerplate
         -1.9496, // chrome: navigation
          0.6215, // chrome: related
          0.0618, // chrome: comments
         -1.7867, // chrome: other kind
          0.0633, // log words
         -0.2370, // link density
          0.2652, // bare-URL density
          0.2534, // commas per word
         -0.4034, // sentence ends per word
         -1.5348, // strong phrases
         -2.2049, // weak phrases
          0.2523, // byline or dateline
         -0.4221, // heading
         -0.1747, // list item
          0.4265, // table cell
         -0.4837, // preformatted
          0.0000, // caption
          0.4029, // inside content markup
         -1.0226, // position in page
         -0.1147, // kept block before
          0.3111, // kept block after
          0.0000, // distance to a kept block
          0.3395, // between first and last kept
          0.8025, // same parent as a kept neighbour
          0.1649, // page declares an article
          0.0391, // page declares a discussion
         -1.0571, // page declares a product
          0.3000, // share of page text kept
          1.1079, // ends a sentence
         -1.0724, // digit share
          0.4137, // in a quote
          0.0000, // levels up to a kept block's container
          2.4344, // that container's size over the kept text
          0.1901, // kept blocks among the six around
          0.7163, // heading over a kept block
         -0.5722, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0525,
    threshold: 0.7,
    weights: &[
          0.5352, // label good
         -0.1462, // label near
          0.1887, // label short
         -0.1279, // label links
          0.0000, // label boilerplate
         -1.5085, // chrome: navigation
         -1.2074, // chrome: related
         -1.1764, // chrome: comments
         -1.2877, // chrome: other kind
         -0.0366, // log words
         -0.1367, // link density
         -0.4860, // bare-URL density
          0.0389, // commas per word
         -0.2371, // sentence ends per word
          0.6600, // strong phrases
         -1.8232, // weak phrases
          0.1605, // byline or dateline
          0.5230, // heading
          0.5781, // list item
          0.9129, // table cell
          1.8882, // preformatted
         -0.5258, // caption
          0.4935, // inside content markup
         -0.6390, // position in page
         -0.6550, // kept block before
         -0.3937, // kept block after
         -0.7986, // distance to a kept block
          1.1904, // between first and last kept
          0.6591, // same parent as a kept neighbour
         -0.7556, // page declares an article
         -1.0337, // page declares a discussion
         -0.0354, // page declares a product
         -0.3569, // share of page text kept
          0.7121, // ends a sentence
         -0.5241, // digit share
          1.7028, // in a quote
         -0.8264, // levels up to a kept block's container
          0.0839, // that container's size over the kept text
         -0.0529, // kept blocks among the six around
          1.0879, // heading over a kept block
          0.7612, // text repeated on the page
    ],
};
