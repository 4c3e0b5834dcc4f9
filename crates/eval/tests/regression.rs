//! Runs the evaluation on a slice of each development corpus and fails when body F1 or the
//! title, author and date accuracies fall below the recorded floors. Skips (with a note) when the corpora are not checked out next to
//! the workspace (`../shared/corpus`).

use std::path::PathBuf;

/// Pages of each corpus evaluated (the first ids in sorted order).
const SLICE: usize = 150;

/// `(corpus, F1 floor, precision floor)`, recorded a little under the measured values
/// (wcxb-dev first 150: F1 0.943, P 0.934; readability all 130: F1 0.946, P 0.955).
const FLOORS: &[(&str, f64, f64)] = &[("wcxb-dev", 0.93, 0.92), ("readability", 0.93, 0.94)];

/// `(corpus, title, author, published)` accuracy floors on the same slices, a little under the
/// measured values (wcxb-dev first 150: 0.840, 0.884, 0.854; readability: 0.732, 0.711, 0.939).
const META_FLOORS: &[(&str, f64, f64, f64)] = &[
    ("wcxb-dev", 0.82, 0.86, 0.83),
    ("readability", 0.71, 0.69, 0.93),
];

fn corpus_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

#[test]
fn body_f1_and_metadata_stay_above_the_floors() {
    let root = corpus_root();
    if !root.is_dir() {
        println!("skipped: no corpus at {}", root.display());
        return;
    }
    for &(name, f1_floor, p_floor) in FLOORS {
        let dir = root.join(name);
        if !dir.join("ground-truth.json").is_file() {
            println!("skipped {name}: no ground truth at {}", dir.display());
            continue;
        }
        let report = crawl_eval::run(&crawl_eval::EvalOptions {
            corpus_dir: dir,
            predictions: None,
            threads: 0,
            limit: Some(SLICE),
        })
        .unwrap();
        println!("{report}");
        assert_eq!(report.panics, 0, "{name}: the extractor panicked");
        assert!(
            report.f1 >= f1_floor,
            "{name}: body F1 {:.4} fell below the floor {f1_floor}\n{report}",
            report.f1
        );
        assert!(
            report.precision >= p_floor,
            "{name}: body precision {:.4} fell below the floor {p_floor}\n{report}",
            report.precision
        );
        if let Some(&(_, title, author, published)) = META_FLOORS.iter().find(|f| f.0 == name) {
            for (field, acc, floor) in [
                ("title", &report.title, title),
                ("author", &report.author, author),
                ("published", &report.published, published),
            ] {
                let value = acc.rate();
                assert!(
                    value >= floor,
                    "{name}: {field} accuracy {value:.3} fell below the floor {floor}\n{report}"
                );
            }
        }
    }
}

