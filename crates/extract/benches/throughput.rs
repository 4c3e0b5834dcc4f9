//! Single-threaded throughput of parse-only (html5ever via scraper) against the full extractor.
//!
//! `cargo bench -p crawl-extract --bench throughput -- [CORPUS_DIR] [LIMIT] [engine|parse|cold]`
//! (default corpus: `../shared/corpus/wcxb-dev` relative to the workspace root; both timed
//! unless one is named). `cold` (or `cold-engine`, `cold-parse`) times each page alone after
//! 64 MB of other writes, as the peers bench runs it after other extractors did their work,
//! and also reports this thread's CPU time, which a busy machine disturbs less than wall
//! time. Warm, run over all pages in a row, the engine keeps its code, its automata and its
//! heap in the caches; cold, it fetches them again for each page. For instruction counts, stable on a busy machine, build it with
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

/// Bytes written between two timed pages in `cold` mode: more than the last-level cache.
const FLUSH_BYTES: usize = 64 << 20;

/// Parse-only and the engine page by page, each page timed after the caches were filled with
/// other data, as they are when other programs (or other extractors) run between pages.
fn cold(pages: &[(url::Url, Vec<u8>)], bytes: usize, which: &str) {
    let mut junk = vec![0u8; FLUSH_BYTES];
    let mut flush = |round: u8| {
        junk.iter_mut()
            .step_by(64)
            .for_each(|b| *b = b.wrapping_add(round));
        std::hint::black_box(&junk);
    };
    let (mut tp, mut te) = (Duration::ZERO, Duration::ZERO);
    let (mut cp, mut ce) = (0u64, 0u64);
    for (i, page) in pages.iter().enumerate() {
        let one = std::slice::from_ref(page);
        if which != "-engine" {
            flush(i as u8);
            let c = cpu_ns();
            let t = Instant::now();
            std::hint::black_box(run_parse(one));
            tp += t.elapsed();
            cp += cpu_ns() - c;
        }
        if which != "-parse" {
            flush(i as u8);
            let c = cpu_ns();
            let t = Instant::now();
            std::hint::black_box(run_engine(one));
            te += t.elapsed();
            ce += cpu_ns() - c;
        }
    }
    if which != "-engine" {
        report("parse-only", pages.len(), bytes, tp, Some(tp));
    }
    if which != "-parse" {
        report(
            "crawl-extract",
            pages.len(),
            bytes,
            te,
            (which.is_empty()).then_some(tp),
        );
    }
    println!(
        "cpu time: parse-only {:.3} s, crawl-extract {:.3} s{}",
        cp as f64 / 1e9,
        ce as f64 / 1e9,
        if which.is_empty() {
            format!(", {:.3}x parse-only", cp as f64 / ce.max(1) as f64)
        } else {
            String::new()
        }
    );
}

/// This thread's time on a CPU so far (ns), from the scheduler's count; 0 where there is none.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
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
    if let Some(which) = only.and_then(|o| o.strip_prefix("cold")) {
        cold(&pages, bytes, which);
        return;
    }
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
