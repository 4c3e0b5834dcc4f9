//! The indexer's Meilisearch side.
//!
//! - [`connect`] checks the server and the key (bounded by a timeout), creates the index with
//!   primary key `id` if needed and applies the news settings ([`SEARCHABLE_ATTRIBUTES`],
//!   [`FILTERABLE_ATTRIBUTES`], [`SORTABLE_ATTRIBUTES`]) before the first import.
//! - [`ArticleIndex::upsert`] sends articles as NDJSON add-or-replace tasks (so re-indexing is
//!   an idempotent upsert), waits for each task with an explicit timeout (a timeout means
//!   "unknown", [`IndexError::TaskTimeout`]), and when a task fails because of its documents,
//!   splits the batch in halves until the bad documents are isolated: the good ones are indexed
//!   and the bad ones come back in [`UpsertOutcome::rejected`] with the server's reason.
//! - [`IndexError`] implements [`crawl_core::disposition::Classify`].
//!
//! ```no_run
//! # async fn demo(articles: Vec<crawl_core::article::Article>) -> Result<(), crawl_index::IndexError> {
//! let cfg = crawl_index::IndexConfig {
//!     url: "http://127.0.0.1:7700".into(),
//!     api_key: std::env::var("MEILI_MASTER_KEY").ok(),
//!     ..crawl_index::IndexConfig::default()
//! };
//! let index = crawl_index::connect(&cfg).await?;
//! let outcome = index.upsert(articles).await?;
//! for (pos, reason) in &outcome.rejected {
//!     eprintln!("article {pos} rejected: {reason}");
//! }
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

mod error;

use std::ops::Range;
use std::time::Duration;

use crawl_core::article::Article;
use crawl_core::docid::is_valid_id;
use meilisearch_sdk::client::Client;
use meilisearch_sdk::errors::{Error as SdkError, ErrorType};
use meilisearch_sdk::request::{HttpClient, Method};
use meilisearch_sdk::reqwest::ReqwestClient;
use meilisearch_sdk::settings::Settings;
use serde_json::Value;
use tokio::time::{timeout, Instant};

pub use error::IndexError;

/// Default bound on waiting for one Meilisearch task (and on one request).
pub const DEFAULT_TASK_TIMEOUT: Duration = Duration::from_secs(120);
/// Default pause between two polls of a task's status.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(100);
/// Default largest request body: 90 MB, under the server's 100 MB default
/// (`--http-payload-size-limit`).
pub const DEFAULT_MAX_PAYLOAD_BYTES: usize = 90_000_000;
/// Default bound on reaching the server and checking the key at start-up.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default Meilisearch URL (a local server).
pub const DEFAULT_URL: &str = "http://127.0.0.1:7700";
/// Default index uid.
pub const DEFAULT_INDEX_UID: &str = "articles";
/// The primary key of the article index.
pub const PRIMARY_KEY: &str = "id";
/// Attributes searched by a query, most important first (the order ranks matches).
pub const SEARCHABLE_ATTRIBUTES: &[&str] = &[
    "title",
    "description",
    "body",
    "authors",
    "tags",
    "site_name",
];
/// Attributes usable in filters.
pub const FILTERABLE_ATTRIBUTES: &[&str] = &[
    "site",
    "authors",
    "language",
    "tags",
    "published_ts",
    "modified_ts",
    "fetched_ts",
    "crawl_id",
];
/// Attributes usable for sorting.
pub const SORTABLE_ATTRIBUTES: &[&str] = &["published_ts", "modified_ts", "fetched_ts"];

/// Error codes of a failed document task (or rejected documents request) that are caused by
/// some of the documents: the batch is split to isolate them. Any other code is index-level.
pub const DOCUMENT_ERROR_CODES: &[&str] = &[
    "invalid_document_id",
    "missing_document_id",
    "invalid_document_fields",
    "invalid_document_geo_field",
    "invalid_document_geojson_field",
    "invalid_vectors_type",
    "invalid_vector_dimensions",
    "max_fields_limit_exceeded",
    "document_fields_limit_reached",
    "payload_too_large",
    "malformed_payload",
];

