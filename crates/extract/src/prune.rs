//! Input pass before parsing: empties the elements whose content the engine never reads.
//!
//! About half the bytes of a typical page are the bodies of `<script>` and `<style>` elements
//! and inline `<svg>` drawings (on wcxb-dev: scripts 24 %, styles 24 %, SVG 6 % of the bytes).
//! html5ever tokenizes and stores all of it, and every pass of the engine then skips it. One
//! scan with `memchr` that cuts those contents out before parsing leaves the parser much less
//! to do, at the cost of one copy of the kept bytes.
//!
//! The same scan removes indentation: white-space-only text between two tags where one of
//! them is a block edge ([`BlankGaps`]). The parser would store each such run as a text node
//! that every pass of the engine visits and none reads, since a block's start or end already
//! separates the words around it (on the first 150 wcxb-dev pages, the engine ran 3.733 G
//! instructions before the cuts, d003a04, and 3.609 G after, ea061ce: callgrind, by the
//! README's method).
//!
//! What is kept:
//! - JSON-LD scripts (the metadata reads them) and every other element the engine reads;
//! - the start and end tags of emptied elements, so the tree has the same shape;
//! - anything whose end this scan might place elsewhere than the parser would: a script holding
//!   `<!--` (the parser's escape states can move its end), an SVG drawing holding anything but
//!   drawing elements (links, embedded HTML, text integration points, raw-text elements), an
//!   unterminated element. From an element the scan cannot follow with certainty on, the rest
//!   of the page is kept as it is: the pass only ever removes content that the parser would have
//!   put inside an element the engine skips.

use crate::body::guard;
use std::borrow::Cow;

/// The page ready for the parser: unread content removed (what the tests' `drop_unread` does
/// alone), then element nesting capped ([`guard::cap_nesting`]) unless this pass's own count
/// of the depth shows that the page stays under the cap.
pub(crate) fn prepare(html: &str) -> Cow<'_, str> {
    let (cuts, depth) = unread_ranges(html.as_bytes());
    let pruned = apply(html, cuts);
    if depth.is_some_and(|d| d <= guard::MAX_NESTING) {
        return pruned;
    }
    match guard::cap_nesting(&pruned) {
        Cow::Borrowed(_) => pruned,
        Cow::Owned(capped) => Cow::Owned(capped),
    }
}

/// The page with the contents of unread `<script>`, `<style>` and `<svg>` elements and unread
/// attributes removed; borrowed when nothing is removed.
#[cfg(test)]
fn drop_unread(html: &str) -> Cow<'_, str> {
    apply(html, unread_ranges(html.as_bytes()).0)
}

/// `html` without the byte ranges `cuts`.
fn apply(html: &str, cuts: Vec<(usize, usize)>) -> Cow<'_, str> {
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let removed: usize = cuts.iter().map(|(s, e)| e - s).sum();
    let mut out = String::with_capacity(html.len() - removed);
    let mut pos = 0usize;
    for (s, e) in cuts {
        // Every cut starts right after a '>' and ends on a '<': both are char boundaries.
        if s >= pos && html.is_char_boundary(s) && html.is_char_boundary(e) {
            out.push_str(&html[pos..s]);
            pos = e;
        }
    }
    out.push_str(&html[pos..]);
    Cow::Owned(out)
}

/// Whether `name` is an element whose content the HTML tokenizer reads as raw text, up to the
/// matching end tag.
fn is_raw_text(name: &Name) -> bool {
    matches!(
        name.bytes(),
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"noscript"
            | b"plaintext"
    )
}

/// SVG elements that only draw: an `<svg>` holding nothing else is emptied. (`title` and
/// `desc` are text labels; they must be closed before the drawing ends.)
const DRAWING: [&[u8]; 38] = [
    b"svg",
    b"path",
    b"g",
    b"circle",
    b"rect",
    b"line",
    b"polyline",
    b"polygon",
    b"ellipse",
    b"defs",
    b"use",
    b"symbol",
    b"title",
    b"desc",
    b"lineargradient",
    b"radialgradient",
    b"stop",
    b"clippath",
    b"mask",
    b"pattern",
    b"text",
    b"tspan",
    b"textpath",
    b"filter",
    b"fegaussianblur",
    b"feoffset",
    b"feblend",
    b"fecolormatrix",
    b"fecomposite",
    b"feflood",
    b"femerge",
    b"femergenode",
    b"femorphology",
    b"image",
    b"marker",
    b"metadata",
    b"animate",
    b"animatetransform",
];

/// Bytes of a page per range [`unread_ranges`] cuts, about (unread attributes and blank runs
/// are a few every hundred bytes): the list's first room, so that it rarely grows by doubling.
const BYTES_PER_CUT: usize = 64;

/// Byte ranges to remove, in order and disjoint, and the page's element nesting depth as
/// [`guard`] counts it (`None` when the scan stopped before the end).
fn unread_ranges(b: &[u8]) -> (Vec<(usize, usize)>, Option<usize>) {
    let mut cuts = Vec::with_capacity(b.len() / BYTES_PER_CUT);
    let mut depth = 0usize;
    let mut max = 0usize;
    let mut gaps = BlankGaps::default();
    let mut i = 0usize;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        i += p;
        let at = i;
        // Cuts inside this tag (its unread attributes) go after a cut of the blank run before it.
        let before_tag = cuts.len();
        let markup = markup_at(b, i, &mut cuts);
        let edge = match &markup {
            Markup::Text => {
                gaps.text();
                i += 1;
                continue;
            }
            Markup::Skip(_) => false,
            Markup::EndTag { name, .. } => {
                name.eq_ignore_ascii_case(b"p") || name.eq_ignore_ascii_case(b"br")
            }
            Markup::StartTag { name, .. } => gaps.start_tag(name),
        };
        gaps.markup(b, at, edge, &mut cuts, before_tag);
        match markup {
            Markup::Text => {}
            Markup::Skip(next) => i = next,
            Markup::EndTag { name, end } => {
                if guard::nests(name) {
                    depth = depth.saturating_sub(1);
                }
                if name.eq_ignore_ascii_case(b"select") {
                    gaps.in_select = false;
                }
                gaps.formatting_tag(&Name::of(name), false);
                i = end;
            }
            Markup::StartTag {
                name,
                raw,
                end,
                self_closed,
            } => {
                gaps.formatting_tag(&name, true);
                let tag = i..end;
                let foreign = name.is(b"svg") || name.is(b"math");
                if guard::nests(raw) && !(foreign && self_closed) {
                    depth += 1;
                }
                let Some((next, inner)) = after_start_tag(b, &name, tag, self_closed, &mut cuts)
                else {
                    return (cuts, None);
                };
                max = max.max(depth + inner);
                i = next;
            }
        }
        gaps.after(i, edge);
    }
    (cuts, Some(max))
}

