//! The article record: one document in Meilisearch, one line in `articles.jsonl`.

use serde::{Deserialize, Serialize};

/// An extracted news article as it is indexed. Field names are the Meilisearch attribute names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Document id: URL-safe hash of `canonical_url` (see [`crate::docid`]).
    pub id: String,
    /// The URL the page was fetched from (after redirects).
    pub url: String,
    /// The page's canonical URL, which decides its identity.
    pub canonical_url: String,
    /// Host name of the canonical URL.
    pub site: String,
    /// The site's own name (og:site_name), when the page gives it.
    pub site_name: Option<String>,
    /// Headline.
    pub title: String,
    /// Author names, in byline order.
    pub authors: Vec<String>,
    /// Publication time, RFC 3339.
    pub published_at: Option<String>,
    /// Publication time as Unix seconds, for filtering and sorting.
    pub published_ts: Option<i64>,
    /// Last modification time, RFC 3339.
    pub modified_at: Option<String>,
    /// Last modification time as Unix seconds.
    pub modified_ts: Option<i64>,
    /// Language tag (BCP 47, e.g. `en`, `pt-BR`).
    pub language: Option<String>,
    /// Summary from the page's description metadata.
    pub description: Option<String>,
    /// Main text, paragraphs separated by a blank line.
    pub body: String,
    /// Number of words in `body`.
    pub word_count: u32,
    /// Lead image URL.
    pub image: Option<String>,
    /// Tags and keywords.
    pub tags: Vec<String>,
    /// When the page was fetched, RFC 3339 UTC.
    pub fetched_at: String,
    /// When the page was fetched, Unix seconds.
    pub fetched_ts: i64,
    /// Hex digest of title and body, to skip re-indexing unchanged articles.
    pub content_hash: String,
    /// The crawl that produced the article.
    pub crawl_id: String,
}

/// Counts the words of `text` the way search users would: runs of alphanumeric characters.
pub fn word_count(text: &str) -> u32 {
    let mut count = 0u32;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            count = count.saturating_add(1);
        }
        in_word = w;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_across_punctuation_and_lines() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Hello, world!\n\nIt's 2026."), 5);
    }
}
