//! crawl-index against Meilisearch: a real server when `MEILI_URL` (and `MEILI_MASTER_KEY`) is
//! set, the test double otherwise. Each test uses its own index and cleans it up.

use std::time::Duration;

use crawl_core::article::Article;
use crawl_core::disposition::{Classify, FailureClass};
use crawl_core::docid::document_id;
use crawl_index::{
    connect, IndexConfig, IndexError, FILTERABLE_ATTRIBUTES, SEARCHABLE_ATTRIBUTES,
    SORTABLE_ATTRIBUTES,
};
use meili_double::{test_target, DoubleOptions, MeiliDouble, TestMeili};
use serde_json::{json, Value};
use tokio::time::Instant;

fn config(meili: &TestMeili) -> IndexConfig {
    IndexConfig {
        url: meili.url().to_string(),
        api_key: meili.master_key().map(String::from),
        index_uid: meili.index_uid().to_string(),
        task_timeout: Duration::from_secs(60),
        poll_interval: Duration::from_millis(20),
        connect_timeout: Duration::from_secs(5),
        ..IndexConfig::default()
    }
}

fn article(n: usize, title: &str) -> Article {
    let url = format!("https://news.example.org/story/{n}");
    Article {
        id: document_id(&url),
        url: url.clone(),
        canonical_url: url,
        site: "news.example.org".into(),
        site_name: Some("Example News".into()),
        title: title.into(),
        authors: vec!["Ada Writer".into()],
        published_at: Some("2026-11-01T10:00:00Z".into()),
        published_ts: Some(1_793_527_200 + n as i64),
        modified_at: None,
        modified_ts: None,
        language: Some("en".into()),
        description: Some("A story.".into()),
        body: format!("Story number {n}. The council met and talked."),
        word_count: 8,
        image: None,
        tags: vec!["local".into()],
        fetched_at: "2026-11-28T10:00:00Z".into(),
        fetched_ts: 1_795_860_000,
        content_hash: "00".into(),
        crawl_id: "crawl-test".into(),
    }
}

