//! Runs the engine alone (or html5ever parsing alone) over a corpus slice on one thread, for
//! deterministic profiling with callgrind or `perf record`.
//!
//! `cargo build --release -p crawl-extract --example engine_run`, then
//! `valgrind --tool=callgrind --toggle-collect='engine_run::run_*' \
//!   ./target/release/examples/engine_run CORPUS_DIR [LIMIT] [engine|parse]`
//!
//! Pages are the corpus ids sorted and cut to LIMIT, as in the throughput benches. Loading and
//! gunzipping stay outside the `run_*` functions, so `--toggle-collect` counts only the work.

use std::io::Read;
use std::path::Path;

fn load(dir: &Path, limit: usize) -> Vec<(url::Url, Vec<u8>)> {
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
    let fallback = url::Url::parse("http://localhost/").expect("a constant URL parses");
    let mut out = Vec::new();
    for id in ids {
        let url = truth[&id]["url"]
            .as_str()
            .and_then(|u| url::Url::parse(u).ok())
            .unwrap_or_else(|| fallback.clone());
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

/// The full engine over every page; returns the total body length.
#[inline(never)]
fn run_engine(pages: &[(url::Url, Vec<u8>)]) -> usize {
    pages
        .iter()
        .map(|(url, html)| crawl_extract::extract(html, url, None).body.len())
        .sum()
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: engine_run CORPUS_DIR [LIMIT] [engine|parse]");
        std::process::exit(2);
    };
    let limit = args
        .get(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(usize::MAX);
    let pages = load(Path::new(dir), limit);
    let t = std::time::Instant::now();
    let n = match args.get(2).map(String::as_str) {
        Some("parse") => run_parse(&pages),
        _ => run_engine(&pages),
    };
    let s = t.elapsed().as_secs_f64();
    println!(
        "{} pages in {s:.3} s ({:.1} pages/s), checksum {n}",
        pages.len(),
        pages.len() as f64 / s
    );
}
