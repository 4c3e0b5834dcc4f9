//! Per-host politeness inside one process.
//!
//! # Design
//! `governor` gives one quota per keyed limiter, while hosts need different spacings: the
//! configured default, a configured per-host override, or a robots.txt `Crawl-delay`. So:
//!
//! - every host without a special spacing shares one **keyed** limiter with the default quota;
//! - a host with its own spacing (a `fetch.host_rates` entry, or a minimum interval set by
//!   [`HostLimiter::set_min_interval`] that is slower than its rate) gets its own **direct**
//!   limiter. Its period is the slowest of the applicable spacings.
//!
//! Whenever a host moves from one limiter to another, the new limiter starts as if a request had
//! just been sent (its burst consumed): a change of spacing never grants an extra request.
//!
//! The limiters run on a clock built on [`tokio::time::Instant`], and waiting is a
//! [`tokio::time::sleep`], so tests can check spacing with `tokio::time::pause()`.
//!
//! Idle state is dropped by [`HostLimiter::evict_idle`], which the worker calls every
//! [`HostLimiter::eviction_interval`]: keyed entries whose state is back to "fresh" go
//! (`retain_recent` + `shrink_to_fit`), and so do `set_min_interval` entries unused for longer
//! than the eviction interval and their own period. The caller re-applies a host's Crawl-delay
//! before each fetch (it is a cheap no-op when unchanged), so an evicted entry is rebuilt when
//! the host comes back. Configured overrides are never evicted.
//!
//! [`HostLimiter::pause`] holds one host back for a `Retry-After` (cut to `fetch.max_pause_secs`)
//! without touching its spacing; expired pauses are dropped by `evict_idle` or the next check.
//!
//! This limiter holds within one process only; fleet-wide pacing is the frontier's job.

use crate::config::FetchConfig;
use crate::FetchError;
use governor::clock::Clock;
use governor::middleware::NoOpMiddleware;
use governor::nanos::Nanos;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// Shortest wait before re-checking a limiter, so rounding can never make a busy loop.
const MIN_RECHECK: Duration = Duration::from_millis(1);

/// A governor clock on tokio's clock, which `tokio::time::pause()` controls in tests.
#[derive(Debug, Clone)]
struct TokioClock {
    start: tokio::time::Instant,
}

impl Clock for TokioClock {
    type Instant = Nanos;

    fn now(&self) -> Nanos {
        Nanos::from(self.start.elapsed())
    }
}

type Keyed = RateLimiter<String, DefaultKeyedStateStore<String>, TokioClock, NoOpMiddleware<Nanos>>;
type Direct = RateLimiter<NotKeyed, InMemoryState, TokioClock, NoOpMiddleware<Nanos>>;

/// A host with its own limiter.
struct Special {
    /// The spacing the limiter was built with.
    period: Duration,
    /// The host's rate-derived period (configured override or default).
    base_period: Duration,
    /// Whether it comes from `fetch.host_rates` (never evicted).
    configured: bool,
    limiter: Arc<Direct>,
    last_used: Nanos,
}

/// Per-host request spacing for one fetcher process.
pub struct HostLimiter {
    clock: TokioClock,
    default_period: Duration,
    burst: NonZeroU32,
    default: Keyed,
    /// Configured per-key periods, from `fetch.host_rates`.
    configured: HashMap<String, Duration>,
    special: Mutex<HashMap<String, Special>>,
    /// Hosts that asked us to stay away (429/503 `Retry-After`), until the given clock time.
    paused: Mutex<HashMap<String, Nanos>>,
    eviction_interval: Duration,
    max_pause: Duration,
}

impl std::fmt::Debug for HostLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HostLimiter")
            .field("default_period", &self.default_period)
            .field("burst", &self.burst)
            .field("configured", &self.configured)
            .field("tracked_hosts", &self.tracked_hosts())
            .finish()
    }
}

/// Turns a rate in requests per second into the spacing between two requests.
fn period_of(setting: &'static str, rate: f64) -> Result<Duration, FetchError> {
    // One request a day is the slowest rate that makes sense; 1000/s is far beyond politeness.
    if rate.is_finite() && (1.0 / 86_400.0..=1000.0).contains(&rate) {
        Ok(Duration::from_secs_f64(1.0 / rate))
    } else {
        Err(FetchError::InvalidConfig {
            setting,
            reason: format!("{rate} requests/s is outside [1/86400, 1000]"),
        })
    }
}

