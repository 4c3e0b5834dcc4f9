//! Versioned job messages exchanged by the workers.
//!
//! Every message is a JSON object `{"v": <version>, "type": <kind>, "job": {...}}`. A worker that
//! receives a version it does not know, a different kind, or bytes that are not such an object
//! gets a [`DecodeError`] and dead-letters the message with that error as the reason.

use crate::article::Article;
use crawl_frontier::Scope;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::io::Read;

/// The message format version this build writes and reads.
pub const JOB_VERSION: u16 = 1;

/// A message type that travels on one of the fleet's queues.
pub trait Job: Serialize + DeserializeOwned {
    /// The `type` tag of this kind of message.
    const KIND: &'static str;
}

/// What a URL is expected to hold, which decides how the extractor treats it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resource {
    /// An HTML page: article or hub.
    #[default]
    Page,
    /// An XML sitemap or sitemap index.
    Sitemap,
    /// An RSS, Atom or JSON feed.
    Feed,
}

/// How a crawl treats the pages it has fetched once.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrawlMode {
    /// A one-off crawl: every URL in scope is fetched once, then the crawl ends.
    #[default]
    Site,
    /// A continuous crawl of a news site: its seeds (section pages), feeds and sitemaps are
    /// re-polled on an adaptive interval with conditional GET, and new articles found there
    /// are fetched once each.
    News,
}

/// A URL to fetch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FetchJob {
    /// Absolute, normalised URL.
    pub url: String,
    /// Number of links followed from the seed (the seed is 0).
    pub depth: u32,
    /// The crawl this URL belongs to.
    pub crawl_id: String,
    /// The crawl's limits, so that any worker can judge discovered links alone.
    pub scope: Scope,
    /// What the URL is expected to hold.
    #[serde(default)]
    pub resource: Resource,
    /// Whether the crawl is one-off or continuous.
    #[serde(default)]
    pub mode: CrawlMode,
    /// On a re-poll of a news crawl's seed, feed or sitemap: the poll round (Unix seconds at
    /// which the poll fell due). `None` on the first fetch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll: Option<u64>,
    /// Redirects followed to reach this URL from the link that was found.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub redirects: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl FetchJob {
    /// A first fetch of `url` in crawl `crawl_id`.
    pub fn new(
        url: String,
        depth: u32,
        crawl_id: String,
        scope: Scope,
        resource: Resource,
    ) -> Self {
        FetchJob {
            url,
            depth,
            crawl_id,
            scope,
            resource,
            mode: CrawlMode::Site,
            poll: None,
            redirects: 0,
        }
    }

    /// A job for `url`, found on the page this job fetched, `depth` hops from the seed, in the
    /// same crawl with the same scope and mode.
    pub fn child(&self, url: String, depth: u32, resource: Resource) -> Self {
        FetchJob {
            url,
            depth,
            crawl_id: self.crawl_id.clone(),
            scope: self.scope.clone(),
            resource,
            mode: self.mode,
            poll: None,
            redirects: 0,
        }
    }

    /// The job for the target of a redirect answered to this job: same depth, same kind of
    /// resource, one more redirect.
    pub fn redirected(&self, url: String) -> Self {
        let mut next = self.child(url, self.depth, self.resource);
        next.redirects = self.redirects.saturating_add(1);
        next
    }

    /// Whether a news crawl re-polls this URL: its seeds, feeds and sitemaps.
    pub fn is_poll_target(&self) -> bool {
        self.mode == CrawlMode::News && (self.depth == 0 || self.resource != Resource::Page)
    }

    /// What identifies this job among redeliveries of itself: the URL and the poll round.
    /// Two deliveries of one job share it; another poll of the same URL does not.
    pub fn claim_key(&self) -> String {
        match self.poll {
            Some(round) => format!("{} @{round}", self.url),
            None => self.url.clone(),
        }
    }
}

impl Job for FetchJob {
    const KIND: &'static str = "fetch";
}

/// A fetched page on its way to the extractor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageJob {
    /// The job that was fetched.
    pub fetch: FetchJob,
    /// The URL after redirects.
    pub final_url: String,
    /// HTTP status of the final response.
    pub status: u16,
    /// The response's Content-Type header.
    pub content_type: Option<String>,
    /// The response's ETag header, for conditional re-fetches.
    #[serde(default)]
    pub etag: Option<String>,
    /// The response's Last-Modified header, for conditional re-fetches.
    #[serde(default)]
    pub last_modified: Option<String>,
    /// When the response arrived, RFC 3339 UTC.
    pub fetched_at: String,
    /// How [`PageJob::body`] is compressed. Messages written before this field existed carry
    /// gzip and say nothing, hence the default.
    #[serde(default)]
    pub body_codec: BodyCodec,
    /// The body, compressed with `body_codec` and base64-encoded on the wire (`body_gz` in
    /// messages written before the codec field).
    #[serde(with = "base64_bytes", alias = "body_gz")]
    pub body: Vec<u8>,
    /// For a 3xx: the redirect target (absolute), queued by the extractor like a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

