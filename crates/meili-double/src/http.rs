//! The HTTP routes of the double, and the background worker that processes tasks in order.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Body;
use axum::extract::{Path, Query, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::{json, Map, Value};
use tokio::sync::Notify;

use crate::rules::{self, MeiliError};
use crate::search;
use crate::state::{Op, State, Status, SETTINGS_KEYS};

/// State shared by the routes, the worker and the [`crate::MeiliDouble`] handle.
#[derive(Debug)]
pub(crate) struct Shared {
    pub state: Mutex<State>,
    pub wake: Notify,
    pub master_key: Option<String>,
    pub payload_limit: usize,
}

impl Shared {
    /// Locks the state; a poisoned lock (a panicking handler) still gives the data.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

type App = AxState<Arc<Shared>>;
type Params = Query<HashMap<String, String>>;

fn reply(status: u16, body: Value) -> Response {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (code, axum::Json(body)).into_response()
}

impl IntoResponse for MeiliError {
    fn into_response(self) -> Response {
        reply(self.status, self.body())
    }
}

type Answer = Result<Response, MeiliError>;

/// Builds the router.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/version", get(version))
        .route("/indexes", get(list_indexes).post(create_index))
        .route("/indexes/{uid}", get(get_index).delete(delete_index))
        .route("/indexes/{uid}/stats", get(index_stats))
        .route(
            "/indexes/{uid}/settings",
            get(get_settings)
                .patch(patch_settings)
                .delete(reset_settings),
        )
        .route(
            "/indexes/{uid}/documents",
            get(list_documents)
                .post(add_documents)
                .put(update_documents),
        )
        .route("/indexes/{uid}/documents/{id}", get(get_document))
        .route("/indexes/{uid}/search", post(search_index))
        .route("/stats", get(global_stats))
        .route("/tasks", get(list_tasks))
        .route("/tasks/{uid}", get(get_task))
        .fallback(|| async { reply(404, Value::Null) })
        .with_state(shared)
}

/// The background worker: processes enqueued tasks one at a time, oldest first.
pub(crate) async fn worker(shared: Arc<Shared>) {
    loop {
        let next = shared.lock().next_enqueued();
        let Some(uid) = next else {
            shared.wake.notified().await;
            continue;
        };
        let delay = {
            let mut st = shared.lock();
            st.start(uid);
            st.faults.task_delay
        };
        if !delay.is_zero() {
            // Simulated processing time: the task is visibly `processing` meanwhile.
            tokio::time::sleep(delay).await;
        }
        shared.lock().finish(uid);
    }
}

fn check_auth(shared: &Shared, headers: &HeaderMap) -> Result<(), MeiliError> {
    let Some(key) = &shared.master_key else {
        return Ok(());
    };
    let header = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match header {
        None => Err(MeiliError {
            status: 401,
            code: "missing_authorization_header",
            kind: "auth",
            message:
                "The Authorization header is missing. It must use the bearer authorization method."
                    .into(),
        }),
        Some(given) if given.trim() == key => Ok(()),
        Some(_) => Err(MeiliError {
            status: 403,
            code: "invalid_api_key",
            kind: "auth",
            message: "The provided API key is invalid.".into(),
        }),
    }
}

fn check_uid(uid: &str) -> Result<(), MeiliError> {
    if rules::is_valid_index_uid(uid) {
        Ok(())
    } else {
        Err(rules::invalid_index_uid(uid))
    }
}

fn index_not_found(uid: &str) -> MeiliError {
    MeiliError::invalid(404, "index_not_found", format!("Index `{uid}` not found."))
}

fn bad_request(message: impl Into<String>) -> MeiliError {
    MeiliError::invalid(400, "bad_request", message)
}

fn check_params(params: &HashMap<String, String>, allowed: &[&str]) -> Result<(), MeiliError> {
    if let Some(bad) = params.keys().find(|k| !allowed.contains(&k.as_str())) {
        let list = allowed
            .iter()
            .map(|a| format!("`{a}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(bad_request(format!(
            "Unknown parameter `{bad}`: expected one of {list}"
        )));
    }
    Ok(())
}

