//! Single-threaded throughput of parse-only (html5ever via scraper) against the full extractor.
//!
//! `cargo bench -p crawl-extract --bench throughput -- [CORPUS_DIR] [LIMIT]`
//! (default corpus: `../shared/corpus/wcxb-dev` relative to the workspace root). The peers
//! (`dom_smoothie`, `rs-trafilatura`, `trafilatura`) are timed by the separate package in
//! `benches/peers/`, so that their dependencies never reach this crate.

use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn load(dir: &std::path::Path, limit: usize) -> Vec<(url::Url, Vec<u8>)> {
    let truth: serde_json::Value = std::fs::read(dir.join("ground-truth.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(serde_json::Value::Null);
    let mut ids: Vec<String> = truth
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    ids.sort();
    ids.truncate(limit);
    let mut out = Vec::new();
    for id in ids {
        let url = truth[&id]["url"]
            .as_str()
            .and_then(|u| url::Url::parse(u).ok())
            .unwrap_or_else(|| url::Url::parse("http://localhost/").unwrap());
        let Ok(f) = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))) else {
            continue;
        };
        let mut html = Vec::new();
        if flate2::read::GzDecoder::new(f)
            .read_to_end(&mut html)
            .is_ok()
        {
            out.push((url, html));
        }
    }
    out
}

fn report(name: &str, pages: usize, bytes: usize, t: Duration, base: Option<Duration>) {
    let s = t.as_secs_f64();
    let ratio = base.map_or(1.0, |b| b.as_secs_f64() / s);
    println!(
        "{name:<14} {:>8.1} pages/s {:>7.2} MB/s  {:>5.2}x parse-only",
        pages as f64 / s,
        bytes as f64 / 1e6 / s,
        ratio
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dir = args.first().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wcxb-dev")
    });
    let limit = args
        .get(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(usize::MAX);
    let pages = load(&dir, limit);
    if pages.is_empty() {
        println!("no pages under {}: nothing to time", dir.display());
        return;
    }
    let bytes: usize = pages.iter().map(|(_, h)| h.len()).sum();
    println!(
        "{} pages, {:.1} MB from {}",
        pages.len(),
        bytes as f64 / 1e6,
        dir.display()
    );

    let t = Instant::now();
    let mut n = 0usize;
    for (_, html) in &pages {
        let text = crawl_extract::encoding::decode_html(html, None);
        let doc = scraper::Html::parse_document(&text);
        n += doc.tree.nodes().count();
    }
    let parse = t.elapsed();
    std::hint::black_box(n);
    report("parse-only", pages.len(), bytes, parse, None);

    let t = Instant::now();
    let mut n = 0usize;
    for (url, html) in &pages {
        n += crawl_extract::extract(html, url, None).body.len();
    }
    let ours = t.elapsed();
    std::hint::black_box(n);
    report("crawl-extract", pages.len(), bytes, ours, Some(parse));
}
