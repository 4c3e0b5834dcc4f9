#!/usr/bin/env python3
"""Synthetic news briefs (all text invented): a story of 150-400 characters in 3-8 short paragraphs beside a
thread of readers' comments and a feed of teaser cards whose excerpts are as long as the story's paragraphs.
English and Japanese. Truth body = the brief's own text. Writes html/<id>.html.gz + ground-truth.json."""
import gzip, json, os, html as H
E = H.escape
OUT = os.environ.get("OUTDIR") or os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)
PAGES = {}

EN = {
 'site': "Harbor Town Daily", 'title': "Ferry timetable changes from Monday", 'author': "Nora Pell", 'date': "2026-03-14",
 'paras': ["The island ferry will run every forty minutes from Monday.",
           "The operator said the change follows a rise in winter traffic.",
           "The last boat now leaves the pier at half past ten.",
           "Season tickets bought before March stay valid.",
           "A full timetable is posted at the harbour office."],
 'by': "By", 'ptime': "2 hours ago", 'comments_h': "Comments (4)",
 'comments': [("gull_watch", "3 hours ago", "About time, the old gaps were far too long."),
              ("m.rowe", "2 hours ago", "Will the late boat also run on Sundays?"),
              ("pierside", "1 hour ago", "Good news for everyone who works in town."),
              ("anna_k", "45 minutes ago", "Hope they add bike racks on the new boats.")],
 'feed_h': "Latest news",
 'feed': [("Council approves new skate park", "The park on Mill Road will open in the spring, officials said.", "1 hour ago"),
          ("Bakery wins regional bread prize", "Judges praised its rye loaf and the seeded morning roll.", "3 hours ago"),
          ("Storm warning lifted for the coast", "Forecasters expect calmer seas and light rain by evening.", "5 hours ago"),
          ("Library extends weekend hours", "The main branch will now stay open until six on Saturdays.", "6 hours ago"),
          ("School choir heads to national final", "Forty pupils travel to the capital for the contest next week.", "8 hours ago")],
 'copyright': "© 2026 Harbor Town Daily. All rights reserved.", 'nav': ["Home", "Local", "Sport", "Weather", "Opinion"],
}
EN2 = dict(EN, title="Bridge repairs to close lane for two weeks", author="Sam Okafor", date="2026-04-02",
 paras=["One lane of the old river bridge will close from Tuesday.",
        "Crews will replace worn joints under the eastern span.",
        "Buses keep their routes but may run a few minutes late.",
        "Cyclists are asked to use the path on the north side."])
JA = {
 'site': "みなと新聞", 'title': "月曜からフェリーの時刻表が変わります", 'author': "山田花子", 'date': "2026-03-14",
 'paras': ["島へのフェリーは月曜から四十分ごとに運航します。",
           "運航会社によると、冬の利用者が増えたためです。",
           "最終便は午後十時半に桟橋を出ます。",
           "三月より前に買った定期券はそのまま使えます。",
           "新しい時刻表は港の案内所に掲示されています。"],
 'by': "記者", 'ptime': "2時間前", 'comments_h': "コメント（4件）",
 'comments': [("かもめ", "3時間前", "やっと便が増えますね。待ち時間が長すぎました。"),
              ("まさ", "2時間前", "最終便は日曜日も運航するのでしょうか。"),
              ("桟橋の人", "1時間前", "町で働く人にはうれしい知らせです。"),
              ("あんな", "45分前", "新しい船に自転車置き場もあるといいな。")],
 'feed_h': "最新ニュース",
 'feed': [("市議会、新しいスケート公園を承認", "公園は春に水車通りに開く予定だと市の担当者が話しました。", "1時間前"),
          ("町のパン屋が地域のコンテストで受賞", "審査員はライ麦パンと朝の種入りロールを高く評価しました。", "3時間前"),
          ("沿岸の暴風警報が解除される", "夕方までに海は落ち着き、小雨になる見込みだということです。", "5時間前"),
          ("図書館が週末の開館時間を延長", "中央館は土曜日も午後六時まで開くことになりました。", "6時間前"),
          ("小学校の合唱団が全国大会へ", "四十人の児童が来週のコンクールのため東京へ向かいます。", "8時間前")],
 'copyright': "© 2026 みなと新聞 無断転載禁止", 'nav': ["トップ", "地域", "スポーツ", "天気", "オピニオン"],
}
JA2 = dict(JA, title="橋の補修で二週間片側通行に", author="佐藤一郎", date="2026-04-02",
 paras=["古い川の橋は火曜日から片側の車線が閉鎖されます。",
        "作業員が東側の継ぎ目を取り替える工事です。",
        "バスの路線は変わりませんが、数分遅れることがあります。",
        "自転車は北側の歩道を使うよう呼びかけています。"])

