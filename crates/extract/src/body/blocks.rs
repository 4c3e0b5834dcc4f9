//! One walk over the DOM that turns it into a flat list of block-level elements and text blocks.
//!
//! The walk uses `ego_tree`'s edge iterator (no recursion), so nesting depth costs nothing but
//! the explicit stack. Elements are numbered in document (pre-)order; an element's subtree is
//! the index range `i..elems[i].end_elem`, and its text blocks are `first_block..end_block`.

use super::classes::{classify, is_taxonomy_token, ClassSignal};
use crate::dom::{
    contains_ignore_ascii_case, starts_with_ignore_ascii_case, AttrLookup, NameCache,
};
use ego_tree::iter::Edge;
use memchr::memmem::Finder;
use scraper::{Html, Node};
use std::sync::LazyLock;

/// No parent.
pub(crate) const NONE: u32 = u32::MAX;

/// At most this many bytes of JSON-LD are kept for the page-kind decision.
pub(crate) const MAX_JSONLD_BYTES: usize = 256 * 1024;

/// Block-level tags the engine distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    P,
    Div,
    Section,
    Article,
    Main,
    H(u8),
    Li,
    List,
    Dl,
    Dd,
    Dt,
    Table,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Aside,
    Nav,
    Header,
    Footer,
    Form,
    Address,
    Body,
    Other,
}

impl Tag {
    fn of(name: &str) -> Option<Tag> {
        Some(match name {
            "p" => Tag::P,
            "div" | "center" | "hgroup" | "details" | "summary" | "fieldset" | "legend" => Tag::Div,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "li" => Tag::Li,
            "ul" | "ol" | "menu" => Tag::List,
            "dl" => Tag::Dl,
            "dd" => Tag::Dd,
            "dt" => Tag::Dt,
            "table" | "tbody" | "thead" | "tfoot" => Tag::Table,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "caption" => Tag::Caption,
            "blockquote" => Tag::Blockquote,
            "pre" => Tag::Pre,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "aside" => Tag::Aside,
            "nav" => Tag::Nav,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "form" => Tag::Form,
            "address" => Tag::Address,
            "body" => Tag::Body,
            "html" | "dialog" | "hr" | "option" | "optgroup" | "li-item" => Tag::Other,
            _ => return None,
        })
    }

    /// Whether text directly in this element reads as a paragraph.
    pub fn is_heading(self) -> bool {
        matches!(self, Tag::H(_))
    }
}

/// The innermost recorded element of the walk's open `stack`: the box that an `<img>`, a
/// control or a `<time>` inside it marks. (Free of the walker, so that the caller may hold
/// the page's signals meanwhile.)
fn innermost_mut<'a>(stack: &[u32], elems: &'a mut [Elem]) -> Option<&'a mut Elem> {
    let &i = stack.last()?;
    elems.get_mut(i as usize)
}

/// AMP's components whose subtree never holds article text: ad slots (whose placeholder and
/// fallback say "Advertisement" or a sponsor's line), recommendation embeds, analytics and
/// consent, the slide-in menu, share buttons, and framed and media players. (`amp-list` stays:
/// a shop's server-rendered items may sit in it.)
const AMP_CHROME: &[&str] = &[
    "amp-ad",
    "amp-auto-ads",
    "amp-sticky-ad",
    "amp-story-auto-ads",
    "amp-embed",
    "amp-analytics",
    "amp-pixel",
    "amp-consent",
    "amp-user-notification",
    "amp-geo",
    "amp-sidebar",
    "amp-social-share",
    "amp-iframe",
    "amp-video",
    "amp-audio",
];

/// Elements whose whole subtree never holds article text.
fn is_skipped(name: &str) -> bool {
    if name.starts_with("amp-") {
        return AMP_CHROME.contains(&name);
    }
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "title"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "textarea"
            | "button"
            | "input"
            | "map"
            | "dialog"
            | "label"
    )
}

/// One block-level element.
#[derive(Debug, Clone)]
pub(crate) struct Elem {
    pub parent: u32,
    pub tag: Tag,
    pub class: ClassSignal,
    /// One past the last element of the subtree.
    pub end_elem: u32,
    pub first_block: u32,
    pub end_block: u32,
    /// Characters of text in the subtree.
    pub chars: u32,
    /// Characters of link text in the subtree.
    pub link_chars: u32,
    /// `<a>` elements in the subtree.
    pub links: u32,
    /// `<a>` elements in the subtree that open before a block-level element (a card whose link
    /// wraps its heading and summary, `<a><h3>…</h3></a>`); kept apart from [`Elem::links`],
    /// which counts the links around inline text only, so that rules choose which to read.
    pub block_links: u32,
    /// [`shape_key`] of the class attribute: the items of a list, and their like parts, share it.
    pub shape: u32,
    /// Content score (Readability-style), filled by the scorer.
    pub score: f32,
    pub scored: bool,
    /// A `<form>` holding controls a reader fills in or presses (text fields, selects,
    /// buttons; hidden inputs do not count). A form without any is a wrapper: a discussion
    /// page may put each post's text in one, for its inline editor. Outside any form, the
    /// element holding an e-mail field (`<input type="email">`, a script's sign-up box) is
    /// marked too.
    pub controls: bool,
    /// Its own inline text holds a `<time>` element: on a thread, a post's timestamp.
    pub time: bool,
    /// Elements of the subtree (itself included) whose own text holds a `<time>`
    /// ([`Elem::time`]): one for a post's attribution line, more for a whole post or thread.
    pub time_holders: u32,
    /// The form of a price that its stylesheet does not show ([`is_unshown_price_form`]): read
    /// for the page's structure, never said.
    pub unshown_price: bool,
    /// An `<img>` sits in this element with no recorded element between (`<div><img>`,
    /// `<p><a><img></a>`): a box that shows a picture beside its text.
    pub pictured: bool,
    /// A `<button>` (or another form control) sits in this element with no recorded element
    /// between (`<p>Already a subscriber? <button>Sign in</button></p>`): its text is not read,
    /// but the box offers an action.
    pub buttoned: bool,
}

/// One run of inline text inside a block-level element.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    /// The innermost block-level element holding the text.
    pub elem: u32,
    pub chars: u32,
    pub link_chars: u32,
    /// Text inside `<code>`/`<kbd>`/`<samp>`.
    pub code_chars: u32,
    /// Long paragraphs in the text (see [`LONG_PARAGRAPH_CHARS`], [`WIDE_LONG_PARAGRAPH_CHARS`]):
    /// double line breaks (`<br><br>`) part it into paragraphs (text set without `<p>`, as old
    /// publishing systems write a story); a text that nothing parts is one paragraph.
    pub long_parts: u32,
    /// The text's first paragraph, when a double line break closes it and it is parted into
    /// lines by single ones: where a story cell set without `<p>` puts its headline, byline and
    /// date line, read by [`super`]'s rendering ([`HeadPart`]).
    pub head: Option<HeadPart>,
    /// The whole text's lines, when it is short (at most [`super::HEAD_MAX_CHARS`] characters)
    /// and single or double line breaks part it into at most [`HEAD_MAX_LINES`] lines: a heading
    /// set apart from its story's text (a headline, a byline and a date line before a rule, a
    /// photo's table or the story's first `<p>`), read by [`super`]'s rendering.
    pub lines: Option<HeadPart>,
}

/// Most lines of a block's first paragraph recorded in [`HeadPart`]: a headline, a byline and
/// the writer's title, a date line, a section label. A first paragraph of more lines is no
/// story's heading.
pub(crate) const HEAD_MAX_LINES: usize = 6;

/// The first paragraph of a block's text (before its first double line break) and the lines
/// single line breaks part it into.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadPart {
    /// Byte offset in the block's text where the paragraph ends.
    pub end: u32,
    /// Its characters.
    pub chars: u32,
    /// Byte offsets where its lines end (the last line ends at [`HeadPart::end`]).
    breaks: [u32; HEAD_MAX_LINES],
    /// Lines ended by a single line break before [`HeadPart::end`].
    inner_breaks: u8,
}

impl HeadPart {
    /// The lines of the paragraph in `text` (the block's text), trimmed.
    pub fn lines(self, text: &str) -> impl Iterator<Item = &str> {
        let ends = self
            .breaks
            .into_iter()
            .take(usize::from(self.inner_breaks))
            .chain(std::iter::once(self.end));
        let mut start = 0usize;
        ends.map(move |end| {
            let end = end as usize;
            let line = text.get(start..end).unwrap_or("").trim();
            start = end;
            line
        })
    }
}

/// Characters from which a paragraph counts as a long one, a story's paragraph rather than a
/// label or a line of chrome.
pub(crate) const LONG_PARAGRAPH_CHARS: u32 = 100;

/// [`LONG_PARAGRAPH_CHARS`] for a paragraph mostly in Chinese, Japanese or Korean script.
pub(crate) const WIDE_LONG_PARAGRAPH_CHARS: u32 = 50;

/// Whether `c` is a Han ideograph, a kana or a Hangul syllable: a character that is a word or
/// a syllable of its own.
pub(crate) fn is_wide_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}' // CJK Extension A
        | '\u{4e00}'..='\u{9fff}' // CJK Unified Ideographs
        | '\u{ac00}'..='\u{d7af}' // Hangul syllables
    )
}

impl Block {
    /// Share of the block's characters inside links.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Page-wide signals collected during the walk, for the page-kind decision.
#[derive(Debug, Default)]
pub(crate) struct PageSignals {
    /// Raw JSON-LD script text (bounded).
    pub jsonld: String,
    /// `og:type` content, lower-cased.
    pub og_type: Option<String>,
    /// Number of `<form>` inputs (text fields, buttons, selects).
    pub inputs: u32,
    /// Number of `<code>`/`<pre>` elements.
    pub code_elems: u32,
    /// Number of `<article>` elements.
    pub articles: u32,
    /// Number of `<main>` elements: a page without one has no landmark that tells its
    /// content's sections from its banner.
    pub mains: u32,
    /// Number of `<time>` elements.
    pub times: u32,
    /// Number of `<img>` elements.
    pub images: u32,
    /// Elements carrying `itemprop` price/offers or `itemtype` Product.
    pub product_markup: u32,
    /// Elements whose class/id names a comment, post or reply in a thread.
    pub forum_markup: u32,
    /// Elements whose schema.org `itemtype` names a post of a discussion
    /// ([`is_post_type`]): a thread's opening post or its replies marked up as items.
    pub post_items: u32,
    /// Whether the page names a scholarly paper in the citation tags that indexes of papers
    /// read (`<meta name="citation_title">`).
    pub citation: bool,
    /// Hidden elements that follow a question ([`is_question`]), and `<button>`s that say a
    /// question with an answer after them: the answers of an FAQ whose panels the page opens
    /// on a click.
    pub faq_answers: u32,
    /// Block-level elements hidden by markup (`hidden`, `aria-hidden`, `display:none`) whose
    /// subtree the walk left out.
    pub hidden_blocks: u32,
}

/// The flattened page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub elems: Vec<Elem>,
    pub blocks: Vec<Block>,
    pub signals: PageSignals,
    /// Which hidden elements this walk read as shown.
    pub reading: Reading,
    /// Elements that are cards of a teaser grid ([`super::teasers::mark`]).
    pub teasers: Vec<bool>,
    /// Elements that are cards of a grid of linked titles with excerpts, dated or not
    /// ([`super::teasers::mark`]): teasers, or a roundup's items.
    pub grid_cards: Vec<bool>,
    /// Per element, whether it is a table row that lays out the page ([`super::layout_rows`]):
    /// one of its cells holds the story, the others are the page's columns.
    pub layout_rows: Vec<bool>,
}

