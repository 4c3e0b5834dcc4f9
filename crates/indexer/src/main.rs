//! `indexer`: takes articles from the article queue and writes them to Meilisearch in batches.

use clap::Parser;
use crawl_pipeline::cli::{worker_main, WorkerArgs};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    worker_main(
        "indexer",
        WorkerArgs::parse(),
        crawl_pipeline::workers::run_indexer,
    )
    .await
}
