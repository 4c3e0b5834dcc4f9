//! robots.txt per RFC 9309, on top of `texting_robots`.
//!
//! A [`RobotsPolicy`] is built from what the fetcher got for `/robots.txt` (after following at
//! most [`MAX_ROBOTS_REDIRECTS`] redirects):
//!
//! | response | policy |
//! | --- | --- |
//! | 2xx | the rules of our User-Agent's group (or `*`), body cut at [`DEFAULT_MAX_ROBOTS_BYTES`] |
//! | 3xx left after the redirect limit, 4xx except 429 | allow all ("unavailable") |
//! | 429, 5xx, network error ([`RobotsPolicy::unreachable`]) | disallow all, cached briefly |
//!
//! Caching design: the fleet shares the raw [`RobotsRecord`] (status + capped body, compact
//! bytes via [`RobotsRecord::to_bytes`]) in Redis, and each process keeps parsed policies in
//! memory. Parsing compiles the rules into regexes, so re-parsing per request would be wasteful,
//! while the raw body is small, version-independent and cheap to store.

use std::sync::Arc;
use std::time::Duration;

use url::Url;

/// The most robots.txt bytes parsed (RFC 9309 asks for at least 500 KiB).
pub const DEFAULT_MAX_ROBOTS_BYTES: usize = 500 * 1024;
/// The longest Crawl-delay honoured by default.
pub const DEFAULT_MAX_CRAWL_DELAY: Duration = Duration::from_secs(30);
/// How long a successful or 4xx robots.txt is cached by default.
pub const DEFAULT_ROBOTS_TTL: Duration = Duration::from_secs(6 * 3600);
/// How long a 5xx/unreachable robots.txt ("disallow all for now") is cached by default.
pub const DEFAULT_ROBOTS_ERROR_TTL: Duration = Duration::from_secs(10 * 60);
/// Redirect hops the fetcher follows for robots.txt (RFC 9309: at least five).
pub const MAX_ROBOTS_REDIRECTS: usize = 5;
/// Most sitemap URLs taken from one robots.txt.
pub const MAX_ROBOTS_SITEMAPS: usize = 100;

/// Status recorded for a robots.txt that could not be fetched at all.
pub const STATUS_UNREACHABLE: u16 = 0;

/// How robots.txt is interpreted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsConfig {
    /// Our User-Agent (the product token before `/` selects the group).
    pub user_agent: String,
    /// Crawl-delay values above this are capped to it.
    pub max_crawl_delay: Duration,
    /// Body bytes parsed; the rest is ignored.
    pub max_bytes: usize,
    /// Cache lifetime of a 2xx or 4xx answer.
    pub ttl: Duration,
    /// Cache lifetime of a 5xx or unreachable answer.
    pub error_ttl: Duration,
}

impl RobotsConfig {
    /// The defaults for `user_agent`.
    pub fn new(user_agent: impl Into<String>) -> Self {
        RobotsConfig {
            user_agent: user_agent.into(),
            max_crawl_delay: DEFAULT_MAX_CRAWL_DELAY,
            max_bytes: DEFAULT_MAX_ROBOTS_BYTES,
            ttl: DEFAULT_ROBOTS_TTL,
            error_ttl: DEFAULT_ROBOTS_ERROR_TTL,
        }
    }

    /// The product token matched against `User-agent:` lines (`MyBot/1.0 (+url)` gives `MyBot`).
    pub fn agent_token(&self) -> &str {
        let ua = self.user_agent.trim();
        let end = ua
            .find(|c: char| c == '/' || c.is_whitespace())
            .unwrap_or(ua.len());
        &ua[..end]
    }
}

/// What the fetcher got for robots.txt: the unit cached fleet-wide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RobotsRecord {
    /// HTTP status, or [`STATUS_UNREACHABLE`].
    pub status: u16,
    /// The body (already capped for 2xx, empty otherwise).
    pub body: Vec<u8>,
}

impl RobotsRecord {
    /// A record for a response; the body is cut at `max_bytes` and kept only for 2xx.
    pub fn new(status: u16, body: &[u8], max_bytes: usize) -> Self {
        let body = if (200..300).contains(&status) {
            body[..body.len().min(max_bytes)].to_vec()
        } else {
            Vec::new()
        };
        RobotsRecord { status, body }
    }

    /// Compact encoding: status as 2 big-endian bytes, then the body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() + 2);
        out.extend_from_slice(&self.status.to_be_bytes());
        out.extend_from_slice(&self.body);
        out
    }

    /// Decodes [`to_bytes`](Self::to_bytes) output; `None` if shorter than 2 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let (status, body) = bytes.split_first_chunk::<2>()?;
        Some(RobotsRecord {
            status: u16::from_be_bytes(*status),
            body: body.to_vec(),
        })
    }
}

