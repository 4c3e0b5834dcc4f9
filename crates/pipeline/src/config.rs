//! Settings of every worker and of `crawlctl`: compiled-in defaults, then a TOML file, then the
//! environment.
//!
//! - File: `--config PATH` or `CRAWL_CONFIG`; `config/default.toml` documents every key.
//! - Environment: `CRAWL__<SECTION>__<KEY>=value` overrides any key (`CRAWL__FETCH__HOST_RATE=2`),
//!   values parsed as TOML when they parse, as strings otherwise. The usual names work too:
//!   `AMQP_URL`, `REDIS_URL`, `MEILI_URL`.
//! - Credentials come only from the environment: `MEILI_MASTER_KEY` (never read from a file).

use serde::Deserialize;
use std::path::Path;
use std::time::Duration;

/// Default broker address.
pub const DEFAULT_AMQP_URL: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";
/// Default prefix of queue and exchange names.
pub const DEFAULT_QUEUE_PREFIX: &str = "crawl";
/// Default bound on one broker connection attempt, seconds.
pub const DEFAULT_CONNECT_TIMEOUT_SECS: f64 = 10.0;
/// Default bound on waiting for a publisher confirm, seconds.
pub const DEFAULT_CONFIRM_TIMEOUT_SECS: f64 = 30.0;
/// Default `x-delivery-limit` of work queues.
pub const DEFAULT_DELIVERY_LIMIT: u32 = 10;
/// Default retry delays, seconds; their count is the retry budget.
pub const DEFAULT_RETRY_DELAYS_SECS: [f64; 4] = [5.0, 30.0, 120.0, 600.0];
/// Default politeness wait queues of the fetch queue, seconds.
pub const DEFAULT_FETCH_DELAYS_SECS: [f64; 9] =
    [1.0, 2.0, 5.0, 10.0, 20.0, 40.0, 60.0, 120.0, 300.0];
/// Default longest pause between reconnection attempts, seconds.
pub const DEFAULT_MAX_RECONNECT_BACKOFF_SECS: f64 = 30.0;
/// Default time in-flight jobs get to finish after SIGTERM, seconds.
pub const DEFAULT_SHUTDOWN_GRACE_SECS: f64 = 30.0;
/// Default address of the metrics and health endpoints.
pub const DEFAULT_HTTP_ADDR: &str = "0.0.0.0:9100";
/// Default fetcher prefetch (concurrent fetches per worker).
pub const DEFAULT_FETCHER_PREFETCH: u16 = 64;
/// Default extractor prefetch.
pub const DEFAULT_EXTRACTOR_PREFETCH: u16 = 16;
/// Default link depth followed from a seed.
pub const DEFAULT_MAX_DEPTH: u32 = 3;
/// Default indexer prefetch; at least the batch size so batches can fill.
pub const DEFAULT_INDEXER_PREFETCH: u16 = 1000;
/// Default documents per Meilisearch batch.
pub const DEFAULT_BATCH_MAX_DOCS: usize = 1000;
/// Default bytes per Meilisearch batch (encoded JSON).
pub const DEFAULT_BATCH_MAX_BYTES: usize = 20 * 1024 * 1024;
/// Default longest wait of a document before its batch is sent, seconds.
pub const DEFAULT_BATCH_MAX_AGE_SECS: f64 = 2.0;
/// Default Meilisearch address.
pub const DEFAULT_MEILI_URL: &str = "http://127.0.0.1:7700";
/// Default index name.
pub const DEFAULT_INDEX_UID: &str = "articles";
/// Default wait for one Meilisearch task, seconds.
pub const DEFAULT_TASK_TIMEOUT_SECS: f64 = 120.0;
/// Default prefix of Redis keys.
pub const DEFAULT_REDIS_KEY_PREFIX: &str = "crawl";
/// Default Redis address.
pub const DEFAULT_REDIS_URL: &str = "redis://127.0.0.1:6379";
/// Default recrawl interval: a URL is fetched once per crawl within it, seconds (30 days).
pub const DEFAULT_RECRAWL_INTERVAL_SECS: f64 = 30.0 * 24.0 * 3600.0;
/// Default shortest re-poll interval of a news crawl's seeds, feeds and sitemaps, seconds.
pub const DEFAULT_POLL_MIN_SECS: f64 = 300.0;
/// Default longest re-poll interval, seconds.
pub const DEFAULT_POLL_MAX_SECS: f64 = 6.0 * 3600.0;

