//! Batching by count, bytes and age: the indexer's rule for when to send documents.
//!
//! The batcher holds no clock: callers pass `now`, so the rule is tested without timers.

use std::time::{Duration, Instant};

/// When a batch must be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BatchLimits {
    /// Send once this many items are waiting.
    pub max_items: usize,
    /// Send before the waiting items' encoded size would pass this many bytes.
    pub max_bytes: usize,
    /// Send once the oldest waiting item has waited this long.
    pub max_age: Duration,
}

/// Items waiting to be sent together.
#[derive(Debug)]
pub struct Batcher<T> {
    limits: BatchLimits,
    items: Vec<T>,
    bytes: usize,
    opened_at: Option<Instant>,
}

impl<T> Batcher<T> {
    /// An empty batcher with the given limits (a zero `max_items` is treated as 1).
    pub fn new(limits: BatchLimits) -> Self {
        Batcher {
            limits: BatchLimits {
                max_items: limits.max_items.max(1),
                ..limits
            },
            items: Vec::new(),
            bytes: 0,
            opened_at: None,
        }
    }

    /// Adds an item of `size` encoded bytes. Returns the batch to send first when the item would
    /// not fit beside the waiting ones, and the batch including it when it fills the batch.
    pub fn push(&mut self, item: T, size: usize, now: Instant) -> Vec<Vec<T>> {
        let mut ready = Vec::new();
        if !self.items.is_empty() && self.bytes.saturating_add(size) > self.limits.max_bytes {
            ready.push(self.take());
        }
        if self.items.is_empty() {
            self.opened_at = Some(now);
        }
        self.items.push(item);
        self.bytes = self.bytes.saturating_add(size);
        if self.items.len() >= self.limits.max_items || self.bytes >= self.limits.max_bytes {
            ready.push(self.take());
        }
        ready
    }

    /// When the waiting items must be sent at the latest, if any are waiting.
    pub fn deadline(&self) -> Option<Instant> {
        self.opened_at.map(|t| t + self.limits.max_age)
    }

    /// Whether the oldest waiting item has waited `max_age` by `now`.
    pub fn is_due(&self, now: Instant) -> bool {
        self.deadline().is_some_and(|d| now >= d)
    }

    /// Number of waiting items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing is waiting.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Removes and returns every waiting item.
    pub fn take(&mut self) -> Vec<T> {
        self.bytes = 0;
        self.opened_at = None;
        std::mem::take(&mut self.items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> BatchLimits {
        BatchLimits {
            max_items: 3,
            max_bytes: 100,
            max_age: Duration::from_secs(2),
        }
    }

    #[test]
    fn flushes_on_count() {
        let now = Instant::now();
        let mut b = Batcher::new(limits());
        assert!(b.push(1, 10, now).is_empty());
        assert!(b.push(2, 10, now).is_empty());
        assert_eq!(b.push(3, 10, now), vec![vec![1, 2, 3]]);
        assert!(b.is_empty());
    }

    #[test]
    fn flushes_before_bytes_overflow_and_keeps_the_new_item() {
        let now = Instant::now();
        let mut b = Batcher::new(limits());
        assert!(b.push(1, 60, now).is_empty());
        assert_eq!(b.push(2, 60, now), vec![vec![1]]);
        assert_eq!(b.len(), 1);
    }

    #[test]
    fn an_oversized_item_goes_alone() {
        let now = Instant::now();
        let mut b = Batcher::new(limits());
        assert!(b.push(1, 10, now).is_empty());
        assert_eq!(b.push(2, 500, now), vec![vec![1], vec![2]]);
        assert!(b.is_empty());
    }

    #[test]
    fn due_after_max_age_of_the_oldest_item() {
        let t0 = Instant::now();
        let mut b = Batcher::new(limits());
        assert!(!b.is_due(t0 + Duration::from_secs(10)));
        b.push(1, 1, t0);
        b.push(2, 1, t0 + Duration::from_secs(1));
        assert!(!b.is_due(t0 + Duration::from_millis(1999)));
        assert!(b.is_due(t0 + Duration::from_secs(2)));
        assert_eq!(b.take(), vec![1, 2]);
        assert_eq!(b.deadline(), None);
    }
}
