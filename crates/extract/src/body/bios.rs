//! The author's bio box that closes a story ("Jane Doe is a freelance writer ... She has
//! covered ..."; "Hi, I'm Jane"): page chrome about the writer, not part of the story.

use super::blocks::{Block, Page};
use super::{ends_sentence, is_item, scored_chars, Context, MAX_LINK_DENSITY, SHORT_BLOCK_CHARS};
use crate::meta::text::key;

/// Longest author's bio (characters).
pub(crate) const AUTHOR_BIO_MAX_CHARS: u32 = 600;

/// A paragraph that opens with the name of the byline's author and speaks of a person ("Jane
/// Doe is a freelance writer ... She has covered ..."): the author's bio, when it ends the
/// story.
pub(super) fn is_author_bio(b: &Block, ctx: &Context) -> bool {
    if b.chars > AUTHOR_BIO_MAX_CHARS || b.chars < SHORT_BLOCK_CHARS || ctx.author_keys.is_empty() {
        return false;
    }
    opens_with_author(b, ctx) && speaks_of_a_person(&b.text)
}

/// Whether a block opens with the name of the byline's author (within its first
/// [`BIO_NAME_CHARS`] characters, spaces and punctuation aside).
fn opens_with_author(b: &Block, ctx: &Context) -> bool {
    let end = b
        .text
        .char_indices()
        .nth(BIO_NAME_CHARS)
        .map_or(b.text.len(), |(i, _)| i);
    let head = key(&b.text[..end]);
    ctx.author_keys.iter().any(|a| head.starts_with(a.as_str()))
}

/// Characters at a bio's start in which [`names_newsroom_role`] looks for the author's role.
pub(crate) const ROLE_OPENING_CHARS: usize = 100;

/// Newsroom roles in the languages of news sites, lower-cased, said as words: the role a bio
/// gives its author right after the name ("Jonas Reiter ist Redakteur ...", "Camille Arnaud est
/// journaliste ...", "Дмитрий Орлов — корреспондент ...").
const NEWSROOM_ROLES: &[&str] = &[
    "redakteur",
    "redakteurin",
    "journalist",
    "journalistin",
    "reporterin",
    "korrespondent",
    "korrespondentin",
    "volontär",
    "volontärin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "jornalista",
    "repórter",
    "redator",
    "redatora",
    "colunista",
    "giornalista",
    "redattore",
    "redattrice",
    "corrispondente",
    "inviato",
    "inviata",
    "verslaggever",
    "redacteur",
    "dziennikarz",
    "dziennikarka",
    "журналист",
    "журналистка",
    "корреспондент",
    "корреспондентка",
    "редактор",
    "обозреватель",
    "muhabir",
    "gazeteci",
];

/// Newsroom roles in Chinese, Japanese and Korean, found anywhere in the opening (no spaces
/// part the words: "社会部記者", "新闻部记者", "이서준 기자는").
const WIDE_NEWSROOM_ROLES: &[&str] = &[
    "기자",
    "특파원",
    "記者",
    "編集委員",
    "记者",
    "编辑",
    "撰稿人",
];

/// Whether the opening of `text` names a newsroom role of another language than English
/// ([`NEWSROOM_ROLES`], [`WIDE_NEWSROOM_ROLES`]; English roles are read by [`opens_bio`]).
fn names_newsroom_role(text: &str) -> bool {
    let end = text
        .char_indices()
        .nth(ROLE_OPENING_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    WIDE_NEWSROOM_ROLES.iter().any(|r| head.contains(r))
        || head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.len() >= 7 && NEWSROOM_ROLES.contains(&w.to_lowercase().as_str()))
}

/// How far into a block (characters) the author's name is looked for by [`is_author_bio`].
pub(crate) const BIO_NAME_CHARS: usize = 60;

/// Whether `text` speaks of a person ([`PERSONAL_PRONOUNS`]): a company's blurb under its
/// name speaks of "we" and "its".
fn speaks_of_a_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| PERSONAL_PRONOUNS.contains(&w))
}