/// All settings.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// RabbitMQ.
    pub amqp: AmqpConfig,
    /// Process-level behaviour shared by all workers.
    pub worker: WorkerConfig,
    /// HTTP fetching.
    pub fetch: crawl_fetch::FetchConfig,
    /// The fetcher worker.
    pub fetcher: FetcherConfig,
    /// The extractor worker.
    pub extractor: ExtractorConfig,
    /// The indexer worker and Meilisearch.
    pub indexer: IndexerConfig,
    /// Shared crawl state.
    pub redis: RedisConfig,
    /// Crawl policy shared by the workers: recrawl interval and news polling.
    pub frontier: FrontierConfig,
}

/// `[frontier]`: recrawl interval and the re-polling of news crawls.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FrontierConfig {
    /// A URL is fetched once per crawl within this time (the seen-set's TTL), seconds.
    pub recrawl_interval_secs: f64,
    /// Seen-set hashes per crawl; each stays compact up to ~512 URLs, so raise it for crawls
    /// of more than ~4 million URLs.
    pub seen_buckets: u32,
    /// Shortest interval between two polls of a news crawl's seed, feed or sitemap, seconds.
    pub poll_min_secs: f64,
    /// Longest interval between two polls, seconds.
    pub poll_max_secs: f64,
    /// A poll taken by a fetcher that is not completed within this time falls due again,
    /// seconds.
    pub poll_lease_secs: f64,
    /// Interval at which each fetcher looks for due polls, seconds.
    pub poll_check_secs: f64,
    /// Due polls taken per look.
    pub poll_batch: usize,
}

impl Default for FrontierConfig {
    fn default() -> Self {
        FrontierConfig {
            recrawl_interval_secs: DEFAULT_RECRAWL_INTERVAL_SECS,
            seen_buckets: crawl_state::DEFAULT_SEEN_BUCKETS,
            poll_min_secs: DEFAULT_POLL_MIN_SECS,
            poll_max_secs: DEFAULT_POLL_MAX_SECS,
            poll_lease_secs: crate::stages::polls::DEFAULT_POLL_LEASE.as_secs_f64(),
            poll_check_secs: crate::stages::polls::DEFAULT_POLL_CHECK.as_secs_f64(),
            poll_batch: crate::stages::polls::DEFAULT_POLL_BATCH,
        }
    }
}

/// `[amqp]`: the broker and the queue topology.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct AmqpConfig {
    /// Broker URL, `amqp://user:password@host:port/vhost` (env `AMQP_URL`).
    pub url: String,
    /// Prefix of every queue and exchange, so fleets can share a broker.
    pub queue_prefix: String,
    /// Bound on one connection attempt, seconds.
    pub connect_timeout_secs: f64,
    /// Bound on waiting for the broker to confirm a publish, seconds; an unconfirmed publish
    /// is sent again on a fresh connection (consumers are idempotent).
    pub confirm_timeout_secs: f64,
    /// Deliveries of one message before the broker dead-letters it (a consumer that crashes on
    /// it every time cannot loop forever).
    pub delivery_limit: u32,
    /// Delays of successive retries of a failed job, seconds; the count is the retry budget.
    pub retry_delays_secs: Vec<f64>,
    /// Wait queues for politeness delays on the fetch queue, seconds.
    pub fetch_delays_secs: Vec<f64>,
    /// Longest pause between reconnection attempts, seconds.
    pub max_reconnect_backoff_secs: f64,
}

impl Default for AmqpConfig {
    fn default() -> Self {
        AmqpConfig {
            url: DEFAULT_AMQP_URL.into(),
            queue_prefix: DEFAULT_QUEUE_PREFIX.into(),
            connect_timeout_secs: DEFAULT_CONNECT_TIMEOUT_SECS,
            confirm_timeout_secs: DEFAULT_CONFIRM_TIMEOUT_SECS,
            delivery_limit: DEFAULT_DELIVERY_LIMIT,
            retry_delays_secs: DEFAULT_RETRY_DELAYS_SECS.to_vec(),
            fetch_delays_secs: DEFAULT_FETCH_DELAYS_SECS.to_vec(),
            max_reconnect_backoff_secs: DEFAULT_MAX_RECONNECT_BACKOFF_SECS,
        }
    }
}

