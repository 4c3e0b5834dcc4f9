//! The fetcher worker's HTTP side: a bounded, polite HTTP client and a per-host rate limiter.
//!
//! - [`Fetcher`]: one GET with every limit applied: request and connect timeouts, a body cap
//!   (streamed chunk by chunk, cut off, never buffered unbounded), a redirect limit with loop
//!   detection, gzip/brotli/deflate, the configured `User-Agent`, conditional requests and a
//!   content-type filter per [`Resource`](crawl_core::jobs::Resource).
//! - [`HostLimiter`]: per-host request spacing on `governor`, with per-host overrides, a minimum
//!   interval for robots.txt `Crawl-delay`, pauses for `Retry-After`, and eviction of idle hosts.
//! - [`classify_status`], [`parse_retry_after`]: pure rules for what a response means.
//! - [`FetchError`]: failures without a usable response, each classified transient or permanent
//!   for the delivery decision ([`crawl_core::disposition::Classify`]).
//!
//! Metrics (through the `metrics` facade; names in [`events`]): `fetch_responses_total{status}`,
//! `fetch_bytes_total`, `fetch_duration_seconds`, `fetch_truncated_total`,
//! `fetch_errors_total{kind}`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), crawl_fetch::FetchError> {
//! use crawl_core::jobs::Resource;
//! use crawl_fetch::{classify_status, host_key, FetchConfig, Fetcher, HostLimiter, StatusClass};
//!
//! let cfg = FetchConfig::default();
//! let fetcher = Fetcher::new(&cfg)?;
//! let limiter = HostLimiter::new(&cfg)?;
//! let url = url::Url::parse("https://example.com/news/").expect("valid URL");
//! limiter.until_ready(&host_key(&url).unwrap_or_default()).await;
//! let page = fetcher.fetch(&url, Resource::Page, None).await?;
//! if classify_status(page.status) == StatusClass::Ok {
//!     println!("{} bytes of {:?}", page.body.len(), page.content_type);
//! }
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

pub mod config;
mod error;
pub mod events;
mod fetcher;
mod limiter;
mod status;

pub use config::FetchConfig;
pub use error::FetchError;
pub use fetcher::{FetchedPage, Fetcher, Validators};
pub use limiter::{host_key, HostLimiter};
pub use status::{classify_status, media_type, parse_retry_after, sniff_media_type, StatusClass};
