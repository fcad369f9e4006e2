//! The learned models of the `refine` stage: placeholder weights that keep the rules'
//! choice as it is, until `examples/train.rs` writes this file.

use super::Model;
use crate::refine::INPUT_COUNT;

/// Drops blocks the rules kept: never, with these weights.
pub(crate) const KEPT_MODEL: Model = Model { bias: 20.0, weights: [0.0; INPUT_COUNT], threshold: 0.5 };
/// Takes in blocks the rules left: never, with these weights.
pub(crate) const LEFT_MODEL: Model = Model { bias: -20.0, weights: [0.0; INPUT_COUNT], threshold: 0.5 };
