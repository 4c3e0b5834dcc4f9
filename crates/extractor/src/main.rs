//! `extractor`: takes fetched pages, publishes articles and the links worth following.

use clap::Parser;
use crawl_pipeline::cli::{worker_main, WorkerArgs};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    worker_main(
        "extractor",
        WorkerArgs::parse(),
        crawl_pipeline::workers::run_extractor,
    )
    .await
}
