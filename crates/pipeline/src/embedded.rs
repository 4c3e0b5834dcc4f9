//! `crawlctl crawl`: the three stages in one process over in-memory queues.
//!
//! Same stage code as the fleet; the queues are [`MemoryBus`] channels and the crawl state
//! (seen-set, politeness, poll schedule) is in memory. A site crawl ends by itself when no job
//! is pending anywhere; a news crawl keeps polling its seeds, feeds and sitemaps until stopped.

use crate::bus::{Bus, MemoryBus, Outgoing, Queue};
use crate::config::Settings;
use crate::runner::run_stage;
use crate::sink::ArticleSink;
use crate::stages::index::run_index_stage;
use crate::stages::polls::run_poller;
use crate::workers::{extract_stage, fetch_stage, index_settings, state_config, WorkerError};
use crawl_core::jobs::{encode, CrawlMode, FetchJob};
use crawl_state::Claimant;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;
use url::Url;

/// A snapshot of an embedded crawl's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Progress {
    /// Fetch jobs handled (fetched, deferred or dropped).
    pub fetched: u64,
    /// Pages extracted.
    pub extracted: u64,
    /// Articles written to the sink.
    pub articles: u64,
    /// Jobs given up on (dead letters).
    pub errors: u64,
    /// Jobs still pending.
    pub pending: u64,
    /// Seconds since the start.
    pub elapsed_secs: f64,
}

impl Progress {
    /// Fetch jobs handled per second.
    pub fn rate(&self) -> f64 {
        if self.elapsed_secs > 0.0 {
            self.fetched as f64 / self.elapsed_secs
        } else {
            0.0
        }
    }
}

/// What to crawl: the seeds' fetch jobs (see [`crate::crawl_spec::CrawlSpec::seed_jobs`]).
#[derive(Debug, Clone)]
pub struct CrawlRequest {
    /// One job per seed, each with its crawl id, scope and mode.
    pub seeds: Vec<FetchJob>,
}

/// Runs a crawl to completion (or until `shutdown`), calling `on_progress` about once a second.
pub async fn crawl(
    settings: &Settings,
    req: CrawlRequest,
    sink: ArticleSink,
    shutdown: CancellationToken,
    mut on_progress: impl FnMut(Progress) + Send,
) -> Result<Progress, WorkerError> {
    let memory = MemoryBus::new(settings.worker.embedded_queue_capacity);
    let bus = Bus::Memory(memory.clone());
    let state = crawl_state::memory(state_config(settings));
    let stop = shutdown.child_token();
    let continuous = req.seeds.iter().any(|j| j.mode == CrawlMode::News);
    let mut seeds = Vec::new();
    for job in &req.seeds {
        if let Ok(u) = Url::parse(&job.url) {
            let _ = state
                .first_visit(&job.crawl_id, &u, Claimant::seeding())
                .await;
        }
        seeds.push(Outgoing::now(Queue::Fetch, encode(job)));
    }
    let fetch = Arc::new(fetch_stage(settings, state.clone())?);
    let extract = Arc::new(extract_stage(settings, state.clone()));
    let runner = |prefetch| crate::runner::RunnerSettings {
        prefetch,
        retry: settings.retry_policy(),
        shutdown_grace: crate::config::secs(settings.worker.shutdown_grace_secs),
    };
    let started = Instant::now();
    bus.publish_all(seeds).await?;
    let tasks = vec![
        tokio::spawn(run_stage(
            bus.clone(),
            fetch,
            runner(settings.fetcher.prefetch),
            stop.clone(),
        )),
        tokio::spawn(run_stage(
            bus.clone(),
            extract,
            runner(settings.extractor.prefetch),
            stop.clone(),
        )),
        tokio::spawn(run_index_stage(
            bus.clone(),
            Arc::new(sink),
            index_settings(settings),
            Some(state.clone()),
            stop.clone(),
        )),
    ];
    let poller = continuous.then(|| {
        tokio::spawn(run_poller(
            bus.clone(),
            state.clone(),
            settings.poll_settings(),
            stop.clone(),
        ))
    });
    let snapshot = |m: &MemoryBus| Progress {
        fetched: m.acked(Queue::Fetch),
        extracted: m.acked(Queue::Page),
        articles: m.acked(Queue::Article),
        errors: m.dead_count() as u64,
        pending: m.pending() as u64,
        elapsed_secs: started.elapsed().as_secs_f64(),
    };
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = memory.wait_idle(), if !continuous => break,
            _ = tokio::time::sleep(Duration::from_secs(1)) => on_progress(snapshot(&memory)),
        }
    }
    stop.cancel();
    if let Some(p) = poller {
        let _ = p.await;
    }
    for t in tasks {
        if let Ok(Err(e)) = t.await {
            return Err(e.into());
        }
    }
    let last = snapshot(&memory);
    on_progress(last);
    Ok(last)
}
