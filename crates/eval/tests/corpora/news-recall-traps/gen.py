#!/usr/bin/env python3
"""Invented news pages, each built around one recall trap (all text invented).
Writes html/<id>.html.gz + ground-truth.json next to this script."""
import gzip, json, os, random, html as H
E = H.escape
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)

WHO = ["The Tarnby borough council", "Inspectors from the port authority", "Residents of Millcross", "The county ambulance service",
       "Professor Ilse Marrow of Dunhaven University", "Deputy mayor Caspar Wendt", "The provincial housing agency", "Shop owners on Quay Street",
       "Crews from the Orrin Valley fire district", "A spokesman for Kelby Rail", "Nurses at St. Ansel's hospital", "The Fennick school board",
       "Analysts at the Grayloch Trust", "Farmers near Lake Odessey", "Chief Inspector Runa Halvard", "Organizers of the harvest fair",
       "Tenants of the Birchwood estate", "The regional water company", "Two former ministers", "Researchers at the Sallow Bay observatory"]
SAY = ["said on Wednesday that", "warned in a report that", "told a public meeting that", "wrote in a letter seen by this paper that",
       "confirmed late on Friday that", "admitted under questioning that", "calculated that", "maintained that", "said in a brief statement that",
       "told the inquiry that"]
WHAT = ["the repair budget would run out before {m}", "waiting times had grown by {n} minutes since the spring",
        "the harbor wall had shifted by almost {n} centimetres", "the consultation had been far too short",
        "about {n} homes were still waiting for a new boiler", "the night bus would return from the first week of {m}",
        "the number of apprentices had fallen for a {o} year", "{n} of the old gas lamps would be restored rather than replaced",
        "a fresh vote could be held before the end of {m}", "the grant could not be used to pay staff",
        "rents along the valley had risen faster than wages since {y}", "the ferry timetable would be cut over the winter",
        "no one had been badly hurt when the roof gave way", "the festival had sold roughly {n} thousand tickets",
        "the district planned to open {n} new classrooms by autumn", "insurance costs for small shops had doubled since {y}",
        "the pumping station was running at half its capacity", "the landslide had closed the coast road for {n} days"]
MORE = ["That estimate, she said, leaves out the cost of overtime.", "The plan now goes to a scrutiny committee.",
        "Opponents call the timetable unrealistic.", "Where the money would come from was not explained.",
        "A decision is expected early next month.", "Several people at the meeting said they had learned of the plan only that morning.",
        "The company did not answer further questions.", "Supporters described the move as overdue.",
        "Two similar schemes collapsed in the past decade.", "He would not say whether jobs were at risk.",
        "Minutes of the meeting show the problem was first raised in {y}.", "The hall was full well before the start.",
        "The operator has until {m} to lodge an appeal.", "Nobody from the ministry attended."]
QUO = ["\u201cWe keep fixing the same road every single winter,\u201d said {p}.",
       "\u201cIt is as if nobody in the city hall has ever been out here,\u201d said {p}, who has farmed nearby for {n} years.",
       "\u201cI have not seen a season this hard in my working life,\u201d {p} said outside the closed bakery.",
       "\u201cThe figures leave us no choice but to act now,\u201d {p} told councillors."]
PEOPLE = ["Agathe Brill", "Niall Corrigan", "Mirela Santos", "Pavel Ondrak", "Sunniva Dahl", "Kofi Mensah-Ray", "Lotte Verhagen", "Ibrahim Saleh"]
MONTHS = ["February", "March", "May", "July", "August", "October", "December"]
ORD = ["second", "third", "fourth", "fifth"]

def fill(s, r):
    return s.format(n=r.randint(3, 95), y=r.randint(1991, 2021), m=r.choice(MONTHS), o=r.choice(ORD), p=r.choice(PEOPLE))

def sent(r):
    c = r.random()
    if c < 0.55:
        return fill(f"{r.choice(WHO)} {r.choice(SAY)} {r.choice(WHAT)}.", r)
    if c < 0.75:
        return fill(r.choice(QUO), r)
    return fill(r.choice(MORE), r)

