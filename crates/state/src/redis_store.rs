//! The Redis backend shared by the fleet.

use std::collections::BTreeMap;
use std::time::Duration;

use async_trait::async_trait;
use crawl_frontier::RobotsRecord;
use redis::aio::ConnectionManager;
use redis::{AsyncCommands, Script};
use url::Url;

use crate::api::*;
use crate::error::redact;
use crate::keys::{random_token, seen_slot, url_key};
use crate::memory::host_state;
use crate::{StateConfig, StateError};

/// Seen-set: one listpack-encoded hash per (crawl, epoch, bucket). Field: 8-byte URL hash;
/// value: the server time (4-byte big-endian seconds) of the visit, then the claimant's 4 bytes.
/// The epoch is `floor(now / ttl)` on the server's clock; a URL counts as seen while a visit
/// younger than `ttl` exists in the current or previous epoch, so each epoch's buckets can
/// expire at the end of the next one and memory stays bounded by two TTLs' worth of URLs.
/// A visit held by the same claimant answers 1 again (a redelivered job repeating its claim).
/// ARGV: field, ttl seconds, bucket, claimant.
const SEEN_LUA: &str = r#"
local ttl = tonumber(ARGV[2])
local now = tonumber(redis.call('TIME')[1])
local epoch = math.floor(now / ttl)
local claim = ARGV[4]
local cur = KEYS[1] .. ':' .. string.format('%.0f', epoch) .. ':' .. ARGV[3]
local v = redis.call('HGET', cur, ARGV[1])
if v then
  if string.sub(v, 5, 8) == claim then return 1 end
  return 0
end
local prev = KEYS[1] .. ':' .. string.format('%.0f', epoch - 1) .. ':' .. ARGV[3]
v = redis.call('HGET', prev, ARGV[1])
if v and string.len(v) >= 4 and now - struct.unpack('>I4', v) < ttl then
  if string.sub(v, 5, 8) == claim then return 1 end
  return 0
end
redis.call('HSET', cur, ARGV[1], struct.pack('>I4', now) .. claim)
redis.call('EXPIREAT', cur, (epoch + 2) * ttl + 60)
return 1
"#;

/// GCRA reservation on the server's clock (µs). Mirrors `keys::gcra_step`.
/// KEYS[1] gate hash {t = TAT, b = backoff end}; ARGV: interval µs, burst, max wait µs.
/// Returns {granted, wait µs}.
const RESERVE_LUA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local tolerance = interval * tonumber(ARGV[2])
local max_wait = tonumber(ARGV[3])
local st = redis.call('HMGET', KEYS[1], 't', 'b')
local tat = tonumber(st[1]) or 0
local boff = tonumber(st[2]) or 0
local start = math.max(now, tat - tolerance, boff)
local wait = start - now
if wait > max_wait then return {0, wait} end
local new_tat = math.max(tat, start) + interval
redis.call('HSET', KEYS[1], 't', string.format('%.0f', new_tat))
local keep = math.max(new_tat, boff) - now
redis.call('PEXPIRE', KEYS[1], math.ceil(keep / 1000) + 60000)
return {1, wait}
"#;

/// Extends the backoff end of a host to now + ARGV[1] µs (never shortens it).
const BACKOFF_LUA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local st = redis.call('HMGET', KEYS[1], 't', 'b')
local tat = tonumber(st[1]) or 0
local boff = math.max(tonumber(st[2]) or 0, now + tonumber(ARGV[1]))
redis.call('HSET', KEYS[1], 'b', string.format('%.0f', boff))
redis.call('PEXPIRE', KEYS[1], math.ceil((math.max(tat, boff) - now) / 1000) + 60000)
return 1
"#;

/// Reads a gate with the server's current time: {now, tat, backoff} in µs.
const GATE_STATE_LUA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local st = redis.call('HMGET', KEYS[1], 't', 'b')
return {now, tonumber(st[1]) or 0, tonumber(st[2]) or 0}
"#;

/// Sets the due time of a poll target on the server's clock. KEYS: schedule zset, jobs hash;
/// ARGV: member, job, due-in ms.
const SCHEDULE_POLL_LUA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
"#;

