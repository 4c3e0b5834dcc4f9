//! JSON-LD: lenient parsing (comments, CDATA, control characters, trailing commas, several
//! values in one script, and a last-resort key scan) and a reader for the page's main item.

use super::text::collapse;
use regex::Regex;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Objects deeper than this inside one JSON-LD value are not visited.
pub(crate) const MAX_DEPTH: usize = 24;
/// At most this many objects are visited over all scripts.
pub(crate) const MAX_OBJECTS: usize = 4000;

/// What the page's JSON-LD says about it.
#[derive(Debug, Default)]
pub(crate) struct LdInfo {
    pub headline: Option<String>,
    /// `name` of the main item when it has no `headline` (often the `<title>` with the site).
    pub name: Option<String>,
    pub authors: Vec<String>,
    /// `datePublished` of the main item.
    pub published: Option<String>,
    /// `dateCreated`, else `uploadDate`, of the main item: when the day it was written or
    /// uploaded, not the day it went out, weaker than a `<meta>` that names publication.
    pub created: Option<String>,
    pub modified: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub keywords: Vec<String>,
    pub language: Option<String>,
    /// Publisher or `WebSite` name.
    pub site_name: Option<String>,
    /// Names of every Organization / WebSite / publisher seen: never an author.
    pub organisations: Vec<String>,
    /// The first organisation named as the main item's author ("Acme Blog Team").
    pub org_author: Option<String>,
    /// The main item is an article-like type (not just a `WebPage`).
    pub is_article: bool,
    /// `articleBody` of the main item when it is article-like: the story's text as its
    /// publisher wrote it for machines (plain text, or markup some CMSs leave in), undecoded.
    pub body: Option<String>,
}

/// Parses every script and reads the main item.
pub(crate) fn read_all(scripts: &[String]) -> LdInfo {
    let values: Vec<Value> = scripts.iter().flat_map(|s| parse_lenient(s)).collect();
    let mut objs: Vec<&Map<String, Value>> = Vec::new();
    for v in &values {
        collect_objects(v, 0, &mut objs);
    }
    let mut by_id: HashMap<&str, &Map<String, Value>> = HashMap::new();
    for o in &objs {
        if let Some(id) = o.get("@id").and_then(Value::as_str) {
            // The fullest definition wins over bare references.
            let better = by_id.get(id).is_none_or(|old| old.len() < o.len());
            if better {
                by_id.insert(id, o);
            }
        }
    }
    let resolve = |o: &'_ Map<String, Value>| -> Option<&Map<String, Value>> {
        if o.len() == 1 {
            if let Some(id) = o.get("@id").and_then(Value::as_str) {
                return by_id.get(id).copied();
            }
        }
        None
    };

    let mut info = LdInfo::default();
    for o in &objs {
        if is_org(o) {
            if let Some(n) = str_field(o, "name") {
                info.organisations.push(n);
            }
        }
        if let Some(p) = o.get("publisher") {
            for p in as_list(p) {
                if let Some(po) = p.as_object() {
                    let po = resolve(po).unwrap_or(po);
                    // A personal blog's publisher is its author: not an organisation.
                    if has_type(po, |t| t == "Person") {
                        continue;
                    }
                    if let Some(n) = str_field(po, "name") {
                        info.site_name.get_or_insert_with(|| n.clone());
                        info.organisations.push(n);
                    }
                } else if let Some(n) = p.as_str() {
                    info.organisations.push(collapse(n));
                }
            }
        }
    }
    if info.site_name.is_none() {
        info.site_name = objs
            .iter()
            .find(|o| has_type(o, |t| t == "WebSite"))
            .and_then(|o| str_field(o, "name"));
    }

    // An embedded video or the blog itself is the main item only when no article is.
    let main = objs
        .iter()
        .find(|o| has_type(o, |t| is_article_type(t) && !is_media_or_blog_type(t)))
        .or_else(|| objs.iter().find(|o| has_type(o, is_article_type)))
        .map(|o| (*o, true))
        .or_else(|| {
            // A `QAPage` describes its thread in `mainEntity`: the question names the asker
            // and the day it was asked, which the page object itself lacks.
            objs.iter()
                .find(|o| has_type(o, |t| t == "Question"))
                .map(|o| (*o, false))
        })
        .or_else(|| {
            objs.iter()
                .find(|o| has_type(o, is_page_type))
                .map(|o| (*o, false))
        });
    let Some((main, is_article)) = main else {
        return info;
    };
    info.is_article = is_article;
    if is_article && is_sole_story(main, &objs) {
        info.body = main
            .get("articleBody")
            .and_then(Value::as_str)
            .filter(|b| !b.trim().is_empty())
            .map(str::to_string);
    }
    info.headline = str_field(main, "headline").or_else(|| str_field(main, "alternativeHeadline"));
    info.name = str_field(main, "name");
    info.published = str_field(main, "datePublished");
    info.created = str_field(main, "dateCreated").or_else(|| str_field(main, "uploadDate"));
    info.modified = str_field(main, "dateModified");
    info.description = str_field(main, "description");
    info.language = str_field(main, "inLanguage").or_else(|| {
        main.get("inLanguage")
            .and_then(Value::as_object)
            .and_then(|l| str_field(l, "alternateName").or_else(|| str_field(l, "name")))
    });
    info.image = main.get("image").and_then(|i| image_url(i, &resolve));
    if let Some(k) = main.get("keywords") {
        for k in as_list(k) {
            if let Some(k) = k.as_str() {
                info.keywords
                    .extend(k.split(',').map(collapse).filter(|k| !k.is_empty()));
            }
        }
    }
    let mut author_vals: Vec<&Value> = Vec::new();
    for key in ["author", "creator"] {
        if let Some(a) = main.get(key) {
            author_vals.extend(as_list(a));
        }
        if !author_vals.is_empty() {
            break;
        }
    }
    for a in author_vals {
        match a {
            Value::String(s) => info.authors.push(collapse(s)),
            Value::Object(o) => {
                let o = resolve(o).unwrap_or(o);
                if is_org(o) {
                    // An organisation as author: kept apart so the author list falls back to
                    // the byline; its name joins the never-an-author list.
                    if let Some(n) = str_field(o, "name") {
                        info.org_author.get_or_insert_with(|| n.clone());
                        info.organisations.push(n);
                    }
                    continue;
                }
                let name = str_field(o, "name").or_else(|| {
                    let given = str_field(o, "givenName")?;
                    Some(match str_field(o, "familyName") {
                        Some(f) => format!("{given} {f}"),
                        None => given,
                    })
                });
                info.authors.extend(name);
            }
            _ => {}
        }
    }
    info
}

