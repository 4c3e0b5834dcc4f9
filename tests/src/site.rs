//! A scriptable web site on 127.0.0.1 for crawl-policy tests: pages by path (mutable during
//! the test), robots.txt, sitemaps and feeds, an infinite calendar, session-id links,
//! redirects, throttling (429/503 with `Retry-After`) and conditional GET (ETag). It records
//! every request with its arrival time, so tests assert on what the server saw.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Response, StatusCode, Uri};
use axum::Router;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One resource the site serves.
#[derive(Debug, Clone)]
pub struct Resource {
    /// HTTP status.
    pub status: u16,
    /// Content-Type header.
    pub content_type: String,
    /// Body.
    pub body: String,
    /// Extra headers (e.g. `Location`, `Retry-After`).
    pub headers: Vec<(String, String)>,
    /// Send an `ETag` (hash of the body) and answer a matching `If-None-Match` with 304.
    pub etag: bool,
}

impl Resource {
    /// A 200 HTML page.
    pub fn html(body: impl Into<String>) -> Resource {
        Resource::with_type("text/html; charset=utf-8", body)
    }

    /// A 200 response of another media type.
    pub fn with_type(content_type: &str, body: impl Into<String>) -> Resource {
        Resource {
            status: 200,
            content_type: content_type.to_string(),
            body: body.into(),
            headers: Vec::new(),
            etag: false,
        }
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Resource {
        Resource {
            status,
            content_type: "text/plain".into(),
            body: String::new(),
            headers: vec![("location".into(), location.into())],
            etag: false,
        }
    }

    /// The same resource with conditional GET support.
    pub fn with_etag(mut self) -> Resource {
        self.etag = true;
        self
    }
}

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    /// When it arrived.
    pub at: Instant,
    /// Path and query.
    pub path: String,
    /// The status answered.
    pub status: u16,
    /// Whether it carried `If-None-Match` or `If-Modified-Since`.
    pub conditional: bool,
}

/// A throttle rule: the first `times` requests whose path starts with `prefix` get `status`
/// with `Retry-After: retry_after_secs`.
#[derive(Debug, Clone)]
struct Throttle {
    prefix: String,
    times: usize,
    status: u16,
    retry_after_secs: u64,
}

#[derive(Default)]
struct Inner {
    pages: HashMap<String, Resource>,
    log: Vec<Request>,
    throttles: Vec<Throttle>,
    calendar: bool,
}

