//! Measures Redis memory per seen URL.
//!
//! `cargo run -p crawl-state --example seen_memory -- [URLS] [BUCKETS]` (defaults: 100000 URLs,
//! the default bucket count) against `REDIS_URL`. Prints the `MEMORY USAGE` sum over the
//! seen-set's keys and the change of `INFO memory`'s `used_memory` (noisier: other clients
//! count too), both per URL, then deletes its keys.

use std::sync::Arc;

use crawl_state::{RedisState, SeenSet, StateConfig, DEFAULT_REDIS_URL, DEFAULT_SEEN_BUCKETS};

async fn used_memory(s: &RedisState) -> Result<u64, Box<dyn std::error::Error>> {
    let mut c = s.connection();
    let info: String = redis::cmd("INFO").arg("memory").query_async(&mut c).await?;
    let line = info
        .lines()
        .find_map(|l| l.strip_prefix("used_memory:"))
        .ok_or("INFO memory has no used_memory")?;
    Ok(line.trim().parse()?)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(100_000);
    let buckets: u32 = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(DEFAULT_SEEN_BUCKETS);
    let cfg = StateConfig {
        redis_url: std::env::var("REDIS_URL").unwrap_or_else(|_| DEFAULT_REDIS_URL.into()),
        key_prefix: format!("bench:seen:{}:", std::process::id()),
        seen_buckets: buckets,
        ..Default::default()
    };
    let state = RedisState::connect(cfg).await?;
    let before = used_memory(&state).await?;
    let store = Arc::new(state.clone());
    let started = std::time::Instant::now();
    let workers = 16;
    let mut tasks = Vec::new();
    for w in 0..workers {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in (w..n).step_by(workers) {
                let url =
                    url::Url::parse(&format!("https://news.example.com/2026/11/28/story-{i}"))
                        .map_err(|e| e.to_string())?;
                store
                    .first_visit("bench", &url, crawl_state::Claimant::new("bench-seed"))
                    .await
                    .map_err(|e| e.to_string())?;
            }
            Ok::<_, String>(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    let elapsed = started.elapsed();
    let after = used_memory(&state).await?;
    let keys = state
        .scan(&format!("{}*", state.config().key_prefix), usize::MAX)
        .await?;
    let mut c = state.connection();
    let mut usage: u64 = 0;
    for k in &keys {
        let b: Option<u64> = redis::cmd("MEMORY")
            .arg("USAGE")
            .arg(k)
            .arg("SAMPLES")
            .arg(0)
            .query_async(&mut c)
            .await?;
        usage += b.unwrap_or(0);
    }
    println!(
        "{n} URLs, {buckets} buckets ({} keys, {:.1} URLs/key), {:.0} inserts/s",
        keys.len(),
        n as f64 / keys.len().max(1) as f64,
        n as f64 / elapsed.as_secs_f64()
    );
    println!(
        "MEMORY USAGE sum: {usage} bytes = {:.1} bytes/URL",
        usage as f64 / n as f64
    );
    println!(
        "used_memory delta: {} bytes = {:.1} bytes/URL",
        after as i64 - before as i64,
        (after as f64 - before as f64) / n as f64
    );
    state.clear_prefix().await?;
    Ok(())
}
