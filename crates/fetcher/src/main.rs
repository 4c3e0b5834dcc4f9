//! `fetcher`: takes URLs from the fetch queue, downloads them politely, publishes pages.

use clap::Parser;
use crawl_pipeline::cli::{worker_main, WorkerArgs};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    worker_main(
        "fetcher",
        WorkerArgs::parse(),
        crawl_pipeline::workers::run_fetcher,
    )
    .await
}