/// The words of a name or a text as [`opens_bio`] compares them: split at spaces, trimmed of
/// punctuation, lower-cased, typographic apostrophes made straight.
pub(super) fn bio_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// Share of a story's text (1/n) within which, counted from its end, a boxed bio is dropped by
/// [`drop_author_bios`].
pub(crate) const BIO_TAIL_SHARE: u32 = 4;

/// Drops the author's bio box from the tail of a story: a block in a container of its own that
/// opens like a bio ([`opens_bio`]), the blocks that continue it in that container, and a
/// label right before it ("About the author", "Contributing Writer"); or a box of prose under
/// the role line of the author's card ([`is_card_role`]), with that line. Only within the last
/// 1/[`BIO_TAIL_SHARE`] of the text, and only when at most short lines follow the box (a
/// disclaimer, a share bar): a paragraph after it is the page's own.
pub(super) fn drop_author_bios(page: &Page, kept: &mut Vec<&Block>, ctx: &Context) {
    let total: u32 = kept.iter().map(|b| b.chars).sum();
    let parent_of = |b: &Block| page.elems[b.elem as usize].parent;
    let mut after = 0u32;
    // Index of the first block after the current box, counted from the end.
    let mut box_end = kept.len();
    let mut start = None;
    for i in (1..kept.len()).rev() {
        let b = kept[i];
        after += b.chars;
        if BIO_TAIL_SHARE * after >= total {
            break;
        }
        if i + 1 < kept.len() && parent_of(kept[i + 1]) != parent_of(b) {
            // A long block after the box ends the search: the page goes on past it.
            if kept[i + 1..box_end]
                .iter()
                .any(|x| x.chars >= SHORT_BLOCK_CHARS)
            {
                break;
            }
            box_end = i + 1;
        }
        let boxed = parent_of(b) != parent_of(kept[i - 1]);
        // Under a card's role, the box is the bio when it reads as prose (not a link).
        let card_bio = || {
            b.chars >= SHORT_BLOCK_CHARS
                && b.chars <= CARD_BIO_MAX_CHARS
                && b.link_density() < MAX_LINK_DENSITY
                && is_card_role(page, kept[i - 1], ctx)
        };
        if boxed && !is_item(page, b) && (opens_bio(b, ctx) || card_bio()) {
            start = Some(i);
            break;
        }
    }
    let Some(i) = start else {
        return;
    };
    let parent = parent_of(kept[i]);
    let mut end = i + 1;
    while end < kept.len() && parent_of(kept[end]) == parent {
        end += 1;
    }
    let label = kept[i - 1];
    let labelled = page.elems[label.elem as usize].tag.is_heading()
        || (label.chars < BIO_LABEL_MAX_CHARS && !ends_sentence(&label.text));
    let from = if labelled && i >= 2 { i - 1 } else { i };
    kept.drain(from..end);
}

/// Whether `label` is the role line of an author's card ("Associate Editor", "Founder and
/// CEO"): a short line, no sentence and no date, that follows a line saying the byline's
/// author's name (the card's name, which the byline rules drop). The box under it is the
/// author's bio, however it opens ("A New York transplant, Jane Doe ...").
fn is_card_role(page: &Page, label: &Block, ctx: &Context) -> bool {
    if label.chars >= BIO_LABEL_MAX_CHARS
        || ends_sentence(&label.text)
        || label.text.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    // The line before the label: the label is found among its element's blocks by address
    // (a card's container may hold several runs of text: "Written by", the role).
    let elem = &page.elems[label.elem as usize];
    let start = elem.first_block as usize;
    let Some(name) = page
        .blocks
        .get(start..elem.end_block as usize)
        .and_then(|own| own.iter().position(|b| std::ptr::eq(b, label)))
        .and_then(|at| (start + at).checked_sub(1))
        .and_then(|n| page.blocks.get(n))
    else {
        return false;
    };
    name.chars <= BIO_NAME_CHARS as u32 && ctx.author_keys.contains(&key(&name.text))
}

