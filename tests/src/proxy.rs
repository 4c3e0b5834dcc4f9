//! A loopback TCP proxy that can play "the broker went away" without touching the broker.
//!
//! RabbitMQ on the project's machines is shared by every agent's tests, so a test must never
//! stop it. Instead the workers under test connect to a [`TcpProxy`] on 127.0.0.1, which
//! forwards every connection to the real broker. [`TcpProxy::cut`] resets every proxied
//! connection and closes the listening socket, so new connections are refused: from the
//! workers' side that is what a broker that stopped looks like (reset sockets, then "connection
//! refused" on every reconnect attempt). [`TcpProxy::restore`] listens again on the same port.
//!
//! ```no_run
//! # async fn demo() {
//! let proxy = fleet_tests::proxy::TcpProxy::start("127.0.0.1:5672").await;
//! let url = proxy.amqp_url_via(&fleet_tests::amqp_url());
//! // ... start workers with AMQP_URL = url ...
//! proxy.cut().await;
//! // ... the workers see the broker gone ...
//! proxy.restore().await;
//! # }
//! ```

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Counters of what went through the proxy.
#[derive(Debug, Default)]
struct Counters {
    accepted: AtomicU64,
    refused_upstream: AtomicU64,
    live: AtomicU64,
}

/// The accept loop of one "up" period and the token that ends its connections.
struct Up {
    accept: JoinHandle<()>,
    connections: CancellationToken,
}

/// A TCP proxy on 127.0.0.1 in front of one upstream address.
pub struct TcpProxy {
    listen: SocketAddr,
    upstream: String,
    counters: Arc<Counters>,
    up: Mutex<Option<Up>>,
}

impl std::fmt::Debug for TcpProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TcpProxy")
            .field("listen", &self.listen)
            .field("upstream", &self.upstream)
            .field("accepted", &self.connections_accepted())
            .field("live", &self.live_connections())
            .finish()
    }
}

/// Binds `addr` with `SO_REUSEADDR`, so the same port can be bound again right after a cut.
fn bind_reusable(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(128)
}

impl TcpProxy {
    /// Starts forwarding a free port of 127.0.0.1 to `upstream` (`host:port`).
    ///
    /// # Panics
    /// When no loopback port can be bound: this is test support.
    pub async fn start(upstream: &str) -> TcpProxy {
        let listener = bind_reusable(SocketAddr::from(([127, 0, 0, 1], 0)))
            .expect("bind the proxy on 127.0.0.1");
        let listen = listener.local_addr().expect("proxy address");
        let proxy = TcpProxy {
            listen,
            upstream: upstream.to_string(),
            counters: Arc::new(Counters::default()),
            up: Mutex::new(None),
        };
        proxy.serve(listener);
        proxy
    }

    /// The address clients connect to (the same before and after a cut).
    pub fn addr(&self) -> SocketAddr {
        self.listen
    }

    /// `url` (an `amqp://` URL of the upstream broker) rewritten to go through the proxy.
    ///
    /// # Panics
    /// When `url` is not a URL with a host: this is test support.
    pub fn amqp_url_via(&self, url: &str) -> String {
        let mut u = url::Url::parse(url).expect("AMQP URL parses");
        u.set_host(Some("127.0.0.1"))
            .expect("AMQP URL takes a host");
        u.set_port(Some(self.listen.port()))
            .expect("AMQP URL takes a port");
        u.to_string()
    }

    /// Connections accepted since the start.
    pub fn connections_accepted(&self) -> u64 {
        self.counters.accepted.load(Ordering::SeqCst)
    }

    /// Connections currently forwarded.
    pub fn live_connections(&self) -> u64 {
        self.counters.live.load(Ordering::SeqCst)
    }

    /// Whether the proxy is accepting connections.
    pub fn is_up(&self) -> bool {
        self.up.lock().map(|u| u.is_some()).unwrap_or(false)
    }

    fn serve(&self, listener: TcpListener) {
        let connections = CancellationToken::new();
        let counters = self.counters.clone();
        let upstream = self.upstream.clone();
        let token = connections.clone();
        let accept = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                counters.accepted.fetch_add(1, Ordering::SeqCst);
                let (counters, upstream, token) =
                    (counters.clone(), upstream.clone(), token.clone());
                tokio::spawn(forward(client, upstream, counters, token));
            }
        });
        if let Ok(mut up) = self.up.lock() {
            *up = Some(Up {
                accept,
                connections,
            });
        }
    }

    /// Resets every forwarded connection and stops listening: clients see their connection
    /// reset and every new attempt refused, until [`TcpProxy::restore`].
    pub async fn cut(&self) {
        let up = self.up.lock().ok().and_then(|mut u| u.take());
        if let Some(up) = up {
            up.accept.abort();
            // Wait for the accept task to end so its listener is closed when cut returns.
            let _ = up.accept.await;
            up.connections.cancel();
        }
        // Forwarding tasks end on the token; wait until every socket is closed.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.live_connections() > 0 && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    }

    /// Listens again on the same port and forwards new connections.
    ///
    /// # Panics
    /// When the port was taken by someone else meanwhile: this is test support.
    pub async fn restore(&self) {
        if self.is_up() {
            return;
        }
        let listener = bind_reusable(self.listen).unwrap_or_else(|e| {
            panic!(
                "the proxy cannot listen on {} again (taken meanwhile?): {e}",
                self.listen
            )
        });
        self.serve(listener);
    }

    /// Connections the upstream refused (the broker itself was down).
    pub fn upstream_refusals(&self) -> u64 {
        self.counters.refused_upstream.load(Ordering::SeqCst)
    }
}

impl Drop for TcpProxy {
    fn drop(&mut self) {
        if let Ok(mut up) = self.up.lock() {
            if let Some(up) = up.take() {
                up.accept.abort();
                up.connections.cancel();
            }
        }
    }
}

/// Forwards one client connection until either side closes or `cut` fires; on a cut the
/// client's socket is reset (`RST`), as when a broker process dies.
async fn forward(
    mut client: TcpStream,
    upstream: String,
    counters: Arc<Counters>,
    cut: CancellationToken,
) {
    let mut server = match TcpStream::connect(&upstream).await {
        Ok(s) => s,
        Err(_) => {
            counters.refused_upstream.fetch_add(1, Ordering::SeqCst);
            return;
        }
    };
    counters.live.fetch_add(1, Ordering::SeqCst);
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    tokio::select! {
        _ = cut.cancelled() => {
            let _ = client.set_zero_linger();
            let _ = server.set_zero_linger();
        }
        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
    }
    drop(client);
    drop(server);
    counters.live.fetch_sub(1, Ordering::SeqCst);
}
