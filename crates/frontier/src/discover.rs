//! Sitemaps and feeds: the URLs they list, with dates, under hard limits.
//!
//! [`parse_listing`] sniffs the document (after gunzip, capped) and dispatches to
//! [`parse_sitemap`] (urlset, sitemap index, Google news sitemaps, plain-text sitemaps) or
//! [`parse_feed`] (RSS, Atom, JSON Feed via `feed-rs`). Every parser enforces the
//! [`DiscoverLimits`]: decompressed size, entry count, XML element depth and sitemap-index
//! nesting. No XML entity is ever expanded: `quick-xml` does not read DTDs, only the five
//! predefined entities and character references are resolved, and `feed-rs` does the same
//! (unknown entities stay literal text), so "billion laughs" and external entities are inert.

use std::borrow::Cow;
use std::io::Read;

use chrono::{DateTime, NaiveDate, Utc};
use quick_xml::events::Event;
use url::Url;

use crate::normalize::{normalize_absolute, normalize_with, NormalizeOptions};

/// Default most bytes of a decompressed sitemap or feed (the sitemaps.org limit: 50 MiB).
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 50 * 1024 * 1024;
/// Default most entries taken from one sitemap or feed (the sitemaps.org limit: 50,000).
pub const DEFAULT_MAX_ENTRIES: usize = 50_000;
/// Default deepest XML element nesting accepted.
pub const DEFAULT_MAX_XML_DEPTH: usize = 32;
/// Default deepest sitemap-index nesting: a sitemap at level 0 (from robots.txt or a seed) may
/// be an index; its children (level 1) may be indexes too; level 2 may not.
pub const DEFAULT_MAX_SITEMAP_NESTING: u32 = 2;

/// Limits applied to every sitemap and feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoverLimits {
    /// Most bytes after decompression.
    pub max_bytes: usize,
    /// Most entries returned; further entries are ignored and `truncated` is set.
    pub max_entries: usize,
    /// Deepest XML element nesting.
    pub max_xml_depth: usize,
    /// Deepest sitemap-index level that may still list sitemaps.
    pub max_sitemap_nesting: u32,
}

impl Default for DiscoverLimits {
    fn default() -> Self {
        DiscoverLimits {
            max_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            max_entries: DEFAULT_MAX_ENTRIES,
            max_xml_depth: DEFAULT_MAX_XML_DEPTH,
            max_sitemap_nesting: DEFAULT_MAX_SITEMAP_NESTING,
        }
    }
}

/// What a discovered URL is expected to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkKind {
    /// An HTML page.
    Page,
    /// A sitemap or sitemap index.
    Sitemap,
    /// A feed.
    Feed,
}

/// One URL found in a sitemap or feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveredLink {
    /// The normalised URL.
    pub url: Url,
    /// The news publication date, else the entry's published/lastmod/updated date.
    pub date: Option<DateTime<Utc>>,
    /// What the URL holds.
    pub kind: LinkKind,
}

/// The URLs of one document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Discovered {
    /// The URLs, in document order, after the date filter.
    pub links: Vec<DiscoveredLink>,
    /// Entries dropped because `max_entries` was reached.
    pub truncated: bool,
    /// Entries dropped by the `since` filter.
    pub filtered_old: usize,
}

/// Why a sitemap or feed yields nothing.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DiscoverError {
    /// Larger than the limit once decompressed.
    #[error("document exceeds {limit} bytes after decompression (setting max_bytes)")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// Corrupt gzip.
    #[error("corrupt gzip stream: {0}")]
    Gzip(String),
    /// Malformed XML.
    #[error("malformed XML: {0}")]
    Xml(String),
    /// Elements nested deeper than the limit.
    #[error("XML nested deeper than {limit} elements (setting max_xml_depth)")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// A sitemap index below the nesting limit.
    #[error("sitemap index at nesting level {level} exceeds the limit of {limit} (setting max_sitemap_nesting)")]
    NestingTooDeep {
        /// The level of this document.
        level: u32,
        /// The limit.
        limit: u32,
    },
    /// Not a sitemap or feed.
    #[error("not a sitemap or feed: {0}")]
    Unrecognised(String),
    /// The feed parser failed.
    #[error("unreadable feed: {0}")]
    Feed(String),
}

