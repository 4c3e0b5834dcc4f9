//! The RabbitMQ transport and stage runner against a real broker: dead letters carry their
//! reason, transient failures come back through the wait queues, retries have a budget, and an
//! unreachable broker is a clear error.

use crawl_core::disposition::{Classify, FailureClass, RetryPolicy};
use crawl_core::jobs::{encode, FetchJob, Resource};
use crawl_frontier::Scope;
use crawl_pipeline::bus::{AmqpBus, AmqpSettings, Bus, BusError, Outgoing, Queue};
use crawl_pipeline::runner::{run_stage, Output, RunnerSettings, Stage};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

fn settings(prefix: &str) -> AmqpSettings {
    AmqpSettings {
        url: std::env::var("AMQP_URL")
            .unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".into()),
        queue_prefix: prefix.to_string(),
        connect_timeout: Duration::from_secs(5),
        confirm_timeout: Duration::from_secs(10),
        delivery_limit: 5,
        retry_delays: vec![Duration::from_millis(200), Duration::from_millis(400)],
        fetch_delays: vec![Duration::from_secs(1)],
        max_reconnect_backoff: Duration::from_secs(1),
    }
}

fn prefix(name: &str) -> String {
    format!(
        "bt-{name}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    )
}

fn job(url: &str) -> FetchJob {
    FetchJob::new(
        url.to_string(),
        0,
        "c".into(),
        Scope {
            allowed_hosts: vec!["example.com".into()],
            max_depth: 1,
            ..Scope::default()
        },
        Resource::Page,
    )
}

#[derive(Debug, thiserror::Error)]
#[error("flaky: {0:?}")]
struct Flaky(FailureClass);

impl Classify for Flaky {
    fn class(&self) -> FailureClass {
        self.0
    }
}

/// Fails transiently for URLs containing "flaky" until the given attempt, permanently for
/// "broken", succeeds otherwise, and counts what it saw.
struct TestStage {
    succeed_at_attempt: u32,
    seen: AtomicU32,
    done: AtomicU32,
    gave_up: AtomicU32,
}

impl Stage for TestStage {
    type Input = FetchJob;
    type Error = Flaky;
    const NAME: &'static str = "test";
    const INPUT: Queue = Queue::Fetch;

    async fn handle(&self, job: FetchJob, attempt: u32) -> Result<Vec<Output>, Flaky> {
        self.seen.fetch_add(1, Ordering::SeqCst);
        if job.url.contains("broken") {
            return Err(Flaky(FailureClass::Permanent));
        }
        if job.url.contains("flaky") && attempt < self.succeed_at_attempt {
            return Err(Flaky(FailureClass::Transient));
        }
        self.done.fetch_add(1, Ordering::SeqCst);
        Ok(vec![])
    }

    fn crawl_of(job: &FetchJob) -> &str {
        &job.crawl_id
    }

    async fn gave_up(&self, _crawl_id: &str) {
        self.gave_up.fetch_add(1, Ordering::SeqCst);
    }
}

async fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn depth(bus: &AmqpBus, name: &str) -> u32 {
    bus.queue_depths()
        .await
        .expect("queue depths")
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, c)| c)
        .unwrap_or(u32::MAX)
}

