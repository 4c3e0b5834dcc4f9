//! Behaviour of both backends: the real Redis at `REDIS_URL` (default 127.0.0.1:6379, with a
//! unique key prefix per test, cleaned up at the end; every key also has a TTL) and the
//! in-memory store. The same scenario functions run against each.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crawl_core::disposition::{Classify, FailureClass};
use crawl_frontier::RobotsRecord;
use crawl_state::*;
use tokio::time::Instant;
use url::Url;

fn redis_url() -> String {
    std::env::var("REDIS_URL").unwrap_or_else(|_| DEFAULT_REDIS_URL.to_string())
}

fn unique(name: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("test:{name}:{}:{nanos:x}:", std::process::id())
}

fn cfg(name: &str) -> StateConfig {
    StateConfig {
        redis_url: redis_url(),
        key_prefix: unique(name),
        ..Default::default()
    }
}

async fn redis(cfg: StateConfig) -> RedisState {
    RedisState::connect(cfg)
        .await
        .expect("Redis must run at REDIS_URL (default 127.0.0.1:6379) for these tests")
}

/// Polls `cond` until it holds or `deadline` passes; returns whether it held.
async fn eventually<F, Fut>(deadline: Duration, mut cond: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let end = Instant::now() + deadline;
    loop {
        if cond().await {
            return true;
        }
        if Instant::now() > end {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn u(i: usize) -> Url {
    Url::parse(&format!("https://example.com/page/{i}")).unwrap()
}

/// A claimant standing for the job number `n`.
fn by(n: usize) -> Claimant {
    Claimant::new(&format!("https://example.com/hub/{n}"))
}

// ---------- scenarios shared by both backends ----------

async fn seen_exactly_once(stores: Vec<SharedState>) {
    let urls = 300;
    let counts: Arc<Mutex<HashMap<usize, u32>>> = Arc::default();
    let mut tasks = Vec::new();
    for t in 0..16 {
        let store = stores[t % stores.len()].clone();
        let counts = counts.clone();
        tasks.push(tokio::spawn(async move {
            for k in 0..urls {
                // Every task walks the same URLs from a different starting point.
                let i = (k + t * 37) % urls;
                if store.first_visit("crawl-a", &u(i), by(t)).await.unwrap() {
                    *counts.lock().unwrap().entry(i).or_default() += 1;
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let counts = counts.lock().unwrap().clone();
    assert_eq!(counts.len(), urls, "every URL was first-visited once");
    assert!(counts.values().all(|c| *c == 1), "no URL twice: {counts:?}");
    assert!(
        stores[0]
            .first_visit("crawl-b", &u(1), by(0))
            .await
            .unwrap(),
        "crawls are separate"
    );
    assert!(!stores[0]
        .first_visit("crawl-b", &u(1), by(1))
        .await
        .unwrap());
}

/// The job that claimed a URL is told "first" again when it is redelivered, so the links it
/// found before its worker died are not lost; other jobs are told "seen".
async fn seen_claims_survive_redelivery(store: SharedState) {
    assert!(store.first_visit("c", &u(1), by(1)).await.unwrap());
    assert!(!store.first_visit("c", &u(1), by(2)).await.unwrap());
    assert!(
        store.first_visit("c", &u(1), by(1)).await.unwrap(),
        "the claimant's redelivery claims again"
    );
    assert!(!store.first_visit("c", &u(1), by(3)).await.unwrap());
    assert!(
        store.first_visit("other", &u(1), by(2)).await.unwrap(),
        "claims are per crawl"
    );
}

async fn seen_expires(store: SharedState) {
    assert!(store.first_visit("c", &u(1), by(1)).await.unwrap());
    assert!(!store.first_visit("c", &u(1), by(2)).await.unwrap());
    let start = Instant::now();
    assert!(
        eventually(Duration::from_secs(8), || async {
            store.first_visit("c", &u(1), by(2)).await.unwrap()
        })
        .await,
        "a seen URL becomes new again after the TTL"
    );
    assert!(
        start.elapsed() >= Duration::from_millis(900),
        "not before the TTL"
    );
    assert!(!store.first_visit("c", &u(1), by(3)).await.unwrap());
}

/// Several clients reserve slots for one host and "fetch" at the granted time; no window of
/// one second may hold more than rate + 1 (window edges) + burst fetches, and the whole run
/// takes about n × interval.
async fn gate_holds_rate(stores: Vec<SharedState>, burst: usize) {
    let interval = Duration::from_millis(100);
    let per_client = 8;
    let host = "paced.example";
    // (granted start, uncertainty): the server decided between `before` and `after`, so the
    // true start lies within ± (after - before) / 2 of the recorded one.
    let times: Arc<Mutex<Vec<(Instant, Duration)>>> = Arc::default();
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for store in &stores {
        let store = store.clone();
        let times = times.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..per_client {
                let before = Instant::now();
                let wait = store.reserve(host, interval).await.unwrap();
                let after = Instant::now();
                let half = (after - before) / 2;
                let at = before + half + wait;
                times.lock().unwrap().push((at, half));
                tokio::time::sleep_until(at).await;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut times = times.lock().unwrap().clone();
    times.sort();
    let show = |v: &[(Instant, Duration)]| v.iter().map(|t| t.0 - t0).collect::<Vec<_>>();
    let n = times.len();
    let slack = Duration::from_millis(2);
    let max_unc = times.iter().map(|t| t.1).max().unwrap_or_default();
    let window = Duration::from_secs(1);
    let max_in_window = (window.as_millis() / interval.as_millis()) as usize + 1 + burst;
    for (i, (start, _)) in times.iter().enumerate() {
        let inside = times[i..]
            .iter()
            .filter(|t| t.0 + max_unc * 2 + slack < *start + window)
            .count();
        assert!(
            inside <= max_in_window,
            "{inside} fetches in one second (max {max_in_window}): {:?}",
            show(&times)
        );
    }
    for w in times.windows(2 + burst) {
        let (first, last) = (w[0], w[1 + burst]);
        assert!(
            last.0 - first.0 + first.1 + last.1 + slack >= interval,
            "slots closer than the interval: {:?}",
            show(w)
        );
    }
    let span = times[n - 1].0 - times[0].0;
    let ideal = interval * (n - 1 - burst) as u32;
    assert!(
        span <= ideal + Duration::from_secs(1),
        "the fleet is not slower than the host allows: {span:?} for ideal {ideal:?}"
    );
}

async fn gate_burst_and_backoff(store: SharedState, burst: u32) {
    let interval = Duration::from_millis(100);
    // Burst: burst + 1 slots at once, then one per interval.
    let mut waits = Vec::new();
    for _ in 0..(burst + 3) {
        waits.push(store.reserve("burst.example", interval).await.unwrap());
    }
    let immediate = waits
        .iter()
        .filter(|w| **w < Duration::from_millis(20))
        .count();
    assert_eq!(immediate, burst as usize + 1, "{waits:?}");
    assert!(
        waits.last().unwrap() >= &Duration::from_millis(150),
        "{waits:?}"
    );

    // Backoff: a host in backoff waits, another host does not.
    store
        .backoff("slow.example", Duration::from_millis(800))
        .await
        .unwrap();
    store
        .backoff("slow.example", Duration::from_millis(100))
        .await
        .unwrap(); // never shortens
    let st = store.host_state("slow.example").await.unwrap().unwrap();
    assert!(
        st.backoff_remaining.unwrap() > Duration::from_millis(600),
        "{st:?}"
    );
    match store
        .try_reserve("slow.example", interval, Duration::from_millis(100))
        .await
        .unwrap()
    {
        Reservation::Deferred { retry_after } => {
            assert!(retry_after > Duration::from_millis(600), "{retry_after:?}")
        }
        other => panic!("expected a deferral, got {other:?}"),
    }
    // Deferrals reserve nothing: the next slot is still at the end of the backoff.
    for _ in 0..5 {
        let _ = store
            .try_reserve("slow.example", interval, Duration::from_millis(1))
            .await
            .unwrap();
    }
    let st = store.host_state("slow.example").await.unwrap().unwrap();
    assert!(st.next_allowed_in <= Duration::from_millis(800), "{st:?}");
    assert_eq!(
        store.reserve("fast.example", interval).await.unwrap(),
        Duration::ZERO,
        "a host in backoff does not slow another"
    );
    let wait = store.reserve("slow.example", interval).await.unwrap();
    assert!(
        wait > Duration::from_millis(600) && wait <= Duration::from_millis(800),
        "{wait:?}"
    );
    let hosts = store.hosts(100).await.unwrap();
    assert!(hosts.iter().any(|h| h.host == "slow.example"), "{hosts:?}");
    assert_eq!(store.host_state("idle.example").await.unwrap(), None);
}

async fn robots_cache(store: SharedState) {
    let origin = "https://example.com";
    assert_eq!(store.get_robots(origin).await.unwrap(), None);
    let rec = RobotsRecord {
        status: 200,
        body: b"User-agent: *\nDisallow: /x\n".to_vec(),
    };
    store
        .put_robots(origin, &rec, Duration::from_millis(500))
        .await
        .unwrap();
    assert_eq!(store.get_robots(origin).await.unwrap(), Some(rec));
    assert!(
        eventually(Duration::from_secs(5), || async {
            store.get_robots(origin).await.unwrap().is_none()
        })
        .await,
        "the cached robots.txt expires"
    );

    let lock = store
        .lock_robots_fetch(origin, Duration::from_secs(10))
        .await
        .unwrap()
        .expect("first fetcher gets the lock");
    assert_eq!(
        store
            .lock_robots_fetch(origin, Duration::from_secs(10))
            .await
            .unwrap(),
        None,
        "second fetcher waits"
    );
    let forged = FetchLock {
        origin: origin.into(),
        token: "forged".into(),
    };
    store.unlock_robots_fetch(&forged).await.unwrap();
    assert_eq!(
        store
            .lock_robots_fetch(origin, Duration::from_secs(10))
            .await
            .unwrap(),
        None,
        "only the holder can release"
    );
    store.unlock_robots_fetch(&lock).await.unwrap();
    let short = store
        .lock_robots_fetch(origin, Duration::from_millis(300))
        .await
        .unwrap();
    assert!(short.is_some());
    assert!(
        eventually(Duration::from_secs(5), || async {
            store
                .lock_robots_fetch(origin, Duration::from_secs(10))
                .await
                .unwrap()
                .is_some()
        })
        .await,
        "a lock whose holder died expires"
    );
}

async fn counters_and_freshness(store: SharedState) {
    let mut tasks = Vec::new();
    for i in 0..40 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let host = if i % 4 == 0 { "a.example" } else { "b.example" };
            store.count_page("crawl-c", host).await.unwrap()
        }));
    }
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    let totals: std::collections::HashSet<u64> = results.iter().map(|r| r.1).collect();
    assert_eq!(totals.len(), 40, "each page gets its own crawl count");
    assert_eq!(results.iter().map(|r| r.1).max(), Some(40));
    assert_eq!(results.iter().map(|r| r.0).max(), Some(30));
    store.record("crawl-c", Stat::Fetched, 3).await.unwrap();
    store.record("crawl-c", Stat::Articles, 2).await.unwrap();
    store
        .record("crawl-c", Stat::Skipped("robots"), 1)
        .await
        .unwrap();
    store
        .record("crawl-c", Stat::Skipped("calendar"), 4)
        .await
        .unwrap();
    store.record("crawl-c", Stat::Discovered, 9).await.unwrap();
    store.record("crawl-c", Stat::Errors, 1).await.unwrap();
    let s = store.stats("crawl-c").await.unwrap();
    assert_eq!(
        (s.pages, s.discovered, s.fetched, s.articles, s.errors),
        (40, 9, 3, 2, 1)
    );
    assert_eq!(s.skipped.get("calendar"), Some(&4));
    assert_eq!(s.skipped.get("robots"), Some(&1));
    assert_eq!(store.stats("nope").await.unwrap().pages, 0);
    assert!(store
        .crawls(10)
        .await
        .unwrap()
        .contains(&"crawl-c".to_string()));

    assert!(store.changed("doc1", "h1").await.unwrap());
    assert!(
        store.changed("doc1", "h1").await.unwrap(),
        "changed() alone remembers nothing"
    );
    store.remember_content("doc1", "h1").await.unwrap();
    assert!(!store.changed("doc1", "h1").await.unwrap());
    assert!(store.changed("doc1", "h2").await.unwrap());

    let feed = Url::parse("https://example.com/feed.xml").unwrap();
    assert_eq!(store.validators("crawl-c", &feed).await.unwrap(), None);
    let v = Validators {
        etag: Some("\"abc\"".into()),
        last_modified: Some("Sun, 06 Nov 1994 08:49:37 GMT".into()),
        poll_interval: Some(Duration::from_secs(600)),
    };
    store.put_validators("crawl-c", &feed, &v).await.unwrap();
    assert_eq!(store.validators("crawl-c", &feed).await.unwrap(), Some(v));
    assert_eq!(
        store.validators("crawl-d", &feed).await.unwrap(),
        None,
        "validators are per crawl"
    );
    let only_etag = Validators {
        etag: Some("\"d\"".into()),
        ..Default::default()
    };
    store
        .put_validators("crawl-c", &feed, &only_etag)
        .await
        .unwrap();
    assert_eq!(
        store.validators("crawl-c", &feed).await.unwrap(),
        Some(only_etag)
    );
}

/// Polls fall due once each, come back after the lease when lost, and stop with their crawl.
async fn poll_schedule(store: SharedState) {
    let feed = Url::parse("https://example.com/feed.xml").unwrap();
    let home = Url::parse("https://example.com/").unwrap();
    store
        .schedule_poll("news", &feed, b"job-feed", Duration::ZERO)
        .await
        .unwrap();
    store
        .schedule_poll("news", &home, b"job-home", Duration::from_secs(3600))
        .await
        .unwrap();
    store
        .schedule_poll("other", &feed, b"job-other", Duration::from_secs(3600))
        .await
        .unwrap();
    let (n, next) = store.polls("news").await.unwrap();
    assert_eq!(n, 2);
    assert!(next.is_some_and(|d| d < Duration::from_secs(1)), "{next:?}");

    let lease = Duration::from_millis(1500);
    let due = store.take_due_polls(10, lease).await.unwrap();
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(
        (due[0].crawl_id.as_str(), due[0].url.as_str()),
        ("news", "https://example.com/feed.xml")
    );
    assert_eq!(due[0].job, b"job-feed");
    assert!(due[0].round > 1_600_000_000, "round is a Unix time");
    assert!(
        store.take_due_polls(10, lease).await.unwrap().is_empty(),
        "a taken poll is leased, not taken twice"
    );
    // Lost: it falls due again after the lease.
    assert!(
        eventually(Duration::from_secs(5), || async {
            !store.take_due_polls(10, lease).await.unwrap().is_empty()
        })
        .await,
        "a lost poll comes back after its lease"
    );
    // Rescheduled after a successful poll: not due until the new interval.
    store
        .schedule_poll("news", &feed, b"job-feed-2", Duration::from_secs(3600))
        .await
        .unwrap();
    assert!(store.take_due_polls(10, lease).await.unwrap().is_empty());

    assert_eq!(store.stop_polls("news").await.unwrap(), 2);
    assert_eq!(store.polls("news").await.unwrap(), (0, None));
    assert_eq!(
        store.polls("other").await.unwrap().0,
        1,
        "other crawls keep theirs"
    );
}

// ---------- Redis ----------

#[tokio::test]
async fn redis_connect_errors_name_the_address_and_setting() {
    let bad = StateConfig {
        redis_url: "redis://127.0.0.1:1".into(),
        connect_timeout: Duration::from_secs(2),
        ..Default::default()
    };
    let started = Instant::now();
    let err = RedisState::connect(bad)
        .await
        .err()
        .expect("nothing listens on port 1");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "connect is bounded"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("127.0.0.1:1") && msg.contains("REDIS_URL"),
        "{msg}"
    );
    assert_eq!(err.class(), FailureClass::Transient);

    let invalid = StateConfig {
        redis_url: "http://user:secret@x".into(),
        ..Default::default()
    };
    let err = RedisState::connect(invalid).await.err().unwrap();
    assert!(matches!(err, StateError::InvalidUrl { .. }), "{err}");
    assert!(!err.to_string().contains("secret"), "{err}");
    assert_eq!(err.class(), FailureClass::Permanent);
}

#[tokio::test]
async fn redis_seen_exactly_once_under_concurrency() {
    let c = cfg("seen");
    let mut stores: Vec<SharedState> = Vec::new();
    let mut owned = Vec::new();
    for _ in 0..4 {
        let s = redis(c.clone()).await;
        owned.push(s.clone());
        stores.push(Arc::new(s));
    }
    seen_exactly_once(stores).await;
    assert!(owned[0].clear_prefix().await.unwrap() > 0);
}

#[tokio::test]
async fn redis_seen_claims_survive_redelivery() {
    let s = redis(cfg("seen-claims")).await;
    seen_claims_survive_redelivery(Arc::new(s.clone())).await;
    s.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_poll_schedule() {
    let s = redis(cfg("polls")).await;
    poll_schedule(Arc::new(s.clone())).await;
    s.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_seen_ttl_expiry() {
    let s = redis(StateConfig {
        seen_ttl: Duration::from_secs(2),
        ..cfg("seen-ttl")
    })
    .await;
    seen_expires(Arc::new(s.clone())).await;
    s.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_gate_holds_rate_across_clients() {
    let c = cfg("gate");
    let mut stores: Vec<SharedState> = Vec::new();
    let first = redis(c.clone()).await;
    stores.push(Arc::new(first.clone()));
    for _ in 0..2 {
        stores.push(Arc::new(redis(c.clone()).await));
    }
    gate_holds_rate(stores, 0).await;
    first.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_gate_with_burst_holds_rate() {
    let c = StateConfig {
        gate_burst: 1,
        ..cfg("gate-burst")
    };
    let first = redis(c.clone()).await;
    let stores: Vec<SharedState> = vec![
        Arc::new(first.clone()),
        Arc::new(redis(c.clone()).await),
        Arc::new(redis(c).await),
    ];
    gate_holds_rate(stores, 1).await;
    first.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_gate_burst_and_backoff() {
    let s = redis(StateConfig {
        gate_burst: 2,
        ..cfg("backoff")
    })
    .await;
    gate_burst_and_backoff(Arc::new(s.clone()), 2).await;
    s.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_robots_cache_and_lock() {
    let s = redis(cfg("robots")).await;
    robots_cache(Arc::new(s.clone())).await;
    s.clear_prefix().await.unwrap();
}

#[tokio::test]
async fn redis_counters_stats_and_freshness() {
    let s = redis(cfg("counters")).await;
    counters_and_freshness(Arc::new(s.clone())).await;
    assert!(s.forget_crawl("crawl-c").await.unwrap() >= 2);
    assert_eq!(s.stats("crawl-c").await.unwrap().pages, 0);
    s.clear_prefix().await.unwrap();
}

/// Redis memory per seen URL, from `MEMORY USAGE` summed over the seen-set's keys. With
/// buckets sized for the crawl (about 80 URLs per bucket) the goal is < 100 bytes per URL.
#[tokio::test]
async fn redis_seen_set_bytes_per_url() {
    let n = 20_000;
    let s = redis(StateConfig {
        seen_buckets: 256,
        ..cfg("memory")
    })
    .await;
    let store: SharedState = Arc::new(s.clone());
    let mut tasks = Vec::new();
    for t in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in (t..n).step_by(8) {
                assert!(store.first_visit("mem", &u(i), by(0)).await.unwrap());
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let keys = s
        .scan(&format!("{}*", s.config().key_prefix), usize::MAX)
        .await
        .unwrap();
    let mut conn = s.connection();
    let mut total: u64 = 0;
    for k in &keys {
        let bytes: Option<u64> = redis::cmd("MEMORY")
            .arg("USAGE")
            .arg(k)
            .arg("SAMPLES")
            .arg(0)
            .query_async(&mut conn)
            .await
            .unwrap();
        total += bytes.unwrap_or(0);
    }
    let per_url = total as f64 / n as f64;
    println!(
        "seen-set: {n} URLs in {} keys, {total} bytes, {per_url:.1} bytes/URL",
        keys.len()
    );
    assert!(per_url < 100.0, "{per_url} bytes per URL");
    s.clear_prefix().await.unwrap();
}

// ---------- in memory ----------

fn mem(c: StateConfig) -> SharedState {
    memory(c)
}

#[tokio::test]
async fn memory_seen_exactly_once_under_concurrency() {
    let store = mem(StateConfig::default());
    seen_exactly_once(vec![store.clone(), store]).await;
}

#[tokio::test]
async fn memory_seen_claims_survive_redelivery() {
    seen_claims_survive_redelivery(mem(StateConfig::default())).await;
}

#[tokio::test]
async fn memory_poll_schedule() {
    poll_schedule(mem(StateConfig::default())).await;
}

#[tokio::test]
async fn memory_seen_ttl_expiry() {
    seen_expires(mem(StateConfig {
        seen_ttl: Duration::from_secs(1),
        ..Default::default()
    }))
    .await;
}

#[tokio::test]
async fn memory_gate_holds_rate() {
    let store = mem(StateConfig::default());
    gate_holds_rate(vec![store.clone(), store.clone(), store], 0).await;
}

#[tokio::test]
async fn memory_gate_burst_and_backoff() {
    gate_burst_and_backoff(
        mem(StateConfig {
            gate_burst: 2,
            ..Default::default()
        }),
        2,
    )
    .await;
}

#[tokio::test]
async fn memory_robots_cache_and_lock() {
    robots_cache(mem(StateConfig::default())).await;
}

#[tokio::test]
async fn memory_counters_stats_and_freshness() {
    counters_and_freshness(mem(StateConfig::default())).await;
}

/// The rate checker itself must catch a gate that lets requests through too fast.
#[tokio::test]
#[should_panic(expected = "closer than the interval")]
async fn rate_checker_catches_a_too_fast_gate() {
    let too_bursty = mem(StateConfig {
        gate_burst: 5,
        ..Default::default()
    });
    gate_holds_rate(vec![too_bursty], 0).await;
}

/// Across epoch boundaries (the seen TTL is 2 s, so an epoch ends every 2 s) racing clients
/// still get exactly one first visit per TTL.
#[tokio::test]
async fn redis_seen_once_per_ttl_across_epoch_boundaries() {
    let c = StateConfig {
        seen_ttl: Duration::from_secs(2),
        ..cfg("seen-epoch")
    };
    let first = redis(c.clone()).await;
    let firsts: Arc<Mutex<Vec<Instant>>> = Arc::default();
    let end = Instant::now() + Duration::from_millis(3500);
    let mut tasks = Vec::new();
    for t in 0..4 {
        let store = redis(c.clone()).await;
        let firsts = firsts.clone();
        tasks.push(tokio::spawn(async move {
            let mut attempt = 0;
            while Instant::now() < end {
                // Every attempt stands for another job discovering the URL.
                attempt += 1;
                if store
                    .first_visit("c", &u(7), by(t * 1_000_000 + attempt))
                    .await
                    .unwrap()
                {
                    firsts.lock().unwrap().push(Instant::now());
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mut firsts = firsts.lock().unwrap().clone();
    firsts.sort();
    // 3.5 s with a 2 s TTL counted in whole server seconds: 2 or 3 first visits, never two
    // within one second of each other.
    assert!(
        (1..=3).contains(&firsts.len()),
        "{} first visits",
        firsts.len()
    );
    for w in firsts.windows(2) {
        assert!(
            w[1] - w[0] >= Duration::from_millis(900),
            "{:?}",
            w[1] - w[0]
        );
    }
    first.clear_prefix().await.unwrap();
}