/// `[worker]`: shutdown, telemetry endpoints and logs.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct WorkerConfig {
    /// Time in-flight jobs get to finish after SIGTERM/SIGINT, seconds; the rest is requeued.
    pub shutdown_grace_secs: f64,
    /// Listen address of `/metrics`, `/healthz` and `/readyz` (port 0 picks a free port).
    pub http_addr: String,
    /// Log format: `text` or `json`.
    pub log_format: String,
    /// `crawlctl crawl` only: pages (and articles) waiting between two stages at most; the
    /// fetcher waits when the extractor falls behind, so memory does not grow with the crawl.
    pub embedded_queue_capacity: usize,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            shutdown_grace_secs: DEFAULT_SHUTDOWN_GRACE_SECS,
            http_addr: DEFAULT_HTTP_ADDR.into(),
            log_format: "text".into(),
            embedded_queue_capacity: crate::bus::memory::DEFAULT_QUEUE_CAPACITY,
        }
    }
}

/// `[fetcher]`: the fetch worker's consumption.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct FetcherConfig {
    /// Jobs fetched at once by one worker (RabbitMQ prefetch).
    pub prefetch: u16,
}

impl Default for FetcherConfig {
    fn default() -> Self {
        FetcherConfig {
            prefetch: DEFAULT_FETCHER_PREFETCH,
        }
    }
}

/// `[extractor]`: the extract worker.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ExtractorConfig {
    /// Pages extracted at once by one worker (RabbitMQ prefetch).
    pub prefetch: u16,
    /// Link depth followed from a seed when the seed does not say.
    pub max_depth: u32,
    /// Index only pages classified as articles (hubs are followed, not indexed).
    pub articles_only: bool,
    /// Shortest body, in words, for a page to count as an article.
    pub min_words: u32,
    /// Pages parsed at the same time (each holds a DOM several times the page's size in
    /// memory); 0 means one per CPU core. Prefetched pages beyond it wait their turn.
    pub threads: usize,
}

impl Default for ExtractorConfig {
    fn default() -> Self {
        ExtractorConfig {
            prefetch: DEFAULT_EXTRACTOR_PREFETCH,
            max_depth: DEFAULT_MAX_DEPTH,
            articles_only: true,
            min_words: 50,
            threads: 0,
        }
    }
}

/// `[indexer]`: batching and Meilisearch.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct IndexerConfig {
    /// Articles held unacknowledged at once; keep it at least `batch_max_docs`.
    pub prefetch: u16,
    /// Documents per batch.
    pub batch_max_docs: usize,
    /// Encoded bytes per batch (keep well under Meilisearch's payload limit, 100 MB by default).
    pub batch_max_bytes: usize,
    /// Longest wait of a document before its batch is sent, seconds.
    pub batch_max_age_secs: f64,
    /// Meilisearch address (env `MEILI_URL`); the key comes from `MEILI_MASTER_KEY` only.
    pub meili_url: String,
    /// Index name.
    pub index_uid: String,
    /// Wait for one Meilisearch task before treating its outcome as unknown, seconds.
    pub task_timeout_secs: f64,
}

impl Default for IndexerConfig {
    fn default() -> Self {
        IndexerConfig {
            prefetch: DEFAULT_INDEXER_PREFETCH,
            batch_max_docs: DEFAULT_BATCH_MAX_DOCS,
            batch_max_bytes: DEFAULT_BATCH_MAX_BYTES,
            batch_max_age_secs: DEFAULT_BATCH_MAX_AGE_SECS,
            meili_url: DEFAULT_MEILI_URL.into(),
            index_uid: DEFAULT_INDEX_UID.into(),
            task_timeout_secs: DEFAULT_TASK_TIMEOUT_SECS,
        }
    }
}

/// `[redis]`: shared crawl state (seen URLs, politeness, robots.txt cache).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RedisConfig {
    /// Redis URL (env `REDIS_URL`).
    pub url: String,
    /// Prefix of every key, so several fleets can share one Redis.
    pub key_prefix: String,
}