fn parse_usize(
    params: &HashMap<String, String>,
    name: &str,
    default: usize,
    code: &'static str,
) -> Result<usize, MeiliError> {
    match params.get(name) {
        None => Ok(default),
        Some(raw) => raw.parse::<usize>().map_err(|_| {
            MeiliError::invalid(
                400,
                code,
                format!("Invalid value in parameter `{name}`: could not parse `{raw}` as a positive integer"),
            )
        }),
    }
}

async fn read_body(shared: &Shared, body: Body) -> Result<Vec<u8>, MeiliError> {
    match Limited::new(body, shared.payload_limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(rules::payload_too_large(shared.payload_limit))
        }
        Err(e) => Err(bad_request(format!("Could not read the request body: {e}"))),
    }
}

/// Reads a JSON request body (settings, index creation, search).
async fn read_json(shared: &Shared, headers: &HeaderMap, body: Body) -> Result<Value, MeiliError> {
    let ct = headers.get("content-type").and_then(|v| v.to_str().ok());
    match ct {
        None => {
            return Err(MeiliError::invalid(
                415,
                "missing_content_type",
                "A Content-Type header is missing. Accepted values for the Content-Type header are: `application/json`",
            ))
        }
        Some(raw)
            if raw.split(';').next().unwrap_or("").trim().eq_ignore_ascii_case("application/json") => {}
        Some(raw) => {
            return Err(MeiliError::invalid(
                415,
                "invalid_content_type",
                format!("The Content-Type `{raw}` is invalid. Accepted values for the Content-Type header are: `application/json`"),
            ))
        }
    }
    let bytes = read_body(shared, body).await?;
    serde_json::from_slice(&bytes).map_err(|e| {
        MeiliError::invalid(
            400,
            "malformed_payload",
            format!("The json payload provided is malformed. `{e}`."),
        )
    })
}

fn enqueued(shared: &Shared, summary: Value) -> Answer {
    shared.wake.notify_one();
    Ok(reply(202, summary))
}

async fn health() -> Response {
    reply(200, json!({"status": "available"}))
}

async fn version(AxState(shared): App, headers: HeaderMap) -> Answer {
    check_auth(&shared, &headers)?;
    Ok(reply(
        200,
        json!({"commitSha": "meili-double", "commitDate": "unknown", "pkgVersion": "1.50.0"}),
    ))
}

async fn list_indexes(AxState(shared): App, headers: HeaderMap, Query(p): Params) -> Answer {
    check_auth(&shared, &headers)?;
    check_params(&p, &["offset", "limit"])?;
    let offset = parse_usize(&p, "offset", 0, "invalid_index_offset")?;
    let limit = parse_usize(&p, "limit", 20, "invalid_index_limit")?;
    let st = shared.lock();
    let results: Vec<Value> = st
        .indexes
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(uid, i)| i.to_json(uid))
        .collect();
    Ok(reply(
        200,
        json!({"results": results, "offset": offset, "limit": limit, "total": st.indexes.len()}),
    ))
}

async fn create_index(AxState(shared): App, headers: HeaderMap, body: Body) -> Answer {
    check_auth(&shared, &headers)?;
    let v = read_json(&shared, &headers, body).await?;
    let Value::Object(m) = v else {
        return Err(bad_request(format!(
            "Invalid value type: expected an object, but found {}: `{v}`",
            rules::json_kind(&v)
        )));
    };
    if let Some(bad) = m.keys().find(|k| *k != "uid" && *k != "primaryKey") {
        return Err(bad_request(format!(
            "Unknown field `{bad}`: expected one of `uid`, `primaryKey`"
        )));
    }
    let uid = match m.get("uid") {
        None => {
            return Err(MeiliError::invalid(
                400,
                "missing_index_uid",
                "Missing field `uid`",
            ))
        }
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(MeiliError::invalid(
                400,
                "invalid_index_uid",
                format!(
                    "Invalid value type at `.uid`: expected a string, but found {}: `{other}`",
                    rules::json_kind(other)
                ),
            ))
        }
    };
    check_uid(&uid)?;
    let primary_key = match m.get("primaryKey") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            return Err(MeiliError::invalid(
                400,
                "invalid_index_primary_key",
                format!(
                "Invalid value type at `.primaryKey`: expected a string, but found {}: `{other}`",
                rules::json_kind(other)
            ),
            ))
        }
    };
    let summary = shared.lock().enqueue(
        &uid,
        "indexCreation",
        json!({"primaryKey": primary_key}),
        Op::CreateIndex { primary_key },
    );
    enqueued(&shared, summary)
}

