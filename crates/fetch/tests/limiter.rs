//! Per-host spacing, checked on tokio's paused clock (no real sleeps).

use crawl_fetch::{FetchConfig, HostLimiter};
use std::collections::BTreeMap;
use std::time::Duration;
use tokio::time::Instant;

fn limiter(cfg: FetchConfig) -> HostLimiter {
    HostLimiter::new(&cfg).unwrap()
}

async fn time_n(l: &HostLimiter, host: &str, n: usize) -> Duration {
    let t0 = Instant::now();
    for _ in 0..n {
        l.until_ready(host).await;
    }
    t0.elapsed()
}

fn near(d: Duration, secs: f64) -> bool {
    (d.as_secs_f64() - secs).abs() < 0.05
}

#[tokio::test(start_paused = true)]
async fn one_request_per_second_by_default() {
    let l = limiter(FetchConfig::default());
    let took = time_n(&l, "a.example", 3).await;
    assert!(near(took, 2.0), "3 requests at 1/s took {took:?}");
    // The next one is a full second away, and `check` says so without taking a slot.
    let wait = l.check("a.example").unwrap_err();
    assert!(near(wait, 1.0), "{wait:?}");
}

#[tokio::test(start_paused = true)]
async fn hosts_do_not_wait_for_each_other() {
    let l = limiter(FetchConfig::default());
    l.until_ready("a.example").await;
    let took = time_n(&l, "b.example", 1).await;
    assert_eq!(took, Duration::ZERO);
    assert!(l.check("a.example").is_err());
    assert!(l.check("c.example").is_ok());
    // Host keys are case-insensitive.
    assert!(l.check("C.EXAMPLE").is_err());
}

#[tokio::test(start_paused = true)]
async fn burst_then_steady_rate() {
    let l = limiter(FetchConfig {
        host_rate: 2.0,
        host_burst: 3,
        ..FetchConfig::default()
    });
    let took = time_n(&l, "a.example", 3).await;
    assert_eq!(took, Duration::ZERO, "a burst of 3 goes at once");
    let took = time_n(&l, "a.example", 2).await;
    assert!(near(took, 1.0), "two more at 2/s took {took:?}");
}

#[tokio::test(start_paused = true)]
async fn configured_overrides_apply_per_host_and_port() {
    let mut rates = BTreeMap::new();
    rates.insert("slow.example".to_owned(), 0.25);
    rates.insert("127.0.0.1:8080".to_owned(), 4.0);
    rates.insert("127.0.0.1".to_owned(), 0.5);
    let l = limiter(FetchConfig {
        host_rates: rates,
        ..FetchConfig::default()
    });
    assert!(near(time_n(&l, "slow.example", 2).await, 4.0));
    assert!(near(time_n(&l, "127.0.0.1:8080", 3).await, 0.5));
    // Another port of the same host falls back to the bare host's override.
    assert!(near(time_n(&l, "127.0.0.1:9090", 2).await, 2.0));
    assert!(near(time_n(&l, "other.example", 2).await, 1.0));
    assert_eq!(l.interval("slow.example"), Duration::from_secs(4));
    assert_eq!(l.interval("other.example"), Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn crawl_delay_raises_the_spacing_and_can_be_lifted() {
    let l = limiter(FetchConfig::default());
    l.until_ready("a.example").await;
    l.set_min_interval("a.example", Duration::from_secs(3));
    assert_eq!(l.interval("a.example"), Duration::from_secs(3));
    // The switch does not grant an extra request: the next waits a full 3 s.
    assert!(near(time_n(&l, "a.example", 2).await, 6.0));
    // Same value again: no change, no reset.
    l.set_min_interval("a.example", Duration::from_secs(3));
    assert!(near(time_n(&l, "a.example", 1).await, 3.0));
    // A Crawl-delay below the rate does not speed the host up.
    l.set_min_interval("b.example", Duration::from_millis(100));
    assert_eq!(l.interval("b.example"), Duration::from_secs(1));
    assert!(near(time_n(&l, "b.example", 3).await, 2.0));
    // Lifted: back to 1 s, again without a free request.
    l.set_min_interval("a.example", Duration::ZERO);
    assert_eq!(l.interval("a.example"), Duration::from_secs(1));
    assert!(near(time_n(&l, "a.example", 2).await, 2.0));
}

#[tokio::test(start_paused = true)]
async fn idle_hosts_are_evicted() {
    let mut rates = BTreeMap::new();
    rates.insert("pinned.example".to_owned(), 0.5);
    let l = limiter(FetchConfig {
        limiter_eviction_interval_secs: 10.0,
        host_rates: rates,
        ..FetchConfig::default()
    });
    assert_eq!(l.eviction_interval(), Duration::from_secs(10));
    for i in 0..5 {
        l.until_ready(&format!("h{i}.example")).await;
    }
    l.set_min_interval("delayed.example", Duration::from_secs(5));
    l.until_ready("pinned.example").await;
    assert_eq!(l.tracked_hosts(), 7);
    // Just used: nothing is idle yet.
    assert_eq!(l.evict_idle(), 7);

    tokio::time::advance(Duration::from_secs(2)).await;
    // The default-rate hosts are back to a fresh state; the Crawl-delay host is kept for the
    // eviction interval, the configured one for ever.
    assert_eq!(l.evict_idle(), 2);
    tokio::time::advance(Duration::from_secs(10)).await;
    assert_eq!(l.evict_idle(), 1);
    // A host that comes back is simply tracked again.
    l.until_ready("h0.example").await;
    assert_eq!(l.tracked_hosts(), 2);
}

#[tokio::test(start_paused = true)]
async fn concurrent_waiters_on_one_host_are_spaced() {
    let l = std::sync::Arc::new(limiter(FetchConfig::default()));
    let t0 = Instant::now();
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let l = l.clone();
            tokio::spawn(async move {
                l.until_ready("a.example").await;
                t0.elapsed()
            })
        })
        .collect();
    let mut done = Vec::new();
    for t in tasks {
        done.push(t.await.unwrap());
    }
    done.sort();
    for (i, d) in done.iter().enumerate() {
        assert!(
            near(*d, i as f64),
            "waiter {i} got its slot at {d:?}: {done:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn retry_after_pauses_one_host_only() {
    let l = limiter(FetchConfig::default());
    l.until_ready("busy.example").await;
    l.pause("busy.example", Duration::from_secs(30));
    // A shorter pause later does not shorten it.
    l.pause("busy.example", Duration::from_secs(5));
    let wait = l.check("busy.example").unwrap_err();
    assert!(near(wait, 30.0), "{wait:?}");
    // Other hosts are not held back.
    assert!(l.check("calm.example").is_ok());
    assert!(near(time_n(&l, "busy.example", 1).await, 30.0));
    // After the pause the normal spacing applies again.
    assert!(near(time_n(&l, "busy.example", 1).await, 1.0));
}

#[tokio::test(start_paused = true)]
async fn absurd_retry_after_is_cut_to_the_max_pause() {
    let l = limiter(FetchConfig {
        max_pause_secs: 60.0,
        ..FetchConfig::default()
    });
    l.pause("a.example", Duration::from_secs(u64::MAX));
    let wait = l.check("a.example").unwrap_err();
    assert!(near(wait, 60.0), "{wait:?}");
}
