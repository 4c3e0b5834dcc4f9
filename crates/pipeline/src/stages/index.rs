//! The index stage: articles in, batched writes to the sink, acks only after the write is
//! confirmed (for Meilisearch: after its task succeeded).

use crate::bus::{Bus, BusError, Incoming, Queue};
use crate::runner::{ack_delivery, dead_letter_delivery, retry_delivery};
use crate::sink::ArticleSink;
use crawl_state::{SharedState, Stat, StateStore};

const STAGE: &str = "index";
use crawl_core::batch::{BatchLimits, Batcher};
use crawl_core::disposition::{decide, Disposition, RetryPolicy};
use crawl_core::jobs::{decode, ArticleJob};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How the index stage consumes and batches.
#[derive(Debug, Clone)]
pub struct IndexSettings {
    /// Unacknowledged articles held at once (at least the batch size).
    pub prefetch: u16,
    /// When to send a batch.
    pub limits: BatchLimits,
    /// Retry budget of a failed batch.
    pub retry: RetryPolicy,
    /// Time to flush the open batch after a shutdown request.
    pub shutdown_grace: Duration,
}

type Pending = (Incoming, crawl_core::article::Article);

/// Runs the index stage until `shutdown`, then flushes what it holds within the grace period.
///
/// With a `state` store, the content hash of every stored article is remembered there, so the
/// extractors stop re-sending articles that did not change.
pub async fn run_index_stage(
    bus: Bus,
    sink: Arc<ArticleSink>,
    settings: IndexSettings,
    state: Option<SharedState>,
    shutdown: CancellationToken,
) -> Result<(), BusError> {
    let state = state.as_deref();
    let mut sub = bus.subscribe(Queue::Article, settings.prefetch).await?;
    let mut batcher: Batcher<Pending> = Batcher::new(settings.limits);
    tracing::info!(
        event = "stage_started",
        stage = "index",
        prefetch = settings.prefetch
    );
    loop {
        let deadline = batcher.deadline();
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = sleep_until(deadline), if deadline.is_some() => {
                flush(&bus, &sink, &settings, state, batcher.take()).await;
            }
            d = sub.next() => {
                let Some(d) = d else { break };
                metrics::counter!("jobs_in_total", "stage" => "index").increment(1);
                match decode::<ArticleJob>(&d.body) {
                    Ok(job) => {
                        // The message's size bounds the document's encoded size (the envelope
                        // adds a few bytes), without serialising every article a second time.
                        let size = d.body.len();
                        for batch in batcher.push((d, job.article), size, Instant::now()) {
                            flush(&bus, &sink, &settings, state, batch).await;
                        }
                    }
                    Err(e) => {
                        tracing::warn!(event = "job_undecodable", stage = "index", reason = %e);
                        dead_letter_delivery(&bus, STAGE, Queue::Article, d, e.to_string()).await;
                    }
                }
            }
        }
    }
    sub.cancel().await;
    if !batcher.is_empty() {
        let pending = batcher.take();
        if tokio::time::timeout(
            settings.shutdown_grace,
            flush(&bus, &sink, &settings, state, pending),
        )
        .await
        .is_err()
        {
            tracing::warn!(
                event = "stage_grace_expired",
                stage = "index",
                "unflushed articles go back to the queue"
            );
        }
    }
    if let crate::bus::Subscription::Amqp(s) = &mut sub {
        s.close().await;
    }
    tracing::info!(event = "stage_stopped", stage = "index");
    Ok(())
}

async fn sleep_until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d.into()).await,
        None => std::future::pending().await,
    }
}

async fn flush(
    bus: &Bus,
    sink: &ArticleSink,
    settings: &IndexSettings,
    state: Option<&dyn StateStore>,
    batch: Vec<Pending>,
) {
    if batch.is_empty() {
        return;
    }
    let started = Instant::now();
    let n = batch.len();
    metrics::histogram!("index_batch_size").record(n as f64);
    let (deliveries, docs): (Vec<Incoming>, Vec<_>) = batch.into_iter().unzip();
    // What the state store is told afterwards: content hashes of stored documents (so
    // unchanged articles are not re-sent) and the crawl of refused ones (its error count).
    let keys: Vec<(String, String, String)> = match state {
        Some(_) => docs
            .iter()
            .map(|a| (a.id.clone(), a.content_hash.clone(), a.crawl_id.clone()))
            .collect(),
        None => Vec::new(),
    };
    match sink.write(docs).await {
        Ok(outcome) => {
            let mut slots: Vec<Option<Incoming>> = deliveries.into_iter().map(Some).collect();
            for (pos, reason) in outcome.rejected {
                if let Some(d) = slots.get_mut(pos).and_then(Option::take) {
                    metrics::counter!("index_documents_rejected_total").increment(1);
                    tracing::warn!(event = "document_rejected", reason = %reason);
                    if let (Some(state), Some((_, _, crawl))) = (state, keys.get(pos)) {
                        let _ = state.record(crawl, Stat::Errors, 1).await;
                    }
                    dead_letter_delivery(bus, STAGE, Queue::Article, d, reason).await;
                }
            }
            let mut stored = 0u64;
            for pos in outcome.stored {
                if let Some(d) = slots.get_mut(pos).and_then(Option::take) {
                    stored += 1;
                    if let (Some(state), Some((id, hash, _))) = (state, keys.get(pos)) {
                        // Best effort: a hash not remembered only means a later re-send.
                        if let Err(e) = state.remember_content(id, hash).await {
                            tracing::warn!(event = "content_hash_not_remembered", error = %e);
                        }
                    }
                    ack_delivery(STAGE, d).await;
                }
            }
            // Anything neither stored nor rejected has an unknown fate: let it come back.
            for d in slots.into_iter().flatten() {
                let _ = d.requeue().await;
            }
            metrics::counter!("articles_indexed_total").increment(stored);
            metrics::histogram!("index_batch_seconds").record(started.elapsed().as_secs_f64());
            tracing::info!(
                event = "batch_indexed",
                documents = stored,
                seconds = started.elapsed().as_secs_f64()
            );
        }
        Err(e) => {
            metrics::counter!("index_batch_failures_total").increment(1);
            tracing::warn!(event = "batch_failed", documents = n, error = %e);
            for d in deliveries {
                match decide(Err(&e), d.attempt, &settings.retry) {
                    Disposition::Ack => ack_delivery(STAGE, d).await,
                    Disposition::Retry {
                        delay_index,
                        attempt,
                    } => {
                        let delay = settings.retry.delay(delay_index);
                        retry_delivery(bus, STAGE, Queue::Article, d, delay, attempt).await;
                    }
                    Disposition::DeadLetter { reason } => {
                        dead_letter_delivery(bus, STAGE, Queue::Article, d, reason).await
                    }
                }
            }
        }
    }
}
