//! `crawlctl`: the operator's command line.
//!
//! - `crawl URL...`: a whole crawl in one process, no broker needed (JSONL or Meilisearch).
//! - `seed URL... | --file seeds.txt | --crawl-file crawl.toml`: start a crawl on the fleet.
//! - `status`: queue depths, dead letters, per-crawl progress, per-host pacing, the index.
//! - `stop CRAWL_ID`: end a news crawl's polling.
//! - `dead show|replay`: inspect or re-queue dead letters.
//! - `extract FILE --url URL`: one page's article as JSON.
//! - `eval CORPUS_DIR`: extraction quality and speed on a corpus.

mod commands;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "crawlctl", version, about = "Operate the crawl fleet")]
struct Cli {
    /// Settings file (TOML); see config/default.toml. Environment variables override it.
    #[arg(long, global = true, env = "CRAWL_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// The crawl's mode and scope, shared by `crawl` and `seed` (a crawl file's values are the
/// defaults; flags given here win).
#[derive(Debug, Clone, clap::Args)]
struct CrawlArgs {
    /// "site": fetch everything in scope once; "news": keep polling the seeds, their feeds and
    /// sitemaps (conditional GET, adaptive interval) for new articles.
    #[arg(long, value_parser = ["site", "news"])]
    mode: Option<String>,
    /// Link depth followed from each seed [default: extractor.max_depth].
    #[arg(long)]
    max_depth: Option<u32>,
    /// Another host allowed besides each seed's own (repeatable).
    #[arg(long = "allow-host", value_name = "HOST")]
    allow_hosts: Vec<String>,
    /// A domain allowed with all its subdomains (repeatable).
    #[arg(long = "allow-domain", value_name = "DOMAIN")]
    allow_domains: Vec<String>,
    /// Only URLs matching one of these regexes are followed (repeatable).
    #[arg(long, value_name = "REGEX")]
    include: Vec<String>,
    /// URLs matching any of these regexes are skipped (repeatable).
    #[arg(long, value_name = "REGEX")]
    exclude: Vec<String>,
    /// Most pages per host in this crawl.
    #[arg(long)]
    max_pages_per_host: Option<u64>,
    /// Most pages in this crawl.
    #[arg(long)]
    max_pages: Option<u64>,
    /// Skip sitemap and feed entries dated more than this many days ago.
    #[arg(long)]
    max_entry_age_days: Option<u32>,
    /// Crawl identifier (default: from the crawl file, else derived from the time).
    #[arg(long)]
    crawl_id: Option<String>,
    /// A crawl file (TOML: crawl_id, mode, seeds, [scope]); see the README.
    #[arg(long, value_name = "FILE")]
    crawl_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Crawl the given sites in this process (fetch, extract, index) until done.
    Crawl {
        /// Seed URLs (or give them in --crawl-file).
        urls: Vec<String>,
        #[command(flatten)]
        crawl: CrawlArgs,
        /// Write to this Meilisearch instead of a file (key from MEILI_MASTER_KEY).
        #[arg(long, env = "MEILI_URL")]
        meili_url: Option<String>,
        /// JSONL output file when no Meilisearch is given.
        #[arg(long, default_value = "articles.jsonl")]
        out: PathBuf,
        /// Requests per second per host (overrides fetch.host_rate).
        #[arg(long)]
        rate: Option<f64>,
    },
    /// Start a crawl on the fleet: publish its seeds to the fetch queue.
    Seed {
        /// Seed URLs.
        urls: Vec<String>,
        /// A file with one URL per line (# comments allowed).
        #[arg(long)]
        file: Option<PathBuf>,
        #[command(flatten)]
        crawl: CrawlArgs,
    },
    /// Show queue depths, dead letters, per-crawl progress, per-host pacing and the index.
    Status,
    /// Stop a news crawl: its seeds, feeds and sitemaps are no longer polled (jobs already
    /// queued still run).
    Stop {
        /// The crawl id (see `crawlctl status`).
        crawl_id: String,
    },
    /// Inspect or replay dead-lettered jobs.
    Dead {
        /// show or replay.
        #[arg(value_parser = ["show", "replay"])]
        action: String,
        /// Which stage's dead letters: fetch, page or article.
        #[arg(long, default_value = "page", value_parser = ["fetch", "page", "article"])]
        queue: String,
        /// At most this many messages.
        #[arg(long, default_value_t = 20)]
        max: usize,
    },
    /// Extract one saved page and print its article as JSON.
    Extract {
        /// The HTML file.
        file: PathBuf,
        /// The page's URL (resolves links and identifies the site).
        #[arg(long)]
        url: String,
        /// The HTTP Content-Type, if known (its charset wins).
        #[arg(long)]
        content_type: Option<String>,
    },
    /// Score the extractor on a corpus (see ../shared/corpus/README.md for the format).
    Eval {
        /// Corpus directory with html/ and ground-truth.json.
        corpus: PathBuf,
        /// Write predictions as JSON here.
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Only the first N pages.
        #[arg(long)]
        limit: Option<usize>,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crawlctl: {e:#}");
            ExitCode::FAILURE
        }
    }
}
