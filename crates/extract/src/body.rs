//! Main text and page kind.

use crate::meta::Metadata;
use crate::PageKind;
use scraper::{Html, Selector};

pub(crate) struct Body {
    pub text: String,
    pub kind: PageKind,
    pub confidence: f32,
}

pub(crate) fn extract(doc: &Html, _meta: &Metadata) -> Body {
    let mut blocks = Vec::new();
    if let Ok(sel) = Selector::parse("p") {
        for p in doc.select(&sel) {
            let text: String = p.text().collect();
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.len() >= 25 {
                blocks.push(text);
            }
        }
    }
    let kind = if blocks.is_empty() {
        PageKind::Listing
    } else {
        PageKind::Article
    };
    Body {
        text: blocks.join("\n\n"),
        kind,
        confidence: 0.5,
    }
}
