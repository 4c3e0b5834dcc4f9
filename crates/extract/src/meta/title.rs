//! The headline: the visible `<h1>` when the head's titles confirm it, else the head's titles
//! with the site's name cut off.

use super::jsonld::LdInfo;
use super::scan::{Heading, Scan};
use super::text::{collapse, key, similarity, words};

/// Word-set similarity from which a visible heading and a head title are the same headline.
pub(crate) const SAME_HEADLINE: f32 = 0.8;
/// Most words of a head title that names a section beside a large `<font>` headline.
pub(crate) const MAX_SECTION_LABEL_WORDS: usize = 3;
/// A visible heading with at least this many words is trusted without head confirmation.
pub(crate) const MIN_TRUSTED_HEADING_WORDS: usize = 4;

/// Separators between a headline and the site's name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " ~ ", " / ", " ― ",
];

/// The chosen title and, when one was cut from a head title, the site name found there.
pub(crate) struct Title {
    pub text: String,
    pub stripped_site: Option<String>,
    /// The head's `<title>`, site name cut, when `text` is a visible heading that neither
    /// `og:title` nor a JSON-LD headline confirms: on a service or landing page such a
    /// heading is a slogan more often than the page's name.
    pub unconfirmed_alternative: Option<String>,
}

/// Chooses the headline; a subtitle after ` | ` is cut, stray entities decoded.
pub(crate) fn choose(s: &Scan, ld: &LdInfo, site_names: &[String], host: &str) -> Title {
    let mut t = choose_raw(s, ld, site_names, host);
    t.text = tidy(&t.text);
    t.unconfirmed_alternative = t
        .unconfirmed_alternative
        .map(|a| tidy(&a))
        .filter(|a| !a.is_empty() && key(a) != key(&t.text));
    t
}

/// The finishing cuts every chosen title gets.
fn tidy(t: &str) -> String {
    strip_label(strip_anchor_mark(strip_source_domain(&cut_at_pipe(
        &super::jsonld::decode_entities(t),
    ))))
    .to_string()
}

/// `Headline (example.com)`: the source an aggregator links to goes.
fn strip_source_domain(t: &str) -> &str {
    let trimmed = t.trim_end();
    if let Some(open) = trimmed.strip_suffix(')').and_then(|h| h.rfind(" (")) {
        let inner = &trimmed[open + 2..trimmed.len() - 1];
        if super::looks_like_domain(inner) && words(&trimmed[..open]).len() >= 2 {
            return trimmed[..open].trim_end();
        }
    }
    t
}

/// Permalink marks that documentation generators append to headings (`Middleware¶`); a `#`
/// only after a space, so `C#` stays.
const ANCHOR_MARKS: &[char] = &['¶', '§', '🔗'];

fn strip_anchor_mark(t: &str) -> &str {
    let mut cut = t.trim_end().trim_end_matches(ANCHOR_MARKS).trim_end();
    if let Some(head) = cut.strip_suffix(" #") {
        cut = head.trim_end();
    }
    if cut.is_empty() {
        t
    } else {
        cut
    }
}

/// Words that forum and blog engines put before a headline as a label.
const LABELS: &[&str] = &["thread", "topic", "view topic", "title", "subject", "blog"];

/// `Thread: Headline`, `View topic - Headline` → `Headline`.
fn strip_label(t: &str) -> &str {
    for label in LABELS {
        let Some(head) = t.get(..label.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(label) {
            continue;
        }
        let rest = &t[label.len()..];
        let rest = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix(" -"))
            .or_else(|| rest.strip_prefix(" –"))
            .map(str::trim_start);
        if let Some(rest) = rest.filter(|r| words(r).len() >= 2) {
            return rest;
        }
    }
    t
}

/// `Headline | Subtitle or tagline` → `Headline`, when the headline has at least two words.
fn cut_at_pipe(t: &str) -> String {
    match t.split_once(" | ") {
        Some((head, _)) if words(head).len() >= 2 => head.trim().to_string(),
        _ => t.to_string(),
    }
}