/// Keys under which an item lists other items: a blog's posts, a list's entries.
const LISTING_KEYS: &[&str] = &["blogPost", "blogPosts", "itemListElement"];

/// Whether `main` is the page's one story: the only article-like object with an
/// `articleBody` (the same story stated twice, by a plugin and by the theme, counts once), and
/// not an entry that some item lists ([`LISTING_KEYS`], directly or as a `ListItem`'s `item`).
/// A blog's or hub's index that describes its posts names one of them first; its body is that
/// post's, not the page's.
fn is_sole_story(main: &Map<String, Value>, objs: &[&Map<String, Value>]) -> bool {
    let mut bodies: Vec<&str> = objs
        .iter()
        .filter(|o| has_type(o, is_article_type))
        .filter_map(|o| o.get("articleBody").and_then(Value::as_str))
        .collect();
    bodies.sort_unstable();
    bodies.dedup();
    let with_body = bodies.len();
    let listed = objs.iter().any(|o| {
        LISTING_KEYS
            .iter()
            .filter_map(|k| o.get(*k))
            .flat_map(as_list)
            .filter_map(Value::as_object)
            .any(|entry| {
                std::ptr::eq(entry, main)
                    || entry
                        .get("item")
                        .and_then(Value::as_object)
                        .is_some_and(|item| std::ptr::eq(item, main))
            })
    });
    with_body == 1 && !listed
}

fn image_url<'a>(
    v: &'a Value,
    resolve: &dyn Fn(&'a Map<String, Value>) -> Option<&'a Map<String, Value>>,
) -> Option<String> {
    as_list(v).into_iter().find_map(|i| match i {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => {
            let o = resolve(o).unwrap_or(o);
            str_field(o, "url").or_else(|| str_field(o, "contentUrl"))
        }
        _ => None,
    })
}

fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    }
}

/// A string field, or the `@value` of a language-tagged one; collapsed, non-empty.
fn str_field(o: &Map<String, Value>, key: &str) -> Option<String> {
    let v = o.get(key)?;
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Object(m) => m.get("@value")?.as_str()?,
        Value::Array(a) => a.iter().find_map(Value::as_str)?,
        Value::Number(_) => return Some(v.to_string()),
        _ => return None,
    };
    let s = collapse(&decode_entities(s));
    (!s.is_empty()).then_some(s)
}

