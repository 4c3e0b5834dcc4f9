//! Crawl scope: the rules a discovered link must pass to be fetched.

use serde::{Deserialize, Serialize};
use url::Url;

/// The limits of one crawl, carried with every fetch job so that any worker can decide alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Hosts whose pages belong to the crawl (lowercase, no port).
    pub allowed_hosts: Vec<String>,
    /// Links deeper than this many hops from the seed are not followed.
    pub max_depth: u32,
}

/// The outcome of checking one URL against a [`Scope`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeDecision {
    /// The URL may be fetched.
    Accept,
    /// The URL is outside the crawl, with the reason for logs and metrics.
    Reject(&'static str),
}

impl Scope {
    /// A scope that stays on the seed's host down to `max_depth` links.
    pub fn same_host(seed: &Url, max_depth: u32) -> Self {
        Scope {
            allowed_hosts: seed.host_str().map(str::to_string).into_iter().collect(),
            max_depth,
        }
    }

    /// Decides whether `url`, found `depth` hops from the seed, belongs to the crawl.
    pub fn check(&self, url: &Url, depth: u32) -> ScopeDecision {
        if depth > self.max_depth {
            return ScopeDecision::Reject("max_depth");
        }
        match url.host_str() {
            Some(h) if self.allowed_hosts.iter().any(|a| a == h) => ScopeDecision::Accept,
            _ => ScopeDecision::Reject("host"),
        }
    }
}
