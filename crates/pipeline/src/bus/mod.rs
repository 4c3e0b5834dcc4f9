//! Job queues: RabbitMQ for the fleet, in-memory channels for the one-process mode.
//!
//! Both transports give the stages the same contract: [`Bus::publish_all`] returns only once the
//! messages are safely stored (publisher confirms on RabbitMQ), a consumed [`Incoming`] stays
//! unacknowledged until the stage acks it, and a message whose consumer dies is delivered again.
//!
//! ## RabbitMQ topology (declared idempotently by every worker at start-up and on reconnect)
//! For each stage queue `<prefix>.<stage>` (`fetch`, `page`, `article`):
//! - the work queue: quorum, durable, with `x-delivery-limit`, dead-lettering to the exchange
//!   `<prefix>.dead` (routing key = stage) with `x-dead-letter-strategy=at-least-once` and
//!   `x-overflow=reject-publish`, so a message that keeps crashing its consumer ends up dead-lettered
//!   rather than requeued forever;
//! - the dead-letter queue `<prefix>.<stage>.dead`, quorum, bound to `<prefix>.dead`; workers
//!   publish failed messages there themselves with the reason in the `x-death-reason` header;
//! - wait queues `<prefix>.<stage>.wait.<ms>` (one per delay, classic durable, no consumers) whose
//!   `x-message-ttl` expires messages back into the work queue: delayed retries and politeness
//!   delays without plugins.

mod amqp;
pub mod memory;

pub use amqp::{AmqpBus, AmqpSettings};
pub use memory::MemoryBus;

use std::time::Duration;

/// The three work queues of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Queue {
    /// URLs to fetch (consumed by the fetcher).
    Fetch,
    /// Fetched pages (consumed by the extractor).
    Page,
    /// Extracted articles (consumed by the indexer).
    Article,
}

impl Queue {
    /// Every work queue.
    pub const ALL: [Queue; 3] = [Queue::Fetch, Queue::Page, Queue::Article];

    /// Short name, used in queue names, logs and metric labels.
    pub fn name(self) -> &'static str {
        match self {
            Queue::Fetch => "fetch",
            Queue::Page => "page",
            Queue::Article => "article",
        }
    }
}

/// Where an outgoing message goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Straight to a work queue.
    Now,
    /// To the work queue after at least this delay (rounded up to a configured wait queue).
    After(Duration),
    /// To the queue's dead-letter queue, with the reason.
    Dead(String),
}

/// A message to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// Target work queue.
    pub queue: Queue,
    /// Encoded job.
    pub body: Vec<u8>,
    /// Number of earlier failed attempts, carried in the `x-attempt` header.
    pub attempt: u32,
    /// Now, later or dead.
    pub route: Route,
}

impl Outgoing {
    /// A fresh message for `queue`, to be handled now.
    pub fn now(queue: Queue, body: Vec<u8>) -> Self {
        Outgoing {
            queue,
            body,
            attempt: 0,
            route: Route::Now,
        }
    }
}

/// A consumed message, unacknowledged until [`Incoming::ack`].
#[derive(Debug)]
pub struct Incoming {
    /// Encoded job.
    pub body: Vec<u8>,
    /// Number of earlier failed attempts (the `x-attempt` header).
    pub attempt: u32,
    /// Whether the broker delivered it before to a consumer that did not ack.
    pub redelivered: bool,
    ack: AckHandle,
}

#[derive(Debug)]
enum AckHandle {
    Amqp(lapin::Acker),
    Memory(memory::MemoryAck),
}

impl Incoming {
    /// Acknowledges the message: it will not be delivered again.
    pub async fn ack(self) -> Result<(), BusError> {
        match self.ack {
            AckHandle::Amqp(acker) => acker
                .ack(lapin::options::BasicAckOptions::default())
                .await
                .map(|_| ())
                .map_err(BusError::Ack),
            AckHandle::Memory(m) => {
                m.done();
                Ok(())
            }
        }
    }

    /// Gives the message back to the queue for another consumer (used when shutting down).
    pub async fn requeue(self) -> Result<(), BusError> {
        match self.ack {
            AckHandle::Amqp(acker) => acker
                .nack(lapin::options::BasicNackOptions {
                    multiple: false,
                    requeue: true,
                })
                .await
                .map(|_| ())
                .map_err(BusError::Ack),
            AckHandle::Memory(m) => {
                m.requeue(self.body, self.attempt);
                Ok(())
            }
        }
    }
}

