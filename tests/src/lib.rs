//! Harness of the fleet's end-to-end tests.
//!
//! - [`TestSite`]: a news-like site on 127.0.0.1 (hub pages linking to article pages) that
//!   records every request it serves.
//! - [`Fleet`]: worker processes (`fetcher`, `extractor`, `indexer`) with a queue prefix unique
//!   to the test, killed when dropped, and the test's queues deleted.
//! - [`wait_for`]: polls a condition until a deadline, printing what was last seen on failure.
//! - [`site::Site`]: a scriptable site (robots.txt, sitemaps, feeds, traps, throttling, ETags)
//!   for crawl-policy tests; [`redis_server::PrivateRedis`]: a Redis the test may restart.

pub mod redis_server;
pub mod site;

pub mod proxy;
pub mod scenario;
pub mod worker;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A name no other test (in this run or a parallel one) uses.
pub fn unique_name(prefix: &str) -> String {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}-{}-{}-{nanos:x}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    )
}

/// The broker address tests use (`AMQP_URL`, default the local guest account).
pub fn amqp_url() -> String {
    std::env::var("AMQP_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".into())
}

/// One article of the test site.
#[derive(Debug, Clone)]
pub struct SiteArticle {
    /// Path on the site.
    pub path: String,
    /// Headline.
    pub title: String,
    /// A sentence that appears only in this article's body.
    pub marker: String,
}

struct SiteState {
    hubs: usize,
    per_hub: usize,
    robots: Option<String>,
    hits: Mutex<HashMap<String, usize>>,
    log: Mutex<Vec<(Instant, String)>>,
}

/// A local news site: `/` links to `hubs` section pages, each linking to `per_hub` articles.
pub struct TestSite {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub base: String,
    state: Arc<SiteState>,
    _server: tokio::task::JoinHandle<()>,
}

fn article_title(hub: usize, n: usize) -> String {
    format!("Council approves harbour plan number {n} in district {hub}")
}

fn article_marker(hub: usize, n: usize) -> String {
    format!("Marker sentence for story {hub}-{n} appears only here.")
}

impl TestSite {
    /// Starts the site on a free port.
    pub async fn start(hubs: usize, per_hub: usize) -> TestSite {
        Self::start_with_robots(hubs, per_hub, None).await
    }

    /// Starts the site with this robots.txt (404 when `None`).
    pub async fn start_with_robots(hubs: usize, per_hub: usize, robots: Option<&str>) -> TestSite {
        let state = Arc::new(SiteState {
            hubs,
            per_hub,
            robots: robots.map(str::to_string),
            hits: Mutex::new(HashMap::new()),
            log: Mutex::new(Vec::new()),
        });
        let app = Router::new()
            .route("/", get(home))
            .route("/robots.txt", get(robots_txt))
            .route("/section/{hub}", get(section))
            .route("/news/{hub}/{n}", get(article))
            .fallback(not_found)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind test site");
        let addr = listener.local_addr().expect("test site address");
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        TestSite {
            base: format!("http://{addr}"),
            state,
            _server: server,
        }
    }

    /// Every article the site serves.
    pub fn articles(&self) -> Vec<SiteArticle> {
        let mut out = Vec::new();
        for hub in 0..self.state.hubs {
            for n in 0..self.state.per_hub {
                out.push(SiteArticle {
                    path: format!("/news/{hub}/{n}"),
                    title: article_title(hub, n),
                    marker: article_marker(hub, n),
                });
            }
        }
        out
    }

