//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2621,
    threshold: 0.65,
    records_threshold: 0.6,
    weights: &[
          0.3346, // label good
         -0.0665, // label near
         -0.2079, // label short
          0.2310, // label links
          0.0000, // label boilerplate
         -1.8699, // chrome: navigation
          0.3581, // chrome: related
          0.0266, // chrome: comments
         -2.4861, // chrome: other kind
          0.2595, // log words
         -0.2932, // link density
         -0.1764, // bare-URL density
          0.2722, // commas per word
         -0.3147, // sentence ends per word
         -1.5962, // strong phrases
         -2.5444, // weak phrases
          0.3315, // byline or dateline
          0.0020, // heading
          0.3691, // list item
          1.6215, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.3577, // inside content markup
         -0.8553, // position in page
         -0.0755, // kept block before
          0.2146, // kept block after
          0.0000, // distance to a kept block
          0.2566, // between first and last kept
          0.8571, // same parent as a kept neighbour
          0.2038, // page declares an article
          0.0169, // page declares a discussion
         -0.7122, // page declares a product
          0.2734, // share of page text kept
          1.1065, // ends a sentence
         -1.5571, // digit share
          0.2853, // in a quote
          0.0000, // levels up to a kept block's container
          2.4262, // that container's size over the kept text
          0.2412, // kept blocks among the six around
          0.5525, // heading over a kept block
         -0.3726, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0604,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4383, // label good
          0.0950, // label near
          0.2698, // label short
         -0.1420, // label links
          0.0000, // label boilerplate
         -1.3991, // chrome: navigation
         -1.1832, // chrome: related
         -1.1243, // chrome: comments
         -1.5854, // chrome: other kind
         -0.1639, // log words
         -0.0590, // link density
         -0.2936, // bare-URL density
          0.0447, // commas per word
         -0.1522, // sentence ends per word
         -0.1606, // strong phrases
         -1.3844, // weak phrases
         -0.0218, // byline or dateline
          0.3085, // heading
          0.5667, // list item
          0.9239, // table cell
          1.2856, // preformatted
         -0.5649, // caption
          0.4483, // inside content markup
         -0.6676, // position in page
         -0.6805, // kept block before
         -0.3308, // kept block after
         -0.9037, // distance to a kept block
          0.8507, // between first and last kept
          0.5850, // same parent as a kept neighbour
         -0.7430, // page declares an article
         -0.9641, // page declares a discussion
         -0.0517, // page declares a product
         -0.0366, // share of page text kept
          0.6331, // ends a sentence
         -0.4073, // digit share
          1.6541, // in a quote
         -0.6970, // levels up to a kept block's container
         -0.4857, // that container's size over the kept text
          0.2706, // kept blocks among the six around
          1.2267, // heading over a kept block
          0.7743, // text repeated on the page
    ],
};
