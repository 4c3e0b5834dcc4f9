#!/usr/bin/env python3
"""Synthetic non-English news pages (all text invented, see langs.py). Writes html/<id>.html.gz + ground-truth.json."""
import gzip, json, os, html as H
from langs import L
E = H.escape
OUT = os.environ.get("OUTDIR") or os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)
PAGES = {}
RTL = {'ar'}

def doc(lang, d, url, body, extra_head=""):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'], "datePublished": d['date'] + "T09:30:00+01:00",
          "author": {"@type": "Person", "name": d['author']}, "publisher": {"@type": "Organization", "name": d['site']}}
    dr = ' dir="rtl"' if lang in RTL else ''
    return f"""<!DOCTYPE html>
<html lang="{lang}"{dr}><head><meta charset="utf-8"><title>{E(d['title'])} - {E(d['site'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{E(d['title'])}"><meta property="og:type" content="article"><meta property="og:site_name" content="{E(d['site'])}">
<meta property="article:published_time" content="{d['date']}T09:30:00+01:00"><link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>{extra_head}
</head>{body}</html>"""

def save(pid, lang, d, url, body, truth):
    with gzip.open(f"{OUT}/html/{pid}.html.gz", "wt", encoding="utf-8") as f:
        f.write(doc(lang, d, url, body))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth), "title": d['title'], "author": d['author'], "published": d['date'], "page_type": "article"}

def nav(d, c):
    return ('<header class="site-header"><a class="logo" href="/">' + E(d['site']) + '</a><nav class="menu"><ul>' +
            ''.join(f'<li><a href="/{i}">{E(x)}</a></li>' for i, x in enumerate(c['nav'])) + '</ul></nav></header>')

def cookie(c):
    return f'<div id="cookie-consent" class="cookie-banner"><p>{E(c["cookie"])}</p><button>{E(c["cookie_b"])}</button></div>'

def foot(d, c):
    return f'<footer class="site-footer"><ul>' + ''.join(f'<li><a href="/f{i}">{E(x)}</a></li>' for i, x in enumerate(c['nav'][:4])) + f'</ul><p class="copy">{E(c["copyright"])}</p></footer>'

def rail(d, c):
    return f'<aside class="sidebar"><div class="widget"><h3>{E(c["more"])}</h3><ol>' + ''.join(f'<li><a href="/r{i}">{E(x)}</a></li>' for i, x in enumerate(c['rel_items'] + [c['also_link']])) + '</ol></div></aside>'

def P(t): return f"<p>{E(t)}</p>"

def t_wp(lang, d, pid):
    """WordPress-like: inline ad label, read-also paragraph, newsletter box, tags, bio, related, comments."""
    c = d['ch']; b = d['paras']
    body = f"""<body class="single single-post">{cookie(c)}{nav(d, c)}<div id="content"><main class="site-main">
<article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/c">{E(c['nav'][1])}</a></span>
<h1 class="entry-title">{E(d['title'])}</h1><div class="entry-meta"><span class="byline">{E(c['by'])} <a class="author" href="/a">{E(d['author'])}</a></span>
<time class="entry-date" datetime="{d['date']}">{E(c['ptime'])}</time> <span class="reading-time">{E(c['read'])}</span> <a class="comments-link" href="#comments">{E(c['comments'])}</a></div></header>
<div class="share-top"><span>{E(c['share'])}</span>{''.join(f'<a href="#">{E(x)}</a>' for x in c['share_items'])}</div>
<figure class="wp-block-image"><img src="/i.jpg" alt=""><figcaption>{E(c['caption'])} {E(c['photo'])}</figcaption></figure>
<div class="entry-content">{P(b[0])}{P(b[1])}
<div class="ad-inline"><span class="ad-label">{E(c['ad'])}</span><div class="adslot"></div></div>
{P(b[2])}<p><strong>{E(c['also'])}</strong> <a href="/x">{E(c['also_link'])}</a></p>{P(b[3])}
<h2>{E(d['sub'])}</h2>{P(b[4])}
<div class="newsletter-box"><h3>{E(c['nl_t'])}</h3><p>{E(c['nl_p'])}</p><form><input type="email"><button>{E(c['nl_b'])}</button></form></div>
{''.join(P(x) for x in b[5:])}</div>
<footer class="entry-footer"><div class="tags"><span>{E(c['tags'])}:</span> {''.join(f'<a href="/t{i}">{E(x)}</a> ' for i, x in enumerate(c['tag_items']))}</div>
<div class="share-bottom"><span>{E(c['share'])}</span>{''.join(f'<a href="#">{E(x)}</a>' for x in c['share_items'])}</div></footer>
<div class="author-box"><img src="/a.jpg"><div class="author-info"><h4>{E(d['author'])}</h4><p>{E(c['bio'])}</p></div></div>
</article><section class="related-posts"><h3>{E(c['related'])}</h3><ul>{''.join(f'<li><a href="/rel{i}">{E(x)}</a></li>' for i, x in enumerate(c['rel_items']))}</ul></section>
<section id="comments"><h3>{E(c['comments_h'])}</h3><p>{E(c['login'])}</p></section></main>{rail(d, c)}</div>{foot(d, c)}</body>"""
    save(pid, lang, d, f"https://{pid}.example/news/2025/story-{pid}", body, b[:4] + [d['sub']] + b[4:])

