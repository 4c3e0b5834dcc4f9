//! Small text helpers shared by the metadata readers.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Node};

/// At most this many nodes are visited to read one element's text: a short text never needs
/// more, and it bounds the cost of nested matches.
pub(crate) const MAX_TEXT_NODES: usize = 400;

/// Collapses runs of white space to one space and trims; decodes nothing.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The collapsed text of an element, or `None` when it is empty or its raw text exceeds
/// `limit` bytes (long elements are prose, not a headline, byline or date).
pub(crate) fn element_text(el: ElementRef<'_>, limit: usize) -> Option<String> {
    element_text_joined(el, limit, " ")
}

/// Like [`element_text`], with `sep` between the element's text nodes (a byline box's name,
/// job title and date are separate nodes: `" | "` keeps them apart).
pub(crate) fn element_text_joined(el: ElementRef<'_>, limit: usize, sep: &str) -> Option<String> {
    let mut raw = String::new();
    let spaced = sep.trim().is_empty();
    let mut visited = 0usize;
    for edge in el.traverse() {
        let n = match edge {
            Edge::Open(n) => {
                visited += 1;
                if visited > MAX_TEXT_NODES {
                    break;
                }
                n
            }
            // A block's end breaks words as its start does ("<div>a</div>b").
            Edge::Close(n) => {
                if spaced && n.value().as_element().is_some_and(|e| !is_inline(e.name())) {
                    raw.push(' ');
                }
                continue;
            }
        };
        match n.value() {
            Node::Text(t) => {
                let hidden = n
                    .parent()
                    .and_then(|p| p.value().as_element())
                    .is_some_and(|e| {
                        matches!(e.name(), "script" | "style" | "noscript" | "template")
                    });
                if hidden {
                    continue;
                }
                if raw.len() + t.len() > limit {
                    return None;
                }
                if spaced {
                    // Inline markup inside a word ("<span>C</span>ycle") adds no space.
                    raw.push_str(t);
                    continue;
                }
                if t.trim().is_empty() {
                    raw.push(' ');
                    continue;
                }
                if !raw.trim().is_empty() {
                    raw.push_str(sep);
                }
                raw.push_str(t);
            }
            Node::Element(e) if spaced && !is_inline(e.name()) => raw.push(' '),
            _ => {}
        }
    }
    let t = collapse(&raw);
    (!t.is_empty()).then_some(t)
}

/// Inline elements: no word break at their edges.
fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "wbr"
    )
}

/// The collapsed text of an element cut after about `limit` bytes (a date line followed by
/// tags or a share bar); `None` when empty.
pub(crate) fn element_text_prefix(el: ElementRef<'_>, limit: usize) -> Option<String> {
    let mut raw = String::new();
    for n in el.descendants().take(MAX_TEXT_NODES) {
        if let Node::Text(t) = n.value() {
            let hidden = n
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript" | "template"));
            if hidden {
                continue;
            }
            raw.push_str(t);
            raw.push(' ');
            if raw.len() >= limit {
                break;
            }
        }
    }
    let t = collapse(&raw);
    (!t.is_empty()).then_some(t)
}

/// Lower-cased alphanumeric words of a string.
pub(crate) fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Comparison key: lower-case alphanumerics only, typographic quotes ignored.
pub(crate) fn key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    for c in s.chars() {
        // ASCII apart: most text is, and its checks are a comparison each.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                key.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        }
    }
    key
}

/// Word-set similarity in `[0, 1]`: shared words over the larger set.
pub(crate) fn similarity(a: &str, b: &str) -> f32 {
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let shared = wa.iter().filter(|w| wb.contains(w)).count();
    shared as f32 / wa.len().max(wb.len()) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_h1(doc: &scraper::Html) -> ElementRef<'_> {
        doc.select(&scraper::Selector::parse("h1").unwrap())
            .next()
            .unwrap()
    }

    #[test]
    fn collapse_and_key() {
        assert_eq!(collapse("  a \n\t b  "), "a b");
        let doc = scraper::Html::parse_fragment("<h1>Planning <span>C</span>ycle<br>Two</h1>");
        let h1 = first_h1(&doc);
        assert_eq!(element_text(h1, 100).as_deref(), Some("Planning Cycle Two"));
        assert_eq!(
            element_text_joined(h1, 100, " | ").as_deref(),
            Some("Planning | C | ycle | Two")
        );
        let doc = scraper::Html::parse_fragment("<h1><div>Minified</div>title<p>x</p>y</h1>");
        let h1 = first_h1(&doc);
        assert_eq!(element_text(h1, 100).as_deref(), Some("Minified title x y"));
        assert_eq!(key("We’ve  Got-It!"), "wevegotit");
        assert_eq!(key("İstanbul ÉTÉ 2024"), "i\u{307}stanbulété2024");
        assert!(similarity("Hello big world", "hello world") > 0.6);
        assert_eq!(similarity("", "x"), 0.0);
    }
}
