//! The fetch stage: URL in, fetched page out, paced per host across the whole fleet.
//!
//! Before each request the stage asks robots.txt (fetched once per origin by one fetcher of the
//! fleet and shared through the state store, re-parsed once per process), then paces the host
//! twice: the in-process `governor` limiter (so one fetcher alone never exceeds the host's rate,
//! and jobs for a host it has just fetched are deferred without a Redis round trip), then the
//! host's next slot in the fleet-wide host gate (GCRA in Redis on the server's clock). The
//! interval is the configured per-host rate, raised to the robots.txt `Crawl-delay`; a 429/503
//! backs the host off for every fetcher (`Retry-After`, else a doubling back-off, capped by
//! `fetch.max_pause_secs`). A wait longer than `max_inline_wait` is not taken: the job goes to a
//! delay queue instead of holding a worker slot, so a slow host never blocks the others.
//!
//! Seeds (depth 0) queue the sitemaps their robots.txt lists. Re-polls of a news crawl's seeds,
//! feeds and sitemaps are conditional GETs; a 304 schedules the next poll (see
//! [`polls`](super::polls)).

use crate::bus::Queue;
use crate::runner::{Output, Stage};
use crate::stages::count;
use crate::stages::polls::{reschedule, reschedule_failed, validators_for, PollOutcome};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::jobs::{FetchJob, Resource};
use crawl_fetch::{classify_status, host_key, FetchError, Fetcher, HostLimiter, StatusClass};
use crawl_frontier::politeness::{PolitenessConfig, RecrawlPolicy};
use crawl_frontier::robots::robots_url;
use crawl_frontier::{RobotsConfig, RobotsPolicy};
use crawl_state::{Claimant, Reservation, SharedState, Stat, StateError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use url::Url;

/// How long a fetcher waits for another fetcher to fill the robots.txt cache before it parks
/// the job in a delay queue.
const ROBOTS_LOCK_TTL: Duration = Duration::from_secs(30);

/// Longest politeness wait a fetch slot sleeps through; longer waits park the job in a delay
/// queue so other hosts are not held up.
pub const DEFAULT_MAX_INLINE_WAIT: Duration = Duration::from_secs(2);

/// How the fetch stage paces hosts and re-polls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchStageSettings {
    /// Longest politeness wait slept through inside a job; longer ones park the job.
    pub max_inline_wait: Duration,
    /// 429/503 back-off: first back-off without `Retry-After` and the cap of any back-off.
    pub politeness: PolitenessConfig,
    /// Bounds of news crawls' adaptive re-poll interval.
    pub recrawl: RecrawlPolicy,
}

