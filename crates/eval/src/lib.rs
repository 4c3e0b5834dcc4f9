//! Evaluation harness for the extraction engine, behind `crawlctl eval CORPUS_DIR`.
//!
//! Reads a corpus in the format of `../shared/corpus/README.md` (`html/<id>.html.gz` plus
//! `ground-truth.json`), runs [`crawl_extract::extract`] on every page in parallel, and scores
//! the body with the shingle metric ([`metric`]), the title, author and published date with the
//! README's normalised comparisons, and the page kind against `page_type`. Optionally writes the
//! predictions as `{id: {articleBody, title, author, published, page_kind}}`.
//!
//! ```no_run
//! let opts = crawl_eval::EvalOptions {
//!     corpus_dir: "/work/shared/corpus/wcxb-dev".into(),
//!     predictions: None,
//!     threads: 2,
//!     limit: Some(100),
//! };
//! let report = crawl_eval::run(&opts).unwrap();
//! println!("{report}");
//! ```
#![deny(missing_docs)]

pub mod metric;

pub use metric::{score_body, PageScore};

use crawl_extract::PageKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Page F1 below which a page is counted as a failure in the report.
pub const LOW_F1: f64 = 0.8;

/// URL used for a page whose truth has no parseable `url`.
pub const FALLBACK_URL: &str = "http://localhost/";

/// What to evaluate and how.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    /// Corpus folder holding `ground-truth.json` and `html/`.
    pub corpus_dir: PathBuf,
    /// Where to write the predictions JSON, if anywhere.
    pub predictions: Option<PathBuf>,
    /// Worker threads; 0 means one per available core.
    pub threads: usize,
    /// Evaluate only the first `limit` pages (ids in sorted order).
    pub limit: Option<usize>,
}

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The ground truth file could not be read.
    #[error("cannot read the ground truth {path}: {source} (is CORPUS_DIR a corpus folder with ground-truth.json?)")]
    ReadTruth {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The ground truth is not the expected JSON object.
    #[error("cannot parse the ground truth {path}: {source} (expected {{\"<id>\": {{\"url\": ..., \"articleBody\": ...}}}})")]
    ParseTruth {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: serde_json::Error,
    },
    /// The corpus holds no pages (after `limit`).
    #[error("the corpus {path} has no pages to evaluate (check CORPUS_DIR and --limit)")]
    Empty {
        /// The corpus folder.
        path: PathBuf,
    },
    /// The predictions file could not be written.
    #[error("cannot write the predictions to {path}: {source} (check the --predictions path)")]
    WritePredictions {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// One page's truth, as far as the evaluation uses it.
#[derive(Debug, Clone, Default, Deserialize)]
struct Truth {
    #[serde(default)]
    url: Option<String>,
    #[serde(default, rename = "articleBody")]
    article_body: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    page_type: Option<String>,
}

/// One page's prediction, as written to the predictions file.
#[derive(Debug, Clone, Serialize)]
pub struct Prediction {
    /// Extracted body.
    #[serde(rename = "articleBody")]
    pub article_body: String,
    /// Extracted title.
    pub title: String,
    /// Authors joined with ", ".
    pub author: String,
    /// Published time (RFC 3339), if found.
    pub published: Option<String>,
    /// Page kind (`article`, `listing`, ...).
    pub page_kind: PageKind,
}

/// Body precision and recall accumulated over a set of pages (the corpus, one page type, one
/// half of the ids), with the README's rules: precision is averaged over pages with a
/// prediction, recall over pages with a true body.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct BodyStats {
    /// Pages in the set.
    pub pages: usize,
    /// Pages with a page F1 below [`LOW_F1`].
    pub below_low_f1: usize,
    p_sum: f64,
    p_n: usize,
    r_sum: f64,
    r_n: usize,
}

impl BodyStats {
    fn add(&mut self, s: &PageScore) {
        self.pages += 1;
        if s.counts_for_precision() {
            self.p_sum += s.precision;
            self.p_n += 1;
        }
        if s.counts_for_recall() {
            self.r_sum += s.recall;
            self.r_n += 1;
        }
        self.below_low_f1 += usize::from(s.f1() < LOW_F1);
    }

    /// Mean page precision.
    pub fn precision(&self) -> f64 {
        mean(self.p_sum, self.p_n)
    }

    /// Mean page recall.
    pub fn recall(&self) -> f64 {
        mean(self.r_sum, self.r_n)
    }

    /// `2PR/(P+R)` of the means.
    pub fn f1(&self) -> f64 {
        metric::f1(self.precision(), self.recall())
    }
}

impl fmt::Display for BodyStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "F1 {:.4}  P {:.4}  R {:.4}  < {}: {:>3} of {:>4}",
            self.f1(),
            self.precision(),
            self.recall(),
            LOW_F1,
            self.below_low_f1,
            self.pages
        )
    }
}

