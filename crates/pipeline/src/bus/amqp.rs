//! RabbitMQ transport with publisher confirms, manual acks and self-healing connections.
//!
//! Recovery is our own rather than lapin's auto-recovery: one [`Session`] (connection plus a
//! confirm-mode publishing channel) is shared by the worker; whoever sees it fail drops it, and
//! the next caller opens a new one with capped exponential backoff, re-declaring the topology.
//! Deliveries taken on a dead channel cannot be acked any more; RabbitMQ redelivers them, which is
//! why every stage is idempotent. Only the very first connection fails fast, so a wrong
//! `AMQP_URL` is a one-line error at start-up rather than a silent retry loop.

use super::{wait_bucket, AckHandle, BusError, Incoming, Outgoing, Queue, Route};
use futures::StreamExt;
use lapin::options::{
    BasicCancelOptions, BasicConsumeOptions, BasicPublishOptions, BasicQosOptions,
    ConfirmSelectOptions, ExchangeDeclareOptions, QueueBindOptions, QueueDeclareOptions,
    QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::{BasicProperties, Channel, Connection, ConnectionProperties, Consumer, ExchangeKind};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio_util::sync::CancellationToken;

/// Header holding the number of earlier failed attempts.
pub const ATTEMPT_HEADER: &str = "x-attempt";
/// Header holding why a message was dead-lettered.
pub const REASON_HEADER: &str = "x-death-reason";

/// How to reach RabbitMQ and shape the queues.
#[derive(Debug, Clone)]
pub struct AmqpSettings {
    /// `amqp://user:pass@host:port/vhost`.
    pub url: String,
    /// Prefix of every queue and exchange name, so several fleets can share a broker.
    pub queue_prefix: String,
    /// Bound on each connection attempt (connect, channel, topology, consumer set-up).
    pub connect_timeout: Duration,
    /// Bound on waiting for the broker's confirm of a publish; a publish still unconfirmed then
    /// counts as lost and is sent again on a fresh connection.
    pub confirm_timeout: Duration,
    /// Deliveries of one message after which the broker dead-letters it (`x-delivery-limit`).
    pub delivery_limit: u32,
    /// Retry delays; one wait queue per delay for every work queue.
    pub retry_delays: Vec<Duration>,
    /// Extra delays for the fetch queue (politeness waits).
    pub fetch_delays: Vec<Duration>,
    /// Longest pause between reconnection attempts.
    pub max_reconnect_backoff: Duration,
}

struct Session {
    id: u64,
    conn: Connection,
    publisher: Channel,
}

struct Inner {
    settings: AmqpSettings,
    session: Mutex<Option<Arc<Session>>>,
    next_id: AtomicU64,
    connected: AtomicBool,
    shutdown: CancellationToken,
}

/// A handle on the broker shared by all tasks of a worker.
#[derive(Clone)]
pub struct AmqpBus {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for AmqpBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AmqpBus")
            .field("address", &redact(&self.inner.settings.url))
            .field("prefix", &self.inner.settings.queue_prefix)
            .finish()
    }
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(Some("***"));
            }
            u.to_string()
        }
        Err(_) => "<unparsable URL>".to_string(),
    }
}

fn table(entries: Vec<(&str, AMQPValue)>) -> FieldTable {
    let mut t = FieldTable::default();
    for (k, v) in entries {
        t.insert(ShortString::from(k), v);
    }
    t
}

fn text(s: &str) -> AMQPValue {
    AMQPValue::LongString(LongString::from(s.to_string()))
}

impl AmqpBus {
    /// Connects and declares the topology; fails at once if the broker cannot be reached.
    pub async fn connect(
        settings: AmqpSettings,
        shutdown: CancellationToken,
    ) -> Result<Self, BusError> {
        let bus = AmqpBus {
            inner: Arc::new(Inner {
                settings,
                session: Mutex::new(None),
                next_id: AtomicU64::new(1),
                connected: AtomicBool::new(false),
                shutdown,
            }),
        };
        let session = bus.open_session().await?;
        *bus.inner.session.lock().await = Some(session);
        Ok(bus)
    }