/// Takes due poll targets, leasing each for ARGV[2] ms. KEYS: schedule zset, jobs hash;
/// ARGV: limit, lease ms. Returns {now s, member1, job1, member2, job2, ...}.
const TAKE_POLLS_LUA: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[1]))
local out = {tonumber(t[1])}
for _, m in ipairs(due) do
  local job = redis.call('HGET', KEYS[2], m)
  if job then
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), m)
    table.insert(out, m)
    table.insert(out, job)
  else
    redis.call('ZREM', KEYS[1], m)
  end
end
return out
"#;

/// Deletes a lock only if it still holds our token.
const UNLOCK_LUA: &str = r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"#;

/// The Redis store. Cheap to clone; all clones share one multiplexed, auto-reconnecting
/// connection.
#[derive(Clone)]
pub struct RedisState {
    cfg: StateConfig,
    conn: ConnectionManager,
    seen: Script,
    reserve: Script,
    backoff: Script,
    gate_state: Script,
    unlock: Script,
    schedule_poll: Script,
    take_polls: Script,
}

impl RedisState {
    /// Connects to `cfg.redis_url`, bounded by `cfg.connect_timeout`.
    pub async fn connect(cfg: StateConfig) -> Result<Self, StateError> {
        let addr = redact(&cfg.redis_url);
        let client =
            redis::Client::open(cfg.redis_url.as_str()).map_err(|e| StateError::InvalidUrl {
                url: addr.clone(),
                reason: e.to_string(),
            })?;
        let mcfg = redis::aio::ConnectionManagerConfig::new()
            .set_connection_timeout(Some(cfg.connect_timeout))
            .set_response_timeout(Some(cfg.response_timeout))
            .set_number_of_retries(cfg.reconnect_retries);
        let timeout = cfg.connect_timeout;
        let connect_err = |reason: String| StateError::Connect {
            addr: addr.clone(),
            timeout,
            reason,
        };
        let conn = tokio::time::timeout(
            cfg.connect_timeout,
            ConnectionManager::new_with_config(client, mcfg),
        )
        .await
        .map_err(|_| connect_err("timed out".into()))?
        .map_err(|e| connect_err(e.to_string()))?;
        let state = RedisState {
            cfg,
            conn,
            seen: Script::new(SEEN_LUA),
            reserve: Script::new(RESERVE_LUA),
            backoff: Script::new(BACKOFF_LUA),
            gate_state: Script::new(GATE_STATE_LUA),
            unlock: Script::new(UNLOCK_LUA),
            schedule_poll: Script::new(SCHEDULE_POLL_LUA),
            take_polls: Script::new(TAKE_POLLS_LUA),
        };
        // Fail at start-up, not on the first job, if the server does not answer.
        let mut c = state.conn.clone();
        let _: String = tokio::time::timeout(
            state.cfg.connect_timeout,
            redis::cmd("PING").query_async(&mut c),
        )
        .await
        .map_err(|_| connect_err("PING timed out".into()))?
        .map_err(|e| connect_err(e.to_string()))?;
        Ok(state)
    }

    /// The configuration in use.
    pub fn config(&self) -> &StateConfig {
        &self.cfg
    }

    /// A connection handle (for tests and tools that inspect keys).
    pub fn connection(&self) -> ConnectionManager {
        self.conn.clone()
    }

