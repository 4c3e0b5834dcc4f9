//! Shared crawl state for the fleet: the fleet-wide seen-set, page budgets and progress
//! counters, the robots.txt cache with its fetch lock, fleet-wide per-host politeness, and
//! freshness (content hashes, conditional-GET validators). One set of traits ([`SeenSet`],
//! [`CrawlCounters`], [`RobotsCache`], [`HostGate`], [`Freshness`], together [`StateStore`])
//! with two backends: [`RedisState`] for fleets and [`MemoryState`] for the embedded
//! one-process mode.
//!
//! ```no_run
//! # async fn demo() -> Result<(), crawl_state::StateError> {
//! use std::time::Duration;
//! use crawl_state::{connect, Claimant, HostGate, SeenSet, StateConfig};
//! let state = connect(StateConfig::default()).await?; // REDIS_URL, default redis://127.0.0.1:6379
//! let url = url::Url::parse("https://example.com/a").unwrap();
//! let found_on = Claimant::new("https://example.com/");
//! if state.first_visit("crawl-1", &url, found_on).await? {
//!     let wait = state.reserve("example.com", Duration::from_secs(1)).await?;
//!     tokio::time::sleep(wait).await; // or republish to a delay queue when long
//! }
//! # Ok(()) }
//! ```
//!
//! # Design and trade-offs
//!
//! **Politeness across the fleet (`HostGate`).** Every fetcher asks Redis for a slot before
//! fetching a host. A Lua script runs GCRA (the generic cell rate algorithm) in reservation
//! form on the *server's* clock (`TIME`), so replicas with skewed clocks share one timeline:
//! it reads the host's theoretical arrival time (TAT) and backoff end, schedules the request at
//! `max(now, TAT − burst·interval, backoff_end)`, stores `TAT = max(TAT, start) + interval`,
//! and returns the wait. The script is atomic, so N fetchers never get more than one slot per
//! interval (plus the configured burst, default 0). The interval is computed per request by
//! `crawl_frontier::politeness` (configured rate, raised to Crawl-delay). 429/503 call
//! `backoff(host, duration)`, which only ever extends the backoff. Fetch workers call
//! `try_reserve(host, interval, max_wait)`: when the wait is short they sleep it inside the
//! job; when it is longer than `max_wait` *nothing is reserved* and the job goes back to a
//! delay queue, so a slow or backed-off host never holds worker slots (no head-of-line
//! blocking) and parked jobs do not inflate the host's schedule. Gate keys expire one minute
//! after their schedule and backoff run out, so idle hosts cost nothing.
//!
//! Trade-offs: one Redis round trip (~0.1–0.5 ms) per fetch; the schedule is a reservation, so
//! a fetcher that reserves and then dies wastes that slot (the host is fetched less, never
//! more); the wait is measured at Redis, so network jitter between the fetchers and the origin
//! can bring two requests closer than the interval by that jitter. Compared with routing each
//! host to one consumer (Nutch, StormCrawler) there are no hot partitions or rebalancing, and
//! any fetcher can serve any host. If Redis is down, `reserve` fails with a transient error and
//! the job is retried later: the fleet stops rather than becomes impolite.
//!
//! **Seen-set (`SeenSet`).** Exact, not a Bloom filter (no URL is ever lost to a false
//! positive short of a collision of 64 hash bits within one bucket: for a billion URLs in
//! one crawl, a few chances in a million of any). A URL is hashed with SHA-256; 4 bytes pick
//! one of `seen_buckets` hashes per crawl and epoch, 8 other bytes are the field, and the
//! value is the 4-byte server time of the visit followed by 4 bytes naming the claimant (the job
//! that discovered the URL). The claimant makes discovery crash-safe: a URL is marked seen
//! before the job that found it has published it, so if that job's worker dies in between, the
//! redelivered job repeats the same claim, is told "first" again, and publishes the link; any
//! other job is told "seen". The price is a possible second fetch of a link whose publish was
//! confirmed just before the crash (at-least-once), never a lost one. Small hashes are stored
//! by Redis as listpacks, about 20 bytes per entry plus the bucket key's overhead shared by its
//! entries. Measured with
//! `cargo run -p crawl-state --example seen_memory -- URLS [BUCKETS]` (sum of `MEMORY USAGE`
//! over the keys; Redis 7.0): 29.9 bytes/URL for 100k URLs and 22.8 bytes/URL for 1M URLs with
//! the default 8192 buckets; 23.2 bytes/URL for 20k URLs in 256 buckets (a test asserts < 100).
//! An epoch is `floor(now / seen_ttl)` (whole seconds); a visit counts while one younger than
//! `seen_ttl` exists in the current or previous epoch, and each epoch's keys expire after the
//! next epoch, so memory is bounded by two TTLs of URLs and no per-entry TTL is paid for.
//! Buckets stay compact while they hold at most `hash-max-listpack-entries` entries (Redis
//! default 128, Debian's redis.conf 512: set `--hash-max-listpack-entries 512` in compose),
//! i.e. up to about `seen_buckets × 512` URLs per crawl and epoch (4M with the defaults);
//! beyond that Redis converts the bigger buckets to hash tables, still correct at several
//! times the memory. Raise `seen_buckets` for bigger crawls.
//!
//! **Counters.** `count_page` increments the host's and the crawl's page counts atomically and
//! returns both; the frontier's `CompiledScope::check_budget` decides. Stats are one hash per
//! crawl. All of a crawl's keys carry the `{crawl_id}` hash tag.
//!
//! **Robots cache.** The raw record (status + capped body) is cached with the policy's TTL;
//! `lock_robots_fetch` (`SET NX PX` with a random token, released by compare-and-delete) lets
//! one fetcher fetch a host's robots.txt while others wait for the cache.
//!
//! **Freshness.** `changed` only reads; `remember_content` is called after the indexer
//! confirmed, so a failed delivery is re-sent rather than mistaken for unchanged content.
//! Validators (ETag, Last-Modified, adaptive poll interval) are kept per URL.
//!
//! **Durability.** Everything is reconstructible but the seen-set and counters protect the
//! "fetch once" and budget guarantees: run Redis with AOF (`appendonly yes`) in compose.
#![deny(missing_docs)]

