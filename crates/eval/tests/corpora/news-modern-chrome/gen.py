#!/usr/bin/env python3
"""Invented story pages in the markup of today's large news sites: React/Next.js pages whose
classes are utility classes or whose only hooks are data-testid attributes, Svelte and Vue
scoped classes, custom elements; and the chrome those pages put around and inside a story
(listen players, gift/save/share toolbars, key-point boxes, promoted-story widgets, paywall
meters, consent dialogs, social embeds, video players, galleries, most-read rails, topic
chips, one-line newsletter promos, ad slots between sections). Every line of text is made up.
Writes html/<id>.html.gz + ground-truth.json next to this script.

Truth conventions (the same as the other corpora here): the story's paragraphs, subheadings,
lists, quoted documents, key-point/summary boxes (heading and items), corrections and editor's
notes, and in-text contact lines are kept; headline, dek, byline, captions, credits, pull
quotes, embedded social posts (with their "- Name (@handle) date" lines), video and audio
players, toolbars and every promo, rail and widget are left out."""
import gzip
import html as H
import json
import os
import random
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from text import story, headline  # noqa: E402

E = H.escape
PAGES = {}


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def news_ld(title, authors, published, site, kind="NewsArticle"):
    return ld({"@context": "https://schema.org", "@type": kind, "headline": title, "datePublished": published,
               "author": [{"@type": "Person", "name": a} for a in authors],
               "publisher": {"@type": "Organization", "name": site}})


def head(title, site, published=None, author=None, ld_authors=None, extra=""):
    s = f'<title>{E(title)} | {E(site)}</title><meta property="og:type" content="article"><meta property="og:title" content="{E(title)}"><meta property="og:site_name" content="{E(site)}">'
    if published:
        s += f'<meta property="article:published_time" content="{published}">'
    if author:
        s += f'<meta name="author" content="{E(author)}">'
    if ld_authors is not None:
        s += news_ld(title, ld_authors, published, site)
    return s + extra


def add(pid, url, head_html, body, truth, title, author, published, lang="en", html_attr=""):
    doc = f'<!DOCTYPE html>\n<html lang="{lang}"{html_attr}>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n{head_html}\n</head>\n{body}\n</html>'
    with open(os.path.join(HERE, "html", pid + ".html.gz"), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(doc.encode("utf-8"))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth), "title": title, "author": author,
                  "published": published[:10], "page_type": "article"}


# ---------------------------------------------------------------- shared chrome

def tw_header(site, sections=("World", "Politics", "Business", "Climate", "Tech", "Sport", "Culture")):
    links = "".join(f'<li><a class="px-3 py-2 text-sm font-medium hover:underline" href="/{s.lower()}">{s}</a></li>' for s in sections)
    return f'''<a class="sr-only focus:not-sr-only" href="#main">Skip to main content</a>
<header class="sticky top-0 z-50 border-b border-neutral-200 bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<button class="p-2 lg:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"><path d="M3 6h18"/></svg></button>
<a class="font-serif text-2xl font-bold tracking-tight" href="/">{E(site)}</a>
<div class="flex items-center gap-3"><a class="rounded bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white" href="/subscribe">Subscribe</a><a class="text-sm" href="/login">Log in</a></div></div>
<nav class="hidden border-t border-neutral-100 lg:block" aria-label="Sections"><ul class="mx-auto flex max-w-7xl gap-1 px-4">{links}</ul></nav></header>'''


def tw_footer(site):
    return f'''<footer class="mt-16 border-t border-neutral-200 bg-neutral-50"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-4 py-10 md:grid-cols-4">
<div><h3 class="mb-2 text-xs font-bold uppercase">About</h3><ul class="space-y-1 text-sm"><li><a href="/about">About us</a></li><li><a href="/careers">Careers</a></li><li><a href="/ethics">Standards and ethics</a></li></ul></div>
<div><h3 class="mb-2 text-xs font-bold uppercase">Help</h3><ul class="space-y-1 text-sm"><li><a href="/help">Help centre</a></li><li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li></ul></div>
<div><h3 class="mb-2 text-xs font-bold uppercase">Legal</h3><ul class="space-y-1 text-sm"><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of service</a></li><li><button class="underline">Cookie settings</button></li></ul></div>
<div><h3 class="mb-2 text-xs font-bold uppercase">Follow</h3><ul class="space-y-1 text-sm"><li><a href="/apps">Get the app</a></li><li><a href="/newsletters">Newsletters</a></li><li><a href="/rss">RSS</a></li></ul></div></div>
<p class="px-4 pb-8 text-center text-xs text-neutral-500">&copy; 2025 {E(site)}. All rights reserved.</p></footer>'''


