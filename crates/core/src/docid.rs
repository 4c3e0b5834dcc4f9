//! Document ids for Meilisearch.
//!
//! Meilisearch accepts string ids made of `A-Z a-z 0-9 - _` only, at most 511 bytes, and one
//! invalid id fails a whole batch. URLs contain other characters, so the id is the unpadded
//! URL-safe base64 of the SHA-256 of the canonical URL: 43 bytes, always valid, and the same URL
//! always gives the same id, which makes re-indexing an idempotent upsert.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The longest document id Meilisearch accepts, in bytes.
pub const MAX_ID_BYTES: usize = 511;

/// Returns the document id of the page whose canonical URL is `canonical_url`.
pub fn document_id(canonical_url: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical_url.as_bytes()))
}

/// Whether `id` is a string id that Meilisearch accepts.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Returns a short hex digest of `text`, used as the article's content hash.
pub fn content_hash(text: &str) -> String {
    article_hash(&[text])
}

/// The content hash of an article's parts (title and body), as if joined by newlines, without
/// building the joined text.
pub fn article_hash(parts: &[&str]) -> String {
    use std::fmt::Write;
    let mut hasher = Sha256::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hasher.update(b"\n");
        }
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(32);
    for b in &digest[..16] {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn same_url_same_id_and_different_urls_differ() {
        let a = document_id("https://example.com/a");
        assert_eq!(a, document_id("https://example.com/a"));
        assert_ne!(a, document_id("https://example.com/b"));
        assert_eq!(a.len(), 43);
    }

    #[test]
    fn rejects_ids_meilisearch_rejects() {
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("https://x"));
        assert!(!is_valid_id(&"a".repeat(512)));
        assert!(is_valid_id(&"a".repeat(511)));
        assert!(is_valid_id("Ab-_09"));
    }

    #[test]
    fn content_hash_is_32_hex_chars() {
        assert_eq!(
            article_hash(&["title", "body"]),
            content_hash("title\nbody")
        );
        let h = content_hash("body");
        assert_eq!(h.len(), 32);
        assert!(h.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(h, content_hash("body2"));
    }

    proptest! {
        #[test]
        fn every_url_gives_a_valid_id(url in ".*") {
            prop_assert!(is_valid_id(&document_id(&url)));
        }
    }
}
