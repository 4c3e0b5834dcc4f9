//! Politeness that holds across the fleet: three fetcher processes share one host's rate, and
//! robots.txt disallow rules are never broken.

use fleet_tests::{wait_for, Fleet, TestSite};
use std::time::Duration;

const RATE: f64 = 2.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_fetchers_share_one_host_rate_and_obey_robots_txt() {
    let site =
        TestSite::start_with_robots(2, 5, Some("User-agent: *\nDisallow: /section/1\n")).await;
    let meili = meili_double::test_target().await;
    let host = site.base.trim_start_matches("http://").to_string();
    let mut env = vec![
        ("MEILI_URL".to_string(), meili.url().to_string()),
        (
            "CRAWL__INDEXER__INDEX_UID".into(),
            meili.index_uid().to_string(),
        ),
        ("CRAWL__INDEXER__BATCH_MAX_AGE_SECS".into(), "0.3".into()),
        ("CRAWL__EXTRACTOR__MIN_WORDS".into(), "20".into()),
        (
            "CRAWL__FETCH__HOST_RATES".into(),
            format!("{{ \"{host}\" = {RATE} }}"),
        ),
    ];
    if let Some(key) = meili.master_key() {
        env.push(("MEILI_MASTER_KEY".into(), key.to_string()));
    }
    let mut fleet = Fleet::new(env);
    for i in 0..3 {
        fleet.start(&format!("fetcher-{i}"), "fetcher");
    }
    fleet.start("extractor", "extractor");
    fleet.start("indexer", "indexer");
    fleet.seed(&format!("{}/", site.base), "polite", 3).await;

    // Section 0's five articles are reachable; section 1 is disallowed.
    let reachable: Vec<String> = (0..5).map(|n| format!("/news/0/{n}")).collect();
    wait_for(
        "every allowed article fetched",
        Duration::from_secs(120),
        || async {
            let hits = site.hits();
            let missing: Vec<&String> = reachable
                .iter()
                .filter(|p| !hits.contains_key(*p))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("missing {missing:?}; hits {hits:?}"))
            }
        },
    )
    .await;
    fleet.shutdown().await;
    meili.cleanup().await;

    let log = site.request_log();
    let paths: Vec<&str> = log.iter().map(|(_, p)| p.as_str()).collect();
    assert!(
        !paths.iter().any(|p| p.starts_with("/section/1")),
        "a disallowed URL was requested: {paths:?}"
    );
    for (path, n) in site.hits() {
        assert_eq!(n, 1, "{path} requested {n} times: {paths:?}");
    }
    // No one-second window holds more than the rate plus one request of burst.
    let times: Vec<_> = log.iter().map(|(t, _)| *t).collect();
    for (i, start) in times.iter().enumerate() {
        let in_window = times[i..]
            .iter()
            .take_while(|t| t.duration_since(*start) < Duration::from_secs(1))
            .count();
        assert!(
            in_window <= RATE as usize + 1,
            "{in_window} requests within one second from request {i}: {:?}",
            log.iter()
                .map(|(t, p)| (t.duration_since(times[0]).as_millis(), p.clone()))
                .collect::<Vec<_>>()
        );
    }
    // And the fleet is not slower than the host allows: n requests need about (n-1)/rate s.
    let span = times
        .last()
        .map(|l| l.duration_since(times[0]))
        .unwrap_or_default();
    let ideal = Duration::from_secs_f64((times.len().saturating_sub(1)) as f64 / RATE);
    assert!(
        span >= ideal.mul_f64(0.9),
        "{} requests in {span:?}, faster than the rate allows",
        times.len()
    );
    // Nor much slower: deferred jobs wait in delay queues of whole seconds, so allow a couple
    // of seconds of rounding on top of twice the ideal.
    println!("{} requests in {span:?} (ideal {ideal:?})", times.len());
    assert!(
        span <= ideal * 2 + Duration::from_secs(3),
        "{} requests took {span:?}; at {RATE}/s they need {ideal:?}",
        times.len()
    );
}