def consent_dialog(site):
    return f'''<div id="consent-root" role="dialog" aria-modal="true" aria-labelledby="consent-title" class="fixed inset-0 z-[100] flex items-end bg-black/40"><div class="w-full bg-white p-6 shadow-2xl">
<h2 id="consent-title" class="text-lg font-bold">We value your privacy</h2>
<p class="mt-2 text-sm">{E(site)} and our 214 partners store and access information on your device, such as cookies and unique identifiers, and process personal data such as browsing behaviour to personalise advertising and content, measure how ads and articles perform, and develop and improve our products. With your permission we and our partners may use precise location data and identification through device scanning.</p>
<p class="mt-2 text-sm">You can accept or reject these uses, or choose your settings at any time by clicking "Privacy choices" at the bottom of every page. Some partners rely on legitimate interest rather than consent, which you can object to in the settings.</p>
<div class="mt-4 flex gap-2"><button class="rounded bg-black px-4 py-2 text-white">Accept all</button><button class="rounded border px-4 py-2">Reject all</button><button class="px-4 py-2 underline">Manage preferences</button></div></div></div>'''


def meter(n):
    return f'''<div class="fixed bottom-0 inset-x-0 z-40 bg-amber-50 border-t border-amber-300" data-testid="meter-banner"><div class="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
<p class="text-sm">You have <strong>{n} free articles</strong> left this month.</p><div class="flex gap-2"><a class="rounded bg-amber-600 px-3 py-1 text-sm font-semibold text-white" href="/subscribe?src=meter">Subscribe for $1 a week</a><a class="text-sm underline" href="/login">Sign in</a></div></div></div>'''


def listen_player(minutes, engine="Narrated by an AI voice"):
    return f'''<div class="my-4 flex items-center gap-3 rounded-full border border-neutral-300 px-4 py-2" data-testid="audio-player"><button class="flex h-8 w-8 items-center justify-center rounded-full bg-black text-white" aria-label="Play audio"><svg viewBox="0 0 16 16" class="h-4 w-4"><path d="M4 2l10 6-10 6z"/></svg></button>
<div class="flex flex-col"><span class="text-sm font-semibold">Listen to this article</span><span class="text-xs text-neutral-500">{minutes} min · {engine}</span></div><span class="ml-auto text-xs tabular-nums">0:00 / {minutes}:{(minutes * 7) % 60:02d}</span><button class="text-xs" aria-label="Playback speed">1x</button></div>'''


def toolbar(gift=True, comments=None):
    g = '<button class="flex items-center gap-1 rounded-full border px-3 py-1 text-sm" data-testid="gift-button"><svg class="h-4 w-4" viewBox="0 0 16 16"><path d="M2 6h12"/></svg>Gift this article</button>' if gift else ""
    c = f'<a class="flex items-center gap-1 rounded-full border px-3 py-1 text-sm" href="#comments"><svg class="h-4 w-4" viewBox="0 0 16 16"><path d="M2 2h12v9H6l-4 3z"/></svg>{comments}</a>' if comments else ""
    return f'''<div class="my-4 flex flex-wrap items-center gap-2 border-y border-neutral-200 py-2" role="toolbar" aria-label="Article tools">{g}
<button class="flex items-center gap-1 rounded-full border px-3 py-1 text-sm" data-testid="share-button"><svg class="h-4 w-4" viewBox="0 0 16 16"><path d="M8 1v10"/></svg>Share</button>
<button class="flex items-center gap-1 rounded-full border px-3 py-1 text-sm" data-testid="save-button" aria-pressed="false"><svg class="h-4 w-4" viewBox="0 0 16 16"><path d="M3 1h10v14l-5-4-5 4z"/></svg>Save</button>{c}</div>'''


