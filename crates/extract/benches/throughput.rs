//! Single-threaded throughput of parse-only (html5ever via scraper) against the full extractor.
//!
//! `cargo bench -p crawl-extract --bench throughput -- [CORPUS_DIR] [LIMIT] [engine|parse]`
//! (default corpus: `../shared/corpus/wcxb-dev` relative to the workspace root; both timed
//! unless one is named). For instruction counts, stable on a busy machine, build it with
//! `--no-run` and run the binary under
//! `valgrind --tool=callgrind --toggle-collect='throughput::run_*'`: loading and gunzipping stay
//! outside the `run_*` functions. The peers (`dom_smoothie`, `rs-trafilatura`, `trafilatura`)
//! are timed by the separate package in `benches/peers/`, so that their dependencies never
//! reach this crate.

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
    let ratio = base.map_or(String::new(), |b| {
        format!("  {:>5.2}x parse-only", b.as_secs_f64() / s)
    });
    println!(
        "{name:<14} {:>8.1} pages/s {:>7.2} MB/s{ratio}",
        pages as f64 / s,
        bytes as f64 / 1e6 / s,
    );
}

/// Decoding and html5ever parsing only; returns the total node count.
#[inline(never)]
fn run_parse(pages: &[(url::Url, Vec<u8>)]) -> usize {
    pages
        .iter()
        .map(|(_, html)| {
            let text = crawl_extract::encoding::decode_html(html, None);
            scraper::Html::parse_document(&text).tree.nodes().count()
        })
        .sum()
}

/// The full engine over every page; returns the total body length.
#[inline(never)]
fn run_engine(pages: &[(url::Url, Vec<u8>)]) -> usize {
    pages
        .iter()
        .map(|(url, html)| crawl_extract::extract(html, url, None).body.len())
        .sum()
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

    let only = args.get(2).map(String::as_str);
    let parse = (only != Some("engine")).then(|| {
        let t = Instant::now();
        std::hint::black_box(run_parse(&pages));
        let parse = t.elapsed();
        report("parse-only", pages.len(), bytes, parse, Some(parse));
        parse
    });
    if only != Some("parse") {
        let t = Instant::now();
        std::hint::black_box(run_engine(&pages));
        report("crawl-extract", pages.len(), bytes, t.elapsed(), parse);
    }
}
