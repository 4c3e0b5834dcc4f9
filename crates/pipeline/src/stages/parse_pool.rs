//! A fixed set of threads for the CPU-bound part of a stage (parsing pages).
//!
//! Why not `tokio::task::spawn_blocking`: the blocking pool starts new threads as it sees fit
//! and retires idle ones, and glibc's malloc gives threads their own arenas; every arena kept
//! the fragments of the DOMs parsed on it, so the extractor's RSS grew with the crawl (124 MiB
//! after 1,500 pages, 256 MiB after 9,000 in the pipeline benchmark). A few long-lived threads
//! keep to a few arenas.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

type Job = Box<dyn FnOnce() + Send>;

/// Runs closures on `threads` long-lived threads, in submission order.
pub(crate) struct ParsePool {
    jobs: Sender<Job>,
    threads: usize,
}

/// Why a job gave no result.
#[derive(Debug, thiserror::Error)]
pub(crate) enum PoolError {
    /// The closure panicked; the message, when it had one.
    #[error("panicked: {0}")]
    Panicked(String),
    /// No thread took the job (none could be started, or they are gone).
    #[error("no parsing thread is running")]
    Gone,
}

impl ParsePool {
    /// A pool of `threads` threads named `name-N` (fewer if the system refuses to start some;
    /// with none, jobs run on tokio's blocking pool).
    pub(crate) fn new(name: &str, threads: usize) -> ParsePool {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let mut started = 0;
        for i in 0..threads {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("{name}-{i}"))
                .spawn(move || serve(&rx));
            match spawned {
                Ok(_) => started += 1,
                Err(e) => tracing::warn!(event = "parse_thread_not_started", error = %e),
            }
        }
        ParsePool {
            jobs: tx,
            threads: started,
        }
    }

    /// Runs `f` on one of the pool's threads and waits for its result.
    pub(crate) async fn run<T, F>(&self, f: F) -> Result<T, PoolError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        if self.threads == 0 {
            return tokio::task::spawn_blocking(f)
                .await
                .map_err(|e| PoolError::Panicked(e.to_string()));
        }
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = tx.send(catch_unwind(AssertUnwindSafe(f)));
        });
        self.jobs.send(job).map_err(|_| PoolError::Gone)?;
        match rx.await {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(panic)) => Err(PoolError::Panicked(panic_message(&*panic))),
            Err(_) => Err(PoolError::Gone),
        }
    }
}

/// One thread's loop: takes jobs until the pool is dropped.
fn serve(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
        match job {
            Ok(job) => job(),
            Err(_) => return,
        }
    }
}

fn panic_message(panic: &(dyn Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_run_on_the_pool_threads_and_panics_are_reported() {
        let pool = ParsePool::new("test-parse", 2);
        let name = pool
            .run(|| std::thread::current().name().map(str::to_string))
            .await
            .expect("a result");
        assert!(name.is_some_and(|n| n.starts_with("test-parse-")));
        let sum = pool.run(|| (1..=10).sum::<u32>()).await.expect("a result");
        assert_eq!(sum, 55);
        let err = pool
            .run(|| -> u32 { panic!("bad page") })
            .await
            .expect_err("the panic is reported");
        assert!(err.to_string().contains("bad page"), "{err}");
        // The thread that caught the panic keeps serving.
        for _ in 0..4 {
            assert_eq!(pool.run(|| 7).await.expect("a result"), 7);
        }
    }
}
