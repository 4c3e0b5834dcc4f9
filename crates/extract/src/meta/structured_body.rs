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
const SKIPPED_TAGS: &[&str] = &["script", "style", "figcaption"];

/// `raw` (an `articleBody` string as the JSON-LD holds it) as paragraphs: markup removed (a
/// paragraph break where a block element ends), entities decoded, each line collapsed, empty
/// lines dropped, and the paragraphs joined with a blank line.
pub(crate) fn paragraphs(raw: &str) -> String {
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

/// `raw` without its tags: a line break where a [`BREAKING_TAGS`] element opens or closes, the
/// content of [`SKIPPED_TAGS`] elements dropped. A `<` that opens no tag ("a < b") is text.
fn strip_markup(raw: &str) -> String {
    if !raw.contains('<') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    // The skipped element whose end tag is awaited, if any.
    let mut skipping: Option<&str> = None;
    while let Some(i) = rest.find('<') {
        if skipping.is_none() {
            out.push_str(&rest[..i]);
        }
        rest = &rest[i..];
        let Some(tag) = parse_tag(rest) else {
            if skipping.is_none() {
                out.push('<');
            }
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        match skipping {
            Some(name) => {
                if tag.closing && tag.name.eq_ignore_ascii_case(name) {
                    skipping = None;
                    out.push('\n');
                }
            }
            None => {
                if let Some(name) = SKIPPED_TAGS
                    .iter()
                    .find(|n| !tag.closing && n.eq_ignore_ascii_case(tag.name))
                {
                    skipping = Some(name);
                } else if BREAKING_TAGS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(tag.name))
                {
                    out.push('\n');
                }
            }
        }
    }
    if skipping.is_none() {
        out.push_str(rest);
    }
    out
}

/// One tag at the start of a text.
struct Tag<'a> {
    /// Element name; empty for comments and declarations.
    name: &'a str,
    closing: bool,
    /// Bytes from `<` to `>` inclusive.
    len: usize,
}

/// The tag that `s` (starting with `<`) opens: `<name ...>`, `</name>`, `<!...>` or `<?...>`;
/// `None` when `<` is followed by no letter, `/`, `!` or `?`, or no `>` closes it.
fn parse_tag(s: &str) -> Option<Tag<'_>> {
    let after = &s[1..];
    let first = after.chars().next()?;
    let end = s.find('>')? + 1;
    if first == '!' || first == '?' {
        return Some(Tag {
            name: "",
            closing: false,
            len: end,
        });
    }
    let (closing, body) = match after.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, after),
    };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    Some(Tag {
        name: &body[..name_len],
        closing,
        len: end,
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
    fn captions_are_left_out() {
        assert_eq!(
            paragraphs(
                "<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure><p>Text.</p>"
            ),
            "Text."
        );
    }
}