impl Default for RedisConfig {
    fn default() -> Self {
        RedisConfig {
            url: DEFAULT_REDIS_URL.into(),
            key_prefix: DEFAULT_REDIS_KEY_PREFIX.into(),
        }
    }
}

/// Why the settings could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file or an override is not valid.
    #[error("invalid configuration{origin}: {message}")]
    Invalid {
        /// Where the bad value came from.
        origin: String,
        /// What serde or the validator said, naming the key.
        message: String,
    },
}

/// Converts a seconds setting into a duration, clamping negatives and NaN to zero.
pub fn secs(value: f64) -> Duration {
    if value.is_finite() && value > 0.0 {
        Duration::from_secs_f64(value.min(1e9))
    } else {
        Duration::ZERO
    }
}

const ENV_PREFIX: &str = "CRAWL__";
const ALIASES: [(&str, &str, &str); 3] = [
    ("AMQP_URL", "amqp", "url"),
    ("REDIS_URL", "redis", "url"),
    ("MEILI_URL", "indexer", "meili_url"),
];

impl Settings {
    /// Loads defaults, then `path` (if any), then the process environment.
    pub fn load(path: Option<&Path>) -> Result<Settings, ConfigError> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        Self::load_from(path, &env)
    }

    /// Like [`Settings::load`] with an explicit environment (for tests).
    pub fn load_from(
        path: Option<&Path>,
        env: &[(String, String)],
    ) -> Result<Settings, ConfigError> {
        let (mut root, origin) = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.display().to_string(),
                    source,
                })?;
                let value: toml::Table =
                    toml::from_str(&text).map_err(|e| ConfigError::Invalid {
                        origin: format!(" in {}", p.display()),
                        message: e.to_string(),
                    })?;
                (value, format!(" in {} or the environment", p.display()))
            }
            None => (toml::Table::new(), " in the environment".to_string()),
        };
        for (name, value) in env {
            if let Some(path) = name.strip_prefix(ENV_PREFIX) {
                let keys: Vec<String> = path.split("__").map(|k| k.to_ascii_lowercase()).collect();
                set_path(&mut root, &keys, value).map_err(|message| ConfigError::Invalid {
                    origin: format!(" (variable {name})"),
                    message,
                })?;
            }
        }
        for (var, section, key) in ALIASES {
            if let Some((_, value)) = env.iter().find(|(n, _)| n == var) {
                set_path(&mut root, &[section.into(), key.into()], value).map_err(|message| {
                    ConfigError::Invalid {
                        origin: format!(" (variable {var})"),
                        message,
                    }
                })?;
            }
        }
        let settings: Settings =
            toml::Value::Table(root)
                .try_into()
                .map_err(|e: toml::de::Error| ConfigError::Invalid {
                    origin: origin.clone(),
                    message: e.to_string(),
                })?;
        settings
            .validate()
            .map_err(|message| ConfigError::Invalid { origin, message })?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), String> {
        if !matches!(self.worker.log_format.as_str(), "text" | "json") {
            return Err(format!(
                "worker.log_format is {:?}; accepted values: \"text\", \"json\"",
                self.worker.log_format
            ));
        }
        if self.amqp.queue_prefix.is_empty()
            || !self
                .amqp
                .queue_prefix
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        {
            return Err(
                "amqp.queue_prefix must be non-empty and use only A-Z a-z 0-9 - _ .".into(),
            );
        }
        if self.indexer.batch_max_docs == 0 || self.indexer.batch_max_bytes == 0 {
            return Err(
                "indexer.batch_max_docs and indexer.batch_max_bytes must be positive".into(),
            );
        }
        let f = &self.frontier;
        if f.seen_buckets == 0 || f.poll_batch == 0 {
            return Err("frontier.seen_buckets and frontier.poll_batch must be at least 1".into());
        }
        if secs(f.recrawl_interval_secs) < Duration::from_secs(1) {
            return Err("frontier.recrawl_interval_secs must be at least 1".into());
        }
        if secs(f.poll_min_secs).is_zero() || f.poll_max_secs < f.poll_min_secs {
            return Err(format!(
                "frontier.poll_min_secs ({}) must be positive and at most frontier.poll_max_secs ({})",
                f.poll_min_secs, f.poll_max_secs
            ));
        }
        if secs(f.poll_check_secs).is_zero() || secs(f.poll_lease_secs).is_zero() {
            return Err(
                "frontier.poll_check_secs and frontier.poll_lease_secs must be positive".into(),
            );
        }
        for (key, p) in [
            ("fetcher.prefetch", self.fetcher.prefetch),
            ("extractor.prefetch", self.extractor.prefetch),
            ("indexer.prefetch", self.indexer.prefetch),
        ] {
            if p == 0 {
                return Err(format!("{key} must be at least 1"));
            }
        }
        Ok(())
    }

    /// The broker settings for the bus.
    pub fn amqp_settings(&self) -> crate::bus::AmqpSettings {
        crate::bus::AmqpSettings {
            url: self.amqp.url.clone(),
            queue_prefix: self.amqp.queue_prefix.clone(),
            connect_timeout: secs(self.amqp.connect_timeout_secs),
            confirm_timeout: secs(self.amqp.confirm_timeout_secs),
            delivery_limit: self.amqp.delivery_limit,
            retry_delays: self.retry_policy().delays,
            fetch_delays: self
                .amqp
                .fetch_delays_secs
                .iter()
                .map(|s| secs(*s))
                .collect(),
            max_reconnect_backoff: secs(self.amqp.max_reconnect_backoff_secs),
        }
    }

    /// How news crawls are re-polled.
    pub fn poll_settings(&self) -> crate::stages::polls::PollSettings {
        crate::stages::polls::PollSettings {
            recrawl: crawl_frontier::politeness::RecrawlPolicy {
                min: secs(self.frontier.poll_min_secs),
                max: secs(self.frontier.poll_max_secs),
            },
            lease: secs(self.frontier.poll_lease_secs),
            check_every: secs(self.frontier.poll_check_secs),
            batch: self.frontier.poll_batch,
        }
    }

    /// The retry budget of every stage.
    pub fn retry_policy(&self) -> crawl_core::disposition::RetryPolicy {
        crawl_core::disposition::RetryPolicy {
            delays: self
                .amqp
                .retry_delays_secs
                .iter()
                .map(|s| secs(*s))
                .collect(),
        }
    }
}

