//! The fetch stage: URL in, fetched page out, paced per host.

use crate::bus::Queue;
use crate::runner::{Output, Stage};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::jobs::{compress_body, FetchJob, PageJob};
use crawl_fetch::{classify_status, host_key, FetchError, Fetcher, HostLimiter, StatusClass};
use std::time::Duration;
use url::Url;

/// Longest politeness wait a fetch slot sleeps through; longer waits park the job in a delay
/// queue so other hosts are not held up.
pub const DEFAULT_MAX_INLINE_WAIT: Duration = Duration::from_secs(2);

/// Why a fetch job did not produce a page.
#[derive(Debug, thiserror::Error)]
pub enum FetchStageError {
    /// The job's URL does not parse.
    #[error("invalid URL {url:?} in fetch job: {reason}")]
    InvalidUrl {
        /// The URL.
        url: String,
        /// The parser's complaint.
        reason: String,
    },
    /// The HTTP exchange failed.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The site answered "later" (408, 429, 5xx).
    #[error("{url} answered HTTP {status}; retrying later")]
    RetryLater {
        /// The URL.
        url: String,
        /// The status.
        status: u16,
    },
}

impl Classify for FetchStageError {
    fn class(&self) -> FailureClass {
        match self {
            FetchStageError::InvalidUrl { .. } => FailureClass::Permanent,
            FetchStageError::Fetch(e) => e.class(),
            FetchStageError::RetryLater { .. } => FailureClass::Transient,
        }
    }
}

/// Fetches pages for the extractor.
pub struct FetchStage {
    fetcher: Fetcher,
    limiter: HostLimiter,
    max_inline_wait: Duration,
}

impl FetchStage {
    /// A stage with its HTTP client and in-process per-host limiter.
    pub fn new(fetcher: Fetcher, limiter: HostLimiter, max_inline_wait: Duration) -> Self {
        FetchStage {
            fetcher,
            limiter,
            max_inline_wait,
        }
    }

    /// The per-host limiter (the worker evicts idle hosts on a timer).
    pub fn limiter(&self) -> &HostLimiter {
        &self.limiter
    }

    /// Waits for the host's next slot, or says to come back later when the wait is long.
    async fn pace(&self, host: &str) -> Option<Duration> {
        loop {
            match self.limiter.check(host) {
                Ok(()) => return None,
                Err(wait) if wait > self.max_inline_wait => return Some(wait),
                Err(wait) => tokio::time::sleep(wait).await,
            }
        }
    }
}

impl Stage for FetchStage {
    type Input = FetchJob;
    type Error = FetchStageError;
    const NAME: &'static str = "fetch";
    const INPUT: Queue = Queue::Fetch;

    async fn handle(&self, job: FetchJob, _attempt: u32) -> Result<Vec<Output>, FetchStageError> {
        let url = Url::parse(&job.url).map_err(|e| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: e.to_string(),
        })?;
        let host = host_key(&url).ok_or_else(|| FetchStageError::InvalidUrl {
            url: job.url.clone(),
            reason: "no host".into(),
        })?;
        if let Some(wait) = self.pace(&host).await {
            metrics::counter!("fetch_deferred_total").increment(1);
            return Ok(vec![Output::FetchLater(job, wait)]);
        }
        let page = self.fetcher.fetch(&url, job.resource, None).await?;
        match classify_status(page.status) {
            StatusClass::Ok => {
                let body_gz = compress_body(&page.body);
                Ok(vec![Output::Page(PageJob {
                    final_url: page.final_url.to_string(),
                    status: page.status,
                    content_type: page.content_type,
                    etag: page.etag,
                    last_modified: page.last_modified,
                    fetched_at: chrono::Utc::now()
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    body_gz,
                    fetch: job,
                })])
            }
            StatusClass::RetryLater => {
                if let Some(after) = page.retry_after {
                    self.limiter.set_min_interval(&host, after);
                }
                Err(FetchStageError::RetryLater {
                    url: job.url,
                    status: page.status,
                })
            }
            StatusClass::NotModified | StatusClass::Gone | StatusClass::Permanent => {
                metrics::counter!("fetch_dropped_total", "status" => page.status.to_string())
                    .increment(1);
                tracing::debug!(event = "fetch_dropped", url = %job.url, status = page.status);
                Ok(Vec::new())
            }
        }
    }
}
