//! URL normalisation: one canonical spelling per resource.

use url::Url;

/// Why a link could not be turned into a crawlable URL.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NormalizeError {
    /// The link is not a valid URL relative to its base.
    #[error("invalid URL {0:?}: {1}")]
    Invalid(String, url::ParseError),
    /// The scheme is not http or https.
    #[error("unsupported scheme {0:?} (only http and https are crawled)")]
    Scheme(String),
}

/// Resolves `link` against `base` and returns its canonical form (no fragment, no default port).
pub fn normalize(base: &Url, link: &str) -> Result<Url, NormalizeError> {
    let mut url = base
        .join(link.trim())
        .map_err(|e| NormalizeError::Invalid(link.to_string(), e))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(NormalizeError::Scheme(url.scheme().to_string()));
    }
    url.set_fragment(None);
    Ok(url)
}
