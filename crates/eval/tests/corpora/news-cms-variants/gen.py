#!/usr/bin/env python3
"""Invented English news pages in the markup of common publishing stacks (Medium, Substack, Ghost,
TownNews BLOX, Arc, Brightspot, Drupal, AMP, WordPress) and page shapes the development corpora
under-represent. Every line of text is made up. Writes html/<id>.html.gz + ground-truth.json."""
import gzip
import html as H
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from text import story  # noqa: E402
E = H.escape
PAGES = {}


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def news_ld(kind, title, authors, published, site, extra=None):
    o = {"@context": "https://schema.org", "@type": kind, "headline": title, "datePublished": published,
         "author": [{"@type": "Person", "name": a} for a in authors], "publisher": {"@type": "Organization", "name": site}}
    o.update(extra or {})
    return ld(o)


def add(pid, url, head, body, truth, title, page_type="article", author=None, published=None, lang="en", html_attr=""):
    doc = f'<!DOCTYPE html>\n<html lang="{lang}"{html_attr}>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}\n</head>\n{body}\n</html>'
    with open(os.path.join(HERE, "html", pid + ".html.gz"), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(doc.encode("utf-8"))
    t = {"url": url, "articleBody": "\n\n".join(truth), "title": title, "page_type": page_type}
    if author:
        t["author"] = author
    if published:
        t["published"] = published
    PAGES[pid] = t


def P(t, cls=None, extra=""):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}{extra}>{E(t)}</p>"


def og(title, kind="article", site=None, published=None, author=None, desc=None):
    s = f'<meta property="og:type" content="{kind}"><meta property="og:title" content="{E(title)}">'
    if site:
        s += f'<meta property="og:site_name" content="{E(site)}">'
    if published:
        s += f'<meta property="article:published_time" content="{published}">'
    if author:
        s += f'<meta name="author" content="{E(author)}">'
    if desc:
        s += f'<meta name="description" content="{E(desc)}"><meta property="og:description" content="{E(desc)}">'
    return s


os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
for part in ("pages_a.py", "pages_b.py", "listings.py", "pages_c.py"):
    with open(os.path.join(HERE, part)) as f:
        exec(f.read())

with open(os.path.join(HERE, "ground-truth.json"), "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