/// The HTML standard's formatting elements, which the parser reopens after a block closed them.
const FORMATTING_ELEMENTS: usize = 14;

/// Which of the [`FORMATTING_ELEMENTS`] `name` is (its place in the list), if any.
fn formatting_index(name: &Name) -> Option<usize> {
    Some(match name.bytes() {
        b"a" => 0,
        b"b" => 1,
        b"big" => 2,
        b"code" => 3,
        b"em" => 4,
        b"font" => 5,
        b"i" => 6,
        b"nobr" => 7,
        b"s" => 8,
        b"small" => 9,
        b"strike" => 10,
        b"strong" => 11,
        b"tt" => 12,
        b"u" => 13,
        _ => return None,
    })
}

/// Whether `name` is a start tag that always opens a block the engine reads as one (outside
/// `<select>` and foreign content, where the scan does not cut): white space next to it never
/// separates words.
fn is_block_start(name: &Name) -> bool {
    matches!(
        name.bytes(),
        b"p" | b"div"
            | b"center"
            | b"hgroup"
            | b"details"
            | b"summary"
            | b"fieldset"
            | b"section"
            | b"article"
            | b"main"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"li"
            | b"ul"
            | b"ol"
            | b"menu"
            | b"dl"
            | b"dd"
            | b"dt"
            | b"blockquote"
            | b"figure"
            | b"figcaption"
            | b"aside"
            | b"nav"
            | b"header"
            | b"footer"
            | b"address"
            | b"hr"
            | b"br"
            | b"search"
    )
}

/// Finds the white-space-only text between two tags that is next to a block edge: indentation
/// that the parser would store as text nodes and that nothing reads.
///
/// An edge is a start tag of [`is_block_start`] or `</p>` / `</br>` (which the parser turns
/// into an empty paragraph or a line break when nothing matches). Other end tags are not
/// edges: a stray `</div>` closes nothing, and the space next to it may be the only one
/// between two words. No cuts inside `<select>` (which ignores block tags) or after the first
/// `<pre>` / `<listing>` (where white space is kept and the first newline is special), and
/// none while a formatting element (`<a>`, `<b>`, `<font>` ...) may be open
/// ([`BlankGaps::open_formatting`]).
#[derive(Default)]
struct BlankGaps {
    /// Where the current run of text began, right after a tag or comment; `None` after text
    /// that is not white space.
    from: Option<usize>,
    /// Whether the markup before that run is an edge.
    after_edge: bool,
    /// Inside a `<select>` (until its end tag is seen).
    in_select: bool,
    /// A `<pre>` or `<listing>` was seen: no more cuts.
    preformatted: bool,
    /// Per formatting element ([`formatting_index`]), its start tags seen less its end tags
    /// (never below zero). While one may be open, a blank run stays: white space makes the
    /// parser reopen a formatting element that a block closed (the HTML standard's "reconstruct
    /// the active formatting elements"), and the block tag after it does not, so cutting the run
    /// can move the following elements into or out of it (`<p><b><div> <table>word<form>word`:
    /// the two words become one block). An end tag lowers only its own element's count, as a
    /// stray `</i>` leaves an open `<b>` open. Counting over-reads (an unclosed or misnested tag
    /// keeps its count up) and so cuts less, but for one case it does not follow: an end tag
    /// that the parser ignores because a table or cell stands between it and its element
    /// (`<b><td></b>`).
    open_formatting: [u32; FORMATTING_ELEMENTS],
}

impl BlankGaps {
    /// A literal `<` in text: the run is not blank.
    fn text(&mut self) {
        self.from = None;
    }

    /// Whether the start tag `name` is an edge; notes the elements that stop the cuts.
    fn start_tag(&mut self, name: &Name) -> bool {
        if name.is(b"select") {
            self.in_select = true;
        } else if name.is(b"pre") || name.is(b"listing") {
            self.preformatted = true;
        }
        is_block_start(name)
    }

    /// Markup starting at `at`, an edge or not: cuts the run before it when it is blank and
    /// either side is an edge. The cut goes in at `slot`, before those of the markup itself.
    fn markup(
        &mut self,
        b: &[u8],
        at: usize,
        edge: bool,
        cuts: &mut Vec<(usize, usize)>,
        slot: usize,
    ) {
        let Some(from) = self.from.take() else {
            return;
        };
        if !(edge || self.after_edge)
            || self.in_select
            || self.preformatted
            || self.open_formatting.iter().any(|&n| n > 0)
            || from >= at
        {
            return;
        }
        let blank = b[from..at]
            .iter()
            .all(|c| matches!(c, b' ' | b'\n' | b'\t' | b'\r' | b'\x0c'));
        if blank {
            // Every earlier cut lies inside earlier markup, which ends at or before `from`.
            debug_assert!(cuts[..slot].last().is_none_or(|&(_, e)| e <= from));
            cuts.insert(slot, (from, at));
        }
    }