/// Inflates `body` if it is gzip (by magic bytes), refusing to go past `max_bytes`.
pub fn maybe_gunzip(body: &[u8], max_bytes: usize) -> Result<Cow<'_, [u8]>, DiscoverError> {
    if !body.starts_with(&[0x1f, 0x8b]) {
        if body.len() > max_bytes {
            return Err(DiscoverError::TooLarge { limit: max_bytes });
        }
        return Ok(Cow::Borrowed(body));
    }
    let mut out = Vec::with_capacity(body.len().saturating_mul(4).min(max_bytes));
    flate2::read::MultiGzDecoder::new(body)
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| DiscoverError::Gzip(e.to_string()))?;
    if out.len() > max_bytes {
        return Err(DiscoverError::TooLarge { limit: max_bytes });
    }
    Ok(Cow::Owned(out))
}

/// Whether a `<link rel=… type=…>` in HTML points to a feed worth queueing.
pub fn is_feed_link(rel: &str, mime: &str) -> bool {
    rel.split_ascii_whitespace()
        .any(|r| r.eq_ignore_ascii_case("alternate"))
        && matches!(
            mime.trim().to_ascii_lowercase().as_str(),
            "application/rss+xml"
                | "application/atom+xml"
                | "application/feed+json"
                | "application/json+feed"
                | "application/rdf+xml"
        )
}

/// Whether a response's `Content-Type` suits what the URL was queued as. A missing header is
/// accepted (the parser will sniff); parameters such as `charset` are ignored.
pub fn content_type_allowed(kind: LinkKind, content_type: Option<&str>) -> bool {
    let Some(ct) = content_type else {
        return true;
    };
    let mime = ct
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let xml = mime == "application/xml" || mime == "text/xml" || mime.ends_with("+xml");
    match kind {
        LinkKind::Page => mime == "text/html" || mime == "application/xhtml+xml",
        LinkKind::Sitemap => {
            xml || matches!(
                mime.as_str(),
                "text/plain"
                    | "application/gzip"
                    | "application/x-gzip"
                    | "application/octet-stream"
            )
        }
        LinkKind::Feed => {
            xml || matches!(
                mime.as_str(),
                "application/json"
                    | "application/feed+json"
                    | "text/plain"
                    | "application/octet-stream"
            )
        }
    }
}

/// Parses a W3C datetime (`2024`, `2024-05`, `2024-05-01`, `2024-05-01T10:00Z`, …, RFC 3339).
pub fn parse_w3c_date(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(d.with_timezone(&Utc));
    }
    for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M:%S%.f%:z"] {
        if let Ok(d) = DateTime::parse_from_str(&t.replace('Z', "+00:00"), fmt) {
            return Some(d.with_timezone(&Utc));
        }
    }
    let date = NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&format!("{t}-01"), "%Y-%m-%d"))
        .or_else(|_| NaiveDate::parse_from_str(&format!("{t}-01-01"), "%Y-%m-%d"))
        .ok()?;
    Some(date.and_hms_opt(0, 0, 0)?.and_utc())
}

/// Sniffs and parses a sitemap or feed.
///
/// `url` is the document's own URL (base for relative feed links), `level` its sitemap
/// nesting level, and entries dated before `since` are dropped (undated ones are kept).
pub fn parse_listing(
    body: &[u8],
    url: &Url,
    level: u32,
    since: Option<DateTime<Utc>>,
    limits: &DiscoverLimits,
) -> Result<Discovered, DiscoverError> {
    let body = maybe_gunzip(body, limits.max_bytes)?;
    let head = sniff_head(&body);
    if head.starts_with('{') {
        return parse_feed(&body, url, since, limits);
    }
    if head.starts_with('<') {
        let lower = head.to_ascii_lowercase();
        if lower.contains("<urlset") || lower.contains("<sitemapindex") {
            return parse_sitemap(&body, level, since, limits);
        }
        if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf") {
            return parse_feed(&body, url, since, limits);
        }
        // The root may come after a long comment: let the sitemap parser decide.
        return parse_sitemap(&body, level, since, limits);
    }
    parse_text_sitemap(&body, limits)
}

