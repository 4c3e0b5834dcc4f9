//! Author names: JSON-LD, head `<meta>`, then byline markup; cleaned of "By", roles, dates,
//! site names and noise.

use super::jsonld::LdInfo;
use super::scan::{BylineKind, Scan};
use super::text::{collapse, key, words};
use crate::dom::starts_with_ignore_ascii_case;

/// At most this many authors are returned.
pub(crate) const MAX_AUTHORS: usize = 8;
/// A name longer than this many characters is prose, not a name.
pub(crate) const MAX_NAME_CHARS: usize = 60;
/// A name with more than this many words is prose, not a name.
pub(crate) const MAX_NAME_WORDS: usize = 6;

const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "dc:creator",
    "dcterms:creator",
    "byl",
    "citation_author",
    "citation_authors",
    "creator",
    "authors",
];

/// Words that are never (part of) a person's name in a byline.
const NOISE: &[&str] = &[
    "staff",
    "admin",
    "administrator",
    "editor",
    "editors",
    "editorial",
    "team",
    "desk",
    "newsroom",
    "guest",
    "anonymous",
    "unknown",
    "webmaster",
    "root",
    "user",
    "contributor",
    "contributors",
    "wire",
    "reporter",
    "reporters",
    "correspondent",
    "agencies",
    "press",
    "media",
    "redaction",
    "redaktion",
    // "Ana Roe, da Redação", "Redacción", "la rédaction", "Redazione": the newsroom.
    "redação",
    "redacao",
    "redacción",
    "redaccion",
    "rédaction",
    "redazione",
    "updated",
    // "Last Updated: May 2": a date's label in an author-classed box.
    "last",
    "published",
    "posted",
    "comments",
    "comment",
    "share",
    "follow",
    "more",
    "read",
    "minute",
    "minutes",
    "min",
    "ago",
    "view",
    "profile",
    "articles",
    "posts",
    // Filter and settings labels that share an "author"/"byline" class: "Text Size".
    "size",
    "type",
    // Forum chrome beside a poster's name: "Post", "Member", "New member".
    "post",
    "member",
    "members",
    "subscribe",
    "author",
    "authors",
    "by",
    "written",
    "email",
    "twitter",
    "facebook",
    "bio",
    "full",
    "learn",
    "see",
    "all",
    "sponsored",
    "expert",
    "experts",
    "linkedin",
    "instagram",
    "home",
    "blog",
    "news",
    "menu",
    "search",
    "login",
    "sign",
];

/// Words that, standing alone where a byline goes, are a shop's or a template's labels.
const LONE_LABELS: &[&str] = &[
    "collection",
    "collections",
    "review",
    "reviews",
    "price",
    "product",
    "products",
    "category",
    "categories",
    "get",
    "state",
    "countries",
    "inc",
    "default",
    "undefined",
    "null",
    "none",
    "acceptable",
    "domain",
    "brand",
    "sector",
    "spotlight",
];

/// Chooses the authors.
pub(crate) fn choose(
    s: &Scan,
    ld: &LdInfo,
    site_names: &[String],
    host: &str,
    title: &str,
) -> Vec<String> {
    let c = candidates(s, ld, site_names, host);
    let bad = |n: &str| is_site(n, site_names) && !personal_site(n, host);
    // Metadata that holds only one-word names (a handle, "KatieS"; a company, "Rapid7") loses
    // to a byline that prints a person's full name, unless the page shows the handle too (a
    // forum's poster).
    let handles_only = c.structured.iter().all(|n| !n.contains(' '));
    let shown = |n: &String| s.bylines.iter().any(|(_, b)| key(b) == key(n));
    let unconfirmed_handles = handles_only && !c.structured.iter().any(shown);
    let full_name_shown = c.visible.iter().any(|n| n.contains(' '));
    let overruled = unconfirmed_handles && full_name_shown;
    if !c.structured.is_empty() && !overruled {
        return c.structured;
    }
    // A group the metadata credits ("TOI Lifestyle Desk", "Resy Staff") and the byline prints
    // too is the author, whoever else a byline box names (a reviewer, a text-size widget).
    if let Some(g) = c.structured_group.filter(|g| {
        let k = key(g);
        s.bylines.iter().any(|(_, b)| key(b).contains(&k))
    }) {
        return vec![g];
    }
    if let Some(starter) = thread_starter(s, &c.visible) {
        return vec![starter];
    }
    if !c.visible.is_empty() {
        return c.visible;
    }
    if let Some(g) = c.group {
        return vec![g];
    }
    if let Some(names) = dateline_names(s, title).filter(|v| !v.iter().any(|n| bad(n))) {
        return names;
    }
    c.site_author
        .or_else(|| ld.org_author.clone().filter(|n| plausible_name(n, true)))
        .or(c.visible_site_author)
        .or(c.declared)
        .into_iter()
        .collect()
}

/// A forum thread's starter where a byline box chose a later poster: when every name the
/// visible bylines gave is the handle of a poster after the first, and a byline box other than
/// the handles themselves names the first poster (the first post's box, its lower-case handle
/// refused as a name), the first poster's handle is the author. A story's discussion box,
/// whose first commenter no byline names, leaves the story's byline alone.
fn thread_starter(s: &Scan, visible: &[String]) -> Option<String> {
    let mut posters = s
        .bylines
        .iter()
        .filter(|(k, _)| *k == BylineKind::Username)
        .map(|(_, t)| collapse(t));
    let first = posters.next().filter(|f| plausible_name(f, true))?;
    let later: Vec<String> = posters.map(|p| key(&p)).collect();
    let first_key = key(&first);
    let all_later = !visible.is_empty()
        && visible.iter().all(|v| {
            let k = key(v);
            k != first_key && later.contains(&k)
        });
    // The first poster's words as a run of a byline's words ("Post by jdoe »"): not a part of
    // another name ("Anna" inside "By Joanna Roe").
    let boxed = || {
        let name = words(&first);
        !name.is_empty()
            && s.bylines.iter().any(|(k, t)| {
                *k != BylineKind::Username
                    && words(t)
                        .windows(name.len())
                        .any(|run| run == name.as_slice())
            })
    };
    (all_later && boxed()).then_some(first)
}

/// What each kind of source says about the authors, before they are reconciled.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    /// Persons named by JSON-LD, else by the head's `<meta>`s.
    pub structured: Vec<String>,
    /// Persons of the first visible byline that names one, strongest kind first.
    pub visible: Vec<String>,
    /// The first group byline ("Podium Staff"), structured first, then visible in source
    /// order up to the first person: the author when no person is.
    pub group: Option<String>,
    /// The group the structured sources name, if any.
    pub structured_group: Option<String>,
    /// An author value two structured sources give alike, as given, even when it does not
    /// read as a person's name ("q_admin", "Staff Clinician").
    pub declared: Option<String>,
    /// The first structured author that is the site itself ("By Acme" on acme.com).
    pub site_author: Option<String>,
    /// The first visible byline that is the site itself.
    pub visible_site_author: Option<String>,
}

/// Reads every author source of the page.
pub(crate) fn candidates(s: &Scan, ld: &LdInfo, site_names: &[String], host: &str) -> Candidates {
    let bad = |n: &str| is_site(n, site_names) && !personal_site(n, host);
    let mut meta: Vec<String> = s
        .metas
        .iter()
        .filter(|(k, _)| AUTHOR_METAS.contains(&k.as_str()))
        .map(|(k, v)| {
            if k == "citation_author" {
                flip_last_first(v)
            } else if k == "citation_authors" {
                // `Roe, Jane; Doe, John`.
                v.split(';')
                    .map(flip_last_first)
                    .collect::<Vec<_>>()
                    .join("; ")
            } else {
                v.clone()
            }
        })
        .collect();
    // Yoast and Ghost: `twitter:label1 = Written by`, `twitter:data1 = Jane Roe`.
    for (k, v) in &s.metas {
        if let Some(n) = k.strip_prefix("twitter:label") {
            if v.trim().eq_ignore_ascii_case("written by") {
                meta.extend(s.meta_first(&[&format!("twitter:data{n}")]));
            }
        }
    }
    let mut c = Candidates::default();
    // Structured sources: every value counts (several authors are several values).
    for raw in [ld.authors.as_slice(), meta.as_slice()] {
        let mut names: Vec<String> = Vec::new();
        for r in raw {
            let found = Found {
                names: &mut names,
                group: &mut c.group,
                site_author: &mut c.site_author,
            };
            found.add(r, true, &bad);
        }
        drop_site_beside_persons(&mut names, site_names);
        if !names.is_empty() {
            names.truncate(MAX_AUTHORS);
            c.structured = names;
            break;
        }
    }
    c.structured_group = c.group.clone();
    c.declared = declared(&ld.authors, &meta);
    // Visible bylines: the first element that holds names, strongest kind first.
    let visible = [
        BylineKind::ItemProp,
        BylineKind::RelAuthor,
        BylineKind::AuthorClass,
        BylineKind::Byline,
        BylineKind::Label,
        BylineKind::ByText,
    ]
    .into_iter()
    // Microdata and author links name the author on purpose: a lower-case handle there is a
    // name.
    .map(|k| {
        let handles = matches!(k, BylineKind::ItemProp | BylineKind::RelAuthor);
        (by_kind(s, k), handles)
    })
    .chain(std::iter::once((near_heading_bylines(s), false)))
    // A forum's poster handles are lower-case or numbered like metadata ("sean_g").
    .chain(std::iter::once((by_kind(s, BylineKind::Username), true)));
    // A box that credits an editor, a reviewer or an updater names the author only when no
    // other byline does.
    let mut secondary: Option<Vec<String>> = None;
    for (raw, handles) in visible {
        for r in raw {
            let credits_other = SECONDARY_CREDITS
                .iter()
                .any(|p| starts_with_ignore_ascii_case(r.trim_start(), p));
            if credits_other && secondary.is_some() {
                continue;
            }
            let mut names: Vec<String> = Vec::new();
            let found = Found {
                names: &mut names,
                group: &mut c.group,
                site_author: &mut c.visible_site_author,
            };
            found.add(&r, handles, &bad);
            // A box holding "Corti | Joakim Edin | Research": the full name is the person,
            // lone words beside it are the company and the section.
            if names.iter().any(|n| n.contains(' ')) {
                names.retain(|n| n.contains(' '));
            }
            drop_site_beside_persons(&mut names, site_names);
            if !names.is_empty() {
                names.truncate(MAX_AUTHORS);
                if credits_other {
                    secondary = Some(names);
                    continue;
                }
                c.visible = names;
                return c;
            }
        }
    }
    c.visible = secondary.unwrap_or_default();
    c
}

