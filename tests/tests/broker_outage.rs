//! RabbitMQ going away for 20 s in the middle of a crawl loses nothing, and the same worker
//! processes carry on by themselves once it is back.
//!
//! By default the outage is played by a loopback TCP proxy between the workers and the shared
//! broker (see `fleet_tests::proxy`): every connection is reset and new ones are refused for
//! 20 s, which is what the workers see when a broker stops. The shared broker itself is never
//! touched. To run the same scenario against a real broker restart, point `AMQP_URL` at a
//! broker this test may stop and set both `CRAWL_TEST_BROKER_STOP` and
//! `CRAWL_TEST_BROKER_START` to shell commands that stop and start it (for example
//! `rabbitmqctl stop_app` / `rabbitmqctl start_app`); without them that variant only says it was
//! skipped.

use fleet_tests::proxy::TcpProxy;
use fleet_tests::scenario::{all_documents, check_index, fleet_env};
use fleet_tests::worker::WorkerProcess;
use fleet_tests::{amqp_url, wait_for, Fleet, TestSite};
use std::time::{Duration, Instant};

/// How long the broker stays away.
const OUTAGE: Duration = Duration::from_secs(20);

/// How the test makes the broker go away and come back.
enum Outage {
    /// Reset and refuse the workers' connections at a proxy.
    Proxy(TcpProxy),
    /// Stop and start a broker the test is allowed to restart.
    Commands { stop: String, start: String },
}

impl Outage {
    async fn begin(&self) {
        match self {
            Outage::Proxy(p) => p.cut().await,
            Outage::Commands { stop, .. } => run_shell(stop).await,
        }
    }

    async fn end(&self) {
        match self {
            Outage::Proxy(p) => p.restore().await,
            Outage::Commands { start, .. } => run_shell(start).await,
        }
    }
}

async fn run_shell(command: &str) {
    let status = tokio::process::Command::new("sh")
        .args(["-c", command])
        .status()
        .await
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(status.success(), "{command:?} failed: {status}");
}

/// `host:port` of the broker in an `amqp://` URL.
fn broker_address(url: &str) -> String {
    let u = url::Url::parse(url).expect("AMQP_URL parses");
    format!(
        "{}:{}",
        u.host_str().expect("AMQP_URL has a host"),
        u.port().unwrap_or(5672)
    )
}

fn describe(workers: &[WorkerProcess]) -> String {
    workers
        .iter()
        .map(|w| format!("--- {} (pid {}):\n{}", w.kind(), w.pid(), w.log_tail()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Crawls a site through `workers_url`, takes the broker away for [`OUTAGE`] once articles are
/// flowing, brings it back, and checks the outcome.
async fn crawl_through_an_outage(outage: Outage, workers_url: String) {
    let meili = meili_double::test_target().await;
    let site = TestSite::start(4, 25).await;
    let uid = meili.another_index_uid("outage");
    let fleet = Fleet::new(Vec::new());
    // 8 requests/s to the site: fetching takes ~13 s, so the outage begins mid-crawl.
    let mut env = fleet_env(&meili, &uid, &site, 8.0);
    env.push(("AMQP_URL".into(), workers_url));
    env.push(("CRAWL__AMQP__MAX_RECONNECT_BACKOFF_SECS".into(), "2".into()));
    let mut workers: Vec<WorkerProcess> = ["fetcher", "extractor", "indexer"]
        .iter()
        .map(|kind| WorkerProcess::spawn(kind, &fleet.prefix, &env))
        .collect();
    for w in &workers {
        w.telemetry_addr(Duration::from_secs(60))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let pids: Vec<u32> = workers.iter().map(WorkerProcess::pid).collect();
    // The test's own connection goes straight to the broker, never through the proxy.
    fleet
        .seed(&format!("{}/", site.base), "crawl-outage", 3)
        .await;
    wait_for(
        "articles flowing into the index before the outage",
        Duration::from_secs(120),
        || async {
            let n = all_documents(&meili, &uid).await?.len();
            if n >= 5 {
                Ok(())
            } else {
                Err(format!("{n} documents so far"))
            }
        },
    )
    .await;
    let indexed_before = all_documents(&meili, &uid).await.map(|d| d.len());
    assert!(
        indexed_before
            .as_ref()
            .is_ok_and(|n| *n < site.articles().len()),
        "the crawl finished before the outage began ({indexed_before:?}): it proves nothing"
    );

    outage.begin().await;
    let began = Instant::now();
    // While the broker is away the workers stay up and report themselves not ready.
    for w in &workers {
        let kind = w.kind().to_string();
        wait_for(
            &format!("{kind} to report not ready during the outage"),
            OUTAGE,
            || async {
                match w.ready().await? {
                    false => Ok(()),
                    true => Err(format!("{kind} still says ready")),
                }
            },
        )
        .await;
    }
    // The outage lasts its full length; meanwhile no worker may exit.
    while began.elapsed() < OUTAGE {
        for w in &mut workers {
            if let Some(status) = w.exit_status() {
                panic!(
                    "{} exited during the outage ({status}); logs:\n{}",
                    w.kind(),
                    w.log_tail()
                );
            }
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    outage.end().await;

    wait_for(
        "every article in the index after the outage",
        Duration::from_secs(240),
        || async {
            check_index(&all_documents(&meili, &uid).await?, &site)
                .map_err(|e| format!("{e}\n{}", describe(&workers)))
        },
    )
    .await;
    let mut reconnects_seen = Vec::new();
    for (w, pid) in workers.iter_mut().zip(&pids) {
        assert_eq!(w.pid(), *pid);
        assert!(
            w.exit_status().is_none(),
            "{} is no longer running; logs:\n{}",
            w.kind(),
            w.log_tail()
        );
        let reconnects = w
            .metric("amqp_reconnects_total")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        reconnects_seen.push(format!("{} {reconnects}", w.kind()));
        assert!(
            reconnects >= 1.0,
            "{} (pid {pid}) counted no reconnect; logs:\n{}",
            w.kind(),
            w.log_tail()
        );
        assert!(
            w.ready().await.unwrap_or(false),
            "{} not ready after the outage",
            w.kind()
        );
    }
    if let Outage::Proxy(p) = &outage {
        assert_eq!(
            p.upstream_refusals(),
            0,
            "the proxy could not reach the broker"
        );
        eprintln!(
            "proxy: {} connections accepted in all",
            p.connections_accepted()
        );
    }
    eprintln!(
        "outage began with {indexed_before:?} of {} articles indexed; reconnects counted: {}",
        site.articles().len(),
        reconnects_seen.join(", ")
    );
    for w in workers {
        w.kill().await;
    }
    fleet.shutdown().await;
    meili.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_20_s_broker_outage_loses_nothing_and_the_same_workers_carry_on() {
    let proxy = TcpProxy::start(&broker_address(&amqp_url())).await;
    let url = proxy.amqp_url_via(&amqp_url());
    crawl_through_an_outage(Outage::Proxy(proxy), url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_broker_restart_loses_nothing_when_the_test_may_restart_it() {
    let (Ok(stop), Ok(start)) = (
        std::env::var("CRAWL_TEST_BROKER_STOP"),
        std::env::var("CRAWL_TEST_BROKER_START"),
    ) else {
        eprintln!(
            "skipped: set CRAWL_TEST_BROKER_STOP and CRAWL_TEST_BROKER_START (and AMQP_URL) \
             to restart a broker this test owns; the shared broker is never stopped"
        );
        return;
    };
    crawl_through_an_outage(Outage::Commands { stop, start }, amqp_url()).await;
}
