"""Invented news-site templates for the synthetic page-kind corpus (all names and text made up)."""
import html as H
import json

SECTIONS = ["News", "Politics", "Business", "Sport", "Opinion", "Culture", "Food", "Obituaries"]

MOST_READ = [
    ("/2024/03/11/ferry-timetable-changes-spring/", "Ferry timetable changes take effect next Monday"),
    ("/2024/03/10/harbour-wall-repairs-delayed/", "Harbour wall repairs delayed again after storm damage"),
    ("/2024/03/09/school-board-budget-vote/", "School board delays budget vote to April"),
    ("/2024/03/08/new-bakery-opens-main-street/", "New bakery opens on Main Street after two-year wait"),
    ("/2024/03/07/council-parking-fees-rise/", "Council parking fees to rise by 20 cents an hour"),
]


def esc(s):
    return H.escape(s, quote=True)


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def paras(ps):
    out = []
    for p in ps:
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("### "):
            out.append(f"<h3>{esc(p[4:])}</h3>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    return "\n".join(out)


def body_text(ps):
    return "\n\n".join(p[3:] if p.startswith("## ") else p[4:] if p.startswith("### ") else p[2:] if p.startswith("> ") else p for p in ps)


# --- Site A: "The Harbor Ledger", a WordPress-style local paper -------------------------------
def site_a(url, title, metas, jsonld, main, rail=True, body_class="single single-post"):
    nav = "".join(f'<li class="menu-item"><a href="https://www.harborledger.com/category/{s.lower()}/">{s}</a></li>' for s in SECTIONS)
    most = "".join(f'<li><a href="https://www.harborledger.com{u}">{esc(t)}</a></li>' for u, t in MOST_READ)
    rail_html = f"""
<aside id="secondary" class="widget-area sidebar">
  <section class="widget widget_popular"><h2 class="widget-title">Most read</h2><ol>{most}</ol></section>
  <section class="widget widget_newsletter"><h2 class="widget-title">Get the Morning Ledger</h2>
   <p>Our free newsletter lands in your inbox at 6 a.m. every weekday.</p>
   <form action="/newsletters/"><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
  <section class="widget widget_ad"><div class="ad-slot" data-slot="sidebar-1">Advertisement</div></section>
</aside>""" if rail else ""
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - The Harbor Ledger</title>
<link rel="canonical" href="{esc(url)}">
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="og:locale" content="en_US">
<meta property="og:url" content="{esc(url)}">
{metas}
<link rel="stylesheet" href="https://www.harborledger.com/wp-content/themes/ledger/style.css?ver=6.4.3">
<script src="https://www.harborledger.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{jsonld}
</head>
<body class="{body_class} wp-custom-logo">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><span class="date-today">Thursday, March 14, 2024</span> <a href="/subscribe/" class="btn-subscribe">Subscribe</a> <a href="/my-account/">Log in</a></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="https://www.harborledger.com/" rel="home"><img src="/wp-content/uploads/logo.png" alt="The Harbor Ledger"></a></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
  <form role="search" class="search-form" action="/"><input type="search" name="s" placeholder="Search"></form>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
{main}
</main></div>
{rail_html}
</div>
<footer id="colophon" class="site-footer">
  <div class="footer-widgets">
   <div class="footer-col"><h3>The Harbor Ledger</h3><p>Independent local news for the harbour towns since 1911.</p></div>
   <div class="footer-col"><h3>Sections</h3><ul>{nav}</ul></div>
   <div class="footer-col"><h3>Company</h3><ul><li><a href="/about-us/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/careers/">Careers</a></li><li><a href="/corrections/">Corrections</a></li></ul></div>
  </div>
  <div class="site-info">&copy; 2024 Harbor Ledger Media LLC. All rights reserved. <a href="/privacy-policy/">Privacy policy</a> | <a href="/terms/">Terms of use</a></div>
</footer>
</div>
<script src="https://www.harborledger.com/wp-content/themes/ledger/js/navigation.js?ver=1.2"></script>
</body></html>"""


def yoast_graph(url, title, kind, published, author, section, desc, extra=None):
    g = [
        {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": "https://www.harborledger.com/#website"},
         "datePublished": published, "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.harborledger.com/"},
            {"@type": "ListItem", "position": 2, "name": section}]},
        {"@type": "WebSite", "@id": "https://www.harborledger.com/#website", "url": "https://www.harborledger.com/", "name": "The Harbor Ledger",
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": "https://www.harborledger.com/?s={search_term_string}"}, "query-input": "required name=search_term_string"}]},
        {"@type": "Organization", "@id": "https://www.harborledger.com/#organization", "name": "Harbor Ledger Media", "logo": {"@type": "ImageObject", "url": "https://www.harborledger.com/logo.png"}},
    ]
    if kind:
        art = {"@type": kind, "@id": url + "#article", "headline": title, "datePublished": published, "dateModified": published,
               "mainEntityOfPage": {"@id": url}, "articleSection": [section], "description": desc,
               "publisher": {"@id": "https://www.harborledger.com/#organization"}}
        if author:
            art["author"] = {"@type": "Person", "name": author}
        if extra:
            art.update(extra)
        g.insert(0, art)
    return ld({"@context": "https://schema.org", "@graph": g})


def a_article(url, title, section, author, published, ps, tags=("Local news",), jsonld_kind="NewsArticle", desc="", og=True, figure=None, extra_ld=None, lead=None):
    metas = f'<meta property="og:title" content="{esc(title)}">\n<meta property="og:description" content="{esc(desc or ps[0][:150])}">\n<meta name="description" content="{esc(desc or ps[0][:150])}">'
    if og:
        metas += f'\n<meta property="og:type" content="article">\n<meta property="article:published_time" content="{published}">\n<meta property="article:section" content="{section}">'
        if author:
            metas += f'\n<meta name="author" content="{esc(author)}">'
    jl = yoast_graph(url, title, jsonld_kind, published, author, section, desc or ps[0][:150], extra_ld) if jsonld_kind is not None else ""
    byline = f'<span class="byline">By <span class="author vcard"><a class="url fn n" href="https://www.harborledger.com/author/{author.lower().replace(" ", "-")}/">{esc(author)}</a></span></span>' if author else ""
    fig = f'<figure class="wp-block-image"><img src="/wp-content/uploads/2024/03/{figure[0]}" alt=""><figcaption>{esc(figure[1])}</figcaption></figure>' if figure else ""
    tag_html = "".join(f'<a href="https://www.harborledger.com/tag/{t.lower().replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in tags)
    related = "".join(f'<article class="related-post"><h3 class="entry-title"><a href="https://www.harborledger.com{u}">{esc(t)}</a></h3></article>' for u, t in MOST_READ[:3])
    main = f"""
<article id="post-48121" class="post-48121 post type-post status-publish format-standard has-post-thumbnail hentry category-{section.lower()}">
<header class="entry-header">
  <div class="cat-links"><a href="https://www.harborledger.com/category/{section.lower()}/" rel="category tag">{section}</a></div>
  <h1 class="entry-title">{esc(title)}</h1>
  {f'<p class="standfirst">{esc(lead)}</p>' if lead else ''}
  <div class="entry-meta">{byline} <span class="posted-on"><time class="entry-date published" datetime="{published}">March 14, 2024</time></span></div>
</header>
{fig}
<div class="entry-content">
{paras(ps)}
</div>
<footer class="entry-footer"><span class="tags-links">Tags: {tag_html}</span>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/2024/03/13/ferry-fares-frozen/" rel="prev"><span class="meta-nav">Previous</span> Ferry fares frozen for another year</a></div><div class="nav-next"><a href="/2024/03/15/library-hours-extended/" rel="next"><span class="meta-nav">Next</span> Library hours extended on weekends</a></div></div></nav>
<section class="related-posts"><h2>Related stories</h2>{related}</section>
<div id="comments" class="comments-area"><h2 class="comments-title">Leave a comment</h2><p>You must be <a href="/wp-login.php">logged in</a> to post a comment.</p></div>
"""
    return site_a(url, title, metas, jl, main)


# --- Site B: "Midland Daily Courier", an Arc-style metro daily ------------------------------
def site_b(url, title, metas, jsonld, main, page_type="article"):
    nav = "".join(f'<li><a href="https://www.midlandcourier.com/{s.lower()}/" class="nav-link">{s}</a></li>' for s in SECTIONS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{esc(title)} | Midland Daily Courier</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="{esc(url)}">
<meta property="og:site_name" content="Midland Daily Courier">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@midlandcourier">
{metas}
<link rel="preload" as="font" href="/pf/resources/fonts/serif.woff2" crossorigin>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"{page_type}","contentSection":"news"}});</script>
{jsonld}
</head><body>
<div id="fusion-app" class="layout-{page_type}">
<div class="alert-banner"><a href="/subscribe/">Get unlimited digital access for 99 cents</a></div>
<header class="site-header">
  <button class="nav-toggle" aria-label="Sections">Sections</button>
  <a class="masthead-logo" href="https://www.midlandcourier.com/"><svg role="img" aria-label="Midland Daily Courier"></svg></a>
  <nav class="section-nav" aria-label="Sections"><ul>{nav}<li><a href="/newsletters/">Newsletters</a></li><li><a href="/e-edition/">E-Edition</a></li></ul></nav>
  <div class="header-actions"><a href="/subscribe/" class="btn">Subscribe</a><a href="/account/login/">Sign in</a></div>
</header>
<main id="main" class="main-content">
{main}
</main>
<footer class="site-footer">
  <div class="footer-logo">Midland Daily Courier</div>
  <ul class="footer-links"><li><a href="/about/">About us</a></li><li><a href="/contact-us/">Contact us</a></li><li><a href="/help/">Help center</a></li><li><a href="/advertise/">Advertise with us</a></li><li><a href="/corrections/">Corrections policy</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms of service</a></li></ul>
  <p class="copyright">Copyright &copy; 2024 Midland Daily Courier. All rights reserved.</p>
</footer>
</div>
<script src="/pf/dist/engine/react.js?d=942"></script>
</body></html>"""


def courier_ld(url, title, kind, published, authors, section, desc, extra=None):
    obj = {"@context": "https://schema.org", "@type": kind, "headline": title, "url": url, "mainEntityOfPage": url,
           "datePublished": published, "dateModified": published, "articleSection": section, "description": desc,
           "publisher": {"@type": "NewsMediaOrganization", "name": "Midland Daily Courier", "logo": {"@type": "ImageObject", "url": "https://www.midlandcourier.com/logo.png"}},
           "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article-body"}}
    if authors:
        obj["author"] = [{"@type": "Person", "name": a} for a in authors]
    if extra:
        obj.update(extra)
    return ld(obj)