impl Page {
    /// The `<body>` element, which holds all the page's text.
    pub fn body(&self) -> Option<u32> {
        (0..self.elems.len() as u32).find(|&e| self.elems[e as usize].tag == Tag::Body)
    }

    /// Characters of the page's text (its `<body>`'s).
    pub fn text_chars(&self) -> u32 {
        self.body().map_or(0, |b| self.elems[b as usize].chars)
    }

    /// Link density of an element's subtree.
    pub fn link_density(&self, e: u32) -> f32 {
        let el = &self.elems[e as usize];
        if el.chars == 0 {
            0.0
        } else {
            el.link_chars as f32 / el.chars as f32
        }
    }
}

/// Inline text being gathered for the current block.
#[derive(Default)]
struct Inline {
    text: String,
    chars: u32,
    link_chars: u32,
    links: u32,
    code_chars: u32,
    pending_space: bool,
    /// Inside `<pre>`: a line break is due before the next word.
    pending_line: bool,
    /// The indentation that follows that line break (spaces and tabs, at most
    /// [`MAX_PRE_INDENT`]).
    pending_indent: String,
    /// An inline element (a `<span>`, a link) ended right after the last word, with no
    /// whitespace since: the next word may start a part of its own ([`Inline::push_word`]).
    element_edge: bool,
    /// A `<br>` came after the last word: a second one parts paragraphs.
    after_break: bool,
    /// `chars` where the current paragraph starts (after the last double line break).
    part_start: u32,
    /// Long paragraphs ([`Inline::part_is_long`]) that double line breaks closed.
    long_parts: u32,
    /// Byte offset in `text` where the current paragraph starts.
    part_start_byte: usize,
    /// `link_chars` where the current paragraph starts.
    part_start_links: u32,
    /// `links` where the current paragraph starts.
    part_start_link_count: u32,
    /// Where a "read also" pointer opens a paragraph after the first ([`Inline::tail_cut`]):
    /// the text before it, counted.
    read_also_at: Option<TailCut>,
    /// The first paragraph, once a double line break closed it ([`Block::head`]).
    head: Option<HeadPart>,
    /// Byte offsets where the text's lines end, at single or double line breaks (up to
    /// [`HEAD_MAX_LINES`]), and how many came ([`Block::lines`]; while the first paragraph is
    /// open, its lines' ends: [`Block::head`]).
    line_breaks: [u32; HEAD_MAX_LINES],
    line_break_count: usize,
}

/// The text of a block before a "read also" paragraph: how far it runs and what it counts.
#[derive(Clone, Copy)]
struct TailCut {
    byte: usize,
    chars: u32,
    link_chars: u32,
    links: u32,
    long_parts: u32,
}

/// Most unlinked characters (or a fifth of the text, if more) after a "read also" name in a
/// paragraph read as its pointer: the marks and separators between the linked titles.
pub(crate) const READ_ALSO_UNLINKED_MAX_CHARS: u32 = 8;

/// Long paragraphs after a "read also" pointer in a block's text from which the pointer is no
/// tail of chrome but a line in the middle of the story (a tail holds at most a newsletter's
/// call and an author's bio).
pub(crate) const READ_ALSO_TAIL_MAX_LONG_PARTS: u32 = 3;

/// Longest indentation kept at the start of a line of preformatted text; deeper indentation
/// is cut to this (it is layout, not words).
const MAX_PRE_INDENT: usize = 32;

impl Inline {
    /// Empties it for the next block, keeping the room its buffers have grown.
    fn clear(&mut self) {
        let mut text = std::mem::take(&mut self.text);
        let mut indent = std::mem::take(&mut self.pending_indent);
        text.clear();
        indent.clear();
        *self = Inline {
            text,
            pending_indent: indent,
            ..Inline::default()
        };
    }

    /// Adds a text node. Whitespace runs become one space, except that in preformatted text
    /// (`keep_lines`) a run holding a line break stays a line break with its indentation, so
    /// that code and verse keep their lines.
    fn push_text(&mut self, s: &str, in_link: bool, in_code: bool, keep_lines: bool) {
        // Word by word: whitespace runs become one pending space, invisible characters
        // (zero-width space, BOM, soft hyphen) are dropped. A run of ASCII other than spacing is
        // read in one step, any other character one at a time.
        // Outside preformatted text, words parted by one ASCII space are pushed as one run
        // (the space is the one a pending space would write); `joined` is the last such
        // space in the current run and the characters before it, where the run is cut should
        // an invisible character follow.
        let bytes = s.as_bytes();
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
        let mut word_start: Option<usize> = None;
        let mut word_chars = 0usize;
        let mut invisible = false;
        let mut joined: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (space, len, hidden) = if b.is_ascii() {
                if !is_space(b) {
                    // The rest of the ASCII letters, digits and marks run in one step.
                    let run = bytes[i..]
                        .iter()
                        .position(|&n| !n.is_ascii() || is_space(n))
                        .unwrap_or(bytes.len() - i);
                    if word_start.is_none() {
                        word_start = Some(i);
                        word_chars = 0;
                        invisible = false;
                    }
                    word_chars += run;
                    i += run;
                    continue;
                }
                (true, 1, false)
            } else {
                // `i` is on a char boundary: ASCII bytes never sit inside a character.
                let c = s[i..].chars().next().unwrap_or(' ');
                (
                    c.is_whitespace(),
                    c.len_utf8(),
                    matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}'),
                )
            };
            if space {
                if b == b' '
                    && !keep_lines
                    && !invisible
                    && word_start.is_some()
                    && bytes
                        .get(i + 1)
                        .is_some_and(|&n| n.is_ascii() && !is_space(n))
                {
                    joined = Some((i, word_chars));
                    i += 1;
                    continue;
                }
                if let Some(start) = word_start.take() {
                    self.push_word(&s[start..i], word_chars, invisible, in_link, in_code);
                }
                joined = None;
                if !self.text.is_empty() {
                    self.pending_space = true;
                    if keep_lines {
                        self.keep_line_space(b);
                    }
                }
            } else {
                if hidden {
                    if let (Some(start), Some((at, before))) = (word_start, joined.take()) {
                        self.push_word(&s[start..at], before, false, in_link, in_code);
                        self.pending_space = true;
                        word_start = Some(at + 1);
                        word_chars -= before;
                    }
                }
                if word_start.is_none() {
                    word_start = Some(i);
                    word_chars = 0;
                    invisible = false;
                }
                word_chars += 1;
                invisible |= hidden;
            }
            i += len;
        }
        if let Some(start) = word_start {
            self.push_word(&s[start..], word_chars, invisible, in_link, in_code);
        }
    }

    /// Pushes one word of `chars` characters (after the pending space).
    fn push_word(
        &mut self,
        word: &str,
        chars: usize,
        invisible: bool,
        in_link: bool,
        in_code: bool,
    ) {
        if invisible {
            self.push_visible_chars(word, in_link, in_code);
            return;
        }
        if self.element_edge && !in_code && starts_new_word(&self.text, word) {
            self.pending_space = true;
        }
        self.push_pending_space();
        self.text.push_str(word);
        self.count(chars, in_link, in_code);
    }

    /// Pushes a word that holds invisible characters, without them.
    fn push_visible_chars(&mut self, word: &str, in_link: bool, in_code: bool) {
        for c in word.chars() {
            if c == '\u{200b}' || c == '\u{feff}' || c == '\u{ad}' {
                continue;
            }
            self.push_pending_space();
            self.text.push(c);
            self.count(1, in_link, in_code);
        }
    }

    fn count(&mut self, n: usize, in_link: bool, in_code: bool) {
        self.after_break = false;
        let n = u32::try_from(n).unwrap_or(u32::MAX);
        self.chars = self.chars.saturating_add(n);
        if in_link {
            self.link_chars = self.link_chars.saturating_add(n);
        }
        if in_code {
            self.code_chars = self.code_chars.saturating_add(n);
        }
    }

    /// A `<br>` outside preformatted text: a space, and the second of two in a row ends a
    /// paragraph.
    fn line_break_or_space(&mut self) {
        if self.after_break {
            self.end_part();
        } else if !self.text.is_empty() {
            self.after_break = true;
            let at = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
            if let Some(slot) = self.line_breaks.get_mut(self.line_break_count) {
                *slot = at;
            }
            self.line_break_count += 1;
        }
        self.space();
    }

    /// Ends the current paragraph at a double line break, counting it when long.
    fn end_part(&mut self) {
        if self.chars > self.part_start {
            if self.part_start == 0 {
                self.note_head();
            }
            self.note_read_also();
            self.long_parts += u32::from(self.part_is_long());
            self.part_start = self.chars;
            self.part_start_byte = self.text.len();
            self.part_start_links = self.link_chars;
            self.part_start_link_count = self.links;
        }
        self.after_break = false;
    }

    /// Notes the first paragraph as the block's head ([`Block::head`]) as a double line break
    /// closes it, when single line breaks part it into at most [`HEAD_MAX_LINES`] lines.
    fn note_head(&mut self) {
        // Every line break so far is the first paragraph's; the first of the two that close it
        // was noted as a line's end.
        let inner = self.line_break_count.saturating_sub(1);
        if inner >= HEAD_MAX_LINES {
            return;
        }
        self.head = Some(HeadPart {
            end: u32::try_from(self.text.len()).unwrap_or(u32::MAX),
            chars: self.chars,
            breaks: self.line_breaks,
            inner_breaks: inner as u8,
        });
    }

    /// Notes where the current paragraph starts when it is not the first and is a "read also"
    /// pointer: a name of [`super::closers::READ_ALSO_NAMES`] and then mostly links ("관련기사
    /// ▶ ... ▶ ...", "Lesen Sie auch: ..."), as old publishing systems set one in the text of
    /// the story, parted by double line breaks.
    fn note_read_also(&mut self) {
        if self.read_also_at.is_some() || self.part_start == 0 {
            return;
        }
        let part = self.text.get(self.part_start_byte..).unwrap_or("");
        let Some(name_chars) = super::closers::read_also_name_chars(part) else {
            return;
        };
        let rest = (self.chars - self.part_start).saturating_sub(name_chars);
        let links = self.link_chars - self.part_start_links;
        // Links and the marks between them, not a sentence about a link ("Saiba mais sobre o
        // programa no <a>site oficial</a>").
        let unlinked = rest.saturating_sub(links);
        if rest > 0 && unlinked <= READ_ALSO_UNLINKED_MAX_CHARS.max(rest / 5) {
            self.read_also_at = Some(TailCut {
                byte: self.part_start_byte,
                chars: self.part_start,
                link_chars: self.part_start_links,
                links: self.part_start_link_count,
                long_parts: self.long_parts,
            });
        }
    }

    /// Where the block's text is cut: before a "read also" paragraph
    /// ([`Inline::note_read_also`]) that, with all that follows it (a newsletter's call, the
    /// author's bio, the tags), is under half the text and holds fewer than
    /// [`READ_ALSO_TAIL_MAX_LONG_PARTS`] long paragraphs: the story's tail of chrome. Where
    /// more of the story follows the pointer, nothing is cut.
    fn tail_cut(&mut self) -> Option<TailCut> {
        if self.chars > self.part_start {
            self.note_read_also();
        }
        let long_parts = self.long_paragraphs();
        self.read_also_at.filter(|cut| {
            2 * (self.chars - cut.chars) < self.chars
                && long_parts - cut.long_parts < READ_ALSO_TAIL_MAX_LONG_PARTS
        })
    }

    /// Whether the current paragraph is a long one: [`LONG_PARAGRAPH_CHARS`], or
    /// [`WIDE_LONG_PARAGRAPH_CHARS`] when mostly written in a script whose every character is a
    /// word or a syllable (Chinese, Japanese, Korean), where half the characters say as much.
    fn part_is_long(&self) -> bool {
        let chars = self.chars - self.part_start;
        if chars >= LONG_PARAGRAPH_CHARS {
            return true;
        }
        if chars < WIDE_LONG_PARAGRAPH_CHARS {
            return false;
        }
        let text = self.text.get(self.part_start_byte..).unwrap_or("");
        let wide = text.chars().filter(|&c| is_wide_script(c)).count();
        wide * 2 >= chars as usize
    }

    /// The whole text as lines ([`Block::lines`]) when it is short and parted into at most
    /// [`HEAD_MAX_LINES`] lines (`text_len` and `chars`: what is kept of the text).
    fn whole_lines(&self, text_len: usize, chars: u32) -> Option<HeadPart> {
        if chars > super::HEAD_MAX_CHARS || text_len != self.text.len() {
            return None;
        }
        // A break at the text's very end opens no line.
        let end = u32::try_from(text_len).unwrap_or(u32::MAX);
        let breaks = self.line_break_count.min(HEAD_MAX_LINES);
        let inner = self.line_breaks[..breaks]
            .iter()
            .filter(|&&b| b < end)
            .count();
        if self.line_break_count > HEAD_MAX_LINES || inner + 1 > HEAD_MAX_LINES {
            return None;
        }
        Some(HeadPart {
            end,
            chars,
            breaks: self.line_breaks,
            inner_breaks: inner as u8,
        })
    }

    /// Long paragraphs of the text ([`Block::long_parts`]).
    fn long_paragraphs(&self) -> u32 {
        self.long_parts + u32::from(self.part_is_long())
    }

    fn space(&mut self) {
        if !self.text.is_empty() {
            self.pending_space = true;
        }
    }

    /// A line break in preformatted text (`<br>` inside `<pre>`).
    fn line_break(&mut self) {
        if !self.text.is_empty() {
            self.pending_space = true;
            self.pending_line = true;
            self.pending_indent.clear();
        }
    }

    /// Notes one whitespace byte of preformatted text: a line feed starts a new line, spaces
    /// and tabs after it are its indentation.
    fn keep_line_space(&mut self, b: u8) {
        match b {
            b'\n' => {
                self.pending_line = true;
                self.pending_indent.clear();
            }
            b' ' | b'\t' if self.pending_line && self.pending_indent.len() < MAX_PRE_INDENT => {
                self.pending_indent.push(b as char);
            }
            _ => {}
        }
    }

    /// Writes the whitespace due before the next word: a line break with its indentation, or
    /// one space.
    fn push_pending_space(&mut self) {
        if self.pending_line {
            self.text.push('\n');
            self.text.push_str(&self.pending_indent);
            self.pending_indent.clear();
        } else if self.pending_space {
            self.text.push(' ');
        }
        self.pending_line = false;
        self.pending_space = false;
        self.element_edge = false;
    }
}

