//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3124,
    threshold: 0.6,
    records_threshold: 0.55,
    weights: &[
          0.3866, // label good
          0.0299, // label near
         -0.1336, // label short
         -0.0586, // label links
          0.0000, // label boilerplate
         -1.8412, // chrome: navigation
          0.3601, // chrome: related
          0.0218, // chrome: comments
         -2.4199, // chrome: other kind
          0.1930, // log words
         -0.2755, // link density
          0.2524, // bare-URL density
          0.2646, // commas per word
         -0.4164, // sentence ends per word
         -1.5703, // strong phrases
         -2.3100, // weak phrases
          0.2564, // byline or dateline
         -0.0711, // heading
          0.2751, // list item
          0.6167, // table cell
         -0.4382, // preformatted
          0.0000, // caption
          0.3176, // inside content markup
         -0.8863, // position in page
         -0.1082, // kept block before
          0.2623, // kept block after
          0.0000, // distance to a kept block
          0.3063, // between first and last kept
          0.8029, // same parent as a kept neighbour
          0.1072, // page declares an article
          0.1703, // page declares a discussion
         -0.8473, // page declares a product
          0.2645, // share of page text kept
          1.1763, // ends a sentence
         -1.0054, // digit share
          0.3646, // in a quote
          0.0000, // levels up to a kept block's container
          2.3302, // that container's size over the kept text
          0.2185, // kept blocks among the six around
          0.5584, // heading over a kept block
         -0.4310, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0806,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4724, // label good
          0.0692, // label near
          0.2480, // label short
         -0.1066, // label links
          0.0000, // label boilerplate
         -1.4315, // chrome: navigation
         -1.2404, // chrome: related
         -1.1616, // chrome: comments
         -1.4044, // chrome: other kind
         -0.1963, // log words
         -0.0948, // link density
         -0.4421, // bare-URL density
          0.0305, // commas per word
         -0.1586, // sentence ends per word
         -0.0983, // strong phrases
         -1.4026, // weak phrases
          0.0542, // byline or dateline
          0.3610, // heading
          0.5420, // list item
          1.0111, // table cell
          1.4754, // preformatted
         -0.4964, // caption
          0.3611, // inside content markup
         -0.6417, // position in page
         -0.6694, // kept block before
         -0.3797, // kept block after
         -0.8498, // distance to a kept block
          0.9056, // between first and last kept
          0.7525, // same parent as a kept neighbour
         -0.7645, // page declares an article
         -0.9212, // page declares a discussion
         -0.0921, // page declares a product
         -0.0712, // share of page text kept
          0.6388, // ends a sentence
         -0.5716, // digit share
          1.6781, // in a quote
         -0.7041, // levels up to a kept block's container
         -0.2639, // that container's size over the kept text
          0.2263, // kept blocks among the six around
          1.1598, // heading over a kept block
          0.7126, // text repeated on the page
    ],
};