    /// A start tag (`opens`) or an end tag of `name` was read: counts the formatting elements
    /// that may be open.
    fn formatting_tag(&mut self, name: &Name, opens: bool) {
        let Some(count) = formatting_index(name).and_then(|i| self.open_formatting.get_mut(i))
        else {
            return;
        };
        *count = if opens {
            count.saturating_add(1)
        } else {
            count.saturating_sub(1)
        };
    }

    /// Markup ended at `end`: a run of text may begin there.
    fn after(&mut self, end: usize, edge: bool) {
        self.from = Some(end);
        self.after_edge = edge;
    }
}

/// What stands at a `<`.
enum Markup<'a> {
    /// A literal `<` in text.
    Text,
    /// A comment, doctype or processing instruction: scanning goes on at the index.
    Skip(usize),
    /// An end tag: its name as written, and the index after its `>`.
    EndTag { name: &'a [u8], end: usize },
    /// A start tag: lower-cased name (at most 16 bytes kept), the name as written, the index
    /// after its `>`, and whether it ends with `/>`.
    StartTag {
        name: Name,
        raw: &'a [u8],
        end: usize,
        self_closed: bool,
    },
}

/// A lower-cased tag name; names longer than its buffer compare unequal to every known name.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Name {
    buf: [u8; 16],
    len: u8,
}

impl Name {
    fn of(raw: &[u8]) -> Name {
        let mut buf = [0u8; 16];
        if raw.len() > buf.len() {
            return Name { buf, len: u8::MAX };
        }
        for (d, s) in buf.iter_mut().zip(raw) {
            *d = s.to_ascii_lowercase();
        }
        Name {
            buf,
            len: raw.len() as u8,
        }
    }

    fn is(&self, name: &[u8]) -> bool {
        usize::from(self.len) == name.len() && &self.buf[..name.len()] == name
    }

    /// The name's bytes; empty for a name too long to keep, which is no known name.
    fn bytes(&self) -> &[u8] {
        self.buf.get(..usize::from(self.len)).unwrap_or_default()
    }

    fn is_any(&self, names: &[&[u8]]) -> bool {
        names.iter().any(|n| self.is(n))
    }
}

/// Reads the markup at `b[i] == b'<'` as the HTML tokenizer's data state does; a start tag's
/// unread attributes are added to `cuts`.
fn markup_at<'a>(b: &'a [u8], i: usize, cuts: &mut Vec<(usize, usize)>) -> Markup<'a> {
    let rest = &b[i..];
    if rest.starts_with(b"<!--") {
        return Markup::Skip(comment_end(b, i + 4));
    }
    match rest.get(1) {
        Some(b'!') | Some(b'?') => Markup::Skip(gt_after(b, i + 2)),
        Some(b'/') => match rest.get(2) {
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = name_end(b, i + 2);
                Markup::EndTag {
                    name: &b[i + 2..name_end],
                    end: tag_end(b, name_end, None).0,
                }
            }
            Some(b'>') => Markup::Skip(i + 3),
            Some(_) => Markup::Skip(gt_after(b, i + 2)),
            None => Markup::Text,
        },
        Some(c) if c.is_ascii_alphabetic() => {
            let name_end = name_end(b, i + 1);
            let (end, self_closed) = tag_end(b, name_end, Some(cuts));
            Markup::StartTag {
                name: Name::of(&b[i + 1..name_end]),
                raw: &b[i + 1..name_end],
                end,
                self_closed,
            }
        }
        _ => Markup::Text,
    }
}

