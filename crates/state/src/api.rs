//! The traits every backend implements, and the values they exchange.

use std::collections::BTreeMap;
use std::time::Duration;

use async_trait::async_trait;
use crawl_frontier::RobotsRecord;
use url::Url;

use crate::StateError;

/// The job on whose behalf a URL is claimed in the seen-set: the job that discovered it.
///
/// A job that is delivered again (its worker died before its outputs were confirmed) makes the
/// same claim and gets `true` again, so the links it found are queued on the retry instead of
/// being lost to the seen-set. Any other job gets `false` for the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Claimant(pub(crate) [u8; 4]);

impl Claimant {
    /// The claimant identified by `key`, e.g. the discovering job's URL and poll round.
    pub fn new(key: &str) -> Self {
        Claimant(crate::keys::claimant_bytes(key))
    }

    /// The claimant of seeds published by an operator (`crawlctl seed`, `crawlctl crawl`):
    /// never the claimant of a job, so a seed page linking to itself does not claim itself
    /// again.
    pub fn seeding() -> Self {
        Claimant::new("(seeded by the operator)")
    }

    /// The claimant of one fetch job (its URL and, for re-polls, the poll round), also used
    /// for the links found on the page that job fetched.
    pub fn of_job(job: &crawl_core::jobs::FetchJob) -> Self {
        Claimant::new(&job.claim_key())
    }
}

/// Fleet-wide "have we fetched this URL yet?".
#[async_trait]
pub trait SeenSet: Send + Sync {
    /// True once per crawl and URL within the store's seen TTL (the recrawl interval), however
    /// many workers ask concurrently; true again only for the same `by` (a redelivered job
    /// repeating its claim). `url` should be normalised.
    async fn first_visit(
        &self,
        crawl_id: &str,
        url: &Url,
        by: Claimant,
    ) -> Result<bool, StateError>;
}

/// One kind of per-crawl event, counted for `crawlctl status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stat {
    /// A link passed scope and dedup and was queued.
    Discovered,
    /// A page was fetched.
    Fetched,
    /// A link or page was skipped, with the reason (a scope reason, `robots`, `seen`, …).
    Skipped(&'static str),
    /// An article was produced.
    Articles,
    /// A job failed.
    Errors,
}

/// Progress of one crawl.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrawlStats {
    /// The crawl id.
    pub crawl_id: String,
    /// Pages counted against the crawl's budget.
    pub pages: u64,
    /// Links queued.
    pub discovered: u64,
    /// Pages fetched.
    pub fetched: u64,
    /// Articles produced.
    pub articles: u64,
    /// Failed jobs.
    pub errors: u64,
    /// Skips by reason.
    pub skipped: BTreeMap<String, u64>,
}

/// Per-crawl page budgets and progress counters.
#[async_trait]
pub trait CrawlCounters: Send + Sync {
    /// Counts one page of `host` in the crawl; returns `(host_count, crawl_count)` including
    /// it, to be judged by `CompiledScope::check_budget`.
    async fn count_page(&self, crawl_id: &str, host: &str) -> Result<(u64, u64), StateError>;
    /// Adds `n` to one stat of the crawl.
    async fn record(&self, crawl_id: &str, stat: Stat, n: u64) -> Result<(), StateError>;
    /// The crawl's counters (all zero for an unknown crawl).
    async fn stats(&self, crawl_id: &str) -> Result<CrawlStats, StateError>;
    /// Crawl ids with activity, most recent first, at most `limit`.
    async fn crawls(&self, limit: usize) -> Result<Vec<String>, StateError>;
}

/// Proof of holding the robots.txt fetch lock of an origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchLock {
    /// The origin (`https://example.com:8443`).
    pub origin: String,
    /// Random token: only its holder can release the lock.
    pub token: String,
}

/// The fleet's shared robots.txt cache.
#[async_trait]
pub trait RobotsCache: Send + Sync {
    /// The cached record of `origin` (scheme://host[:port]), if fresh.
    async fn get_robots(&self, origin: &str) -> Result<Option<RobotsRecord>, StateError>;
    /// Caches `record` for `ttl` (use `RobotsPolicy::cache_ttl`).
    async fn put_robots(
        &self,
        origin: &str,
        record: &RobotsRecord,
        ttl: Duration,
    ) -> Result<(), StateError>;
    /// Takes the lock that lets one fetcher fetch `origin`'s robots.txt; `None` if another
    /// holds it (wait for the cache to fill, or for the lock to expire after `ttl`).
    async fn lock_robots_fetch(
        &self,
        origin: &str,
        ttl: Duration,
    ) -> Result<Option<FetchLock>, StateError>;
    /// Releases the lock if still held by this token.
    async fn unlock_robots_fetch(&self, lock: &FetchLock) -> Result<(), StateError>;
}

/// The answer of [`HostGate::try_reserve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reservation {
    /// A slot is reserved: fetch after `wait` (zero: now).
    Granted {
        /// Time to wait before fetching.
        wait: Duration,
    },
    /// The next slot is further than `max_wait` away; nothing was reserved. Republish the job
    /// to a delay queue for about `retry_after`.
    Deferred {
        /// When a slot would be free.
        retry_after: Duration,
    },
}