    fn key(&self, parts: &[&str]) -> String {
        let mut k = self.cfg.key_prefix.clone();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                k.push(':');
            }
            k.push_str(p);
        }
        k
    }

    /// Keys of one crawl share a `{crawl}` hash tag, so they would live in one cluster slot.
    fn crawl_key(&self, crawl_id: &str, what: &str) -> String {
        format!("{}{{{}}}:{}", self.cfg.key_prefix, crawl_id, what)
    }

    /// Deletes every key of one crawl (seen-set, counters, stats). Returns the number deleted.
    pub async fn forget_crawl(&self, crawl_id: &str) -> Result<u64, StateError> {
        let pattern = format!("{}{{{}}}:*", self.cfg.key_prefix, glob_escape(crawl_id));
        let deleted = self.delete_matching(&pattern).await?;
        let mut c = self.conn.clone();
        let _: i64 = c
            .zrem(self.key(&["crawls"]), crawl_id)
            .await
            .map_err(|e| StateError::redis("forget_crawl", e))?;
        Ok(deleted)
    }

    /// Deletes every key under the prefix (tests, `crawlctl reset`). Returns the number deleted.
    pub async fn clear_prefix(&self) -> Result<u64, StateError> {
        let pattern = format!("{}*", glob_escape(&self.cfg.key_prefix));
        self.delete_matching(&pattern).await
    }

    async fn delete_matching(&self, pattern: &str) -> Result<u64, StateError> {
        let keys = self.scan(pattern, usize::MAX).await?;
        let mut c = self.conn.clone();
        let mut n = 0;
        for chunk in keys.chunks(500) {
            let d: u64 = c
                .unlink(chunk)
                .await
                .map_err(|e| StateError::redis("delete", e))?;
            n += d;
        }
        Ok(n)
    }

    /// Keys matching `pattern`, at most `limit`.
    pub async fn scan(&self, pattern: &str, limit: usize) -> Result<Vec<String>, StateError> {
        let mut c = self.conn.clone();
        let mut cursor: u64 = 0;
        let mut out = Vec::new();
        loop {
            let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(pattern)
                .arg("COUNT")
                .arg(1000)
                .query_async(&mut c)
                .await
                .map_err(|e| StateError::redis("scan", e))?;
            out.extend(keys);
            if next == 0 || out.len() >= limit {
                out.truncate(limit);
                return Ok(out);
            }
            cursor = next;
        }
    }
}

fn glob_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '\\') {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

fn secs(d: Duration) -> u64 {
    d.as_secs().max(1)
}

fn micros(d: Duration) -> u64 {
    // Lua numbers are doubles: keep values well inside 2^53.
    u64::try_from(d.as_micros())
        .unwrap_or(u64::MAX)
        .min(1 << 50)
}

const TOTAL_FIELD: &str = "*";

#[async_trait]
impl SeenSet for RedisState {
    async fn first_visit(
        &self,
        crawl_id: &str,
        url: &Url,
        by: Claimant,
    ) -> Result<bool, StateError> {
        let (bucket, field) = seen_slot(url.as_str(), self.cfg.seen_buckets);
        let mut c = self.conn.clone();
        let first: i64 = self
            .seen
            .key(self.crawl_key(crawl_id, "s"))
            .arg(&field[..])
            .arg(secs(self.cfg.seen_ttl))
            .arg(format!("{bucket:x}"))
            .arg(&by.0[..])
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("seen-set first_visit", e))?;
        Ok(first == 1)
    }
}

#[async_trait]
impl CrawlCounters for RedisState {
    async fn count_page(&self, crawl_id: &str, host: &str) -> Result<(u64, u64), StateError> {
        let key = self.crawl_key(crawl_id, "p");
        let mut c = self.conn.clone();
        let (h, t): (u64, u64) = redis::pipe()
            .atomic()
            .hincr(&key, host, 1)
            .hincr(&key, TOTAL_FIELD, 1)
            .expire(&key, secs(self.cfg.counters_ttl) as i64)
            .ignore()
            .zadd(self.key(&["crawls"]), crawl_id, unix_now())
            .ignore()
            .query_async(&mut c)
            .await
            .map_err(|e| StateError::redis("count_page", e))?;
        Ok((h, t))
    }

    async fn record(&self, crawl_id: &str, stat: Stat, n: u64) -> Result<(), StateError> {
        let key = self.crawl_key(crawl_id, "st");
        let field = match stat {
            Stat::Discovered => "discovered".to_string(),
            Stat::Fetched => "fetched".to_string(),
            Stat::Articles => "articles".to_string(),
            Stat::Errors => "errors".to_string(),
            Stat::Skipped(r) => format!("skipped:{r}"),
        };
        let mut c = self.conn.clone();
        let () = redis::pipe()
            .atomic()
            .hincr(&key, field, n)
            .ignore()
            .expire(&key, secs(self.cfg.counters_ttl) as i64)
            .ignore()
            .zadd(self.key(&["crawls"]), crawl_id, unix_now())
            .ignore()
            .query_async(&mut c)
            .await
            .map_err(|e| StateError::redis("record stat", e))?;
        Ok(())
    }

