//! The pipeline benchmark.
//!
//! ```sh
//! cargo bench -p crawl-bench --bench pipeline                 # everything, wcxb-dev corpus
//! cargo bench -p crawl-bench --bench pipeline -- --help       # options
//! ```
//!
//! It serves a corpus as a local site on 127.0.0.1 (hub pages linking to every page), lifts
//! politeness for that host only (through `fetch.host_rates`), and measures:
//! 1. **embedded**: `crawlctl crawl` (the three stages in one process) into the JSONL sink;
//! 2. **stages**: each worker alone on a full input queue (fetcher, then extractor, then
//!    indexer), which is each stage's capacity;
//! 3. **fleet**: the three workers together crawling from the home page: pages/s end to end,
//!    seed-to-searchable and fetch-to-searchable latency, CPU seconds and peak RSS per worker;
//! 4. **direct**: the same documents posted straight to Meilisearch in large NDJSON batches, the
//!    rate the fleet is compared with.
//!
//! Meilisearch is the real server at `MEILI_URL` (key `MEILI_MASTER_KEY`) when set, otherwise
//! the in-repo test double, and the report says which. RabbitMQ (`AMQP_URL`) and Redis
//! (`REDIS_URL`) are the local ones; the benchmark uses its own queue prefix, key prefix and
//! index uids and deletes them at the end. Worker settings can be changed through the usual
//! `CRAWL__*` variables, which the workers inherit.

use crawl_bench::procfs::{self, Usage};
use crawl_bench::site::{load_corpus, CorpusSite};
use crawl_bench::stats::{mib, percentile, CounterSeries};
use crawl_core::docid::document_id;
use crawl_core::jobs::{encode, FetchJob, Resource};
use crawl_frontier::Scope;
use crawl_pipeline::bus::{AmqpBus, Bus, Outgoing, Queue};
use crawl_pipeline::config::Settings;
use fleet_tests::worker::WorkerProcess;
use meili_double::TestMeili;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How often counters, queues and the index are sampled.
const SAMPLE_EVERY: Duration = Duration::from_millis(200);
/// How long every counter and queue must stay still for a phase to count as finished.
const SETTLED_FOR: Duration = Duration::from_millis(1500);
/// Longest a phase may take before the benchmark gives up.
const PHASE_TIMEOUT: Duration = Duration::from_secs(1800);
/// Crawl depth of the fleet and embedded runs: home (0) -> hubs (1) -> pages (2).
const MAX_DEPTH: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Embedded,
    Stages,
    Fleet,
}

#[derive(Debug)]
struct Args {
    corpus: PathBuf,
    copies: usize,
    per_hub: usize,
    parts: Vec<Part>,
    direct_batch: usize,
}

