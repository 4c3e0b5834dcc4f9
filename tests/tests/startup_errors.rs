//! A worker that cannot reach its broker or its Meilisearch at start-up says so in one line
//! naming the address and the setting to check, exits non-zero, and never panics.

use fleet_tests::worker::WorkerProcess;
use fleet_tests::{amqp_url, unique_name};
use std::time::Duration;

/// A loopback port nobody listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    l.local_addr().expect("its address").port()
}

/// Runs `kind` with `env` until it exits by itself; returns its exit code and its last log line.
async fn run_to_failure(kind: &str, env: &[(String, String)]) -> (Option<i32>, String, String) {
    let prefix = unique_name("t-startup");
    let mut w = WorkerProcess::spawn(kind, &prefix, env);
    let status = w.wait_exit(Duration::from_secs(60)).await;
    let log = w.log_tail();
    let status = status.unwrap_or_else(|| panic!("{kind} did not exit by itself; log:\n{log}"));
    let last = log.lines().last().unwrap_or_default().to_string();
    (status.code(), last, log)
}

#[tokio::test]
async fn an_unreachable_broker_at_start_up_is_one_line_naming_address_and_setting() {
    let port = closed_port();
    let mut url = url::Url::parse(&amqp_url()).expect("AMQP_URL parses");
    url.set_host(Some("127.0.0.1")).expect("host");
    url.set_port(Some(port)).expect("port");
    url.set_password(Some("s3cret-pw")).expect("password");
    let env = vec![("AMQP_URL".to_string(), url.to_string())];
    for kind in ["fetcher", "extractor"] {
        let (code, last, log) = run_to_failure(kind, &env).await;
        assert_eq!(code, Some(1), "{kind} exit code; log:\n{log}");
        assert!(
            last.starts_with(&format!("{kind}: cannot connect to RabbitMQ at ")),
            "{kind}: last line {last:?}"
        );
        assert!(last.contains(&format!("127.0.0.1:{port}")), "{last}");
        assert!(last.contains("AMQP_URL"), "{last}");
        assert!(!log.contains("s3cret-pw"), "password leaked:\n{log}");
        assert!(!log.contains("panicked"), "{kind} panicked:\n{log}");
    }
}

#[tokio::test]
async fn an_unreachable_meilisearch_at_start_up_is_one_line_naming_address_and_setting() {
    let meili_url = format!("http://127.0.0.1:{}", closed_port());
    let env = vec![
        ("MEILI_URL".to_string(), meili_url.clone()),
        ("MEILI_MASTER_KEY".to_string(), "irrelevant-key".to_string()),
    ];
    let (code, last, log) = run_to_failure("indexer", &env).await;
    assert_eq!(code, Some(1), "indexer exit code; log:\n{log}");
    assert!(
        last.starts_with(&format!(
            "indexer: Meilisearch at {meili_url} is unreachable"
        )),
        "last line {last:?}"
    );
    assert!(last.contains("MEILI_URL"), "{last}");
    assert!(!last.contains("irrelevant-key"), "key leaked: {last}");
    assert!(!log.contains("panicked"), "indexer panicked:\n{log}");
}
