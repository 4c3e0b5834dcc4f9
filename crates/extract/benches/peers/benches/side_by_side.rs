//! Single-threaded, same run: parse-only (html5ever via scraper), crawl-extract, dom_smoothie,
//! rs-trafilatura and trafilatura over one corpus; pages/s, MB/s and the ratio to parse-only.
//!
//! `cargo bench --manifest-path crates/extract/benches/peers/Cargo.toml -- [CORPUS_DIR] [LIMIT] [ROUNDS]`

use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

struct Page {
    url: String,
    bytes: Vec<u8>,
    text: String,
}

fn load(dir: &std::path::Path, limit: usize) -> Vec<Page> {
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
            .unwrap_or("http://localhost/")
            .to_string();
        let Ok(f) = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))) else {
            continue;
        };
        let mut bytes = Vec::new();
        if flate2::read::GzDecoder::new(f)
            .read_to_end(&mut bytes)
            .is_ok()
        {
            let text = crawl_extract::encoding::decode_html(&bytes, None);
            out.push(Page { url, bytes, text });
        }
    }
    out
}

/// One extractor under test: its name and what it does to a page (`usize::MAX` on failure).
struct Contender<'a> {
    name: &'static str,
    run: Box<dyn FnMut(&Page) -> usize + 'a>,
    took: Duration,
    failures: usize,
}

/// Times every contender on every page, interleaved: page by page, each contender in turn, the
/// order rotating from page to page. A burst of load from elsewhere on the machine then falls
/// on all of them alike, instead of on whichever ran during it, and none always finds the page
/// in cache from the one before. `rounds` passes over the corpus are summed.
fn race(pages: &[Page], contenders: &mut [Contender<'_>], rounds: usize) {
    let mut sink = 0usize;
    let n = contenders.len();
    for round in 0..rounds {
        for (i, p) in pages.iter().enumerate() {
            for k in 0..n {
                let c = &mut contenders[(i + round + k) % n];
                let t = Instant::now();
                let out = (c.run)(p);
                c.took += t.elapsed();
                if out == usize::MAX {
                    c.failures += 1;
                } else {
                    sink = sink.wrapping_add(out);
                }
            }
        }
    }
    std::hint::black_box(sink);
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    // `cargo bench` runs in this package's directory: a relative corpus path is read from the
    // repository root, where the README's command is typed, unless it names a folder from here.
    let repo_root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../..");
    let dir = match args.first().map(PathBuf::from) {
        Some(d) if d.is_relative() && !d.is_dir() => repo_root.join(d),
        Some(d) => d,
        None => repo_root.join("../shared/corpus/wcxb-dev"),
    };
    let limit = args
        .get(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(usize::MAX);
    let rounds: usize = args
        .get(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3)
        .max(1);
    let pages = load(&dir, limit);
    if pages.is_empty() {
        println!("no pages under {}: nothing to time", dir.display());
        return;
    }
    let mb: f64 = pages.iter().map(|p| p.bytes.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "{} pages, {mb:.1} MB from {}, single thread, {rounds} rounds, interleaved page by page",
        pages.len(),
        dir.display()
    );
    let opts = trafilatura::Options::default();
    let fallback = url::Url::parse("http://localhost/").expect("static URL");
    let mut contenders = vec![
        Contender {
            name: "parse-only",
            run: Box::new(|p: &Page| {
                let text = crawl_extract::encoding::decode_html(&p.bytes, None);
                scraper::Html::parse_document(&text).tree.nodes().count()
            }),
            took: Duration::ZERO,
            failures: 0,
        },
        Contender {
            name: "crawl-extract",
            run: Box::new(|p: &Page| {
                let url = url::Url::parse(&p.url).unwrap_or_else(|_| fallback.clone());
                crawl_extract::extract(&p.bytes, &url, None).body.len()
            }),
            took: Duration::ZERO,
            failures: 0,
        },
        Contender {
            name: "dom_smoothie",
            run: Box::new(|p: &Page| {
                match dom_smoothie::Readability::new(p.text.as_str(), Some(&p.url), None)
                    .and_then(|mut r| r.parse())
                {
                    Ok(a) => a.text_content.len(),
                    Err(_) => usize::MAX,
                }
            }),
            took: Duration::ZERO,
            failures: 0,
        },
        Contender {
            name: "rs-trafilatura",
            run: Box::new(|p: &Page| match rs_trafilatura::extract(&p.text) {
                Ok(r) => r.content_text.len(),
                Err(_) => usize::MAX,
            }),
            took: Duration::ZERO,
            failures: 0,
        },
        Contender {
            name: "trafilatura",
            run: Box::new(|p: &Page| match trafilatura::extract(&p.text, &opts) {
                Ok(r) => r.content_text.len(),
                Err(_) => usize::MAX,
            }),
            took: Duration::ZERO,
            failures: 0,
        },
    ];
    race(&pages, &mut contenders, rounds);
    let total = (pages.len() * rounds) as f64;
    let parse = contenders[0].took.as_secs_f64();
    for c in &contenders {
        let s = c.took.as_secs_f64();
        println!(
            "{:<15} {:>8.1} pages/s {:>7.2} MB/s {:>6.2}x parse-only  failures {}",
            c.name,
            total / s,
            mb * rounds as f64 / s,
            parse / s,
            c.failures / rounds
        );
    }
}