/// Pacing state of one host, for `crawlctl status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostState {
    /// The host key.
    pub host: String,
    /// Time until the next request may start (zero: now).
    pub next_allowed_in: Duration,
    /// Remaining backoff after a 429/503, if any.
    pub backoff_remaining: Option<Duration>,
}

/// Fleet-wide per-host politeness: one schedule per host shared by all fetchers.
#[async_trait]
pub trait HostGate: Send + Sync {
    /// Reserves the next slot of `host` at least `min_interval` after the previous one (and
    /// after any backoff); returns how long to wait before fetching.
    async fn reserve(&self, host: &str, min_interval: Duration) -> Result<Duration, StateError> {
        match self.try_reserve(host, min_interval, Duration::MAX).await? {
            Reservation::Granted { wait } => Ok(wait),
            Reservation::Deferred { retry_after } => Ok(retry_after),
        }
    }
    /// Like [`reserve`](Self::reserve), but reserves nothing when the wait would exceed
    /// `max_wait`, so jobs sent to a delay queue do not hold slots.
    async fn try_reserve(
        &self,
        host: &str,
        min_interval: Duration,
        max_wait: Duration,
    ) -> Result<Reservation, StateError>;
    /// Stops all fetches of `host` for `duration` from now (429/503, `Retry-After`); an
    /// existing longer backoff is kept. Relative, so that fetchers' clocks do not matter.
    async fn backoff(&self, host: &str, duration: Duration) -> Result<(), StateError>;
    /// The pacing state of `host`, `None` when idle (no reservation or backoff pending).
    async fn host_state(&self, host: &str) -> Result<Option<HostState>, StateError>;
    /// Pacing states of up to `limit` active hosts.
    async fn hosts(&self, limit: usize) -> Result<Vec<HostState>, StateError>;
}

/// Conditional-GET validators and poll interval of a feed, sitemap or page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The last `ETag`.
    pub etag: Option<String>,
    /// The last `Last-Modified`.
    pub last_modified: Option<String>,
    /// The current adaptive re-poll interval.
    pub poll_interval: Option<Duration>,
}

/// Freshness: skip unchanged articles, re-fetch feeds conditionally.
#[async_trait]
pub trait Freshness: Send + Sync {
    /// Whether `content_hash` differs from the last one remembered for `doc_id` (true when
    /// none is). Read-only: call [`remember_content`](Self::remember_content) once the
    /// article is safely indexed, so a failed delivery is not mistaken for "unchanged".
    async fn changed(&self, doc_id: &str, content_hash: &str) -> Result<bool, StateError>;
    /// Remembers the indexed content hash of `doc_id`.
    async fn remember_content(&self, doc_id: &str, content_hash: &str) -> Result<(), StateError>;
    /// The stored validators of `url` in crawl `crawl_id` (each crawl polls for itself, so
    /// that one crawl's 304 never hides an update from another).
    async fn validators(&self, crawl_id: &str, url: &Url)
        -> Result<Option<Validators>, StateError>;
    /// Stores the validators of `url` in crawl `crawl_id`.
    async fn put_validators(
        &self,
        crawl_id: &str,
        url: &Url,
        v: &Validators,
    ) -> Result<(), StateError>;
}

/// A re-poll that fell due, taken from the [`PollSchedule`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuePoll {
    /// The crawl.
    pub crawl_id: String,
    /// The URL to poll.
    pub url: String,
    /// The fetch job registered for it (encoded).
    pub job: Vec<u8>,
    /// The poll round: the store's time (Unix seconds) at which it was taken.
    pub round: u64,
}

/// The fleet-wide schedule of re-polls of news crawls' seeds, feeds and sitemaps.
///
/// One entry per crawl and URL, so a target is never polled twice at once however many
/// workers run the poller; a poll that is taken but lost (its worker died) falls due again
/// after the lease.
#[async_trait]
pub trait PollSchedule: Send + Sync {
    /// Sets the next poll of `url` in `crawl_id` to `due_in` from now, with the job to publish
    /// then (encoded). Replaces any earlier schedule of the same target.
    async fn schedule_poll(
        &self,
        crawl_id: &str,
        url: &Url,
        job: &[u8],
        due_in: Duration,
    ) -> Result<(), StateError>;
    /// Takes up to `limit` polls that are due, moving each `lease` into the future.
    async fn take_due_polls(
        &self,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<DuePoll>, StateError>;
    /// Removes every scheduled poll of `crawl_id` (the crawl stops); returns how many.
    async fn stop_polls(&self, crawl_id: &str) -> Result<u64, StateError>;
    /// Scheduled polls of `crawl_id` and the time until the next one falls due.
    async fn polls(&self, crawl_id: &str) -> Result<(u64, Option<Duration>), StateError>;
}

/// Everything the workers need from the state store.
pub trait StateStore:
    SeenSet + CrawlCounters + RobotsCache + HostGate + Freshness + PollSchedule
{
}

impl<T: SeenSet + CrawlCounters + RobotsCache + HostGate + Freshness + PollSchedule> StateStore
    for T
{
}
