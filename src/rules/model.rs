//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3457,
    threshold: 0.45,
    weights: &[
          0.3734, // label good
          0.1736, // label near
          0.0115, // label short
          0.0269, // label links
          0.0000, // label boilerplate
         -1.9958, // chrome: navigation
          0.6214, // chrome: related
          0.0612, // chrome: comments
         -1.7847, // chrome: other kind
          0.0628, // log words
         -0.2379, // link density
          0.2623, // bare-URL density
          0.2533, // commas per word
         -0.4034, // sentence ends per word
         -1.5373, // strong phrases
         -2.2071, // weak phrases
          0.2520, // byline or dateline
         -0.4224, // heading
         -0.1750, // list item
          0.4268, // table cell
         -0.4831, // preformatted
          0.0000, // caption
          0.4028, // inside content markup
         -1.0200, // position in page
         -0.1117, // kept block before
          0.3146, // kept block after
          0.0000, // distance to a kept block
          0.3392, // between first and last kept
          0.8025, // same parent as a kept neighbour
          0.1663, // page declares an article
          0.0380, // page declares a discussion
         -1.0578, // page declares a product
          0.2994, // share of page text kept
          1.1080, // ends a sentence
         -1.0703, // digit share
          0.4136, // in a quote
          0.0000, // levels up to a kept block's container
          2.4977, // that container's size over the kept text
          0.1805, // kept blocks among the six around
          0.7165, // heading over a kept block
         -0.5726, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0553,
    threshold: 0.7,
    weights: &[
          0.5386, // label good
         -0.1436, // label near
          0.1913, // label short
         -0.1258, // label links
          0.0000, // label boilerplate
         -1.5077, // chrome: navigation
         -1.2081, // chrome: related
         -1.1746, // chrome: comments
         -1.2869, // chrome: other kind
         -0.0361, // log words
         -0.1351, // link density
         -0.4852, // bare-URL density
          0.0389, // commas per word
         -0.2370, // sentence ends per word
          0.6614, // strong phrases
         -1.8228, // weak phrases
          0.1601, // byline or dateline
          0.5230, // heading
          0.5788, // list item
          0.9139, // table cell
          1.8899, // preformatted
         -0.5263, // caption
          0.4938, // inside content markup
         -0.6395, // position in page
         -0.6545, // kept block before
         -0.3932, // kept block after
         -0.8058, // distance to a kept block
          1.1881, // between first and last kept
          0.6600, // same parent as a kept neighbour
         -0.7561, // page declares an article
         -1.0352, // page declares a discussion
         -0.0351, // page declares a product
         -0.3587, // share of page text kept
          0.7119, // ends a sentence
         -0.5233, // digit share
          1.7028, // in a quote
         -0.8233, // levels up to a kept block's container
          0.0768, // that container's size over the kept text
         -0.0598, // kept blocks among the six around
          1.0868, // heading over a kept block
          0.7624, // text repeated on the page
    ],
};