    /// Whether the last connection attempt succeeded and has not failed since.
    pub fn is_connected(&self) -> bool {
        self.inner.connected.load(Ordering::Relaxed)
    }

    /// The settings in use.
    pub fn settings(&self) -> &AmqpSettings {
        &self.inner.settings
    }

    /// Full name of a work queue.
    pub fn queue_name(&self, q: Queue) -> String {
        format!("{}.{}", self.inner.settings.queue_prefix, q.name())
    }

    /// Full name of a dead-letter queue.
    pub fn dead_queue_name(&self, q: Queue) -> String {
        format!("{}.{}.dead", self.inner.settings.queue_prefix, q.name())
    }

    fn dead_exchange(&self) -> String {
        format!("{}.dead", self.inner.settings.queue_prefix)
    }

    fn delays_for(&self, q: Queue) -> Vec<Duration> {
        let s = &self.inner.settings;
        let mut d = s.retry_delays.clone();
        if q == Queue::Fetch {
            d.extend(s.fetch_delays.iter().copied());
        }
        d.sort();
        d.dedup();
        d.retain(|d| !d.is_zero());
        d
    }

    fn wait_queue_name(&self, q: Queue, delay: Duration) -> String {
        format!(
            "{}.{}.wait.{}ms",
            self.inner.settings.queue_prefix,
            q.name(),
            delay.as_millis()
        )
    }

    /// Opens a connection and its confirm-mode publishing channel and declares the topology,
    /// all within `connect_timeout` (a broker that accepts TCP but never answers must not hang a
    /// worker).
    async fn open_session(&self) -> Result<Arc<Session>, BusError> {
        let s = &self.inner.settings;
        match tokio::time::timeout(s.connect_timeout, self.open_session_unbounded()).await {
            Ok(r) => r,
            Err(_) => Err(BusError::Connect {
                address: redact(&s.url),
                reason: format!(
                    "no answer within {:?} (setting amqp.connect_timeout_secs)",
                    s.connect_timeout
                ),
            }),
        }
    }