fn sniff_head(body: &[u8]) -> String {
    let start = if body.starts_with(&[0xef, 0xbb, 0xbf]) {
        3
    } else {
        0
    };
    let end = body.len().min(start + 4096);
    String::from_utf8_lossy(&body[start..end])
        .trim_start()
        .to_string()
}

/// A plain-text sitemap: one absolute URL per line.
fn parse_text_sitemap(body: &[u8], limits: &DiscoverLimits) -> Result<Discovered, DiscoverError> {
    let text = String::from_utf8_lossy(body);
    let mut out = Discovered::default();
    let opts = NormalizeOptions::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let url = normalize_absolute(line, &opts)
            .map_err(|_| DiscoverError::Unrecognised(format!("line {line:.80?} is not a URL")))?;
        if out.links.len() >= limits.max_entries {
            out.truncated = true;
            break;
        }
        out.links.push(DiscoveredLink {
            url,
            date: None,
            kind: LinkKind::Page,
        });
    }
    Ok(out)
}

#[derive(Default)]
struct Entry {
    loc: Option<String>,
    lastmod: Option<String>,
    news_date: Option<String>,
}

/// Parses an XML sitemap (`urlset`, possibly with news extensions) or sitemap index.
pub fn parse_sitemap(
    body: &[u8],
    level: u32,
    since: Option<DateTime<Utc>>,
    limits: &DiscoverLimits,
) -> Result<Discovered, DiscoverError> {
    let body = maybe_gunzip(body, limits.max_bytes)?;
    let mut reader = quick_xml::Reader::from_reader(body.as_ref());
    reader.config_mut().trim_text(true);
    let mut stack: Vec<String> = Vec::new();
    let mut root: Option<String> = None;
    let mut entry: Option<Entry> = None;
    let mut text = String::new();
    let mut out = Discovered::default();
    let opts = NormalizeOptions::default();
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| DiscoverError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if stack.len() >= limits.max_xml_depth {
                    return Err(DiscoverError::TooDeep {
                        limit: limits.max_xml_depth,
                    });
                }
                if root.is_none() {
                    match name.as_str() {
                        "urlset" => {}
                        "sitemapindex" if level < limits.max_sitemap_nesting => {}
                        "sitemapindex" => {
                            return Err(DiscoverError::NestingTooDeep {
                                level,
                                limit: limits.max_sitemap_nesting,
                            })
                        }
                        other => {
                            return Err(DiscoverError::Unrecognised(format!(
                                "root element <{other}>",
                            )))
                        }
                    }
                    root = Some(name.clone());
                } else if stack.len() == 1 && (name == "url" || name == "sitemap") {
                    entry = Some(Entry::default());
                }
                text.clear();
                stack.push(name);
            }
            Event::Empty(_) => {}
            Event::Text(t) => {
                text.push_str(&t.xml10_content());
            }
            Event::CData(t) => {
                text.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                // Only character references and the five predefined entities; anything
                // declared in a DTD is never expanded.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else if let Some(s) =
                    quick_xml::escape::resolve_predefined_entity(&r.into_inner())
                {
                    text.push_str(s);
                }
            }
            Event::End(_) => {
                let name = stack.pop().unwrap_or_default();
                if let Some(en) = entry.as_mut() {
                    let value = text.trim().to_string();
                    match name.as_str() {
                        "loc" if stack.len() == 2 => en.loc = Some(value),
                        "lastmod" if stack.len() == 2 => en.lastmod = Some(value),
                        "publication_date" => en.news_date = Some(value),
                        _ => {}
                    }
                }
                text.clear();
                if stack.len() == 1 && (name == "url" || name == "sitemap") {
                    if let Some(en) = entry.take() {
                        let kind = if root.as_deref() == Some("sitemapindex") {
                            LinkKind::Sitemap
                        } else {
                            LinkKind::Page
                        };
                        if !push_entry(&mut out, en, kind, since, limits, &opts) {
                            break;
                        }
                    }
                }
            }
            Event::Eof => break,
            // Declarations, DOCTYPE (never interpreted), comments, processing instructions.
            _ => {}
        }
        buf.clear();
    }
    if root.is_none() {
        return Err(DiscoverError::Unrecognised("no root element".into()));
    }
    Ok(out)
}

