//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3448,
    threshold: 0.4,
    weights: &[
          0.3651, // label good
          0.2042, // label near
          0.0007, // label short
          0.0018, // label links
          0.0000, // label boilerplate
         -1.8881, // chrome: navigation
          0.6801, // chrome: related
          0.0616, // chrome: comments
         -1.4806, // chrome: other kind
          0.1000, // log words
         -0.4559, // link density
          0.1731, // bare-URL density
          0.2551, // commas per word
         -0.3359, // sentence ends per word
         -1.6025, // strong phrases
         -2.4655, // weak phrases
          0.2593, // byline or dateline
         -0.3321, // heading
         -0.2798, // list item
          0.4668, // table cell
         -0.4193, // preformatted
          0.0000, // caption
          0.5732, // inside content markup
         -1.1650, // position in page
         -0.1641, // kept block before
          0.2277, // kept block after
          0.0000, // distance to a kept block
          0.3381, // between first and last kept
          0.8481, // same parent as a kept neighbour
          0.1329, // page declares an article
         -0.5415, // page declares a discussion
         -1.0947, // page declares a product
          0.3334, // share of page text kept
          1.0412, // ends a sentence
         -0.9864, // digit share
          0.5697, // in a quote
          0.0000, // levels up to a kept block's container
          2.1817, // that container's size over the kept text
          0.1562, // kept blocks among the six around
          0.6412, // heading over a kept block
         -0.6292, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.1035,
    threshold: 0.7,
    weights: &[
          0.3889, // label good
         -0.2337, // label near
          0.0125, // label short
         -0.2653, // label links
          0.0000, // label boilerplate
         -1.6831, // chrome: navigation
         -1.3698, // chrome: related
         -1.1380, // chrome: comments
         -1.2395, // chrome: other kind
         -0.1347, // log words
         -0.1599, // link density
         -0.5059, // bare-URL density
          0.0491, // commas per word
         -0.2373, // sentence ends per word
          0.6045, // strong phrases
         -2.3091, // weak phrases
          0.1977, // byline or dateline
          0.4261, // heading
          0.5610, // list item
          1.1038, // table cell
          1.6338, // preformatted
         -0.5920, // caption
          0.6057, // inside content markup
         -0.7317, // position in page
         -0.5854, // kept block before
         -0.3760, // kept block after
         -0.8626, // distance to a kept block
          1.2962, // between first and last kept
          0.5832, // same parent as a kept neighbour
         -0.6965, // page declares an article
         -0.6360, // page declares a discussion
         -0.1302, // page declares a product
         -0.2319, // share of page text kept
          0.7231, // ends a sentence
         -0.6492, // digit share
          1.7332, // in a quote
         -0.6588, // levels up to a kept block's container
          0.8189, // that container's size over the kept text
         -0.0014, // kept blocks among the six around
          1.2439, // heading over a kept block
          0.5895, // text repeated on the page
    ],
};