/// Whether `word`, written right after `text` across the end of an inline element with no
/// whitespace between, starts a word of its own: `text` ends in two lower-case letters and
/// `word` opens with an upper-case one, or `text` ends in two capitals and `word` opens with a
/// capitalised word. Cards set a product's brand and name, a label and its value, in sibling
/// `<span>`s that the page's style lays out apart ("Black Diamond" / "Spot 400 Headlamp",
/// "HOKA" / "Clifton 10"); read as one run they would fuse into "DiamondSpot", "HOKAClifton".
/// A bold lead-in run into its sentence (`<strong>Global Partnerships</strong>We have ...`)
/// splits the same way. A brand's styled prefix (`<b>i</b>Phone`, `<span>Mc</span>Donald`) is
/// one letter, or a capital and one, and stays whole, and so does a capitalised stem before a
/// capital ending (`<b>PRO</b>S`). The cost: a camel-case word cut by markup after a longer
/// stem (`<b>Java</b>Script`) reads as two; splitting only where a sibling element opens was
/// tried and lost those lead-ins (5 pages worse, none better on wcxb-dev).
fn starts_new_word(text: &str, word: &str) -> bool {
    let mut end = text.chars().rev();
    let (last, before) = (end.next(), end.next());
    let mut start = word.chars();
    let (first, second) = (start.next(), start.next());
    let is = |c: Option<char>, f: fn(char) -> bool| c.is_some_and(f);
    let lower_end = is(last, char::is_lowercase) && is(before, char::is_lowercase);
    (is(first, |c| c.is_ascii_digit()) && lower_end)
        || is(first, char::is_uppercase)
            && (lower_end
                || (is(last, char::is_uppercase)
                    && is(before, char::is_uppercase)
                    && is(second, char::is_lowercase)))
}

/// The attributes the walk reads on every element, gathered in one pass over them.
#[derive(Default, Clone, Copy)]
struct Marks<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    style: Option<&'a str>,
    itemprop: Option<&'a str>,
    itemtype: Option<&'a str>,
    aria_hidden: Option<&'a str>,
    aria_modal: Option<&'a str>,
    hidden: bool,
    /// The `popover` attribute: a popup the page shows on demand (a menu, a notification
    /// prompt), not rendered until then.
    popover: bool,
}