/// Figures for the pages of one `page_type`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeStats {
    /// Body scores.
    pub body: BodyStats,
    /// Pages whose predicted kind equals the type (mapped by [`kind_of_page_type`]).
    pub kind_correct: usize,
    /// Pages predicted to be articles.
    pub predicted_article: usize,
}

/// Which half of the corpus an id falls in: `0` when the FNV-1a hash of the id is even (the
/// half to tune on), `1` otherwise (the half that checks the tuning generalises).
pub fn id_half(id: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in id.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h & 1) as usize
}

/// Correct answers out of the pages that have a truth for a field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    /// Pages answered correctly.
    pub correct: usize,
    /// Pages with a truth for the field.
    pub total: usize,
}

impl Accuracy {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }

    /// Share correct, 0 when there is nothing to judge.
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

impl fmt::Display for Accuracy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.3} ({}/{})", self.rate(), self.correct, self.total)
    }
}

/// Results of one evaluation.
#[derive(Debug, Clone)]
pub struct EvalReport {
    /// Corpus folder.
    pub corpus_dir: PathBuf,
    /// Pages evaluated.
    pub pages: usize,
    /// Pages whose HTML could not be read (scored as empty predictions).
    pub unreadable: usize,
    /// Pages on which the extractor panicked (scored as empty predictions).
    pub panics: usize,
    /// Corpus body precision (mean over pages with a prediction).
    pub precision: f64,
    /// Corpus body recall (mean over pages with a true body).
    pub recall: f64,
    /// Corpus body F1, `2PR/(P+R)`.
    pub f1: f64,
    /// Pages with a page F1 below [`LOW_F1`].
    pub below_low_f1: usize,
    /// Ids of those pages, worst first.
    pub low_pages: Vec<(String, f64)>,
    /// Body F1 over pages whose truth says `article` (when the corpus has page types).
    pub article_f1: Option<f64>,
    /// Body scores of the two halves of the ids ([`id_half`]).
    pub halves: [BodyStats; 2],
    /// Figures per `page_type` of the truth (pages without one are left out).
    pub by_type: BTreeMap<String, TypeStats>,
    /// Title accuracy.
    pub title: Accuracy,
    /// Author accuracy.
    pub author: Accuracy,
    /// Published-date accuracy.
    pub published: Accuracy,
    /// Title, author and published-date accuracy over the pages whose truth says `article`
    /// (the issue's metadata targets are on articles).
    pub article_metadata: [Accuracy; 3],
    /// Exact page-kind accuracy (truth mapped onto [`PageKind`]).
    pub page_kind: Accuracy,
    /// Article-vs-not-article accuracy.
    pub article_vs_not: Accuracy,
    /// Input bytes read.
    pub bytes: u64,
    /// Wall-clock time of the extraction phase.
    pub wall: Duration,
    /// Sum of per-page extraction times (single-thread cost).
    pub cpu: Duration,
    /// Threads used.
    pub threads: usize,
}

impl EvalReport {
    /// Pages per second of wall-clock time with all threads.
    pub fn pages_per_sec(&self) -> f64 {
        per_sec(self.pages, self.wall)
    }

    /// Pages per second of one thread (pages over summed extraction time).
    pub fn pages_per_sec_single(&self) -> f64 {
        per_sec(self.pages, self.cpu)
    }
}

fn per_sec(n: usize, d: Duration) -> f64 {
    let s = d.as_secs_f64();
    if s > 0.0 {
        n as f64 / s
    } else {
        0.0
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "corpus      {}", self.corpus_dir.display())?;
        writeln!(
            f,
            "pages       {} (unreadable {}, panics {})",
            self.pages, self.unreadable, self.panics
        )?;
        writeln!(
            f,
            "body        F1 {:.4}  precision {:.4}  recall {:.4}  pages below F1 {}: {}",
            self.f1, self.precision, self.recall, LOW_F1, self.below_low_f1
        )?;
        if let Some(a) = self.article_f1 {
            writeln!(f, "articles    body F1 {a:.4}")?;
        }
        for (name, acc) in [
            ("title", &self.title),
            ("author", &self.author),
            ("published", &self.published),
        ] {
            if acc.total > 0 {
                writeln!(f, "{name:<11} {acc}")?;
            }
        }
        let [t, a, p] = &self.article_metadata;
        if t.total + a.total + p.total > 0 {
            writeln!(f, "on articles title {t}  author {a}  published {p}")?;
        }
        if self.page_kind.total > 0 {
            writeln!(f, "page kind   {}", self.page_kind)?;
            writeln!(f, "article?    {}", self.article_vs_not)?;
        }
        for (half, stats) in ["even", "odd"].iter().zip(&self.halves) {
            writeln!(f, "half {half:<6} {stats}")?;
        }
        for (name, t) in &self.by_type {
            writeln!(
                f,
                "type {:<13} {}  kind ok {:>4}  as article {:>4}",
                name, t.body, t.kind_correct, t.predicted_article
            )?;
        }
        write!(
            f,
            "throughput  {:.1} pages/s with {} threads, {:.1} pages/s per thread, {:.2} MB/s per thread",
            self.pages_per_sec(),
            self.threads,
            self.pages_per_sec_single(),
            if self.cpu.as_secs_f64() > 0.0 {
                self.bytes as f64 / 1e6 / self.cpu.as_secs_f64()
            } else {
                0.0
            }
        )
    }
}

