//! The fetch stage: URL in, fetched page out, paced per host across the whole fleet.
//!
//! Before each request the stage asks robots.txt (fetched once per origin by one fetcher of the
//! fleet and shared through the state store, re-parsed once per process) and reserves the
//! host's next slot in the fleet-wide host gate (GCRA in Redis on the server's clock). The
//! interval is the configured per-host rate, raised to the robots.txt `Crawl-delay`; a 429/503
//! backs the host off for every fetcher. A slot further away than `max_inline_wait` is not
//! reserved: the job goes to a delay queue instead of holding a worker slot, so a slow host
//! never blocks the others.

use crate::bus::Queue;
use crate::runner::{Output, Stage};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::jobs::{compress_body, FetchJob, PageJob};
use crawl_fetch::{classify_status, host_key, FetchError, Fetcher, HostLimiter, StatusClass};
use crawl_frontier::robots::robots_url;
use crawl_frontier::{RobotsConfig, RobotsPolicy};
use crawl_state::{Reservation, SharedState, Stat, StateError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use url::Url;

/// How long a fetcher waits for another fetcher to fill the robots.txt cache before it parks
/// the job in a delay queue.
const ROBOTS_LOCK_TTL: Duration = Duration::from_secs(30);
/// Backoff of a host that answered 429/503 without `Retry-After`.
const DEFAULT_BACKOFF: Duration = Duration::from_secs(30);

/// Longest politeness wait a fetch slot sleeps through; longer waits park the job in a delay
/// queue so other hosts are not held up.
pub const DEFAULT_MAX_INLINE_WAIT: Duration = Duration::from_secs(2);

/// Why a fetch job did not produce a page.
#[derive(Debug, thiserror::Error)]
pub enum FetchStageError {
    /// The job's URL does not parse.
    #[error("invalid URL {url:?} in fetch job: {reason}")]
    InvalidUrl {
        /// The URL.
        url: String,
        /// The parser's complaint.
        reason: String,
    },
    /// The HTTP exchange failed.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The shared crawl state is unreachable.
    #[error(transparent)]
    State(#[from] StateError),
    /// The site answered "later" (408, 429, 5xx).
    #[error("{url} answered HTTP {status}; retrying later")]
    RetryLater {
        /// The URL.
        url: String,
        /// The status.
        status: u16,
    },
}

impl Classify for FetchStageError {
    fn class(&self) -> FailureClass {
        match self {
            FetchStageError::InvalidUrl { .. } => FailureClass::Permanent,
            FetchStageError::Fetch(e) => e.class(),
            FetchStageError::State(e) => e.class(),
            FetchStageError::RetryLater { .. } => FailureClass::Transient,
        }
    }
}

/// Fetches pages for the extractor.
pub struct FetchStage {
    fetcher: Fetcher,
    limiter: HostLimiter,
    state: SharedState,
    robots: RobotsConfig,
    robots_cache: Mutex<HashMap<String, (Arc<RobotsPolicy>, Instant)>>,
    max_inline_wait: Duration,
}

/// What robots.txt says about one URL.
enum RobotsAnswer {
    /// Fetch it, no sooner than the policy's crawl delay allows.
    Allowed(Option<Duration>),
    /// Never fetch it.
    Disallowed,
    /// Another fetcher is reading robots.txt: come back shortly.
    Pending,
}

impl FetchStage {
    /// A stage with its HTTP client, per-host rate settings, shared crawl state and robots.txt
    /// rules.
    pub fn new(
        fetcher: Fetcher,
        limiter: HostLimiter,
        state: SharedState,
        robots: RobotsConfig,
        max_inline_wait: Duration,
    ) -> Self {
        FetchStage {
            fetcher,
            limiter,
            state,
            robots,
            robots_cache: Mutex::new(HashMap::new()),
            max_inline_wait,
        }
    }

    /// The per-host rate settings (the worker evicts idle hosts on a timer).
    pub fn limiter(&self) -> &HostLimiter {
        &self.limiter
    }

    fn cached_policy(&self, origin: &str) -> Option<Arc<RobotsPolicy>> {
        let cache = self.robots_cache.lock().ok()?;
        cache
            .get(origin)
            .filter(|(_, expires)| Instant::now() < *expires)
            .map(|(p, _)| p.clone())
    }

    fn keep_policy(&self, origin: &str, policy: Arc<RobotsPolicy>) {
        if let Ok(mut cache) = self.robots_cache.lock() {
            if cache.len() > 10_000 {
                let now = Instant::now();
                cache.retain(|_, (_, exp)| *exp > now);
            }
            let expires = Instant::now() + policy.cache_ttl();
            cache.insert(origin.to_string(), (policy, expires));
        }
    }

    /// Consults robots.txt for `url`; the second value lists the sitemaps of a robots.txt this
    /// call fetched (so that they are queued once per fleet, by the fetcher that read it).
    async fn robots(&self, url: &Url) -> Result<(RobotsAnswer, Vec<Url>), FetchStageError> {
        let Some(robots_url) = robots_url(url) else {
            return Ok((RobotsAnswer::Allowed(None), Vec::new()));
        };
        let mut sitemaps = Vec::new();
        let origin = url.origin().ascii_serialization();
        let policy = match self.cached_policy(&origin) {
            Some(p) => p,
            None => match self.state.get_robots(&origin).await? {
                Some(record) => {
                    let p = Arc::new(RobotsPolicy::from_record(record, &self.robots));
                    self.keep_policy(&origin, p.clone());
                    p
                }
                None => {
                    let Some(lock) = self
                        .state
                        .lock_robots_fetch(&origin, ROBOTS_LOCK_TTL)
                        .await?
                    else {
                        return Ok((RobotsAnswer::Pending, sitemaps));
                    };
                    // robots.txt is a request to the host like any other: it takes a slot.
                    if let Some(host) = host_key(url) {
                        let wait = self
                            .state
                            .reserve(&host, self.limiter.interval(&host))
                            .await?;
                        tokio::time::sleep(wait).await;
                    }
                    let policy = match self.fetcher.fetch_robots(&robots_url).await {
                        Ok(page) => {
                            RobotsPolicy::from_response(page.status, &page.body, &self.robots)
                        }
                        Err(e) => {
                            tracing::info!(event = "robots_unreachable", origin = %origin, error = %e);
                            RobotsPolicy::unreachable(&self.robots)
                        }
                    };
                    let stored = self
                        .state
                        .put_robots(&origin, policy.record(), policy.cache_ttl())
                        .await;
                    let _ = self.state.unlock_robots_fetch(&lock).await;
                    stored?;
                    sitemaps = policy.sitemaps();
                    let p = Arc::new(policy);
                    self.keep_policy(&origin, p.clone());
                    p
                }
            },
        };
        let answer = if policy.allowed(url) {
            RobotsAnswer::Allowed(policy.crawl_delay())
        } else {
            RobotsAnswer::Disallowed
        };
        Ok((answer, sitemaps))
    }
}

impl Stage for FetchStage {
    type Input = FetchJob;
    type Error = FetchStageError;
    const NAME: &'static str = "fetch";
    const INPUT: Queue = Queue::Fetch;

    async fn handle(&self, job: FetchJob, _attempt: u32) -> Result<Vec<Output>, FetchStageError> {
        let url = Url::parse(&job.url).map_err(|e| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: e.to_string(),
        })?;
        let host = host_key(&url).ok_or_else(|| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: "no host".into(),
        })?;
        let (answer, sitemaps) = self.robots(&url).await?;
        let mut outputs = Vec::new();
        for sitemap in sitemaps {
            let on_crawl_host = sitemap
                .host_str()
                .is_some_and(|h| job.scope.allowed_hosts.iter().any(|a| a == h));
            if on_crawl_host && self.state.first_visit(&job.crawl_id, &sitemap).await? {
                outputs.push(Output::Fetch(FetchJob {
                    url: sitemap.to_string(),
                    depth: job.depth,
                    crawl_id: job.crawl_id.clone(),
                    scope: job.scope.clone(),
                    resource: crawl_core::jobs::Resource::Sitemap,
                }));
            }
        }
        let crawl_delay = match answer {
            RobotsAnswer::Allowed(delay) => delay,
            RobotsAnswer::Disallowed => {
                metrics::counter!("fetch_skipped_total", "reason" => "robots").increment(1);
                tracing::debug!(event = "fetch_skipped", url = %url, reason = "robots");
                self.state
                    .record(&job.crawl_id, Stat::Skipped("robots"), 1)
                    .await?;
                return Ok(outputs);
            }
            RobotsAnswer::Pending => {
                metrics::counter!("fetch_deferred_total", "reason" => "robots").increment(1);
                outputs.push(Output::FetchLater(job, Duration::from_secs(1)));
                return Ok(outputs);
            }
        };
        if let Some(delay) = crawl_delay {
            self.limiter.set_min_interval(&host, delay);
        }
        let interval = self.limiter.interval(&host);
        match self
            .state
            .try_reserve(&host, interval, self.max_inline_wait)
            .await?
        {
            Reservation::Granted { wait } => {
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
            }
            Reservation::Deferred { retry_after } => {
                metrics::counter!("fetch_deferred_total", "reason" => "politeness").increment(1);
                outputs.push(Output::FetchLater(job, retry_after));
                return Ok(outputs);
            }
        }
        let page = self.fetcher.fetch(&url, job.resource, None).await?;
        self.state.record(&job.crawl_id, Stat::Fetched, 1).await?;
        match classify_status(page.status) {
            StatusClass::Ok => {
                let body_gz = compress_body(&page.body);
                outputs.push(Output::Page(PageJob {
                    final_url: page.final_url.to_string(),
                    status: page.status,
                    content_type: page.content_type,
                    etag: page.etag,
                    last_modified: page.last_modified,
                    fetched_at: chrono::Utc::now()
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    body_gz,
                    fetch: job,
                }));
                Ok(outputs)
            }
            StatusClass::RetryLater => {
                let pause = page.retry_after.unwrap_or(DEFAULT_BACKOFF);
                self.state.backoff(&host, pause).await?;
                Err(FetchStageError::RetryLater {
                    url: job.url,
                    status: page.status,
                })
            }
            StatusClass::NotModified | StatusClass::Gone | StatusClass::Permanent => {
                metrics::counter!("fetch_dropped_total", "status" => page.status.to_string())
                    .increment(1);
                tracing::debug!(event = "fetch_dropped", url = %job.url, status = page.status);
                Ok(outputs)
            }
        }
    }
}