    async fn open_session_unbounded(&self) -> Result<Arc<Session>, BusError> {
        let s = &self.inner.settings;
        let address = redact(&s.url);
        let err = |reason: String| BusError::Connect {
            address: address.clone(),
            reason,
        };
        let conn = Connection::connect(&s.url, ConnectionProperties::default())
            .await
            .map_err(|e| err(e.to_string()))?;
        let publisher = conn
            .create_channel()
            .await
            .map_err(|e| err(e.to_string()))?;
        publisher
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| err(e.to_string()))?;
        self.declare_topology(&publisher).await?;
        self.inner.connected.store(true, Ordering::Relaxed);
        Ok(Arc::new(Session {
            id: self.inner.next_id.fetch_add(1, Ordering::Relaxed),
            conn,
            publisher,
        }))
    }

    async fn declare_topology(&self, ch: &Channel) -> Result<(), BusError> {
        let durable = QueueDeclareOptions {
            durable: true,
            ..QueueDeclareOptions::default()
        };
        let topo = |what: String| move |source| BusError::Topology { what, source };
        let dead_exchange = self.dead_exchange();
        ch.exchange_declare(
            dead_exchange.as_str().into(),
            ExchangeKind::Direct,
            ExchangeDeclareOptions {
                durable: true,
                ..ExchangeDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .map_err(topo(format!("exchange {dead_exchange}")))?;
        for q in Queue::ALL {
            let dead = self.dead_queue_name(q);
            ch.queue_declare(
                dead.as_str().into(),
                durable,
                table(vec![("x-queue-type", text("quorum"))]),
            )
            .await
            .map_err(topo(format!("queue {dead}")))?;
            ch.queue_bind(
                dead.as_str().into(),
                dead_exchange.as_str().into(),
                q.name().into(),
                QueueBindOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(topo(format!("binding of {dead}")))?;
            let work = self.queue_name(q);
            ch.queue_declare(
                work.as_str().into(),
                durable,
                table(vec![
                    ("x-queue-type", text("quorum")),
                    ("x-dead-letter-exchange", text(&dead_exchange)),
                    ("x-dead-letter-routing-key", text(q.name())),
                    ("x-dead-letter-strategy", text("at-least-once")),
                    ("x-overflow", text("reject-publish")),
                    (
                        "x-delivery-limit",
                        AMQPValue::LongInt(
                            i32::try_from(self.inner.settings.delivery_limit).unwrap_or(i32::MAX),
                        ),
                    ),
                ]),
            )
            .await
            .map_err(topo(format!("queue {work}")))?;
            for delay in self.delays_for(q) {
                let wait = self.wait_queue_name(q, delay);
                ch.queue_declare(
                    wait.as_str().into(),
                    durable,
                    table(vec![
                        ("x-queue-type", text("classic")),
                        (
                            "x-message-ttl",
                            AMQPValue::LongLongInt(
                                i64::try_from(delay.as_millis()).unwrap_or(i64::MAX),
                            ),
                        ),
                        ("x-dead-letter-exchange", text("")),
                        ("x-dead-letter-routing-key", text(&work)),
                    ]),
                )
                .await
                .map_err(topo(format!("queue {wait}")))?;
            }
        }
        Ok(())
    }

    /// The live session, reconnecting with backoff while the broker is away.
    async fn session(&self) -> Result<Arc<Session>, BusError> {
        let mut guard = self.inner.session.lock().await;
        if let Some(s) = guard.as_ref() {
            if s.conn.status().connected() && s.publisher.status().connected() {
                return Ok(s.clone());
            }
        }
        *guard = None;
        self.inner.connected.store(false, Ordering::Relaxed);
        let mut backoff = Duration::from_millis(200);
        loop {
            if self.inner.shutdown.is_cancelled() {
                return Err(BusError::Shutdown);
            }
            match self.open_session().await {
                Ok(s) => {
                    tracing::info!(event = "amqp_reconnected", "reconnected to RabbitMQ");
                    metrics::counter!("amqp_reconnects_total").increment(1);
                    *guard = Some(s.clone());
                    return Ok(s);
                }
                Err(e) => {
                    tracing::warn!(event = "amqp_reconnect_failed", error = %e, retry_in = ?backoff);
                    tokio::select! {
                        _ = self.inner.shutdown.cancelled() => return Err(BusError::Shutdown),
                        _ = tokio::time::sleep(backoff) => {}
                    }
                    backoff = (backoff * 2).min(self.inner.settings.max_reconnect_backoff);
                }
            }
        }
    }

    async fn drop_session(&self, failed: &Session) {
        let mut guard = self.inner.session.lock().await;
        if guard.as_ref().is_some_and(|s| s.id == failed.id) {
            *guard = None;
            self.inner.connected.store(false, Ordering::Relaxed);
        }
    }

    fn target(&self, m: &Outgoing) -> Result<(String, String, FieldTable), BusError> {
        let mut headers = table(vec![(ATTEMPT_HEADER, AMQPValue::LongUInt(m.attempt))]);
        Ok(match &m.route {
            Route::Now => (String::new(), self.queue_name(m.queue), headers),
            Route::After(wanted) => {
                let delays = self.delays_for(m.queue);
                match wait_bucket(&delays, *wanted) {
                    Some(d) => (String::new(), self.wait_queue_name(m.queue, d), headers),
                    None => (String::new(), self.queue_name(m.queue), headers),
                }
            }
            Route::Dead(reason) => {
                headers.insert(REASON_HEADER.into(), text(reason));
                (self.dead_exchange(), m.queue.name().to_string(), headers)
            }
        })
    }

    async fn try_publish(&self, session: &Session, messages: &[Outgoing]) -> Result<(), BusError> {
        let mut confirms = Vec::with_capacity(messages.len());
        for m in messages {
            let (exchange, key, headers) = self.target(m)?;
            let perr = |reason: String| BusError::Publish {
                queue: key.clone(),
                reason,
            };
            let confirm = session
                .publisher
                .basic_publish(
                    exchange.as_str().into(),
                    key.as_str().into(),
                    BasicPublishOptions {
                        mandatory: true,
                        ..BasicPublishOptions::default()
                    },
                    &m.body,
                    BasicProperties::default()
                        .with_delivery_mode(2)
                        .with_content_type("application/json".into())
                        .with_headers(headers),
                )
                .await
                .map_err(|e| perr(e.to_string()))?;
            confirms.push((key, confirm));
        }
        let bound = self.inner.settings.confirm_timeout;
        for (key, confirm) in confirms {
            let confirmation = tokio::time::timeout(bound, confirm)
                .await
                .map_err(|_| BusError::Publish {
                    queue: key.clone(),
                    reason: format!(
                        "no confirm within {bound:?} (setting amqp.confirm_timeout_secs); sending again"
                    ),
                })?
                .map_err(|e| BusError::Publish {
                    queue: key.clone(),
                    reason: e.to_string(),
                })?;
            if confirmation.is_nack() {
                return Err(BusError::Publish {
                    queue: key,
                    reason: "broker refused the message (nack; queue full or unavailable)".into(),
                });
            }
            if confirmation.take_message().is_some() {
                return Err(BusError::Publish {
                    queue: key,
                    reason: "unroutable: the queue does not exist".into(),
                });
            }
        }
        Ok(())
    }

    /// Publishes all messages with confirms, retrying across reconnects until they are stored
    /// or the worker shuts down. A retry may store a message twice; consumers are idempotent.
    pub async fn publish_all(&self, messages: Vec<Outgoing>) -> Result<(), BusError> {
        let mut backoff = Duration::from_millis(100);
        loop {
            let session = self.session().await?;
            match self.try_publish(&session, &messages).await {
                Ok(()) => return Ok(()),
                Err(e) => {
                    tracing::warn!(event = "amqp_publish_failed", error = %e, retry_in = ?backoff);
                    metrics::counter!("amqp_publish_failures_total").increment(1);
                    self.drop_session(&session).await;
                    tokio::select! {
                        _ = self.inner.shutdown.cancelled() => return Err(BusError::Shutdown),
                        _ = tokio::time::sleep(backoff) => {}
                    }
                    backoff = (backoff * 2).min(self.inner.settings.max_reconnect_backoff);
                }
            }
        }
    }

    /// Starts consuming a work queue.
    pub async fn subscribe(&self, q: Queue, prefetch: u16) -> Result<AmqpSubscription, BusError> {
        let mut sub = AmqpSubscription {
            bus: self.clone(),
            queue: q,
            prefetch,
            current: None,
            cancelled: false,
        };
        sub.open().await?;
        Ok(sub)
    }

    /// Message counts of the work, dead-letter and wait queues, by queue name.
    pub async fn queue_depths(&self) -> Result<Vec<(String, u32)>, BusError> {
        let session = self.session().await?;
        let ch = session
            .conn
            .create_channel()
            .await
            .map_err(|e| BusError::Consume {
                queue: "status".into(),
                reason: e.to_string(),
            })?;
        let mut names = Vec::new();
        for q in Queue::ALL {
            names.push(self.queue_name(q));
            names.push(self.dead_queue_name(q));
            for d in self.delays_for(q) {
                names.push(self.wait_queue_name(q, d));
            }
        }
        let mut out = Vec::new();
        for name in names {
            let passive = QueueDeclareOptions {
                passive: true,
                ..QueueDeclareOptions::default()
            };
            match ch
                .queue_declare(name.as_str().into(), passive, FieldTable::default())
                .await
            {
                Ok(q) => out.push((name, q.message_count())),
                Err(e) => {
                    return Err(BusError::Consume {
                        queue: name,
                        reason: e.to_string(),
                    })
                }
            }
        }
        let _ = ch.close(200, "status done".into()).await;
        Ok(out)
    }

    /// Deletes every queue and exchange of this prefix (tests and `crawlctl purge`).
    pub async fn delete_topology(&self) -> Result<(), BusError> {
        let session = self.session().await?;
        let ch = &session.publisher;
        for q in Queue::ALL {
            let mut names = vec![self.queue_name(q), self.dead_queue_name(q)];
            names.extend(
                self.delays_for(q)
                    .into_iter()
                    .map(|d| self.wait_queue_name(q, d)),
            );
            for name in names {
                ch.queue_delete(name.as_str().into(), QueueDeleteOptions::default())
                    .await
                    .map_err(|source| BusError::Topology { what: name, source })?;
            }
        }
        let ex = self.dead_exchange();
        ch.exchange_delete(ex.as_str().into(), Default::default())
            .await
            .map_err(|source| BusError::Topology { what: ex, source })?;
        Ok(())
    }

    /// Takes up to `max` messages off a dead-letter queue with their reasons, unacknowledged:
    /// the caller acks each one it replayed and requeues the ones it only looked at.
    pub async fn drain_dead(
        &self,
        q: Queue,
        max: usize,
    ) -> Result<Vec<(Vec<u8>, Option<String>, lapin::Acker)>, BusError> {
        let session = self.session().await?;
        let ch = &session.publisher;
        let name = self.dead_queue_name(q);
        let mut out = Vec::new();
        while out.len() < max {
            let got = ch
                .basic_get(name.as_str().into(), Default::default())
                .await
                .map_err(|e| BusError::Consume {
                    queue: name.clone(),
                    reason: e.to_string(),
                })?;
            let Some(msg) = got else { break };
            let reason = header_text(msg.delivery.properties.headers(), REASON_HEADER);
            out.push((msg.delivery.data, reason, msg.delivery.acker));
        }
        Ok(out)
    }
}

fn header_text(headers: &Option<FieldTable>, key: &str) -> Option<String> {
    headers.as_ref()?.inner().get(key).and_then(|v| match v {
        AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
        AMQPValue::ShortString(s) => Some(s.as_str().to_string()),
        _ => None,
    })
}

fn header_attempt(headers: &Option<FieldTable>) -> u32 {
    let Some(h) = headers.as_ref() else { return 0 };
    match h.inner().get(ATTEMPT_HEADER) {
        Some(AMQPValue::LongUInt(n)) => *n,
        Some(AMQPValue::LongInt(n)) => u32::try_from(*n).unwrap_or(0),
        Some(AMQPValue::LongLongInt(n)) => u32::try_from(*n).unwrap_or(0),
        Some(AMQPValue::ShortUInt(n)) => u32::from(*n),
        Some(AMQPValue::ShortShortUInt(n)) => u32::from(*n),
        _ => 0,
    }
}

/// Deliveries from one work queue, surviving reconnects.
pub struct AmqpSubscription {
    bus: AmqpBus,
    queue: Queue,
    prefetch: u16,
    current: Option<(Arc<Session>, Channel, Consumer)>,
    cancelled: bool,
}

impl std::fmt::Debug for AmqpSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AmqpSubscription")
            .field("queue", &self.queue)
            .field("prefetch", &self.prefetch)
            .finish()
    }
}

