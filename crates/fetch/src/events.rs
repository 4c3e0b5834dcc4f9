//! Fetch events: each one writes its log line and its metrics together, so names never drift.

use crate::FetchError;
use crawl_core::disposition::{Classify, FailureClass};
use std::time::Duration;
use url::Url;

/// Counter of responses by status code (label `status`).
pub const METRIC_RESPONSES: &str = "fetch_responses_total";
/// Counter of body bytes kept (after decompression).
pub const METRIC_BYTES: &str = "fetch_bytes_total";
/// Histogram of the time from sending the request to the end of the body, in seconds.
pub const METRIC_DURATION: &str = "fetch_duration_seconds";
/// Counter of bodies cut at `fetch.max_body_bytes`.
pub const METRIC_TRUNCATED: &str = "fetch_truncated_total";
/// Counter of fetches without a usable response, by error kind (label `kind`).
pub const METRIC_ERRORS: &str = "fetch_errors_total";

/// A response arrived and its body was read (up to the cap).
pub(crate) struct Responded<'a> {
    pub url: &'a Url,
    pub final_url: &'a Url,
    pub status: u16,
    pub bytes: usize,
    pub truncated: bool,
    pub elapsed: Duration,
}

impl Responded<'_> {
    pub fn emit(&self) {
        tracing::debug!(
            url = %self.url,
            final_url = %self.final_url,
            status = self.status,
            bytes = self.bytes,
            truncated = self.truncated,
            elapsed_ms = self.elapsed.as_millis() as u64,
            "fetched"
        );
        metrics::counter!(METRIC_RESPONSES, "status" => self.status.to_string()).increment(1);
        metrics::counter!(METRIC_BYTES).increment(self.bytes as u64);
        metrics::histogram!(METRIC_DURATION).record(self.elapsed.as_secs_f64());
        if self.truncated {
            metrics::counter!(METRIC_TRUNCATED).increment(1);
        }
    }
}

/// A fetch ended without a usable response.
pub(crate) struct Failed<'a> {
    pub url: &'a Url,
    pub error: &'a FetchError,
    pub elapsed: Duration,
}

impl Failed<'_> {
    pub fn emit(&self) {
        let kind = self.error.kind();
        let elapsed_ms = self.elapsed.as_millis() as u64;
        match self.error.class() {
            // Routine in a crawl (PDF links, dead redirects): not worth a warning each.
            FailureClass::Permanent => {
                tracing::info!(url = %self.url, kind, elapsed_ms, error = %self.error, "fetch failed")
            }
            FailureClass::Transient => {
                tracing::warn!(url = %self.url, kind, elapsed_ms, error = %self.error, "fetch failed")
            }
        }
        metrics::counter!(METRIC_ERRORS, "kind" => kind).increment(1);
        metrics::histogram!(METRIC_DURATION).record(self.elapsed.as_secs_f64());
    }
}
