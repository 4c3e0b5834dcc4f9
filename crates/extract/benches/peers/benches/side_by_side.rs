//! Single-threaded, same run: parse-only (html5ever via scraper), crawl-extract, dom_smoothie,
//! rs-trafilatura and trafilatura over one corpus; pages/s, MB/s and the ratio to parse-only.
//!
//! `cargo bench --manifest-path crates/extract/benches/peers/Cargo.toml -- [CORPUS_DIR] [LIMIT]`

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

fn time(pages: &[Page], mut f: impl FnMut(&Page) -> usize) -> (Duration, usize) {
    let t = Instant::now();
    let mut failures = 0;
    let mut sink = 0usize;
    for p in pages {
        let n = f(p);
        if n == usize::MAX {
            failures += 1;
        } else {
            sink = sink.wrapping_add(n);
        }
    }
    std::hint::black_box(sink);
    (t.elapsed(), failures)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let dir = args.first().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../../shared/corpus/wcxb-dev")
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
    let mb: f64 = pages.iter().map(|p| p.bytes.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "{} pages, {mb:.1} MB from {}, single thread",
        pages.len(),
        dir.display()
    );

    let (parse, _) = time(&pages, |p| {
        let text = crawl_extract::encoding::decode_html(&p.bytes, None);
        scraper::Html::parse_document(&text).tree.nodes().count()
    });
    let print = |name: &str, d: Duration, failures: usize| {
        let s = d.as_secs_f64();
        println!(
            "{name:<15} {:>8.1} pages/s {:>7.2} MB/s {:>6.2}x parse-only  failures {failures}",
            pages.len() as f64 / s,
            mb / s,
            parse.as_secs_f64() / s
        );
    };
    print("parse-only", parse, 0);
    let (d, f) = time(&pages, |p| {
        let url = url::Url::parse(&p.url)
            .unwrap_or_else(|_| url::Url::parse("http://localhost/").unwrap());
        crawl_extract::extract(&p.bytes, &url, None).body.len()
    });
    print("crawl-extract", d, f);
    let (d, f) = time(&pages, |p| {
        match dom_smoothie::Readability::new(p.text.as_str(), Some(&p.url), None)
            .and_then(|mut r| r.parse())
        {
            Ok(a) => a.text_content.len(),
            Err(_) => usize::MAX,
        }
    });
    print("dom_smoothie", d, f);
    let (d, f) = time(&pages, |p| match rs_trafilatura::extract(&p.text) {
        Ok(r) => r.content_text.len(),
        Err(_) => usize::MAX,
    });
    print("rs-trafilatura", d, f);
    let opts = trafilatura::Options::default();
    let (d, f) = time(&pages, |p| match trafilatura::extract(&p.text, &opts) {
        Ok(r) => r.content_text.len(),
        Err(_) => usize::MAX,
    });
    print("trafilatura", d, f);
}
