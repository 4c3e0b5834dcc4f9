//! In-process queues for `crawlctl crawl`: same contract as RabbitMQ, no broker.
//!
//! Every published message counts as pending until it is acked or dead-lettered, so the
//! embedded crawl knows it is finished when nothing is pending.

use super::{AckHandle, Incoming, Outgoing, Queue, Route};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, Notify};

type Item = (Vec<u8>, u32);

struct Inner {
    senders: HashMap<Queue, mpsc::UnboundedSender<Item>>,
    receivers: Mutex<HashMap<Queue, mpsc::UnboundedReceiver<Item>>>,
    pending: AtomicUsize,
    idle: Notify,
    dead: Mutex<Vec<(Queue, Vec<u8>, String)>>,
    done: [AtomicU64; 3],
}

/// In-memory queues shared by the stages of one process.
#[derive(Clone)]
pub struct MemoryBus {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for MemoryBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryBus")
            .field("pending", &self.pending())
            .finish()
    }
}

impl Default for MemoryBus {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryBus {
    /// Empty queues.
    pub fn new() -> Self {
        let mut senders = HashMap::new();
        let mut receivers = HashMap::new();
        for q in Queue::ALL {
            let (tx, rx) = mpsc::unbounded_channel();
            senders.insert(q, tx);
            receivers.insert(q, rx);
        }
        MemoryBus {
            inner: Arc::new(Inner {
                senders,
                receivers: Mutex::new(receivers),
                pending: AtomicUsize::new(0),
                idle: Notify::new(),
                dead: Mutex::new(Vec::new()),
                done: Default::default(),
            }),
        }
    }

    /// Messages published and not yet acked, dead-lettered or dropped.
    pub fn pending(&self) -> usize {
        self.inner.pending.load(Ordering::SeqCst)
    }

    /// Waits until no message is pending.
    pub async fn wait_idle(&self) {
        loop {
            let notified = self.inner.idle.notified();
            if self.pending() == 0 {
                return;
            }
            notified.await;
        }
    }

    /// Dead-lettered messages with their reasons.
    pub fn dead_letters(&self) -> Vec<(Queue, Vec<u8>, String)> {
        self.inner
            .dead
            .lock()
            .map(|d| d.clone())
            .unwrap_or_default()
    }

    /// Messages of `queue` handled and acknowledged so far.
    pub fn acked(&self, queue: Queue) -> u64 {
        self.inner.done[queue_index(queue)].load(Ordering::Relaxed)
    }

    /// Number of dead-lettered messages.
    pub fn dead_count(&self) -> usize {
        self.inner.dead.lock().map(|d| d.len()).unwrap_or(0)
    }

    fn send(&self, q: Queue, item: Item) {
        if let Some(tx) = self.inner.senders.get(&q) {
            if tx.send(item).is_err() {
                self.release();
            }
        }
    }

    fn release(&self) {
        if self.inner.pending.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.inner.idle.notify_waiters();
        }
    }

    pub(super) fn publish_all(&self, messages: Vec<Outgoing>) {
        for m in messages {
            match m.route {
                Route::Now => {
                    self.inner.pending.fetch_add(1, Ordering::SeqCst);
                    self.send(m.queue, (m.body, m.attempt));
                }
                Route::After(delay) => {
                    self.inner.pending.fetch_add(1, Ordering::SeqCst);
                    let bus = self.clone();
                    tokio::spawn(async move {
                        tokio::time::sleep(delay).await;
                        bus.send(m.queue, (m.body, m.attempt));
                    });
                }
                Route::Dead(reason) => {
                    if let Ok(mut d) = self.inner.dead.lock() {
                        d.push((m.queue, m.body, reason));
                    }
                }
            }
        }
    }

    pub(super) fn subscribe(&self, q: Queue) -> MemorySubscription {
        let rx = self
            .inner
            .receivers
            .lock()
            .ok()
            .and_then(|mut r| r.remove(&q));
        MemorySubscription {
            bus: self.clone(),
            queue: q,
            rx,
        }
    }
}

/// Ack handle of an in-memory delivery.
#[derive(Debug)]
pub struct MemoryAck {
    bus: MemoryBus,
    queue: Queue,
}

impl MemoryAck {
    pub(super) fn done(self) {
        self.bus.inner.done[queue_index(self.queue)].fetch_add(1, Ordering::Relaxed);
        self.bus.release();
    }

    pub(super) fn requeue(self, body: Vec<u8>, attempt: u32) {
        self.bus.send(self.queue, (body, attempt));
    }
}

/// Deliveries from one in-memory queue (one subscriber per queue).
#[derive(Debug)]
pub struct MemorySubscription {
    bus: MemoryBus,
    queue: Queue,
    rx: Option<mpsc::UnboundedReceiver<Item>>,
}

impl MemorySubscription {
    pub(super) async fn next(&mut self) -> Option<Incoming> {
        let (body, attempt) = self.rx.as_mut()?.recv().await?;
        Some(Incoming {
            body,
            attempt,
            redelivered: false,
            ack: AckHandle::Memory(MemoryAck {
                bus: self.bus.clone(),
                queue: self.queue,
            }),
        })
    }
}

fn queue_index(q: Queue) -> usize {
    match q {
        Queue::Fetch => 0,
        Queue::Page => 1,
        Queue::Article => 2,
    }
}
