//! The `[fetch]` settings: HTTP limits, accepted content types and per-host rates.
//!
//! Durations are plain seconds as floating-point numbers (`request_timeout_secs = 30`,
//! `connect_timeout_secs = 2.5`): TOML and environment variables carry them without a
//! duration syntax, and tests can use sub-second values.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::Duration;

/// Default `User-Agent` header.
pub const DEFAULT_USER_AGENT: &str = "crawlfleet/0.1 (+https://github.com/crawlfleet/crawlfleet)";
/// Default whole-request timeout (connect, headers and body), in seconds.
pub const DEFAULT_REQUEST_TIMEOUT_SECS: f64 = 30.0;
/// Default TCP + TLS connect timeout, in seconds.
pub const DEFAULT_CONNECT_TIMEOUT_SECS: f64 = 10.0;
/// Default cap on a 2xx body after decompression: 5 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 5 * 1024 * 1024;
/// Default cap on the body of a non-2xx response (error pages are not worth more): 64 KiB.
pub const DEFAULT_MAX_ERROR_BODY_BYTES: usize = 64 * 1024;
/// Default cap on a robots.txt body: 500 KiB, the least RFC 9309 asks crawlers to parse.
pub const DEFAULT_MAX_ROBOTS_BYTES: usize = 500 * 1024;
/// Default number of redirects followed before giving up.
pub const DEFAULT_MAX_REDIRECTS: usize = 5;
/// Default content types accepted for HTML pages.
pub const DEFAULT_PAGE_CONTENT_TYPES: &[&str] = &["text/html", "application/xhtml+xml"];
/// Default content types accepted for sitemaps (XML, gzip-compressed XML files, plain-text URL lists).
pub const DEFAULT_SITEMAP_CONTENT_TYPES: &[&str] = &[
    "application/xml",
    "text/xml",
    "application/gzip",
    "application/x-gzip",
    "text/plain",
];
/// Default content types accepted for RSS, Atom and JSON feeds.
pub const DEFAULT_FEED_CONTENT_TYPES: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/xml",
    "text/xml",
];
/// Default per-host rate, in requests per second.
pub const DEFAULT_HOST_RATE: f64 = 1.0;
/// Default per-host burst: how many requests may go out back to back after an idle spell.
pub const DEFAULT_HOST_BURST: u32 = 1;
/// Default interval at which the worker should evict idle hosts from the limiter, in seconds.
pub const DEFAULT_LIMITER_EVICTION_INTERVAL_SECS: f64 = 60.0;
/// Default longest pause [`crate::HostLimiter::pause`] applies for one `Retry-After`: 1 hour.
pub const DEFAULT_MAX_PAUSE_SECS: f64 = 3600.0;
/// Default for using `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY` from the environment.
pub const DEFAULT_USE_ENV_PROXY: bool = true;

/// Settings of the fetcher's HTTP client and per-host limiter (the `[fetch]` table).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FetchConfig {
    /// `User-Agent` header sent with every request, and the name robots.txt groups are matched
    /// against. Default: [`DEFAULT_USER_AGENT`].
    pub user_agent: String,
    /// Whole-request timeout in seconds, body included. Default: [`DEFAULT_REQUEST_TIMEOUT_SECS`].
    pub request_timeout_secs: f64,
    /// Connect (TCP + TLS handshake) timeout in seconds. Default: [`DEFAULT_CONNECT_TIMEOUT_SECS`].
    pub connect_timeout_secs: f64,
    /// Largest 2xx body kept, in bytes after decompression; the rest is not downloaded and the
    /// page is marked truncated. Default: [`DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: usize,
    /// Largest non-2xx body read, in bytes. Default: [`DEFAULT_MAX_ERROR_BODY_BYTES`].
    pub max_error_body_bytes: usize,
    /// Largest robots.txt body read, in bytes (see [`crate::Fetcher::fetch_robots`]).
    /// Default: [`DEFAULT_MAX_ROBOTS_BYTES`].
    pub max_robots_bytes: usize,
    /// Redirects followed before the fetch fails. Default: [`DEFAULT_MAX_REDIRECTS`].
    pub max_redirects: usize,
    /// Media types (no parameters, lowercase) accepted for HTML pages.
    /// Default: [`DEFAULT_PAGE_CONTENT_TYPES`].
    pub page_content_types: Vec<String>,
    /// Media types accepted for sitemaps. Default: [`DEFAULT_SITEMAP_CONTENT_TYPES`].
    pub sitemap_content_types: Vec<String>,
    /// Media types accepted for feeds. Default: [`DEFAULT_FEED_CONTENT_TYPES`].
    pub feed_content_types: Vec<String>,
    /// Requests per second allowed to one host (fractions allowed: 0.5 = one every 2 s).
    /// Default: [`DEFAULT_HOST_RATE`].
    pub host_rate: f64,
    /// Requests that may go out back to back to an idle host. Default: [`DEFAULT_HOST_BURST`].
    pub host_burst: u32,
    /// Per-host rates in requests per second, overriding `host_rate`. Keys are a host
    /// (`example.com`) or a host and port (`127.0.0.1:8080`); the host-and-port key wins.
    /// Default: none.
    pub host_rates: BTreeMap<String, f64>,
    /// How often, in seconds, the worker calls [`crate::HostLimiter::evict_idle`] to forget hosts
    /// that have been idle. Default: [`DEFAULT_LIMITER_EVICTION_INTERVAL_SECS`].
    pub limiter_eviction_interval_secs: f64,
    /// Longest pause, in seconds, that one `Retry-After` can put on a host in
    /// [`crate::HostLimiter::pause`]; longer requests are cut to this. Default:
    /// [`DEFAULT_MAX_PAUSE_SECS`].
    pub max_pause_secs: f64,
    /// Honour `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` from the environment.
    /// Default: [`DEFAULT_USE_ENV_PROXY`].
    pub use_env_proxy: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        let owned = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
        FetchConfig {
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            request_timeout_secs: DEFAULT_REQUEST_TIMEOUT_SECS,
            connect_timeout_secs: DEFAULT_CONNECT_TIMEOUT_SECS,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_error_body_bytes: DEFAULT_MAX_ERROR_BODY_BYTES,
            max_robots_bytes: DEFAULT_MAX_ROBOTS_BYTES,
            max_redirects: DEFAULT_MAX_REDIRECTS,
            page_content_types: owned(DEFAULT_PAGE_CONTENT_TYPES),
            sitemap_content_types: owned(DEFAULT_SITEMAP_CONTENT_TYPES),
            feed_content_types: owned(DEFAULT_FEED_CONTENT_TYPES),
            host_rate: DEFAULT_HOST_RATE,
            host_burst: DEFAULT_HOST_BURST,
            host_rates: BTreeMap::new(),
            limiter_eviction_interval_secs: DEFAULT_LIMITER_EVICTION_INTERVAL_SECS,
            max_pause_secs: DEFAULT_MAX_PAUSE_SECS,
            use_env_proxy: DEFAULT_USE_ENV_PROXY,
        }
    }
}