/// Transport failures. Connection losses are retried inside the bus; what reaches callers is
/// either a start-up failure or a loss that outlived the caller's patience (shutdown).
#[derive(Debug, thiserror::Error)]
pub enum BusError {
    /// The broker could not be reached.
    #[error("cannot connect to RabbitMQ at {address} (setting amqp.url / AMQP_URL): {reason}")]
    Connect {
        /// Broker address without credentials.
        address: String,
        /// What went wrong.
        reason: String,
    },
    /// Declaring queues or exchanges failed, usually because one exists with other arguments.
    #[error("cannot declare {what}: {source} (delete it or use another amqp.queue_prefix)")]
    Topology {
        /// The queue or exchange.
        what: String,
        /// The broker's answer.
        source: lapin::Error,
    },
    /// The broker refused or lost a publish.
    #[error("publish to {queue} not confirmed: {reason}")]
    Publish {
        /// Target queue.
        queue: String,
        /// What went wrong.
        reason: String,
    },
    /// Acknowledging failed (the channel closed; the message will come again).
    #[error("acknowledgement failed: {0}")]
    Ack(lapin::Error),
    /// Consuming failed.
    #[error("cannot consume from {queue}: {reason}")]
    Consume {
        /// Source queue.
        queue: String,
        /// What went wrong.
        reason: String,
    },
    /// The worker is shutting down.
    #[error("shutting down")]
    Shutdown,
}

/// A queue transport: RabbitMQ or in-memory.
#[derive(Debug, Clone)]
pub enum Bus {
    /// RabbitMQ through lapin.
    Amqp(AmqpBus),
    /// In-process channels.
    Memory(MemoryBus),
}

impl Bus {
    /// Publishes every message and returns once all are confirmed stored.
    pub async fn publish_all(&self, messages: Vec<Outgoing>) -> Result<(), BusError> {
        if messages.is_empty() {
            return Ok(());
        }
        match self {
            Bus::Amqp(b) => b.publish_all(messages).await,
            Bus::Memory(b) => {
                b.publish_all(messages).await;
                Ok(())
            }
        }
    }

    /// Starts consuming `queue` with at most `prefetch` unacknowledged messages at a time.
    pub async fn subscribe(&self, queue: Queue, prefetch: u16) -> Result<Subscription, BusError> {
        match self {
            Bus::Amqp(b) => Ok(Subscription::Amqp(Box::new(
                b.subscribe(queue, prefetch).await?,
            ))),
            Bus::Memory(b) => Ok(Subscription::Memory(b.subscribe(queue))),
        }
    }
}

/// A stream of deliveries from one queue.
#[derive(Debug)]
pub enum Subscription {
    /// From RabbitMQ; re-subscribes by itself after a connection loss.
    Amqp(Box<amqp::AmqpSubscription>),
    /// From memory.
    Memory(memory::MemorySubscription),
}

impl Subscription {
    /// The next delivery; `None` once the transport is closed for good.
    pub async fn next(&mut self) -> Option<Incoming> {
        match self {
            Subscription::Amqp(s) => s.next().await,
            Subscription::Memory(s) => s.next().await,
        }
    }

    /// Stops receiving new deliveries; the ones already received can still be acked.
    pub async fn cancel(&mut self) {
        match self {
            Subscription::Amqp(s) => s.cancel().await,
            Subscription::Memory(_) => {}
        }
    }
}

/// Picks the wait queue for a delay: the smallest configured delay not shorter than `wanted`,
/// or the longest one.
pub fn wait_bucket(delays: &[Duration], wanted: Duration) -> Option<Duration> {
    let mut sorted: Vec<Duration> = delays.to_vec();
    sorted.sort();
    sorted.dedup();
    sorted
        .iter()
        .copied()
        .find(|d| *d >= wanted)
        .or_else(|| sorted.last().copied())
}

/// Options that put a message back at its queue (for tools that only peek).
pub fn requeue_options() -> lapin::options::BasicNackOptions {
    lapin::options::BasicNackOptions {
        multiple: false,
        requeue: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_bucket_rounds_up_and_caps() {
        let d = |s| Duration::from_secs(s);
        let delays = [d(30), d(1), d(5)];
        assert_eq!(wait_bucket(&delays, d(0)), Some(d(1)));
        assert_eq!(wait_bucket(&delays, d(2)), Some(d(5)));
        assert_eq!(wait_bucket(&delays, d(5)), Some(d(5)));
        assert_eq!(wait_bucket(&delays, d(600)), Some(d(30)));
        assert_eq!(wait_bucket(&[], d(1)), None);
    }
}