async fn get_index(AxState(shared): App, headers: HeaderMap, Path(uid): Path<String>) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    Ok(reply(200, index.to_json(&uid)))
}

async fn delete_index(AxState(shared): App, headers: HeaderMap, Path(uid): Path<String>) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let summary = shared.lock().enqueue(
        &uid,
        "indexDeletion",
        json!({"deletedDocuments": null}),
        Op::DeleteIndex,
    );
    enqueued(&shared, summary)
}

fn stats_of(st: &State, uid: &str, index: &crate::state::Index) -> Value {
    let mut fields: Map<String, Value> = Map::new();
    let mut bytes = 0usize;
    for (_, doc) in index.docs.values() {
        bytes += Value::Object(doc.clone()).to_string().len();
        for k in doc.keys() {
            let n = fields.get(k).and_then(Value::as_u64).unwrap_or(0);
            fields.insert(k.clone(), json!(n + 1));
        }
    }
    let count = index.docs.len();
    json!({
        "numberOfDocuments": count,
        "rawDocumentDbSize": bytes,
        "avgDocumentSize": bytes.checked_div(count).unwrap_or(0),
        "isIndexing": st.is_indexing(uid),
        "numberOfEmbeddings": 0,
        "numberOfEmbeddedDocuments": 0,
        "fieldDistribution": fields,
    })
}

async fn index_stats(AxState(shared): App, headers: HeaderMap, Path(uid): Path<String>) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    Ok(reply(200, stats_of(&st, &uid, index)))
}

async fn global_stats(AxState(shared): App, headers: HeaderMap) -> Answer {
    check_auth(&shared, &headers)?;
    let st = shared.lock();
    let mut indexes = Map::new();
    let mut total = 0u64;
    for (uid, index) in &st.indexes {
        let s = stats_of(&st, uid, index);
        total += s["rawDocumentDbSize"].as_u64().unwrap_or(0);
        indexes.insert(uid.clone(), s);
    }
    let last = st
        .tasks
        .iter()
        .filter_map(|t| t.finished_at)
        .max()
        .map(|t| crate::state::ts(&t));
    Ok(reply(
        200,
        json!({"databaseSize": total, "usedDatabaseSize": total, "lastUpdate": last, "indexes": indexes}),
    ))
}

async fn get_settings(AxState(shared): App, headers: HeaderMap, Path(uid): Path<String>) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    Ok(reply(200, Value::Object(index.settings.clone())))
}

fn settings_code(key: &str) -> &'static str {
    match key {
        "displayedAttributes" => "invalid_settings_displayed_attributes",
        "searchableAttributes" => "invalid_settings_searchable_attributes",
        "filterableAttributes" => "invalid_settings_filterable_attributes",
        "sortableAttributes" => "invalid_settings_sortable_attributes",
        "rankingRules" => "invalid_settings_ranking_rules",
        "stopWords" => "invalid_settings_stop_words",
        "nonSeparatorTokens" => "invalid_settings_non_separator_tokens",
        "separatorTokens" => "invalid_settings_separator_tokens",
        "dictionary" => "invalid_settings_dictionary",
        "distinctAttribute" => "invalid_settings_distinct_attribute",
        _ => "bad_request",
    }
}

