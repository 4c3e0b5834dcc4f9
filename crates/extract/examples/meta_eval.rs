//! Metadata accuracy on a corpus (title, author, published), with the corpus README's rules.
//!
//! `cargo run -p crawl-extract --example meta_eval -- CORPUS_DIR [MISMATCH_FILE]`
//!
//! Prints exact-match accuracy over all pages and over the article subset (`page_type ==
//! article`), each over the pages whose truth has the field; writes every mismatch to
//! MISMATCH_FILE when given.

use std::io::{Read, Write};
use std::path::Path;

fn norm_title(s: &str) -> String {
    let s = s.to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_matches(|c: char| c.is_ascii_punctuation() || "“”‘’«»".contains(c) || c.is_whitespace())
        .to_string()
}

/// Typographic quotes folded to ASCII: the corpus truth often straightens them.
fn fold_quotes(s: &str) -> String {
    s.replace(['’', '‘'], "'").replace(['“', '”'], "\"")
}

fn author_set(s: &str) -> Vec<String> {
    let mut s = s.replace(" and ", ",").replace(" AND ", ",");
    for sep in [';', '&', '|'] {
        s = s.replace(sep, ",");
    }
    let mut v: Vec<String> = s
        .split(',')
        .map(|p| {
            let p = p.trim();
            let p = p
                .strip_prefix("By ")
                .or_else(|| p.strip_prefix("by "))
                .or_else(|| p.strip_prefix("BY "))
                .unwrap_or(p);
            p.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .filter(|p| !p.is_empty())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[derive(Default)]
struct Acc {
    n: usize,
    ok: usize,
}

impl Acc {
    fn add(&mut self, ok: bool) {
        self.n += 1;
        self.ok += ok as usize;
    }
    fn show(&self) -> String {
        format!(
            "{:.3} ({}/{})",
            self.ok as f64 / self.n.max(1) as f64,
            self.ok,
            self.n
        )
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = Path::new(args.get(1).map(String::as_str).unwrap_or("."));
    let mut out = args.get(2).map(|p| std::fs::File::create(p).unwrap());
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().unwrap();
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    // [all, articles] x [title, author, published]
    let mut acc: [[Acc; 3]; 2] = Default::default();
    let mut spurious_author = 0usize;
    let mut folded_title = Acc::default();
    let mut no_author_truth = 0usize;
    let start = std::time::Instant::now();
    let articles_only = std::env::var_os("ARTICLES_ONLY").is_some();
    for id in ids {
        let t = &truth[id];
        if articles_only && t["page_type"].as_str() != Some("article") {
            continue;
        }
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let Ok(f) = std::fs::File::open(&path) else {
            continue;
        };
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut html)
            .unwrap();
        let url = t["url"]
            .as_str()
            .and_then(|u| url::Url::parse(u).ok())
            .unwrap_or_else(|| url::Url::parse("http://localhost/").unwrap());
        let x = crawl_extract::extract(&html, &url, None);
        let is_article = t["page_type"].as_str() == Some("article");
        let mut report = |field: &str, k: usize, ok: bool, want: &str, got: &str| {
            acc[0][k].add(ok);
            if is_article {
                acc[1][k].add(ok);
            }
            if !ok {
                if let Some(o) = out.as_mut() {
                    let _ = writeln!(
                        o,
                        "{id}\t{field}\t{}\twant={want:?}\tgot={got:?}\t{url}",
                        t["page_type"].as_str().unwrap_or("-")
                    );
                }
            }
        };
        if let Some(want) = t["title"].as_str().filter(|s| !s.is_empty()) {
            if is_article {
                folded_title
                    .add(norm_title(&fold_quotes(want)) == norm_title(&fold_quotes(&x.title)));
            }
            report(
                "title",
                0,
                norm_title(want) == norm_title(&x.title),
                want,
                &x.title,
            );
        }
        let got_authors = x.authors.join(", ");
        if let Some(want) = t["author"].as_str().filter(|s| !s.is_empty()) {
            report(
                "author",
                1,
                author_set(want) == author_set(&got_authors),
                want,
                &got_authors,
            );
        } else if is_article {
            no_author_truth += 1;
            spurious_author += !x.authors.is_empty() as usize;
        }
        if let Some(want) = t["published"].as_str().filter(|s| !s.is_empty()) {
            let got = x.published.map(|d| d.to_rfc3339()).unwrap_or_default();
            let ok = got.len() >= 10 && want.len() >= 10 && got[..10] == want[..10];
            report("published", 2, ok, want, &got);
        }
    }
    println!("{}: {:.1}s", dir.display(), start.elapsed().as_secs_f64());
    for (name, a) in [("all", &acc[0]), ("articles", &acc[1])] {
        println!(
            "  {name:9} title {}  author {}  published {}",
            a[0].show(),
            a[1].show(),
            a[2].show()
        );
    }
    println!(
        "  articles, title with typographic quotes folded: {}",
        folded_title.show()
    );
    println!("  articles without author truth that got one: {spurious_author}/{no_author_truth}");
}
