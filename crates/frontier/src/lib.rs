//! Crawl frontier rules, free of I/O: which URLs a crawl may follow, in what canonical form,
//! what robots.txt allows, what sitemaps and feeds list, and how fast a host may be fetched.
//!
//! - [`normalize`](mod@normalize): the one URL normalisation used everywhere, and
//!   [`canonical_identity`] for `<link rel=canonical>`.
//! - [`scope`]: the crawl's [`Scope`] (serialised into every fetch job), compiled once per job into
//!   a [`CompiledScope`] that decides per link with a `&'static str` reason.
//! - [`robots`]: robots.txt per RFC 9309 ([`RobotsPolicy`]).
//! - [`discover`]: sitemaps, sitemap indexes, news sitemaps and RSS/Atom/JSON feeds, with limits.
//! - [`politeness`]: the pacing arithmetic (configured rate, Crawl-delay, 429/503 backoff,
//!   Retry-After) and adaptive re-poll intervals.
//!
//! Network access (fetching robots.txt, shared seen-sets, the fleet's politeness clock) lives in
//! the worker crates and `crawl-state`; this crate only decides.
//!
//! ```
//! use crawl_frontier::{normalize, CompiledScope, Scope, ScopeDecision};
//! use url::Url;
//!
//! let seed = Url::parse("https://example.com/").unwrap();
//! let scope = CompiledScope::new(&Scope::same_host(&seed, 3)).unwrap();
//! let link = normalize(&seed, "/news/1?utm_source=feed#top").unwrap();
//! assert_eq!(link.as_str(), "https://example.com/news/1");
//! assert_eq!(scope.check(&link, 1), ScopeDecision::Accept);
//! let image = normalize(&seed, "/photo.JPG").unwrap();
//! assert_eq!(scope.check(&image, 1), ScopeDecision::Reject("extension"));
//! ```
#![deny(missing_docs)]

pub mod discover;
pub mod normalize;
pub mod politeness;
pub mod robots;
pub mod scope;

pub use discover::{DiscoverError, DiscoverLimits, DiscoveredLink, LinkKind};
pub use normalize::{
    canonical_identity, normalize, normalize_absolute, normalize_url, normalize_with, same_site,
    NormalizeError, NormalizeOptions, TrackingParams,
};
pub use robots::{RobotsConfig, RobotsPolicy, RobotsRecord};
pub use scope::{CompiledScope, Scope, ScopeDecision, ScopeError, TrapGuards};