/// The site. Dropping it stops nothing (the server task ends with the test's runtime).
#[derive(Clone)]
pub struct Site {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

impl Site {
    /// Starts an empty site on a free port of 127.0.0.1.
    pub async fn start() -> Site {
        let inner: Arc<Mutex<Inner>> = Arc::default();
        let app = Router::new().fallback(serve).with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind test site");
        let addr = listener.local_addr().expect("test site address");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Site {
            base: format!("http://{addr}"),
            inner,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The `host:port` of the site, as the fetcher keys its politeness.
    pub fn host(&self) -> String {
        self.base.trim_start_matches("http://").to_string()
    }

    /// Serves `resource` at `path` (path and query, e.g. `/a?b=1`), replacing what was there.
    pub fn put(&self, path: &str, resource: Resource) {
        self.lock().pages.insert(path.to_string(), resource);
    }

    /// Serves an infinite calendar under `/calendar/{year}/{month}`: every month links to the
    /// previous and the next one, for ever.
    pub fn add_calendar(&self) {
        self.lock().calendar = true;
    }

    /// The first `times` requests under `prefix` are answered `status` with `Retry-After`.
    pub fn throttle(&self, prefix: &str, times: usize, status: u16, retry_after_secs: u64) {
        self.lock().throttles.push(Throttle {
            prefix: prefix.to_string(),
            times,
            status,
            retry_after_secs,
        });
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<Request> {
        self.lock().log.clone()
    }

    /// How often each path was requested.
    pub fn hits(&self) -> HashMap<String, usize> {
        let mut hits = HashMap::new();
        for r in &self.lock().log {
            *hits.entry(r.path.clone()).or_insert(0) += 1;
        }
        hits
    }

    /// How often `path` was requested.
    pub fn hits_of(&self, path: &str) -> usize {
        self.lock().log.iter().filter(|r| r.path == path).count()
    }
}

fn etag_of(body: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    format!("\"{:016x}\"", h.finish())
}

fn calendar_page(path: &str) -> Option<Resource> {
    let rest = path.strip_prefix("/calendar/")?;
    let (y, m) = rest.split_once('/')?;
    let (y, m): (i32, i32) = (y.parse().ok()?, m.trim_end_matches('/').parse().ok()?);
    if !(1..=12).contains(&m) {
        return None;
    }
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Some(Resource::html(format!(
        "<!doctype html><html><head><title>Events {y}-{m:02}</title></head><body>\
         <h1>Events in {y}-{m:02}</h1><p>No events this month.</p>\
         <a href=\"/calendar/{py}/{pm:02}\">previous month</a> \
         <a href=\"/calendar/{ny}/{nm:02}\">next month</a></body></html>"
    )))
}

async fn serve(
    State(inner): State<Arc<Mutex<Inner>>>,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| uri.path().to_string());
    let if_none_match = headers
        .get("if-none-match")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let conditional = if_none_match.is_some() || headers.contains_key("if-modified-since");
    let mut g = inner.lock().unwrap_or_else(|p| p.into_inner());
    let throttled = g
        .throttles
        .iter_mut()
        .find(|t| t.times > 0 && path.starts_with(&t.prefix))
        .map(|t| {
            t.times -= 1;
            (t.status, t.retry_after_secs)
        });
    let resource = match throttled {
        Some((status, retry)) => Some(Resource {
            status,
            content_type: "text/plain".into(),
            body: "slow down".into(),
            headers: vec![("retry-after".into(), retry.to_string())],
            etag: false,
        }),
        None => g.pages.get(&path).cloned().or_else(|| {
            if g.calendar {
                calendar_page(uri.path())
            } else {
                None
            }
        }),
    };
    let resource = resource.unwrap_or(Resource {
        status: 404,
        content_type: "text/html".into(),
        body: "<html><body>not found</body></html>".into(),
        headers: Vec::new(),
        etag: false,
    });
    let etag = resource.etag.then(|| etag_of(&resource.body));
    let not_modified = etag.is_some() && etag == if_none_match;
    let status = if not_modified { 304 } else { resource.status };
    g.log.push(Request {
        at: Instant::now(),
        path,
        status,
        conditional,
    });
    drop(g);
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("content-type", resource.content_type.as_str());
    for (k, v) in &resource.headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    if let Some(e) = &etag {
        builder = builder.header("etag", e.as_str());
    }
    let body = if not_modified {
        Body::empty()
    } else {
        Body::from(resource.body)
    };
    builder
        .body(body)
        .unwrap_or_else(|_| Response::new(Body::from("bad test response")))
}

/// An article page of the news-like site: headline, byline, three paragraphs with `marker`,
/// a canonical link, and the usual chrome (navigation, share bar, footer) around it.
pub fn article_page(title: &str, marker: &str, canonical: &str, extra_links: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title} | Harbour Times</title>\
         <link rel=\"canonical\" href=\"{canonical}\">\
         <meta property=\"og:site_name\" content=\"Harbour Times\">\
         <meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/section/local\">Local</a></nav></header>\
         <article><h1>{title}</h1><p class=\"byline\">By Ada Reporter</p>\
         <p>The city council voted on Tuesday to approve the long-debated harbour plan, which \
         will add new housing, a public promenade and a ferry terminal over the next decade.</p>\
         <p>{marker} Supporters said the project would bring jobs back to the waterfront, while \
         opponents worried about rising rents and the loss of the old fish market.</p>\
         <p>Construction is expected to begin next spring, after a final review of the study \
         and a round of public hearings in each affected neighbourhood of the district.</p>\
         </article><aside>{extra_links}</aside>\
         <footer><p>Copyright Harbour Times.</p></footer></body></html>"
    )
}

/// A hub page listing `links` (`(href, text)`).
pub fn hub_page(title: &str, head_extra: &str, links: &[(String, String)]) -> String {
    let items: String = links
        .iter()
        .map(|(href, text)| format!("<li><a href=\"{href}\">{text}</a></li>"))
        .collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         {head_extra}</head><body><main><h1>{title}</h1><ul>{items}</ul></main></body></html>"
    )
}

/// An RSS 2.0 feed of `items` (`(absolute link, title)`).
pub fn rss_feed(items: &[(String, String)]) -> String {
    let entries: String = items
        .iter()
        .map(|(link, title)| {
            format!(
                "<item><title>{title}</title><link>{link}</link>\
                 <pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Times</title>\
         <link>http://example.invalid/</link><description>News</description>{entries}\
         </channel></rss>"
    )
}

/// An XML sitemap of `urls` (absolute).
pub fn sitemap(urls: &[String]) -> String {
    let entries: String = urls
        .iter()
        .map(|u| format!("<url><loc>{u}</loc></url>"))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{entries}</urlset>"
    )
}

/// Requests whose paths satisfy `keep`, as (seconds since the first request, path).
pub fn timeline(requests: &[Request], keep: impl Fn(&str) -> bool) -> Vec<(f64, String)> {
    let Some(first) = requests.first().map(|r| r.at) else {
        return Vec::new();
    };
    requests
        .iter()
        .filter(|r| keep(&r.path))
        .map(|r| (r.at.duration_since(first).as_secs_f64(), r.path.clone()))
        .collect()
}

/// The most requests of `requests` that fall within any window of `window`.
pub fn max_in_window(requests: &[Request], window: Duration) -> usize {
    let times: Vec<Instant> = requests.iter().map(|r| r.at).collect();
    (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| t.duration_since(times[i]) < window)
                .count()
        })
        .max()
        .unwrap_or(0)
}