impl Job for PageJob {
    const KIND: &'static str = "page";
}

impl PageJob {
    /// The decompressed body, refusing to inflate past `limit` bytes.
    pub fn unpack_body(&self, limit: usize) -> Result<Vec<u8>, BodyError> {
        decompress_body(self.body_codec, &self.body, limit)
    }
}

/// Compression of a page body in a [`PageJob`].
///
/// LZ4 is what this build writes: on the development corpus it packs a page about 4x (gzip's
/// fast level: 4.5x) at well under half of gzip's CPU time on both ends, and CPU, not message
/// size, is what the fetcher and extractor spend. Gzip is still read, for messages queued by
/// earlier builds. Consumers older than this codec cannot read LZ4 messages (they dead-letter
/// them with a decode error; `crawlctl dead replay` brings them back after the upgrade), so
/// upgrade extractors before fetchers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyCodec {
    /// A gzip stream.
    #[default]
    Gzip,
    /// An LZ4 block preceded by the uncompressed length as a little-endian `u32`.
    Lz4,
}

/// An extracted article on its way to the indexer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleJob {
    /// The record to index.
    pub article: Article,
}

impl Job for ArticleJob {
    const KIND: &'static str = "article";
}

/// Why bytes from a queue are not a job this worker can handle.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// Not a JSON envelope at all.
    #[error("malformed message: {0}")]
    Malformed(String),
    /// Written by a newer or older build.
    #[error("unsupported message version {found} (this build reads version {JOB_VERSION})")]
    UnsupportedVersion {
        /// The version found in the message.
        found: u64,
    },
    /// A valid message of another kind, on the wrong queue.
    #[error("message of type {found:?} where {expected:?} was expected")]
    WrongKind {
        /// The kind found in the message.
        found: String,
        /// The kind this queue carries.
        expected: &'static str,
    },
    /// The envelope is right but the job inside does not fit the schema.
    #[error("invalid {kind} job: {error}")]
    InvalidJob {
        /// The kind of job.
        kind: &'static str,
        /// What serde reported.
        error: String,
    },
}

#[derive(Serialize)]
struct EnvelopeOut<'a, J> {
    v: u16,
    #[serde(rename = "type")]
    kind: &'static str,
    job: &'a J,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    v: Option<u64>,
    #[serde(rename = "type")]
    kind: Option<String>,
    job: Option<serde_json::Value>,
}

/// Serialises `job` into its wire form.
pub fn encode<J: Job>(job: &J) -> Vec<u8> {
    let envelope = EnvelopeOut {
        v: JOB_VERSION,
        kind: J::KIND,
        job,
    };
    // Serialising plain structs of strings and numbers into a Vec cannot fail.
    serde_json::to_vec(&envelope).unwrap_or_default()
}

/// Parses a message of kind `J` from its wire form.
pub fn decode<J: Job>(bytes: &[u8]) -> Result<J, DecodeError> {
    let env: EnvelopeIn =
        serde_json::from_slice(bytes).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    match env.v {
        Some(v) if v == u64::from(JOB_VERSION) => {}
        Some(found) => return Err(DecodeError::UnsupportedVersion { found }),
        None => return Err(DecodeError::Malformed("missing \"v\"".into())),
    }
    let kind = env
        .kind
        .ok_or_else(|| DecodeError::Malformed("missing \"type\"".into()))?;
    if kind != J::KIND {
        return Err(DecodeError::WrongKind {
            found: kind,
            expected: J::KIND,
        });
    }
    let job = env
        .job
        .ok_or_else(|| DecodeError::Malformed("missing \"job\"".into()))?;
    serde_json::from_value(job).map_err(|e| DecodeError::InvalidJob {
        kind: J::KIND,
        error: e.to_string(),
    })
}

/// Why a page body could not be unpacked.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// The compressed stream is corrupt.
    #[error("corrupt compressed body: {0}")]
    Corrupt(String),
    /// The body is larger than the configured limit once decompressed.
    #[error("decompressed body exceeds {limit} bytes (setting fetch.max_body_bytes)")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