/// Longest bio (characters) under an author's card role ([`is_card_role`]): the card says
/// whose it is, so it may run longer than a bio told by its opening alone.
pub(crate) const CARD_BIO_MAX_CHARS: u32 = 1000;

/// A label over a bio box ("About the author") is shorter than this (characters).
pub(crate) const BIO_LABEL_MAX_CHARS: u32 = 25;

/// Words at a block's start read by [`opens_bio`].
pub(crate) const BIO_OPENING_WORDS: usize = 16;

/// Verbs that follow the name opening a bio ("Jane Doe is a ...", "Jane has covered ...").
const BIO_VERBS: &[&str] = &[
    "is", "was", "has", "holds", "writes", "covers", "joined", "started", "brings", "serves",
    "lives", "loves",
];

/// Roles by which an author introduces themself ("I'm a freelance writer ...").
const BIO_ROLES: &[&str] = &[
    "writer",
    "editor",
    "blogger",
    "journalist",
    "author",
    "reporter",
    "photographer",
    "founder",
    "correspondent",
    "columnist",
    "producer",
    "contributor",
];

/// Words of the opening of a bio that speaks in the first person ("Hi, I'm Jane!").
const GREETINGS: &[&str] = &["hi", "hey", "hello"];

/// Whether a block (of [`SHORT_BLOCK_CHARS`] to [`AUTHOR_BIO_MAX_CHARS`] characters) opens an
/// author's bio: the byline's author's name, full or the first name alone, followed by a verb
/// of [`BIO_VERBS`] ("Irene is an experienced writer ..."); a bio as [`is_author_bio`] tells
/// it; or the author introducing themself ("Hi, I'm Jane", "I'm a freelance writer ...").
fn opens_bio(b: &Block, ctx: &Context) -> bool {
    if b.chars > AUTHOR_BIO_MAX_CHARS || scored_chars(b) < SHORT_BLOCK_CHARS / 2 {
        return false;
    }
    // A bio in another language: the author's name, then the role ("Jonas Reiter ist
    // Redakteur ...", "陈晓峰，南湖晚报记者 ...").
    if opens_with_author(b, ctx) && names_newsroom_role(&b.text) {
        return true;
    }
    let words: Vec<String> = bio_words(&b.text).take(BIO_OPENING_WORDS).collect();
    // Words after the name and its verb, when the block opens with the byline's author's name
    // (full, or the first name alone) and a verb of [`BIO_VERBS`].
    let after_name = ctx.author_names.iter().find_map(|name| {
        let first = name.first().map_or(0, |w| w.chars().count());
        [name.len(), usize::from(first >= 3)]
            .into_iter()
            .find_map(|n| {
                (n > 0
                    && words.len() > n
                    && words[..n] == name[..n]
                    && BIO_VERBS.contains(&words[n].as_str()))
                .then(|| &words[n + 1..])
            })
    });
    // A newsroom's bio names the author's role where it names no pronoun ("Jane Doe is a
    // reporter covering transit.").
    let names_role = |rest: &[String]| {
        rest.iter()
            .any(|w| BIO_ROLES.contains(&w.trim_end_matches('s')))
    };
    if after_name.is_some_and(|rest| speaks_of_a_person(&b.text) || names_role(rest))
        || (b.chars >= SHORT_BLOCK_CHARS && is_author_bio(b, ctx))
    {
        return true;
    }
    let rest = match words.first() {
        Some(w) if GREETINGS.contains(&w.as_str()) => &words[1..],
        _ => &words[..],
    };
    let greeted = rest.len() < words.len();
    let selfish = matches!(rest, [w, ..] if w == "i'm" || w == "im")
        || matches!(rest, [a, b, ..] if a == "i" && b == "am");
    selfish
        && (greeted
            || rest
                .iter()
                .take(10)
                .any(|w| BIO_ROLES.contains(&w.trim_end_matches('s'))))
}

/// Longest closing tagline of a column (characters, [`is_author_tagline`]).
pub(crate) const TAGLINE_MAX_CHARS: u32 = 300;

