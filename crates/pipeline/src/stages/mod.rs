//! The pipeline's stages. Each is pure handling logic behind [`crate::runner::Stage`]; the
//! runner does the queue work.

pub mod extract;
pub mod fetch;
pub mod index;
pub mod polls;
