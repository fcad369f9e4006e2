//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3372,
    threshold: 0.45,
    weights: &[
          0.3540, // label good
          0.2029, // label near
          0.0060, // label short
          0.0225, // label links
          0.0000, // label boilerplate
         -1.8828, // chrome: navigation
          0.6856, // chrome: related
          0.0627, // chrome: comments
         -1.4651, // chrome: other kind
          0.0880, // log words
         -0.4688, // link density
          0.1536, // bare-URL density
          0.2465, // commas per word
         -0.3474, // sentence ends per word
         -1.5889, // strong phrases
         -2.4517, // weak phrases
          0.2547, // byline or dateline
         -0.3252, // heading
         -0.2940, // list item
          0.4744, // table cell
         -0.3955, // preformatted
          0.0000, // caption
          0.5662, // inside content markup
         -1.1517, // position in page
         -0.1342, // kept block before
          0.2122, // kept block after
          0.0000, // distance to a kept block
          0.3307, // between first and last kept
          0.8638, // same parent as a kept neighbour
          0.1051, // page declares an article
         -0.5130, // page declares a discussion
         -1.0876, // page declares a product
          0.3357, // share of page text kept
          1.0693, // ends a sentence
         -0.9622, // digit share
          0.5917, // in a quote
          0.0000, // levels up to a kept block's container
          2.1897, // that container's size over the kept text
          0.1512, // kept blocks among the six around
          0.6503, // heading over a kept block
         -0.6363, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.0980,
    threshold: 0.7,
    weights: &[
          0.3888, // label good
         -0.2414, // label near
          0.0230, // label short
         -0.2574, // label links
          0.0000, // label boilerplate
         -1.6770, // chrome: navigation
         -1.3286, // chrome: related
         -1.1358, // chrome: comments
         -1.2375, // chrome: other kind
         -0.1366, // log words
         -0.1662, // link density
         -0.5071, // bare-URL density
          0.0416, // commas per word
         -0.2310, // sentence ends per word
          0.5928, // strong phrases
         -2.2975, // weak phrases
          0.2077, // byline or dateline
          0.4126, // heading
          0.5608, // list item
          1.1073, // table cell
          1.6354, // preformatted
         -0.5833, // caption
          0.6055, // inside content markup
         -0.7468, // position in page
         -0.6026, // kept block before
         -0.3801, // kept block after
         -0.8582, // distance to a kept block
          1.2734, // between first and last kept
          0.5991, // same parent as a kept neighbour
         -0.7054, // page declares an article
         -0.6269, // page declares a discussion
         -0.1162, // page declares a product
         -0.2484, // share of page text kept
          0.7370, // ends a sentence
         -0.6603, // digit share
          1.7357, // in a quote
         -0.6705, // levels up to a kept block's container
          0.8273, // that container's size over the kept text
          0.0457, // kept blocks among the six around
          1.2236, // heading over a kept block
          0.6003, // text repeated on the page
    ],
};