impl<'a> Marks<'a> {
    /// Reads the marks of `e`. (Attributes listed by `prune::is_unread_attribute` never get
    /// here: the pass before parsing removes them.)
    fn of(e: &'a scraper::node::Element) -> Marks<'a> {
        let mut m = Marks::default();
        for (name, value) in &e.attrs {
            let value: &'a str = value;
            let slot = match &*name.local {
                "class" => &mut m.class,
                "id" => &mut m.id,
                "role" => &mut m.role,
                "style" => &mut m.style,
                "itemprop" => &mut m.itemprop,
                "itemtype" => &mut m.itemtype,
                "aria-hidden" => &mut m.aria_hidden,
                "aria-modal" => &mut m.aria_modal,
                "hidden" => {
                    m.hidden = true;
                    continue;
                }
                "popover" => {
                    m.popover = true;
                    continue;
                }
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        m
    }
}

/// Levels above an element that [`wraps_whole_page`] climbs looking for `<body>`.
pub(crate) const PAGE_WRAPPER_MAX_DEPTH: usize = 6;

/// Most children of a level's holder (text, scripts and all) that [`wraps_whole_page`] reads.
pub(crate) const PAGE_WRAPPER_MAX_SIBLINGS: usize = 64;

/// Whether `node` is the one element that holds the whole of `<body>`'s content, alone at each
/// level up to `<body>` (scripts, styles and templates aside). A page that hides such a wrapper
/// (`visibility:hidden` until the application has started, against a flash of unstyled
/// content) shows it to every reader once its scripts run: hiding it does not make its text
/// chrome.
fn wraps_whole_page(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let mut node = node;
    for _ in 0..PAGE_WRAPPER_MAX_DEPTH {
        let Some(parent) = node.parent() else {
            return false;
        };
        // A holder with many children (scripts and all) is no wrapper's: the count bounds the
        // work per hidden element on pages of thousands of hidden siblings.
        let mut content = 0;
        for (i, c) in parent.children().enumerate() {
            if i >= PAGE_WRAPPER_MAX_SIBLINGS {
                return false;
            }
            let is_content = c.value().as_element().is_some_and(|e| {
                !matches!(
                    e.name(),
                    "script" | "style" | "template" | "noscript" | "link" | "meta"
                )
            });
            if is_content {
                content += 1;
                if content > 1 || c.id() != node.id() {
                    return false;
                }
            }
        }
        if content == 0 {
            return false;
        }
        if parent
            .value()
            .as_element()
            .is_some_and(|e| e.name() == "body")
        {
            return true;
        }
        node = parent;
    }
    false
}

/// Whether the element `node`, with attributes `m`, is left out as not shown: a popover, or
/// hidden by its markup unless it is a collapsed panel of the text or the page's one wrapper
/// ([`wraps_whole_page`]).
fn is_hidden(m: &Marks<'_>, node: ego_tree::NodeRef<'_, Node>) -> bool {
    // The panel and wrapper tests run only on hidden elements: most elements are visible.
    m.popover
        || (hidden_by_markup(m)
            && !is_collapsed_panel(m)
            && !is_held_back_text(m, node)
            && !wraps_whole_page(node))
}

/// Element siblings before a hidden element that [`is_held_back_text`] reads for a
/// "continue reading" control.
pub(crate) const EXPANDER_CONTROL_MAX_BACK: usize = 3;

/// Longest text (bytes) of a control that opens the rest of a story ("Continue reading").
pub(crate) const EXPANDER_CONTROL_MAX_BYTES: usize = 60;

/// Most nodes of a sibling that [`is_expander_control`] reads: a control is a button or link
/// and a wrapper or two, and the bound keeps the work per hidden element small.
pub(crate) const EXPANDER_CONTROL_MAX_NODES: usize = 16;

/// The words of a control that shows the rest of a story a page holds back until a click.
const EXPANDER_PHRASES: &[&str] = &[
    "continue reading",
    "keep reading",
    "read more",
    "read the rest",
    "read full story",
    "read the full story",
    "read full article",
    "read the full article",
    "show more",
    "show full article",
    "show full story",
    "see more",
    "expand article",
    "expand story",
];

/// Whether a hidden element (attributes `m`) is the second half of a story that the page holds
/// back behind a "continue reading" control: its class or id names a read-more/show-more
/// expander (`read-more-content`, `js-showmore`), or one of the few element siblings just
/// before it is (or holds only) a button or link saying "Continue reading", "Read more",
/// "Show more"... The text is in the page and every reader sees it after one click, unlike a
/// menu or a dialog; the scoring still decides whether it is part of the story.
fn is_held_back_text(m: &Marks<'_>, node: ego_tree::NodeRef<'_, Node>) -> bool {
    let names_expander = |v: &str| {
        v.len() < CLASS_READ_MAX_BYTES && v.split_ascii_whitespace().any(token_names_expander)
    };
    if m.class.is_some_and(names_expander) || m.id.is_some_and(names_expander) {
        return true;
    }
    node.prev_siblings()
        .filter(|s| s.value().is_element())
        .take(EXPANDER_CONTROL_MAX_BACK)
        .any(is_expander_control)
}

/// Whether one class or id token names a read-more/show-more expander: the words "read more"
/// or "show more" next to each other in it, however they are joined (`read-more-content`,
/// `js-showmore`, `readMoreText`), and not words that merely hold those letters
/// (`showcaseMoreInfo`, `threadMoreReplies`, `more-readers`).
fn token_names_expander(token: &str) -> bool {
    let mut previous: Option<&str> = None;
    for word in class_words(token) {
        let expands = |w: &str| w.eq_ignore_ascii_case("read") || w.eq_ignore_ascii_case("show");
        if word.eq_ignore_ascii_case("readmore")
            || word.eq_ignore_ascii_case("showmore")
            || (word.eq_ignore_ascii_case("more") && previous.is_some_and(expands))
        {
            return true;
        }
        previous = Some(word);
    }
    false
}

/// The words of a class or id token: its alphanumeric runs, split again where a lower-case
/// letter meets a capital (`readMoreText` is "read", "More", "Text").
fn class_words(token: &str) -> impl Iterator<Item = &str> {
    token
        .split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(|run| {
            let bytes = run.as_bytes();
            let mut starts = vec![0];
            starts.extend(
                (1..bytes.len()).filter(|&i| {
                    bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase()
                }),
            );
            starts.push(bytes.len());
            starts
                .windows(2)
                .map(|w| &run[w[0]..w[1]])
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
}

/// Whether `node` is a "continue reading" control ([`EXPANDER_PHRASES`]): a `<button>` or link,
/// or an element whose short text is all one such control's.
fn is_expander_control(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let mut text = String::new();
    let mut control = false;
    for (i, d) in node.descendants().enumerate() {
        if i >= EXPANDER_CONTROL_MAX_NODES {
            return false;
        }
        match d.value() {
            Node::Text(t) => {
                if text.len() + t.len() > EXPANDER_CONTROL_MAX_BYTES {
                    return false;
                }
                text.push_str(t);
            }
            Node::Element(e) => control |= opens_in_place(e),
            _ => {}
        }
    }
    if !control {
        return false;
    }
    let words: String = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    EXPANDER_PHRASES.contains(&words.as_str())
}

/// Whether element `e` is a control that acts on the page rather than leaving it: a
/// `<button>`, an element that says what it expands (`aria-expanded`, `aria-controls`) or plays
/// a button's role, or a link that goes nowhere (no address, `#…`, `javascript:`). A "Read
/// more" link to another page is no expander of the text next to it.
fn opens_in_place(e: &scraper::node::Element) -> bool {
    match e.name() {
        "button" => true,
        _ if e.attribute("aria-expanded").is_some()
            || e.attribute("aria-controls").is_some()
            || e.attribute("role")
                .is_some_and(|r| r.eq_ignore_ascii_case("button")) =>
        {
            true
        }
        "a" => e.attribute("href").is_none_or(|h| {
            let h = h.trim();
            h.is_empty() || h.starts_with('#') || starts_with_ignore_ascii_case(h, "javascript:")
        }),
        _ => false,
    }
}

fn hidden_by_markup(m: &Marks<'_>) -> bool {
    if m.hidden {
        // React's streaming renderer sends finished sections as `<div hidden id="S:0">` and
        // moves them into place with a script: their text is the page.
        return !m.id.is_some_and(is_streamed_segment);
    }
    if m.aria_hidden.is_some_and(|v| v.trim() == "true") {
        return true;
    }
    if let Some(style) = m.style {
        if style.len() < 400 {
            let s: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return true;
            }
        }
    }
    false
}

/// A collapsible section of the text (accordion pane, tab panel) that the page hides until the
/// reader opens it: its text belongs to the page, unlike a hidden menu or dialog. Read from the
/// ARIA pattern (`role=region`/`tabpanel`) or the widget's class name.
fn is_collapsed_panel(m: &Marks<'_>) -> bool {
    if m.role
        .is_some_and(|r| matches!(r.trim(), "region" | "tabpanel"))
    {
        return true;
    }
    m.class.is_some_and(|c| {
        c.len() < CLASS_READ_MAX_BYTES
            && c.split_ascii_whitespace().any(|t| {
                contains_ignore_ascii_case(t, "accordion", 0)
                    || contains_ignore_ascii_case(t, "collapse", 0)
                    || t.get(..8)
                        .is_some_and(|p| p.eq_ignore_ascii_case("tab-pane"))
            })
    })
}

/// Whether `node`, with attributes `m`, is the short form of a `<time>` that writes its moment
/// twice, a long form and then a short one named so (`ipsTime__long` "June 14, 2024" and
/// `ipsTime__short` "1 yr", Invision Community), of which a stylesheet shows one per screen
/// width: the time reads as its long form, not as both run together ("June 14, 20241 yr"). A
/// short form that does not follow a long one (beside an icon) is the time's only text and
/// stays.
fn is_short_time_form(m: &Marks<'_>, node: ego_tree::NodeRef<'_, Node>) -> bool {
    // The parent first: few elements are a `<time>`'s children, every one may have a class.
    node.parent()
        .and_then(|p| p.value().as_element())
        .is_some_and(|p| p.name() == "time")
        && m.class.is_some_and(|c| names_form(c, "short"))
        && node
            .prev_siblings()
            .find_map(|s| s.value().as_element())
            .and_then(|e| e.attr("class"))
            .is_some_and(|c| names_form(c, "long"))
}

/// Whether a token of `class` ends in the word `form` after a `_` or `-` (`ipsTime__long`,
/// `date-short`), ASCII case ignored.
fn names_form(class: &str, form: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|t| ends_in_class_word(t, form))
}

/// Whether class token `t` ends in the word `word` after a `_` or `-` (or is it), ASCII case
/// ignored (`time-short`, `price__sale`).
fn ends_in_class_word(t: &str, word: &str) -> bool {
    t.rsplit(['_', '-'])
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// The tail of the word `price` (`Price` too, not `PRICE`), found in a class fast before its
/// tokens are read ([`is_unshown_price_form`]): most elements name no price.
static PRICE_TAIL: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("rice"));

/// The tails of [`PICTURE_WORDS`] (capitalised too, not in capitals), found in a class fast
/// before its tokens are read ([`is_drawn_picture`]): most elements name no picture.
static PICTURE_TAILS: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| ["raphic", "llustration", "ockup"].map(Finder::new));

/// Levels above a price's forms that [`is_unshown_price_form`] climbs to the price's box, whose
/// class says whether the item is on sale (`price` > `price__container` > `price__sale`).
pub(crate) const PRICE_BOX_LEVELS: usize = 3;
/// Longest class attribute (bytes) read word by word for what it names (a collapsed panel, a
/// price's form, a drawn picture): a longer one is a utility-class soup.
pub(crate) const CLASS_READ_MAX_BYTES: usize = 400;

/// Whether the element `node`, with attributes `m`, is the form of a price that its stylesheet
/// does not show. A price box that writes an item's price twice, a regular form and then a
/// sale form named so (`price__regular` "$19.99" and `price__sale` "Sale price $19.99", as
/// Shopify's themes do on every card and product), shows the sale form when its box says the
/// item is on sale (`price--on-sale`) and the regular one otherwise: the price reads once, as
/// the shown form, not as both ("$19.99" then "Sale price $19.99"). A form without the other
/// beside it is the price's only text and stays.
fn is_unshown_price_form(m: &Marks<'_>, node: ego_tree::NodeRef<'_, Node>) -> bool {
    // Few elements name a price: the sibling and ancestor reads run only for those.
    let Some(class) = m.class.filter(|c| {
        c.len() < CLASS_READ_MAX_BYTES
            && PRICE_TAIL.find(c.as_bytes()).is_some()
            && contains_ignore_ascii_case(c, "price", 0)
    }) else {
        return false;
    };
    let names = |sibling: Option<ego_tree::NodeRef<'_, Node>>, form: &str| {
        sibling
            .and_then(|s| s.value().as_element())
            .and_then(|e| e.attr("class"))
            .is_some_and(|c| names_price_form(c, form))
    };
    // A struck-out price (`<s>`, `<del>`) is the one the sale replaces, shown beside it.
    if node
        .value()
        .as_element()
        .is_some_and(|e| matches!(e.name(), "s" | "del"))
    {
        return false;
    }
    let prev = || node.prev_siblings().find(|s| s.value().is_element());
    let next = || node.next_siblings().find(|s| s.value().is_element());
    let on_sale = || price_box_on_sale(node);
    if names_price_form(class, "sale") && names(prev(), "regular") {
        on_sale() == Some(false)
    } else if names_price_form(class, "regular") && names(next(), "sale") {
        on_sale() == Some(true)
    } else {
        false
    }
}

/// Whether a token of `class` names a price's `form`: it says `price` and ends in the word
/// `form` after a `_` or `-` (`price__sale`, `product-price-regular`), ASCII case ignored; the
/// box's own state (`price--on-sale`) names no form.
fn names_price_form(class: &str, form: &str) -> bool {
    class.split_ascii_whitespace().any(|t| {
        contains_ignore_ascii_case(t, "price", 0) && !says_on_sale(t) && ends_in_class_word(t, form)
    })
}

/// The state a class token gives its box when the item is on sale (`price--on-sale`).
const ON_SALE: &str = "--on-sale";

/// Whether class token `t` says its box's item is on sale: it is `on-sale` or ends in
/// [`ON_SALE`] (not `not-on-sale`).
fn says_on_sale(t: &str) -> bool {
    t.eq_ignore_ascii_case(&ON_SALE[2..])
        || (t.len() > ON_SALE.len()
            && t.get(t.len() - ON_SALE.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(ON_SALE)))
}

/// Whether the price box holding the forms of a price says its item is on sale: an element up
/// to [`PRICE_BOX_LEVELS`] levels above `node` whose class says so ([`says_on_sale`]), or else
/// one whose class names a price but no form of it (`price`, `price__container`: not on sale);
/// `None` when there is no price box (which form shows is then unknown, and both stay).
fn price_box_on_sale(node: ego_tree::NodeRef<'_, Node>) -> Option<bool> {
    let mut in_box = false;
    for class in node
        .ancestors()
        .take(PRICE_BOX_LEVELS)
        .filter_map(|a| a.value().as_element())
        .filter_map(|e| e.attr("class"))
        .filter(|c| c.len() < CLASS_READ_MAX_BYTES)
    {
        if class.split_ascii_whitespace().any(says_on_sale) {
            return Some(true);
        }
        in_box |= contains_ignore_ascii_case(class, "price", 0)
            && !names_price_form(class, "sale")
            && !names_price_form(class, "regular");
    }
    in_box.then_some(false)
}

/// Levels above a question's `<button>` that [`answer_follows`] climbs (a heading or a box
/// may wrap the button).
pub(crate) const ANSWER_MAX_LEVELS: usize = 3;

/// Whether the next element after `node`, or after its holder when `node` ends it (up to
/// [`ANSWER_MAX_LEVELS`] levels), holds text: the answer a click on `node` opens (shown or
/// not), not a panel the page fills by script.
fn answer_follows(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let mut node = node;
    for _ in 0..ANSWER_MAX_LEVELS {
        if let Some(next) = node.next_siblings().find(|n| n.value().is_element()) {
            return next
                .descendants()
                .any(|d| d.value().as_text().is_some_and(|t| !t.trim().is_empty()));
        }
        match node.parent() {
            Some(p) => node = p,
            None => return false,
        }
    }
    false
}

/// Class tokens longer than this are not read for a picture's name.
const MAX_PICTURE_TOKEN: usize = 80;

/// Whether the element named `name`, with marks `m`, is a picture drawn in markup: a landing
/// page's product mockup (a fake app window, a code editor, a payment form) that its class
/// names a graphic, illustration or mockup. Its words are drawn shapes, not the page's text,
/// so the walk leaves them out like an `<svg>`. An element its classes also name a section
/// (`page-section hero-graphic`) is a part of the page that shows a picture beside its text,
/// as is a `has-graphic` one; the outer parts of a page (`<main>`, `<article>`, `<header>`)
/// are never pictures. The walk does not know the page's kind yet, so this holds on every page:
/// a story's `<figure class=article__graphic>` goes too, caption and all (a story's captions
/// go anyway); a hero's modifier (`hero--illustration`) and an infographic are no pictures.
fn is_drawn_picture(name: &str, m: &Marks<'_>) -> bool {
    if !matches!(name, "div" | "figure" | "span" | "section") {
        return false;
    }
    let Some(class) = m.class else { return false };
    if class.len() >= CLASS_READ_MAX_BYTES
        || !PICTURE_TAILS
            .iter()
            .any(|t| t.find(class.as_bytes()).is_some())
    {
        return false;
    }
    let mut picture = false;
    for token in class.split_ascii_whitespace() {
        if names_picture(token) {
            picture = true;
        } else if contains_ignore_ascii_case(token, "section", 0) {
            return false;
        }
    }
    picture
}

/// Words that end a class token naming its element a picture ([`names_picture`]).
const PICTURE_WORDS: [&str; 3] = ["graphic", "illustration", "mockup"];

/// Prefixes of a class token that say something of a picture rather than name one
/// (`has-graphic`, `no-illustration`, `with-mockup`).
const PICTURE_MODIFIERS: [&str; 5] = ["has-", "no-", "is-", "with-", "without-"];

/// Whether one class token names its element a picture: it ends in one of [`PICTURE_WORDS`]
/// (a CSS-module hash after `__` aside), after a separator or a lower-case letter
/// (`swimlane-graphic`, `PageSection_illustration__x1`, `DomGraphic`); no modifier of another
/// box (`has-graphic`, `hero--illustration`: [`PICTURE_MODIFIERS`], BEM's `--`) and no
/// infographic, whose words are read.
fn names_picture(token: &str) -> bool {
    if token.len() > MAX_PICTURE_TOKEN
        || token.contains("--")
        || contains_ignore_ascii_case(token, "infographic", 0)
        || PICTURE_MODIFIERS
            .iter()
            .any(|p| crate::dom::starts_with_ignore_ascii_case(token, p))
    {
        return false;
    }
    let before_hash = token.find("__").filter(|&i| i > 0).map(|i| &token[..i]);
    [Some(token), before_hash]
        .into_iter()
        .flatten()
        .any(ends_in_picture_word)
}

/// Whether `stem` ends in a word naming a picture, as its own word: after `-` or `_`, or
/// capitalised after a lower-case letter (`DomGraphic`, not `typographic`).
fn ends_in_picture_word(stem: &str) -> bool {
    let stem = stem.strip_suffix('s').unwrap_or(stem);
    let bytes = stem.as_bytes();
    PICTURE_WORDS.iter().any(|word| {
        let n = word.len();
        if bytes.len() <= n || !bytes[bytes.len() - n..].eq_ignore_ascii_case(word.as_bytes()) {
            return false;
        }
        let prev = bytes[bytes.len() - n - 1];
        matches!(prev, b'-' | b'_')
            || prev.is_ascii_lowercase() && bytes[bytes.len() - n].is_ascii_uppercase()
    })
}

/// A `<noscript>` whose markup is at least this many bytes is parsed and read as part of the
/// page: forum engines and shops put the whole server-rendered thread or grid there for
/// clients without scripts, while the visible markup is an empty application shell.
pub(crate) const MIN_NOSCRIPT_BYTES: usize = 2000;

/// Whether a `<noscript>`'s raw markup looks like a page section rather than a tracking pixel
/// or a "please enable JavaScript" line.
fn is_noscript_content(raw: &str) -> bool {
    raw.len() >= MIN_NOSCRIPT_BYTES
        && ["<p", "<div", "<article", "<li", "<h2", "<h3"]
            .iter()
            .any(|t| raw.contains(t))
}

/// `S:<n>`, the id React gives a streamed section (`n` in base 32: `S:9`, `S:a`, `S:1f`).
fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix("S:").is_some_and(is_segment_number)
}

