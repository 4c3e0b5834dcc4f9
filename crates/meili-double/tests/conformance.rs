//! The answers of `shared/notes/meilisearch-transcripts.md`, checked against whatever
//! `test_target()` gives: the double, or a real server when `MEILI_URL` is set. The same
//! assertions passing on both is what keeps the double honest.

use std::time::Duration;

use meili_double::{test_target, DoubleOptions, MeiliDouble, TestMeili};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(60);

async fn post_docs(meili: &TestMeili, index: &str, docs: Value) -> Value {
    let r = meili
        .request("POST", &format!("/indexes/{index}/documents"), Some(&docs))
        .await
        .unwrap();
    assert_eq!(r.status, 202, "{:?}", r.body);
    assert_eq!(r.body["status"], "enqueued");
    assert_eq!(r.body["type"], "documentAdditionOrUpdate");
    meili
        .wait_task(r.body["taskUid"].as_u64().unwrap(), WAIT)
        .await
        .unwrap()
}

fn error_shape(body: &Value, code: &str, kind: &str) {
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["type"], kind, "{body}");
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(
        body["link"],
        format!("https://docs.meilisearch.com/errors#{code}")
    );
}

#[tokio::test]
async fn auth_errors() {
    let meili = test_target().await;
    let Some(_) = meili.master_key() else {
        return;
    };
    let r = meili
        .request_raw(None, "GET", "/indexes", None)
        .await
        .unwrap();
    assert_eq!(r.status, 401);
    error_shape(&r.body, "missing_authorization_header", "auth");
    let r = meili
        .request_raw(Some("wrong"), "GET", "/indexes", None)
        .await
        .unwrap();
    assert_eq!(r.status, 403);
    error_shape(&r.body, "invalid_api_key", "auth");
    let r = meili
        .request_raw(None, "GET", "/health", None)
        .await
        .unwrap();
    assert_eq!((r.status, r.body), (200, json!({"status": "available"})));
}

#[tokio::test]
async fn index_creation_twice_fails_the_second_task_only() {
    let meili = test_target().await;
    let uid = meili.index_uid();
    let mut results = Vec::new();
    for _ in 0..2 {
        let r = meili
            .request(
                "POST",
                "/indexes",
                Some(&json!({"uid": uid, "primaryKey": "id"})),
            )
            .await
            .unwrap();
        assert_eq!(r.status, 202, "{:?}", r.body);
        assert_eq!(r.body["type"], "indexCreation");
        let task = meili
            .wait_task(r.body["taskUid"].as_u64().unwrap(), WAIT)
            .await
            .unwrap();
        results.push(task);
    }
    assert_eq!(results[0]["status"], "succeeded");
    assert_eq!(results[0]["details"]["primaryKey"], "id");
    assert_eq!(results[1]["status"], "failed");
    error_shape(
        &results[1]["error"],
        "index_already_exists",
        "invalid_request",
    );
    let r = meili
        .request("GET", &format!("/indexes/{uid}"), None)
        .await
        .unwrap();
    assert_eq!(r.body["primaryKey"], "id");
    meili.cleanup().await;
}

#[tokio::test]
async fn one_invalid_id_fails_the_whole_task() {
    let meili = test_target().await;
    let uid = meili.index_uid();
    let ok = post_docs(&meili, uid, json!([{"id": "a1b2", "title": "Bridge"}])).await;
    assert_eq!(ok["status"], "succeeded", "{ok}");
    assert_eq!(ok["details"]["indexedDocuments"], 1);
    for bad in [
        json!([{"id": "https://example.org/a?b=1", "title": "x"}, {"id": "ok_1", "title": "y"}]),
        json!([{"id": "a".repeat(600)}]),
        json!([{"id": 1.5}]),
    ] {
        let task = post_docs(&meili, uid, bad).await;
        assert_eq!(task["status"], "failed", "{task}");
        assert_eq!(task["details"]["indexedDocuments"], 0);
        error_shape(&task["error"], "invalid_document_id", "invalid_request");
    }
    let task = post_docs(&meili, uid, json!([{"title": "no id"}])).await;
    error_shape(&task["error"], "missing_document_id", "invalid_request");
    let r = meili
        .request("GET", &format!("/indexes/{uid}/documents/ok_1"), None)
        .await
        .unwrap();
    assert_eq!(r.status, 404);
    error_shape(&r.body, "document_not_found", "invalid_request");
    let r = meili
        .request("GET", &format!("/indexes/{uid}/stats"), None)
        .await
        .unwrap();
    assert_eq!(r.body["numberOfDocuments"], 1);
    meili.cleanup().await;
}