#[derive(Debug, Clone)]
enum Rules {
    AllowAll,
    DisallowAll,
    Parsed(Arc<texting_robots::Robot>),
}

/// The robots.txt rules of one origin for our User-Agent.
#[derive(Debug, Clone)]
pub struct RobotsPolicy {
    record: RobotsRecord,
    rules: Rules,
    max_crawl_delay: Duration,
    ttl: Duration,
}

impl RobotsPolicy {
    /// Interprets a robots.txt response (status and body, the body capped at `cfg.max_bytes`).
    pub fn from_response(status: u16, body: &[u8], cfg: &RobotsConfig) -> Self {
        Self::from_record(RobotsRecord::new(status, body, cfg.max_bytes), cfg)
    }

    /// The policy when robots.txt could not be fetched (DNS, connect, timeout): disallow all.
    pub fn unreachable(cfg: &RobotsConfig) -> Self {
        Self::from_record(
            RobotsRecord {
                status: STATUS_UNREACHABLE,
                body: Vec::new(),
            },
            cfg,
        )
    }

    /// Rebuilds a policy from a cached record.
    pub fn from_record(record: RobotsRecord, cfg: &RobotsConfig) -> Self {
        let status = record.status;
        let (rules, ttl) = match status {
            200..=299 => {
                let body = &record.body[..record.body.len().min(cfg.max_bytes)];
                match texting_robots::Robot::new(cfg.agent_token(), body) {
                    Ok(robot) => (Rules::Parsed(Arc::new(robot)), cfg.ttl),
                    // A body the parser cannot read says nothing: treat it like a missing file.
                    Err(_) => (Rules::AllowAll, cfg.ttl),
                }
            }
            429 | 500..=599 | STATUS_UNREACHABLE => (Rules::DisallowAll, cfg.error_ttl),
            _ => (Rules::AllowAll, cfg.ttl),
        };
        RobotsPolicy {
            record,
            rules,
            max_crawl_delay: cfg.max_crawl_delay,
            ttl,
        }
    }

    /// The record to cache.
    pub fn record(&self) -> &RobotsRecord {
        &self.record
    }

    /// How long this policy may be cached.
    pub fn cache_ttl(&self) -> Duration {
        self.ttl
    }

    /// Whether this is the temporary "disallow all" of a 5xx or unreachable robots.txt.
    pub fn is_temporary_disallow(&self) -> bool {
        matches!(self.rules, Rules::DisallowAll)
    }

    /// Whether our crawler may fetch `url` (of this origin). `/robots.txt` itself is always allowed.
    pub fn allowed(&self, url: &Url) -> bool {
        match &self.rules {
            Rules::AllowAll => true,
            Rules::DisallowAll => url.path() == "/robots.txt",
            Rules::Parsed(robot) => {
                let target = match url.query() {
                    Some(q) => format!("{}?{}", url.path(), q),
                    None => url.path().to_string(),
                };
                robot.allowed(&target)
            }
        }
    }