fn is_segment_number(n: &str) -> bool {
    !n.is_empty() && n.len() <= 8 && n.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The number of a streamed section's placeholder: React marks where section `S:<n>` goes with
/// `<template id="B:<n>">` (a suspense boundary) or `<template id="P:<n>">` (a segment).
fn placeholder_number(id: &str) -> Option<&str> {
    id.strip_prefix("B:")
        .or_else(|| id.strip_prefix("P:"))
        .filter(|n| is_segment_number(n))
}

/// Streamed sections read at most once each, in their placeholders' places.
#[derive(Default)]
struct Segments {
    /// The `<div hidden id="S:n">` children of `<body>`, gathered at the first placeholder.
    found: Option<Vec<ego_tree::NodeId>>,
    /// Sections already read at their placeholders.
    placed: Vec<ego_tree::NodeId>,
}

/// Most streamed sections gathered from `<body>` (bounds the lookups per placeholder).
pub(crate) const MAX_SEGMENTS: usize = 256;

impl Segments {
    /// The unplaced section numbered `n`, gathering the sections on first use (one pass over
    /// `<body>`'s children).
    fn take<'a>(
        &mut self,
        node: ego_tree::NodeRef<'a, Node>,
        n: &str,
    ) -> Option<ego_tree::NodeRef<'a, Node>> {
        let tree = node.tree();
        let found = self.found.get_or_insert_with(|| {
            let body = node
                .ancestors()
                .find(|a| a.value().as_element().is_some_and(|e| e.name() == "body"));
            body.into_iter()
                .flat_map(|b| b.children())
                .filter(|c| {
                    c.value()
                        .as_element()
                        .and_then(|e| e.id())
                        .is_some_and(is_streamed_segment)
                })
                .map(|c| c.id())
                .take(MAX_SEGMENTS)
                .collect()
        });
        let seg = found.iter().copied().find(|&id| {
            tree.get(id)
                .and_then(|c| c.value().as_element())
                .and_then(|e| e.id())
                .and_then(|i| i.strip_prefix("S:"))
                == Some(n)
        })?;
        if self.placed.contains(&seg) {
            return None;
        }
        self.placed.push(seg);
        tree.get(seg)
    }

    fn is_placed(&self, id: ego_tree::NodeId) -> bool {
        self.placed.contains(&id)
    }
}

/// Walks the document once, hidden answers left out (as the engine's first reading).
#[cfg(test)]
pub(crate) fn flatten(doc: &Html) -> Page {
    flatten_with(doc, Reading::default())
}

/// Which of the elements a page hides a walk reads as shown.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Reading {
    /// A hidden element that follows a question (the answer of an FAQ that opens on a click).
    pub answers: bool,
    /// Every element hidden by markup ([`PageSignals::hidden_blocks`]): the page's content
    /// held back until its scripts run (a shop's locked or streamed sections).
    pub hidden: bool,
}

/// Walks the document once, reading the hidden elements `reading` says as shown.
pub(crate) fn flatten_with(doc: &Html, reading: Reading) -> Page {
    let mut w = Walker::default();
    // Room for the elements and blocks up front: grown by doubling, the element arena would be
    // copied a dozen times on a page.
    let nodes = doc.tree.nodes().len();
    w.page.elems.reserve(nodes / NODES_PER_ELEM);
    w.page.blocks.reserve(nodes / NODES_PER_BLOCK);
    w.page.reading = reading;
    w.walk(doc.tree.root(), false);
    w.finish()
}

/// Tree nodes per element the walk records, about: half the nodes of a page are elements (the
/// others its text runs); the arena grows past this estimate when it falls short.
const NODES_PER_ELEM: usize = 2;

/// Tree nodes per block of text, an estimate on the high side of a page's count of blocks.
const NODES_PER_BLOCK: usize = 8;

/// Longest question (characters) whose hidden next element reads as its answer.
pub(crate) const MAX_QUESTION_CHARS: u32 = 300;

/// Whether a text of `chars` characters is a question whose answer may follow hidden: short,
/// ending with a question mark.
fn is_question(text: &str, chars: u32) -> bool {
    chars <= MAX_QUESTION_CHARS && text.trim_end().ends_with(['?', '？'])
}