/// The site's own name credited beside a writer ("By Dana Roe, Pine County Record", a shop's
/// name over "Reviewed by Jane Roe") is the site, not a second writer, even where the site's
/// address spells it; a lone such name stays (the owner of a personal site). The cost: an
/// owner whose site bears their name, credited together with a co-author, loses their name
/// (rarer on the development pages than a business named beside its writer).
fn drop_site_beside_persons(names: &mut Vec<String>, site_names: &[String]) {
    if names.iter().any(|n| !is_site(n, site_names)) {
        names.retain(|n| !is_site(n, site_names));
    }
}

/// Labels of a byline that credits someone other than the writer.
const SECONDARY_CREDITS: &[&str] = &[
    "updated by",
    "edited by",
    "reviewed by",
    "medically reviewed by",
    "fact checked by",
    "fact-checked by",
];

/// At most this many characters make a declared author value.
pub(crate) const MAX_DECLARED_CHARS: usize = 60;

/// The first author value that JSON-LD and a `<meta>`, or two `<meta>`s, give alike: the
/// page's own word for its author when nothing reads as a name.
fn declared(ld: &[String], meta: &[String]) -> Option<String> {
    let ok =
        |v: &str| !v.is_empty() && v.chars().count() <= MAX_DECLARED_CHARS && !v.contains("://");
    let values: Vec<String> = ld.iter().chain(meta).map(|v| collapse(v)).collect();
    values
        .iter()
        .enumerate()
        .find_map(|(i, v)| (ok(v) && values[i + 1..].iter().any(|w| w == v)).then(|| v.clone()))
}

/// Where the names of one author value go.
struct Found<'a> {
    /// Persons, once each.
    names: &'a mut Vec<String>,
    /// The first group byline that is not the site.
    group: &'a mut Option<String>,
    /// The first name that is the site itself.
    site_author: &'a mut Option<String>,
}

impl Found<'_> {
    /// Sorts the names of `raw` (lower-case handles taken as names when `handles`); `is_site`
    /// tells the site's own name.
    fn add(self, raw: &str, handles: bool, is_site: &impl Fn(&str) -> bool) {
        // "Center for Drug Evaluation and Research" is one organisation, not two names.
        let whole = collapse(raw);
        if !whole.contains([',', ';', '|', '&'])
            && organisation_name(&whole)
            && plausible_name(&whole, true)
        {
            if !is_site(&whole) {
                self.group.get_or_insert(whole);
            }
            return;
        }
        let (persons, groups) = split_names_and_groups(raw, handles);
        if self.group.is_none() {
            *self.group = groups.into_iter().find(|g| !is_site(g));
        }
        for n in persons {
            if is_site(&n) {
                self.site_author.get_or_insert(n);
            } else if organisation_name(&n) {
                // A newspaper or a network credited beside its writers is not one of them.
                self.group.get_or_insert(n);
            } else if !self.names.iter().any(|m| key(m) == key(&n)) {
                self.names.push(n);
            }
        }
    }
}

/// Words that name an organisation, never a person.
const ORGANISATION_WORDS: &[&str] = &[
    "network",
    "institute",
    "university",
    "college",
    "association",
    "foundation",
    "council",
    "society",
    "group",
    "inc",
    "llc",
    "ltd",
    "gmbh",
    "corporation",
    "corp",
    "company",
    "agency",
    "department",
    "ministry",
    "magazine",
    "journal",
    "newspaper",
    "center",
    "centre",
    "clinic",
    "hospital",
    "services",
    "solutions",
];

/// "The Commercial Appeal", "South Carolina Learning Network": a publication's or an
/// organisation's name (a person's name does not start with "The").
fn organisation_name(n: &str) -> bool {
    n.starts_with("The ")
        || words(n)
            .iter()
            .any(|w| ORGANISATION_WORDS.contains(&w.as_str()))
}