    async fn stats(&self, crawl_id: &str) -> Result<CrawlStats, StateError> {
        let mut c = self.conn.clone();
        let fields: BTreeMap<String, u64> = c
            .hgetall(self.crawl_key(crawl_id, "st"))
            .await
            .map_err(|e| StateError::redis("read stats", e))?;
        let pages: Option<u64> = c
            .hget(self.crawl_key(crawl_id, "p"), TOTAL_FIELD)
            .await
            .map_err(|e| StateError::redis("read stats", e))?;
        let mut s = CrawlStats {
            crawl_id: crawl_id.to_string(),
            pages: pages.unwrap_or(0),
            ..Default::default()
        };
        for (k, v) in fields {
            match k.as_str() {
                "discovered" => s.discovered = v,
                "fetched" => s.fetched = v,
                "articles" => s.articles = v,
                "errors" => s.errors = v,
                other => {
                    if let Some(r) = other.strip_prefix("skipped:") {
                        s.skipped.insert(r.to_string(), v);
                    }
                }
            }
        }
        Ok(s)
    }

    async fn crawls(&self, limit: usize) -> Result<Vec<String>, StateError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let mut c = self.conn.clone();
        c.zrevrange(self.key(&["crawls"]), 0, limit as isize - 1)
            .await
            .map_err(|e| StateError::redis("list crawls", e))
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[async_trait]
impl RobotsCache for RedisState {
    async fn get_robots(&self, origin: &str) -> Result<Option<RobotsRecord>, StateError> {
        let mut c = self.conn.clone();
        let bytes: Option<Vec<u8>> = c
            .get(self.key(&["rb", origin]))
            .await
            .map_err(|e| StateError::redis("get robots", e))?;
        match bytes {
            None => Ok(None),
            Some(b) => RobotsRecord::from_bytes(&b)
                .map(Some)
                .ok_or_else(|| StateError::Corrupt {
                    op: "get robots",
                    detail: format!("cached record of {origin} is {} bytes", b.len()),
                }),
        }
    }

    async fn put_robots(
        &self,
        origin: &str,
        record: &RobotsRecord,
        ttl: Duration,
    ) -> Result<(), StateError> {
        let mut c = self.conn.clone();
        let ms = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1);
        let () = c
            .pset_ex(self.key(&["rb", origin]), record.to_bytes(), ms)
            .await
            .map_err(|e| StateError::redis("put robots", e))?;
        Ok(())
    }

    async fn lock_robots_fetch(
        &self,
        origin: &str,
        ttl: Duration,
    ) -> Result<Option<FetchLock>, StateError> {
        let token = random_token();
        let mut c = self.conn.clone();
        let ms = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1);
        let ok: Option<String> = redis::cmd("SET")
            .arg(self.key(&["rl", origin]))
            .arg(&token)
            .arg("NX")
            .arg("PX")
            .arg(ms)
            .query_async(&mut c)
            .await
            .map_err(|e| StateError::redis("lock robots fetch", e))?;
        Ok(ok.map(|_| FetchLock {
            origin: origin.to_string(),
            token,
        }))
    }

    async fn unlock_robots_fetch(&self, lock: &FetchLock) -> Result<(), StateError> {
        let mut c = self.conn.clone();
        let _: i64 = self
            .unlock
            .key(self.key(&["rl", &lock.origin]))
            .arg(&lock.token)
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("unlock robots fetch", e))?;
        Ok(())
    }
}

