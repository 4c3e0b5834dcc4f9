//! What every worker binary does around its stage: arguments, settings, logs, signals, exit code.

use crate::config::Settings;
use crate::workers::WorkerError;
use std::future::Future;
use std::path::PathBuf;
use std::process::ExitCode;
use tokio_util::sync::CancellationToken;

/// Command-line arguments shared by the worker binaries.
#[derive(Debug, clap::Parser)]
pub struct WorkerArgs {
    /// Settings file (TOML); see config/default.toml. Environment variables override it.
    #[arg(long, env = "CRAWL_CONFIG")]
    pub config: Option<PathBuf>,
}

/// Loads settings, sets up logging and signal handling, runs `run` and maps its outcome to the
/// process exit code: 0 after a clean shutdown, 2 for bad settings, 1 for any other failure.
pub async fn worker_main<F, Fut>(name: &str, args: WorkerArgs, run: F) -> ExitCode
where
    F: FnOnce(Settings, CancellationToken) -> Fut,
    Fut: Future<Output = Result<(), WorkerError>>,
{
    let settings = match Settings::load(args.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{name}: {e}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init_logging(&settings.worker.log_format);
    let shutdown = CancellationToken::new();
    crate::telemetry::cancel_on_signals(shutdown.clone());
    tracing::info!(
        event = "worker_starting",
        worker = name,
        version = env!("CARGO_PKG_VERSION")
    );
    match run(settings, shutdown).await {
        Ok(()) => {
            tracing::info!(event = "worker_stopped", worker = name);
            ExitCode::SUCCESS
        }
        Err(e) => {
            tracing::error!(event = "worker_failed", worker = name, error = %e);
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}