use std::sync::Arc;
use std::time::Duration;

mod api;
mod error;
mod keys;
mod memory;
mod redis_store;

pub use api::{
    Claimant, CrawlCounters, CrawlStats, DuePoll, FetchLock, Freshness, HostGate, HostState,
    PollSchedule, Reservation, RobotsCache, SeenSet, Stat, StateStore, Validators,
};
pub use error::StateError;
pub use memory::MemoryState;
pub use redis_store::RedisState;

/// Default Redis URL (setting `REDIS_URL`).
pub const DEFAULT_REDIS_URL: &str = "redis://127.0.0.1:6379";
/// Default prefix of every key.
pub const DEFAULT_KEY_PREFIX: &str = "crawl:";
/// Default connect timeout.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default timeout of one command.
pub const DEFAULT_RESPONSE_TIMEOUT: Duration = Duration::from_secs(2);
/// Default reconnect attempts of the connection manager per failure.
pub const DEFAULT_RECONNECT_RETRIES: usize = 3;
/// Default seen TTL: a URL is fetched once per crawl within this time (the recrawl interval).
pub const DEFAULT_SEEN_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// Default number of seen-set buckets per crawl and epoch.
pub const DEFAULT_SEEN_BUCKETS: u32 = 8192;
/// Default lifetime of page counters and stats after a crawl's last activity.
pub const DEFAULT_COUNTERS_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// Default lifetime of a remembered content hash.
pub const DEFAULT_CONTENT_TTL: Duration = Duration::from_secs(90 * 24 * 3600);
/// Default lifetime of stored validators.
pub const DEFAULT_VALIDATORS_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// Default extra requests a host may get at once after being idle (0: strict spacing).
pub const DEFAULT_GATE_BURST: u32 = 0;

/// Settings of the state store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateConfig {
    /// Redis URL (`REDIS_URL`).
    pub redis_url: String,
    /// Prefix of every key, so several fleets or tests can share one Redis.
    pub key_prefix: String,
    /// Bound on connecting at start-up.
    pub connect_timeout: Duration,
    /// Bound on one command.
    pub response_timeout: Duration,
    /// Reconnect attempts per failure.
    pub reconnect_retries: usize,
    /// A URL is new again after this long (counted in whole server seconds, at least 1, so up
    /// to one second early).
    pub seen_ttl: Duration,
    /// Seen-set buckets per crawl and epoch.
    pub seen_buckets: u32,
    /// Lifetime of counters after the last update.
    pub counters_ttl: Duration,
    /// Lifetime of content hashes.
    pub content_ttl: Duration,
    /// Lifetime of validators.
    pub validators_ttl: Duration,
    /// GCRA burst of the host gate.
    pub gate_burst: u32,
}

impl Default for StateConfig {
    fn default() -> Self {
        StateConfig {
            redis_url: DEFAULT_REDIS_URL.to_string(),
            key_prefix: DEFAULT_KEY_PREFIX.to_string(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            response_timeout: DEFAULT_RESPONSE_TIMEOUT,
            reconnect_retries: DEFAULT_RECONNECT_RETRIES,
            seen_ttl: DEFAULT_SEEN_TTL,
            seen_buckets: DEFAULT_SEEN_BUCKETS,
            counters_ttl: DEFAULT_COUNTERS_TTL,
            content_ttl: DEFAULT_CONTENT_TTL,
            validators_ttl: DEFAULT_VALIDATORS_TTL,
            gate_burst: DEFAULT_GATE_BURST,
        }
    }
}

/// A state store behind the common traits.
pub type SharedState = Arc<dyn StateStore>;

/// Connects to Redis per `cfg`.
pub async fn connect(cfg: StateConfig) -> Result<SharedState, StateError> {
    Ok(Arc::new(RedisState::connect(cfg).await?))
}

/// An in-memory store (embedded mode).
pub fn memory(cfg: StateConfig) -> SharedState {
    Arc::new(MemoryState::new(cfg))
}
