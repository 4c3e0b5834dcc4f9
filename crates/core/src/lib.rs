//! Shared, I/O-free building blocks of the crawl fleet.
//!
//! - [`jobs`]: the versioned messages that travel between the fetcher, extractor and indexer.
//! - [`article`]: the article record that lands in Meilisearch and in `articles.jsonl`.
//! - [`docid`]: Meilisearch-safe document ids derived from canonical URLs.
//! - [`batch`]: the count/bytes/age batching rule used by the indexer.
//! - [`disposition`]: what to do with a delivery after it was handled (ack, retry later, dead-letter).
//!
//! ```
//! use crawl_core::docid::document_id;
//! let id = document_id("https://example.com/news/1");
//! assert!(id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
//! ```
#![deny(missing_docs)]

pub mod article;
pub mod batch;
pub mod disposition;
pub mod docid;
pub mod jobs;
