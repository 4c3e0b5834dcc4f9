//! Re-polls of news crawls: the seeds (section pages), feeds and sitemaps of a crawl in
//! [`CrawlMode::News`](crawl_core::jobs::CrawlMode) are fetched again and again, on an
//! adaptive interval and with conditional GET.
//!
//! # Design
//! The schedule lives in the shared state store ([`PollSchedule`]): one entry per crawl and
//! URL with its due time and the fetch job to publish then. Every fetcher runs [`run_poller`],
//! which takes due entries (atomically, so replicas never take the same one) and publishes them
//! as fetch jobs marked with the poll round. Taking an entry leases it: its due time moves
//! `lease` ahead, so a poll lost to a crash falls due again by itself. Whoever completes a poll
//! calls [`reschedule`]: the fetch stage on a 304 (nothing new), the extract stage after reading
//! the page, feed or sitemap (with the number of new links it found). The next interval comes
//! from [`RecrawlPolicy`]: halved when the poll found something new, 1.5× longer when not,
//! within `[frontier.poll_min_secs, frontier.poll_max_secs]`.
//!
//! Trade-offs: a poll that keeps failing is retried once per lease, not on a back-off curve
//! (the fetch job's own retries and the host's 429/503 back-off still apply); the schedule is
//! one sorted set per fleet, so taking due polls costs one Redis call per check however many
//! crawls run, and the number of targets (seeds, feeds, sitemaps — not articles) stays small.

use crate::bus::{Bus, Outgoing, Queue};
use crawl_core::jobs::{decode, encode, FetchJob};
use crawl_frontier::politeness::RecrawlPolicy;
use crawl_state::{StateError, StateStore, Validators};
use std::sync::Arc;
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use url::Url;

/// Default time a taken poll may take before it falls due again.
pub const DEFAULT_POLL_LEASE: Duration = Duration::from_secs(600);
/// Default interval at which each fetcher looks for due polls.
pub const DEFAULT_POLL_CHECK: Duration = Duration::from_secs(5);
/// Default number of due polls taken per check.
pub const DEFAULT_POLL_BATCH: usize = 100;

/// How news crawls are re-polled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollSettings {
    /// The adaptive interval's bounds.
    pub recrawl: RecrawlPolicy,
    /// Time a taken poll may take before it falls due again.
    pub lease: Duration,
    /// Interval between looks for due polls.
    pub check_every: Duration,
    /// Due polls taken per look.
    pub batch: usize,
}

impl Default for PollSettings {
    fn default() -> Self {
        PollSettings {
            recrawl: RecrawlPolicy::default(),
            lease: DEFAULT_POLL_LEASE,
            check_every: DEFAULT_POLL_CHECK,
            batch: DEFAULT_POLL_BATCH,
        }
    }
}

/// What a completed poll saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PollOutcome {
    /// The response's `ETag` (`None` on a 304: the stored one stays).
    pub etag: Option<String>,
    /// The response's `Last-Modified` (`None` on a 304: the stored one stays).
    pub last_modified: Option<String>,
    /// Links the poll queued that the crawl had not seen.
    pub new_links: usize,
}

/// Records a completed poll of `job`'s URL (validators for the next conditional GET) and
/// schedules the next one; returns the interval until it.
pub async fn reschedule(
    state: &dyn StateStore,
    policy: &RecrawlPolicy,
    job: &FetchJob,
    outcome: PollOutcome,
) -> Result<Duration, StateError> {
    let Ok(url) = Url::parse(&job.url) else {
        return Ok(Duration::ZERO);
    };
    let previous = state.validators(&job.crawl_id, &url).await?;
    let previous_interval = previous.as_ref().and_then(|v| v.poll_interval);
    let next = policy.next_interval(previous_interval, outcome.new_links);
    let previous = previous.unwrap_or_default();
    let validators = Validators {
        etag: outcome.etag.or(previous.etag),
        last_modified: outcome.last_modified.or(previous.last_modified),
        poll_interval: Some(next),
    };
    state
        .put_validators(&job.crawl_id, &url, &validators)
        .await?;
    let mut base = job.clone();
    base.poll = None;
    state
        .schedule_poll(&job.crawl_id, &url, &encode(&base), next)
        .await?;
    metrics::counter!("polls_completed_total").increment(1);
    tracing::debug!(event = "poll_rescheduled", url = %job.url, new_links = outcome.new_links, next_secs = next.as_secs());
    Ok(next)
}

/// Schedules the next poll of a target whose fetch failed for good (gone, refused) at the
/// longest interval, so a dead feed costs one request per `poll_max_secs`.
pub async fn reschedule_failed(
    state: &dyn StateStore,
    policy: &RecrawlPolicy,
    job: &FetchJob,
) -> Result<(), StateError> {
    let Ok(url) = Url::parse(&job.url) else {
        return Ok(());
    };
    let mut base = job.clone();
    base.poll = None;
    state
        .schedule_poll(&job.crawl_id, &url, &encode(&base), policy.max)
        .await
}

/// The conditional-GET validators to send with `job`: only on re-polls (a first fetch must
/// see the whole listing).
pub async fn validators_for(
    state: &dyn StateStore,
    job: &FetchJob,
    url: &Url,
) -> Result<Option<crawl_fetch::Validators>, StateError> {
    if job.poll.is_none() || !job.is_poll_target() {
        return Ok(None);
    }
    Ok(state
        .validators(&job.crawl_id, url)
        .await?
        .map(|v| crawl_fetch::Validators {
            etag: v.etag,
            last_modified: v.last_modified,
        }))
}

/// Publishes due polls as fetch jobs until `shutdown`, checking every `settings.check_every`.
pub async fn run_poller(
    bus: Bus,
    state: Arc<dyn StateStore>,
    settings: PollSettings,
    shutdown: CancellationToken,
) {
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(settings.check_every) => {}
        }
        loop {
            let due = match state.take_due_polls(settings.batch, settings.lease).await {
                Ok(due) => due,
                Err(e) => {
                    tracing::warn!(event = "poll_check_failed", error = %e);
                    break;
                }
            };
            let taken = due.len();
            let messages: Vec<Outgoing> = due
                .into_iter()
                .filter_map(|p| match decode::<FetchJob>(&p.job) {
                    Ok(mut job) => {
                        job.poll = Some(p.round);
                        Some(Outgoing::now(Queue::Fetch, encode(&job)))
                    }
                    Err(e) => {
                        tracing::warn!(event = "poll_job_undecodable", url = %p.url, error = %e);
                        None
                    }
                })
                .collect();
            let n = messages.len() as u64;
            // Unpublished polls (shutdown, broker away) come back after their lease.
            if bus.publish_all(messages).await.is_err() {
                return;
            }
            metrics::counter!("polls_started_total").increment(n);
            if taken < settings.batch {
                break;
            }
        }
    }
}