const USAGE: &str = "\
cargo bench -p crawl-bench --bench pipeline -- [OPTIONS]

  --corpus DIR        corpus with html/*.html.gz (default: ../shared/corpus/wcxb-dev
                      next to the repository)
  --copies N          serve every corpus page under N URLs (default 1), to see how the
                      workers' memory behaves as the crawl grows
  --per-hub N         links per hub page (default 50)
  --only PART         embedded | stages | fleet (repeatable; default all three; the direct
                      Meilisearch ingestion runs with fleet)
  --direct-batch N    documents per NDJSON request of the direct ingestion (default 10000)
";

fn parse_args() -> Result<Args, String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut args = Args {
        corpus: repo.join("../shared/corpus/wcxb-dev"),
        copies: 1,
        per_hub: 50,
        parts: Vec::new(),
        direct_batch: 10_000,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        let number = |name: &str, v: String| -> Result<usize, String> {
            v.parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{name} takes a positive number, not {v:?}"))
        };
        match a.as_str() {
            // cargo bench passes --bench to harness-less benches.
            "--bench" => {}
            "--help" | "-h" => return Err(USAGE.to_string()),
            "--corpus" => args.corpus = PathBuf::from(value("--corpus")?),
            "--copies" => args.copies = number("--copies", value("--copies")?)?,
            "--per-hub" => args.per_hub = number("--per-hub", value("--per-hub")?)?,
            "--direct-batch" => {
                args.direct_batch = number("--direct-batch", value("--direct-batch")?)?
            }
            "--only" => args.parts.push(match value("--only")?.as_str() {
                "embedded" => Part::Embedded,
                "stages" => Part::Stages,
                "fleet" => Part::Fleet,
                other => {
                    return Err(format!(
                        "--only takes embedded, stages or fleet, not {other:?}"
                    ))
                }
            }),
            other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
        }
    }
    if args.parts.is_empty() {
        args.parts = vec![Part::Embedded, Part::Stages, Part::Fleet];
    }
    Ok(args)
}

/// Paths of the release binaries, built first so the benchmark never measures a debug build.
struct Binaries {
    dir: PathBuf,
}

impl Binaries {
    fn build() -> Result<Binaries, String> {
        let status = fleet_tests::cargo_command()
            .args(["build", "--release", "-p", "fetcher", "-p", "extractor"])
            .args(["-p", "indexer", "-p", "crawlctl"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .map_err(|e| format!("cannot run cargo build: {e}"))?;
        if !status.success() {
            return Err("building the release binaries failed".into());
        }
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
        Ok(Binaries {
            dir: target.join("release"),
        })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

/// Everything a phase needs.
struct Bench {
    args: Args,
    bins: Binaries,
    site: CorpusSite,
    meili: TestMeili,
    http: reqwest::Client,
    redis_url: String,
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// CPU seconds of the shared services (RabbitMQ, Redis) so far, for the run's share of them.
fn services_cpu() -> f64 {
    ["beam.smp", "redis-server"]
        .iter()
        .flat_map(|name| procfs::find_by_name(name))
        .filter_map(|pid| procfs::read(pid).ok())
        .map(|u| u.cpu_secs)
        .sum()
}

impl Bench {
    /// Settings every worker of a run gets on top of the defaults.
    fn worker_env(&self, index_uid: &str) -> Vec<(String, String)> {
        let mut env = vec![
            (
                "CRAWL__FETCH__HOST_RATES".to_string(),
                format!("{{ \"{}\" = 1000.0 }}", self.site.host_port()),
            ),
            ("MEILI_URL".into(), self.meili.url().to_string()),
            ("CRAWL__INDEXER__INDEX_UID".into(), index_uid.to_string()),
            ("CRAWL__EXTRACTOR__MAX_DEPTH".into(), MAX_DEPTH.to_string()),
        ];
        if let Some(k) = self.meili.master_key() {
            env.push(("MEILI_MASTER_KEY".into(), k.to_string()));
        }
        env
    }

    async fn bus(&self, prefix: &str) -> Result<AmqpBus, String> {
        let mut settings = Settings::load(None).map_err(|e| e.to_string())?;
        settings.amqp.queue_prefix = prefix.to_string();
        AmqpBus::connect(settings.amqp_settings(), CancellationToken::new())
            .await
            .map_err(|e| e.to_string())
    }

    fn state_config(&self, prefix: &str) -> crawl_state::StateConfig {
        crawl_state::StateConfig {
            redis_url: self.redis_url.clone(),
            key_prefix: format!("{prefix}:"),
            ..crawl_state::StateConfig::default()
        }
    }

    /// Marks `urls` seen and publishes them as fetch jobs at `depth`.
    async fn seed(
        &self,
        bus: &AmqpBus,
        prefix: &str,
        crawl_id: &str,
        urls: &[String],
        depth: u32,
    ) -> Result<(), String> {
        let state = crawl_state::connect(self.state_config(prefix))
            .await
            .map_err(|e| e.to_string())?;
        let home = url::Url::parse(&self.site.home()).map_err(|e| e.to_string())?;
        let scope = Scope::same_host(&home, MAX_DEPTH);
        let mut jobs = Vec::with_capacity(urls.len());
        for u in urls {
            let url = url::Url::parse(u).map_err(|e| format!("{u}: {e}"))?;
            state
                .first_visit(crawl_id, &url, crawl_state::Claimant::seeding())
                .await
                .map_err(|e| e.to_string())?;
            let job = FetchJob::new(
                url.to_string(),
                depth,
                crawl_id.to_string(),
                scope.clone(),
                Resource::Page,
            );
            jobs.push(Outgoing::now(Queue::Fetch, encode(&job)));
        }
        let bus = Bus::Amqp(bus.clone());
        while !jobs.is_empty() {
            let rest = jobs.split_off(jobs.len().min(500));
            bus.publish_all(std::mem::replace(&mut jobs, rest))
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    async fn cleanup(&self, bus: &AmqpBus, prefix: &str) {
        let _ = bus.delete_topology().await;
        if let Ok(state) = crawl_state::RedisState::connect(self.state_config(prefix)).await {
            let _ = state.clear_prefix().await;
        }
    }

    fn spawn(&self, kind: &str, prefix: &str, env: &[(String, String)]) -> WorkerProcess {
        WorkerProcess::spawn_binary(&self.bins.path(kind), kind, prefix, env)
    }

    /// Ids (and when they were first seen) of the documents in index `uid`.
    async fn document_ids(&self, uid: &str) -> Result<Vec<String>, String> {
        let r = self
            .meili
            .request(
                "GET",
                &format!("/indexes/{uid}/documents?fields=id&limit=1000000"),
                None,
            )
            .await?;
        match r.status {
            200 => Ok(r.body["results"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|d| d["id"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()),
            // The indexer creates the index when it starts.
            404 => Ok(Vec::new()),
            s => Err(format!("GET documents of {uid} answered {s}: {}", r.body)),
        }
    }
}

async fn depths(bus: &AmqpBus) -> Result<HashMap<String, u32>, String> {
    Ok(bus
        .queue_depths()
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .collect())
}

/// Sum of the ready messages of the queues named in `only` (every queue but the dead-letter
/// ones when `only` is empty).
fn pending(depths: &HashMap<String, u32>, only: &[String]) -> u64 {
    depths
        .iter()
        .filter(|(name, _)| {
            if only.is_empty() {
                !name.ends_with(".dead")
            } else {
                only.contains(name)
            }
        })
        .map(|(_, n)| u64::from(*n))
        .sum()
}

/// One worker's counter sampled during a phase.
struct Watched<'a> {
    worker: &'a WorkerProcess,
    metric: &'static str,
    series: CounterSeries,
}

/// Samples `watched` counters until they and the queues in `queues` (all of them when empty)
/// have not moved for [`SETTLED_FOR`] and `done` (called at each sample, e.g. to poll the
/// index) agrees; returns the time of the last sample.
async fn run_until_settled<F, Fut>(
    what: &str,
    bus: &AmqpBus,
    queues: &[String],
    started: Instant,
    watched: &mut [Watched<'_>],
    mut done: F,
) -> Result<f64, String>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = Result<bool, String>>,
{
    let mut still_since: Option<Instant> = None;
    let mut last: Vec<f64> = Vec::new();
    loop {
        if started.elapsed() > PHASE_TIMEOUT {
            return Err(format!("{what}: not finished after {PHASE_TIMEOUT:?}"));
        }
        tokio::time::sleep(SAMPLE_EVERY).await;
        let at = started.elapsed().as_secs_f64();
        let mut now = Vec::with_capacity(watched.len() + 1);
        for w in watched.iter_mut() {
            let v = w.worker.metric(w.metric).await?;
            w.series.push(at, v);
            now.push(v);
        }
        let queued = pending(&depths(bus).await?, queues);
        now.push(queued as f64);
        let finished = done(at).await?;
        let moving = now != last || queued > 0 || !finished;
        last = now;
        if moving {
            still_since = None;
        } else if still_since.get_or_insert_with(Instant::now).elapsed() >= SETTLED_FOR {
            return Ok(at);
        }
    }
}

/// A stage's figures.
#[derive(Debug, Clone, Copy)]
struct StageFigures {
    items: f64,
    per_sec: f64,
    usage: Usage,
}

fn usage_of(w: &WorkerProcess) -> Usage {
    procfs::read(w.pid()).unwrap_or_default()
}

fn stage_figures(series: &CounterSeries, usage: Usage) -> StageFigures {
    let rate = series.rate();
    StageFigures {
        items: series.last(),
        per_sec: rate.map(|r| r.per_sec).unwrap_or(0.0),
        usage,
    }
}

/// Each worker alone on a full input queue: the fetcher on every page URL, then the extractor
/// on every fetched page, then the indexer on every article.
async fn stages(b: &Bench) -> Result<Vec<(&'static str, StageFigures)>, String> {
    let prefix = fleet_tests::unique_name("bench-stages");
    let uid = b.meili.another_index_uid("bench_stages");
    let env = b.worker_env(&uid);
    let bus = b.bus(&prefix).await?;
    let urls = b.site.page_urls();
    // At the crawl's maximum depth: pages are fetched and extracted, their links not followed.
    b.seed(&bus, &prefix, "bench-stages", &urls, MAX_DEPTH)
        .await?;
    let queue_name = |q: Queue| bus.queue_name(q);
    let plan: [(&str, &'static str, Queue, &'static str, &str); 3] = [
        (
            "fetcher",
            "fetch",
            Queue::Fetch,
            "jobs_in_total",
            "pages fetched",
        ),
        (
            "extractor",
            "extract",
            Queue::Page,
            "jobs_in_total",
            "pages extracted",
        ),
        (
            "indexer",
            "index",
            Queue::Article,
            "articles_indexed_total",
            "articles indexed",
        ),
    ];
    let mut out = Vec::new();
    let result = async {
        for (kind, stage, input, metric, label) in plan {
            // Everything the previous stage produced is queued: this stage's whole input.
            let expected = f64::from(
                depths(&bus)
                    .await?
                    .get(&queue_name(input))
                    .copied()
                    .unwrap_or(0),
            );
            let w = b.spawn(kind, &prefix, &env);
            w.telemetry_addr(Duration::from_secs(60)).await?;
            let started = Instant::now();
            let mut watched = [Watched {
                worker: &w,
                metric,
                series: CounterSeries::new(),
            }];
            let counter = &w;
            run_until_settled(
                &format!("{stage} stage alone"),
                &bus,
                &[queue_name(input)],
                started,
                &mut watched,
                |_| async move { Ok(counter.metric(metric).await? >= expected) },
            )
            .await?;
            let usage = usage_of(&w);
            let figures = stage_figures(&watched[0].series, usage);
            eprintln!(
                "  {stage:<8} alone: {:.0} {label} at {:.1}/s, {:.1} CPU s, peak RSS {:.0} MiB",
                figures.items,
                figures.per_sec,
                usage.cpu_secs,
                mib(usage.peak_rss_bytes)
            );
            out.push((stage, figures));
            w.terminate(Duration::from_secs(60)).await;
        }
        Ok::<_, String>(())
    }
    .await;
    b.cleanup(&bus, &prefix).await;
    result.map(|_| out)
}

/// What the fleet run measured.
struct FleetFigures {
    pages_requested: u64,
    documents: usize,
    last_document_at: f64,
    stages: Vec<(&'static str, StageFigures)>,
    workers: Vec<(String, Usage, String)>,
    seed_to_searchable: Vec<f64>,
    fetch_to_searchable: Vec<f64>,
    services_cpu: f64,
    index_uid: String,
}

/// The three workers together, crawling from the home page.
async fn fleet(b: &Bench) -> Result<FleetFigures, String> {
    let prefix = fleet_tests::unique_name("bench-fleet");
    let uid = b.meili.another_index_uid("bench_fleet");
    let env = b.worker_env(&uid);
    let bus = b.bus(&prefix).await?;
    let result = async {
        let settings = Settings::load(None).map_err(|e| e.to_string())?;
        let workers: Vec<WorkerProcess> = ["fetcher", "extractor", "indexer"]
            .iter()
            .map(|k| b.spawn(k, &prefix, &env))
            .collect();
        for w in &workers {
            w.telemetry_addr(Duration::from_secs(60)).await?;
        }
        b.site.reset_log();
        let requests_before = b.site.requests();
        let services_before = services_cpu();
        let started = Instant::now();
        b.seed(&bus, &prefix, "bench-fleet", &[b.site.home()], 0)
            .await?;
        let mut watched = vec![
            Watched {
                worker: &workers[0],
                metric: "jobs_in_total",
                series: CounterSeries::new(),
            },
            Watched {
                worker: &workers[1],
                metric: "jobs_in_total",
                series: CounterSeries::new(),
            },
            Watched {
                worker: &workers[2],
                metric: "articles_indexed_total",
                series: CounterSeries::new(),
            },
        ];
        // First time each document was seen in the index.
        let seen: std::sync::Mutex<HashMap<String, f64>> = Default::default();
        let (extractor, indexer) = (&workers[1], &workers[2]);
        run_until_settled("fleet crawl", &bus, &[], started, &mut watched, |at| {
            let seen = &seen;
            let uid = &uid;
            async move {
                let ids = b.document_ids(uid).await?;
                let n = {
                    let mut s = seen.lock().map_err(|_| "lock poisoned")?;
                    for id in ids {
                        s.entry(id).or_insert(at);
                    }
                    s.len()
                };
                // Done once every extracted article is indexed (the last batch may wait for
                // its age limit while every queue is empty).
                let articles = extractor.metric("articles_extracted_total").await?;
                let indexed = indexer.metric("articles_indexed_total").await?;
                Ok(n > 0 && indexed >= articles)
            }
        })
        .await?;
        let seen = seen.into_inner().map_err(|_| "lock")?;
        let services = services_cpu() - services_before;
        let mut usages = Vec::new();
        for w in &workers {
            let bound = match w.kind() {
                "fetcher" => format!(
                    "prefetch {} x body limit {:.0} MiB = {:.0} MiB",
                    settings.fetcher.prefetch,
                    mib(settings.fetch.max_body_bytes as u64),
                    f64::from(settings.fetcher.prefetch)
                        * mib(settings.fetch.max_body_bytes as u64)
                ),
                "extractor" => format!(
                    "prefetch {} x body limit {:.0} MiB = {:.0} MiB",
                    settings.extractor.prefetch,
                    mib(settings.fetch.max_body_bytes as u64),
                    f64::from(settings.extractor.prefetch)
                        * mib(settings.fetch.max_body_bytes as u64)
                ),
                _ => format!(
                    "prefetch {} articles, batches of {} docs / {:.0} MiB",
                    settings.indexer.prefetch,
                    settings.indexer.batch_max_docs,
                    mib(settings.indexer.batch_max_bytes as u64)
                ),
            };
            usages.push((w.kind().to_string(), usage_of(w), bound));
        }
        let stages: Vec<(&'static str, StageFigures)> = ["fetch", "extract", "index"]
            .iter()
            .zip(&watched)
            .zip(&usages)
            .map(|((stage, w), (_, u, _))| (*stage, stage_figures(&w.series, *u)))
            .collect();
        drop(watched);
        for w in workers {
            w.terminate(Duration::from_secs(60)).await;
        }
        // Latencies: from the seed, and from the moment the site served the page.
        let requested = b.site.first_requests();
        let by_id: HashMap<String, f64> = requested
            .iter()
            .map(|(u, at)| (document_id(u), at.duration_since(started).as_secs_f64()))
            .collect();
        let seed_to_searchable: Vec<f64> = seen.values().copied().collect();
        let fetch_to_searchable: Vec<f64> = seen
            .iter()
            .filter_map(|(id, at)| by_id.get(id).map(|req| at - req))
            .collect();
        let last = seed_to_searchable.iter().copied().fold(0.0, f64::max);
        Ok(FleetFigures {
            pages_requested: b.site.requests() - requests_before,
            documents: seen.len(),
            last_document_at: last,
            stages,
            workers: usages,
            seed_to_searchable,
            fetch_to_searchable,
            services_cpu: services,
            index_uid: uid.clone(),
        })
    }
    .await;
    b.cleanup(&bus, &prefix).await;
    result
}

/// `crawlctl crawl` into a JSONL file.
struct EmbeddedFigures {
    pages_requested: u64,
    articles: usize,
    wall: f64,
    usage: Usage,
}

// The child is reaped by wait4 (procfs::wait_with_usage), which also gives its rusage.
#[allow(clippy::zombie_processes)]
async fn embedded(b: &Bench) -> Result<EmbeddedFigures, String> {
    let dir = std::env::temp_dir().join(fleet_tests::unique_name("bench-embedded"));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let out = dir.join("articles.jsonl");
    let log = std::fs::File::create(dir.join("crawlctl.log")).map_err(|e| e.to_string())?;
    let requests_before = b.site.requests();
    let started = Instant::now();
    let child = std::process::Command::new(b.bins.path("crawlctl"))
        .args([
            "crawl",
            &b.site.home(),
            "--max-depth",
            &MAX_DEPTH.to_string(),
            "--out",
        ])
        .arg(&out)
        .env_remove("MEILI_URL")
        .env(
            "CRAWL__FETCH__HOST_RATES",
            format!("{{ \"{}\" = 1000.0 }}", b.site.host_port()),
        )
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("cannot start crawlctl: {e}"))?;
    let pid = child.id();
    let (code, usage) = tokio::task::spawn_blocking(move || procfs::wait_with_usage(pid))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("waiting for crawlctl: {e}"))?;
    drop(child);
    let wall = started.elapsed().as_secs_f64();
    if code != Some(0) {
        let text = std::fs::read_to_string(dir.join("crawlctl.log")).unwrap_or_default();
        return Err(format!("crawlctl crawl exited with {code:?}:\n{text}"));
    }
    let articles = std::fs::read_to_string(&out)
        .map_err(|e| format!("{}: {e}", out.display()))?
        .lines()
        .count();
    let _ = std::fs::remove_dir_all(&dir);
    Ok(EmbeddedFigures {
        pages_requested: b.site.requests() - requests_before,
        articles,
        wall,
        usage,
    })
}

/// Meilisearch's own rate for the fleet's documents, posted in large NDJSON batches.
struct DirectFigures {
    documents: usize,
    batches: usize,
    client_secs: f64,
    server_secs: Option<f64>,
}

async fn direct(b: &Bench, from_uid: &str) -> Result<DirectFigures, String> {
    let r = b
        .meili
        .request(
            "GET",
            &format!("/indexes/{from_uid}/documents?limit=1000000"),
            None,
        )
        .await?;
    let docs = r.body["results"].as_array().cloned().unwrap_or_default();
    if docs.is_empty() {
        return Err(format!("no documents in {from_uid} to post directly"));
    }
    let uid = b.meili.another_index_uid("bench_direct");
    // Same settings as the fleet's index, applied before the import.
    crawl_index::connect(&crawl_index::IndexConfig {
        url: b.meili.url().to_string(),
        api_key: b.meili.master_key().map(str::to_string),
        index_uid: uid.clone(),
        ..crawl_index::IndexConfig::default()
    })
    .await
    .map_err(|e| e.to_string())?;
    let bodies: Vec<Vec<u8>> = docs
        .chunks(b.args.direct_batch)
        .map(|chunk| {
            let mut body = Vec::new();
            for d in chunk {
                body.extend_from_slice(d.to_string().as_bytes());
                body.push(b'\n');
            }
            body
        })
        .collect();
    let url = format!("{}/indexes/{uid}/documents?primaryKey=id", b.meili.url());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for body in bodies.iter() {
        let mut req = b
            .http
            .post(&url)
            .header("Content-Type", "application/x-ndjson")
            .body(body.clone());
        if let Some(k) = b.meili.master_key() {
            req = req.bearer_auth(k);
        }
        let resp = req.send().await.map_err(|e| format!("POST {url}: {e}"))?;
        let status = resp.status();
        let answer: Value = resp.json().await.map_err(|e| format!("POST {url}: {e}"))?;
        let task = answer["taskUid"]
            .as_u64()
            .ok_or_else(|| format!("POST {url} answered {status}: {answer}"))?;
        tasks.push(task);
    }
    let mut first_start: Option<chrono::DateTime<chrono::FixedOffset>> = None;
    let mut last_finish: Option<chrono::DateTime<chrono::FixedOffset>> = None;
    for t in tasks {
        let task = b.meili.wait_task(t, PHASE_TIMEOUT).await?;
        if task["status"] != "succeeded" {
            return Err(format!("direct ingestion task {t} did not succeed: {task}"));
        }
        let time = |k: &str| {
            task[k]
                .as_str()
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        };
        if let Some(s) = time("startedAt") {
            first_start = Some(first_start.map_or(s, |f| f.min(s)));
        }
        if let Some(f) = time("finishedAt") {
            last_finish = Some(last_finish.map_or(f, |l| l.max(f)));
        }
    }
    let client_secs = started.elapsed().as_secs_f64();
    let server_secs = match (first_start, last_finish) {
        (Some(s), Some(f)) => (f - s).num_microseconds().map(|us| us as f64 / 1e6),
        _ => None,
    };
    Ok(DirectFigures {
        documents: docs.len(),
        batches: bodies.len(),
        client_secs,
        server_secs,
    })
}

fn ms_per(cpu_secs: f64, items: f64) -> String {
    if items > 0.0 {
        format!("{:.1}", cpu_secs * 1000.0 / items)
    } else {
        "-".into()
    }
}

fn report_embedded(e: &EmbeddedFigures) {
    println!("\n### Embedded: `crawlctl crawl` into the JSONL sink\n");
    println!(
        "| pages fetched | articles | wall s | pages/s | CPU s | CPU ms/page | peak RSS MiB |"
    );
    println!("|---|---|---|---|---|---|---|");
    println!(
        "| {} | {} | {:.1} | {:.1} | {:.1} | {} | {:.0} |",
        e.pages_requested,
        e.articles,
        e.wall,
        e.pages_requested as f64 / e.wall,
        e.usage.cpu_secs,
        ms_per(e.usage.cpu_secs, e.pages_requested as f64),
        mib(e.usage.peak_rss_bytes)
    );
}

fn report_stages(s: &[(&'static str, StageFigures)], title: &str) {
    println!("\n### {title}\n");
    println!("| stage | items | items/s | CPU s | CPU ms/item | peak RSS MiB |");
    println!("|---|---|---|---|---|---|");
    for (stage, f) in s {
        println!(
            "| {stage} | {:.0} | {:.1} | {:.1} | {} | {:.0} |",
            f.items,
            f.per_sec,
            f.usage.cpu_secs,
            ms_per(f.usage.cpu_secs, f.items),
            mib(f.usage.peak_rss_bytes)
        );
    }
}

fn report_fleet(f: &FleetFigures, direct: Option<&DirectFigures>, target: &str) {
    println!("\n### Fleet: fetcher + extractor + indexer processes, RabbitMQ, Redis, {target}\n");
    let e2e_pages = f.pages_requested as f64 / f.last_document_at.max(1e-9);
    let e2e_docs = f.documents as f64 / f.last_document_at.max(1e-9);
    println!("| pages fetched | documents | seed to last searchable s | pages/s end to end | documents/s end to end |");
    println!("|---|---|---|---|---|");
    println!(
        "| {} | {} | {:.1} | {:.1} | {:.1} |",
        f.pages_requested, f.documents, f.last_document_at, e2e_pages, e2e_docs
    );
    let p = |v: &[f64], q| percentile(v, q).map_or("-".into(), |x| format!("{x:.2}"));
    println!(
        "\n| latency (s, sampled every {} ms) | p50 | p99 | max |",
        SAMPLE_EVERY.as_millis()
    );
    println!("|---|---|---|---|");
    println!(
        "| seed to searchable | {} | {} | {} |",
        p(&f.seed_to_searchable, 50.0),
        p(&f.seed_to_searchable, 99.0),
        p(&f.seed_to_searchable, 100.0)
    );
    println!(
        "| page served to searchable | {} | {} | {} |",
        p(&f.fetch_to_searchable, 50.0),
        p(&f.fetch_to_searchable, 99.0),
        p(&f.fetch_to_searchable, 100.0)
    );
    report_stages(&f.stages, "Fleet: per stage while running together");
    println!("\n| worker | CPU s | peak RSS MiB | memory bound by settings |");
    println!("|---|---|---|---|");
    for (kind, u, bound) in &f.workers {
        println!(
            "| {kind} | {:.1} | {:.0} | {bound} |",
            u.cpu_secs,
            mib(u.peak_rss_bytes)
        );
    }
    println!(
        "\nRabbitMQ + Redis CPU during the run: {:.1} s (shared machine: includes other users' load)",
        f.services_cpu
    );
    if let Some(d) = direct {
        let client = d.documents as f64 / d.client_secs;
        println!("\n### Direct ingestion: the same documents posted to {target}\n");
        println!("| documents | NDJSON requests | docs/s (client: first POST to last task done) | docs/s (server: first task started to last finished) |");
        println!("|---|---|---|---|");
        println!(
            "| {} | {} | {:.1} | {} |",
            d.documents,
            d.batches,
            client,
            d.server_secs.map_or("-".into(), |s| format!(
                "{:.1}",
                d.documents as f64 / s.max(1e-9)
            ))
        );
        println!(
            "\nFleet end to end / direct ingestion: {:.2}x (target >= 0.9x)",
            e2e_docs / client
        );
    }
}

async fn run(args: Args) -> Result<(), String> {
    let bins = Binaries::build()?;
    let pages = load_corpus(&args.corpus).map_err(|e| e.to_string())?;
    let corpus_bytes: usize = pages.iter().map(|p| p.gz.len()).sum();
    let corpus_pages = pages.len();
    let site = CorpusSite::start(pages, args.copies, args.per_hub)
        .await
        .map_err(|e| format!("cannot start the corpus site: {e}"))?;
    let meili = meili_double::test_target().await;
    let target = if meili.is_real() {
        format!("real Meilisearch at {}", meili.url())
    } else {
        "the in-repo Meilisearch double (MEILI_URL unset): its ingestion rate says nothing about a real server".to_string()
    };
    let bench = Bench {
        bins,
        site,
        meili,
        http: reqwest::Client::new(),
        redis_url: std::env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into()),
        args,
    };
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    println!("## Pipeline benchmark\n");
    println!(
        "corpus {} ({} pages, {:.0} MiB gzip) x {} copies = {} page URLs in {} hubs; {cores} cores; load average before: {}",
        bench.args.corpus.display(),
        corpus_pages,
        mib(corpus_bytes as u64),
        bench.args.copies,
        bench.site.page_urls().len(),
        bench.site.hub_count(),
        load_average()
    );
    println!("Meilisearch: {target}");
    let short_target = if bench.meili.is_real() {
        "real Meilisearch"
    } else {
        "Meilisearch double"
    };
    let mut failures = Vec::new();
    if bench.args.parts.contains(&Part::Embedded) {
        eprintln!("embedded: crawlctl crawl ...");
        match embedded(&bench).await {
            Ok(e) => report_embedded(&e),
            Err(e) => failures.push(format!("embedded: {e}")),
        }
    }
    if bench.args.parts.contains(&Part::Stages) {
        eprintln!("stages: each worker alone on a full queue ...");
        match stages(&bench).await {
            Ok(s) => report_stages(
                &s,
                &format!("Stages alone (capacity), into the {short_target}"),
            ),
            Err(e) => failures.push(format!("stages: {e}")),
        }
    }
    if bench.args.parts.contains(&Part::Fleet) {
        eprintln!("fleet: the three workers crawling from the home page ...");
        match fleet(&bench).await {
            Ok(f) => {
                eprintln!("direct: posting the same documents to Meilisearch ...");
                let d = direct(&bench, &f.index_uid).await;
                if let Err(e) = &d {
                    failures.push(format!("direct ingestion: {e}"));
                }
                report_fleet(&f, d.as_ref().ok(), short_target);
            }
            Err(e) => failures.push(format!("fleet: {e}")),
        }
    }
    println!("\nload average after: {}", load_average());
    bench.meili.cleanup().await;
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

fn main() -> std::process::ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start a Tokio runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("benchmark failed: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