#[tokio::test]
async fn malformed_and_permanent_failures_are_dead_lettered_with_reason_and_transient_ones_retried()
{
    let p = prefix("dl");
    let shutdown = CancellationToken::new();
    let bus = AmqpBus::connect(settings(&p), shutdown.clone())
        .await
        .expect("connect");
    let stage = Arc::new(TestStage {
        succeed_at_attempt: 2,
        seen: AtomicU32::new(0),
        done: AtomicU32::new(0),
        gave_up: AtomicU32::new(0),
    });
    let runner = tokio::spawn(run_stage(
        Bus::Amqp(bus.clone()),
        stage.clone(),
        RunnerSettings {
            prefetch: 4,
            retry: RetryPolicy {
                delays: vec![Duration::from_millis(200), Duration::from_millis(400)],
            },
            shutdown_grace: Duration::from_secs(5),
        },
        shutdown.clone(),
    ));
    Bus::Amqp(bus.clone())
        .publish_all(vec![
            Outgoing::now(Queue::Fetch, b"this is not a job".to_vec()),
            Outgoing::now(
                Queue::Fetch,
                br#"{"v":99,"type":"fetch","job":{}}"#.to_vec(),
            ),
            Outgoing::now(Queue::Fetch, encode(&job("https://example.com/broken"))),
            Outgoing::now(Queue::Fetch, encode(&job("https://example.com/flaky"))),
            Outgoing::now(Queue::Fetch, encode(&job("https://example.com/ok"))),
        ])
        .await
        .expect("publish");
    // ok + flaky (after two retries) succeed.
    wait_until("both good jobs done", Duration::from_secs(20), || {
        stage.done.load(Ordering::SeqCst) == 2
    })
    .await;
    let dead_name = bus.dead_queue_name(Queue::Fetch);
    let deadline = Instant::now() + Duration::from_secs(10);
    while depth(&bus, &dead_name).await < 3 {
        assert!(Instant::now() < deadline, "dead letters did not arrive");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let letters = bus.drain_dead(Queue::Fetch, 10).await.expect("drain");
    let reasons: Vec<String> = letters
        .iter()
        .map(|(_, r, _)| r.clone().unwrap_or_default())
        .collect();
    assert_eq!(letters.len(), 3, "reasons: {reasons:?}");
    assert!(
        reasons.iter().any(|r| r.contains("malformed message")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("unsupported message version 99")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("flaky")), "{reasons:?}");
    for (_, _, acker) in letters {
        acker
            .ack(Default::default())
            .await
            .expect("ack dead letter");
    }
    // The flaky job was seen three times (attempts 0, 1, 2); nothing else was redelivered.
    assert_eq!(stage.seen.load(Ordering::SeqCst), 2 + 3);
    // Decoded jobs given up on count against their crawl (undecodable ones have none).
    assert_eq!(stage.gave_up.load(Ordering::SeqCst), 1);
    assert_eq!(depth(&bus, &bus.queue_name(Queue::Fetch)).await, 0);
    shutdown.cancel();
    runner.await.expect("runner task").expect("runner");
    bus.delete_topology().await.expect("cleanup");
}

#[tokio::test]
async fn transient_failures_past_the_budget_are_dead_lettered() {
    let p = prefix("budget");
    let shutdown = CancellationToken::new();
    let bus = AmqpBus::connect(settings(&p), shutdown.clone())
        .await
        .expect("connect");
    let stage = Arc::new(TestStage {
        succeed_at_attempt: 100,
        seen: AtomicU32::new(0),
        done: AtomicU32::new(0),
        gave_up: AtomicU32::new(0),
    });
    let runner = tokio::spawn(run_stage(
        Bus::Amqp(bus.clone()),
        stage.clone(),
        RunnerSettings {
            prefetch: 1,
            retry: RetryPolicy {
                delays: vec![Duration::from_millis(200), Duration::from_millis(400)],
            },
            shutdown_grace: Duration::from_secs(5),
        },
        shutdown.clone(),
    ));
    Bus::Amqp(bus.clone())
        .publish_all(vec![Outgoing::now(
            Queue::Fetch,
            encode(&job("https://example.com/flaky")),
        )])
        .await
        .expect("publish");
    let dead_name = bus.dead_queue_name(Queue::Fetch);
    let deadline = Instant::now() + Duration::from_secs(15);
    while depth(&bus, &dead_name).await < 1 {
        assert!(Instant::now() < deadline, "the job was never dead-lettered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let letters = bus.drain_dead(Queue::Fetch, 10).await.expect("drain");
    assert_eq!(letters.len(), 1);
    let reason = letters[0].1.clone().unwrap_or_default();
    assert!(reason.contains("retry budget of 2 exhausted"), "{reason}");
    assert_eq!(
        stage.seen.load(Ordering::SeqCst),
        3,
        "first try plus two retries"
    );
    for (_, _, acker) in letters {
        acker
            .ack(Default::default())
            .await
            .expect("ack dead letter");
    }
    shutdown.cancel();
    runner.await.expect("runner task").expect("runner");
    bus.delete_topology().await.expect("cleanup");
}

#[tokio::test]
async fn an_unreachable_broker_is_a_clear_bounded_error() {
    let mut s = settings("unreachable");
    s.url = "amqp://guest:secret@127.0.0.1:1/%2f".into();
    // Bounded by connect_timeout; the outer bound only catches a hang.
    let err = tokio::time::timeout(
        Duration::from_secs(60),
        AmqpBus::connect(s, CancellationToken::new()),
    )
    .await
    .expect("connect gives up by itself")
    .expect_err("must fail");
    let text = err.to_string();
    assert!(matches!(err, BusError::Connect { .. }), "{text}");
    assert!(text.contains("127.0.0.1:1"), "{text}");
    assert!(text.contains("AMQP_URL"), "{text}");
    assert!(!text.contains("secret"), "password leaked: {text}");
}