/// Maps a corpus `page_type` onto the engine's page kinds (`collection` is a listing, `service`
/// is "other"); `None` for unknown names.
pub fn kind_of_page_type(page_type: &str) -> Option<PageKind> {
    Some(match page_type.trim().to_ascii_lowercase().as_str() {
        "article" => PageKind::Article,
        "listing" | "collection" => PageKind::Listing,
        "forum" => PageKind::Forum,
        "product" => PageKind::Product,
        "documentation" => PageKind::Documentation,
        "service" | "other" => PageKind::Other,
        _ => return None,
    })
}

/// Reads one gzip-compressed page.
fn read_page(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut out)?;
    Ok(out)
}

fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "None" && *v != "null")
}

struct PageResult {
    prediction: Prediction,
    elapsed: Duration,
    bytes: u64,
    unreadable: bool,
    panicked: bool,
}

/// Extracts one page, timing only the extraction.
fn evaluate_page(dir: &Path, id: &str, truth: &Truth) -> PageResult {
    let url = present(&truth.url)
        .and_then(|u| url::Url::parse(u).ok())
        .or_else(|| url::Url::parse(FALLBACK_URL).ok());
    let html = read_page(&dir.join("html").join(format!("{id}.html.gz")));
    let empty = Prediction {
        article_body: String::new(),
        title: String::new(),
        author: String::new(),
        published: None,
        page_kind: PageKind::Other,
    };
    let (Ok(html), Some(url)) = (html, url) else {
        return PageResult {
            prediction: empty,
            elapsed: Duration::ZERO,
            bytes: 0,
            unreadable: true,
            panicked: false,
        };
    };
    let start = Instant::now();
    let out = std::panic::catch_unwind(|| crawl_extract::extract(&html, &url, None));
    let elapsed = start.elapsed();
    match out {
        Ok(x) => PageResult {
            prediction: Prediction {
                article_body: x.body,
                title: x.title,
                author: x.authors.join(", "),
                published: x.published.map(|d| d.to_rfc3339()),
                page_kind: x.page_kind,
            },
            elapsed,
            bytes: html.len() as u64,
            unreadable: false,
            panicked: false,
        },
        Err(_) => PageResult {
            prediction: empty,
            elapsed,
            bytes: html.len() as u64,
            unreadable: false,
            panicked: true,
        },
    }
}