/// Copulas that follow the author's name in a column's tagline, lower-cased ("Jane Roe is a
/// professor ...", "Jeanne Roux est professeure ...", "Jana Rot ist Professorin ...", "Juana
/// Rojo es profesora ...").
const TAGLINE_COPULAS: &[&str] = &[
    "is", "was", "est", "était", "ist", "war", "es", "fue", "è", "é",
];

/// Whether a block is a column's closing tagline: the byline's author's full name (two words
/// or more), then a copula ([`TAGLINE_COPULAS`]), in at most [`TAGLINE_MAX_CHARS`]
/// characters ("Jane Roe is a professor of history at ..."). Set in italics among the
/// column's paragraphs rather than in a box of its own, it says who wrote the piece, not
/// more of it.
pub(super) fn is_author_tagline(b: &Block, ctx: &Context) -> bool {
    if b.chars > TAGLINE_MAX_CHARS {
        return false;
    }
    let words: Vec<String> = bio_words(&b.text).take(BIO_OPENING_WORDS).collect();
    // A title before the name ("Dr. Jane Roe is ...").
    let words = match words.first() {
        Some(w) if TAGLINE_HONORIFICS.contains(&w.as_str()) => &words[1..],
        _ => &words[..],
    };
    ctx.author_names.iter().any(|name| {
        let n = name.len();
        n >= 2
            && words.len() > n + 1
            && words[..n] == name[..]
            && (TAGLINE_COPULAS.contains(&words[n].as_str())
                || copula_after_apposition(&b.text, &name[n - 1]))
    })
}

/// Titles a tagline may set before its author's name, lower-cased without their dot.
const TAGLINE_HONORIFICS: &[&str] = &["dr", "prof", "professor", "rev", "sir", "dame"];

/// Most characters of an apposition between a tagline's name and its copula ("Jane Roe, a
/// professor of hydrology at the University of Marrowgate, is ...").
const TAGLINE_APPOSITION_CHARS: usize = 160;

/// Whether `text`, whose name ends with the word `last` (lower-cased), sets an apposition
/// between commas after it and then a copula ([`TAGLINE_COPULAS`]): "Jane Roe, a professor
/// of hydrology, is the author of ...".
fn copula_after_apposition(text: &str, last: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(at) = lower.find(last) else {
        return false;
    };
    let Some(rest) = lower[at + last.len()..].strip_prefix(',') else {
        return false;
    };
    let Some(close) = rest.find(", ") else {
        return false;
    };
    // A tagline is one sentence; a paragraph that goes on about the writer ("Why trust us:
    // Jane Roe, a writer for ..., is an expert. She tested ...") is the page's own.
    let one_sentence = !lower.trim_end().contains(". ");
    one_sentence
        && close <= TAGLINE_APPOSITION_CHARS
        && !rest[..close].contains(['.', ';'])
        && rest[close + 2..]
            .split_whitespace()
            .next()
            .is_some_and(|w| TAGLINE_COPULAS.contains(&w))
}

/// Whether the blocks of a box before a story's text are a card about its writer, not the
/// story's own box: its first block names a newsroom role in its opening words ("Jane Roe is
/// a reporter covering city hall", "our transport correspondent") and the box speaks of a
/// person ("She joined the paper in 2019").
pub(super) fn is_writer_card(blocks: &[Block]) -> bool {
    let Some(first) = blocks.first() else {
        return false;
    };
    let role = bio_words(&first.text)
        .take(WRITER_CARD_ROLE_WORDS)
        .any(|w| BIO_ROLES.contains(&w.trim_end_matches('s')))
        || names_newsroom_role(&first.text);
    role && blocks.iter().any(|b| speaks_of_a_person(&b.text))
}

/// Opening words of a writer's card in which [`is_writer_card`] looks for a role.
const WRITER_CARD_ROLE_WORDS: usize = 12;

/// Words by which a bio speaks of its author.
const PERSONAL_PRONOUNS: &[&str] = &[
    "he", "she", "his", "her", "him", "He", "She", "His", "Her", "They", "their",
];
