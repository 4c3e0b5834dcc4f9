//! The HTTP client: one GET with every limit applied.

use crate::config::FetchConfig;
use crate::error::chain;
use crate::events::{Failed, Responded};
use crate::status::{media_type, parse_retry_after, sniff_media_type};
use crate::FetchError;
use crawl_core::jobs::{compress_body, FetchJob, PageJob, Resource, BODY_CODEC};
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::redirect;
use std::time::{Duration, SystemTime};
use url::Url;

/// Conditional-request validators from an earlier fetch of the same URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The earlier `ETag`, sent as `If-None-Match`.
    pub etag: Option<String>,
    /// The earlier `Last-Modified`, sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

impl Validators {
    /// The validators a page came with.
    pub fn of(page: &FetchedPage) -> Validators {
        Validators {
            etag: page.etag.clone(),
            last_modified: page.last_modified.clone(),
        }
    }
}

/// The outcome of one GET that produced an HTTP response (any status).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedPage {
    /// The URL after redirects.
    pub final_url: Url,
    /// HTTP status of the final response.
    pub status: u16,
    /// The `Content-Type` header; when the server sent none (or `application/octet-stream`) on a
    /// 2xx, the media type sniffed from the first bytes.
    pub content_type: Option<String>,
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
    /// The `Retry-After` header as a delay (from seconds or an HTTP-date).
    pub retry_after: Option<Duration>,
    /// The body after decompression, at most `fetch.max_body_bytes` (2xx) or
    /// `fetch.max_error_body_bytes` (other statuses) long.
    pub body: Vec<u8>,
    /// Whether the body was cut at the cap.
    pub truncated: bool,
    /// The `Location` of a 3xx response, resolved against the request URL (only set by
    /// [`Fetcher::fetch_single`]; [`Fetcher::fetch`] follows redirects itself).
    pub location: Option<Url>,
    /// From sending the request to the end of the body.
    pub elapsed: Duration,
}

impl FetchedPage {
    /// Packs the page into the job for the extractor: body compressed for the wire.
    /// `fetched_at` is the RFC 3339 UTC time the response arrived.
    pub fn into_page_job(self, fetch: FetchJob, fetched_at: String) -> PageJob {
        PageJob {
            fetch,
            final_url: self.final_url.into(),
            status: self.status,
            content_type: self.content_type,
            etag: self.etag,
            last_modified: self.last_modified,
            fetched_at,
            body_codec: BODY_CODEC,
            body: compress_body(&self.body),
            location: self.location.map(String::from),
        }
    }
}

/// Why the redirect policy stopped following; carried inside reqwest's error.
#[derive(Debug)]
enum RedirectStop {
    TooMany,
    Loop,
    Scheme(String),
}

impl std::fmt::Display for RedirectStop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedirectStop::TooMany => f.write_str("too many redirects"),
            RedirectStop::Loop => f.write_str("redirect loop"),
            RedirectStop::Scheme(to) => write!(f, "redirect to a non-HTTP URL {to}"),
        }
    }
}

impl std::error::Error for RedirectStop {}

/// Media types accepted for each kind of resource, lowercase.
#[derive(Debug, Clone)]
struct Accepted {
    page: Vec<String>,
    sitemap: Vec<String>,
    feed: Vec<String>,
}

impl Accepted {
    fn for_resource(&self, want: Resource) -> &[String] {
        match want {
            Resource::Page => &self.page,
            Resource::Sitemap => &self.sitemap,
            Resource::Feed => &self.feed,
        }
    }
}

/// A bounded HTTP client for pages, sitemaps and feeds.
///
/// Cheap to clone (the connection pool is shared).
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    single: reqwest::Client,
    accepted: Accepted,
    accept_headers: [HeaderValue; 3],
    max_body_bytes: usize,
    max_error_body_bytes: usize,
    max_robots_bytes: usize,
    max_redirects: usize,
    connect_timeout: Duration,
    request_timeout: Duration,
}

fn accept_index(want: Resource) -> usize {
    match want {
        Resource::Page => 0,
        Resource::Sitemap => 1,
        Resource::Feed => 2,
    }
}