/// Corpora of invented pages kept in the repository (`tests/corpora/<name>`: each page's HTML,
/// its ground truth, and the script that wrote both), so that these floors hold on any
/// checkout: `(name, F1, precision, recall, title/author/published accuracy, page-kind
/// accuracy)` floors, a little under the measured values.
///
/// `news-templates`: 26 stories in the markup of common news templates (WordPress news themes,
/// Arc XP, Brightspot, wire services, Substack, Medium, Ghost, live blogs ...) with their
/// chrome (ad labels, inline "Read more" links, newsletter boxes, captions, bios, rails);
/// measured F1 0.9907, P 0.9839, R 0.9976, every title, author, date and kind right (its live
/// blog's truth leaves the entry times out, which `news-site-pages` and `news-cms-variants`
/// keep).
///
/// `news-site-pages`: 36 pages of three invented news sites, every kind a news site serves
/// (briefs, wire copy, columns, live blogs, galleries, video pages, Q&A interviews, obituaries,
/// home page, section fronts, tag, author, search and archive pages, newsletter and subscription
/// offers, about and contact pages); measured F1 0.9331 (articles 0.9921), P 0.9367, R 0.9295,
/// title 0.917, author 0.929, published 0.905, page kind 0.944 (article or not 1.0). Its
/// misses are known gaps: a newsletter page's sign-up cards, section fronts' teaser lines. A
/// column's closing author note ("Marta Quill is a columnist ...", n04) is left out of its
/// truth since 2026-12-07 (night), as WCXB's truth leaves such notes out on 40 of 45 pages and
/// the engine now does (F1 0.9346 with that truth).
///
/// `news-recall-traps`: 21 stories each built around a way of losing text: a story split by ad
/// slots and inline boxes, a lead set apart, text around a table, one-sentence paragraphs, a
/// Q&A, a body in an `<aside>`, a second half behind "Continue reading", block and pull
/// quotes, a timeline list, `<div>` or `<br><br>` paragraphs, footnotes; measured F1 0.9929,
/// P 0.9920, R 0.9937, every title, author, date and kind right (its truth keeps the deks,
/// which the development corpora mostly leave out).
///
/// `news-languages`: 39 stories in 15 languages (German, French, Spanish, Italian, Portuguese,
/// Dutch, Polish, Russian, Turkish, Arabic, Hindi, Japanese, Chinese, Korean, Indonesian) with
/// their chrome said in their language (ad labels, "read also" links, share bars, rights
/// notices, sign-up boxes), some under hashed class names that say nothing; measured F1 1.0,
/// P 1.0, R 1.0, every title, author, date and kind right (at a1e9314: F1 0.9951, P 0.9902,
/// author 0.974).
///
/// `news-languages-2`: 49 stories in 9 languages (Korean, Japanese, Chinese, German, French,
/// Spanish, Portuguese, Italian, Russian) on six templates: CSS-module pages with hashed class
/// names, short CJK paragraphs beside comments and a teaser feed, `<br><br>` portal text with
/// its tail of chrome in the same text, and bodies that end with read-also lists, newsletter
/// boxes without a form, author bios, tags lines and comment headers in the page's language;
/// measured F1 1.0, P 1.0, R 1.0, every title, author, date and kind right (0.9941 before a
/// story's comment header closed its tail: ja-feed, a story of 230 characters beside comments
/// and teaser excerpts as long as its paragraphs, was 0.596).
///
/// `news-cms-variants`: 28 pages in the markup of publishing stacks many sites share (Medium,
/// Substack, Ghost, TownNews BLOX, Arc, Brightspot, Drupal, AMP, WordPress with Jetpack or
/// Newspack, Gannett-style) and story shapes: live blogs whose entry times stand apart, wire
/// copy with a dateline, an opinion piece's bio box, corrections and editor's notes, a pull
/// quote, a poll and a quiz, an FAQ explainer, a photo story, key points, a paywall, letters;
/// and a section front, tag, author and search page; measured F1 0.9918, P 0.9924, R 0.9911,
/// every title, author, date and kind right (its truth leaves deks out, as the development
/// corpora mostly do). c12's closing author note ("Ruben Szabo is a retired surveyor ...") is left
/// out of its truth since 2026-12-07 (night), as WCXB's truth leaves such notes out on 40 of 45
/// pages and the engine now does.
///
/// `news-legacy-markup`: 26 pages of news sites in older and plainer markup: table layouts
/// with menu and ad columns beside the story cell, `<font>` headlines and no `<h1>`,
/// paragraphs parted by `<br><br>` or set in `<span>`s and `<div>`s, bylines in capitals,
/// plain-text dates, wire datelines, printer-friendly and paginated stories, a wire press
/// release, comments in a table, marquees and spacer gifs, ISO-8859-1 and windows-1252 pages,
/// a section index and a date archive; measured F1 0.9712, P 0.9450, R 0.9989, title 1.0,
/// author 0.958, published 0.958, page kind 0.962 (F1 0.9488, P 0.9035, title 0.923, author
/// 0.750 before a headline, byline and date block set apart from the story's text came to be
/// dropped, bylines without "By" ("JANE ROE, The Tribune", "Reported by: JANE ROE", "Por JANE
/// ROE / El Centinela", "Posted on <date> by JANE ROE") to be read, and a head title ending in
/// a section after a colon to yield to the `<font>` headline). Its misses are known gaps: a
/// press release's "About" and contact lines in the story's run, a line of links or a
/// copyright notice closing a story's `<br>` text ("Print this story | Email this story"), a
/// section label or a lone date line opening a story set in `<div>`s, a standfirst among a
/// heading's lines (the whole heading then stays), a photo caption in a table inside the
/// story cell, teaser boxes under a story, a date archive's menu column, a station's heading
/// with an e-mail and a producer's credit among its lines, and a date from the address that
/// wins over the printed one.
///
/// `news-briefs`: 6 pages (English and Japanese) of short news briefs (3-5 paragraphs of 30-65
/// characters) beside a readers' comment thread and a feed of teasers whose excerpts are as long
/// as the story's paragraphs; measured F1 1.0, P 1.0, R 1.0 since a story's comment section
/// header (English, other European languages, Chinese, Japanese, Korean) and a wide script's
/// "latest news" close a brief's tail however long (0.6454, P 0.4765 before), every title,
/// author, date and kind right. Every page here names its comments; comments and teasers under
/// no header at all still pull a brief's region wide (a list of undated linked titles reads like
/// a roundup's items), as does a column whose story box is one of a row of like boxes.
///
/// `news-briefs-2`: 24 pages (English, German, Spanish) of briefs of four short paragraphs
/// (200-260 characters of story) beside readers' comments and teaser feeds that name no
/// section: comments of a name and a text with no time, under no header, under an icon and a
/// bare count, or under a "show comments" button, some with replies nested in them; teasers as
/// undated linked titles or linked titles over excerpts as long as the story's paragraphs; a
/// story box that is one of a row of like boxes (the feed's cards share its class), a brief in
/// an `<article>` beside sibling `<article>` teasers, paragraphs in `<div>`s, hashed class
/// names, and a photo caption longer than the paragraphs (in a `<figure>` or a plain div); its
/// truth is the story's paragraphs alone. Measured F1 0.9687, P 0.9393, R 1.0, every title,
/// author, date and kind right, since undated items (a name or a linked title over one text,
/// replies nested in them aside) beside a run of three or more paragraphs are a stream (the
/// first 22 pages were 0.6118, P 0.4407 before: the region widened over the undated comments
/// and teasers on every page but the dated and the `<figure>` ones; the two threaded pages
/// 0.656 and 0.680 before the nested replies were set aside). The three photo captions set in
/// a plain div beside their image were its misses (F1 0.9687, P 0.9393) until a one-text box
/// beside an image that ends with the picture's credit ("... Photo: Name") went as a caption:
/// F1 1.0 (dropping any one-text box beside an image had lost product text and feature lists
/// on the development pages; the credit is what tells a caption).
///
/// `news-modern-chrome`: 27 stories in the markup of today's large news sites: Next.js and
/// Tailwind pages whose classes are utility classes, pages whose only hooks are `data-testid`
/// attributes, Svelte and Vue scoped classes, CSS-module hashed classes, custom elements; with
/// "Listen to this article" players and their time counters, gift/share/save toolbars, key-point,
/// summary and "What we know" boxes at the top (kept, heading and items, as `news-cms-variants`
/// and most development pages keep them), promoted-story widgets (Taboola/Outbrain-like, "Around
/// the web", a "Sponsored" card in the story), paywall meters and registration walls, a consent
/// dialog, X and Bluesky embeds (left out with their "- Name (@handle) date" lines, as in
/// `news-recall-traps`), video and podcast players with durations, a carousel gallery with "1 of
/// 8" counters and credits, an amended-article note (kept), in-text contact and contributor lines
/// (kept), a reporter-tips box, most-read rails (one inside the story column), topic chips, "More
/// on this story" lists, one-line newsletter promos, a story split over `<section>`s with ad
/// slots, `sr-only` text, `<template>` and `<noscript>` copies; measured F1 0.9985, P 0.9980,
/// R 0.9991, title, author and date 1.0, page kind 1.0 (its truth leaves deks and kickers out;
/// F1 0.9769, P 0.9608 before players, long datelines, kickers, social embeds and counted
/// carousels were dropped; F1 0.9932, title 0.963 before promo lines ending "Sign up here.",
/// sponsor labels, calls for tips, `sr-only` words in the `<h1>` and deks between the
/// headline and the byline were, and before a key-points box beside the body's own box joined
/// it). Its one known gap: a print-edition line (left in: readability's truth keeps such
/// lines). m25's closing author note ("Sigrun Halloway is a former county engineer ...") is left
/// out of its truth since 2026-12-07 (night), as WCXB's truth leaves such notes out on 40 of 45
/// pages and the engine now does (F1 0.9985 with that truth).
///
/// `news-story-forms`: 32 pages (English, German, French, Spanish), each a full news-site page
/// around one form a story takes: live blogs and a live ticker (entries newest first, a pinned
/// summary box or a key-events list of links, per-entry bylines, "Show more"), Q&A interviews
/// ("Q:"/"A:" or name labels, a pull quote), numbered listicles and explainers (h2/h3 items, an
/// intro in a box of its own, with and without `<article>` and byline), FAQ explainers
/// (a button-in-heading accordion with hidden answers, `<details>` accordions), fact checks with a claim and rating box, dated
/// timelines (in `<p>`s and in `<ol><li><time>`), opinion columns ending with an italic tagline
/// and a disclaimer (both left out, as WCXB's truth leaves "Name is a ..." notes out), an
/// obituary, appended corrections, match reports and election results with tables, photo
/// essays told in captions (`<figcaption>` and `<div class="slide-caption">`), and stories of
/// 2-3 and 40+ paragraphs; truth conventions per form in its `gen.py`. Measured F1 0.9855, P
/// 0.9812, R 0.9899, title, author, date and kind 1.0 (F1 0.9608, P 0.9762, R 0.9459 before an
/// intro box joined the region, taglines went, caption-named divs counted as captions, a
/// timeline's `<time>` dates stayed, a claim box in an `<aside>` before the text was kept and a
/// story that is an FAQ accordion was read with its questions and answers).
/// Known gaps: a live blog's entry times are kept (by design, as `news-site-pages` keeps them;
/// the truth here leaves them out, and with them "3m ago", "Posted by ..." and a lone per-entry
/// name), a "rating" box's line goes (the class reads as a product rating), a "Turnout: 38.1
/// per cent" note under a table goes, inline "Photo: Name" credits stay in a caption-told
/// essay, and a scoreboard strip above the headline stays.///
/// `news-publisher-shapes`: 30 pages in the shapes (markup, chrome, inline widgets; all text
/// invented) of publisher families the other corpora under-represent: local TV stations (video
/// player atop, "Story continues below" slots, station copyright lines after the story), stories
/// syndicated on portals ("Story continues below advertisement", "Read the original article on
/// X", "This article originally appeared on X"), UK tabloids (bullet summary atop, captioned
/// images between paragraphs, a RELATED ARTICLES box mid-story, share and comment footers),
/// Indian news pages ("Also Read |" lines, "(With inputs from agencies)", "Catch all the Latest
/// News" lines), wire stories (datelines, "___" and "X contributed to this report."), public
/// broadcasters (key points, "Topics:" lines), Japanese, Korean, Arabic, Portuguese, Italian,
/// Dutch and Polish sites with their own chrome words, paginated stories, an AMP page, a print
/// version, and stories with inline ad slots, a poll, a recipe card and audio players; truth
/// conventions (each decided by wcxb-dev's truth) in its `gen.py`; a syndicated story's "Read
/// the original article on X" and "This article originally appeared on X" are kept, as
/// wcxb-dev's and readability's truth keep them. Measured F1 0.9950, P 0.9928, R 0.9972, every
/// title, author, date and kind right (F1 0.9908, P 0.9845 at f077f9e, before agency credits,
/// wire coverage pointers, "Catch all the Latest News" promos and "Reported by" credit lines
/// went; F1 0.9984, P 0.9975, R 0.9992 at helper-dek, after deks over a byline without "By",
/// a recipe card's `recipe-meta` times and its "★★★★★ (38 ratings)" line). Known gaps: a
/// podcast card's show and episode lines stay; a video's title line stays; a "___" separator
/// goes.
const OWN_CORPORA: &[(&str, f64, f64, f64, f64, f64)] = &[
    ("news-templates", 0.985, 0.975, 0.99, 0.96, 0.96),
    ("news-languages", 0.985, 0.98, 0.99, 0.95, 0.95),
    ("news-recall-traps", 0.985, 0.985, 0.985, 0.95, 0.95),
    ("news-site-pages", 0.91, 0.92, 0.90, 0.88, 0.92),
    ("news-languages-2", 0.99, 0.99, 0.99, 0.97, 0.97),
    ("news-cms-variants", 0.985, 0.985, 0.985, 0.95, 0.95),
    ("news-briefs", 0.985, 0.985, 0.99, 0.97, 0.97),
    ("news-briefs-2", 0.985, 0.985, 0.99, 0.97, 0.97),
    ("news-legacy-markup", 0.96, 0.935, 0.99, 0.94, 0.94),
    ("news-modern-chrome", 0.995, 0.995, 0.995, 0.97, 0.97),
    ("news-story-forms", 0.975, 0.975, 0.975, 0.97, 0.97),
    ("news-publisher-shapes", 0.99, 0.985, 0.99, 0.97, 0.97),
];

#[test]
fn the_repositorys_own_corpora_stay_above_their_floors() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
    for &(name, f1_floor, p_floor, r_floor, meta_floor, kind_floor) in OWN_CORPORA {
        let report = crawl_eval::run(&crawl_eval::EvalOptions {
            corpus_dir: root.join(name),
            predictions: None,
            threads: 0,
            limit: None,
        })
        .unwrap();
        println!("{report}");
        assert_eq!(report.panics, 0, "{name}: the extractor panicked");
        assert_eq!(report.unreadable, 0, "{name}: a page could not be read");
        for (what, value, floor) in [
            ("body F1", report.f1, f1_floor),
            ("body precision", report.precision, p_floor),
            ("body recall", report.recall, r_floor),
            ("title accuracy", report.title.rate(), meta_floor),
            ("author accuracy", report.author.rate(), meta_floor),
            ("published accuracy", report.published.rate(), meta_floor),
            ("page kind accuracy", report.page_kind.rate(), kind_floor),
        ] {
            assert!(
                value >= floor,
                "{name}: {what} {value:.4} fell below the floor {floor}\n{report}"
            );
        }
    }
}