/// Validates a settings body synchronously, as the server does.
pub(crate) fn validate_settings(v: Value) -> Result<Map<String, Value>, MeiliError> {
    let Value::Object(m) = v else {
        return Err(bad_request(format!(
            "Invalid value type: expected an object, but found {}: `{v}`",
            rules::json_kind(&v)
        )));
    };
    for (k, v) in &m {
        if !SETTINGS_KEYS.contains(&k.as_str()) {
            let list = SETTINGS_KEYS
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(bad_request(format!(
                "Unknown field `{k}`: expected one of {list}"
            )));
        }
        let wrong = |what: &str, at: String, found: &Value| {
            MeiliError::invalid(
                400,
                settings_code(k),
                format!(
                    "Invalid value type at `{at}`: expected {what}, but found {}: `{found}`",
                    rules::json_kind(found)
                ),
            )
        };
        match k.as_str() {
            "displayedAttributes"
            | "searchableAttributes"
            | "sortableAttributes"
            | "rankingRules"
            | "stopWords"
            | "nonSeparatorTokens"
            | "separatorTokens"
            | "dictionary"
            | "filterableAttributes" => match v {
                Value::Null => {}
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let ok = item.is_string()
                            || (k == "filterableAttributes"
                                && item.get("attributePatterns").is_some_and(Value::is_array));
                        if !ok {
                            return Err(wrong("a string", format!(".{k}[{i}]"), item));
                        }
                    }
                }
                other => return Err(wrong("an array", format!(".{k}"), other)),
            },
            "distinctAttribute" if !(v.is_null() || v.is_string()) => {
                return Err(wrong("a string", format!(".{k}"), v));
            }
            _ => {}
        }
    }
    Ok(m)
}

async fn patch_settings(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
    body: Body,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let v = read_json(&shared, &headers, body).await?;
    let patch = validate_settings(v)?;
    let summary = shared.lock().enqueue(
        &uid,
        "settingsUpdate",
        Value::Object(patch.clone()),
        Op::Settings { patch },
    );
    enqueued(&shared, summary)
}

async fn reset_settings(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let patch: Map<String, Value> = SETTINGS_KEYS
        .iter()
        .map(|k| (k.to_string(), Value::Null))
        .collect();
    let summary = shared.lock().enqueue(
        &uid,
        "settingsUpdate",
        Value::Object(patch.clone()),
        Op::Settings { patch },
    );
    enqueued(&shared, summary)
}

async fn add_documents(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
    Query(p): Params,
    body: Body,
) -> Answer {
    documents_write(shared, headers, uid, p, body, true).await
}

async fn update_documents(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
    Query(p): Params,
    body: Body,
) -> Answer {
    documents_write(shared, headers, uid, p, body, false).await
}

async fn documents_write(
    shared: Arc<Shared>,
    headers: HeaderMap,
    uid: String,
    p: HashMap<String, String>,
    body: Body,
    replace: bool,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    check_params(&p, &["primaryKey", "csvDelimiter", "customMetadata"])?;
    let format = rules::payload_format(headers.get("content-type").and_then(|v| v.to_str().ok()))?;
    if let Some(enc) = headers
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
    {
        if !enc.eq_ignore_ascii_case("identity") {
            return Err(MeiliError::invalid(
                415,
                "invalid_content_type",
                format!("The double does not decode `Content-Encoding: {enc}`; send an uncompressed payload."),
            ));
        }
    }
    let bytes = read_body(&shared, body).await?;
    let docs = rules::parse_documents(format, &bytes)?;
    let received = docs.len();
    let summary = shared.lock().enqueue(
        &uid,
        "documentAdditionOrUpdate",
        json!({"receivedDocuments": received, "indexedDocuments": null}),
        Op::Documents {
            docs,
            primary_key: p.get("primaryKey").cloned(),
            replace,
        },
    );
    enqueued(&shared, summary)
}