fn has_type(o: &Map<String, Value>, pred: impl Fn(&str) -> bool) -> bool {
    match o.get("@type") {
        Some(Value::String(t)) => pred(strip_vocab(t)),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .any(|t| pred(strip_vocab(t))),
        _ => false,
    }
}

fn strip_vocab(t: &str) -> &str {
    t.rsplit(['/', ':', '#']).next().unwrap_or(t)
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "LiveBlogPosting"
                | "SocialMediaPosting"
                | "DiscussionForumPosting"
                | "Report"
                | "Review"
                | "CriticReview"
                | "Recipe"
                | "HowTo"
                | "VideoObject"
                | "PodcastEpisode"
                | "Blog"
        )
}

/// Article-like types that a page often embeds beside its real article.
fn is_media_or_blog_type(t: &str) -> bool {
    matches!(t, "VideoObject" | "PodcastEpisode" | "Blog")
}

fn is_page_type(t: &str) -> bool {
    t.ends_with("Page") && t != "SearchResultsPage"
}

/// An organisation, unless also typed `Person`: a personal blog's owner is often both.
fn is_org(o: &Map<String, Value>) -> bool {
    has_type(o, is_org_type) && !has_type(o, |t| t == "Person")
}

fn is_org_type(t: &str) -> bool {
    t.ends_with("Organization")
        || matches!(
            t,
            "WebSite"
                | "Corporation"
                | "LocalBusiness"
                | "NewsMediaOrganization"
                | "Brand"
                | "Store"
        )
}

