//! `crawlctl`: the operator's command line.
//!
//! - `crawl URL...`: a whole crawl in one process, no broker needed (JSONL or Meilisearch).
//! - `seed URL... | --file seeds.txt`: start crawls on the fleet.
//! - `status`: queue depths, dead letters and the index's document count.
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

#[derive(Debug, Subcommand)]
enum Command {
    /// Crawl the given sites in this process (fetch, extract, index) until done.
    Crawl {
        /// Seed URLs.
        #[arg(required = true)]
        urls: Vec<String>,
        /// Link depth followed from each seed.
        #[arg(long)]
        max_depth: Option<u32>,
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
    /// Publish seed URLs to the fleet's fetch queue.
    Seed {
        /// Seed URLs.
        urls: Vec<String>,
        /// A file with one URL per line (# comments allowed).
        #[arg(long)]
        file: Option<PathBuf>,
        /// Link depth followed from each seed.
        #[arg(long)]
        max_depth: Option<u32>,
        /// Crawl identifier (default: derived from the time).
        #[arg(long)]
        crawl_id: Option<String>,
    },
    /// Show queue depths, dead letters and the index's document count.
    Status,
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