/// The codec [`compress_body`] writes.
pub const BODY_CODEC: BodyCodec = BodyCodec::Lz4;

/// Compresses a page body for the wire with [`BODY_CODEC`].
pub fn compress_body(body: &[u8]) -> Vec<u8> {
    compress_body_as(BODY_CODEC, body)
}

/// Compresses a page body with a given codec (gzip at its fast level).
pub fn compress_body_as(codec: BodyCodec, body: &[u8]) -> Vec<u8> {
    match codec {
        BodyCodec::Lz4 => lz4_flex::block::compress_prepend_size(body),
        BodyCodec::Gzip => {
            let mut enc = flate2::write::GzEncoder::new(
                Vec::with_capacity(body.len() / 4 + 64),
                flate2::Compression::fast(),
            );
            // Writing into a Vec cannot fail.
            let _ = std::io::Write::write_all(&mut enc, body);
            enc.finish().unwrap_or_default()
        }
    }
}

/// Decompresses a page body, refusing to inflate past `limit` bytes.
pub fn decompress_body(codec: BodyCodec, data: &[u8], limit: usize) -> Result<Vec<u8>, BodyError> {
    match codec {
        BodyCodec::Gzip => gunzip_capped(data, limit),
        BodyCodec::Lz4 => {
            // The length prefix is checked against the limit before anything is allocated.
            let (prefix, block) = data.split_first_chunk::<4>().ok_or_else(|| {
                BodyError::Corrupt("LZ4 body shorter than its length prefix".into())
            })?;
            let size = u32::from_le_bytes(*prefix) as usize;
            if size > limit {
                return Err(BodyError::TooLarge { limit });
            }
            lz4_flex::block::decompress(block, size).map_err(|e| BodyError::Corrupt(e.to_string()))
        }
    }
}

fn gunzip_capped(gz: &[u8], limit: usize) -> Result<Vec<u8>, BodyError> {
    let mut out = Vec::with_capacity(gz.len().saturating_mul(4).min(limit));
    let mut reader = flate2::read::GzDecoder::new(gz).take(limit as u64 + 1);
    reader
        .read_to_end(&mut out)
        .map_err(|e| BodyError::Corrupt(e.to_string()))?;
    if out.len() > limit {
        return Err(BodyError::TooLarge { limit });
    }
    Ok(out)
}

mod base64_bytes {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        STANDARD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetch_job() -> FetchJob {
        FetchJob::new(
            "https://example.com/a".into(),
            2,
            "c1".into(),
            Scope {
                allowed_hosts: vec!["example.com".into()],
                max_depth: 3,
                ..Default::default()
            },
            Resource::Page,
        )
    }

    #[test]
    fn jobs_without_the_newer_fields_still_decode() {
        let old = br#"{"v":1,"type":"fetch","job":{"url":"https://example.com/a","depth":0,"crawl_id":"c","scope":{"allowed_hosts":["example.com"],"max_depth":2}}}"#;
        let job: FetchJob = decode(old).unwrap();
        assert_eq!(job.mode, CrawlMode::Site);
        assert_eq!(job.poll, None);
        assert_eq!(job.resource, Resource::Page);
    }

    #[test]
    fn claim_keys_tell_poll_rounds_apart() {
        let mut job = fetch_job();
        let first = job.claim_key();
        assert_eq!(first, job.clone().claim_key());
        job.poll = Some(1_700_000_000);
        assert_ne!(job.claim_key(), first);
        let child = job.child("https://example.com/b".into(), 3, Resource::Page);
        assert_eq!(child.poll, None);
        assert_eq!(child.crawl_id, job.crawl_id);
    }

    #[test]
    fn news_crawls_poll_seeds_feeds_and_sitemaps_only() {
        let mut seed = fetch_job();
        seed.depth = 0;
        assert!(!seed.is_poll_target(), "site crawls never poll");
        seed.mode = CrawlMode::News;
        assert!(seed.is_poll_target());
        let article = seed.child("https://example.com/n/1".into(), 1, Resource::Page);
        assert!(!article.is_poll_target());
        let feed = seed.child("https://example.com/feed".into(), 1, Resource::Feed);
        assert!(feed.is_poll_target());
    }