/// Index after the end of the tag name starting at `j`.
fn name_end(b: &[u8], j: usize) -> usize {
    let len = b[j..]
        .iter()
        .position(|&c| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'))
        .unwrap_or(b.len() - j);
    j + len
}

/// Index after the `>` that ends a tag whose attributes start at `j`, and whether the tag is
/// self-closed (`/>`); `b.len()` when unterminated. With `unread`, the byte ranges of the
/// attributes that nothing reads ([`is_unread_attribute`]) are added to it.
///
/// Reads attributes as the tokenizer does, so that a `>` or `<` inside a quoted value does not
/// end the tag, and a quote that is part of a name or an unquoted value opens nothing.
fn tag_end(b: &[u8], mut j: usize, mut unread: Option<&mut Vec<(usize, usize)>>) -> (usize, bool) {
    let n = b.len();
    let is_space = |c: u8| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ');
    loop {
        // Before a name: white space, and slashes not followed by `>`.
        while j < n && (is_space(b[j]) || b[j] == b'/' && b.get(j + 1) != Some(&b'>')) {
            j += 1;
        }
        match b.get(j) {
            None => return (n, false),
            Some(b'>') => return (j + 1, false),
            Some(b'/') => return (j + 2, true),
            _ => {}
        }
        // The name; its first character may be any other, even `=` or a quote.
        let name = j;
        j += 1;
        while j < n && !(is_space(b[j]) || matches!(b[j], b'/' | b'>' | b'=')) {
            j += 1;
        }
        let name_end = j;
        let mut k = j;
        while k < n && is_space(b[k]) {
            k += 1;
        }
        if b.get(k) == Some(&b'=') {
            k += 1;
            while k < n && is_space(b[k]) {
                k += 1;
            }
            j = match b.get(k) {
                Some(&q @ (b'"' | b'\'')) => match memchr::memchr(q, &b[k + 1..]) {
                    Some(p) => k + 1 + p + 1,
                    None => return (n, false),
                },
                // No value: the `>` ends the tag.
                Some(b'>') | None => k,
                Some(_) => {
                    while k < n && !is_space(b[k]) && b[k] != b'>' {
                        k += 1;
                    }
                    k
                }
            };
        }
        if let Some(list) = unread.as_deref_mut() {
            // A cut between `/` and `>` would make the tag self-closed.
            let self_closes = name > 0 && b[name - 1] == b'/' && b.get(j) == Some(&b'>');
            if !self_closes && is_unread_attribute(&b[name..name_end]) {
                list.push((name, j));
            }
        }
    }
}

/// The attributes that are kept: those the engine reads (the metadata scan, the block marks,
/// link discovery) and those that change how html5ever builds the tree (`<input type>`,
/// `<font color|face|size>` in foreign content, `<annotation-xml encoding>`, `<meta charset>`,
/// declarative shadow roots on `<template>`). Lower case; [`is_unread_attribute`] compares
/// lengths before bytes.
const READ_ATTRIBUTES: &[&[u8]] = &[
    b"id",
    b"rel",
    b"src",
    b"href",
    b"lang",
    b"name",
    b"role",
    b"size",
    b"type",
    b"face",
    b"class",
    b"color",
    b"style",
    b"title",
    b"value",
    b"hidden",
    b"content",
    b"charset",
    b"pubdate",
    b"popover",
    b"xml:lang",
    b"itemprop",
    b"itemtype",
    b"datetime",
    b"encoding",
    b"property",
    b"http-equiv",
    b"xlink:href",
    b"aria-modal",
    b"aria-hidden",
    b"aria-expanded",
    b"aria-controls",
    b"shadowrootmode",
    b"shadowrootclonable",
    b"shadowrootserializable",
    b"shadowrootdelegatesfocus",
];

/// Whether the pass before parsing removes attribute `name`: every attribute but the few in
/// [`READ_ATTRIBUTES`]. Data and ARIA attributes, event handlers, responsive image sources,
/// alt text, link targets, form hints and framework bindings are more than a tenth of a
/// typical page's markup and each one the parser would store costs an allocation.
///
/// Code that starts reading another attribute must add it to [`READ_ATTRIBUTES`] (debug
/// builds check lookups through [`crate::dom::AttrLookup`]).
pub(crate) fn is_unread_attribute(name: &[u8]) -> bool {
    let Some(&(start, end)) = READ_ATTRIBUTES_BY_LEN.get(name.len()) else {
        return true;
    };
    !READ_ATTRIBUTES
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
}

/// Longest of [`READ_ATTRIBUTES`] (bytes).
const MAX_READ_ATTRIBUTE_LEN: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < READ_ATTRIBUTES.len() {
        if READ_ATTRIBUTES[i].len() > longest {
            longest = READ_ATTRIBUTES[i].len();
        }
        i += 1;
    }
    longest
};

/// For each name length, the range of [`READ_ATTRIBUTES`] (which is ordered by length) with
/// names that long: a name is only compared with those.
const READ_ATTRIBUTES_BY_LEN: [(usize, usize); MAX_READ_ATTRIBUTE_LEN + 1] = {
    let mut table = [(0, 0); MAX_READ_ATTRIBUTE_LEN + 1];
    let mut i = 0;
    while i < READ_ATTRIBUTES.len() {
        let len = READ_ATTRIBUTES[i].len();
        assert!(i == 0 || READ_ATTRIBUTES[i - 1].len() <= len);
        if table[len].1 == 0 {
            table[len].0 = i;
        }
        table[len].1 = i + 1;
        i += 1;
    }
    table
};

/// Index after the first `>` at or after `j` (bogus comments and doctypes end there).
fn gt_after(b: &[u8], j: usize) -> usize {
    memchr::memchr(b'>', &b[j.min(b.len())..]).map_or(b.len(), |p| j + p + 1)
}

/// Index after the end of a comment whose text starts at `j` (`<!-->` and `<!--->` end at
/// once; otherwise `-->` or `--!>` ends it).
fn comment_end(b: &[u8], j: usize) -> usize {
    let rest = &b[j.min(b.len())..];
    if rest.starts_with(b">") {
        return j + 1;
    }
    if rest.starts_with(b"->") {
        return j + 2;
    }
    let mut k = j;
    while let Some(p) = memchr::memmem::find(&b[k..], b"--") {
        let at = k + p + 2;
        match b.get(at) {
            Some(b'>') => return at + 1,
            Some(b'!') if b.get(at + 1) == Some(&b'>') => return at + 2,
            _ => k = k + p + 1,
        }
    }
    b.len()
}

/// Position of the end tag `</name` (followed by white space, `/` or `>`) at or after `from`,
/// ignoring ASCII case.
fn find_end_tag(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut k = from;
    while let Some(p) = memchr::memmem::find(&b[k..], b"</") {
        let at = k + p;
        let n = at + 2;
        let after = n + name.len();
        if b.len() >= after
            && b[n..after].eq_ignore_ascii_case(name)
            && matches!(
                b.get(after),
                Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
            )
        {
            return Some(at);
        }
        k = at + 2;
    }
    None
}

/// Handles the start tag at `tag`: records a cut when its element's content is unread, and
/// returns where scanning goes on and how deep the elements inside it that the scan skipped
/// nest, or `None` when the rest of the page must be kept as it is.
fn after_start_tag(
    b: &[u8],
    name: &Name,
    tag: std::ops::Range<usize>,
    self_closed: bool,
    cuts: &mut Vec<(usize, usize)>,
) -> Option<(usize, usize)> {
    let end = tag.end;
    if name.is(b"svg") || name.is(b"math") {
        if self_closed {
            return Some((end, 0));
        }
        return foreign_region(b, name, end, cuts);
    }
    if !is_raw_text(name) {
        return Some((end, 0));
    }
    if name.is(b"plaintext") {
        return None;
    }
    let raw_name = &name.buf[..usize::from(name.len)];
    let close = find_end_tag(b, end, raw_name)?;
    let content = &b[end..close];
    let unread = if name.is(b"style") {
        true
    } else if name.is(b"script") {
        // `<!--` in a script can start the tokenizer's escape states, which may carry the
        // script past this `</script`: from here on the scan cannot be sure where it is.
        if memchr::memmem::find(content, b"<!--").is_some() {
            return None;
        }
        !is_jsonld(&b[tag])
    } else {
        false
    };
    if unread && close > end {
        cuts.push((end, close));
    }
    Some((close, 0))
}

