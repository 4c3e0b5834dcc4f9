//! Input guard run before parsing: caps element nesting depth.
//!
//! html5ever checks its stack of open elements on many start tags, so a page nesting 100k
//! elements costs time quadratic in the depth. Real pages nest a few dozen levels; when a cheap
//! scan finds the approximate depth above [`MAX_NESTING`], start tags beyond the cap (and as
//! many end tags) are removed, keeping all text. Pages under the cap are returned untouched.

use std::borrow::Cow;

/// Approximate element nesting depth above which deeper start tags are dropped.
pub const MAX_NESTING: usize = 2048;

/// Elements that never hold children, or whose end tag is implied by a sibling, and so never
/// deepen the tree without bound.
fn is_flat(name: &[u8]) -> bool {
    matches!(
        name,
        b"br"
            | b"img"
            | b"input"
            | b"meta"
            | b"link"
            | b"hr"
            | b"area"
            | b"base"
            | b"col"
            | b"embed"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"option"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"!doctype"
    )
}

/// Tag at `i` (which is `<`): `(is_end, name, index after '>')`, or `None` if not a tag.
fn tag_at(b: &[u8], i: usize) -> Option<(bool, &[u8], usize)> {
    let mut j = i + 1;
    let end = b.get(j) == Some(&b'/');
    if end {
        j += 1;
    }
    let start = j;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'!') {
        j += 1;
    }
    if j == start || !b[start].is_ascii_alphabetic() && b[start] != b'!' {
        return None;
    }
    let name = &b[start..j];
    let close = memchr::memchr(b'>', &b[j..]).map_or(b.len(), |p| j + p + 1);
    let self_closing = close >= 2 && b[close - 2] == b'/';
    Some((end || self_closing, name, close))
}

/// Skips raw-text content (`<script>`, `<style>`, comments) starting at tag end `after`.
fn skip_raw(b: &[u8], name: &[u8], after: usize) -> usize {
    let needle: &[u8] = match name {
        n if n.eq_ignore_ascii_case(b"script") => b"</script",
        n if n.eq_ignore_ascii_case(b"style") => b"</style",
        n if n.eq_ignore_ascii_case(b"textarea") => b"</textarea",
        _ => return after,
    };
    find(&b[after..], needle).map_or(b.len(), |p| after + p)
}

/// First position of `needle` (which starts with `<`) in `hay`, ignoring ASCII case.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    memchr::memchr_iter(first, hay).find(|&p| {
        hay.get(p..p + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// One pass over the markup; calls `on_tag(start, end, is_end, depth)` for counted tags and
/// returns the maximum depth seen.
fn walk(b: &[u8], mut on_tag: impl FnMut(usize, usize, bool, usize) -> bool) -> usize {
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut i = 0usize;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        i += p;
        if b[i..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |q| i + 4 + q + 3);
            continue;
        }
        let Some((is_end, name, after)) = tag_at(b, i) else {
            i += 1;
            continue;
        };
        // Lower-case into a small stack buffer; longer names are never flat or raw-text.
        let mut buf = [0u8; 12];
        let lower: &[u8] = if name.len() <= buf.len() {
            for (d, s) in buf.iter_mut().zip(name) {
                *d = s.to_ascii_lowercase();
            }
            &buf[..name.len()]
        } else {
            name
        };
        if is_flat(lower) {
            i = after;
            continue;
        }
        let self_closing = is_end && b.get(i + 1) != Some(&b'/');
        if !is_end {
            depth += 1;
            max = max.max(depth);
        }
        if !self_closing && !on_tag(i, after, is_end, depth) {
            break;
        }
        if is_end && !self_closing {
            depth = depth.saturating_sub(1);
        }
        i = if is_end {
            after
        } else {
            skip_raw(b, lower, after)
        };
    }
    max
}

/// Returns `html` with nesting capped at [`MAX_NESTING`]; borrowed when nothing changes.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    if walk(b, |_, _, _, _| true) <= MAX_NESTING {
        return Cow::Borrowed(html);
    }
    // Byte ranges to cut: start tags beyond the cap, and one end tag per cut start tag.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut dropped = 0usize;
    walk(b, |start, end, is_end, depth| {
        if !is_end && depth > MAX_NESTING {
            cuts.push((start, end));
            dropped += 1;
        } else if is_end && dropped > 0 && depth > MAX_NESTING {
            cuts.push((start, end));
            dropped -= 1;
        }
        true
    });
    let mut out = String::with_capacity(html.len());
    let mut pos = 0usize;
    for (s, e) in cuts {
        // Cuts lie on ASCII '<' and '>' (or the end), so they are char boundaries.
        if s >= pos && html.is_char_boundary(s) && html.is_char_boundary(e) {
            out.push_str(&html[pos..s]);
            out.push(' ');
            pos = e;
        }
    }
    out.push_str(&html[pos..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_pages_are_untouched() {
        let html = "<div><p>a<div><span>b</span></div><script>if (a<b) {}</script><br><img></div>";
        assert!(matches!(cap_nesting(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_pages_are_capped_and_keep_text() {
        let html = format!(
            "{}deep text{}",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        let out = cap_nesting(&html);
        assert!(out.contains("deep text"));
        assert!(walk(out.as_bytes(), |_, _, _, _| true) <= MAX_NESTING);
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let html = "<p>x".repeat(10_000);
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }
}
