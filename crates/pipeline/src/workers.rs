//! The three fleet workers: each connects its dependencies, serves telemetry and runs its stage
//! until the shutdown token is cancelled.

use crate::bus::{AmqpBus, Bus, BusError};
use crate::config::{secs, Settings};
use crate::runner::{run_stage, RunnerSettings};
use crate::sink::{ArticleSink, SinkError};
use crate::stages::extract::{ExtractSettings, ExtractStage};
use crate::stages::fetch::{FetchStage, FetchStageSettings, DEFAULT_MAX_INLINE_WAIT};
use crate::stages::index::{run_index_stage, IndexSettings};
use crate::stages::polls::run_poller;
use crawl_core::batch::BatchLimits;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// Why a worker could not start or stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    /// The broker.
    #[error(transparent)]
    Bus(#[from] BusError),
    /// The HTTP client or limiter settings.
    #[error(transparent)]
    Fetch(#[from] crawl_fetch::FetchError),
    /// The article sink.
    #[error(transparent)]
    Sink(#[from] SinkError),
    /// The shared crawl state (Redis).
    #[error(transparent)]
    State(#[from] crawl_state::StateError),
    /// The telemetry endpoint.
    #[error(transparent)]
    Telemetry(#[from] std::io::Error),
}

async fn connect(settings: &Settings, shutdown: &CancellationToken) -> Result<AmqpBus, BusError> {
    AmqpBus::connect(settings.amqp_settings(), shutdown.clone()).await
}

async fn serve_telemetry(
    settings: &Settings,
    bus: &AmqpBus,
    shutdown: &CancellationToken,
) -> Result<(), std::io::Error> {
    let b = bus.clone();
    let addr = crate::telemetry::serve(
        &settings.worker.http_addr,
        Arc::new(move || b.is_connected()),
        shutdown.clone(),
    )
    .await?;
    tracing::info!(event = "telemetry_listening", %addr);
    Ok(())
}

fn runner_settings(settings: &Settings, prefetch: u16) -> RunnerSettings {
    RunnerSettings {
        prefetch,
        retry: settings.retry_policy(),
        shutdown_grace: secs(settings.worker.shutdown_grace_secs),
    }
}

/// Builds the fetch stage from the settings.
pub fn fetch_stage(
    settings: &Settings,
    state: crawl_state::SharedState,
) -> Result<FetchStage, crawl_fetch::FetchError> {
    let fetcher = crawl_fetch::Fetcher::new(&settings.fetch)?;
    let limiter = crawl_fetch::HostLimiter::new(&settings.fetch)?;
    let mut robots = crawl_frontier::RobotsConfig::new(settings.fetch.user_agent.clone());
    robots.max_bytes = settings.fetch.max_robots_bytes;
    let politeness = crawl_frontier::politeness::PolitenessConfig {
        max_crawl_delay: robots.max_crawl_delay,
        max_backoff: secs(settings.fetch.max_pause_secs),
        ..Default::default()
    };
    Ok(FetchStage::new(
        fetcher,
        limiter,
        state,
        robots,
        FetchStageSettings {
            max_inline_wait: DEFAULT_MAX_INLINE_WAIT,
            politeness,
            recrawl: settings.poll_settings().recrawl,
        },
    ))
}

/// Builds the extract stage from the settings.
pub fn extract_stage(settings: &Settings, state: crawl_state::SharedState) -> ExtractStage {
    ExtractStage::new(
        ExtractSettings {
            max_body_bytes: settings.fetch.max_body_bytes,
            articles_only: settings.extractor.articles_only,
            min_words: settings.extractor.min_words,
            recrawl: settings.poll_settings().recrawl,
            max_redirects: u32::try_from(settings.fetch.max_redirects).unwrap_or(u32::MAX),
            threads: settings.extractor.threads,
        },
        state,
    )
}

/// The index stage's batching and retry settings.
pub fn index_settings(settings: &Settings) -> IndexSettings {
    IndexSettings {
        prefetch: settings.indexer.prefetch,
        limits: BatchLimits {
            max_items: settings.indexer.batch_max_docs,
            max_bytes: settings.indexer.batch_max_bytes,
            max_age: secs(settings.indexer.batch_max_age_secs),
        },
        retry: settings.retry_policy(),
        shutdown_grace: secs(settings.worker.shutdown_grace_secs),
    }
}

/// The Meilisearch connection settings (key from `MEILI_MASTER_KEY`).
pub fn index_config(settings: &Settings) -> crawl_index::IndexConfig {
    crawl_index::IndexConfig {
        url: settings.indexer.meili_url.clone(),
        api_key: std::env::var("MEILI_MASTER_KEY")
            .ok()
            .filter(|k| !k.is_empty()),
        index_uid: settings.indexer.index_uid.clone(),
        task_timeout: secs(settings.indexer.task_timeout_secs),
        ..crawl_index::IndexConfig::default()
    }
}

/// Runs the fetcher worker until `shutdown`.
pub async fn run_fetcher(
    settings: Settings,
    shutdown: CancellationToken,
) -> Result<(), WorkerError> {
    let state = crawl_state::connect(state_config(&settings)).await?;
    let stage = Arc::new(fetch_stage(&settings, state.clone())?);
    let bus = connect(&settings, &shutdown).await?;
    serve_telemetry(&settings, &bus, &shutdown).await?;
    let poller = tokio::spawn(run_poller(
        Bus::Amqp(bus.clone()),
        state,
        settings.poll_settings(),
        shutdown.clone(),
    ));
    let evictor = {
        let stage = stage.clone();
        let every = settings
            .fetch
            .limiter_eviction_interval()
            .unwrap_or(std::time::Duration::from_secs(60));
        let stop = shutdown.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(every) => { stage.limiter().evict_idle(); }
                }
            }
        })
    };
    let r = run_stage(
        Bus::Amqp(bus),
        stage,
        runner_settings(&settings, settings.fetcher.prefetch),
        shutdown,
    )
    .await;
    evictor.abort();
    poller.abort();
    Ok(r?)
}