/// Whether a script start tag may declare JSON-LD: it names `ld`, then `json` within a few
/// bytes, so that a `+` written as a character reference (`ld&#x2B;json`) still counts. Any
/// script tag that mentions it so is kept, whatever the attribute.
fn is_jsonld(tag: &[u8]) -> bool {
    tag.windows(2).enumerate().any(|(p, w)| {
        w.eq_ignore_ascii_case(b"ld")
            && tag[p + 2..tag.len().min(p + 14)]
                .windows(4)
                .any(|j| j.eq_ignore_ascii_case(b"json"))
    })
}

/// At most this many foreign elements open inside one `<svg>`/`<math>` are followed; deeper
/// drawings are kept as they are and end the pass.
const MAX_FOREIGN_DEPTH: usize = 64;

/// Handles an `<svg>` or `<math>` whose start tag ends at `end`: a drawing of drawing elements
/// only is emptied; other foreign content is kept and skipped; `None` when anything in it could
/// make the parser leave foreign content early or read raw text. Returns where scanning goes on
/// and a bound on how deep elements nest inside.
///
/// The scan follows the open foreign elements as the parser does: an end tag closes the nearest
/// open element of its name, and one that names no open foreign element (which the parser would
/// apply to the HTML around the drawing) ends the pass.
fn foreign_region(
    b: &[u8],
    root: &Name,
    end: usize,
    cuts: &mut Vec<(usize, usize)>,
) -> Option<(usize, usize)> {
    let mut open: Vec<Name> = vec![*root];
    // Elements open at most at once, the root and a text label included.
    let mut deepest = 1usize;
    let mut drawing = root.is(b"svg");
    // A text label (`<title>`, `<desc>`) open in the drawing: it must close before anything else.
    let mut label: Option<Name> = None;
    let mut i = end;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        i += p;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = comment_end(b, i + 4);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            // CDATA sections and bogus comments differ between foreign and HTML content.
            return None;
        }
        let is_end = rest.get(1) == Some(&b'/');
        let n0 = i + 1 + usize::from(is_end);
        if !b.get(n0).is_some_and(u8::is_ascii_alphabetic) {
            i = match (is_end, b.get(n0)) {
                // `</>` is dropped; `</` and another character opens a bogus comment that
                // hides everything up to the next `>`, as in HTML content.
                (true, Some(b'>')) => n0 + 1,
                (true, Some(_)) => gt_after(b, n0),
                // A literal `<` (or a trailing `</`): text in foreign content.
                _ => i + 1,
            };
            continue;
        }
        let n1 = name_end(b, n0);
        let name = Name::of(&b[n0..n1]);
        let (after, self_closed) = tag_end(b, n1, None);
        i = after;
        if let Some(l) = label {
            if !(is_end && name == l) {
                return None;
            }
            label = None;
            continue;
        }
        if is_breakout(&name) || is_raw_text(&name) && !name.is(b"title") {
            // The parser would leave foreign content here, or read raw text.
            return None;
        }
        if !name.is_any(&DRAWING) {
            drawing = false;
        }
        if is_end {
            let at = open.iter().rposition(|n| *n == name)?;
            open.truncate(at);
            if open.is_empty() {
                let close = n0 - 2;
                if drawing && close > end {
                    cuts.push((end, close));
                }
                return Some((after, deepest));
            }
        } else if name.is(b"title") || name.is(b"desc") {
            if !self_closed {
                label = Some(name);
                deepest = deepest.max(open.len() + 1);
            }
        } else if !self_closed {
            if open.len() >= MAX_FOREIGN_DEPTH {
                return None;
            }
            open.push(name);
            deepest = deepest.max(open.len());
        }
    }
    None
}