/// State of the walk; one instance reads the document and any `<noscript>` fragments in it.
#[derive(Default)]
struct Walker {
    page: Page,
    stack: Vec<u32>,
    inline: Inline,
    link_depth: u32,
    code_depth: u32,
    /// Open `<pre>` elements: their text keeps its lines.
    pre_depth: u32,
    in_jsonld: bool,
    /// Inside `<head>`: only JSON-LD and `<meta>` are read there.
    in_head: bool,
    class_buf: String,
    /// What each class string said: the signal, whether the names are a forum's, its shape.
    class_cache: NameCache<(ClassSignal, bool, u32)>,
    segments: Segments,
    /// The open `<form>` element (the parser never nests forms).
    open_form: Option<u32>,
}

impl Walker {
    /// Walks one tree. `nested` is true inside a `<noscript>` fragment, whose own
    /// `<noscript>`s are not parsed again (bounded work: one level).
    fn walk(&mut self, root: ego_tree::NodeRef<'_, Node>, nested: bool) {
        let mut skip: Option<ego_tree::NodeId> = None;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => {
                            if self.in_jsonld {
                                let jsonld = &mut self.page.signals.jsonld;
                                if jsonld.len() + t.len() <= MAX_JSONLD_BYTES {
                                    jsonld.push_str(t);
                                }
                                continue;
                            }
                            if self.in_head {
                                continue;
                            }
                            self.inline.push_text(
                                t,
                                self.link_depth > 0,
                                self.code_depth > 0,
                                self.pre_depth > 0,
                            );
                        }
                        // `open` reads the element once; false means skip its subtree.
                        Node::Element(e) if !self.open(e, node, nested) => {
                            skip = Some(node.id());
                        }
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if let Some(id) = skip {
                        if id == node.id() {
                            skip = None;
                        }
                        continue;
                    }
                    if let Node::Element(e) = node.value() {
                        self.close(e.name());
                    }
                }
            }
        }
    }

    /// Handles a start tag; returns false when the element's subtree is to be skipped.
    fn open(
        &mut self,
        e: &scraper::node::Element,
        node: ego_tree::NodeRef<'_, Node>,
        nested: bool,
    ) -> bool {
        let name = e.name();
        let signals = &mut self.page.signals;
        if name == "head" {
            self.in_head = true;
            return true;
        }
        if name == "script" {
            let ty = e.attribute("type").unwrap_or("");
            if ty.trim().eq_ignore_ascii_case("application/ld+json") {
                self.in_jsonld = true;
                signals.jsonld.push('\n');
                return true;
            }
        }
        if name == "meta" {
            if e.attribute("property").is_some_and(|p| p == "og:type") {
                signals.og_type = e
                    .attribute("content")
                    .map(|c| c.trim().to_ascii_lowercase());
            }
            if e.attribute("name")
                .is_some_and(|n| n.trim().eq_ignore_ascii_case("citation_title"))
            {
                signals.citation = true;
            }
            return true;
        }
        if matches!(name, "input" | "select" | "textarea" | "button") {
            signals.inputs += 1;
            if let Some(el) = innermost_mut(&self.stack, &mut self.page.elems) {
                el.buttoned = true;
            }
            let hidden_input = name == "input"
                && e.attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("hidden"));
            if let Some(form) = self.open_form.filter(|_| !hidden_input) {
                if let Some(el) = self.page.elems.get_mut(form as usize) {
                    el.controls = true;
                }
            } else if name == "input"
                && e.attribute("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"))
            {
                if let Some(el) = innermost_mut(&self.stack, &mut self.page.elems) {
                    el.controls = true;
                }
            }
        }
        let marks = Marks::of(e);
        if marks
            .itemprop
            .is_some_and(|p| p.contains("price") || p == "offers")
            || marks.itemtype.is_some_and(|t| t.contains("Product"))
        {
            signals.product_markup += 1;
        }
        if marks.itemtype.is_some_and(is_post_type) {
            signals.post_items += 1;
        }
        if name == "noscript" && !nested && !self.in_head {
            let raw = node.first_child().and_then(|c| match c.value() {
                Node::Text(t) => Some(&**t),
                _ => None,
            });
            if let Some(raw) = raw.filter(|r| is_noscript_content(r)) {
                let fragment = Html::parse_fragment(raw);
                self.walk(fragment.tree.root(), true);
            }
            return false;
        }
        if name == "template" {
            // A streamed section is read where its placeholder stands, in the story's order,
            // and skipped where the stream put it (at the end of `<body>`).
            let n = marks.id.and_then(placeholder_number);
            if let Some(seg) = n.and_then(|n| self.segments.take(node, n)) {
                for child in seg.children() {
                    self.walk(child, nested);
                }
            }
            return false;
        }
        let question_button = name == "button" && self.is_question_button(node);
        let skipped = marks.hidden && self.segments.is_placed(node.id())
            || (is_skipped(name) && !question_button)
            || is_short_time_form(&marks, node)
            || is_drawn_picture(name, &marks);
        let hidden = !skipped
            && !self.page.reading.hidden
            && is_hidden(&marks, node)
            && !self.reads_as_answer(name);
        if skipped || hidden {
            if Tag::of(name).is_some() {
                if hidden {
                    self.page.signals.hidden_blocks += 1;
                }
                // A block left out still ends the words before it, with or without the
                // indentation around it (which the input pass may have removed).
                self.inline.space();
            }
            return false;
        }
        let signals = &mut self.page.signals;
        match name {
            "a" => {
                self.link_depth += 1;
                self.inline.links += 1;
            }
            "code" | "kbd" | "samp" | "tt" => {
                self.code_depth += 1;
                signals.code_elems += 1;
            }
            "br" if self.pre_depth > 0 => self.inline.line_break(),
            "br" => self.inline.line_break_or_space(),
            "img" | "wbr" => {
                self.inline.space();
                if name == "img" {
                    signals.images += 1;
                    if let Some(el) = innermost_mut(&self.stack, &mut self.page.elems) {
                        el.pictured = true;
                    }
                }
            }
            "time" => {
                signals.times += 1;
                if let Some(el) = innermost_mut(&self.stack, &mut self.page.elems) {
                    if !el.time {
                        el.time = true;
                        el.time_holders += 1;
                    }
                }
            }
            "td" | "th" => self.inline.space(),
            _ => {}
        }
        let Some(tag) = Tag::of(name) else {
            return true;
        };
        if tag == Tag::Article {
            signals.articles += 1;
        }
        if tag == Tag::Main {
            signals.mains += 1;
        }
        if tag == Tag::Pre {
            signals.code_elems += 1;
            self.pre_depth += 1;
        }
        flush(&mut self.page, &mut self.inline, &self.stack);
        let (mut class, forum_names, shape) = self.class_signal(marks.class, marks.id);
        let role_is = |roles| marks.role.is_some_and(|r| role_is_one_of(r, roles));
        let modal = marks
            .aria_modal
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let breadcrumbs = marks.itemtype.is_some_and(is_breadcrumb_type);
        if role_is(CHROME_ROLES) || modal || breadcrumbs {
            // A dialog is chrome unless it holds the page (some sites show stories in one). A
            // menu, a toolbar or a breadcrumb trail is page furniture: never a weakly named
            // title box, even around the `<h1>` (a theme's last crumb).
            class.negative = true;
            class.chrome |= role_is(FURNITURE_ROLES) || breadcrumbs;
            class.comment_only = false;
            class.banner = false;
            class.layout_only = false;
            class.header_only = false;
            class.dialog = role_is(DIALOG_ROLES) || modal;
        }
        if (class.negative || class.positive) && forum_names {
            self.page.signals.forum_markup += 1;
        }
        let idx = self.page.elems.len() as u32;
        let n_blocks = self.page.blocks.len() as u32;
        self.page.elems.push(Elem {
            parent: self.stack.last().copied().unwrap_or(NONE),
            tag,
            class,
            end_elem: idx + 1,
            first_block: n_blocks,
            end_block: n_blocks,
            chars: 0,
            link_chars: 0,
            links: 0,
            block_links: 0,
            shape,
            score: 0.0,
            scored: false,
            controls: false,
            time: false,
            time_holders: 0,
            unshown_price: is_unshown_price_form(&marks, node),
            pictured: false,
            buttoned: false,
        });
        if tag == Tag::Form {
            self.open_form = Some(idx);
        }
        self.stack.push(idx);
        true
    }

    /// Whether `node` (a `<button>`) says a question: an accordion's toggle, whose answer
    /// follows hidden. Counted as an answer's sign; read only when the walk reads answers.
    fn is_question_button(&mut self, node: ego_tree::NodeRef<'_, Node>) -> bool {
        let mut text = String::new();
        for d in node.descendants() {
            if let Node::Text(t) = d.value() {
                text.push_str(t);
                if text.len() > 4 * MAX_QUESTION_CHARS as usize {
                    return false;
                }
            }
        }
        let chars = text.trim().chars().count() as u32;
        if !is_question(&text, chars) || !answer_follows(node) {
            return false;
        }
        self.page.signals.faq_answers += 1;
        self.page.reading.answers
    }

    /// Whether a hidden element named `name` follows a question (the text gathered so far, or
    /// else the last block): an FAQ's answer, counted, and read when the walk reads answers.
    fn reads_as_answer(&mut self, name: &str) -> bool {
        if Tag::of(name).is_none() {
            return false;
        }
        // A linked question is a heading's (an accordion's toggle), not a breadcrumb's or a
        // menu's.
        let elems = &self.page.elems;
        let heading = |e: u32| elems.get(e as usize).is_some_and(|el| el.tag.is_heading());
        let follows_question = if self.inline.text.is_empty() {
            self.page.blocks.last().is_some_and(|b| {
                (b.link_chars == 0 || heading(b.elem)) && is_question(&b.text, b.chars)
            })
        } else {
            let held = self.stack.last().copied().unwrap_or(NONE);
            (self.inline.link_chars == 0 || heading(held))
                && is_question(&self.inline.text, self.inline.chars)
        };
        if follows_question {
            self.page.signals.faq_answers += 1;
        }
        follows_question && self.page.reading.answers
    }

    /// [`classify`] with the class string read through the page's cache, whether the names
    /// are a forum's, and the class's [`shape_key`]. (The class and the id are read apart:
    /// every pattern lies within one name, so the signals combine.)
    fn class_signal(&mut self, class: Option<&str>, id: Option<&str>) -> (ClassSignal, bool, u32) {
        let buf = &mut self.class_buf;
        let (mut signal, mut forum, shape) = match class {
            Some(class) => self.class_cache.get(class, |class| {
                let signal = classify(Some(class), None, buf);
                (signal, signal.forum, shape_key(class))
            }),
            None => (ClassSignal::default(), false, 0),
        };
        if id.is_some() {
            let by_id = classify(None, id, buf);
            signal = signal.or(by_id);
            forum |= by_id.forum;
        }
        (signal, forum, shape)
    }

    /// Handles an end tag.
    fn close(&mut self, name: &str) {
        if self.in_jsonld && name == "script" {
            self.in_jsonld = false;
            return;
        }
        if name == "head" {
            self.in_head = false;
            return;
        }
        match name {
            "a" => self.link_depth = self.link_depth.saturating_sub(1),
            "code" | "kbd" | "samp" | "tt" => self.code_depth = self.code_depth.saturating_sub(1),
            "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
            "td" | "th" => self.inline.space(),
            _ => {}
        }
        if Tag::of(name).is_none() {
            self.inline.element_edge = self.pre_depth == 0 && !self.inline.pending_space;
            return;
        }
        flush(&mut self.page, &mut self.inline, &self.stack);
        let Some(idx) = self.stack.pop() else { return };
        if self.open_form == Some(idx) {
            self.open_form = None;
        }
        let page = &mut self.page;
        let n_elems = page.elems.len() as u32;
        let n_blocks = page.blocks.len() as u32;
        let (chars, link_chars, links, block_links, time_holders, parent) = {
            let el = &mut page.elems[idx as usize];
            el.end_elem = n_elems;
            el.end_block = n_blocks;
            (
                el.chars,
                el.link_chars,
                el.links,
                el.block_links,
                el.time_holders,
                el.parent,
            )
        };
        if parent != NONE {
            let p = &mut page.elems[parent as usize];
            p.time_holders += time_holders;
            p.block_links += block_links;
            p.chars += chars;
            p.link_chars += link_chars;
            p.links += links;
        }
    }

    /// Flushes the last text and closes elements left open.
    fn finish(mut self) -> Page {
        flush(&mut self.page, &mut self.inline, &self.stack);
        // Elements left open (cannot happen with html5ever, but be safe) close at the end.
        let n_elems = self.page.elems.len() as u32;
        let n_blocks = self.page.blocks.len() as u32;
        while let Some(idx) = self.stack.pop() {
            let el = &mut self.page.elems[idx as usize];
            el.end_elem = n_elems;
            el.end_block = n_blocks;
        }
        lift_title_banners(&mut self.page.elems);
        self.page
    }
}

