//! Parts of the pipeline benchmark (`cargo bench -p crawl-bench --bench pipeline`).
//!
//! - [`site`]: a news-like site on 127.0.0.1 built from an extraction corpus (hub pages linking
//!   to every corpus page), recording when each page was first requested.
//! - [`procfs`]: CPU seconds and peak RSS of a process, from `/proc` or from `wait4`.
//! - [`stats`]: percentiles and stage rates from sampled counters.
//!
//! The orchestration (workers, queues, Meilisearch, the report) is `benches/pipeline.rs`; it
//! is a bench target, so the test-only Meilisearch double it falls back to never ends up in a
//! shipped binary.
#![deny(missing_docs)]

pub mod procfs;
pub mod site;
pub mod stats;
