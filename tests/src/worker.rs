//! One worker process that a test watches closely: its pid, whether it still runs, its
//! `/metrics`, and the tail of its log (printed when an assertion fails).
//!
//! [`crate::Fleet`] starts and kills workers by name; a [`WorkerProcess`] is for tests that
//! need more of one process, such as "the same process carried on after the broker came back
//! and counted its reconnects". The worker logs JSON so that its telemetry address (it listens
//! on a free port) is read from its own `telemetry_listening` line rather than guessed.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::AsyncBufReadExt;

/// Lines of a worker's log kept for failure messages.
const LOG_TAIL_LINES: usize = 200;

#[derive(Default)]
struct Watched {
    telemetry: Option<SocketAddr>,
    tail: VecDeque<String>,
    /// The log reached its end (the process closed stderr).
    closed: bool,
}

/// A running worker binary (`fetcher`, `extractor` or `indexer`) of one fleet.
pub struct WorkerProcess {
    kind: String,
    pid: u32,
    child: tokio::process::Child,
    watched: Arc<Mutex<Watched>>,
}

impl std::fmt::Debug for WorkerProcess {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerProcess")
            .field("kind", &self.kind)
            .field("pid", &self.pid)
            .finish()
    }
}

/// The sum of every sample of metric `name` in a Prometheus text exposition (all label sets),
/// or `None` when the metric is absent.
pub fn metric_sum(exposition: &str, name: &str) -> Option<f64> {
    let mut found = None;
    for line in exposition.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some(rest) = line.strip_prefix(name) else {
            continue;
        };
        if !(rest.starts_with(' ') || rest.starts_with('{')) {
            continue;
        }
        let value = rest.rsplit(' ').next().and_then(|v| v.parse::<f64>().ok());
        if let Some(v) = value {
            found = Some(found.unwrap_or(0.0) + v);
        }
    }
    found
}

/// The telemetry address announced by a JSON log line, if it is the `telemetry_listening` one.
fn telemetry_addr(line: &str) -> Option<SocketAddr> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let fields = v.get("fields")?;
    if fields.get("event")?.as_str()? != "telemetry_listening" {
        return None;
    }
    fields.get("addr")?.as_str()?.parse().ok()
}

impl WorkerProcess {
    /// Starts worker `kind` on the queues of `prefix` (Redis keys `<prefix>:`), with `env` added
    /// last (so it may override `AMQP_URL` or any setting).
    ///
    /// # Panics
    /// When the binary cannot be started: this is test support.
    pub fn spawn(kind: &str, prefix: &str, env: &[(String, String)]) -> WorkerProcess {
        Self::spawn_binary(&crate::binary(kind), kind, prefix, env)
    }

