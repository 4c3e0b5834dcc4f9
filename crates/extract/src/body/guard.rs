//! Input guard run before parsing: caps element nesting depth.
//!
//! html5ever checks its stack of open elements on many start tags, so a page nesting 100k
//! elements costs time quadratic in the depth. Real pages nest a few dozen levels; when a cheap
//! scan finds the approximate depth above [`MAX_NESTING`], start tags beyond the cap (and as
//! many end tags) are removed, keeping all text. Pages under the cap are returned untouched.

use std::borrow::Cow;

/// Approximate element nesting depth above which deeper start tags are dropped.
pub const MAX_NESTING: usize = 2048;

/// A tag name of up to 8 bytes, lower-cased, as one integer (longer names are never flat or
/// raw text, and get [`LONG_NAME`]).
fn name_key(name: &[u8]) -> u64 {
    if name.len() > 8 {
        return LONG_NAME;
    }
    if name.is_empty() {
        return 0;
    }
    let mut w = [0u8; 8];
    w[..name.len()].copy_from_slice(name);
    // Names hold only ASCII letters, digits and `!`: setting bit 5 lower-cases the letters and
    // leaves the others as they are.
    let mask = u64::MAX >> (8 * (8 - name.len()));
    u64::from_le_bytes(w) | (0x2020_2020_2020_2020 & mask)
}

/// [`name_key`] of a name longer than 8 bytes.
const LONG_NAME: u64 = u64::MAX;

const fn key(name: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let mut i = 0;
    while i < name.len() {
        w[i] = name[i];
        i += 1;
    }
    u64::from_le_bytes(w)
}

/// Elements that never hold children, or whose end tag is implied by a sibling, and so never
/// deepen the tree without bound.
fn is_flat(name: u64) -> bool {
    const FLAT: [u64; 26] = [
        key(b"br"),
        key(b"img"),
        key(b"input"),
        key(b"meta"),
        key(b"link"),
        key(b"hr"),
        key(b"area"),
        key(b"base"),
        key(b"col"),
        key(b"embed"),
        key(b"param"),
        key(b"source"),
        key(b"track"),
        key(b"wbr"),
        key(b"p"),
        key(b"li"),
        key(b"dt"),
        key(b"dd"),
        key(b"tr"),
        key(b"td"),
        key(b"th"),
        key(b"option"),
        key(b"tbody"),
        key(b"thead"),
        key(b"tfoot"),
        key(b"!doctype"),
    ];
    FLAT.contains(&name)
}

/// Whether an element of this name (as written) counts towards the nesting depth.
pub(crate) fn nests(name: &[u8]) -> bool {
    !is_flat(name_key(name))
}

/// Tag at `i` (which is `<`): `(is_end, ends with "/>", name, index after '>')`, or `None`
/// if not a tag.
fn tag_at(b: &[u8], i: usize) -> Option<(bool, bool, &[u8], usize)> {
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
    let slash = close >= 2 && b[close - 2] == b'/';
    Some((end, slash, name, close))
}