def t_cms(lang, d, pid):
    """Newspaper CMS: div paragraphs, plain-text ad labels, boxed read-also teaser, credit span in body figure, comment count at end."""
    c = d['ch']; b = d['paras']
    def dp(t): return f'<p class="article__paragraph">{E(t)}</p>'
    body = f"""<body>{nav(d, c)}<div class="page"><div class="article-page"><div class="breadcrumb"><a href="/">{E(c['nav'][0])}</a> &gt; <a href="/x">{E(c['nav'][1])}</a></div>
<div class="article"><div class="article__header"><h1 class="article__title">{E(d['title'])}</h1>
<div class="article__meta"><div class="article__author">{E(d['author'])}</div><div class="article__date">{E(c['ptime'])}</div></div></div>
<div class="article__media"><img src="/x.jpg"><div class="article__caption">{E(c['caption'])}</div><div class="article__credit">{E(c['photo'])}</div></div>
<div class="article__body">{dp(b[0])}{dp(b[1])}
<div class="ad-container"><div class="ad-marker">{E(c['ad'])}</div><div id="div-gpt-ad-1"></div></div>
{dp(b[2])}
<div class="inline-teaser"><div class="inline-teaser__label">{E(c['also'])}</div><a class="inline-teaser__link" href="/t"><span>{E(c['also_link'])}</span></a></div>
{dp(b[3])}<h3 class="article__subtitle">{E(d['sub'])}</h3>{dp(b[4])}
<div class="ad-container"><div class="ad-marker">{E(c['ad'])}</div></div>
{''.join(dp(x) for x in b[5:])}</div>
<div class="article__share"><span class="article__share-title">{E(c['share'])}:</span>{''.join(f'<button>{E(x)}</button>' for x in c['share_items'])}</div>
<div class="article__tags"><h4>{E(c['tags'])}</h4>{''.join(f'<a class="tag" href="/t{i}">{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</div>
<div class="article__comments"><a href="#c">{E(c['comments'])}</a></div></div>
<div class="more-news"><h2>{E(c['related'])}</h2>{''.join(f'<div class="teaser"><a href="/m{i}"><h3>{E(x)}</h3></a></div>' for i, x in enumerate(c['rel_items']))}</div>
<div class="newsletter-signup"><h3>{E(c['nl_t'])}</h3><p>{E(c['nl_p'])}</p><button>{E(c['nl_b'])}</button></div></div>{rail(d, c)}</div>{foot(d, c)}{cookie(c)}</body>"""
    save(pid, lang, d, f"https://{pid}.example/{pid}/article-{len(PAGES)}.html", body, b[:4] + [d['sub']] + b[4:])