fn quota(period: Duration, burst: NonZeroU32) -> Quota {
    // `period` is at least 1 ms by construction (rate <= 1000/s, Crawl-delay clamped).
    Quota::with_period(period.max(MIN_RECHECK))
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl HostLimiter {
    /// Builds the limiter from `fetch.host_rate`, `fetch.host_burst` and `fetch.host_rates`.
    pub fn new(cfg: &FetchConfig) -> Result<HostLimiter, FetchError> {
        let default_period = period_of("fetch.host_rate", cfg.host_rate)?;
        let burst = NonZeroU32::new(cfg.host_burst).ok_or_else(|| FetchError::InvalidConfig {
            setting: "fetch.host_burst",
            reason: "must be at least 1".into(),
        })?;
        let mut configured = HashMap::new();
        for (key, rate) in &cfg.host_rates {
            configured.insert(
                key.to_ascii_lowercase(),
                period_of("fetch.host_rates", *rate)?,
            );
        }
        let clock = TokioClock {
            start: tokio::time::Instant::now(),
        };
        let default = RateLimiter::new(
            quota(default_period, burst),
            DefaultKeyedStateStore::default(),
            clock.clone(),
        );
        let limiter = HostLimiter {
            clock,
            default_period,
            burst,
            default,
            configured,
            special: Mutex::new(HashMap::new()),
            paused: Mutex::new(HashMap::new()),
            eviction_interval: cfg.limiter_eviction_interval()?,
            max_pause: crate::config::positive_secs("fetch.max_pause_secs", cfg.max_pause_secs)?,
        };
        Ok(limiter)
    }

    /// How often the worker should call [`HostLimiter::evict_idle`].
    pub fn eviction_interval(&self) -> Duration {
        self.eviction_interval
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Special>> {
        // The map holds no invariant a panicking holder could break half-way.
        self.special.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The configured period for `host` (`host:port` key first, then the bare host).
    fn configured_period(&self, host: &str) -> Option<Duration> {
        if let Some(p) = self.configured.get(host) {
            return Some(*p);
        }
        let bare = host.rsplit_once(':').map(|(h, _)| h)?;
        self.configured.get(bare).copied()
    }

    fn new_special(&self, period: Duration, base_period: Duration, configured: bool) -> Special {
        let limiter = Direct::new(
            quota(period, self.burst),
            InMemoryState::default(),
            self.clock.clone(),
        );
        Special {
            period,
            base_period,
            configured,
            limiter: Arc::new(limiter),
            last_used: self.clock.now(),
        }
    }

    /// Takes a request slot for `host` if one is free now, or says how long until one is.
    ///
    /// A worker that must not hold a slot for long waits uses this to send the job to a delay
    /// queue instead of sleeping.
    pub fn check(&self, host: &str) -> Result<(), Duration> {
        let host = host.to_ascii_lowercase();
        let now = self.clock.now();
        {
            let mut paused = self.paused.lock().unwrap_or_else(|e| e.into_inner());
            match paused.get(&host) {
                Some(until) if *until > now => {
                    return Err(Duration::from(until.saturating_sub(now)).max(MIN_RECHECK))
                }
                Some(_) => {
                    paused.remove(&host);
                }
                None => {}
            }
        }
        let limiter = {
            let mut special = self.lock();
            if !special.contains_key(&host) {
                if let Some(period) = self.configured_period(&host) {
                    let entry = self.new_special(period, period, true);
                    // A fresh configured entry has never been used: leave its burst intact.
                    special.insert(host.clone(), entry);
                }
            }
            special.get_mut(&host).map(|s| {
                s.last_used = now;
                Arc::clone(&s.limiter)
            })
        };
        let outcome = match limiter {
            Some(l) => l.check(),
            None => self.default.check_key(&host),
        };
        outcome.map_err(|not_until| not_until.wait_time_from(now).max(MIN_RECHECK))
    }

    /// Waits until a request to `host` is allowed, and takes that slot.
    pub async fn until_ready(&self, host: &str) {
        while let Err(wait) = self.check(host) {
            tokio::time::sleep(wait).await;
        }
    }

    /// Raises the spacing of `host` to at least `interval` (a robots.txt `Crawl-delay`, or a
    /// back-off), or with `Duration::ZERO` removes such a minimum. Never makes a host faster than
    /// its configured rate. Calling it again with the same value changes nothing.
    pub fn set_min_interval(&self, host: &str, interval: Duration) {
        let host = host.to_ascii_lowercase();
        let configured = self.configured_period(&host);
        let base = configured.unwrap_or(self.default_period);
        let wanted = base.max(interval);
        let mut special = self.lock();
        match special.get(&host) {
            Some(s) if s.period == wanted => return,
            // No entry yet and nothing to raise: `check` builds configured entries lazily.
            None if wanted == base => return,
            _ => {}
        }
        if wanted == base && configured.is_none() {
            // Back to the shared default limiter: mark a request as just made there.
            special.remove(&host);
            let _ = self.default.check_key_n(&host, self.burst);
            return;
        }
        let entry = self.new_special(wanted, base, configured.is_some());
        // The host may have been fetched a moment ago: start with the burst used up.
        let _ = entry.limiter.check_n(self.burst);
        special.insert(host, entry);
    }

    /// Holds every request to `host` back for `wait` from now (a 429/503 `Retry-After`), on top
    /// of its normal spacing. A later, shorter pause does not shorten a longer one. `wait` is cut
    /// to `fetch.max_pause_secs`.
    pub fn pause(&self, host: &str, wait: Duration) {
        let until = self.clock.now() + Nanos::from(wait.min(self.max_pause));
        let mut paused = self.paused.lock().unwrap_or_else(|e| e.into_inner());
        let entry = paused.entry(host.to_ascii_lowercase()).or_insert(until);
        if *entry < until {
            *entry = until;
        }
    }

    /// The spacing currently applied to `host`.
    pub fn interval(&self, host: &str) -> Duration {
        let host = host.to_ascii_lowercase();
        if let Some(s) = self.lock().get(&host) {
            return s.period;
        }
        self.configured_period(&host).unwrap_or(self.default_period)
    }

    /// Forgets hosts whose limiter state is idle; returns how many hosts are still tracked.
    pub fn evict_idle(&self) -> usize {
        self.default.retain_recent();
        self.default.shrink_to_fit();
        let now = self.clock.now();
        let keep_for = self.eviction_interval;
        let mut special = self.lock();
        special.retain(|_, s| {
            let idle = Duration::from(now.saturating_sub(s.last_used));
            s.configured && s.period == s.base_period || idle < keep_for.max(s.period)
        });
        special.shrink_to_fit();
        let mut paused = self.paused.lock().unwrap_or_else(|e| e.into_inner());
        paused.retain(|_, until| *until > now);
        paused.shrink_to_fit();
        self.default.len() + special.len()
    }

    /// Number of hosts with limiter state right now (for tests and a gauge).
    pub fn tracked_hosts(&self) -> usize {
        self.default.len() + self.lock().len()
    }
}

/// The limiter key of a URL: its host, with the port when one is given explicitly and differs
/// from the scheme's default (so local test sites on different ports are different hosts).
pub fn host_key(url: &url::Url) -> Option<String> {
    let host = url.host_str()?.to_ascii_lowercase();
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_validated() {
        assert!(period_of("x", 0.0).is_err());
        assert!(period_of("x", f64::INFINITY).is_err());
        assert!(period_of("x", -1.0).is_err());
        assert_eq!(period_of("x", 2.0).unwrap(), Duration::from_millis(500));
        let cfg = FetchConfig {
            host_burst: 0,
            ..FetchConfig::default()
        };
        let err = HostLimiter::new(&cfg).unwrap_err().to_string();
        assert!(err.contains("fetch.host_burst"), "{err}");
    }

    #[test]
    fn host_keys_keep_explicit_ports() {
        let u = |s: &str| url::Url::parse(s).unwrap();
        assert_eq!(
            host_key(&u("https://Example.com/a")).unwrap(),
            "example.com"
        );
        assert_eq!(
            host_key(&u("https://example.com:443/a")).unwrap(),
            "example.com"
        );
        assert_eq!(
            host_key(&u("http://127.0.0.1:8080/")).unwrap(),
            "127.0.0.1:8080"
        );
        assert!(host_key(&u("data:text/plain,hi")).is_none());
    }
}
