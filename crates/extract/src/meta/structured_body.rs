//! The story's text as its publisher states it in JSON-LD (`articleBody`), made into the
//! engine's body format: paragraphs parted by a blank line, no markup.
//!
//! Publishers that draw their pages by script, or show a teaser above a paywall, often still
//! give the whole story here; the body reader falls back on it when the page's own text is
//! much shorter ([`crate::body`]).

use super::jsonld::decode_entities;
use super::text::collapse;

/// Elements whose end (or, for `<br>`, whose presence) parts paragraphs in markup that a CMS
/// left in `articleBody`.
const BREAKING_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
];

/// Elements whose content is never text of the story.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "figcaption",
    "noscript",
    "template",
    "iframe",
    "svg",
];

/// Tags whose escaped form (`&lt;p&gt;`) shows that a CMS escaped its markup once more, where a
/// lone `&lt;` is the text's own less-than sign.
const ESCAPED_TAGS: &[&str] = &[
    "&lt;p&gt;",
    "&lt;/p&gt;",
    "&lt;br",
    "&lt;div",
    "&lt;/div&gt;",
];

/// `raw` (an `articleBody` string as the JSON-LD holds it) as paragraphs: markup removed (a
/// paragraph break where a block element ends), entities decoded, each line collapsed, empty
/// lines dropped, and the paragraphs joined with a blank line. Markup a CMS escaped once more
/// (`&lt;p&gt;` with no `<` anywhere) is decoded before it is removed.
pub(crate) fn paragraphs(raw: &str) -> String {
    let escaped_markup = !raw.contains('<') && ESCAPED_TAGS.iter().any(|t| raw.contains(t));
    let unescaped;
    let raw = if escaped_markup {
        unescaped = decode_entities(raw);
        unescaped.as_str()
    } else {
        raw
    };
    let plain = strip_markup(raw);
    let decoded = decode_entities(&plain);
    let mut out = String::with_capacity(decoded.len());
    for line in decoded.split(['\n', '\r']) {
        let line = collapse(line);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out
}

/// `raw` without its tags and comments: a line break where a [`BREAKING_TAGS`] element opens
/// or closes, the content of [`SKIPPED_TAGS`] elements dropped up to their end tag (read as
/// HTML reads a script: a `<` inside is the script's). A `<` that opens no tag ("a < b") is
/// text, and so is all that follows a tag that no `>` closes (no `>` is left to close another);
/// an unclosed comment's marker is dropped. Linear: every search starts where the last ended.
fn strip_markup(raw: &str) -> String {
    if !raw.contains('<') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let tag = match parse_tag(rest) {
            TagRead::Tag(tag) => tag,
            TagRead::Text => {
                out.push('<');
                rest = &rest[1..];
                continue;
            }
            TagRead::Unclosed => break,
        };
        rest = &rest[tag.len..];
        let skipped = SKIPPED_TAGS
            .iter()
            .find(|n| !tag.closing && n.eq_ignore_ascii_case(tag.name));
        if let Some(name) = skipped {
            // Everything up to the element's end tag, or to the end when it has none.
            rest = after_end_tag(rest, name).unwrap_or("");
            out.push('\n');
        } else if BREAKING_TAGS
            .iter()
            .any(|n| n.eq_ignore_ascii_case(tag.name))
        {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// The text after the first end tag of element `name` (`</script>`, any case) in `s`.
fn after_end_tag<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let bytes = s.as_bytes();
    let at = memchr::memmem::find_iter(bytes, b"</").find(|&i| {
        let after = &s[i + 2..];
        crate::dom::starts_with_ignore_ascii_case(after, name)
            && !after[name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
    })?;
    let close = s[at..].find('>')?;
    Some(&s[at + close + 1..])
}

/// One tag at the start of a text.
struct Tag<'a> {
    /// Element name; empty for comments and declarations.
    name: &'a str,
    /// Whether it is an end tag (`</p>`).
    closing: bool,
    /// Bytes from `<` to the end of the tag (its `>`, or a comment's `-->`; an unclosed
    /// comment's marker `<!--` alone).
    len: usize,
}

/// What a `<` at the start of a text opens.
enum TagRead<'a> {
    /// A tag, comment or declaration.
    Tag(Tag<'a>),
    /// Nothing: the `<` is text ("a < b").
    Text,
    /// A tag that nothing closes: the rest of the text holds no `>` (or `-->`).
    Unclosed,
}

/// What `s` (starting with `<`) opens: `<name ...>`, `</name>`, a comment `<!-- ... -->`, or
/// `<!...>` / `<?...>`; text when `<` is followed by no letter, `/` + letter, `!` or `?`.
fn parse_tag(s: &str) -> TagRead<'_> {
    let after = &s[1..];
    if let Some(comment) = after.strip_prefix("!--") {
        // A comment that never ends loses only its marker: the tags after it still close.
        let len = comment.find("-->").map_or(4, |end| 4 + end + 3);
        return TagRead::Tag(Tag {
            name: "",
            closing: false,
            len,
        });
    }
    let (closing, body) = match after.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, after),
    };
    let declaration = !closing && (body.starts_with('!') || body.starts_with('?'));
    if !declaration && !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return TagRead::Text;
    }
    let Some(end) = s.find('>') else {
        return TagRead::Unclosed;
    };
    let name = if declaration {
        ""
    } else {
        let name_len = body
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(body.len());
        &body[..name_len]
    };
    TagRead::Tag(Tag {
        name,
        closing,
        len: end + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_its_paragraphs() {
        assert_eq!(
            paragraphs("First  paragraph.\n\n\nSecond one.\r\nThird."),
            "First paragraph.\n\nSecond one.\n\nThird."
        );
    }

    #[test]
    fn markup_becomes_paragraphs_without_tags_or_entities() {
        let raw =
            "<p>The council&#8217;s vote was <a href=\"/x\">close</a>.</p><p>Next&nbsp;step</p>\
                   <script>track()</script><h2>Why</h2><p>Because a &lt; b<br>and more.</p>";
        assert_eq!(
            paragraphs(raw),
            "The council’s vote was close.\n\nNext step\n\nWhy\n\nBecause a < b\n\nand more."
        );
    }

    #[test]
    fn a_bare_less_than_sign_is_text() {
        assert_eq!(
            paragraphs("Prices rose < 2% and fell <3"),
            "Prices rose < 2% and fell <3"
        );
        assert_eq!(
            paragraphs("An open <tag without end"),
            "An open <tag without end"
        );
    }

    #[test]
    fn comments_and_escaped_markup_leave_no_trace() {
        assert_eq!(
            paragraphs("<p>One.</p><!-- <p>hidden</p> --><p>Two.</p>"),
            "One.\n\nTwo."
        );
        assert_eq!(
            paragraphs("&lt;p&gt;One &amp; two.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;"),
            "One & two.\n\nThree."
        );
        // An unclosed comment loses its marker; the tags after it still close.
        assert_eq!(
            paragraphs("<p>One.</p><!-- ad <p>Two.</p><script>track()</script>"),
            "One.\n\nad\n\nTwo."
        );
        // A lone escaped less-than sign is the text's.
        assert_eq!(paragraphs("If a &lt;b and c &gt; d"), "If a <b and c > d");
    }

    #[test]
    fn a_scripts_own_signs_do_not_end_it() {
        assert_eq!(
            paragraphs("<p>One.</p><script>for(i=0;i<n;i++){}</SCRIPT ><p>Two.</p>"),
            "One.\n\nTwo."
        );
        // A script that never ends takes the rest with it.
        assert_eq!(paragraphs("<p>One.</p><script>if (a<b) {"), "One.");
    }

    #[test]
    fn captions_are_left_out() {
        assert_eq!(
            paragraphs(
                "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure><p>Text.</p>"
            ),
            "Text."
        );
    }
}