static CONSUMER_SEQ: AtomicU64 = AtomicU64::new(0);

impl AmqpSubscription {
    /// Opens a consumer on the live session, bounded by `connect_timeout`.
    async fn open(&mut self) -> Result<(), BusError> {
        let session = self.bus.session().await?;
        let bound = self.bus.inner.settings.connect_timeout;
        let name = self.bus.queue_name(self.queue);
        let opened = match tokio::time::timeout(bound, self.consume_on(&session)).await {
            Ok(r) => r,
            Err(_) => Err(BusError::Consume {
                queue: name,
                reason: format!("no answer within {bound:?} (setting amqp.connect_timeout_secs)"),
            }),
        };
        match opened {
            Ok((ch, consumer)) => {
                self.current = Some((session, ch, consumer));
                Ok(())
            }
            Err(e) => {
                // A session that cannot open a consumer (a half-dead connection, a queue deleted
                // under us) is replaced: the next one re-declares the topology.
                self.bus.drop_session(&session).await;
                Err(e)
            }
        }
    }

    async fn consume_on(&self, session: &Session) -> Result<(Channel, Consumer), BusError> {
        let name = self.bus.queue_name(self.queue);
        let cerr = |reason: String| BusError::Consume {
            queue: name.clone(),
            reason,
        };
        let ch = session
            .conn
            .create_channel()
            .await
            .map_err(|e| cerr(e.to_string()))?;
        ch.basic_qos(self.prefetch, BasicQosOptions { global: false })
            .await
            .map_err(|e| cerr(e.to_string()))?;
        let tag = format!(
            "{}-{}-{}",
            self.queue.name(),
            std::process::id(),
            CONSUMER_SEQ.fetch_add(1, Ordering::Relaxed)
        );
        let consumer = ch
            .basic_consume(
                name.as_str().into(),
                tag.as_str().into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(|e| cerr(e.to_string()))?;
        Ok((ch, consumer))
    }

    /// The next delivery, reconnecting as needed; `None` after [`Self::cancel`] or shutdown.
    pub async fn next(&mut self) -> Option<Incoming> {
        loop {
            if self.cancelled {
                return None;
            }
            if self.current.is_none() {
                match self.open().await {
                    Ok(()) => {}
                    Err(BusError::Shutdown) => return None,
                    Err(e) => {
                        tracing::warn!(event = "amqp_subscribe_failed", error = %e);
                        tokio::select! {
                            _ = self.bus.inner.shutdown.cancelled() => return None,
                            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                        }
                        continue;
                    }
                }
            }
            let Some((session, _, consumer)) = self.current.as_mut() else {
                continue;
            };
            match consumer.next().await {
                Some(Ok(d)) => {
                    let attempt = header_attempt(d.properties.headers());
                    return Some(Incoming {
                        body: d.data,
                        attempt,
                        redelivered: d.redelivered,
                        ack: AckHandle::Amqp(d.acker),
                    });
                }
                Some(Err(e)) => {
                    tracing::warn!(event = "amqp_consumer_error", queue = self.queue.name(), error = %e);
                    let s = session.clone();
                    self.current = None;
                    self.bus.drop_session(&s).await;
                }
                None => {
                    if self.cancelled {
                        return None;
                    }
                    tracing::warn!(event = "amqp_consumer_ended", queue = self.queue.name());
                    let s = session.clone();
                    self.current = None;
                    if !(s.conn.status().connected()) {
                        self.bus.drop_session(&s).await;
                    }
                }
            }
        }
    }

    /// Stops the broker from sending more deliveries; unacked ones stay with this consumer
    /// until acked, or go back to the queue when the channel closes.
    pub async fn cancel(&mut self) {
        self.cancelled = true;
        if let Some((_, ch, consumer)) = self.current.as_ref() {
            let _ = ch
                .basic_cancel(consumer.tag(), BasicCancelOptions::default())
                .await;
        }
    }

    /// Closes the consumer's channel: every delivery not acked yet goes back to the queue.
    pub async fn close(&mut self) {
        if let Some((_, ch, _)) = self.current.take() {
            let _ = ch.close(200, "worker stopping".into()).await;
        }
    }
}
