//! The fetcher against real HTTP servers on 127.0.0.1.

mod common;

use common::{serve, Body, Reply};
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::jobs::Resource;
use crawl_fetch::{classify_status, FetchConfig, FetchError, Fetcher, StatusClass, Validators};
use std::io::Write;
use std::time::{Duration, Instant, SystemTime};

fn config() -> FetchConfig {
    FetchConfig {
        use_env_proxy: false,
        request_timeout_secs: 10.0,
        connect_timeout_secs: 5.0,
        ..FetchConfig::default()
    }
}

fn fetcher(cfg: &FetchConfig) -> Fetcher {
    Fetcher::new(cfg).unwrap()
}

/// Waits (with a deadline) until the server has logged `n` finished bodies.
async fn wait_sent(server: &common::Server, n: usize) -> Vec<usize> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let sent = server.sent.lock().unwrap().clone();
        if sent.len() >= n {
            return sent;
        }
        assert!(Instant::now() < deadline, "server finished only {sent:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn sends_the_configured_user_agent_and_accept_headers() {
    let server = serve(|_| Reply::html("<html><title>t</title></html>")).await;
    let cfg = FetchConfig {
        user_agent: "test-agent/9 (+http://127.0.0.1/)".into(),
        ..config()
    };
    let page = fetcher(&cfg)
        .fetch(&server.url("/a"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!(page.status, 200);
    assert_eq!(page.body, b"<html><title>t</title></html>");
    assert_eq!(
        page.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert!(!page.truncated);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].path, "/a");
    assert_eq!(
        reqs[0].header("user-agent"),
        Some("test-agent/9 (+http://127.0.0.1/)")
    );
    let accept = reqs[0].header("accept").unwrap();
    assert!(
        accept.starts_with("text/html, application/xhtml+xml"),
        "{accept}"
    );
    let enc = reqs[0].header("accept-encoding").unwrap();
    for e in ["gzip", "br", "deflate"] {
        assert!(enc.contains(e), "accept-encoding {enc:?} lacks {e}");
    }
}

#[tokio::test]
async fn endless_body_is_cut_at_the_limit_and_not_downloaded() {
    const LIMIT: usize = 100_000;
    const GUARD: usize = 1 << 30;
    let server = serve(|_| {
        Reply::new(200)
            .header("content-type", "text/html")
            .endless(vec![b'x'; 8192], GUARD)
    })
    .await;
    let cfg = FetchConfig {
        max_body_bytes: LIMIT,
        ..config()
    };
    let page = fetcher(&cfg)
        .fetch(&server.url("/big"), Resource::Page, None)
        .await
        .unwrap();
    assert!(page.truncated);
    assert_eq!(page.body.len(), LIMIT);
    // The client hung up: the server could push only what socket buffers hold, not 1 GiB.
    let sent = wait_sent(&server, 1).await;
    assert!(sent[0] < 64 << 20, "server wrote {} bytes", sent[0]);
}

#[tokio::test]
async fn body_exactly_at_the_limit_is_whole_and_one_more_byte_is_truncated() {
    let server = serve(|r| {
        let n = if r.path == "/exact" { 1000 } else { 1001 };
        Reply::new(200)
            .header("content-type", "text/html")
            .body(vec![b'a'; n])
    })
    .await;
    let f = fetcher(&FetchConfig {
        max_body_bytes: 1000,
        ..config()
    });
    let exact = f
        .fetch(&server.url("/exact"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!((exact.body.len(), exact.truncated), (1000, false));
    let over = f
        .fetch(&server.url("/over"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!((over.body.len(), over.truncated), (1000, true));
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        w.write_all(data).unwrap();
    }
    out
}

#[tokio::test]
async fn gzip_brotli_and_deflate_bodies_are_decoded() {
    let text: Vec<u8> = "<html><p>Hello, compressed world.</p></html>\n"
        .repeat(200)
        .into_bytes();
    let t = text.clone();
    let server = serve(move |r| {
        let (enc, body) = match r.path.as_str() {
            "/gzip" => ("gzip", gzip(&t)),
            "/br" => ("br", brotli(&t)),
            _ => ("deflate", zlib(&t)),
        };
        Reply::new(200)
            .header("content-type", "text/html")
            .header("content-encoding", enc)
            .body(body)
    })
    .await;
    let f = fetcher(&config());
    for path in ["/gzip", "/br", "/deflate"] {
        let page = f
            .fetch(&server.url(path), Resource::Page, None)
            .await
            .unwrap();
        assert_eq!(page.body, text, "{path}");
        assert!(!page.truncated);
    }
    let sent = wait_sent(&server, 3).await;
    assert!(
        sent.iter().all(|n| *n < text.len() / 5),
        "not compressed on the wire: {sent:?}"
    );
}

#[tokio::test]
async fn gzip_bomb_is_cut_after_decompression() {
    let bomb = gzip(&vec![0u8; 50 << 20]);
    assert!(bomb.len() < 1 << 20);
    let server = serve(move |_| {
        Reply::new(200)
            .header("content-type", "text/html")
            .header("content-encoding", "gzip")
            .body(bomb.clone())
    })
    .await;
    let page = fetcher(&FetchConfig {
        max_body_bytes: 1 << 20,
        ..config()
    })
    .fetch(&server.url("/"), Resource::Page, None)
    .await
    .unwrap();
    assert!(page.truncated);
    assert_eq!(page.body.len(), 1 << 20);
}

#[tokio::test]
async fn redirects_are_followed_up_to_the_limit() {
    let server = serve(|r| {
        let path = r.path.as_str();
        if let Some(n) = path.strip_prefix("/hop/") {
            let n: u32 = n.parse().unwrap();
            let next = if n == 0 {
                "/final".to_owned()
            } else {
                format!("/hop/{}", n - 1)
            };
            Reply::new(302).header("location", &next)
        } else if let Some(n) = path.strip_prefix("/forever/") {
            let n: u32 = n.parse().unwrap();
            Reply::new(301).header("location", &format!("/forever/{}", n + 1))
        } else if path == "/loop-a" {
            Reply::new(302).header("location", "/loop-b")
        } else if path == "/loop-b" {
            Reply::new(302).header("location", "/loop-a")
        } else if path == "/ftp" {
            Reply::new(302).header("location", "ftp://127.0.0.1/x")
        } else {
            Reply::html("<html>final</html>")
        }
    })
    .await;
    let f = fetcher(&FetchConfig {
        max_redirects: 3,
        ..config()
    });
    // /hop/2 -> /hop/1 -> /hop/0 -> /final: three redirects, allowed.
    let page = f
        .fetch(&server.url("/hop/2"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!(page.status, 200);
    assert_eq!(page.final_url.path(), "/final");

    let before = server.requests().len();
    let err = f
        .fetch(&server.url("/forever/0"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(
        matches!(err, FetchError::TooManyRedirects { max: 3, .. }),
        "{err}"
    );
    assert_eq!(err.class(), FailureClass::Permanent);
    assert!(err.to_string().contains("fetch.max_redirects"), "{err}");
    assert_eq!(
        server.requests().len() - before,
        4,
        "original + 3 redirects"
    );

    let err = f
        .fetch(&server.url("/loop-a"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::RedirectLoop { .. }), "{err}");
    assert_eq!(err.class(), FailureClass::Permanent);

    let err = f
        .fetch(&server.url("/ftp"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::InvalidUrl { .. }), "{err}");
}

#[tokio::test]
async fn content_type_filter_per_resource_with_sniffing() {
    let server = serve(|r| match r.path.as_str() {
        "/png" => Reply::new(200)
            .header("content-type", "image/png")
            .body(b"\x89PNG\r\n\x1a\n....".to_vec()),
        "/untyped-html" => Reply::new(200).body(b"  <!DOCTYPE html><html></html>".to_vec()),
        "/untyped-png" => Reply::new(200).body(b"\x89PNG\r\n\x1a\n....".to_vec()),
        "/octet-rss" => Reply::new(200)
            .header("content-type", "application/octet-stream")
            .body(b"<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>".to_vec()),
        "/rss" => Reply::new(200)
            .header("content-type", "application/rss+xml; charset=utf-8")
            .body(b"<rss/>".to_vec()),
        "/sitemap" => Reply::new(200)
            .header("content-type", "text/xml")
            .body(b"<urlset/>".to_vec()),
        "/missing" => Reply::new(404)
            .header("content-type", "image/png")
            .body(b"nope".to_vec()),
        _ => Reply::new(200),
    })
    .await;
    let f = fetcher(&config());
    let fetch = |path: &'static str, want| {
        let f = f.clone();
        let url = server.url(path);
        async move { f.fetch(&url, want, None).await }
    };

    let err = fetch("/png", Resource::Page).await.unwrap_err();
    match &err {
        FetchError::UnwantedContentType { found, want, .. } => {
            assert_eq!(found.as_deref(), Some("image/png"));
            assert_eq!(*want, Resource::Page);
        }
        other => panic!("expected unwanted content type, got {other}"),
    }
    assert_eq!(err.class(), FailureClass::Permanent);

    let page = fetch("/untyped-html", Resource::Page).await.unwrap();
    assert_eq!(page.content_type.as_deref(), Some("text/html"));
    assert!(matches!(
        fetch("/untyped-png", Resource::Page).await,
        Err(FetchError::UnwantedContentType { found: None, .. })
    ));
    let feed = fetch("/octet-rss", Resource::Feed).await.unwrap();
    assert_eq!(feed.content_type.as_deref(), Some("application/rss+xml"));

    assert!(fetch("/rss", Resource::Feed).await.is_ok());
    assert!(matches!(
        fetch("/rss", Resource::Page).await,
        Err(FetchError::UnwantedContentType { .. })
    ));
    assert!(fetch("/sitemap", Resource::Sitemap).await.is_ok());
    assert!(fetch("/sitemap", Resource::Feed).await.is_ok());
    assert!(fetch("/sitemap", Resource::Page).await.is_err());
    // Empty 2xx without a type: nothing usable.
    assert!(matches!(
        fetch("/empty", Resource::Page).await,
        Err(FetchError::UnwantedContentType { found: None, .. })
    ));
    // The filter is for pages we would pass on; a 404 is returned whatever its type.
    let gone = fetch("/missing", Resource::Page).await.unwrap();
    assert_eq!(gone.status, 404);
    assert_eq!(classify_status(gone.status), StatusClass::Gone);
}

#[tokio::test]
async fn too_many_requests_carries_retry_after() {
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(120));
    let server = serve(move |r| match r.path.as_str() {
        "/seconds" => Reply::new(429)
            .header("retry-after", "7")
            .header("content-type", "text/plain")
            .body(b"slow down".to_vec()),
        _ => Reply::new(503).header("retry-after", &date),
    })
    .await;
    let f = fetcher(&config());
    let page = f
        .fetch(&server.url("/seconds"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!(page.status, 429);
    assert_eq!(classify_status(page.status), StatusClass::RetryLater);
    assert_eq!(page.retry_after, Some(Duration::from_secs(7)));
    assert_eq!(page.body, b"slow down");

    let page = f
        .fetch(&server.url("/date"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!(page.status, 503);
    let wait = page.retry_after.unwrap();
    assert!(
        (Duration::from_secs(110)..=Duration::from_secs(121)).contains(&wait),
        "{wait:?}"
    );
}

#[tokio::test]
async fn error_bodies_are_capped_small() {
    let server = serve(|_| Reply::new(500).body(vec![b'e'; 1 << 20])).await;
    let page = fetcher(&FetchConfig {
        max_error_body_bytes: 1000,
        ..config()
    })
    .fetch(&server.url("/"), Resource::Page, None)
    .await
    .unwrap();
    assert_eq!(page.status, 500);
    assert_eq!(page.body.len(), 1000);
    assert!(page.truncated);
}

#[tokio::test]
async fn conditional_get_returns_not_modified() {
    let server = serve(|r| {
        if r.header("if-none-match") == Some("\"v1\"") {
            Reply::new(304).header("etag", "\"v1\"")
        } else {
            Reply::html("<html>v1</html>")
                .header("etag", "\"v1\"")
                .header("last-modified", "Wed, 21 Oct 2015 07:28:00 GMT")
        }
    })
    .await;
    let f = fetcher(&config());
    let first = f
        .fetch(&server.url("/"), Resource::Page, None)
        .await
        .unwrap();
    assert_eq!(first.status, 200);
    let validators = Validators::of(&first);
    assert_eq!(validators.etag.as_deref(), Some("\"v1\""));
    let second = f
        .fetch(&server.url("/"), Resource::Page, Some(&validators))
        .await
        .unwrap();
    assert_eq!(second.status, 304);
    assert_eq!(classify_status(second.status), StatusClass::NotModified);
    assert!(second.body.is_empty());
    let reqs = server.requests();
    assert_eq!(
        reqs[1].header("if-modified-since"),
        Some("Wed, 21 Oct 2015 07:28:00 GMT")
    );
}

#[tokio::test]
async fn a_silent_server_times_out_as_transient() {
    let server = serve(|_| Reply::new(200).stall(Duration::from_secs(30))).await;
    let f = fetcher(&FetchConfig {
        request_timeout_secs: 0.5,
        ..config()
    });
    let started = Instant::now();
    let err = f
        .fetch(&server.url("/"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
    assert_eq!(err.class(), FailureClass::Transient);
    assert!(
        err.to_string().contains("fetch.request_timeout_secs"),
        "{err}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_slow_endless_body_times_out_as_transient() {
    // The whole-request timeout covers the body too: a trickle cannot hold the worker forever.
    let server = serve(|_| {
        Reply::new(200)
            .header("content-type", "text/html")
            .endless(vec![b'x'; 16], usize::MAX)
    })
    .await;
    let f = fetcher(&FetchConfig {
        request_timeout_secs: 0.5,
        max_body_bytes: usize::MAX,
        ..config()
    });
    let err = f
        .fetch(&server.url("/"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
}

#[tokio::test]
async fn refused_connections_and_cut_bodies_are_transient() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let f = fetcher(&config());
    let url = url::Url::parse(&format!("http://127.0.0.1:{port}/")).unwrap();
    let err = f.fetch(&url, Resource::Page, None).await.unwrap_err();
    assert!(matches!(err, FetchError::Connect { .. }), "{err}");
    assert_eq!(err.class(), FailureClass::Transient);

    let server = serve(|_| Reply {
        status: 200,
        headers: vec![("content-type".into(), "text/html".into())],
        body: Body::Short {
            declared: 1000,
            sent: b"<html>".to_vec(),
        },
    })
    .await;
    let err = f
        .fetch(&server.url("/"), Resource::Page, None)
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Body { .. }), "{err}");
    assert_eq!(err.class(), FailureClass::Transient);
}

#[tokio::test]
async fn non_http_urls_are_refused_without_a_request() {
    let f = fetcher(&config());
    let err = f
        .fetch(
            &url::Url::parse("ftp://127.0.0.1/x").unwrap(),
            Resource::Page,
            None,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::InvalidUrl { .. }), "{err}");
    assert_eq!(err.class(), FailureClass::Permanent);
}

#[test]
fn bad_settings_are_refused_with_their_names() {
    for (cfg, name) in [
        (
            FetchConfig {
                user_agent: "bad\nagent".into(),
                ..config()
            },
            "fetch.user_agent",
        ),
        (
            FetchConfig {
                page_content_types: vec![],
                ..config()
            },
            "fetch.page_content_types",
        ),
        (
            FetchConfig {
                request_timeout_secs: 0.0,
                ..config()
            },
            "fetch.request_timeout_secs",
        ),
        (
            FetchConfig {
                max_body_bytes: 0,
                ..config()
            },
            "fetch.max_body_bytes",
        ),
    ] {
        let err = Fetcher::new(&cfg).unwrap_err().to_string();
        assert!(err.contains(name), "{err} should name {name}");
    }
}

#[tokio::test]
async fn robots_files_are_fetched_unfiltered_with_their_own_cap() {
    let server = serve(|r| match r.path.as_str() {
        "/robots.txt" => Reply::new(200)
            .header("content-type", "text/plain")
            .body(b"User-agent: *\nDisallow: /private\n".repeat(20_000)),
        "/moved/robots.txt" => Reply::new(301).header("location", "/untyped/robots.txt"),
        "/untyped/robots.txt" => Reply::new(200).body(b"User-agent: *\nAllow: /\n".to_vec()),
        _ => Reply::new(404).header("content-type", "text/html"),
    })
    .await;
    let f = fetcher(&FetchConfig {
        max_robots_bytes: 500 * 1024,
        max_body_bytes: 1000,
        ..config()
    });
    let big = f.fetch_robots(&server.url("/robots.txt")).await.unwrap();
    assert_eq!(big.status, 200);
    assert_eq!(big.body.len(), 500 * 1024);
    assert!(big.truncated);
    let reqs = server.requests();
    assert!(reqs[0].header("accept").unwrap().starts_with("text/plain"));

    let moved = f
        .fetch_robots(&server.url("/moved/robots.txt"))
        .await
        .unwrap();
    assert_eq!(moved.final_url.path(), "/untyped/robots.txt");
    assert_eq!(moved.body, b"User-agent: *\nAllow: /\n");
    assert_eq!(moved.content_type, None);

    let missing = f
        .fetch_robots(&server.url("/none/robots.txt"))
        .await
        .unwrap();
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn a_page_packs_into_a_page_job() {
    let html = "<html><p>packed</p></html>".repeat(100);
    let h = html.clone();
    let server = serve(move |_| Reply::html(&h).header("etag", "\"e\"")).await;
    let page = fetcher(&config())
        .fetch(&server.url("/p"), Resource::Page, None)
        .await
        .unwrap();
    let job = crawl_core::jobs::FetchJob::new(
        server.url("/p").to_string(),
        1,
        "c".into(),
        Default::default(),
        Resource::Page,
    );
    let packed = page.into_page_job(job.clone(), "2026-01-01T00:00:00Z".into());
    assert_eq!(packed.fetch, job);
    assert_eq!(packed.status, 200);
    assert_eq!(packed.etag.as_deref(), Some("\"e\""));
    assert!(packed.body.len() < html.len() / 5);
    let body = packed.unpack_body(1 << 20).unwrap();
    assert_eq!(body, html.as_bytes());
}