/// Runs the evaluation described by `opts`.
pub fn run(opts: &EvalOptions) -> Result<EvalReport, EvalError> {
    let truth_path = opts.corpus_dir.join("ground-truth.json");
    let raw = std::fs::read(&truth_path).map_err(|source| EvalError::ReadTruth {
        path: truth_path.clone(),
        source,
    })?;
    let truth: BTreeMap<String, Truth> =
        serde_json::from_slice(&raw).map_err(|source| EvalError::ParseTruth {
            path: truth_path.clone(),
            source,
        })?;
    let pages: Vec<(&String, &Truth)> = truth
        .iter()
        .take(opts.limit.unwrap_or(usize::MAX))
        .collect();
    if pages.is_empty() {
        return Err(EvalError::Empty {
            path: opts.corpus_dir.clone(),
        });
    }
    let threads = if opts.threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        opts.threads
    }
    .min(pages.len());

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<PageResult>>> =
        Mutex::new((0..pages.len()).map(|_| None).collect());
    let wall_start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((id, t)) = pages.get(i) else { break };
                let r = evaluate_page(&opts.corpus_dir, id, t);
                if let Ok(mut g) = results.lock() {
                    g[i] = Some(r);
                }
            });
        }
    });
    let wall = wall_start.elapsed();
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());

    let mut report = EvalReport {
        corpus_dir: opts.corpus_dir.clone(),
        pages: pages.len(),
        unreadable: 0,
        panics: 0,
        precision: 0.0,
        recall: 0.0,
        f1: 0.0,
        below_low_f1: 0,
        low_pages: Vec::new(),
        article_f1: None,
        halves: [BodyStats::default(); 2],
        by_type: BTreeMap::new(),
        title: Accuracy::default(),
        author: Accuracy::default(),
        published: Accuracy::default(),
        article_metadata: [Accuracy::default(); 3],
        page_kind: Accuracy::default(),
        article_vs_not: Accuracy::default(),
        bytes: 0,
        wall,
        cpu: Duration::ZERO,
        threads,
    };
    let mut all = BodyStats::default();
    let mut predictions = BTreeMap::new();
    for ((id, t), r) in pages.iter().zip(results) {
        let Some(r) = r else { continue };
        report.unreadable += usize::from(r.unreadable);
        report.panics += usize::from(r.panicked);
        report.bytes += r.bytes;
        report.cpu += r.elapsed;
        let pred = &r.prediction;
        let s = metric::page_score(&pred.article_body, t.article_body.as_deref().unwrap_or(""));
        all.add(&s);
        report.halves[id_half(id)].add(&s);
        if let Some(pt) = present(&t.page_type) {
            let ts = report.by_type.entry(pt.to_ascii_lowercase()).or_default();
            ts.body.add(&s);
            ts.kind_correct += usize::from(kind_of_page_type(pt) == Some(pred.page_kind));
            ts.predicted_article += usize::from(pred.page_kind == PageKind::Article);
        }
        if s.f1() < LOW_F1 {
            report.low_pages.push(((*id).clone(), s.f1()));
        }
        let true_kind = present(&t.page_type).and_then(kind_of_page_type);
        // Title, author, published: judged where the truth has the field, and again on
        // article pages alone.
        let judged = [
            present(&t.title).map(|v| metric::title_matches(&pred.title, v)),
            present(&t.author).map(|v| metric::author_matches(&pred.author, v)),
            present(&t.published)
                .map(|v| metric::date_matches(pred.published.as_deref().unwrap_or(""), v)),
        ];
        let overall = [&mut report.title, &mut report.author, &mut report.published];
        for ((ok, all_pages), articles) in judged
            .into_iter()
            .zip(overall)
            .zip(&mut report.article_metadata)
        {
            let Some(ok) = ok else { continue };
            all_pages.add(ok);
            if true_kind == Some(PageKind::Article) {
                articles.add(ok);
            }
        }
        if let Some(kind) = true_kind {
            report.page_kind.add(kind == pred.page_kind);
            report
                .article_vs_not
                .add((kind == PageKind::Article) == (pred.page_kind == PageKind::Article));
        }
        if opts.predictions.is_some() {
            predictions.insert((*id).clone(), r.prediction);
        }
    }
    report.precision = all.precision();
    report.recall = all.recall();
    report.f1 = all.f1();
    report.below_low_f1 = all.below_low_f1;
    report.article_f1 = report.by_type.get("article").map(|a| a.body.f1());
    report.low_pages.sort_by(|a, b| a.1.total_cmp(&b.1));

    if let Some(path) = &opts.predictions {
        let json =
            serde_json::to_vec_pretty(&predictions).map_err(|e| EvalError::WritePredictions {
                path: path.clone(),
                source: std::io::Error::other(e),
            })?;
        std::fs::write(path, json).map_err(|source| EvalError::WritePredictions {
            path: path.clone(),
            source,
        })?;
    }
    Ok(report)
}

fn mean(sum: f64, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_types_map_onto_kinds() {
        assert_eq!(kind_of_page_type("article"), Some(PageKind::Article));
        assert_eq!(kind_of_page_type("collection"), Some(PageKind::Listing));
        assert_eq!(kind_of_page_type("service"), Some(PageKind::Other));
        assert_eq!(kind_of_page_type("weird"), None);
    }

    #[test]
    fn body_stats_follow_the_corpus_rules() {
        let mut b = BodyStats::default();
        b.add(&metric::page_score("a b c d e", "a b c d e"));
        // Nothing predicted: counts for recall (0) but not for precision.
        b.add(&metric::page_score("", "a b c d e"));
        assert_eq!(b.pages, 2);
        assert_eq!(b.below_low_f1, 1);
        assert_eq!(b.precision(), 1.0);
        assert_eq!(b.recall(), 0.5);
    }

    #[test]
    fn halves_split_ids_deterministically() {
        let ids: Vec<String> = (0..1000).map(|i| format!("{i:04}")).collect();
        let odd = ids.iter().filter(|id| id_half(id) == 1).count();
        assert!((400..600).contains(&odd), "{odd} of 1000 odd");
        assert_eq!(id_half("0001"), id_half("0001"));
    }

    #[test]
    fn missing_corpus_names_the_file() {
        let err = run(&EvalOptions {
            corpus_dir: "/nonexistent-corpus".into(),
            predictions: None,
            threads: 1,
            limit: None,
        })
        .unwrap_err();
        assert!(err.to_string().contains("ground-truth.json"), "{err}");
    }
}