/// Clears the boilerplate mark of the title boxes ([`is_title_box_name`]) that hold the page's
/// title: those holding an `<h1>`, and those inside a banner whose mark is cleared (its lead
/// paragraph in a `hero-banner__wrapper` beside the heading's box). A banner without the title
/// is a promotion or a site-wide strip; a weakly named box without it keeps its mark too.
fn lift_title_banners(elems: &mut [Elem]) {
    if !elems.iter().any(|e| is_title_box_name(&e.class)) {
        return;
    }
    // Elements come in document order, each after its ancestors: one pass from the end marks
    // the elements with an `<h1>` below them, one from the start lifts the boxes.
    let mut holds_h1 = vec![false; elems.len()];
    for e in (0..elems.len()).rev() {
        if holds_h1[e] || elems[e].tag == Tag::H(1) {
            if let Some(up) = holds_h1.get_mut(elems[e].parent as usize) {
                *up = true;
            }
        }
    }
    // Per element, whether the nearest banner above it has its mark cleared (`None`: no banner
    // above it).
    let mut in_lifted_banner: Vec<Option<bool>> = vec![None; elems.len()];
    for e in 0..elems.len() {
        let p = elems[e].parent as usize;
        let inherited = match elems.get(p) {
            Some(up) if up.class.banner => Some(!up.class.negative),
            Some(_) => in_lifted_banner[p],
            None => None,
        };
        in_lifted_banner[e] = inherited;
        if is_title_box_name(&elems[e].class) && (holds_h1[e] || inherited == Some(true)) {
            elems[e].class.negative = false;
            elems[e].class.chrome = false;
        }
    }
}

/// Whether class names `c` may be those of a box holding the page's title: a banner
/// ([`ClassSignal::banner`]), or any name whose boilerplate mark is weak, naming no page
/// furniture, no strong boilerplate (sharing, comments, consent), no dialog and no content
/// either (a page builder's section named after its component, `teaser-8bd8b65e`, over a
/// landing page's hero; a block's BEM `__header` element). Holding the `<h1>`, such a box is
/// the page's opening section.
fn is_title_box_name(c: &ClassSignal) -> bool {
    c.banner
        || (c.negative
            && !c.strong
            && !c.chrome
            && !c.consent
            && !c.dialog
            && !c.comment_only
            && !c.positive)
}

/// A hash of a class attribute's names without the ones holding digits (`post-1234`, `item-7`
/// number each item of a list) or naming the item's tags and categories (`tag-travel`,
/// `product_cat-mugs`): the items of one list share it. `0` when no name is left.
pub(crate) fn shape_key(class: &str) -> u32 {
    /// One step of FNV-1a.
    fn mix(h: u32, b: u8) -> u32 {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }
    let mut h: u32 = 0x811c_9dc5;
    let mut any = false;
    for token in class.split_ascii_whitespace() {
        if token.bytes().any(|b| b.is_ascii_digit()) || is_taxonomy_token(token) {
            continue;
        }
        any = true;
        // FNV-1a over the name and the space after it.
        h = mix(token.bytes().fold(h, mix), b' ');
    }
    if any {
        h.max(1)
    } else {
        0
    }
}

/// Whether a schema.org `itemtype` (one or more type URLs) names a breadcrumb trail
/// ("https://schema.org/BreadcrumbList"): the links up to the page's section, on any site,
/// page furniture rather than what the page says.
fn is_breadcrumb_type(itemtype: &str) -> bool {
    itemtype
        .split_ascii_whitespace()
        .any(|t| super::kind::schema_type_name(t).eq_ignore_ascii_case("BreadcrumbList"))
}

/// schema.org types of a discussion's posts: a forum thread's opening post and the replies
/// under it. An FAQ's `Question` and `Answer` are no thread's posts, and a `Comment` may be a
/// blog's comment under a story (WordPress themes mark every one so).
const POST_TYPES: &[&str] = &["DiscussionForumPosting", "UserComments"];

/// Whether a schema.org `itemtype` (one or more type URLs) names a post of a discussion
/// ([`POST_TYPES`]).
fn is_post_type(itemtype: &str) -> bool {
    itemtype.split_ascii_whitespace().any(|t| {
        let name = super::kind::schema_type_name(t);
        POST_TYPES.iter().any(|p| name.eq_ignore_ascii_case(p))
    })
}

/// ARIA roles of page chrome: dialogs, and the widgets whose text is a control's label (a
/// video player's "Play", "Loaded: 0%", a toolbar's buttons), never the page's content.
const CHROME_ROLES: &[&str] = &[
    "dialog",
    "alertdialog",
    "slider",
    "progressbar",
    "toolbar",
    "menubar",
    "menu",
    "scrollbar",
    "spinbutton",
    "switch",
    "tooltip",
];

/// The roles among [`CHROME_ROLES`] that name page furniture: menus and toolbars (a tooltip or
/// a slider is a part of what it sits in).
const FURNITURE_ROLES: &[&str] = &["menu", "menubar", "toolbar"];

/// The roles among [`CHROME_ROLES`] of a dialog shown on top of the page.
const DIALOG_ROLES: &[&str] = &["dialog", "alertdialog"];

/// Whether an element's `role` attribute is one of `roles`.
fn role_is_one_of(role: &str, roles: &[&str]) -> bool {
    let role = role.trim();
    roles.iter().any(|r| role.eq_ignore_ascii_case(r))
}