impl FetchConfig {
    /// The request timeout as a [`Duration`], or an error naming the setting.
    pub fn request_timeout(&self) -> Result<Duration, crate::FetchError> {
        positive_secs("fetch.request_timeout_secs", self.request_timeout_secs)
    }

    /// The connect timeout as a [`Duration`], or an error naming the setting.
    pub fn connect_timeout(&self) -> Result<Duration, crate::FetchError> {
        positive_secs("fetch.connect_timeout_secs", self.connect_timeout_secs)
    }

    /// The limiter eviction interval as a [`Duration`], or an error naming the setting.
    pub fn limiter_eviction_interval(&self) -> Result<Duration, crate::FetchError> {
        positive_secs(
            "fetch.limiter_eviction_interval_secs",
            self.limiter_eviction_interval_secs,
        )
    }
}

/// Turns a number of seconds from the config into a duration; zero, negative, NaN or
/// absurdly large values are refused with the setting's name.
pub(crate) fn positive_secs(
    setting: &'static str,
    secs: f64,
) -> Result<Duration, crate::FetchError> {
    // A year is far beyond any sensible timeout or interval and keeps the conversion exact.
    const MAX_SECS: f64 = 365.0 * 24.0 * 3600.0;
    if secs.is_finite() && secs > 0.0 && secs <= MAX_SECS {
        Ok(Duration::from_secs_f64(secs))
    } else {
        Err(crate::FetchError::InvalidConfig {
            setting,
            reason: format!("{secs} is not a number of seconds in (0, {MAX_SECS}]"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_table_gives_the_defaults() {
        let cfg: FetchConfig = toml::from_str("").unwrap();
        assert_eq!(cfg, FetchConfig::default());
        assert_eq!(cfg.request_timeout().unwrap(), Duration::from_secs(30));
    }

    #[test]
    fn unknown_keys_are_rejected_and_overrides_parse() {
        let err = toml::from_str::<FetchConfig>("request_timeout = 3").unwrap_err();
        assert!(err.to_string().contains("request_timeout"), "{err}");
        let cfg: FetchConfig =
            toml::from_str("request_timeout_secs = 2.5\n[host_rates]\n\"example.com\" = 0.5\n")
                .unwrap();
        assert_eq!(cfg.request_timeout().unwrap(), Duration::from_millis(2500));
        assert_eq!(cfg.host_rates.get("example.com"), Some(&0.5));
    }

    #[test]
    fn bad_durations_name_the_setting() {
        let cfg = FetchConfig {
            connect_timeout_secs: -1.0,
            ..FetchConfig::default()
        };
        let err = cfg.connect_timeout().unwrap_err().to_string();
        assert!(err.contains("fetch.connect_timeout_secs"), "{err}");
        assert!(positive_secs("x", f64::NAN).is_err());
        assert!(positive_secs("x", 0.0).is_err());
    }
}
