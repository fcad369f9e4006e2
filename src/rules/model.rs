//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2661,
    threshold: 0.65,
    records_threshold: 0.6,
    weights: &[
          0.3212, // label good
         -0.0713, // label near
         -0.1524, // label short
          0.4598, // label links
          0.0000, // label boilerplate
         -1.8797, // chrome: navigation
          0.3902, // chrome: related
          0.0238, // chrome: comments
         -2.5003, // chrome: other kind
          0.2372, // log words
         -0.4294, // link density
         -0.0035, // bare-URL density
          0.2871, // commas per word
         -0.3249, // sentence ends per word
         -0.2284, // strong phrases
         -1.5145, // weak phrases
          0.3629, // byline or dateline
         -0.0546, // heading
          0.3063, // list item
          1.5442, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.4238, // inside content markup
         -0.9363, // position in page
         -0.0734, // kept block before
          0.2093, // kept block after
          0.0000, // distance to a kept block
          0.2605, // between first and last kept
          0.9179, // same parent as a kept neighbour
          0.2168, // page declares an article
         -0.0096, // page declares a discussion
         -0.6206, // page declares a product
          0.2828, // share of page text kept
          1.1336, // ends a sentence
         -1.5611, // digit share
          0.2911, // in a quote
          0.0000, // levels up to a kept block's container
          2.8297, // that container's size over the kept text
          0.1357, // kept blocks among the six around
          0.5948, // heading over a kept block
         -0.3103, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0439,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4301, // label good
         -0.0070, // label near
          0.1537, // label short
         -0.1066, // label links
          0.0000, // label boilerplate
         -1.3543, // chrome: navigation
         -1.1094, // chrome: related
         -1.0469, // chrome: comments
         -1.5012, // chrome: other kind
         -0.3239, // log words
         -0.1974, // link density
         -0.1961, // bare-URL density
          0.0330, // commas per word
         -0.1597, // sentence ends per word
         -0.1691, // strong phrases
         -1.4305, // weak phrases
         -0.0022, // byline or dateline
          0.4160, // heading
          0.5835, // list item
          1.0024, // table cell
          1.1711, // preformatted
         -0.5413, // caption
          0.3946, // inside content markup
         -0.6476, // position in page
         -0.6377, // kept block before
         -0.2849, // kept block after
         -0.9085, // distance to a kept block
          0.8372, // between first and last kept
          0.6383, // same parent as a kept neighbour
         -0.6885, // page declares an article
         -0.9467, // page declares a discussion
          0.0179, // page declares a product
          0.0815, // share of page text kept
          0.6368, // ends a sentence
         -0.4834, // digit share
          1.6691, // in a quote
         -0.6055, // levels up to a kept block's container
         -0.5210, // that container's size over the kept text
          0.2769, // kept blocks among the six around
          1.1824, // heading over a kept block
          0.7786, // text repeated on the page
    ],
};
