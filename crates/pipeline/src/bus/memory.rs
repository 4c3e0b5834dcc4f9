//! In-process queues for `crawlctl crawl`: same contract as RabbitMQ, no broker.
//!
//! Every published message counts as pending until it is acked or dead-lettered, so the
//! embedded crawl knows it is finished when nothing is pending.
//!
//! The page and article queues are bounded: publishing to a full one waits until the next
//! stage takes a message, so fetching never runs ahead of extraction with bodies piling up in
//! memory. The fetch queue is not bounded (the extractor feeds it and must never wait on the
//! fetcher, which waits on the extractor); its entries are small.

use super::{AckHandle, Incoming, Outgoing, Queue, Route};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, Notify, Semaphore};

/// Default number of messages waiting in the page or the article queue.
pub const DEFAULT_QUEUE_CAPACITY: usize = 64;

/// A message: body, attempt, and whether it holds a place of its queue's capacity.
type Item = (Vec<u8>, u32, bool);

struct Inner {
    room: HashMap<Queue, Arc<Semaphore>>,
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
        Self::new(DEFAULT_QUEUE_CAPACITY)
    }
}

impl MemoryBus {
    /// Empty queues; the page and article queues hold at most `capacity` waiting messages.
    pub fn new(capacity: usize) -> Self {
        let mut senders = HashMap::new();
        let mut receivers = HashMap::new();
        for q in Queue::ALL {
            let (tx, rx) = mpsc::unbounded_channel();
            senders.insert(q, tx);
            receivers.insert(q, rx);
        }
        let room = [Queue::Page, Queue::Article]
            .into_iter()
            .map(|q| (q, Arc::new(Semaphore::new(capacity.max(1)))))
            .collect();
        MemoryBus {
            inner: Arc::new(Inner {
                room,
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

    /// Publishes `messages`, waiting for room in a bounded queue.
    pub(super) async fn publish_all(&self, messages: Vec<Outgoing>) {
        for m in messages {
            match m.route {
                Route::Now => {
                    let placed = match self.inner.room.get(&m.queue) {
                        Some(room) => match room.acquire().await {
                            Ok(permit) => {
                                permit.forget();
                                true
                            }
                            Err(_) => false,
                        },
                        None => false,
                    };
                    self.inner.pending.fetch_add(1, Ordering::SeqCst);
                    self.send(m.queue, (m.body, m.attempt, placed));
                }
                Route::After(delay) => {
                    self.inner.pending.fetch_add(1, Ordering::SeqCst);
                    let bus = self.clone();
                    tokio::spawn(async move {
                        tokio::time::sleep(delay).await;
                        bus.send(m.queue, (m.body, m.attempt, false));
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
        self.bus.send(self.queue, (body, attempt, false));
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
        let (body, attempt, placed) = self.rx.as_mut()?.recv().await?;
        if placed {
            if let Some(room) = self.bus.inner.room.get(&self.queue) {
                room.add_permits(1);
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_full_page_queue_makes_publishers_wait_for_the_consumer() {
        let bus = MemoryBus::new(2);
        let page = |n: u8| Outgoing::now(Queue::Page, vec![n]);
        bus.publish_all(vec![page(1), page(2)]).await;
        let third = {
            let bus = bus.clone();
            tokio::spawn(async move { bus.publish_all(vec![page(3)]).await })
        };
        tokio::task::yield_now().await;
        assert!(!third.is_finished(), "room for two only");
        // The fetch queue is never bounded.
        bus.publish_all(
            (0..10)
                .map(|n| Outgoing::now(Queue::Fetch, vec![n]))
                .collect(),
        )
        .await;
        let mut sub = bus.subscribe(Queue::Page);
        let first = sub.next().await.expect("a page");
        assert_eq!(first.body, vec![1]);
        tokio::time::timeout(Duration::from_secs(5), third)
            .await
            .expect("taking one message makes room")
            .expect("publisher task");
        assert_eq!(bus.pending(), 3 + 10);
    }
}
