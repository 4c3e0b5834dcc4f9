//! A tiny HTTP/1.1 origin for tests: one request per connection, scripted replies, every
//! request recorded. Listens on 127.0.0.1 only.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
    /// Header names lowercase.
    pub headers: Vec<(String, String)>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// How the body is sent.
pub enum Body {
    /// With a Content-Length.
    Fixed(Vec<u8>),
    /// Chunked, this chunk repeated until the client hangs up (or `limit` bytes, as a guard).
    Endless { chunk: Vec<u8>, limit: usize },
    /// Headers are never sent: the connection stays silent for this long.
    Stall(Duration),
    /// Declares `declared` bytes, sends `sent`, then closes: a body cut by the network.
    Short { declared: usize, sent: Vec<u8> },
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

impl Reply {
    pub fn new(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::Fixed(Vec::new()),
        }
    }
    pub fn html(text: &str) -> Reply {
        Reply::new(200)
            .header("content-type", "text/html; charset=utf-8")
            .body(text.as_bytes().to_vec())
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
    pub fn body(mut self, bytes: Vec<u8>) -> Reply {
        self.body = Body::Fixed(bytes);
        self
    }
    pub fn endless(mut self, chunk: Vec<u8>, limit: usize) -> Reply {
        self.body = Body::Endless { chunk, limit };
        self
    }
    pub fn stall(mut self, d: Duration) -> Reply {
        self.body = Body::Stall(d);
        self
    }
}

pub type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

pub struct Server {
    pub addr: SocketAddr,
    pub requests: Arc<Mutex<Vec<Recorded>>>,
    /// Bytes of body the server managed to write, per request, in order.
    pub sent: Arc<Mutex<Vec<usize>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub fn url(&self, path: &str) -> url::Url {
        url::Url::parse(&format!("http://{}{}", self.addr, path)).unwrap()
    }
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

pub async fn serve(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let sent = Arc::new(Mutex::new(Vec::new()));
    let handler: Handler = Arc::new(handler);
    let (reqs, sent2) = (requests.clone(), sent.clone());
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (handler, reqs, sent) = (handler.clone(), reqs.clone(), sent2.clone());
            tokio::spawn(async move {
                let _ = handle(stream, handler, reqs, sent).await;
            });
        }
    });
    Server {
        addr,
        requests,
        sent,
        task,
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        429 => "Too Many Requests",
        503 => "Service Unavailable",
        _ => "Whatever",
    }
}

async fn handle(
    mut stream: TcpStream,
    handler: Handler,
    reqs: Arc<Mutex<Vec<Recorded>>>,
    sent: Arc<Mutex<Vec<usize>>>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut tmp).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&tmp[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
        if buf.len() > 64 * 1024 {
            return Ok(());
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let path = request_line.split(' ').nth(1).unwrap_or("/").to_owned();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let rec = Recorded { path, headers };
    reqs.lock().unwrap().push(rec.clone());
    let reply = handler(&rec);

    let mut out = format!(
        "HTTP/1.1 {} {}\r\nconnection: close\r\n",
        reply.status,
        reason(reply.status)
    );
    for (n, v) in &reply.headers {
        out.push_str(&format!("{n}: {v}\r\n"));
    }
    match reply.body {
        Body::Stall(d) => {
            tokio::time::sleep(d).await;
            Ok(())
        }
        Body::Fixed(bytes) => {
            out.push_str(&format!("content-length: {}\r\n\r\n", bytes.len()));
            stream.write_all(out.as_bytes()).await?;
            stream.write_all(&bytes).await?;
            sent.lock().unwrap().push(bytes.len());
            stream.shutdown().await
        }
        Body::Short {
            declared,
            sent: bytes,
        } => {
            out.push_str(&format!("content-length: {declared}\r\n\r\n"));
            stream.write_all(out.as_bytes()).await?;
            stream.write_all(&bytes).await?;
            sent.lock().unwrap().push(bytes.len());
            stream.shutdown().await
        }
        Body::Endless { chunk, limit } => {
            out.push_str("transfer-encoding: chunked\r\n\r\n");
            stream.write_all(out.as_bytes()).await?;
            let mut total = 0usize;
            let result = async {
                while total < limit {
                    stream
                        .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                        .await?;
                    stream.write_all(&chunk).await?;
                    stream.write_all(b"\r\n").await?;
                    total += chunk.len();
                }
                stream.write_all(b"0\r\n\r\n").await
            }
            .await;
            sent.lock().unwrap().push(total);
            result
        }
    }
}