fn choose_raw(s: &Scan, ld: &LdInfo, site_names: &[String], host: &str) -> Title {
    // A logo set as `<h1>` names the site as surely as `og:site_name`.
    let with_logos: Vec<String> = site_names
        .iter()
        .cloned()
        .chain(
            s.headings
                .iter()
                .filter(|h| h.site_logo)
                .map(|h| h.text.clone()),
        )
        .collect();
    let site_names = with_logos.as_slice();
    let head: Vec<String> = [
        s.meta_first(&["og:title"]),
        ld.headline.clone(),
        s.meta_first(&["twitter:title"]),
        s.meta_first(&[
            "headline",
            "dc.title",
            "parsely-title",
            "sailthru.title",
            "title",
        ]),
        s.title_tag.clone(),
        ld.name.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|t| collapse(&t))
    .filter(|t| !t.is_empty())
    .collect();

    // The site's name, or its domain printed as a heading ("virtualbox.org" on
    // forums.virtualbox.org).
    let is_site = |t: &str| {
        let k = key(t);
        let domain = super::looks_like_domain(t) && host.ends_with(&t.trim().to_ascii_lowercase());
        site_names.iter().any(|n| key(n) == k) || (!k.is_empty() && host_key(host) == k) || domain
    };
    // A site's name set as `<h1>` (a logo, a link home) is no headline.
    let headlines: Vec<&str> = s
        .headings
        .iter()
        .filter(|h| !h.site_logo && !is_site(&h.text))
        .map(|h| h.text.as_str())
        .collect();
    let mut stripped_site = None;
    let cleaned: Vec<String> = head
        .iter()
        .map(|t| {
            let (c, site) = strip_site(t, site_names, host, &headlines);
            if stripped_site.is_none() {
                stripped_site = site;
            }
            c
        })
        .collect();

    // The `<title>` to fall back on where a heading is not confirmed by the titles a
    // publisher writes for sharing and for search engines.
    let confirming: Vec<String> = [s.meta_first(&["og:title"]), ld.headline.clone()]
        .into_iter()
        .flatten()
        .map(|t| collapse(&t))
        .filter(|t| !t.is_empty())
        .collect();
    let title_tag = s
        .title_tag
        .as_deref()
        .map(|t| strip_site(&collapse(t), site_names, host, &headlines).0)
        .filter(|t| !t.is_empty() && !is_site(t));
    let raw_title_tag = s
        .title_tag
        .as_deref()
        .map(collapse)
        .filter(|t| !t.is_empty());
    let from_heading = |h: &str, stripped_site: Option<String>| {
        let confirmed = confirming.iter().any(|c| {
            same_headline(h, c) || same_headline(h, &strip_site(c, site_names, host, &headlines).0)
        });
        let text = strip_site_suffix(h, site_names, host);
        let og_title = s.meta_first(&["og:title"]);
        let text = ld
            .headline
            .as_deref()
            .and_then(|hl| {
                cut_prefix_label(
                    &text,
                    &collapse(hl),
                    &[og_title.as_deref(), raw_title_tag.as_deref()],
                )
            })
            .unwrap_or(text);
        // The `<title>`'s spelling of the same words: a theme's typography (curly quotes,
        // dashes, an ellipsis character) is applied to the heading, not to the head.
        let text = [title_tag.as_deref(), raw_title_tag.as_deref()]
            .into_iter()
            .flatten()
            .find(|t| {
                *t != text
                    && (same_but_typography(t, &text)
                        || dash_run_in(t, &text)
                        || lost_chars_in(&text, t))
            })
            .map_or(text, str::to_string);
        Title {
            text,
            stripped_site,
            unconfirmed_alternative: title_tag.clone().filter(|_| !confirmed),
        }
    };

    // 1. A visible heading that a head title confirms.
    for h in s
        .headings
        .iter()
        .filter(|h| !h.site_logo && !is_site(&h.text))
    {
        let confirmed = head
            .iter()
            .chain(cleaned.iter())
            .any(|c| same_headline(&h.text, c));
        if confirmed {
            return from_heading(&h.text, stripped_site);
        }
    }
    // 2. A lone article heading that looks like a headline.
    let mut visible: Vec<_> = s
        .headings
        .iter()
        .filter(|h| h.is_h1 && !h.in_masthead && !is_site(&h.text))
        .collect();
    if visible.is_empty() {
        // A page whose only `<h1>` sits in a `<header>` banner (a hero above the article):
        // the banner's heading, unless it is the site's logo or name.
        visible = s
            .headings
            .iter()
            .filter(|h| h.is_h1 && !h.site_logo && !is_site(&h.text))
            .collect();
    }
    if visible.is_empty() && !s.headings.iter().any(|h| h.is_h1) {
        // A page set before style sheets has no `<h1>`: its headline is the text set in a
        // large `<font>`.
        visible = s
            .headings
            .iter()
            .filter(|h| h.large_font && !is_site(&h.text))
            .collect();
    }
    // A banner slogan that shares almost no words with the head's own title ("Bring your
    // strategy to life" on "Work Management Software"): the head's title names the page,
    // unless it is itself a sentence or a bare `Home`.
    let unrelated = |h: &str| {
        cleaned.iter().filter(|c| !is_site(c)).take(1).any(|c| {
            similarity(h, c) < UNRELATED_HEADLINE && !sentence_like(c) && !generic_page_label(c)
        })
    };
    let headline_like =
        |h: &str| words(h).len() >= MIN_TRUSTED_HEADING_WORDS && !sentence_like(h) && !unrelated(h);
    if let [a, b] = visible.as_slice() {
        // Two article `<h1>`s on unrelated things: the one that reads as a headline, when only
        // one does (the other a widget's "Select your location", a label ending in a colon).
        let pick = match (headline_like(&a.text), headline_like(&b.text)) {
            (true, false) => Some(a),
            (false, true) => Some(b),
            _ => None,
        };
        if let Some(h) = pick.filter(|_| similarity(&a.text, &b.text) < UNRELATED_HEADLINE) {
            return from_heading(&h.text, stripped_site);
        }
    }
    // Three or more article `<h1>`s (a theme setting every teaser below the story as `<h1>`):
    // the first, when it reads as a headline on the head title's subject, is the story's.
    if visible.len() > 2 {
        if let Some(h) = visible.first().filter(|h| headline_like(&h.text)) {
            return from_heading(&h.text, stripped_site);
        }
    }
    // A head title of a few words beside a large `<font>` headline names the page's section
    // ("Site: Local News", "Site :: Community", "Printer Friendly Version"): a page set before
    // style sheets gives every story of a section the same `<title>`. The site's name before
    // a colon may be one the page names nowhere else ("The Daily Sentinel: Printer Friendly
    // Version"): what follows the last colon is then the label.
    let section_label = |h: &Heading| {
        h.large_font
            && words(&h.text).len() >= MIN_TRUSTED_HEADING_WORDS
            && !sentence_like(&h.text)
            && cleaned.iter().find(|c| !is_site(c)).is_some_and(|c| {
                // A colon that parts a label is followed by a space: not a time's ("8:00 PM")
                // nor a verse's ("John 3:16").
                let label = c.rsplit(": ").next().unwrap_or(c);
                // (The headline is unrelated to `c`: it was not trusted as `c`'s headline.)
                words(c).len() <= MAX_SECTION_LABEL_WORDS
                    || (1..=MAX_SECTION_LABEL_WORDS).contains(&words(label).len())
            })
    };
    if let [h] = visible.as_slice() {
        let trusted = headline_like(&h.text) || named_by_head(&h.text, &head) || section_label(h);
        if trusted || cleaned.is_empty() {
            return from_heading(&h.text, stripped_site);
        }
    }
    // 3. The head's titles, site name cut off.
    if let Some(t) = cleaned.iter().find(|t| !is_site(t)) {
        return Title {
            text: t.clone(),
            stripped_site,
            unconfirmed_alternative: None,
        };
    }
    let text = s
        .headings
        .first()
        .map(|h| h.text.clone())
        .or_else(|| cleaned.first().cloned())
        .unwrap_or_default();
    Title {
        text,
        stripped_site,
        unconfirmed_alternative: None,
    }
}