/// HTML start tags that make the parser leave foreign content (and `font`, which does with
/// some attributes), and `p`/`br`, whose end tags do too.
fn is_breakout(name: &Name) -> bool {
    const BREAKOUT: [&[u8]; 46] = [
        b"b",
        b"big",
        b"blockquote",
        b"body",
        b"br",
        b"center",
        b"code",
        b"dd",
        b"div",
        b"dl",
        b"dt",
        b"em",
        b"embed",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"head",
        b"hr",
        b"i",
        b"img",
        b"li",
        b"listing",
        b"menu",
        b"meta",
        b"nobr",
        b"ol",
        b"p",
        b"pre",
        b"ruby",
        b"s",
        b"small",
        b"span",
        b"strong",
        b"strike",
        b"sub",
        b"sup",
        b"table",
        b"tt",
        b"u",
        b"ul",
        b"var",
        b"font",
        b"foreignobject",
    ];
    name.is_any(&BREAKOUT) || name.is(b"annotation-xml")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(html: &str) -> String {
        drop_unread(html).into_owned()
    }

    #[test]
    fn read_attributes_are_found_by_their_length() {
        for name in READ_ATTRIBUTES {
            assert!(!is_unread_attribute(name));
            assert!(!is_unread_attribute(&name.to_ascii_uppercase()));
        }
        for name in [
            &b""[..],
            b"i",
            b"alt",
            b"data-id",
            b"onclick",
            b"srcset",
            b"aria-label",
            b"shadowrootdelegatesfocusx",
            b"x-very-long-attribute-name-indeed",
        ] {
            assert!(is_unread_attribute(name), "{name:?}");
        }
    }

    #[test]
    fn script_and_style_bodies_go_and_their_tags_stay() {
        let html = "<head><style>p{color:red}</style><script src=a.js></script>\
                    <script>var a = 1 < 2;</script></head><body><p>kept</p></body>";
        assert_eq!(
            pruned(html),
            "<head><style></style><script src=a.js></script>\
             <script></script></head><body><p>kept</p></body>"
        );
    }

    #[test]
    fn jsonld_stays() {
        let html = "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
                    <script type='text/javascript'>x()</script>";
        assert_eq!(
            pruned(html),
            "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script>\
             <script type='text/javascript'></script>"
        );
    }

    #[test]
    fn jsonld_with_an_escaped_plus_stays() {
        for tag in [
            "<script type=\"application/ld&#x2B;json\">",
            "<script type=application/LD&#43;JSON>",
            "<script type='application/ld&plus;json'>",
        ] {
            let html = format!("{tag}{{\"a\":1}}</script>");
            assert_eq!(pruned(&html), html);
        }
    }

    #[test]
    fn pages_without_unread_content_are_borrowed() {
        let html = "<p>a < b and <b>c</b></p><svg/>";
        assert!(matches!(drop_unread(html), Cow::Borrowed(_)));
    }

    #[test]
    fn end_tags_need_a_delimiter() {
        // `</scripts>` does not end a script; `</SCRIPT >` does.
        let html = "<script>a('</scripts>')</SCRIPT ><p>x</p>";
        assert_eq!(pruned(html), "<script></SCRIPT ><p>x</p>");
    }

    #[test]
    fn a_script_with_comment_escapes_stops_the_pass() {
        let html =
            "<style>a{}</style><script><!-- document.write('<script></script>') --></script>\
                    <style>b{}</style>";
        assert_eq!(
            pruned(html),
            "<style></style><script><!-- document.write('<script></script>') --></script>\
             <style>b{}</style>"
        );
    }

    #[test]
    fn raw_text_elements_hide_tags() {
        let html =
            "<title>a <style> b</title><textarea><script>x</script></textarea><style>c</style>";
        assert_eq!(
            pruned(html),
            "<title>a <style> b</title><textarea><script>x</script></textarea><style></style>"
        );
    }

    #[test]
    fn quoted_attributes_may_hold_angle_brackets() {
        let html = "<div title=\"<style>\" data-x='a>b'><p>t</p></div><style>c</style>";
        assert_eq!(
            pruned(html),
            "<div title=\"<style>\" ><p>t</p></div><style></style>"
        );
    }

    #[test]
    fn comments_hide_tags() {
        let html = "<!-- <style> --><p>x</p><!--><style>a</style><!-- a --!><style>b</style>";
        assert_eq!(
            pruned(html),
            "<!-- <style> --><p>x</p><!--><style></style><!-- a --!><style></style>"
        );
    }

    #[test]
    fn drawings_are_emptied() {
        let html = "<a href=/x><svg viewBox=\"0 0 1 1\"><title>Share</title><g><path d=\"M0 0\"/>\
                    </g><svg><circle r=1></circle></svg></svg>Share</a><style>s</style>";
        assert_eq!(
            pruned(html),
            "<a href=/x><svg ></svg>Share</a><style></style>"
        );
    }

    #[test]
    fn svg_with_links_is_kept_and_the_pass_goes_on() {
        let html = "<svg><a href=/y><text>y</text></a></svg><style>s</style>";
        assert_eq!(
            pruned(html),
            "<svg><a href=/y><text>y</text></a></svg><style></style>"
        );
    }

    #[test]
    fn bogus_comments_in_svg_are_followed() {
        // `</<` opens a bogus comment that swallows `</svg>`: the link is inside the drawing.
        let html = "<svg></</svg><a href=/x>link</a></svg><style>s</style>";
        assert_eq!(
            pruned(html),
            "<svg></</svg><a href=/x>link</a></svg><style></style>"
        );
    }

    #[test]
    fn svg_that_html_breaks_out_of_stops_the_pass() {
        // `<p>` ends foreign content: the parser reads what follows as HTML, so the
        // scan cannot know where it stands and keeps the rest.
        let html = "<svg><path/><p>text</p><style>a</style></svg><style>b</style>";
        assert_eq!(pruned(html), html);
        let unclosed = "<style>a</style><svg><path/>";
        assert_eq!(pruned(unclosed), "<style></style><svg><path/>");
        let open_label = "<svg><title>x</svg><style>a</style>";
        assert_eq!(pruned(open_label), open_label);
    }

    #[test]
    fn unterminated_raw_text_is_kept() {
        let html = "<p>x</p><script>never closed";
        assert_eq!(pruned(html), html);
        assert_eq!(pruned("<style>"), "<style>");
        assert_eq!(pruned("<"), "<");
        assert_eq!(pruned("</"), "</");
        assert_eq!(pruned("<a b='"), "<a b='");
    }

    #[test]
    fn plaintext_keeps_the_rest() {
        let html = "<style>a</style><plaintext><style>b</style>";
        assert_eq!(pruned(html), "<style></style><plaintext><style>b</style>");
    }

    #[test]
    fn attribute_states_are_followed() {
        // A quote inside a name or an unquoted value opens nothing; `a=b/>` is not self-closed.
        assert_eq!(tag_end(b" a\"b c=d'e>x'>", 0, None), (11, false));
        assert_eq!(tag_end(b" c = 'x>y' d=\"<\">", 0, None), (17, false));
        assert_eq!(tag_end(b" a=b/>", 0, None), (6, false));
        assert_eq!(tag_end(b" a='b'/>", 0, None), (8, true));
        assert_eq!(tag_end(b"/>", 0, None), (2, true));
        assert_eq!(tag_end(b" a='b", 0, None), (5, false));
        let html = "<svg class=b/><path/></svg><style>x</style>";
        assert_eq!(pruned(html), "<svg class=b/></svg><style></style>");
    }

    #[test]
    fn unread_attributes_go() {
        let html = "<img data-src=x srcset='a 1x, b 2x' title=a src=y><p class=c data-a=\"1\"id=p>";
        assert_eq!(pruned(html), "<img   title=a src=y><p class=c id=p>");
        let hints = "<a href=/x target=_blank><img alt=a width=3 height=4 src=y></a>";
        assert_eq!(pruned(hints), "<a href=/x ><img    src=y></a>");
        let kept = "<div aria-hidden=true hidden role=dialog aria-modal=true itemprop=author>";
        assert_eq!(pruned(kept), kept);
        let bindings = "<div x-data=\"{a:1}\" :class=b @click=c v-if=d CLASS=e itemscope>";
        assert_eq!(pruned(bindings), "<div     CLASS=e >");
        // What changes the tree stays: a hidden input in a table is not fostered out of it.
        let tree =
            "<table><input type=hidden name=q autocomplete=off><template shadowrootmode=open>";
        assert_eq!(
            pruned(tree),
            "<table><input type=hidden name=q ><template shadowrootmode=open>"
        );
        // Cutting between `/` and `>` would self-close the svg.
        let svg = "<svg/data-x=1>";
        assert_eq!(pruned(svg), svg);
    }

    #[test]
    fn blank_runs_next_to_block_edges_go() {
        let html = "<div>\n  <p>a</p>\n  <span>b</span> <span>c</span>\n</div>\n\
                    <pre> <div> x</div></pre>";
        assert_eq!(
            pruned(html),
            "<div><p>a</p><span>b</span> <span>c</span>\n</div>\n<pre> <div> x</div></pre>"
        );
        let select = "<select> <option>a</option> </select><div> </div><b>x</b> <hr>";
        assert_eq!(
            pruned(select),
            "<select> <option>a</option> </select><div></div><b>x</b><hr>"
        );
        // A stray end tag may close nothing: the space next to it can be the only one between
        // two words.
        let stray = "<span>a</span></div> <span>b</span>";
        assert_eq!(pruned(stray), stray);
    }

    #[test]
    fn blank_runs_stay_while_a_formatting_element_may_be_open() {
        // The `<div>` closes the paragraph and the `<b>` in it; the blank run makes the parser
        // reopen the `<b>` inside the `<div>`, so the table and the words around it nest
        // differently without it.
        let reopened = "<p><b><div>\n  <table>word<form>word";
        assert_eq!(pruned(reopened), reopened);
        // A stray end tag of another formatting element leaves the `<b>` open.
        let stray = "<p><b></i><div>\n  <table>word<form>word";
        assert_eq!(pruned(stray), stray);
        // Once the formatting elements are closed, the cuts go on.
        let closed = "<a href=/x><div>\n <p>a</p>\n</div></a>\n<div>\n <p>b</p></div>";
        assert_eq!(
            pruned(closed),
            "<a href=/x><div>\n <p>a</p>\n</div></a><div><p>b</p></div>"
        );
    }

    #[test]
    fn multibyte_text_survives() {
        let html = "<p>café ☕</p><style>é{}</style><p>naïve</p>";
        assert_eq!(pruned(html), "<p>café ☕</p><style></style><p>naïve</p>");
    }
}