/// `Roe, Jane` → `Jane Roe` (citation metadata).
fn flip_last_first(v: &str) -> String {
    match v.split_once(',') {
        Some((last, first)) if !first.contains(',') && !first.trim().is_empty() => {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => v.to_string(),
    }
}

fn by_kind(s: &Scan, kind: BylineKind) -> Vec<String> {
    s.bylines
        .iter()
        .filter(|(k, _)| *k == kind)
        .map(|(_, t)| t.clone())
        .collect()
}

/// Marks that part a byline's pieces: names, roles, the date ("March 5, 2024 · By Jane Roe",
/// "Jane Roe | Staff Writer").
const BYLINE_SEPARATORS: [char; 3] = ['|', '·', '•'];

/// Short texts around the headline that start with "By ", or a "By" / "Written by" label
/// followed by the name in the next text.
fn near_heading_bylines(s: &Scan) -> Vec<String> {
    let texts = &s.near_heading;
    for (i, t) in texts.iter().enumerate() {
        if s.sentence_labels.contains(&i) {
            continue;
        }
        let l = t.to_lowercase();
        let l = l.trim_end_matches(':').trim();
        if matches!(
            l,
            "by" | "written by"
                | "words by"
                | "posted by"
                | "author"
                | "authors"
                | "author(s)"
                | "authored by"
                | "contributor"
                | "contributors"
                | "this post was written by"
        ) {
            if let Some(next) = texts.get(i + 1) {
                return vec![next.clone()];
            }
        }
        // The byline may share its text with the date, after a separator ("March 5, 2024 ·
        // By Jane Roe", "Publié le 05/03/2024 · Par Jeanne Roe").
        for part in t.split(BYLINE_SEPARATORS) {
            let part = part.trim();
            // Another language's lead-in is also an ordinary word ("Von Menschen und
            // Maschinen", "Door County", "Por favor"): only names may follow it.
            let led_in = ["by ", "written by ", "words by "]
                .iter()
                .any(|p| starts_with_ignore_ascii_case(part, p))
                || foreign_lead_in(part).is_some_and(|(n, lead)| {
                    names_only(&part[n..]) && !ENGLISH_LEAD_INS.contains(&lead)
                });
            if led_in {
                return vec![part.to_string()];
            }
            if let Some(names) = labelled_names(part).or_else(|| dated_names(part)) {
                return vec![names.to_string()];
            }
        }
    }
    Vec::new()
}

/// Labels that credit the writer by what they did, lower-cased, each followed (after an
/// optional colon) by the name: a station's or a weekly's byline ("Reported by: JANE ROE",
/// "Submitted by Jane Roe"). They label other credits too ("Submitted by: admin" on a
/// directory's entry), so only names may follow them ([`names_only`]).
const CREDIT_LEAD_INS: &[&str] = &["reported by", "submitted by"];

/// The names after a label of [`CREDIT_LEAD_INS`] that opens `t`, when only names follow it.
fn labelled_names(t: &str) -> Option<&str> {
    CREDIT_LEAD_INS.iter().find_map(|p| {
        let n = lower_prefix_len(t, p)?;
        let rest = t[n..].strip_prefix(':').unwrap_or(&t[n..]);
        let rest = rest.strip_prefix(' ')?.trim_start();
        names_only(rest).then_some(rest)
    })
}

/// Words that open a date line crediting its writer last ("Posted on May 2, 2009 by Jane
/// Roe"), lower-cased. Other verbs credit someone else after a date: a book's or a record's
/// publisher ("Published March 10, 2009 by Penguin Books", "Released October 2, 2009 by Sub
/// Pop"), an updater ("Last updated 10 March 2009 by Web Team"), a photographer ("Photo taken
/// March 10 by Jane Roe").
const DATED_CREDIT_LEADS: &[&str] = &["posted", "written", "filed"];

/// The names after " by " in a date line that credits its writer last ("Posted on May 2, 2009
/// at 6:15 p.m. by JANE ROE, Staff Correspondent", "Tuesday 15 October 2019 by Jane Roe"):
/// the text before it a date line opened by a word of [`DATED_CREDIT_LEADS`] or by the date
/// itself (a weekday, a month or a digit), only names after it ([`names_only`]).
fn dated_names(t: &str) -> Option<&str> {
    let at = t.find(" by ")?;
    let lead = t.split_whitespace().next().unwrap_or("");
    let lead = lead.trim_end_matches([':', ',', '.']).to_lowercase();
    let credits_writer = DATED_CREDIT_LEADS.contains(&lead.as_str())
        || is_calendar_word(&lead)
        || lead.starts_with(|c: char| c.is_ascii_digit());
    if !credits_writer {
        return None;
    }
    let rest = t[at + " by ".len()..].trim_start();
    (names_only(rest) && super::dates::is_dateline_text(&t[..at])).then_some(rest)
}

/// Words that lead a byline in other languages ("Par Jeanne Roe", "Por Juan Roe", "Von Jan
/// Roe", "Door Jan Roe", "di Marco Rossi", "Ein Artikel von Jan Roe"), longest first. A
/// byline's lead-in is set lower-case or capitalised; the name after it is capitalised.
const FOREIGN_LEAD_INS: &[&str] = &[
    "ein artikel von ",
    "ein beitrag von ",
    "un article de ",
    "escrito por ",
    "scritto da ",
    "écrit par ",
    "texto de ",
    "par ",
    "por ",
    "von ",
    "door ",
    "di ",
];

/// The foreign lead-in ([`FOREIGN_LEAD_INS`]) that opens `t` when a capitalised word follows
/// it, with its length in `t`'s bytes. "di" counts only in lower case ("Di Stefano" is a
/// surname).
fn foreign_lead_in(t: &str) -> Option<(usize, &'static str)> {
    FOREIGN_LEAD_INS.iter().find_map(|&p| {
        let n = if p == "di " {
            t.starts_with(p).then_some(p.len())?
        } else {
            lower_prefix_len(t, p)?
        };
        let capital_next = t[n..].chars().next().is_some_and(char::is_uppercase);
        capital_next.then_some((n, p))
    })
}

/// The length in bytes of the start of `t` that reads as lower-case `prefix` in any case, if
/// `t` opens with it (compared character by character, without allocating).
fn lower_prefix_len(t: &str, prefix: &str) -> Option<usize> {
    let mut chars = t.char_indices();
    for want in prefix.chars() {
        let (_, c) = chars.next()?;
        if c != want && !c.to_lowercase().eq(std::iter::once(want)) {
            return None;
        }
    }
    Some(chars.next().map_or(t.len(), |(i, _)| i))
}

/// Lead-ins of [`FOREIGN_LEAD_INS`] that are English words too ("Door County Fair"): they
/// lead a byline only inside a byline's own box, not in any text by the headline.
const ENGLISH_LEAD_INS: &[&str] = &["door "];

/// Words that join two names in a byline ("Jan Roe und Eva Poe"), lower-cased.
const NAME_JOINERS: &[&str] = &["and", "und", "et", "y", "e", "en", "i", "&"];

/// Lower-case particles inside a name ("Jean de la Fontaine", "Anna van der Berg").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten",
];

/// Most words of one name after a byline's lead-in.
const LEAD_IN_NAME_MAX_WORDS: usize = 5;

/// Whether `rest` (what follows a byline's lead-in, up to a comma) is one or more names
/// ([`NAME_JOINERS`] between them), each of two to [`LEAD_IN_NAME_MAX_WORDS`] words, capitalised
/// but for its particles ([`NAME_PARTICLES`]): "Jeanne Roe", "Jan Roe und Eva Poe", not "County"
/// or "Menschen und Maschinen". What follows a comma, a parenthesis or a slash is the writer's
/// role or paper ("Juan Roe / El Diario").
fn names_only(rest: &str) -> bool {
    let rest = rest.split([',', '(', ';', '/']).next().unwrap_or("");
    // "Por Qué Votar", "Por Fin Llega": a lead-in's idiom in a headline's capitals, no name.
    if rest.split_whitespace().next().is_some_and(|w| {
        let first = w.trim_end_matches([',', ':']).to_lowercase();
        LEAD_IN_IDIOM_WORDS.contains(&first.as_str())
    }) {
        return false;
    }
    let (mut capitals, mut words) = (0usize, 0usize);
    let whole = |capitals: usize, words: usize| {
        (2..=LEAD_IN_NAME_MAX_WORDS).contains(&words) && capitals >= 2
    };
    for w in rest.split_whitespace() {
        let lower = w.to_lowercase();
        if NAME_JOINERS.contains(&lower.as_str()) {
            if !whole(capitals, words) {
                return false;
            }
            (capitals, words) = (0, 0);
            continue;
        }
        words += 1;
        if w.chars().next().is_some_and(char::is_uppercase) {
            capitals += 1;
        } else if !NAME_PARTICLES.contains(&lower.as_str()) {
            return false;
        }
    }
    whole(capitals, words)
}

/// Words that follow "por", "par" or "per" in everyday phrases, not a name ("por qué", "por
/// favor", "por fin", "par exemple"), lower-cased: a headline set in capitals ("Por Qué Votar /
/// Especial Elecciones") names no writer.
const LEAD_IN_IDIOM_WORDS: &[&str] = &[
    "qué", "que", "quê", "favor", "fin", "eso", "esto", "isso", "isto", "ejemplo", "exemplo",
    "exemple", "supuesto", "dentro", "cierto", "ahora", "suerte", "tanto", "ailleurs", "contre",
    "favore", "esempio", "caso",
];

/// Texts after the headline searched for a name printed beside the dateline.
pub(crate) const DATELINE_NAME_AFTER: usize = 6;
/// Texts before the headline searched likewise (a kicker line: "Dec 17, 2025 · Jane Roe").
pub(crate) const DATELINE_NAME_BEFORE: usize = 2;

/// The names printed without "By" in the headline's dateline: a short text of names of two
/// to four capitalised words each just after the `<h1>` next to a date, or a separator away
/// ("Dec 17, 2025 · Jane Roe", "Jane Roe | Senior Writer | July 2, 2025", "Jane Roe, John
/// Doe and Ann Poe · 24 Apr 2000").
fn dateline_names(s: &Scan, title: &str) -> Option<Vec<String>> {
    let at = super::dates::headline_at(s, title)?;
    let near = &s.near_heading;
    let end = near.len().min(at + 1 + DATELINE_NAME_AFTER);
    let start = at.saturating_sub(DATELINE_NAME_BEFORE);
    // The headline itself may hold a date ("Weekly wrap-up 12/19/2025"): not a dateline.
    let dated = |j: usize| {
        j != at
            && (start..end).contains(&j)
            && near
                .get(j)
                .is_some_and(|t| super::dates::is_dateline_text(t))
    };
    // A text of separators only ("·", "|").
    let separator = |j: usize| {
        near.get(j)
            .is_some_and(|t| !t.chars().any(char::is_alphanumeric))
    };
    let after = (at + 1..end).map(|j| (j, &near[j]));
    let before = (start..at).rev().map(|j| (j, &near[j]));
    for (j, t) in after.chain(before) {
        let t = t.as_str();
        let first = t.split(BYLINE_SEPARATORS).next().unwrap_or("").trim();
        // "Jane Roe in" followed by the section's link: the preposition goes.
        let first = [" in", " on"]
            .iter()
            .find_map(|p| first.strip_suffix(p))
            .unwrap_or(first);
        // The headline repeated (a breadcrumb, a share box) is not a name.
        if first.contains(['!', '?']) || s.headings.iter().any(|h| key(&h.text) == key(first)) {
            continue;
        }
        // "Jane Roe, John Doe and Ann Poe": every part a name of two to four words. A part after
        // the first that opens with "The" is the writer's paper ("JANE ROE, The Tribune"): no
        // one's name opens with the article.
        let names: Vec<&str> = first
            .split([',', '&'])
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .enumerate()
            .filter(|&(i, p)| i == 0 || !is_paper_name(p))
            .map(|(_, p)| p)
            .collect();
        let all_names = names
            .iter()
            .all(|n| (2..=4).contains(&words(n).len()) && plausible_name(n, false));
        if !all_names {
            continue;
        }
        let same_text_dated =
            first.len() < t.len() && super::dates::is_dateline_text(&t[first.len()..]);
        let next = dated(j + 1) || (separator(j + 1) && dated(j + 2));
        let prev = j >= 1 && (dated(j - 1) || (j >= 2 && separator(j - 1) && dated(j - 2)));
        if same_text_dated || next || prev {
            return Some(names.into_iter().map(str::to_string).collect());
        }
    }
    None
}