/// Where and how to index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexConfig {
    /// Base URL of the server (`MEILI_URL`), e.g. `http://meilisearch:7700`.
    pub url: String,
    /// API key (`MEILI_MASTER_KEY`, or a key with documents.add, indexes.create,
    /// indexes.get, settings.get, settings.update, tasks.get, stats.get and documents.get).
    pub api_key: Option<String>,
    /// Index uid (letters, digits, `-`, `_`).
    pub index_uid: String,
    /// Bound on waiting for one task, and on one request (default [`DEFAULT_TASK_TIMEOUT`]).
    pub task_timeout: Duration,
    /// Pause between task polls (default [`DEFAULT_POLL_INTERVAL`]).
    pub poll_interval: Duration,
    /// Largest request body in bytes (default [`DEFAULT_MAX_PAYLOAD_BYTES`]); a single
    /// document larger than this is rejected without a round trip.
    pub max_payload_bytes: usize,
    /// Bound on reaching the server and checking the key (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub connect_timeout: Duration,
}

impl Default for IndexConfig {
    fn default() -> Self {
        IndexConfig {
            url: DEFAULT_URL.to_string(),
            api_key: None,
            index_uid: DEFAULT_INDEX_UID.to_string(),
            task_timeout: DEFAULT_TASK_TIMEOUT,
            poll_interval: DEFAULT_POLL_INTERVAL,
            max_payload_bytes: DEFAULT_MAX_PAYLOAD_BYTES,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
        }
    }
}

/// What happened to the documents of one [`ArticleIndex::upsert`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpsertOutcome {
    /// Positions (in the input) of the documents Meilisearch indexed.
    pub indexed: Vec<usize>,
    /// Positions of the documents that can never be indexed, with the reason (`code: message`).
    pub rejected: Vec<(usize, String)>,
}

