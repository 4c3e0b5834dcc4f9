//! A test-only double of the Meilisearch HTTP API: exactly the subset the crawl fleet uses, and
//! never more forgiving than a real Meilisearch v1.x server.
//!
//! It is a dev-dependency only; no binary ships it. Tests call [`test_target`], which returns a
//! real server when `MEILI_URL` (and `MEILI_MASTER_KEY`) is set, and otherwise starts a
//! [`MeiliDouble`] with a random master key, so every test is written once and runs against either.
//!
//! What it follows (see `shared/notes/meilisearch-transcripts.md` for the real answers):
//! - every write answers `202` with a `taskUid`; a background worker processes tasks one at a
//!   time in order (`enqueued` → `processing` → `succeeded`/`failed`);
//! - one invalid document id (or a missing primary key, or an invalid `_geo` when `_geo` is
//!   filterable/sortable) fails the whole task with `indexedDocuments: 0`;
//! - documents sent to a missing index create it; creating an existing index fails its task with
//!   `index_already_exists`;
//! - `401 missing_authorization_header` / `403 invalid_api_key` when a master key is set;
//!   `413 payload_too_large`, `415 invalid_content_type`, `400 malformed_payload` at once;
//! - routes: `/health`, `/version`, `/indexes`, `/indexes/{uid}` (+ `/stats`, `/settings`,
//!   `/documents`, `/documents/{id}`, `/search`), `/tasks`, `/tasks/{uid}`.
//!
//! The server runs on its own thread with its own Tokio runtime, so it keeps serving whatever
//! the test's runtime does (including waiting on child processes), and stops when the
//! [`MeiliDouble`] is dropped.
//!
//! ```no_run
//! # async fn demo() {
//! let meili = meili_double::test_target().await;
//! println!("{} {}", meili.url(), meili.index_uid());
//! meili.cleanup().await;
//! # }
//! ```
#![deny(missing_docs)]

mod http;
mod raw;
pub mod rules;
mod search;
mod state;

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{oneshot, Notify};

pub use raw::RawResponse;

/// The payload limit of a real server started without `--http-payload-size-limit` (100 MB).
pub const DEFAULT_PAYLOAD_LIMIT: usize = 100_000_000;

/// How the double behaves.
#[derive(Debug, Clone)]
pub struct DoubleOptions {
    /// Master key; when set, every route but `/health` needs `Authorization: Bearer <key>`.
    pub master_key: Option<String>,
    /// Largest accepted request body in bytes (default [`DEFAULT_PAYLOAD_LIMIT`]).
    pub payload_limit: usize,
    /// The next this-many document tasks fail with an `internal` error.
    pub fail_next_document_tasks: u32,
    /// How long each task stays `processing` before it is applied (default zero).
    pub task_delay: Duration,
    /// Start with task processing held (see [`MeiliDouble::hold_tasks`]).
    pub hold_tasks: bool,
}

impl Default for DoubleOptions {
    fn default() -> Self {
        DoubleOptions {
            master_key: None,
            payload_limit: DEFAULT_PAYLOAD_LIMIT,
            fail_next_document_tasks: 0,
            task_delay: Duration::ZERO,
            hold_tasks: false,
        }
    }
}

/// A running double, listening on `127.0.0.1` on a free port. Dropping it stops the server.
#[derive(Debug)]
pub struct MeiliDouble {
    url: String,
    master_key: Option<String>,
    shared: Arc<http::Shared>,
    stop: Mutex<Option<oneshot::Sender<()>>>,
}