/// A heading that is a short label followed by the structured headline ("News Digital
/// Cameras: …", a forum's thread prefix set in the `<h1>`), where a head title shows the label
/// set apart from the headline by a separator ("News - Digital Cameras: …"): the label is the
/// thread's or story's category, not part of its title. Answers the headline.
fn cut_prefix_label(h: &str, headline: &str, heads: &[Option<&str>]) -> Option<String> {
    if words(headline).len() < 2 {
        return None;
    }
    let label = h.strip_suffix(headline)?;
    if !label.ends_with(char::is_whitespace) {
        return None;
    }
    let label = label.trim();
    let n = words(label).len();
    if n == 0 || n > MAX_PREFIX_LABEL_WORDS {
        return None;
    }
    let set_apart = |t: &str| {
        let t = collapse(t);
        let Some(rest) = t.strip_prefix(label).map(str::trim_start) else {
            return false;
        };
        SEPARATORS
            .iter()
            .filter_map(|sep| rest.strip_prefix(sep.trim()))
            .any(|r| r.trim_start().starts_with(headline))
    };
    heads
        .iter()
        .flatten()
        .any(|t| set_apart(t))
        .then(|| headline.to_string())
}

/// A label before a headline ([`cut_prefix_label`]) is at most this many words.
const MAX_PREFIX_LABEL_WORDS: usize = 3;

/// Two spellings of one text that differ only in typography: curly against straight quotes
/// and apostrophes, an em or en dash against `--` or `-`, `…` against `...`.
fn same_but_typography(a: &str, b: &str) -> bool {
    let (a, b) = (
        super::jsonld::decode_entities(a),
        super::jsonld::decode_entities(b),
    );
    a == b || plain_typography(&a) == plain_typography(&b)
}

/// Characters an encoding error leaves where it lost some of the writer's: `?` (a page
/// converted to a charset without them) and U+FFFD.
const LOST_CHAR_MARKS: &[char] = &['?', '\u{FFFD}'];
/// A lost-character mark stands for at most this many characters of the other spelling
/// (`’s` lost as one `?`).
const LOST_CHARS_PER_MARK: usize = 2;
/// Headings longer than this (characters) are not compared for lost characters.
const LOST_CHARS_MAX_CHARS: usize = 300;

/// A heading that is the head title with some characters lost to an encoding error: a `?` or
/// U+FFFD inside the heading (not at its end, where a `?` is the headline's own) stands for one
/// or two characters of the head title other than spaces, and every other character is the
/// same ("Planning? Beginner? Guide" against "Planning: Beginner's Guide"). The head's spelling
/// keeps the writer's characters.
fn lost_chars_in(heading: &str, head: &str) -> bool {
    let inner = heading.trim_end().trim_end_matches(LOST_CHAR_MARKS);
    if !inner.contains(LOST_CHAR_MARKS) {
        return false;
    }
    let h: Vec<char> = heading.chars().collect();
    let t: Vec<char> = head.chars().collect();
    if h.len() > LOST_CHARS_MAX_CHARS || t.len() > LOST_CHARS_PER_MARK * LOST_CHARS_MAX_CHARS {
        return false;
    }
    // `reach[j]`: the heading's characters read so far spell the head's first `j`.
    let mut reach = vec![false; t.len() + 1];
    let mut next = vec![false; t.len() + 1];
    reach[0] = true;
    for &c in &h {
        next.fill(false);
        for j in (0..=t.len()).filter(|&j| reach[j]) {
            if t.get(j) == Some(&c) {
                next[j + 1] = true;
            }
            if LOST_CHAR_MARKS.contains(&c) {
                for k in 1..=LOST_CHARS_PER_MARK {
                    if t.get(j..j + k)
                        .is_some_and(|run| !run.iter().any(|x| x.is_whitespace()))
                    {
                        next[j + k] = true;
                    }
                }
            }
        }
        std::mem::swap(&mut reach, &mut next);
    }
    reach[t.len()]
}

/// Dashes that set a label apart from the rest of a title ([`dash_run_in`]).
const LABEL_DASHES: &[&str] = &[" - ", " – ", " — "];

/// A heading that is the head title's words with one of the head's dashes left out
/// ("Question Want to know …" against "Question - Want to know …"): a thread's prefix, a
/// product's model number or a subtitle set in an element of its own and run into the
/// heading with a space, where the head shows where the parts meet. The head's spelling is
/// the title's.
fn dash_run_in(head: &str, heading: &str) -> bool {
    LABEL_DASHES.iter().any(|dash| {
        head.match_indices(dash).any(|(i, _)| {
            let (before, after) = (&head[..i], &head[i + dash.len()..]);
            heading.len() == before.len() + 1 + after.len()
                && heading.starts_with(before)
                && heading.ends_with(after)
                && heading[before.len()..].starts_with(' ')
        })
    })
}

/// The text with its typographic quotes and ellipses written as plain ASCII and every dash
/// (`–`, `—`, `--`, an unspaced `-`) as one `—`. A hyphen between spaces stays a hyphen: in a
/// `<title>` it is how the site's name is set off, so it does not vouch for a heading's dash.
fn plain_typography(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '‘' | '’' | '‚' | '‛' | '′' => out.push('\''),
            '“' | '”' | '„' | '‟' | '″' => out.push('"'),
            '…' => out.push_str("..."),
            '–' | '—' => out.push('—'),
            '-' if chars.peek() == Some(&'-') => {
                while chars.next_if_eq(&'-').is_some() {}
                out.push('—');
            }
            '-' if out.ends_with(' ') && chars.peek() == Some(&' ') => out.push('-'),
            '-' => out.push('—'),
            _ => out.push(c),
        }
    }
    out
}

/// A short heading (a category's or a product's name: "Hiking Boots") whose every word the
/// head's title repeats ("Hiking Boots: Shop Boots for Hiking & Backpacking | Acme"): the head
/// elaborates on what the page shows as its name, and the shown name is the title. Word
/// counts mean nothing in scripts written without spaces, which keep the head's title.
fn named_by_head(h: &str, head: &[String]) -> bool {
    let hw = words(h);
    !hw.is_empty()
        && hw.len() < MIN_TRUSTED_HEADING_WORDS
        && !h.chars().any(unspaced_script)
        && !sentence_like(h)
        && head.iter().any(|t| {
            let tw = words(t);
            hw.iter().all(|w| tw.contains(w))
        })
}