/// The shared crawl state's settings.
pub fn state_config(settings: &Settings) -> crawl_state::StateConfig {
    crawl_state::StateConfig {
        redis_url: settings.redis.url.clone(),
        key_prefix: settings.redis.key_prefix.clone(),
        seen_ttl: secs(settings.frontier.recrawl_interval_secs),
        seen_buckets: settings.frontier.seen_buckets,
        ..crawl_state::StateConfig::default()
    }
}

/// Runs the extractor worker until `shutdown`.
pub async fn run_extractor(
    settings: Settings,
    shutdown: CancellationToken,
) -> Result<(), WorkerError> {
    let state = crawl_state::connect(state_config(&settings)).await?;
    let bus = connect(&settings, &shutdown).await?;
    serve_telemetry(&settings, &bus, &shutdown).await?;
    let stage = Arc::new(extract_stage(&settings, state));
    run_stage(
        Bus::Amqp(bus),
        stage,
        runner_settings(&settings, settings.extractor.prefetch),
        shutdown,
    )
    .await?;
    Ok(())
}

/// Runs the indexer worker until `shutdown`.
pub async fn run_indexer(
    settings: Settings,
    shutdown: CancellationToken,
) -> Result<(), WorkerError> {
    let index = crawl_index::connect(&index_config(&settings))
        .await
        .map_err(SinkError::from)?;
    let state = crawl_state::connect(state_config(&settings)).await?;
    let bus = connect(&settings, &shutdown).await?;
    serve_telemetry(&settings, &bus, &shutdown).await?;
    run_index_stage(
        Bus::Amqp(bus),
        Arc::new(ArticleSink::Meili(index)),
        index_settings(&settings),
        Some(state),
        shutdown,
    )
    .await?;
    Ok(())
}