def b_article(url, title, section, authors, published, ps, kind="NewsArticle", desc="", dek=None, label=None, extra_ld=None, credit=None, jsonld=True, figure=None, body_html=None):
    desc = desc or ps[0][:160]
    metas = f"""<meta name="description" content="{esc(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{section}">"""
    jl = courier_ld(url, title, kind, published, authors, section, desc, extra_ld) if jsonld else ""
    by = " and ".join(f'<a href="https://www.midlandcourier.com/people/{a.lower().replace(" ", "-")}/" class="author-name">{esc(a)}</a>' for a in authors)
    byline = f'<div class="byline">By {by}{f" | {esc(credit)}" if credit else ""}</div>' if authors or credit else ""
    fig = f'<figure class="lead-art"><img src="https://www.midlandcourier.com/resizer/{figure[0]}" alt=""><figcaption><span class="caption">{esc(figure[1])}</span> <span class="credit">(Midland Daily Courier)</span></figcaption></figure>' if figure else ""
    more = "".join(f'<li class="story-card"><a href="https://www.midlandcourier.com/news/2024/03/1{i}/story-{i}/"><h3 class="headline">{esc(t)}</h3></a></li>' for i, t in enumerate(["Transit board names interim director", "Snow totals: how much fell across the county", "Two lanes of Route 9 to close for bridge work", "City's oldest diner changes hands"]))
    content = body_html if body_html is not None else paras(ps)
    main = f"""
<article class="article-page" data-story-id="QX4V2">
  <div class="article-header">
    {f'<div class="overline"><a href="/{section.lower()}/">{esc(label or section)}</a></div>'}
    <h1 class="headline">{esc(title)}</h1>
    {f'<h2 class="dek">{esc(dek)}</h2>' if dek else ''}
    {byline}
    <div class="timestamp"><time datetime="{published}">Published March 14, 2024 at 5:31 a.m. EDT</time></div>
    <div class="share-bar"><button>Share</button><button>Gift this article</button><button>Save</button></div>
  </div>
  {fig}
  <div class="article-body">
{content}
  </div>
  <div class="article-footer"><p class="tagline">Have a news tip? Email newsroom@midlandcourier.com.</p></div>
</article>
<section class="more-stories"><h2>More from the Courier</h2><ul>{more}</ul></section>
<div class="ad-container"><div class="ad" id="ad-bottom">Advertisement</div></div>
"""
    return site_b(url, title, metas, jl, main)


