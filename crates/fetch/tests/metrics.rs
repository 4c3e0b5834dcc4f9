//! Each fetch emits its metrics: checked with a small in-test recorder.

mod common;

use common::{serve, Reply};
use crawl_core::jobs::Resource;
use crawl_fetch::{events, FetchConfig, Fetcher};
use metrics::{Counter, Gauge, Histogram, Key, KeyName, Metadata, Recorder, SharedString, Unit};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

type Store = Arc<Mutex<HashMap<String, f64>>>;

/// Sums every counter increment and counts every histogram sample, by `name{labels}`.
#[derive(Default)]
struct TestRecorder {
    store: Store,
}

struct Handle {
    key: String,
    store: Store,
}

impl Handle {
    fn add(&self, v: f64) {
        *self
            .store
            .lock()
            .unwrap()
            .entry(self.key.clone())
            .or_default() += v;
    }
}

impl metrics::CounterFn for Handle {
    fn increment(&self, value: u64) {
        self.add(value as f64);
    }
    fn absolute(&self, _value: u64) {}
}

impl metrics::HistogramFn for Handle {
    fn record(&self, _value: f64) {
        self.add(1.0);
    }
}

fn render(key: &Key) -> String {
    let labels: Vec<String> = key
        .labels()
        .map(|l| format!("{}={}", l.key(), l.value()))
        .collect();
    format!("{}{{{}}}", key.name(), labels.join(","))
}

impl TestRecorder {
    fn handle(&self, key: &Key) -> Arc<Handle> {
        Arc::new(Handle {
            key: render(key),
            store: self.store.clone(),
        })
    }
    fn get(&self, key: &str) -> f64 {
        self.store.lock().unwrap().get(key).copied().unwrap_or(0.0)
    }
}

impl Recorder for TestRecorder {
    fn describe_counter(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_gauge(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_histogram(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn register_counter(&self, key: &Key, _: &Metadata<'_>) -> Counter {
        Counter::from_arc(self.handle(key))
    }
    fn register_gauge(&self, _: &Key, _: &Metadata<'_>) -> Gauge {
        Gauge::noop()
    }
    fn register_histogram(&self, key: &Key, _: &Metadata<'_>) -> Histogram {
        Histogram::from_arc(self.handle(key))
    }
}

#[tokio::test]
async fn responses_bytes_latency_and_errors_are_counted() {
    let server = serve(|r| match r.path.as_str() {
        "/ok" => Reply::html("0123456789"),
        "/png" => Reply::new(200).header("content-type", "image/png"),
        _ => Reply::new(404),
    })
    .await;
    let recorder = TestRecorder::default();
    let _guard = metrics::set_default_local_recorder(&recorder);
    let f = Fetcher::new(&FetchConfig {
        use_env_proxy: false,
        ..FetchConfig::default()
    })
    .unwrap();
    for path in ["/ok", "/ok", "/gone"] {
        f.fetch(&server.url(path), Resource::Page, None)
            .await
            .unwrap();
    }
    assert!(f
        .fetch(&server.url("/png"), Resource::Page, None)
        .await
        .is_err());

    let responses = events::METRIC_RESPONSES;
    assert_eq!(recorder.get(&format!("{responses}{{status=200}}")), 2.0);
    assert_eq!(recorder.get(&format!("{responses}{{status=404}}")), 1.0);
    assert_eq!(recorder.get(&format!("{}{{}}", events::METRIC_BYTES)), 20.0);
    assert_eq!(
        recorder.get(&format!("{}{{}}", events::METRIC_DURATION)),
        4.0
    );
    assert_eq!(
        recorder.get(&format!(
            "{}{{kind=unwanted_content_type}}",
            events::METRIC_ERRORS
        )),
        1.0
    );
}