#[tokio::test]
async fn bad_payloads_are_rejected_at_once() {
    let meili = test_target().await;
    let path = format!("/indexes/{}/documents", meili.index_uid());
    let key = meili.master_key();
    let r = meili
        .request_raw(
            key,
            "POST",
            &path,
            Some((Some("application/json"), b"[{\"id\": 1")),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 400);
    error_shape(&r.body, "malformed_payload", "invalid_request");
    let r = meili
        .request_raw(
            key,
            "POST",
            &path,
            Some((Some("text/plain"), b"[{\"id\": 1}]")),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 415);
    error_shape(&r.body, "invalid_content_type", "invalid_request");
    let r = meili
        .request_raw(
            key,
            "POST",
            &format!("{path}?primaryKey=id"),
            Some((
                Some("application/x-ndjson"),
                b"{\"id\": \"n1\"}\n{\"id\": \"n2\"}\n",
            )),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 202, "{:?}", r.body);
    let task = meili
        .wait_task(r.body["taskUid"].as_u64().unwrap(), WAIT)
        .await
        .unwrap();
    assert_eq!(task["details"]["indexedDocuments"], 2, "{task}");
    meili.cleanup().await;
}

#[tokio::test]
async fn search_checks_filterable_attributes() {
    let meili = test_target().await;
    let uid = meili.index_uid();
    let r = meili
        .request(
            "PATCH",
            &format!("/indexes/{uid}/settings"),
            Some(&json!({"filterableAttributes": ["site"], "sortableAttributes": ["ts"]})),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 202, "{:?}", r.body);
    let task = meili
        .wait_task(r.body["taskUid"].as_u64().unwrap(), WAIT)
        .await
        .unwrap();
    assert_eq!(task["status"], "succeeded", "{task}");
    let docs = json!([
        {"id": "a", "title": "Council met", "site": "example.org", "ts": 1},
        {"id": "b", "title": "Ferry plan", "site": "example.org", "ts": 2},
        {"id": "c", "title": "Council again", "site": "other.org", "ts": 3}
    ]);
    assert_eq!(post_docs(&meili, uid, docs).await["status"], "succeeded");
    let r = meili
        .request(
            "POST",
            &format!("/indexes/{uid}/search"),
            Some(&json!({"q": "council", "filter": "site = 'example.org'", "sort": ["ts:desc"]})),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 200, "{:?}", r.body);
    let ids: Vec<&str> = r.body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["id"].as_str())
        .collect();
    assert_eq!(ids, ["a"]);
    let r = meili
        .request(
            "POST",
            &format!("/indexes/{uid}/search"),
            Some(&json!({"q": "x", "filter": "title = 'x'"})),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 400);
    error_shape(&r.body, "invalid_search_filter", "invalid_request");
    let r = meili
        .request(
            "PATCH",
            &format!("/indexes/{uid}/settings"),
            Some(&json!({"searchableAttributes": "title"})),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 400);
    error_shape(
        &r.body,
        "invalid_settings_searchable_attributes",
        "invalid_request",
    );
    meili.cleanup().await;
}

/// Double only: the payload limit answers 413 at once.
#[tokio::test]
async fn payload_limit() {
    let double = MeiliDouble::start(DoubleOptions {
        payload_limit: 1_000,
        ..DoubleOptions::default()
    })
    .await;
    let body = json!([{"id": "a", "text": "x".repeat(4_000)}]).to_string();
    let client = meili_double::raw_request(
        &double.url(),
        None,
        "POST",
        "/indexes/a/documents",
        Some((Some("application/json"), body.as_bytes())),
    )
    .await
    .unwrap();
    assert_eq!(client.status, 413);
    error_shape(&client.body, "payload_too_large", "invalid_request");
    assert_eq!(
        client.body["message"],
        "The provided payload reached the size limit. The maximum accepted payload size is 1 KB."
    );
    assert_eq!(double.task_count(), 0);
}