def share_menu():
    return '''<div class="relative" data-testid="share-menu" hidden><ul class="absolute right-0 w-48 rounded border bg-white py-1 shadow"><li><button class="w-full px-3 py-1 text-left text-sm">Copy link</button></li><li><a class="block px-3 py-1 text-sm" href="#">Facebook</a></li><li><a class="block px-3 py-1 text-sm" href="#">X</a></li><li><a class="block px-3 py-1 text-sm" href="#">LinkedIn</a></li><li><a class="block px-3 py-1 text-sm" href="#">WhatsApp</a></li><li><a class="block px-3 py-1 text-sm" href="#">Email</a></li></ul></div>'''


def promoted(r, label="Promoted stories", vendor="taboola", n=6):
    brands = ["Velora Sleep", "Quantex Finance", "HomeTrue Windows", "Brightpath Learning", "Nuvo Hearing", "Carrow Travel", "Stellan Skincare", "Fixmate Roofing"]
    hooks = ["Homeowners in your area are switching to this simple trick", "Doctors stunned by this one morning habit",
             "The new hearing device everyone in {town} is talking about", "Why retirees are moving their savings before {m}",
             "This cordless gadget cleans gutters in minutes", "Seniors can now fly business class for less",
             "Forget expensive blinds: this film keeps rooms cool", "The mattress that sold out four times this year",
             "How to check whether you are owed a tax refund", "Everyone who owns a car should read this today"]
    town = r.choice(["Harlow", "Dunmoor", "Caldera City", "Hallam"])
    m = r.choice(["April", "June", "the deadline"])
    items = ""
    for i in range(n):
        items += f'<a class="trc_item videoCube" href="https://ads.example/click?id={r.randint(10000, 99999)}"><div class="thumbBlock" style="background-image:url(/t{i}.jpg)"></div><span class="video-title">{E(r.choice(hooks).format(town=town, m=m))}</span><span class="branding">{E(r.choice(brands))} | Sponsored</span></a>'
    if vendor == "taboola":
        return f'<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_header"><span class="trc_header_left">{E(label)}</span><a class="trc_attribution" href="#">by Taboola</a></div><div class="trc_rbox">{items}</div></div>'
    return f'<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">{E(label)}</div><div class="ob-widget-items-container">{items}</div><div class="ob_about"><a href="#">Recommended by</a></div></div>'


def most_read(r, title="Most read", n=5, cls="tw"):
    if cls == "tw":
        items = "".join(f'<li class="flex gap-3 border-b py-3"><span class="font-serif text-3xl font-bold text-red-600">{i + 1}</span><a class="text-sm font-semibold leading-snug hover:underline" href="/news/{r.randint(100000, 999999)}">{E(headline(r))}</a></li>' for i in range(n))
        return f'<section class="rounded bg-neutral-50 p-4" aria-labelledby="mr-h"><h2 id="mr-h" class="mb-2 text-lg font-bold">{title}</h2><ol>{items}</ol></section>'
    items = "".join(f'<li data-testid="most-read-item"><span data-testid="rank">{i + 1}</span><a href="/news/{r.randint(100000, 999999)}"><h3>{E(headline(r))}</h3></a></li>' for i in range(n))
    return f'<section data-testid="most-read"><h2>{title}</h2><ol>{items}</ol></section>'


def topics(names, label="Topics"):
    chips = "".join(f'<li><a class="inline-block rounded-full bg-neutral-100 px-3 py-1 text-sm hover:bg-neutral-200" href="/topic/{n.lower().replace(" ", "-")}">{E(n)}</a></li>' for n in names)
    return f'<div class="mt-8"><h2 class="mb-2 text-xs font-bold uppercase tracking-wide">{label}</h2><ul class="flex flex-wrap gap-2">{chips}</ul></div>'


