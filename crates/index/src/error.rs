//! What can go wrong talking to Meilisearch, and whether retrying can help.

use std::time::Duration;

use crawl_core::disposition::{Classify, FailureClass};

/// An index-level, transport or configuration failure. Per-document failures are not errors:
/// they are reported in [`crate::UpsertOutcome::rejected`].
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A setting has a value that cannot work.
    #[error("invalid Meilisearch setting `{setting}`: {reason}")]
    InvalidConfig {
        /// The setting (or environment variable) to fix.
        setting: &'static str,
        /// What is wrong and which values are accepted.
        reason: String,
    },
    /// No answer from the server (connection refused, DNS, no answer in time).
    #[error("Meilisearch at {url} is unreachable while {what}: {reason} (check MEILI_URL and that the server is up)")]
    Unreachable {
        /// The base URL tried.
        url: String,
        /// The step that failed.
        what: &'static str,
        /// The transport error.
        reason: String,
    },
    /// The server refused the API key (401 missing header, 403 invalid key).
    #[error("Meilisearch at {url} refused the API key while {what}: {code}: {message} (check MEILI_MASTER_KEY)")]
    Auth {
        /// The base URL.
        url: String,
        /// The step that failed.
        what: &'static str,
        /// `missing_authorization_header` or `invalid_api_key`.
        code: String,
        /// The server's message.
        message: String,
    },
    /// One request took longer than its bound; whether it took effect is unknown.
    #[error("request to Meilisearch at {url} timed out after {after:?} while {what}; its outcome is unknown")]
    RequestTimeout {
        /// The base URL.
        url: String,
        /// The step that timed out.
        what: &'static str,
        /// The bound that passed.
        after: Duration,
    },
    /// The server answered a request with an error that is not about one document.
    #[error(
        "Meilisearch at {url} rejected the request while {what}: {code} ({error_type}): {message}"
    )]
    Api {
        /// The base URL.
        url: String,
        /// The step that failed.
        what: &'static str,
        /// The error code, e.g. `index_not_found`.
        code: String,
        /// The error type: `invalid_request`, `internal`, `auth`, `system`.
        error_type: String,
        /// The server's message.
        message: String,
    },
    /// A task failed for a reason that is not about one document (e.g. an internal error).
    #[error("Meilisearch task {task_uid} failed while {what}: {code} ({error_type}): {message}")]
    TaskFailed {
        /// The step whose task failed.
        what: &'static str,
        /// The task uid, for `GET /tasks/{uid}`.
        task_uid: u32,
        /// The error code.
        code: String,
        /// The error type.
        error_type: String,
        /// The server's message.
        message: String,
    },
    /// A task did not finish within the task timeout: its outcome is unknown, not failed.
    #[error("Meilisearch task {task_uid} did not finish within {waited:?} while {what}; its outcome is unknown (raise the task timeout if the server is busy)")]
    TaskTimeout {
        /// The step that waited.
        what: &'static str,
        /// The task uid, for `GET /tasks/{uid}`.
        task_uid: u32,
        /// How long we waited.
        waited: Duration,
    },
    /// Someone canceled the task.
    #[error("Meilisearch task {task_uid} was canceled while {what}")]
    TaskCanceled {
        /// The step whose task was canceled.
        what: &'static str,
        /// The task uid.
        task_uid: u32,
    },
    /// The server answered something this client does not understand.
    #[error("unexpected answer from Meilisearch at {url} while {what}: {reason} (is MEILI_URL a Meilisearch v1.x server?)")]
    Protocol {
        /// The base URL.
        url: String,
        /// The step that failed.
        what: &'static str,
        /// What was unexpected.
        reason: String,
    },
}

/// Error codes that are about the server's resources, not the request: worth retrying.
const RESOURCE_CODES: &[&str] = &[
    "no_space_left_on_device",
    "database_size_limit_reached",
    "too_many_open_files",
    "io_error",
    "internal",
];

fn transient_type(error_type: &str, code: &str) -> bool {
    matches!(error_type, "internal" | "system") || RESOURCE_CODES.contains(&code)
}

impl Classify for IndexError {
    fn class(&self) -> FailureClass {
        match self {
            // Fixing the setting needs an operator; retrying the same message cannot help.
            IndexError::InvalidConfig { .. } => FailureClass::Permanent,
            IndexError::Unreachable { .. }
            | IndexError::RequestTimeout { .. }
            | IndexError::TaskTimeout { .. }
            | IndexError::TaskCanceled { .. }
            | IndexError::Protocol { .. } => FailureClass::Transient,
            // The documents are not at fault: retry later (an operator can fix the key) rather
            // than dead-lettering good articles at once.
            IndexError::Auth { .. } => FailureClass::Transient,
            IndexError::Api {
                error_type, code, ..
            }
            | IndexError::TaskFailed {
                error_type, code, ..
            } => {
                if transient_type(error_type, code) {
                    FailureClass::Transient
                } else {
                    FailureClass::Permanent
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        let t = IndexError::TaskTimeout {
            what: "x",
            task_uid: 1,
            waited: Duration::from_secs(1),
        };
        assert_eq!(t.class(), FailureClass::Transient);
        let internal = IndexError::TaskFailed {
            what: "x",
            task_uid: 1,
            code: "internal".into(),
            error_type: "internal".into(),
            message: "m".into(),
        };
        assert_eq!(internal.class(), FailureClass::Transient);
        let pk = IndexError::TaskFailed {
            what: "x",
            task_uid: 1,
            code: "index_primary_key_already_exists".into(),
            error_type: "invalid_request".into(),
            message: "m".into(),
        };
        assert_eq!(pk.class(), FailureClass::Permanent);
        let cfg = IndexError::InvalidConfig {
            setting: "MEILI_URL",
            reason: "r".into(),
        };
        assert_eq!(cfg.class(), FailureClass::Permanent);
        assert!(cfg.to_string().contains("MEILI_URL"));
    }
}
