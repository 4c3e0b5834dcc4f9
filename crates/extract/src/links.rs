//! Outgoing links and announced feeds.

use crate::dom::AttrLookup;
use scraper::{Html, Node};
use url::Url;

pub(crate) struct Links {
    pub base_url: Url,
    pub hrefs: Vec<String>,
    pub feeds: Vec<Url>,
}

pub(crate) fn collect(doc: &Html, page_url: &Url) -> Links {
    // One flat pass over the nodes (document order) instead of a selector match per element.
    let mut base_href = None;
    let mut hrefs = Vec::new();
    let mut feed_hrefs = Vec::new();
    for node in doc.tree.nodes() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        match e.name() {
            "a" => {
                if let Some(h) = e.attribute("href").map(str::trim) {
                    if !h.is_empty() && !h.starts_with('#') {
                        hrefs.push(h.to_string());
                    }
                }
            }
            "link" => {
                let alternate = e
                    .attribute("rel")
                    .is_some_and(|r| r.split_ascii_whitespace().any(|t| t == "alternate"));
                let ty = e.attribute("type").unwrap_or("").to_ascii_lowercase();
                if alternate
                    && (ty.contains("rss") || ty.contains("atom") || ty.contains("feed+json"))
                {
                    if let Some(h) = e.attribute("href") {
                        feed_hrefs.push(h.trim());
                    }
                }
            }
            "base" if base_href.is_none() => base_href = e.attribute("href"),
            _ => {}
        }
    }
    let base_url = base_href
        .and_then(|h| page_url.join(h.trim()).ok())
        .unwrap_or_else(|| page_url.clone());
    let feeds = feed_hrefs
        .into_iter()
        .filter_map(|h| base_url.join(h).ok())
        .collect();
    Links {
        base_url,
        hrefs,
        feeds,
    }
}
