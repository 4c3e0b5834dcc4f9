//! Pure rules of the Meilisearch HTTP API that the double enforces: document ids, index uids,
//! primary-key inference, `_geo` values, content types and error bodies.
//!
//! Every rule is at least as strict as the real server (v1.x); where the double is stricter it
//! says so.

use serde_json::{json, Map, Value};

/// The longest document id Meilisearch accepts, in bytes.
pub const MAX_DOCUMENT_ID_BYTES: usize = 511;

/// The longest index uid the double accepts, in bytes (recent servers document 400).
pub const MAX_INDEX_UID_BYTES: usize = 400;

/// An error as Meilisearch reports it, in a response body or in a failed task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeiliError {
    /// HTTP status when the error answers a request (unused for task errors).
    pub status: u16,
    /// Machine-readable code, e.g. `invalid_document_id`.
    pub code: &'static str,
    /// Error type: `invalid_request`, `auth`, `internal` or `system`.
    pub kind: &'static str,
    /// Human-readable message.
    pub message: String,
}

impl MeiliError {
    /// An `invalid_request` error answering with `status`.
    pub fn invalid(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        MeiliError {
            status,
            code,
            kind: "invalid_request",
            message: message.into(),
        }
    }

    /// The JSON body Meilisearch sends: `message`, `code`, `type`, `link`.
    pub fn body(&self) -> Value {
        json!({
            "message": self.message,
            "code": self.code,
            "type": self.kind,
            "link": format!("https://docs.meilisearch.com/errors#{}", self.code),
        })
    }
}

/// Checks a document id value the way Meilisearch does: an integer (not a float), or a string of
/// `A-Z a-z 0-9 - _`, 1 to 511 bytes. Returns the id as the string key the index stores.
///
/// Stricter than the server: the server trims surrounding spaces of string ids before checking;
/// the double rejects them.
pub fn document_id_key(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if is_valid_document_id_str(s) => Some(s.clone()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        _ => None,
    }
}

/// Whether `s` is a valid string document id.
pub fn is_valid_document_id_str(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_DOCUMENT_ID_BYTES
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The task error for an invalid document id, worded like the server's.
pub fn invalid_document_id(value: &Value) -> MeiliError {
    MeiliError::invalid(
        400,
        "invalid_document_id",
        format!(
            "Document identifier `{value}` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes."
        ),
    )
}

/// The task error for a document without its primary key.
pub fn missing_document_id(primary_key: &str, doc: &Map<String, Value>) -> MeiliError {
    MeiliError::invalid(
        400,
        "missing_document_id",
        format!(
            "Document doesn't have a `{primary_key}` attribute: `{}`.",
            Value::Object(doc.clone())
        ),
    )
}

/// Whether `uid` is a valid index uid.
pub fn is_valid_index_uid(uid: &str) -> bool {
    !uid.is_empty()
        && uid.len() <= MAX_INDEX_UID_BYTES
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The request error for an invalid index uid.
pub fn invalid_index_uid(uid: &str) -> MeiliError {
    MeiliError::invalid(
        400,
        "invalid_index_uid",
        format!(
            "`{uid}` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than {MAX_INDEX_UID_BYTES} bytes."
        ),
    )
}

/// Infers the primary key from the first document: the single field whose lowercased name ends
/// with `id`. Zero or several candidates fail the task, as on the server.
pub fn infer_primary_key(first: Option<&Map<String, Value>>) -> Result<String, MeiliError> {
    let candidates: Vec<&String> = first
        .map(|doc| {
            doc.keys()
                .filter(|k| k.to_lowercase().ends_with("id"))
                .collect()
        })
        .unwrap_or_default();
    match candidates.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(MeiliError::invalid(
            400,
            "index_primary_key_no_candidate_found",
            "The primary key inference failed as the engine did not find any field ending with `id` in its name. Please specify the primary key manually using the `primaryKey` query parameter.",
        )),
        many => Err(MeiliError::invalid(
            400,
            "index_primary_key_multiple_candidates_found",
            format!(
                "The primary key inference failed as the engine found {} fields ending with `id` in their names: {}. Please specify the primary key manually using the `primaryKey` query parameter.",
                many.len(),
                many.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(" and ")
            ),
        )),
    }
}

/// Checks the reserved `_geo` field of a document. The server checks it only when `_geo` is a
/// filterable or sortable attribute; the caller decides that.
pub fn check_geo(doc_id: &Value, geo: &Value) -> Result<(), MeiliError> {
    let fail = |msg: String| Err(MeiliError::invalid(400, "invalid_document_geo_field", msg));
    let obj = match geo {
        Value::Null => return Ok(()),
        Value::Object(o) => o,
        other => {
            return fail(format!(
                "The `_geo` field in the document with the id: `{doc_id}` is not an object. Was expecting an object with the `_geo.lat` and `_geo.lng` fields but instead got `{other}`."
            ))
        }
    };
    if let Some(extra) = obj.keys().find(|k| *k != "lat" && *k != "lng") {
        return fail(format!(
            "The `_geo` field in the document with the id: `{doc_id}` contains the following unexpected fields: `{extra}`."
        ));
    }
    match (obj.get("lat"), obj.get("lng")) {
        (None, None) => fail(format!(
            "Could not find latitude nor longitude in the document with the id: `{doc_id}`. Was expecting `_geo.lat` and `_geo.lng` fields."
        )),
        (None, Some(_)) => fail(format!(
            "Could not find latitude in the document with the id: `{doc_id}`. Was expecting a `_geo.lat` field."
        )),
        (Some(_), None) => fail(format!(
            "Could not find longitude in the document with the id: `{doc_id}`. Was expecting a `_geo.lng` field."
        )),
        (Some(lat), Some(lng)) => {
            if finite_float(lat).is_none() {
                return fail(format!(
                    "Could not parse latitude in the document with the id: `{doc_id}`. Was expecting a finite number but instead got `{lat}`."
                ));
            }
            if finite_float(lng).is_none() {
                return fail(format!(
                    "Could not parse longitude in the document with the id: `{doc_id}`. Was expecting a finite number but instead got `{lng}`."
                ));
            }
            Ok(())
        }
    }
}

fn finite_float(v: &Value) -> Option<f64> {
    let f = match v {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    f.is_finite().then_some(f)
}

/// The payload formats the documents routes accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadFormat {
    /// `application/json`: one object or an array of objects.
    Json,
    /// `application/x-ndjson`: one object per line.
    Ndjson,
}

/// Decides the payload format from a `Content-Type` header value (parameters ignored).
///
/// Stricter than the server: `text/csv` is refused with `invalid_content_type`.
pub fn payload_format(content_type: Option<&str>) -> Result<PayloadFormat, MeiliError> {
    const ACCEPTED: &str = "`application/json`, `application/x-ndjson`, `text/csv`";
    let Some(raw) = content_type else {
        return Err(MeiliError::invalid(
            415,
            "missing_content_type",
            format!("A Content-Type header is missing. Accepted values for the Content-Type header are: {ACCEPTED}"),
        ));
    };
    let essence = raw
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => Ok(PayloadFormat::Json),
        "application/x-ndjson" => Ok(PayloadFormat::Ndjson),
        _ => Err(MeiliError::invalid(
            415,
            "invalid_content_type",
            format!("The Content-Type `{raw}` is invalid. Accepted values for the Content-Type header are: {ACCEPTED}"),
        )),
    }
}