def t_portal(lang, d, pid):
    """Portal (common in Asia / Russia): everything inside one content div: centred caption paragraph, ad label, read-also list at end,
    editor line and copyright inside the body div."""
    c = d['ch']; b = d['paras']
    body = f"""<body><div class="top-bar"><a href="/">{E(d['site'])}</a> | <a href="/login">{E(c['login'][:12])}</a></div>{nav(d, c)}
<div class="main clearfix"><div class="left"><div class="crumb"><a href="/">{E(c['nav'][0])}</a> &gt; {E(c['nav'][2])}</div>
<h1 class="main-title">{E(d['title'])}</h1><div class="info"><span class="time">{E(c['ptime'])}</span> <span class="source">{E(d['site'])}</span> <span class="author">{E(c['by'])} {E(d['author'])}</span>
<span class="share">{E(c['share'])}: {' '.join(f'<a href="#">{E(x)}</a>' for x in c['share_items'])}</span></div>
<div id="article-content" class="article-content"><p style="text-align:center"><img src="/p.jpg"></p><p style="text-align:center" class="pic-caption">{E(c['caption'])}（{E(c['photo'])}）</p>
{P(b[0])}{P(b[1])}{P(b[2])}<div class="ad-box"><span>{E(c['ad'])}</span><iframe src="about:blank"></iframe></div>
<p><strong>{E(d['sub'])}</strong></p>{P(b[3])}{P(b[4])}{''.join(P(x) for x in b[5:])}
<div class="related-read"><h4>{E(c['also'])}</h4><ul>{''.join(f'<li><a href="/rr{i}">{E(x)}</a></li>' for i, x in enumerate([c['also_link']] + c['rel_items']))}</ul></div>
<p class="editor">{E(c['read'])}</p><p class="statement">{E(c['copyright'])}</p></div>
<div class="keywords">{E(c['tags'])}：{''.join(f'<a href="/k{i}">{E(x)}</a> ' for i, x in enumerate(c['tag_items']))}</div>
<div class="comment-area"><h3>{E(c['comments_h'])} <span>{E(c['comments'])}</span></h3><textarea></textarea><p>{E(c['login'])}</p></div></div>
<div class="right">{rail(d, c)}<div class="subscribe"><h3>{E(c['nl_t'])}</h3><p>{E(c['nl_p'])}</p></div></div></div>{foot(d, c)}</body>"""
    save(pid, lang, d, f"https://{pid}.example/a/{d['date'].replace('-', '')}/{pid}.shtml", body, b[:3] + [d['sub']] + b[3:])

def t_br(lang, d, pid):
    """Text with <br><br> between paragraphs (Korean / Japanese / some portals), photo table with credit, reporter line and copyright in the body."""
    c = d['ch']; b = d['paras']
    parts = "<br><br>".join(E(x) for x in b[:3]) + f"<br><br><b>{E(d['sub'])}</b><br><br>" + "<br><br>".join(E(x) for x in b[3:])
    body = f"""<body>{nav(d, c)}<div id="container"><div class="article-head"><h1 class="headline">{E(d['title'])}</h1>
<ul class="infomation"><li><i class="icon-user"></i> {E(d['author'])} {E(c['by'])}</li><li>{E(c['ptime'])}</li><li class="comment-count">{E(c['comments'])}</li></ul>
<div class="util"><a href="#">{E(c['share'])}</a> <a href="#">{E(c['read'])}</a></div></div>
<div id="article-view-content-div" itemprop="articleBody"><figure class="photo-layout"><img src="/k.jpg"><figcaption>{E(c['caption'])} {E(c['photo'])}</figcaption></figure>
{parts}<br><br><div class="ad-template"><span class="ad-label">{E(c['ad'])}</span></div>
<div class="view-copyright">{E(d['author'])} {E(c['by'])}<br>{E(c['copyright'])}</div></div>
<div class="also-box"><h3>{E(c['also'])}</h3><ul>{''.join(f'<li><a href="/a{i}">{E(x)}</a></li>' for i, x in enumerate([c['also_link']] + c['rel_items']))}</ul></div>
<div class="view-tags">{E(c['tags'])} {' '.join('#' + E(x) for x in c['tag_items'])}</div>
<div class="reporter-box"><strong>{E(d['author'])}</strong><p>{E(c['bio'])}</p></div></div>{rail(d, c)}{foot(d, c)}{cookie(c)}</body>"""
    save(pid, lang, d, f"https://{pid}.example/news/articleView.html?idxno=1{len(PAGES)}", body, b[:3] + [d['sub']] + b[3:])


