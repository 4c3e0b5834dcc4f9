#!/usr/bin/env python3
"""Synthetic non-English news pages, second set (all text invented, see langs2.py): hashed CSS-module class names,
short CJK paragraphs, and tail chrome in the page's own language (read-also lines and lists, newsletter boxes without
a form, author bio boxes, tags lines, comment headers). Writes html/<id>.html.gz + ground-truth.json."""
import gzip, json, os, html as H
from langs2 import L
E = H.escape
OUT = os.environ.get("OUTDIR") or os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)
PAGES = {}

def doc(lang, d, url, body, ld=True):
    head = f'<meta property="og:title" content="{E(d["title"])}"><meta property="og:type" content="article"><meta property="og:site_name" content="{E(d["site"])}">'
    head += f'<meta property="article:published_time" content="{d["date"]}T10:05:00+09:00"><link rel="canonical" href="{url}">'
    if ld:
        j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'], "datePublished": d['date'] + "T10:05:00+09:00",
             "author": [{"@type": "Person", "name": d['author']}], "publisher": {"@type": "Organization", "name": d['site']}}
        head += f'<script type="application/ld+json">{json.dumps(j, ensure_ascii=False)}</script>'
    else:
        head += f'<meta name="author" content="{E(d["author"])}">'
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{E(d['title'])} | {E(d['site'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>{body}</html>"""

def save(pid, lang, d, url, body, truth, ld=True):
    # mtime=0: the same page gives the same bytes at every run.
    with gzip.GzipFile(f"{OUT}/html/{pid}.html.gz", "wb", mtime=0) as f:
        f.write(doc(lang, d, url, body, ld).encode("utf-8"))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth), "title": d['title'], "author": d['author'], "published": d['date'], "page_type": "article"}

def P(t, cls=""):
    return f'<p{cls}>{E(t)}</p>'

def t_module(lang, d, pid):
    """CSS-module page with meaningless hashed class names everywhere; the read-also line sits in the body, the
    newsletter box (no form), tags, author bio, read-also list and comment header follow it in the article column;
    a most-read rail and a grid of teaser cards with one-line summaries compete with the short paragraphs."""
    c = d['ch']; b = d['paras']
    n = iter(range(10000))
    def h():
        i = next(n) * 2654435761 % 4294967291
        s = "abcdefghijklmnopqrstuvwxyz0123456789"
        out = ""
        for _ in range(6):
            out += s[i % 36]; i //= 36
        return out if out[0].isalpha() else "k" + out[1:]
    # A CSS module hashes each component's class once: repeated parts (paragraphs, list items,
    # cards) share theirs.
    roles = {}
    def r(role):
        return roles.setdefault(role, h())
    def hp(t): return f'<p class="{r("para")}">{E(t)}</p>'
    mid = len(b) // 2
    body = f"""<body><div id="root"><div class="{h()}"><header class="{h()}"><div class="{h()}"><a href="/" class="{h()}">{E(d['site'])}</a></div>
<nav class="{h()}"><ul class="{h()}">{''.join(f'<li class="{r("navli")}"><a class="{r("nava")}" href="/s{i}">{E(x)}</a></li>' for i, x in enumerate(c['nav']))}</ul></nav></header>
<div class="{h()}"><div class="{h()}"><div class="{h()}"><a class="{h()}" href="/s0">{E(c['nav'][1])}</a></div>
<h1 class="{h()}">{E(d['title'])}</h1><div class="{h()}"><span class="{h()}">{E(d['author'])} {E(c['by'])}</span><span class="{h()}">{E(c['ptime'])}</span></div>
<div class="{h()}"><img class="{h()}" src="/p.jpg" alt=""></div>
<div class="{h()}">{''.join(hp(x) for x in b[:mid])}<p class="{h()}"><span class="{h()}">{E(c['also'])}</span> <a class="{h()}" href="/ra">{E(c['also_link'])}</a></p>
<h2 class="{h()}">{E(d['sub'])}</h2>{''.join(hp(x) for x in b[mid:])}</div>
<div class="{h()}"><strong class="{h()}">{E(c['nl_t'])}</strong><p class="{h()}">{E(c['nl_p'])}</p><a class="{h()}" href="/newsletter">{E(c['nl_b'])}</a></div>
<div class="{h()}"><span class="{h()}">{E(c['tags'])}</span>{''.join(f'<a class="{r("tag")}" href="/t{i}">#{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</div>
<div class="{h()}"><img class="{h()}" src="/au.jpg" alt=""><div class="{h()}"><strong class="{h()}">{E(d['author'])}</strong><p class="{h()}">{E(c['bio'])}</p></div></div>
<div class="{h()}"><h3 class="{h()}">{E(c['also'])}</h3><ul class="{h()}">{''.join(f'<li class="{r("relli")}"><a class="{r("rela")}" href="/r{i}">{E(x)}</a></li>' for i, x in enumerate([c['also_link']] + c['rel_items']))}</ul></div>
<div class="{h()}"><h3 class="{h()}">{E(c['comments_h'])}</h3><a class="{h()}" href="/c">{E(c['comments_cta'])}</a></div></div>
<aside class="{h()}"><h3 class="{h()}">{E(c['related'])}</h3><ol class="{h()}">{''.join(f'<li class="{r("trli")}"><a class="{r("tra")}" href="/m{i}">{E(x)}</a></li>' for i, x in enumerate(c['trend']))}</ol></aside></div>
<div class="{h()}">{''.join(f'<div class="{r("card")}"><a class="{r("carda")}" href="/k{i}"><img class="{r("cardimg")}" src="/k{i}.jpg" alt=""><h3 class="{r("cardh")}">{E(t)}</h3><p class="{r("cardp")}">{E(s)}</p></a></div>' for i, (t, s) in enumerate(c['cards']))}</div>
<footer class="{h()}"><ul class="{h()}">{''.join(f'<li class="{r("footli")}"><a class="{r("foota")}" href="/f{i}">{E(x)}</a></li>' for i, x in enumerate(c['nav'][:4]))}</ul><p class="{h()}">{E(c['copyright'])}</p></footer></div></div></body>"""
    save(pid, lang, d, f"https://{pid}.example/article/{d['date'].replace('-', '')}{len(PAGES)}", body, b[:mid] + [d['sub']] + b[mid:])

def t_box(lang, d, pid):
    """Plain CMS article: all tail chrome sits inside the body container in neutral boxes (class="box"): a
    read-also list, a newsletter box without a form, the author's bio under a label, a tags line and a comment
    header with its call; a read-also line mid-body."""
    c = d['ch']; b = d['paras']
    mid = len(b) // 2
    body = f"""<body><header class="masthead"><a href="/" class="brand">{E(d['site'])}</a><nav><ul>{''.join(f'<li><a href="/s{i}">{E(x)}</a></li>' for i, x in enumerate(c['nav']))}</ul></nav></header>
<main><article><h1>{E(d['title'])}</h1><p class="byline">{E(c['by'])} {E(d['author'])} · {E(c['ptime'])}</p>
<div class="content">{''.join(P(x) for x in b[:mid])}<p><strong>{E(c['also'])}</strong> <a href="/ra">{E(c['also_link'])}</a></p>
<h2>{E(d['sub'])}</h2>{''.join(P(x) for x in b[mid:])}
<div class="box"><h3>{E(c['also'])}</h3><ul>{''.join(f'<li><a href="/r{i}">{E(x)}</a></li>' for i, x in enumerate(c['rel_items']))}</ul></div>
<div class="box"><h3>{E(c['nl_t'])}</h3><p>{E(c['nl_p'])}</p><p><a class="button" href="/nl">{E(c['nl_b'])}</a></p></div>
<div class="box"><h4>{E(c['bio_label'])}</h4><p>{E(c['bio'])}</p></div>
<p>{E(c['tags'])}: {', '.join(f'<a href="/t{i}">{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</p>
<h3>{E(c['comments_h'])}</h3><p><a href="/c">{E(c['comments_cta'])}</a></p></div></article>
<aside><h3>{E(c['related'])}</h3><ol>{''.join(f'<li><a href="/m{i}">{E(x)}</a></li>' for i, x in enumerate(c['trend']))}</ol></aside></main>
<footer><p>{E(c['copyright'])}</p></footer></body>"""
    save(pid, lang, d, f"https://{pid}.example/{d['date'][:4]}/{d['date'][5:7]}/{pid}.html", body, b[:mid] + [d['sub']] + b[mid:], ld=False)

def t_br(lang, d, pid):
    """Portal body of <br><br>-separated text with the tail chrome as lines in the same container: read-also
    lines, the newsletter call, the bio, the tags line."""
    c = d['ch']; b = d['paras']
    mid = len(b) // 2
    text = "<br><br>".join(E(x) for x in b[:mid]) + f"<br><br><b>{E(d['sub'])}</b><br><br>" + "<br><br>".join(E(x) for x in b[mid:])
    tail = f"<br><br>{E(c['also'])}<br>" + "<br>".join(f'<a href="/r{i}">▶ {E(x)}</a>' for i, x in enumerate([c['also_link']] + c['rel_items']))
    tail += f"<br><br><b>{E(c['nl_t'])}</b> {E(c['nl_p'])} <a href='/nl'>{E(c['nl_b'])}</a>"
    tail += f"<br><br>{E(c['bio'])}<br><br>{E(c['tags'])}: " + " ".join(f'<a href="/t{i}">#{E(x)}</a>' for i, x in enumerate(c['tag_items']))
    body = f"""<body><div id="wrap"><div id="gnb">{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(c['nav']))}</div>
<div id="contents"><div class="view_head"><h1>{E(d['title'])}</h1><div class="info">{E(d['author'])} {E(c['by'])} | {E(c['ptime'])}</div></div>
<div id="articleBody" class="view_con">{text}{tail}</div>
<div class="cmt"><h3>{E(c['comments_h'])}</h3><a href="/c">{E(c['comments_cta'])}</a></div></div>
<div id="aside"><h3>{E(c['related'])}</h3><ol>{''.join(f'<li><a href="/m{i}">{E(x)}</a></li>' for i, x in enumerate(c['trend']))}</ol></div>
<div id="footer">{E(c['copyright'])}</div></div></body>"""
    save(pid, lang, d, f"https://{pid}.example/news/view.php?no=2{len(PAGES)}", body, b[:mid] + [d['sub']] + b[mid:])

# Readers' comments per language (invented), for the pages that show a comment thread.
CMTS = {
 'ko': ["좋은 소식이네요 빨리 완공되면 좋겠습니다", "주차 공간도 함께 늘려 주세요", "아이들과 꼭 가 보고 싶어요"],
 'ja': ["いいニュースですね。早く完成してほしい", "駐車場も増やしてほしいです", "子どもと一緒に行ってみたい"],
 'zh': ["好消息，希望早日建成", "希望停车位也能增加", "一定带孩子去看看"],
 'de': ["Endlich passiert da etwas", "Hoffentlich bleibt es diesmal beim Termin", "Schade für die Kinder in den Ferien"],
 'fr': ["Enfin une bonne nouvelle", "Il était temps", "Et pour les parkings, rien de prévu ?"],
 'es': ["Por fin una buena noticia", "Ya era hora", "¿Y el aparcamiento para cuándo?"],
 'pt': ["Finalmente uma boa notícia", "Já estava na hora", "E o estacionamento, quando sai?"],
 'it': ["Finalmente una buona notizia", "Era ora", "E i parcheggi quando arrivano?"],
 'ru': ["Наконец-то хорошая новость", "Давно пора", "А парковку когда сделают?"],
}

def t_feed(lang, d, pid):
    """App-style page with hashed class names and a long feed around a story of short paragraphs: a labelled
    author bio after the body, a comment thread with its count, then a feed of teaser cards with a summary
    line each."""
    c = d['ch']; b = d['paras']
    n = iter(range(10000))
    def h():
        i = (next(n) + 7) * 40503 % 1000003
        return "x" + format(i, 'x')
    roles = {}
    def r(role):
        return roles.setdefault(role, h())
    def hp(t): return f'<p class="{r("para")}">{E(t)}</p>'
    feed = [(t, s) for t, s in c['cards']] + [(t, c['cards'][i % 3][1]) for i, t in enumerate(c['trend'])]
    body = f"""<body><div id="app"><div class="{h()}"><div class="{h()}"><a class="{h()}" href="/">{E(d['site'])}</a>{''.join(f'<a class="{r("nava")}" href="/s{i}">{E(x)}</a>' for i, x in enumerate(c['nav']))}</div>
<div class="{h()}"><div class="{h()}"><h1 class="{h()}">{E(d['title'])}</h1><div class="{h()}"><span class="{h()}">{E(d['author'])} {E(c['by'])}</span> <span class="{h()}">{E(c['ptime'])}</span></div>
<div class="{h()}">{''.join(hp(x) for x in b[:3])}<div class="{h()}"><img class="{h()}" src="/f.jpg" alt=""></div>{hp(d['sub'])}{''.join(hp(x) for x in b[3:])}</div>
<div class="{h()}"><div class="{h()}">{E(c['bio_label'])}</div><div class="{h()}"><img class="{h()}" src="/a.jpg" alt=""><p class="{h()}">{E(c['bio'])}</p></div></div>
<div class="{h()}"><div class="{h()}">{E(c['comments_h'])}</div>{''.join(f'<div class="{r("cmt")}"><span class="{r("cmtu")}">user{i}</span><p class="{r("cmtp")}">{E(x)}</p></div>' for i, x in enumerate(CMTS[lang]))}</div></div>
<div class="{h()}">{''.join(f'<div class="{r("card")}"><a class="{r("carda")}" href="/k{i}"><strong class="{r("cardt")}">{E(t)}</strong></a><p class="{r("cardp")}">{E(s)}</p></div>' for i, (t, s) in enumerate(feed))}</div></div>
<div class="{h()}"><p class="{h()}">{E(c['copyright'])}</p></div></div></div></body>"""
    save(pid, lang, d, f"https://{pid}.example/v/{d['date'].replace('-', '')}{len(PAGES)}", body, b[:3] + [d['sub']] + b[3:])

def t_bio(lang, d, pid):
    """Plain article whose body container ends with the author's bio in a box of its own, no label, then a
    tags line."""
    c = d['ch']; b = d['paras']
    body = f"""<body><nav class="top">{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(c['nav']))}</nav>
<div class="wrap"><article class="story"><h1>{E(d['title'])}</h1><div class="meta">{E(c['by'])} <a href="/au">{E(d['author'])}</a> · {E(c['ptime'])}</div>
<div class="story-text">{''.join(P(x) for x in b[:4])}<h2>{E(d['sub'])}</h2>{''.join(P(x) for x in b[4:])}
<div class="box"><img src="/a.jpg" alt=""><p>{E(c['bio'])}</p></div></div>
<p class="kw">{E(c['tags'])}: {' · '.join(f'<a href="/t{i}">{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</p></article>
<aside><h3>{E(c['related'])}</h3><ul>{''.join(f'<li><a href="/m{i}">{E(x)}</a></li>' for i, x in enumerate(c['trend']))}</ul></aside></div>
<footer>{E(c['copyright'])}</footer></body>"""
    save(pid, lang, d, f"https://{pid}.example/story/{pid}-{len(PAGES)}", body, b[:4] + [d['sub']] + b[4:])

def t_tail(lang, d, pid):
    """Story whose body container ends with a tags line, a comment header with its count and a call to comment,
    all as plain paragraphs; a read-also line with its link sits between two paragraphs."""
    c = d['ch']; b = d['paras']
    body = f"""<body><div class="topnav">{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(c['nav']))}</div>
<div class="container"><h1 class="title">{E(d['title'])}</h1><p class="author">{E(d['author'])} {E(c['by'])} | {E(c['ptime'])}</p>
<div class="body">{P(b[0])}{P(b[1])}<p>{E(c['also'])} <a href="/ra">{E(c['also_link'])}</a></p>{''.join(P(x) for x in b[2:5])}<p><b>{E(d['sub'])}</b></p>{''.join(P(x) for x in b[5:])}
<p>{E(c['tags'])}: {', '.join(f'<a href="/t{i}">{E(x)}</a>' for i, x in enumerate(c['tag_items']))}</p>
<p><span>{E(c['comments_h'])}</span></p><p><a href="/c">{E(c['comments_cta'])}</a></p></div>
<div class="side"><h3>{E(c['related'])}</h3><ul>{''.join(f'<li><a href="/m{i}">{E(x)}</a></li>' for i, x in enumerate(c['trend']))}</ul></div></div>
<div class="foot">{E(c['copyright'])}</div></body>"""
    save(pid, lang, d, f"https://{pid}.example/n/{pid}-{len(PAGES)}.html", body, b[:5] + [d['sub']] + b[5:])

PLAN = [(l, t) for l in L for t in (t_module, t_box)] + [(l, t_br) for l in ('ko', 'ja', 'zh', 'de')] + [(l, t) for l in L for t in (t_feed, t_bio, t_tail)]
for lang, t in PLAN:
    t(lang, L[lang], f"{lang}-{t.__name__[2:]}")
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
