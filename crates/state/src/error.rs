//! The one error type of the state store, and whether retrying helps.

use std::time::Duration;

use crawl_core::disposition::{Classify, FailureClass};

/// What went wrong talking to the state store.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// `REDIS_URL` is not a Redis URL.
    #[error("invalid Redis URL {url:?} (setting REDIS_URL): {reason}")]
    InvalidUrl {
        /// The URL with any password removed.
        url: String,
        /// What the client library reported.
        reason: String,
    },
    /// Redis did not accept a connection in time.
    #[error("cannot connect to Redis at {addr} within {timeout:?} (setting REDIS_URL; is Redis running?): {reason}")]
    Connect {
        /// The address tried, password removed.
        addr: String,
        /// The connect timeout.
        timeout: Duration,
        /// What failed.
        reason: String,
    },
    /// Redis is unreachable, timed out, loading, out of memory or otherwise worth retrying.
    #[error("Redis unavailable during {op}: {source}")]
    Unavailable {
        /// The operation that failed.
        op: &'static str,
        /// The client error.
        source: redis::RedisError,
    },
    /// Redis refused the command in a way retrying will not fix (wrong type, script error).
    #[error("Redis rejected {op}: {source} (is another program using the key prefix?)")]
    Rejected {
        /// The operation that failed.
        op: &'static str,
        /// The client error.
        source: redis::RedisError,
    },
    /// A reply or stored value did not have the expected shape.
    #[error(
        "unexpected data in Redis during {op}: {detail} (is another program using the key prefix?)"
    )]
    Corrupt {
        /// The operation.
        op: &'static str,
        /// What was wrong.
        detail: String,
    },
}

impl StateError {
    /// Wraps a client error, sorting it into retryable or not.
    pub(crate) fn redis(op: &'static str, source: redis::RedisError) -> Self {
        let permanent = matches!(source.retry_method(), redis::RetryMethod::NoRetry)
            && source.code() != Some("OOM")
            && !source.is_io_error()
            && !source.is_timeout();
        if permanent {
            StateError::Rejected { op, source }
        } else {
            StateError::Unavailable { op, source }
        }
    }
}

impl Classify for StateError {
    fn class(&self) -> FailureClass {
        match self {
            StateError::InvalidUrl { .. } => FailureClass::Permanent,
            StateError::Connect { .. } => FailureClass::Transient,
            StateError::Unavailable { .. } => FailureClass::Transient,
            StateError::Rejected { .. } => FailureClass::Permanent,
            StateError::Corrupt { .. } => FailureClass::Permanent,
        }
    }
}

/// `url` with its password replaced, for messages.
pub(crate) fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            u.to_string()
        }
        Err(_) => "<unparseable URL>".to_string(),
    }
}
