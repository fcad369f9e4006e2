//! The learned models of the `refine` stage, written by `examples/train.rs`
//! (`cargo run --release --example train -- --write`) from aeb and wcxb-dev; do
//! not edit by hand. A weight multiplies the input named beside it.

use super::Model;

/// Whether a block the rules kept stays: it goes below the threshold.
#[rustfmt::skip]
pub(crate) const KEPT_MODEL: Model = Model {
    bias: 0.3553,
    threshold: 0.45,
    weights: &[
          0.3559, // label good
          0.2325, // label near
          0.1291, // label short
         -0.0202, // label links
          0.0000, // label boilerplate
         -1.9154, // chrome: navigation
          0.6675, // chrome: related
          0.0589, // chrome: comments
         -1.4509, // chrome: other kind
          0.0933, // log words
         -0.3419, // link density
          0.1571, // bare-URL density
          0.2465, // commas per word
         -0.3432, // sentence ends per word
         -1.4596, // strong phrases
         -2.4774, // weak phrases
          0.2552, // byline or dateline
         -0.4407, // heading
         -0.3122, // list item
          0.4148, // table cell
         -0.4428, // preformatted
          0.0000, // caption
          0.4947, // inside content markup
         -1.0921, // position in page
         -0.1841, // kept block before
          0.2547, // kept block after
          0.0000, // distance to a kept block
          0.3485, // between first and last kept
          0.7834, // same parent as a kept neighbour
          0.1970, // page declares an article
         -0.3053, // page declares a discussion
         -1.1278, // page declares a product
          0.3121, // share of page text kept
          1.1021, // ends a sentence
         -1.0775, // digit share
          0.4950, // in a quote
          0.0000, // levels up to a kept block's container
          2.5639, // that container's size over the kept text
          0.1748, // kept blocks among the six around
          0.6737, // heading over a kept block
         -0.6714, // text repeated on the page
    ],
};

/// Whether a block the rules left is taken in: at or above the threshold.
#[rustfmt::skip]
pub(crate) const LEFT_MODEL: Model = Model {
    bias: -0.0697,
    threshold: 0.7,
    weights: &[
          0.3999, // label good
         -0.1938, // label near
          0.0091, // label short
         -0.2139, // label links
          0.0000, // label boilerplate
         -1.6551, // chrome: navigation
         -1.3413, // chrome: related
         -1.2894, // chrome: comments
         -1.2464, // chrome: other kind
         -0.1833, // log words
         -0.1971, // link density
         -0.5662, // bare-URL density
          0.0515, // commas per word
         -0.2516, // sentence ends per word
          0.6466, // strong phrases
         -2.2315, // weak phrases
          0.2164, // byline or dateline
          0.4479, // heading
          0.5331, // list item
          0.9612, // table cell
          1.6386, // preformatted
         -0.5801, // caption
          0.6096, // inside content markup
         -0.6882, // position in page
         -0.5831, // kept block before
         -0.3257, // kept block after
         -0.8686, // distance to a kept block
          1.2840, // between first and last kept
          0.6127, // same parent as a kept neighbour
         -0.7502, // page declares an article
         -0.8354, // page declares a discussion
         -0.1362, // page declares a product
         -0.1961, // share of page text kept
          0.7428, // ends a sentence
         -0.5763, // digit share
          1.5609, // in a quote
         -0.7045, // levels up to a kept block's container
          0.8015, // that container's size over the kept text
         -0.0910, // kept blocks among the six around
          1.1401, // heading over a kept block
          0.6389, // text repeated on the page
    ],
};