    /// The Crawl-delay of our group, capped at the configured maximum.
    pub fn crawl_delay(&self) -> Option<Duration> {
        match &self.rules {
            Rules::Parsed(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d.min(1e6)).min(self.max_crawl_delay)),
            _ => None,
        }
    }

    /// Absolute http(s) sitemap URLs listed in the file (at most [`MAX_ROBOTS_SITEMAPS`]).
    pub fn sitemaps(&self) -> Vec<Url> {
        match &self.rules {
            Rules::Parsed(robot) => robot
                .sitemaps
                .iter()
                .filter_map(|s| crate::normalize::normalize_absolute(s, &Default::default()).ok())
                .take(MAX_ROBOTS_SITEMAPS)
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The robots.txt URL of `url`'s origin.
pub fn robots_url(url: &Url) -> Option<Url> {
    url.join("/robots.txt").ok().map(|mut u| {
        u.set_query(None);
        u.set_fragment(None);
        u
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> RobotsConfig {
        RobotsConfig::new("NewsBot/0.1 (+https://example.org/bot)")
    }
    fn u(p: &str) -> Url {
        Url::parse(&format!("https://example.com{p}")).unwrap()
    }

    const TXT: &[u8] = b"User-agent: *\nDisallow: /private\nCrawl-delay: 1\n\n\
User-agent: newsbot\nDisallow: /secret\nAllow: /secret/ok\nDisallow: /*?session=\nCrawl-delay: 3\n\n\
Sitemap: https://example.com/sitemap.xml\nSitemap: /relative.xml\nSitemap: ftp://x/y\n";

    #[test]
    fn our_group_rules_and_delay() {
        let p = RobotsPolicy::from_response(200, TXT, &cfg());
        assert_eq!(cfg().agent_token(), "NewsBot");
        assert!(!p.allowed(&u("/secret/x")));
        assert!(p.allowed(&u("/secret/ok/1")));
        assert!(
            p.allowed(&u("/private")),
            "the * group does not apply to us"
        );
        assert!(!p.allowed(&u("/list?session=1")));
        assert!(p.allowed(&u("/robots.txt")));
        assert_eq!(p.crawl_delay(), Some(Duration::from_secs(3)));
        assert_eq!(
            p.sitemaps(),
            vec![Url::parse("https://example.com/sitemap.xml").unwrap()]
        );
        assert_eq!(p.cache_ttl(), DEFAULT_ROBOTS_TTL);
    }

    #[test]
    fn other_agents_fall_back_to_star() {
        let p = RobotsPolicy::from_response(200, TXT, &RobotsConfig::new("Other"));
        assert!(!p.allowed(&u("/private/a")));
        assert!(p.allowed(&u("/secret")));
        assert_eq!(p.crawl_delay(), Some(Duration::from_secs(1)));
    }

    #[test]
    fn crawl_delay_is_capped() {
        let mut c = cfg();
        c.max_crawl_delay = Duration::from_secs(10);
        let p = RobotsPolicy::from_response(200, b"User-agent: *\nCrawl-delay: 86400\n", &c);
        assert_eq!(p.crawl_delay(), Some(Duration::from_secs(10)));
        let p = RobotsPolicy::from_response(200, b"User-agent: *\nCrawl-delay: -5\n", &c);
        assert_eq!(p.crawl_delay(), None);
    }

    #[test]
    fn status_codes_per_rfc_9309() {
        for status in [404, 403, 401, 410, 310] {
            let p = RobotsPolicy::from_response(status, b"User-agent: *\nDisallow: /", &cfg());
            assert!(p.allowed(&u("/any")), "{status}");
            assert!(!p.is_temporary_disallow());
        }
        for status in [500, 503, 429] {
            let p = RobotsPolicy::from_response(status, b"", &cfg());
            assert!(!p.allowed(&u("/any")), "{status}");
            assert!(p.allowed(&u("/robots.txt")));
            assert!(p.is_temporary_disallow());
            assert_eq!(p.cache_ttl(), DEFAULT_ROBOTS_ERROR_TTL);
        }
        assert!(!RobotsPolicy::unreachable(&cfg()).allowed(&u("/")));
    }

    #[test]
    fn body_is_capped() {
        let mut c = cfg();
        c.max_bytes = 40;
        let mut body = b"User-agent: *\nDisallow: /a\n".to_vec();
        body.extend(std::iter::repeat_n(b'#', 100));
        body.extend_from_slice(b"\nDisallow: /b\n");
        let p = RobotsPolicy::from_response(200, &body, &c);
        assert!(!p.allowed(&u("/a")));
        assert!(p.allowed(&u("/b")), "rules past the cap are ignored");
        assert_eq!(p.record().body.len(), 40);
    }

    #[test]
    fn record_round_trips_through_bytes() {
        let p = RobotsPolicy::from_response(200, TXT, &cfg());
        let bytes = p.record().to_bytes();
        let back = RobotsRecord::from_bytes(&bytes).unwrap();
        assert_eq!(&back, p.record());
        let p2 = RobotsPolicy::from_record(back, &cfg());
        assert!(!p2.allowed(&u("/secret/x")));
        assert_eq!(RobotsRecord::from_bytes(b"x"), None);
        assert_eq!(
            RobotsRecord::new(404, b"ignored", 10).to_bytes(),
            404u16.to_be_bytes().to_vec()
        );
    }

    #[test]
    fn garbage_never_panics() {
        for body in [
            &b"\xff\xfe\x00garbage"[..],
            b"Disallow",
            b"User-agent:\n\n\n",
            b"",
        ] {
            let p = RobotsPolicy::from_response(200, body, &cfg());
            let _ = p.allowed(&u("/x"));
        }
        assert_eq!(
            robots_url(&Url::parse("https://a.com:8080/x/y?z#f").unwrap())
                .unwrap()
                .as_str(),
            "https://a.com:8080/robots.txt"
        );
    }
}
