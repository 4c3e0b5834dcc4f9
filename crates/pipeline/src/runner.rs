//! The consume-handle-publish-ack loop shared by the fetch and extract stages.
//!
//! A delivery is acked only after everything its handler produced is confirmed by the broker;
//! failures go through [`crawl_core::disposition::decide`], the one place that chooses between a
//! delayed retry and the dead-letter queue.

use crate::bus::{Bus, Incoming, Outgoing, Queue, Route};
use crawl_core::disposition::{decide, Classify, Disposition, RetryPolicy};
use crawl_core::jobs::{decode, encode, ArticleJob, FetchJob, Job, PageJob};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// What a stage hands on after handling one job.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// A URL to fetch now.
    Fetch(FetchJob),
    /// A URL to fetch after a delay (politeness), without holding a worker slot meanwhile;
    /// the third value is the job's failed-attempt count, kept so deferrals never reset the
    /// retry budget.
    FetchLater(FetchJob, Duration, u32),
    /// A fetched page.
    Page(PageJob),
    /// An extracted article.
    Article(ArticleJob),
}

impl Output {
    /// The message to publish for this output.
    pub fn into_outgoing(self) -> Outgoing {
        match self {
            Output::Fetch(j) => Outgoing::now(Queue::Fetch, encode(&j)),
            Output::FetchLater(j, d, attempt) => Outgoing {
                queue: Queue::Fetch,
                body: encode(&j),
                attempt,
                route: Route::After(d),
            },
            Output::Page(j) => Outgoing::now(Queue::Page, encode(&j)),
            Output::Article(j) => Outgoing::now(Queue::Article, encode(&j)),
        }
    }
}

/// One step of the pipeline: takes a job from its input queue and produces outputs.
pub trait Stage: Send + Sync + 'static {
    /// The job type of the input queue.
    type Input: Job + Send;
    /// Failures, each classified as transient or permanent.
    type Error: Classify + Send + Sync + 'static;
    /// Name for logs and metric labels.
    const NAME: &'static str;
    /// The queue this stage consumes.
    const INPUT: Queue;

    /// Handles one job; `attempt` counts earlier failed attempts.
    fn handle(
        &self,
        job: Self::Input,
        attempt: u32,
    ) -> impl Future<Output = Result<Vec<Output>, Self::Error>> + Send;

    /// The crawl a job belongs to.
    fn crawl_of(job: &Self::Input) -> &str;

    /// Counts a job of `crawl_id` that was given up on (dead-lettered), for the crawl's error
    /// count in `crawlctl status`.
    fn gave_up(&self, crawl_id: &str) -> impl Future<Output = ()> + Send;
}

/// How a stage consumes.
#[derive(Debug, Clone)]
pub struct RunnerSettings {
    /// Unacknowledged deliveries held at once, which is also the handling concurrency.
    pub prefetch: u16,
    /// Retry delays; their number is the retry budget.
    pub retry: RetryPolicy,
    /// How long in-flight jobs may take to finish after a shutdown request.
    pub shutdown_grace: Duration,
}

/// Runs `stage` until `shutdown` is cancelled, then stops consuming, lets in-flight jobs finish
/// within the grace period and hands the rest back to the queue.
pub async fn run_stage<S: Stage>(
    bus: Bus,
    stage: Arc<S>,
    settings: RunnerSettings,
    shutdown: CancellationToken,
) -> Result<(), crate::bus::BusError> {
    let mut sub = bus.subscribe(S::INPUT, settings.prefetch).await?;
    let slots = Arc::new(Semaphore::new(usize::from(settings.prefetch.max(1))));
    let mut tasks = JoinSet::new();
    let settings = Arc::new(settings);
    tracing::info!(
        event = "stage_started",
        stage = S::NAME,
        prefetch = settings.prefetch
    );
    loop {
        let permit = tokio::select! {
            _ = shutdown.cancelled() => break,
            p = slots.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
        };
        let incoming = tokio::select! {
            _ = shutdown.cancelled() => break,
            d = sub.next() => match d { Some(d) => d, None => break },
        };
        let (bus, stage, settings) = (bus.clone(), stage.clone(), settings.clone());
        tasks.spawn(async move {
            handle_delivery(&bus, &*stage, &settings, incoming).await;
            drop(permit);
        });
        while tasks.try_join_next().is_some() {}
    }
    sub.cancel().await;
    tracing::info!(
        event = "stage_draining",
        stage = S::NAME,
        in_flight = tasks.len()
    );
    let drained = tokio::time::timeout(settings.shutdown_grace, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            event = "stage_grace_expired",
            stage = S::NAME,
            abandoned = tasks.len(),
            "unfinished jobs go back to the queue"
        );
        tasks.abort_all();
    }
    if let crate::bus::Subscription::Amqp(s) = &mut sub {
        s.close().await;
    }
    tracing::info!(event = "stage_stopped", stage = S::NAME);
    Ok(())
}

