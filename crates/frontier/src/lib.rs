//! Crawl frontier rules, free of I/O: which URLs a crawl may follow and in what canonical form.
//!
//! The pipeline calls [`normalize`] on every discovered link and asks a [`Scope`] whether the
//! link belongs to the crawl. Network access (robots.txt fetches, shared seen-sets, politeness
//! clocks) lives in the worker crates; this crate only decides.
#![deny(missing_docs)]

mod normalize;
mod scope;

pub use normalize::{normalize, NormalizeError};
pub use scope::{Scope, ScopeDecision};
