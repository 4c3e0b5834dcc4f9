#!/usr/bin/env python3
"""Synthetic news pages in common CMS templates (all text invented). Writes html/<id>.html.gz + ground-truth.json."""
import gzip, json, os, random, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)

SUBJ = ["The Harlow County council", "Officials in Brennick", "Residents of the Eastgate district", "The regional transit authority",
        "Dr. Mirela Voss, a hydrologist at Calder State University,", "Mayor Tobias Renwick", "The state's education department",
        "Local business owners", "Firefighters from three towns", "A spokesperson for Northline Utilities", "Union leaders",
        "Parents at Ferris Elementary", "The Penmore water board", "Investigators", "Farmers along the Quill River",
        "Economists at the Lindqvist Institute", "The hospital's chief nurse", "Several councilmembers", "Police Chief Aldo Mercer",
        "Volunteers with the Westmarch food bank"]
VERB = ["said on Tuesday that", "warned last week that", "told reporters that", "argued in a written statement that",
        "confirmed on Monday that", "acknowledged during a hearing that", "estimated that", "insisted that",
        "wrote in a letter to the board that", "said in an interview that"]
CLAUSE = ["the budget for road repairs would fall short by nearly {n} million dollars", "the new bus lanes had cut average commutes by {n} minutes",
          "water levels in the reservoir were the lowest since {y}", "the plan had been rushed without enough public comment",
          "more than {n} households were still without power after the storm", "the clinic would extend its weekend hours starting in {m}",
          "enrollment had dropped for the {o} year in a row", "the bridge inspection found corrosion on {n} of its support beams",
          "a second vote would be scheduled before the end of {m}", "the grant money could only be spent on equipment",
          "wages at the plant had not kept up with rents in the valley", "the ferry service would resume once the harbor was dredged",
          "nobody had been seriously hurt in the collision", "the festival drew roughly {n} thousand visitors over the weekend",
          "the district would hire {n} additional teachers before the fall", "insurance premiums in the county had doubled since {y}"]
EXTRA = ["That figure, she added, did not include overtime.", "The proposal now heads to a committee for review.",
         "Critics say the timeline is unrealistic.", "It was not immediately clear how the change would be funded.",
         "A final decision is expected next month.", "Some residents said they had heard nothing about the plan until this week.",
         "The agency did not respond to a request for further comment.", "Supporters called it a long overdue step.",
         "Similar measures have stalled twice before.", "He declined to say whether layoffs were under consideration.",
         "The numbers were first reported by a neighborhood newsletter.", "Records reviewed by reporters show the issue was raised in {y}.",
         "Turnout at the meeting was unusually high.", "The company has until the end of {m} to file an appeal."]
QUOTES = ["\u201cWe simply cannot keep patching the same holes every spring,\u201d {p} said.",
          "\u201cIt feels like nobody in the capital is listening to us,\u201d said {p}, who has lived in the area for {n} years.",
          "\u201cThis is the most difficult season I can remember,\u201d {p} said, standing outside the shuttered store.",
          "\u201cThe data is clear, and we have to act on it now,\u201d {p} told the committee."]
PEOPLE = ["Hana Olafsdottir", "Marcus Pell", "Rosa Iturbe", "Dev Anand Kulkarni", "Grete Samuels", "Owen Achterberg", "Lucia Ferraro", "Tomasz Wilk"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
ORD = ["third", "fourth", "fifth", "sixth"]

def fill(s, r):
    return s.format(n=r.randint(3, 90), y=r.randint(1988, 2019), m=r.choice(MONTHS), o=r.choice(ORD), p=r.choice(PEOPLE))

def para(r, k=None):
    k = k or r.randint(2, 3)
    out = []
    for i in range(k):
        c = r.random()
        if c < 0.55:
            out.append(fill(f"{r.choice(SUBJ)} {r.choice(VERB)} {r.choice(CLAUSE)}.", r))
        elif c < 0.75:
            out.append(fill(r.choice(QUOTES), r))
        else:
            out.append(fill(r.choice(EXTRA), r))
    return " ".join(out)

def paras(r, n):
    return [para(r) for _ in range(n)]

PAGES = {}
def page(pid, url, title, author, published, head_extra, body_html, truth_paras, site="Harlow Ledger"):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": published + "T09:30:00-05:00",
          "author": [{"@type": "Person", "name": a} for a in author.split(" and ")], "publisher": {"@type": "Organization", "name": site}}
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{H.escape(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{H.escape(title)}"><meta property="og:type" content="article">
<meta property="og:site_name" content="{site}"><meta name="author" content="{author}">
<meta property="article:published_time" content="{published}T09:30:00-05:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'pageType':'article'}});</script>
{head_extra}
</head>
{body_html}
</html>"""
    with gzip.open(f"{OUT}/html/{pid}.html.gz", "wt", encoding="utf-8") as f:
        f.write(doc)
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth_paras), "title": title, "author": author, "published": published, "page_type": "article"}

def P(t, cls=None):
    c = f' class="{cls}"' if cls else ''
    return f"<p{c}>{H.escape(t)}</p>"

NAV = """<header class="site-header"><div class="logo"><a href="/">{site}</a></div><nav class="main-nav"><ul>
<li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/obituaries">Obituaries</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="search"><form><input type="search" placeholder="Search"></form></div></header>"""
FOOT = """<footer class="site-footer"><div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a>
<a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a> <a href="/advertise">Advertise with us</a></div>
<p>&copy; 2025 {site}. All rights reserved.</p></footer>"""
def nav(site): return NAV.replace("{site}", site)
def foot(site): return FOOT.replace("{site}", site)
def rail(r, title="Most Read"):
    items = "".join(f'<li><a href="/news/story-{r.randint(100,999)}">{H.escape(fill(r.choice(SUBJ) + " " + r.choice(VERB) + " " + r.choice(CLAUSE), r)[:90])}</a></li>' for _ in range(5))
    return f'<aside class="sidebar"><div class="widget most-read"><h3>{title}</h3><ol>{items}</ol></div></aside>'

import pages_defs
pages_defs.build(page, P, para, paras, nav, foot, rail, fill, random)
pages_defs.build2(page, P, para, paras, nav, foot, rail, fill, random)
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
