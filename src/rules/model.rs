//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3417,
    threshold: 0.4,
    weights: &[
          0.3684, // label good
          0.2088, // label near
          0.0284, // label short
         -0.1755, // label links
          0.0000, // label boilerplate
         -1.8758, // chrome: navigation
          0.6596, // chrome: related
          0.0613, // chrome: comments
         -1.4923, // chrome: other kind
          0.0961, // log words
         -0.3122, // link density
          0.1546, // bare-URL density
          0.2568, // commas per word
         -0.3443, // sentence ends per word
         -1.6123, // strong phrases
         -2.4734, // weak phrases
          0.2404, // byline or dateline
         -0.4092, // heading
         -0.2791, // list item
          0.4543, // table cell
         -0.4177, // preformatted
          0.0000, // caption
          0.5694, // inside content markup
         -1.1687, // position in page
         -0.1794, // kept block before
          0.2565, // kept block after
          0.0000, // distance to a kept block
          0.3351, // between first and last kept
          0.8491, // same parent as a kept neighbour
          0.1377, // page declares an article
         -0.5285, // page declares a discussion
         -1.0946, // page declares a product
          0.3321, // share of page text kept
          1.0418, // ends a sentence
         -0.9910, // digit share
          0.5676, // in a quote
          0.0000, // levels up to a kept block's container
          2.2067, // that container's size over the kept text
          0.1561, // kept blocks among the six around
          0.6702, // heading over a kept block
         -0.5999, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.0897,
    threshold: 0.7,
    weights: &[
          0.3797, // label good
         -0.2355, // label near
         -0.0208, // label short
         -0.2272, // label links
          0.0000, // label boilerplate
         -1.6861, // chrome: navigation
         -1.3413, // chrome: related
         -1.1351, // chrome: comments
         -1.2361, // chrome: other kind
         -0.1476, // log words
         -0.2132, // link density
         -0.5369, // bare-URL density
          0.0429, // commas per word
         -0.2401, // sentence ends per word
          0.5979, // strong phrases
         -2.3110, // weak phrases
          0.2076, // byline or dateline
          0.4468, // heading
          0.5598, // list item
          1.1096, // table cell
          1.6308, // preformatted
         -0.5915, // caption
          0.6124, // inside content markup
         -0.7248, // position in page
         -0.5728, // kept block before
         -0.3421, // kept block after
         -0.8590, // distance to a kept block
          1.2763, // between first and last kept
          0.5751, // same parent as a kept neighbour
         -0.7026, // page declares an article
         -0.6197, // page declares a discussion
         -0.1297, // page declares a product
         -0.2309, // share of page text kept
          0.7238, // ends a sentence
         -0.6338, // digit share
          1.7316, // in a quote
         -0.6578, // levels up to a kept block's container
          0.8193, // that container's size over the kept text
         -0.0172, // kept blocks among the six around
          1.1644, // heading over a kept block
          0.6055, // text repeated on the page
    ],
};