/// Whether a byline's part names a paper or an agency, not a person: it opens with the article
/// "The" ("The Tribune", "The Associated Press"), not followed by an abbreviated title ("The
/// Rev. John Doe", "The Hon. Jane Roe" are people).
fn is_paper_name(part: &str) -> bool {
    let mut w = part.split_whitespace();
    w.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && w.next().is_some_and(|second| !second.ends_with('.'))
}

/// A personal site names its owner: `jane-roe.com` or `roe.dev` for "Jane Roe".
fn personal_site(n: &str, host: &str) -> bool {
    let host = key(host);
    n.split_whitespace()
        .map(key)
        .filter(|w| w.len() >= 4)
        .any(|w| host.contains(&w))
}

fn is_site(n: &str, site_names: &[String]) -> bool {
    let k = key(n);
    k.is_empty() || site_names.iter().any(|s| key(s) == k)
}

/// Cleans one raw byline into names: drops "By", "Written by", roles after a dash or comma,
/// dates and times, e-mail addresses and URLs, then splits on "and", "&", ",", ";", "|".
#[cfg(test)]
pub(crate) fn split_names(raw: &str, structured: bool) -> Vec<String> {
    split_names_and_groups(raw, structured).0
}

/// Like the tests' `split_names`, and also the group bylines it refused as names ("Podium
/// Staff", "The Upwork Team", "News Desk"): the page's author when no person is named anywhere.
fn split_names_and_groups(raw: &str, structured: bool) -> (Vec<String>, Vec<String>) {
    let raw = collapse(raw);
    let mut out = (Vec::new(), Vec::new());
    if raw.contains("://") || raw.starts_with("www.") {
        return out;
    }
    for segment in raw.split(BYLINE_SEPARATORS) {
        segment_names(segment, structured, &mut out);
    }
    out
}

/// Last words of a byline that names a group of people rather than a person.
const GROUP_WORDS: &[&str] = &[
    "staff",
    "team",
    "editors",
    "editor",
    "desk",
    "newsroom",
    "contributor",
    "contributors",
];

/// "Podium Staff", "Our Editors", "Staff": a short capitalised byline ending with a group
/// word, whose other words are not noise ("Share Team" is a button).
fn group_name(n: &str, structured: bool) -> bool {
    let w = words(n);
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return false;
    };
    // "Podium Staff", "The Currency editors", or the group word first: "Team Acme".
    let group_last = GROUP_WORDS.contains(&last.as_str());
    // ("Staff Writer" is a role, not a group.)
    let group_first = w.len() >= 2 && first == "team";
    if !(group_last || group_first)
        || w.len() > 4
        || n.chars().count() > MAX_NAME_CHARS
        || n.contains('@')
    {
        return false;
    }
    let others = if group_last {
        &w[..w.len() - 1]
    } else {
        &w[1..]
    };
    let others_ok = others.iter().all(|x| {
        !NOISE.contains(&x.as_str())
            || GROUP_WORDS.contains(&x.as_str())
            || x == "editorial"
            || x == "news"
    });
    // Capitalised as a name is, but for an article before it and the group word itself.
    let capitalised = structured
        || n.split_whitespace().all(|t| {
            let l = t.to_lowercase();
            l == "the"
                || l == "our"
                || GROUP_WORDS.contains(&l.as_str())
                || t.chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(|c| !c.is_lowercase())
        });
    others_ok && capitalised
}

fn segment_names(segment: &str, structured: bool, out: &mut (Vec<String>, Vec<String>)) {
    // Cut at what follows a name in a byline: a date, "Updated", a role after a dash.
    let mut line = segment.trim();
    for stop in [
        " Updated",
        " Published",
        " Posted",
        " on ",
        " - ",
        " — ",
        " – ",
        "(",
        " at ",
        " / ",
        " in ",
    ] {
        if let Some(i) = line.find(stop) {
            if stop == "(" && short_parenthetical(&line[i..]).is_some() {
                continue;
            }
            if i > 0 {
                line = &line[..i];
            }
        }
    }
    // A date or a count starts a word with a digit; a handle ("paulb203") only ends with one.
    let dated = digit_word_start(line);
    if let Some(i) = dated {
        line = &line[..i];
    }
    let mut line = line.trim().trim_end_matches([',', ';', ':']);
    // The full stop after a name goes; the last dot of "Ph.D." stays.
    let last_word = line.rsplit(' ').next().unwrap_or("");
    if !last_word.trim_end_matches('.').contains('.') {
        line = line.trim_end_matches('.');
    }
    let mut line = line.trim_end_matches([',', ';', ':']).to_string();
    loop {
        let l = line.to_lowercase();
        let mut cut = None;
        for p in [
            "by:",
            "by ",
            "written by ",
            "words by ",
            "posted by ",
            "author:",
            "authors:",
            "author ",
            "reviewed by ",
            "from ",
            "article by ",
            "story by ",
            "par ",
            "por ",
            "von ",
            "door ",
            // The label in other languages: "Autor:", "Auteur :", "Автор:".
            "autor:",
            "autora:",
            "autores:",
            "auteur:",
            "auteur :",
            "автор:",
            // Chinese and Japanese bylines lead with the role: "记者 王丽华", "本报记者：王丽华",
            // "記者 佐藤 美咲", "作者：陈明", "文/陈明".
            "本报记者",
            "记者",
            "記者",
            "作者",
            "文/",
            "文／",
        ] {
            if l.starts_with(p) {
                cut = Some(p.len());
                break;
            }
        }
        let cut = cut.or_else(|| foreign_lead_in(&line).map(|(n, _)| n));
        match cut {
            Some(n) => {
                line = line[n..]
                    .trim_start_matches([':', '：', ' '])
                    .trim()
                    .to_string();
            }
            None => break,
        }
    }
    let normalised = line
        .replace(" and ", ",")
        .replace(" And ", ",")
        .replace(" AND ", ",")
        .replace(" und ", ",")
        .replace(" et ", ",")
        .replace(" y ", ",")
        .replace(" e ", ",");
    let mut last_person: Option<usize> = None;
    for part in normalised.split([',', ';', '&', '|', '/']) {
        // "Jean-Luc Roe (JLR)", "Paramita (Guha) Roe": the byline keeps a short aside, as
        // printed; the name around it is judged without it.
        if let Some(i) = part.find('(') {
            if let Some(len) = short_parenthetical(&part[i..]) {
                let bare = collapse(&format!("{} {}", &part[..i], &part[i + len..]));
                let mut names = (Vec::new(), Vec::new());
                segment_names(&bare, structured, &mut names);
                if names.0.len() == 1 && key(&names.0[0]) == key(&bare) {
                    out.0.push(collapse(part.trim()));
                    last_person = Some(out.0.len() - 1);
                    continue;
                }
            }
        }
        let name = part
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // Keep the dot of "Ph.D." or "Jr.", not the full stop after a plain name.
        let name = if name.trim_end_matches('.').contains('.') || name.ends_with(" Jr.") {
            name
        } else {
            name.trim_end_matches('.')
        };
        let name = capitals_before_mixed_case(name);
        // "Jane Roe May 5, 2024" leaves "Jane Roe May"; "Tom May" alone is a name, but no one
        // is called "Today".
        let name = if dated.is_some() {
            strip_trailing_months(name)
        } else {
            strip_trailing_relative_days(name)
        };
        // "Jane Roe, MD, FACP": the byline keeps the letters after the name, as printed. In a
        // byline set in capitals, capital words after a name are the next name ("JANE ROE and
        // JOHN DOE") unless each is a known degree or a two-letter one ("JANE ROE, MD MPH").
        let credentials = |i: &usize| {
            let mut words = name.split_whitespace();
            let first = words.next();
            let more_than_one = words.next().is_some();
            first.is_some()
                && name.split_whitespace().all(is_credential)
                && !(more_than_one
                    && in_capitals(&out.0[*i])
                    && !name.split_whitespace().all(is_known_credential))
        };
        if let Some(i) = last_person.filter(credentials) {
            let n: &mut String = &mut out.0[i];
            n.push_str(", ");
            n.push_str(name);
            continue;
        }
        last_person = None;
        if group_name(name, structured) {
            out.1.push(name.to_string());
            continue;
        }
        let Some(name) = strip_role(name) else {
            continue;
        };
        if plausible_name(name, structured) {
            out.0.push(name.to_string());
            last_person = Some(out.0.len() - 1);
        }
    }
}

