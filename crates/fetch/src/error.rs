//! Why a fetch failed, and whether trying again later can help.

use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::jobs::Resource;
use std::time::Duration;

/// A fetch that produced no usable HTTP response, or a fetcher that could not be built.
///
/// HTTP error statuses are not errors here: they come back as a [`crate::FetchedPage`] and
/// [`crate::classify_status`] decides what they mean.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL cannot be fetched over HTTP at all.
    #[error("invalid URL {url}: {reason}")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Connecting, or the whole request, took longer than allowed.
    #[error(
        "fetching {url} timed out (limits: fetch.connect_timeout_secs = {connect:?}, \
         fetch.request_timeout_secs = {request:?})"
    )]
    Timeout {
        /// The URL requested.
        url: String,
        /// The connect timeout in force.
        connect: Duration,
        /// The whole-request timeout in force.
        request: Duration,
    },
    /// No connection could be made (DNS failure, refused, reset during connect).
    #[error("cannot connect for {url}: {detail}")]
    Connect {
        /// The URL requested.
        url: String,
        /// The underlying error chain.
        detail: String,
    },
    /// The TLS handshake failed (bad or expired certificate, protocol mismatch).
    #[error("TLS handshake failed for {url}: {detail}")]
    Tls {
        /// The URL requested.
        url: String,
        /// The underlying error chain.
        detail: String,
    },
    /// More redirects than `fetch.max_redirects` allows.
    #[error("{url} redirected more than {max} times (setting fetch.max_redirects)")]
    TooManyRedirects {
        /// The URL requested.
        url: String,
        /// The limit in force.
        max: usize,
    },
    /// A redirect led back to a URL already visited in this chain.
    #[error("{url} redirects in a loop")]
    RedirectLoop {
        /// The URL requested.
        url: String,
    },
    /// A 2xx response of a media type not accepted for what was asked.
    #[error(
        "{url} is {found:?}, not an accepted content type for a {want:?} \
         (settings fetch.page_content_types, fetch.sitemap_content_types, fetch.feed_content_types)"
    )]
    UnwantedContentType {
        /// The URL requested.
        url: String,
        /// The media type found (from the header, or sniffed when it had none).
        found: Option<String>,
        /// What the job expected.
        want: Resource,
    },
    /// The connection failed while the body was being read, or the body could not be decoded.
    #[error("reading the body of {url} failed: {detail}")]
    Body {
        /// The URL requested.
        url: String,
        /// The underlying error chain.
        detail: String,
    },
    /// Any other failure of the HTTP client while sending the request.
    #[error("request to {url} failed: {detail}")]
    Request {
        /// The URL requested.
        url: String,
        /// The underlying error chain.
        detail: String,
    },
    /// A setting has a value the fetcher cannot work with.
    #[error("invalid setting {setting}: {reason}")]
    InvalidConfig {
        /// The setting's full name, e.g. `fetch.host_rate`.
        setting: &'static str,
        /// What is wrong and which values are accepted.
        reason: String,
    },
    /// The HTTP client could not be built (e.g. no TLS backend).
    #[error("cannot build the HTTP client: {0}")]
    Client(String),
}

impl FetchError {
    /// A short, stable name of the variant, used as a metric label.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::InvalidUrl { .. } => "invalid_url",
            FetchError::Timeout { .. } => "timeout",
            FetchError::Connect { .. } => "connect",
            FetchError::Tls { .. } => "tls",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::RedirectLoop { .. } => "redirect_loop",
            FetchError::UnwantedContentType { .. } => "unwanted_content_type",
            FetchError::Body { .. } => "body",
            FetchError::Request { .. } => "request",
            FetchError::InvalidConfig { .. } => "invalid_config",
            FetchError::Client(_) => "client",
        }
    }
}

impl Classify for FetchError {
    fn class(&self) -> FailureClass {
        match self {
            // The network or the site may be better in a minute.
            FetchError::Timeout { .. }
            | FetchError::Connect { .. }
            | FetchError::Body { .. }
            | FetchError::Request { .. } => FailureClass::Transient,
            // Same URL, same answer: retrying only wastes the site's and our time.
            FetchError::InvalidUrl { .. }
            | FetchError::Tls { .. }
            | FetchError::TooManyRedirects { .. }
            | FetchError::RedirectLoop { .. }
            | FetchError::UnwantedContentType { .. }
            | FetchError::InvalidConfig { .. }
            | FetchError::Client(_) => FailureClass::Permanent,
        }
    }
}

/// The whole `source()` chain of an error as one line, so that logs show the root cause.
pub(crate) fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut cur = err.source();
    while let Some(e) = cur {
        let s = e.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        cur = e.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_contract() {
        let url = || "http://x/".to_owned();
        let t = FetchError::Timeout {
            url: url(),
            connect: Duration::from_secs(1),
            request: Duration::from_secs(2),
        };
        assert_eq!(t.class(), FailureClass::Transient);
        assert!(t.to_string().contains("fetch.request_timeout_secs"));
        let c = FetchError::Connect {
            url: url(),
            detail: "refused".into(),
        };
        assert_eq!(c.class(), FailureClass::Transient);
        let u = FetchError::UnwantedContentType {
            url: url(),
            found: Some("image/png".into()),
            want: Resource::Page,
        };
        assert_eq!(u.class(), FailureClass::Permanent);
        assert_eq!(u.kind(), "unwanted_content_type");
        let l = FetchError::RedirectLoop { url: url() };
        assert_eq!(l.class(), FailureClass::Permanent);
        let r = FetchError::TooManyRedirects { url: url(), max: 5 };
        assert_eq!(r.class(), FailureClass::Permanent);
        assert!(r.to_string().contains("fetch.max_redirects"));
        let i = FetchError::InvalidUrl {
            url: "ftp://x".into(),
            reason: "scheme".into(),
        };
        assert_eq!(i.class(), FailureClass::Permanent);
    }
}