/// Adds one entry; returns false once the entry limit is reached.
fn push_entry(
    out: &mut Discovered,
    en: Entry,
    kind: LinkKind,
    since: Option<DateTime<Utc>>,
    limits: &DiscoverLimits,
    opts: &NormalizeOptions,
) -> bool {
    let Some(url) = en.loc.and_then(|l| normalize_absolute(&l, opts).ok()) else {
        return true;
    };
    let date = en
        .news_date
        .as_deref()
        .and_then(parse_w3c_date)
        .or_else(|| en.lastmod.as_deref().and_then(parse_w3c_date));
    push_link(out, DiscoveredLink { url, date, kind }, since, limits)
}

fn push_link(
    out: &mut Discovered,
    link: DiscoveredLink,
    since: Option<DateTime<Utc>>,
    limits: &DiscoverLimits,
) -> bool {
    if let (Some(since), Some(date)) = (since, link.date) {
        if date < since {
            out.filtered_old += 1;
            return true;
        }
    }
    if out.links.len() >= limits.max_entries {
        out.truncated = true;
        return false;
    }
    out.links.push(link);
    true
}

/// Parses an RSS, Atom or JSON feed; each entry gives its (first alternate) link as a page.
pub fn parse_feed(
    body: &[u8],
    url: &Url,
    since: Option<DateTime<Utc>>,
    limits: &DiscoverLimits,
) -> Result<Discovered, DiscoverError> {
    let body = maybe_gunzip(body, limits.max_bytes)?;
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .sanitize_content(false)
        .build();
    let feed = parser
        .parse(body.as_ref())
        .map_err(|e| DiscoverError::Feed(e.to_string()))?;
    let opts = NormalizeOptions::default();
    let mut out = Discovered::default();
    for entry in feed.entries {
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| entry.links.first())
            .map(|l| l.href.clone())
            .or_else(|| {
                (entry.id.starts_with("http://") || entry.id.starts_with("https://"))
                    .then(|| entry.id.clone())
            });
        let Some(url) = link.and_then(|l| normalize_with(url, &l, &opts).ok()) else {
            continue;
        };
        let date = entry.published.or(entry.updated);
        if !push_link(
            &mut out,
            DiscoveredLink {
                url,
                date,
                kind: LinkKind::Page,
            },
            since,
            limits,
        ) {
            break;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn base() -> Url {
        Url::parse("https://example.com/sitemap.xml").unwrap()
    }
    fn urls(d: &Discovered) -> Vec<&str> {
        d.links.iter().map(|l| l.url.as_str()).collect()
    }
    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    const URLSET: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://example.com/a?utm_source=x&amp;id=1</loc><lastmod>2024-05-01</lastmod></url>
  <url><loc> https://example.com/b </loc></url>
  <url>
    <loc>https://example.com/news/c</loc>
    <lastmod>2020-01-01</lastmod>
    <news:news>
      <news:publication><news:name>Ex</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-06-02T10:30:00+02:00</news:publication_date>
      <news:title>C &amp; D</news:title>
    </news:news>
  </url>
  <url><loc>not a url</loc></url>
  <url><loc><![CDATA[https://example.com/d]]></loc><lastmod>2019-01-01T00:00Z</lastmod></url>
</urlset>"#;

    #[test]
    fn urlset_with_news_and_lastmod() {
        let d = parse_listing(URLSET.as_bytes(), &base(), 0, None, &Default::default()).unwrap();
        assert_eq!(
            urls(&d),
            vec![
                "https://example.com/a?id=1",
                "https://example.com/b",
                "https://example.com/news/c",
                "https://example.com/d"
            ]
        );
        assert!(d.links.iter().all(|l| l.kind == LinkKind::Page));
        assert_eq!(
            d.links[2].date.unwrap().to_rfc3339(),
            "2024-06-02T08:30:00+00:00",
            "news:publication_date wins over lastmod"
        );
        assert_eq!(d.links[1].date, None);

        let since = parse_w3c_date("2024-01-01").unwrap();
        let d = parse_listing(
            URLSET.as_bytes(),
            &base(),
            0,
            Some(since),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(
            urls(&d).len(),
            3,
            "the 2019 entry is filtered, undated kept"
        );
        assert_eq!(d.filtered_old, 1);
    }

    #[test]
    fn sitemap_index_gzip_and_nesting() {
        let index = br#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://example.com/s1.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap>
<sitemap><loc>https://example.com/s2.xml</loc></sitemap></sitemapindex>"#;
        let d = parse_listing(&gz(index), &base(), 0, None, &Default::default()).unwrap();
        assert_eq!(
            urls(&d),
            vec![
                "https://example.com/s1.xml.gz",
                "https://example.com/s2.xml"
            ]
        );
        assert!(d.links.iter().all(|l| l.kind == LinkKind::Sitemap));
        assert_eq!(
            parse_listing(index, &base(), 2, None, &Default::default()),
            Err(DiscoverError::NestingTooDeep { level: 2, limit: 2 })
        );
    }

    #[test]
    fn limits_are_enforced() {
        let mut big = String::from("<urlset>");
        for i in 0..100 {
            big.push_str(&format!("<url><loc>https://example.com/{i}</loc></url>"));
        }
        big.push_str("</urlset>");
        let limits = DiscoverLimits {
            max_entries: 10,
            ..Default::default()
        };
        let d = parse_listing(big.as_bytes(), &base(), 0, None, &limits).unwrap();
        assert_eq!(d.links.len(), 10);
        assert!(d.truncated);

        let small = DiscoverLimits {
            max_bytes: 1000,
            ..Default::default()
        };
        assert_eq!(
            parse_listing(big.as_bytes(), &base(), 0, None, &small),
            Err(DiscoverError::TooLarge { limit: 1000 })
        );
        // A gzip bomb is cut at the limit, not inflated.
        let bomb = gz(&vec![b' '; 10_000_000]);
        assert_eq!(
            parse_listing(&bomb, &base(), 0, None, &small),
            Err(DiscoverError::TooLarge { limit: 1000 })
        );
        let deep = format!(
            "<urlset>{}{}</urlset>",
            "<x>".repeat(100),
            "</x>".repeat(100)
        );
        assert_eq!(
            parse_listing(deep.as_bytes(), &base(), 0, None, &Default::default()),
            Err(DiscoverError::TooDeep { limit: 32 })
        );
    }

    #[test]
    fn entities_are_not_expanded() {
        let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>https://example.com/&lol2;&ext;x</loc></url></urlset>"#;
        let d = parse_listing(laughs.as_bytes(), &base(), 0, None, &Default::default()).unwrap();
        assert_eq!(urls(&d), vec!["https://example.com/x"]);

        let feed = r#"<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>&ext;</title><link>https://example.com/item</link></item></channel></rss>"#;
        let d = parse_listing(feed.as_bytes(), &base(), 0, None, &Default::default()).unwrap();
        assert_eq!(urls(&d), vec!["https://example.com/item"]);
    }

    #[test]
    fn rss_atom_and_json_feeds() {
        let rss = r#"<rss version="2.0"><channel><title>t</title><link>https://example.com/</link>
<item><title>A</title><link>https://example.com/a?fbclid=1</link><pubDate>Tue, 04 Jun 2024 10:00:00 GMT</pubDate></item>
<item><title>B</title><link>/b</link></item>
<item><title>Old</title><link>https://example.com/old</link><pubDate>Tue, 04 Jun 2019 10:00:00 GMT</pubDate></item>
</channel></rss>"#;
        let feed_url = Url::parse("https://example.com/feed.xml").unwrap();
        let since = parse_w3c_date("2024-01-01");
        let d = parse_listing(rss.as_bytes(), &feed_url, 0, since, &Default::default()).unwrap();
        assert_eq!(
            urls(&d),
            vec!["https://example.com/a", "https://example.com/b"]
        );
        assert_eq!(
            d.links[0].date.unwrap().to_rfc3339(),
            "2024-06-04T10:00:00+00:00"
        );

        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>
<updated>2024-06-04T10:00:00Z</updated>
<entry><title>A</title><id>urn:a</id><updated>2024-06-04T10:00:00Z</updated>
<link rel="alternate" href="https://example.com/atom-a"/></entry></feed>"#;
        let d = parse_listing(atom.as_bytes(), &feed_url, 0, None, &Default::default()).unwrap();
        assert_eq!(urls(&d), vec!["https://example.com/atom-a"]);

        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"t",
"items":[{"id":"1","url":"https://example.com/j1","date_published":"2024-06-01T00:00:00Z"}]}"#;
        let d = parse_listing(json.as_bytes(), &feed_url, 0, None, &Default::default()).unwrap();
        assert_eq!(urls(&d), vec!["https://example.com/j1"]);
        assert!(d.links[0].date.is_some());

        assert!(matches!(
            parse_listing(
                b"<html><body>hi</body></html>",
                &feed_url,
                0,
                None,
                &Default::default()
            ),
            Err(DiscoverError::Unrecognised(_))
        ));
    }

    #[test]
    fn text_sitemaps_and_feed_links() {
        let d = parse_listing(
            b"https://example.com/1\n\nhttps://example.com/2\n",
            &base(),
            0,
            None,
            &Default::default(),
        )
        .unwrap();
        assert_eq!(urls(&d).len(), 2);
        assert!(is_feed_link("alternate", "application/rss+xml"));
        assert!(is_feed_link("Alternate home", "application/atom+xml "));
        assert!(!is_feed_link("stylesheet", "application/rss+xml"));
        assert!(!is_feed_link("alternate", "text/html"));
    }

    #[test]
    fn content_types_by_kind() {
        assert!(content_type_allowed(
            LinkKind::Page,
            Some("text/html; charset=utf-8")
        ));
        assert!(content_type_allowed(LinkKind::Page, None));
        assert!(!content_type_allowed(LinkKind::Page, Some("image/png")));
        assert!(!content_type_allowed(
            LinkKind::Page,
            Some("application/pdf")
        ));
        assert!(content_type_allowed(
            LinkKind::Sitemap,
            Some("application/x-gzip")
        ));
        assert!(content_type_allowed(LinkKind::Sitemap, Some("text/xml")));
        assert!(!content_type_allowed(LinkKind::Sitemap, Some("text/html")));
        assert!(content_type_allowed(
            LinkKind::Feed,
            Some("application/rss+xml")
        ));
        assert!(content_type_allowed(
            LinkKind::Feed,
            Some("application/feed+json")
        ));
        assert!(!content_type_allowed(LinkKind::Feed, Some("video/mp4")));
    }

    #[test]
    fn w3c_dates() {
        for (t, want) in [
            ("2024", "2024-01-01T00:00:00+00:00"),
            ("2024-05", "2024-05-01T00:00:00+00:00"),
            ("2024-05-03", "2024-05-03T00:00:00+00:00"),
            ("2024-05-03T10:20+01:00", "2024-05-03T09:20:00+00:00"),
            ("2024-05-03T10:20Z", "2024-05-03T10:20:00+00:00"),
            ("2024-05-03T10:20:30.5Z", "2024-05-03T10:20:30.500+00:00"),
        ] {
            assert_eq!(parse_w3c_date(t).unwrap().to_rfc3339(), want, "{t}");
        }
        assert_eq!(parse_w3c_date("yesterday"), None);
    }
}
