//! Blocks in, one [`Features`] per block out.
use crate::rules::Rules;
use crate::segment::Segments;

/// Measurements of one block.
#[derive(Debug, Clone, Default)]
pub(crate) struct Features {}

/// Measures every block.
pub(crate) fn features(segments: &Segments, _rules: &Rules) -> Vec<Features> {
    vec![Features::default(); segments.blocks.len()]
}