/// The parsed tree of a page is the same with and without the pass, apart from the children of
/// the elements whose content it removes.
#[cfg(test)]
mod same_tree {
    use super::drop_unread;
    use proptest::prelude::*;
    use scraper::{Html, Node};

    /// The tree as text: one line per node, with the children of `<script>`, `<style>` and
    /// `<svg>` left out.
    fn outline(html: &str) -> String {
        let doc = Html::parse_document(html);
        let mut out = String::new();
        let mut stack = vec![(doc.tree.root(), 0usize)];
        while let Some((node, depth)) = stack.pop() {
            let pad = " ".repeat(depth);
            let mut skip_children = false;
            match node.value() {
                Node::Element(e) => {
                    let mut attrs: Vec<_> = e
                        .attrs()
                        .filter(|(n, _)| !super::is_unread_attribute(n.as_bytes()))
                        .collect();
                    attrs.sort();
                    out.push_str(&format!("{pad}<{:?} {}> {attrs:?}\n", e.name.ns, e.name()));
                    skip_children = matches!(e.name(), "script" | "style" | "svg");
                }
                Node::Text(t) => out.push_str(&format!("{pad}{:?}\n", &**t)),
                Node::Comment(c) => out.push_str(&format!("{pad}<!--{:?}-->\n", &**c)),
                other => out.push_str(&format!("{pad}{other:?}\n")),
            }
            if !skip_children {
                let children: Vec<_> = node.children().collect();
                for c in children.into_iter().rev() {
                    stack.push((c, depth + 1));
                }
            }
        }
        out
    }