    #[test]
    fn fetch_job_round_trips() {
        let job = fetch_job();
        let bytes = encode(&job);
        assert!(bytes.starts_with(br#"{"v":1,"type":"fetch""#));
        assert_eq!(decode::<FetchJob>(&bytes).unwrap(), job);
    }

    #[test]
    fn page_job_round_trips_with_binary_body() {
        let page = PageJob {
            fetch: fetch_job(),
            final_url: "https://example.com/a".into(),
            status: 200,
            content_type: Some("text/html".into()),
            etag: None,
            last_modified: None,
            fetched_at: "2026-01-01T00:00:00Z".into(),
            body_codec: BODY_CODEC,
            body: compress_body(b"<html>\xff\x00</html>"),
            location: None,
        };
        let back: PageJob = decode(&encode(&page)).unwrap();
        assert_eq!(back, page);
        assert_eq!(back.unpack_body(1000).unwrap(), b"<html>\xff\x00</html>");
    }

    #[test]
    fn rejects_garbage_other_versions_and_other_kinds() {
        assert!(matches!(
            decode::<FetchJob>(b"\x00not json"),
            Err(DecodeError::Malformed(_))
        ));
        assert!(matches!(
            decode::<FetchJob>(br#"{"v":2,"type":"fetch","job":{}}"#),
            Err(DecodeError::UnsupportedVersion { found: 2 })
        ));
        let page_bytes = encode(&ArticleJob {
            article: crate::article::Article {
                id: "x".into(),
                url: "u".into(),
                canonical_url: "u".into(),
                site: "s".into(),
                site_name: None,
                title: "t".into(),
                authors: vec![],
                published_at: None,
                published_ts: None,
                modified_at: None,
                modified_ts: None,
                language: None,
                description: None,
                body: "b".into(),
                word_count: 1,
                image: None,
                tags: vec![],
                fetched_at: "f".into(),
                fetched_ts: 0,
                content_hash: "h".into(),
                crawl_id: "c".into(),
            },
        });
        assert!(matches!(
            decode::<FetchJob>(&page_bytes),
            Err(DecodeError::WrongKind {
                expected: "fetch",
                ..
            })
        ));
        assert!(matches!(
            decode::<FetchJob>(br#"{"v":1,"type":"fetch","job":{"url":3}}"#),
            Err(DecodeError::InvalidJob { .. })
        ));
    }

    #[test]
    fn decompression_is_capped() {
        let packed = compress_body(&vec![b'a'; 10_000]);
        assert!(matches!(
            decompress_body(BODY_CODEC, &packed, 100),
            Err(BodyError::TooLarge { limit: 100 })
        ));
        for (codec, data) in [
            (BodyCodec::Gzip, &b"nope"[..]),
            (BodyCodec::Lz4, &b"no"[..]),
            (BodyCodec::Lz4, &[5, 0, 0, 0, 0xff][..]),
        ] {
            assert!(matches!(
                decompress_body(codec, data, 100),
                Err(BodyError::Corrupt(_))
            ));
        }
        // A length prefix claiming 4 GiB is refused before any allocation.
        let mut lying = u32::MAX.to_le_bytes().to_vec();
        lying.extend_from_slice(&packed[4..]);
        assert!(matches!(
            decompress_body(BodyCodec::Lz4, &lying, 1 << 20),
            Err(BodyError::TooLarge { .. })
        ));
        // A prefix that understates the length is corrupt, not truncated output.
        let mut short = 10u32.to_le_bytes().to_vec();
        short.extend_from_slice(&packed[4..]);
        assert!(decompress_body(BodyCodec::Lz4, &short, 1 << 20).is_err());
    }

    #[test]
    fn a_page_job_from_before_the_codec_field_is_read_as_gzip() {
        let gz = compress_body_as(BodyCodec::Gzip, b"<p>old</p>");
        let mut old = serde_json::to_value(PageJob {
            fetch: fetch_job(),
            final_url: "https://example.com/a".into(),
            status: 200,
            content_type: None,
            etag: None,
            last_modified: None,
            fetched_at: "2026-01-01T00:00:00Z".into(),
            body_codec: BodyCodec::Gzip,
            body: gz,
            location: None,
        })
        .unwrap();
        let fields = old.as_object_mut().unwrap();
        fields.remove("body_codec");
        let body = fields.remove("body").unwrap();
        fields.insert("body_gz".into(), body);
        let wire = serde_json::json!({"v": JOB_VERSION, "type": "page", "job": old});
        let back: PageJob = decode(&serde_json::to_vec(&wire).unwrap()).unwrap();
        assert_eq!(back.body_codec, BodyCodec::Gzip);
        assert_eq!(back.unpack_body(1000).unwrap(), b"<p>old</p>");
    }
}