/// Parses a documents payload into objects; a malformed payload is a synchronous 400.
pub fn parse_documents(
    format: PayloadFormat,
    body: &[u8],
) -> Result<Vec<Map<String, Value>>, MeiliError> {
    let (name, is_blank) = match format {
        PayloadFormat::Json => ("json", body.iter().all(u8::is_ascii_whitespace)),
        PayloadFormat::Ndjson => ("ndjson", body.iter().all(u8::is_ascii_whitespace)),
    };
    if is_blank {
        return Err(MeiliError::invalid(
            400,
            "missing_payload",
            format!("A {name} payload is missing."),
        ));
    }
    let malformed = |detail: String| {
        MeiliError::invalid(
            400,
            "malformed_payload",
            format!("The `{name}` payload provided is malformed. `Couldn't serialize document value: {detail}`."),
        )
    };
    let as_object = |v: Value| match v {
        Value::Object(o) => Ok(o),
        other => Err(malformed(format!(
            "invalid type: `{other}`, expected a map"
        ))),
    };
    match format {
        PayloadFormat::Json => {
            let value: Value =
                serde_json::from_slice(body).map_err(|e| malformed(e.to_string()))?;
            match value {
                Value::Array(items) => items.into_iter().map(as_object).collect(),
                other => Ok(vec![as_object(other)?]),
            }
        }
        PayloadFormat::Ndjson => {
            let mut docs = Vec::new();
            for line in body.split(|b| *b == b'\n') {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let value: Value =
                    serde_json::from_slice(line).map_err(|e| malformed(e.to_string()))?;
                docs.push(as_object(value)?);
            }
            Ok(docs)
        }
    }
}

/// Formats a byte count the way the server's 413 message does (`1 KB`, `100 MB`).
pub fn human_bytes(n: usize) -> String {
    const UNITS: [(usize, &str); 3] = [(1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "KB")];
    for (size, unit) in UNITS {
        if n >= size {
            let whole = n / size;
            let frac = (n % size) * 100 / size;
            return if frac == 0 {
                format!("{whole} {unit}")
            } else {
                format!("{whole}.{frac:02} {unit}")
            };
        }
    }
    format!("{n} B")
}