# --- Site C: "Northgate Herald", a home-grown CMS with no <article> and numeric URLs ---------
def site_c(url, title, metas, main, jsonld=""):
    nav = " | ".join(f'<a href="https://northgateherald.net/section.php?s={s.lower()}">{s}</a>' for s in SECTIONS)
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: Northgate Herald</title>
{metas}
<link rel="stylesheet" type="text/css" href="/css/herald.css">
{jsonld}
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="https://northgateherald.net/"><img src="/img/logo.gif" alt="Northgate Herald"></a></div>
<div class="weather">Northgate: 4&deg;C, light rain</div></div>
<div id="menu">{nav}</div>
<table id="layout" width="100%"><tr>
<td id="maincol" valign="top">
{main}
</td>
<td id="rightcol" valign="top" width="260">
<div class="box"><div class="boxtitle">Latest news</div>
<ul><li><a href="/a/482901">Road salt supply runs low as cold snap continues</a></li><li><a href="/a/482899">Hospital opens new maternity wing</a></li><li><a href="/a/482897">Youth orchestra wins regional prize</a></li><li><a href="/a/482890">Water main break closes Elm Street</a></li></ul></div>
<div class="box"><div class="boxtitle">Classifieds</div><p><a href="/classifieds/">Jobs, homes, cars and more</a></p></div>
<div class="box adbox">ADVERTISEMENT</div>
</td></tr></table>
<div id="footer"><a href="/about.php">About the Herald</a> | <a href="/contact.php">Contact</a> | <a href="/advertise.php">Advertising</a> | <a href="/privacy.php">Privacy</a><br>&copy; 2024 Northgate Herald Publishing Co.</div>
</div>
</body></html>"""


def c_article(url, title, author, published_text, ps, og=True, iso=None, section="News", jsonld=""):
    metas = f'<meta name="description" content="{esc(ps[0][:150])}">'
    if og:
        metas += f'\n<meta property="og:title" content="{esc(title)}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{esc(url)}">'
    if iso:
        metas += f'\n<meta name="pubdate" content="{iso}">'
    byline = f'<div class="byline">By {esc(author)}</div>' if author else '<div class="byline">Herald staff</div>'
    main = f"""<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/section.php?s={section.lower()}">{section}</a></div>
<div class="story">
<h1 class="storytitle">{esc(title)}</h1>
{byline}
<div class="dateline">{esc(published_text)}</div>
<div class="storytext">
{paras(ps)}
</div>
<div class="storytools"><a href="/print.php">Print</a> | <a href="/email.php">Email this story</a></div>
</div>
<div class="morelinks"><b>More news:</b> <a href="/a/482880">Snow day list grows</a> &middot; <a href="/a/482877">Bus route 4 returns</a> &middot; <a href="/a/482871">Library fines waived in March</a></div>"""
    return site_c(url, title, metas, main, jsonld)