    /// Every request in arrival order, with its time.
    pub fn request_log(&self) -> Vec<(Instant, String)> {
        self.state.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// How often each path was requested.
    pub fn hits(&self) -> HashMap<String, usize> {
        self.state
            .hits
            .lock()
            .map(|h| h.clone())
            .unwrap_or_default()
    }
}

fn record(state: &SiteState, path: String) {
    if let Ok(mut log) = state.log.lock() {
        log.push((Instant::now(), path.clone()));
    }
    if let Ok(mut h) = state.hits.lock() {
        *h.entry(path).or_insert(0) += 1;
    }
}

async fn robots_txt(State(s): State<Arc<SiteState>>) -> impl IntoResponse {
    record(&s, "/robots.txt".into());
    match &s.robots {
        Some(text) => (StatusCode::OK, text.clone()).into_response(),
        None => (StatusCode::NOT_FOUND, "no robots.txt").into_response(),
    }
}

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | Harbour Times</title>\
         <meta property=\"og:site_name\" content=\"Harbour Times\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/section/0\">Local</a> <a href=\"/subscribe\">Subscribe</a></nav></header>\
         {body}<footer><p>Copyright Harbour Times. All rights reserved.</p></footer></body></html>"
    ))
}

async fn home(State(s): State<Arc<SiteState>>) -> Html<String> {
    record(&s, "/".into());
    let links: String = (0..s.hubs)
        .map(|h| format!("<li><a href=\"/section/{h}\">Section {h}</a></li>"))
        .collect();
    page(
        "Front page",
        &format!("<main><h1>Front page</h1><ul>{links}</ul></main>"),
    )
}

async fn section(State(s): State<Arc<SiteState>>, Path(hub): Path<usize>) -> impl IntoResponse {
    record(&s, format!("/section/{hub}"));
    if hub >= s.hubs {
        return (StatusCode::NOT_FOUND, Html("not found".to_string())).into_response();
    }
    let items: String = (0..s.per_hub)
        .map(|n| {
            format!(
                "<li><a href=\"/news/{hub}/{n}\">{}</a></li>",
                article_title(hub, n)
            )
        })
        .collect();
    page(
        &format!("Section {hub}"),
        &format!("<main><h1>Section {hub}</h1><ul>{items}</ul></main>"),
    )
    .into_response()
}

async fn article(
    State(s): State<Arc<SiteState>>,
    Path((hub, n)): Path<(usize, usize)>,
) -> impl IntoResponse {
    record(&s, format!("/news/{hub}/{n}"));
    if hub >= s.hubs || n >= s.per_hub {
        return (StatusCode::NOT_FOUND, Html("not found".to_string())).into_response();
    }
    let title = article_title(hub, n);
    let next = (n + 1) % s.per_hub;
    let body = format!(
        "<article><h1>{title}</h1><p class=\"byline\">By Ada Reporter</p>\
         <p>The city council voted on Tuesday to approve the long-debated harbour redevelopment plan, \
         which will add new housing, a public promenade and a ferry terminal over the next decade.</p>\
         <p>{marker} Supporters said the project would bring jobs and life back to the waterfront, \
         while opponents worried about rising rents and the loss of the old fish market.</p>\
         <p>Construction is expected to begin next spring, after a final review of the environmental \
         study and a round of public hearings in each affected neighbourhood of the district.</p>\
         </article><aside><h2>Related</h2><a href=\"/news/{hub}/{next}\">{}</a></aside>",
        article_title(hub, next),
        marker = article_marker(hub, n),
    );
    page(&title, &body).into_response()
}

async fn not_found(State(s): State<Arc<SiteState>>, uri: axum::http::Uri) -> impl IntoResponse {
    record(&s, uri.path().to_string());
    (StatusCode::NOT_FOUND, Html("not found".to_string()))
}

