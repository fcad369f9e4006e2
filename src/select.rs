//! Labels in, the chosen blocks out.
use crate::classify::Label;
use crate::features::Features;
use crate::segment::Segments;
use crate::Error;

/// Picks the article's blocks, in page order.
pub(crate) fn select(segments: &Segments, _f: &[Features], _l: &[Label], _title: Option<&str>) -> Result<Vec<usize>, Error> {
    if segments.blocks.is_empty() { return Err(Error::NoContent); }
    Ok((0..segments.blocks.len()).collect())
}