def more_on(r, title="More on this story", n=4):
    items = "".join(f'<li class="border-t py-2"><a class="font-semibold hover:underline" href="/news/{r.randint(100000, 999999)}">{E(headline(r))}</a><span class="block text-xs text-neutral-500">{r.randint(2, 23)} hours ago</span></li>' for _ in range(n))
    return f'<section class="mt-8" aria-label="{title}"><h2 class="mb-2 text-lg font-bold">{title}</h2><ul>{items}</ul></section>'


def ad_slot(n, label="Advertisement"):
    return f'<div class="my-8 flex min-h-[250px] flex-col items-center justify-center bg-neutral-100" data-ad-slot="mid-{n}"><span class="text-[10px] uppercase tracking-widest text-neutral-500">{label}</span><div id="gpt-mid-{n}"></div><a class="text-xs underline" href="#after-ad-{n}">Skip advertisement</a></div>'


def tweet(txt, name, handle, date):
    return f'<figure class="my-6"><blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">{E(txt)}</p>&mdash; {E(name)} (@{handle}) <a href="https://x.example/{handle}/status/{zlib.crc32(txt.encode())}">{date}</a></blockquote><script async src="https://platform.x.example/widgets.js" charset="utf-8"></script></figure>'


def bluesky(txt, name, handle, date):
    return f'<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:{handle}/app.bsky.feed.post/3k" data-bluesky-embed-color-mode="system"><p lang="en">{E(txt)}</p>&mdash; {E(name)} (<a href="https://bsky.example/profile/{handle}">@{handle}</a>) <a href="https://bsky.example/profile/{handle}/post/3k">{date}</a></blockquote>'


def video(title, dur, cls="tw"):
    return f'''<div class="my-8" data-testid="inline-video"><div class="relative aspect-video bg-black"><button class="absolute inset-0 m-auto h-16 w-16 rounded-full bg-white/80" aria-label="Play video"></button><span class="absolute bottom-2 right-2 rounded bg-black/70 px-1.5 text-xs text-white">{dur}</span></div>
<div class="mt-2 flex items-baseline gap-2"><span class="text-xs font-bold uppercase text-red-700">Watch</span><p class="text-sm font-semibold">{E(title)}</p></div><p class="text-xs text-neutral-500">Video · {dur}</p></div>'''


def newsletter_line(text, link):
    return f'<p class="my-6 border-y border-neutral-300 py-3 text-sm italic">{E(text)} <a class="font-semibold underline" href="/newsletters/{link}">Sign up here</a>.</p>'


def tw_p(t):
    return f'<p class="mb-5 font-serif text-lg leading-8 text-neutral-900">{E(t)}</p>'


def tw_h2(t):
    return f'<h2 class="mb-3 mt-8 font-sans text-2xl font-bold">{E(t)}</h2>'


def tw_byline(author, date_iso, date_text, role=None):
    r = f'<span class="block text-xs text-neutral-500">{E(role)}</span>' if role else ""
    return f'''<div class="flex items-center gap-3"><img class="h-10 w-10 rounded-full" src="/avatars/{author.split()[0].lower()}.jpg" alt="">
<div><p class="text-sm">By <a class="font-semibold underline decoration-neutral-300" href="/by/{author.lower().replace(' ', '-')}">{E(author)}</a></p>{r}<time class="text-xs text-neutral-500" datetime="{date_iso}">{date_text}</time></div><button class="ml-2 rounded-full border px-2 py-0.5 text-xs">Follow</button></div>'''


def shell(site, main, extra_top="", extra_bottom="", body_cls="bg-white text-neutral-900 antialiased", next_data=None):
    nd = ""
    if next_data is not None:
        nd = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data)}</script>'
    return f'''<body class="{body_cls}"><div id="__next">{extra_top}{tw_header(site)}
<main id="main" class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 lg:grid-cols-12">{main}</main>
{tw_footer(site)}{extra_bottom}</div>{nd}<script src="/_next/static/chunks/main-3f2a.js" async></script></body>'''


os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
for part in ("pages_a.py", "pages_b.py"):
    with open(os.path.join(HERE, part)) as f:
        exec(f.read())

with open(os.path.join(HERE, "ground-truth.json"), "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
