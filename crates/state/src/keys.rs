//! Hashing of URLs into compact seen-set entries.

use sha2::{Digest, Sha256};

/// The seen-set coordinates of a URL: a bucket number and an 8-byte field.
///
/// Bucket and field come from disjoint bytes of the URL's SHA-256, so two URLs collide only if
/// 64 bits plus the bucket bits agree: with a billion URLs in one crawl the chance of any false
/// "already seen" stays around a few in a million.
pub(crate) fn seen_slot(url: &str, buckets: u32) -> (u32, [u8; 8]) {
    let digest = Sha256::digest(url.as_bytes());
    let b = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
    let mut field = [0u8; 8];
    field.copy_from_slice(&digest[4..12]);
    (b % buckets.max(1), field)
}

/// The 4 bytes that identify a claimant in seen-set values.
pub(crate) fn claimant_bytes(key: &str) -> [u8; 4] {
    let digest = Sha256::digest(key.as_bytes());
    [digest[0], digest[1], digest[2], digest[3]]
}

/// A 16-byte hex-free key part for a URL (validators keys), as lowercase hex of 12 bytes.
pub(crate) fn url_key(url: &str) -> String {
    let digest = Sha256::digest(url.as_bytes());
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// A random token for locks.
pub(crate) fn random_token() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    let mut h2 = RandomState::new().build_hasher();
    h2.write_u64(h.finish());
    format!("{:016x}{:016x}", h.finish(), h2.finish())
}

/// One step of the generic cell rate algorithm in "reservation" form, shared by the in-memory
/// gate and (transcribed) the Redis script. All times in microseconds on one clock.
///
/// `tat` is the theoretical arrival time after the last reservation, `backoff` the end of any
/// backoff, `tolerance` = burst × interval. A request is scheduled at
/// `max(now, tat - tolerance, backoff)`; if that is more than `max_wait` away nothing is
/// reserved, otherwise the new TAT is `max(tat, start) + interval`.
/// Returns `(granted, wait, new_tat)`.
pub(crate) fn gcra_step(
    now: u64,
    tat: u64,
    backoff: u64,
    interval: u64,
    tolerance: u64,
    max_wait: u64,
) -> (bool, u64, u64) {
    let start = now.max(tat.saturating_sub(tolerance)).max(backoff);
    let wait = start - now;
    if wait > max_wait {
        return (false, wait, tat);
    }
    (true, wait, tat.max(start).saturating_add(interval))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_stable_and_spread() {
        let (b1, f1) = seen_slot("https://example.com/a", 8192);
        assert_eq!((b1, f1), seen_slot("https://example.com/a", 8192));
        assert_ne!(f1, seen_slot("https://example.com/b", 8192).1);
        let mut used = std::collections::HashSet::new();
        for i in 0..2000 {
            used.insert(seen_slot(&format!("https://example.com/{i}"), 64).0);
        }
        assert_eq!(used.len(), 64);
        assert_ne!(random_token(), random_token());
        assert_eq!(url_key("x").len(), 24);
    }

    #[test]
    fn gcra_spaces_requests_and_allows_burst() {
        let t = 1_000_000;
        // Strict spacing: three immediate requests get waits 0, T, 2T.
        let (g, w, tat) = gcra_step(0, 0, 0, t, 0, u64::MAX);
        assert!(g && w == 0 && tat == t);
        let (_, w, tat) = gcra_step(0, tat, 0, t, 0, u64::MAX);
        assert_eq!((w, tat), (t, 2 * t));
        let (_, w, tat) = gcra_step(0, tat, 0, t, 0, u64::MAX);
        assert_eq!((w, tat), (2 * t, 3 * t));
        // Burst 1: two go at once, the third waits one interval.
        let (_, w1, tat) = gcra_step(0, 0, 0, t, t, u64::MAX);
        let (_, w2, tat) = gcra_step(0, tat, 0, t, t, u64::MAX);
        let (_, w3, _) = gcra_step(0, tat, 0, t, t, u64::MAX);
        assert_eq!((w1, w2, w3), (0, 0, t));
        // Backoff pushes the start; a too-long wait reserves nothing.
        let (g, w, tat2) = gcra_step(0, t, 5 * t, t, 0, u64::MAX);
        assert!(g && w == 5 * t && tat2 == 6 * t);
        let (g, w, tat3) = gcra_step(0, 4 * t, 0, t, 0, t);
        assert!(!g && w == 4 * t && tat3 == 4 * t);
        // An idle host starts now.
        let (_, w, tat) = gcra_step(10 * t, t, 0, t, 0, u64::MAX);
        assert_eq!((w, tat), (0, 11 * t));
    }
}