/// Fewest words of a name set in capitals that [`capitals_before_mixed_case`] cuts out.
const MIN_CAPITAL_NAME_WORDS: usize = 2;

/// Wire style sets the writer's name in capitals and the agency or paper after it in mixed
/// case ("JANE ROE Associated Press", "JOHN DOE The Daily Star"): the run of two or more
/// upper-case words that opens `name`, when mixed-case words follow it; else `name`.
fn capitals_before_mixed_case(name: &str) -> &str {
    // Two letters at least: initials ("A. J. Neal") are capitals in any name.
    let all_capitals = |t: &str| {
        let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    // An agency's words are capitalised and then lower-case ("Associated", "The"); a surname
    // set in capitals may hold a lower-case letter ("McDONALD", "DeLUCA").
    let title_case = |t: &str| {
        let mut chars = t.chars().filter(|c| c.is_alphabetic());
        chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
    };
    let mut end = 0;
    let mut run = 0;
    let mut tokens = name.split_whitespace();
    while let Some(tok) = tokens.next() {
        if all_capitals(tok) {
            run += 1;
            end = tok.as_ptr() as usize - name.as_ptr() as usize + tok.len();
            continue;
        }
        // The name's own suffix ("Jr.") or a group's word ("Staff") is one word: an agency
        // or a paper takes two or more.
        let agency = title_case(tok) && tokens.next().is_some();
        return if run >= MIN_CAPITAL_NAME_WORDS && agency {
            &name[..end]
        } else {
            name
        };
    }
    name
}

/// `(CNXSoft)` at the start of `t`: a closed aside of one to three words without digits;
/// its length in bytes.
fn short_parenthetical(t: &str) -> Option<usize> {
    let inner = t.strip_prefix('(')?;
    let end = inner.find(')')?;
    let inner = &inner[..end];
    let n = words(inner).len();
    ((1..=3).contains(&n)
        && !inner.contains(['(', '@', ':'])
        && !inner.chars().any(|c| c.is_ascii_digit()))
    .then_some(end + 2)
}

/// Byte offset of the first word that starts with a digit.
fn digit_word_start(line: &str) -> Option<usize> {
    let mut prev_alnum = false;
    for (i, c) in line.char_indices() {
        if c.is_ascii_digit() && !prev_alnum {
            return Some(i);
        }
        prev_alnum = c.is_alphanumeric();
    }
    None
}

/// Relative days that end a dateline, beyond the months and weekdays ([`crate::months`]).
const RELATIVE_DAY_WORDS: &[&str] = &["today", "yesterday"];

/// Job titles that follow a name in a byline box ("Jane Roe Senior Writer").
const ROLE_WORDS: &[&str] = &[
    "writer",
    "director",
    "founder",
    "cofounder",
    "consultant",
    "coordinator",
    "manager",
    "reporter",
    "correspondent",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "marketing",
    "content",
    "senior",
    "former",
    "head",
    "chief",
    "lead",
    "specialist",
    "strategist",
    "analyst",
    "producer",
    "columnist",
    "journalist",
    "president",
    "vp",
    "owner",
    "partner",
    "professor",
    "intern",
    "associate",
    "assistant",
    "freelance",
    "contributing",
    "managing",
    "executive",
    "officer",
    // Korean bylines follow the name with the role: "김민수 기자" (reporter), "특파원"
    // (correspondent).
    "기자",
    "특파원",
    // Chinese and Japanese bylines may too: "王丽华 记者", "佐藤 美咲 記者".
    "记者",
    "記者",
];

/// Cuts a name before the first job-title word; `None` when nothing of the name is left.
fn strip_role(name: &str) -> Option<&str> {
    let mut end = 0;
    for (i, tok) in name.split_whitespace().enumerate() {
        let w = key(tok);
        if ROLE_WORDS.contains(&w.as_str()) {
            return (i > 0).then(|| name[..end].trim_end_matches([',', ' ']));
        }
        end = tok.as_ptr() as usize - name.as_ptr() as usize + tok.len();
    }
    Some(name)
}

/// Lower-case words allowed inside a name (`Ludwig van Beethoven`, `Maria da Silva`).
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "dos", "das",
    "bin", "ibn", "al", "el", "y", "e", "ter", "ten", "zu", "st",
];

/// `PhD`, `Ph.D.`, `MD`, `RD`, `CEPF`: a single short upper-case token after a name's comma.
fn is_credential(n: &str) -> bool {
    let t = n.trim();
    !t.contains(' ')
        && t.chars().filter(|c| c.is_alphabetic()).count() <= 6
        && (t
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            || t.contains('.'))
}

/// Degrees and certifications printed after a writer's name, upper-case without dots.
const KNOWN_CREDENTIALS: &[&str] = &[
    "MD", "DO", "PHD", "MPH", "MBA", "MS", "MSC", "MA", "BA", "BS", "BSC", "RN", "BSN", "MSN",
    "NP", "PA", "RD", "LD", "RDN", "DDS", "DMD", "DVM", "JD", "LLM", "CPA", "CFA", "CFP", "FACP",
    "FACS", "FAAP", "FACC", "LCSW", "LPC", "PSYD", "PHARMD", "OD", "DC", "DPT", "OTR", "CPT",
    "CSCS", "ESQ", "MFA", "MED", "EDD", "CNM", "IBCLC",
];

/// Whether `word` is a credential even among names in capitals: one of [`KNOWN_CREDENTIALS`]
/// (dots aside) or two letters ("MD", "RN"), shorter than any name's word but an initial.
fn is_known_credential(word: &str) -> bool {
    let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.chars().count() == 2
        || KNOWN_CREDENTIALS
            .iter()
            .any(|c| c.eq_ignore_ascii_case(&letters))
}

