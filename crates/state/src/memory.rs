//! In-memory state for the embedded one-process mode (`crawlctl crawl`): same traits, same
//! semantics, nothing shared beyond the process. Time comes from `tokio::time::Instant`, so
//! tests can use a paused clock.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use async_trait::async_trait;
use crawl_frontier::RobotsRecord;
use tokio::time::Instant;
use url::Url;

use crate::api::*;
use crate::keys::{gcra_step, random_token};
use crate::{StateConfig, StateError};

#[derive(Default)]
struct Inner {
    seen: HashMap<(String, [u8; 16]), (Instant, Claimant)>,
    seen_sweep_at: usize,
    pages: HashMap<String, (u64, HashMap<String, u64>)>,
    stats: HashMap<String, CrawlStats>,
    activity: HashMap<String, Instant>,
    robots: HashMap<String, (RobotsRecord, Instant)>,
    robot_locks: HashMap<String, (String, Instant)>,
    gates: HashMap<String, (u64, u64)>,
    content: HashMap<String, String>,
    validators: HashMap<(String, String), Validators>,
    polls: HashMap<(String, String), (u64, Vec<u8>)>,
}

/// The in-memory store.
pub struct MemoryState {
    cfg: StateConfig,
    epoch: Instant,
    inner: Mutex<Inner>,
}