impl Default for FetchStageSettings {
    fn default() -> Self {
        FetchStageSettings {
            max_inline_wait: DEFAULT_MAX_INLINE_WAIT,
            politeness: PolitenessConfig::default(),
            recrawl: RecrawlPolicy::default(),
        }
    }
}

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
    settings: FetchStageSettings,
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
        settings: FetchStageSettings,
    ) -> Self {
        FetchStage {
            fetcher,
            limiter,
            state,
            robots,
            robots_cache: Mutex::new(HashMap::new()),
            settings,
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

    /// Consults robots.txt for `url`; the second value lists the sitemaps it names.
    async fn robots(&self, url: &Url) -> Result<(RobotsAnswer, Vec<Url>), FetchStageError> {
        let Some(robots_url) = robots_url(url) else {
            return Ok((RobotsAnswer::Allowed(None), Vec::new()));
        };
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
                        return Ok((RobotsAnswer::Pending, Vec::new()));
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
                    // The robots.txt request counts against the Crawl-delay it announces.
                    if let (Some(host), Some(delay)) = (host_key(url), policy.crawl_delay()) {
                        let delay = delay.min(self.settings.politeness.max_crawl_delay);
                        self.state.backoff(&host, delay).await?;
                    }
                    let stored = self
                        .state
                        .put_robots(&origin, policy.record(), policy.cache_ttl())
                        .await;
                    let _ = self.state.unlock_robots_fetch(&lock).await;
                    stored?;
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
        Ok((answer, policy.sitemaps()))
    }

    /// Fetch jobs for the robots.txt sitemaps of a seed's host, each claimed by the seed job so
    /// that a retried seed queues them again and any other job of the crawl does not.
    async fn robots_sitemaps(
        &self,
        job: &FetchJob,
        sitemaps: Vec<Url>,
    ) -> Result<Vec<Output>, FetchStageError> {
        let mut out = Vec::new();
        if job.depth != 0 || job.poll.is_some() || job.resource != Resource::Page {
            return Ok(out);
        }
        let by = Claimant::of_job(job);
        for sitemap in sitemaps {
            let on_crawl_host = sitemap
                .host_str()
                .is_some_and(|h| job.scope.allowed_hosts.iter().any(|a| a == h));
            if on_crawl_host && self.state.first_visit(&job.crawl_id, &sitemap, by).await? {
                out.push(Output::Fetch(job.child(
                    sitemap.to_string(),
                    job.depth,
                    Resource::Sitemap,
                )));
            }
        }
        Ok(out)
    }

    /// Paces `host` in this process, then across the fleet. `Some(wait)`: the job must come
    /// back after `wait` (a delay queue), nothing was reserved.
    async fn pace(&self, host: &str) -> Result<Option<Duration>, FetchStageError> {
        let max_wait = self.settings.max_inline_wait;
        if let Err(wait) = self.limiter.check(host) {
            if wait > max_wait {
                return Ok(Some(wait));
            }
            self.limiter.until_ready(host).await;
        }
        let interval = self.limiter.interval(host);
        match self.state.try_reserve(host, interval, max_wait).await? {
            Reservation::Granted { wait } => {
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                Ok(None)
            }
            Reservation::Deferred { retry_after } => Ok(Some(retry_after)),
        }
    }
}

impl Stage for FetchStage {
    type Input = FetchJob;
    type Error = FetchStageError;
    const NAME: &'static str = "fetch";
    const INPUT: Queue = Queue::Fetch;

    fn crawl_of(job: &Self::Input) -> &str {
        &job.crawl_id
    }

    async fn gave_up(&self, crawl_id: &str) {
        count(&*self.state, crawl_id, Stat::Errors, 1).await;
    }

    async fn handle(&self, job: FetchJob, attempt: u32) -> Result<Vec<Output>, FetchStageError> {
        let url = Url::parse(&job.url).map_err(|e| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: e.to_string(),
        })?;
        let host = host_key(&url).ok_or_else(|| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: "no host".into(),
        })?;
        let (answer, sitemaps) = self.robots(&url).await?;
        let crawl_delay = match answer {
            RobotsAnswer::Allowed(delay) => delay,
            RobotsAnswer::Disallowed => {
                metrics::counter!("fetch_skipped_total", "reason" => "robots").increment(1);
                tracing::debug!(event = "fetch_skipped", url = %url, reason = "robots");
                count(&*self.state, &job.crawl_id, Stat::Skipped("robots"), 1).await;
                return Ok(Vec::new());
            }
            RobotsAnswer::Pending => {
                metrics::counter!("fetch_deferred_total", "reason" => "robots").increment(1);
                return Ok(vec![Output::FetchLater(
                    job,
                    Duration::from_secs(1),
                    attempt,
                )]);
            }
        };
        if let Some(delay) = crawl_delay {
            let capped = delay.min(self.settings.politeness.max_crawl_delay);
            self.limiter.set_min_interval(&host, capped);
        }
        if let Some(wait) = self.pace(&host).await? {
            metrics::counter!("fetch_deferred_total", "reason" => "politeness").increment(1);
            tracing::debug!(event = "fetch_deferred", url = %url, wait_ms = wait.as_millis() as u64);
            return Ok(vec![Output::FetchLater(job, wait, attempt)]);
        }
        let mut outputs = self.robots_sitemaps(&job, sitemaps).await?;
        let validators = validators_for(&*self.state, &job, &url).await?;
        let page = self
            .fetcher
            .fetch_single(&url, job.resource, validators.as_ref())
            .await?;
        count(&*self.state, &job.crawl_id, Stat::Fetched, 1).await;
        let fetched_at = || chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        match classify_status(page.status) {
            StatusClass::Ok => {
                outputs.push(Output::Page(page.into_page_job(job, fetched_at())));
                Ok(outputs)
            }
            // The target is queued by the extractor like any link: scoped, deduplicated, paced.
            StatusClass::Redirect if page.location.is_some() => {
                metrics::counter!("fetch_redirects_total").increment(1);
                outputs.push(Output::Page(page.into_page_job(job, fetched_at())));
                Ok(outputs)
            }
            StatusClass::RetryLater => {
                let politeness = &self.settings.politeness;
                let pause = match page.retry_after {
                    Some(asked) => asked.min(politeness.max_backoff),
                    None => politeness
                        .backoff(page.status, None, attempt, std::time::SystemTime::now())
                        .unwrap_or(politeness.backoff_base),
                };
                self.limiter.pause(&host, pause);
                self.state.backoff(&host, pause).await?;
                tracing::info!(event = "host_backoff", host = %host, status = page.status, pause_secs = pause.as_secs_f64());
                Err(FetchStageError::RetryLater {
                    url: job.url,
                    status: page.status,
                })
            }
            StatusClass::NotModified => {
                metrics::counter!("fetch_not_modified_total").increment(1);
                count(
                    &*self.state,
                    &job.crawl_id,
                    Stat::Skipped("not_modified"),
                    1,
                )
                .await;
                if job.is_poll_target() {
                    reschedule(
                        &*self.state,
                        &self.settings.recrawl,
                        &job,
                        PollOutcome::default(),
                    )
                    .await?;
                }
                Ok(outputs)
            }
            StatusClass::Redirect | StatusClass::Gone | StatusClass::Permanent => {
                metrics::counter!("fetch_dropped_total", "status" => page.status.to_string())
                    .increment(1);
                tracing::debug!(event = "fetch_dropped", url = %job.url, status = page.status);
                count(&*self.state, &job.crawl_id, Stat::Skipped("http_error"), 1).await;
                if job.is_poll_target() {
                    reschedule_failed(&*self.state, &self.settings.recrawl, &job).await?;
                }
                Ok(outputs)
            }
        }
    }
}