/// Splits documents of the given encoded sizes into consecutive chunks whose NDJSON payload
/// (each document plus a newline) stays within `max_bytes`. A document too large on its own
/// gets a chunk of its own.
pub fn payload_chunks(sizes: &[usize], max_bytes: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut bytes = 0usize;
    for (i, size) in sizes.iter().enumerate() {
        let cost = size.saturating_add(1);
        if i > start && bytes.saturating_add(cost) > max_bytes {
            chunks.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes = bytes.saturating_add(cost);
    }
    if start < sizes.len() {
        chunks.push(start..sizes.len());
    }
    chunks
}

/// A document ready to send: its input position and its JSON encoding.
struct Prepared {
    pos: usize,
    bytes: Vec<u8>,
}

/// Why one send did not index its documents.
enum SendFailure {
    /// Some document is at fault: split and retry.
    Documents(String),
    /// Not about the documents: give up on the call.
    Index(IndexError),
}

/// A connected article index.
#[derive(Debug, Clone)]
pub struct ArticleIndex {
    cfg: IndexConfig,
    base: String,
    http: ReqwestClient,
    client: Client,
}

fn check_config(cfg: &IndexConfig) -> Result<String, IndexError> {
    let base = cfg.url.trim().trim_end_matches('/').to_string();
    let parsed = url::Url::parse(&base).map_err(|e| IndexError::InvalidConfig {
        setting: "MEILI_URL",
        reason: format!(
            "`{}` is not a URL ({e}); expected e.g. http://127.0.0.1:7700",
            cfg.url
        ),
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.query().is_some() {
        return Err(IndexError::InvalidConfig {
            setting: "MEILI_URL",
            reason: format!(
                "`{}` must be an http:// or https:// base URL without a query",
                cfg.url
            ),
        });
    }
    if let Some(key) = &cfg.api_key {
        if !key.bytes().all(|b| (32..127).contains(&b) || b == b'\t') {
            return Err(IndexError::InvalidConfig {
                setting: "MEILI_MASTER_KEY",
                reason: "the key holds characters that cannot go in an HTTP header (printable ASCII only)".into(),
            });
        }
    }
    let uid_ok = !cfg.index_uid.is_empty()
        && cfg.index_uid.len() <= 400
        && cfg
            .index_uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !uid_ok {
        return Err(IndexError::InvalidConfig {
            setting: "index_uid",
            reason: format!(
                "`{}` is not a valid index uid (1 to 400 of A-Z a-z 0-9 - _)",
                cfg.index_uid
            ),
        });
    }
    if cfg.max_payload_bytes == 0 {
        return Err(IndexError::InvalidConfig {
            setting: "max_payload_bytes",
            reason: "must be above 0 (the server's default limit is 100 MB)".into(),
        });
    }
    if cfg.task_timeout.is_zero() && cfg.poll_interval.is_zero() {
        return Err(IndexError::InvalidConfig {
            setting: "poll_interval",
            reason: "must be above 0".into(),
        });
    }
    Ok(base)
}

/// Connects to Meilisearch, makes sure the index exists with primary key `id`, and applies the
/// news settings when they differ, waiting for each task.
///
/// Reaching the server and checking the key are bounded by `connect_timeout`; the index and
/// settings tasks by `task_timeout` each.
///
/// # Errors
/// [`IndexError::InvalidConfig`] for a bad URL/key/uid, [`IndexError::Unreachable`] when no
/// server answers in time, [`IndexError::Auth`] for a refused key, [`IndexError::TaskFailed`]
/// when creating the index or applying the settings fails.
pub async fn connect(cfg: &IndexConfig) -> Result<ArticleIndex, IndexError> {
    let base = check_config(cfg)?;
    let http =
        ReqwestClient::new(cfg.api_key.as_deref()).map_err(|e| IndexError::InvalidConfig {
            setting: "MEILI_URL",
            reason: format!("cannot build an HTTP client: {e}"),
        })?;
    let client = Client::new_with_client(base.clone(), cfg.api_key.clone(), http.clone());
    let index = ArticleIndex {
        cfg: cfg.clone(),
        base,
        http,
        client,
    };
    let existing = index.reach().await?;
    match existing {
        Some(Value::String(pk)) if pk != PRIMARY_KEY => {
            return Err(IndexError::InvalidConfig {
                setting: "index_uid",
                reason: format!(
                    "index `{}` already exists with primary key `{pk}`, but articles need `{PRIMARY_KEY}`; use another index uid",
                    cfg.index_uid
                ),
            })
        }
        Some(_) => {}
        None => index.create_index().await?,
    }
    index.apply_settings().await?;
    tracing::info!(
        url = %index.base,
        index = %cfg.index_uid,
        "meilisearch index ready"
    );
    Ok(index)
}

impl ArticleIndex {
    /// The configuration this index was connected with.
    pub fn config(&self) -> &IndexConfig {
        &self.cfg
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn map_sdk(&self, what: &'static str, e: SdkError) -> IndexError {
        match e {
            SdkError::Meilisearch(me) => {
                let code = me.error_code.to_string();
                if me.error_type == ErrorType::Auth {
                    IndexError::Auth {
                        url: self.base.clone(),
                        what,
                        code,
                        message: me.error_message,
                    }
                } else {
                    let error_type = match me.error_type {
                        ErrorType::InvalidRequest => "invalid_request",
                        ErrorType::Internal => "internal",
                        _ => "system",
                    };
                    IndexError::Api {
                        url: self.base.clone(),
                        what,
                        code,
                        error_type: error_type.into(),
                        message: me.error_message,
                    }
                }
            }
            SdkError::MeilisearchCommunication(c) => {
                let error_type = if c.status_code >= 500 {
                    "system"
                } else {
                    "invalid_request"
                };
                IndexError::Api {
                    url: self.base.clone(),
                    what,
                    code: format!("http_{}", c.status_code),
                    error_type: error_type.into(),
                    message: format!(
                        "HTTP {} without a Meilisearch error body from {}",
                        c.status_code, c.url
                    ),
                }
            }
            SdkError::HttpError(h) => IndexError::Unreachable {
                url: self.base.clone(),
                what,
                reason: error_chain(&h),
            },
            other => IndexError::Protocol {
                url: self.base.clone(),
                what,
                reason: other.to_string(),
            },
        }
    }

    /// Runs one request future with a bound.
    async fn bounded<T>(
        &self,
        what: &'static str,
        bound: Duration,
        fut: impl std::future::Future<Output = Result<T, SdkError>>,
    ) -> Result<T, IndexError> {
        match timeout(bound, fut).await {
            Ok(r) => r.map_err(|e| self.map_sdk(what, e)),
            Err(_) => Err(IndexError::RequestTimeout {
                url: self.base.clone(),
                what,
                after: bound,
            }),
        }
    }

    async fn get_json(
        &self,
        what: &'static str,
        path: &str,
        bound: Duration,
    ) -> Result<Value, IndexError> {
        let url = self.url(path);
        self.bounded(
            what,
            bound,
            self.http
                .request::<(), (), Value>(&url, Method::Get { query: () }, 200),
        )
        .await
    }

    /// Checks reachability and the key within `connect_timeout`; returns the index's primary
    /// key (`Some(Value::Null)` when it has none yet) or `None` when the index is missing.
    async fn reach(&self) -> Result<Option<Value>, IndexError> {
        let deadline = Instant::now() + self.cfg.connect_timeout;
        let left = || deadline.saturating_duration_since(Instant::now());
        let unreachable = |what: &'static str, e: IndexError| match e {
            IndexError::RequestTimeout { url, what, after } => IndexError::Unreachable {
                url,
                what,
                reason: format!("no answer within {after:?} (connect_timeout)"),
            },
            other => {
                let _ = what;
                other
            }
        };
        self.get_json("checking /health", "/health", left())
            .await
            .map_err(|e| unreachable("checking /health", e))?;
        let path = format!("/indexes/{}", self.cfg.index_uid);
        match self.get_json("reading the index", &path, left()).await {
            Ok(info) => Ok(Some(info.get("primaryKey").cloned().unwrap_or(Value::Null))),
            Err(IndexError::Api { code, .. }) if code == "index_not_found" => Ok(None),
            Err(e) => Err(unreachable("reading the index", e)),
        }
    }

    async fn create_index(&self) -> Result<(), IndexError> {
        const WHAT: &str = "creating the index";
        let info = self
            .bounded(
                WHAT,
                self.cfg.task_timeout,
                self.client
                    .create_index(&self.cfg.index_uid, Some(PRIMARY_KEY)),
            )
            .await?;
        match self.wait_task(WHAT, info.task_uid).await? {
            TaskEnd::Succeeded(_) => Ok(()),
            // Another worker created it first: fine.
            TaskEnd::Failed { code, .. } if code == "index_already_exists" => Ok(()),
            TaskEnd::Failed {
                code,
                error_type,
                message,
            } => Err(IndexError::TaskFailed {
                what: WHAT,
                task_uid: info.task_uid,
                code,
                error_type,
                message,
            }),
        }
    }

    async fn apply_settings(&self) -> Result<(), IndexError> {
        const WHAT: &str = "applying index settings";
        let path = format!("/indexes/{}/settings", self.cfg.index_uid);
        let current = self
            .get_json("reading index settings", &path, self.cfg.task_timeout)
            .await?;
        if settings_match(&current) {
            tracing::debug!(index = %self.cfg.index_uid, "index settings already applied");
            return Ok(());
        }
        let settings = Settings::new()
            .with_searchable_attributes(SEARCHABLE_ATTRIBUTES)
            .with_filterable_attributes(FILTERABLE_ATTRIBUTES)
            .with_sortable_attributes(SORTABLE_ATTRIBUTES);
        let index = self.client.index(&self.cfg.index_uid);
        let info = self
            .bounded(WHAT, self.cfg.task_timeout, index.set_settings(&settings))
            .await?;
        match self.wait_task(WHAT, info.task_uid).await? {
            TaskEnd::Succeeded(_) => Ok(()),
            TaskEnd::Failed {
                code,
                error_type,
                message,
            } => Err(IndexError::TaskFailed {
                what: WHAT,
                task_uid: info.task_uid,
                code,
                error_type,
                message,
            }),
        }
    }

    /// Polls task `uid` until it finishes or `task_timeout` passes.
    async fn wait_task(&self, what: &'static str, uid: u32) -> Result<TaskEnd, IndexError> {
        let started = Instant::now();
        let deadline = started + self.cfg.task_timeout;
        let path = format!("/tasks/{uid}");
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            // Always poll at least once, with a bound of at least one poll interval.
            let bound = left
                .max(self.cfg.poll_interval)
                .max(Duration::from_millis(1));
            let task = match self.get_json(what, &path, bound).await {
                Ok(t) => t,
                Err(IndexError::RequestTimeout { .. }) => {
                    return Err(IndexError::TaskTimeout {
                        what,
                        task_uid: uid,
                        waited: started.elapsed(),
                    })
                }
                Err(e) => return Err(e),
            };
            match task.get("status").and_then(Value::as_str) {
                Some("succeeded") => return Ok(TaskEnd::Succeeded(task)),
                Some("failed") => {
                    let err = task.get("error").cloned().unwrap_or(Value::Null);
                    let text = |k: &str| {
                        err.get(k)
                            .and_then(Value::as_str)
                            .unwrap_or("unknown")
                            .to_string()
                    };
                    return Ok(TaskEnd::Failed {
                        code: text("code"),
                        error_type: text("type"),
                        message: text("message"),
                    });
                }
                Some("canceled") => {
                    return Err(IndexError::TaskCanceled {
                        what,
                        task_uid: uid,
                    })
                }
                Some("enqueued") | Some("processing") => {}
                other => {
                    return Err(IndexError::Protocol {
                        url: self.base.clone(),
                        what,
                        reason: format!("task {uid} has an unknown status {other:?}"),
                    })
                }
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(IndexError::TaskTimeout {
                    what,
                    task_uid: uid,
                    waited: started.elapsed(),
                });
            }
            tokio::time::sleep(self.cfg.poll_interval.min(deadline - now)).await;
        }
    }

    /// Adds or replaces `docs` (by `id`), isolating documents the server rejects.
    ///
    /// Documents with an invalid id or larger than `max_payload_bytes` are rejected without a
    /// round trip. The rest go in payload-sized NDJSON batches; when a batch task fails with a
    /// document-level code ([`DOCUMENT_ERROR_CODES`]) it is split in halves and retried until
    /// each bad document is alone. Batches are sent one after the other, each after the
    /// previous task finished.
    ///
    /// # Errors
    /// Index-level, transport and auth failures, and [`IndexError::TaskTimeout`] when a task
    /// did not finish in time (outcome unknown: retry the whole call, it is idempotent). Some
    /// documents may already be indexed when an error is returned.
    pub async fn upsert(&self, docs: Vec<Article>) -> Result<UpsertOutcome, IndexError> {
        let mut outcome = UpsertOutcome::default();
        let mut ready = Vec::with_capacity(docs.len());
        for (pos, article) in docs.iter().enumerate() {
            if !is_valid_id(&article.id) {
                outcome.rejected.push((
                    pos,
                    format!(
                        "invalid_document_id: `{}` is not a valid Meilisearch id (1 to 511 of A-Z a-z 0-9 - _)",
                        article.id
                    ),
                ));
                continue;
            }
            match serde_json::to_vec(article) {
                Ok(bytes) => ready.push(Prepared { pos, bytes }),
                Err(e) => outcome
                    .rejected
                    .push((pos, format!("malformed_payload: cannot encode: {e}"))),
            }
        }
        self.send_all(ready, &mut outcome).await?;
        Ok(outcome)
    }

    /// Like [`ArticleIndex::upsert`] for arbitrary JSON documents (each an object with an `id`
    /// that is a valid string id or an integer).
    ///
    /// # Errors
    /// As [`ArticleIndex::upsert`].
    pub async fn upsert_json(&self, docs: Vec<Value>) -> Result<UpsertOutcome, IndexError> {
        let mut outcome = UpsertOutcome::default();
        let mut ready = Vec::with_capacity(docs.len());
        for (pos, doc) in docs.iter().enumerate() {
            let id_ok = match doc.get(PRIMARY_KEY) {
                Some(Value::String(s)) => is_valid_id(s),
                Some(Value::Number(n)) => n.is_i64() || n.is_u64(),
                _ => false,
            };
            if !doc.is_object() {
                outcome.rejected.push((
                    pos,
                    "malformed_payload: a document must be a JSON object".into(),
                ));
            } else if doc.get(PRIMARY_KEY).is_none() {
                outcome.rejected.push((
                    pos,
                    format!("missing_document_id: no `{PRIMARY_KEY}` field"),
                ));
            } else if !id_ok {
                outcome.rejected.push((
                    pos,
                    format!(
                        "invalid_document_id: `{}` is not a valid Meilisearch id",
                        doc[PRIMARY_KEY]
                    ),
                ));
            } else {
                match serde_json::to_vec(doc) {
                    Ok(bytes) => ready.push(Prepared { pos, bytes }),
                    Err(e) => outcome
                        .rejected
                        .push((pos, format!("malformed_payload: cannot encode: {e}"))),
                }
            }
        }
        self.send_all(ready, &mut outcome).await?;
        Ok(outcome)
    }

    async fn send_all(
        &self,
        ready: Vec<Prepared>,
        outcome: &mut UpsertOutcome,
    ) -> Result<(), IndexError> {
        let max = self.cfg.max_payload_bytes;
        let (fits, too_big): (Vec<Prepared>, Vec<Prepared>) = ready
            .into_iter()
            .partition(|p| p.bytes.len().saturating_add(1) <= max);
        for p in too_big {
            outcome.rejected.push((
                p.pos,
                format!(
                    "payload_too_large: the document is {} bytes encoded, over max_payload_bytes = {max}",
                    p.bytes.len()
                ),
            ));
        }
        let sizes: Vec<usize> = fits.iter().map(|p| p.bytes.len()).collect();
        for chunk in payload_chunks(&sizes, max) {
            // Work list of slices still to send, in input order.
            let mut todo: Vec<Range<usize>> = vec![chunk];
            while let Some(range) = todo.pop() {
                let items = &fits[range.clone()];
                match self.send_once(items).await {
                    Ok(()) => outcome.indexed.extend(items.iter().map(|p| p.pos)),
                    Err(SendFailure::Index(e)) => return Err(e),
                    Err(SendFailure::Documents(reason)) if items.len() == 1 => {
                        tracing::warn!(position = items[0].pos, %reason, "document rejected by meilisearch");
                        outcome.rejected.push((items[0].pos, reason));
                    }
                    Err(SendFailure::Documents(reason)) => {
                        tracing::debug!(
                            documents = items.len(),
                            %reason,
                            "document task failed; splitting the batch to isolate bad documents"
                        );
                        let mid = range.start + items.len() / 2;
                        todo.push(mid..range.end);
                        todo.push(range.start..mid);
                    }
                }
            }
        }
        outcome.indexed.sort_unstable();
        outcome.rejected.sort_by_key(|(pos, _)| *pos);
        Ok(())
    }

    async fn send_once(&self, items: &[Prepared]) -> Result<(), SendFailure> {
        const WHAT: &str = "adding documents";
        let mut body = Vec::with_capacity(items.iter().map(|p| p.bytes.len() + 1).sum());
        for p in items {
            body.extend_from_slice(&p.bytes);
            body.push(b'\n');
        }
        let index = self.client.index(&self.cfg.index_uid);
        let sent = self
            .bounded(
                WHAT,
                self.cfg.task_timeout,
                index.add_or_replace_unchecked_payload(
                    futures::io::Cursor::new(body),
                    "application/x-ndjson",
                    Some(PRIMARY_KEY),
                ),
            )
            .await;
        let info = match sent {
            Ok(info) => info,
            Err(IndexError::Api { code, message, .. })
                if DOCUMENT_ERROR_CODES.contains(&code.as_str()) =>
            {
                return Err(SendFailure::Documents(format!("{code}: {message}")))
            }
            Err(e) => return Err(SendFailure::Index(e)),
        };
        match self.wait_task(WHAT, info.task_uid).await {
            Ok(TaskEnd::Succeeded(_)) => Ok(()),
            Ok(TaskEnd::Failed { code, message, .. })
                if DOCUMENT_ERROR_CODES.contains(&code.as_str()) =>
            {
                Err(SendFailure::Documents(format!("{code}: {message}")))
            }
            Ok(TaskEnd::Failed {
                code,
                error_type,
                message,
            }) => Err(SendFailure::Index(IndexError::TaskFailed {
                what: WHAT,
                task_uid: info.task_uid,
                code,
                error_type,
                message,
            })),
            Err(e) => Err(SendFailure::Index(e)),
        }
    }

    /// Number of documents in the index.
    ///
    /// # Errors
    /// Transport, auth or API failures.
    pub async fn document_count(&self) -> Result<u64, IndexError> {
        const WHAT: &str = "reading index stats";
        let path = format!("/indexes/{}/stats", self.cfg.index_uid);
        let stats = self.get_json(WHAT, &path, self.cfg.task_timeout).await?;
        stats
            .get("numberOfDocuments")
            .and_then(Value::as_u64)
            .ok_or_else(|| IndexError::Protocol {
                url: self.base.clone(),
                what: WHAT,
                reason: "no numberOfDocuments in the index stats".into(),
            })
    }

    /// The stored document with `id`, or `None` when there is none.
    ///
    /// # Errors
    /// Transport, auth or API failures.
    pub async fn get_document(&self, id: &str) -> Result<Option<Value>, IndexError> {
        if !is_valid_id(id) {
            // No document can have this id.
            return Ok(None);
        }
        let path = format!("/indexes/{}/documents/{id}", self.cfg.index_uid);
        match self
            .get_json("reading a document", &path, self.cfg.task_timeout)
            .await
        {
            Ok(doc) => Ok(Some(doc)),
            Err(IndexError::Api { code, .. }) if code == "document_not_found" => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// How a task ended.
enum TaskEnd {
    Succeeded(#[allow(dead_code)] Value),
    Failed {
        code: String,
        error_type: String,
        message: String,
    },
}

/// Whether the server's current settings already are the news settings.
fn settings_match(current: &Value) -> bool {
    let strings = |key: &str| -> Option<Vec<String>> {
        current.get(key)?.as_array().map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
    };
    let as_set = |mut v: Vec<String>| {
        v.sort();
        v.dedup();
        v
    };
    let want = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    strings("searchableAttributes") == Some(want(SEARCHABLE_ATTRIBUTES))
        && strings("filterableAttributes").map(as_set) == Some(as_set(want(FILTERABLE_ATTRIBUTES)))
        && current
            .get("filterableAttributes")
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().all(Value::is_string))
        && strings("sortableAttributes").map(as_set) == Some(as_set(want(SORTABLE_ATTRIBUTES)))
}

/// The error and its sources on one line (reqwest hides "connection refused" in a source).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn chunks_respect_the_byte_limit_and_keep_order() {
        assert_eq!(payload_chunks(&[], 10), Vec::<Range<usize>>::new());
        // Each costs size + 1 bytes.
        assert_eq!(payload_chunks(&[4, 4, 4], 10), vec![0..2, 2..3]);
        assert_eq!(payload_chunks(&[9, 9], 10), vec![0..1, 1..2]);
        // Too large alone: its own chunk.
        assert_eq!(payload_chunks(&[2, 50, 2], 10), vec![0..1, 1..2, 2..3]);
        assert_eq!(payload_chunks(&[1; 5], 100), vec![0..5]);
    }

    #[test]
    fn settings_comparison() {
        let ok = json!({
            "searchableAttributes": SEARCHABLE_ATTRIBUTES,
            "filterableAttributes": FILTERABLE_ATTRIBUTES.iter().rev().collect::<Vec<_>>(),
            "sortableAttributes": ["fetched_ts", "modified_ts", "published_ts"],
        });
        assert!(settings_match(&ok));
        let mut other = ok.clone();
        other["searchableAttributes"] = json!(["*"]);
        assert!(!settings_match(&other));
        let mut fewer = ok;
        fewer["sortableAttributes"] = json!(["published_ts"]);
        assert!(!settings_match(&fewer));
    }

    #[test]
    fn config_checks_name_the_setting() {
        let bad_url = IndexConfig {
            url: "localhost:7700".into(),
            ..IndexConfig::default()
        };
        let e = check_config(&bad_url).unwrap_err();
        assert!(e.to_string().contains("MEILI_URL"), "{e}");
        let bad_key = IndexConfig {
            api_key: Some("a\nb".into()),
            ..IndexConfig::default()
        };
        assert!(check_config(&bad_key)
            .unwrap_err()
            .to_string()
            .contains("MEILI_MASTER_KEY"));
        let bad_uid = IndexConfig {
            index_uid: "a/b".into(),
            ..IndexConfig::default()
        };
        assert!(check_config(&bad_uid).is_err());
        assert_eq!(
            check_config(&IndexConfig {
                url: "http://h:7700/".into(),
                ..IndexConfig::default()
            })
            .unwrap(),
            "http://h:7700"
        );
    }
}
