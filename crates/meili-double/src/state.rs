//! The double's data: indexes, documents, settings and the task queue, and how a task is
//! processed. Everything here is synchronous; the HTTP layer and the worker lock it briefly.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

use crate::rules::{self, MeiliError};

/// Settings keys the server knows (an unknown key is a `bad_request`).
pub(crate) const SETTINGS_KEYS: &[&str] = &[
    "displayedAttributes",
    "searchableAttributes",
    "filterableAttributes",
    "sortableAttributes",
    "rankingRules",
    "stopWords",
    "nonSeparatorTokens",
    "separatorTokens",
    "dictionary",
    "synonyms",
    "distinctAttribute",
    "proximityPrecision",
    "typoTolerance",
    "faceting",
    "pagination",
    "embedders",
    "searchCutoffMs",
    "localizedAttributes",
    "facetSearch",
    "prefixSearch",
];

/// The settings of a new index, as `GET /indexes/{uid}/settings` shows them.
pub(crate) fn default_settings() -> Map<String, Value> {
    let v = json!({
        "displayedAttributes": ["*"],
        "searchableAttributes": ["*"],
        "filterableAttributes": [],
        "sortableAttributes": [],
        "rankingRules": ["words", "typo", "proximity", "attributeRank", "sort", "wordPosition", "exactness"],
        "stopWords": [],
        "nonSeparatorTokens": [],
        "separatorTokens": [],
        "dictionary": [],
        "synonyms": {},
        "distinctAttribute": null,
        "proximityPrecision": "byWord",
        "typoTolerance": {
            "enabled": true,
            "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
            "disableOnWords": [],
            "disableOnAttributes": [],
            "disableOnNumbers": false
        },
        "faceting": {"maxValuesPerFacet": 100, "sortFacetValuesBy": {"*": "alpha"}},
        "pagination": {"maxTotalHits": 1000},
        "embedders": {},
        "searchCutoffMs": null,
        "localizedAttributes": null,
        "facetSearch": true,
        "prefixSearch": "indexingTime"
    });
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// One index.
#[derive(Debug)]
pub(crate) struct Index {
    pub primary_key: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Documents by id key, with their insertion sequence number.
    pub docs: HashMap<String, (u64, Map<String, Value>)>,
    pub next_seq: u64,
    pub settings: Map<String, Value>,
}

impl Index {
    fn new(primary_key: Option<String>) -> Self {
        let now = Utc::now();
        Index {
            primary_key,
            created_at: now,
            updated_at: now,
            docs: HashMap::new(),
            next_seq: 0,
            settings: default_settings(),
        }
    }

    /// Documents in insertion order.
    pub fn ordered_docs(&self) -> Vec<&Map<String, Value>> {
        let mut all: Vec<&(u64, Map<String, Value>)> = self.docs.values().collect();
        all.sort_by_key(|(seq, _)| *seq);
        all.into_iter().map(|(_, d)| d).collect()
    }

    /// Attribute names (and patterns) that can be filtered on.
    pub fn filterable(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(Value::Array(items)) = self.settings.get("filterableAttributes") {
            for item in items {
                match item {
                    Value::String(s) => out.push(s.clone()),
                    Value::Object(o) => {
                        if let Some(Value::Array(p)) = o.get("attributePatterns") {
                            out.extend(p.iter().filter_map(|x| x.as_str().map(String::from)));
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Attribute names that can be sorted on.
    pub fn sortable(&self) -> Vec<String> {
        string_list(self.settings.get("sortableAttributes"))
    }

    /// Attributes searched by `q`; `None` means every attribute.
    pub fn searchable(&self) -> Option<Vec<String>> {
        let list = string_list(self.settings.get("searchableAttributes"));
        if list.iter().any(|s| s == "*") {
            None
        } else {
            Some(list)
        }
    }

    pub fn to_json(&self, uid: &str) -> Value {
        json!({
            "uid": uid,
            "createdAt": ts(&self.created_at),
            "updatedAt": ts(&self.updated_at),
            "primaryKey": self.primary_key,
        })
    }
}

fn string_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// What a task does when it is processed.
#[derive(Debug)]
pub(crate) enum Op {
    CreateIndex {
        primary_key: Option<String>,
    },
    DeleteIndex,
    Documents {
        docs: Vec<Map<String, Value>>,
        primary_key: Option<String>,
        /// `true` for add-or-replace (POST), `false` for add-or-update (PUT).
        replace: bool,
    },
    Settings {
        patch: Map<String, Value>,
    },
    /// Already processed: the payload was dropped.
    Done,
}

/// Task status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Enqueued,
    Processing,
    Succeeded,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Enqueued => "enqueued",
            Status::Processing => "processing",
            Status::Succeeded => "succeeded",
            Status::Failed => "failed",
        }
    }
}

/// One task.
#[derive(Debug)]
pub(crate) struct Task {
    pub uid: u32,
    pub index_uid: String,
    pub kind: &'static str,
    pub status: Status,
    pub details: Value,
    pub error: Option<MeiliError>,
    pub enqueued_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
    pub op: Op,
}

impl Task {
    pub fn to_json(&self) -> Value {
        let duration = match (self.started_at, self.finished_at) {
            (Some(s), Some(f)) => {
                let d = (f - s).to_std().unwrap_or(Duration::ZERO);
                Value::String(format!("PT{}.{:09}S", d.as_secs(), d.subsec_nanos()))
            }
            _ => Value::Null,
        };
        let finished = matches!(self.status, Status::Succeeded | Status::Failed);
        json!({
            "uid": self.uid,
            "batchUid": if self.started_at.is_some() { json!(self.uid) } else { Value::Null },
            "indexUid": self.index_uid,
            "status": self.status.as_str(),
            "type": self.kind,
            "canceledBy": null,
            "details": self.details,
            "error": self.error.as_ref().map(MeiliError::body),
            "duration": duration,
            "enqueuedAt": ts(&self.enqueued_at),
            "startedAt": self.started_at.as_ref().map(ts),
            "finishedAt": if finished { self.finished_at.as_ref().map(ts) } else { None },
        })
    }

    /// The answer to the request that enqueued the task (202).
    pub fn summary(&self) -> Value {
        json!({
            "taskUid": self.uid,
            "indexUid": self.index_uid,
            "status": "enqueued",
            "type": self.kind,
            "enqueuedAt": ts(&self.enqueued_at),
        })
    }
}

/// RFC 3339 with nanoseconds, as the server prints times.
pub(crate) fn ts(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Nanos, true)
}

/// Faults a test can inject.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    /// The next this-many document tasks fail with an `internal` error.
    pub fail_document_tasks: u32,
    /// While set, the worker leaves enqueued tasks alone.
    pub hold: bool,
    /// Time a task stays `processing` before it is applied.
    pub task_delay: Duration,
}

/// Everything the double holds.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub indexes: BTreeMap<String, Index>,
    pub tasks: Vec<Task>,
    pub faults: Faults,
}

impl State {
    /// Enqueues a task and returns its 202 summary.
    pub fn enqueue(
        &mut self,
        index_uid: &str,
        kind: &'static str,
        details: Value,
        op: Op,
    ) -> Value {
        let uid = u32::try_from(self.tasks.len()).unwrap_or(u32::MAX);
        let task = Task {
            uid,
            index_uid: index_uid.to_string(),
            kind,
            status: Status::Enqueued,
            details,
            error: None,
            enqueued_at: Utc::now(),
            started_at: None,
            finished_at: None,
            op,
        };
        let summary = task.summary();
        self.tasks.push(task);
        summary
    }

    /// The oldest enqueued task, unless tasks are held.
    pub fn next_enqueued(&self) -> Option<u32> {
        if self.faults.hold {
            return None;
        }
        self.tasks
            .iter()
            .find(|t| t.status == Status::Enqueued)
            .map(|t| t.uid)
    }

    /// Whether any task of `index_uid` is waiting or running.
    pub fn is_indexing(&self, index_uid: &str) -> bool {
        self.tasks.iter().any(|t| {
            t.index_uid == index_uid && matches!(t.status, Status::Enqueued | Status::Processing)
        })
    }

    /// Marks task `uid` as processing.
    pub fn start(&mut self, uid: u32) {
        if let Some(t) = self.tasks.get_mut(uid as usize) {
            t.status = Status::Processing;
            t.started_at = Some(Utc::now());
        }
    }

    /// Applies task `uid` and records its outcome.
    pub fn finish(&mut self, uid: u32) {
        let Some(task) = self.tasks.get_mut(uid as usize) else {
            return;
        };
        let op = std::mem::replace(&mut task.op, Op::Done);
        let index_uid = task.index_uid.clone();
        let inject = matches!(op, Op::Documents { .. }) && self.faults.fail_document_tasks > 0;
        let result = if inject {
            self.faults.fail_document_tasks -= 1;
            Err(MeiliError {
                status: 500,
                code: "internal",
                kind: "internal",
                message: "An internal error has occurred. `injected by the test double`.".into(),
            })
        } else {
            apply(&mut self.indexes, &index_uid, op)
        };
        let Some(task) = self.tasks.get_mut(uid as usize) else {
            return;
        };
        match result {
            Ok(extra) => {
                task.status = Status::Succeeded;
                merge_details(&mut task.details, extra);
            }
            Err(e) => {
                task.status = Status::Failed;
                if task.kind == "documentAdditionOrUpdate" {
                    merge_details(&mut task.details, json!({"indexedDocuments": 0}));
                }
                if task.kind == "indexDeletion" {
                    merge_details(&mut task.details, json!({"deletedDocuments": 0}));
                }
                task.error = Some(e);
            }
        }
        task.finished_at = Some(Utc::now());
    }
}

fn merge_details(details: &mut Value, extra: Value) {
    if let (Value::Object(d), Value::Object(e)) = (details, extra) {
        for (k, v) in e {
            d.insert(k, v);
        }
    }
}

fn not_found(uid: &str) -> MeiliError {
    MeiliError::invalid(404, "index_not_found", format!("Index `{uid}` not found."))
}

/// Applies one operation; on error nothing changes (tasks are atomic, as on the server).
fn apply(indexes: &mut BTreeMap<String, Index>, uid: &str, op: Op) -> Result<Value, MeiliError> {
    match op {
        Op::Done => Ok(json!({})),
        Op::CreateIndex { primary_key } => {
            if indexes.contains_key(uid) {
                return Err(MeiliError::invalid(
                    409,
                    "index_already_exists",
                    format!("Index `{uid}` already exists."),
                ));
            }
            indexes.insert(uid.to_string(), Index::new(primary_key));
            Ok(json!({}))
        }
        Op::DeleteIndex => match indexes.remove(uid) {
            Some(index) => Ok(json!({"deletedDocuments": index.docs.len()})),
            None => Err(not_found(uid)),
        },
        Op::Settings { patch } => {
            let index = indexes
                .entry(uid.to_string())
                .or_insert_with(|| Index::new(None));
            let defaults = default_settings();
            for (k, v) in patch {
                let value = if v.is_null() {
                    defaults.get(&k).cloned().unwrap_or(Value::Null)
                } else if k == "sortableAttributes" {
                    // The server keeps sortable attributes as a sorted set.
                    let mut list = string_list(Some(&v));
                    list.sort();
                    list.dedup();
                    json!(list)
                } else {
                    v
                };
                index.settings.insert(k, value);
            }
            index.updated_at = Utc::now();
            Ok(json!({}))
        }
        Op::Documents {
            docs,
            primary_key,
            replace,
        } => apply_documents(indexes, uid, docs, primary_key, replace),
    }
}

fn apply_documents(
    indexes: &mut BTreeMap<String, Index>,
    uid: &str,
    docs: Vec<Map<String, Value>>,
    primary_key: Option<String>,
    replace: bool,
) -> Result<Value, MeiliError> {
    let existing = indexes.get(uid);
    let pk = match (existing.and_then(|i| i.primary_key.clone()), primary_key) {
        (Some(current), Some(asked)) if current != asked => {
            return Err(MeiliError::invalid(
                400,
                "index_primary_key_already_exists",
                format!("Index `{uid}`: Index already has a primary key: `{current}`."),
            ))
        }
        (Some(current), _) => current,
        (None, Some(asked)) => asked,
        (None, None) => rules::infer_primary_key(docs.first())?,
    };
    let geo_checked = existing.is_some_and(|i| {
        i.filterable().iter().any(|a| a == "_geo") || i.sortable().iter().any(|a| a == "_geo")
    });
    // Validate every document first: one bad document fails the whole task.
    let mut keyed = Vec::with_capacity(docs.len());
    for doc in docs {
        let Some(id_value) = doc.get(&pk) else {
            return Err(rules::missing_document_id(&pk, &doc));
        };
        let Some(key) = rules::document_id_key(id_value) else {
            return Err(rules::invalid_document_id(id_value));
        };
        if geo_checked {
            if let Some(geo) = doc.get("_geo") {
                rules::check_geo(id_value, geo)?;
            }
        }
        keyed.push((key, doc));
    }
    let received = keyed.len();
    let index = indexes
        .entry(uid.to_string())
        .or_insert_with(|| Index::new(None));
    index.primary_key = Some(pk);
    for (key, doc) in keyed {
        match index.docs.get_mut(&key) {
            Some((_, old)) if !replace => {
                for (k, v) in doc {
                    old.insert(k, v);
                }
            }
            Some((_, old)) => *old = doc,
            None => {
                let seq = index.next_seq;
                index.next_seq += 1;
                index.docs.insert(key, (seq, doc));
            }
        }
    }
    index.updated_at = Utc::now();
    Ok(json!({"indexedDocuments": received}))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(v: Value) -> Vec<Map<String, Value>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_object().unwrap().clone())
            .collect()
    }

    fn add(state: &mut State, uid: &str, v: Value) -> u32 {
        let d = docs(v);
        let n = d.len();
        let s = state.enqueue(
            uid,
            "documentAdditionOrUpdate",
            json!({"receivedDocuments": n, "indexedDocuments": null}),
            Op::Documents {
                docs: d,
                primary_key: Some("id".into()),
                replace: true,
            },
        );
        let t = s["taskUid"].as_u64().unwrap() as u32;
        state.start(t);
        state.finish(t);
        t
    }

    #[test]
    fn one_invalid_id_fails_the_whole_task() {
        let mut st = State::default();
        let t = add(
            &mut st,
            "a",
            json!([{"id": "https://x/y", "t": 1}, {"id": "ok_1"}]),
        );
        let task = st.tasks[t as usize].to_json();
        assert_eq!(task["status"], "failed");
        assert_eq!(task["error"]["code"], "invalid_document_id");
        assert_eq!(task["details"]["indexedDocuments"], 0);
        assert!(st.indexes.get("a").is_none_or(|i| i.docs.is_empty()));
    }

    #[test]
    fn documents_create_the_index_and_replace_by_id() {
        let mut st = State::default();
        add(&mut st, "a", json!([{"id": "x", "v": 1, "w": 1}]));
        let t = add(&mut st, "a", json!([{"id": "x", "v": 2}, {"id": 7}]));
        assert_eq!(st.tasks[t as usize].to_json()["status"], "succeeded");
        let idx = &st.indexes["a"];
        assert_eq!(idx.docs.len(), 2);
        assert_eq!(
            idx.docs["x"].1,
            *json!({"id": "x", "v": 2}).as_object().unwrap()
        );
        assert!(idx.docs.contains_key("7"));
    }

    #[test]
    fn geo_is_checked_only_when_filterable() {
        let mut st = State::default();
        let bad = json!([{"id": "g", "_geo": {"lat": "north", "lng": 1}}]);
        let t = add(&mut st, "a", bad.clone());
        assert_eq!(st.tasks[t as usize].status, Status::Succeeded);
        st.indexes
            .get_mut("a")
            .unwrap()
            .settings
            .insert("filterableAttributes".into(), json!(["_geo"]));
        let t = add(&mut st, "a", bad);
        assert_eq!(
            st.tasks[t as usize].error.as_ref().unwrap().code,
            "invalid_document_geo_field"
        );
    }

    #[test]
    fn creating_an_existing_index_fails_the_task() {
        let mut st = State::default();
        for _ in 0..2 {
            let s = st.enqueue(
                "a",
                "indexCreation",
                json!({"primaryKey": "id"}),
                Op::CreateIndex {
                    primary_key: Some("id".into()),
                },
            );
            let t = s["taskUid"].as_u64().unwrap() as u32;
            st.start(t);
            st.finish(t);
        }
        assert_eq!(st.tasks[0].status, Status::Succeeded);
        assert_eq!(
            st.tasks[1].error.as_ref().unwrap().code,
            "index_already_exists"
        );
    }

    #[test]
    fn injected_faults_fail_document_tasks() {
        let mut st = State::default();
        st.faults.fail_document_tasks = 1;
        let t = add(&mut st, "a", json!([{"id": "x"}]));
        assert_eq!(
            st.tasks[t as usize].error.as_ref().unwrap().kind,
            "internal"
        );
        let t = add(&mut st, "a", json!([{"id": "x"}]));
        assert_eq!(st.tasks[t as usize].status, Status::Succeeded);
    }
}