def para(r, k=None):
    return " ".join(sent(r) for _ in range(k or r.randint(2, 3)))

def paras(r, n, k=None):
    return [para(r, k) for _ in range(n)]

def P(t, cls=None):
    c = f' class="{cls}"' if cls else ''
    return f"<p{c}>{E(t)}</p>"

PAGES = {}
def nav(site):
    return f"""<header class="masthead"><a class="brand" href="/">{site}</a>
<nav class="primary-nav" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/puzzles">Puzzles</a></li></ul></nav>
<div class="masthead-tools"><a href="/login">Sign in</a> <a class="btn-subscribe" href="/subscribe">Subscribe</a><form role="search"><input type="search" placeholder="Search"></form></div></header>"""
def foot(site):
    return f"""<footer class="site-footer"><ul class="footer-nav"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
<li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/careers">Careers</a></li></ul>
<p class="copyright">&copy; 2025 {site}. All rights reserved.</p></footer>"""
def rail(r, title="Most read"):
    items = "".join(f'<li><a href="/news/{r.randint(1000,9999)}">{E(fill(r.choice(WHO) + " " + r.choice(SAY) + " " + r.choice(WHAT), r)[:85])}</a></li>' for _ in range(5))
    return f'<aside class="rail"><section class="most-read"><h2>{title}</h2><ol>{items}</ol></section><div class="ad ad-mpu" data-slot="rail-1"></div></aside>'
def ad(n):
    return f'<div class="ad-slot ad-slot--inline" id="ad-inline-{n}" data-ad-unit="article/inline"><span class="ad-label">Advertisement</span></div>'
def related(r, title="Related"):
    items = "".join(f'<li><a href="/news/{r.randint(1000,9999)}">{E(fill(r.choice(WHO) + " " + r.choice(SAY) + " " + r.choice(WHAT), r)[:80])}</a></li>' for _ in range(3))
    return f'<aside class="related-inline"><h4>{title}</h4><ul>{items}</ul></aside>'
NEWSLETTER = """<div class="newsletter-signup inline-signup"><h3>The Morning Brief</h3><p>Start every weekday with the five stories you need, in your inbox by 7 a.m.</p>
<form><input type="email" placeholder="Your email address"><button type="submit">Sign up</button></form><p class="legal">By signing up you agree to our privacy policy.</p></div>"""
def share():
    return '<div class="share-tools"><a href="#" class="share-fb">Share on Facebook</a><a href="#" class="share-x">Post on X</a><a href="#" class="share-mail">Email</a><button class="copy-link">Copy link</button></div>'

def head_html(title, author, published, site, url, extra=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published + "T08:15:00+01:00",
          "author": [{"@type": "Person", "name": a} for a in author.split(" and ")], "publisher": {"@type": "Organization", "name": site}}
    return f"""<head><meta charset="utf-8"><title>{E(title)} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="{site}">
<meta name="author" content="{author}"><meta property="article:published_time" content="{published}T08:15:00+01:00">
<link rel="canonical" href="{url}"><link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.adq=window.adq||[];adq.push({{section:'news'}});</script>{extra}</head>"""

def byline(author, published, pretty):
    return f'<div class="byline"><span class="by">By <a rel="author" href="/authors/{author.split()[0].lower()}">{author}</a></span> <time datetime="{published}T08:15:00+01:00">{pretty}</time></div>'

def page(pid, url, title, author, published, pretty, site, article_html, truth, head_extra="", body_cls="article-page", r=None, doctype=True):
    r = r or random.Random(pid)
    body = f"""<body class="{body_cls}">{nav(site)}
<main id="main" class="layout"><div class="layout-main">
{article_html}
</div>{rail(r)}</main>{foot(site)}
<script src="/static/app.js" async></script></body>"""
    doc = ("<!DOCTYPE html>\n" if doctype else "") + f'<html lang="en">{head_html(title, author, published, site, url, head_extra)}\n{body}\n</html>'
    with gzip.open(f"{OUT}/html/{pid}.html.gz", "wt", encoding="utf-8") as f:
        f.write(doc)
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth), "title": title, "author": author, "published": published, "page_type": "article"}

import stories
stories.build(globals())
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