#[async_trait]
impl HostGate for RedisState {
    async fn try_reserve(
        &self,
        host: &str,
        min_interval: Duration,
        max_wait: Duration,
    ) -> Result<Reservation, StateError> {
        let mut c = self.conn.clone();
        let (granted, wait): (i64, i64) = self
            .reserve
            .key(self.key(&["g", host]))
            .arg(micros(min_interval))
            .arg(self.cfg.gate_burst)
            .arg(micros(max_wait))
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("host gate reserve", e))?;
        let wait = Duration::from_micros(wait.max(0) as u64);
        Ok(if granted == 1 {
            Reservation::Granted { wait }
        } else {
            Reservation::Deferred { retry_after: wait }
        })
    }

    async fn backoff(&self, host: &str, duration: Duration) -> Result<(), StateError> {
        let mut c = self.conn.clone();
        let _: i64 = self
            .backoff
            .key(self.key(&["g", host]))
            .arg(micros(duration))
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("host gate backoff", e))?;
        Ok(())
    }

    async fn host_state(&self, host: &str) -> Result<Option<HostState>, StateError> {
        let mut c = self.conn.clone();
        let (now, tat, boff): (i64, i64, i64) = self
            .gate_state
            .key(self.key(&["g", host]))
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("host gate state", e))?;
        Ok(host_state(
            host,
            now.max(0) as u64,
            tat.max(0) as u64,
            boff.max(0) as u64,
        ))
    }

    async fn hosts(&self, limit: usize) -> Result<Vec<HostState>, StateError> {
        let prefix = self.key(&["g", ""]);
        let keys = self
            .scan(&format!("{}*", glob_escape(&prefix)), limit)
            .await?;
        let mut out = Vec::new();
        for k in keys {
            let host = &k[prefix.len()..];
            if let Some(s) = self.host_state(host).await? {
                out.push(s);
            }
        }
        out.sort_by(|a, b| a.host.cmp(&b.host));
        Ok(out)
    }
}

/// The member naming one poll target in the schedule.
fn poll_member(crawl_id: &str, url: &Url) -> String {
    format!("{crawl_id}\n{url}")
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis())
        .unwrap_or(u64::MAX)
        .min(1 << 50)
}

impl RedisState {
    /// Members of the poll schedule belonging to `crawl_id`, with their scores (ms).
    async fn crawl_polls(&self, crawl_id: &str) -> Result<Vec<(String, f64)>, StateError> {
        let mut c = self.conn.clone();
        let pattern = format!("{}\n*", glob_escape(crawl_id));
        let mut cursor: u64 = 0;
        let mut out = Vec::new();
        loop {
            let (next, page): (u64, Vec<(String, f64)>) = redis::cmd("ZSCAN")
                .arg(self.key(&["polls"]))
                .arg(cursor)
                .arg("MATCH")
                .arg(&pattern)
                .arg("COUNT")
                .arg(1000)
                .query_async(&mut c)
                .await
                .map_err(|e| StateError::redis("scan poll schedule", e))?;
            out.extend(page);
            if next == 0 {
                return Ok(out);
            }
            cursor = next;
        }
    }
}

#[async_trait]
impl PollSchedule for RedisState {
    async fn schedule_poll(
        &self,
        crawl_id: &str,
        url: &Url,
        job: &[u8],
        due_in: Duration,
    ) -> Result<(), StateError> {
        let mut c = self.conn.clone();
        let _: i64 = self
            .schedule_poll
            .key(self.key(&["polls"]))
            .key(self.key(&["pollj"]))
            .arg(poll_member(crawl_id, url))
            .arg(job)
            .arg(millis(due_in))
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("schedule poll", e))?;
        Ok(())
    }

    async fn take_due_polls(
        &self,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<DuePoll>, StateError> {
        let mut c = self.conn.clone();
        let reply: Vec<redis::Value> = self
            .take_polls
            .key(self.key(&["polls"]))
            .key(self.key(&["pollj"]))
            .arg(limit)
            .arg(millis(lease))
            .invoke_async(&mut c)
            .await
            .map_err(|e| StateError::redis("take due polls", e))?;
        let corrupt = |detail: &str| StateError::Corrupt {
            op: "take due polls",
            detail: detail.to_string(),
        };
        let mut items = reply.into_iter();
        let round: u64 = match items.next() {
            Some(v) => redis::from_redis_value(v).map_err(|_| corrupt("no server time"))?,
            None => return Err(corrupt("empty reply")),
        };
        let mut out = Vec::new();
        while let (Some(m), Some(j)) = (items.next(), items.next()) {
            let member: String =
                redis::from_redis_value(m).map_err(|_| corrupt("member is not text"))?;
            let job: Vec<u8> =
                redis::from_redis_value(j).map_err(|_| corrupt("job is not bytes"))?;
            let Some((crawl_id, url)) = member.split_once('\n') else {
                continue;
            };
            out.push(DuePoll {
                crawl_id: crawl_id.to_string(),
                url: url.to_string(),
                job,
                round,
            });
        }
        Ok(out)
    }

    async fn stop_polls(&self, crawl_id: &str) -> Result<u64, StateError> {
        let members: Vec<String> = self
            .crawl_polls(crawl_id)
            .await?
            .into_iter()
            .map(|(m, _)| m)
            .collect();
        let mut c = self.conn.clone();
        let mut removed = 0;
        for chunk in members.chunks(500) {
            let (n, _): (u64, u64) = redis::pipe()
                .atomic()
                .zrem(self.key(&["polls"]), chunk)
                .hdel(self.key(&["pollj"]), chunk)
                .query_async(&mut c)
                .await
                .map_err(|e| StateError::redis("stop polls", e))?;
            removed += n;
        }
        Ok(removed)
    }

    async fn polls(&self, crawl_id: &str) -> Result<(u64, Option<Duration>), StateError> {
        let polls = self.crawl_polls(crawl_id).await?;
        let mut c = self.conn.clone();
        let (now_s, now_us): (u64, u64) = redis::cmd("TIME")
            .query_async(&mut c)
            .await
            .map_err(|e| StateError::redis("server time", e))?;
        let now_ms = (now_s * 1000 + now_us / 1000) as f64;
        let next = polls
            .iter()
            .map(|(_, due)| *due)
            .fold(None, |min: Option<f64>, d| {
                Some(min.map_or(d, |m| m.min(d)))
            })
            .map(|due| Duration::from_millis((due - now_ms).max(0.0) as u64));
        Ok((polls.len() as u64, next))
    }
}