/// The synchronous 413 answer for a body over `limit` bytes.
pub fn payload_too_large(limit: usize) -> MeiliError {
    MeiliError::invalid(
        413,
        "payload_too_large",
        format!(
            "The provided payload reached the size limit. The maximum accepted payload size is {}.",
            human_bytes(limit)
        ),
    )
}

/// Describes a JSON value's type the way the server's settings errors do.
pub fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_u64() => "a positive integer",
        Value::Number(n) if n.is_i64() => "a negative integer",
        Value::Number(_) => "a float",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_ids_follow_the_server_rules() {
        assert_eq!(document_id_key(&json!("a1B2-_")), Some("a1B2-_".into()));
        assert_eq!(document_id_key(&json!(42)), Some("42".into()));
        assert_eq!(document_id_key(&json!(-7)), Some("-7".into()));
        assert_eq!(
            document_id_key(&json!("a".repeat(511))),
            Some("a".repeat(511))
        );
        for bad in [
            json!("a".repeat(512)),
            json!(""),
            json!("https://example.org/a?b=1"),
            json!("a b"),
            json!(" ab"),
            json!("é"),
            json!(1.5),
            json!(true),
            json!(null),
            json!(["a"]),
            json!({"a": 1}),
        ] {
            assert_eq!(document_id_key(&bad), None, "{bad} must be rejected");
        }
    }

    #[test]
    fn invalid_id_message_quotes_the_value_like_the_server() {
        let e = invalid_document_id(&json!("https://example.org/a?b=1"));
        assert_eq!(e.code, "invalid_document_id");
        assert!(e
            .message
            .starts_with("Document identifier `\"https://example.org/a?b=1\"` is invalid."));
    }

    #[test]
    fn index_uids() {
        assert!(is_valid_index_uid("articles_1-x"));
        assert!(!is_valid_index_uid("a b"));
        assert!(!is_valid_index_uid(""));
        assert!(!is_valid_index_uid(&"a".repeat(401)));
    }

    #[test]
    fn primary_key_inference_needs_exactly_one_candidate() {
        let one = json!({"id": 1, "title": "t"});
        assert_eq!(infer_primary_key(one.as_object()).unwrap(), "id");
        let none = json!({"title": "t"});
        assert_eq!(
            infer_primary_key(none.as_object()).unwrap_err().code,
            "index_primary_key_no_candidate_found"
        );
        let two = json!({"id": 1, "author_id": 2});
        assert_eq!(
            infer_primary_key(two.as_object()).unwrap_err().code,
            "index_primary_key_multiple_candidates_found"
        );
    }

    #[test]
    fn geo_values() {
        let id = json!("x");
        assert!(check_geo(&id, &json!(null)).is_ok());
        assert!(check_geo(&id, &json!({"lat": 1.5, "lng": "2.5"})).is_ok());
        for bad in [
            json!(5),
            json!({}),
            json!({"lat": 1}),
            json!({"lng": 1}),
            json!({"lat": "north", "lng": 1}),
            json!({"lat": 1, "lng": [1]}),
            json!({"lat": 1, "lng": 2, "alt": 3}),
        ] {
            assert_eq!(
                check_geo(&id, &bad).unwrap_err().code,
                "invalid_document_geo_field",
                "{bad}"
            );
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(
            payload_format(Some("application/json; charset=utf-8")).unwrap(),
            PayloadFormat::Json
        );
        assert_eq!(
            payload_format(Some("application/x-ndjson")).unwrap(),
            PayloadFormat::Ndjson
        );
        let e = payload_format(Some("text/plain")).unwrap_err();
        assert_eq!((e.status, e.code), (415, "invalid_content_type"));
        assert_eq!(
            payload_format(None).unwrap_err().code,
            "missing_content_type"
        );
    }

    #[test]
    fn payload_parsing() {
        let docs = parse_documents(PayloadFormat::Json, br#"[{"id":1},{"id":2}]"#).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(
            parse_documents(PayloadFormat::Json, br#"{"id":1}"#)
                .unwrap()
                .len(),
            1
        );
        let nd = parse_documents(PayloadFormat::Ndjson, b"{\"id\":1}\n\n{\"id\":2}\n").unwrap();
        assert_eq!(nd.len(), 2);
        let e = parse_documents(PayloadFormat::Json, br#"[{"id": 1}"#).unwrap_err();
        assert_eq!((e.status, e.code), (400, "malformed_payload"));
        assert_eq!(
            parse_documents(PayloadFormat::Json, b"[1]")
                .unwrap_err()
                .code,
            "malformed_payload"
        );
        assert_eq!(
            parse_documents(PayloadFormat::Json, b"").unwrap_err().code,
            "missing_payload"
        );
    }

    #[test]
    fn sizes_print_like_the_server() {
        assert_eq!(human_bytes(1_000), "1 KB");
        assert_eq!(human_bytes(100_000_000), "100 MB");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(
            payload_too_large(1_000).message,
            "The provided payload reached the size limit. The maximum accepted payload size is 1 KB."
        );
    }
}