/// Polls `check` until it returns `Ok`, or panics at the deadline with the last `Err` message.
pub async fn wait_for<F, Fut>(what: &str, timeout: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    let deadline = Instant::now() + timeout;
    let mut last;
    loop {
        match check().await {
            Ok(()) => return,
            Err(e) => last = e,
        }
        if Instant::now() > deadline {
            panic!("timed out after {timeout:?} waiting for {what}; last observation: {last}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A `cargo` command with only the environment a shell build sees: the variables cargo sets for
/// a test or bench process (`CARGO_PKG_*`, `OUT_DIR`, `LD_LIBRARY_PATH`, …) would change
/// build-script fingerprints and rebuild half the dependency tree.
pub fn cargo_command() -> std::process::Command {
    const KEEP: [&str; 8] = [
        "PATH",
        "HOME",
        "USER",
        "TMPDIR",
        "CARGO_HOME",
        "RUSTUP_HOME",
        "RUSTUP_TOOLCHAIN",
        "CARGO_TARGET_DIR",
    ];
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = std::process::Command::new(cargo);
    cmd.env_clear().envs(
        KEEP.iter()
            .filter_map(|k| std::env::var(k).ok().map(|v| (*k, v))),
    );
    cmd
}

/// Path of a workspace binary, building the workers first if they are missing.
pub fn binary(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let path = target.join("debug").join(name);
    static BUILD: std::sync::Once = std::sync::Once::new();
    BUILD.call_once(|| {
        // `--workspace --tests` resolves features exactly as `cargo test --workspace` does, so
        // the binaries reuse every crate that run already compiled instead of building the
        // dependency tree a second time with other features.
        let status = cargo_command()
            .args(["build", "--workspace", "--bins", "--tests"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build for the worker binaries");
        assert!(status.success(), "building the worker binaries failed");
    });
    assert!(
        path.exists(),
        "binary {} not found after build",
        path.display()
    );
    path
}

/// A set of worker processes sharing one queue prefix.
pub struct Fleet {
    /// Queue prefix unique to this fleet.
    pub prefix: String,
    env: Vec<(String, String)>,
    redis_url: String,
    children: HashMap<String, tokio::process::Child>,
}

impl Fleet {
    /// A fleet with its own queue prefix; `env` is added to every worker's environment (a
    /// `REDIS_URL` there is also the Redis the test itself uses for the fleet).
    pub fn new(env: Vec<(String, String)>) -> Fleet {
        let redis_url = env
            .iter()
            .find(|(k, _)| k == "REDIS_URL")
            .map(|(_, v)| v.clone())
            .or_else(|| std::env::var("REDIS_URL").ok())
            .unwrap_or_else(|| "redis://127.0.0.1:6379".into());
        Fleet {
            prefix: unique_name("t"),
            env,
            redis_url,
            children: HashMap::new(),
        }
    }

    /// Whether worker `id` is still running (not exited, not killed).
    pub fn is_running(&mut self, id: &str) -> bool {
        self.children
            .get_mut(id)
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// The ids of the workers started and not stopped.
    pub fn worker_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.children.keys().cloned().collect();
        ids.sort();
        ids
    }

    /// Messages ready in the fleet's work and wait queues (dead-letter queues excluded).
    pub async fn queued(&self) -> Result<u64, String> {
        let depths = self
            .bus()
            .await
            .queue_depths()
            .await
            .map_err(|e| e.to_string())?;
        Ok(depths
            .iter()
            .filter(|(name, _)| !name.ends_with(".dead"))
            .map(|(_, n)| u64::from(*n))
            .sum())
    }

    /// Waits until the crawl has stopped by itself: no message waiting in any work or wait
    /// queue and no new request at the site (`requests` counts them) for `quiet`, twice in a
    /// row. Panics at `timeout`.
    pub async fn wait_until_done(
        &self,
        requests: impl Fn() -> usize,
        quiet: Duration,
        timeout: Duration,
    ) {
        let deadline = Instant::now() + timeout;
        let mut calm = 0;
        let mut last = (requests(), u64::MAX);
        loop {
            tokio::time::sleep(quiet).await;
            let now = (requests(), self.queued().await.unwrap_or(u64::MAX));
            calm = if now.1 == 0 && now.0 == last.0 {
                calm + 1
            } else {
                0
            };
            if calm >= 2 {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "crawl still running after {timeout:?}: {} requests, {} messages queued",
                    now.0, now.1
                );
            }
            last = now;
        }
    }

    /// Starts worker `kind` (`fetcher`, `extractor`, `indexer`) under the name `id`.
    pub fn start(&mut self, id: &str, kind: &str) {
        let mut cmd = tokio::process::Command::new(binary(kind));
        cmd.env("AMQP_URL", amqp_url())
            .env("CRAWL__AMQP__QUEUE_PREFIX", &self.prefix)
            .env("CRAWL__REDIS__KEY_PREFIX", format!("{}:", self.prefix))
            .env("CRAWL__WORKER__HTTP_ADDR", "127.0.0.1:0")
            .env("CRAWL__WORKER__SHUTDOWN_GRACE_SECS", "5")
            .env("RUST_LOG", "warn")
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .kill_on_drop(true);
        let child = cmd.spawn().expect("spawn worker");
        self.children.insert(id.to_string(), child);
    }

    /// Kills worker `id` with SIGKILL and waits for it to die.
    pub async fn kill(&mut self, id: &str) {
        if let Some(mut c) = self.children.remove(id) {
            let _ = c.kill().await;
        }
    }

    /// Sends SIGTERM to worker `id` and returns its exit status.
    pub async fn terminate(&mut self, id: &str) -> Option<std::process::ExitStatus> {
        let mut c = self.children.remove(id)?;
        let pid = c.id()?;
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
        tokio::time::timeout(Duration::from_secs(30), c.wait())
            .await
            .ok()?
            .ok()
    }

    /// A bus handle on this fleet's queues (for seeding and inspection).
    pub async fn bus(&self) -> crawl_pipeline::bus::AmqpBus {
        let mut settings = crawl_pipeline::config::Settings::default();
        settings.amqp.url = amqp_url();
        settings.amqp.queue_prefix = self.prefix.clone();
        crawl_pipeline::bus::AmqpBus::connect(
            settings.amqp_settings(),
            tokio_util::sync::CancellationToken::new(),
        )
        .await
        .expect("connect to RabbitMQ for the test")
    }

    /// The fleet's state-store settings (its Redis and key prefix), for tests that inspect it.
    pub fn state_config(&self) -> crawl_state::StateConfig {
        crawl_state::StateConfig {
            redis_url: self.redis_url.clone(),
            key_prefix: format!("{}:", self.prefix),
            ..crawl_state::StateConfig::default()
        }
    }

    /// Starts crawl `crawl_id` at `seed`, as `crawlctl seed` does: the seed is marked seen in
    /// the fleet's seen-set, then published to the fetch queue.
    pub async fn seed(&self, seed: &str, crawl_id: &str, max_depth: u32) {
        let spec = crawl_pipeline::crawl_spec::CrawlSpec {
            crawl_id: Some(crawl_id.to_string()),
            seeds: vec![seed.to_string()],
            ..Default::default()
        };
        self.seed_spec(&spec, max_depth).await;
    }

    /// Starts the crawl `spec` describes (its seeds, mode and scope), as `crawlctl seed` does;
    /// `default_depth` stands for the `extractor.max_depth` setting.
    pub async fn seed_spec(
        &self,
        spec: &crawl_pipeline::crawl_spec::CrawlSpec,
        default_depth: u32,
    ) {
        let jobs = spec.seed_jobs(default_depth).expect("a valid crawl spec");
        let state = crawl_state::connect(self.state_config())
            .await
            .expect("connect to Redis for the test");
        let mut messages = Vec::new();
        for job in &jobs {
            let url = url::Url::parse(&job.url).expect("seed URL");
            state
                .first_visit(&job.crawl_id, &url, crawl_state::Claimant::seeding())
                .await
                .expect("mark the seed seen");
            messages.push(crawl_pipeline::bus::Outgoing::now(
                crawl_pipeline::bus::Queue::Fetch,
                crawl_core::jobs::encode(job),
            ));
        }
        crawl_pipeline::bus::Bus::Amqp(self.bus().await)
            .publish_all(messages)
            .await
            .expect("publish the seeds");
    }

    /// Kills every worker and deletes the fleet's queues and Redis keys.
    pub async fn shutdown(mut self) {
        let ids: Vec<String> = self.children.keys().cloned().collect();
        for id in ids {
            self.kill(&id).await;
        }
        let _ = self.bus().await.delete_topology().await;
        if let Ok(state) = crawl_state::RedisState::connect(self.state_config()).await {
            let _ = state.clear_prefix().await;
        }
    }
}
