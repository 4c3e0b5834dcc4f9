//! Where articles end up: Meilisearch, or a JSONL file for the one-process mode.

use crawl_core::article::Article;
use crawl_core::disposition::{Classify, FailureClass};
use crawl_index::{ArticleIndex, IndexError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The outcome of writing one batch: which positions were stored and which were refused.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteOutcome {
    /// Positions (in the input batch) of stored documents.
    pub stored: Vec<usize>,
    /// Positions of refused documents, with the reason.
    pub rejected: Vec<(usize, String)>,
}

/// Why a whole batch could not be written.
#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    /// Meilisearch failed (see the error's class).
    #[error(transparent)]
    Index(#[from] IndexError),
    /// The JSONL file could not be written.
    #[error("cannot write {path}: {source}")]
    File {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
}

impl Classify for SinkError {
    fn class(&self) -> FailureClass {
        match self {
            SinkError::Index(e) => e.class(),
            SinkError::File { .. } => FailureClass::Transient,
        }
    }
}

/// An article destination.
pub enum ArticleSink {
    /// A Meilisearch index.
    Meili(ArticleIndex),
    /// Lines appended to a file, synced before the batch is acknowledged.
    Jsonl(JsonlSink),
}

impl ArticleSink {
    /// Writes a batch; per-document refusals are reported, not raised.
    pub async fn write(&self, docs: Vec<Article>) -> Result<WriteOutcome, SinkError> {
        match self {
            ArticleSink::Meili(index) => {
                let outcome = index.upsert(docs).await?;
                Ok(WriteOutcome {
                    stored: outcome.indexed,
                    rejected: outcome.rejected,
                })
            }
            ArticleSink::Jsonl(file) => file.append(&docs),
        }
    }
}

/// An append-only JSONL file of articles.
pub struct JsonlSink {
    path: PathBuf,
    file: Mutex<std::fs::File>,
}

impl JsonlSink {
    /// Opens (creating if needed) `path` for appending.
    pub fn open(path: &Path) -> Result<Self, SinkError> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|source| SinkError::File {
                path: path.display().to_string(),
                source,
            })?;
        Ok(JsonlSink {
            path: path.to_path_buf(),
            file: Mutex::new(file),
        })
    }

    fn append(&self, docs: &[Article]) -> Result<WriteOutcome, SinkError> {
        let err = |source| SinkError::File {
            path: self.path.display().to_string(),
            source,
        };
        let mut buf = Vec::new();
        for d in docs {
            serde_json::to_writer(&mut buf, d)
                .map_err(|e| err(std::io::Error::other(e.to_string())))?;
            buf.push(b'\n');
        }
        let mut file = self
            .file
            .lock()
            .map_err(|_| err(std::io::Error::other("file lock poisoned")))?;
        file.write_all(&buf).map_err(err)?;
        file.flush().map_err(err)?;
        Ok(WriteOutcome {
            stored: (0..docs.len()).collect(),
            rejected: Vec::new(),
        })
    }
}