/// Turns the gathered inline text into a block of the innermost open element.
fn flush(page: &mut Page, inline: &mut Inline, stack: &[u32]) {
    if inline.text.is_empty() {
        // No text, so no counted characters: only the pending marks go. A link opened before
        // a block (`<a><h3>…</h3></a>`, a card's link) still counts for the element holding it.
        if let Some(&elem) = stack.last() {
            page.elems[elem as usize].block_links += inline.links;
        }
        inline.clear();
        return;
    }
    let Some(&elem) = stack.last() else {
        inline.clear();
        return;
    };
    let cut = inline.tail_cut();
    let b = &*inline;
    // A tail of chrome set in the story's own text goes before anything counts it.
    let (text, chars, link_chars, links, long_parts) = match cut {
        Some(c) => (
            b.text[..c.byte].trim_end(),
            c.chars,
            c.link_chars,
            c.links,
            c.long_parts,
        ),
        None => (
            b.text.as_str(),
            b.chars,
            b.link_chars,
            b.links,
            b.long_paragraphs(),
        ),
    };
    let el = &mut page.elems[elem as usize];
    el.chars += chars;
    el.link_chars += link_chars;
    el.links += links;
    page.blocks.push(Block {
        // A copy of its own size: the gathering buffer keeps its room for the next block.
        text: text.to_string(),
        elem,
        chars,
        link_chars,
        code_chars: b.code_chars.min(chars),
        long_parts,
        // A text cut before its head ends (a pointer can not be its first paragraph) has none.
        head: b.head.filter(|h| (h.end as usize) <= text.len()),
        lines: b.whole_lines(text.len(), chars),
    });
    inline.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_whitespace_follows_the_source() {
        let doc = Html::parse_document(
            "<p>Hello <b>big</b>world<i> and</i>\n more<br>lines</p><div>x<span>y</span></div>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Hello bigworld and more lines", "xy"]);
    }

    #[test]
    fn a_breadcrumb_itemtype_is_read_among_several() {
        assert!(is_breadcrumb_type("https://schema.org/BreadcrumbList"));
        assert!(is_breadcrumb_type(" http://schema.org/BreadcrumbList/ "));
        assert!(is_breadcrumb_type(
            "https://schema.org/BreadcrumbList https://schema.org/ItemList"
        ));
        assert!(!is_breadcrumb_type("https://schema.org/ItemList"));
        assert!(!is_breadcrumb_type(""));
    }

    #[test]
    fn a_posts_itemtype_is_read_and_an_faqs_is_not() {
        assert!(is_post_type("https://schema.org/DiscussionForumPosting"));
        assert!(!is_post_type("http://schema.org/Comment"));
        assert!(is_post_type("https://schema.org/UserComments"));
        assert!(!is_post_type("https://schema.org/Answer"));
        assert!(!is_post_type("https://schema.org/Question"));
        assert!(!is_post_type("https://schema.org/CommentAction"));
    }

    #[test]
    fn a_capital_after_an_inline_elements_end_starts_a_word() {
        let doc = Html::parse_document(
            "<a href=/p><span>Black Diamond</span><span>Spot 400 Headlamp</span></a>\
             <p><b>i</b>Phone, <span>Mc</span>Donald, <b>PRO</b>S, <b>HOKA</b>Clifton, Big<b>Deal</b></p>\
             <p><strong>Global Partnerships</strong>We work with clients.</p>\
             <pre><span>get</span>Value</pre><p><code><span>get</span>Value</code></p>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Black Diamond Spot 400 Headlamp",
                "iPhone, McDonald, PROS, HOKA Clifton, BigDeal",
                "Global Partnerships We work with clients.",
                "getValue",
                "getValue"
            ]
        );
    }

    #[test]
    fn a_figure_after_an_inline_label_ending_a_word_starts_a_word() {
        // A recipe card's label and value in sibling spans that its style sets apart; a unit's
        // exponent and a footnote mark inside their word stay joined.
        let doc = Html::parse_document(
            "<div><span class=label>Prep Time</span><span class=value>2 hrs</span></div>\
             <p>Area 40 km<sup>2</sup>, <b>MP</b>3, <b>i</b>5 chips.</p>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["Prep Time 2 hrs", "Area 40 km2, MP3, i5 chips."]
        );
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_indentation() {
        let doc = Html::parse_document(
            "<p>a\n  b</p><pre><code><span>def</span> f():\n\n    <b>return</b> 1\n</code>\
             x<br>y</pre><p>c\n d</p>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a b", "def f():\n    return 1\nx\ny", "c d"]);
    }

    #[test]
    fn invisible_characters_are_dropped_and_counted_out() {
        let mut inline = Inline::default();
        inline.push_text(
            "  \u{200b} Zwe\u{ad}ite\u{00a0}Straße\u{feff}  ",
            false,
            false,
            false,
        );
        inline.push_text("\t<a>", true, false, false);
        assert_eq!(inline.text, "Zweite Straße <a>");
        assert!(!inline.pending_space);
        assert_eq!(inline.chars, 15);
        assert_eq!(inline.link_chars, 3);
    }

    /// [`Inline::push_text`] read one character at a time and one word at a time: what the
    /// run reading must give.
    fn push_text_char_by_char(
        inline: &mut Inline,
        s: &str,
        in_link: bool,
        in_code: bool,
        keep_lines: bool,
    ) {
        let mut word: Option<(usize, usize, bool)> = None;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if let Some((start, chars, invisible)) = word.take() {
                    inline.push_word(&s[start..i], chars, invisible, in_link, in_code);
                }
                if !inline.text.is_empty() {
                    inline.pending_space = true;
                    if keep_lines && c.is_ascii() {
                        inline.keep_line_space(c as u8);
                    }
                }
            } else {
                let hidden = matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}');
                let (_, chars, invisible) = word.get_or_insert((i, 0, false));
                *chars += 1;
                *invisible |= hidden;
            }
        }
        if let Some((start, chars, invisible)) = word {
            inline.push_word(&s[start..], chars, invisible, in_link, in_code);
        }
    }

    /// Every text of up to five characters drawn from ASCII letters and spacing, invisible
    /// characters, a non-ASCII letter and a non-ASCII space reads as character by character.
    #[test]
    fn push_text_reads_as_char_by_char() {
        const ALPHABET: [char; 8] = [
            'a', ' ', '\n', '\t', '\u{200b}', '\u{e9}', '\u{a0}', '\u{ad}',
        ];
        let state = |inline: &Inline| {
            (
                inline.text.clone(),
                inline.chars,
                inline.link_chars,
                inline.code_chars,
                inline.pending_space,
                inline.pending_line,
                inline.pending_indent.clone(),
            )
        };
        let mut s = String::new();
        for len in 0..=5u32 {
            for mut n in 0..ALPHABET.len().pow(len) {
                s.clear();
                for _ in 0..len {
                    s.push(ALPHABET[n % ALPHABET.len()]);
                    n /= ALPHABET.len();
                }
                for (keep_lines, before) in [(false, ""), (false, "x "), (true, ""), (true, "x\n")]
                {
                    let (mut fast, mut slow) = (Inline::default(), Inline::default());
                    for (t, link) in [(before, false), (s.as_str(), true), ("y z", false)] {
                        fast.push_text(t, link, !link, keep_lines);
                        push_text_char_by_char(&mut slow, t, link, !link, keep_lines);
                    }
                    assert_eq!(state(&fast), state(&slow), "{s:?} {keep_lines}");
                }
            }
        }
    }

    #[test]
    fn runs_of_ascii_words_read_as_word_by_word() {
        let mut inline = Inline::default();
        inline.push_text("one two  three four\u{200b}five six", false, true, false);
        inline.push_text("seven eight\u{ad} n\u{e9}e ", true, false, false);
        assert_eq!(
            inline.text,
            "one two three fourfive sixseven eight n\u{e9}e"
        );
        assert_eq!(inline.chars, 35);
        assert_eq!(inline.code_chars, 22);
        assert_eq!(inline.link_chars, 13);
        assert!(inline.pending_space);
        let mut pre = Inline::default();
        pre.push_text("a b\n  c d", false, false, true);
        assert_eq!(pre.text, "a b\n  c d");
    }

    #[test]
    fn nested_blocks_split_text_and_aggregate_counts() {
        let doc = Html::parse_document(
            "<div id=a>intro <p>one <a href=x>link</a></p> outro<script>var x</script></div>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["intro", "one link", "outro"]);
        let div = page.elems.iter().position(|e| e.tag == Tag::Div).unwrap();
        assert_eq!(page.elems[div].chars, 5 + 7 + 5);
        assert_eq!(page.elems[div].link_chars, 4);
        assert_eq!(page.elems[div].end_block - page.elems[div].first_block, 3);
    }

    #[test]
    fn hidden_and_script_text_is_skipped() {
        let doc = Html::parse_document(
            "<p>a</p><p hidden>b</p><p style='display: none'>c</p><p aria-hidden=true>d</p><style>e</style>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a"]);
    }

    #[test]
    fn product_mockups_drawn_in_markup_are_left_out() {
        let doc = Html::parse_document(
            "<p>Plan projects with your team.</p>\
             <div class='hero_illustration__x1'><p>ENG-101 Fix login</p></div>\
             <figure class='DomGraphic'><span>Card number</span></figure>\
             <section class='swimlane-graphic'><p>const a = 1;</p></section>\
             <section class='page-section hero-graphic'><p>Ship faster.</p></section>\
             <div class='has-graphic'><p>Track every issue.</p></div>\
             <p class='typographic'>Set in serif.</p>\
             <div class='hero hero--illustration'><p>A hero beside its picture.</p></div>\
             <div class='card no-graphic'><p>A card without one.</p></div>\
             <figure class='InfoGraphic'><p>An infographic's words.</p></figure>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Plan projects with your team.",
                "Ship faster.",
                "Track every issue.",
                "Set in serif.",
                "A hero beside its picture.",
                "A card without one.",
                "An infographic's words."
            ]
        );
    }

    #[test]
    fn hidden_answers_after_questions_are_counted_and_read_on_request() {
        let doc = Html::parse_document(
            "<h3>Is it free?</h3><div hidden><p>a</p></div>\
             <p>Plain line.</p><div style='display:none'><p>b</p></div>\
             <li><a href=/x>Linked?</a></li><div aria-hidden=true><p>c</p></div>\
             <div>Inline question? <div aria-hidden=true><p>d</p></div></div>",
        );
        let texts =
            |page: &Page| -> Vec<String> { page.blocks.iter().map(|b| b.text.clone()).collect() };
        let page = flatten(&doc);
        assert_eq!(page.signals.faq_answers, 2);
        assert_eq!(
            texts(&page),
            vec!["Is it free?", "Plain line.", "Linked?", "Inline question?"]
        );
        let page = flatten_with(
            &doc,
            Reading {
                answers: true,
                ..Reading::default()
            },
        );
        assert_eq!(
            texts(&page),
            vec![
                "Is it free?",
                "a",
                "Plain line.",
                "Linked?",
                "Inline question?",
                "d"
            ]
        );
    }

    #[test]
    fn question_buttons_with_an_answer_after_them_are_counted_and_read_on_request() {
        let doc = Html::parse_document(
            "<h3><button>Is it free?</button></h3><div><p>Yes.</p></div>\
             <button>Do you ship?</button><div> </div><p>b</p>\
             <button>Add to cart</button><div><p>c</p></div>",
        );
        let texts =
            |page: &Page| -> Vec<String> { page.blocks.iter().map(|b| b.text.clone()).collect() };
        let page = flatten(&doc);
        assert_eq!(page.signals.faq_answers, 1);
        assert_eq!(texts(&page), vec!["Yes.", "b", "c"]);
        let page = flatten_with(
            &doc,
            Reading {
                answers: true,
                ..Reading::default()
            },
        );
        assert_eq!(texts(&page), vec!["Is it free?", "Yes.", "b", "c"]);
    }

    #[test]
    fn a_hidden_wrapper_of_the_whole_page_is_read() {
        // Hidden until the application starts: the page's one wrapper, scripts beside it.
        let doc = Html::parse_document(
            "<body><div id=app><div style='visibility: hidden; min-height: 100vh'>\
             <p>a</p><div style='display:none'><p>b</p></div><p>c</p></div></div>\
             <script>start()</script></body>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a", "c"]);
        // A hidden box beside other content stays out.
        let doc = Html::parse_document(
            "<body><div id=app><div style='display:none'><p>a</p></div><p>c</p></div></body>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["c"]);
    }

    #[test]
    fn streamed_sections_are_read_at_their_placeholders() {
        let doc = Html::parse_document(
            "<body><main><p>a</p><template id='B:0'></template><p>c</p>\
             <template id='P:z'></template></main>\
             <div hidden id='S:0'><p>b</p><template id='P:a'></template></div>\
             <div hidden id='S:a'><p>b2</p></div><div hidden id='S:z'><p>d</p></div>\
             <div hidden id='S:7'><p>e</p></div><template id='B:0'></template></body>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a", "b", "b2", "c", "d", "e"]);
    }

    #[test]
    fn shape_keys_ignore_numbered_names() {
        assert_eq!(
            shape_key("post post-123 odd"),
            shape_key("post post-456 odd")
        );
        assert_ne!(shape_key("post"), shape_key("post odd"));
        assert_eq!(
            shape_key("product product_cat-cups tag-red"),
            shape_key("product product_cat-mugs tag-blue")
        );
        assert_eq!(shape_key("item-1 x2"), 0);
        assert_eq!(shape_key(""), 0);
        // The key is FNV-1a over each kept name and a space after it.
        let fnv = |text: &str| {
            text.bytes().fold(0x811c_9dc5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            })
        };
        assert_eq!(shape_key("Card  post-12 wide"), fnv("Card wide ").max(1));
    }

    #[test]
    fn collapsed_accordion_and_tab_panes_are_read() {
        let doc = Html::parse_document(
            "<div role=region style='display:none'><p>a</p></div>\
             <div class='faq-accordion__body' hidden><p>b</p></div>\
             <div class='tab-pane fade' aria-hidden=true><p>c</p></div>\
             <ul class='menu' style='display:none'><li>d</li></ul>",
        );
        let page = flatten(&doc);
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a", "b", "c"]);
    }
}