fn lowercase_list(setting: &'static str, list: &[String]) -> Result<Vec<String>, FetchError> {
    let out: Vec<String> = list
        .iter()
        .map(|t| media_type(t))
        .filter(|t| !t.is_empty())
        .collect();
    if out.is_empty() {
        return Err(FetchError::InvalidConfig {
            setting,
            reason: "needs at least one media type such as \"text/html\"".into(),
        });
    }
    Ok(out)
}

fn accept_header(setting: &'static str, types: &[String]) -> Result<HeaderValue, FetchError> {
    let value = format!("{}, */*;q=0.1", types.join(", "));
    HeaderValue::from_str(&value).map_err(|_| FetchError::InvalidConfig {
        setting,
        reason: format!("{value:?} is not a valid Accept header"),
    })
}

/// Walks an error's `source()` chain for an error of type `T`.
fn find_source<'a, T: std::error::Error + 'static>(
    err: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut cur = Some(err);
    while let Some(e) = cur {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        cur = e.source();
    }
    None
}

fn header_string(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

impl Fetcher {
    /// Builds the client from the `[fetch]` settings, checking every value.
    pub fn new(cfg: &FetchConfig) -> Result<Fetcher, FetchError> {
        let request_timeout = cfg.request_timeout()?;
        let connect_timeout = cfg.connect_timeout()?;
        for (setting, value) in [
            ("fetch.max_body_bytes", cfg.max_body_bytes),
            ("fetch.max_robots_bytes", cfg.max_robots_bytes),
        ] {
            if value == 0 {
                return Err(FetchError::InvalidConfig {
                    setting,
                    reason: "must be at least 1 byte".into(),
                });
            }
        }
        let user_agent =
            HeaderValue::from_str(&cfg.user_agent).map_err(|_| FetchError::InvalidConfig {
                setting: "fetch.user_agent",
                reason: format!(
                    "{:?} is not a valid header value (printable ASCII only)",
                    cfg.user_agent
                ),
            })?;
        let accepted = Accepted {
            page: lowercase_list("fetch.page_content_types", &cfg.page_content_types)?,
            sitemap: lowercase_list("fetch.sitemap_content_types", &cfg.sitemap_content_types)?,
            feed: lowercase_list("fetch.feed_content_types", &cfg.feed_content_types)?,
        };
        let accept_headers = [
            accept_header("fetch.page_content_types", &accepted.page)?,
            accept_header("fetch.sitemap_content_types", &accepted.sitemap)?,
            accept_header("fetch.feed_content_types", &accepted.feed)?,
        ];
        let max_redirects = cfg.max_redirects;
        let policy = redirect::Policy::custom(move |attempt| {
            let next = attempt.url();
            if next.scheme() != "http" && next.scheme() != "https" {
                let to = next.to_string();
                return attempt.error(RedirectStop::Scheme(to));
            }
            if attempt.previous().iter().any(|u| u == next) {
                return attempt.error(RedirectStop::Loop);
            }
            // `previous` holds the original URL and every redirect target so far.
            if attempt.previous().len() > max_redirects {
                return attempt.error(RedirectStop::TooMany);
            }
            attempt.follow()
        });
        let build = |policy: redirect::Policy| {
            let mut builder = reqwest::Client::builder()
                .user_agent(user_agent.clone())
                .timeout(request_timeout)
                .connect_timeout(connect_timeout)
                .redirect(policy)
                .gzip(true)
                .brotli(true)
                .deflate(true);
            if !cfg.use_env_proxy {
                builder = builder.no_proxy();
            }
            builder.build().map_err(|e| FetchError::Client(chain(&e)))
        };
        let client = build(policy)?;
        let single = build(redirect::Policy::none())?;
        Ok(Fetcher {
            client,
            single,
            accepted,
            accept_headers,
            max_body_bytes: cfg.max_body_bytes,
            max_error_body_bytes: cfg.max_error_body_bytes,
            max_robots_bytes: cfg.max_robots_bytes,
            max_redirects,
            connect_timeout,
            request_timeout,
        })
    }

    /// GETs `url` expecting a `want`, conditionally when `validators` are given.
    ///
    /// Any HTTP status comes back as a page (classify it with [`crate::classify_status`]); an
    /// error means no usable response: see [`FetchError`] and its
    /// [`Classify`](crawl_core::disposition::Classify) impl. Each call emits one event (log line
    /// and metrics).
    pub async fn fetch(
        &self,
        url: &Url,
        want: Resource,
        validators: Option<&Validators>,
    ) -> Result<FetchedPage, FetchError> {
        self.fetch_logged(&self.client, url, Some(want), validators)
            .await
    }

    /// Like [`fetch`](Self::fetch), but a redirect is not followed: the 3xx comes back with
    /// its [`location`](FetchedPage::location), for the crawl to queue as a URL of its own, so
    /// that every URL of a redirect chain is deduplicated, scoped and paced like any other.
    pub async fn fetch_single(
        &self,
        url: &Url,
        want: Resource,
        validators: Option<&Validators>,
    ) -> Result<FetchedPage, FetchError> {
        self.fetch_logged(&self.single, url, Some(want), validators)
            .await
    }

    /// GETs a `robots.txt`: no content-type filter (robots files come as anything), body cap
    /// `fetch.max_robots_bytes` (RFC 9309 asks for at least 500 KiB), redirects as for pages.
    /// Interpreting the status (4xx = allow all, 5xx = disallow for now) is the caller's job.
    pub async fn fetch_robots(&self, url: &Url) -> Result<FetchedPage, FetchError> {
        self.fetch_logged(&self.client, url, None, None).await
    }

    async fn fetch_logged(
        &self,
        client: &reqwest::Client,
        url: &Url,
        want: Option<Resource>,
        validators: Option<&Validators>,
    ) -> Result<FetchedPage, FetchError> {
        let started = std::time::Instant::now();
        let result = self
            .fetch_inner(client, url, want, validators, started)
            .await;
        match &result {
            Ok(page) => Responded {
                url,
                final_url: &page.final_url,
                status: page.status,
                bytes: page.body.len(),
                truncated: page.truncated,
                elapsed: page.elapsed,
            }
            .emit(),
            Err(error) => Failed {
                url,
                error,
                elapsed: started.elapsed(),
            }
            .emit(),
        }
        result
    }

    fn check_type(&self, url: &Url, want: Resource, found: Option<&str>) -> Result<(), FetchError> {
        let ok = found.is_some_and(|t| {
            let t = media_type(t);
            self.accepted.for_resource(want).contains(&t)
        });
        if ok {
            Ok(())
        } else {
            Err(FetchError::UnwantedContentType {
                url: url.to_string(),
                found: found.map(str::to_owned),
                want,
            })
        }
    }

    async fn fetch_inner(
        &self,
        client: &reqwest::Client,
        url: &Url,
        want: Option<Resource>,
        validators: Option<&Validators>,
        started: std::time::Instant,
    ) -> Result<FetchedPage, FetchError> {
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(FetchError::InvalidUrl {
                url: url.to_string(),
                reason: format!("scheme {:?} is not http or https", url.scheme()),
            });
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(FetchError::InvalidUrl {
                url: url.to_string(),
                reason: "no host".into(),
            });
        }
        let mut request = client.get(url.clone()).header(
            header::ACCEPT,
            match want {
                Some(w) => self.accept_headers[accept_index(w)].clone(),
                None => HeaderValue::from_static("text/plain, */*;q=0.1"),
            },
        );
        if let Some(v) = validators {
            // A validator that is not a valid header value is useless: fetch unconditionally.
            if let Some(etag) = v
                .etag
                .as_deref()
                .and_then(|s| HeaderValue::from_str(s).ok())
            {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = v
                .last_modified
                .as_deref()
                .and_then(|s| HeaderValue::from_str(s).ok())
            {
                request = request.header(header::IF_MODIFIED_SINCE, lm);
            }
        }
        let mut response = request.send().await.map_err(|e| self.map_error(url, &e))?;

        let status = response.status().as_u16();
        let final_url = response.url().clone();
        let headers = response.headers();
        let header_type = header_string(headers, header::CONTENT_TYPE);
        let etag = header_string(headers, header::ETAG);
        let last_modified = header_string(headers, header::LAST_MODIFIED);
        let retry_after = header_string(headers, header::RETRY_AFTER)
            .and_then(|v| parse_retry_after(&v, SystemTime::now()));
        let location = if (300..400).contains(&status) {
            header_string(headers, header::LOCATION).and_then(|l| final_url.join(&l).ok())
        } else {
            None
        };

        let is_success = (200..300).contains(&status);
        // 204/205 carry no body by definition: nothing to filter. Robots files are not filtered.
        let filter = want.filter(|_| is_success && status != 204 && status != 205);
        let check_content = filter.is_some();
        let needs_sniff = check_content
            && header_type
                .as_deref()
                .is_none_or(|t| matches!(media_type(t).as_str(), "" | "application/octet-stream"));
        if let (Some(want), false) = (filter, needs_sniff) {
            // Refuse before downloading anything.
            self.check_type(&final_url, want, header_type.as_deref())?;
        }

        let cap = if !is_success {
            self.max_error_body_bytes
        } else if want.is_some() {
            self.max_body_bytes
        } else {
            self.max_robots_bytes
        };
        let size_hint = response.content_length().unwrap_or(0).min(64 * 1024) as usize;
        let mut body = Vec::with_capacity(size_hint.min(cap));
        let mut truncated = false;
        let mut content_type = header_type;
        let mut sniffed = !needs_sniff;
        loop {
            let chunk = response
                .chunk()
                .await
                .map_err(|e| self.map_error(&final_url, &e))?;
            let Some(chunk) = chunk else { break };
            if chunk.is_empty() {
                continue;
            }
            let room = cap - body.len();
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                truncated = true;
            } else {
                body.extend_from_slice(&chunk);
            }
            if let (Some(want), false) = (filter, sniffed) {
                sniffed = true;
                let guess = sniff_media_type(&body);
                self.check_type(&final_url, want, guess)?;
                content_type = guess.map(str::to_owned);
            }
            if truncated {
                // Dropping the response closes the connection: the rest is never downloaded.
                break;
            }
        }
        if let (Some(want), false) = (filter, sniffed) {
            // An empty 2xx body without a type: nothing we could use.
            self.check_type(&final_url, want, None)?;
        }
        Ok(FetchedPage {
            final_url,
            status,
            content_type,
            etag,
            last_modified,
            retry_after,
            body,
            truncated,
            location,
            elapsed: started.elapsed(),
        })
    }

    fn map_error(&self, url: &Url, err: &reqwest::Error) -> FetchError {
        let url_s = url.to_string();
        if let Some(stop) = find_source::<RedirectStop>(err) {
            return match stop {
                RedirectStop::TooMany => FetchError::TooManyRedirects {
                    url: url_s,
                    max: self.max_redirects,
                },
                RedirectStop::Loop => FetchError::RedirectLoop { url: url_s },
                RedirectStop::Scheme(to) => FetchError::InvalidUrl {
                    url: url_s,
                    reason: format!("redirects to {to}, which is not http or https"),
                },
            };
        }
        let detail = chain(err);
        if err.is_timeout() {
            return FetchError::Timeout {
                url: url_s,
                connect: self.connect_timeout,
                request: self.request_timeout,
            };
        }
        // reqwest has no TLS predicate; rustls' messages name certificates or the handshake.
        let lower = detail.to_ascii_lowercase();
        if err.is_connect()
            && (lower.contains("certificate")
                || lower.contains("handshake")
                || lower.contains("tls"))
        {
            return FetchError::Tls { url: url_s, detail };
        }
        if err.is_connect() {
            return FetchError::Connect { url: url_s, detail };
        }
        if err.is_redirect() {
            return FetchError::TooManyRedirects {
                url: url_s,
                max: self.max_redirects,
            };
        }
        if err.is_body() || err.is_decode() {
            return FetchError::Body { url: url_s, detail };
        }
        FetchError::Request { url: url_s, detail }
    }
}