def doc(lang, d, url, body):
    j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'], "datePublished": d['date'] + "T08:30:00+00:00",
         "author": [{"@type": "Person", "name": d['author']}], "publisher": {"@type": "Organization", "name": d['site']}}
    head = f'<meta property="og:title" content="{E(d["title"])}"><meta property="og:type" content="article"><meta property="og:site_name" content="{E(d["site"])}">'
    head += f'<link rel="canonical" href="{url}"><script type="application/ld+json">{json.dumps(j, ensure_ascii=False)}</script>'
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{E(d['title'])} | {E(d['site'])}</title>{head}</head>{body}</html>"""

def save(pid, lang, d, url, body):
    # mtime=0: the same page gives the same bytes at every run.
    with gzip.GzipFile(f"{OUT}/html/{pid}.html.gz", "wb", mtime=0) as f:
        f.write(doc(lang, d, url, body).encode("utf-8"))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(d['paras']), "title": d['title'], "author": d['author'], "published": d['date'], "page_type": "article"}

def t_hashed(lang, d, pid):
    """App page with hashed class names: the brief's paragraphs in one div, a comment thread (user, time, text per
    item) and a feed of teaser cards (linked title, excerpt as long as a paragraph, time) as siblings in its column."""
    n = iter(range(10000))
    def h():
        return "c" + format((next(n) + 11) * 48271 % 999983, 'x')
    roles = {}
    def r(role):
        return roles.setdefault(role, h())
    body = f"""<body><div id="app"><div class="{h()}"><div class="{h()}"><a class="{h()}" href="/">{E(d['site'])}</a>{''.join(f'<a class="{r("nav")}" href="/s{i}">{E(x)}</a>' for i, x in enumerate(d['nav']))}</div>
<div class="{h()}"><div class="{h()}"><h1 class="{h()}">{E(d['title'])}</h1><div class="{h()}"><span class="{h()}">{E(d['by'])} {E(d['author'])}</span> <span class="{h()}">{E(d['ptime'])}</span></div>
<div class="{h()}">{''.join(f'<p class="{r("para")}">{E(x)}</p>' for x in d['paras'])}</div>
<div class="{h()}"><div class="{h()}">{E(d['comments_h'])}</div>{''.join(f'<div class="{r("cmt")}"><span class="{r("cmtu")}">{E(u)}</span><span class="{r("cmtt")}">{E(t)}</span><p class="{r("cmtp")}">{E(x)}</p></div>' for u, t, x in d['comments'])}</div></div>
<div class="{h()}"><div class="{h()}">{E(d['feed_h'])}</div>{''.join(f'<div class="{r("card")}"><a class="{r("carda")}" href="/k{i}"><strong class="{r("cardt")}">{E(t)}</strong></a><p class="{r("cardp")}">{E(s)}</p><span class="{r("cardd")}">{E(w)}</span></div>' for i, (t, s, w) in enumerate(d['feed']))}</div></div>
<div class="{h()}"><p class="{h()}">{E(d['copyright'])}</p></div></div></div></body>"""
    save(pid, lang, d, f"https://{pid}.example/v/{d['date'].replace('-', '')}{len(PAGES)}", body)

def t_plain(lang, d, pid):
    """Plain markup with neutral class names: the brief in <div class="text">, then a list of comments and a list of
    teasers (linked title, excerpt) in the same column, no dates on the teasers."""
    body = f"""<body><header><a href="/" class="logo">{E(d['site'])}</a><nav>{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(d['nav']))}</nav></header>
<div class="page"><div class="col"><h1>{E(d['title'])}</h1><p class="info">{E(d['by'])} {E(d['author'])} · {E(d['ptime'])}</p>
<div class="text">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<div class="list"><h3>{E(d['comments_h'])}</h3><ul>{''.join(f'<li><b>{E(u)}</b> <i>{E(t)}</i><p>{E(x)}</p></li>' for u, t, x in d['comments'])}</ul></div>
<div class="list"><h3>{E(d['feed_h'])}</h3>{''.join(f'<div class="item"><h4><a href="/k{i}">{E(t)}</a></h4><p>{E(s)}</p></div>' for i, (t, s, w) in enumerate(d['feed']))}</div></div></div>
<footer><p>{E(d['copyright'])}</p></footer></body>"""
    save(pid, lang, d, f"https://{pid}.example/news/{pid}.html", body)

def t_stream(lang, d, pid):
    """Story and feed items in one column wrapper, each item in a wrapper of its own (the story's too): the
    brief's block, then the comment block, then five teaser blocks with a time each."""
    body = f"""<body><div class="top">{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(d['nav']))}</div>
<div class="main"><div class="box"><h1>{E(d['title'])}</h1><div class="meta">{E(d['author'])} {E(d['by'])} | {E(d['ptime'])}</div>
<div class="inner">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div></div>
<div class="box"><h3>{E(d['comments_h'])}</h3>{''.join(f'<div class="row"><span>{E(u)}</span> <span>{E(t)}</span><div>{E(x)}</div></div>' for u, t, x in d['comments'])}</div>
{''.join(f'<div class="box"><a href="/k{i}">{E(t)}</a><div>{E(s)}</div><span>{E(w)}</span></div>' for i, (t, s, w) in enumerate(d['feed']))}</div>
<div class="bottom">{E(d['copyright'])}</div></body>"""
    save(pid, lang, d, f"https://{pid}.example/n/{pid}-{len(PAGES)}", body)

for pid, lang, d, t in [("en-hashed", "en", EN, t_hashed), ("ja-hashed", "ja", JA, t_hashed), ("en-plain", "en", EN2, t_plain),
                        ("ja-plain", "ja", JA2, t_plain), ("en-stream", "en", EN2, t_stream), ("ja-stream", "ja", JA, t_stream)]:
    t(lang, d, pid)
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