async fn handle_delivery<S: Stage>(bus: &Bus, stage: &S, settings: &RunnerSettings, d: Incoming) {
    let started = Instant::now();
    metrics::counter!("jobs_in_total", "stage" => S::NAME).increment(1);
    let job = match decode::<S::Input>(&d.body) {
        Ok(job) => job,
        Err(e) => {
            let reason = e.to_string();
            tracing::warn!(event = "job_undecodable", stage = S::NAME, reason = %reason);
            dead_letter_delivery(bus, S::NAME, S::INPUT, d, reason).await;
            return;
        }
    };
    let crawl_id = S::crawl_of(&job).to_string();
    let result = stage.handle(job, d.attempt).await;
    let outcome = match &result {
        Ok(_) => Ok(()),
        Err(e) => Err(e),
    };
    match decide(outcome, d.attempt, &settings.retry) {
        Disposition::Ack => {
            let outputs: Vec<Outgoing> = result
                .map(|o| o.into_iter().map(Output::into_outgoing).collect())
                .unwrap_or_default();
            let n = outputs.len() as u64;
            if bus.publish_all(outputs).await.is_ok() {
                metrics::counter!("jobs_out_total", "stage" => S::NAME).increment(n);
                ack_delivery(S::NAME, d).await;
            }
        }
        Disposition::Retry {
            delay_index,
            attempt,
        } => {
            let delay = settings.retry.delay(delay_index);
            if let Err(e) = &result {
                tracing::info!(event = "job_retry", stage = S::NAME, attempt, ?delay, error = %e);
            }
            retry_delivery(bus, S::NAME, S::INPUT, d, delay, attempt).await;
        }
        Disposition::DeadLetter { reason } => {
            tracing::warn!(event = "job_dead_lettered", stage = S::NAME, crawl = %crawl_id, reason = %reason);
            stage.gave_up(&crawl_id).await;
            dead_letter_delivery(bus, S::NAME, S::INPUT, d, reason).await;
        }
    }
    metrics::histogram!("job_duration_seconds", "stage" => S::NAME)
        .record(started.elapsed().as_secs_f64());
}

/// Acknowledges a handled delivery; a failed ack only means the message comes again.
pub(crate) async fn ack_delivery(stage: &'static str, d: Incoming) {
    if let Err(e) = d.ack().await {
        tracing::warn!(event = "ack_failed", stage, error = %e, "the message will be redelivered");
    }
}

/// Parks a delivery in `queue`'s wait queue for `delay` with its new attempt count, then acks it.
pub(crate) async fn retry_delivery(
    bus: &Bus,
    stage: &'static str,
    queue: Queue,
    d: Incoming,
    delay: Duration,
    attempt: u32,
) {
    metrics::counter!("jobs_failed_total", "stage" => stage, "disposition" => "retry").increment(1);
    let retry = Outgoing {
        queue,
        body: d.body.clone(),
        attempt,
        route: Route::After(delay),
    };
    if bus.publish_all(vec![retry]).await.is_ok() {
        ack_delivery(stage, d).await;
    }
}

/// Moves a delivery to `queue`'s dead-letter queue with `reason`, then acks it.
pub(crate) async fn dead_letter_delivery(
    bus: &Bus,
    stage: &'static str,
    queue: Queue,
    d: Incoming,
    reason: String,
) {
    metrics::counter!("jobs_failed_total", "stage" => stage, "disposition" => "dead_letter")
        .increment(1);
    let dead = Outgoing {
        queue,
        body: d.body.clone(),
        attempt: d.attempt,
        route: Route::Dead(reason),
    };
    if bus.publish_all(vec![dead]).await.is_ok() {
        ack_delivery(stage, d).await;
    }
}