fn collect_objects<'a>(v: &'a Value, depth: usize, out: &mut Vec<&'a Map<String, Value>>) {
    if depth > MAX_DEPTH || out.len() >= MAX_OBJECTS {
        return;
    }
    match v {
        Value::Object(o) => {
            out.push(o);
            if let Some(g) = o.get("@graph") {
                collect_objects(g, depth + 1, out);
            }
            for (k, child) in o {
                if k != "@graph" && (child.is_object() || child.is_array()) {
                    collect_objects(child, depth + 1, out);
                }
            }
        }
        Value::Array(a) => {
            for child in a {
                collect_objects(child, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// Parses one script's text, repairing what real pages get wrong.
pub(crate) fn parse_lenient(raw: &str) -> Vec<Value> {
    let s = unwrap_markup(raw);
    if s.is_empty() {
        return Vec::new();
    }
    if let Ok(v) = serde_json::from_str::<Value>(s) {
        return vec![v];
    }
    let repaired = repair(s);
    if let Ok(v) = serde_json::from_str::<Value>(&repaired) {
        return vec![v];
    }
    // Several values in a row, or garbage after the first one.
    let mut vals = Vec::new();
    for v in serde_json::Deserializer::from_str(&repaired).into_iter::<Value>() {
        match v {
            Ok(v) => vals.push(v),
            Err(_) => break,
        }
    }
    if !vals.is_empty() {
        return vals;
    }
    scan_keys(&repaired).into_iter().collect()
}

fn unwrap_markup(raw: &str) -> &str {
    let mut s = raw.trim();
    loop {
        let before = s.len();
        for p in ["<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["] {
            if let Some(r) = s.strip_prefix(p) {
                s = r.trim_start();
            }
        }
        for p in ["-->", "//]]>", "/*]]>*/", "]]>", ";"] {
            if let Some(r) = s.strip_suffix(p) {
                s = r.trim_end();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Replaces control characters, drops trailing commas and invalid `\'` escapes, outside and
/// inside strings as JSON requires.
fn repair(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if in_str {
            match c {
                '\\' => match chars.next() {
                    Some('\'') => out.push('\''),
                    Some(n) if "\"\\/bfnrtu".contains(n) => {
                        out.push('\\');
                        out.push(n);
                    }
                    // An invalid escape: keep the character literally.
                    Some(n) if (n as u32) >= 0x20 => out.push(n),
                    _ => {}
                },
                '"' => {
                    in_str = false;
                    out.push('"');
                }
                c if (c as u32) < 0x20 => out.push(' '),
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push('"');
            }
            ',' => {
                // Look past white space: a comma before a closing bracket is dropped.
                let rest: String = chars.clone().take_while(|c| c.is_whitespace()).collect();
                let next = chars.clone().nth(rest.chars().count());
                if !matches!(next, Some('}') | Some(']')) {
                    out.push(',');
                }
            }
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A known key and its string value. (Unbounded here and bounded by [`MAX_SCANNED_VALUE`]
/// after the match: a bounded repetition would compile into an automaton thousands of states
/// large, tens of milliseconds of start-up.)
static KEY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(@type|headline|datePublished|dateModified|name|inLanguage|description)"\s*:\s*"((?:[^"\\]|\\.)*)""#)
        .expect("static regex")
});

/// Values longer than this many characters are not taken by the key scan.
const MAX_SCANNED_VALUE: usize = 2000;

/// Last resort for JSON beyond repair: the first value of a few known keys, as one object.
fn scan_keys(s: &str) -> Option<Value> {
    let mut m = Map::new();
    let mut author_name: Option<String> = None;
    for cap in KEY_RE.captures_iter(s) {
        if cap[2].chars().count() > MAX_SCANNED_VALUE {
            continue;
        }
        let key = &cap[1];
        let val = cap[2].replace("\\\"", "\"").replace("\\/", "/");
        if key == "name" {
            // A `name` right after an `"author"` key is the author's.
            let at = cap.get(0).map_or(0, |m| m.start());
            let mut from = at.saturating_sub(80);
            while !s.is_char_boundary(from) {
                from -= 1;
            }
            let window = &s[from..at];
            if author_name.is_none() && window.contains("\"author\"") {
                author_name = Some(val);
            }
            continue;
        }
        m.entry(key.to_string()).or_insert(Value::String(val));
    }
    if !m.contains_key("@type") {
        m.insert("@type".into(), Value::String("Article".into()));
    }
    if let Some(a) = author_name {
        m.insert("author".into(), Value::String(a));
    }
    (m.len() > 1).then_some(Value::Object(m))
}

/// Decodes the few HTML entities that leak into JSON-LD strings.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let mut window = rest.len().min(10);
        while !rest.is_char_boundary(window) {
            window -= 1;
        }
        let end = rest[..window].find(';');
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                _ => {
                    let num = ent.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_post_is_no_story_of_the_page() {
        let body = |ld: &str| read_all(&[ld.to_string()]).body;
        let post = r#"{"@type":"BlogPosting","headline":"P","articleBody":"Text of the post."}"#;
        assert_eq!(body(post).as_deref(), Some("Text of the post."));
        // A blog's index that lists its posts, or an item list of them.
        assert_eq!(
            body(&format!(r#"{{"@type":"Blog","blogPost":[{post}]}}"#)),
            None
        );
        assert_eq!(
            body(&format!(
                r#"{{"@type":"ItemList","itemListElement":[{{"@type":"ListItem","item":{post}}}]}}"#
            )),
            None
        );
        // Two stories with bodies: neither is the page's alone; one stated twice is one.
        let other = post.replace("Text of the post.", "Text of another post.");
        assert_eq!(body(&format!("[{post},{other}]")), None);
        assert_eq!(
            body(&format!("[{post},{post}]")).as_deref(),
            Some("Text of the post.")
        );
        // A page's part is its own story, not a listed entry.
        assert_eq!(
            body(&format!(r#"{{"@type":"WebPage","hasPart":{post}}}"#)).as_deref(),
            Some("Text of the post.")
        );
        // The story named by its page (`mainEntity`) is the page's.
        assert_eq!(
            body(&format!(r#"{{"@type":"WebPage","mainEntity":{post}}}"#)).as_deref(),
            Some("Text of the post.")
        );
    }

    #[test]
    fn graph_with_references() {
        let s = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"The Daily"},
            {"@type":"Person","@id":"#p1","name":"Jane Roe"},
            {"@type":"NewsArticle","headline":"Big &amp; news","author":[{"@id":"#p1"},{"@type":"Person","name":"John Doe"}],
             "publisher":{"@id":"#org"},"datePublished":"2018-08-07T17:12:00-04:00","keywords":"a, b"}]}"##;
        let info = read_all(&[s.to_string()]);
        assert_eq!(info.headline.as_deref(), Some("Big & news"));
        assert_eq!(info.authors, ["Jane Roe", "John Doe"]);
        assert_eq!(info.site_name.as_deref(), Some("The Daily"));
        assert_eq!(info.published.as_deref(), Some("2018-08-07T17:12:00-04:00"));
        assert_eq!(info.keywords, ["a", "b"]);
        assert!(info.is_article);
    }

    #[test]
    fn embedded_video_is_not_the_article() {
        let v = r#"{"@type":"VideoObject","name":"Clip","uploadDate":"2024-12-07"}"#;
        let a = r#"{"@type":"NewsArticle","headline":"Story","datePublished":"2024-12-06",
            "author":[{"@type":"Person","name":"Jane Roe"}]}"#;
        let info = read_all(&[v.to_string(), a.to_string()]);
        assert_eq!(info.headline.as_deref(), Some("Story"));
        assert_eq!(info.authors, ["Jane Roe"]);
        assert_eq!(info.published.as_deref(), Some("2024-12-06"));
        let info = read_all(&[v.to_string()]);
        assert_eq!(info.published, None);
        assert_eq!(info.created.as_deref(), Some("2024-12-07"));
    }

    #[test]
    fn qa_page_reads_its_question() {
        let s = r#"{"@type":"QAPage","name":"Why?","mainEntity":{"@type":"Question","name":"Why?",
            "datePublished":"2024-09-05T23:15:57Z","author":{"@type":"Person","name":"asker42"},
            "acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"helper"}}}}"#;
        let info = read_all(&[s.to_string()]);
        assert_eq!(info.authors, ["asker42"]);
        assert_eq!(info.published.as_deref(), Some("2024-09-05T23:15:57Z"));
        assert!(!info.is_article);
    }

    #[test]
    fn malformed_json_is_repaired() {
        let s = "<!--\n{\"@type\": \"Article\", \"headline\": \"Line\nbreak\", \"author\": {\"name\": \"A B\",},}\n-->";
        let info = read_all(&[s.to_string()]);
        assert_eq!(info.headline.as_deref(), Some("Line break"));
        assert_eq!(info.authors, ["A B"]);
    }

    #[test]
    fn hopeless_json_falls_back_to_key_scan() {
        let s = r#"{"@type": "NewsArticle", "headline": "Scanned", "author": {"name": "C D"}, "datePublished": "2020-01-02" oops"#;
        let info = read_all(&[s.to_string()]);
        assert_eq!(info.headline.as_deref(), Some("Scanned"));
        assert_eq!(info.published.as_deref(), Some("2020-01-02"));
        assert_eq!(info.authors, ["C D"]);
    }

    #[test]
    fn organisation_author_is_not_a_person() {
        let s = r#"[{"@type":"BlogPosting","author":{"@type":"Organization","name":"Acme"}}]"#;
        let info = read_all(&[s.to_string()]);
        assert!(info.authors.is_empty());
        assert!(info.organisations.contains(&"Acme".to_string()));
    }

    #[test]
    fn person_organisation_is_a_person() {
        let s = r##"{"@graph":[{"@type":["Person","Organization"],"@id":"#me","name":"Jane Roe"},
            {"@type":"BlogPosting","author":{"@id":"#me"},"publisher":{"@id":"#me"}}]}"##;
        let info = read_all(&[s.to_string()]);
        assert_eq!(info.authors, ["Jane Roe"]);
        assert!(info.organisations.is_empty());
        let s = r#"[{"@type":"BlogPosting","author":{"@type":"Organization","name":"Acme"}}]"#;
        assert_eq!(
            read_all(&[s.to_string()]).org_author.as_deref(),
            Some("Acme")
        );
    }

    #[test]
    fn garbage_never_panics() {
        for s in [
            "",
            "{",
            "[[[[",
            "\"",
            "{\"@graph\":",
            "<!-- -->",
            "{\"a\":\"\\",
            "&#xFFFFFFFF;",
        ] {
            let _ = read_all(&[s.to_string()]);
            let _ = decode_entities(s);
        }
    }

    #[test]
    fn the_key_scan_looks_back_for_an_author_without_splitting_a_character() {
        // Broken JSON falls through to the key scan, which looks 80 bytes back from each
        // "name" key; here that point falls inside the two-byte '¯'.
        let raw = format!(
            "{{\"@type\":\"NewsArticle\",\"a\":\"\u{af}{}\",\"name\":\"N\",\"headline\":\"H\" oops",
            "x".repeat(77)
        );
        let at = raw.find("\"name\"").expect("name key");
        assert!(!raw.is_char_boundary(at - 80));
        let got = parse_lenient(&raw);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0]["headline"], "H");
    }
}