fn pick_fields(doc: &Map<String, Value>, fields: Option<&String>) -> Value {
    match fields {
        None => Value::Object(doc.clone()),
        Some(list) if list.split(',').any(|f| f.trim() == "*") => Value::Object(doc.clone()),
        Some(list) => {
            let wanted: Vec<&str> = list.split(',').map(str::trim).collect();
            Value::Object(
                doc.iter()
                    .filter(|(k, _)| wanted.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            )
        }
    }
}

async fn list_documents(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
    Query(p): Params,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    check_params(
        &p,
        &[
            "offset",
            "limit",
            "fields",
            "retrieveVectors",
            "filter",
            "ids",
            "sort",
        ],
    )?;
    let offset = parse_usize(&p, "offset", 0, "invalid_document_offset")?;
    let limit = parse_usize(&p, "limit", 20, "invalid_document_limit")?;
    if p.contains_key("filter") || p.contains_key("ids") || p.contains_key("sort") {
        return Err(bad_request(
            "The double does not implement `filter`, `ids` or `sort` on the documents route.",
        ));
    }
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    let results: Vec<Value> = index
        .ordered_docs()
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|d| pick_fields(d, p.get("fields")))
        .collect();
    Ok(reply(
        200,
        json!({"results": results, "offset": offset, "limit": limit, "total": index.docs.len()}),
    ))
}

async fn get_document(
    AxState(shared): App,
    headers: HeaderMap,
    Path((uid, id)): Path<(String, String)>,
    Query(p): Params,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    check_params(&p, &["fields", "retrieveVectors"])?;
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    match index.docs.get(&id) {
        Some((_, doc)) => Ok(reply(200, pick_fields(doc, p.get("fields")))),
        None => Err(MeiliError::invalid(
            404,
            "document_not_found",
            format!("Document `{id}` not found."),
        )),
    }
}

const SEARCH_KEYS: &[&str] = &[
    "q",
    "offset",
    "limit",
    "page",
    "hitsPerPage",
    "attributesToRetrieve",
    "retrieveVectors",
    "attributesToCrop",
    "cropLength",
    "attributesToHighlight",
    "showMatchesPosition",
    "showRankingScore",
    "showRankingScoreDetails",
    "filter",
    "sort",
    "distinct",
    "facets",
    "highlightPreTag",
    "highlightPostTag",
    "cropMarker",
    "matchingStrategy",
    "attributesToSearchOn",
    "rankingScoreThreshold",
    "locales",
];

async fn search_index(
    AxState(shared): App,
    headers: HeaderMap,
    Path(uid): Path<String>,
    body: Body,
) -> Answer {
    check_auth(&shared, &headers)?;
    check_uid(&uid)?;
    let v = read_json(&shared, &headers, body).await?;
    let Value::Object(m) = v else {
        return Err(bad_request("Invalid value type: expected an object"));
    };
    if let Some(bad) = m.keys().find(|k| !SEARCH_KEYS.contains(&k.as_str())) {
        return Err(bad_request(format!("Unknown field `{bad}`")));
    }
    let q = match m.get("q") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(MeiliError::invalid(
                400,
                "invalid_search_q",
                format!(
                    "Invalid value type at `.q`: expected a string, but found {}: `{other}`",
                    rules::json_kind(other)
                ),
            ))
        }
    };
    let number = |key: &str, default: usize, code: &'static str| {
        match m.get(key) {
        None => Ok(default),
        Some(Value::Number(n)) if n.as_u64().is_some() => {
            Ok(usize::try_from(n.as_u64().unwrap_or(0)).unwrap_or(usize::MAX))
        }
        Some(other) => Err(MeiliError::invalid(
            400,
            code,
            format!(
                "Invalid value type at `.{key}`: expected a positive integer, but found {}: `{other}`",
                rules::json_kind(other)
            ),
        )),
    }
    };
    let limit = number("limit", 20, "invalid_search_limit")?;
    let offset = number("offset", 0, "invalid_search_offset")?;
    let filter = search::parse_filter_param(m.get("filter").unwrap_or(&Value::Null))?;
    let mut sort = Vec::new();
    match m.get("sort") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let parsed = item.as_str().and_then(|s| {
                    let (attr, dir) = s.rsplit_once(':')?;
                    match dir {
                        "asc" => Some((attr.to_string(), true)),
                        "desc" => Some((attr.to_string(), false)),
                        _ => None,
                    }
                });
                match parsed {
                    Some(p) => sort.push(p),
                    None => {
                        return Err(MeiliError::invalid(
                            400,
                            "invalid_search_sort",
                            format!("Invalid syntax for the sort parameter: expected expression ending by `:asc` or `:desc`, found `{item}`."),
                        ))
                    }
                }
            }
        }
        Some(other) => {
            return Err(MeiliError::invalid(
                400,
                "invalid_search_sort",
                format!(
                    "Invalid value type at `.sort`: expected an array, but found {}: `{other}`",
                    rules::json_kind(other)
                ),
            ))
        }
    }
    let query = search::Query {
        q: q.clone(),
        filter,
        sort,
        limit,
        offset,
    };
    let st = shared.lock();
    let index = st.indexes.get(&uid).ok_or_else(|| index_not_found(&uid))?;
    search::check_query(&uid, index, &query)?;
    let (hits, total) = search::run(index, &query);
    Ok(reply(
        200,
        json!({
            "hits": hits,
            "query": q,
            "processingTimeMs": 0,
            "limit": limit,
            "offset": offset,
            "estimatedTotalHits": total,
        }),
    ))
}

