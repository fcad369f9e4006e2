//! The one error type of the crate.

/// Why an extraction returned no article.
///
/// Parsing itself never fails: html5ever recovers from any markup, so every
/// variant here is either a limit the caller set or a page with nothing to
/// extract.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The input is longer than [`Extractor::max_input_bytes`](crate::Extractor::max_input_bytes).
    ///
    /// Raise the limit if the page is trusted, or truncate the input yourself.
    #[error("input of {len} bytes is over the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The page has more elements than [`Extractor::max_nodes`](crate::Extractor::max_nodes).
    ///
    /// Raise the limit if the page is trusted; most real pages have under 20,000 elements.
    #[error("page has more than {limit} elements")]
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },
    /// The page parsed, but no block of it reads like main content
    /// (an empty page, a page of links only, a login wall).
    ///
    /// Nothing to do but skip the page, or inspect it with the text of the whole body.
    #[error("no article content found")]
    NoContent,
}