impl MemoryState {
    /// An empty store using `cfg`'s TTLs and burst.
    pub fn new(cfg: StateConfig) -> Self {
        MemoryState {
            cfg,
            epoch: Instant::now(),
            inner: Mutex::new(Inner::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves plain maps behind: still usable.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn now_us(&self) -> u64 {
        Instant::now().duration_since(self.epoch).as_micros() as u64 + 1
    }
}

fn key16(url: &str) -> [u8; 16] {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(url.as_bytes());
    let mut k = [0u8; 16];
    k.copy_from_slice(&d[..16]);
    k
}

fn us(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

#[async_trait]
impl SeenSet for MemoryState {
    async fn first_visit(
        &self,
        crawl_id: &str,
        url: &Url,
        by: Claimant,
    ) -> Result<bool, StateError> {
        let now = Instant::now();
        let ttl = self.cfg.seen_ttl;
        let mut g = self.lock();
        let key = (crawl_id.to_string(), key16(url.as_str()));
        if let Some((at, holder)) = g.seen.get(&key) {
            if now.duration_since(*at) < ttl {
                return Ok(*holder == by);
            }
        }
        g.seen.insert(key, (now, by));
        // Drop expired entries whenever the set doubled since the last sweep.
        if g.seen.len() > g.seen_sweep_at.saturating_mul(2).max(1024) {
            g.seen.retain(|_, (at, _)| now.duration_since(*at) < ttl);
            g.seen_sweep_at = g.seen.len();
        }
        Ok(true)
    }
}

#[async_trait]
impl CrawlCounters for MemoryState {
    async fn count_page(&self, crawl_id: &str, host: &str) -> Result<(u64, u64), StateError> {
        let mut g = self.lock();
        g.activity.insert(crawl_id.to_string(), Instant::now());
        let (total, hosts) = g.pages.entry(crawl_id.to_string()).or_default();
        *total += 1;
        let h = hosts.entry(host.to_string()).or_default();
        *h += 1;
        Ok((*h, *total))
    }

    async fn record(&self, crawl_id: &str, stat: Stat, n: u64) -> Result<(), StateError> {
        let mut g = self.lock();
        g.activity.insert(crawl_id.to_string(), Instant::now());
        let s = g.stats.entry(crawl_id.to_string()).or_default();
        match stat {
            Stat::Discovered => s.discovered += n,
            Stat::Fetched => s.fetched += n,
            Stat::Articles => s.articles += n,
            Stat::Errors => s.errors += n,
            Stat::Skipped(reason) => *s.skipped.entry(reason.to_string()).or_default() += n,
        }
        Ok(())
    }

    async fn stats(&self, crawl_id: &str) -> Result<CrawlStats, StateError> {
        let g = self.lock();
        let mut s = g.stats.get(crawl_id).cloned().unwrap_or_default();
        s.crawl_id = crawl_id.to_string();
        s.pages = g.pages.get(crawl_id).map(|p| p.0).unwrap_or(0);
        Ok(s)
    }

    async fn crawls(&self, limit: usize) -> Result<Vec<String>, StateError> {
        let g = self.lock();
        let mut v: Vec<(&String, &Instant)> = g.activity.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        Ok(v.into_iter().take(limit).map(|(c, _)| c.clone()).collect())
    }
}

#[async_trait]
impl RobotsCache for MemoryState {
    async fn get_robots(&self, origin: &str) -> Result<Option<RobotsRecord>, StateError> {
        let g = self.lock();
        Ok(g.robots
            .get(origin)
            .filter(|(_, exp)| *exp > Instant::now())
            .map(|(r, _)| r.clone()))
    }

    async fn put_robots(
        &self,
        origin: &str,
        record: &RobotsRecord,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let mut g = self.lock();
        let now = Instant::now();
        g.robots.retain(|_, (_, exp)| *exp > now);
        g.robots
            .insert(origin.to_string(), (record.clone(), now + ttl));
        Ok(())
    }

    async fn lock_robots_fetch(
        &self,
        origin: &str,
        ttl: Duration,
    ) -> Result<Option<FetchLock>, StateError> {
        let mut g = self.lock();
        let now = Instant::now();
        if g.robot_locks.get(origin).is_some_and(|(_, exp)| *exp > now) {
            return Ok(None);
        }
        let token = random_token();
        g.robot_locks
            .insert(origin.to_string(), (token.clone(), now + ttl));
        Ok(Some(FetchLock {
            origin: origin.to_string(),
            token,
        }))
    }

    async fn unlock_robots_fetch(&self, lock: &FetchLock) -> Result<(), StateError> {
        let mut g = self.lock();
        if g.robot_locks
            .get(&lock.origin)
            .is_some_and(|(t, _)| *t == lock.token)
        {
            g.robot_locks.remove(&lock.origin);
        }
        Ok(())
    }
}

#[async_trait]
impl HostGate for MemoryState {
    async fn try_reserve(
        &self,
        host: &str,
        min_interval: Duration,
        max_wait: Duration,
    ) -> Result<Reservation, StateError> {
        let now = self.now_us();
        let interval = us(min_interval);
        let tolerance = interval.saturating_mul(u64::from(self.cfg.gate_burst));
        let mut g = self.lock();
        let (tat, backoff) = g.gates.get(host).copied().unwrap_or((0, 0));
        let (granted, wait, new_tat) =
            gcra_step(now, tat, backoff, interval, tolerance, us(max_wait));
        let wait = Duration::from_micros(wait);
        if !granted {
            return Ok(Reservation::Deferred { retry_after: wait });
        }
        g.gates.insert(host.to_string(), (new_tat, backoff));
        if g.gates.len() > 4096 {
            g.gates.retain(|_, (t, b)| *t > now || *b > now);
        }
        Ok(Reservation::Granted { wait })
    }

    async fn backoff(&self, host: &str, duration: Duration) -> Result<(), StateError> {
        let until = self.now_us().saturating_add(us(duration));
        let mut g = self.lock();
        let e = g.gates.entry(host.to_string()).or_insert((0, 0));
        e.1 = e.1.max(until);
        Ok(())
    }

    async fn host_state(&self, host: &str) -> Result<Option<HostState>, StateError> {
        let now = self.now_us();
        let g = self.lock();
        Ok(g.gates
            .get(host)
            .and_then(|(t, b)| host_state(host, now, *t, *b)))
    }

    async fn hosts(&self, limit: usize) -> Result<Vec<HostState>, StateError> {
        let now = self.now_us();
        let g = self.lock();
        let mut v: Vec<HostState> = g
            .gates
            .iter()
            .filter_map(|(h, (t, b))| host_state(h, now, *t, *b))
            .collect();
        v.sort_by(|a, b| a.host.cmp(&b.host));
        v.truncate(limit);
        Ok(v)
    }
}

/// The visible state of a host from its TAT and backoff end (µs), `None` when idle.
pub(crate) fn host_state(host: &str, now: u64, tat: u64, backoff: u64) -> Option<HostState> {
    if tat <= now && backoff <= now {
        return None;
    }
    Some(HostState {
        host: host.to_string(),
        next_allowed_in: Duration::from_micros(tat.max(backoff).saturating_sub(now)),
        backoff_remaining: (backoff > now).then(|| Duration::from_micros(backoff - now)),
    })
}

#[async_trait]
impl Freshness for MemoryState {
    async fn changed(&self, doc_id: &str, content_hash: &str) -> Result<bool, StateError> {
        Ok(self.lock().content.get(doc_id).map(String::as_str) != Some(content_hash))
    }

    async fn remember_content(&self, doc_id: &str, content_hash: &str) -> Result<(), StateError> {
        self.lock()
            .content
            .insert(doc_id.to_string(), content_hash.to_string());
        Ok(())
    }

    async fn validators(
        &self,
        crawl_id: &str,
        url: &Url,
    ) -> Result<Option<Validators>, StateError> {
        let key = (crawl_id.to_string(), url.to_string());
        Ok(self.lock().validators.get(&key).cloned())
    }

    async fn put_validators(
        &self,
        crawl_id: &str,
        url: &Url,
        v: &Validators,
    ) -> Result<(), StateError> {
        let key = (crawl_id.to_string(), url.to_string());
        self.lock().validators.insert(key, v.clone());
        Ok(())
    }
}

#[async_trait]
impl PollSchedule for MemoryState {
    async fn schedule_poll(
        &self,
        crawl_id: &str,
        url: &Url,
        job: &[u8],
        due_in: Duration,
    ) -> Result<(), StateError> {
        let due = self.now_us().saturating_add(us(due_in));
        let key = (crawl_id.to_string(), url.to_string());
        self.lock().polls.insert(key, (due, job.to_vec()));
        Ok(())
    }

    async fn take_due_polls(
        &self,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<DuePoll>, StateError> {
        let now = self.now_us();
        let round = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let mut g = self.lock();
        let mut due: Vec<(&(String, String), &mut (u64, Vec<u8>))> = g
            .polls
            .iter_mut()
            .filter(|(_, (at, _))| *at <= now)
            .collect();
        due.sort_by_key(|(_, (at, _))| *at);
        Ok(due
            .into_iter()
            .take(limit)
            .map(|((crawl_id, url), entry)| {
                entry.0 = now.saturating_add(us(lease));
                DuePoll {
                    crawl_id: crawl_id.clone(),
                    url: url.clone(),
                    job: entry.1.clone(),
                    round,
                }
            })
            .collect())
    }

    async fn stop_polls(&self, crawl_id: &str) -> Result<u64, StateError> {
        let mut g = self.lock();
        let before = g.polls.len();
        g.polls.retain(|(c, _), _| c != crawl_id);
        Ok((before - g.polls.len()) as u64)
    }

    async fn polls(&self, crawl_id: &str) -> Result<(u64, Option<Duration>), StateError> {
        let now = self.now_us();
        let g = self.lock();
        let mine = g.polls.iter().filter(|((c, _), _)| c == crawl_id);
        let (n, next) = mine.fold((0u64, None::<u64>), |(n, next), (_, (at, _))| {
            (n + 1, Some(next.map_or(*at, |m| m.min(*at))))
        });
        Ok((
            n,
            next.map(|at| Duration::from_micros(at.saturating_sub(now))),
        ))
    }
}