    /// Like [`WorkerProcess::spawn`] with an explicit binary (e.g. a release build).
    ///
    /// # Panics
    /// When the binary cannot be started: this is test support.
    pub fn spawn_binary(
        binary: &std::path::Path,
        kind: &str,
        prefix: &str,
        env: &[(String, String)],
    ) -> WorkerProcess {
        let mut cmd = tokio::process::Command::new(binary);
        cmd.env("AMQP_URL", crate::amqp_url())
            .env("CRAWL__AMQP__QUEUE_PREFIX", prefix)
            .env("CRAWL__REDIS__KEY_PREFIX", format!("{prefix}:"))
            .env("CRAWL__WORKER__HTTP_ADDR", "127.0.0.1:0")
            .env("CRAWL__WORKER__SHUTDOWN_GRACE_SECS", "5")
            .env("CRAWL__WORKER__LOG_FORMAT", "json")
            .env("RUST_LOG", "warn,crawl_pipeline::workers=info")
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("spawn worker {kind} ({}): {e}", binary.display()));
        let pid = child.id().unwrap_or_default();
        let watched = Arc::new(Mutex::new(Watched::default()));
        if let Some(stderr) = child.stderr.take() {
            let watched = watched.clone();
            tokio::spawn(async move {
                let mut lines = tokio::io::BufReader::new(stderr).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Ok(mut w) = watched.lock() {
                        if let Some(addr) = telemetry_addr(&line) {
                            w.telemetry = Some(addr);
                        }
                        if w.tail.len() == LOG_TAIL_LINES {
                            w.tail.pop_front();
                        }
                        w.tail.push_back(line);
                    }
                }
                if let Ok(mut w) = watched.lock() {
                    w.closed = true;
                }
            });
        }
        WorkerProcess {
            kind: kind.to_string(),
            pid,
            child,
            watched,
        }
    }

    /// Which binary this is.
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// The exit status if the process has ended, `None` while it runs.
    pub fn exit_status(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Waits up to `within` for the process to exit by itself and for its log to be read to
    /// the end; the exit status, or `None` if it still runs.
    pub async fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let deadline = tokio::time::Instant::now() + within;
        let status = tokio::time::timeout_at(deadline, self.child.wait())
            .await
            .ok()?
            .ok()?;
        while !self.watched.lock().map(|w| w.closed).unwrap_or(true)
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Some(status)
    }

    /// The last lines of the worker's log, for failure messages.
    pub fn log_tail(&self) -> String {
        self.watched
            .lock()
            .map(|w| w.tail.iter().cloned().collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }

    /// The address of `/metrics`, once the worker announced it, waiting up to `within`.
    pub async fn telemetry_addr(&self, within: Duration) -> Result<SocketAddr, String> {
        let deadline = std::time::Instant::now() + within;
        loop {
            if let Some(addr) = self.watched.lock().ok().and_then(|w| w.telemetry) {
                return Ok(addr);
            }
            if std::time::Instant::now() > deadline {
                return Err(format!(
                    "{} (pid {}) announced no telemetry address within {within:?}; log:\n{}",
                    self.kind,
                    self.pid,
                    self.log_tail()
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The worker's `/metrics` text.
    pub async fn metrics(&self) -> Result<String, String> {
        let addr = self.telemetry_addr(Duration::from_secs(30)).await?;
        let url = format!("http://{addr}/metrics");
        let resp = reqwest::get(&url)
            .await
            .map_err(|e| format!("GET {url}: {e}"))?;
        if !resp.status().is_success() {
            return Err(format!("GET {url} answered {}", resp.status()));
        }
        resp.text().await.map_err(|e| format!("GET {url}: {e}"))
    }

    /// Whether `/readyz` answers 200 (the worker's dependencies are reachable) rather than 503.
    pub async fn ready(&self) -> Result<bool, String> {
        let addr = self.telemetry_addr(Duration::from_secs(30)).await?;
        let url = format!("http://{addr}/readyz");
        let resp = reqwest::get(&url)
            .await
            .map_err(|e| format!("GET {url}: {e}"))?;
        match resp.status().as_u16() {
            200 => Ok(true),
            503 => Ok(false),
            other => Err(format!("GET {url} answered {other}")),
        }
    }

    /// The sum of metric `name` over its label sets (0 when the worker has not recorded it).
    pub async fn metric(&self, name: &str) -> Result<f64, String> {
        Ok(metric_sum(&self.metrics().await?, name).unwrap_or(0.0))
    }

    /// Sends SIGTERM and waits up to `within` for the process to exit; its exit status, or
    /// `None` when it did not exit in time (it is then killed).
    pub async fn terminate(mut self, within: Duration) -> Option<ExitStatus> {
        let _ = tokio::process::Command::new("kill")
            .args(["-TERM", &self.pid.to_string()])
            .status()
            .await;
        match tokio::time::timeout(within, self.child.wait()).await {
            Ok(status) => status.ok(),
            Err(_) => {
                let _ = self.child.kill().await;
                None
            }
        }
    }

    /// Kills the process with SIGKILL and waits for it to end.
    pub async fn kill(mut self) {
        let _ = self.child.kill().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_sum_adds_label_sets_and_ignores_lookalikes() {
        let text = "# TYPE jobs_in_total counter\n\
                    jobs_in_total{stage=\"fetch\"} 3\n\
                    jobs_in_total{stage=\"page\"} 4\n\
                    jobs_in_total_extra 100\n\
                    amqp_reconnects_total 2\n";
        assert_eq!(metric_sum(text, "jobs_in_total"), Some(7.0));
        assert_eq!(metric_sum(text, "amqp_reconnects_total"), Some(2.0));
        assert_eq!(metric_sum(text, "amqp_reconnects"), None);
    }

    #[test]
    fn the_telemetry_line_is_recognised() {
        let line = r#"{"timestamp":"x","level":"INFO","fields":{"event":"telemetry_listening","addr":"127.0.0.1:4000"},"target":"crawl_pipeline::workers"}"#;
        assert_eq!(
            telemetry_addr(line),
            Some("127.0.0.1:4000".parse().unwrap())
        );
        assert_eq!(telemetry_addr(r#"{"fields":{"event":"other"}}"#), None);
        assert_eq!(telemetry_addr("not json"), None);
    }
}