async fn get_task(AxState(shared): App, headers: HeaderMap, Path(raw): Path<String>) -> Answer {
    check_auth(&shared, &headers)?;
    let uid: u32 = raw.parse().map_err(|_| {
        MeiliError::invalid(
            400,
            "invalid_task_uids",
            format!("Task uid `{raw}` is invalid. It should only contain numeric characters."),
        )
    })?;
    let st = shared.lock();
    match st.tasks.get(uid as usize) {
        Some(t) => Ok(reply(200, t.to_json())),
        None => Err(MeiliError::invalid(
            404,
            "task_not_found",
            format!("Task `{uid}` not found."),
        )),
    }
}

async fn list_tasks(AxState(shared): App, headers: HeaderMap, Query(p): Params) -> Answer {
    check_auth(&shared, &headers)?;
    check_params(
        &p,
        &[
            "limit",
            "from",
            "statuses",
            "types",
            "indexUids",
            "uids",
            "reverse",
        ],
    )?;
    let limit = parse_usize(&p, "limit", 20, "invalid_task_limit")?;
    let from = match p.get("from") {
        None => None,
        Some(_) => Some(parse_usize(&p, "from", 0, "invalid_task_from")?),
    };
    let list = |name: &str| -> Option<Vec<String>> {
        p.get(name)
            .filter(|s| s.as_str() != "*")
            .map(|s| s.split(',').map(|x| x.trim().to_string()).collect())
    };
    let statuses = list("statuses");
    let types = list("types");
    let indexes = list("indexUids");
    let uids = list("uids");
    let st = shared.lock();
    let matching: Vec<&crate::state::Task> = st
        .tasks
        .iter()
        .rev()
        .filter(|t| {
            statuses
                .as_ref()
                .is_none_or(|s| s.iter().any(|x| x == t.status.as_str()))
        })
        .filter(|t| types.as_ref().is_none_or(|s| s.iter().any(|x| x == t.kind)))
        .filter(|t| indexes.as_ref().is_none_or(|s| s.contains(&t.index_uid)))
        .filter(|t| uids.as_ref().is_none_or(|s| s.contains(&t.uid.to_string())))
        .collect();
    let total = matching.len();
    let page: Vec<&crate::state::Task> = matching
        .into_iter()
        .filter(|t| from.is_none_or(|f| (t.uid as usize) <= f))
        .take(limit + 1)
        .collect();
    let next = page.get(limit).map(|t| t.uid);
    let results: Vec<Value> = page.iter().take(limit).map(|t| t.to_json()).collect();
    let first = results.first().and_then(|t| t["uid"].as_u64());
    Ok(reply(
        200,
        json!({"results": results, "total": total, "limit": limit, "from": first, "next": next}),
    ))
}

/// Whether any task is still waiting or running (used by [`crate::MeiliDouble`] helpers).
pub(crate) fn pending(st: &State) -> bool {
    st.tasks
        .iter()
        .any(|t| matches!(t.status, Status::Enqueued | Status::Processing))
}