/// Whether every letter of `name` is a capital ("JANE ROE").
fn in_capitals(name: &str) -> bool {
    name.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// "Jane Roe Dec" (a byline cut before the day) → "Jane Roe".
/// "Jane Roe Today" → "Jane Roe".
fn strip_trailing_relative_days(name: &str) -> &str {
    let mut n = name.trim();
    while let Some((head, last)) = n.rsplit_once(' ') {
        if ["today", "yesterday"].contains(&last.to_lowercase().as_str()) {
            n = head.trim_end_matches([',', ' ']);
        } else {
            break;
        }
    }
    n
}

/// Whether lower-cased `word` names a month or a day.
fn is_calendar_word(word: &str) -> bool {
    crate::months::is_month_word(word)
        || crate::months::is_weekday_word(word)
        || RELATIVE_DAY_WORDS.contains(&word)
}

fn strip_trailing_months(name: &str) -> &str {
    let mut n = name.trim();
    while let Some((head, last)) = n.rsplit_once(' ') {
        if is_calendar_word(&last.trim_end_matches('.').to_lowercase()) {
            n = head.trim_end_matches([',', ' ']);
        } else {
            break;
        }
    }
    n
}

fn plausible_name(n: &str, structured: bool) -> bool {
    if n.is_empty()
        || n.chars().count() > MAX_NAME_CHARS
        || n.contains('@')
        || n.contains("://")
        || super::looks_like_domain(n)
    {
        return false;
    }
    let w = words(n);
    if w.is_empty() || w.len() > MAX_NAME_WORDS {
        return false;
    }
    // A lone interface or template word ("Collection", "Price", "undefined") is a label.
    if w.len() == 1 && LONE_LABELS.contains(&w[0].as_str()) {
        return false;
    }
    // "June" and "April" are names too: only a name made of calendar words is refused.
    if w.iter().any(|x| NOISE.contains(&x.as_str())) || w.iter().all(|x| is_calendar_word(x)) {
        return false;
    }
    if !n.chars().any(char::is_alphabetic) || is_credential(n) {
        return false;
    }
    if structured {
        // Metadata may hold a handle ("jsteinhardt"), never a sentence.
        return w.len() <= MAX_NAME_WORDS;
    }
    // Visible text: every word capitalised (or a particle), no digits, at most five words.
    // Digits only in a one-word handle ("Pippin06"), never in a full name.
    let handle = !n.contains(' ') && n.chars().next().is_some_and(char::is_alphabetic);
    if w.len() > 5 || (n.chars().any(|c| c.is_ascii_digit()) && !handle) {
        return false;
    }
    let tokens: Vec<&str> = n.split_whitespace().collect();
    let capitalised = tokens.iter().all(|t| {
        let first = t.chars().find(|c| c.is_alphabetic());
        first.is_some_and(|c| c.is_uppercase() || !c.is_lowercase())
            || PARTICLES.contains(&t.to_lowercase().as_str())
    });
    capitalised && !(tokens.len() == 1 && PARTICLES.contains(&tokens[0].to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_names_t(s: &str) -> Vec<String> {
        split_names(s, false)
    }

    fn authors_of(html: &str) -> Vec<String> {
        let doc = scraper::Html::parse_document(html);
        let base = url::Url::parse("https://example.com/a").unwrap();
        crate::meta::extract(&doc, &base).authors
    }

    #[test]
    fn the_site_as_author_only_when_no_one_else_is() {
        let site = r#"<meta property="og:site_name" content="Acme Tools">"#;
        // The page names the site as its author and no person: the site it is.
        assert_eq!(
            authors_of(&format!(
                "{site}<meta name=author content=\"Acme Tools\"><h1>Ten tools</h1>"
            )),
            ["Acme Tools"]
        );
        // A person in the byline still wins over the site-named meta author.
        assert_eq!(
            authors_of(&format!(
                "{site}<meta name=author content=\"Acme Tools\"><h1>Ten tools</h1>\
                 <span class=byline>By Jane Roe</span>"
            )),
            ["Jane Roe"]
        );
        // An author link's text is a name even in lower case.
        assert_eq!(
            authors_of("<h1>Ten tools</h1><a rel=author href=/u/1>crazy lenny</a>"),
            ["crazy lenny"]
        );
    }

    #[test]
    fn group_bylines_in_their_printed_forms() {
        assert!(group_name("The Currency editors", false));
        assert!(group_name("the Lavazza Team", false));
        assert!(group_name("Team SimplyThrilled", false));
        assert!(!group_name("share team", false));
        assert!(!group_name("Team Share", false));
        assert_eq!(
            authors_of("<h1>Ten facts</h1><span class=author-name>By the Lavazza Team</span>"),
            ["the Lavazza Team"]
        );
    }

    #[test]
    fn lone_labels_are_not_authors() {
        assert!(authors_of("<h1>A desk</h1><span class=author>Collection</span>").is_empty());
        assert!(authors_of("<meta name=author content=undefined><h1>A desk</h1>").is_empty());
        assert_eq!(
            authors_of("<h1>A desk</h1><span class=author>Jane Price</span>"),
            ["Jane Price"]
        );
    }

    #[test]
    fn name_beside_the_dateline() {
        assert_eq!(
            authors_of("<h1>Mission accomplished</h1><span>2025-12-17</span><span>·</span><a>Trond Teigen</a><p>Body</p>"),
            ["Trond Teigen"]
        );
        assert_eq!(
            authors_of(
                "<h1>How AI changes care</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p>"
            ),
            ["Aaron Ricadela"]
        );
        assert_eq!(
            authors_of("<h1>Ten houseplants</h1><p>Contributors:</p><p>Janet Loughrey</p>"),
            ["Janet Loughrey"]
        );
        // A capitalised term two texts after a date, or a button beside it, is not a name.
        assert!(authors_of(
            "<h1>Machine Learning Tutorial</h1><p>Last Updated :</p><p>9 Mar, 2026</p>\
             <p>It is divided into types:</p><b>Supervised Learning</b>"
        )
        .is_empty());
        assert!(
            authors_of("<h1>Future headphones</h1><p>JAN 24, 2025</p><p>Link Copied!</p>")
                .is_empty()
        );
    }

    #[test]
    fn citation_authors_list() {
        assert_eq!(
            authors_of("<meta name=citation_authors content=\"Roe, Jane; Doe, John\">"),
            ["Jane Roe", "John Doe"]
        );
    }

    #[test]
    fn group_byline_only_when_no_person() {
        assert_eq!(
            authors_of("<meta name=author content=\"Acme Staff\"><p class=byline>By Jane Roe</p>"),
            ["Jane Roe"]
        );
        assert_eq!(
            authors_of("<h1>Headline here</h1><p class=author-name>The Acme Team</p>"),
            ["The Acme Team"]
        );
    }

    #[test]
    fn an_author_page_linked_from_a_menu_is_no_byline() {
        let menu = "<ul><li><a href=/news>News</a></li><li><a href=/markets>Markets</a></li>\
                    <li><a href=/blogs/author/andy-serwer/>Andy Serwer</a></li>\
                    <li><a href=/video>Video</a></li></ul>";
        assert_eq!(
            authors_of(&format!(
                "{menu}<h1>Fund flows</h1><p class=byline>By <span>Ben Silverman</span></p>\
                 <p>Money moved out of funds.</p>"
            )),
            ["Ben Silverman"]
        );
        // A byline's list of writers, each linking to their page, still names them.
        let writers = authors_of(
            "<h1>Fund flows</h1><ul class=writers><li><a href=/author/jane-roe>Jane Roe</a></li>\
             <li><a href=/author/john-doe>John Doe</a></li><li><a href=/author/ann-lee>Ann Lee</a></li></ul>\
             <p>Money moved out of funds.</p>",
        );
        assert_eq!(writers.first().map(String::as_str), Some("Jane Roe"));
        // A post's meta line set as a list: the author, a category, the comments.
        assert_eq!(
            authors_of(
                "<h1>Fund flows</h1><ul class=entry-meta><li><a href=/author/jane-roe/>Jane Roe</a>\
                 </li><li><a href=/category/news/>Local News</a></li><li><a href=#respond>Leave \
                 a comment</a></li><li><a href=/2026/03/03/>March 3, 2026</a></li></ul>\
                 <p>Money moved out of funds.</p>"
            ),
            ["Jane Roe"]
        );
    }

    #[test]
    fn a_by_inside_a_sentence_is_no_byline_label() {
        // A caption's or a paragraph's "by" before a linked name credits someone else, right
        // under the headline or further down.
        assert!(authors_of(
            "<h1>Tā moko</h1><p>Tā moko is the marking of the face.</p><p>It is sacred.</p>\
             <p>Each design is unique.</p><p>It tells of the wearer's family.</p>\
             <p>Tools were made of bone.</p><div class=thumbcaption>Portrait of Hinepare of <a href=/w/N>Ngāti \
             Kahungunu</a> by <a href=/w/G>Gottfried Lindauer</a>, showing chin moko</div>\
             <p>Tā moko is the permanent marking of the face and body.</p>"
        )
        .is_empty());
        assert!(authors_of(
            "<h1>Churuli</h1><p>The story is based on a short story from the book \
             <i>Kaligaminarile Kuttavalikal</i> written by <a href=/w/V>Vinoy Thomas</a>.</p>"
        )
        .is_empty());
        // A byline's own "by", after a date or a posting line, or opening its element, stays.
        for line in [
            "<div class=meta>March 3, 2026 by <a href=/u/j>Jane Roe</a></div>",
            "<div class=meta>Posted in <a href=/c/t>Travel Tips And Stories</a> by <a href=/u/j>Jane Roe</a></div>",
            "<p>By <a href=/u/j>Jane Roe</a></p>",
            "<div class=meta><a href=/c/f>Food and Drink Reviews</a> by <a href=/u/j>Jane Roe</a></div>",
        ] {
            assert_eq!(
                authors_of(&format!("<h1>Night market</h1>{line}<p>The market opens.</p>")),
                ["Jane Roe"],
                "{line}"
            );
        }
    }

    #[test]
    fn bylines_are_cleaned() {
        assert_eq!(split_names_t("By Shiri Moshe"), ["Shiri Moshe"]);
        assert_eq!(
            split_names_t("Written by Jane Roe and John Doe"),
            ["Jane Roe", "John Doe"]
        );
        assert_eq!(split_names_t("By Jane Roe | August 7, 2018"), ["Jane Roe"]);
        assert_eq!(split_names_t("Jane Roe, Staff Writer"), ["Jane Roe"]);
        assert_eq!(split_names_t("Jane Roe - Senior Editor"), ["Jane Roe"]);
        assert!(split_names_t("Staff").is_empty());
        assert_eq!(
            split_names_and_groups("By Podium Staff", false),
            (vec![], vec!["Podium Staff".to_string()])
        );
        assert_eq!(split_names_and_groups("News Desk", true).1, ["News Desk"]);
        assert_eq!(
            split_names_and_groups("SolutionsHub Editorial Team", false).1,
            ["SolutionsHub Editorial Team"]
        );
        assert!(split_names_and_groups("Share Team", false).1.is_empty());
        assert!(split_names_and_groups("Staff Writer", false).1.is_empty());
        assert!(split_names_and_groups("meet the team", false).1.is_empty());
        assert!(split_names_t("admin").is_empty());
        assert!(split_names_t("https://example.com/author/jane").is_empty());
        assert!(split_names_t("jane@example.com").is_empty());
        assert_eq!(
            split_names_t("Russell Miller Dec 19, 2025"),
            ["Russell Miller"]
        );
        assert_eq!(
            split_names_t("Genevieve Carlton, Ph.D."),
            ["Genevieve Carlton, Ph.D."]
        );
        assert_eq!(
            split_names_t("Dylan Bailey, MS, RD, FAND"),
            ["Dylan Bailey, MS, RD, FAND"]
        );
        assert_eq!(
            split_names_t("Jane Roe, M.D. FACP and John Doe"),
            ["Jane Roe, M.D. FACP", "John Doe"]
        );
        assert!(split_names_t("MD, RN").is_empty());
        assert_eq!(split_names("ACME ONE", true), ["ACME ONE"]);
        assert!(split_names_t("see all").is_empty());
        assert_eq!(split_names_t("Post | by | Jane Roe"), ["Jane Roe"]);
        assert!(split_names_t("New Member").is_empty());
        assert!(split_names_t("Text Size").is_empty());
        assert_eq!(split_names_t("Jean-Luc Roe (JLR)"), ["Jean-Luc Roe (JLR)"]);
        assert_eq!(
            split_names_t("Paramita (Guha) Roe"),
            ["Paramita (Guha) Roe"]
        );
        assert_eq!(split_names_t("Jane Roe (updated 2 May 2020)"), ["Jane Roe"]);
        assert_eq!(split_names_t("Jane Roe (@jroe)"), ["Jane Roe"]);
        assert!(split_names_t("teaching them effective study strategies").is_empty());
        assert_eq!(split_names("jsteinhardt", true), ["jsteinhardt"]);
        assert_eq!(flip_last_first("Roy, Aniruddha"), "Aniruddha Roy");
        assert_eq!(
            split_names("Laura June Topolsky", true),
            ["Laura June Topolsky"]
        );
        assert_eq!(split_names_t("Par Sébastien Farcis"), ["Sébastien Farcis"]);
        assert!(split_names_t("Sat").is_empty());
        assert_eq!(
            split_names_t("Liz Kenny Former McKinsey Consultant"),
            ["Liz Kenny"]
        );
        assert_eq!(
            split_names_t("Zackery Cuevas Writer, Hardware"),
            ["Zackery Cuevas", "Hardware"]
        );
        assert!(split_names_t("Senior Writer").is_empty());
        assert_eq!(split_names_t("Pippin06"), ["Pippin06"]);
        assert_eq!(split_names("ggailey777", true), ["ggailey777"]);
        assert_eq!(split_names_t("Jane Roe 12 comments"), ["Jane Roe"]);
        assert_eq!(split_names_t("Jane Roe May 5, 2024"), ["Jane Roe"]);
        assert_eq!(split_names_t("Tom May"), ["Tom May"]);
        assert_eq!(split_names_t("Jane Roe,2 min read"), ["Jane Roe"]);
        assert!(split_names_t("Jane 2Roe").len() <= 1);
    }

    #[test]
    fn an_organisation_credited_beside_writers_is_not_one_of_them() {
        let ld = |author: &str| {
            format!(
                "<script type=application/ld+json>{{\"@type\":\"NewsArticle\",\"author\":{author}}}</script><h1>Flu season is here</h1>"
            )
        };
        assert_eq!(
            authors_of(&ld(
                r#"[{"@type":"Person","name":"Jane Roe and John Doe"},{"@type":"Person","name":"The Daily Appeal"}]"#
            )),
            ["Jane Roe", "John Doe"]
        );
        assert_eq!(
            authors_of(&ld(
                r#"["Jane Roe", "South Carolina Garden Learning Network"]"#
            )),
            ["Jane Roe"]
        );
        // An organisation alone is the author, whole ("and" inside its name).
        assert_eq!(
            authors_of(&ld(r#""Center for Drug Evaluation and Research""#)),
            ["Center for Drug Evaluation and Research"]
        );
        assert!(organisation_name("Acme Inc."));
        assert!(!organisation_name("Theodore Roe"));
    }

    #[test]
    fn a_handle_in_the_metadata_loses_to_a_printed_full_name() {
        let page = |byline: &str| {
            format!(
                "<meta name=author content=jroe77><h1>Ten ways to cook rice</h1>{byline}<p>Text.</p>"
            )
        };
        assert_eq!(
            authors_of(&page("<a rel=author href=/people/jane>Jane Roe</a>")),
            ["Jane Roe"]
        );
        // The page shows the handle too (a forum's poster): the handle stands.
        assert_eq!(
            authors_of(&page(
                "<a class=username href=/u/jroe77>jroe77</a><a rel=author href=/people/x>Quoted Writer</a>"
            )),
            ["jroe77"]
        );
        // A full name in the metadata stands against another byline.
        assert_eq!(
            authors_of(
                "<meta name=author content=\"Jane Roe\"><h1>Ten ways</h1><a rel=author href=/a/b>John Doe</a>"
            ),
            ["Jane Roe"]
        );
    }

    #[test]
    fn a_group_the_metadata_credits_and_the_byline_prints_is_the_author() {
        let html = "<meta name=author content=\"Acme Lifestyle Desk\"><h1>Ten ways</h1>\
                    <div class=byline>Acme Lifestyle Desk | Updated: Dec 17, 2025</div>\
                    <div class=byline>Reviewed by <span class=author>Jane Roe</span></div>";
        assert_eq!(authors_of(html), ["Acme Lifestyle Desk"]);
        // Not printed: the byline's person is the author.
        let html = "<meta name=author content=\"Acme Lifestyle Desk\"><h1>Ten ways</h1>\
                    <div class=byline>By Jane Roe</div>";
        assert_eq!(authors_of(html), ["Jane Roe"]);
    }

    #[test]
    fn an_editor_or_updater_is_the_author_only_when_no_one_else_is() {
        let html = "<h1>Car maintenance</h1><div itemprop=author>Updated by John Doe</div>\
                    <p>Written by</p><p>Jane Roe</p>";
        assert_eq!(authors_of(html), ["Jane Roe"]);
        let html = "<h1>Car maintenance</h1><div class=byline>Reviewed by John Doe</div>";
        assert_eq!(authors_of(html), ["John Doe"]);
        // A date's label in an author-classed box is no name.
        assert!(authors_of(
            "<h1>Car care</h1><div class=author>Last Updated: January 7, 2025</div>"
        )
        .is_empty());
    }

    #[test]
    fn an_author_value_two_sources_declare_stands_when_nothing_reads_as_a_name() {
        let page = |metas: &str| format!("{metas}<h1>Ten ways to cook rice</h1><p>Text.</p>");
        let ld = "<script type=application/ld+json>{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"q_admin\"}}</script>";
        assert_eq!(
            authors_of(&page(&format!("{ld}<meta name=author content=q_admin>"))),
            ["q_admin"]
        );
        assert_eq!(
            authors_of(&page(
                "<meta name=author content=\"Staff Clinician\"><meta name=twitter:label1 content=\"Written by\"><meta name=twitter:data1 content=\"Staff Clinician\">"
            )),
            ["Staff Clinician"]
        );
        // One source alone, or a byline naming a person: not taken.
        assert!(authors_of(&page("<meta name=author content=q_admin>")).is_empty());
        assert_eq!(
            authors_of(&format!(
                "{ld}<meta name=author content=q_admin><h1>Rice</h1><p class=byline>By Jane Roe</p>"
            )),
            ["Jane Roe"]
        );
    }

    #[test]
    fn a_dateline_name_before_its_section_link() {
        let html = "<h1>Project management software pricing</h1><p>Dec 26, 2025</p><p>•</p>\
                    <p>Mahua Roe in</p><a href=/c/pm>Project Management</a><p>Text of the post.</p>";
        assert_eq!(authors_of(html), ["Mahua Roe"]);
    }

    #[test]
    fn several_names_in_the_dateline() {
        let html = "<h1>The information bottleneck method</h1>\
                    <p>Jane Roe, John C. Doe and Ann Poe</p><p>24 Apr 2000</p><p>Text of the post.</p>";
        assert_eq!(authors_of(html), ["Jane Roe", "John C. Doe", "Ann Poe"]);
        // A list of things is not a list of names.
        let html = "<h1>The information bottleneck method</h1>\
                    <p>Machine Learning, Statistics</p><p>24 Apr 2000</p>";
        assert!(authors_of(html).is_empty());
    }

    #[test]
    fn bylines_led_in_by_other_languages() {
        let page = |line: &str| {
            authors_of(&format!(
                "<h1>La ville ouvre un nouveau marché</h1>{line}<p>Le texte de l'article.</p>"
            ))
        };
        // The lead-in near the headline, in any case but "di", and with the byline's role.
        assert_eq!(
            page("<p class=signature>Par Jeanne Roe</p>"),
            ["Jeanne Roe"]
        );
        assert_eq!(page("<p>di Marco Rossi</p>"), ["Marco Rossi"]);
        assert_eq!(
            page("<p class=firma>Por Lucía Roe | Corresponsal</p>"),
            ["Lucía Roe"]
        );
        assert_eq!(
            page("<p class=autor>Ein Artikel von Sabine Roe</p>"),
            ["Sabine Roe"]
        );
        // The newsroom credited beside the writer is not a second name.
        assert_eq!(
            page("<p class=autor>Por Ana Roe, da Redação</p>"),
            ["Ana Roe"]
        );
        // A sentence that opens with such a word names no one.
        assert!(page("<p>Von Montag bis Freitag geschlossen</p>").is_empty());
    }

    #[test]
    fn a_name_in_capitals_before_its_agency() {
        let page = |line: &str| {
            authors_of(&format!(
                "<h1>Storm knocks out power</h1><div class=byline>{line}</div><p>Text.</p>"
            ))
        };
        assert_eq!(page("By JANE ROE Associated Press"), ["JANE ROE"]);
        assert_eq!(page("By PETER O'NEILL The Daily Star"), ["PETER O'NEILL"]);
        // Initials are capitals in any name.
        assert_eq!(page("By A. J. Neal"), ["A. J. Neal"]);
        // A surname in capitals with a lower-case letter, a suffix, a group's word: no agency.
        assert_eq!(page("By MARY ANN McDONALD"), ["MARY ANN McDONALD"]);
        assert_eq!(page("By JOHN PAUL DeLUCA"), ["JOHN PAUL DeLUCA"]);
        assert_eq!(page("By JANE ROE Jr."), ["JANE ROE Jr"]);
        assert_eq!(page("By NBC NEWS Staff"), ["NBC NEWS Staff"]);
        assert_eq!(page("By JANE ROE and JOHN DOE"), ["JANE ROE", "JOHN DOE"]);
        assert_eq!(
            page("By JANE ROE and JOHN DOE Associated Press"),
            ["JANE ROE", "JOHN DOE"]
        );
        assert_eq!(page("By JANE ROE, JOHN DOE"), ["JANE ROE", "JOHN DOE"]);
        assert_eq!(page("By JANE ROE, MD"), ["JANE ROE, MD"]);
        assert_eq!(page("By JANE ROE, MD MPH"), ["JANE ROE, MD MPH"]);
        assert_eq!(page("By JANE ROE, RN BSN"), ["JANE ROE, RN BSN"]);
        assert_eq!(page("By Jane Roe, MD FACP"), ["Jane Roe, MD FACP"]);
    }

    #[test]
    fn a_lead_in_word_before_anything_but_names_is_no_byline() {
        let page = |line: &str| {
            authors_of(&format!(
                "<h1>Ein neuer Markt</h1><p>{line}</p><p>Der Text des Artikels.</p>"
            ))
        };
        for line in [
            "Von Menschen und Maschinen",
            "Von Miller",
            "Door County",
            "Door County Fair",
            "Por Favor",
            "Par Avion",
        ] {
            assert!(page(line).is_empty(), "{line}: {:?}", page(line));
        }
        assert_eq!(page("Von Jan Roe und Eva Poe"), ["Jan Roe", "Eva Poe"]);
        assert_eq!(page("Par Jean de la Roe"), ["Jean de la Roe"]);
    }

    #[test]
    fn a_byline_after_the_date_in_one_text() {
        let page = |line: &str| {
            authors_of(&format!(
                "<h1>Bees learn faster in groups</h1><p>{line}</p><p>Text of the story.</p>"
            ))
        };
        assert_eq!(page("March 5, 2024 · By Jane Roe"), ["Jane Roe"]);
        assert_eq!(
            page("Publié le 05/03/2024 à 07:15 · Par Claire Roe"),
            ["Claire Roe"]
        );
    }

    #[test]
    fn labels_and_roles_of_other_languages() {
        let page = |line: &str| {
            authors_of(&format!(
                "<h1>Новая станция метро</h1><p class=author>{line}</p><p>Text.</p>"
            ))
        };
        assert_eq!(page("Автор: Иван Петров"), ["Иван Петров"]);
        assert_eq!(page("Autor: Jan Roe"), ["Jan Roe"]);
        assert_eq!(page("김민수 기자"), ["김민수"]);
        assert_eq!(page("记者 王丽华"), ["王丽华"]);
        assert_eq!(page("王丽华 记者"), ["王丽华"]);
        assert_eq!(page("本报记者：王丽华"), ["王丽华"]);
        assert_eq!(page("記者 佐藤 美咲"), ["佐藤 美咲"]);
        assert_eq!(page("作者：陈明"), ["陈明"]);
    }

    #[test]
    fn the_site_named_beside_a_writer_is_not_a_writer() {
        let html = "<title>Remembering a teacher - Pine County Record</title>\
                    <h1>Remembering a teacher</h1><p class=byline>By Dana Roe<br>Pine County Record</p>";
        let doc = scraper::Html::parse_document(html);
        let base = url::Url::parse("https://www.pinecountyrecord.example/obits/a").unwrap();
        assert_eq!(crate::meta::extract(&doc, &base).authors, ["Dana Roe"]);
        // Alone, a name the address spells is the owner of a personal site.
        let html = "<title>Notes on sourdough - Jane Roe</title><h1>Notes on sourdough</h1>\
                    <p class=byline>By Jane Roe</p>";
        let doc = scraper::Html::parse_document(html);
        let base = url::Url::parse("https://janeroe.example/notes").unwrap();
        assert_eq!(crate::meta::extract(&doc, &base).authors, ["Jane Roe"]);
    }

    /// A page set before style sheets: a large `<font>` headline, then `lines` parted by `<br>`.
    fn legacy_story(lines: &str) -> String {
        format!(
            "<html><body><table><tr><td><font size=5><b>Tanker rollover closes Highway 30</b>\
             </font><br><font size=1>{lines}</font><br><br><font size=2>A tanker truck \
             rolled onto its side early Tuesday.</font></td></tr></table></body></html>"
        )
    }

    #[test]
    fn a_legacy_byline_without_by_names_its_writer() {
        // A station's or a weekly's credit label, only names after it.
        for (lines, want) in [
            (
                "Reported by: TRAVIS ROE<br>Last Update: 3/10/2009 5:42 pm",
                "TRAVIS ROE",
            ),
            (
                "<i>Submitted by Martha Roe</i><br>Posted on 3/12/2009",
                "Martha Roe",
            ),
            // The writer credited at the end of the date line.
            (
                "Posted on May 2, 2009 at 6:15 p.m. by JEAN-PAUL ROE, Ledger Correspondent",
                "JEAN-PAUL ROE",
            ),
            // Another language's lead-in, the paper after a slash.
            (
                "<b>Por MARÍA JOSÉ ROE / El Centinela</b><br>Publicado: 10 de marzo de 2009",
                "MARÍA JOSÉ ROE",
            ),
            // The paper after a comma, then the date line.
            (
                "<b>SUSAN ROE, The Tribune</b><br>Published Tuesday, March 10, 2009",
                "SUSAN ROE",
            ),
        ] {
            assert_eq!(authors_of(&legacy_story(lines)), [want], "{lines}");
        }
        // What follows such a label is no name: no author.
        for lines in [
            "Submitted by: admin<br>Posted on 3/12/2009",
            "Reported by the county's road crews on Tuesday",
            "Posted on the bulletin board by the front desk",
            // A lead-in's idiom in a headline's capitals.
            "<b>Por Qué Votar / Especial Elecciones</b><br>Publicado: 10 de marzo de 2009",
            "<b>Por Dentro De La Noticia / Opinión</b><br>Publicado: 10 de marzo de 2009",
        ] {
            assert!(authors_of(&legacy_story(lines)).is_empty(), "{lines}");
        }
    }

    #[test]
    fn a_date_line_crediting_a_publisher_or_an_updater_names_no_author() {
        // After a date, " by " credits a book's or a record's publisher, a page's updater or a
        // photographer: only a posting line credits its writer.
        for line in [
            "Published March 10, 2009 by Penguin Books",
            "Released October 2, 2009 by Harbor Lights Music",
            "Last updated on 10 March 2009 by Web Team",
            "Photo taken March 10, 2009 by Jane Roe",
        ] {
            assert!(authors_of(&legacy_story(line)).is_empty(), "{line}");
        }
        // A posting line, or a date line opened by the date, credits the writer.
        for line in [
            "Posted March 10, 2009 by Jane Roe",
            "Tuesday 10 March 2009 by Jane Roe",
        ] {
            assert_eq!(authors_of(&legacy_story(line)), ["Jane Roe"], "{line}");
        }
    }

    #[test]
    fn a_dateline_name_opening_with_the_and_a_title_is_a_second_writer() {
        // "The Rev." is a person's title, not a paper's article.
        assert_eq!(
            authors_of(&legacy_story(
                "JANE ROE, THE REV. JOHN DOE<br>Published Tuesday, March 10, 2009"
            )),
            ["JANE ROE", "THE REV. JOHN DOE"]
        );
    }
}