    /// Pieces of markup, many of them malformed in the ways the pass must follow.
    fn piece() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "<p>text</p>",
            "<div class=\"a b\" id=x>",
            "</div>",
            "<table><tr><td>",
            "</table>",
            "<a href='/x?a=1&amp;b=2'>link</a>",
            "a < b",
            "<",
            "</",
            "</ 3>",
            "<!x>",
            "<?php x ?>",
            "<!-- c <style> -->",
            "<!-->",
            "<!--->",
            "<!-- a --!>",
            "<!-- unclosed",
            "<style>p{color:red} a>b{}</style>",
            "<STYLE media=x>q</STYLE >",
            "<style>",
            "</style>",
            "<script>var s = '<style>' + '</div>';</script>",
            "<script>if (a<b) x('</scripts>');</script>",
            "<script><!-- x('<script></script>') --></script>",
            "<script src=a.js />",
            "<script type=\"application/ld+json\">{\"a\":\"<b>\"}</script>",
            "<script type=\"application/ld&#x2B;json\">{}</script>",
            "<script>",
            "</script>",
            "<title>a <style> b</title>",
            "<textarea><script>t</script></textarea>",
            "<noscript><style>n</style><p>ns</p></noscript>",
            "<template><style>t</style><p>in template</p></template>",
            "<iframe><style>i</style></iframe>",
            "<xmp><svg></xmp>",
            "<div title=\"<style>\" data-x='a>b'>",
            "<div a\"b c=d'e>",
            "<img data-src=x srcset='a 1x, b 2x' sizes=100vw alt=a src=y>",
            "<div data-x=1 class=a aria-label=l aria-hidden=true onclick=\"go('>')\">",
            "<div/data-x=1>",
            "<svg/data-x=1><path/></svg>",
            "<svg data-x=1 class=s><path/></svg>",
            "<p data-a='1'data-b=2 id=p data-c>x</p>",
            "<input type=hidden data-x=1>",
            "<div =\" >",
            "<svg viewBox='0 0 1 1'><title>t</title><path d='M0'/><g><circle r=1></circle></g></svg>",
            "<svg><a href=/s><text>s</text></a></svg>",
            "<svg><foreignObject><p>f</p></foreignObject></svg>",
            "<svg><path/><p>breaks out</p></svg>",
            "<svg><style>s</style><desc>d</desc></svg>",
            "<svg><title>open</svg>",
            "<svg><![CDATA[ <style> ]]></svg>",
            "<svg/>",
            "<svg>",
            "</svg>",
            "<svg><path></svg>",
            "<svg><p><script>v='</svg><style>'</script>",
            "<svg><path><script>v='</svg><style>'</script></svg>",
            "<svg><foreignObject><script>v='</svg><style>'</script></foreignObject></svg>",
            "<svg></g></svg>",
            "<math><mi>x</mi><mo><</mo></math>",
            "<math><mi><style>m</style></mi></math>",
            "<plaintext><style>",
            "<p>café ☕</p>",
            "<br/>",
            "<ul><li>one<li>two</ul>",
            "<h2>head</h2>",
            "<b><i>x</b></i>",
        ])
        .prop_map(str::to_string)
    }

    /// A run of one piece, repeated up to past the nesting cap.
    fn run() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec![
                "<div>",
                "</div>",
                "<span>",
                "<p>",
                "<svg><g>",
                "</g></svg>",
                "<svg><path/></svg>",
                "<style>x</style>",
                "<script><!--</script>",
                "<!x>",
                "<div/>",
                "<td>",
            ]),
            1usize..1500,
        )
            .prop_map(|(p, n)| p.repeat(n))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn prepared_pages_nest_under_the_cap(runs in prop::collection::vec(run(), 0..6)) {
            let html = runs.concat();
            let ready = super::prepare(&html);
            let depth = crate::body::guard::depth(&ready);
            prop_assert!(depth <= crate::body::guard::MAX_NESTING, "depth {}", depth);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn parsing_sees_the_same_tree(pieces in prop::collection::vec(piece(), 0..24)) {
            let html = pieces.concat();
            let pruned = drop_unread(&html);
            prop_assert_eq!(outline(&html), outline(&pruned), "page: {}\npruned: {}", html, pruned);
        }
    }

    /// What the engine reads of a page: each block's text and its character count. (Not the
    /// share in links: when text is foster-parented out of a table inside an unclosed `<a>`,
    /// html5ever puts it inside or outside the link depending on whether white space is
    /// already there.)
    fn blocks(html: &str) -> Vec<(String, u32)> {
        let page = crate::body::blocks::flatten(&Html::parse_document(html));
        page.blocks.into_iter().map(|b| (b.text, b.chars)).collect()
    }

    /// Pieces of pages: common inline and block markup and words (more often), the elements
    /// that stop or limit the blank-run cuts (less often), each followed by indentation half
    /// of the time.
    fn indented_piece() -> impl Strategy<Value = String> {
        let common = prop::sample::select(vec![
            "word",
            "<span>",
            "</span>",
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<li>",
            "</li>",
            "<br>",
            "<a href=/x>",
            "</a>",
            "<b>",
            "</b>",
        ]);
        let rare = prop::sample::select(vec![
            "two words",
            "<em>x</em>",
            "<div hidden>",
            "<div class=x data-y=1>",
            "<ul>",
            "</ul>",
            "<h2>",
            "</h2>",
            "</br>",
            "<hr>",
            "<section>",
            "</section>",
            "<blockquote>",
            "<dd>",
            "<dt>",
            "<select>",
            "<option>",
            "</select>",
            "<pre>",
            "</pre>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</table>",
            "<form>",
            "</form>",
            "<!-- c -->",
            "<svg><path/></svg>",
            "<script>s</script>",
            "<textarea> t </textarea>",
            "<noscript><p>n</p></noscript>",
            "<template><div>t</div></template>",
            "<img src=i.png>",
            "<button>b</button>",
            "<head>",
            "<body>",
            "<title>t</title>",
            "a < b",
        ]);
        let space = prop::sample::select(vec!["", "", "", "\n  ", " ", "\t"]);
        (prop_oneof![3 => common, 1 => rare], space).prop_map(|(p, s)| format!("{p}{s}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn blank_runs_at_block_edges_leave_the_same_text(
            pieces in prop::collection::vec(indented_piece(), 0..40)
        ) {
            let html = pieces.concat();
            let pruned = drop_unread(&html);
            prop_assert_eq!(blocks(&html), blocks(&pruned), "page: {}\npruned: {}", html, pruned);
        }
    }
}
