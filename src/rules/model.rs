//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3451,
    threshold: 0.4,
    weights: &[
          0.3645, // label good
          0.2063, // label near
          0.0066, // label short
          0.0067, // label links
          0.0000, // label boilerplate
         -1.8976, // chrome: navigation
          0.6799, // chrome: related
          0.0608, // chrome: comments
         -1.4843, // chrome: other kind
          0.0952, // log words
         -0.4501, // link density
          0.1746, // bare-URL density
          0.2572, // commas per word
         -0.3414, // sentence ends per word
         -1.6115, // strong phrases
         -2.4711, // weak phrases
          0.2570, // byline or dateline
         -0.3420, // heading
         -0.2803, // list item
          0.4512, // table cell
         -0.4190, // preformatted
          0.0000, // caption
          0.5744, // inside content markup
         -1.1647, // position in page
         -0.1806, // kept block before
          0.2576, // kept block after
          0.0000, // distance to a kept block
          0.3384, // between first and last kept
          0.8531, // same parent as a kept neighbour
          0.1329, // page declares an article
         -0.5296, // page declares a discussion
         -1.0945, // page declares a product
          0.3319, // share of page text kept
          1.0412, // ends a sentence
         -0.9726, // digit share
          0.5694, // in a quote
          0.0000, // levels up to a kept block's container
          2.1935, // that container's size over the kept text
          0.1465, // kept blocks among the six around
          0.6378, // heading over a kept block
         -0.5949, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.1024,
    threshold: 0.7,
    weights: &[
          0.3940, // label good
         -0.2273, // label near
          0.0160, // label short
         -0.2681, // label links
          0.0000, // label boilerplate
         -1.6862, // chrome: navigation
         -1.3529, // chrome: related
         -1.1359, // chrome: comments
         -1.2399, // chrome: other kind
         -0.1399, // log words
         -0.1565, // link density
         -0.5073, // bare-URL density
          0.0482, // commas per word
         -0.2409, // sentence ends per word
          0.6057, // strong phrases
         -2.3108, // weak phrases
          0.1971, // byline or dateline
          0.4255, // heading
          0.5630, // list item
          1.1070, // table cell
          1.6350, // preformatted
         -0.5933, // caption
          0.6070, // inside content markup
         -0.7293, // position in page
         -0.5773, // kept block before
         -0.3522, // kept block after
         -0.8616, // distance to a kept block
          1.2931, // between first and last kept
          0.5700, // same parent as a kept neighbour
         -0.6986, // page declares an article
         -0.6240, // page declares a discussion
         -0.1313, // page declares a product
         -0.2359, // share of page text kept
          0.7238, // ends a sentence
         -0.6467, // digit share
          1.7276, // in a quote
         -0.6591, // levels up to a kept block's container
          0.8156, // that container's size over the kept text
         -0.0071, // kept blocks among the six around
          1.2294, // heading over a kept block
          0.5999, // text repeated on the page
    ],
};