def t_hash(lang, d, pid):
    """Next.js-style page with hashed class names: chrome recognisable by its text only."""
    c = d['ch']; b = d['paras']
    k = iter(range(1000))
    def h(): return f"css-{next(k)*7919 % 99991:x}q"
    def hp(t): return f'<p class="{h()}">{E(t)}</p>'
    body = f"""<body><div id="__next"><div class="{h()}"><header class="{h()}"><a href="/" class="{h()}">{E(d['site'])}</a><div class="{h()}">{''.join(f'<a class="{h()}" href="/s{i}">{E(x)}</a>' for i, x in enumerate(c['nav']))}</div></header>
<main class="{h()}"><div class="{h()}"><div class="{h()}"><a href="/s1" class="{h()}">{E(c['nav'][1])}</a></div><h1 class="{h()}">{E(d['title'])}</h1>
<div class="{h()}"><div class="{h()}"><span class="{h()}">{E(c['by'])} </span><a class="{h()}" href="/p">{E(d['author'])}</a></div><div class="{h()}">{E(c['ptime'])}</div><div class="{h()}">{E(c['read'])}</div></div>
<div class="{h()}"><button class="{h()}">{E(c['share'])}</button><button class="{h()}">{E(c['comments'])}</button></div>
<div class="{h()}"><img src="/m.jpg" class="{h()}"><div class="{h()}"><span class="{h()}">{E(c['caption'])}</span> <span class="{h()}">{E(c['photo'])}</span></div></div>
<div class="{h()}">{hp(b[0])}{hp(b[1])}<div class="{h()}"><div class="{h()}">{E(c['ad'])}</div><div class="{h()}"></div></div>
{hp(b[2])}<p class="{h()}"><b>{E(c['also'])}</b> <a class="{h()}" href="/o">{E(c['also_link'])}</a></p>{hp(b[3])}
<h2 class="{h()}">{E(d['sub'])}</h2>{hp(b[4])}
<div class="{h()}"><p class="{h()}"><b>{E(c['nl_t'])}</b></p><p class="{h()}">{E(c['nl_p'])}</p><div class="{h()}"><input type="email" class="{h()}"><button class="{h()}">{E(c['nl_b'])}</button></div></div>
{''.join(hp(x) for x in b[5:])}</div>
<div class="{h()}"><span class="{h()}">{E(c['tags'])}:</span> {', '.join(f'<a class="{h()}" href="/t{i}">{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</div>
<div class="{h()}"><span class="{h()}">{E(c['share'])}</span>{''.join(f'<button class="{h()}">{E(x)}</button>' for x in c['share_items'])}</div>
<div class="{h()}"><img src="/au.jpg" class="{h()}"><div class="{h()}"><p class="{h()}"><b>{E(d['author'])}</b></p><p class="{h()}">{E(c['bio'])}</p></div></div>
<div class="{h()}"><h2 class="{h()}">{E(c['related'])}</h2>{''.join(f'<a class="{h()}" href="/r{i}"><div class="{h()}"><h3 class="{h()}">{E(x)}</h3></div></a>' for i, x in enumerate(c['rel_items']))}</div>
<div class="{h()}"><h2 class="{h()}">{E(c['comments_h'])}</h2><p class="{h()}">{E(c['login'])}</p></div></div></main>
<footer class="{h()}"><div class="{h()}">{''.join(f'<a class="{h()}" href="/f{i}">{E(x)}</a>' for i, x in enumerate(c['nav'][:4]))}</div><p class="{h()}">{E(c['copyright'])}</p></footer>
<div class="{h()}"><p class="{h()}">{E(c['cookie'])}</p><button class="{h()}">{E(c['cookie_b'])}</button></div></div></div></body>"""
    save(pid, lang, d, f"https://{pid}.example/{d['date'][:4]}/{pid}", body, b[:4] + [d['sub']] + b[4:])

PLAN = [(l, t) for l in os.environ.get("ONLY", "").split(",") if l for t in (t_wp, t_cms, t_portal, t_br, t_hash)] or [('de', t_wp), ('de', t_cms), ('fr', t_wp), ('fr', t_cms), ('es', t_cms), ('es', t_wp), ('it', t_wp), ('pt', t_cms), ('pt', t_wp),
        ('nl', t_cms), ('pl', t_wp), ('ru', t_portal), ('ru', t_cms), ('tr', t_cms), ('ar', t_wp), ('ar', t_portal), ('hi', t_cms),
        ('ja', t_br), ('ja', t_portal), ('zh', t_portal), ('zh', t_cms), ('ko', t_br), ('id', t_wp), ('id', t_portal)] + [(l, t_hash) for l in L]
for lang, t in PLAN:
    t(lang, L[lang], f"{lang}-{t.__name__[2:]}")
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
