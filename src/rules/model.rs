//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3593,
    threshold: 0.5,
    weights: &[
          0.3882, // label good
          0.1942, // label near
          0.0080, // label short
          0.0250, // label links
          0.0000, // label boilerplate
         -1.8212, // chrome: navigation
          0.6013, // chrome: related
          0.0612, // chrome: comments
         -1.8510, // chrome: other kind
          0.0814, // log words
         -0.2139, // link density
          0.2515, // bare-URL density
          0.2550, // commas per word
         -0.4062, // sentence ends per word
         -1.5392, // strong phrases
         -2.1170, // weak phrases
          0.2542, // byline or dateline
         -0.3398, // heading
         -0.1605, // list item
          0.4564, // table cell
         -0.4493, // preformatted
          0.0000, // caption
          0.3442, // inside content markup
         -0.9960, // position in page
         -0.1170, // kept block before
          0.2837, // kept block after
          0.0000, // distance to a kept block
          0.3526, // between first and last kept
          0.8053, // same parent as a kept neighbour
          0.1785, // page declares an article
          0.0309, // page declares a discussion
         -1.0602, // page declares a product
          0.2748, // share of page text kept
          1.1147, // ends a sentence
         -0.9936, // digit share
          0.4272, // in a quote
          0.0000, // levels up to a kept block's container
          2.4542, // that container's size over the kept text
          0.1944, // kept blocks among the six around
          0.6487, // heading over a kept block
         -0.5270, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.1192,
    threshold: 0.7,
    weights: &[
          0.5510, // label good
         -0.0768, // label near
          0.2718, // label short
         -0.0603, // label links
          0.0000, // label boilerplate
         -1.4705, // chrome: navigation
         -1.1903, // chrome: related
         -1.0258, // chrome: comments
         -1.3463, // chrome: other kind
         -0.0361, // log words
         -0.1392, // link density
         -0.4731, // bare-URL density
          0.0395, // commas per word
         -0.2186, // sentence ends per word
          0.6471, // strong phrases
         -1.8252, // weak phrases
          0.1317, // byline or dateline
          0.4965, // heading
          0.5702, // list item
          0.9256, // table cell
          1.9095, // preformatted
         -0.4895, // caption
          0.4671, // inside content markup
         -0.6028, // position in page
         -0.6879, // kept block before
         -0.3791, // kept block after
         -0.7780, // distance to a kept block
          1.1556, // between first and last kept
          0.6358, // same parent as a kept neighbour
         -0.8007, // page declares an article
         -1.0857, // page declares a discussion
         -0.0512, // page declares a product
         -0.3767, // share of page text kept
          0.7479, // ends a sentence
         -0.5372, // digit share
          1.6806, // in a quote
         -0.8311, // levels up to a kept block's container
         -0.1740, // that container's size over the kept text
         -0.0524, // kept blocks among the six around
          1.0977, // heading over a kept block
          0.7132, // text repeated on the page
    ],
};
