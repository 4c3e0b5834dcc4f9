use super::lines::{
    is_numeric_date, CREDIT_LABELS, EDIT_STAMP_LABELS, EDIT_STAMP_VERBS, TAXONOMY_LABELS,
    WHOLE_CHROME_LABELS,
};
use super::posts::{numbered_post_date_of, post_signature_heading_of};
use super::{
    blocks, count_commas, has_day_range, is_credit_line, is_cross_link_line, is_edit_stamp,
    is_engagement_count, is_reading_time, is_share_bar_line, is_taxonomy_line, is_text_trail,
    is_whole_chrome_label, key, key_hash, key_prefix_hash, looks_like_date, unseen_chars,
};
use crate::extract;
use crate::{Extraction, PageKind};

/// A story page titled "Council Meets" whose `<article>` holds `inner` after its `<h1>`.
fn council_story(inner: &str) -> String {
    format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\n\
         <article><h1>Council Meets</h1>\n{inner}</article></body></html>"
    )
}

fn run(html: &str) -> crate::Extraction {
    let url =
        url::Url::parse("https://news.example.com/2018/08/07/some-long-story-slug-here").unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

/// What a thread page `html` at a board's thread address gives.
fn thread_extraction(html: &str) -> crate::Extraction {
    let url =
        url::Url::parse("https://forum.example.com/threads/which-telescope-first.123/").unwrap();
    extract(html.as_bytes(), &url, None)
}

/// Asserts that every one of `wanted` is in `body`.
fn assert_keeps(body: &str, wanted: &[&str]) {
    for want in wanted {
        assert!(body.contains(want), "{want:?} missing from {body}");
    }
}

/// Asserts that none of `chrome` is in `body`.
fn assert_drops(body: &str, chrome: &[&str]) {
    for c in chrome {
        assert!(!body.contains(c), "{c:?} leaked into {body}");
    }
}

const PARA: &str = "Officials from the city council met on Tuesday with regional representatives, drawing concern from residents who had hoped for a quicker decision on the new transit plan.";

fn article_page(paragraphs: usize) -> String {
    let mut body = String::new();
    for i in 0..paragraphs {
        body.push_str(&format!(
            "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
        ));
    }
    format!(
        r##"<html><head><title>Council Meets Officials - Example News</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="masthead">Wednesday, April 24th</div><a href="/subscribe">Subscribe</a></header>
<main><article>
<h1>Council Meets Officials</h1>
<div class="byline">By Jane Reporter</div>
<figure><img src="a.jpg"><figcaption>The council chamber. Photo: Example.</figcaption></figure>
<div class="article-body">{body}
<h2>What comes next</h2>
<p>{PARA} Closing words of <a href="/x">the</a> story.</p>
<ul><li>First point of the plan, explained in a sentence.</li><li>Second point of the plan, also explained.</li></ul>
</div>
<div class="share-bar">Share this Story: <a href="#">Share On Facebook</a> <a href="#">Share On Twitter</a></div>
<div class="newsletter"><form><p>Join our newsletter to get the news every morning.</p><input type=email></form></div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about something</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>"##
    )
}

#[test]
fn article_body_keeps_content_and_drops_chrome() {
    let x = run(&article_page(6));
    let b = &x.body;
    assert!(b.starts_with("Officials from the city council"), "{b}");
    assert!(b.contains("What comes next"), "{b}");
    assert!(b.contains("Second point of the plan"), "{b}");
    assert!(b.contains("Closing words of the story."), "{b}");
    for chrome in [
        "Council Meets Officials",
        "Jane Reporter",
        "Photo: Example",
        "Share",
        "newsletter",
        "Another story",
        "Copyright",
        "Subscribe",
        "Wednesday",
        "Home",
    ] {
        assert!(!b.contains(chrome), "{chrome:?} leaked into {b}");
    }
    assert!(
        b.contains("\n\n"),
        "paragraphs are separated by blank lines"
    );
    assert_eq!(x.page_kind, PageKind::Article);
}

#[test]
fn sibling_content_blocks_are_joined() {
    let part = |n: usize| {
        (0..n)
            .map(|i| format!("<p>{PARA} Part {i}.</p>"))
            .collect::<String>()
    };
    let html = format!(
        "<html><body><div id=wrap><div class=text>{}</div><div class=ad-slot><a href=/ad>Buy now</a></div><div class=text>{}<p>The very last sentence here.</p></div></div></body></html>",
        part(4),
        part(3)
    );
    let x = run(&html);
    assert!(
        x.body.contains("The very last sentence here."),
        "{}",
        x.body
    );
    assert!(!x.body.contains("Buy now"));
}

#[test]
fn listing_page_is_not_an_article() {
    let mut items = String::new();
    for i in 0..20 {
        items.push_str(&format!(
            "<article><h2><a href=/s/{i}>Story number {i} headline goes here</a></h2><p>Short teaser {i}.</p></article>"
        ));
    }
    let html = format!("<html><body><main>{items}</main></body></html>");
    let url = url::Url::parse("https://news.example.com/category/world").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
}

/// A dated news brief of three paragraphs under a wall of recommended stories, each an
/// `<article>` card with a linked heading: the cards lie outside the story's text and make no
/// hub of it. A hub whose cards are its main text stays a listing.
#[test]
fn a_briefs_wall_of_recommended_cards_makes_no_listing() {
    let cards: String = (0..10)
        .map(|i| {
            format!(
                "<article class=card><a href=/news/2024/03/1{i}/story-{i}/><h3>Recommended story number {i} headline</h3></a>\
                 <time>{i}h ago</time></article>"
            )
        })
        .collect();
    let brief = "<p>The eastbound ramp from the highway to the avenue will close overnight from Monday through Thursday while crews replace overhead signs, the department said.</p>\
         <p>The ramp will be closed from 9 p.m. to 5 a.m. each night. Drivers will be directed to the next exit and back along the river road instead.</p>\
         <p>The department said the work could be postponed by a day or two if heavy rain is forecast for any of the nights.</p>";
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Ramp to close overnight","datePublished":"2024-03-14T13:00:00Z"},{"@type":"NewsMediaOrganization","name":"Example Courier"}]}</script>"#;
    let html = format!(
        "<html><head><title>Ramp to close overnight</title><meta property=og:type content=article>{ld}</head><body>\
         <nav><a href=/>Home</a> <a href=/news/>News</a> <a href=/sport/>Sport</a></nav>\
         <main><article class=story><h1>Ramp to close overnight</h1><div class=body>{brief}</div></article>\
         <section class=recommended><h2>Recommended for you</h2>{cards}</section></main></body></html>"
    );
    let url = url::Url::parse(
        "https://www.example-courier.com/news/traffic/ramp-to-close-overnight-next-week/",
    )
    .unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Article);
    assert!(x.body.contains("postponed"), "{}", x.body);
    // The same cards as the page's own text, without the story, make a hub.
    let hub = format!(
        "<html><head><title>Traffic</title><meta property=og:type content=website>{ld}</head><body>\
         <main><h1>Traffic</h1>{cards}</main></body></html>"
    );
    let hub_url = url::Url::parse("https://www.example-courier.com/news/traffic/").unwrap();
    assert_eq!(
        extract(hub.as_bytes(), &hub_url, None).page_kind,
        PageKind::Listing
    );
}

/// A landing page whose many sections open with linked headings, each over a paragraph of its
/// own: the headings are its sections', not a hub's teasers.
#[test]
fn a_landing_pages_linked_section_headings_are_not_teasers() {
    let sections: String = (0..9)
        .map(|i| {
            format!(
                "<section><h3><a href=/services/area-{i}>Consulting area {i}</a></h3>\
                 <p>Our advisers review how your team plans, budgets and reports for area {i}, \
                 then set out the changes that matter most and the order to make them in.</p></section>"
            )
        })
        .collect();
    let menu: String = (0..100)
        .map(|i| format!("<li><a href=/m/{i}>Menu entry number {i}</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>Advisory services</title></head><body><header><nav><ul>{menu}</ul></nav></header>\
         <main><h1>Advisory services</h1>{sections}</main></body></html>"
    );
    let url = url::Url::parse("https://firm.example.com/advisory-services").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Other);
}

#[test]
fn empty_and_garbage_inputs_do_not_panic() {
    for html in [
        "",
        "<",
        "<html>",
        "\u{0}\u{1}",
        "<p>",
        "<table><td>x",
        "<<<>>>&&&;",
    ] {
        let x = run(html);
        assert!(x.body.len() < 100);
    }
}

#[test]
fn noscript_thread_is_read_when_the_shell_is_empty() {
    let posts: String = (0..12)
        .map(|i| format!("<div class=post><span>user{i}</span><p>{PARA} Reply {i}.</p></div>"))
        .collect();
    let html = format!(
        "<html><body><div id=app>Loading</div><noscript><div id=main-outlet>{posts}</div></noscript></body></html>"
    );
    let x = run(&html);
    assert!(
        x.body.contains("Reply 0.") && x.body.contains("Reply 11."),
        "{}",
        x.body
    );
    assert!(!x.body.contains("<p"), "{}", x.body);
}

#[test]
fn a_small_noscript_stays_out() {
    let html = format!(
        "<html><body><article><p>{PARA}</p><p>{PARA} Again.</p></article><noscript><p>Please enable JavaScript to view the comments.</p></noscript></body></html>"
    );
    let x = run(&html);
    assert!(!x.body.contains("enable JavaScript"), "{}", x.body);
}

#[test]
fn streamed_react_sections_are_visible_other_hidden_elements_are_not() {
    let html = format!(
        "<html><body><div hidden id=\"S:0\"><article><p>{PARA}</p><p>{PARA} Streamed.</p></article></div><div hidden><p>{PARA} Hidden menu text.</p></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Streamed."), "{}", x.body);
    assert!(!x.body.contains("Hidden menu"), "{}", x.body);
}

#[test]
fn listing_body_holds_its_teasers_not_its_chrome() {
    let items = story_cards(12);
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav></header>\
         <main><h1>World news</h1><div class=grid>{items}</div></main>\
         <footer><ul><li><a href=/about>About us</a></li><li><a href=/jobs>Jobs</a></li></ul><p>Copyright 2026 Example.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/category/world").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "Story number 0 headline",
            "Story number 11 headline",
            "Short teaser 5",
            "March 3, 2026",
        ],
    );
    assert_drops(&x.body, &["Home", "About us", "Copyright"]);
}

#[test]
fn a_listings_heading_and_lead_above_its_filters_open_its_text() {
    let items = story_cards(12);
    let filters: String = ["Newest", "Oldest", "Most read", "Africa", "Asia", "Europe"]
        .iter()
        .map(|f| format!("<li><a href=/world?f={f}>{f}</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>World news - Example</title></head><body>\
         <header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>\
         <div class=page-header><h1>World news</h1>\
         <p>Reports from our correspondents on every continent, updated through the day.</p>\
         <p>Sort by</p></div>\
         <div class=filters><ul>{filters}</ul></div>\
         <main><div class=grid>{items}</div></main></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/category/world").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    // (The heading itself goes as the page's title, which a page of items does not repeat.)
    assert!(
        x.body.starts_with(
            "Reports from our correspondents on every continent, updated through the day.\n\n"
        ),
        "{}",
        x.body
    );
    assert_keeps(
        &x.body,
        &["Story number 0 headline", "Story number 11 headline"],
    );
    // The run stops at the first line that is no sentence (a control's label).
    assert_drops(&x.body, &["Sort by", "Newest", "Home"]);
}

#[test]
fn head_json_ld_decides_the_kind() {
    let page = |ld: &str, body: &str| {
        format!(
            "<html><head><meta property=\"og:type\" content=\"article\"><script type=\"application/ld+json\">{ld}</script></head><body>{body}</body></html>"
        )
    };
    let url = url::Url::parse("https://example.com/products/standing-desk").unwrap();
    let shop = r#"{"@context":"https://schema.org","@type":"Product","name":"Desk","offers":{"@type":"Offer","price":"10"}}"#;
    let desk = format!("<main><h1>Standing desk</h1><p>{PARA}</p><p>$129.00</p><a href=/cart>Add to cart</a></main>");
    let x = extract(page(shop, &desk).as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    // Customers' reviews on a product page do not make it a review article.
    let reviewed = r#"{"@type":"Product","name":"Desk","offers":{"@type":"Offer","price":"10"},"review":[{"@type":"Review","author":{"@type":"Person","name":"A"}},{"@type":"Review","author":{"@type":"Person","name":"B"}}]}"#;
    let plain = format!("<main><h1>Standing desk</h1><p>{PARA}</p><p>{PARA} Again.</p></main>");
    let item = url::Url::parse("https://example.com/nord-zero-standing-desk").unwrap();
    let x = extract(page(reviewed, &plain).as_bytes(), &item, None);
    assert_eq!(x.page_kind, PageKind::Product);
    let story = r#"{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x"}]}"#;
    let text = format!("<article><p>{PARA}</p><p>{PARA} More.</p></article>");
    let url =
        url::Url::parse("https://example.com/2024/05/01/council-meets-on-transit-plan").unwrap();
    let x = extract(page(story, &text).as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Article);
}

/// An undated, unsigned page of six long paragraphs at a two-word URL, optionally wrapped in
/// `<article>`: the evidence is balanced, so single signals decide.
fn plain_page(paragraph: &str, in_article: bool) -> crate::Extraction {
    roof_repair_page(
        paragraph,
        in_article,
        "<nav><a href=\"/\">Home</a> <a href=\"/contact\">Contact</a></nav>",
        "",
    )
}

/// The page of [`plain_page`] with `before_main` ahead of its `<main>` and `after_story` after
/// its six paragraphs, inside the optional `<article>`.
fn roof_repair_page(
    paragraph: &str,
    in_article: bool,
    before_main: &str,
    after_story: &str,
) -> crate::Extraction {
    let body: String = (0..6)
        .map(|i| format!("<p>{paragraph} Part {i}.</p>\n"))
        .collect();
    let (open, close) = if in_article {
        ("<article>", "</article>")
    } else {
        ("<div class=\"content\">", "</div>")
    };
    let html = format!(
        "<html><head><title>Roof Repair</title></head><body>{before_main}\
         <main>{open}<h1>Roof Repair</h1>{body}{after_story}{close}</main></body></html>"
    );
    let url = url::Url::parse("https://www.example.com/roof-repair").unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

const THIRD_PERSON: &str = "Roofers in the county repair damaged shingles after storms, and most crews inspect the flashing, the gutters and the vents before they quote a price for the work.";
const FIRST_PLURAL: &str = "We repair roofs across the county, and our team of certified installers has served local families for years, with fair prices and careful work on every home we visit.";

#[test]
fn a_page_speaking_as_we_presents_a_business() {
    assert_eq!(plain_page(THIRD_PERSON, true).page_kind, PageKind::Article);
    assert_eq!(plain_page(FIRST_PLURAL, true).page_kind, PageKind::Other);
}

#[test]
fn an_edit_this_page_link_marks_documentation() {
    let body: String = (0..6)
        .map(|i| format!("<p>{THIRD_PERSON} Part {i}.</p>\n"))
        .collect();
    let html = format!(
        "<html><head><title>Roof Repair</title></head><body><main><article><h1>Roof Repair</h1>\
         {body}</article><a href=\"https://github.com/x/y/edit/main/roof.md\">Edit this page</a>\
         </main></body></html>"
    );
    let url = url::Url::parse("https://www.example.com/roof-repair").unwrap();
    let x = extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"));
    assert_eq!(x.page_kind, PageKind::Documentation);
}

#[test]
fn a_page_without_an_article_element_leans_against_a_story() {
    assert_eq!(plain_page(THIRD_PERSON, true).page_kind, PageKind::Article);
    assert_ne!(plain_page(THIRD_PERSON, false).page_kind, PageKind::Article);
}

#[test]
fn sections_nested_in_their_own_wrappers_are_joined() {
    // A page builder's layout: each section of the story sits in its own row and cell, with a
    // short lead line next to the text widget.
    let section = |title: &str, paragraphs: usize| {
        let body: String = (0..paragraphs)
            .map(|i| format!("<p>{PARA} {title}, paragraph {i}.</p>"))
            .collect();
        format!(
            "<div class=\"row\"><div><div class=\"cell\">\
             <p>A short lead line for {title}.</p><div><div><div class=\"widget\">\
             <h2>{title}</h2>{body}</div></div></div></div></div></div>"
        )
    };
    let html = format!(
        "<html><head><title>Council Plan</title></head><body><main>{}{}{}</main></body></html>",
        section("First section", 5),
        section("Second section", 3),
        section("Third section", 3)
    );
    let x = run(&html);
    for needle in [
        "First section, paragraph 3",
        "Second section, paragraph 0",
        "Third section, paragraph 2",
    ] {
        assert!(x.body.contains(needle), "{needle} missing from {}", x.body);
    }
}

#[test]
fn a_link_list_announced_by_a_colon_is_kept() {
    let html = format!(
        "<html><head><title>Progress report</title></head><body><article>\
         <p>{PARA}</p><p>Many patches were sent for review this month:</p>\
         <ul><li><a href=\"/p1\">Support packed structs</a></li>\
         <li><a href=\"/p2\">Fix volatile loads</a></li></ul>\
         <p>{PARA} Then a menu of links follows.</p>\
         <ul><li><a href=\"/home\">Home page</a></li><li><a href=\"/about\">About the site</a></li></ul>\
         <p>{PARA} The end.</p></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Support packed structs"), "{}", x.body);
    assert!(x.body.contains("Fix volatile loads"), "{}", x.body);
    assert!(!x.body.contains("About the site"), "{}", x.body);
}

#[test]
fn linked_entries_of_a_mostly_plain_list_or_table_are_kept() {
    let html = format!(
        "<html><head><title>Packing guide</title></head><body><article>\
         <p>{PARA}</p>\
         <ul><li>Two copies of the itinerary, one left with a friend</li>\
         <li><a href=\"/kits\">First-aid kit</a></li>\
         <li>Spare socks and a warm hat for the evening</li></ul>\
         <p>{PARA} The shoes we tested follow.</p>\
         <table><tr><th>Shoe</th><th>Weight and drop of the shoe</th></tr>\
         <tr><td><a href=\"/r/lone-peak\">Lone Peak 9</a></td><td>10.5 ounces with a zero drop</td></tr>\
         <tr><td><a href=\"/r/cascadia\">Cascadia 19</a></td><td>11.2 ounces with a 6 mm drop</td></tr></table>\
         <p>{PARA} Then a menu of links follows.</p>\
         <ul><li><a href=\"/home\">Home page</a></li><li><a href=\"/about\">About the site</a></li></ul>\
         <p>{PARA} The end.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["First-aid kit", "Lone Peak 9", "Cascadia 19"]);
    assert_drops(&x.body, &["About the site"]);
}

#[test]
fn a_linked_list_of_sentences_is_the_author_s() {
    let html = format!(
        "<html><head><title>Moving tips</title></head><body><article>\
         <p>{PARA}</p>\
         <h2>Before the move</h2>\
         <ul><li><a href=\"/plan\">Give yourself plenty of time.</a></li>\
         <li><a href=\"/supplies\">Get moving supplies.</a></li>\
         <li><a href=\"/inventory\">Create a home inventory.</a></li></ul>\
         <p>{PARA} Then a menu of links follows.</p>\
         <ul><li><a href=\"/home\">Home page</a></li><li><a href=\"/about\">About the site</a></li></ul>\
         <p>{PARA} The end.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Give yourself plenty of time", "Create a home inventory"],
    );
    assert_drops(&x.body, &["About the site"]);
}

#[test]
fn a_linked_list_of_counted_topics_is_no_list_of_sentences() {
    // A category widget's entries end in a count, not a stop: its links stay a menu.
    let html = format!(
        "<html><head><title>Moving tips</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p>\
         <ul><li><a href=\"/c/packing\">Packing (12)</a></li>\
         <li><a href=\"/c/storage\">Storage (7)</a></li>\
         <li><a href=\"/c/budget\">Budget (31)</a></li></ul>\
         <p>{PARA} The end.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["The end."]);
    assert_drops(&x.body, &["Packing (12)", "Budget (31)"]);
}

#[test]
fn a_wrapped_link_list_announced_by_a_colon_is_kept() {
    let html = format!(
        "<html><head><title>Progress report</title></head><body><article>\
         <div class=\"paragraph\"><p>{PARA}</p></div>\
         <div class=\"paragraph\"><p>Many patches were sent for review this month:</p></div>\
         <div class=\"ulist\"><ul><li><p><a href=\"/p1\">Support packed structs</a></p></li>\
         <li><p><a href=\"/p2\">Fix volatile loads</a></p></li>\
         <li><p><a href=\"/p3\">Add the weak variable attribute</a></p></li></ul></div>\
         <div class=\"paragraph\"><p>{PARA} Then a menu of links follows.</p></div>\
         <div class=\"ulist\"><ul><li><a href=\"/home\">Home page</a></li>\
         <li><a href=\"/about\">About the site</a></li><li><a href=\"/c\">Contact us</a></li></ul></div>\
         <div class=\"paragraph\"><p>{PARA} The end.</p></div></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Support packed structs", "Add the weak variable attribute"],
    );
    assert_drops(&x.body, &["About the site"]);
}

#[test]
fn a_value_two_columns_share_stays_in_both_cells() {
    let rows: String = ["Run tests in the CI", "Debug info", "Unwinding"]
        .iter()
        .enumerate()
        .map(|(i, f)| {
            format!(
                "<tr><td><p>{f}</p></td><td><p>{}0%</p></td><td><p>{}0%</p></td></tr>",
                i + 2,
                i + 2
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Progress report</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <p>Here is a rough summary of what has been implemented:</p>\
         <table><tr><th>Feature</th><th>Last month</th><th>This month</th></tr>{rows}</table>\
         <p>{PARA} The end.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Run tests in the CI | 20% | 20%", "Unwinding | 40% | 40%"],
    );
}

#[test]
fn a_lead_row_with_its_table_of_contents_joins_the_sections_below() {
    // A page builder's layout: the intro and the table of contents in one row, the sections
    // of the story in the next, nested a few wrappers deeper.
    let paras = |what: &str, n: usize| -> String {
        (0..n)
            .map(|i| {
                format!("<p>{PARA} This is {what} paragraph number {i} of the story. {PARA}</p>")
            })
            .collect()
    };
    let toc: String = (0..8)
        .map(|i| format!("<li><a href=\"#s{i}\">Section number {i} of the plan</a></li>"))
        .collect();
    let html = format!(
        "<html><head><title>Council Plan</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"post\">\
         <div class=\"row\"><div class=\"inner\"><div class=\"widget\">{}\
         <div class=\"toc\"><ul>{toc}</ul></div></div></div></div>\
         <div class=\"row\"><div class=\"column\">\
         <div class=\"text\"><h2>The plan</h2>{}</div>\
         <div class=\"note\"><p>{PARA}</p></div></div></div></div></body></html>",
        paras("an intro", 3),
        paras("a body", 8)
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["an intro paragraph number 0", "a body paragraph number 7"],
    );
}

#[test]
fn long_link_free_text_survives_a_weakly_negative_class() {
    let long: String = (0..7)
        .map(|i| format!("<p>{PARA} Folded part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Buyer guide</title></head><body><article>\
         <p>{PARA} Opening.</p><p>{PARA} Second.</p><p>{PARA} Third.</p><p>{PARA} Fourth.</p>\
         <div class=\"pane-wrap pane-header-left\">{long}</div>\
         <p>{PARA} Closing.</p><p>{PARA} Last words.</p><p>{PARA} Really last.</p>\
         <p>{PARA} Final.</p><p>{PARA} Done.</p><p>{PARA} Over.</p><p>{PARA} End.</p>\
         <div class=\"header-extra\"><p>Short boxed line from the site header</p></div>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Folded part 6"), "{}", x.body);
    assert!(!x.body.contains("Short boxed line"), "{}", x.body);
}

#[test]
fn key_hash_ignores_case_spacing_and_punctuation_like_key() {
    let pairs = [
        ("Breaking: Über News!", "breaking über news"),
        ("ÉTÉ 2024", "été-2024"),
        ("a b c", "ABC"),
    ];
    for (a, b) in pairs {
        assert_eq!(key(a), key(b));
        assert_eq!(key_hash(a), key_hash(b), "{a} / {b}");
    }
    assert_ne!(key_hash("first paragraph"), key_hash("second paragraph"));
}

#[test]
fn key_prefix_hash_is_the_hash_of_the_key_start() {
    let long = "Alpha beta, Gamma! ".repeat(20);
    assert_eq!(key_prefix_hash(&long, usize::MAX), key_hash(&long));
    assert_eq!(
        key_prefix_hash(&long, 10),
        key_hash("alphabetag"),
        "the first ten key characters"
    );
    assert_ne!(key_prefix_hash(&long, 10), key_prefix_hash(&long, 11));
}

/// The byte count of commas agrees with a count of the characters.
#[test]
fn commas_are_counted_in_every_script() {
    for t in [
        "",
        "a, b, c",
        "一，二、三",
        "واحد، اثنان",
        "ひらがな、カタカナ，漢字,",
        "no commas here: é ü ß",
    ] {
        let chars = t
            .chars()
            .filter(|&c| matches!(c, ',' | '，' | '、' | '،'))
            .count();
        assert_eq!(count_commas(t), chars, "{t}");
    }
}

/// Equal keys have equal prefixes, whatever the prefix's length: the title check's prefilter
/// never rules out a block that says the title again.
#[test]
fn equal_keys_have_equal_prefixes() {
    for (a, b) in [
        ("The Title!", "the  title"),
        ("É-lan, Ünd", "é lan ünd"),
        ("x", "X."),
    ] {
        assert_eq!(key_hash(a), key_hash(b));
        for n in 0..6 {
            assert_eq!(key_prefix_hash(a, n), key_prefix_hash(b, n), "{a} {n}");
        }
    }
}

#[test]
fn repeated_paragraph_in_another_container_is_dropped_once() {
    let para = "The committee heard from dozens of residents who spoke for and against the plan, which would add housing near the station and widen two streets.";
    let html = format!(
        "<html><body><article><div class=a><p>{para}</p><p>{para} And one more sentence here.</p></div><div class=b><p>{para}</p></div></article></body></html>"
    );
    let x = run(&html);
    assert_eq!(x.body.matches(para).count(), 2, "{}", x.body);
}

#[test]
fn a_closing_table_or_list_is_not_trimmed_as_labels() {
    let rows: String = (1..=6)
        .map(|i| {
            format!("<tr><td><p>{i}</p></td><td><p>State {i}</p></td><td><p>${i}.50</p></td></tr>")
        })
        .collect();
    let html = format!(
        "<html><head><title>Rates by state</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <p>Here is the full data table for every state.</p>\
         <table><tr><th>Rank</th><th>State</th><th>Rate</th></tr>{rows}</table>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("6 | State 6 | $6.50"), "{}", x.body);
    assert!(x.body.contains("1 | State 1 | $1.50"), "{}", x.body);
    let html = format!(
        "<html><head><title>Denim brands</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <h3>Outland Denim</h3><ul><li>organic denim</li><li>certified b corp</li></ul>\
         <p>Follow us:</p><ul><li><a href=\"/fb\">Facebook</a></li><li><a href=\"/x\">X</a></li></ul>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("certified b corp"), "{}", x.body);
    assert!(!x.body.contains("Facebook"), "{}", x.body);
}

#[test]
fn paragraphs_with_a_mixed_content_class_are_kept() {
    let paras: String = (0..14)
        .map(|i| format!("<p class=\"contextmenu Body\">{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Three evergreens</title></head><body><article>\
         <div class=\"story\"><p>{PARA} Lead.</p>{paras}\
         <div class=\"entry-meta more\"><a href=\"/a\">Gardening</a> <a href=\"/b\">Winter</a></div>\
         </div></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Part 0."), "{}", x.body);
    assert!(x.body.contains("Part 13."), "{}", x.body);
    assert!(!x.body.contains("Gardening"), "{}", x.body);
}

#[test]
fn a_dense_list_inside_the_story_does_not_replace_it() {
    let item = "Pricing, plans, features, support, integrations, reports, apps, and taxes were all weighed, scored, compared, and checked again, carefully";
    let items: String = (0..6)
        .map(|i| format!("<li>{item}, criterion {i}.</li>"))
        .collect();
    let paras: String = (0..5)
        .map(|i| format!("<p>{PARA} Review part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Best accounting software</title></head><body>\
         <div class=\"entry-content\"><p>{PARA} The lead.</p>{paras}\
         <div class=\"accordion\"><div class=\"pane\"><div class=\"pane-inner\">\
         <p>{PARA} How we scored.</p><ul>{items}</ul></div></div>\
         <div class=\"pane\"><p>{PARA} Method.</p><p>{PARA} Sources.</p></div></div>\
         <p>{PARA} The verdict.</p></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("criterion 5"), "{}", x.body);
    assert!(x.body.contains("The lead."), "{}", x.body);
    assert!(x.body.contains("The verdict."), "{}", x.body);
}

#[test]
fn unclosed_sections_nesting_the_story_are_all_read() {
    // Every `<section>` is left open, so each later part nests inside the earlier one.
    let mut html =
        String::from("<html><head><title>Podcast gear guide</title></head><body><main><article>");
    for part in 0..4 {
        html.push_str(&format!("<section><p>{PARA} Opening of part {part}.</p>"));
    }
    for i in 0..12 {
        html.push_str(&format!("<p>{PARA} Deep paragraph {i}.</p>"));
    }
    html.push_str("</article></main></body></html>");
    let x = run(&html);
    assert!(x.body.contains("Opening of part 0."), "{}", x.body);
    assert!(x.body.contains("Opening of part 2."), "{}", x.body);
    assert!(x.body.contains("Deep paragraph 11."), "{}", x.body);
}

#[test]
fn a_paragraph_said_twice_in_a_row_stays_twice_a_doubled_label_does_not() {
    let html = format!(
        "<html><head><title>Repeated words</title></head><body><article>\
         <p>{PARA} First.</p><p>{PARA} Twice.</p><p>{PARA} Twice.</p>\
         <div><h3>Label</h3></div><div><h3>Label</h3></div>\
         <p>{PARA} Last.</p></article></body></html>"
    );
    let x = run(&html);
    assert_eq!(x.body.matches("Twice.").count(), 2, "{}", x.body);
    assert_eq!(x.body.matches("Label").count(), 1, "{}", x.body);
}

#[test]
fn a_point_made_again_stays_a_responsive_copy_goes() {
    let again = "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.";
    let html = format!(
        "<html><head><title>Repeated point</title></head><body><article>\
         <div><p>{PARA} One.</p><p>{again}</p></div>\
         <div><p>{PARA} Two.</p><p>{again}</p></div>\
         <div class=\"mobile\"><p>{PARA} One.</p><p>{again}</p></div>\
         </article></body></html>"
    );
    let x = run(&html);
    assert_eq!(x.body.matches("Duis aute").count(), 2, "{}", x.body);
    assert_eq!(x.body.matches("One.").count(), 1, "{}", x.body);
}

#[test]
fn subheadings_with_a_weak_class_are_kept_strong_ones_are_not() {
    let paras: String = (0..6).map(|i| format!("<p>{PARA} Part {i}.</p>")).collect();
    let html = format!(
        "<html><head><title>Newsletter audit</title></head><body><article><div class=\"body\">\
         <p>{PARA} Lead.</p><h2 class=\"header-anchor-post\">The Good News</h2>{paras}\
         <h3 class=\"section-header\">The Ugly Truth</h3><p>{PARA} Closing.</p>\
         <h3 class=\"related-title\">Keep reading elsewhere</h3><p>{PARA} Final.</p>\
         </div></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("The Good News"), "{}", x.body);
    assert!(x.body.contains("The Ugly Truth"), "{}", x.body);
    assert!(!x.body.contains("Keep reading elsewhere"), "{}", x.body);
}

#[test]
fn a_table_of_contents_label_and_reading_time_are_chrome() {
    let paras: String = (0..6).map(|i| format!("<p>{PARA} Part {i}.</p>")).collect();
    let html = format!(
        "<html><head><title>Insurers compared</title></head><body><article>\
         <p>Reading time: 8 minutes</p><div><h2>Table of Contents</h2></div>{paras}\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Part 5."), "{}", x.body);
    assert!(!x.body.contains("Table of Contents"), "{}", x.body);
    assert!(!x.body.contains("Reading time"), "{}", x.body);
}

#[test]
fn credit_lines_of_dropped_images_are_chrome() {
    let paras: String = (0..6).map(|i| format!("<p>{PARA} Part {i}.</p>")).collect();
    let html = format!(
        "<html><head><title>Ergonomic mice</title></head><body><article>\
         <p>{PARA} Lead.</p><p>Image: Thinkstock</p><p>(Credit: Joseph Maldonado)</p>\
         <p>(photo AFP)</p>{paras}<p>Sources:</p><p>Photos and plans: keep them all.</p>\
         <p>{PARA} End.</p></article></body></html>"
    );
    let x = run(&html);
    assert!(!x.body.contains("Thinkstock"), "{}", x.body);
    assert!(!x.body.contains("Maldonado"), "{}", x.body);
    assert!(!x.body.contains("AFP"), "{}", x.body);
    assert!(x.body.contains("Sources:"), "{}", x.body);
    assert!(x.body.contains("Photos and plans"), "{}", x.body);
}

#[test]
fn a_column_of_teaser_excerpts_does_not_widen_the_story() {
    let long = format!("{PARA} {PARA}");
    let story: String = (0..4)
        .map(|i| format!("<p>{long} Story part {i}.</p>"))
        .collect();
    let teasers: String = (0..12)
        .map(|i| {
            format!(
                "<div class=\"e-con\"><div class=\"e-con\"><h3><a href=\"/n{i}\">Another headline {i}</a></h3>\
                 <div class=\"e-con\"><p>When the agency denies your claim it can feel like a dead end, teaser {i}.</p>\
                 </div></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Gym injuries</title></head><body><div class=\"page\">\
         <div class=\"e-con\"><div class=\"e-con\">{story}</div></div>\
         <div class=\"e-con\"><h2>Latest</h2>{teasers}</div>\
         </div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Story part 3."), "{}", x.body);
    assert!(!x.body.contains("teaser 5"), "{}", x.body);
}

#[test]
fn linked_item_titles_of_a_roundup_are_kept() {
    let items: String = (0..5)
        .map(|i| {
            format!(
                "<h3><a href=\"/game{i}\">Game number {i} ($20)</a></h3>\
                 <p>{PARA} About game {i}.</p>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Eight games worth buying</title></head><body><article>\
         <div class=\"body\"><p>{PARA} Intro.</p>{items}</div>\
         <ul class=\"links\"><li><a href=\"/a\">Home page of the site</a></li></ul>\
         </article></body></html>"
    );
    let html = html.replace(
        "</div>",
        "<h5><a href=\"/other\">Related: Another story of the site</a></h5></div>",
    );
    let x = run(&html);
    assert!(!x.body.contains("Another story of the site"), "{}", x.body);
    assert!(x.body.contains("Game number 0 ($20)"), "{}", x.body);
    assert!(x.body.contains("Game number 4 ($20)"), "{}", x.body);
    assert!(!x.body.contains("Home page of the site"), "{}", x.body);
}

#[test]
fn a_linked_list_of_sentences_under_a_subheading_is_kept() {
    let item = |i: usize| {
        format!(
            "<li><a href=\"/u{i}\">Ankush</a> fixed an issue with <a href=\"/b{i}\">revoked \
             permissions for extensions</a> in build {i}</li>"
        )
    };
    let items: String = (0..4).map(item).collect();
    let related: String = (0..4)
        .map(|i| item(i).replace("in build", "in release"))
        .collect();
    let html = format!(
        "<html><head><title>Project updates</title></head><body><article>\
         <p>{PARA} Intro.</p><p>{PARA} More.</p><h3>Project Updates</h3><ul>{items}</ul>\
         <p>{PARA} Outro.</p><h3>Related posts</h3><ul>{related}</ul>\
         <h3>Elsewhere</h3><ul><li><a href=\"/x\">Home</a></li><li><a href=\"/y\">About</a></li></ul>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("in build 3"), "{}", x.body);
    assert!(!x.body.contains("in release"), "{}", x.body);
    assert!(!x.body.contains("About"), "{}", x.body);
}

#[test]
fn a_linked_list_of_long_sentences_after_a_paragraph_is_kept_headlines_are_not() {
    let sentence = |i: usize| {
        format!(
            "<li><a href=\"/s{i}\">Follow the brand on its own channels for a daily moment of \
             travel inspiration from all over the world</a> and <a href=\"/t{i}\">read its many tips</a> number {i}</li>"
        )
    };
    let headline =
        |i: usize| format!("<li><a href=\"/h{i}\">Another headline of the site {i}</a></li>");
    let sentences: String = (0..3).map(sentence).collect();
    let headlines: String = (0..3).map(headline).collect();
    let html = format!(
        "<html><head><title>Luxury hotel brands</title></head><body><article>\
         <p>{PARA} Intro.</p><p>{PARA} Second.</p><p>{PARA} Third.</p><p>{PARA} More.</p>\
         <ul>{sentences}</ul><p>{PARA} Outro.</p><p>{PARA} Last.</p><ul>{headlines}</ul>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("many tips number 2"), "{}", x.body);
    assert!(!x.body.contains("Another headline"), "{}", x.body);
}

#[test]
fn dated_teaser_cards_inside_the_story_region_are_dropped_a_roundup_is_kept() {
    let card = |i: usize| {
        format!(
            "<article class=\"post\"><h3><a href=\"/n{i}\">Another headline of the site number {i}</a></h3>\
             <div class=\"when\">March {i}, 2025</div>\
             <p>When the agency denies your claim it can feel like a dead end, excerpt {i}.</p></article>"
        )
    };
    let book = |i: usize| {
        format!(
            "<div class=\"item\"><h3><a href=\"/b{i}\">The art of drawing, book {i}</a></h3>\
             <p>This book is a follow up to the one above and a perfect companion, volume {i}.</p></div>"
        )
    };
    let cards: String = (1..5).map(card).collect();
    let books: String = (1..5).map(book).collect();
    let html = format!(
        "<html><head><title>Gym injuries</title></head><body><div class=\"page\">\
         <p>{PARA} One.</p><p>{PARA} Two.</p><div class=\"books\">{books}</div><p>{PARA} Three.</p>\
         <h2>Latest News</h2><div class=\"grid\">{cards}</div></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Three."), "{}", x.body);
    assert!(x.body.contains("volume 4"), "{}", x.body);
    assert!(!x.body.contains("excerpt 2"), "{}", x.body);
}

#[test]
fn teaser_cards_that_are_most_of_the_page_stay() {
    let card = |i: usize| {
        format!(
            "<article class=\"post\"><h3><a href=\"/n{i}\">Another headline of the site number {i}</a></h3>\
             <div class=\"when\">March {i}, 2025</div>\
             <p>When the agency denies your claim it can feel like a dead end, excerpt {i}.</p></article>"
        )
    };
    let cards: String = (1..9).map(card).collect();
    let html = format!(
        "<html><head><title>News</title></head><body><div class=\"page\">\
         <p>{PARA} One.</p><div class=\"grid\">{cards}</div></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("excerpt 7"), "{}", x.body);
}

#[test]
fn a_related_section_is_closed_up_to_the_next_heading_of_its_level() {
    let html = format!(
        "<html><head><title>Saving plans</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>More posts mean more readers.</p>\
         <h2>Related articles</h2><h3><a href=\"/a\">How to save for a house</a></h3>\
         <p>Saving for a house takes patience and a plan, and these tips will help you.</p>\
         <h2>Conclusion</h2><p>{PARA} Closing.</p>\
         <h4>About the author</h4><p>Jane Reporter is a writer who covers money and savings.</p>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Closing."), "{}", x.body);
    assert!(
        x.body.contains("More posts mean more readers."),
        "{}",
        x.body
    );
    assert!(!x.body.contains("patience"), "{}", x.body);
    assert!(!x.body.contains("covers money"), "{}", x.body);
}

#[test]
fn related_sections_close_in_the_languages_of_european_news_sites() {
    let story = "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, den Ausbau der \
                 Straßenbahn um zwei Jahre vorzuziehen, wie die Verwaltung mitteilte.";
    for (related, author) in [
        ("Mehr zum Thema", "Über den Autor"),
        ("Ähnliche Artikel", "Über die Autorin"),
        ("Sur le même sujet", "À propos de l’auteur"),
        ("Noticias relacionadas", "Sobre el autor"),
        ("Articoli correlati", "Ti potrebbe interessare"),
        ("Notícias relacionadas", "Sobre o autor"),
        ("Gerelateerde artikelen", "Over de auteur"),
    ] {
        let html = format!(
            "<html><head><title>Straßenbahn</title></head><body><article>\
             <p>{story} Eins.</p><p>{story} Zwei.</p>\
             <h2>{related}</h2><h3><a href=\"/a\">Neue Buslinie im Norden</a></h3>\
             <p>Die neue Linie fährt ab Montag alle zehn Minuten.</p>\
             <h2>Fazit</h2><p>{story} Drei.</p>\
             <h4>{author}</h4><p>Jana Muster schreibt seit Jahren über Verkehr und Stadt.</p>\
             </article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["Eins.", "Zwei.", "Drei."]);
        assert_drops(&x.body, &[related, "zehn Minuten", author, "seit Jahren"]);
    }
}

#[test]
fn a_section_name_closes_only_as_whole_words() {
    // "Sobre o autor" closes a story's tail; "Sobre o autoritarismo" and "About the authority"
    // are sections of the story.
    for heading in [
        "Sobre o autoritarismo no Brasil",
        "About the authority's budget",
    ] {
        let html = format!(
            "<html><head><title>Budget</title></head><body><article>\
             <p>{PARA} One.</p><p>{PARA} Two.</p>\
             <h2>{heading}</h2><p>{PARA} Three.</p></article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &[heading, "Three."]);
    }
}

#[test]
fn a_link_list_under_a_short_label_of_the_author_is_kept_under_a_chrome_label_not() {
    let links = |w: &str| -> String {
        (0..3)
            .map(|i| format!("<li><a href=\"/{w}{i}\">How to plant a garden {w} {i}</a></li>"))
            .collect()
    };
    let html = format!(
        "<html><head><title>Gardens</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>See also:</p><ul>{}</ul>\
         <p>{PARA} Three.</p><p>Related posts:</p><ul>{}</ul><p>{PARA} Four.</p>\
         </article></body></html>",
        links("mine"),
        links("chrome")
    );
    let x = run(&html);
    assert!(x.body.contains("garden mine 2"), "{}", x.body);
    assert!(!x.body.contains("garden chrome"), "{}", x.body);
}

#[test]
fn a_big_aside_next_to_a_story_goes_a_main_text_in_an_aside_stays() {
    let feed: String = (0..24)
        .map(|i| format!("<li><p>Live item {i} of the newsroom feed, with a line of news about the world today and what it means.</p></li>"))
        .collect();
    let story: String = (0..8)
        .map(|i| format!("<p>{PARA} Part {i}, told at length.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Quake</title></head><body><div id=\"content\">\
         <article>{story}</article><aside id=\"live\"><ul>{feed}</ul></aside></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Part 7, told"), "{}", x.body);
    assert!(!x.body.contains("Live item"), "{}", x.body);

    let html = format!(
        "<html><head><title>Notes</title></head><body><div id=\"content\"><p>Short intro line.</p>\
         <aside><p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p></aside></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Three."), "{}", x.body);
}

#[test]
fn sections_named_after_the_table_of_contents_stay_its_box_of_links_goes() {
    let toc: String = (0..4)
        .map(|i| format!("<li><a href=\"#toc_{i}\">Chapter heading number {i}</a></li>"))
        .collect();
    let sections: String = (0..4)
        .map(|i| {
            format!("<div id=\"toc_{i}\"><h2>Chapter {i}</h2><p>{PARA} Chapter {i} text.</p></div>")
        })
        .collect();
    let html = format!(
        "<html><head><title>Forming a company</title></head><body><article>\
         <p>{PARA} Intro.</p><div class=\"toc\"><p>Jump to</p><ul>{toc}</ul></div>{sections}\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Chapter 3 text."), "{}", x.body);
    assert!(!x.body.contains("Chapter heading number"), "{}", x.body);
}

#[test]
fn a_linked_sentence_between_story_paragraphs_is_kept_a_lone_link_line_is_not() {
    let html = format!(
        "<html><head><title>Insurers</title></head><body><article>\
         <p>{PARA} One.</p>\
         <p>You can take <a href=\"/r\">a closer look at this insurer and its plans in our full rating and review</a>.</p>\
         <p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <p><a href=\"/x\">See all of the insurance ratings of the site</a></p></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("full rating and review."), "{}", x.body);
    assert!(!x.body.contains("See all of the insurance"), "{}", x.body);
}

#[test]
fn a_page_of_teaser_items_keeps_them_though_their_class_names_teasers() {
    let mut items = String::new();
    for i in 0..10 {
        items.push_str(&format!(
            "<li class='teaserItem item-{i}'><div class=teaser__body><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3>\
             <p class=teaser-summary>Short summary {i} of the story, one sentence long.</p></div></li>"
        ));
    }
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>\
         <main><h1>Car rental</h1><ul class=teaserList>{items}</ul></main>\
         <aside class=sidebar><div class=teaser-promo><p>Download our app and get the news faster every day.</p></div></aside>\
         <footer><p>Copyright 2026 Example.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/topic/car-rental").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "Story number 0 headline",
            "Story number 9",
            "Short summary 4",
        ],
    );
    assert_drops(&x.body, &["Home", "Download our app", "Copyright"]);
}

#[test]
fn a_thread_of_posts_named_comments_is_the_page() {
    let mut posts = String::new();
    for i in 0..6 {
        posts.push_str(&format!(
            "<article class='cPost ipsComment' id=elComment_{i}><aside class=author><a href=/u/{i}>user{i}</a></aside>\
             <div class=ipsComment_content><p>{PARA} Reply {i}.</p></div></article>"
        ));
    }
    let html = format!(
        "<html><body><nav><a href=/>Forums</a> <a href=/new>New</a></nav><main><h1>Which telescope first?</h1>\
         <div id=comments>{posts}</div></main><footer><p>Powered by a forum engine.</p></footer></body></html>"
    );
    let url =
        url::Url::parse("https://forum.example.com/topic/123-which-telescope-first/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert!(
        x.body.contains("Reply 0.") && x.body.contains("Reply 5."),
        "{}",
        x.body
    );
    assert!(!x.body.contains("Powered by"), "{}", x.body);
}

#[test]
fn copies_of_a_menu_stay_a_menu_on_a_listing() {
    let langs: String = (0..60)
        .map(|i| format!("<a href=/l/{i}>Language {i}</a> "))
        .collect();
    let mut items = String::new();
    for i in 0..8 {
        items.push_str(&format!(
            "<article><h2><a href=/r/{i}>owner / repository-{i}</a></h2><p>A tool that does useful thing number {i} for people.</p></article>"
        ));
    }
    let html = format!(
        "<html><body><main><h1>Trending</h1><div class=filters><div class=select-menu>{langs}</div>\
         <div class=select-menu>{langs}</div></div><div class=list>{items}</div></main></body></html>"
    );
    let url = url::Url::parse("https://code.example.com/trending").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert!(x.body.contains("useful thing number 7"), "{}", x.body);
    assert!(!x.body.contains("Language 3"), "{}", x.body);
}

#[test]
fn a_product_page_keeps_its_description_not_its_reviews() {
    let reviews: String = (0..8)
        .map(|i| {
            format!(
                "<div class=review-item><h4>Great desk {i}</h4><p>I bought this desk for my home office and it has been sturdy and quiet for months, number {i}.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Desk\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"10\"}}}}</script></head><body>\
         <main><h1>Standing desk</h1><p>$129.00</p><button>Add to cart</button>\
         <div class=product-description><p>{PARA}</p><ul><li>Height: adjustable from 70 to 120 cm</li><li>Top: solid oak, oiled by hand.</li></ul></div>\
         <section id=product-reviews><h3>Customer reviews</h3>{reviews}</section></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/standing-desk").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert!(
        x.body.contains("Officials from the city council"),
        "{}",
        x.body
    );
    assert!(x.body.contains("Top: solid oak, oiled"), "{}", x.body);
    assert!(!x.body.contains("sturdy and quiet"), "{}", x.body);
}

#[test]
fn summaries_repeated_in_a_hubs_teasers_are_kept_whatever_their_class() {
    let mut items = String::new();
    for i in 0..6 {
        items.push_str(&format!(
            "<article class=item><h2><a href=/s/{i}>Story number {i} headline goes here</a></h2>\
             <p class=teaser>Summary {i}: what the story says in one line.</p>\
             <div class=item-info>{PARA}</div></article>"
        ));
    }
    let html = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/science>Science</a></nav>\
         <main><h1>Science</h1><section>{items}</section></main>\
         <footer><p>Copyright 2026 Example.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/sections/science/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    assert_keeps(
        &x.body,
        &[
            "Story number 5 headline",
            "Summary 0: what",
            "Summary 5: what",
        ],
    );
    assert!(!x.body.contains("Copyright"), "{}", x.body);
}

#[test]
fn a_trending_box_between_a_hubs_sections_does_not_split_them() {
    let teasers = |name: &str, n: usize| -> String {
        (0..n)
            .map(|i| {
                format!(
                    "<li><h3><a href=/{name}/{i}>{name} story {i} with a headline of some length</a></h3><p>What happened on day {i}, in one sentence.</p></li>"
                )
            })
            .collect()
    };
    let trending: String = (0..8)
        .map(|i| format!("<p>Trending item number {i}, a short line about another story.</p>"))
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a> <a href=/news>News</a> <a href=/talks>Talks</a></nav></header>\
         <main><section><h2>News</h2><ul>{}</ul><div class=popular-box>{trending}</div></section>\
         <section><h2>Articles</h2><ul>{}</ul></section></main>\
         <footer><p>Copyright 2026 Example.</p></footer></body></html>",
        teasers("News", 6),
        teasers("Articles", 4)
    );
    let url = url::Url::parse("https://www.example.com/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(&x.body, &["News story 0 with", "Articles story 3 with"]);
    assert_drops(&x.body, &["Trending item", "Copyright"]);
}

#[test]
fn a_landing_pages_sibling_sections_are_read_together() {
    let section = |title: &str, n: usize| -> String {
        let items: String = (0..n)
            .map(|i| format!("<li><h3>{title} feature {i}</h3><p>What the {title} feature {i} does for a small team, said plainly.</p></li>"))
            .collect();
        format!("<section class=band><div class=container><h2>{title}</h2><ul>{items}</ul></div></section>")
    };
    let menu: String = (0..30)
        .map(|i| format!("<a href=/m/{i}>Menu entry number {i}</a> "))
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/pricing>Pricing</a> {menu}</nav></header>\
         {}{}{}\
         <footer><ul><li><a href=/about>About us</a></li><li><a href=/jobs>Jobs</a></li></ul></footer></body></html>",
        section("Contacts", 4),
        section("Pipeline", 5),
        section("Email", 3)
    );
    let url = url::Url::parse("https://crm.example.com/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "Contacts feature 0 does",
            "Pipeline feature 4 does",
            "Email feature 2 does",
        ],
    );
    assert_drops(&x.body, &["Pricing", "About us"]);
}

/// A landing page's short sections (an intro, the steps) stand beside a long FAQ: each is worth
/// little next to it, but their plain text is the page's as much as the FAQ is.
#[test]
fn a_landing_pages_short_prose_sections_join_its_long_one() {
    let faq: String = (0..12)
        .map(|i| format!("<div class=qa><h3>Question {i} about tutoring?</h3><p>Answer {i}: sessions are booked online, held by video and planned around what the student needs next.</p></div>"))
        .collect();
    let menu: String = (0..30)
        .map(|i| format!("<a href=/m/{i}>Menu entry number {i}</a> "))
        .collect();
    let html = format!(
        "<html><body><header><nav>{menu}</nav></header><div class=content>\
         <div class=row><h1>Online tutors who make it simple</h1><p>Many students find the subject hard at some point. \
         A tutor who knows the course explains each idea again, at the student's own pace, until it holds, \
         and shows how to practise it between lessons, so that the next test feels like one more lesson.</p></div>\
         <div class=row><h2>How it works</h2><p>Pick a tutor, book a time that suits the family, and meet online \
         from home: the first lesson sets the plan for the weeks after, and each later lesson starts \
         from the homework the student brings along. Parents see a short note after every lesson.</p></div>\
         <div class=row><h2>Questions</h2>{faq}</div><aside>{menu}</aside></div>\
         <footer><a href=/about>About us</a> <a href=/jobs>Jobs</a></footer></body></html>"
    );
    let url = url::Url::parse("https://tutoring.example.com/tutors/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "A tutor who knows the course",
            "Pick a tutor, book a time",
            "Answer 11: sessions",
        ],
    );
    assert_drops(&x.body, &["Menu entry", "About us"]);
}

/// A landing page at a service's root: a menu, `hero` (its band with the `<h1>`), two long
/// feature sections with `middle` between them, and a footer.
fn sectioned_landing_page(hero: &str, middle: &str) -> crate::Extraction {
    let features = |name: &str| -> String {
        let items: String = (0..4)
            .map(|i| format!("<div class=item><h3>{name} tool {i}</h3><p>The {name} tool {i} keeps every deal, call and note in one place, so the team always knows the next step.</p></div>"))
            .collect();
        format!("<section class=band><h2>{name} tools</h2>{items}</section>")
    };
    let menu: String = (0..30)
        .map(|i| format!("<a href=/m/{i}>Menu entry number {i}</a> "))
        .collect();
    let html = format!(
        "<html><body><header><nav>{menu}</nav></header>{hero}{}{middle}{}\
         <footer><a href=/about>About us</a> <a href=/jobs>Jobs</a></footer></body></html>",
        features("Pipeline"),
        features("Contact")
    );
    let url = url::Url::parse("https://crm.example.com/").unwrap();
    extract(html.as_bytes(), &url, None)
}

/// A landing page's hero band (its `<h1>` over a tagline and a call to act) stands before the
/// sections the region joins: too short to join on its worth, it is the page's opening all the
/// same.
#[test]
fn a_landing_pages_hero_joins_its_sections() {
    let x = sectioned_landing_page(
        "<section class=hero><h1>A simple sales tool</h1><p>Set up in four minutes.</p>\
         <p>Used by small firms in 80 lands.</p></section>",
        "",
    );
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &[
            "Set up in four minutes.",
            "Used by small firms",
            "Contact tool 3 keeps",
        ],
    );
    assert_drops(&x.body, &["Menu entry", "About us"]);
}

/// A short section between two joined ones (a heading over a one-line call) is part of the run
/// of a landing page's sections, though too short to join on its own worth.
#[test]
fn a_landing_pages_short_section_between_joined_ones_is_kept() {
    let x = sectioned_landing_page(
        "",
        "<section class=band><h2>Grow from one app</h2><p>All your sales in one view.</p></section>",
    );
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &[
            "Grow from one app",
            "All your sales in one view.",
            "Pipeline tool 0 keeps",
            "Contact tool 3 keeps",
        ],
    );
    assert_drops(&x.body, &["Menu entry", "About us"]);
}

#[test]
fn a_shop_page_of_many_prices_is_a_catalogue() {
    let shop = |cards: usize, path: &str| -> crate::Extraction {
        let items: String = (0..cards)
            .map(|i| {
                format!(
                    "<div class=card><h3><a href=/p/{i}>Trail shoe model {i}</a></h3><span>${}.99</span><a href=/cart>Add to cart</a></div>",
                    50 + i
                )
            })
            .collect();
        let html = format!(
            "<html><body><main><h1>Trail shoes</h1><div class=grid>{items}</div><p>{PARA}</p></main></body></html>"
        );
        let url = url::Url::parse(&format!("https://shop.example.com/{path}")).unwrap();
        extract(html.as_bytes(), &url, None)
    };
    assert_eq!(shop(1, "products/trail-shoe").page_kind, PageKind::Product);
    assert_eq!(shop(12, "trail-shoes").page_kind, PageKind::Listing);
}

#[test]
fn a_threads_user_cards_and_bare_counts_are_dropped() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=message><div class=user-card><a href=/u/{i}>user{i}</a><dl><dt>Posts: {}</dt><dt>Joined Mar 2019</dt><dt>Reaction score</dt><dd>5{i}</dd></dl></div>\
                 <div class=message-body><p>{PARA} Reply {i}.</p></div><div class=votes>{i}2</div></div>",
                100 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert!(
        x.body.contains("user3") && x.body.contains("Reply 4."),
        "{}",
        x.body
    );
    for card in ["Posts:", "Joined", "Reaction score", "\n\n52\n", "\n\n42\n"] {
        assert!(!x.body.contains(card), "{card:?} leaked into {}", x.body);
    }
}

#[test]
fn user_card_lines_are_told_from_posts() {
    for line in [
        "12",
        "1,204",
        "#3",
        "Posts: 1,204",
        "Joined Mar 2019",
        "Reaction score",
        "- Location: Oslo",
    ] {
        assert!(super::is_user_card_line(line), "{line:?}");
    }
    for line in [
        "Posts from the last meeting were lost",
        "Thanks, that fixed it",
        "user42",
    ] {
        assert!(!super::is_user_card_line(line), "{line:?}");
    }
}

#[test]
fn edit_stamps_are_told_from_change_lists() {
    for line in [
        "Last updated on September 16th, 2023 at 09:27 am",
        "last updated 2026-03-05 utc.",
        "last updated",
        "edited august 26 by joe root",
        "modified 7 months ago",
        "last edited by lowjhg; feb 17, 2026 at 9:17 am",
    ] {
        assert!(super::is_edit_stamp(&line.to_lowercase()), "{line:?}");
    }
    for line in [
        "updated apu to 6 nm for better efficiency",
        "updated for 2024",
        "updated carrying case",
        "edited for a typo.",
    ] {
        assert!(!super::is_edit_stamp(line), "{line:?}");
    }
}

#[test]
fn reply_subjects_repeat_the_thread_title() {
    let title = crate::meta::text::key("Turning off all LED of RPi 5 - Raspberry Pi Forums");
    assert!(super::is_reply_subject(
        "Re: Turning off all LED of RPi 5",
        &title
    ));
    assert!(super::is_reply_subject("RE: turning off all LED", &title));
    assert!(!super::is_reply_subject("Re: In case you think", &title));
    assert!(!super::is_reply_subject("Re: Turn", &title));
    assert!(super::is_reply_subject(
        "Turning off all LED of RPi 5",
        &title
    ));
    assert!(!super::is_reply_subject(
        "Thanks, that fixed the LED",
        &title
    ));
}

#[test]
fn media_player_controls_and_widget_roles_are_chrome() {
    let html = format!(
        "<html><body><article><h1>Hotel secrets</h1><p>{PARA} One.</p>\
         <div class='video-js vjs-default-skin'><div class=vjs-control-bar role=group>\
         <div class='vjs-play-control' role=button><span class=vjs-control-text>Play</span></div>\
         <div class=vjs-progress-holder><span class=vjs-control-text><span>Loaded</span>: 0%</span></div></div></div>\
         <div class=player-ui role=toolbar><span>Fullscreen mode and volume settings</span></div>\
         <div class=rating role=slider><span>Rate this story from one to five</span></div>\
         <p>{PARA} Two.</p><p>{PARA} Three.</p></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Two."), "{}", x.body);
    for chrome in ["Loaded", "Play", "Fullscreen", "Rate this story"] {
        assert!(!x.body.contains(chrome), "{chrome}: {}", x.body);
    }
}

#[test]
fn a_player_named_in_its_class_is_chrome() {
    // A video player without ARIA roles: its quality and caption menus and its error message
    // are controls, named a `player` (`ym-player`, `player-maestro`) in class or id.
    let html = format!(
        "<html><body><article><h1>Flag photo</h1>\
         <div class=vp-wrap><div id=ym-player><div class=settings-menu>\
         <div>Auto</div><div>High (HD)</div><div>Medium</div><div>Low</div>\
         <div>Captions will look like this</div><div>Video Not Available</div>\
         <div>Unfortunately, this video is not available in your region.</div></div></div>\
         <div class='player-maestro'><span>Now watching</span><p>Next video starts in : 7</p></div></div>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["One.", "Two.", "Three."]);
    assert_drops(
        &x.body,
        &[
            "High (HD)",
            "Captions will look",
            "not available in your region",
            "Now watching",
        ],
    );
}

#[test]
fn a_big_gallery_embedded_in_a_story_goes_its_lead_gallery_stays() {
    // A widget of 20 captioned photos, embedded after the story's first paragraphs, holds more
    // text than the story: it is no part of it. The same gallery above the story is its lead
    // pictures, and stays.
    let gallery: String = (0..20)
        .map(|i| {
            format!(
                "<li><h2><span class=counter>{}/20</span> Photo caption title {i}</h2>\
                 <p>Slide {i}: a company announced its yearly results on Monday, with sales \
                 up and profits down, as analysts expected, and its shares rose.</p></li>",
                i + 1
            )
        })
        .collect();
    let gallery = format!(
        "<div class='widget type-gallery'><div class=full-gallery><ul class=legends>{gallery}</ul></div></div>"
    );
    let story: String = (0..4).map(|i| format!("<p>{PARA} Part {i}.</p>")).collect();
    let embedded = format!(
        "<html><body><article><h1>Hotel secrets</h1><div class=text-wrapper>{story}{gallery}\
         {story}</div></article></body></html>"
    );
    let x = run(&embedded);
    assert_keeps(&x.body, &["Part 0.", "Part 2."]);
    assert_drops(&x.body, &["Slide 3:", "Photo caption title 7"]);
    let lead = format!(
        "<html><body><article><h1>Hotel secrets</h1><div class=text-wrapper>{gallery}{story}\
         {story}</div></article></body></html>"
    );
    let x = run(&lead);
    assert_keeps(&x.body, &["Part 0.", "Slide 3:"]);
}

#[test]
fn a_charts_labels_are_no_prose() {
    // A news graphic drawn with ai2html: its artboards (one per screen size) place the chart's
    // title, axis and value labels as absolutely positioned paragraphs.
    let artboard = "<div class=g-artboard><div class='g-Layer_1 g-aiAbs'>\
         <p class=g-pstyle1>Public debt as a share of gross domestic product</p><p>100%</p>\
         <p>PROJECTED</p><p>Interest payments on the national debt, in billions</p></div></div>";
    let html = format!(
        "<html><body><article><h1>Debt</h1><p>{PARA} One.</p>\
         <section class=interactive-embedded><div id=g-debt-box class='ai2html ai2html-box-v5'>\
         {artboard}{artboard}</div></section>\
         <p>{PARA} Two.</p><p>{PARA} Three.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["One.", "Two.", "Three."]);
    assert_drops(
        &x.body,
        &["Public debt as a share", "PROJECTED", "Interest payments"],
    );
}

#[test]
fn an_undated_stream_of_long_excerpts_does_not_widen_the_story() {
    // Under the story, in a sibling box, a stream of other stories: each a linked title over
    // an excerpt of a paragraph's length, with no dates. The excerpts are no paragraphs of the
    // story, and the region stays on it.
    let story: String = (0..4)
        .map(|i| format!("<p>{PARA} {PARA} Paragraph {i}.</p>"))
        .collect();
    let stream: String = (0..8)
        .map(|i| {
            format!(
                "<li class=stream-item><h3><a href=/s{i}>Another headline of the day, number {i}</a></h3>\
                 <p>Excerpt {i} of another story: a famous actor, best known for a long-running \
                 sitcom of the eighties, died on Tuesday at the age of 69, his publicist said in \
                 a statement, and tributes from former castmates, friends and fans around the \
                 country poured in through the evening.</p><div>Morning Show</div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><div id=main><section class=story><h1>Council meets</h1>\
         <div class=body>{story}</div></section>\
         <div class=remote><ul id=stream>{stream}</ul></div></div></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Paragraph 0.", "Paragraph 3."]);
    assert_drops(&x.body, &["Excerpt 2 of another story", "Another headline"]);
}

#[test]
fn shop_items_tagged_by_their_taxonomy_are_the_catalogue() {
    // WooCommerce names each item's tags and categories in its class (`product_tag-...`): the
    // `tag` in them is the item's, not a tag list's, and the items still form one list.
    let tags = ["gifts", "travel", "kitchen", "outdoor", "office"];
    let items: String = (0..10)
        .map(|i| {
            format!(
                "<li class='product type-product post-{i} product_tag-{} product_cat-cups instock'>\
                 <a href=/p/{i}><h2>Travel cup model {i}</h2></a><div class=price>${}.95</div>\
                 <p>A light cup that keeps coffee hot on the road.</p></li>",
                tags[i % tags.len()],
                20 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header>\
         <main><h1>Shop</h1><ul class=products>{items}</ul></main>\
         <footer><p>Copyright 2026 Example Cups.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://cups.example.com/shop/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &["Travel cup model 0", "Travel cup model 9", "$25.95"],
    );
    assert!(!x.body.contains("Copyright"), "{}", x.body);
}

#[test]
fn a_listings_cards_keep_their_own_headers() {
    // Each teaser is an `<article>` whose title and dateline sit in its `<header>`: the card's
    // header, not the page's banner.
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<article class=item><header><h2><a href=/s/{i}>Story number {i} headline goes here</a></h2>\
                 <div><a href=/a/{i}>Writer {i}</a> 1 month ago</div></header>\
                 <p>Short teaser {i} for the story.</p></article>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a> <a href=/news>News</a> <a href=/reviews>Reviews</a></nav></header>\
         <main><h1>Headphones</h1><section>{items}</section></main>\
         <footer><p>Copyright 2026 Example.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/topic/headphones").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "Story number 0 headline",
            "Story number 11 headline",
            "Short teaser 5",
        ],
    );
    assert_drops(&x.body, &["Home", "Copyright"]);
}

#[test]
fn a_shops_long_reviews_do_not_make_it_a_story() {
    // The strict region joins the short description to six long reviews: a story by its long
    // paragraphs, but without the reviews (which a shop page drops) it is not one, and the
    // description is read as on any product page.
    let reviews: String = (0..6)
        .map(|i| format!("<div class=review><p>{PARA} {PARA} Review {i}.</p></div>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Trail shoe\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"120\"}}}}</script></head>\
         <body><main><h1>Trail shoe</h1><div class=buy><span>$120.00</span> <span>In stock</span></div>\
         <div class=details><div class=description><p>A light trail shoe with a grippy sole, made for long runs on rough ground.</p>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p><p>Weight: 280 g, drop: 6 mm.</p></div>\
         <div class=product-reviews><h2>Reviews</h2>{reviews}</div></div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/trail-shoe").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert!(x.body.contains("grippy sole"), "{}", x.body);
    assert!(x.body.contains("drop: 6 mm"), "{}", x.body);
    assert!(!x.body.contains("Review 3."), "{}", x.body);
}

#[test]
fn a_shops_long_description_keeps_its_reviews_out() {
    // The description alone is a story of long paragraphs, so the strict region (the whole
    // column, reviews included) stands; read with a shop page's filters it loses the reviews.
    let paragraphs: String = (0..6)
        .map(|i| format!("<p>{PARA} Description part {i}.</p>"))
        .collect();
    let reviews: String = (0..6)
        .map(|i| format!("<div class=review-card><p>{PARA} {PARA} Buyer note {i}.</p></div>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Oak desk\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"300\"}}}}</script></head>\
         <body><main><h1>Oak desk</h1><div class=buy><span>$300.00</span></div>\
         <div class=description>{paragraphs}</div>\
         <div class=product-reviews><h2>Reviews</h2>{reviews}</div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/oak-desk").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert!(x.body.contains("Description part 5."), "{}", x.body);
    assert!(!x.body.contains("Buyer note"), "{}", x.body);
}

#[test]
fn a_shops_buy_box_beside_its_description_is_dropped() {
    // The description is the page's prose and most of its column; the box beside it holds the
    // price, the options and the delivery and payment notes of the checkout, not the product's
    // text.
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Linen shirt\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"60\"}}}}</script></head>\
         <body><main><div class=buy><h1>Linen shirt</h1><p>$60.00</p>\
         <ul class=sizes><li>Small</li><li>Medium</li><li>Large</li></ul>\
         <p>Free delivery on orders over $50, returns within 30 days.</p>\
         <p>Pay in four interest-free instalments at checkout.</p></div>\
         <div class=description><p>{PARA} A loose shirt of washed linen, cut long.</p>\
         <p>{PARA} Mother-of-pearl buttons, sewn by hand.</p>\
         <p>{PARA} Machine wash cold, hang to dry.</p></div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/linen-shirt").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(
        &x.body,
        &["washed linen", "Mother-of-pearl buttons", "hang to dry."],
    );
    assert_drops(&x.body, &["Free delivery", "interest-free"]);
}

#[test]
fn a_shops_fine_print_is_not_its_description() {
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Phone\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"900\"}}}}</script></head>\
         <body><main><h1>Phone</h1><div class=buy><span>$900.00</span></div>\
         <div class=description><p>{PARA} A bright screen.</p><p>{PARA} A long battery life.</p></div>\
         <div class=product-disclaimer><p>Battery life measured under lab conditions; actual results may vary with settings, usage and other factors.</p></div>\
         <div class=legal><p>Trademarks are the property of their respective owners and used with permission.</p></div>\
         </main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/phone").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["A bright screen.", "A long battery life."]);
    assert_drops(&x.body, &["lab conditions", "Trademarks"]);
}

#[test]
fn a_shops_brand_story_beside_the_product_does_not_replace_it() {
    // A brand's story of long paragraphs stands beside the product's column: the strict
    // region by its prose, but a shop page tells no story, and its text is the product's
    // name, price and specifications.
    let story: String = (0..6)
        .map(|i| format!("<p>{PARA} Brand chapter {i}.</p>"))
        .collect();
    let links: String = (0..100)
        .map(|i| format!("<li><a href=/help/{i}>Help topic number {i}</a></li>"))
        .collect();
    let specs: String = (0..300)
        .map(|i| format!("<tr><td>Feature {i}</td><td>Value {i} mm</td></tr>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Camp stove\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"80\"}}}}</script></head>\
         <body><div class=page><div class=product><h1>Camp stove</h1><div class=buy><span>$80.00</span> <span>In stock</span></div>\
         <table class=specs>{specs}</table></div></div>\
         <div class=about><h2>Our story</h2>{story}</div><footer><ul>{links}</ul></footer></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/camp-stove").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["$80.00", "Feature 3", "Value 42 mm"]);
}

#[test]
fn a_shops_policy_dialog_is_not_its_text() {
    // The footer holds the store's privacy policy in a dialog: long prose, a story by its
    // paragraphs, but shown on top of the page only when asked for.
    let policy: String = (0..8)
        .map(|i| format!("<p>{PARA} Policy clause {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Wool runner\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"110\"}}}}</script></head>\
         <body><main><h1>Wool runner</h1><div class=buy><span>$110</span></div>\
         <div class=details><p>A true original, our runner combines soft merino wool with cloud-like comfort.</p>\
         <p>Machine washable: remove the insoles and laces first.</p></div></main>\
         <footer><p>Help</p><div class=legal><div id=policy role=dialog><h2>Privacy policy</h2>{policy}</div></div></footer></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/wool-runner").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert!(x.body.contains("soft merino wool"), "{}", x.body);
    assert!(!x.body.contains("Policy clause 3."), "{}", x.body);
}

#[test]
fn a_product_pages_size_picker_numbers_are_dropped_its_price_kept() {
    let sizes: String = (7..15).map(|n| format!("<li>{n}</li>")).collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Wool runner\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"110\"}}}}</script></head>\
         <body><main><h1>Wool runner</h1><div class=buy><p>$110.00</p><ul class=sizes>{sizes}</ul></div>\
         <div class=details><p>A true original, our runner combines soft merino wool with cloud-like comfort.</p>\
         <p>Sizes 7 to 14.</p><p>Machine washable: remove the insoles and laces first.</p></div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/wool-runner").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["soft merino wool", "$110.00", "Sizes 7 to 14."]);
    assert_drops(&x.body, &["- 9\n", "- 12\n"]);
}

#[test]
fn a_shops_footer_is_dropped_however_long() {
    // The store's testimonials and fine print fill the footer: more text than the product's
    // short description, but page furniture all the same.
    let said: String = (0..5)
        .map(|i| format!("<p>{PARA} Happy customer {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Hemp dress\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"150\"}}}}</script></head>\
         <body><main><h1>Hemp dress</h1><p>$150.00</p>\
         <div class=details><p>A loose summer dress woven from rust-dyed hemp, cut to the knee.</p>\
         <p>Hand wash cold and dry flat in the shade.</p></div></main>\
         <footer><h3>What our clients say</h3>{said}<p>Fine print: prices include taxes.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/hemp-dress").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["rust-dyed hemp", "Hand wash cold"]);
    assert_drops(&x.body, &["Happy customer 3.", "Fine print"]);
}

#[test]
fn a_product_pages_mega_menu_header_is_dropped() {
    // The page header's menu describes its departments in sentences: more text than the
    // product's description, but page furniture.
    let menu: String = (0..3)
        .map(|i| format!("<div class=dept><p>{PARA} Department {i}.</p></div>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Hemp dress\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"150\"}}}}</script></head>\
         <body><header>{menu}</header><main><h1>Hemp dress</h1><p>$150.00</p>\
         <div class=details><p>A loose summer dress woven from rust-dyed hemp, cut to the knee.</p>\
         <p>Hand wash cold and dry flat in the shade.</p></div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/hemp-dress").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["rust-dyed hemp", "Hand wash cold"]);
    assert_drops(&x.body, &["Department 2."]);
}

#[test]
fn a_threads_signatures_are_dropped() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=author><a href=/u/{i}>user{i}</a></div>\
                 <div class=content><p>{PARA} Reply {i}.</p></div>\
                 <div class=signature>Proud owner of three telescopes and a very patient partner, since {}.</div></div>",
                2000 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert!(
        x.body.contains("Reply 0.") && x.body.contains("Reply 4."),
        "{}",
        x.body
    );
    assert!(!x.body.contains("Proud owner"), "{}", x.body);
}

/// A thread's posts carry user cards: each poster's own title and location, named as the
/// card's parts (`message-userTitle`, `message-userExtras`), go; the posts stay.
#[test]
fn a_threads_user_titles_and_extras_are_dropped() {
    let titles = [
        "Keeper of Lenses",
        "Night Owl Deluxe",
        "Comet Chaser",
        "Dusk Watcher",
        "Star Hoarder",
    ];
    let places = ["Lisbon", "Oslo", "Quito", "Perth", "Tromso"];
    let posts: String = titles
        .iter()
        .zip(places)
        .enumerate()
        .map(|(i, (title, place))| {
            format!(
                "<article class=message><div class=message-user><h4 class=message-name><a href=/u/{i}>user{i}</a></h4>\
                 <h5 class=\"userTitle message-userTitle\">{title}</h5>\
                 <div class=message-userExtras><dl><dt>Location</dt><dd>{place}</dd></dl></div></div>\
                 <div class=message-content><p>{PARA} Reply {i}.</p></div></article>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(&x.body, &["Keeper of Lenses", "Comet Chaser", "Quito"]);
}

/// A bulletin board's bar of section links (`p-navEl`: "New posts", "Search forums") above a
/// thread is navigation, not the thread's start.
#[test]
fn a_boards_nav_elements_are_navigation() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<article class=message><div class=message-user><a href=/u/{i}>user{i}</a></div>\
                 <div class=message-content><p>{PARA} Reply {i}.</p></div></article>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><div class=p-body><div class=p-sectionLinks><ul>\
         <li><div class=p-navEl><a class=p-navEl-link href=/whats-new/posts/>New posts</a></div></li>\
         <li><div class=p-navEl><a class=p-navEl-link href=/search/>Search forums</a></div></li></ul></div>\
         <h1>Which telescope first?</h1><div class=thread>{posts}</div></div></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(&x.body, &["New posts", "Search forums"]);
}

/// Under a thread, a board lists its other topics ("More Topics from this Board") and who is
/// online: those sections close the thread.
#[test]
fn a_boards_other_topics_close_the_thread() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=msg><div class=who><a href=/u/{i}>user{i}</a></div>\
                 <div class=msg-body><p>{PARA} Reply {i}.</p></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1>{posts}\
         <h2>More Topics from this Board</h2><ul>\
         <li><a href=/t/1>Best eyepieces for viewing Saturn on a budget</a> Gear</li>\
         <li><a href=/t/2>Dark sky parks worth a weekend trip this autumn</a> Travel</li>\
         <li><a href=/t/3>Cleaning a dusty mirror without scratching the coating</a> Gear</li></ul>\
         <h2>Who is online</h2><p>Users browsing this forum: stargazer, nightowl</p></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(
        &x.body,
        &["Best eyepieces", "Dark sky parks", "Users browsing"],
    );
}

/// A thread's users without a picture get their name's first letter as a stand-in avatar,
/// drawn as text: a line of one letter is no part of a post.
#[test]
fn a_threads_letter_avatars_are_dropped() {
    let names = ["Quill", "Vesper", "Kestrel", "Zephyr", "Xander"];
    let posts: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let letter = &name[..1];
            format!(
                "<div class=msg><div class=who><div class=pic>{letter}</div><a href=/u/{i}>{name}</a></div>\
                 <div class=msg-body><p>{PARA} Reply {i}.</p></div></div>"
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4.", "Kestrel"]);
    assert!(
        !x.body.lines().any(|l| l.trim() == "K" || l.trim() == "Z"),
        "{}",
        x.body
    );
}

/// A thread whose posts carry long signatures, in a wrapper that also holds the board's
/// breadcrumbs: the strict region (the wrapper, a story of long blocks) keeps the signatures,
/// and the inclusive region (the posts) does not hold it. The thread's own filters still apply
/// to the strict region, though they leave less text.
#[test]
fn a_threads_signatures_are_dropped_when_its_region_reads_as_a_story() {
    let sig = "Proud owner of three telescopes, two mounts and a very patient partner who has heard every story of every night under the stars since";
    let posts: String = (0..6)
        .map(|i| {
            format!(
                "<div class=\"post bg{}\"><div class=inner><dl class=postprofile><dt><a href=/u/{i}>user{i}</a></dt>\
                 <dd>Senator</dd><dd><strong>Posts:</strong> {i}0</dd></dl><div class=postbody>\
                 <h3><a href=#p{i}>Re: Which telescope first?</a></h3><p class=author>by <a href=/u/{i}>user{i}</a> on Tue Aug 27, 2019</p>\
                 <div class=content>{PARA} Reply {i}.<br><br>{PARA}</div>\
                 <div class=signature>{sig} {}.</div></div></div></div>",
                i % 2 + 1,
                2000 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><div id=wrap><div id=page-header><div class=navbar><a href=/>Board index</a> &lsaquo; \
         <a href=/f/2>Astronomy</a></div></div><div id=page-body>\
         <h2><a href=/t/123>Which telescope first?</a></h2><div class=topic-actions><a href=/post>Post a reply</a></div>\
         {posts}</div></div></body></html>"
    );
    let url = url::Url::parse("https://forum.example.com/viewtopic.php?f=2&t=123").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 5."]);
    assert_drops(&x.body, &["Proud owner"]);
}

/// A board prints under an edited post who edited it, when and how often ("Last edited by
/// user1 on Tue Aug 27, 2019 10:03 pm, edited 1 time in total."): its line, too long for an
/// edit stamp, is dropped; a post that says "last edited" in its own words keeps them.
#[test]
fn a_boards_edit_tally_under_a_post_is_dropped() {
    let posts: String = (0..6)
        .map(|i| {
            format!(
                "<div class=\"post bg{}\"><div class=inner><dl class=postprofile><dt><a href=/u/{i}>user{i}</a></dt></dl>\
                 <div class=postbody><h3><a href=#p{i}>Re: Which telescope first?</a></h3>\
                 <p class=author>by <a href=/u/{i}>user{i}</a> on Tue Aug 27, 2019</p>\
                 <div class=content>{PARA} Reply {i}.</div>\
                 <div class=notice>Last edited by <a href=/u/{i}>user{i}</a> on Tue Aug 27, 2019 10:0{i} pm, edited {} times in total.</div>\
                 </div></div></div>",
                i % 2 + 1,
                i + 2
            )
        })
        .collect();
    let own = "<div class=post><div class=postbody><div class=content><p>I last edited by hand the config file, \
               and the mount edited its pointing model 3 times in total without asking.</p></div></div></div>";
    let html = format!(
        "<html><body><div id=wrap><div id=page-body>\
         <h2><a href=/t/123>Which telescope first?</a></h2>{posts}{own}</div></div></body></html>"
    );
    let url = url::Url::parse("https://forum.example.com/viewtopic.php?f=2&t=123").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 5.", "I last edited by hand"]);
    assert_drops(&x.body, &["times in total."]);
}

/// A thread whose posts are rendered by script: the HTML holds only the shell, and the
/// description (the opening post's start) is all the page says of the discussion. A thread
/// with posts keeps them, and other pages do not fall back to their description.
#[test]
fn a_script_rendered_threads_description_is_its_text() {
    let desc = "Hello there, I am a recent graduate and would like to take on some local freelance work building websites.";
    let shell = |body: &str| {
        format!(
            "<html><head><title>Freelance questions - Forum</title>\
             <meta property=\"og:description\" content=\"{desc}\"></head>\
             <body><section id=splash><div class=dots></div></section>{body}</body></html>"
        )
    };
    let url = url::Url::parse("https://forum.example.com/t/freelance-questions/267765").unwrap();
    let x = extract(shell("").as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_eq!(x.body, desc);
    let posts: String = (0..4)
        .map(|i| format!("<div class=post><div class=content><p>{PARA} Reply {i}.</p></div></div>"))
        .collect();
    let x = extract(shell(&posts).as_bytes(), &url, None);
    assert_keeps(&x.body, &["Reply 0.", "Reply 3."]);
    assert_drops(&x.body, &["recent graduate"]);
    let shop = url::Url::parse("https://shop.example.com/collections/sneakers").unwrap();
    let x = extract(shell("").as_bytes(), &shop, None);
    assert_ne!(x.page_kind, PageKind::Forum);
    assert_drops(&x.body, &["recent graduate"]);
}

#[test]
fn a_posts_likes_and_repeated_labels_are_dropped() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=author><a href=/u/{i}>user{i}</a><div>Well-known member</div></div>\
                 <div class=when>Oct 1{i}, 2024</div>\
                 <div class=content><blockquote><p>user{i} said:</p><p>Earlier words {i}.</p><div>Click to expand...</div></blockquote>\
                 <p>{PARA} Reply {i}.</p></div><div class=bar><span>{i} likes</span></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert!(
        x.body.contains("Reply 0.") && x.body.contains("Reply 4."),
        "{}",
        x.body
    );
    assert!(x.body.contains("Earlier words 3."), "{}", x.body);
    // The bare date heading each post stays ([`a_posts_bare_timestamp_is_no_chrome`]).
    assert_drops(
        &x.body,
        &["Click to expand", "3 likes", "Well-known member"],
    );
}

#[test]
fn post_chrome_lines_are_told_from_posts() {
    for line in [
        "Oct 12, 2024",
        "Last edited: Jul 3, 2024",
        "Click to expand...",
        "12 likes",
        "1 like",
        "1.2k likes",
        "2024-10-12 15:15",
    ] {
        assert!(super::is_post_chrome_line(line, false), "{line:?}");
    }
    for line in [
        "I like",
        "Likes",
        "Phone 0937-141993",
        "Tel 03-584-7231",
        "We met in Oct 2024 and talked about scopes for hours on end, then",
    ] {
        assert!(!super::is_post_chrome_line(line, false), "{line:?}");
    }
}

/// The tally of members who liked a post ("Ann, Bob and 2 others like this.") goes on a
/// thread; a post saying it likes something keeps its words.
#[test]
fn a_posts_like_tally_is_dropped() {
    for line in [
        "jdoe likes this.",
        "Holiday.with.Ken, WiSK, TedToToe and 2 others like this.",
        "Ann and Bob like this.",
        "1 person likes this.",
    ] {
        assert!(super::is_post_chrome_line(line, true), "{line:?}");
    }
    for line in [
        "I like this.",
        "My wife likes this.",
        "Everyone likes this.",
        "My brother and I like this.",
        "Kids like this.",
        "Many people like this.",
        "Lots of people like this.",
    ] {
        assert!(!super::is_post_chrome_line(line, true), "{line:?}");
    }
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=author><a href=/u/{i}>user{i}</a></div>\
                 <div class=content><p>{PARA} Reply {i}.</p></div>\
                 <div class=likes>user{} and {i} others like this.</div></div>",
                i + 1
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(&x.body, &["like this"]);
}

/// The link back to a thread's board, its name quoted ("Return to “Help”"), goes on a thread;
/// a post's sentence that starts alike stays.
#[test]
fn a_threads_return_to_board_link_is_dropped() {
    assert!(super::is_post_chrome_line(
        "Return to \u{201c}Troubleshooting\u{201d}",
        true
    ));
    assert!(!super::is_post_chrome_line(
        "Return to the shop with the receipt.",
        true
    ));
    assert!(!super::is_post_chrome_line(
        "Return to \"Safe mode\" and reboot.",
        true
    ));
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=author><a href=/u/{i}>user{i}</a></div>\
                 <div class=content><p>{PARA} Reply {i}.</p></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div>\
         <p><a href=/f/3>Return to \u{201c}Beginners\u{201d}</a></p></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(&x.body, &["Return to"]);
}

/// A post's bare timestamp under its author's name heads the post and stays; a timestamp
/// with more on its line (a post number, a name, an edit mark), a month alone or a dated list
/// item is still chrome.
#[test]
fn a_posts_bare_timestamp_is_no_chrome() {
    for line in [
        "Mar 27, 2025",
        "Sun Dec 17, 2023 11:23 am",
        "September 5, 2024, 11:15pm",
        "Posted March 5, 2024",
        "2024-08-03 10:59:47",
    ] {
        assert!(!super::is_post_chrome_line(line, true), "{line:?}");
        assert!(super::is_post_chrome_line(line, false), "{line:?}");
    }
    for line in [
        "#1 · Aug 5, 2023 (Edited)",
        "AjayJunkies, May 11, 2024 IP",
        "May 2024",
        "Last edited: Jul 3, 2024",
    ] {
        assert!(super::is_post_chrome_line(line, true), "{line:?}");
    }
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=msg><div class=who><a href=/u/{i}>user{i}</a></div>\
                 <div class=when>Mar {}, 2025</div>\
                 <div class=msg-body><p>{PARA} Reply {i}.</p></div></div>",
                10 + i
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Mar 10, 2025", "Mar 14, 2025"]);
}

/// A post's header (`<header>` or a `post-meta` box) holding its one `<time>` stays on a
/// thread: its bare date heads the post, even in a list item; a relative time ("Yesterday at
/// 4:25 AM") in such a header and the thread's "Thread starter" line go.
#[test]
fn a_posts_attribution_with_its_time_stays() {
    let posts: String = (0..5)
        .map(|i| {
            let when = if i == 4 {
                "Yesterday at 4:25 AM".to_string()
            } else {
                format!("Mar {}, 2025", 10 + i)
            };
            format!(
                "<div class=message><div class=user-details><a href=/u/{i}>user{i}</a></div>\
                 <div class=message-cell><div class=message-main><header class=message-attribution>\
                 <ul class=attribution-main><li><a href=/p/{i}><time datetime=2025-03-1{i}>{when}</time></a></li></ul>\
                 <ul class=attribution-opposite><li><a href=/p/{i}/share>Share</a></li><li><a href=/p/{i}>#{}</a></li></ul></header>\
                 <div class=message-body><p>{PARA} Reply {i}.</p></div></div></div></div>",
                i + 1
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1>\
         <div class=thread-info><ul><li>Thread starter user0</li>\
         <li><time datetime=2025-03-10>Mar 10, 2025</time></li></ul></div>{posts}</main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Mar 11, 2025", "Mar 13, 2025"]);
    assert_drops(&x.body, &["Thread starter", "Yesterday at"]);
}

/// On a thread where one user writes several posts, the user's name repeats as a user title
/// does, but it heads each of those posts over their bare dates: it stays, while a control
/// repeated under each post ("Report this") goes.
#[test]
fn a_repeated_author_name_over_a_post_date_stays() {
    let posts: String = (0..6)
        .map(|i| {
            let who = if i % 2 == 0 { "felixen" } else { "otheruser" };
            format!(
                "<div class=msg><div class=who><a href=/u/{who}>{who}</a></div>\
                 <div class=when>Mar {}, 2025</div>\
                 <div class=msg-body><p>{PARA} Reply {i}.</p></div>\
                 <div class=controls><a href=/report/{i}>Report this</a></div></div>",
                10 + i
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &["felixen\n", "otheruser\n", "Mar 12, 2025", "Reply 4."],
    );
    assert_drops(&x.body, &["Report this"]);
}

/// On a thread, a post's timestamp written out without a `<time>`, alone on its line in an
/// element named after the post's byline (`author`, `posttime`), heads the post under its
/// author's name: the class rule does not drop it.
#[test]
fn a_posts_bare_date_line_stays_whatever_its_class() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=profile><a href=/u/{i}>member{i}</a></div>\
                 <div class=postbody><p class=author><a href=/p/{i}>Wed Dec {}, 2023 11:04 am</a></p>\
                 <div class=content><p>{PARA} Reply {i}.</p></div></div></div>",
                20 + i
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &[
            "member1\n",
            "Wed Dec 21, 2023 11:04 am",
            "Wed Dec 23, 2023 11:04 am",
            "Reply 3.",
        ],
    );
}

/// On a thread, a post's byline line that names its author and dates the post without a
/// `<time>` ("by member1 » Tue Aug 27, 2019 1:47 am", in an element named `author`) heads the
/// post with the name over the date; a quote's header inside a post ("member0 wrote: DATE")
/// names the post quoted and is no heading.
#[test]
fn a_posts_byline_without_a_time_element_gives_its_authors_name_and_date() {
    let posts: Vec<String> = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=postbody><h3><a href=/p/{i}>Re: telescopes</a></h3>\
                 <p class=author>by <strong><a href=/u/{i}>member{i}</a></strong> &raquo; \
                 Tue Aug {}, 2019 1:47 am</p><div class=content><blockquote><cite>\
                 <a href=/u/0>member0</a> wrote: <a href=/p/0>Mon Aug 5, 2019 9:00 am</a></cite>\
                 <p>Quoted words {i}.</p></blockquote><p>{PARA} Reply {i}.</p></div></div></div>",
                20 + i
            )
        })
        .collect();
    // Other threads listed with their days (no `<time>`) are no posts' signatures.
    let others = "<ul class=topics><li><a href=/t/9>Best first telescope</a> Mar 2, 2024</li>\
                  <li><a href=/t/8>Dobsonian or refractor</a> Mar 4, 2024</li>\
                  <li><a href=/t/7>Eyepieces worth buying</a> Mar 6, 2024</li></ul>";
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1>{}{others}{}</main></body></html>",
        posts[..3].concat(),
        posts[3..].concat(),
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_drops(&x.body, &["Best first telescope", "Dobsonian"]);
    assert_keeps(
        &x.body,
        &[
            "member1\nTue Aug 21, 2019 1:47 am",
            "member3\nTue Aug 23, 2019 1:47 am",
            "Reply 3.",
        ],
    );
    assert_drops(&x.body, &["wrote:\nMon Aug 5", "0\nMon Aug 5"]);
    // A name beside a count (a member's posts) is no signature.
    assert_eq!(super::post_signature_heading_of("jdoe 4,522"), None);
    assert!(super::post_signature_heading_of("by jdoe » Tue Aug 27, 2019 1:47 am").is_some());
    // Quote headers in other words and languages name the post quoted.
    for quote in [
        "Quote from jdoe on Mar 2, 2025, 8:45 am",
        "jdoe schrieb: 05/08/2019, 09:00",
        "jdoe a écrit : 05/08/2019 09:00",
    ] {
        assert_eq!(super::post_signature_heading_of(quote), None, "{quote}");
    }
}

/// A post's bare timestamp may write its day as an ordinal ("30th March 2025, 16:26"): on a
/// thread it heads the post like any other bare timestamp.
#[test]
fn a_post_date_with_an_ordinal_day_stays() {
    assert!(super::is_bare_post_date("30th march 2025, 16:26"));
    assert!(super::is_bare_post_date("1st june 2024"));
    assert!(!super::is_bare_post_date("30th march 2025, member"));
    // Ordinals without a month rank things; a day is 1 to 31.
    assert!(!super::is_bare_post_date("1st 2nd 3rd"));
    assert!(!super::is_bare_post_date("99th march 2025"));
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=msg><div class=who><a href=/u/{i}>member{i}</a></div>\
                 <div class=when>{}th March 2025, 16:26</div>\
                 <div class=msg-body><p>{PARA} Reply {i}.</p></div></div>",
                24 + i
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &["25th March 2025, 16:26", "27th March 2025, 16:26"],
    );
}

/// A post's signature line (its author's linked name, its `<time>`, its number) heads the post
/// on a thread with the author's name over the post's timestamp, without the number.
#[test]
fn a_posts_signature_line_gives_its_authors_name_and_date() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=topic-post><div class=post-meta><span class=creator>\
                 <a href=/u/{i}>member{i}</a></span> <span class=infos>\
                 <time datetime=2024-09-0{i}>September {}, 2024, 11:15pm</time> <span>{}</span>\
                 </span></div><div class=post><p>{PARA} Reply {i}.</p></div></div>",
                i + 1,
                i + 1
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let url = url::Url::parse("https://forum.example.com/t/which-telescope-first/123").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &[
            "Reply 0.",
            "member1\nSeptember 2, 2024, 11:15pm\n",
            "member3\nSeptember 4, 2024, 11:15pm\n",
        ],
    );
    assert_drops(&x.body, &["11:15pm 2"]);
    assert_eq!(
        post_signature_heading_of("Post by jdoe » Sat Feb 24, 2024 12:41 pm").as_deref(),
        Some("jdoe\nSat Feb 24, 2024 12:41 pm")
    );
    // The mark between the name and the day goes with neither ("- May 3" would read as a
    // list item).
    assert_eq!(
        post_signature_heading_of("jdoe - May 3, 2024, 8:45am").as_deref(),
        Some("jdoe\nMay 3, 2024, 8:45am")
    );
    assert_eq!(
        post_signature_heading_of("jdoe · Mar 5, 2024 10:15").as_deref(),
        Some("jdoe\nMar 5, 2024 10:15")
    );
}

/// A post's numbered timestamp ("#1 · Jan 3, 2024", the `<time>` beside the post's number)
/// heads the post on a thread with its day alone, under the author's name.
#[test]
fn a_posts_numbered_timestamp_gives_its_day() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<article class=message><header><a href=/u/{i}>member{i}</a></header>\
                 <span class=postbit><a href=#post-{i}>#{}</a> <span>&middot;</span> \
                 <a href=#post-{i}><time datetime=2024-01-0{}>Jan {}, 2024</time></a></span>\
                 <div class=post><p>{PARA} Reply {i}.</p></div></article>",
                i + 1,
                i + 1,
                i + 1
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "\nJan 2, 2024\n", "\nJan 4, 2024\n"]);
    assert_drops(&x.body, &["#2"]);
    assert_eq!(
        numbered_post_date_of("#12 · Mar 5, 2024").as_deref(),
        Some("Mar 5, 2024")
    );
    assert_eq!(numbered_post_date_of("Mar 5, 2024"), None);
    assert_eq!(numbered_post_date_of("#12 · jdoe · Mar 5, 2024"), None);
}

/// A post's header may print its day without a `<time>` element, beside its number
/// ("11-29-2024, 09:03 AM #1") or with a mark between the day and the time ("Feb 14, 2026 |
/// 9:05 pm"): the day heads the post all the same.
#[test]
fn a_posts_header_day_without_a_time_element_stays() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=posthead><span class=date>11-2{i}-2024, 09:03 AM\
                 </span> <a href=#p{i}>#{}</a></div><div class=who><a href=/u/{i}>member{i}</a>\
                 </div><div class=msg><p>{PARA} Reply {i}.</p></div></div>",
                i + 1
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "11-22-2024, 09:03 AM\n"]);
    assert_drops(&x.body, &["#3"]);
    assert!(super::is_bare_post_date("feb 14, 2026 | 9:05 pm"));
    assert!(!super::is_bare_post_date("feb 14, 2026 | jdoe"));
    // A mark between two bare numbers is a span of years or a score, not a post's date.
    assert!(!super::is_bare_post_date("2019 - 2024"));
    assert!(!super::is_bare_post_date("3 - 1"));
    assert!(super::is_bare_post_date("11-29-2024 - 09:03"));
}

/// `n` posts of a thread by `member0`, `member1` ..., dated from Mar 10, 2025, each post's
/// message holding `message(i)`.
fn member_posts(n: usize, message: impl Fn(usize) -> String) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<div class=msg><div class=who><a href=/u/{i}>member{i}</a></div>\
                 <div class=when>Mar {}, 2025</div><div class=msg-body>{}</div></div>",
                10 + i,
                message(i)
            )
        })
        .collect()
}

/// On a thread, a thread's status word alone ("Status" over a locked thread's notice,
/// "Locked") is a stamp, and so is the status after a post's author ("system Closed").
#[test]
fn a_threads_status_words_are_dropped() {
    let posts = member_posts(5, |i| format!("<p>{PARA} Reply {i}.</p>"));
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><dl class=box><dt>Status</dt>\
         <dd>Not open for further replies.</dd></dl>{posts}</main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "member1\n"]);
    assert_drops(&x.body, &["Status"]);
    assert_eq!(
        post_signature_heading_of("system Closed February 29, 2024, 4:25pm").as_deref(),
        Some("system\nFebruary 29, 2024, 4:25pm")
    );
}

/// An element that schema.org types a breadcrumb trail (`itemtype=".../BreadcrumbList"`) is the
/// links up to the page's section, whatever its class names.
#[test]
fn a_schema_breadcrumb_list_is_dropped() {
    let posts = member_posts(5, |i| format!("<p>{PARA} Reply {i}.</p>"));
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1>\
         <div class=topic-category itemscope itemtype=http://schema.org/BreadcrumbList>\
         <span itemprop=itemListElement><a href=/c/scopes/4>Telescope Talk</a></span></div>\
         {posts}</main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0."]);
    assert_drops(&x.body, &["Telescope Talk"]);
}

/// A forum quote's header ("Originally Posted by jdoe") names whose post is quoted: chrome on a
/// thread, and on a thread read as a story.
#[test]
fn a_quotes_originally_posted_by_header_is_dropped() {
    let posts = member_posts(5, |i| {
        format!(
            "<div class=quote><div>Originally Posted by <b>member{i}</b></div>\
             <div>Which one did you pick in the end, the {} one?</div></div>\
             <p>{PARA} Reply {i}.</p>",
            ["red", "blue", "green", "small", "large"][i]
        )
    });
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Which one did you pick"]);
    assert_drops(&x.body, &["Originally Posted by"]);
}

/// A quote's header that dates the post quoted before naming its author ("16 minutes ago,
/// member0 said:", Invision) goes on a thread with the bare "Quote" over an unnamed quote; the
/// quoted words stay, and so does a post's sentence that reports speech.
#[test]
fn a_quotes_timed_header_and_bare_label_are_dropped() {
    for line in [
        "16 minutes ago, member0 said:",
        "Just now, Jane Doe said:",
        "Yesterday at 4:25 PM, jdoe said:",
        "On 6/14/2024 at 3:22 PM, jdoe said:",
        "On June 14, 2024 at 3:22 PM, jdoe said:",
        "Quote",
    ] {
        assert!(super::is_post_chrome_line(line, true), "{line:?}");
    }
    for line in [
        "In an interview, the mayor said:",
        "Years ago, my grandfather who built boats all his life said:",
        "jdoe said:",
        "Quote of the day",
        "Yesterday, the mayor said:",
        "Today, Biden said:",
    ] {
        assert!(!super::is_post_chrome_line(line, true), "{line:?}");
    }
    let posts = member_posts(5, |i| {
        format!(
            "<blockquote><div>{} minutes ago, member{} said:</div>\
             <div><p>Which one did you pick in the end, the {} one?</p></div></blockquote>\
             <blockquote><div>Quote</div><div><p>An unnamed quote {i}.</p></div></blockquote>\
             <p>{PARA} Reply {i}.</p>",
            i + 3,
            (i + 1) % 5,
            ["red", "blue", "green", "small", "large"][i]
        )
    });
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &["Reply 0.", "Which one did you pick", "An unnamed quote 2."],
    );
    assert_drops(&x.body, &["said:"]);
    assert!(!x.body.lines().any(|l| l.trim() == "Quote"), "{}", x.body);
}

/// A post's button labels left as lines of their own ("Reply", "Reply With Quote") go on a
/// thread; a post's words that open alike stay.
#[test]
fn a_posts_button_labels_are_dropped() {
    for line in [
        "Reply",
        "- reply",
        "Quote:",
        "Reply With Quote",
        "MultiQuote",
    ] {
        assert!(super::is_post_chrome_line(line, true), "{line:?}");
    }
    for line in ["Reply to all", "Replying late, sorry."] {
        assert!(!super::is_post_chrome_line(line, true), "{line:?}");
    }
    let posts = member_posts(5, |i| {
        format!("<p>{PARA} Reply {i}.</p><div class=tools><a href=/r/{i}>Reply</a></div>")
    });
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert!(!x.body.lines().any(|l| l.trim() == "Reply"), "{}", x.body);
}

#[test]
fn a_landing_pages_button_labels_are_dropped() {
    let items: String = (0..6)
        .map(|i| {
            format!(
                "<li><h3>Feature {i}</h3><p>What feature {i} does for a small team, said plainly.</p>\
                 <a class=button href=/f/{i}>Learn more →</a></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/pricing>Pricing</a></nav></header>\
         <section class=band><h2>Everything you need</h2><ul>{items}</ul><a href=/trial>Start free trial</a></section>\
         <footer><p>About us</p></footer></body></html>"
    );
    let url = url::Url::parse("https://crm.example.com/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert!(x.body.contains("feature 5 does"), "{}", x.body);
    assert_drops(&x.body, &["Learn more", "Start free trial"]);
}

#[test]
fn a_threads_list_of_similar_threads_is_dropped() {
    let posts: String = (0..4)
        .map(|i| {
            format!("<div class=post><a href=/u/{i}>user{i}</a><p>{PARA} Reply {i}.</p></div>")
        })
        .collect();
    let similar: String = (0..5)
        .map(|i| format!("<li><a href=/t/{i}>Another telescope question number {i}</a> <span>Started by someone</span></li>"))
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}</div>\
         <div class=block><h3>Similar threads</h3><ul>{similar}</ul></div></main></body></html>"
    );
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert!(x.body.contains("Reply 3."), "{}", x.body);
    assert_drops(&x.body, &["Similar threads", "Another telescope question"]);
}

#[test]
fn a_catalogues_search_filters_are_dropped() {
    let options: String = [
        "Sea to Summit (12)",
        "Big Agnes (8)",
        "Nemo (5)",
        "Therm-a-Rest (4)",
        "Kelty (3)",
    ]
    .iter()
    .map(|o| format!("<li><a href=\"?brand={o}\">{o}</a></li>"))
    .collect();
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<li class=product><a href=/p/{i}>Down sleeping bag model {i}</a><p>A warm bag for cold nights in the hills, rated to {i} degrees.</p><span>${}.95</span></li>",
                200 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><header><nav><a href=/>Home</a></nav></header><main><h1>Sleeping bags</h1>\
         <div class=search-filters><h3>Brand</h3><ul>{options}</ul></div><ul class=results>{items}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/c/sleeping-bags").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    assert!(x.body.contains("Down sleeping bag model 11"), "{}", x.body);
    assert_drops(&x.body, &["Sea to Summit", "Big Agnes"]);
}

#[test]
fn a_box_of_card_links_in_a_story_is_a_link_cluster() {
    // Each card is one link wrapping its headline (`<a><h4>…</h4></a>`): the box is as much a
    // cluster of links as one whose links sit inside the headlines.
    let cards: String = (0..3)
        .map(|i| {
            format!("<a href=\"/story-{i}\"><h4>Another headline from the same desk number {i}</h4></a>")
        })
        .collect();
    let story: String = (0..10)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Transit plan</title></head><body><article>\
         {story}<div class=\"box\"><h3>More to explore</h3>{cards}</div><p>{PARA} Closing.</p>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Part 9."), "{}", x.body);
    assert!(x.body.contains("Closing."), "{}", x.body);
    assert_drops(&x.body, &["More to explore", "Another headline"]);
}

#[test]
fn a_section_whose_links_are_its_announced_lists_is_not_a_link_cluster() {
    let links = |w: &str| -> String {
        (0..8)
            .map(|i| {
                format!("<li><a href=\"/{w}{i}\">Patch {w} number {i} for the compiler</a></li>")
            })
            .collect()
    };
    let story: String = (0..10)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Progress report</title></head><body><article>\
         <h2>What is it?</h2>{story}\
         <div class=\"sect\"><h2>Patches status</h2><p>There has been some nice progress these months.</p>\
         <p>Many patches were sent for review:</p><ul>{}</ul>\
         <p>I sent all the patches that were ready, in the hope of being close to upstream.</p><p>Also, a few patches were merged:</p>\
         <ul>{}</ul></div>\
         <h2>State</h2><p>{PARA} Closing.</p>\
         <div class=\"box\"><p>Hidden categories:</p><ul>{}</ul></div>\
         </article></body></html>",
        links("sent"),
        links("merged"),
        links("category"),
    );
    let x = run(&html);
    assert!(x.body.contains("nice progress"), "{}", x.body);
    assert!(x.body.contains("Patch sent number 7"), "{}", x.body);
    assert!(x.body.contains("Patch merged number 7"), "{}", x.body);
    assert!(!x.body.contains("Patch category"), "{}", x.body);
}

#[test]
fn a_link_list_under_a_subheading_ending_in_a_colon_is_kept() {
    let links = |w: &str| -> String {
        (0..3)
            .map(|i| format!("<li><a href=\"/{w}{i}\">Meter {w} {i}</a></li>"))
            .collect()
    };
    let html = format!(
        "<html><head><title>Tools</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><h4>Top expert recommendations:</h4><ul>{}</ul>\
         <p>{PARA} Three.</p><h4>Learn more in our tools series:</h4><ul>{}</ul>\
         <p>{PARA} Four.</p></article></body></html>",
        links("pick"),
        links("series")
    );
    let x = run(&html);
    assert!(x.body.contains("Meter pick 2"), "{}", x.body);
    assert!(!x.body.contains("Meter series"), "{}", x.body);
}

#[test]
fn an_announced_list_keeps_links_wrapped_in_paragraphs() {
    let items: String = (0..4)
        .map(|i| format!("<li><p><a href=\"/part{i}\">Series part number {i}</a></p></li>"))
        .collect();
    let html = format!(
        "<html><head><title>Series</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p><strong>What is ahead</strong><span>:</span></p>\
         <ol>{items}</ol><p>{PARA} Three.</p><p>{PARA} Four.</p></article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Series part number 3"), "{}", x.body);
}

#[test]
fn a_lead_in_a_page_builder_row_of_its_own_joins_the_story() {
    let wrap = |inner: &str| -> String {
        format!("<div class=\"row\"><div class=\"col\"><div class=\"col-wrap\"><div class=\"txt\">{inner}</div></div></div></div>")
    };
    let lead = wrap(&format!(
        "<p>The lead of the story tells what happened, to whom and where, before any detail: {PARA}</p>"
    ));
    let rest: String = (0..12)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Builder story</title></head><body><article><div class=\"post\">\
         {lead}<div class=\"reviews\">{}</div>{}</div></article></body></html>",
        wrap(&format!(
            "<p>Lovely shop, great service and products, would buy again: {PARA}</p>"
        )),
        wrap(&rest),
    );
    let x = run(&html);
    assert!(x.body.starts_with("The lead of the story"), "{}", x.body);
    assert!(x.body.contains("Part 11."), "{}", x.body);
    assert!(!x.body.contains("Lovely shop"), "{}", x.body);
}

#[test]
fn an_affiliate_disclosure_is_dropped_a_story_about_affiliate_links_is_not() {
    let html = format!(
        "<html><head><title>Gear guide</title></head><body><article>\
         <p>This post contains affiliate links, which means we may earn a commission at no cost to you.</p>\
         <p>{PARA} One.</p><p>{PARA} Two.</p>\
         <p>Streamers earn a commission when viewers buy gear through affiliate links.</p>\
         <p>{PARA} Three.</p></article></body></html>"
    );
    let x = run(&html);
    assert!(!x.body.contains("This post contains"), "{}", x.body);
    assert!(x.body.contains("Streamers earn"), "{}", x.body);
}

#[test]
fn datelines_go_dates_in_tables_citations_and_identifiers_stay() {
    let rows: String = (1..=4)
        .map(|m| format!("<tr><td>{m}/1/2017</td><td>+{m}.5%</td></tr>"))
        .collect();
    let html = format!(
        "<html><head><title>Prices</title></head><body><article>\
         <p>Last updated: Jul 22, 2021</p><p>{PARA} One.</p>\
         <p>Attackers could leverage CVE-2024-49113 in many ways:</p><p>{PARA} Two.</p>\
         <table>{rows}</table><p>{PARA} Three.</p>\
         <ul><li>Mozilla Manifesto. Retrieved 2012-03-21.</li><li>Mobile features. Retrieved 2012-06-26.</li></ul>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(!x.body.contains("Last updated"), "{}", x.body);
    assert!(x.body.contains("CVE-2024-49113"), "{}", x.body);
    assert!(x.body.contains("3/1/2017"), "{}", x.body);
    assert!(x.body.contains("Retrieved 2012-06-26."), "{}", x.body);
}

#[test]
fn datelines_name_a_month_or_write_a_numeric_date() {
    for d in [
        "apr 16, 2024",
        "last updated: 6/2/2025",
        "2025-06-02",
        "updated 3 hours ago",
    ] {
        assert!(looks_like_date(d), "{d}");
    }
    for d in [
        "future-proofing: what to expect beyond 2025",
        "attackers could leverage cve-2024-49113",
        "published by z-man games",
        "marketing trends of 2024",
    ] {
        assert!(!looks_like_date(d), "{d}");
    }
    assert!(is_numeric_date("15.01.2024"));
    assert!(!is_numeric_date("CVE-2024-49113"));
}

#[test]
fn an_about_the_reviewer_box_is_closed_like_about_the_author() {
    let html = format!(
        "<html><head><title>Exercise and mood</title></head><body><article>\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <h2>About the Reviewer</h2><p>Dr. Jane Golen is a physician who practises in Boston and edits a health letter.</p>\
         </article></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Three."), "{}", x.body);
    assert!(!x.body.contains("physician"), "{}", x.body);
}

/// A story with `tail` after its paragraphs, inside the article body, and a byline.
fn story_with_tail(tail: &str) -> String {
    let mut body = String::new();
    for i in 0..6 {
        body.push_str(&format!(
            "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
        ));
    }
    format!(
        "<html><head><title>Council Meets Officials</title>\
         <meta name=author content='Jane Reporter'></head><body><main><article>\
         <h1>Council Meets Officials</h1><div class=byline>By Jane Reporter</div>\
         <div class=article-body>{body}{tail}</div></article></main></body></html>"
    )
}

#[test]
fn a_closing_marketing_call_is_dropped_a_closing_sentence_not() {
    let x = run(&story_with_tail(
        "<p>Streamline your planning with our tools. Book a free demo of the platform now.</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("free demo"), "{}", x.body);
    let x = run(&story_with_tail(
        "<p>The views expressed by the authors of this blog are their own and do not necessarily \
         reflect the views of the council.</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("views expressed"), "{}", x.body);
    let x = run(&story_with_tail(
        "<p>The council will meet again in May to decide on the transit plan.</p>",
    ));
    assert!(x.body.contains("meet again in May"), "{}", x.body);
    // A call inside the story, followed by more of it, stays.
    let x = run(&story_with_tail(&format!(
        "<p>Residents who want to speak at the hearing can sign up at city hall, where clerks \
         take their names.</p><p>{PARA} The end of it.</p>"
    )));
    assert!(x.body.contains("can sign up at city hall"), "{}", x.body);
}

#[test]
fn a_closing_note_on_the_sites_standards_or_an_ask_for_attention_is_dropped() {
    for (tail, said) in [
        (
            "<p>Learn more about our editorial process.</p>",
            "editorial process",
        ),
        (
            "<p>Image used under license from a stock agency.</p>",
            "license",
        ),
        (
            "<p>Would you like to receive notifications about new posts?</p>",
            "notifications",
        ),
        (
            "<p>Try the planner for free for 30 days if you run a council office.</p>",
            "30 days",
        ),
    ] {
        let x = run(&story_with_tail(tail));
        assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
        assert!(!x.body.contains(said), "{}", x.body);
    }
}

#[test]
fn a_closing_pointer_to_the_sites_other_posts_or_channels_is_dropped() {
    for (tail, said) in [
        (
            "<p>Looking for more council news? Check out these articles!</p>",
            "these articles",
        ),
        (
            "<p>Visit the council blog for more articles and resources.</p>",
            "council blog",
        ),
        (
            "<p>Other ways to connect with Jane: Instagram, Facebook.</p>",
            "Instagram",
        ),
        (
            "<p>Check out my YouTube channel for more meetings.</p>",
            "YouTube",
        ),
        (
            "<p>Get all the latest articles!</p><p>If you do not receive a confirmation email, \
             get in touch!</p>",
            "latest articles",
        ),
        (
            "<p>Have you been to the council? Please share them in the comments below.</p>",
            "comments below",
        ),
        (
            "<p>If you have any feedback or comments, please send them to the editor.</p>",
            "feedback",
        ),
        (
            "<p>This textbox defaults to using Markdown to format your answer.</p>",
            "Markdown",
        ),
        ("<p>Article Categories: City Hall, News</p>", "City Hall"),
        ("<p>(Visited 1,902 times, 364 visits today)</p>", "Visited"),
        (
            "<p>Join in the conversation by commenting below.</p>",
            "conversation",
        ),
        (
            "<p>Liked it? Share it with your friends by using the button below.</p>",
            "Liked it",
        ),
        ("<p>Photo Sources: jdoe, Council Archive.</p>", "jdoe"),
        (
            "<p>We updated this article on 27 November 2025 to add new figures.</p>",
            "new figures",
        ),
    ] {
        let x = run(&story_with_tail(tail));
        assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
        assert!(!x.body.contains(said), "{}", x.body);
    }
    // A story's own last line that says some of the same words stays.
    for last in [
        "The state plans new railways to connect the ports by 2030.",
        "Passengers who did not get a confirmation email should call the airline.",
        "The council will accept feedback or comments on the plan until March 3.",
        "Prizes were awarded in four categories: fiction, poetry, history and science.",
        "\"I started my YouTube channel in 2019,\" she said.",
    ] {
        let x = run(&story_with_tail(&format!("<p>{last}</p>")));
        assert_keeps(&x.body, &[last]);
    }
}

#[test]
fn a_closing_bio_of_the_byline_author_is_dropped() {
    let x = run(&story_with_tail(
        "<div class=bio><p>Jane Reporter is a city hall reporter. She has covered local politics for ten years.</p></div>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("city hall reporter"), "{}", x.body);
    // A company's blurb under its own name is not a person's bio.
    let x = run(&story_with_tail(
        "<div class=box><p>Jane Reporter Inc. has built transit software for thirty years and serves cities.</p></div>",
    ));
    assert!(x.body.contains("transit software"), "{}", x.body);
}

#[test]
fn a_bio_box_by_first_name_or_in_the_first_person_is_dropped_before_short_lines() {
    // The first name alone opens the bio, its paragraphs continue it, a short line follows.
    let x = run(&story_with_tail(
        "<div class=wrap><h4>About the author</h4><p>Jane is an experienced writer on city \
         affairs. She has covered the council for ten years.</p><p>When she is not writing, she \
         hikes the hills around the city with her dog.</p></div><p>All loans by Bank.</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert_drops(
        &x.body,
        &["experienced writer", "hikes the hills", "About the author"],
    );
    // The author introducing themself.
    let x = run(&story_with_tail(
        "<div class=wrap><p>Hi, I\u{2019}m Jane! Welcome to the blog, where council news is made \
         simple for busy readers like you.</p></div>",
    ));
    assert!(!x.body.contains("Welcome to the blog"), "{}", x.body);
    // A company's blurb under the byline's name is not a bio.
    let x = run(&story_with_tail(
        "<div class=box><p>Jane Reporter has built transit software for thirty years and \
         serves cities across the state.</p></div>",
    ));
    assert!(x.body.contains("transit software"), "{}", x.body);
    // A paragraph after the box is the page's own: the box stays with it.
    let x = run(&story_with_tail(&format!(
        "<div class=wrap><p>Jane is an experienced writer on city affairs. She has covered the \
         council for ten years.</p></div><p>{PARA} After the box.</p>"
    )));
    assert!(x.body.contains("experienced writer"), "{}", x.body);
}

#[test]
fn a_bio_under_the_authors_card_role_is_dropped_however_it_opens() {
    // The card names the byline's author, then their role, then a bio that opens elsewhere.
    let card = |role: &str| {
        let mut body = String::new();
        for i in 0..6 {
            body.push_str(&format!(
                "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
            ));
        }
        format!(
            "<html><head><title>Council Meets Officials</title>\
             <meta name=author content='Dana Whitfield'></head><body><main><article>\
             <h1>Council Meets Officials</h1><div class=byline>By Dana Whitfield</div>\
             <div class=article-body>{body}<div class=card><div><a href='/author/dana'>Dana \
             Whitfield</a></div><div>{role}</div><div class=text><p>A transplant from the \
             coast, Dana Whitfield spent a decade at papers up and down the state before \
             joining the desk.</p></div>\
             </div></div></article></main></body></html>"
        )
    };
    let x = run(&card("Associate Editor"));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert_drops(
        &x.body,
        &["Associate Editor", "A transplant from the coast"],
    );
    // A line that is no role (a date) under the name does not make the box a bio.
    let x = run(&card("Updated 12 May"));
    assert!(x.body.contains("A transplant from the coast"), "{}", x.body);
}

#[test]
fn an_undated_card_in_a_grid_of_dated_teasers_is_dropped_with_them() {
    let card = |i: usize| {
        let when = if i == 2 {
            "<div class=\"when\">Sponsored</div>".to_string()
        } else {
            format!("<div class=\"when\">March {i}, 2025</div>")
        };
        format!(
            "<div class=\"post\"><h3><a href=\"/n{i}\">Another headline of the site number {i}</a></h3>\
             {when}<p>When the agency denies your claim it can feel like a dead end, excerpt {i}.</p></div>"
        )
    };
    let cards: String = (1..4).map(card).collect();
    let html = format!(
        "<html><head><title>Gym injuries</title></head><body><div class=\"page\">\
         <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <div class=\"grid\">{cards}</div></div></body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Three."), "{}", x.body);
    assert!(!x.body.contains("excerpt 1"), "{}", x.body);
    assert!(!x.body.contains("excerpt 2"), "{}", x.body);
}

#[test]
fn a_catalogues_grid_of_short_names_and_prices_is_not_trimmed_as_labels() {
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<li class=card><h3><a href=/p/{i}>Roast blend {i}</a></h3><span>${}.99</span></li>",
                10 + i
            )
        })
        .collect();
    let html = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav><main><h1>Coffee</h1>\
         <ul class=grid>{items}</ul></main><footer><a href=/about>About us</a></footer></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/coffee").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    assert_keeps(
        &x.body,
        &["Roast blend 0", "$10.99", "Roast blend 11", "$21.99"],
    );
    assert_drops(&x.body, &["About us"]);
}

/// On a section page of stories, a feed of more cards in a box named like chrome
/// (`section-more-ads`) is the column of items, whether its cards are `<article>`s or links
/// that wrap a card whole (`<a><h3>…</h3><p>…</p></a>`).
#[test]
fn a_hubs_column_of_cards_stays_though_its_class_reads_as_chrome() {
    let article_card = |i: usize| {
        format!(
            "<article><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3><p>Short teaser {i} saying what the story is about.</p></article>"
        )
    };
    let link_card = |i: usize| {
        format!(
            "<div class=card><a href=/s/{i}><h3>Story number {i} headline goes here</h3><p>Short teaser {i} saying what the story is about.</p></a></div>"
        )
    };
    let links: String = (0..20)
        .map(|i| format!("<li><a href=/t/{i}>Topic page number {i}</a></li>"))
        .collect();
    let cards: [&dyn Fn(usize) -> String; 2] = [&article_card, &link_card];
    for card in cards {
        let featured: String = (0..3).map(card).collect();
        let feed: String = (3..9).map(card).collect();
        let html = format!(
            "<html><body><header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>\
             <main><h1>Economy</h1><div class=featured>{featured}</div></main>\
             <div class=section-more-ads><section class=feed>{feed}</section></div>\
             <footer><a href=/a>About us</a><ul>{links}</ul></footer></body></html>"
        );
        let url = url::Url::parse("https://news.example.com/economy/").unwrap();
        let x = extract(html.as_bytes(), &url, None);
        assert_eq!(x.page_kind, PageKind::Listing);
        assert_keeps(&x.body, &["Short teaser 0", "Short teaser 8"]);
        assert_drops(&x.body, &["About us"]);
    }
}

#[test]
fn a_hubs_card_headers_stay_though_their_class_reads_as_chrome() {
    let cards: String = (0..10)
        .map(|i| {
            format!(
                "<article class=post><header class=entry-header><h2><a href=/r/{i}>Crispy recipe number {i} with herbs</a></h2></header></article>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><header class=site-header><nav><a href=/>Home</a> <a href=/recipes>Recipes</a></nav></header>\
         <main><h1>Quick dinners</h1><p>Quick dinners for busy weeknights, ready in half an hour or less, with a comma.</p>{cards}</main>\
         <footer><a href=/a>About us</a></footer></body></html>"
    );
    let url = url::Url::parse("https://food.example.com/category/quick-dinners/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    assert_keeps(
        &x.body,
        &["Crispy recipe number 0", "Crispy recipe number 9"],
    );
    assert_drops(&x.body, &["About us", "Home"]);
}

#[test]
fn a_small_teaser_box_apart_from_a_listings_text_is_a_side_box() {
    use super::is_side_box;
    // A "latest news" box of 500 characters beside a 1,500-character guide, on a page read as
    // a listing: the guide stays.
    assert!(is_side_box(PageKind::Listing, false, 500, 1500));
    // The items region holds the strict region, or outweighs half of it: it is the list.
    assert!(!is_side_box(PageKind::Listing, true, 500, 1500));
    assert!(!is_side_box(PageKind::Listing, false, 900, 1500));
    // Other kinds keep their own rules (a shop's strict region may be its reviews).
    assert!(!is_side_box(PageKind::Product, false, 500, 1500));
}

/// A thread whose posts each sit in a `<form>` without controls (held for an inline editor):
/// the forms are the posts, while a form with a text field (the reply box) is still dropped.
#[test]
fn posts_held_in_forms_without_controls_are_kept() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=entry><p class=tagline><a href=/u/{i}>user{i}</a> {i}4 points</p>\
                 <form action=# class=usertext><input type=hidden name=thing value=t{i}>\
                 <div class=md><p>{PARA} Reply {i}.</p></div></form></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=thread>{posts}\
         <form class=reply><p>Write your reply to join the discussion today.</p><textarea></textarea><button>Post reply</button></form>\
         </div></main></body></html>"
    );
    let url =
        url::Url::parse("https://forum.example.com/r/astro/comments/123/which_telescope/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Reply 0.", "Reply 4."]);
    assert_drops(&x.body, &["Write your reply"]);
}

/// An element with the `popover` attribute is not rendered until the page opens it (a push
/// notification prompt, a menu): its text is not the page's.
#[test]
fn popovers_are_left_out() {
    let steps: String = (0..6)
        .map(|i| {
            format!(
                "<li>Open the browser settings and adjust the notification preference {i}.</li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Which telescope first?</h1><div class=post><p>{PARA}</p><p>{PARA} More.</p></div></main>\
         <i-card popover id=pushPrompt><h4>Configure browser push notifications</h4><ol>{steps}</ol></i-card></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["More."]);
    assert_drops(&x.body, &["push notifications", "notification preference"]);
}

/// Thread posts named comments (`comment-12_wrap`), at a forum's address: each holds a
/// paragraph and is a post, kept however small next to the rest of the page. The remarks under
/// a Q&A answer (named comments too, a line of inline text) stay out, and so do a story's
/// comments at an address that names no forum.
#[test]
fn posts_named_comments_are_kept_at_a_forums_address() {
    let page = |path: &str| {
        let posts: String = (0..3)
            .map(|i| {
                format!(
                    "<article class=entry><aside class=author-column><a href=/u/{i}>user{i}</a></aside>\
                     <div id=comment-{i}_wrap><p>Short answer number {i} to the question.</p></div>\
                     <div class=comments><span class=comment-copy>A remark {i} on this answer</span></div></article>"
                )
            })
            .collect();
        let about: String = (0..4)
            .map(|i| format!("<p>{PARA} About {i}.</p>"))
            .collect();
        let html = format!(
            "<html><body><main><h1>Which telescope first?</h1><div class=overview>{about}</div>\
             <div class=thread>{posts}</div></main></body></html>"
        );
        let url = url::Url::parse(&format!("https://example.com{path}")).unwrap();
        extract(html.as_bytes(), &url, None)
    };
    let x = page("/forums/topic/123-which-telescope-first/");
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["answer number 0", "answer number 2"]);
    assert_drops(&x.body, &["A remark"]);
    let y = page("/2024/05/which-telescope-first.html");
    assert_drops(&y.body, &["A remark"]);
}

/// A thread's counters and a Q&A post's stamps are its chrome; sentences with the same words
/// are not.
#[test]
fn thread_counters_and_post_stamps_are_chrome() {
    for line in [
        "Replies 154",
        "- Views 26.2k",
        "1.9k views",
        "Viewed 11,354 times",
        "12 answers",
        "Asked 6 years, 9 months ago",
        "answered Mar 3, 2019 at 5:12",
        "Last Reply Sep 26, 2024",
    ] {
        assert!(super::is_post_chrome_line(line, false), "{line:?}");
    }
    for line in [
        "Views differ on this one",
        "I asked my dealer two years ago and he had no idea.",
        "Answered by the manual, page 12.",
        "The 3 answers above are all wrong",
        "Created a new partition",
    ] {
        assert!(!super::is_post_chrome_line(line, false), "{line:?}");
    }
}

/// Notices that forum and Q&A software prints on every thread (a locked thread's status, the
/// sign-up prompt, a user's badge tally) are chrome of the thread; a post mentioning badges in a
/// sentence is not.
#[test]
fn forum_software_notices_are_post_chrome() {
    for line in [
        "Not open for further replies.",
        "Start asking to get answers",
        "Find the answer to your question by asking.",
        "Explore related questions",
        "See similar questions with these tags.",
        "83.4k20 gold badges166 silver badges492 bronze badges",
    ] {
        assert!(super::is_post_chrome_line(line, false), "{line:?}");
    }
    for line in [
        "My scout troop earned 3 merit badges on the trip and the kids were thrilled about them.",
        "Badges",
    ] {
        assert!(!super::is_post_chrome_line(line, false), "{line:?}");
    }
}

/// A story's reading time labelled in another language, set inside its text, is dropped; a
/// sentence of some words about reading stays.
#[test]
fn reading_times_of_other_languages_are_dropped() {
    for t in [
        "lesezeit: 3 min.",
        "temps de lecture : 3 min",
        "время чтения: 2 минуты",
        "وقت القراءة: 2 دقائق",
        "読了時間：約3分",
    ] {
        assert!(is_reading_time(t), "{t}");
    }
    assert!(!is_reading_time("время чтения"));
    let html = council_story(&format!(
        r##"<p>Lesezeit: 3 Min.</p>
<p>{PARA} The opening of the story.</p>
<p>وقت القراءة: 2 دقائق</p>
<p>{PARA} The end of the story.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["The end of the story."]);
    assert_drops(&x.body, &["Lesezeit", "وقت القراءة"]);
}

#[test]
fn reading_times_are_told_by_a_number_and_a_mark() {
    for t in [
        "5 min read",
        "bridgestone team | 5 min read",
        "12 minute read",
        "3 mins read",
    ] {
        assert!(is_reading_time(t), "{t}");
    }
    for t in ["min read", "read the 5 rules", "a 10-minute walk"] {
        assert!(!is_reading_time(t), "{t}");
    }
    let x = run(&story_with_tail(""));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    let html = story_with_tail("").replace(
        "<div class=article-body>",
        "<div class=article-body><div><span>Jane Reporter</span> <span>| 7 min read</span></div>",
    );
    let x = run(&html);
    assert!(!x.body.contains("min read"), "{}", x.body);
}

#[test]
fn engagement_counts_are_told_by_a_number_and_a_unit() {
    for t in [
        "1,693 views",
        "44 reactions",
        "1.2k likes",
        "1 view",
        "12 shares",
    ] {
        assert!(is_engagement_count(t), "{t}");
    }
    for t in [
        "9 comments",
        "views",
        "top 10 views of the city",
        "view:60120",
        "many views",
        "1. likes",
        "1kmk views",
    ] {
        assert!(!is_engagement_count(t), "{t}");
    }
    // A story's subheading and a filing's table of shares are the story's.
    let rows: String = ["500", "1,200", "300"]
        .iter()
        .map(|n| format!("<tr><td>Director {n}</td><td>{n} shares</td></tr>"))
        .collect();
    let x = run(&council_story(&format!(
        "<p>{PARA}</p><h2>2 Shares</h2><p>{PARA} More.</p><table>{rows}</table>"
    )));
    assert_keeps(&x.body, &["2 Shares", "1,200 shares"]);
    // Under a story's title, the page's view counter.
    let x = run(&council_story(&format!(
        "<p>1,693 views</p><p>{PARA}</p><p>{PARA} More.</p>"
    )));
    assert!(x.body.contains("More."), "{}", x.body);
    assert_drops(&x.body, &["1,693 views"]);
    // On a listing, each teaser's counter.
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<div class=card><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3>\
                 <p>Short teaser {i} for the story.</p><span>{} reactions</span></div>",
                i + 3
            )
        })
        .collect();
    let x = news_listing(
        "/category/world",
        &format!("<h1>World news</h1><div class=grid>{items}</div>"),
    );
    assert_keeps(&x.body, &["Short teaser 5"]);
    assert_drops(&x.body, &["reactions"]);
}

#[test]
fn whole_chrome_labels_are_whole_lines() {
    for t in [
        "sponsored",
        "show caption",
        "- sponsored -",
        "this slideshow requires javascript.",
        "top of page",
        "Bottom of Page",
        "ADVERTISING",
        "- Anzeige -",
        "Publicidad",
    ] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in [
        "employer-sponsored plans",
        "sponsored by the council",
        "caption",
        "advertising revenue fell",
    ] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
}

/// The label over an empty ad slot in the languages of news crawls beyond Western Europe,
/// in any case (Cyrillic capitals too), is dropped between the story's paragraphs; a sentence
/// that names advertising stays.
#[test]
fn ad_slot_labels_of_other_languages_are_dropped() {
    for t in [
        "Publicidade",
        "ADVERTENTIE",
        "- Reklama -",
        "РЕКЛАМА",
        "Реклама",
        "Reklam",
        "Iklan",
        "إعلان",
        "विज्ञापन",
        "広告",
        "广告",
        "광고",
        "Werbung",
    ] {
        assert!(is_whole_chrome_label(&t.to_lowercase()), "{t}");
    }
    assert!(!is_whole_chrome_label("reklama w telewizji"));
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<div><span>Publicidade</span></div>
<p>{PARA} The middle of the story.</p>
<div class="x9f"><div>Реклама</div></div>
<p>{PARA} More of the story.</p>
<div>Iklan</div>
<p>{PARA} The end of the story.</p>
<p>Reklama w telewizji kosztuje coraz więcej.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["The end of the story.", "Reklama w telewizji kosztuje"],
    );
    assert_drops(&x.body, &["Publicidade", "Реклама", "Iklan"]);
}

/// A breadcrumb trail set as text with linked sections, in any language, is dropped; a path
/// of menu entries in the story's instructions (not linked) and a comparison stay.
#[test]
fn a_linked_breadcrumb_trail_set_as_text_is_dropped() {
    assert!(is_text_trail("Home > Politics"));
    assert!(is_text_trail("首页 > 本地 > 社会"));
    assert!(is_text_trail("Accueil » Économie"));
    assert!(!is_text_trail("Politics"));
    assert!(!is_text_trail("a>b"));
    assert!(!is_text_trail("The vote passed. > See the results"));
    let html = council_story(&format!(
        r##"<div class="crumb"><a href="/">Home</a> &gt; <a href="/local">Local News</a></div>
<div class="loc"><a href="/">首页</a> &gt; 本地</div>
<p>{PARA} The opening of the story.</p>
<p>Settings &gt; Privacy &gt; Cookies</p>
<p>{PARA} The end of the story.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["The end of the story.", "Settings > Privacy > Cookies"],
    );
    assert_drops(&x.body, &["Local News", "本地"]);
}

/// A site's rights notice in another language closing the story's text is dropped, even
/// after the reporter's name and without a year ("김민지 기자 Copyright © 한빛일보. 무단전재
/// 및 재배포 금지"); a sentence of the story about a right stays.
#[test]
fn rights_notices_of_other_languages_are_dropped() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<p>{PARA} The end of the story.</p>
<p>Die Rechte am Bild liegen beim Verlag.</p>
<p>김민지 기자 Copyright © 한빛일보. 무단전재 및 재배포 금지</p>
<p>جميع الحقوق محفوظة لصحيفة الوادي</p>
<p>Todos os direitos reservados.</p>
<p>ВСЕ ПРАВА ЗАЩИЩЕНЫ.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["The end of the story.", "Die Rechte am Bild liegen"],
    );
    assert_drops(
        &x.body,
        &["무단전재", "جميع الحقوق", "direitos reservados", "ПРАВА"],
    );
}

/// A share bar whose buttons are linked network names, in any script and on the line of the
/// dateline and byline, is dropped; a sentence of the story naming networks stays.
#[test]
fn a_share_bar_of_named_networks_is_dropped() {
    assert!(is_share_bar_line("Share: Facebook X WhatsApp Copy link"));
    assert!(is_share_bar_line(
        "2025-04-22 08:30 记者 王丽华 分享到: 微信 微博 QQ空间"
    ));
    assert!(!is_share_bar_line("Share: Facebook"));
    assert!(!is_share_bar_line(
        "The group owns Facebook, Instagram and WhatsApp and X."
    ));
    let html = council_story(&format!(
        r##"<div class="info"><span>21 мая 2025, 14:20</span> <span>Автор: Анна Соколова</span>
<span>Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></span></div>
<p>{PARA} The opening of the story.</p>
<p>{PARA} The end of the story.</p>
<p>The council posts its agendas on <a href="/fb">Facebook</a>, Telegram and LinkedIn.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["The end of the story.", "posts its agendas"]);
    assert_drops(&x.body, &["Одноклассники", "Анна Соколова"]);
}

/// A small sign-up box set in the story (its title, its pitch in any language, an e-mail
/// field with or without a `<form>`) goes whole; the story around it stays.
#[test]
fn a_sign_up_box_inside_the_story_goes_with_its_title_and_pitch() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<div class="x1"><p class="x2"><b>Der Morgen-Briefing</b></p>
<p class="x3">Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.</p>
<div class="x4"><input type="email" class="x5"><button class="x6">Jetzt anmelden</button></div></div>
<p>{PARA} The middle of the story.</p>
<div class="x7"><h3>Chaque matin</h3><p>L'essentiel de l'actualité de votre région.</p>
<form action="/nl"><input type="text" name="mail"><button>Je m'inscris</button></form></div>
<p>{PARA} The end of the story.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["The middle of the story.", "The end of the story."],
    );
    assert_drops(
        &x.body,
        &[
            "Morgen-Briefing",
            "Ihrem Postfach",
            "Chaque matin",
            "essentiel",
        ],
    );
}

/// A reporter's line under a name of three Hangul syllables or Chinese characters ("김민지
/// 기자") names the page's author: it is dropped as a byline, like a longer Latin name.
#[test]
fn a_byline_of_a_three_syllable_name_is_dropped() {
    let html = format!(
        r##"<html><head><title>Council Meets</title><meta name="author" content="김민지"></head>
<body><article><h1>Council Meets</h1><div class="i"><span>- 김민지 기자</span></div>
<p>{PARA} The opening of the story.</p>
<p>{PARA} The end of the story.</p>
<p>김민지 기자</p></article></body></html>"##
    );
    let x = run(&html);
    assert_keeps(&x.body, &["The end of the story."]);
    assert_drops(&x.body, &["김민지"]);
}

/// The region does not widen past the page's `<main>`: a wrapper around it adds only the
/// page's banners and blurbs, however much prose they hold.
#[test]
fn the_region_does_not_widen_past_main() {
    let html = format!(
        r##"<html><head><title>Council Meets</title></head><body><div class="w1">
<div class="w2"><a href="/">Home</a></div>
<main class="w3"><h1>Council Meets</h1><div class="w4"><p>{PARA} The opening of the story.</p>
<p>{PARA} The end of the story.</p></div></main>
<div class="w5"><p>The Harbor Weekly has covered the northern coast since 1921.</p>
<p>Our newsroom of twelve lives in the towns it covers every week.</p>
<p>Readers in these towns keep the paper free to read for everybody.</p></div>
</div></body></html>"##
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["The opening of the story.", "The end of the story."],
    );
    assert_drops(&x.body, &["since 1921", "free to read"]);
}

#[test]
fn widget_words_left_as_lines_are_dropped_sentences_holding_them_not() {
    for t in [
        "Hi, what are you looking for?",
        "Summarize this article with:",
        "Summarize with AI:",
        "Link copied!",
        "Save to favorites",
        "Followers",
        "PDF Version",
        "You are signed out",
        "Reviewed by,",
        "Fact-checked by",
    ] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in [
        "what are you looking for in a caterer?",
        "the link copied from the email was broken",
        "reviewed by the board",
        "followers of the plan",
    ] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
    // In a story: the widget lines go, a paragraph that says the same words stays.
    let x = run(&story_with_tail(
        "<div><span>Summarize this article with:</span></div><p>PDF Version</p>\
         <p>Save to favorites</p><p><a href=/login>Followers</a></p><p>What are you looking for in a new council? Residents \
         answered the survey with long lists of wishes for the transit plan.</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(
        x.body
            .contains("What are you looking for in a new council?"),
        "{}",
        x.body
    );
    for chrome in [
        "Summarize this",
        "PDF Version",
        "Save to favorites",
        "Followers",
    ] {
        assert!(!x.body.contains(chrome), "{chrome} in {}", x.body);
    }
}

#[test]
fn reading_and_rating_widget_lines_are_dropped_sentences_holding_them_not() {
    for t in [
        "Font Size",
        "Press enter or click to view image in full size",
        "Was this article helpful for you?",
        "We are sorry that this post was not useful for you!",
        "Let us improve this post!",
        "Tell us how we can improve this post?",
        "You need to login or register to view and manage your bookmarks.",
    ] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in [
        "the font size of the signs was too small",
        "let us improve this post office",
    ] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
    // In a story: the widget lines go, a paragraph that says the same words stays.
    let x = run(&story_with_tail(
        "<p>Font Size</p><figure><div role=button><span>Press enter or click to view image \
         in full size</span><img src=a.jpg></div></figure>\
         <p>We are sorry that this post was not useful for you!</p><p>Let us improve this \
         post!</p><p>Residents said the font size of the timetables was too small to read \
         at the stops, and asked the council to print larger ones.</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(
        x.body.contains("the font size of the timetables"),
        "{}",
        x.body
    );
    for chrome in ["Font Size", "Press enter", "not useful", "Let us improve"] {
        assert!(!x.body.contains(chrome), "{chrome} in {}", x.body);
    }
}

#[test]
fn long_bylines_with_role_or_date_are_dropped_sentences_opening_with_by_not() {
    let x = run(&story_with_tail(
        "<p>// By Ann Lee \u{2022} Nov 11, 2020</p>\
         <div>By <a href=/a/1>Jane Reporter</a> \u{2013} Updated Sep 9, 2025 at 1:00 PM EST | \
         Fact-checked by <a href=/a/2>Bo Park</a></div>\
         <li>Reviewed by Jo Kim, MD, Editor in Chief, Example Health Watch; Editorial Board \
         Member</li>\
         <p>By the end of the meeting, the council had agreed to fund the first phase.</p>\
         <p>By Tuesday, residents had sent more than four hundred letters about the plan.</p>\
         <p>On Behalf of Lee &amp; Park LLP | Apr 21, 2017 | Family Law</p>\
         <p>On behalf of the residents, the mayor thanked the council for its patience.</p>",
    ));
    assert!(x.body.contains("On behalf of the residents"), "{}", x.body);
    assert!(!x.body.contains("Park LLP"), "{}", x.body);
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(x.body.contains("By the end of the meeting"), "{}", x.body);
    assert!(x.body.contains("By Tuesday, residents"), "{}", x.body);
    for chrome in ["Ann Lee", "Fact-checked", "Jo Kim"] {
        assert!(!x.body.contains(chrome), "{chrome} in {}", x.body);
    }
}

#[test]
fn a_contents_title_without_its_entries_is_dropped_one_over_its_entries_not() {
    // The entries, a menu of in-page links, are dropped: their title goes with them.
    let x = run(&story_with_tail("").replace(
        "<div class=article-body>",
        "<div class=article-body><h2>In This Article</h2>\
         <div class=jump><a href='#a'>Costs</a> <a href='#b'>Timeline</a></div>",
    ));
    assert!(x.body.contains("Paragraph number 0"), "{}", x.body);
    assert!(!x.body.contains("In This Article"), "{}", x.body);
    // A list of the guide's parts stays, and so does its title.
    let x = run(&story_with_tail("").replace(
        "<div class=article-body>",
        "<div class=article-body><h2>Contents</h2><ul><li>The council's transit plan and its \
         budget</li><li>What residents said at the meeting</li></ul>",
    ));
    assert!(x.body.contains("Contents\n\n- The council"), "{}", x.body);
}

#[test]
fn a_cookie_notice_left_in_the_story_is_dropped_a_story_about_cookies_not() {
    let x = run(&story_with_tail(
        "<p>This website uses cookies to improve your experience. We'll assume you're ok with \
         this, but you can opt-out if you wish. Accept Reject Read More</p>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("uses cookies"), "{}", x.body);
    let x = run(&story_with_tail(
        "<p>Apps that use cookies or send marketing email must also follow the privacy rules \
         of each country where their users live.</p>",
    ));
    assert!(x.body.contains("Apps that use cookies"), "{}", x.body);
}

#[test]
fn a_page_of_items_does_not_open_with_its_title() {
    let sections: String = (0..9)
        .map(|i| {
            format!(
                "<section><h3><a href=/services/area-{i}>Consulting area {i}</a></h3>\
                 <p>Our advisers review how your team plans, budgets and reports for area {i}, \
                 then set out the changes that matter most and the order to make them in.</p></section>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Advisory services</title></head><body>\
         <main><h1>Advisory services</h1>{sections}</main></body></html>"
    );
    let url = url::Url::parse("https://firm.example.com/advisory-services").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Other);
    assert!(!x.body.starts_with("Advisory services"), "{}", x.body);
    assert!(x.body.contains("Consulting area 0"), "{}", x.body);
}

#[test]
fn a_line_of_the_storys_tags_is_chrome() {
    for t in [
        "tags: employment, health & fitness",
        "category: personal finance 101",
        "topics:",
    ] {
        assert!(is_taxonomy_line(t), "{t}");
    }
    for t in [
        "the tags: red, green and blue",
        "note: tags are free",
        "tag line",
    ] {
        assert!(!is_taxonomy_line(t), "{t}");
    }
}

#[test]
fn a_sentence_of_mostly_linked_phrases_stays_in_a_story() {
    let x = run(&story_with_tail(&format!(
        "<p>This resort features in my <a href=/a>top 10 lists of the best hotels</a> and \
         <a href=/b>the best luxury resorts in Oman</a>.</p><p>{PARA} After it.</p>"
    )));
    assert!(x.body.contains("best luxury resorts in Oman"), "{}", x.body);
    // A row of links is not a sentence.
    let x = run(&story_with_tail(&format!(
        "<p><a href=/a>Best hotels in the world</a> <a href=/b>Best luxury resorts in Oman</a> \
         extra</p><p>{PARA} After it.</p>"
    )));
    assert!(!x.body.contains("Best luxury resorts"), "{}", x.body);
}

#[test]
fn a_shops_cross_sell_box_under_its_heading_is_dropped() {
    // "Customers also bought" opens a box of other products: its cards (a name and a price
    // each) are not this product's page, and close at the next heading of their level.
    let cards: String = (0..3)
        .map(|i| {
            format!(
                "<div><a href=\"/products/other-{i}\">Other mug {i}</a><span>$2{i}.00</span></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Stone mug\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"30\"}}}}</script></head>\
         <body><main><h1>Stone mug</h1><p>$30.00</p>\
         <div class=details><p>A speckled stoneware mug, thrown by hand and glazed in white.</p>\
         <p>Holds 350 ml; dishwasher safe.</p></div>\
         <h2>Customers also bought</h2><div class=grid>{cards}</div>\
         <h2>Care</h2><p>Avoid sudden changes of temperature.</p></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/stone-mug").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["speckled stoneware", "Holds 350 ml"]);
    assert_drops(&x.body, &["Customers also bought", "Other mug 1"]);
}

#[test]
fn a_product_pages_carousel_of_priced_cards_is_dropped() {
    // No heading names the box, but three cards of one class, each a link and a price, are
    // other products beside the page's one: they go, the product's own price stays.
    let cards: String = (0..3)
        .map(|i| {
            format!(
                "<div class=\"tile\"><p><a href=\"/products/other-{i}\">Other mug number {i}</a></p>\
                 <p>$2{i}.00</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Stone mug\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"30\"}}}}</script></head>\
         <body><main><h1>Stone mug</h1><p>$30.00</p>\
         <div class=details><p>A speckled stoneware mug, thrown by hand and glazed in white.</p>\
         <p>Holds 350 ml; dishwasher safe. {PARA}</p></div>\
         <div class=strip>{cards}</div>\
         <h2>Care</h2><p>Avoid sudden changes of temperature.</p></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/stone-mug").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(
        &x.body,
        &["speckled stoneware", "$30.00", "Avoid sudden changes"],
    );
    assert_drops(&x.body, &["Other mug number 1", "$21.00"]);
}

#[test]
fn shop_closers_name_boxes_of_other_products_not_sentences() {
    assert!(super::closers::is_shop_closer(
        "Customers also bought",
        false
    ));
    assert!(super::closers::is_shop_closer(
        "Frequently Bought Together",
        false
    ));
    assert!(super::closers::is_shop_closer("Similar items", false));
    assert!(!super::closers::is_shop_closer(
        "Similar items ship free.",
        true
    ));
    assert!(!super::closers::is_shop_closer("Care and cleaning", true));
    // A catalogue lists its best sellers as content; a product page's are other products.
    assert!(super::closers::is_shop_closer("Best sellers", true));
    assert!(!super::closers::is_shop_closer("Best sellers", false));
    assert!(super::closers::is_shop_closer("Shipping & Returns", true));
    assert!(super::closers::is_shop_closer("Featured Products", true));
    assert!(super::closers::is_shop_closer(
        "Sign up for our newsletter",
        true
    ));
}

#[test]
fn a_shops_related_articles_close_like_a_storys() {
    // Pages of items close the story's own tails too: the shop blog's "Related articles".
    let links: String = (0..3)
        .map(|i| format!("<li><a href=\"/blog/post-{i}\">How to brew coffee number {i}</a></li>"))
        .collect();
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Stone mug\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"30\"}}}}</script></head>\
         <body><main><h1>Stone mug</h1><p>$30.00</p>\
         <div class=details><p>A speckled stoneware mug, thrown by hand and glazed in white.</p>\
         <p>Holds 350 ml; dishwasher safe.</p></div>\
         <h2>Related articles</h2><ul>{links}</ul>\
         <h2>Care</h2><p>Avoid sudden changes of temperature.</p></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/stone-mug").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(&x.body, &["speckled stoneware", "Holds 350 ml"]);
    assert_drops(&x.body, &["Related articles", "brew coffee number 1"]);
}

#[test]
fn a_sections_header_holding_its_title_stays() {
    // The paragraphs do not repeat the titles: a title is in the body only as a heading.
    let section = |title: &str| {
        let n = title.len();
        format!("<section><header><h2>{title}</h2></header><p>{PARA} Part {n}.</p><p>{PARA} Still part {n}.</p></section>")
    };
    let html = format!(
        "<html><body><header><div class=brand>Example Site</div><p>The magazine of the town</p></header>\
         <article><header><h1>Nine myths</h1><p class=meta>March 3, 2024</p></header>{}{}{}</article></body></html>",
        section("First myth about fat"),
        section("Second myth about fruit"),
        section("Third myth about protein")
    );
    let b = run(&html).body;
    assert_keeps(
        &b,
        &[
            "First myth about fat",
            "Second myth about fruit",
            "Third myth about protein",
        ],
    );
    assert_drops(&b, &["Example Site", "magazine of the town"]);
}

#[test]
fn a_sites_copyright_notice_and_form_terms_in_the_story_are_dropped() {
    for tail in [
        "<p>Copyright © 2023 Example Radio. All rights reserved. Visit our website terms of use \
         and permissions pages for further information.</p>",
        "<p>© 2004-2025 Jane Writer and Example Press.</p>",
        "<p>By signing up, you agree to receive recurring automated marketing messages at the \
         number provided. Msg and data rates may apply.</p>",
        "<p>By posting a comment, you consent to have your personally identifiable information \
         collected and used in accordance with our privacy policy.</p>",
    ] {
        let x = run(&story_with_tail(tail));
        assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
        assert_drops(
            &x.body,
            &["rights", "© 2004", "By signing up", "By posting"],
        );
    }
    // A credit or a date in passing, and a story's sentence about rights, stay.
    for (tail, lead) in [
        (
            "<p>The catalogue lists garage hardware made in New Britain by Stanley Works, ©1919, \
             with page images kept at the library.</p>",
            "Stanley Works, ©1919",
        ),
        (
            "<p>© Provided by Example Wire: the company shocked the world earlier this year by \
             announcing its first foray into mobile gaming.</p>",
            "© Provided by Example Wire",
        ),
        (
            "<p>By signing up early, residents secured a place in the new transit pass scheme.</p>",
            "By signing up early",
        ),
    ] {
        let x = run(&story_with_tail(tail));
        assert_keeps(&x.body, &[lead]);
    }
}

#[test]
fn a_closing_disclaimer_box_is_dropped_a_story_tagged_with_disclaimers_not() {
    let x = run(&story_with_tail(
        "<div class=article-disclaimer><p>As a service to our readers, the council's office \
         keeps an archive of its reports. Please note the date each was last reviewed.</p></div>",
    ));
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("archive of its reports"), "{}", x.body);
    // The story's own wrapper named after the disclaimers it shows keeps its text.
    let html = story_with_tail("<p>The council will meet again in May.</p>")
        .replace("<article>", "<article class='entry disclaimer-affiliate'>");
    let x = run(&html);
    assert!(x.body.contains("meet again in May"), "{}", x.body);
}

/// The cards of a listing, each a linked headline, a teaser and a date.
fn story_cards(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "<div class=card><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3>\
                 <p>Short teaser {i} for the story.</p><span>March {i}, 2026</span></div>"
            )
        })
        .collect()
}

/// A news site's listing at `path` with `main` as its main column under the site's nav; the
/// engine must read it as a listing, or the listing rules under test are never reached.
fn news_listing(path: &str, main: &str) -> Extraction {
    let html = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>\
         <main>{main}</main></body></html>"
    );
    let url = url::Url::parse(&format!("https://news.example.com{path}")).unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    x
}

#[test]
fn a_listings_trending_box_after_its_list_is_dropped() {
    // The box shares the list's section: only its heading tells it from the page's list.
    let trending: String = (0..4)
        .map(|i| {
            format!(
                "<li><a href=/t/{i}>Trending pick {i} of the week</a>\
                 <p>Readers could not stop talking about pick {i} this week.</p></li>"
            )
        })
        .collect();
    let x = news_listing(
        "/category/world",
        &format!(
            "<h1>World</h1><section><h2>World news</h2>{}\
             <h2>Trending stories</h2><ul>{trending}</ul></section>",
            story_cards(10)
        ),
    );
    assert_keeps(
        &x.body,
        &[
            "Story number 0 headline",
            "Story number 9 headline",
            "Short teaser 5",
        ],
    );
    assert_drops(
        &x.body,
        &["Trending stories", "Trending pick 2", "about pick 3"],
    );
}

#[test]
fn a_listing_whose_own_list_is_named_like_a_secondary_one_keeps_it() {
    // Nothing comes before the heading: the list it opens is the page's.
    let x = news_listing(
        "/trending",
        &format!(
            "<h1>Trending</h1><section><h2>Trending this week</h2>{}</section>",
            story_cards(10)
        ),
    );
    assert_keeps(
        &x.body,
        &["Story number 0 headline", "Story number 9 headline"],
    );
}

#[test]
fn list_closers_name_secondary_lists_not_sentences() {
    use super::closers::is_list_closer;
    assert!(is_list_closer("Trending Searches"));
    assert!(is_list_closer("More in Condiments & Sauces"));
    assert!(is_list_closer("Shop by Category"));
    // Lists of an earlier period after the day's list.
    assert!(is_list_closer("Yesterday's Top Products"));
    assert!(is_list_closer("Last week’s top stories"));
    assert!(!is_list_closer("Morning briefing"));
    assert!(!is_list_closer("Trending upward all year."));
}

/// A paper's abstract page at a path of identifiers: one abstract paragraph among the
/// repository's links, with the scholarly citation tags in its head or without them.
fn abstract_page(citation: bool) -> crate::Extraction {
    let tags = if citation {
        "<meta name=\"citation_title\" content=\"Transit Plans and Council Votes\">\
         <meta name=\"citation_author\" content=\"Roe, Jane\">"
    } else {
        ""
    };
    let html = format!(
        "<html><head><title>Transit Plans and Council Votes</title>{tags}</head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/list\">Browse</a> <a href=\"/help\">Help</a></nav>\
         <div id=\"content\"><h1>Transit Plans and Council Votes</h1><div>Jane Roe</div>\
         <blockquote>{PARA} {PARA}</blockquote>\
         <ul><li><a href=\"/pdf/1\">View PDF</a></li><li><a href=\"/cite/1\">Cite as</a></li></ul>\
         </div></body></html>"
    );
    let url = url::Url::parse("https://papers.example.org/abs/2512.16245").unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

#[test]
fn citation_tags_mark_a_papers_page_as_an_article() {
    assert_ne!(abstract_page(false).page_kind, PageKind::Article);
    assert_eq!(abstract_page(true).page_kind, PageKind::Article);
}

/// A signed, dated blog post of six paragraphs without `<article>`, followed by its readers'
/// comments (names, times, reply and permalink links), at `path`.
fn commented_post(path: &str) -> crate::Extraction {
    let story: String = (0..6)
        .map(|i| format!("<p>{THIRD_PERSON} Part {i}.</p>\n"))
        .collect();
    let comments: String = (0..10)
        .map(|i| {
            format!(
                "<div class=\"comment\"><div class=\"comment-author\">Reader {i}</div>\
                 <time datetime=\"2008-09-0{i}\">Sept {i}</time><p>Good point, thanks.</p>\
                 <a href=\"#c{i}\">Reply</a> <a href=\"#p{i}\">Permalink</a></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Roof Repair Lessons</title>\
         <meta name=\"author\" content=\"Jane Roe\">\
         <meta property=\"article:published_time\" content=\"2008-09-08\"></head><body>\
         <div class=\"post\"><h1>Roof Repair Lessons</h1>{story}</div>\
         <div id=\"comments\">{comments}</div></body></html>"
    );
    let url = url::Url::parse(&format!("https://www.example.com{path}")).unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

#[test]
fn a_slug_after_the_paths_date_names_one_story() {
    assert_eq!(
        commented_post("/2008/09/roof-repair.html").page_kind,
        PageKind::Article
    );
    assert_eq!(commented_post("/2008/09/").page_kind, PageKind::Forum);
}

#[test]
fn a_headline_slug_under_a_blog_names_one_story() {
    assert_eq!(
        commented_post("/blog/roof-repair-lessons-learned").page_kind,
        PageKind::Article
    );
    assert_eq!(
        commented_post("/roof-repair-lessons-learned").page_kind,
        PageKind::Forum
    );
}

#[test]
fn a_shop_page_whose_only_text_is_its_footer_has_no_body() {
    // A script renders the product: all the HTML says is the store's footer, which is no
    // description of the product, however much of the page it is.
    let html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Hemp dress\",\"offers\":{\"@type\":\"Offer\",\"price\":\"150\"}}</script></head>\
         <body><div id=root></div><footer><div class=site-info>\
         <h5>Help</h5><p><a href=/help>Help Center</a>, <a href=/returns>Return policy</a>, \
         <a href=/report>Report a listing</a></p><h5>Our sites</h5><p>Russian, Portuguese, \
         Spanish, French, German and Italian sites serve shoppers across the world.</p>\
         <p>Copyright 2026 Example Shop. All rights reserved.</p></div></footer></body></html>";
    let url = url::Url::parse("https://shop.example.com/item/1234567.html").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_eq!(x.body, "");
}

#[test]
fn a_product_box_rendered_twice_is_read_once() {
    // The theme renders the name box and the badges once for phones and once for desktops.
    let boxed = "<div class=summary><h2>Rambler tumbler</h2><p>20 oz, with lid</p>\
                 <p>Item No. 2107</p><ul><li>Cupholder compatible</li><li>Dishwasher safe</li></ul></div>";
    let html = format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Rambler tumbler\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"35\"}}}}</script></head>\
         <body><main><div class=mobile-only>{boxed}</div><div class=desktop-only>{boxed}\
         <p>$35.00</p><div class=details><p>A go-to for coffee on the go, made from kitchen-grade stainless steel with double-wall vacuum insulation.</p>\
         </div></div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/rambler-20oz").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_eq!(x.body.matches("Item No. 2107").count(), 1, "{}", x.body);
    assert_keeps(&x.body, &["kitchen-grade stainless steel", "$35.00"]);
}

#[test]
fn drop_repeated_runs_keeps_short_repeats_and_new_orders() {
    use super::drop_repeated_runs;
    assert_eq!(
        drop_repeated_runs("A\n\nB\n\nC\n\nD\n\nA\n\nB\n\nC".to_string()),
        "A\n\nB\n\nC\n\nD"
    );
    // The same blocks in another order, or a repeat of two, stay.
    let kept = "A\n\nB\n\nC\n\nD\n\nC\n\nB\n\nA\n\nA\n\nB";
    assert_eq!(drop_repeated_runs(kept.to_string()), kept);
}

#[test]
fn a_section_h1_after_the_story_began_is_kept() {
    let html = format!(
        r##"<html><head><title>Why Monitoring Matters - Example Blog</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Why Monitoring Matters</h1>
<p>{PARA} The opening of the story.</p><p>{PARA} More of the opening.</p>
<h1>Profiling in production</h1>
<p>{PARA} The second section of the story.</p><p>{PARA} More of the second section.</p>
<h1>Why Monitoring Matters</h1>
<p>{PARA} The last section of the story.</p>
</article></body></html>"##
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Profiling in production", "The second section"]);
    // The page's title, at the top or said again, is not a section.
    assert!(!x.body.contains("Why Monitoring Matters"), "{}", x.body);
}

#[test]
fn an_ad_slot_label_in_the_story_is_dropped() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p><div class="slot">ADVERTISING</div>
<p>{PARA} The story goes on after the slot.</p><p>{PARA} And ends.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["goes on after the slot"]);
    assert_drops(&x.body, &["ADVERTISING"]);
}

#[test]
fn a_teaser_card_of_linked_headlines_inset_in_a_story_is_dropped() {
    let card = r#"<div class="bucketwrap inset"><a class="imagewrap" href="/2021/12/21/mindfulness"><img src="a.jpg" alt="Mindfulness"></a>
<div class="bucketblock"><h3 class="slug"><a href="/lifekit">Life Kit</a></h3>
<h3><a href="/2021/12/21/mindfulness">Stressed? Instead of distracting yourself, try paying closer attention</a></h3></div></div>"#;
    // A roundup's item keeps its linked title: the box holds its text too.
    let item = r#"<div class="item"><h3><a href="/tours/lofoten">Lofoten Islands Winter Photo Tour</a></h3>
<p>A week under the northern lights, with a guide who knows every fjord of the islands well.</p></div>"#;
    // A grid of names (a docs page's providers) is no teaser.
    let names = r#"<div class="grid"><a href="/docs/sms/a"><h5>MessageBird</h5></a><a href="/docs/sms/b"><h5>Twilio</h5></a></div>"#;
    // The section's name may be a plain line over the headline.
    let kicker = r#"<div class="related-resource"><div class="kind"><a href="/blog">Blog</a></div>
<h4><a href="/blog/free-storyboard-template">Free Storyboard Template for Video</a></h4></div>"#;
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>{card}<p>{PARA} Between the cards.</p>{kicker}
<p>{PARA} The story goes on after the card.</p>{item}{names}<p>{PARA} And ends.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "goes on after the card",
            "Lofoten Islands Winter Photo Tour",
            "Twilio",
        ],
    );
    assert_drops(
        &x.body,
        &["Life Kit", "Stressed? Instead", "Free Storyboard Template"],
    );
}

#[test]
fn a_labelled_card_of_a_related_story_with_its_summary_inset_in_a_story_is_dropped() {
    // A publishing system's inline card: a "Related" flag, the other story's linked headline
    // and its one-line summary, which keeps the card from being link-dense.
    let card = r#"<div class="inline-asset"><div class="card"><div class="card-image"><a href="/n/fees"><img src="f.jpg" alt=""></a></div>
<div class="card-body"><div class="card-label-flags"><span class="label">Related</span></div>
<div class="card-headline"><h3 class="tnt-headline"><a href="/n/fees">Trash fees set to rise eight percent in July</a></h3></div>
<div class="card-lead"><p class="tnt-summary">The increase is the first in five years and adds three dollars a month.</p></div></div></div></div>"#;
    // A roundup's item, its linked title over its own text, has no such label.
    let item = r#"<div class="item"><h3><a href="/tours/lofoten">Lofoten Islands Winter Photo Tour</a></h3>
<p>A week under the northern lights, with a guide who knows every fjord.</p><div class="button"><a href="/tours/lofoten">Read more</a></div></div>"#;
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>{card}<p>{PARA} The story goes on after the card.</p>{item}<p>{PARA} And ends.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "goes on after the card",
            "Lofoten Islands Winter Photo Tour",
            "guide who knows every fjord",
        ],
    );
    assert_drops(
        &x.body,
        &["Trash fees set", "first in five years", "Related"],
    );
}

#[test]
fn a_pull_quote_repeating_a_sentence_of_the_story_is_dropped() {
    let said = "You stop thinking about the schedule and start thinking about the rocks";
    let pull = format!(
        r#"<figure class="wp-block-pullquote"><blockquote><p>“{said}.”</p><cite>Ivo Brannigan, deckhand</cite></blockquote></figure>"#
    );
    // A quotation the story does not say elsewhere is its own text.
    let own = "<blockquote><p>The harbor master wrote that the channel would stay closed until the spring tides.</p></blockquote>";
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p><p>“{said},” said deckhand Ivo Brannigan, who has worked on the route for nine years.</p>
{pull}<p>{PARA} The story goes on after the quote.</p>{own}<p>{PARA} And ends.</p>
"##
    ));
    let x = run(&html);
    assert_eq!(x.body.matches(said).count(), 1, "{}", x.body);
    assert_keeps(
        &x.body,
        &[
            "said deckhand Ivo",
            "goes on after the quote",
            "harbor master wrote",
        ],
    );
    assert_drops(&x.body, &["Brannigan, deckhand"]);
    // A quote that repeats a sentence and adds one of its own is the story's own text.
    let html = council_story(&format!(
        "<p>{PARA} The department said that we are reviewing all available footage of the \
         incident and would comment later.</p><blockquote><p>We are reviewing all available \
         footage of the incident.</p><p>Officers involved have been placed on administrative \
         leave pending the outcome of the inquiry.</p></blockquote><p>{PARA} And ends.</p>"
    ));
    assert_keeps(
        &run(&html).body,
        &["administrative leave", "footage of the incident."],
    );
}

#[test]
fn a_live_blogs_entry_times_set_apart_from_the_entries_are_kept() {
    let entry = |t: &str, i: usize| {
        format!(
            r#"<div class="live-update"><div class="live-update__meta"><time class="live-update__time">{t}</time></div><div class="live-update__content"><p>{PARA} Update number {i}.</p></div></div>"#
        )
    };
    let entries: String = ["7:58 p.m.", "6:41 p.m.", "5:15 p.m.", "3:02 p.m."]
        .iter()
        .enumerate()
        .map(|(i, t)| entry(t, i))
        .collect();
    let rows: String = ["11:52 PM", "11:05 PM", "10:31 PM"]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(r#"<tr class="row"><td class="liveblog-time"><span>{t}</span></td><td><p>{PARA} Row {i}.</p></td></tr>"#)
        })
        .collect();
    // A story's own dateline stays out.
    let html = council_story(&format!(
        r#"<div class="post-meta"><time>March 5, 2024</time></div><div class="feed">{entries}</div><table class="liveblog"><tbody>{rows}</tbody></table>"#
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "7:58 p.m.",
            "3:02 p.m.",
            "Update number 3",
            "11:52 PM",
            "10:31 PM",
            "Row 2",
        ],
    );
    assert_drops(&x.body, &["March 5, 2024"]);
}

#[test]
fn a_blogging_platforms_post_header_notes_and_bare_counters_are_dropped() {
    let html = council_story(&format!(
        r##"<div class="note"><p>Member-only story</p></div><div class="pub"><span>Published in</span> <a href="/pub">Field Notes on Cities Magazine Online</a></div>
<div class="claps"><p><span>2.4K</span></p></div><p>{PARA} The opening of the story.</p><p>{PARA} The middle of the story.</p>
<table><tr><td>Riders</td><td>31K</td></tr></table><p>{PARA} And ends.</p><div class="claps"><p>1.2K</p></div>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["The opening of the story", "And ends", "31K"]);
    assert_drops(&x.body, &["Member-only", "Published in", "2.4K", "1.2K"]);
    // A stat box's figure, its label after it, is the story's.
    let html = council_story(&format!(
        r#"<p>{PARA} The opening.</p><div class="stat"><p class="figure">4.5M</p><p class="label">households lost power</p></div><div class="stat"><div><p>12K</p></div><div><p>utility workers deployed</p></div></div><p>{PARA} And ends.</p>"#
    ));
    assert_keeps(&run(&html).body, &["4.5M", "12K", "households lost power"]);
    assert!(super::lines::is_abbreviated_count("2.4K"));
    assert!(!super::lines::is_abbreviated_count("K"));
    assert!(!super::lines::is_abbreviated_count("2.4"));
    assert!(!super::lines::is_abbreviated_count("Mark"));
}

#[test]
fn a_quiz_or_poll_widget_set_in_a_story_is_dropped() {
    let quiz = r#"<div class="quiz-embed"><h4>Quiz: How well do you know the town's noise rules?</h4><p>Question 1 of 5</p>
<p class="q">What time do construction sites have to go quiet on weekdays in the town centre?</p><ul><li><button>6 p.m.</button></li><li><button>8 p.m.</button></li></ul><button>Next question</button></div>"#;
    let poll = r#"<div class="poll-widget"><h4>Should the council ban gas-powered leaf blowers in summer?</h4><ul><li>Yes, all year round</li><li>Only in the summer months</li></ul><p>1,208 votes so far</p></div>"#;
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>{quiz}<p>{PARA} The middle of the story.</p>{poll}<p>{PARA} And ends.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "The opening of the story",
            "The middle of the story",
            "And ends",
        ],
    );
    assert_drops(
        &x.body,
        &[
            "Quiz:",
            "Question 1 of 5",
            "construction sites",
            "leaf blowers",
            "1,208 votes",
        ],
    );
    // An election story's poll results are its data, whatever their box is called.
    let html = council_story(&format!(
        r#"<p>{PARA} The opening.</p><p>The latest survey of likely voters found:</p><div class="poll-results"><table><tr><th>Candidate</th><th>Share</th></tr><tr><td>Maria Lopez</td><td>46%</td></tr><tr><td>Tom Berg</td><td>41%</td></tr><tr><td>Undecided</td><td>13%</td></tr></table><p>The survey of 812 likely voters has a margin of error of 3.4 points.</p></div><p>{PARA} And ends.</p>"#
    ));
    assert_keeps(&run(&html).body, &["Maria Lopez", "margin of error"]);
}

/// A page of `paragraph`s (six, as [`plain_page`]) followed by an FAQ whose answers are hidden
/// until a click opens them, and a breadcrumb whose last link is a question over a hidden menu.
fn faq_page(paragraph: &str, in_article: bool) -> crate::Extraction {
    roof_repair_page(
        paragraph,
        in_article,
        "<ul class=crumbs><li><a href=\"/\">Home</a></li><li><a href=\"/faq\">Need a roofer?</a></li></ul>\
         <div style=\"display:none\"><p>Sign in to see your saved quotes and past visits.</p></div>",
        "<h2>Frequently asked questions</h2>\
         <div class=faq-item><h3><a href=\"#q1\">How long does a roof repair take?</a></h3>\
         <div class=faq-answer aria-hidden=true><p>Most repairs are done in a day, weather allowing.</p></div></div>\
         <div class=faq-item><h3>Do you offer a warranty?</h3>\
         <div class=faq-answer hidden><p>Every repair comes with a ten-year workmanship warranty.</p></div></div>\
         <div class=faq-item><p>Can I stay at home during the work?</p>\
         <div class=faq-answer style=\"display: none\"><p>Yes, the crew works outside only.</p></div></div>",
    )
}

#[test]
fn a_question_naming_a_chrome_phrase_stays_on_a_page_that_is_no_story() {
    let x = roof_repair_page(
        FIRST_PLURAL,
        true,
        "",
        "<h2>Questions</h2>\
         <h3>What are the most popular roofing materials in the county?</h3>\
         <p>Asphalt shingles, then metal panels for barns and workshops.</p>\
         <h3>Can I sign up for a yearly inspection?</h3>\
         <p>Yes, every plan includes one visit after the winter storms.</p>\
         <p>Sign up for our newsletter</p><p>Most popular?</p>",
    );
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "What are the most popular roofing materials in the county?",
            "Can I sign up for a yearly inspection?",
        ],
    );
    assert_drops(&x.body, &["our newsletter", "Most popular?"]);
}

#[test]
fn a_hidden_answer_after_a_question_is_read_on_a_page_that_is_no_story() {
    let x = faq_page(FIRST_PLURAL, true);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "How long does a roof repair take?\n\nMost repairs are done in a day",
            "Do you offer a warranty?\n\nEvery repair comes with a ten-year",
            "Can I stay at home during the work?\n\nYes, the crew works outside",
        ],
    );
    // A linked question that is no heading (a breadcrumb's) is followed by no answer.
    assert_drops(&x.body, &["saved quotes"]);
    // A story reads as its page shows it, and its kind is judged the same with or without
    // the answers.
    let story = faq_page(THIRD_PERSON, true);
    assert_eq!(story.page_kind, PageKind::Article);
    assert_drops(&story.body, &["Most repairs", "ten-year", "works outside"]);
}

#[test]
fn a_chrome_phrase_after_other_words_of_a_sentence_is_the_story() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<p>Two of the most popular routes run past the hall.</p>
<p>{PARA} The middle of the story.</p>
<p>You can read more about the plan in our guide.</p>
<p>{PARA} The end of the story.</p>
<p>Most Popular</p>
<p>Love this story? Subscribe to our newsletter!</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Two of the most popular routes run past the hall.",
            "You can read more about the plan in our guide.",
        ],
    );
    assert_drops(&x.body, &["Most Popular", "Subscribe to our newsletter"]);
}

#[test]
fn a_chrome_phrase_in_an_item_of_a_list_without_links_is_the_story() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<p>{PARA} What residents said slows the buses down.</p>
<ul><li>Slow loading times</li>
<li>Too few drivers on the night routes</li>
<li>Sign in delays at the depot gate</li></ul>
<table><tr><td>Route</td><td>Reach</td></tr>
<tr><td>Harbour line</td><td>High (comments, likes, shares)</td></tr>
<tr><td>Hill line</td><td>Low</td></tr></table>
<p>{PARA} The end of the story.</p>
<ul><li><a href="/login">Log in</a></li><li><a href="/join">Sign up</a></li>
<li>Loading</li></ul>
<ul><li><span>Share on Facebook</span></li><li><span>Sign up for our newsletter</span></li>
<li><span>Share on LinkedIn</span></li></ul>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Slow loading times",
            "Sign in delays at the depot gate",
            "High (comments, likes, shares)",
        ],
    );
    assert_drops(
        &x.body,
        &[
            "Log in",
            "Sign up",
            "Loading\n",
            "Share on Facebook",
            "newsletter",
        ],
    );
}

#[test]
fn cookie_and_copyright_after_other_words_of_a_line_are_the_story() {
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<ul><li>Who holds the copyright over the council's old maps?</li>
<li>A treat for all the cookie dough lovers at the fair</li></ul>
<p>{PARA} The end of the story.</p>
<p>Copyright Example News and its partners worldwide</p>
"##
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Who holds the copyright over the council's old maps?",
            "for all the cookie dough lovers",
        ],
    );
    assert_drops(&x.body, &["Copyright Example News"]);
}

#[test]
fn a_subheading_of_some_words_naming_the_author_is_no_byline() {
    let html = format!(
        r##"<html><head><title>Council Meets - Example News</title>
<meta name=author content='Jane Reporter'></head><body>
<article><h1>Council Meets</h1>
<p class=meta>Jane Reporter</p>
<p>{PARA} The opening of the story.</p>
<h2>How Jane Reporter Covered the Council</h2>
<p>{PARA} The end of the story.</p>
</article></body></html>"##
    );
    let x = run(&html);
    assert_keeps(&x.body, &["How Jane Reporter Covered the Council"]);
    assert_drops(&x.body, &["Jane Reporter\n"]);
    assert!(!x.body.starts_with("Jane Reporter"), "{}", x.body);
}

#[test]
fn a_range_of_days_is_an_events_dates_not_a_dateline() {
    assert!(has_day_range("june 17-20, 2026"));
    assert!(has_day_range("berlin, may 3\u{2013}5"));
    assert!(!has_day_range("june 17, 2026"));
    assert!(!has_day_range("2026-06-17"));
    assert!(!has_day_range("pages 17-20"));
    let html = council_story(&format!(
        r##"<p>June 2, 2026</p>
<p>{PARA} The opening of the story.</p>
<h3>Regional Transit Summit</h3>
<p>June 17-20, 2026</p>
<p>{PARA} The end of the story.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["June 17-20, 2026"]);
    assert_drops(&x.body, &["June 2, 2026"]);
}

#[test]
fn a_labelled_pointer_to_another_story_is_dropped() {
    assert!(is_cross_link_line(
        "Related: Why Does Your Business Need Local SEO?"
    ));
    assert!(is_cross_link_line("READ: 13 Beginner Camping Meal Ideas"));
    assert!(!is_cross_link_line("See also:"));
    assert!(!is_cross_link_line("Related issues are covered below."));
    let html = council_story(&format!(
        r##"<p>{PARA} The opening of the story.</p>
<p>Related: Why the Transit Plan Stalled Last Year, <a href="/2018/07/01/transit-plan">in our archive</a></p>
<p>{PARA} The end of the story.</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["The end of the story."]);
    assert_drops(&x.body, &["Why the Transit Plan Stalled"]);
}

#[test]
fn a_storys_closing_widgets_said_whole_are_dropped() {
    assert!(is_whole_chrome_label("Was this article helpful?"));
    assert!(is_whole_chrome_label("Share post on:"));
    assert!(is_whole_chrome_label("Posted On"));
    assert!(!is_whole_chrome_label("Posted on the council's site"));
    let html = council_story(&format!(
        r##"<p>Posted on</p>
<p>{PARA} The opening of the story.</p>
<p>{PARA} The end of the story.</p>
<p>Thanks for visiting!</p>
<p>Was this article helpful?</p>
"##
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["The end of the story."]);
    assert_drops(
        &x.body,
        &["Posted on", "Thanks for visiting", "Was this article"],
    );
}

#[test]
fn short_chrome_prechecks_pass_every_label() {
    for label in WHOLE_CHROME_LABELS {
        assert!(is_whole_chrome_label(label), "{label}");
        assert!(
            is_whole_chrome_label(&label.to_ascii_uppercase()),
            "{label}"
        );
    }
    for label in TAXONOMY_LABELS {
        assert!(is_taxonomy_line(&format!(" {label}: news")), "{label}");
    }
    for label in CREDIT_LABELS {
        assert!(is_credit_line(&format!("{label}: afp")), "{label}");
        assert!(is_credit_line(&format!("({label}: afp)")), "{label}");
    }
    for label in EDIT_STAMP_LABELS {
        assert!(is_edit_stamp(label), "{label}");
        assert!(is_edit_stamp(&format!("- {label}: 2024-01-02")), "{label}");
    }
    for verb in EDIT_STAMP_VERBS {
        assert!(is_edit_stamp(&format!("{verb} 3 days ago")), "{verb}");
        assert!(is_edit_stamp(&format!("{verb}: 2024-01-02")), "{verb}");
    }
    assert!(!is_whole_chrome_label("a sponsored post"));
    assert!(!is_taxonomy_line("news: tags"));
    assert!(!is_credit_line("the photo: afp"));
    assert!(!is_edit_stamp("we updated 3 days ago"));
}

/// A shop page (`kind_ld` in its JSON-LD, `url_path` its address) whose `<main>` holds `inner`
/// between a navigation bar and a footer.
fn shop_shell(kind_ld: &str, url_path: &str, body_class: &str, inner: &str) -> Extraction {
    shop_shell_with_footer(kind_ld, url_path, body_class, inner, "")
}

/// [`shop_shell`] with `footer` added to the page's footer.
fn shop_shell_with_footer(
    kind_ld: &str,
    url_path: &str,
    body_class: &str,
    inner: &str,
    footer: &str,
) -> Extraction {
    let html = format!(
        "<html><head><title>Dark Roast Coffee - Example Shop</title>{kind_ld}</head>\
         <body class=\"{body_class}\"><header><nav><a href=\"/\">Home</a> \
         <a href=\"/coffee\">Coffee</a> <a href=\"/merch\">Merch</a> <a href=\"/cart\">Cart</a>\
         </nav></header>\n<main>{inner}</main>\n<footer><p>Copyright 2026 Example Shop. All \
         rights reserved.</p><a href=\"/privacy\">Privacy</a>{footer}</footer></body></html>"
    );
    let url = url::Url::parse(&format!("https://shop.example.com/{url_path}")).unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

const PRODUCT_LD: &str = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Dark Roast Coffee","offers":{"@type":"Offer","price":"19.99"}}</script>"#;

/// A product's name, price and description in a holder that `attrs` may hide.
fn product_box(attrs: &str) -> String {
    format!(
        "<div class=\"product-content\" {attrs}><h1>Dark Roast Coffee</h1>\
         <div class=\"price\">$19.99</div><div class=\"product-description\">\
         <p>A bold and smooth dark roast, blended from organic arabica and robusta beans for a \
         strong cup every morning.</p><p>Roasted in small batches and packed in a resealable \
         bag that keeps the beans fresh for weeks.</p>\
         <ul><li>Format: ground or whole bean.</li><li>Bag size: 16 ounces.</li></ul></div></div>"
    )
}

#[test]
fn a_shop_page_that_hides_all_its_content_is_read_with_it_shown() {
    let wanted = [
        "Dark Roast Coffee",
        "$19.99",
        "A bold and smooth",
        "Bag size: 16 ounces.",
    ];
    // Locked by a script (`display:none`), or hidden by attribute or from screen readers.
    for attrs in ["style=\"display:none\"", "hidden", "aria-hidden=\"true\""] {
        let x = shop_shell(PRODUCT_LD, "products/dark-roast", "", &product_box(attrs));
        assert_eq!(x.page_kind, PageKind::Product, "{attrs}");
        assert_keeps(&x.body, &wanted);
        assert_drops(&x.body, &["Copyright", "Merch"]);
    }
    // A page that shows its product keeps its hidden boxes (a menu, a size chart) out.
    let shown = format!(
        "{}<div class=\"size-chart\" style=\"display:none\"><p>Our hidden size chart lists \
         every size of every bag we sell, in ounces and in grams, for all our coffees.</p></div>",
        product_box("")
    );
    let x = shop_shell(PRODUCT_LD, "products/dark-roast", "", &shown);
    assert_keeps(&x.body, &wanted);
    assert_drops(&x.body, &["hidden size chart"]);
}

#[test]
fn a_hidden_reading_must_win_with_text_the_page_did_not_show() {
    let doc = scraper::Html::parse_document(
        "<html><body><ul><li>Free returns in store</li></ul><p>Gift cards</p></body></html>",
    );
    let page = blocks::flatten(&doc);
    assert_eq!(
        unseen_chars(&page, "- Free returns in store\n\nGift cards"),
        0
    );
    assert_eq!(
        unseen_chars(&page, "Gift cards\n\nNew line | Cell\nRow"),
        "New line".len() + "Cell".len() + "Row".len()
    );
}

/// A heading over six linked product tiles (name, line, price) in a section whose class reads
/// as chrome.
fn related_tiles() -> String {
    let tiles: String = [
        ("KR161", "quarter"),
        ("KR172", "half"),
        ("KR173", "one"),
        ("KR233", "three"),
    ]
    .iter()
    .chain(&[("KR236", "six"), ("KR240", "eight")])
    .map(|(name, acres)| {
        format!(
            "<div class=\"item\"><a href=\"/mowers/{name}\"><h3>{name}</h3><p>Robotic lawn \
                 mower for {acres} acre lawns</p></a><div class=\"price\">$ 2,099.99</div></div>"
        )
    })
    .collect();
    format!("<h1>Robotic lawn mowers</h1><section class=\"related-products\">{tiles}</section>")
}

#[test]
fn a_page_whose_only_items_are_named_like_chrome_reads_them() {
    // The page's chrome outweighs the section.
    let footer = "<p>Sign up for our newsletter and be the first to hear about new mowers, \
        seasonal offers and lawn care tips from our team of gardeners.</p>"
        .repeat(4);
    let x = shop_shell_with_footer(
        "",
        "en-us/robotic-lawn-mowers/",
        "archive hide-avatars",
        &related_tiles(),
        &footer,
    );
    assert_ne!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "KR161",
            "Robotic lawn mower for half acre lawns",
            "$ 2,099.99",
            "KR240",
        ],
    );
    assert_drops(&x.body, &["Copyright", "Merch", "newsletter"]);
    // Beside a product that the page shows, such a box is the shop's cross-sell and goes.
    let x = shop_shell(
        PRODUCT_LD,
        "products/dark-roast",
        "",
        &format!("{}{}", product_box(""), related_tiles()),
    );
    assert_keeps(&x.body, &["A bold and smooth"]);
    assert_drops(&x.body, &["KR161", "Robotic lawn mower for"]);
}

#[test]
fn a_promotion_bar_read_as_a_story_does_not_keep_a_catalogues_items_out() {
    let offers: String = ["$40", "$60 CAD", "65 EUR", "110 AUD", "480 kr", "900 kr"]
        .iter()
        .map(|o| {
            format!(
                "<span class=\"promo-bar__text\"><p>Free standard shipping on orders of {o} or \
                 more. For more information on shipping rates and timelines, please visit our \
                 international page.</p></span>"
            )
        })
        .collect();
    let tiles: String = [
        ("Balm Trio", "Original formula", "49,95"),
        ("The Super Pack", "All three serums", "104,95"),
        ("The Dewy Look", "Cloud paint and dew", "51,95"),
        ("Sip and Smile Duo", "Two lip balms", "35,95"),
    ]
    .iter()
    .map(|(name, line, price)| {
        format!(
            "<li><article class=\"product-tile\"><h3><a href=\"/products/{price}\">{name}</a>\
             </h3><p>{line}</p><p>Sale price: €{price}</p></article></li>"
        )
    })
    .collect();
    // A mega menu: the page around the bar is mostly links.
    let menu: String = (0..40)
        .map(|i| format!("<a href=\"/c/{i}\">Skincare category number {i}</a> "))
        .collect();
    let about = "We make skincare and makeup products inspired by the people who use them, \
        tested by our community and made to be part of an everyday routine.";
    let html = format!(
        "<html><head><title>Skincare Sets - Example</title>\
         <script type=\"application/ld+json\">{{\"@type\":\"CollectionPage\"}}</script></head><body>\
         <div id=\"promoBar\" class=\"promo-bar hide\"><div class=\"promo-bar__content\">\
         <div class=\"promo-bar__wrapper\"><div class=\"promo-bar__carousel\"><div class=\"slide\">\
         {offers}</div></div></div></div></div><header><nav>{menu}</nav></header>\
         <main><section><h1>Skincare Sets</h1><div>4 items</div><ul>{tiles}</ul></section></main>\
         <footer><div class=\"footer-about\"><p>{about}</p><p>{about}</p></div>\
         <a href=\"/privacy\">Privacy</a></footer></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/skincare-sets").unwrap();
    let x = extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"));
    assert_eq!(x.page_kind, PageKind::Listing);
    assert_keeps(
        &x.body,
        &[
            "Balm Trio",
            "All three serums",
            "€51,95",
            "Sip and Smile Duo",
        ],
    );
    assert_drops(&x.body, &["Free standard shipping"]);
}

/// A product page titled "Oak desk" whose `<main>` holds `inner`, with Product structured data.
fn product_page(inner: &str) -> crate::Extraction {
    let html = format!(
        "<html><head><title>Oak desk</title><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Oak desk\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"10\"}}}}</script></head><body>\
         <header><nav><a href=/>Home</a> <a href=/shop>Shop</a></nav></header><main>{inner}</main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/products/oak-desk").unwrap();
    extract(html.as_bytes(), &url, None)
}

#[test]
fn a_product_pages_carousels_close_though_they_outweigh_its_own_box() {
    // Boxes of other items before and after the item's own box hold most of the page's text;
    // they still close, since the item's box says enough on its own.
    let cards = |name: &str| -> String {
        (0..8)
            .map(|i| {
                format!(
                    "<div><h3>{name} writing desk model {i} in walnut with drawers</h3>\
                     <div>Business seller</div><div>${i}9.00</div><div>+ $12.00 delivery</div></div>"
                )
            })
            .collect()
    };
    let x = product_page(&format!(
        "<section><h2>People who viewed this item also viewed</h2>{}</section>\
         <div><h1>Oak desk</h1><div>$129.00</div>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes.</p>\
         <div>Delivery: between Tue, Apr 14 and Thu, Apr 30, by a courier who calls ahead.</div>\
         <div>Returns: 30 days, the buyer pays for return shipping.</div></div>\
         <section><h2>Similar items</h2>{}</section>",
        cards("Vintage"),
        cards("Modern")
    ));
    assert_eq!(x.page_kind, PageKind::Product, "{}", x.body);
    assert_keeps(
        &x.body,
        &["A solid oak desk", "Delivery: between", "Returns: 30 days"],
    );
    assert_drops(&x.body, &["Vintage writing desk", "Modern writing desk"]);
}

#[test]
fn a_heading_over_an_empty_carousel_closes_nothing_after_it() {
    // The carousel under "Similar items to consider" is filled by a script: the box holds the
    // heading alone, and the description after it is the item's.
    let x = product_page(
        "<div><h1>Oak desk</h1><div>$129.00</div>\
         <p>Ships within two days from our warehouse; returns are free for thirty days after delivery to your door.</p></div>\
         <section><div><h2>Similar items to consider</h2><div><div><ul></ul></div><a href=#prev></a></div></div></section>\
         <div><h3>Overview</h3>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes.</p>\
         <p>The top is two centimetres thick and carries up to eighty kilograms, enough for two screens and a printer.</p></div>",
    );
    assert_keeps(&x.body, &["A solid oak desk", "two centimetres thick"]);
    assert_drops(&x.body, &["Similar items to consider"]);
}

#[test]
fn a_product_pages_support_feedback_and_disclaimer_boxes_close() {
    // Service boxes after the description: its support links, a price-feedback form, fine print.
    let x = product_page(
        "<h1>Oak desk</h1><div>$129.00</div>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes.</p>\
         <p>The top is two centimetres thick and carries up to eighty kilograms, enough for two screens and a printer.</p>\
         <h2>Product support</h2><p>Setup guide, user manual and answers to common questions.</p>\
         <h2>Feedback</h2><p>Would you like to tell us about a lower price? Let us know where you saw it.</p>\
         <h2>Disclaimer</h2><p>We strive to keep the pictures and descriptions of our products accurate.</p>",
    );
    assert_keeps(&x.body, &["A solid oak desk", "two centimetres thick"]);
    assert_drops(
        &x.body,
        &["Setup guide", "lower price", "We strive to keep"],
    );
}

#[test]
fn a_catalogues_filter_group_titles_go_with_their_options() {
    // The filter box's options are dropped as chrome; the titles of their groups ("Colour",
    // "Size", "Price") introduce nothing and go too. The items' own names stay.
    let group = |title: &str, options: &[&str]| -> String {
        let opts: String = options
            .iter()
            .map(|o| format!("<li><a href='?f={o}'>{o}</a></li>"))
            .collect();
        format!("<div><h3>{title}</h3><ul class=filter-options>{opts}</ul></div>")
    };
    let items: String = (0..10)
        .map(|i| {
            format!(
                "<li class=product-card><h3><a href=/p/{i}>Trail shoe model {i}</a></h3>\
                 <p>Light trail shoe with a grippy sole, size range 38 to 47.</p><p>${i}9.00</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Trail shoes</title></head><body><main><h1>Trail shoes</h1>\
         <div>{}{}{}</div><ul class=products>{items}</ul></main></body></html>",
        group("Colour", &["Black", "Red", "Blue"]),
        group("Size", &["40", "41", "42"]),
        group("Price", &["Under $50", "$50 to $100"])
    );
    let url = url::Url::parse("https://shop.example.com/collections/trail-shoes").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Trail shoe model 3", "grippy sole"]);
    assert_drops(&x.body, &["Colour", "Size\n", "Price"]);
}

#[test]
fn a_galleries_position_labels_are_dropped() {
    // A product's picture gallery says where it stands in words ("Image 2 of 3"), for screen
    // readers; the lines are the widget's, not the item's.
    let x = product_page(
        "<h1>Oak desk</h1><ul><li>Image 1 of 3</li><li>Image 2 of 3</li><li>Image 3 of 3</li></ul>\
         <div>$129.00</div>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes.</p>",
    );
    assert_keeps(&x.body, &["A solid oak desk"]);
    assert_drops(&x.body, &["Image 1 of 3", "Image 3 of 3"]);
    // In a story too: a slideshow's counter goes, its caption stays.
    let story = council_story(&format!(
        "<p>{PARA}</p><figure><div>Slide 2 of 6</div><figcaption>The council chamber on Tuesday evening.</figcaption></figure><p>{PARA} Again.</p>"
    ));
    let s = run(&story);
    assert_drops(&s.body, &["Slide 2 of 6"]);
}

#[test]
fn a_shops_item_controls_are_dropped() {
    // The labels of a product's controls (its quantity picker, size chart, stock notice, the
    // quick view's link to the full page) and its card's badges are no part of its text.
    let cards: String = (0..6)
        .map(|i| {
            format!(
                "<li><h3><a href=/p/{i}>Trail shoe model {i}</a></h3><p>${i}9.00</p>\
                 <div>Coming soon</div><div>Quantity</div><a href=/p/{i}>View full details</a>\
                 <div>New arrival</div><div><span>Sale</span> <span>Sold out</span></div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Trail shoes</title></head><body><main><h1>Trail shoes</h1>\
         <p>Light shoes with grippy soles for rough paths, in sizes from 38 to 47.</p>\
         <ul>{cards}</ul><div>Size guide</div></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/trail-shoes").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Trail shoe model 3", "$39.00"]);
    assert_drops(
        &x.body,
        &["Coming soon", "Quantity", "View full details", "Size guide"],
    );
}

#[test]
fn a_shop_cards_review_count_is_dropped() {
    // The count of an item's reviews beside its stars ("146 Reviews", "(17 ratings)") says
    // nothing of the item; its name and price stay.
    let cards: String = (0..6)
        .map(|i| {
            format!(
                "<li><h3><a href=/p/{i}>Calming gummies pack {i}</a></h3><p>${i}9.00</p>\
                 <div>{i}46 Reviews</div><div>({i}7 ratings)</div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Gummies</title></head><body><main><h1>Gummies</h1>\
         <p>Chewable gummies in three flavours, made in small batches and tested by a lab.</p>\
         <ul>{cards}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/gummies").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Calming gummies pack 3", "$39.00"]);
    assert_drops(&x.body, &["Reviews", "ratings"]);
}

#[test]
fn a_product_cards_badges_are_dropped() {
    // Badges over an item ("New arrival", "Sale Sold out") say its state in the shop, not
    // what it is.
    let x = product_page(
        "<h1>Oak desk</h1><div>New arrival</div><div><span>Sale</span> <span>Sold out</span></div>\
         <div>$129.00</div>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes.</p>",
    );
    assert_keeps(&x.body, &["A solid oak desk", "$129.00"]);
    assert_drops(&x.body, &["New arrival", "Sold out"]);
}

#[test]
fn a_catalogues_sort_and_filter_controls_are_dropped() {
    // The sort menu and filter buttons over a grid say their chosen option beside their name:
    // controls, not items.
    let items: String = (0..8)
        .map(|i| {
            format!(
                "<li><h3><a href=/p/{i}>Trail shoe model {i}</a></h3>\
                 <p>Light trail shoe with a grippy sole.</p><p>${i}9.00</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Trail shoes</title></head><body><main><h1>Trail shoes</h1>\
         <div><div>Sort: Best Match</div><div>Filter By Color</div></div>\
         <ul>{items}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/trail-shoes").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Trail shoe model 3", "grippy sole"]);
    assert_drops(&x.body, &["Best Match", "Filter By Color"]);
}

/// A business page of `content` between a banner (logo, menu) and a footer, extracted: the
/// banner's menu and the footer's copyright never reach its text.
fn landing_page(content: &str) -> Extraction {
    let html = format!(
        "<html><head><title>Recorder</title></head><body>\
         <header><a href=/>Logo</a> <nav><a href=/pricing>Pricing</a> <a href=/login>Log in</a></nav></header>\
         {content}<footer><p>Copyright 2026 Example.</p></footer></body></html>"
    );
    let url = url::Url::parse("https://www.example.com/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_drops(&x.body, &["Pricing", "Copyright"]);
    x
}

#[test]
fn a_business_pages_section_headers_are_its_content() {
    // A product's landing page: each `<section>` of `<main>` opens with a `<header>` holding its
    // slogan and lead. Those are the sections' own headers; the page's banner (its logo and
    // menu) still goes.
    let sections: String = (0..5)
        .map(|i| {
            format!(
                "<section><header><h2>Feature slogan number {i}</h2>\
                 <p>Short lead line for feature {i}.</p></header>\
                 <div><p>We built feature {i} so your team can plan, record and share its work in \
                 one place, with fewer meetings and clearer notes for everyone.</p></div></section>"
            )
        })
        .collect();
    let x = landing_page(&format!("<main>{sections}</main>"));
    assert_keeps(
        &x.body,
        &[
            "Feature slogan number 0",
            "Short lead line for feature 3",
            "We built feature 4",
        ],
    );
}

#[test]
fn a_business_pages_box_of_its_other_services_closes_its_text() {
    // A service's landing page: its sections, then a "Related services" box of cards linking
    // to the firm's other offers. The box is the site's, not this service's text.
    let sections: String = (0..4)
        .map(|i| {
            format!(
                "<div><h2>Step {i} of our audit</h2><p>In step {i} our consultants review your \
                 books, interview your staff and write down what should change, and why.</p></div>"
            )
        })
        .collect();
    let others: String = ["Payroll outsourcing", "Tax planning", "Board advisory"]
        .iter()
        .map(|name| {
            format!(
                "<div><h3>{name}</h3><p>See how {name} helps growing firms stay compliant.</p>\
                 <p><a href=/services/x>Learn more</a></p></div>"
            )
        })
        .collect();
    let x = landing_page(&format!(
        "<main><h1>Financial audit services</h1>{sections}\
         <h2>Related services</h2>{others}</main>"
    ));
    assert_keeps(
        &x.body,
        &["Step 0 of our audit", "In step 3 our consultants"],
    );
    assert_drops(
        &x.body,
        &[
            "Related services",
            "Payroll outsourcing",
            "helps growing firms",
        ],
    );
}

#[test]
fn a_business_pages_hero_header_in_main_is_its_content() {
    // A landing page's hero is a `<header>` straight inside `<main>` (no `<section>` around
    // it): its slogan and lead open the page's text; the page's banner above `<main>` goes.
    let sections: String = (0..4)
        .map(|i| {
            format!(
                "<div><h2>Feature {i}</h2><p>We built feature {i} so your team can plan, record \
                 and share its work in one place, with fewer meetings and clearer notes.</p></div>"
            )
        })
        .collect();
    let x = landing_page(&format!(
        "<main><header><h1>Record once, share everywhere</h1>\
         <p>The recorder for teams that ship.</p></header>{sections}</main>"
    ));
    assert_keeps(
        &x.body,
        &[
            "Record once, share everywhere",
            "The recorder for teams that ship",
            "feature 3",
        ],
    );
}

#[test]
fn a_business_pages_section_headers_without_main_are_its_content() {
    // A landing page without `<main>`: each `<section>` opens with a `<header>` around its
    // heading. Those are the sections' own titles; the page's banner still goes.
    let sections: String = (0..5)
        .map(|i| {
            format!(
                "<section><header><h1>Feature slogan number {i}</h1></header>\
                 <div><p>We built feature {i} so your team can plan, record and share its work in \
                 one place, with fewer meetings and clearer notes for everyone.</p></div></section>"
            )
        })
        .collect();
    let x = landing_page(&format!("<div>{sections}</div>"));
    assert_keeps(
        &x.body,
        &[
            "Feature slogan number 0",
            "Feature slogan number 3",
            "We built feature 4",
        ],
    );
}

#[test]
fn a_site_wrapped_in_a_section_keeps_its_banner_out() {
    // A hub without `<main>` whose whole layout sits in one `<section>`: its banner `<header>`
    // (logo, tagline, search) is the site's, not a section's title.
    let items: String = (0..12)
        .map(|i| {
            format!(
                "<div class=card><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3>\
                 <p>Short teaser {i} for the story.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Local news</title></head><body><section class=site-wrap>\
         <header><a href=/>Valley Courier</a><p>Serving the valley since 1887</p>\
         <form><input name=q></form></header>\
         <h1>Local news</h1><div class=grid>{items}</div></section></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/local").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Short teaser 5"]);
    assert_drops(&x.body, &["Serving the valley"]);
}

#[test]
fn a_business_pages_slogan_heading_is_its_content() {
    // The `<h1>` of a business page is a slogan that neither `og:title` nor a headline
    // confirms (the `<title>` names the page otherwise): it opens the page's text.
    let body: String = (0..6)
        .map(|i| format!("<p>{FIRST_PLURAL} Part {i}.</p>\n"))
        .collect();
    let html = format!(
        "<html><head><title>Roof Repair Services | Acme</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/contact\">Contact</a></nav>\
         <main><article><h1>Roof repair done right by local crews</h1>{body}</article></main>\
         </body></html>"
    );
    let url = url::Url::parse("https://www.example.com/roof-repair").unwrap();
    let x = extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"));
    assert_eq!(x.page_kind, PageKind::Other);
    assert!(
        x.body.starts_with("Roof repair done right by local crews"),
        "{}",
        x.body
    );
}

/// A firm's service page of four sections whose `<main>` ends with a box named after its blog
/// ("latest-insights") holding three teasers, each `card(i)`; the box must go, the sections stay.
fn assert_business_page_drops_teasers(card: impl Fn(usize) -> String) {
    let sections: String = (0..4)
        .map(|i| {
            format!(
                "<section><h2>Service area {i}</h2><p>{FIRST_PLURAL} Area {i}.</p>\
                 <p>Our advisers review how your team plans, budgets and reports for area {i}, \
                 then set out the changes that matter most and the order to make them in.</p></section>"
            )
        })
        .collect();
    let teasers: String = (0..3).map(card).collect();
    let html = format!(
        "<html><head><title>Advisory services</title></head><body>\
         <main><h1>Advisory services</h1>{sections}\
         <section class=\"latest-insights\"><h2>From the team</h2>{teasers}</section></main></body></html>"
    );
    let url = url::Url::parse("https://firm.example.com/advisory-services").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &["Service area 0", "Our advisers review how your team"],
    );
    assert_drops(
        &x.body,
        &["Blog teaser headline", "short summary of blog post"],
    );
}

#[test]
fn a_business_pages_box_of_blog_teasers_is_not_its_text() {
    // A firm's service page ends with a box of teasers to its latest blog posts, named after
    // them: links to other pages, not the service's description.
    assert_business_page_drops_teasers(|i| {
        format!(
            "<div class=card><h3><a href=/blog/post-{i}>Blog teaser headline {i}</a></h3>\
             <p>A short summary of blog post {i} for readers who want more.</p></div>"
        )
    });
}

#[test]
fn a_business_pages_box_of_card_linked_blog_teasers_is_not_its_text() {
    // The same box of teasers, each card one link wrapping its heading and summary: the
    // links still count, and the box goes.
    assert_business_page_drops_teasers(|i| {
        format!(
            "<a class=card href=/blog/post-{i}><h3>Blog teaser headline {i}</h3>\
             <p>A short summary of blog post {i} for readers who want more.</p></a>"
        )
    });
}

#[test]
fn a_shop_cards_badge_and_price_label_are_chrome() {
    // A card's "Coming soon" badge and the "Current price" label over its price are the
    // theme's words, whatever the item; a sentence that uses them stays.
    for t in [
        "Coming soon",
        "COMING SOON!",
        "Current price:",
        "current price",
    ] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in [
        "More colours coming soon",
        "The current price is set by the market",
    ] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
}

#[test]
fn a_forums_menu_entries_alone_on_a_line_are_chrome() {
    // A board's menu leaves "New posts", "Search forums" and "Help" as lines of their own; a
    // post that says them in a sentence stays.
    for t in ["New posts", "Search forums", "Help", "HELP"] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in ["New posts appear at the top", "Help is on the way"] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
}

#[test]
fn a_site_menus_entries_alone_on_a_line_are_chrome() {
    // "Home", "About us", "Careers" and an "Email" share button left as lines of their own are
    // the site's menu; a sentence that says them stays.
    for t in ["Home", "About Us", "CAREERS", "Email", "- Home"] {
        assert!(is_whole_chrome_label(t), "{t}");
    }
    for t in ["Home prices rose again", "Email the council before Friday"] {
        assert!(!is_whole_chrome_label(t), "{t}");
    }
}

#[test]
fn a_box_named_a_header_that_holds_the_products_pitch_is_kept() {
    // The product's name and pitch sit in a box named after its header, beside the site's
    // banner of links named the same way: the pitch is the product's, the banner goes.
    let x = product_page(
        "<div class=\"site-header\"><a href=/new>New arrivals</a> <a href=/desks>Desks</a> \
         <a href=/chairs>Chairs</a> <a href=/sale>Sale</a></div>\
         <div class=\"pdp-header\"><h1>Oak desk</h1>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes with the key in the box. Its legs are turned from the same tree as its top, and each one carries a felt pad against the floor.</p></div>\
         <div><h2>Details</h2><div>$129.00</div>\
         <p>The top is two centimetres thick and carries up to eighty kilograms.</p>\
         <p>Each desk is finished with two coats of linseed oil and one of hard wax, so a wet glass leaves no ring and a scratch rubs out with fine wool.</p>         <p>The drawer runs on wooden rails and stops before it falls out; the shelf below takes a printer or a row of binders.</p>         <ul><li>Width: 120 cm</li><li>Depth: 60 cm</li><li>Height: 75 cm</li></ul></div>",
    );
    assert_eq!(x.page_kind, PageKind::Product, "{}", x.body);
    assert_keeps(&x.body, &["A solid oak desk", "two centimetres thick"]);
    assert_drops(&x.body, &["New arrivals"]);
}

#[test]
fn a_products_description_in_a_box_named_a_caption_or_a_modal_is_kept() {
    // The description sits in a box named a caption, the specifications in a drawer named a
    // modal: names of a box's form, not of a role; a sign-up popup stays out.
    let x = product_page(
        "<div><h1>Oak desk</h1><div>$129.00</div>\
         <p>The top is two centimetres thick and carries up to eighty kilograms.</p></div>\
         <div class=\"item-caption\"><h3>Standard features</h3>\
         <p>A solid oak desk, oiled by hand, with a drawer for papers and a shelf for books; it ships flat and assembles in ten minutes with the key in the box. Its legs are turned from the same tree as its top, and each one carries a felt pad against the floor.</p></div>\
         <div class=\"details-modal\"><h3>Product details</h3>\
         <p>Each desk is finished with two coats of linseed oil and one of hard wax, so that a wet glass leaves no ring on it and a scratch rubs out with a little fine steel wool and a cloth. The oil is renewed once a year, on a dry day, with the desk cleared.</p></div>\
         <div class=\"modal newsletter-signup\"><p>Join our newsletter for ten percent off your first order, early access to our sales and the stories of the makers behind each of our pieces.</p></div>\
         <div><h2>Dimensions</h2><ul><li>Width: 120 cm</li><li>Depth: 60 cm</li><li>Height: 75 cm</li></ul>\
         <p>The drawer runs on wooden rails and stops before it falls out; the shelf below takes a printer or a row of binders.</p></div>",
    );
    assert_eq!(x.page_kind, PageKind::Product, "{}", x.body);
    assert_keeps(&x.body, &["A solid oak desk", "two coats of linseed oil"]);
    assert_drops(&x.body, &["Join our newsletter"]);
}

/// A business page whose opening section, named a banner, holds its `<h1>` and lead above
/// sections of services, with a banner strip of an offer at the top.
fn bannered_landing_page() -> String {
    let sections: String = (0..4)
        .map(|i| {
            format!(
                "<section><h2>Roof service {i}</h2><p>We inspect, repair and replace roofs of \
                 every kind, and our crews leave each site clean, with a written warranty for \
                 service {i}.</p></section>"
            )
        })
        .collect();
    format!(
        "<html><head><title>Roof Repair</title></head><body>\
         <div class=\"top-banner\"><p>Spring offer: a free gutter check with every roof \
         inspection booked this month.</p></div><main>\
         <section class=\"page-banner\"><div class=\"page-banner__title\"><h1>Roof Repair</h1></div>\
         <div class=\"page-banner__lead\"><p>Storm damage, leaks and worn shingles fixed by \
         local roofers who answer the phone, with quotes the same day.</p></div></section>\
         {sections}</main></body></html>"
    )
}

#[test]
fn a_banner_holding_the_title_opens_the_text_a_banner_strip_stays_out() {
    let html = bannered_landing_page();
    let url = url::Url::parse("https://www.example.com/roof-repair").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &["Storm damage, leaks and worn shingles", "Roof service 3"],
    );
    assert_drops(&x.body, &["Spring offer"]);
}

/// A help desk vendor's landing page: `opening`, then four sections on its tools, in `<main>`.
fn help_desk_page(opening: &str) -> crate::Extraction {
    let sections: String = (0..4)
        .map(|i| {
            format!(
                "<section><h2>Help desk tool {i}</h2><p>Route every question to the right \
                 agent, answer it from one workspace and measure how fast the team replies, \
                 with tool {i}.</p></section>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Help desk software</title></head><body><main>{opening}\
         {sections}</main></body></html>"
    );
    let url = url::Url::parse("https://www.example.com/help-desk").unwrap();
    extract(html.as_bytes(), &url, None)
}

#[test]
fn a_weakly_named_box_holding_the_title_opens_the_text() {
    // A page builder names the hero section after its component (`teaser-<hash>`): a weak
    // boilerplate name, no page furniture. Holding the `<h1>`, it is the page's opening section.
    let x = help_desk_page(
        "<section id=\"teaser-3f9a2b7c1d\"><p>Help desk for support teams</p>\
         <h1>The complete help desk</h1><div><p>Answer customers on email, chat and phone \
         from one inbox, with replies suggested as you type.</p></div></section>",
    );
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &[
            "Answer customers on email, chat and phone",
            "Help desk tool 3",
        ],
    );
}

#[test]
fn a_section_title_box_named_a_header_stays_on_a_business_page() {
    // A theme wraps each section's heading and one-line lead in a `section-header` box: a
    // weak header name, not the site's banner, so the heading stays with its section.
    let x = help_desk_page(
        "<h1>The complete help desk</h1><p>Answer customers on email, chat and phone from one \
         inbox, with replies suggested as you type.</p>\
         <section><div class=\"section-header\"><h2>Every channel in one inbox</h2>\
         <p>Email, chat and phone side by side.</p></div><p>Agents see the whole \
         conversation with a customer, whatever channel it came through, and answer it \
         without switching tools.</p></section>",
    );
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(
        &x.body,
        &[
            "Every channel in one inbox",
            "Email, chat and phone side by side.",
            "Help desk tool 3",
        ],
    );
}

#[test]
fn a_business_pages_fine_print_box_goes() {
    // A landing page's disclaimer box (the terms behind its trial offer) is fine print, as it
    // is under a product: not the page's pitch.
    let x = help_desk_page(
        "<h1>The complete help desk</h1><p>Answer customers on email, chat and phone from one \
         inbox, with replies suggested as you type.</p>\
         <div class=\"disclaimer\"><p>Trial terms: the free plan is limited to three agents \
         and two thousand conversations a month, and features vary by region.</p></div>",
    );
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(&x.body, &["Answer customers on email", "Help desk tool 3"]);
    assert_drops(&x.body, &["Trial terms"]);
}

#[test]
fn a_business_pages_text_in_a_box_named_legal_stays() {
    // Fine print is never most of a page: a law firm's `legal-services` box that says more
    // than the rest of its page is the page's text.
    let services: String = (1..=6)
        .map(|i| {
            format!(
                "<h3>Practice area {i}</h3><p>Our lawyers advise companies and families on \
                 contracts, disputes and estates, and represent them in court, area {i}.</p>"
            )
        })
        .collect();
    let x = help_desk_page(&format!(
        "<h1>Legal help</h1><div class=\"legal-services\">{services}</div>"
    ));
    assert_eq!(x.page_kind, PageKind::Other);
    assert_keeps(&x.body, &["area 1.", "area 6.", "Help desk tool 3"]);
}

#[test]
fn a_menu_role_holding_the_title_is_not_an_opening_section() {
    // A widget role names page furniture, whatever the box's class: a `role=menu` box that
    // happens to hold an `<h1>` (a mega menu's heading) keeps its boilerplate mark, unlike a
    // weakly named hero section.
    let x = help_desk_page(
        "<div role=\"menu\"><h1>The complete help desk</h1><div><p>Open the pricing, \
         integrations and customer stories pages from this menu, or jump to the sign-up \
         form and start a trial today.</p></div></div>",
    );
    assert_keeps(&x.body, &["Help desk tool 3"]);
    assert_drops(&x.body, &["Open the pricing, integrations"]);
}

#[test]
fn a_listings_lead_held_by_the_items_parent_comes_out_once() {
    // The lead's sentence is bare text of the items' own parent, beside the heading: the
    // listing's lead takes it, once, ahead of the items.
    let items = story_cards(12);
    let lead = "Reports from our correspondents on every continent, updated through the day \
                and checked by our editors before they go out.";
    let html = format!(
        "<html><head><title>World news - Example</title></head><body>\
         <header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>\
         <main><h1>World news</h1>{lead}{items}</main></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/category/world").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Listing);
    assert_eq!(
        x.body.matches("Reports from our correspondents").count(),
        1,
        "{}",
        x.body
    );
    assert_keeps(
        &x.body,
        &["Story number 0 headline", "Story number 11 headline"],
    );
}

#[test]
fn a_teasers_relative_age_is_dropped_but_a_table_rows_is_kept() {
    let cards: String = (0..8)
        .map(|i| {
            format!(
                "<div class=card><h3><a href=/s/{i}>Story number {i} headline goes here</a></h3>\
                 <p>Short teaser {i} for the story.</p><span>{h} hours ago</span></div>",
                h = i + 2
            )
        })
        .collect();
    let x = news_listing("/category/world", &format!("<h1>World news</h1>{cards}"));
    assert_keeps(&x.body, &["Story number 7 headline", "Short teaser 3"]);
    assert_drops(&x.body, &["hours ago"]);
    let rows: String = (0..8)
        .map(|i| {
            format!(
                "<tr><td>{i}.</td><td><a href=/s/{i}>Story number {i} headline goes here</a> \
                 (example.com)</td></tr><tr><td></td><td>{h} hours ago</td></tr>",
                h = i + 2
            )
        })
        .collect();
    let x = news_listing("/news", &format!("<table>{rows}</table>"));
    assert_keeps(&x.body, &["Story number 5 headline", "5 hours ago"]);
}

#[test]
fn a_shop_cards_merchandising_badges_are_dropped() {
    // "Top Rated", "Award Winner" and "Low stock" tag an item in the shop's grid; the item's
    // name and price stay, and a sentence that says the words stays too.
    let cards: String = (0..6)
        .map(|i| {
            format!(
                "<li><div>Top Rated</div><div>Award Winner</div>\
                 <h3><a href=/p/{i}>Trail shoe model {i}</a></h3><p>${i}9.00</p>\
                 <div>Low stock</div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Trail shoes</title></head><body><main><h1>Trail shoes</h1>\
         <p>Light shoes with grippy soles for rough paths, in sizes from 38 to 47.</p>\
         <p>Our top rated trail shoe for wet rock is back in low stock sizes.</p>\
         <ul>{cards}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/trail-shoes").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Trail shoe model 3", "$39.00"]);
    assert_drops(&x.body, &["Top Rated", "Award Winner", "Low stock"]);
    assert_keeps(
        &x.body,
        &["Our top rated trail shoe for wet rock is back in low stock sizes."],
    );
}

/// On a thread, a post's `<header>` holding its author's name and card, with the post's
/// timestamp beside it rather than in it, stays over the post: the name heads the post; the
/// card's entries on one line ("1,109 posts · Joined 2022") go.
#[test]
fn a_posts_header_beside_its_timestamp_keeps_the_authors_name() {
    let posts: String = (0..5)
        .map(|i| {
            format!(
                "<div class=post><div class=post-box><header class=post-card__header>\
                 <div class=who><a href=/u/{i}>member{i}</a></div>\
                 <div class=card>1,10{i} posts · Joined 2022</div></header>\
                 <span class=stamp><a href=#p{i}>#{} · <time datetime=2024-01-1{i}>Jan 1{i}, \
                 2024</time></a></span><article class=msg><p>{PARA} Reply {i}.</p></article>\
                 </div></div>",
                i + 1
            )
        })
        .collect();
    let html =
        format!("<html><body><main><h1>Which telescope first?</h1>{posts}</main></body></html>");
    let x = thread_extraction(&html);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["member2\n\nJan 12, 2024", "Reply 2."]);
    assert_drops(&x.body, &["posts · Joined"]);
    assert!(super::is_user_card_line("1,109 posts · Joined 2022"));
    assert!(!super::is_user_card_line("12 posts · Jan 2022 meetup"));
    assert_eq!(
        numbered_post_date_of("Jul 6, 2024 at 2:45 PM Post #5 of 7").as_deref(),
        Some("Jul 6, 2024 at 2:45 PM")
    );
}

/// A `<time>` that writes its moment twice, a long form and a short one named so (Invision
/// Community's `ipsTime__long` and `ipsTime__short`, one shown per screen width), reads as its
/// long form, not as both run together ("June 14, 20241 yr").
#[test]
fn a_times_short_form_is_left_out() {
    let html = council_story(&format!(
        "<p>{PARA}</p><p>Posted <time datetime=2024-06-14><span class=ipsTime__long>June 14, 2024</span>\
         <span class=ipsTime__short>1 yr</span></time> by the council's clerk, who reads the minutes.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Posted June 14, 2024 by the council"]);
    assert_drops(&x.body, &["1 yr"]);
    // A short form after an icon, with no long form before it, is the time's only text.
    let html = council_story(&format!(
        "<p>{PARA}</p><p>Posted <time datetime=2024-06-14><i class=icon-clock></i>\
         <span class=date-short>June 14</span></time> by the council's clerk.</p>"
    ));
    assert_keeps(&run(&html).body, &["Posted June 14 by the council"]);
}

#[test]
fn a_list_item_ends_as_a_note_when_its_last_parenthesis_holds_words() {
    use super::ends_with_stop;
    for note in [
        "Give yourself plenty of time.",
        "Did it work?",
        "He said \"go.\"",
        "Small claims form (KLS interactive form)",
        "Notes (see (12))",
        "注（参考）",
    ] {
        assert!(ends_with_stop(note), "{note}");
    }
    for entry in [
        "Recipes (12)",
        "Budget (31) ",
        "Tips)",
        "Read more (",
        "Home page",
    ] {
        assert!(!ends_with_stop(entry), "{entry}");
    }
}

/// A thread whose posts are `<article>`s, each with its author's pane in an `<aside>` (a
/// column of links and counts) and its dated header, all in the moderators' `<form>` (a box to
/// tick per post): the posts are the page's text. The panes weigh against the posts like
/// any boilerplate box, not like the page's side column, and the form wraps the posts.
#[test]
fn posts_with_author_asides_in_a_moderation_form_are_the_thread() {
    let pane = |i: usize| -> String {
        (0..4)
            .map(|k| format!("<li><a href=/u/{i}/s{k}>Statistic {k} of member {i}</a></li>"))
            .collect()
    };
    let posts: String = (0..2)
        .map(|i| {
            format!(
                "<article class=ipsEntry id=elComment_{i}><aside class=ipsEntry__author-column>\
                 <a href=/u/{i}>member{i}</a><ul>{}</ul></aside>\
                 <aside class=ipsEntry__header><h3><a href=/u/{i}>member{i}</a></h3>\
                 <time datetime=2024-08-2{i}>August 2{i}, 2024</time>\
                 <button type=button>Author stats</button></aside>\
                 <div class=ipsEntry__content><input type=checkbox name=multimod>\
                 <p>Reply number {i}: {PARA}</p></div></article>",
                pane(i)
            )
        })
        .collect();
    let side: String = (0..6)
        .map(|i| format!("<p>Other topic {i} is about something else entirely, read it too.</p>"))
        .collect();
    // The forum's rules in its footer: the form holds under half of the page's text.
    let rules: String = (0..3).map(|i| format!("<p>Rule {i}: {PARA}</p>")).collect();
    let html = format!(
        "<html><body><nav><a href=/>Forums</a> <a href=/new>New</a></nav><main>\
         <header><h1>Roadmap discussion</h1></header>\
         <form action=/topic/1/?do=multimod method=post>{posts}</form></main>\
         <aside class=sidebar>{side}</aside><footer>{rules}</footer></body></html>"
    );
    let url = url::Url::parse("https://forum.example.com/topic/123-roadmap-discussion/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply number 0", "Reply number 1"]);
    assert_drops(&x.body, &["Other topic", "Rule 0"]);
}

/// A `<form>` with controls around dated `<article>`s (a thread's posts in its moderators'
/// form, a box to tick per post) wraps the page's text: it is no search box or sign-up form.
#[test]
fn a_form_around_dated_posts_wraps_the_thread() {
    let posts: String = (0..3)
        .map(|i| {
            format!(
                "<article class=post><div class=author><a href=/u/{i}>member{i}</a> \
                 <time datetime=2024-08-2{i}>August 2{i}, 2024</time></div>\
                 <input type=checkbox name=multimod><p>Reply number {i}: {PARA}</p></article>"
            )
        })
        .collect();
    let rules: String = (0..5).map(|i| format!("<p>Rule {i}: {PARA}</p>")).collect();
    let html = format!(
        "<html><body><nav><a href=/>Forums</a> <a href=/new>New</a></nav><main>\
         <h1>Roadmap discussion</h1><form action=/topic/1/?do=multimod method=post>{posts}</form>\
         </main><div class=forum-rules>{rules}</div></body></html>"
    );
    let url = url::Url::parse("https://forum.example.com/topic/123-roadmap-discussion/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Reply number 0", "Reply number 2"]);
}

/// A thread whose posts are `<article>`s with the author's pane in an `<aside>` beside the
/// post (name as the pane's heading, then a user title and counts) and a second pane with the
/// name again and a user title: the post's first heading, its author's name, heads the post in
/// the thread's text, even for an author of three posts (no repeated label); the rest of the panes goes.
#[test]
fn a_post_pane_heading_names_the_posts_author() {
    let posts: Vec<String> = (0..6)
        .map(|i| {
            let name = if i % 2 == 0 {
                "Quillfeather"
            } else {
                "Tamsin Rook"
            };
            format!(
                "<article class=post id=post_{i}><aside class=pane>\
                 <h3><a href=/u/{i}>{name}</a></h3><div>Senior Member</div>\
                 <ul><li><a href=/u/{i}/posts>4.7k</a></li></ul></aside>\
                 <aside class=pane-header><h3><a href=/u/{i}>{name}</a> <span>Regular</span></h3>\
                 <time datetime=2024-08-2{i}>August 2{i}, 2024</time></aside>\
                 <div class=content><p>Reply number {i}: {PARA}</p></div></article>"
            )
        })
        .collect();
    let related = "<div class=related-topics>\
                   <article class=post><aside class=pane><h3><a href=/u/9>Mirelle Okafor</a></h3></aside>\
                   <p><a href=/topic/9>Budget thread: where the money for the new depot goes</a></p></article>\
                   <article class=post><aside class=pane><h3><a href=/u/8>Mirelle Okafor</a></h3></aside>\
                   <p><a href=/topic/8>Budget thread two: the depot's running costs over ten years</a></p></article></div>";
    let html = format!(
        "<html><body><nav><a href=/>Forums</a> <a href=/new>New</a></nav><main>\
         <h1>Roadmap discussion</h1><div class=posts>{}{related}{}</div></main></body></html>",
        posts[..3].concat(),
        posts[3..].concat(),
    );
    let url = url::Url::parse("https://forum.example.com/topic/123-roadmap-discussion/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(&x.body, &["Reply number 0", "Reply number 5"]);
    // Other threads' teasers, shaped like posts, go with their box, names and all.
    assert_drops(&x.body, &["Mirelle Okafor", "Budget thread"]);
    let lines: Vec<&str> = x.body.lines().map(str::trim).collect();
    assert_eq!(
        lines.iter().filter(|l| **l == "Quillfeather").count(),
        3,
        "{}",
        x.body
    );
    assert_eq!(
        lines.iter().filter(|l| **l == "Tamsin Rook").count(),
        3,
        "{}",
        x.body
    );
    assert_drops(&x.body, &["Senior Member", "Regular", "4.7k"]);
}

/// Between a thread's first post and its replies, the thread's overview lists its most active
/// members with their counts of posts ("Top Posters In This Topic"): a roster, not a post; the
/// next post's author heading ends it.
#[test]
fn a_threads_top_posters_roster_is_no_post() {
    let post = |i: usize, name: &str| {
        format!(
            "<article class=post id=post_{i}><aside class=pane><h3><a href=/u/{i}>{name}</a></h3>\
             <div>Member</div></aside><div class=content><p>Reply number {i}: {PARA}</p></div>\
             </article>"
        )
    };
    let roster = "<div class=overview><h4>Top Posters In This Topic</h4><ul>\
                  <li><strong><a href=/u/1>Tamsin Rook</a></strong> <span>12 posts</span></li>\
                  <li><strong><a href=/u/2>Quillfeather</a></strong> <span>9 posts</span></li>\
                  </ul></div>";
    let html = format!(
        "<html><body><nav><a href=/>Forums</a> <a href=/new>New</a></nav><main>\
         <h1>Roadmap discussion</h1><div class=posts>{}{roster}{}{}</div></main></body></html>",
        post(0, "Quillfeather"),
        post(1, "Tamsin Rook"),
        post(2, "Ottoline"),
    );
    let url = url::Url::parse("https://forum.example.com/topic/123-roadmap-discussion/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_keeps(
        &x.body,
        &["Reply number 0", "Reply number 1", "Reply number 2"],
    );
    // The name heads its post once; the roster's copy goes with the roster.
    let names = x.body.lines().filter(|l| l.trim() == "Tamsin Rook").count();
    assert_eq!(names, 1, "{}", x.body);
    assert_drops(&x.body, &["Top Posters", "12 posts", "9 posts"]);
}

/// A shop's page for a trail pack whose details end with a table of `rows`, each a
/// `<tr>` made from the name and value of one specification.
fn trail_pack_page(row: impl Fn(&str, &str) -> String) -> String {
    let rows: String = [
        ("Best Use", "Hiking"),
        ("Bag Style", "Backpack"),
        ("Frame Type", "Internal frame"),
        ("Gear Capacity", "25 liters"),
    ]
    .iter()
    .map(|(k, v)| row(k, v))
    .collect();
    format!(
        "<html><head><script type=\"application/ld+json\">{{\"@type\":\"Product\",\"name\":\"Trail pack\",\"offers\":{{\"@type\":\"Offer\",\"price\":\"120\"}}}}</script></head>\
         <body><main><h1>Trail pack</h1><div class=buy><span>$120.00</span></div>\
         <div class=details><h2>Features</h2><ul><li>Ripstop nylon body with a water repellent finish</li>\
         <li>Recycled nylon bottom that resists abrasion well</li>\
         <li>Side mesh pockets with elastic closures for bottles</li></ul>\
         <h2>Specifications</h2><table><tbody>{rows}</tbody></table></div></main></body></html>"
    )
}

#[test]
fn a_product_pages_closing_table_of_specifications_is_kept() {
    // Short cells at the end of a shop's page are often a pager or a filter's entries; a row
    // that pairs a name with its value, without links, is the product's own data.
    let html = trail_pack_page(|k, v| format!("<tr><th>{k}</th><td><p>{v}</p></td></tr>"));
    let url = url::Url::parse("https://shop.example.com/products/trail-pack").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(
        &x.body,
        &[
            "Side mesh pockets",
            "Specifications",
            "Best Use | Hiking",
            "Gear Capacity | 25 liters",
        ],
    );
}

#[test]
fn a_specification_tables_cells_named_headers_are_kept() {
    // `<th class="specs__header">` names the row it heads, not the page's header.
    let html = trail_pack_page(|k, v| {
        format!("<tr class=specs__row><th class=specs__header>{k}</th><td class=specs__cell>{v}</td></tr>")
    });
    let url = url::Url::parse("https://shop.example.com/products/trail-pack").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Product);
    assert_keeps(
        &x.body,
        &["Best Use | Hiking", "Frame Type | Internal frame"],
    );
}

/// A story page at an address that names no story, with a menu of many links and three linked
/// teaser headings, whose story `story` sits in one `<p>`.
fn story_in_one_paragraph(story: &str) -> crate::Extraction {
    let menu: String = (0..30)
        .map(|i| format!("<li><a href=/section/{i}>Section name {i}</a></li>"))
        .collect();
    let teasers: String = (0..3)
        .map(|i| format!("<h3><a href=/hl?a={i}>Another headline of the day number {i}</a></h3>"))
        .collect();
    let html = format!(
        "<html><head><title>Council Meets</title>\
         <meta property=\"og:type\" content=\"article\"></head><body>\
         <div class=menu><ul>{menu}</ul></div><div class=main><h1>Council Meets</h1>\
         <div class=text><p class=detail>{story}</p></div></div>\
         <div class=more>{teasers}</div></body></html>"
    );
    let url = url::Url::parse("https://news.example.com/hl?a=20170309-1").unwrap();
    extract(html.as_bytes(), &url, Some("text/html; charset=utf-8"))
}

/// A story set without `<p>`, its paragraphs parted by double line breaks, is as much a story
/// as one set in paragraphs: each long paragraph counts as one.
#[test]
fn paragraphs_parted_by_double_line_breaks_make_a_story() {
    let story: Vec<String> = (0..6)
        .map(|i| format!("{PARA} Paragraph number {i}."))
        .collect();
    let x = story_in_one_paragraph(&story.join("<br>\n<br>\n"));
    assert_eq!(x.page_kind, PageKind::Article);
    assert_keeps(&x.body, &["Paragraph number 0", "Paragraph number 5"]);
    assert_drops(&x.body, &["Section name 3"]);
}

/// A paragraph mostly in Chinese, Japanese or Korean script is long from half the characters
/// an English one needs (each character is a word or a syllable); double line breaks part a
/// block's text into paragraphs, counted one by one, and a single line break parts nothing.
#[test]
fn a_wide_script_paragraph_is_long_from_fewer_characters() {
    let wide = "市议会周二与地区代表会面，居民们原本希望新的交通计划能够更快作出决定，但会议最终没有达成任何协议，双方同意下月再谈。";
    let long =
        "The council met on Tuesday with the district's delegates, and residents had hoped for a final \
                decision on the new traffic plan.";
    let doc = scraper::Html::parse_document(&format!(
        "<p>{wide}</p><p>{}</p><p>{wide}<br><br>{wide}</p><p>{long}<br><br>{long}</p>\
         <p>{long}<br>{long}</p><p>{wide}<br><br>{}</p>",
        "Short English text of sixty characters or so, not a story.", "会议将于下周继续举行。",
    ));
    let page = blocks::flatten(&doc);
    let parts: Vec<u32> = page.blocks.iter().map(|b| b.long_parts).collect();
    assert_eq!(parts, vec![1, 0, 2, 2, 1, 1]);
}

/// A thread's posts are written with double line breaks too: their paragraphs tell no story,
/// and the page stays a thread.
#[test]
fn a_threads_posts_parted_by_line_breaks_stay_a_thread() {
    let posts: String = (0..8)
        .map(|i| {
            let text = if i < 2 {
                let paragraphs: Vec<String> = (0..5)
                    .map(|j| format!("{PARA} Point {i}, paragraph {j}."))
                    .collect();
                paragraphs.join("<br><br>")
            } else {
                format!("That helps a lot, I will look at it. Note {i}.")
            };
            format!(
                "<div class=\"message post\"><div class=message-user><a href=/u/{i}>Observer {i}</a>\
                 </div><div class=message-content>{text}</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Which telescope first?</title>\
         <meta property=\"og:type\" content=\"article\"></head><body>\
         <main><h1>Which telescope first?</h1><div class=messages>{posts}</div></main>\
         </body></html>"
    );
    let url = url::Url::parse("https://www.example.com/telescopes/which-telescope-first").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
}

/// A price label is one only where no letter comes just before it: "Resale price" is no label.
#[test]
fn a_price_label_is_a_whole_word() {
    let strip = |t: &str| {
        let mut out = String::new();
        super::push_without_price_labels(&mut out, t);
        out
    };
    assert_eq!(strip("Sale price £88 Regular price £102"), "£88 £102");
    assert_eq!(
        strip("Regular price $10 Resale price $8"),
        "$10 Resale price $8"
    );
    assert_eq!(
        strip("Sale price applies at checkout"),
        "Sale price applies at checkout"
    );
    assert_eq!(strip("Now £5"), "Now £5");
}

/// On a shop's page the label a theme writes before a price ("Regular price", "Sale price",
/// "Current price:") is no text a reader sees: the price reads alone. A label that no price
/// follows stays, as does a story's sentence that opens with the words.
#[test]
fn a_prices_label_is_left_out_on_a_shop_page() {
    let card = |i: usize| {
        format!(
            "<li class=grid-item><div class=card><h3><a href=/products/mug-{i}>Enamel camp mug model {i}</a></h3>\
             <div class=price><span class=visually-hidden>Sale price</span> ${i}5.00 \
             <span class=visually-hidden>Regular price</span> <s>${i}9.00</s></div>\
             <p class=member>Current price: ${i}2.50</p><p>Sale price applies at checkout</p></div></li>"
        )
    };
    let items: String = (1..=8).map(card).collect();
    let html = format!(
        "<html><head><title>Mugs</title></head><body><main><h1>Mugs</h1>\
         <ul class=grid>{items}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/mugs").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(
        &x.body,
        &[
            "Enamel camp mug model 1",
            "$15.00 $19.00",
            "Sale price applies at checkout",
        ],
    );
    assert!(!x.body.contains("Sale price $"), "{}", x.body);
    assert!(!x.body.contains("Regular price"), "{}", x.body);
    assert!(!x.body.contains("Current price"), "{}", x.body);
    assert_keeps(&x.body, &["$12.50"]);
    // A story keeps the words as written.
    let story = format!(
        "<html><head><title>Kettle prices</title></head><body><article><h1>Kettle prices</h1>{}</article></body></html>",
        "<p>Regular price $40 was what the shop asked for the kettle in May, and readers wrote in to say \
         the price had gone up since, so we went back to check the shelves again.</p>"
            .repeat(4)
    );
    let url = url::Url::parse("https://news.example.com/2024/05/kettle-prices").unwrap();
    let x = extract(story.as_bytes(), &url, None);
    assert_keeps(&x.body, &["Regular price $40 was what the shop asked"]);
}

/// A price box that writes its price twice, a regular form and a sale form named so (as
/// Shopify's themes do), reads as the form its stylesheet shows: the regular one, or the sale
/// one when the box says the item is on sale. A sale form with no regular one beside it is the
/// price's only text and stays.
#[test]
fn a_prices_unshown_form_is_left_out() {
    let card = |i: usize, on_sale: bool| {
        let state = if on_sale { " price--on-sale" } else { "" };
        format!(
            "<li class=grid-item><div class=card><h3><a href=/products/kettle-{i}>Stovetop kettle model {i}</a></h3>\
             <div class=\"price{state}\"><div class=price__container>\
             <div class=price__regular>Regular price ${i}4.00</div>\
             <div class=price__sale>Sale price ${i}1.50 Regular price ${i}4.00</div>\
             </div></div></div></li>"
        )
    };
    let items: String = (1..=8).map(|i| card(i, i == 3)).collect();
    let html = format!(
        "<html><head><title>Kettles</title></head><body><main><h1>Kettles</h1>\
         <ul class=grid>{items}</ul></main></body></html>"
    );
    let url = url::Url::parse("https://shop.example.com/collections/kettles").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(
        &x.body,
        &[
            "Stovetop kettle model 1",
            "$14.00",
            "$31.50 $34.00",
            "$84.00",
        ],
    );
    assert_drops(&x.body, &["$11.50", "$81.50"]);
    // The item on sale shows its regular price only inside its sale form.
    assert_eq!(x.body.matches("$34.00").count(), 1, "{}", x.body);
    // A sale form alone (no regular form before it) is the price's only text.
    let lone: String = (1..=8)
        .map(|i| {
            format!(
                "<li class=grid-item><div class=card><h3><a href=/products/kettle-{i}>Stovetop kettle model {i}</a></h3>\
                 <div class=price><div class=price__sale>Sale price ${i}1.50</div></div></div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Kettles</title></head><body><main><h1>Kettles</h1>\
         <ul class=grid>{lone}</ul></main></body></html>"
    );
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(&x.body, &["$11.50", "$81.50"]);
    // Inside the shown sale form, the struck-out regular price beside the sale price shows
    // too; forms outside any box that names a price say nothing of which one shows: both stay.
    let struck: String = (1..=8)
        .map(|i| {
            format!(
                "<li class=grid-item><div class=card><h3><a href=/products/kettle-{i}>Stovetop kettle model {i}</a></h3>\
                 <div class=\"price price--on-sale\"><div class=price__sale>\
                 <s class=\"price-item price-item--regular\">Was ${i}4.00</s>\
                 <span class=\"price-item price-item--sale\">Now ${i}1.50</span></div></div>\
                 <div class=amount><div class=price__regular>List ${i}9.00</div>\
                 <div class=price__sale>Deal ${i}7.00</div></div></div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Kettles</title></head><body><main><h1>Kettles</h1>\
         <ul class=grid>{struck}</ul></main></body></html>"
    );
    let x = extract(html.as_bytes(), &url, None);
    assert_keeps(
        &x.body,
        &["Was $14.00", "Now $11.50", "List $19.00", "Deal $17.00"],
    );
}

/// A documentation page whose sections hold admonitions: boxes named alerts or tags
/// (`alert alert-info`, `blockquote-tag-note`) that open with their label ("Note:", "Tip").
fn docs_page_with_admonitions() -> String {
    let para = "A pod is the smallest deployable unit of computing that you can create and \
                manage in the cluster, and it holds one or more containers that share storage. ";
    format!(
        "<html><head><title>Pods | Example Docs</title></head><body>\
         <nav><a href=\"/docs/\">Docs</a> <a href=\"/docs/pods/\">Pods</a></nav>\
         <main><h1>Pods</h1><p>{para}{para}</p>\
         <div class=\"alert alert-info\" role=\"note\"><h4 class=\"alert-heading\">Note:</h4>\
         You need to install a container runtime into each node so that pods can run.</div>\
         <h2>Using pods</h2><p>{para}{para}</p>\
         <blockquote class=\"blockquote-tag blockquote-tag-tip\"><p class=\"blockquote-tag-title\">\
         Tip</p><p>Restarting a container in a pod is not the same as restarting the pod.</p>\
         </blockquote><p>{para}{para}</p></main>\
         <footer><p>Copyright Example Authors. All rights reserved.</p></footer></body></html>"
    )
}

#[test]
fn admonitions_named_alerts_are_part_of_the_text() {
    let url = url::Url::parse("https://docs.example.org/docs/concepts/pods/").unwrap();
    let x = extract(docs_page_with_admonitions().as_bytes(), &url, None);
    assert_keeps(
        &x.body,
        &[
            "You need to install a container runtime into each node",
            "Restarting a container in a pod is not the same",
        ],
    );
}

/// A thread whose posts are blocks with the attributes `post_attrs`, each holding a name, a
/// day and a long paragraph, the first `replies` of them with a "Reply" control; `head` is added to the page's `<head>`.
fn unnamed_thread(head: &str, post_attrs: &str, replies: usize) -> String {
    let posts: String = (0..6)
        .map(|i| {
            let reply = if i < replies { "<div>Reply</div>" } else { "" };
            format!(
                "<div {post_attrs}><div><div>member{i}</div><time>2{i}/11/2025 at 7:1{i} pm</time></div>\
                 <div><p>{PARA} My answer {i}, with a comma.</p></div>{reply}</div>"
            )
        })
        .collect();
    format!(
        "<html><head><title>What fish first?</title>\
         <meta property=\"article:published_time\" content=\"2025-11-20T10:00:00Z\">\
         <meta name=\"author\" content=\"member0\">{head}</head>\
         <body><main><h1>What fish first?</h1>{posts}</main></body></html>"
    )
}

#[test]
fn posts_marked_up_as_schema_items_make_a_thread() {
    let url =
        url::Url::parse("https://www.example.com/groups/fish/what-fish-first-t17351.html").unwrap();
    let items = unnamed_thread(
        "",
        "itemscope itemtype=\"https://schema.org/DiscussionForumPosting\"",
        6,
    );
    let x = extract(items.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    // A blog's comments, marked up as `Comment`s (WordPress themes do), make no thread.
    let comments = unnamed_thread("", "itemscope itemtype=\"https://schema.org/Comment\"", 6);
    let x = extract(comments.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Forum);
    // The same page without the items reads as a story.
    let plain = unnamed_thread("", "", 6);
    let x = extract(plain.as_bytes(), &url, None);
    assert_ne!(x.page_kind, PageKind::Forum);
}

#[test]
fn a_discussion_forum_posting_in_json_ld_makes_a_thread() {
    let url =
        url::Url::parse("https://www.example.com/coffeehouse/chat-514/general-chat-18/").unwrap();
    let ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\
              \"@type\":\"DiscussionForumPosting\",\"headline\":\"What fish first?\"}</script>";
    // Its days written in plain blocks, not in `<time>`.
    let html = unnamed_thread(ld, "", 0)
        .replace("<time>", "<div>")
        .replace("</time>", "</div>");
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
}

#[test]
fn a_page_read_from_another_hosts_root_is_known_by_its_canonical_address() {
    let desc = "Hello there, I am a recent graduate and would like to take on some local freelance work building websites.";
    let html = format!(
        "<html><head><title>Freelance questions - Talk</title>\
         <meta property=\"og:description\" content=\"{desc}\">\
         <link rel=canonical href=\"https://forum.example.com/t/freelance-questions/267765\"></head>\
         <body><section id=splash><div class=dots></div></section></body></html>"
    );
    let url = url::Url::parse("http://localhost/").unwrap();
    let x = extract(html.as_bytes(), &url, None);
    assert_eq!(x.page_kind, PageKind::Forum);
    assert_eq!(x.body, desc);
}

/// A story page whose HTML holds `visible` and whose JSON-LD `NewsArticle` states
/// `article_body` (a JSON string's content).
fn structured_story(visible: &str, article_body: &str) -> String {
    format!(
        "<html><head><title>Council Meets - Example News</title>\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
         \"@type\":\"NewsArticle\",\"headline\":\"Council Meets\",\
         \"articleBody\":\"{article_body}\"}}</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>{visible}\
         <footer>Copyright Example News</footer></body></html>"
    )
}

/// Six paragraphs of a story as a JSON string's content, paragraphs parted by `\n\n`.
fn structured_paragraphs() -> String {
    (0..6)
        .map(|i| format!("{PARA} Stated paragraph {i}."))
        .collect::<Vec<_>>()
        .join("\\n\\n")
}

#[test]
fn a_story_its_html_does_not_hold_is_read_from_its_json_ld_article_body() {
    // A page drawn by script: an empty mount point and a teaser line.
    let html = structured_story(
        "<div id=\"root\"><p>Loading the story, please wait.</p></div>",
        &structured_paragraphs(),
    );
    let x = run(&html);
    assert_eq!(x.page_kind, PageKind::Article);
    assert!(x.page_kind_confidence >= super::STRUCTURED_BODY_CONFIDENCE);
    assert_keeps(&x.body, &["Stated paragraph 0.", "Stated paragraph 5."]);
    // Paragraphs stay apart, and nothing of the page's own chrome comes in.
    assert_eq!(x.body.matches("\n\n").count(), 5);
    assert_drops(&x.body, &["Loading the story", "Copyright"]);
}

#[test]
fn a_paywalled_teaser_yields_to_the_whole_story_in_json_ld() {
    let html = structured_story(
        &format!(
            "<article><h1>Council Meets</h1><p>{PARA} The teaser.</p>\
             <div class=\"paywall\">Subscribe to read the rest.</div></article>"
        ),
        &structured_paragraphs(),
    );
    let x = run(&html);
    assert_eq!(x.page_kind, PageKind::Article);
    assert_keeps(&x.body, &["Stated paragraph 0.", "Stated paragraph 5."]);
    assert_drops(&x.body, &["The teaser.", "Subscribe"]);
}

#[test]
fn a_story_the_html_holds_is_read_from_the_html_not_its_json_ld() {
    // The page says the story in full, with a subheading and a list the JSON-LD flattens.
    let html = structured_story(
        &format!(
            "<article><h1>Council Meets</h1>{}<h2>What comes next</h2>\
             <ul><li>A vote on the plan next month</li><li>A public hearing in May</li></ul></article>",
            (0..6)
                .map(|i| format!("<p>{PARA} Page paragraph {i}.</p>"))
                .collect::<String>()
        ),
        &structured_paragraphs(),
    );
    let x = run(&html);
    assert_eq!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &[
            "Page paragraph 0.",
            "What comes next",
            "A public hearing in May",
        ],
    );
    assert_drops(&x.body, &["Stated paragraph"]);
}

#[test]
fn a_short_json_ld_article_body_is_no_story_to_fall_back_on() {
    let html = structured_story(
        "<div id=\"root\"><p>Loading the story, please wait.</p></div>",
        "A one-line summary of the council meeting.",
    );
    let x = run(&html);
    assert_drops(&x.body, &["one-line summary"]);
}

#[test]
fn a_blog_index_is_not_read_from_the_post_its_json_ld_lists() {
    let excerpts: String = (0..10)
        .map(|i| {
            format!(
                "<article class=\"post\"><h2><a href=\"/post-{i}\">Post number {i} of the blog</a></h2>\
                 <p>An excerpt of post {i}, about the garden in spring and what grows there.</p></article>"
            )
        })
        .collect();
    let ld = format!(
        "{{\"@type\":\"Blog\",\"blogPost\":[{{\"@type\":\"BlogPosting\",\"headline\":\"P\",\
         \"articleBody\":\"{}\"}}]}}",
        structured_paragraphs()
    );
    let page = |main: &str| {
        let html = format!(
            "<html><head><title>Garden Blog</title><script type=\"application/ld+json\">{ld}</script>\
             </head><body><main>{main}</main></body></html>"
        );
        let url = url::Url::parse("https://garden.example.com/blog/").unwrap();
        extract(html.as_bytes(), &url, None)
    };
    let x = page(&excerpts);
    assert_ne!(x.page_kind, PageKind::Article);
    assert_drops(&x.body, &["Stated paragraph"]);
    assert_keeps(&x.body, &["Post number 3 of the blog"]);
    // An index whose excerpts a script draws says next to nothing itself: still, the post its
    // JSON-LD lists is not the page's story.
    let x = page("<div id=\"posts\"></div>");
    assert_drops(&x.body, &["Stated paragraph"]);
}

#[test]
fn a_page_saying_something_else_is_not_read_from_its_json_ld_story() {
    // Neither next to nothing nor a teaser of the stated story: the page's own words stand.
    let html = structured_story(
        "<main><h1>Council Meets</h1><p>Our newsroom covers the city council, the schools and \
         the transit authority, with reporters at every public meeting of the year.</p>\
         <p>Send tips to the desk by mail or by phone, day or night, and our editors will read \
         every one of them before the morning meeting decides what we cover next.</p></main>",
        &structured_paragraphs(),
    );
    let x = run(&html);
    assert_drops(&x.body, &["Stated paragraph"]);
    assert_keeps(&x.body, &["Our newsroom covers the city council"]);
}

#[test]
fn an_amp_story_leaves_out_its_ad_slots_embeds_and_menus() {
    let html = "<!doctype html><html amp lang=\"en\"><head><title>Rail strike ends - Example</title>\
        </head><body><amp-sidebar id=\"menu\" layout=\"nodisplay\"><ul><li><a href=\"/\">Home</a></li>\
        <li><a href=\"/world\">World</a></li></ul></amp-sidebar>\
        <amp-consent id=\"c\" layout=\"nodisplay\"><div>We use cookies to personalise content and \
        ads. Manage your choices in settings at any time.</div></amp-consent>\
        <article><h1>Rail strike ends</h1>\
        <p>The national rail strike ended on Thursday after union leaders and the operators agreed \
        a new pay deal in overnight talks at the labour ministry.</p>\
        <amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div placeholder>Loading ad space \
        for our sponsors</div><div fallback>Sponsored content from our partners will appear here \
        shortly</div></amp-ad>\
        <p>Trains will run to a normal timetable from Friday morning, the operators said, though \
        some early services may be cancelled while crews return.</p>\
        <amp-embed type=\"taboola\" layout=\"responsive\"><div>Recommended stories from around the \
        web for readers like you, picked by our partners</div></amp-embed>\
        <p>The deal raises pay by six percent this year and four percent next year, and it ends a \
        dispute that had closed most lines for nine days.</p></article></body></html>";
    let x = run(html);
    assert_eq!(x.page_kind, PageKind::Article);
    assert_keeps(
        &x.body,
        &["rail strike ended", "normal timetable", "nine days"],
    );
    assert_drops(
        &x.body,
        &[
            "Sponsored content",
            "Recommended stories",
            "cookies",
            "Home",
        ],
    );
}

#[test]
fn a_closing_paragraph_naming_a_newsletter_in_the_third_person_stays() {
    // The story's last paragraph names a newsletter (or a donation) as its subject: no call.
    for tail in [
        "<p>The figures on the shortfall in the road fund were first reported by a \
         neighbourhood newsletter on Friday.</p>",
        "<p>The foundation said on Monday that the donation would pay for two new ambulances \
         and a training room.</p>",
    ] {
        let x = run(&story_with_tail(tail));
        let said = &tail[3..30];
        assert!(x.body.contains(said), "{said:?} missing from {}", x.body);
    }
    // A source's "we" or "I" inside a quotation, and sentences that open with a word that is
    // an order elsewhere ("Like", "Support"), are the story's.
    for (tail, said) in [
        (
            "<p>\u{201c}We rely on every single donation to keep the doors open,\u{201d} said \
             Maria Lopez, its director.</p>",
            "said Maria Lopez",
        ),
        (
            "<p>Like other small charities in the county, the shelter depends on a single annual \
             donation from the mill.</p>",
            "Like other small charities",
        ),
        (
            "<p>Support for the newsletter came from a regional arts foundation, which has paid \
             for the printing of every issue since the first one appeared, the editor said.</p>",
            "Support for the newsletter",
        ),
    ] {
        let x = run(&story_with_tail(tail));
        assert!(x.body.contains(said), "{said:?} missing from {}", x.body);
    }
    // The same phrases said to the reader, or as an order, are still a call.
    for (tail, said) in [
        (
            "<p>Want more stories like this one in your inbox each morning? Sign up for our free \
             newsletter.</p>",
            "newsletter",
        ),
        (
            "<p>Planning a trip across the county has never been easier than it is today! Sign \
             up for free and start saving.</p>",
            "Sign up",
        ),
        (
            "<p>Each donation keeps the council reporting free for everyone who reads it, so \
             thank you.</p>",
            "donation",
        ),
    ] {
        let x = run(&story_with_tail(tail));
        assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
        assert!(!x.body.contains(said), "{said:?} leaked into {}", x.body);
    }
}

#[test]
fn a_closing_bio_that_names_the_authors_role_without_a_pronoun_is_dropped() {
    let mut body = String::new();
    for i in 0..6 {
        body.push_str(&format!(
            "<p>{PARA} Paragraph number {i}, with a comma.</p>"
        ));
    }
    let html = format!(
        "<html><head><title>Council Meets Officials</title>\
         <meta name=author content='Ann Lindqvist'></head><body><main><article>\
         <header><h1>Council Meets Officials</h1><address>By Ann Lindqvist</address></header>\
         <div class=body-content>{body}</div><div class=content-info><p>Ann Lindqvist is a \
         contributing editor who covers housing and real estate.</p></div></article></main>\
         </body></html>"
    );
    let x = run(&html);
    assert!(x.body.contains("Paragraph number 5"), "{}", x.body);
    assert!(!x.body.contains("contributing editor"), "{}", x.body);
    // A closing line that opens with the author's name but names no role stays.
    let x = run(&story_with_tail(
        "<div class=note><p>Jane Reporter has asked the council for the minutes of the meeting \
         and for the mayor's written reply.</p></div>",
    ));
    assert!(x.body.contains("written reply"), "{}", x.body);
}

#[test]
fn notes_that_the_story_continues_past_an_insert_are_dropped() {
    let x = run(&story_with_tail(&format!(
        "<p>Story continues below video</p><p>{PARA} After the video.</p>\
         <div><span>Advertisement - Continue Reading Below</span></div><p>{PARA} After the ad.</p>"
    )));
    assert_keeps(&x.body, &["After the video.", "After the ad."]);
    assert_drops(&x.body, &["continues below", "Continue Reading"]);
    // A sentence of the story that says so goes on past the note's few words.
    let x = run(&story_with_tail(&format!(
        "<p>{PARA} Then.</p><p>Story continues below the surface for the residents of the flooded \
         valley, who say little has changed.</p><p>{PARA} After it.</p>"
    )));
    assert!(x.body.contains("below the surface"), "{}", x.body);
    // A short sentence that opens the same way is the story's too.
    let line = "Story continues below the fold.";
    let x = run(&story_with_tail(&format!(
        "<p>{PARA} Then.</p><p>{line}</p><p>{PARA} After it.</p>"
    )));
    assert!(x.body.contains(line), "{line:?} missing from {}", x.body);
}

#[test]
fn an_audio_players_label_and_a_follow_button_are_dropped() {
    let x = run(&story_with_tail(""));
    assert!(x.body.contains("Paragraph number 0"), "{}", x.body);
    let html = story_with_tail("").replace(
        "<div class=article-body>",
        "<div class=article-body><div class=audio><p>Listen to this article</p></div>\
         <div class=by><span>Follow</span></div>",
    );
    let x = run(&html);
    assert!(x.body.contains("Paragraph number 0"), "{}", x.body);
    assert_drops(&x.body, &["Listen to this", "Follow"]);
    let html = story_with_tail(&format!(
        "<p><strong>Don't miss...</strong></p>\
         <ul><li><a href=/a>Ferry timetable changes for the summer season</a></li>\
         <li><a href=/b>Council approves new parking charges</a></li></ul><p>{PARA} Last.</p>"
    ));
    let x = run(&html);
    assert_drops(&x.body, &["miss"]);
}

#[test]
fn a_live_blogs_entry_headlines_are_its_subheadings() {
    let entry = |time: &str, headline: &str, text: &str| {
        format!(
            "<article class=\"entry\"><header><time datetime=\"2024-03-14T09:00:00Z\">{time}</time>\
             <h2>{headline}</h2></header><div class=\"entry-text\"><p>{text}</p></div></article>"
        )
    };
    let feed = [
        entry("4:00 p.m.", "Ferries resume sailing", "The first ferry left the harbour at four o'clock with a full deck of cars and about two hundred passengers who had waited since the morning."),
        entry("3:10 p.m.", "Peak of the storm passing", "The strongest gusts recorded so far reached sixty-eight miles an hour at the harbour mouth, and forecasters say the wind will ease after six."),
        entry("2:05 p.m.", "Power restored to some homes", "Power has returned to about half of the homes that lost it this morning, and the network operator says the rest should be reconnected by evening."),
    ]
    .concat();
    let html = format!(
        "<html><head><title>Live: storm crosses the coast - Harbor Ledger</title></head><body>\
         <header class=\"site\"><a href=\"/\">Harbor Ledger</a></header><main>\
         <header class=\"story-head\"><h1>Live: storm crosses the coast</h1><p>By Tom Bell</p></header>\
         <div class=\"feed\">{feed}</div></main></body></html>"
    );
    let e = run(&html);
    assert_keeps(
        &e.body,
        &[
            "Ferries resume sailing",
            "Peak of the storm passing",
            "Power restored to some homes",
            "The strongest gusts recorded",
        ],
    );
    assert_drops(&e.body, &["By Tom Bell"]);
}

#[test]
fn a_photo_gallerys_captions_are_its_story() {
    let captions = [
        "Volunteers haul a net of plastic bottles from the shallows on Saturday morning, the first clean-up of the year.",
        "A girl sorts bottle caps by colour at the collection tent; children made up nearly a third of the volunteers.",
        "A length of rope from a fishing boat took six people to drag clear of the rocks below the lighthouse.",
        "Bags of rubbish wait for collection along the sea wall, just over a tonne of it by midday.",
    ];
    let figures: String = captions
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                "<figure class=\"gallery-item\"><img src=\"/p{i}.jpg\" alt=\"\"><figcaption \
                 class=\"wp-caption-text\">{c} <span class=\"credit\">Photo: Sam Roe</span>\
                 </figcaption></figure>"
            )
        })
        .collect();
    let page = |lead: &str| {
        format!(
            "<html><head><title>Photos: Beach clean-up - Harbor Ledger</title></head><body>\
             <header class=\"site\"><a href=\"/\">Harbor Ledger</a></header><main><article>\
             <h1>Photos: Beach clean-up</h1><div class=\"entry-content gallery\">{lead}{figures}\
             </div></article></main><footer>Harbor Ledger</footer></body></html>"
        )
    };
    // A line of introduction, then the pictures: the captions tell the story.
    let x = run(&page(
        "<p>About 180 volunteers spent Saturday morning clearing rubbish from the beach. Here are \
         scenes from the day.</p>",
    ));
    assert_keeps(&x.body, &captions);
    // A story of its own beside its pictures: their captions are captions.
    let story = format!("<p>{PARA}</p>").repeat(6);
    let x = run(&page(&story));
    assert_drops(&x.body, &captions);
    // So are they beside a story told in short one-sentence paragraphs.
    let short = [
        "A fire destroyed the hardware store on Main Street on Tuesday.",
        "No one was hurt, according to the fire department.",
        "Crews from three towns fought the blaze for four hours.",
        "The owner said he would rebuild on the same corner.",
        "The cause of the fire is under investigation.",
        "Main Street will stay closed until Thursday morning.",
        "Neighbours brought coffee and sandwiches to the crews.",
        "A fund for the store's six workers has been set up.",
    ]
    .map(|t| format!("<p>{t}</p>"))
    .concat();
    let x = run(&page(&short));
    assert_keeps(&x.body, &["No one was hurt"]);
    assert_drops(&x.body, &captions);
    // And beside a story set as bare text between line breaks, owned by the figures' parent.
    let bare = [PARA; 6].join("<br><br>");
    let x = run(&page(&bare));
    assert_keeps(&x.body, &[PARA]);
    assert_drops(&x.body, &captions);
}

#[test]
fn a_storys_second_half_held_back_behind_continue_reading_is_read() {
    let html = council_story(&format!(
        "<div class=story-text><p>{PARA} First half.</p>\
         <div hidden><p>{PARA} Unnamed and not behind a control.</p></div><p>{PARA} Still shown.</p>\
         <div class=toggle-wrap><button aria-expanded=false>Continue reading</button></div>\
         <div class=story-rest style='display:none'><p>{PARA} Held back by a button.</p></div>\
         <div class=js-showmore-text hidden><p>{PARA} Held back by its name.</p></div>\
         <p><a href=/next-story>Read more</a></p>\
         <div class=box style='display:none'><p>{PARA} Behind a link to another page.</p></div>\
         <div class=showcaseMoreInfo hidden><p>{PARA} Only letters of show and more.</p></div>\
         <div class=threadMoreReplies hidden><p>{PARA} Thread, not read.</p></div>\
         <div class=readMoreBody hidden><p>{PARA} Held back by a camel-case name.</p></div>\
         <div class=toggle-wrap><span class=toggle aria-expanded=false aria-controls=rest2>Keep reading</span></div>\
         <div id=rest2 style='display:none'><p>{PARA} Held back by an ARIA control.</p></div></div>\
         <div class=menu style='display:none'><a href=/a>Menu link</a></div>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "First half.",
            "Held back by a button.",
            "Held back by its name.",
            "Held back by a camel-case name.",
            "Held back by an ARIA control.",
        ],
    );
    assert_drops(
        &x.body,
        &[
            "Unnamed and not behind a control.",
            "Only letters of show and more.",
            "Thread, not read.",
            "Behind a link to another page.",
            "Menu link",
        ],
    );
}

#[test]
fn a_read_also_name_of_another_language_drops_its_links_but_not_the_story_after_them() {
    // A "read also" name said alone (a heading or a label) points to other stories: its links
    // go, the story's short paragraphs after them stay.
    for (name, wrap) in [
        ("Lesen Sie auch:", "h3"),
        ("À lire aussi", "p"),
        ("Читайте также:", "strong"),
        ("関連記事", "h3"),
        ("相关阅读", "p"),
        ("관련기사", "div"),
    ] {
        let html = format!(
            "<html><head><title>Straßenbahn</title></head><body><article><div class=\"text\">\
             <p>{PARA} One.</p><p>{PARA} Two.</p>\
             <{wrap}>{name}</{wrap}><ul><li><a href=\"/a\">Neue Buslinie im Norden fährt ab Montag</a></li>\
             <li><a href=\"/b\">Radweg an der Weser wird gesperrt</a></li></ul>\
             <p>Short closing line of the story.</p><p>{PARA} Three.</p></div></article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["One.", "Two.", "Short closing line", "Three."]);
        assert_drops(&x.body, &[name.trim_end_matches(':'), "Buslinie", "Radweg"]);
    }
}

#[test]
fn a_newsletter_box_without_a_form_closes_in_other_languages() {
    // A newsletter's title in the page's language, its pitch and a link to the sign-up page:
    // no form, no e-mail field.
    for (title, wrap) in [
        ("Newsletter abonnieren", "h3"),
        ("Inscrivez-vous à notre newsletter", "h3"),
        ("Suscríbete a nuestro boletín", "strong"),
        ("Assine nossa newsletter", "h3"),
        ("Подпишитесь на нашу рассылку", "strong"),
        ("뉴스레터 구독", "h3"),
        ("メールマガジン登録", "strong"),
        ("订阅我们的新闻简报", "h3"),
    ] {
        let html = format!(
            "<html><head><title>Straßenbahn</title></head><body><article>\
             <p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
             <div class=\"box\"><{wrap}>{title}</{wrap}><p>Jeden Freitag die wichtigsten Nachrichten der Woche.</p>\
             <a href=\"/nl\">Jetzt kostenlos</a></div></article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["One.", "Two.", "Three."]);
        assert_drops(&x.body, &[title, "Jeden Freitag"]);
    }
}

/// A Chinese story of short paragraphs without commas on a page of hashed class names, with
/// readers' comments and a feed of teasers after it.
fn short_chinese_story_page() -> String {
    let story = [
        "南湖市图书馆屋顶将建一座空中花园。",
        "花园面积约三百平方米。园内设有花坛和菜园。",
        "工程计划九月开工。预计明年春天对外开放。",
        "读者可以免费进入花园。",
        "周末还将开设儿童园艺课。报名可通过图书馆官网进行。",
        "馆长刘敏表示：“希望读者在看书之余有个休息的地方。”",
        "项目总投资约一百万元。屋顶防水工程将同步进行。",
        "附近居民张女士说：“以后带孩子又多了一个好去处。”",
    ];
    let paragraphs: String = story
        .iter()
        .enumerate()
        .map(|(i, p)| format!("<p class=\"q{i}x\">{p}</p>"))
        .collect();
    let comments: String = [
        "好消息，希望早日建成",
        "希望停车位也能增加",
        "一定带孩子去看看",
    ]
    .iter()
    .enumerate()
    .map(|(i, c)| format!("<div class=\"c{i}z\"><span>user{i}</span><p>{c}</p></div>"))
    .collect();
    let feed: String = (0..9)
        .map(|i| {
            let summary = ["下月起步道将安装照明。", "小学生培训班已开放报名。", "地铁站附近将设还书箱。"][i % 3];
            format!("<div class=\"f{i}k\"><a href=\"/k{i}\"><strong>南湖新闻标题第{i}条</strong></a><p>{summary}</p></div>")
        })
        .collect();
    format!(
        "<html lang=\"zh\"><head><title>市图书馆屋顶将建空中花园</title></head><body><div id=\"app\">\
         <div class=\"x1a\"><a href=\"/\">南湖晚报</a><a href=\"/s\">社会</a><a href=\"/c\">文化</a></div>\
         <div class=\"x2b\"><div class=\"x3c\"><h1 class=\"x4d\">市图书馆屋顶将建空中花园</h1>\
         <div class=\"x5e\">{paragraphs}</div><div class=\"x6f\"><div>作者简介</div><div><p>陈晓峰，南湖晚报记者，关注教育和文化新闻。</p></div></div>\
         <div class=\"x7g\"><div>评论（3）</div>{comments}</div></div><div class=\"x8h\">{feed}</div></div>\
         <div class=\"x9i\"><p>版权所有 © 南湖晚报</p></div></div></body></html>"
    )
}

#[test]
fn a_story_of_short_chinese_paragraphs_is_chosen_over_the_page_around_it() {
    // Twenty characters of Chinese say as much as forty in a Latin script: the story's short
    // paragraphs score, and the region is the story, not the page with its feed.
    let x = run(&short_chinese_story_page());
    assert_keeps(
        &x.body,
        &["南湖市图书馆屋顶将建一座空中花园", "附近居民张女士说"],
    );
    assert_drops(&x.body, &["下月起步道将安装照明", "小学生培训班已开放报名"]);
}

#[test]
fn an_author_bio_in_another_language_closes_the_story() {
    // A box at the story's end that opens with the byline's author and names a newsroom role
    // in the page's language: the bio, not the story.
    let story = "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, den Ausbau der \
                 Straßenbahn um zwei Jahre vorzuziehen, wie die Verwaltung mitteilte.";
    for (author, bio) in [
        ("Jonas Reiter", "Jonas Reiter ist Redakteur im Lokalressort. Er schreibt seit 2015 über Sport und Freizeit."),
        ("Camille Arnaud", "Camille Arnaud est journaliste à la rédaction locale depuis 2017 et couvre la culture."),
        ("Marta Iglesias", "Marta Iglesias es periodista de la sección de Local desde 2016 y escribe sobre comercio."),
        ("Дмитрий Орлов", "Дмитрий Орлов — корреспондент отдела городских новостей с 2016 года. Пишет о транспорте."),
        ("이서준", "이서준 기자는 새벽신문 사회부에서 교육과 문화 분야를 취재하고 있습니다."),
        ("山本 健太", "山本 健太　社会部記者。2019年入社。教育と文化の話題を担当しています。"),
        ("陈晓峰", "陈晓峰，南湖晚报社会新闻部记者，长期关注教育和文化新闻。"),
    ] {
        let html = format!(
            "<html><head><title>Straßenbahn</title><meta name=\"author\" content=\"{author}\"></head>\
             <body><article><h1>Straßenbahn</h1><div class=\"text\">\
             <p>{story} Eins.</p><p>{story} Zwei.</p><p>{story} Drei.</p><p>{story} Vier.</p>\
             <div class=\"box\"><img src=\"/a.jpg\" alt=\"\"><p>{bio}</p></div></div></article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["Eins.", "Vier."]);
        assert_drops(&x.body, &[bio]);
    }
}

#[test]
fn a_read_also_tail_in_the_text_of_a_story_set_with_line_breaks_goes() {
    // Old publishing systems set the story as text parted by double line breaks, and the
    // "read also" links, the newsletter's call and the bio as more of that text after it.
    let story = [
        "한결구는 구립 중앙도서관 옥상에 주민 정원을 만든다고 7일 밝혔다. 어두운 골목길을 밝히기 위한 사업과 함께 추진된다.",
        "정원 면적은 약 300제곱미터다. 꽃밭과 채소 텃밭이 함께 들어서며 도서관 이용자 누구나 무료로 쓸 수 있다.",
        "구는 이달 안에 설계를 마친다. 공사는 9월에 시작하고 문은 내년 봄에 연다. 주말에는 어린이 원예 교실도 열린다.",
        "최은영 구청장은 \"책을 읽다가 잠시 쉬어 갈 수 있는 곳이 될 것\"이라고 말했다. 사업비는 2억 원이다.",
    ]
    .join("<br><br>");
    let tail = "<br><br>▶ 관련기사<br><a href=\"/a\">▶ 구립 수영장 여름 특강 접수 시작</a><br>\
                <a href=\"/b\">▶ 도서관 무인 반납기 10곳 추가</a><br><br>\
                <b>뉴스레터 구독</b> 매주 월요일 아침 동네 소식을 보내 드립니다.";
    let html = format!(
        "<html lang=\"ko\"><head><title>도서관 옥상에 작은 정원</title></head><body>\
         <h1>도서관 옥상에 작은 정원</h1><div id=\"articleBody\">{story}{tail}</div></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["한결구는 구립", "사업비는 2억 원이다"]);
    assert_drops(&x.body, &["관련기사", "수영장", "뉴스레터", "월요일 아침"]);
    // Early in the text, with more of the story after it than before, the pointer is the
    // story's own aside: nothing is cut.
    let early = format!(
        "<html lang=\"de\"><head><title>Freibad</title></head><body><h1>Freibad</h1><div id=\"t\">\
         {PARA} Eins.<br><br>Lesen Sie auch: <a href=\"/a\">Neue Rutsche im Hallenbad</a>\
         <br><br>{PARA} Zwei.<br><br>{PARA} Drei.</div></body></html>"
    );
    let x = run(&early);
    assert_keeps(&x.body, &["Eins.", "Zwei.", "Drei."]);
    // Later in the text, but with more of the story after it (three long paragraphs or more),
    // the pointer is a line in the middle of the story; and a sentence about a link that opens
    // with "Saiba mais" is no pointer at all.
    let middle = |pointer: &str| {
        format!(
            "<html lang='pt'><head><title>Feira</title></head><body><h1>Feira</h1><div id='texto'>\
             {PARA} Um.<br><br>{PARA} Dois.<br><br>{PARA} Três.<br><br>{PARA} Quatro.<br><br>\
             {PARA} Cinco.<br><br>{pointer}<br><br>{PARA} Seis.<br><br>{PARA} Sete.<br><br>\
             {PARA} Oito.<br><br>Fim.</div></body></html>"
        )
    };
    let x = run(&middle(
        "Leia também: <a href=\"/x\">Feira orgânica ganha novo endereço no centro</a>",
    ));
    assert_keeps(&x.body, &["Cinco.", "Seis.", "Sete.", "Fim."]);
    let x = run(&middle(
        "Saiba mais sobre o programa no <a href=\"/p\">site oficial da prefeitura municipal</a>.",
    ));
    assert_keeps(&x.body, &["Saiba mais sobre o programa", "Seis.", "Fim."]);
    // The longest names are read whole.
    let x = run(&html.replace("▶ 관련기사", "Lesen Sie dazu auch:"));
    assert_drops(&x.body, &["Lesen Sie dazu auch", "수영장"]);
}

#[test]
fn a_comment_header_of_another_language_goes() {
    // The comment section's header with its count, said in the page's language, after the
    // story's last paragraph.
    for header in [
        "Kommentare (4)",
        "Commentaires (4)",
        "Comentarios (4)",
        "Comentários (4)",
        "Commenti (4)",
        "Комментарии (4)",
    ] {
        let html = council_story(&format!(
            "<div class=\"body\"><p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
             <p><span>{header}</span></p></div>"
        ));
        let x = run(&html);
        assert_keeps(&x.body, &["One.", "Three."]);
        assert_drops(&x.body, &[header]);
    }
}

#[test]
fn a_chinese_heading_about_another_subscription_stays() {
    // "订阅" opens the newsletter's call only with what makes it one ("订阅我们的新闻简报"); a
    // section of the story may open with the word and go on about another subscription.
    let html = "<html lang=\"zh\"><head><title>公众号</title></head><body><article><h1>公众号</h1>\
         <p>江城市政府去年开通了官方公众号，目前关注人数已经超过二十万，每天发布本地新闻和便民信息。</p>\
         <p>市民可以通过公众号查询公交线路、办理部分政务事项，还可以直接向有关部门反映问题。</p>\
         <h2>订阅号运营情况</h2><p>负责运营的工作人员介绍，订阅号每天推送三条消息，阅读量稳定增长，留言也越来越多。</p>\
         </article></body></html>";
    let x = run(html);
    assert_keeps(&x.body, &["订阅号运营情况", "每天推送三条消息"]);
}

/// A Korean story page of the repository's news-languages corpus (invented text): CSS-module
/// class names, short paragraphs with few commas, nested four levels under `<main>`, and a
/// consent banner after the footer.
const HASHED_KOREAN_PAGE: &str = r##"<html lang="ko"><head><meta charset="utf-8"><title>시, 구도심 골목길에 가로등 500개 새로 설치 - 한빛일보</title></head><body><div id="__next"><div class="css-0q"><header class="css-1eefq"><a href="/" class="css-3ddeq">한빛일보</a><div class="css-5ccdq"><a class="css-7bbcq" href="/s0">홈</a><a class="css-9aabq" href="/s1">정치</a><a class="css-b99aq" href="/s2">경제</a><a class="css-d889q" href="/s3">사회</a><a class="css-f778q" href="/s4">스포츠</a><a class="css-11667q" href="/s5">문화</a></div></header>
<main class="css-13556q"><div class="css-15445q"><div class="css-17334q"><a href="/s1" class="css-b8cq">정치</a></div><h1 class="css-2a7bq">시, 구도심 골목길에 가로등 500개 새로 설치</h1>
<div class="css-496aq"><div class="css-6859q"><span class="css-8748q">기자 </span><a class="css-a637q" href="/p">김민지</a></div><div class="css-c526q">입력 2025.05.29 09:12 수정 2025.05.29 10:40</div><div class="css-e415q">글자크기 조절</div></div>
<div class="css-10304q"><button class="css-121f3q">공유하기</button><button class="css-140e2q">댓글 7</button></div>
<div class="css-15fd1q"><img src="/m.jpg" class="css-17ec0q"><div class="css-1718q"><span class="css-3607q">가로등이 설치될 예정인 동부동 골목길</span> <span class="css-54f6q">사진=한빛시 제공</span></div></div>
<div class="css-73e5q"><p class="css-92d4q">한빛시는 올해 말까지 구도심 골목길에 가로등 500개를 새로 설치한다고 28일 밝혔다. 어두운 골목길에서 발생하는 범죄를 예방하고 주민들의 야간 보행 안전을 높이기 위한 조치다.</p><p class="css-b1c3q">시에 따르면 설치 대상 지역은 주택가가 밀집한 동부동과 서문동 일대다. 새 가로등은 전력 소비가 적은 LED 방식으로, 밤늦은 시간에는 밝기가 자동으로 조절된다.</p><div class="css-d0b2q"><div class="css-efa1q">광고</div><div class="css-10e90q"></div></div>
<p class="css-12d7fq">박성호 시장은 &quot;주민들이 밤에도 안심하고 다닐 수 있는 거리를 만드는 것이 목표&quot;라며 &quot;앞으로 다른 지역으로도 사업을 확대하겠다&quot;고 말했다.</p><p class="css-14c6eq"><b>함께 보면 좋은 기사</b> <a class="css-16b5dq" href="/o">구도심 주차난 해소 위해 공영주차장 조성</a></p><p class="css-3b5q">이번 사업에는 시비와 국비를 합쳐 약 18억 원이 투입된다. 시는 다음 달 설계를 마치고 8월부터 공사에 들어갈 계획이다.</p>
<h2 class="css-22a4q">주민들 환영</h2><p class="css-4193q">동부동에 사는 한 주민은 &quot;퇴근길에 골목이 너무 어두워 늘 불안했다&quot;며 &quot;가로등이 생기면 훨씬 마음이 놓일 것 같다&quot;고 말했다.</p>
<div class="css-6082q"><p class="css-7f71q"><b>뉴스레터 구독</b></p><p class="css-9e60q">매일 아침 지역 주요 뉴스를 이메일로 받아보세요.</p><div class="css-bd4fq"><input type="email" class="css-dc3eq"><button class="css-fb2dq">구독하기</button></div></div>
<p class="css-11a1cq">시는 가로등 설치와 함께 방범용 폐쇄회로(CC)TV 40대도 추가로 설치할 예정이다.</p></div>
<div class="css-1390bq"><span class="css-157faq">태그:</span> <a class="css-176e9q" href="/t0">가로등</a>, <a class="css-f41q" href="/t1">구도심</a>, <a class="css-2e30q" href="/t2">안전</a></div>
<div class="css-4d1fq"><span class="css-6c0eq">공유하기</span><button class="css-8afdq">카카오톡</button><button class="css-a9ecq">페이스북</button><button class="css-c8dbq">링크복사</button></div>
<div class="css-e7caq"><img src="/au.jpg" class="css-106b9q"><div class="css-125a8q"><p class="css-14497q"><b>김민지</b></p><p class="css-16386q">김민지 기자는 한빛일보 사회부에서 지역 행정과 복지 분야를 취재하고 있습니다.</p></div></div>
<div class="css-18275q"><h2 class="css-1acdq">관련기사</h2><a class="css-39bcq" href="/r0"><div class="css-58abq"><h3 class="css-779aq">한빛시, 노후 상수도관 교체 착수</h3></div></a><a class="css-9689q" href="/r1"><div class="css-b578q"><h3 class="css-d467q">시립도서관 야간 개방 시간 연장</h3></div></a></div>
<div class="css-f356q"><h2 class="css-11245q">댓글</h2><p class="css-13134q">로그인 후 댓글을 작성할 수 있습니다</p></div></div></main>
<footer class="css-15023q"><div class="css-16f12q"><a class="css-76aq" href="/f0">홈</a><a class="css-2659q" href="/f1">정치</a><a class="css-4548q" href="/f2">경제</a><a class="css-6437q" href="/f3">사회</a></div><p class="css-8326q">Copyright © 한빛일보. 무단전재 및 재배포 금지</p></footer>
<div class="css-a215q"><p class="css-c104q">이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.</p><button class="css-dff3q">동의</button></div></div></div></body></html>"##;

#[test]
fn a_short_box_beside_a_deep_story_does_not_widen_it_to_the_page() {
    // The deep story passes little of its score up: an ancestor that also holds the consent
    // banner outscores the walk's last one by that banner alone, no reason to take the page.
    let x = run(HASHED_KOREAN_PAGE);
    assert_keeps(&x.body, &["한빛시는 올해 말까지", "방범용 폐쇄회로"]);
    assert_drops(
        &x.body,
        &["쿠키를 사용합니다", "로그인 후 댓글을", "글자크기 조절"],
    );
}

/// A story laid out the way sites built before style sheets set it: the page is a table whose
/// middle cell holds the story (paragraphs parted by `<br><br>`) and whose left cell is the
/// site's menu, links under unlinked section labels.
fn layout_table_story(left_cell: &str) -> String {
    let story = [PARA; 6].join("<br><br>\n");
    format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table width=760><tr>\
         <td width=140 valign=top><font size=1>{left_cell}</font></td>\
         <td valign=top><font size=5><b>Council Meets</b></font><br>\
         <font size=2>By JOHN SMITH / Staff Writer</font><br><br>\
         <font size=2>{story}</font></td>\
         </tr></table></body></html>"
    )
}

#[test]
fn a_menu_cell_beside_the_story_cell_of_a_layout_table_is_dropped() {
    let menu = "<b>NEWS</b><br><a href=/local>Local News</a><br><a href=/state>State</a><br>\
                <a href=/nation>Nation and World</a><br><a href=/schools>Schools</a><br>\
                <b>SPORTS</b><br><a href=/prep>High School</a><br><a href=/college>College</a><br>\
                <b>SERVICES</b><br><a href=/delivery>Home Delivery</a><br>\
                <a href=/archives>Archives</a><br><a href=/reprints>Photo Reprints</a>";
    let x = run(&layout_table_story(menu));
    assert_keeps(&x.body, &[PARA]);
    assert_drops(&x.body, &["Home Delivery", "Photo Reprints", "SPORTS"]);
    // A review table's linked names beside their paragraphs are the table's own column.
    let rows: String = ["Acme Ultrabook 14", "Zeta Laptop Pro", "Nova Slim 13"]
        .iter()
        .map(|name| {
            format!(
                "<tr><td><a href=/p/{}>{name}</a></td><td><p>{PARA} One.</p><p>{PARA} Two.</p>\
                 <p>{PARA} Three.</p></td></tr>",
                name.len()
            )
        })
        .collect();
    let x = run(&council_story(&format!(
        "<p>{PARA}</p><table>{rows}</table><p>{PARA} The verdict.</p>"
    )));
    assert_keeps(
        &x.body,
        &["Acme Ultrabook 14", "Zeta Laptop Pro", "Nova Slim 13"],
    );
}

#[test]
fn a_linked_title_row_above_a_post_cell_is_no_layout_column() {
    // A board that sets each post in a table: the linked title and author in the row above the
    // post's cell are the post's.
    let story = [PARA; 4].join("<br><br>");
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table><tr><td><a href=/t/1>Re: Council Meets</a> by <a href=/u/ab>ab</a>: \
         <a href=/t/1#2>3:21pm</a></td></tr>\
         <tr><td>{story}</td></tr></table></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Re: Council Meets by ab"]);
}

#[test]
fn a_reader_comments_label_closes_the_comments_set_in_a_table_under_the_story() {
    let html = council_story(&format!(
        "<p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <table><tr><td><b>Reader Comments (2)</b></td></tr>\
         <tr><td>bigdog77 wrote on 3/17/2009 7:14 PM:</td></tr>\
         <tr><td>About time somebody did something about Front Street.</td></tr>\
         <tr><td>westbury_native wrote on 3/17/2009 8:02 PM:</td></tr>\
         <tr><td>And where are the trucks supposed to go instead?</td></tr></table>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Three."]);
    assert_drops(
        &x.body,
        &["Reader Comments", "bigdog77", "About time", "trucks"],
    );
}

#[test]
fn the_headline_byline_and_date_lines_opening_a_story_cell_of_br_text_are_dropped() {
    // A story cell set without `<p>`: the headline, the byline with the writer's title and the
    // date line are lines of the same run of text as the story, parted from it by `<br><br>`.
    let story = [PARA; 4].join("<br><br>\n");
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table width=760><tr><td valign=top>\
         <font size=5><b>Council Meets</b></font><br>\
         <font size=2><b>By JOHN SMITH</b><br>Staff Writer</font><br>\
         <font size=1>Posted: 03/12/2009 10:32 AM EST</font><br><br>\
         <font size=2>{story}</font></td></tr></table></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &[PARA]);
    assert_drops(
        &x.body,
        &["Council Meets", "JOHN SMITH", "Staff Writer", "Posted:"],
    );
    assert!(x.body.starts_with(&PARA[..20]), "{}", x.body);
}

#[test]
fn a_first_line_of_br_text_that_is_no_heading_stays() {
    // A short opening line of the story's own (a dateline with its first sentence) is kept.
    let story = [PARA; 4].join("<br><br>\n");
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table width=760><tr><td valign=top>\
         <font size=2>By JOHN SMITH<br>WESTBURY — The council met on Monday.<br><br>\
         {story}</font></td></tr></table></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["The council met on Monday.", PARA]);
}

/// A brief of short paragraphs in an app's column, with a comment thread (name and time, then
/// the comment, per item) after it and a feed of teaser cards (linked title, an excerpt as long
/// as the story's paragraphs, a time) in the column's wrapper: neither widens the story.
fn brief_beside_comments_and_feed(paras: &[&str], comments: &[(&str, &str, &str)]) -> String {
    let story: String = paras
        .iter()
        .map(|p| format!("<p class=\"q1\">{p}</p>"))
        .collect();
    let thread: String = comments
        .iter()
        .map(|(u, t, c)| {
            format!("<div class=\"q7\"><span class=\"q8\">{u}</span><span class=\"q9\">{t}</span><p class=\"q6\">{c}</p></div>")
        })
        .collect();
    let feed: String = [
        ("Council approves new skate park", "The park on Mill Road will open in the spring, officials said."),
        ("Bakery wins regional bread prize", "Judges praised its rye loaf and the seeded morning roll."),
        ("Storm warning lifted for the coast", "Forecasters expect calmer seas and light rain by evening."),
        ("Library extends weekend hours", "The main branch will now stay open until six on Saturdays."),
    ]
    .iter()
    .enumerate()
    .map(|(i, (t, x))| {
        format!("<div class=\"q3\"><a class=\"q4\" href=\"/k{i}\"><strong>{t}</strong></a><p class=\"q5\">{x}</p><span class=\"q2\">{} hours ago</span></div>", i + 1)
    })
    .collect();
    format!(
        "<html><head><title>Ferry timetable changes - Harbor Daily</title></head><body><div id=\"app\">\
         <div class=\"w1\"><div class=\"w2\"><h1>Ferry timetable changes</h1><div class=\"w3\"><span>By Nora Pell</span></div>\
         <div class=\"w4\">{story}</div><div class=\"w5\"><div class=\"w6\">Comments (4)</div>{thread}</div></div>\
         <div class=\"w7\">{feed}</div></div></div></body></html>"
    )
}

#[test]
fn a_brief_does_not_widen_over_comments_and_a_feed_of_teasers() {
    let html = brief_beside_comments_and_feed(
        &[
            "The island ferry will run every forty minutes from Monday.",
            "The operator said the change follows a rise in winter traffic.",
            "The last boat now leaves the pier at half past ten.",
            "Season tickets bought before March stay valid.",
            "A full timetable is posted at the harbour office.",
        ],
        &[
            (
                "gull_watch",
                "3 hours ago",
                "About time, the old gaps were far too long.",
            ),
            (
                "m.rowe",
                "2 hours ago",
                "Will the late boat also run on Sundays?",
            ),
            (
                "pierside",
                "1 hour ago",
                "Good news for everyone who works in town.",
            ),
            (
                "anna_k",
                "45 minutes ago",
                "Hope they add bike racks on the new boats.",
            ),
        ],
    );
    let body = run(&html).body;
    assert_keeps(&body, &["every forty minutes", "harbour office"]);
    assert_drops(
        &body,
        &["old gaps were far too long", "bike racks", "rye loaf"],
    );
}

#[test]
fn a_japanese_brief_does_not_widen_over_its_comment_thread() {
    let html = brief_beside_comments_and_feed(
        &[
            "島へのフェリーは月曜から四十分ごとに運航します。",
            "運航会社によると、冬の利用者が増えたためです。",
            "最終便は午後十時半に桟橋を出ます。",
            "三月より前に買った定期券はそのまま使えます。",
        ],
        &[
            (
                "かもめ",
                "3時間前",
                "やっと便が増えますね。待ち時間が長すぎました。",
            ),
            ("まさ", "2時間前", "最終便は日曜日も運航するのでしょうか。"),
            ("桟橋の人", "1時間前", "町で働く人にはうれしい知らせです。"),
        ],
    );
    let body = run(&html).body;
    assert_keeps(&body, &["四十分ごとに", "そのまま使えます"]);
    assert_drops(&body, &["待ち時間が長すぎました", "うれしい知らせ"]);
}

#[test]
fn a_short_brief_ends_at_its_comment_section_header_however_long_the_thread_after_it() {
    // A brief of four short paragraphs, then the readers' comments (no time on any) and a feed
    // of teasers under headings in the same column: the tail is longer than the story.
    let comments: String = [
        "Finally, the old gaps in that road were far too wide for bikes.",
        "Will the evening ferry also keep running on Sundays this summer?",
        "Good news for everyone who has to drive into town every morning.",
        "I hope they also add racks for bicycles on the newer ferries too.",
    ]
    .iter()
    .enumerate()
    .map(|(i, c)| format!("<li><b>reader_{i}</b><p>{c}</p></li>"))
    .collect();
    let teasers: String = (0..5)
        .map(|i| {
            format!(
                "<div class=item><h4><a href=/k{i}>Teaser headline number {i}</a></h4>\
                 <p>The teaser excerpt {i} tells a little of another story, officials said.</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Bridge lane to close - Harbor Daily</title></head><body>\
         <div class=page><div class=col><h1>Bridge lane to close</h1><p>By Sam Okafor</p>\
         <div class=text><p>One lane of the old river bridge will close from Tuesday.</p>\
         <p>Crews will replace worn joints under the eastern span.</p>\
         <p>Buses keep their routes but may run a few minutes late.</p>\
         <p>Cyclists are asked to use the path on the north side.</p></div>\
         <div class=list><h3>Comments (4)</h3><ul>{comments}</ul></div>\
         <div class=list><h3>Latest news</h3>{teasers}</div></div></div></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["from Tuesday.", "north side."]);
    assert_drops(
        &x.body,
        &[
            "reader_1",
            "evening ferry",
            "racks for bicycles",
            "Teaser",
            "teaser excerpt",
        ],
    );
}

#[test]
fn a_button_to_the_comments_inside_a_story_closes_nothing_after_it() {
    // A newsletter platform sets its "Leave a comment" button after the story and before the
    // story's footnotes, which are short and stay.
    let html = council_story(&format!(
        "<p>{PARA} One.</p><p>{PARA} Two.</p><p>{PARA} Three.</p>\
         <p class=button-wrapper><a class=button href=/p/council/comments><span>Leave a comment</span></a></p>\
         <div class=footnote><a href=#fn-1>1</a><div><p>The council counts a vote as cast when the clerk reads it.</p></div></div>\
         <div class=footnote><a href=#fn-2>2</a><div><p>Both councils shared one clerk until 2016.</p></div></div>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Three.",
            "when the clerk reads it.",
            "one clerk until 2016.",
        ],
    );
}

#[test]
fn comment_section_headers_are_told_from_section_names_of_a_story() {
    use super::closers::is_comment_section_name;
    for header in [
        "Comments (4)",
        "12 Comments",
        "Comments",
        "comments: 7",
        "Leave a Reply",
        "Discussion (12)",
        "3 Responses",
        "12 thoughts on \u{201c}Bridge lane to close\u{201d}",
        "One response to \u{201c}Bridge lane to close\u{201d}",
        "コメント（4件）",
        "댓글 12개",
        "Kommentare (4)",
        "评论",
    ] {
        assert!(is_comment_section_name(header), "{header:?}");
    }
    for other in [
        // A paper's section, an opinion column's kicker, a thread's posts, a sentence.
        "Discussion",
        "Comment",
        "Responses",
        "76 Replies",
        "Comments from residents were mixed",
        "2024 Comments on the draft plan",
        "One thought",
        "コメントを書く人々",
        "Kommentare aus der Opposition",
    ] {
        assert!(!is_comment_section_name(other), "{other:?}");
    }
}

#[test]
fn a_japanese_brief_ends_at_its_comment_header_though_its_story_is_ninety_characters() {
    // Four paragraphs of 20-25 characters: as short in characters as a wide script's brief is,
    // it is a story above its tail (counted as scores count wide characters, twice).
    let comments: String = [
        "やっと便が増えますね。待ち時間が長すぎました。",
        "最終便は日曜日も運航するのでしょうか。",
        "町で働く人にはうれしい知らせです。",
        "新しい船に自転車置き場もあるといいな。",
    ]
    .iter()
    .map(|c| format!("<li><b>読者</b><p>{c}</p></li>"))
    .collect();
    let teasers: String = (0..5)
        .map(|i| {
            format!(
                "<div class=item><h4><a href=/k{i}>別の記事の見出し{i}</a></h4>\
                 <p>別の記事の要約{i}です。市の担当者が話しました。</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html lang=ja><head><title>橋の補修で片側通行に | みなと新聞</title></head><body>\
         <div class=page><div class=col><h1>橋の補修で片側通行に</h1>\
         <div class=text><p>古い川の橋は火曜日から片側の車線が閉鎖されます。</p>\
         <p>作業員が東側の継ぎ目を取り替える工事です。</p>\
         <p>バスの路線は変わりませんが、数分遅れることがあります。</p>\
         <p>自転車は北側の歩道を使うよう呼びかけています。</p></div>\
         <div class=list><h3>コメント（4件）</h3><ul>{comments}</ul></div>\
         <div class=list><h3>最新ニュース</h3>{teasers}</div></div></div></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["閉鎖されます。", "呼びかけています。"]);
    assert_drops(&x.body, &["コメント", "日曜日", "別の記事", "最新ニュース"]);
}

/// A brief of four short paragraphs (about 230 characters) in a div of its own, for the tests of
/// undated comments and teasers beside it.
const BRIEF_PARAS: [&str; 4] = [
    "The weekly night market will reopen at the old rail depot on Friday.",
    "Around thirty stalls will sell food, crafts and plants until eleven.",
    "Organisers said parking on Station Road will be free after six.",
    "Dogs on a lead are welcome, but glass bottles are not.",
];

/// The brief's paragraphs as `<p>`s.
fn brief_paragraphs() -> String {
    BRIEF_PARAS.iter().map(|p| format!("<p>{p}</p>")).collect()
}

#[test]
fn a_brief_ends_before_undated_comments_under_no_header() {
    // Readers' comments of a name and a text, no time, no header, in the story's column: the
    // column adds only them, each as long as a paragraph of the brief.
    let comments: String = [
        ("tillyb", "Great news, we missed it all winter long."),
        (
            "r_hollis",
            "Hope the dumpling stall is back again this year!",
        ),
        (
            "quietlane",
            "Free parking after six makes a real difference.",
        ),
        ("ned.f", "Will there be live music again like last summer?"),
    ]
    .iter()
    .map(|(u, c)| format!("<div class=rx-i><b>{u}</b><p>{c}</p></div>"))
    .collect();
    let html = format!(
        "<html><head><title>Night market returns - Millbrook Courier</title></head><body>\
         <div class=page><div class=col><h1>Night market returns</h1>\
         <div class=copy>{}</div><div class=rx>{comments}</div></div></div></body></html>",
        brief_paragraphs()
    );
    let x = run(&html);
    assert_keeps(&x.body, &["old rail depot", "glass bottles"]);
    assert_drops(
        &x.body,
        &["tillyb", "winter long", "dumpling", "live music"],
    );
}

#[test]
fn a_story_box_in_a_row_of_like_boxes_stays_apart_from_undated_teasers() {
    // The story box and the feed's cards (a linked title over an excerpt, no date) share one
    // class in one grid: the grid scores close to the story box and would be promoted.
    let cards: String = [
        (
            "Swimming pool roof to be replaced",
            "Work starts in May and the pool will close for six weeks.",
        ),
        (
            "Two new bus stops for Hill Lane",
            "Residents asked for the stops after the route changed in autumn.",
        ),
        (
            "Volunteers plant 400 trees by the canal",
            "The group hopes to finish the second stretch before summer.",
        ),
        (
            "Cinema shows silent films with live piano",
            "Tickets for the three evenings go on sale next Tuesday.",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, (t, s))| format!("<div class=card><h2><a href=/n{i}>{t}</a></h2><p>{s}</p></div>"))
    .collect();
    let html = format!(
        "<html><head><title>Night market returns - Millbrook Courier</title></head><body>\
         <div class=grid><div class=card><h1>Night market returns</h1>{}</div>{cards}</div>\
         </body></html>",
        brief_paragraphs()
    );
    let x = run(&html);
    assert_keeps(&x.body, &["old rail depot", "glass bottles"]);
    assert_drops(
        &x.body,
        &["pool will close", "silent films", "second stretch"],
    );
}

#[test]
fn a_how_to_keeps_its_labelled_steps_after_a_one_paragraph_intro() {
    // Steps look like undated comments (a short label that is no heading over one text), but
    // the intro above them is one paragraph, no brief of its own: the steps are the story.
    let steps: String = [
        "Measure the rim of the pot and cut the foam a little smaller than it.",
        "Soak the foam in a bucket of water until it sinks to the bottom.",
        "Press the plant into a hole dug in the middle of the soaked foam.",
        "Pin the moss around the foam so that none of it can be seen.",
    ]
    .iter()
    .enumerate()
    .map(|(i, s)| {
        format!(
            "<div class=step><span>Step {}</span><p>{s}</p></div>",
            i + 1
        )
    })
    .collect();
    let html = format!(
        "<html><head><title>How to plant a moss pot - Example Crafts</title></head><body>\
         <div class=page><div class=col><h1>How to plant a moss pot</h1>\
         <div class=intro><p>A moss pot keeps its own moisture, asks for little care and makes \
         a small green corner on any shelf, even in a room that gets little light.</p></div>\
         <div class=steps>{steps}</div></div></div></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "its own moisture",
            "Measure the rim",
            "Soak the foam",
            "Pin the moss",
        ],
    );
}

#[test]
fn a_brief_ends_before_undated_comments_whose_replies_nest_in_them() {
    // The first comment holds a reply of the same markup: its own part is still a name over
    // one text, so the thread is a stream beside the brief.
    let cm = |u: &str, c: &str, inner: &str| {
        format!("<div class=cm><span>{u}</span><p>{c}</p><a href=#r>Reply</a>{inner}</div>")
    };
    let thread = [
        cm(
            "tillyb",
            "Great news, we missed it all winter long.",
            &cm(
                "r_hollis",
                "Hope the dumpling stall is back again this year!",
                "",
            ),
        ),
        cm(
            "quietlane",
            "Free parking after six makes a real difference.",
            "",
        ),
        cm(
            "ned.f",
            "Will there be live music again like last summer?",
            "",
        ),
        cm("pdq", "Nice to have it back on a Friday night again.", ""),
    ]
    .concat();
    let html = format!(
        "<html><head><title>Night market returns - Millbrook Courier</title></head><body>\
         <div class=col><h1>Night market returns</h1><div class=copy>{}</div>\
         <div class=cms>{thread}</div></div></body></html>",
        brief_paragraphs()
    );
    let x = run(&html);
    assert_keeps(&x.body, &["old rail depot", "glass bottles"]);
    assert_drops(
        &x.body,
        &["winter long", "dumpling", "live music", "Friday night"],
    );
}

#[test]
fn a_headline_byline_and_date_block_set_apart_from_a_story_cell_is_dropped() {
    // The heading's lines are parted by line breaks but no double one parts them from the
    // story: a rule, a photo's table or the story's first `<p>` does.
    let story = [PARA; 4].join("<br><br>\n");
    for between in [
        "<hr>",
        "<table align=right><tr><td><img src=a.jpg></td></tr></table>",
    ] {
        let html = format!(
            "<html><head><title>Council Meets - Example News</title></head><body>\
             <table width=760><tr><td valign=top>\
             <font size=5><b>Council Meets</b></font><br><br>\
             <font size=2>By JOHN SMITH<br>Associated Press Writer</font><br>\
             <font size=1>Published: Tuesday, March 10, 2009 3:10 PM CDT</font><br>{between}\
             <font size=2>{story}</font></td></tr></table></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &[PARA]);
        assert_drops(
            &x.body,
            &["Council Meets", "JOHN SMITH", "Press Writer", "Published:"],
        );
    }
    // A story's own short first paragraph set apart the same way stays.
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table width=760><tr><td valign=top>\
         <font size=2>By JOHN SMITH<br>WESTBURY — The council met on Monday night to weigh \
         the plan for the river path.</font>\
         <p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></td></tr></table></body></html>"
    );
    assert_keeps(&run(&html).body, &["the plan for the river path.", PARA]);
}

#[test]
fn a_story_heading_whose_byline_has_no_by_goes_when_it_names_the_author() {
    // The metadata reads the writer from a byline without "By" (a paper after a comma, another
    // language's lead-in); in the story's heading that line is its byline, and a date line in
    // that language goes with it.
    let story = [PARA; 4].join("<br><br>\n");
    for (byline, date) in [
        (
            "SUSAN ROE, The Tribune",
            "Published Tuesday, March 10, 2009",
        ),
        (
            "Por MARÍA ROE / El Centinela",
            "Publicado: 10 de marzo de 2009",
        ),
    ] {
        let html = format!(
            "<html><head><title>Council Meets - Example News</title></head><body>\
             <table width=760><tr><td valign=top>\
             <font size=5><b>Council Meets</b></font><br>\
             <font size=2><b>{byline}</b></font><br><font size=1>{date}</font><br><br>\
             <font size=2>{story}</font></td></tr></table></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &[PARA]);
        assert_drops(&x.body, &["Council Meets", "ROE", date]);
    }
    // The headline in a box of its own: the byline and the date line are the heading.
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <table width=760><tr><td valign=top><center><b><font size=5>Council Meets</font></b></center>\
         <font size=2><b>SUSAN ROE, The Tribune</b><br>Published Tuesday, March 10, 2009</font>\
         <p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></td></tr></table></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &[PARA]);
    assert_drops(&x.body, &["ROE", "Published"]);
}

#[test]
fn a_player_box_in_a_story_goes_with_its_title_and_counter() {
    // A listen player and a video clip set between paragraphs (utility classes that name
    // nothing): each box has a time line, a counter or a media word beside a duration.
    let html = council_story(&format!(
        "<div class='my-4 flex gap-3'><button>Play</button><div><span>Listen to this article</span>\
         <span>7 min · Narrated by a synthetic voice</span></div><span>0:00 / 7:49</span></div>\
         <p>{PARA}</p><p>{PARA} Second.</p>\
         <div class='my-8'><div class='relative'><span>1:48</span></div>\
         <div class='mt-2'><span>Watch</span><p>Drone footage shows the flooded depot from above</p></div>\
         <p class='text-xs'>Video · 1:48</p></div>\
         <p>{PARA} Third.</p><p>{PARA} Fourth.</p>\
         <div class=audio-cta><span>Listen to this article</span> <span>(5 minutes)</span></div><p>{PARA} Fifth.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Second.", "Third.", "Fourth.", "Fifth."]);
    assert_drops(
        &x.body,
        &[
            "Narrated",
            "0:00",
            "Drone footage",
            "Video ·",
            "1:48",
            "Listen to",
        ],
    );
    // A time alone is a live entry's, and a sentence's clock time is the story's.
    assert!(!super::lines::is_media_time_line("10:40"));
    assert!(!super::lines::is_media_time_line(
        "Polls close at 8:00 tonight in most states"
    ));
    assert!(super::lines::is_media_time_line("0:00/6:32"));
    assert!(super::lines::is_media_time_line("Episode 214 · 28:14"));
    // A player's label said without its counter.
    assert!(super::classes::has_chrome_phrase(
        "listen to this article · 5 min",
        6
    ));
}

#[test]
fn a_published_and_updated_line_is_a_dateline_however_long() {
    // More than eight words with both stamps: still the page's dates, not the story's.
    let html = council_story(&format!(
        "<p class='text-sm'>Published Feb. 9, 2025 · Updated Feb. 9, 2025 at 2:12 p.m.</p>\
         <p>{PARA}</p><p>{PARA} Second.</p><p>{PARA} Third.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Second.", "Third."]);
    assert_drops(&x.body, &["Published", "2:12"]);
    // A sentence that opens with the word and no day is the story's.
    assert!(!is_edit_stamp("published in 2019, the report found a gap"));
}

#[test]
fn short_labels_above_a_storys_headline_are_its_kickers() {
    // The section and the story's kind set above the `<h1>` in one box with the story.
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <article><p class='text-sm font-bold uppercase'>Opinion</p><p class='text-xs'>Guest essay</p>\
         <h1>Council Meets</h1><p>{PARA}</p><p>{PARA} Second.</p><p>{PARA} Third.</p>\
         <p>Short closing line of the story.</p></article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Second.", "Third.", "Short closing line"]);
    assert_drops(&x.body, &["Opinion", "Guest essay"]);
    // A sentence before the title keeps what comes before it.
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body>\
         <article><p>Opinion</p><p>Editors picked this piece.</p><h1>Council Meets</h1>\
         <p>{PARA}</p><p>{PARA} Second.</p><p>{PARA} Third.</p></article></body></html>"
    );
    assert_keeps(&run(&html).body, &["Editors picked this piece."]);
}

#[test]
fn an_embedded_social_post_is_left_out_and_a_quoted_document_kept() {
    let html = council_story(&format!(
        "<p>{PARA}</p><blockquote class=twitter-tweet><p lang=en>The line already goes past the \
         bakery and the doors open at nine, unbelievable scenes here tonight!</p>&mdash; Tilda M \
         (@tildam) <a href='https://x.example/tildam/status/1'>October 4, 2025</a></blockquote>\
         <p>{PARA} Second.</p><blockquote><p>The board shall publish its accounts within ninety days \
         of the end of each financial year, in full and without charge.</p></blockquote>\
         <p>{PARA} Third.</p><blockquote class='bluesky-embed'><p>Statement from the committee: we \
         are reviewing what happened on the course today.</p>&mdash; Fair (@fair.example)</blockquote>\
         <p>{PARA} Fourth.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Second.", "Third.", "Fourth.", "publish its accounts"],
    );
    assert_drops(&x.body, &["bakery", "@tildam", "reviewing what happened"]);
}

#[test]
fn a_carousel_of_counted_slides_in_a_story_goes_with_its_captions() {
    let slides: String = (1..=5)
        .map(|i| {
            format!(
                "<li><div class='flex'><span>{i} of 5</span><span>Photo: Ada Brook / Example News</span></div>\
                 <p>Lanterns drift over the canal on the festival's night number {i}.</p></li>"
            )
        })
        .collect();
    let html = council_story(&format!(
        "<p>{PARA}</p><p>{PARA} Second.</p><div class='my-8'><h2>Gallery</h2><ul class='flex'>{slides}</ul>\
         <button>Next</button></div><p>{PARA} Third.</p><p>{PARA} Fourth.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Second.", "Third.", "Fourth."]);
    assert_drops(&x.body, &["Lanterns drift", "of 5", "Ada Brook"]);
    // A counter that names its unit after the total ("1 of 5 photos") is a counter still.
    let x = run(&html.replace(" of 5<", " of 5 photos<"));
    assert_keeps(&x.body, &["Second.", "Third.", "Fourth."]);
    assert_drops(&x.body, &["Lanterns drift", "of 5", "Ada Brook"]);
}

/// A story page in an `<article>` under a byline whose text box holds `inner`, in `lang`.
fn bylined_story(lang: &str, title: &str, inner: &str) -> String {
    format!(
        "<html lang={lang}><head><title>{title} - Riverside Gazette</title></head><body>\
         <header><nav><a href=/>Home</a> <a href=/news>News</a> <a href=/life>Life</a></nav></header>\
         <main><article><h1>{title}</h1><div class=byline>By Dana Whitfield</div>\
         <div class=entry-content>{inner}</div></article></main>\
         <footer><p>Copyright 2026 Riverside Gazette. All rights reserved.</p></footer></body></html>"
    )
}

#[test]
fn a_story_subheading_that_opens_with_a_wide_script_latest_news_name_keeps_its_section() {
    // "最新新闻发布会" is "the latest press conference": the name of the site's latest news
    // ("最新新闻") opens it, but the heading goes on; so does a Korean "최신 뉴스 소비 습관"
    // ("habits of reading the latest news").
    let zh = bylined_story(
        "zh",
        "老河新大桥六月通车",
        "<p>市政府周四宣布，横跨老河的新大桥将于六月正式通车，届时两岸之间的交通时间将缩短一半以上。</p>\
         <p>据介绍，这座桥全长八百米，设有双向四车道，并在两侧各留出一条供行人和自行车使用的通道。</p>\
         <p>工程自三年前开工以来，曾因资金问题两度停工，此次通车比原计划推迟了将近一年的时间。</p>\
         <h2>最新新闻发布会</h2>\
         <p>在周四下午举行的发布会上，交通局负责人表示，通车初期将对大型货车实行限时通行措施。</p>\
         <p>他还说，连接大桥的两条公交线路将同时开通，每十五分钟一班，早晚高峰时段还会加密班次。</p>\
         <p>有记者问及收费问题，负责人回答说，大桥不设收费站，所有车辆均可免费通行，不另收取任何费用。</p>",
    );
    let x = run(&zh);
    assert_keeps(
        &x.body,
        &["推迟了将近一年", "限时通行措施", "不另收取任何费用"],
    );
    let ko = bylined_story(
        "ko",
        "새 다리 6월 개통",
        "<p>시는 목요일 오래된 강을 가로지르는 새 다리가 6월에 개통한다고 밝혔다. 양쪽 강변을 오가는 시간이 절반 이하로 줄어든다.</p>\
         <p>다리는 길이 800미터에 왕복 4차로이며, 양쪽에 보행자와 자전거를 위한 길이 따로 마련됐다고 시 관계자는 설명했다.</p>\
         <h2>최신 뉴스 소비 습관</h2>\
         <p>최근 조사에 따르면 시민들은 스마트폰으로 교통 소식을 가장 많이 확인하는 것으로 나타났다. 특히 젊은 층에서 그 비율이 높았다.</p>\
         <p>시는 개통에 맞춰 다리의 교통 상황을 실시간으로 알려 주는 서비스를 새로 선보일 계획이라고 덧붙였다.</p>\
         <p>관계자는 이 서비스가 출퇴근 시간대의 혼잡을 줄이는 데 도움이 될 것으로 기대한다고 말했다.</p>",
    );
    let x = run(&ko);
    assert_keeps(
        &x.body,
        &["따로 마련됐다고", "실시간으로", "기대한다고 말했다"],
    );
}

#[test]
fn a_tutorial_section_named_comments_between_its_other_sections_stays() {
    // A programming lesson's "Comments" section, between "Variables" and "Loops": the story
    // goes on after it, which a readers' comment section never does.
    let x = run(&bylined_story(
        "en",
        "A first look at the basics",
        "<h2>Variables</h2><p>A variable is a name that points to a value, and in this language you \
         create one simply by assigning to it with an equals sign.</p><p>Names may hold letters, \
         digits and underscores, but they cannot start with a digit, and case matters in them.</p>\
         <h2>Comments</h2><p>Anything after a hash sign on a line is ignored when the program runs, \
         so you can use it to explain what the code is for.</p><p>There is no special syntax for a \
         block of comments, so most people start each line of the block with a hash sign.</p>\
         <h2>Loops</h2><p>A for loop walks over the items of a list one at a time, and the body of \
         the loop is the indented block right under it.</p><p>A while loop keeps going as long as \
         its condition holds, which makes it easy to write a loop that never stops.</p>",
    ));
    assert_keeps(
        &x.body,
        &[
            "case matters",
            "Anything after a hash sign",
            "with a hash sign.",
            "never stops.",
        ],
    );
}

// A letters page: a short intro, then the letters (most of the text) under a closing heading
// that is not the header of a story's comments.
#[test]
fn a_letters_page_under_a_readers_comments_heading_keeps_its_letters() {
    let letters: String = [
        ("Ruth Penn, Mill Lane", "I have walked that path every morning for thirty years and I would hate to see the willows go for the sake of a few more metres of tarmac."),
        ("Tom Okoro, Quay Street", "A separate lane for bikes is the only way to keep walkers safe, and the council should not back away from it because of the cost."),
        ("Ines Hart, Ferry Road", "The lights are a good idea, but please make them low and warm, so the river still looks like a river at night and not a car park."),
    ]
    .iter()
    .map(|(s, t)| format!("<div class=letter><p>{t}</p><p class=sign>{s}</p></div>"))
    .collect();
    let x = run(&bylined_story(
        "en",
        "Letters: the riverside path",
        &format!(
            "<p>Every week we print a selection of the letters our readers send us. This week most \
             of them were about the plan for the riverside path, which closes for comment at the end \
             of the month.</p><h2>Readers' comments</h2>{letters}"
        ),
    ));
    assert_keeps(&x.body, &["thirty years", "cost.", "car park."]);
}

#[test]
fn items_counting_reasons_in_a_story_are_no_gallery() {
    // "1 of 3 reasons: ..." numbers a list's items in a phrase; a slide's counter stands alone.
    let html = council_story(&format!(
        "<p>{PARA}</p><p>{PARA} Second.</p><ul><li>1 of 3 reasons: the ferry is cheaper than the bridge toll.</li>\
         <li>2 of 3 reasons: the crossing takes ten minutes less.</li>\
         <li>3 of 3 reasons: the harbour has room to park.</li></ul><p>{PARA} Third.</p><p>{PARA} Fourth.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Second.",
            "Third.",
            "ferry is cheaper",
            "ten minutes less",
            "room to park",
        ],
    );
}

#[test]
fn an_ingredient_list_of_halves_in_a_story_is_no_gallery() {
    // Three items open with the same fraction: a recipe's amounts, not slides' positions.
    let html = council_story(&format!(
        "<p>{PARA}</p><p>{PARA} Second.</p><h2>Ingredients</h2><ul><li>1/2 cup unsalted butter</li>\
         <li>1/2 cup brown sugar</li><li>2 large eggs</li><li>1/2 teaspoon fine salt</li>\
         <li>1 cup plain flour</li></ul><p>{PARA} Third.</p><p>{PARA} Fourth.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Second.",
            "Third.",
            "unsalted butter",
            "brown sugar",
            "fine salt",
        ],
    );
}

#[test]
fn a_story_sentence_opening_with_published_stays() {
    // 'Published' with a year or a weekday and more words is a sentence, whatever words follow
    // that start like a month ("novel", "market").
    let html = council_story(&format!(
        "<p>{PARA}</p><p>Published in 1998, the novel sold two million copies.</p>\
         <p>{PARA} Second.</p><p>Published on Monday, the market study runs to 40 pages.</p>\
         <p>{PARA} Third.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Second.", "Third.", "the novel sold", "the market study"],
    );
    assert!(!is_edit_stamp(
        "published in 1998, the novel sold two million copies."
    ));
    assert!(is_edit_stamp(
        "published: feb. 9, 2025 · updated feb. 9, 2025 at 2:12 p.m."
    ));
    assert!(is_edit_stamp(
        "published on 9 february 2025 at 14:12 · updated 15:40"
    ));
}

#[test]
fn a_schedule_or_a_race_times_box_in_a_story_is_no_player() {
    // Two clock readings with words beside them, or from a time past zero, are a schedule's,
    // a race's or a recipe's times, not a player's counter.
    let html = council_story(&format!(
        "<p>{PARA}</p><p>{PARA} Second.</p><div class='schedule'><p>9:00 – 9:30 Registration</p>\
         <p>9:30 – 10:15 Opening keynote</p><p>10:30 – 12:00 Workshops</p></div>\
         <p>{PARA} Third.</p><div class='facts'><h3>Winning times</h3>\
         <p>Men: 2:05:30 · Women: 2:18:11</p><p>Course record stands from 2019.</p></div>\
         <p>{PARA} Fourth.</p><div class='timing'><p>Prep 15:00 · Cook 45:00</p>\
         <p>Serves four as a main course.</p></div><p>{PARA} Fifth.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Fifth.",
            "Registration",
            "2:05:30",
            "Course record",
            "Serves four",
        ],
    );
    assert!(!super::lines::is_media_time_line(
        "Fastest lap 1:31 / Avg 1:33"
    ));
    assert!(!super::lines::is_media_time_line("6:15 PM - 8:15 PM"));
    assert!(super::lines::is_media_time_line("00:00 / 03:12"));
    // A media word beside a time of day: a broadcast's time, not a player.
    assert!(!super::lines::is_media_time_line("Watch live at 7:30 pm"));
    assert!(!super::lines::is_media_time_line(
        "Watch: BBC One, 19:45 GMT"
    ));
    assert!(!super::lines::is_media_time_line("Listen tonight, 21:00"));
    assert!(super::lines::is_media_time_line("Watch · 2:41"));
    // A podcast card's "Today" is its episode's day, not a broadcast's time.
    assert!(super::lines::is_media_time_line("Listen · Today · 28:14"));
}

#[test]
fn short_opening_lines_before_a_section_heading_set_as_h1_are_no_kickers() {
    // Some editors mark every section heading `<h1>`; the page's title sits in the header. The
    // recipe's opening lines stand before a section's heading, not before the title.
    let html = format!(
        "<html><head><title>Lemon Cake - Example Kitchen</title></head><body>\
         <header><div class=logo>Example Kitchen</div><div class=t>Lemon Cake</div></header>\
         <article><p>Serves eight</p><p>Ready in one hour</p><p>Easy</p>\
         <h1>Why this works</h1><p>{PARA}</p><p>{PARA} Second.</p><h1>Method</h1><p>{PARA} Third.</p>\
         </article></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Second.", "Third.", "Serves eight", "Ready in one hour"],
    );
}

#[test]
fn kicker_labels_before_the_headline_go() {
    // Short labels above the story's `<h1>` headline are its kicker and section.
    let html = format!(
        "<html><head><title>Lemon Cake - Example Kitchen</title></head><body>\
         <article><p>Baking</p><p>Weekend project</p>\
         <h1>A lemon cake for the whole street</h1><p>{PARA}</p><p>{PARA} Second.</p>\
         </article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Second."]);
    assert_drops(&x.body, &["Weekend project", "Baking"]);
}

#[test]
fn a_call_for_tips_ending_the_story_goes() {
    // The newspaper's call for the reader's tips closes the page after the story's text; the
    // story's own last lines stay.
    let html = council_story(&format!(
        "<p>{PARA} First.</p><p>{PARA} Second.</p><p>{PARA} Third.</p>\
         <p>“It was a story for us to tell,” she said.</p>\
         <p class=text-sm>Do you have a story for us? Email <a href=\"mailto:news@x.example\">\
         news@x.example</a> or message us.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Third.", "a story for us to tell"]);
    assert_drops(&x.body, &["Do you have a story"]);
}

#[test]
fn a_promo_line_ending_with_its_sign_up_call_goes() {
    // A one-line newsletter promo between the story's paragraphs ends with its call; the
    // story's short lines that mention signing up stay.
    let html = council_story(&format!(
        "<p>{PARA} First.</p>\
         <p class=\"my-6 text-sm italic\">Get the week's council news in your inbox every Friday. \
         <a href=\"/newsletters/council\">Sign up here</a>.</p>\
         <p>{PARA} Second.</p><p>Parents have until Friday to sign up for the scheme.</p>\
         <p>Places open at the town library on Monday. Sign up is free.</p><p>{PARA} Third.</p>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Third.", "until Friday to sign up", "Sign up is free."],
    );
    assert_drops(&x.body, &["in your inbox"]);
}

#[test]
fn words_for_screen_readers_in_the_h1_are_no_part_of_the_title() {
    // A site adds a hidden suffix to its headline for screen readers; the page shows the
    // headline alone, and the head's titles say it alone.
    let html = format!(
        "<html><head><title>Council Meets Again | Example News</title>\
         <meta property=\"og:title\" content=\"Council Meets Again\"></head><body><article>\
         <h1 class=text-4xl>Council Meets Again<span class=sr-only>, published 14 November \
         2025</span></h1><p>{PARA}</p><p>{PARA} Second.</p></article></body></html>"
    );
    assert_eq!(run(&html).title, "Council Meets Again");
}

#[test]
fn a_sponsored_cards_label_naming_its_sponsor_goes() {
    // A native ad's card in the story: its label line names the advertiser; the story's own
    // line on who funded the fair stays.
    let html = council_story(&format!(
        "<p>{PARA} First.</p><div class=\"my-8 rounded-lg border p-4\"><div class=flex>\
         <span class=text-xs>Sponsored</span><span class=text-xs>Ad by Carrow Travel</span></div>\
         <a href=\"https://ads.example/c/88\"><p>Seven quiet islands to reach by ferry</p></a></div>\
         <p>{PARA} Second.</p><p>Sponsored by the council, the fair runs all week.</p>\
         <p>{PARA} Third.</p>"
    ));
    let x = run(&html);
    assert_keeps(&x.body, &["Third.", "the fair runs all week"]);
    assert_drops(&x.body, &["Carrow Travel"]);
}

#[test]
fn a_key_points_box_beside_the_storys_box_is_kept() {
    // The story's summary sits in a box of its own before the box of its text, both marked by
    // test hooks alone; a share bar comes before them and a tag row after, so the text's box
    // outscores the story's `<article>`. A box of topic labels there is no summary.
    let paras: String = (1..=8)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body><main>\
         <article data-testid=article><header><h1>Council Meets</h1><p>By Jane Roe</p></header>\
         <div data-testid=share-bar><button>Facebook</button><button>Copy link</button>\
         <span>87 comments</span></div>\
         <div data-testid=topics><ul><li>Rail</li><li>Night trains</li></ul></div>\
         <div data-testid=key-points><h2>Key points</h2><ul>\
         <li>The council will vote on the transit plan next month.</li>\
         <li>Residents asked for a quicker decision on the route.</li></ul></div>\
         <div data-testid=article-body>{paras}</div>\
         <div data-testid=footer><div><a href=/t/council>Council</a><a href=/t/transit>Transit</a>\
         <a href=/t/city>City</a></div></div></article></main></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Part 8.",
            "vote on the transit plan next month",
            "quicker decision on the route",
        ],
    );
    assert_drops(&x.body, &["Night trains"]);
}

#[test]
fn a_dek_between_the_headline_and_the_byline_goes() {
    // Utility classes name nothing: the dek is told by its place, between the headline and the
    // byline. A story whose first paragraph follows the byline keeps it.
    let html = format!(
        "<html><head><title>Council Meets - Example News</title></head><body><main>\
         <article class=lg:col-span-8><h1 class=\"font-serif text-5xl\">Council Meets</h1>\
         <p class=\"text-lg text-neutral-600\">Residents want a decision. The council has until \
         autumn to give one.</p><p class=text-sm>By <span class=font-bold>Jane Roe</span></p>\
         <p>Short opening line of the story.</p><p>{PARA} First.</p><p>{PARA} Second.</p>\
         <p>{PARA} Third.</p></article></main></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Third.", "Short opening line of the story."]);
    assert_drops(&x.body, &["Residents want a decision"]);
}

#[test]
fn a_deck_heading_or_standfirst_over_a_byline_without_by_goes() {
    // The deck is an <h2> or a standfirst <p> under the headline; the byline under it names the
    // author without "By" and holds the date in a <time>. A subheading that the story's first
    // paragraph follows stays.
    let story: String = (1..=4)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    for deck in [
        "<h2 class=sortDec>Union says talks broke down over shift patterns</h2>",
        "<p class=article__standfirst>Union says talks broke down over shift patterns</p>",
    ] {
        let html = format!(
            "<html><head><title>Council Meets - Example News</title>\
             <meta name=author content=\"Jane Roe\"></head><body><main><article>\
             <h1>Council Meets</h1>{deck}<div class=meta><a href=/a/jr>Jane Roe</a> \
             <time datetime=2025-01-14>14 Jan 2025</time></div>{story}\
             <h2>What happens next</h2>{story}</article></main></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["Part 4.", "What happens next"]);
        assert_drops(&x.body, &["talks broke down"]);
    }
}

#[test]
fn a_recipe_cards_star_rating_goes_and_its_times_stay() {
    // The rating's stars are drawn as characters beside a count of ratings; the yield and
    // times sit in a `recipe-meta` list.
    let story: String = (1..=4)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = council_story(&format!(
        "{story}<div class=recipe-card><h2>Harvest soup</h2>\
         <div class=stars>★★★★★ <span>(38 ratings)</span></div>\
         <ul class=recipe-meta><li>Serves 6</li><li>Prep: 20 minutes</li></ul>\
         <h3>Ingredients</h3><ul><li>2 onions, chopped</li><li>1 bay leaf</li></ul>\
         <h3>Method</h3><ol><li>Soften the onions in butter for ten minutes.</li>\
         <li>Simmer everything for 45 minutes and serve.</li></ol></div>"
    ));
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Part 4.", "Serves 6", "Prep: 20 minutes", "1 bay leaf"],
    );
    assert_drops(&x.body, &["38 ratings", "★"]);
}

#[test]
fn an_explainers_intro_in_a_box_of_its_own_is_kept() {
    // No <article>, no byline: the intro's short paragraphs sit in a box before the box of
    // numbered items, too short to make a lead and the box too small to score as a sibling.
    // A one-paragraph dek and a box of links stay out.
    let items: String = (1..=8)
        .map(|i| format!("<h3>{i}. Item number {i}</h3><p>{PARA} Item {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Ten Questions - Example News</title></head><body>\
         <div class=page><div class=col><div class=wrap><header><h1>Ten Questions</h1>\
         <p class=dek>What the council still has to answer about the ferry.</p></header>\
         <div class=more><p><a href=/a>Other story about the harbour and the ferry.</a></p>\
         <p><a href=/b>Another story about the council and its budget.</a></p></div>\
         <div class=lede><p>The ferry has been late for a year. Nobody at the council will say why.</p>\
         <p>Here are the questions that residents keep asking, and what we know so far.</p></div>\
         <div class=copy>{items}</div></div></div></div></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Item 8.",
            "The ferry has been late for a year.",
            "residents keep asking",
        ],
    );
    assert_drops(
        &x.body,
        &["Other story about the harbour", "still has to answer"],
    );
}

#[test]
fn a_columns_closing_tagline_goes_before_its_disclaimer() {
    // The tagline is set in italics among the column's paragraphs (no box of its own) and a
    // disclaimer follows it; a paragraph that names the author inside the text stays.
    let paras: String = (1..=6)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Our Town - Example News</title><meta name=author content=\"Jane Roe\">\
         </head><body><article><h1>Our Town</h1><p>By Jane Roe</p><div class=body>{paras}\
         <p>As Jane Roe told the council last year, the town cannot wait.</p>\
         <p><em>Jane Roe is a professor of hydrology at the University of Marrowgate.</em></p>\
         <p><em>The views expressed in this column are the author's own.</em></p></div>\
         </article></body></html>"
    );
    let x = run(&html);
    assert_keeps(&x.body, &["Part 6.", "As Jane Roe told the council"]);
    assert_drops(&x.body, &["professor of hydrology", "views expressed"]);
}

#[test]
fn a_photo_essays_captions_in_divs_named_captions_are_its_text() {
    // The essay is a line of introduction, then a picture and a caption after another, each
    // caption in a `<div>` named a caption rather than a `<figcaption>`: the captions are the
    // story. The sidebar's caption-named promo with links stays out.
    let slides: String = (1..=6)
        .map(|i| {
            format!(
                "<div class=gallery-slide><img src=/g/{i}.jpg alt=\"\">\
                 <div class=slide-caption>{PARA} Caption {i}.</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>In Pictures - Example News</title></head><body><main>\
         <article class=photo-essay><h1>In Pictures</h1><p>By Jane Roe</p>\
         <div class=essay-body><p>A week in the lower town after the water went down.</p>\
         {slides}</div></article>\
         <aside><div class=promo-caption><a href=/more>More photo essays from the coast</a></div>\
         </aside></main></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["Caption 1.", "Caption 6.", "after the water went down"],
    );
    assert_drops(&x.body, &["More photo essays"]);
}

#[test]
fn a_timelines_dates_in_time_elements_stay_with_their_entries() {
    // Each entry of the timeline opens with its date in a `<time>`, then its text: the dates
    // are the story's. The story's own dateline above the text still goes.
    let entries: String = [
        "January 12, 2021",
        "March 3, 2021",
        "July 1, 2022",
        "March 3, 2024",
    ]
    .iter()
    .enumerate()
    .map(|(i, d)| {
        format!(
            "<li class=timeline-item><time class=timeline-date datetime=2021-01-12>{d}</time>\
             <div class=timeline-text><p>The council voted on the ferry contract, step {i}, \
             and the operator said it would appeal.</p></div></li>"
        )
    })
    .collect();
    let html = format!(
        "<html><head><title>Ferry Timeline - Example News</title></head><body><main><article>\
         <h1>Ferry Timeline</h1><p><time datetime=2025-08-04>August 4, 2025</time></p>\
         <div class=story-text><p>{PARA} Intro.</p><p>{PARA} More.</p>\
         <ol class=timeline>{entries}</ol><p>{PARA} End.</p></div></article></main></body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &["January 12, 2021", "March 3, 2024", "step 3", "End."],
    );
    assert_drops(&x.body, &["August 4, 2025"]);
}

#[test]
fn a_fact_checks_claim_box_in_an_aside_before_its_text_is_kept() {
    // The claim and the verdict sit in an `<aside>` at the top of the story's text; a sign-up
    // aside there and a sidebar aside after the text stay out.
    let paras: String = (1..=6)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let html = format!(
        "<html><head><title>Harbour Claim - Example News</title></head><body><main><article>\
         <h1>Harbour Claim</h1><p>By Jane Roe</p><div class=fc-body>\
         <aside class=factcheck-box><h2>The claim</h2><p>Posts claim that the council sold the \
         harbour to a foreign fund.</p><h2>The verdict</h2><p>False</p><p>The harbour is still \
         owned by the council. A fund leased two warehouses.</p>\
         <a href=/method>How we rate claims</a></aside>\
         <aside class=promo-box><p>Want the facts first?</p><p>Sign up to our weekly newsletter \
         to receive every fact check in your inbox.</p></aside>\
         {paras}<aside class=more><p>Other readers also looked at the ferry timetable.</p>\
         <p>They found the evening crossings had been cut.</p></aside></div></article></main>\
         </body></html>"
    );
    let x = run(&html);
    assert_keeps(
        &x.body,
        &[
            "Part 6.",
            "sold the harbour to a foreign fund",
            "still owned by the council",
        ],
    );
    assert_drops(&x.body, &["Sign up to our weekly", "evening crossings"]);
}

#[test]
fn a_story_that_is_an_faq_reads_its_hidden_answers() {
    // An explainer whose text is an FAQ accordion: the questions are headings, the answers
    // hidden until a click. Read without them it is its intro alone; with them it is the
    // story. A long story with a short FAQ appended keeps that tail unread.
    let faq = |n: usize| -> String {
        (1..=n)
            .map(|i| {
                format!(
                    "<div class=faq-item><h3>Question number {i} about the bills?</h3>\
                     <div class=faq-a style=\"display:none\"><p>{PARA} Answer {i}.</p></div></div>"
                )
            })
            .collect()
    };
    let page = |paras: usize, n: usize| {
        let body: String = (1..=paras)
            .map(|i| format!("<p>{PARA} Part {i}.</p>"))
            .collect();
        format!(
            "<html><head><title>Bills Explained - Example News</title></head><body><main>\
             <article><h1>Bills Explained</h1><p>By Jane Roe</p><div class=body>{body}\
             <div class=faq>{}</div></div></article></main></body></html>",
            faq(n)
        )
    };
    let x = run(&page(2, 6));
    assert_keeps(
        &x.body,
        &[
            "Part 2.",
            "Question number 1 about the bills?",
            "Answer 1.",
            "Answer 6.",
        ],
    );
    let long = run(&page(12, 3));
    assert_keeps(&long.body, &["Part 12."]);
    assert_drops(&long.body, &["Answer 1."]);
    // Questions set in buttons, over panels that the story shows already: the questions join
    // their answers.
    let buttons: String = (1..=4)
        .map(|i| {
            format!(
                "<div class=accordion__item><h3><button aria-expanded=false>Button question \
                 {i} about the bills?</button></h3><div class=accordion__panel hidden>\
                 <p>{PARA} Shown answer {i}.</p></div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Bills Explained - Example News</title></head><body><main>\
         <article><h1>Bills Explained</h1><p>By Jane Roe</p><div class=body><p>{PARA} Intro.</p>\
         <div class=faq>{buttons}</div></div></article></main></body></html>"
    );
    let shown = run(&html);
    assert_keeps(
        &shown.body,
        &["Button question 1 about the bills?", "Shown answer 4."],
    );
}

#[test]
fn a_columns_tagline_with_a_title_or_an_apposition_goes() {
    // "Dr. Jane Roe is ..." and "Jane Roe, a professor ..., is ..." close a column as the
    // bare "Jane Roe is ..." does; the column's own paragraph naming her stays.
    let paras: String = (1..=6)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    for tagline in [
        "Dr. Jane Roe is a professor of hydrology at the University of Marrowgate.",
        "Jane Roe, a professor of hydrology at the University of Marrowgate, is the author of \
         Rivers Run.",
    ] {
        let html = format!(
            "<html><head><title>Our Town - Example News</title>\
             <meta name=author content=\"Jane Roe\"></head><body><article><h1>Our Town</h1>\
             <p>By Jane Roe</p><div class=body>{paras}\
             <p>As Jane Roe told the council last year, the town cannot wait.</p>\
             <p><em>{tagline}</em></p></div></article></body></html>"
        );
        let x = run(&html);
        assert_keeps(&x.body, &["Part 6.", "As Jane Roe told the council"]);
        assert_drops(&x.body, &["professor of hydrology"]);
    }
}

#[test]
fn a_writers_card_or_a_notice_before_the_story_is_no_intro_or_summary() {
    // Boxes before the story's text that read like an intro box or a summary aside: a card
    // about the writer (a role, then "She ..."), a paywall's thanks to the reader. The
    // explainer's own intro still joins.
    let items: String = (1..=8)
        .map(|i| format!("<p>{PARA} Part {i}.</p>"))
        .collect();
    let boxed = |first: &str| {
        format!(
            "<html><head><title>Harbour Plan - Example News</title></head><body>\
             <div class=page><div class=col><div class=wrap><header><h1>Harbour Plan</h1></header>\
             {first}<div class=copy>{items}</div></div></div></div></body></html>"
        )
    };
    let card = run(&boxed(
        "<div class=writer-info><p>Jane Roe is our transport correspondent based in \
         Marrowgate.</p><p>She has reported on the harbour and its ferries for twelve years.</p>\
         </div>",
    ));
    assert_keeps(&card.body, &["Part 8."]);
    assert_drops(&card.body, &["transport correspondent", "twelve years"]);
    let notice = run(&boxed(
        "<div class=note><p>This article is available to subscribers only for a limited \
         time.</p><p>Thank you for supporting independent local journalism in our region.</p>\
         </div>",
    ));
    assert_keeps(&notice.body, &["Part 8."]);
    assert_drops(
        &notice.body,
        &["subscribers only", "Thank you for supporting"],
    );
    let intro = run(&boxed(
        "<div class=lede><p>The ferry has been late for a year. Nobody at the council will say \
         why.</p><p>Here are the questions that residents keep asking, and what we know so \
         far.</p></div>",
    ));
    assert_keeps(
        &intro.body,
        &["Part 8.", "late for a year", "residents keep asking"],
    );
    let aside = run(&format!(
        "<html><head><title>Harbour Plan - Example News</title></head><body><main><article>\
         <h1>Harbour Plan</h1><p class=byline>By Jane Roe</p><div class=story-body>\
         <aside class=writer-card><p>Jane Roe is a reporter covering city hall and transport \
         for Example News.</p><p>She joined the paper in 2019 after a decade in radio.</p>\
         </aside>{items}</div></article></main></body></html>"
    ));
    assert_keeps(&aside.body, &["Part 8."]);
    assert_drops(&aside.body, &["covering city hall", "decade in radio"]);
    // A newsletter's box whose call is its form's button, in an aside before the text.
    let signup = run(&format!(
        "<html><head><title>Harbour Plan - Example News</title></head><body><main><article>\
         <h1>Harbour Plan</h1><p class=byline>By Jane Roe</p><div class=story-body>\
         <aside class=brief><p>The Morning Brief is our daily roundup of the news that matters \
         in the harbour towns.</p><p>It lands in inboxes at seven every weekday morning, and it \
         is free.</p><form><input type=email placeholder=Email><input type=submit \
         value=Subscribe></form></aside>{items}</div></article></main></body></html>"
    ));
    assert_keeps(&signup.body, &["Part 8."]);
    assert_drops(&signup.body, &["Morning Brief", "inboxes at seven"]);
}

#[test]
fn a_caption_that_ends_with_its_credit_goes_beside_its_picture_only() {
    let caption = "Stallholders set up their tables under the iron roof of the old depot on \
                   Thursday evening, a day before the market opens. Photo: Millbrook Courier";
    let story = (0..4)
        .map(|i| format!("<p>{PARA} Paragraph {i} of the market story.</p>"))
        .collect::<String>();
    // In a plain box beside its picture (no caption class, no `<figcaption>`).
    let pictured = run(&council_story(&format!(
        "<div class='photo'><img src='/m.jpg' alt=''><div class='photo-cap'>{caption}</div></div>{story}"
    )));
    assert_keeps(&pictured.body, &["Paragraph 3 of the market story."]);
    assert_drops(
        &pictured.body,
        &["Stallholders set up", "Millbrook Courier"],
    );
    // After the box that holds the picture.
    let after = run(&council_story(&format!(
        "<div class='media'><a href='/m.jpg'><img src='/m.jpg' alt=''></a></div><p>{caption}</p>{story}"
    )));
    assert_drops(&after.body, &["Stallholders set up"]);
    // The same text away from any picture is a paragraph of the story.
    let away = run(&council_story(&format!("{story}<p>{caption}</p>")));
    assert_keeps(
        &away.body,
        &["Stallholders set up", "Paragraph 3 of the market story."],
    );
}

#[test]
fn a_credit_ends_a_caption_only_after_text_of_its_own() {
    use super::lines::ends_with_credit;
    for yes in [
        "Stallholders set up their tables on Thursday evening. Photo: Millbrook Courier",
        "Guests pick their pastries from glass-enclosed cabinets. | Photo by Lisa Jennings",
        "Händler bauen am Freitagabend ihre Stände auf dem Kirchplatz auf. Foto: Neckarblick",
        "A crowd gathers outside the town hall before the vote (PHOTO: Jane Roe/Agency)",
    ] {
        assert!(ends_with_credit(yes), "{yes}");
    }
    for no in [
        "Photo: Millbrook Courier",
        "The council chose a new photo: the old one had faded in the sun.",
        "Stallholders set up their tables on Thursday. Photo: the market's first night was busy",
        "We asked readers to send a photo: More than two hundred did so within a day, she said",
    ] {
        assert!(!ends_with_credit(no), "{no}");
    }
}

#[test]
fn a_paywalls_offer_of_plans_goes_a_storys_prices_stay() {
    let story = (0..5)
        .map(|i| format!("<p>{PARA} Paragraph {i} of the drug-price story.</p>"))
        .collect::<String>();
    let offer = "<div class='breaker'><p>Plus Exclusive Story</p>\
        <p>Already have an account? <a href='/login'>Log in</a></p>\
        <h2>This article is exclusive to Plus subscribers</h2>\
        <h3>Unlock this article, plus analysis, newsletters and alerts.</h3>\
        <div class='card'><p>Monthly</p><p>$39</p><p>Totals $468 per year</p><a href='/s?m'>Get Started</a></div>\
        <div class='card'><p>Annual</p><p>$399</p><p>Save 15%</p><a href='/s?a'>Get Started</a></div></div>";
    let page = run(&council_story(&format!("{story}{offer}{story}")));
    assert_keeps(&page.body, &["Paragraph 4 of the drug-price story."]);
    assert_drops(
        &page.body,
        &["exclusive to Plus subscribers", "$399", "Totals $468"],
    );
    // A story's own list of prices, which asks nothing of the reader, stays.
    let fares = "<div class='fares'><p>Single ticket</p><p>$3</p><p>Monthly pass</p><p>$39</p>\
        <p>The council will vote on the new fares in March.</p></div>";
    let page = run(&council_story(&format!("{story}{fares}")));
    assert_keeps(
        &page.body,
        &["Monthly pass", "$39", "vote on the new fares"],
    );
}

/// A wire or agency story's closing notes: the agency's credit, the wire's pointer to its
/// coverage, the site's promo and standards note and a public broadcaster's ask go; the
/// story's own closing paragraph and its "contributed to this report" credit stay, and so does
/// a syndicated story's note on where it ran first, which the development corpora's truth
/// keeps.
#[test]
fn a_syndicated_or_wire_storys_closing_notes_go() {
    let story = |tail: &str| {
        let mut inner = String::new();
        for i in 0..6 {
            inner.push_str(&format!(
                "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
            ));
        }
        inner.push_str("<p>Jo Roe in Harrowgate contributed to this report.</p>\n");
        inner.push_str(tail);
        run(&council_story(&inner)).body
    };
    for (tail, note) in [
        ("<p><em>(With inputs from agencies)</em></p>", "With inputs"),
        (
            "<p>(With inputs from PTI)</p><p>Catch all the <a href=\"/l\">Latest News</a> and <a href=\"/c\">City News</a> on The Chronicle. <a href=\"/app\">Download the app</a> for updates.</p>",
            "inputs from PTI",
        ),
        (
            "<p>Follow Wire's coverage of ports and shipping at <a href=\"/hub\">https://wire.example/hub/shipping</a>.</p>",
            "coverage of ports",
        ),
        (
            "<p>Our Standards: <a href=\"/trust\">The Meridian Wire Trust Principles.</a></p>",
            "Our Standards",
        ),
        (
            "<p>Riverside Public Media is supported by listeners like you.</p>",
            "supported by listeners",
        ),
    ] {
        let body = story(tail);
        assert_drops(&body, &[note, "Catch all the"]);
        assert_keeps(&body, &["contributed to this report", "Paragraph number 5"]);
    }
    let note = "This article originally appeared on The Glenmarrow Star.";
    assert_keeps(&story(&format!("<p>{note}</p>")), &[note]);
}

/// A credits line of a reporter and an editor before an Indian news page's story ("Reported by
/// Jane Roe Edited by Ann Lee Updated: ...") is a byline; a sentence opening "Reported by"
/// that ends with its stop stays.
#[test]
fn a_reported_by_edited_by_credits_line_is_a_byline() {
    let mut inner = String::from(
        "<div class=\"credits\"><span>Reported by <a href=\"/a/sk\">Siddharth Kulkarni</a></span> <span>Edited by Meera Pillai</span> <span>Updated: October 06, 2025 7:10 pm IST</span></div>\n",
    );
    for i in 0..5 {
        inner.push_str(&format!(
            "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
        ));
    }
    inner.push_str("<p>Reported by Reuters at the time, the deal was never completed.</p>\n");
    let body = run(&council_story(&inner)).body;
    assert_drops(&body, &["Siddharth Kulkarni Edited by"]);
    assert_keeps(
        &body,
        &["Reported by Reuters at the time", "Paragraph number 4"],
    );
}

#[test]
fn a_newsletters_promo_between_paragraphs_goes_a_sentence_about_newsletters_stays() {
    let story = |extra: &str| {
        let mut inner = String::new();
        for i in 0..5 {
            inner.push_str(&format!("<p>{PARA} Paragraph {i} of the film story.</p>"));
            if i == 1 {
                inner.push_str(extra);
            }
        }
        run(&council_story(&inner)).body
    };
    let promo = "<p><em>Love movies? Our Watch Party newsletter has the best picks, delivered \
                 right to your inbox. <a href='/newsletters/watch'>Sign up now</a> and be one \
                 of the cool kids.</em></p>";
    let body = story(promo);
    assert_keeps(&body, &["Paragraph 4 of the film story."]);
    assert_drops(&body, &["Watch Party newsletter", "cool kids"]);
    let told = "<p>Studios now court critics directly: several <a href='/x'>send a newsletter</a> \
                each week, and subscribers get early screenings, the studio said.</p>";
    assert_keeps(&story(told), &["subscribers get early screenings"]);
}

#[test]
fn a_box_about_the_site_or_the_series_before_a_story_is_no_summary_of_it() {
    let page = |aside: &str| {
        let story = (0..6)
            .map(|i| format!("<p>{PARA} Paragraph {i} of the transit story.</p>"))
            .collect::<String>();
        run(&council_story(&format!(
            "<div class='body'>{aside}{story}</div>"
        )))
        .body
    };
    let trust = page(
        "<aside class='trust'><h2>Why you can trust us</h2><p>Our reporters have covered city \
         hall for twenty years. We accept no money from the people we write about.</p><p>Every \
         story is checked by two editors before it is published.</p></aside>",
    );
    assert_keeps(&trust, &["Paragraph 5 of the transit story."]);
    assert_drops(&trust, &["Why you can trust us", "checked by two editors"]);
    let series = page(
        "<aside><p>This story is part of a series on how the region moves.</p><p>Read the \
         other parts of the series as they are published over the coming weeks.</p></aside>",
    );
    assert_drops(&series, &["part of a series"]);
    // A fact check's claim box that links to how the site rates claims is the story's own.
    let claim = page(
        "<aside class='factcheck-box'><h2>The claim</h2><p>Posts claim that the council sold \
         the harbour to a fund.</p><h2>The verdict</h2><p>False. The harbour is still owned by \
         the council.</p><a class='how-we-rate' href='/methodology'>How we rate claims</a></aside>",
    );
    assert_keeps(
        &claim,
        &[
            "Posts claim that the council sold",
            "The harbour is still owned",
        ],
    );
}

/// A story's closing sentence that says a closing note's words in passing stays: a policy
/// drafted "with inputs from" its stakeholders, "our ongoing coverage of" a subject (wcxb-dev
/// truth keeps such notes), a columnist's "I have followed the coverage of", "Follow-up
/// coverage", "zero trust principles", "catch all the culprits", "target viewers like you".
/// The agency's note said alone goes, also in other words and languages.
#[test]
fn a_closing_sentence_that_names_a_notes_words_in_passing_stays() {
    let story = |tail: &str| {
        let mut inner = String::new();
        for i in 0..6 {
            inner.push_str(&format!(
                "<p>{PARA} Paragraph number {i}, with a comma.</p>\n"
            ));
        }
        inner.push_str(tail);
        run(&council_story(&inner)).body
    };
    for kept in [
        "The draft policy was prepared with inputs from farmers' groups, state governments and economists, an official said.",
        "This story is part of our ongoing coverage of the 2025 city budget.",
        "I have followed the paper's coverage of the case for years, and my view of it has not changed.",
        "Follow-up coverage of the hearing is expected next week when the court resumes.",
        "The simplest first step for a small firm is to adopt zero trust principles for remote access.",
        "I doubt the police will catch all the culprits, but the arrests are a start.",
        "The regulator warned that the callers target viewers like you with promises of refunds.",
    ] {
        let body = story(&format!("<p>{kept}</p>"));
        assert_keeps(&body, &[kept, "Paragraph number 5"]);
    }
    for (note, words) in [
        ("<p>(With agency inputs)</p>", "agency inputs"),
        ("<p>(Con información de EFE)</p>", "Con información"),
        (
            "<p>(Com informações da Agência Brasil)</p>",
            "Com informações",
        ),
        ("<p>Mit Material von dpa</p>", "Mit Material"),
        ("<p>— With inputs from PTI and ANI</p>", "inputs from PTI"),
        (
            "<p>Our newsroom relies on support from readers like you.</p>",
            "support from readers",
        ),
        (
            "<p>This program is made possible thanks to listeners like you.</p>",
            "thanks to listeners",
        ),
    ] {
        let body = story(note);
        assert_drops(&body, &[words]);
        assert_keeps(&body, &["Paragraph number 5"]);
    }
}

/// A story's table of a streaming service's subscription tiers and a fact box of membership
/// fees, which link to no offer, stay.
#[test]
fn a_storys_table_of_subscription_prices_stays() {
    let story = (0..5)
        .map(|i| format!("<p>{PARA} Paragraph {i} of the streaming-price story.</p>"))
        .collect::<String>();
    let table =
        "<div class='table-wrapper'><table><tr><th>Subscription tier</th><th>Old price</th>\
        <th>New price</th></tr><tr><td>Standard with ads</td><td>$6.99</td><td>$7.99</td></tr>\
        <tr><td>Standard</td><td>$15.49</td><td>$17.99</td></tr><tr><td>Premium</td><td>$22.99</td>\
        <td>$24.99</td></tr></table></div>";
    let page = run(&council_story(&format!("{story}{table}{story}")));
    assert_keeps(&page.body, &["Subscription tier", "$17.99", "Premium"]);
    let fees = "<div class='factbox'><h3>What you will pay</h3><ul><li>Adult: £32</li>\
        <li>Concession: £21</li><li>Family: £55</li></ul><p>Membership can be cancelled with \
        one month's notice.</p></div>";
    let page = run(&council_story(&format!("{story}{fees}{story}")));
    assert_keeps(&page.body, &["Adult: £32", "Membership can be cancelled"]);
    // An offer whose asks are buttons, not links, still goes.
    let offer = "<div class='breaker'><h3>This story is for subscribers</h3>\
        <div class='card'><p>Monthly</p><p>$9.99</p><button>Subscribe</button></div>\
        <div class='card'><p>Annual</p><p>$99</p><button>Subscribe</button></div>\
        <p>Already a subscriber? <button>Sign in</button></p></div>";
    let page = run(&council_story(&format!("{story}{offer}{story}")));
    assert_drops(
        &page.body,
        &["for subscribers", "$9.99", "Already a subscriber"],
    );
}

#[test]
fn a_credit_after_a_caption_may_hold_initials_or_a_french_colon() {
    use super::lines::ends_with_credit;
    for yes in [
        "Stallholders set up their tables under the old depot roof on Thursday. Photo: J. R. Smith",
        "Les commerçants installent leurs étals sous la halle jeudi soir. Photo : Jean Dupont",
        "I commercianti montano i banchi sotto la tettoia giovedì sera. Foto di Mario Rossi",
        "Soldiers unload sandbags beside the flooded river on Sunday. (Photo: U.S. Army)",
    ] {
        assert!(ends_with_credit(yes), "{yes}");
    }
    for no in [
        "We asked readers for their best picture of the summer. Photo: Ann sent one. It won",
        "The winners were announced on Friday at the library. Photo: Winners. Then came more",
    ] {
        assert!(!ends_with_credit(no), "{no}");
    }
}

#[test]
fn a_how_tos_advice_to_subscribe_or_sign_up_is_no_newsletter_promo() {
    let story = |extra: &str| {
        let mut inner = String::new();
        for i in 0..5 {
            inner.push_str(&format!("<p>{PARA} Paragraph {i} of the inbox story.</p>"));
            if i == 1 {
                inner.push_str(extra);
            }
        }
        run(&council_story(&inner)).body
    };
    let only = "<p>Unsubscribe from what you never read. <a href='/gmail'>Gmail</a> lists your \
                biggest senders, and most newsletters carry a link at the bottom. Subscribe only \
                to the ones you open each week, and your inbox will thank you.</p>";
    assert_keeps(
        &story(only),
        &["Subscribe only to the ones you open each week"],
    );
    let address = "<p>Sign up for a separate address for shopping. <a href='/aliases'>Gmail \
                   aliases</a> keep store mail out of your main inbox.</p>";
    assert_keeps(&story(address), &["Sign up for a separate address"]);
    let promo = "<p>Get the morning's news in your inbox. <a href='/nl'>Sign up for our \
                 newsletter</a>.</p>";
    assert_drops(&story(promo), &["Get the morning's news in your inbox"]);
}

#[test]
fn a_summary_box_saying_a_site_notes_words_inside_other_words_stays() {
    let page = |aside: &str| {
        let story = (0..6)
            .map(|i| format!("<p>{PARA} Paragraph {i} of the security story.</p>"))
            .collect::<String>();
        run(&council_story(&format!(
            "<div class='body'>{aside}{story}</div>"
        )))
        .body
    };
    let summary = page(
        "<aside class='summary'><p>Zero-trust users must prove who they are at every login, \
         not only when they work from outside the office.</p><p>The regulator said antitrust \
         used to be the only lever it had over the vendors.</p></aside>",
    );
    assert_keeps(
        &summary,
        &[
            "Zero-trust users must prove who they are",
            "antitrust used to be",
        ],
    );
}