/// Waits until the index holds `n` documents (the count is read from the server).
async fn wait_count(index: &crawl_index::ArticleIndex, n: u64, within: Duration) -> u64 {
    let deadline = Instant::now() + within;
    loop {
        let count = index.document_count().await.unwrap();
        if count == n || Instant::now() >= deadline {
            return count;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .filter_map(|x| x.as_str().map(String::from))
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn creates_the_index_with_news_settings_and_is_idempotent() {
    let meili = test_target().await;
    let cfg = config(&meili);
    connect(&cfg).await.unwrap();
    let tasks_after_first = meili.double().map(MeiliDouble::task_count);
    connect(&cfg).await.unwrap();
    if let (Some(d), Some(before)) = (meili.double(), tasks_after_first) {
        // Settings already applied and index present: the second start enqueues nothing.
        assert_eq!(d.task_count(), before);
    }

    let index = meili
        .request("GET", &format!("/indexes/{}", meili.index_uid()), None)
        .await
        .unwrap();
    assert_eq!(index.status, 200, "{:?}", index.body);
    assert_eq!(index.body["primaryKey"], "id");

    let settings = meili
        .request(
            "GET",
            &format!("/indexes/{}/settings", meili.index_uid()),
            None,
        )
        .await
        .unwrap();
    assert_eq!(settings.status, 200);
    assert_eq!(
        settings.body["searchableAttributes"],
        json!(SEARCHABLE_ATTRIBUTES)
    );
    let mut want: Vec<String> = FILTERABLE_ATTRIBUTES
        .iter()
        .map(|s| s.to_string())
        .collect();
    want.sort();
    assert_eq!(sorted(&settings.body["filterableAttributes"]), want);
    let mut want: Vec<String> = SORTABLE_ATTRIBUTES.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(sorted(&settings.body["sortableAttributes"]), want);
    meili.cleanup().await;
}

#[tokio::test]
async fn upsert_is_idempotent_by_id() {
    let meili = test_target().await;
    let index = connect(&config(&meili)).await.unwrap();
    let a = article(1, "Bridge closed");
    let b = article(2, "Ferry plan");
    let out = index.upsert(vec![a.clone(), b.clone()]).await.unwrap();
    assert_eq!(out.indexed, vec![0, 1]);
    assert!(out.rejected.is_empty());

    let mut again = a.clone();
    again.title = "Bridge reopened".into();
    let out = index.upsert(vec![again, a.clone()]).await.unwrap();
    assert_eq!(out.indexed, vec![0, 1]);
    assert_eq!(index.document_count().await.unwrap(), 2);
    // Later in the batch wins, as on the server.
    let stored = index.get_document(&a.id).await.unwrap().unwrap();
    assert_eq!(stored["title"], "Bridge closed");
    assert_eq!(stored["url"], a.url);
    assert_eq!(index.get_document("missing_id").await.unwrap(), None);
    assert_eq!(index.get_document("not a valid id").await.unwrap(), None);
    meili.cleanup().await;
}

#[tokio::test]
async fn invalid_ids_are_rejected_before_sending() {
    let meili = test_target().await;
    let index = connect(&config(&meili)).await.unwrap();
    let before = meili.double().map(MeiliDouble::task_count);
    let mut bad = article(1, "Bad id");
    bad.id = "https://news.example.org/story/1".into();
    let good = article(2, "Good id");
    let out = index.upsert(vec![bad, good.clone()]).await.unwrap();
    assert_eq!(out.indexed, vec![1]);
    assert_eq!(out.rejected.len(), 1);
    assert_eq!(out.rejected[0].0, 0);
    assert!(
        out.rejected[0].1.starts_with("invalid_document_id"),
        "{:?}",
        out.rejected
    );
    if let (Some(d), Some(before)) = (meili.double(), before) {
        assert_eq!(d.task_count(), before + 1, "exactly one document task");
    }
    assert_eq!(index.document_count().await.unwrap(), 1);
    assert!(index.get_document(&good.id).await.unwrap().is_some());
    meili.cleanup().await;
}

#[tokio::test]
async fn a_document_the_server_rejects_is_isolated_and_the_rest_indexed() {
    let meili = test_target().await;
    let index = connect(&config(&meili)).await.unwrap();
    // Make `_geo` filterable so the server validates it (it ignores `_geo` otherwise).
    let mut filterable: Vec<&str> = FILTERABLE_ATTRIBUTES.to_vec();
    filterable.push("_geo");
    let r = meili
        .request(
            "PATCH",
            &format!("/indexes/{}/settings", meili.index_uid()),
            Some(&json!({"filterableAttributes": filterable})),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 202, "{:?}", r.body);
    let task = meili
        .wait_task(r.body["taskUid"].as_u64().unwrap(), Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(task["status"], "succeeded", "{task}");

    let docs: Vec<Value> = (0..5)
        .map(|i| {
            let mut d = json!({"id": format!("doc_{i}"), "title": format!("Item {i}")});
            if i == 2 {
                d["_geo"] = json!({"lat": "north", "lng": 2.0});
            } else {
                d["_geo"] = json!({"lat": 48.85, "lng": 2.35});
            }
            d
        })
        .collect();
    let out = index.upsert_json(docs).await.unwrap();
    assert_eq!(out.indexed, vec![0, 1, 3, 4]);
    assert_eq!(out.rejected.len(), 1, "{:?}", out.rejected);
    assert_eq!(out.rejected[0].0, 2);
    assert!(
        out.rejected[0].1.starts_with("invalid_document_geo_field"),
        "{:?}",
        out.rejected
    );
    assert_eq!(index.document_count().await.unwrap(), 4);
    assert_eq!(index.get_document("doc_2").await.unwrap(), None);
    meili.cleanup().await;
}

#[tokio::test]
async fn a_document_over_the_payload_limit_is_rejected_without_a_round_trip() {
    let meili = test_target().await;
    let cfg = IndexConfig {
        max_payload_bytes: 4_000,
        ..config(&meili)
    };
    let index = connect(&cfg).await.unwrap();
    let mut huge = article(1, "Huge");
    huge.body = "word ".repeat(2_000);
    let docs = vec![article(0, "Small"), huge, article(2, "Small too")];
    let out = index.upsert(docs).await.unwrap();
    assert_eq!(out.indexed, vec![0, 2]);
    assert_eq!(out.rejected.len(), 1);
    assert_eq!(out.rejected[0].0, 1);
    assert!(out.rejected[0].1.starts_with("payload_too_large"));
    assert_eq!(index.document_count().await.unwrap(), 2);
    meili.cleanup().await;
}

#[tokio::test]
async fn many_documents_go_in_several_payloads() {
    let meili = test_target().await;
    let cfg = IndexConfig {
        max_payload_bytes: 3_000,
        ..config(&meili)
    };
    let index = connect(&cfg).await.unwrap();
    let docs: Vec<Article> = (0..12).map(|i| article(i, "Many")).collect();
    let out = index.upsert(docs).await.unwrap();
    assert_eq!(out.indexed, (0..12).collect::<Vec<_>>());
    assert_eq!(index.document_count().await.unwrap(), 12);
    meili.cleanup().await;
}

/// Double only: a server whose payload limit is below `max_payload_bytes` answers 413; the
/// batch is split until the parts fit.
#[tokio::test]
async fn a_413_from_the_server_splits_the_batch() {
    let double = MeiliDouble::start(DoubleOptions {
        master_key: Some("k".into()),
        payload_limit: 2_500,
        ..DoubleOptions::default()
    })
    .await;
    let cfg = IndexConfig {
        url: double.url(),
        api_key: double.master_key(),
        index_uid: "articles".into(),
        poll_interval: Duration::from_millis(10),
        ..IndexConfig::default()
    };
    let index = connect(&cfg).await.unwrap();
    let docs: Vec<Article> = (0..6).map(|i| article(i, "Split")).collect();
    let out = index.upsert(docs).await.unwrap();
    assert_eq!(out.indexed, (0..6).collect::<Vec<_>>());
    assert!(out.rejected.is_empty());
    assert_eq!(double.documents("articles").len(), 6);
}

#[tokio::test]
async fn a_task_that_does_not_finish_in_time_is_unknown_not_failed() {
    let meili = test_target().await;
    connect(&config(&meili)).await.unwrap();
    let short = if meili.is_real() {
        // A real server takes far longer than this to index a document.
        Duration::from_millis(100)
    } else {
        Duration::from_millis(300)
    };
    if let Some(d) = meili.double() {
        d.hold_tasks();
    }
    let slow = connect(&IndexConfig {
        task_timeout: short,
        ..config(&meili)
    })
    .await
    .unwrap();
    // Bounded by the task timeout: a generous outer bound only catches a hang (no timed
    // assertion on a shared machine).
    let err = tokio::time::timeout(
        Duration::from_secs(60),
        slow.upsert(vec![article(1, "Late")]),
    )
    .await
    .expect("upsert returns once its task timeout passed")
    .unwrap_err();
    // On a busy real server even the POST may pass the bound: also an unknown outcome.
    let enqueued = matches!(err, IndexError::TaskTimeout { .. });
    assert!(
        enqueued || (meili.is_real() && matches!(err, IndexError::RequestTimeout { .. })),
        "expected TaskTimeout, got {err}"
    );
    assert_eq!(err.class(), FailureClass::Transient);
    assert!(err.to_string().contains("unknown"), "{err}");
    if let Some(d) = meili.double() {
        d.release_tasks();
    }
    // The task was not lost: it completes later.
    let normal = connect(&config(&meili)).await.unwrap();
    if enqueued {
        assert_eq!(wait_count(&normal, 1, Duration::from_secs(30)).await, 1);
    }
    meili.cleanup().await;
}

/// Double only: a task failing for an index-level reason is an error, not a rejection.
#[tokio::test]
async fn an_internal_task_failure_is_a_transient_error() {
    let meili = test_target().await;
    let Some(double) = meili.double() else {
        return;
    };
    let index = connect(&config(&meili)).await.unwrap();
    double.fail_next_document_tasks(1);
    let err = index.upsert(vec![article(1, "x")]).await.unwrap_err();
    match &err {
        IndexError::TaskFailed { code, .. } => assert_eq!(code, "internal"),
        other => panic!("expected TaskFailed, got {other}"),
    }
    assert_eq!(err.class(), FailureClass::Transient);
    let out = index.upsert(vec![article(1, "x")]).await.unwrap();
    assert_eq!(out.indexed, vec![0]);
}

#[tokio::test]
async fn a_wrong_key_is_a_clear_error() {
    let meili = test_target().await;
    if meili.master_key().is_none() {
        // A server without a master key accepts any key.
        return;
    }
    for key in [Some("definitely-not-the-key".to_string()), None] {
        let err = connect(&IndexConfig {
            api_key: key.clone(),
            ..config(&meili)
        })
        .await
        .unwrap_err();
        let text = err.to_string();
        assert!(matches!(err, IndexError::Auth { .. }), "{text}");
        assert!(text.contains("MEILI_MASTER_KEY"), "{text}");
        assert!(text.contains(meili.url()), "{text}");
        assert!(!text.contains('\n'), "one line: {text}");
        let code = if key.is_some() {
            "invalid_api_key"
        } else {
            "missing_authorization_header"
        };
        assert!(text.contains(code), "{text}");
    }
    meili.cleanup().await;
}

#[tokio::test]
async fn an_unreachable_server_is_a_clear_error_within_the_timeout() {
    // A port nobody listens on: connection refused.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}");
    let cfg = IndexConfig {
        url: url.clone(),
        connect_timeout: Duration::from_secs(2),
        ..IndexConfig::default()
    };
    let err = tokio::time::timeout(Duration::from_secs(60), connect(&cfg))
        .await
        .expect("a refused connection fails without waiting for a timeout")
        .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, IndexError::Unreachable { .. }), "{text}");
    assert!(text.contains(&url) && text.contains("MEILI_URL"), "{text}");
    assert!(!text.contains('\n'), "one line: {text}");
    assert_eq!(err.class(), FailureClass::Transient);

    // A server that accepts connections but never answers: bounded by connect_timeout.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_url = format!("http://{}", silent.local_addr().unwrap());
    let holder = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = silent.accept().await {
            held.push(sock);
        }
    });
    let err = tokio::time::timeout(
        Duration::from_secs(60),
        connect(&IndexConfig {
            url: silent_url.clone(),
            connect_timeout: Duration::from_millis(500),
            ..IndexConfig::default()
        }),
    )
    .await
    .expect("a silent server is given up on after connect_timeout")
    .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, IndexError::Unreachable { .. }), "{text}");
    assert!(
        text.contains(&silent_url) && text.contains("connect_timeout"),
        "{text}"
    );
    holder.abort();
}

