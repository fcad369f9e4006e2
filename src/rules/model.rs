//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3567,
    threshold: 0.45,
    weights: &[
          0.3575, // label good
          0.2297, // label near
          0.1343, // label short
         -0.0240, // label links
          0.0000, // label boilerplate
         -1.9160, // chrome: navigation
          0.6699, // chrome: related
          0.0585, // chrome: comments
         -1.4513, // chrome: other kind
          0.0951, // log words
         -0.3373, // link density
          0.1450, // bare-URL density
          0.2395, // commas per word
         -0.3425, // sentence ends per word
         -1.4605, // strong phrases
         -2.4779, // weak phrases
          0.2396, // byline or dateline
         -0.4579, // heading
         -0.3142, // list item
          0.4169, // table cell
         -0.4308, // preformatted
          0.0000, // caption
          0.4966, // inside content markup
         -1.0936, // position in page
         -0.1841, // kept block before
          0.2561, // kept block after
          0.0000, // distance to a kept block
          0.3499, // between first and last kept
          0.7829, // same parent as a kept neighbour
          0.1986, // page declares an article
         -0.3815, // page declares a discussion
         -1.1290, // page declares a product
          0.3112, // share of page text kept
          1.1034, // ends a sentence
         -1.0864, // digit share
          0.4978, // in a quote
          0.0000, // levels up to a kept block's container
          2.5726, // that container's size over the kept text
          0.1695, // kept blocks among the six around
          0.6848, // heading over a kept block
         -0.6688, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.0754,
    threshold: 0.7,
    weights: &[
          0.4030, // label good
         -0.2034, // label near
          0.0050, // label short
         -0.2225, // label links
          0.0000, // label boilerplate
         -1.6571, // chrome: navigation
         -1.3347, // chrome: related
         -1.1116, // chrome: comments
         -1.2488, // chrome: other kind
         -0.1396, // log words
         -0.2004, // link density
         -0.5893, // bare-URL density
          0.0411, // commas per word
         -0.2451, // sentence ends per word
          0.6398, // strong phrases
         -2.2681, // weak phrases
          0.1959, // byline or dateline
          0.4650, // heading
          0.5743, // list item
          1.0447, // table cell
          1.6502, // preformatted
         -0.5793, // caption
          0.6118, // inside content markup
         -0.7143, // position in page
         -0.5734, // kept block before
         -0.3226, // kept block after
         -0.8852, // distance to a kept block
          1.2698, // between first and last kept
          0.6121, // same parent as a kept neighbour
         -0.7318, // page declares an article
         -0.8253, // page declares a discussion
         -0.1308, // page declares a product
         -0.2209, // share of page text kept
          0.7449, // ends a sentence
         -0.5947, // digit share
          1.5190, // in a quote
         -0.7166, // levels up to a kept block's container
          0.8219, // that container's size over the kept text
         -0.0866, // kept blocks among the six around
          1.1269, // heading over a kept block
          0.6394, // text repeated on the page
    ],
};