impl MeiliDouble {
    /// Starts a double on its own thread and runtime and returns once it accepts connections.
    ///
    /// # Panics
    /// When no thread, runtime or loopback port can be had: this is test support.
    pub async fn start(opts: DoubleOptions) -> MeiliDouble {
        let mut state = state::State::default();
        state.faults.fail_document_tasks = opts.fail_next_document_tasks;
        state.faults.task_delay = opts.task_delay;
        state.faults.hold = opts.hold_tasks;
        let shared = Arc::new(http::Shared {
            state: Mutex::new(state),
            wake: Notify::new(),
            master_key: opts.master_key.clone(),
            payload_limit: opts.payload_limit,
        });
        let (addr_tx, addr_rx) = oneshot::channel();
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let for_thread = shared.clone();
        std::thread::Builder::new()
            .name("meili-double".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                    .expect("meili-double: cannot build a Tokio runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .expect("meili-double: cannot bind 127.0.0.1:0");
                    let addr = listener
                        .local_addr()
                        .expect("meili-double: no local address");
                    let _ = addr_tx.send(addr);
                    let worker = tokio::spawn(http::worker(for_thread.clone()));
                    let app = http::router(for_thread);
                    tokio::select! {
                        r = axum::serve(listener, app) => {
                            if let Err(e) = r { eprintln!("meili-double: server stopped: {e}"); }
                        }
                        _ = stop_rx => {}
                    }
                    worker.abort();
                });
                // Dropping the runtime here closes every open connection.
            })
            .expect("meili-double: cannot spawn its thread");
        let addr = addr_rx
            .await
            .expect("meili-double: the server thread died before listening");
        MeiliDouble {
            url: format!("http://{addr}"),
            master_key: opts.master_key,
            shared,
            stop: Mutex::new(Some(stop_tx)),
        }
    }

    /// Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The master key the double requires, if any.
    pub fn master_key(&self) -> Option<String> {
        self.master_key.clone()
    }

    /// The documents of `index`, in insertion order (empty when the index does not exist).
    pub fn documents(&self, index: &str) -> Vec<Value> {
        let st = self.shared.lock();
        st.indexes
            .get(index)
            .map(|i| {
                i.ordered_docs()
                    .into_iter()
                    .map(|d| Value::Object(d.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Number of tasks ever enqueued.
    pub fn task_count(&self) -> usize {
        self.shared.lock().tasks.len()
    }

    /// Every task as `GET /tasks/{uid}` shows it, oldest first.
    pub fn tasks(&self) -> Vec<Value> {
        self.shared
            .lock()
            .tasks
            .iter()
            .map(|t| t.to_json())
            .collect()
    }

    /// Whether some task is still enqueued or processing.
    pub fn has_pending_tasks(&self) -> bool {
        http::pending(&self.shared.lock())
    }

    /// Makes the next `n` document tasks fail with an `internal` error.
    pub fn fail_next_document_tasks(&self, n: u32) {
        self.shared.lock().faults.fail_document_tasks = n;
    }

    /// Sets how long each task stays `processing`.
    pub fn set_task_delay(&self, delay: Duration) {
        self.shared.lock().faults.task_delay = delay;
    }

    /// Stops processing: new tasks stay `enqueued` until [`MeiliDouble::release_tasks`].
    pub fn hold_tasks(&self) {
        self.shared.lock().faults.hold = true;
    }

    /// Resumes processing held tasks.
    pub fn release_tasks(&self) {
        self.shared.lock().faults.hold = false;
        self.shared.wake.notify_one();
    }
}

impl Drop for MeiliDouble {
    fn drop(&mut self) {
        let stop = self.stop.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(tx) = stop {
            let _ = tx.send(());
        }
    }
}

/// Sends one request to `base_url` (plain `http://` only) with an optional bearer `key` and an
/// optional body given as (content type, bytes); the answer's body is parsed as JSON.
///
/// # Errors
/// A transport failure, as text.
pub async fn raw_request(
    base_url: &str,
    key: Option<&str>,
    method: &str,
    path: &str,
    body: Option<(Option<&str>, &[u8])>,
) -> Result<RawResponse, String> {
    raw::send(base_url, key, method, path, body).await
}

/// Where a test's Meilisearch is: a real server (from `MEILI_URL`/`MEILI_MASTER_KEY`) or a
/// double started for the test, plus an index uid unique to the test.
#[derive(Debug)]
pub struct TestMeili {
    url: String,
    master_key: Option<String>,
    index_uid: String,
    double: Option<MeiliDouble>,
    extra: Mutex<Vec<String>>,
    cleaned: AtomicBool,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn random_u64() -> u64 {
    let mut h = RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    h.finish()
}

/// A fresh index uid starting with `prefix` (letters, digits, `-`, `_` only).
pub fn unique_index_uid(prefix: &str) -> String {
    let clean: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    format!("{clean}_{:016x}", random_u64())
}

/// The Meilisearch a test should use: the real one at `MEILI_URL` when that variable is set
/// (with `MEILI_MASTER_KEY` as its key), otherwise a new [`MeiliDouble`] with a random master key.
pub async fn test_target() -> TestMeili {
    let real = std::env::var("MEILI_URL")
        .ok()
        .filter(|u| !u.trim().is_empty());
    let index_uid = unique_index_uid("test");
    match real {
        Some(url) => TestMeili {
            url: url.trim().trim_end_matches('/').to_string(),
            master_key: std::env::var("MEILI_MASTER_KEY")
                .ok()
                .filter(|k| !k.is_empty()),
            index_uid,
            double: None,
            extra: Mutex::new(Vec::new()),
            cleaned: AtomicBool::new(false),
        },
        None => {
            let key = format!("{:016x}{:016x}", random_u64(), random_u64());
            let double = MeiliDouble::start(DoubleOptions {
                master_key: Some(key.clone()),
                ..DoubleOptions::default()
            })
            .await;
            TestMeili {
                url: double.url(),
                master_key: Some(key),
                index_uid,
                double: Some(double),
                extra: Mutex::new(Vec::new()),
                cleaned: AtomicBool::new(false),
            }
        }
    }
}

impl TestMeili {
    /// Base URL of the server.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The key to send, if any.
    pub fn master_key(&self) -> Option<&str> {
        self.master_key.as_deref()
    }

    /// The index uid reserved for this test.
    pub fn index_uid(&self) -> &str {
        &self.index_uid
    }

    /// Another fresh index uid, also deleted by [`TestMeili::cleanup`] on a real server.
    pub fn another_index_uid(&self, prefix: &str) -> String {
        let uid = unique_index_uid(prefix);
        self.extra
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(uid.clone());
        uid
    }

    /// Whether this is a real server (`MEILI_URL` set).
    pub fn is_real(&self) -> bool {
        self.double.is_none()
    }

    /// The double, when the test runs against one (fault injection, inspection).
    pub fn double(&self) -> Option<&MeiliDouble> {
        self.double.as_ref()
    }

    /// Sends one request with the test's key; `body` is sent as JSON.
    ///
    /// # Errors
    /// A transport failure, as text.
    pub async fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<RawResponse, String> {
        let bytes = body.map(|b| b.to_string().into_bytes());
        let body = bytes.as_deref().map(|b| (Some("application/json"), b));
        raw::send(&self.url, self.master_key.as_deref(), method, path, body).await
    }

    /// Sends one request with raw bytes and an optional `Content-Type`, and with `key`
    /// instead of the test's key (`None`: no `Authorization` header).
    ///
    /// # Errors
    /// A transport failure, as text.
    pub async fn request_raw(
        &self,
        key: Option<&str>,
        method: &str,
        path: &str,
        body: Option<(Option<&str>, &[u8])>,
    ) -> Result<RawResponse, String> {
        raw::send(&self.url, key, method, path, body).await
    }

    /// Polls `GET /tasks/{uid}` until the task succeeded or failed, for up to `within`.
    ///
    /// # Errors
    /// The last answer when the task did not finish in time, or a transport failure.
    pub async fn wait_task(&self, uid: u64, within: Duration) -> Result<Value, String> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let r = self.request("GET", &format!("/tasks/{uid}"), None).await?;
            let status = r.body.get("status").and_then(Value::as_str).unwrap_or("");
            if matches!(status, "succeeded" | "failed" | "canceled") {
                return Ok(r.body);
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(format!(
                    "task {uid} not finished within {within:?}: {}",
                    r.body
                ));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Deletes the test's indexes on a real server (a double just goes away).
    pub async fn cleanup(&self) {
        if self.cleaned.swap(true, Ordering::SeqCst) || !self.is_real() {
            return;
        }
        for uid in self.all_uids() {
            let _ = raw::send(
                &self.url,
                self.master_key.as_deref(),
                "DELETE",
                &format!("/indexes/{uid}"),
                None,
            )
            .await;
        }
    }

    fn all_uids(&self) -> Vec<String> {
        let mut uids = vec![self.index_uid.clone()];
        uids.extend(
            self.extra
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .cloned(),
        );
        uids
    }
}

impl Drop for TestMeili {
    fn drop(&mut self) {
        if self.cleaned.load(Ordering::SeqCst) || !self.is_real() {
            return;
        }
        // A test that forgot `cleanup` (or panicked): delete from a helper thread with its own
        // runtime, since Drop cannot await.
        let url = self.url.clone();
        let key = self.master_key.clone();
        let uids = self.all_uids();
        let handle = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                for uid in uids {
                    let _ = tokio::time::timeout(
                        Duration::from_secs(5),
                        raw::send(
                            &url,
                            key.as_deref(),
                            "DELETE",
                            &format!("/indexes/{uid}"),
                            None,
                        ),
                    )
                    .await;
                }
            });
        });
        let _ = handle.join();
    }
}