#[async_trait]
impl Freshness for RedisState {
    async fn changed(&self, doc_id: &str, content_hash: &str) -> Result<bool, StateError> {
        let mut c = self.conn.clone();
        let old: Option<String> = c
            .get(self.key(&["c", doc_id]))
            .await
            .map_err(|e| StateError::redis("content hash", e))?;
        Ok(old.as_deref() != Some(content_hash))
    }

    async fn remember_content(&self, doc_id: &str, content_hash: &str) -> Result<(), StateError> {
        let mut c = self.conn.clone();
        let () = c
            .set_ex(
                self.key(&["c", doc_id]),
                content_hash,
                secs(self.cfg.content_ttl),
            )
            .await
            .map_err(|e| StateError::redis("remember content hash", e))?;
        Ok(())
    }

    async fn validators(
        &self,
        crawl_id: &str,
        url: &Url,
    ) -> Result<Option<Validators>, StateError> {
        let mut c = self.conn.clone();
        let (etag, modified, interval): (Option<String>, Option<String>, Option<u64>) =
            redis::cmd("HMGET")
                .arg(self.crawl_key(crawl_id, &format!("v:{}", url_key(url.as_str()))))
                .arg("e")
                .arg("m")
                .arg("i")
                .query_async(&mut c)
                .await
                .map_err(|e| StateError::redis("get validators", e))?;
        if etag.is_none() && modified.is_none() && interval.is_none() {
            return Ok(None);
        }
        Ok(Some(Validators {
            etag,
            last_modified: modified,
            poll_interval: interval.map(Duration::from_secs),
        }))
    }

    async fn put_validators(
        &self,
        crawl_id: &str,
        url: &Url,
        v: &Validators,
    ) -> Result<(), StateError> {
        let key = self.crawl_key(crawl_id, &format!("v:{}", url_key(url.as_str())));
        let mut fields: Vec<(&str, String)> = Vec::new();
        if let Some(e) = &v.etag {
            fields.push(("e", e.clone()));
        }
        if let Some(m) = &v.last_modified {
            fields.push(("m", m.clone()));
        }
        if let Some(i) = v.poll_interval {
            fields.push(("i", i.as_secs().to_string()));
        }
        let mut p = redis::pipe();
        p.atomic().del(&key).ignore();
        if !fields.is_empty() {
            p.hset_multiple(&key, &fields)
                .ignore()
                .expire(&key, secs(self.cfg.validators_ttl) as i64)
                .ignore();
        }
        let mut c = self.conn.clone();
        let () = p
            .query_async(&mut c)
            .await
            .map_err(|e| StateError::redis("put validators", e))?;
        Ok(())
    }
}