/// Skips raw-text content (`<script>`, `<style>`, `<textarea>`) starting at tag end `after`.
fn skip_raw(b: &[u8], name: u64, after: usize) -> usize {
    let needle: &[u8] = if name == key(b"script") {
        b"</script"
    } else if name == key(b"style") {
        b"</style"
    } else if name == key(b"textarea") {
        b"</textarea"
    } else {
        return after;
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

/// What becomes of a counted tag.
#[derive(PartialEq)]
enum Step {
    /// It stays.
    Keep,
    /// It is cut out: a cut `<svg>` or `<math>` opens no foreign content, so the `/>` tags after
    /// it nest as HTML ones do, and are counted (and cut) as such.
    Cut,
}

/// One pass over the markup; calls `on_tag(start, end, is_end, depth)` for counted tags and
/// returns the maximum depth seen.
fn walk(b: &[u8], mut on_tag: impl FnMut(usize, usize, bool, usize) -> Step) -> usize {
    let mut depth = 0usize;
    let mut max = 0usize;
    // Open `<svg>`/`<math>` elements: only inside them does `/>` close an element. In HTML,
    // `<div/>` opens a `<div>` like `<div>` does (and nests as deep).
    let mut foreign = 0usize;
    let mut i = 0usize;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        i += p;
        if b[i..].starts_with(b"<!--") {
            i = memchr::memmem::find(&b[i + 4..], b"-->").map_or(b.len(), |q| i + 4 + q + 3);
            continue;
        }
        if matches!(b.get(i + 1), Some(b'!' | b'?')) {
            // A doctype or a bogus comment: it ends at the next `>` and opens nothing.
            i = memchr::memchr(b'>', &b[i + 1..]).map_or(b.len(), |q| i + 1 + q + 1);
            continue;
        }
        let Some((is_end, slash, name, after)) = tag_at(b, i) else {
            i += 1;
            continue;
        };
        let lower = name_key(name);
        if is_flat(lower) {
            i = after;
            continue;
        }
        let foreign_root = lower == key(b"svg") || lower == key(b"math");
        if !is_end && slash && (foreign > 0 || foreign_root) {
            // A self-closed foreign element: no nesting.
            i = after;
            continue;
        }
        if is_end {
            let step = on_tag(i, after, true, depth);
            depth = depth.saturating_sub(1);
            if foreign_root && step == Step::Keep {
                foreign = foreign.saturating_sub(1);
            }
            i = after;
        } else {
            depth += 1;
            max = max.max(depth);
            let step = on_tag(i, after, false, depth);
            if foreign_root && step == Step::Keep {
                foreign += 1;
            }
            i = skip_raw(b, lower, after);
        }
    }
    max
}

/// The nesting depth of `html` as this guard counts it.
#[cfg(test)]
pub(crate) fn depth(html: &str) -> usize {
    walk(html.as_bytes(), |_, _, _, _| Step::Keep)
}

/// Returns `html` with nesting capped at [`MAX_NESTING`]; borrowed when nothing changes.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    if walk(b, |_, _, _, _| Step::Keep) <= MAX_NESTING {
        return Cow::Borrowed(html);
    }
    // Byte ranges to cut: start tags beyond the cap, and one end tag per cut start tag.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut dropped = 0usize;
    walk(b, |start, end, is_end, depth| {
        if !is_end && depth > MAX_NESTING {
            cuts.push((start, end));
            dropped += 1;
            Step::Cut
        } else if is_end && dropped > 0 && depth > MAX_NESTING {
            cuts.push((start, end));
            dropped -= 1;
            Step::Cut
        } else {
            Step::Keep
        }
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
        assert!(walk(out.as_bytes(), |_, _, _, _| Step::Keep) <= MAX_NESTING);
    }

    #[test]
    fn self_closing_html_elements_still_nest() {
        // `<div/>` opens a div in HTML: 10,000 of them nest 10,000 deep.
        let html = format!("{}deep text", "<div/>".repeat(10_000));
        let out = cap_nesting(&html);
        assert!(out.contains("deep text"));
        assert!(walk(out.as_bytes(), |_, _, _, _| Step::Keep) <= MAX_NESTING);
        // Inside SVG, `/>` closes: an icon of many paths stays flat.
        let svg = format!(
            "<svg>{}</svg><p>after</p>",
            "<path d=\"M0\"/>".repeat(5_000)
        );
        assert!(matches!(cap_nesting(&svg), Cow::Borrowed(_)));
    }

    #[test]
    fn a_cut_svg_opens_no_foreign_content() {
        // The `<svg>` lies beyond the cap and is cut: the `<div/>`s after it are HTML divs that
        // nest, and are capped too.
        let html = format!(
            "{}<svg><g>{}",
            "<div/>".repeat(3_000),
            "<div/>".repeat(3_000)
        );
        let out = cap_nesting(&html);
        assert!(depth(&out) <= MAX_NESTING, "depth {}", depth(&out));
    }

    #[test]
    fn name_keys_ignore_ascii_case() {
        assert_eq!(name_key(b"SCRIPT"), key(b"script"));
        assert_eq!(name_key(b"!DOCTYPE"), key(b"!doctype"));
        assert_eq!(name_key(b"H1"), key(b"h1"));
        assert_ne!(name_key(b"p"), name_key(b"pre"));
        assert_eq!(name_key(b"blockquotes"), LONG_NAME);
        assert!(is_flat(name_key(b"BR")) && !is_flat(name_key(b"div")));
    }

    #[test]
    fn script_text_with_tags_does_not_deepen() {
        let html = format!("<SCRIPT>{}</script ><div>x</div>", "<div>".repeat(5_000));
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let html = "<p>x".repeat(10_000);
        assert!(matches!(cap_nesting(&html), Cow::Borrowed(_)));
    }
}