/// Han, kana and Thai letters: scripts that do not put spaces between words.
fn unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // Han extension A
        | '\u{4E00}'..='\u{9FFF}' // Han
        | '\u{F900}'..='\u{FAFF}' // Han compatibility
        | '\u{0E00}'..='\u{0E7F}' // Thai
    )
}

/// Word-set similarity below which a lone heading and the head's title are different texts.
pub(crate) const UNRELATED_HEADLINE: f32 = 0.2;

/// A head title that names no page in particular (`Home`, `Home page`).
fn generic_page_label(t: &str) -> bool {
    matches!(key(t).as_str(), "home" | "homepage" | "index" | "welcome")
}

/// A heading this long (in words) is a paragraph set large, not a headline.
pub(crate) const MAX_HEADLINE_WORDS: usize = 24;

/// A slogan or a lead set as `<h1>` rather than a headline: it ends a sentence ("Your content.
/// Your canvas.", "A message from our founder:") or runs paragraph-long. A final abbreviation
/// ("in the U.S.") does not end a sentence.
fn sentence_like(h: &str) -> bool {
    let h = h.trim();
    // A word ending in a full stop that is not an abbreviation ("No.", "vs.", "U.S.").
    let ends_sentence =
        |w: &str| w.len() > 4 && w.ends_with('.') && !w.trim_end_matches('.').contains('.');
    let tokens: Vec<&str> = h.split_whitespace().collect();
    let inner_stop = tokens
        .windows(2)
        .any(|p| ends_sentence(p[0]) && p[1].chars().next().is_some_and(char::is_uppercase));
    let last = tokens.last().copied().unwrap_or("");
    ends_sentence(last)
        || last == "."
        || h.ends_with(':')
        || inner_stop
        || words(h).len() > MAX_HEADLINE_WORDS
}

/// A visible heading of at least this many words confirmed by a head title that only adds a
/// label before it ("Acme Blog: Headline").
pub(crate) const MIN_LABELLED_HEADING_WORDS: usize = 3;

fn same_headline(visible: &str, head: &str) -> bool {
    let (kv, kh) = (key(visible), key(head));
    if kv.is_empty() {
        return false;
    }
    let labelled = words(visible).len() >= MIN_LABELLED_HEADING_WORDS
        && head
            .split_once(": ")
            .is_some_and(|(label, rest)| words(label).len() <= 3 && key(rest) == kv);
    kv == kh || labelled || similarity(visible, head) >= SAME_HEADLINE
}

/// `Headline – Site` printed in the `<h1>` itself: the site's name goes.
fn strip_site_suffix(h: &str, site_names: &[String], host: &str) -> String {
    for sep in SEPARATORS {
        if let Some((head, tail)) = h.rsplit_once(sep) {
            if words(head).len() >= 2
                && names_site(tail, site_names, host)
                && !names_site(head, site_names, host)
            {
                return head.trim_end().to_string();
            }
        }
    }
    h.to_string()
}

/// The host's registrable-looking label: `www.nytimes.com` gives `nytimes`.
fn host_key(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let skip = ["www", "m", "amp", "blog", "blogs", "news", "en"];
    let core: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|l| !skip.contains(l))
        .collect();
    match core.len() {
        0 => String::new(),
        1 => key(core[0]),
        n => {
            // example.co.uk → example; example.com → example.
            let sld = core[n - 2];
            if sld.len() <= 3
                && n >= 3
                && ["co", "com", "org", "net", "ac", "gov", "edu"].contains(&sld)
            {
                key(core[n - 3])
            } else {
                key(sld)
            }
        }
    }
}

/// Does this part of a title name the site?
fn names_site(part: &str, site_names: &[String], host: &str) -> bool {
    let k = key(part);
    if k.is_empty() {
        return false;
    }
    let hk = host_key(host);
    site_names.iter().any(|n| {
        let nk = key(n);
        !nk.is_empty()
            && (nk == k || (k.len() >= 4 && nk.contains(&k)) || (nk.len() >= 4 && k.contains(&nk)))
    }) || (hk.len() >= 3 && (k.contains(&hk) || (k.len() >= 4 && hk.contains(&k))))
}

/// Words at least that a title must keep once a domain-name prefix is cut off.
const MIN_WORDS_AFTER_DOMAIN_PREFIX: usize = 2;

/// A site name written as a domain that opens a title with no separator after it
/// ("example.com Vibe Coding", an old blog template's `<title>`), and the rest: the site's
/// name, when it is one of `site_names` (its logo heading, `og:site_name`) and written in lower
/// case as an address is, and the headline.
fn domain_name_prefix<'t>(title: &'t str, site_names: &[String]) -> Option<(&'t str, &'t str)> {
    let (first, rest) = title.trim().split_once(' ')?;
    let rest = rest.trim();
    // Written in capitals ("Salon.com Names New Editor") the domain is the subject's name.
    (super::looks_like_domain(first)
        && !first.chars().any(char::is_uppercase)
        && site_names
            .iter()
            .any(|n| n.trim().eq_ignore_ascii_case(first))
        && words(rest).len() >= MIN_WORDS_AFTER_DOMAIN_PREFIX)
        .then_some((first, rest))
}

