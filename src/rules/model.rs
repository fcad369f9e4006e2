//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.2663,
    threshold: 0.6,
    records_threshold: 0.6,
    weights: &[
          0.3243, // label good
         -0.0712, // label near
         -0.1715, // label short
          0.4433, // label links
          0.0000, // label boilerplate
         -1.8825, // chrome: navigation
          0.3842, // chrome: related
          0.0250, // chrome: comments
         -2.4806, // chrome: other kind
          0.2527, // log words
         -0.4471, // link density
         -0.1372, // bare-URL density
          0.2718, // commas per word
         -0.3402, // sentence ends per word
         -1.6098, // strong phrases
         -2.5620, // weak phrases
          0.3691, // byline or dateline
         -0.0494, // heading
          0.3203, // list item
          1.5442, // table cell
          0.0000, // preformatted
          0.0000, // caption
          0.4147, // inside content markup
         -0.8718, // position in page
         -0.0559, // kept block before
          0.2012, // kept block after
          0.0000, // distance to a kept block
          0.2607, // between first and last kept
          0.8817, // same parent as a kept neighbour
          0.2292, // page declares an article
          0.0035, // page declares a discussion
         -0.7168, // page declares a product
          0.2409, // share of page text kept
          1.1177, // ends a sentence
         -1.5759, // digit share
          0.2772, // in a quote
          0.0000, // levels up to a kept block's container
          2.6479, // that container's size over the kept text
          0.1824, // kept blocks among the six around
          0.5871, // heading over a kept block
         -0.3920, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: 0.0448,
    threshold: 0.7,
    records_threshold: 1.01,
    weights: &[
          0.4059, // label good
         -0.0216, // label near
          0.1634, // label short
         -0.0962, // label links
          0.0000, // label boilerplate
         -1.3536, // chrome: navigation
         -1.1149, // chrome: related
         -1.0518, // chrome: comments
         -1.5041, // chrome: other kind
         -0.2911, // log words
         -0.1853, // link density
         -0.3061, // bare-URL density
          0.0417, // commas per word
         -0.1624, // sentence ends per word
         -0.1549, // strong phrases
         -1.3649, // weak phrases
          0.0015, // byline or dateline
          0.4024, // heading
          0.5716, // list item
          1.0007, // table cell
          1.2290, // preformatted
         -0.5336, // caption
          0.3947, // inside content markup
         -0.6513, // position in page
         -0.6734, // kept block before
         -0.3200, // kept block after
         -0.8875, // distance to a kept block
          0.8760, // between first and last kept
          0.6015, // same parent as a kept neighbour
         -0.6853, // page declares an article
         -0.9562, // page declares a discussion
          0.0063, // page declares a product
          0.0581, // share of page text kept
          0.6599, // ends a sentence
         -0.4848, // digit share
          1.6714, // in a quote
         -0.6350, // levels up to a kept block's container
         -0.5387, // that container's size over the kept text
          0.2967, // kept blocks among the six around
          1.2232, // heading over a kept block
          0.7717, // text repeated on the page
    ],
};