/// Other crates may call the SDK directly (e.g. `crawlctl status`): its typed parsers must
/// accept the answers of whatever target the tests use.
#[tokio::test]
async fn the_sdk_parses_tasks_stats_settings_and_searches() {
    use meilisearch_sdk::client::Client;
    let meili = test_target().await;
    let index = connect(&config(&meili)).await.unwrap();
    index.upsert(vec![article(1, "Typed")]).await.unwrap();
    let client = Client::new(meili.url(), meili.master_key()).unwrap();
    let sdk_index = client.index(meili.index_uid());
    let stats = sdk_index.get_stats().await.unwrap();
    assert_eq!(stats.number_of_documents, 1);
    let all = client.get_stats().await.unwrap();
    assert_eq!(all.indexes[meili.index_uid()].number_of_documents, 1);
    let settings = sdk_index.get_settings().await.unwrap();
    assert_eq!(
        settings.searchable_attributes.unwrap(),
        SEARCHABLE_ATTRIBUTES
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    );
    let info = sdk_index
        .add_or_replace(&[json!({"id": "bad id"})], Some("id"))
        .await
        .unwrap();
    let task = client
        .wait_for_task(
            info,
            Some(Duration::from_millis(20)),
            Some(Duration::from_secs(60)),
        )
        .await
        .unwrap();
    assert!(task.is_failure());
    let hits = sdk_index
        .search()
        .with_query("typed")
        .with_filter("site = 'news.example.org'")
        .execute::<Value>()
        .await
        .unwrap();
    assert_eq!(hits.hits.len(), 1);
    meili.cleanup().await;
}
