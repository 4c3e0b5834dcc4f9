//! Pure rules about HTTP responses: what a status means for the job, `Retry-After`, media types.

use std::time::{Duration, SystemTime};

/// What an HTTP status means for the fetch job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    /// 2xx: a page to pass on.
    Ok,
    /// 304: unchanged since the validators were taken; nothing to extract.
    NotModified,
    /// 301, 302, 303, 307, 308 not followed by the client: the `Location` is a URL to queue.
    Redirect,
    /// 404 or 410: the page is gone; acknowledge and drop the job.
    Gone,
    /// 408, 429 and 5xx: the site asks us to come back later (see `Retry-After`).
    RetryLater,
    /// Any other status (other 4xx, unfollowed 3xx, 1xx, nonsense): retrying will not help.
    Permanent,
}

/// Classifies an HTTP status code.
pub fn classify_status(status: u16) -> StatusClass {
    match status {
        200..=299 => StatusClass::Ok,
        304 => StatusClass::NotModified,
        301 | 302 | 303 | 307 | 308 => StatusClass::Redirect,
        404 | 410 => StatusClass::Gone,
        408 | 429 | 500..=599 => StatusClass::RetryLater,
        _ => StatusClass::Permanent,
    }
}

/// Parses a `Retry-After` header value: either delay-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, and the two obsolete RFC 9110 formats).
///
/// A date in the past gives a zero delay; anything unparseable gives `None`.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: delay-seconds. Values beyond u64 saturate rather than fail.
        return Some(Duration::from_secs(
            value.parse::<u64>().unwrap_or(u64::MAX),
        ));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The media type of a `Content-Type` value: lowercase, without parameters.
pub fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Guesses a media type from the first bytes of a body that came without a useful
/// `Content-Type`. Only the cheap, unambiguous cases; `None` when unsure.
pub fn sniff_media_type(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Some("application/gzip");
    }
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..head.len().min(start + 512)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"{") {
        return Some("application/json");
    }
    if !lower.starts_with(b"<") {
        return None;
    }
    if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        return Some("text/html");
    }
    // Feed and sitemap roots before the looser HTML markers: a feed may quote HTML.
    if has(b"<rss") {
        return Some("application/rss+xml");
    }
    if has(b"<feed") {
        return Some("application/atom+xml");
    }
    if has(b"<urlset") || has(b"<sitemapindex") {
        return Some("application/xml");
    }
    if has(b"<html") || has(b"<head") || has(b"<body") {
        return Some("text/html");
    }
    if lower.starts_with(b"<?xml") {
        return Some("application/xml");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_classify() {
        assert_eq!(classify_status(200), StatusClass::Ok);
        assert_eq!(classify_status(206), StatusClass::Ok);
        assert_eq!(classify_status(304), StatusClass::NotModified);
        assert_eq!(classify_status(404), StatusClass::Gone);
        assert_eq!(classify_status(410), StatusClass::Gone);
        assert_eq!(classify_status(429), StatusClass::RetryLater);
        assert_eq!(classify_status(503), StatusClass::RetryLater);
        assert_eq!(classify_status(500), StatusClass::RetryLater);
        assert_eq!(classify_status(408), StatusClass::RetryLater);
        assert_eq!(classify_status(403), StatusClass::Permanent);
        assert_eq!(classify_status(400), StatusClass::Permanent);
        assert_eq!(classify_status(301), StatusClass::Redirect);
        assert_eq!(classify_status(308), StatusClass::Redirect);
        assert_eq!(classify_status(300), StatusClass::Permanent);
        assert_eq!(classify_status(100), StatusClass::Permanent);
        assert_eq!(classify_status(999), StatusClass::Permanent);
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480); // 2015-10-21 07:28:00
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:29:30 GMT", now),
            Some(Duration::from_secs(90))
        );
        // Obsolete formats are accepted too.
        assert_eq!(
            parse_retry_after("Wednesday, 21-Oct-15 07:28:10 GMT", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            parse_retry_after("Wed Oct 21 07:28:05 2015", now),
            Some(Duration::from_secs(5))
        );
        // In the past: no wait.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("-5", now), None);
        assert_eq!(parse_retry_after("1.5", now), None);
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("", now), None);
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn media_types_and_sniffing() {
        assert_eq!(media_type("Text/HTML; charset=utf-8"), "text/html");
        assert_eq!(media_type(""), "");
        assert_eq!(
            sniff_media_type(b"\xef\xbb\xbf  <!DOCTYPE html><html>"),
            Some("text/html")
        );
        assert_eq!(
            sniff_media_type(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Some("application/rss+xml")
        );
        assert_eq!(
            sniff_media_type(b"<?xml version=\"1.0\"?>\n<feed xmlns="),
            Some("application/atom+xml")
        );
        assert_eq!(
            sniff_media_type(b"<?xml version=\"1.0\"?><urlset>"),
            Some("application/xml")
        );
        assert_eq!(sniff_media_type(b"{\"version\":"), Some("application/json"));
        assert_eq!(
            sniff_media_type(&[0x1f, 0x8b, 8, 0]),
            Some("application/gzip")
        );
        assert_eq!(sniff_media_type(b"\x89PNG\r\n"), None);
        assert_eq!(sniff_media_type(b""), None);
        assert_eq!(sniff_media_type(b"   "), None);
    }
}