/// Cuts the site's name from a head title: `Headline | Site`, `Site - Headline`,
/// `Headline - Section - Site`. Returns the headline and the site part that was cut.
pub(crate) fn strip_site(
    title: &str,
    site_names: &[String],
    host: &str,
    headings: &[&str],
) -> (String, Option<String>) {
    let mut parts: Vec<&str> = vec![title];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let parts: Vec<&str> = parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return match domain_name_prefix(title, site_names) {
            Some((site, rest)) => (rest.to_string(), Some(site.to_string())),
            None => (title.to_string(), None),
        };
    }
    // A part that is a visible heading wins.
    if let Some(p) = parts
        .iter()
        .find(|p| headings.iter().any(|h| key(h) == key(p)))
    {
        let site = parts
            .iter()
            .rev()
            .find(|q| names_site(q, site_names, host))
            .map(|q| q.to_string());
        return (p.to_string(), site);
    }
    let (mut lo, mut hi) = (0, parts.len());
    let mut site = None;
    while hi - lo > 1 && names_site(parts[hi - 1], site_names, host) {
        site.get_or_insert(parts[hi - 1].to_string());
        hi -= 1;
    }
    while hi - lo > 1 && names_site(parts[lo], site_names, host) {
        site.get_or_insert(parts[lo].to_string());
        lo += 1;
    }
    if site.is_none() {
        // No known site name: a short last part after a longer headline is the site's.
        let last = parts[parts.len() - 1];
        let rest_words = words(&parts[..parts.len() - 1].join(" ")).len();
        if words(last).len() <= 3 && rest_words >= 3 && title.rfind(last).is_some_and(|i| i > 0) {
            let cut = title[..title.rfind(last).unwrap_or(title.len())].trim_end();
            let cut = SEPARATORS
                .iter()
                .find_map(|s| cut.strip_suffix(s.trim_end()))
                .unwrap_or(cut)
                .trim_end();
            return (cut.to_string(), Some(last.to_string()));
        }
        return (title.to_string(), None);
    }
    // Keep the original separators inside the headline: cut the title at the kept parts.
    let first = parts[lo];
    let last = parts[hi - 1];
    let start = title.find(first).unwrap_or(0);
    let end = title[start..]
        .rfind(last)
        .map_or(title.len(), |i| start + i + last.len());
    (title[start..end].trim().to_string(), site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_name_opening_the_title_is_the_sites() {
        let names = vec!["example.com".to_string()];
        let (t, s) = strip_site("example.com Vibe Coding", &names, "example.com", &[]);
        assert_eq!(t, "Vibe Coding");
        assert_eq!(s.as_deref(), Some("example.com"));
        // Not the site's name, a name in capitals, or too little left: the title stays whole.
        let salon = vec!["Salon.com".to_string()];
        let (t, _) = strip_site("Salon.com Names New Editor", &salon, "salon.com", &[]);
        assert_eq!(t, "Salon.com Names New Editor");
        let (t, _) = strip_site("Amazon.com Beats Forecasts", &names, "example.com", &[]);
        assert_eq!(t, "Amazon.com Beats Forecasts");
        let (t, _) = strip_site("example.com Blog", &names, "example.com", &[]);
        assert_eq!(t, "example.com Blog");
        // Through the whole choice: the logo heading names the site.
        assert_eq!(
            title_of(
                "<title>example.com Vibe Coding</title><h1><a href=\"/\">example.com</a></h1>\
                 <p>Text</p>"
            ),
            "Vibe Coding"
        );
    }

    #[test]
    fn strips_known_site() {
        let names = vec!["The Algemeiner".to_string()];
        let (t, s) = strip_site(
            "PIJ Leaders Meet - Russia - The Algemeiner",
            &names,
            "www.algemeiner.com",
            &[],
        );
        assert_eq!(t, "PIJ Leaders Meet - Russia");
        assert_eq!(s.as_deref(), Some("The Algemeiner"));
        let (t, _) = strip_site(
            "Algemeiner.com | PIJ Leaders Meet",
            &[],
            "www.algemeiner.com",
            &[],
        );
        assert_eq!(t, "PIJ Leaders Meet");
    }

    #[test]
    fn strips_short_unknown_suffix() {
        let (t, s) = strip_site("How meditation rewires brains | Opinion", &[], "x.com", &[]);
        assert_eq!(t, "How meditation rewires brains");
        assert_eq!(s.as_deref(), Some("Opinion"));
        let (t, _) = strip_site("Cats - Dogs", &[], "x.com", &[]);
        assert_eq!(t, "Cats - Dogs");
    }

    #[test]
    fn labels_and_anchor_marks_go() {
        assert_eq!(
            strip_label("Thread: Why is the sky blue?"),
            "Why is the sky blue?"
        );
        assert_eq!(
            strip_label("View topic - Football season is back"),
            "Football season is back"
        );
        assert_eq!(strip_label("Blog: Ten ways to cook"), "Ten ways to cook");
        assert_eq!(strip_label("Threads of silk"), "Threads of silk");
        assert_eq!(strip_label("Topic: Rust"), "Topic: Rust");
        assert_eq!(strip_anchor_mark("Middleware¶"), "Middleware");
        assert_eq!(strip_anchor_mark("json — encoder #"), "json — encoder");
        assert_eq!(strip_anchor_mark("Learn C#"), "Learn C#");
    }

    #[test]
    fn slogans_and_leads_are_not_headlines() {
        assert!(sentence_like("Your content. Your canvas."));
        assert!(sentence_like(
            "A message from John Roe, co-founder of Example:"
        ));
        assert!(sentence_like(
            "Make the most of your stay with these 10 travel hacks ."
        ));
        assert!(!sentence_like(
            "The Hottest Real Estate Markets in the U.S."
        ));
        assert!(!sentence_like(
            "The No. 1 workout of 2024 and U.S. Trends vs. Fads"
        ));
        assert!(!sentence_like("Why cheap SEO does not work"));
        assert!(!sentence_like("What is a hot-swappable keyboard?"));
    }

    #[test]
    fn site_in_the_heading_goes() {
        let names = vec!["Artlyst".to_string()];
        assert_eq!(
            strip_site_suffix(
                "Critics’ Choice: Best Exhibitions 2025 – Artlyst",
                &names,
                "artlyst.com"
            ),
            "Critics’ Choice: Best Exhibitions 2025"
        );
        assert_eq!(
            strip_site_suffix("Cats – Dogs and More", &names, "artlyst.com"),
            "Cats – Dogs and More"
        );
        assert!(same_headline(
            "Hardware-Attested Nix Builds",
            "Garnix Blog: Hardware-Attested Nix Builds"
        ));
        assert!(!same_headline("Nix Builds", "Garnix Blog: Nix Builds"));
    }

    #[test]
    fn an_aggregators_source_domain_goes() {
        assert_eq!(
            strip_source_domain("Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com)"),
            "Grads Find Their Degrees No Longer Guarantee Jobs"
        );
        assert_eq!(
            strip_source_domain("The Fold-and-Cut Problem (1998)"),
            "The Fold-and-Cut Problem (1998)"
        );
        assert_eq!(
            strip_source_domain("Why Node.js (and Deno)"),
            "Why Node.js (and Deno)"
        );
    }

    #[test]
    fn a_thread_prefix_before_the_structured_headline_goes() {
        let ld = "<script type=application/ld+json>{\"@type\":\"DiscussionForumPosting\",\
                  \"headline\":\"Which lens for night skies?\"}</script>";
        // The head title sets the prefix apart; the `<h1>` runs it into the headline.
        assert_eq!(
            title_of(&format!(
                "<title>Help - Which lens for night skies? | Lens Forum</title>{ld}\
                 <h1><span class=label>Help</span>&nbsp;Which lens for night skies?</h1><p>Text</p>"
            )),
            "Which lens for night skies?"
        );
        // Without a head title that shows the prefix as a label, the heading stays whole.
        assert_eq!(
            title_of(&format!(
                "<title>2025 Which lens for night skies? | Lens Forum</title>{ld}\
                 <h1>2025 Which lens for night skies?</h1><p>Text</p>"
            )),
            "2025 Which lens for night skies?"
        );
        assert_eq!(
            cut_prefix_label(
                "Help Which lens",
                "Which lens",
                &[Some("Help - Which lens")]
            ),
            Some("Which lens".to_string())
        );
        assert_eq!(
            cut_prefix_label("HelpWhich lens", "Which lens", &[Some("Help - Which lens")]),
            None
        );
    }

    #[test]
    fn host_keys() {
        assert_eq!(host_key("www.bbc.co.uk"), "bbc");
        assert_eq!(host_key("news.example.com"), "example");
        assert_eq!(host_key("localhost"), "localhost");
    }

    fn title_of(html: &str) -> String {
        let doc = scraper::Html::parse_document(html);
        let base = url::Url::parse("https://blog.example.com/post").unwrap();
        crate::meta::extract(&doc, &base).title
    }

    #[test]
    fn of_two_unrelated_h1s_the_one_that_reads_as_a_headline_wins() {
        // A location picker set as a second `<h1>` does not hide the headline.
        assert_eq!(
            title_of(
                "<title>Easy Car Maintenance Checklist | Acme Insurance</title>\
                 <h1>A Car Maintenance Schedule That's Easy to Follow</h1>\
                 <p>Text</p><h1>Select Your Location</h1>"
            ),
            "A Car Maintenance Schedule That's Easy to Follow"
        );
        // Two versions of one heading ("Retirement Calculator", "Acme Retirement
        // Calculator"): neither is picked over the head's title.
        assert_eq!(
            title_of(
                "<title>Retirement Calculator: How Much Do I Need To Retire?</title>\
                 <h1>Retirement Calculator</h1><p>Text</p><h1>Acme® Retirement Calculator</h1>"
            ),
            "Retirement Calculator: How Much Do I Need To Retire?"
        );
    }

    #[test]
    fn of_many_h1s_the_first_headline_on_the_head_titles_subject_wins() {
        let teasers = "<h1>Next in your guide to the city</h1>\
                       <h1>The only guide you need to the national forest</h1>\
                       <h1>These city trails promise beauty and adventure</h1>";
        assert_eq!(
            title_of(&format!(
                "<title>Our favourite biking spots in the city | Acme</title><main>\
                 <h1>The best trails and neighbourhoods in the city for biking</h1><p>Text</p>\
                 {teasers}</main>"
            )),
            "The best trails and neighbourhoods in the city for biking"
        );
        // A first heading on another subject, or a short label, leaves the head's title.
        assert_eq!(
            title_of(&format!(
                "<title>Our favourite biking spots in the city | Acme</title><main>\
                 <h1>Subscribe to our weekly newsletter today</h1><p>Text</p>{teasers}</main>"
            )),
            "Our favourite biking spots in the city"
        );
        assert_eq!(
            title_of(&format!(
                "<title>Our favourite biking spots in the city | Acme</title><main>\
                 <h1>Menu</h1><p>Text</p>{teasers}</main>"
            )),
            "Our favourite biking spots in the city"
        );
    }

    #[test]
    fn a_lone_banner_heading_is_the_headline() {
        // The only `<h1>` sits in a `<header>` hero: it wins over a reworded head title.
        assert_eq!(
            title_of(
                "<title>Online tutoring explained: what to know | Acme</title><header class=hero>\
                 <h1>Everything you need to know about online tutoring</h1></header><p>Text</p>"
            ),
            "Everything you need to know about online tutoring"
        );
        // The site's logo in the banner still is not.
        assert_eq!(
            title_of(
                "<title>Ten tools for the garden | Acme</title><header><h1 class=logo>Acme</h1></header><p>Text</p>"
            ),
            "Ten tools for the garden"
        );
    }

    #[test]
    fn a_short_heading_the_head_title_elaborates_on_is_the_title() {
        // A category's name as the only `<h1>`, the head's title adding a tagline.
        assert_eq!(
            title_of(
                "<title>Hiking Boots: Shop Boots for Hiking & Backpacking | Acme</title>\
                 <main><h1>Hiking Boots</h1><p>Products</p></main>"
            ),
            "Hiking Boots"
        );
        // A short heading the head's title does not repeat word for word stays out.
        assert_eq!(
            title_of(
                "<title>Some Other Title</title><meta name=parsely-title content=\"Some Other Title\">\
                 <article><h1>Test document title</h1><p>Text</p></article>"
            ),
            "Some Other Title"
        );
        // Word counts say nothing in a script written without spaces.
        assert_eq!(
            title_of(
                "<title>宇航员在太空中喝酒 后果很严重 _探索者</title>\
                 <article><h1>宇航员在太空中喝酒 后果很严重</h1><p>Text</p></article>"
            ),
            "宇航员在太空中喝酒 后果很严重 _探索者"
        );
    }

    #[test]
    fn a_slogan_unrelated_to_the_head_title_gives_way() {
        assert_eq!(
            title_of(
                "<title>Workforce Management Software | Acme</title><main><h1>Bring your strategy to life</h1><p>Text</p></main>"
            ),
            "Workforce Management Software"
        );
        // A related heading stays the headline; so does any heading against a bare `Home`.
        assert_eq!(
            title_of(
                "<title>Workforce software for teams | Acme</title><main><h1>Scheduling software for every team</h1><p>Text</p></main>"
            ),
            "Scheduling software for every team"
        );
        assert_eq!(
            title_of(
                "<title>Home Page</title><main><h1>Welcome to the best sharpening stones</h1><p>Text</p></main>"
            ),
            "Welcome to the best sharpening stones"
        );
    }

    #[test]
    fn typography_alone_does_not_make_two_titles() {
        assert!(same_but_typography(
            "A Beginner’s “Guide”…",
            "A Beginner's \"Guide\"..."
        ));
        assert!(same_but_typography("Brains—Cells", "Brains--Cells"));
        assert!(same_but_typography("Brains–Cells", "Brains-Cells"));
        assert!(same_but_typography(
            "Beginner&#8217;s guide",
            "Beginner's guide"
        ));
        // A hyphen between spaces in a `<title>` is the site separator's, not a dash.
        assert!(!same_but_typography("Bread – My Picks", "Bread - My Picks"));
        assert!(!same_but_typography("Beginner’s guide", "Beginners guide"));
    }

    #[test]
    fn the_head_titles_typography_wins_over_the_headings() {
        // The theme curls the heading's apostrophe; the `<title>` (site name cut) keeps it
        // straight.
        assert_eq!(
            title_of(
                "<title>The Beginner's Guide to Gym Equipment - Acme Gyms</title>\
                 <h1>The Beginner’s Guide to Gym Equipment</h1><p>Text</p>"
            ),
            "The Beginner's Guide to Gym Equipment"
        );
        assert_eq!(
            title_of(
                "<title>Brains Are Not Required--Simple Cells Can Do It | Acme</title>\
                 <h1>Brains Are Not Required—Simple Cells Can Do It</h1><p>Text</p>"
            ),
            "Brains Are Not Required--Simple Cells Can Do It"
        );
        // Other words in the `<title>` leave the heading as it is.
        assert_eq!(
            title_of(
                "<title>A Beginner's Guide to Gym Kit | Acme</title>\
                 <h1>The Beginner’s Guide to Gym Equipment</h1><p>Text</p>"
            ),
            "The Beginner’s Guide to Gym Equipment"
        );
    }

    #[test]
    fn characters_an_encoding_error_lost_come_back_from_the_head() {
        assert_eq!(
            title_of(
                "<title>Event Planning: Beginner&#x27;s Guide | Acme</title>\
                 <h1>Event Planning? Beginner? Guide</h1><p>Text</p>"
            ),
            "Event Planning: Beginner's Guide"
        );
        assert_eq!(
            title_of(
                "<title>Caf\u{e9} owners \u{2014} a guide - Acme</title>\
                 <h1>Caf\u{fffd} owners \u{fffd} a guide</h1><p>Text</p>"
            ),
            "Caf\u{e9} owners \u{2014} a guide"
        );
        // A headline's own question mark at its end is no lost character; inside it, one is
        // read as lost only where the head spells every other character the same.
        assert!(!lost_chars_in("Is it safe?", "Is it safe"));
        assert!(!lost_chars_in(
            "Safe? Experts doubt it",
            "Safe! Experts doubt it all"
        ));
        assert!(lost_chars_in("Safe? Experts", "Safe! Experts"));
        // A mark stands for at most two characters, never for a space.
        assert!(!lost_chars_in("Beginner? Guide", "Beginner’s own Guide"));
        assert!(!lost_chars_in("Beginner?Guide", "Beginner Guide"));
    }

    #[test]
    fn a_dash_the_heading_runs_together_comes_back_from_the_head() {
        // A thread prefix set in its own `<span>`: the `<h1>` reads "Help Which lens…", the
        // `<title>` shows the dash between the parts.
        assert_eq!(
            title_of(
                "<title>Help - Which lens for night skies? | Lens Forum</title>\
                 <h1><span class=prefix>Help</span> Which lens for night skies?</h1><p>Text</p>"
            ),
            "Help - Which lens for night skies?"
        );
        // A model number likewise.
        assert_eq!(
            title_of(
                "<title>Classic Tee – 2001 | Acme</title>\
                 <h1>Classic Tee <small>2001</small></h1><p>Text</p>"
            ),
            "Classic Tee – 2001"
        );
        assert!(dash_run_in("Help - Which lens", "Help Which lens"));
        // Other words, or a heading with its own punctuation there, stay the heading's.
        assert!(!dash_run_in("Help - Which lens", "Help: Which lens"));
        assert!(!dash_run_in("Help - Which lens", "Helper Which lens"));
        assert!(!dash_run_in("Help - Which lens", "Help Which lenses"));
        assert_eq!(
            title_of(
                "<title>Classic Tee - Summer Range | Acme</title>\
                 <h1>Classic Tee in the Summer Range</h1><p>Text</p>"
            ),
            "Classic Tee in the Summer Range"
        );
    }

    fn head_alternative_of(html: &str) -> Option<String> {
        let doc = scraper::Html::parse_document(html);
        let base = url::Url::parse("https://www.example.com/services").unwrap();
        crate::meta::extract(&doc, &base).head_title_if_unconfirmed
    }

    #[test]
    fn an_unconfirmed_heading_keeps_the_head_title_at_hand() {
        // A slogan heading only the `<title>` disagrees with: the `<title>`, site name cut,
        // is kept for pages that turn out to be no article.
        assert_eq!(
            head_alternative_of(
                "<title>Small Business Accounting Software | Acme</title>\
                 <main><h1>Accounting software to keep you organized</h1><p>Text</p></main>"
            )
            .as_deref(),
            Some("Small Business Accounting Software")
        );
        // `og:title` or a JSON-LD headline confirming the heading: nothing to fall back on.
        assert_eq!(
            head_alternative_of(
                "<title>Small Business Accounting Software | Acme</title>\
                 <meta property=og:title content=\"Accounting software to keep you organized\">\
                 <main><h1>Accounting software to keep you organized</h1><p>Text</p></main>"
            ),
            None
        );
        assert_eq!(
            head_alternative_of(
                "<title>Small Business Accounting Software | Acme</title>\
                 <script type=application/ld+json>{\"@type\":\"WebPage\",\
                 \"headline\":\"Accounting software to keep you organized\"}</script>\
                 <main><h1>Accounting software to keep you organized</h1><p>Text</p></main>"
            ),
            None
        );
        // A `<title>` that is the heading plus the site's name adds nothing.
        assert_eq!(
            head_alternative_of(
                "<title>Accounting software to keep you organized | Acme</title>\
                 <main><h1>Accounting software to keep you organized</h1><p>Text</p></main>"
            ),
            None
        );
    }

    #[test]
    fn a_sites_name_set_as_h1_is_no_headline() {
        // A link home inside or around the `<h1>`, or a logo's class: the site's name, which
        // the head title then loses too.
        for logo in [
            "<h1><a href=\"/\">Jane Roe</a></h1>",
            "<a href=\"https://blog.example.com/\"><h1>Jane Roe</h1></a>",
            "<h1 class=\"site-title\">Jane Roe</h1>",
            "<h1 class=menu-title>Jane Roe</h1>",
        ] {
            let html = format!(
                "<title>A brief intro to git - Jane Roe</title>{logo}<div><p>Git is a version control system.</p></div>"
            );
            assert_eq!(title_of(&html), "A brief intro to git", "{logo}");
        }
        // A date printed inside the heading is not part of it.
        assert_eq!(
            title_of(
                "<title>Preparing a transition | Jo's blog</title><h1><a href=/p>\
                 <time datetime=2025-12-18>Dec <span>18</span> 2025</time> Preparing a transition</a></h1>"
            ),
            "Preparing a transition"
        );
        // The site's domain as the heading.
        assert_eq!(
            title_of(
                "<title>Release notes for 7.1 - example.com</title><h1>example.com</h1><p>Posts</p>"
            ),
            "Release notes for 7.1"
        );
        // A headline in a `<header>`, or linking to its own page, stays the headline.
        assert_eq!(
            title_of(
                "<title>Ten tools - Acme</title><header><h1><a href=\"/ten-tools\">Ten tools</a></h1></header>"
            ),
            "Ten tools"
        );
        // An unclosed link home early on does not make every later heading a logo.
        assert_eq!(
            title_of(
                "<title>Ten tools for the garden | Acme</title><a href=\"/\">Acme<div><h1>Ten tools for the garden</h1></div>"
            ),
            "Ten tools for the garden"
        );
    }

    #[test]
    fn a_page_without_headings_is_titled_by_its_large_font_headline() {
        // Set before style sheets: the headline is bold text in a large `<font>`, the `<title>`
        // names the site and the story, or the site alone.
        let story = "<table><tr><td><font size=\"5\"><b>County weighs new jail as inmates climb</b></font>\
                     <br><font size=\"2\">By JOHN SMITH / Staff Writer</font><br><br>\
                     <font size=\"2\">The jail held 212 inmates on Sunday night.</font></td></tr></table>";
        assert_eq!(
            title_of(&format!(
                "<title>Blog Example :: County weighs new jail as inmates climb</title>{story}"
            )),
            "County weighs new jail as inmates climb"
        );
        assert_eq!(
            title_of(&format!("<title>Example</title>{story}")),
            "County weighs new jail as inmates climb"
        );
        // A head title that names the story's section, as every story of it does.
        assert_eq!(
            title_of(&format!("<title>Example :: Community</title>{story}")),
            "County weighs new jail as inmates climb"
        );
        // A size of body text, or a page with an `<h1>`, leaves the heading rules as they were.
        assert_eq!(
            title_of(
                "<title>Example</title><h1>Council Meets on Tuesday Night</h1>\
                 <font size=\"+2\">A note from the editors of this site</font>"
            ),
            "Council Meets on Tuesday Night"
        );
        // A page with sectioning markup and its headline in an `<h2>`: a large `<font>` in
        // its text is a promotion or a pull quote, whatever the head title's length.
        let modern = |head: &str, font: &str| {
            title_of(&format!(
                "<title>{head}</title><article><h2>Mayor Resigns</h2><p>The mayor resigned on \
                 Tuesday after weeks of pressure.</p>{font}<p>More of the story.</p></article>"
            ))
        };
        assert_eq!(
            modern(
                "Mayor Resigns - Example News",
                "<p><font size=\"4\">Watch the full press conference below</font></p>"
            ),
            "Mayor Resigns"
        );
        assert_eq!(
            modern(
                "Mayor Resigns",
                "<blockquote><font size=\"+1\">The mayor resigned for the council, she \
                 said</font></blockquote>"
            ),
            "Mayor Resigns"
        );
    }

    #[test]
    fn a_head_title_naming_a_site_unknown_elsewhere_and_a_section_after_a_colon_is_no_title() {
        // A page set before style sheets: the head title is the site's name (printed nowhere
        // else as text) and the section or the page's function after a colon.
        let story = "<table><tr><td><font size=\"5\"><b>Stanmore mill to cut 120 jobs as orders dry up</b></font>\
                     <br><font size=\"2\">By JOHN SMITH / Staff Writer</font><br><br>\
                     <font size=\"2\">The mill will lay off 120 workers in January.</font></td></tr></table>";
        for head in [
            "Stanmore Free Press: Local News",
            "The Daily Sentinel: Printer Friendly Version",
        ] {
            assert_eq!(
                title_of(&format!("<title>{head}</title>{story}")),
                "Stanmore mill to cut 120 jobs as orders dry up",
                "{head}"
            );
        }
        // A head title on the headline's own subject is left to the other rules.
        assert_eq!(
            title_of(&format!(
                "<title>Stanmore mill: jobs cut as orders dry up</title>{story}"
            )),
            "Stanmore mill to cut 120 jobs as orders dry up"
        );
    }

    #[test]
    fn a_head_title_with_a_time_or_a_verse_colon_is_no_section_label() {
        // A colon with no space after it parts no site from a label: "8:00 PM", "John 3:16".
        let page = |head: &str, banner: &str| {
            format!(
                "<title>{head}</title><table><tr><td><font size=\"5\">{banner}</font><br>\
                 <b>{head}</b><br><br><font size=\"2\">The polls in the county stayed open \
                 late as voters waited in line.</font></td></tr></table>"
            )
        };
        for (head, banner) in [
            (
                "Polls close at 8:00 PM",
                "Election Night Coverage From Westbury",
            ),
            (
                "Sermon notes on John 3:16",
                "First Baptist Church of Westbury",
            ),
        ] {
            assert_eq!(title_of(&page(head, banner)), head);
        }
    }
}
