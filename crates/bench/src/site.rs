//! A local site made of an extraction corpus, for crawling at full speed on 127.0.0.1.
//!
//! Layout: `/` links to hub pages `/hub/<n>`, each linking to up to `per_hub` corpus pages
//! `/page/<copy>/<id>`. Each corpus page can be served under several copies (`copies`), to see
//! how the fleet behaves as the crawl grows while the pages stay the same. Pages are served as
//! stored: gzip with `Content-Encoding: gzip` (decompressed for a client that does not accept
//! gzip), `text/html` without a charset, so the extractor sniffs the encoding as a browser
//! would. `robots.txt` is a 404 (no restrictions).

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path as FsPath;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// One corpus page as stored: its id (file name without `.html.gz`) and gzip bytes.
#[derive(Debug, Clone)]
pub struct CorpusPage {
    /// File stem, e.g. `0042`.
    pub id: String,
    /// The gzip-compressed HTML.
    pub gz: Vec<u8>,
}

/// Reads every `<dir>/html/*.html.gz` of a corpus, in file-name order.
pub fn load_corpus(dir: &FsPath) -> std::io::Result<Vec<CorpusPage>> {
    let html = dir.join("html");
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&html).map_err(|e| {
        std::io::Error::new(e.kind(), format!("cannot read {}: {e}", html.display()))
    })? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        pages.push(CorpusPage {
            id: id.to_string(),
            gz: std::fs::read(&path)?,
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

struct SiteState {
    pages: Vec<CorpusPage>,
    index: HashMap<String, usize>,
    copies: usize,
    per_hub: usize,
    first_request: Mutex<HashMap<String, Instant>>,
    requests: AtomicU64,
    bytes_sent: AtomicU64,
}

impl SiteState {
    fn urls_total(&self) -> usize {
        self.pages.len() * self.copies
    }

    fn hubs(&self) -> usize {
        self.urls_total().div_ceil(self.per_hub.max(1))
    }

    /// Path of the `n`-th page URL of the site.
    fn page_path(&self, n: usize) -> String {
        let copy = n / self.pages.len().max(1);
        let page = &self.pages[n % self.pages.len().max(1)];
        format!("/page/{copy}/{}", page.id)
    }

    fn record(&self, path: &str) {
        self.requests.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut first) = self.first_request.lock() {
            first.entry(path.to_string()).or_insert_with(Instant::now);
        }
    }
}

/// The running site.
pub struct CorpusSite {
    /// Base URL, `http://127.0.0.1:<port>`.
    pub base: String,
    state: Arc<SiteState>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for CorpusSite {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl CorpusSite {
    /// Serves `pages` on a free port of 127.0.0.1, each under `copies` URLs, `per_hub` links
    /// per hub page.
    pub async fn start(
        pages: Vec<CorpusPage>,
        copies: usize,
        per_hub: usize,
    ) -> std::io::Result<CorpusSite> {
        let index = pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let state = Arc::new(SiteState {
            pages,
            index,
            copies: copies.max(1),
            per_hub: per_hub.max(1),
            first_request: Mutex::new(HashMap::new()),
            requests: AtomicU64::new(0),
            bytes_sent: AtomicU64::new(0),
        });
        let app = Router::new()
            .route("/", get(home))
            .route("/hub/{n}", get(hub))
            .route("/page/{copy}/{id}", get(page))
            .fallback(not_found)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(CorpusSite {
            base: format!("http://{addr}"),
            state,
            server,
        })
    }

    /// `host:port` of the site, the key of the per-host rate setting.
    pub fn host_port(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    /// The URL of the home page (the crawl's seed).
    pub fn home(&self) -> String {
        format!("{}/", self.base)
    }

    /// Every page URL (not the home and hub pages), in hub order.
    pub fn page_urls(&self) -> Vec<String> {
        (0..self.state.urls_total())
            .map(|n| format!("{}{}", self.base, self.state.page_path(n)))
            .collect()
    }

    /// Number of hub pages.
    pub fn hub_count(&self) -> usize {
        self.state.hubs()
    }

    /// Requests served so far (any path).
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::Relaxed)
    }

    /// Body bytes sent so far.
    pub fn bytes_sent(&self) -> u64 {
        self.state.bytes_sent.load(Ordering::Relaxed)
    }

    /// When each URL was first requested.
    pub fn first_requests(&self) -> HashMap<String, Instant> {
        let first = self
            .state
            .first_request
            .lock()
            .map(|f| f.clone())
            .unwrap_or_default();
        first
            .into_iter()
            .map(|(path, at)| (format!("{}{path}", self.base), at))
            .collect()
    }

    /// Forgets who requested what (between two runs on the same site).
    pub fn reset_log(&self) {
        if let Ok(mut f) = self.state.first_request.lock() {
            f.clear();
        }
    }
}

fn listing(title: &str, links: impl Iterator<Item = (String, String)>) -> Html<String> {
    let items: String = links
        .map(|(href, text)| format!("<li><a href=\"{href}\">{text}</a></li>\n"))
        .collect();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><h1>{title}</h1><ul>\n{items}</ul></body></html>"
    ))
}

