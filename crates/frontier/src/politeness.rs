//! Politeness arithmetic: how far apart two fetches of one host must be, how long to back off
//! after 429/503, and how often feeds and sitemaps are re-polled. Pure functions; the shared
//! clock that enforces the result across the fleet lives in `crawl-state`'s `HostGate`.

use std::time::{Duration, SystemTime};

/// Default interval between two fetches of one host (1 request per second).
pub const DEFAULT_HOST_INTERVAL: Duration = Duration::from_secs(1);
/// Default first backoff after a 429/503 without `Retry-After`.
pub const DEFAULT_BACKOFF_BASE: Duration = Duration::from_secs(30);
/// Default longest backoff (also caps `Retry-After`).
pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// Default shortest re-poll interval of a feed or sitemap.
pub const DEFAULT_MIN_RECRAWL: Duration = Duration::from_secs(5 * 60);
/// Default longest re-poll interval of a feed or sitemap.
pub const DEFAULT_MAX_RECRAWL: Duration = Duration::from_secs(24 * 3600);

/// Per-host pacing settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolitenessConfig {
    /// Interval between fetches of a host when nothing else asks for more.
    pub default_interval: Duration,
    /// Crawl-delay values above this are capped.
    pub max_crawl_delay: Duration,
    /// First backoff after a 429/503 without `Retry-After`; doubles per consecutive failure.
    pub backoff_base: Duration,
    /// Longest backoff; `Retry-After` beyond it is capped too.
    pub max_backoff: Duration,
}

impl Default for PolitenessConfig {
    fn default() -> Self {
        PolitenessConfig {
            default_interval: DEFAULT_HOST_INTERVAL,
            max_crawl_delay: crate::robots::DEFAULT_MAX_CRAWL_DELAY,
            backoff_base: DEFAULT_BACKOFF_BASE,
            max_backoff: DEFAULT_MAX_BACKOFF,
        }
    }
}

impl PolitenessConfig {
    /// The minimum interval for a host: its configured interval (override or default), raised
    /// to its robots.txt Crawl-delay (capped at `max_crawl_delay`).
    pub fn min_interval(
        &self,
        host_override: Option<Duration>,
        crawl_delay: Option<Duration>,
    ) -> Duration {
        let configured = host_override.unwrap_or(self.default_interval);
        let delay = crawl_delay
            .map(|d| d.min(self.max_crawl_delay))
            .unwrap_or_default();
        configured.max(delay)
    }

    /// How long to stop fetching a host after a response with `status`: `None` unless 429 or
    /// 503. `Retry-After` wins when present and parseable (capped at `max_backoff`); otherwise
    /// `backoff_base` doubled per earlier consecutive backoff (`consecutive` = 0 first time).
    pub fn backoff(
        &self,
        status: u16,
        retry_after: Option<&str>,
        consecutive: u32,
        now: SystemTime,
    ) -> Option<Duration> {
        if status != 429 && status != 503 {
            return None;
        }
        if let Some(d) = retry_after.and_then(|v| parse_retry_after(v, now)) {
            return Some(d.min(self.max_backoff));
        }
        let factor = 1u32.checked_shl(consecutive.min(20)).unwrap_or(u32::MAX);
        Some(
            self.backoff_base
                .checked_mul(factor)
                .unwrap_or(self.max_backoff)
                .min(self.max_backoff),
        )
    }
}

/// Parses `Retry-After`: delta-seconds or an HTTP-date. A date in the past gives zero.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let date = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let at = SystemTime::UNIX_EPOCH
        .checked_add(Duration::from_secs(u64::try_from(date.timestamp()).ok()?))?;
    Some(at.duration_since(now).unwrap_or_default())
}

/// Adaptive re-poll interval of a feed, sitemap or section page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecrawlPolicy {
    /// Shortest interval.
    pub min: Duration,
    /// Longest interval.
    pub max: Duration,
}

impl Default for RecrawlPolicy {
    fn default() -> Self {
        RecrawlPolicy {
            min: DEFAULT_MIN_RECRAWL,
            max: DEFAULT_MAX_RECRAWL,
        }
    }
}

impl RecrawlPolicy {
    /// The next interval after a poll that found `new_items` new entries (0 also for a 304):
    /// halved when something new appeared, 1.5× longer when not, always within `[min, max]`.
    /// `previous` is `None` on the first poll, which starts at `min`.
    pub fn next_interval(&self, previous: Option<Duration>, new_items: usize) -> Duration {
        let next = match previous {
            None => self.min,
            Some(p) if new_items > 0 => p / 2,
            Some(p) => p.saturating_add(p / 2),
        };
        next.clamp(self.min, self.max.max(self.min))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn interval_takes_the_slowest_of_config_and_crawl_delay() {
        let c = PolitenessConfig::default();
        assert_eq!(c.min_interval(None, None), Duration::from_secs(1));
        assert_eq!(
            c.min_interval(None, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            c.min_interval(Some(Duration::from_secs(5)), Some(Duration::from_secs(3))),
            Duration::from_secs(5)
        );
        assert_eq!(
            c.min_interval(None, Some(Duration::from_secs(999))),
            Duration::from_secs(30)
        );
        assert_eq!(
            c.min_interval(Some(Duration::from_millis(100)), None),
            Duration::from_millis(100)
        );
    }

    #[test]
    fn backoff_uses_retry_after_or_doubles() {
        let c = PolitenessConfig::default();
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(c.backoff(200, Some("10"), 0, now), None);
        assert_eq!(c.backoff(404, None, 0, now), None);
        assert_eq!(
            c.backoff(429, Some("10"), 0, now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            c.backoff(503, Some("Sun, 06 Nov 1994 08:49:37 GMT"), 0, now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            c.backoff(503, Some("Sun, 06 Nov 1994 08:59:37 GMT"), 0, now),
            Some(Duration::from_secs(600))
        );
        assert_eq!(
            c.backoff(429, Some("99999"), 0, now),
            Some(DEFAULT_MAX_BACKOFF)
        );
        assert_eq!(c.backoff(429, None, 0, now), Some(Duration::from_secs(30)));
        assert_eq!(
            c.backoff(429, Some("soon"), 2, now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(c.backoff(429, None, 40, now), Some(DEFAULT_MAX_BACKOFF));
    }

    #[test]
    fn recrawl_adapts_within_bounds() {
        let p = RecrawlPolicy {
            min: Duration::from_secs(60),
            max: Duration::from_secs(600),
        };
        assert_eq!(p.next_interval(None, 5), Duration::from_secs(60));
        assert_eq!(
            p.next_interval(Some(Duration::from_secs(200)), 0),
            Duration::from_secs(300)
        );
        assert_eq!(
            p.next_interval(Some(Duration::from_secs(200)), 3),
            Duration::from_secs(100)
        );
        assert_eq!(
            p.next_interval(Some(Duration::from_secs(500)), 0),
            Duration::from_secs(600)
        );
        assert_eq!(
            p.next_interval(Some(Duration::from_secs(70)), 1),
            Duration::from_secs(60)
        );
    }

    proptest! {
        #[test]
        fn recrawl_stays_bounded(prev in 0u64..10_000_000, new in 0usize..100) {
            let p = RecrawlPolicy::default();
            let next = p.next_interval(Some(Duration::from_secs(prev)), new);
            prop_assert!(next >= p.min && next <= p.max);
        }
    }
}
