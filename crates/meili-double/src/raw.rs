//! A tiny HTTP/1.1 client over Tokio, enough for tests to talk to a double or a local real
//! server (plain `http://` only) without pulling an HTTP client stack into this crate.

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One answer: status code and body (parsed as JSON; `Value::Null` when empty, a JSON string
/// holding the text when it is not JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct RawResponse {
    /// HTTP status code.
    pub status: u16,
    /// The body.
    pub body: Value,
}

fn split_url(url: &str) -> Result<(String, String), String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("only http:// URLs are supported by the test client, got {url}"))?;
    let (host, prefix) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].trim_end_matches('/')),
        None => (rest, ""),
    };
    Ok((host.to_string(), prefix.to_string()))
}

fn decode_chunked(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .unwrap_or(0);
        data = &data[eol + 2..];
        if size == 0 || data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        data = data.get(size + 2..).unwrap_or(&[]);
    }
    out
}

/// Sends `method path` to `base_url` with an optional bearer `key` and an optional body
/// (content type, bytes).
pub(crate) async fn send(
    base_url: &str,
    key: Option<&str>,
    method: &str,
    path: &str,
    body: Option<(Option<&str>, &[u8])>,
) -> Result<RawResponse, String> {
    let (host, prefix) = split_url(base_url)?;
    let mut stream = tokio::net::TcpStream::connect(&host)
        .await
        .map_err(|e| format!("connect to {host}: {e}"))?;
    let mut req =
        format!("{method} {prefix}{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if let Some(k) = key {
        req.push_str(&format!("Authorization: Bearer {k}\r\n"));
    }
    let mut bytes = Vec::new();
    if let Some((content_type, payload)) = body {
        if let Some(ct) = content_type {
            req.push_str(&format!("Content-Type: {ct}\r\n"));
        }
        req.push_str(&format!("Content-Length: {}\r\n", payload.len()));
        bytes.extend_from_slice(payload);
    }
    req.push_str("\r\n");
    let mut all = req.into_bytes();
    all.extend_from_slice(&bytes);
    stream
        .write_all(&all)
        .await
        .map_err(|e| format!("write to {host}: {e}"))?;
    let mut buf = Vec::new();
    stream
        .read_to_end(&mut buf)
        .await
        .map_err(|e| format!("read from {host}: {e}"))?;
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| format!("incomplete answer from {host}"))?;
    let head = String::from_utf8_lossy(&buf[..split]).to_string();
    let mut raw_body = buf[split + 4..].to_vec();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("no status line in the answer from {host}"))?;
    let chunked = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    if chunked {
        raw_body = decode_chunked(&raw_body);
    }
    let body = if raw_body.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else {
        serde_json::from_slice(&raw_body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw_body).to_string()))
    };
    Ok(RawResponse { status, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_decoded() {
        assert_eq!(
            decode_chunked(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"),
            b"abcde"
        );
    }

    #[test]
    fn urls_split_into_host_and_prefix() {
        assert_eq!(
            split_url("http://127.0.0.1:7700/").unwrap(),
            ("127.0.0.1:7700".into(), "".into())
        );
        assert_eq!(
            split_url("http://h:1/meili").unwrap(),
            ("h:1".into(), "/meili".into())
        );
        assert!(split_url("https://h").is_err());
    }
}