async fn home(State(s): State<Arc<SiteState>>) -> Html<String> {
    s.record("/");
    listing(
        "Corpus front page",
        (0..s.hubs()).map(|h| (format!("/hub/{h}"), format!("Section {h}"))),
    )
}

async fn hub(State(s): State<Arc<SiteState>>, Path(n): Path<usize>) -> Response {
    let path = format!("/hub/{n}");
    s.record(&path);
    if n >= s.hubs() {
        return (StatusCode::NOT_FOUND, "no such hub").into_response();
    }
    let start = n * s.per_hub;
    let end = (start + s.per_hub).min(s.urls_total());
    listing(
        &format!("Section {n}"),
        (start..end).map(|i| (s.page_path(i), format!("Story {i}"))),
    )
    .into_response()
}

async fn page(
    State(s): State<Arc<SiteState>>,
    Path((copy, id)): Path<(usize, String)>,
    headers: HeaderMap,
) -> Response {
    let path = format!("/page/{copy}/{id}");
    s.record(&path);
    let Some(&i) = s.index.get(&id).filter(|_| copy < s.copies) else {
        return (StatusCode::NOT_FOUND, "no such page").into_response();
    };
    let gz = &s.pages[i].gz;
    let accepts_gzip = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("gzip"));
    let html_type = (header::CONTENT_TYPE, "text/html");
    if accepts_gzip {
        s.bytes_sent.fetch_add(gz.len() as u64, Ordering::Relaxed);
        return (
            StatusCode::OK,
            [html_type, (header::CONTENT_ENCODING, "gzip")],
            gz.clone(),
        )
            .into_response();
    }
    let mut html = Vec::new();
    match flate2::read::GzDecoder::new(gz.as_slice()).read_to_end(&mut html) {
        Ok(_) => {
            s.bytes_sent.fetch_add(html.len() as u64, Ordering::Relaxed);
            (StatusCode::OK, [html_type], html).into_response()
        }
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("corpus page {id} is not valid gzip: {e}"),
        )
            .into_response(),
    }
}

async fn not_found(State(s): State<Arc<SiteState>>, uri: axum::http::Uri) -> Response {
    s.record(uri.path());
    (StatusCode::NOT_FOUND, "not found").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gz(text: &str) -> Vec<u8> {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(text.as_bytes()).unwrap();
        enc.finish().unwrap()
    }

    #[tokio::test]
    async fn hubs_link_every_copy_of_every_page() {
        let pages = (0..5)
            .map(|i| CorpusPage {
                id: format!("{i:04}"),
                gz: gz(&format!("<html><body>page {i}</body></html>")),
            })
            .collect();
        let site = CorpusSite::start(pages, 2, 3).await.unwrap();
        let urls = site.page_urls();
        assert_eq!(urls.len(), 10);
        assert_eq!(site.hub_count(), 4);
        assert!(urls.contains(&format!("{}/page/1/0004", site.base)));
        let mut linked = Vec::new();
        for h in 0..site.hub_count() {
            let text = fetch_text(&format!("{}/hub/{h}", site.base)).await;
            linked.extend(urls.iter().filter(|u| {
                let path = u.trim_start_matches(&site.base);
                text.contains(&format!("href=\"{path}\""))
            }));
        }
        linked.sort();
        linked.dedup();
        assert_eq!(linked.len(), urls.len());
        let body = fetch_text(&format!("{}/page/1/0003", site.base)).await;
        assert!(body.contains("page 3"), "{body}");
        assert!(site.first_requests().contains_key(&urls[8]));
    }

    /// A plain HTTP/1.1 GET without Accept-Encoding (the site must decompress).
    async fn fetch_text(url: &str) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let rest = url.trim_start_matches("http://");
        let (host, path) = rest.split_at(rest.find('/').unwrap());
        let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
        let req = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        s.write_all(req.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).await.unwrap();
        String::from_utf8_lossy(&out).into_owned()
    }
}