fn set_path(root: &mut toml::Table, keys: &[String], raw: &str) -> Result<(), String> {
    let Some((last, parents)) = keys.split_last() else {
        return Err("empty key".into());
    };
    let mut table = root;
    for k in parents {
        let entry = table
            .entry(k.clone())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        table = entry
            .as_table_mut()
            .ok_or_else(|| format!("{k} is not a section"))?;
    }
    let value = toml::from_str::<toml::Table>(&format!("v = {raw}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(raw.to_string()));
    table.insert(last.clone(), value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn default_toml_documents_exactly_the_defaults() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/default.toml");
        let loaded = Settings::load_from(Some(&path), &[]).unwrap();
        assert_eq!(loaded, Settings::default());
    }

    #[test]
    fn environment_overrides_file_and_aliases_work() {
        let s = Settings::load_from(
            None,
            &env(&[
                ("CRAWL__FETCH__HOST_RATE", "2.5"),
                ("CRAWL__AMQP__QUEUE_PREFIX", "t1"),
                ("AMQP_URL", "amqp://u:p@h:1/v"),
                ("MEILI_URL", "http://m:7700"),
            ]),
        )
        .unwrap();
        assert_eq!(s.fetch.host_rate, 2.5);
        assert_eq!(s.amqp.queue_prefix, "t1");
        assert_eq!(s.amqp.url, "amqp://u:p@h:1/v");
        assert_eq!(s.indexer.meili_url, "http://m:7700");
    }

    #[test]
    fn unknown_keys_and_bad_values_name_the_culprit() {
        let e = Settings::load_from(None, &env(&[("CRAWL__FETCH__NOPE", "1")])).unwrap_err();
        assert!(e.to_string().contains("nope"), "{e}");
        let e =
            Settings::load_from(None, &env(&[("CRAWL__WORKER__LOG_FORMAT", "xml")])).unwrap_err();
        assert!(e.to_string().contains("log_format"), "{e}");
    }
}
