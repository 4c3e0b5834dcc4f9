# Pages s16-s30: news sites in seven other languages with their own chrome words, paginated
# stories, an AMP page, a print version, and stories with inline ad slots, a poll, a recipe card
# and audio players. Executed by gen.py (shares its names).

LANG_PAGES = [
    # id, lang, site, title, author, date, url, chrome words
    ("s16", "ja", "北浜新報", "北浜市民会館の建て替え計画を承認　総事業費42億円", "田村 咲", "2025-02-10T19:30:00+09:00",
     "https://www.kitahama-shinpo.example/articles/20250210/k00m040123000c",
     dict(nav=("ニュース", "政治", "経済", "国際", "スポーツ", "地域"), ad="広告", related="関連記事", share="シェア", rank="アクセスランキング",
          readmore="あわせて読みたい", tags="キーワード", copyright="無断転載・複製を禁じます", comment="コメント", byline="記者", follow="フォローする")),
    ("s17", "ko", "남포일보", "남포시, 시내버스 노선 23개 다음 달 전면 개편", "김서연", "2025-03-12T10:05:00+09:00",
     "https://www.nampo-ilbo.example/news/articleView.html?idxno=301245",
     dict(nav=("정치", "경제", "사회", "국제", "스포츠", "오피니언"), ad="광고", related="관련기사", share="공유하기", rank="많이 본 뉴스",
          readmore="함께 보면 좋은 기사", tags="태그", copyright="저작권자 © 남포일보 무단전재 및 재배포 금지", comment="댓글", byline="기자", follow="구독")),
    ("s18", "ar", "صحيفة الواحة", "بلدية الواحة الجديدة تعلن خطة لإعادة تأهيل السوق القديم", "ليلى منصور", "2025-04-06T12:00:00+03:00",
     "https://www.alwaha-news.example/local/2025/04/06/old-market-plan",
     dict(nav=("الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "منوعات"), ad="إعلان", related="أخبار ذات صلة", share="شارك", rank="الأكثر قراءة",
          readmore="اقرأ أيضاً", tags="الكلمات المفتاحية", copyright="جميع الحقوق محفوظة", comment="التعليقات", byline="بقلم", follow="تابعنا")),
    ("s19", "pt", "Jornal da Serra", "Mercado municipal de Vila Serena reabre após dois anos de reforma", "Camila Albuquerque", "2025-05-05T08:40:00-03:00",
     "https://www.jornaldaserra.example/cidades/2025/05/mercado-municipal-reabre.html",
     dict(nav=("Cidades", "Política", "Economia", "Esportes", "Cultura", "Opinião"), ad="Publicidade", related="Leia também", share="Compartilhe", rank="Mais lidas",
          readmore="Veja também", tags="Tópicos", copyright="Todos os direitos reservados", comment="Comentários", byline="Por", follow="Siga")),
    ("s20", "it", "La Gazzetta del Lentisco", "Borgo Lentisco, approvato il nuovo piano per la raccolta differenziata", "Giorgio Santangelo", "2025-06-19T21:15:00+02:00",
     "https://www.gazzettalentisco.example/cronaca/2025/06/19/raccolta-differenziata-piano",
     dict(nav=("Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli"), ad="Pubblicità", related="Articoli correlati", share="Condividi", rank="I più letti",
          readmore="Leggi anche", tags="Argomenti", copyright="Riproduzione riservata", comment="Commenti", byline="di", follow="Segui")),
    ("s21", "nl", "Kustbode", "Oude watertoren aan de Dijkweg wordt appartementencomplex", "Femke de Waard", "2025-09-23T22:05:00+02:00",
     "https://www.kustbode.example/regio/oude-watertoren-dijkweg-wordt-appartementen~a9e41c/",
     dict(nav=("Nieuws", "Regio", "Sport", "Economie", "Cultuur", "Podcasts"), ad="Advertentie", related="Lees ook", share="Delen", rank="Meest gelezen",
          readmore="Lees meer", tags="Onderwerpen", copyright="Alle rechten voorbehouden", comment="Reacties", byline="Door", follow="Volg")),
    ("s22", "pl", "Gazeta Nadbrzeżna", "Nowy Brzeg zbuduje nową pływalnię. Koszt: 46 mln zł", "Agnieszka Lewandowicz", "2025-10-14T18:20:00+02:00",
     "https://www.gazetanadbrzezna.example/wiadomosci/nowy-brzeg-plywalnia,a,1204512",
     dict(nav=("Wiadomości", "Kraj", "Świat", "Biznes", "Sport", "Kultura"), ad="Reklama", related="Czytaj także", share="Udostępnij", rank="Najczęściej czytane",
          readmore="Zobacz też", tags="Tematy", copyright="Wszelkie prawa zastrzeżone", comment="Komentarze", byline="Autor:", follow="Obserwuj")),
]
FOREIGN_CAPTIONS = {
    "ja": "建て替えが決まった北浜市民会館（北浜新報撮影）", "ko": "남포시 시내버스 차고지 모습. 남포일보 자료사진",
    "ar": "السوق القديم في مدينة الواحة الجديدة (صحيفة الواحة)", "pt": "Fachada do mercado municipal de Vila Serena. Foto: Divulgação",
    "it": "Cassonetti in una via del centro di Borgo Lentisco (foto archivio)", "nl": "De watertoren aan de Dijkweg. Foto Kustbode",
    "pl": "Obecna pływalnia przy ulicy Lipowej. Fot. archiwum",
}
FOREIGN_TEASERS = {
    "ja": ["港湾の再開発で説明会　住民から質問相次ぐ", "北浜駅前に新しい保育所　来春開園へ", "市営プールの利用時間を延長"],
    "ko": ["남포항 여객터미널 새 단장 마쳐", "시립도서관 야간 개방 확대", "구도심 주차장 유료화 논란"],
    "ar": ["افتتاح حديقة عامة جديدة في الحي الشمالي", "ارتفاع أسعار الخضار في الأسواق المحلية", "تمديد ساعات عمل المكتبة البلدية"],
    "pt": ["Prefeitura anuncia nova linha de ônibus para a zona norte", "Festival de inverno terá programação gratuita", "Obras na avenida central entram na fase final"],
    "it": ["Nuova pista ciclabile lungo il fiume", "Chiusa per lavori la scuola di via Roma", "Mercato contadino torna in piazza"],
    "nl": ["Nieuwe fietsbrug over het kanaal open", "Bibliotheek gaat ook op zondag open", "Strandpaviljoen mag blijven staan"],
    "pl": ["Nowa linia autobusowa na osiedle Zielone", "Remont mostu potrwa do jesieni", "Biblioteka wydłuża godziny otwarcia"],
}
for i, (pid, lang, site, t, a, d, url, w) in enumerate(LANG_PAGES):
    r = random.Random(100 + i)
    b = FOREIGN[lang]
    tease = FOREIGN_TEASERS[lang]
    rtl = ' dir="rtl"' if lang == "ar" else ""
    readalso = f'<div class="inline-related"><span>{E(w["readmore"])}</span> <a href="/a/{r.randint(1000, 9999)}">{E(tease[0])}</a></div>'
    adslot = f'<div class="ad ad-inread"><span class="ad-label">{E(w["ad"])}</span><div id="ad-{pid}"></div></div>'
    byline = f'{E(w["byline"])} {E(a)}' if lang not in ("ja", "ko") else f'{E(a)} {E(w["byline"])}'
    rank = "".join(f'<li><a href="/a/{j}">{E(x)}</a></li>' for j, x in enumerate(tease))
    main = f'''<article class="article-detail"><nav class="breadcrumb"><a href="/">{E(w["nav"][0])}</a> &gt; <a href="/l">{E(w["nav"][1])}</a></nav>
<h1 class="article-title">{E(t)}</h1><div class="article-info"><span class="writer">{byline}</span><time datetime="{d}">{d[:10].replace("-", ".")} {d[11:16]}</time><button class="follow-btn">{E(w["follow"])}</button></div>
<div class="share-box"><span>{E(w["share"])}</span><a>Facebook</a><a>X</a><a>LINE</a></div>
<figure class="photo"><img src="/img/{pid}.jpg" alt=""><figcaption>{E(FOREIGN_CAPTIONS[lang])}</figcaption></figure>
<div class="article-body" itemprop="articleBody">{ps(b[:3])}{adslot}{readalso}{ps(b[3:])}</div>
<p class="copyright-line">&copy; {E(site)} {E(w["copyright"])}</p>
<div class="article-tags"><strong>{E(w["tags"])}</strong>{"".join(f"<a>#{E(x)}</a>" for x in w["nav"][:3])}</div>
<section class="related"><h2>{E(w["related"])}</h2><ul>{rank}</ul></section>
<section class="comments"><h2>{E(w["comment"])} (0)</h2></section></article>'''
    aside = f'<section class="ranking"><h2>{E(w["rank"])}</h2><ol>{rank}</ol></section>'
    body = f'''<body{rtl}>{consent(site, ("Cookies", "OK", "No", "Options"))}<header class="gnb"><a class="logo" href="/">{E(site)}</a>{nav(w["nav"])}</header>
<div class="container"><main>{main}</main><aside>{aside}</aside></div>{footer(site, w["nav"], w["copyright"])}</body>'''
    add(pid, url, head(t, site, d, a, [a]), body, b, t, a, d, lang=lang, html_attr=rtl)

# s23 paginated story, page 1 of 2: "Page 1 of 2" counter and "Next page" links above and below (left out).
r = random.Random(23)
site, t, a, d = "The Ashby Observer", "Inside the long fight to save the Ashby credit union", "Rowan Pritchard", "2025-02-27T05:00:00Z"
b = story(31, 9)
pager = '<div class="pagination"><span class="page-count">Page 1 of 2</span><a class="next" rel="next" href="?page=2">Next page &raquo;</a></div>'
main = f'''<article class="story"><h1>{E(t)}</h1><p class="byline">By {a} · February 27, 2025</p>{pager}
<div class="story-text">{ps(b[:4])}<h2>A board divided</h2>{ps(b[4:])}</div>
<div class="pager-bottom"><span>1</span><a href="?page=2">2</a><a rel="next" href="?page=2">Continue to page 2 &rsaquo;</a></div></article>'''
add("s23", "https://www.ashbyobserver.example/features/save-ashby-credit-union", head(t, site, d, a, [a]), shell(site, main, EN_SECTIONS),
    b[:4] + ["A board divided"] + b[4:], t, a, d)

# s24 paginated story, a numbered pager ("1 2 3 Next") and "Story continues on next page".
r = random.Random(24)
site, t, a, d = "Harbour Times Online", "How Tolland Bay lost its ferry, in three acts", "Imogen Blythe", "2025-08-08T06:30:00+01:00"
b = story(32, 7)
main = f'''<div class="art-main"><h1 class="art-title">{E(t)}</h1><div class="art-auth">{a}</div><div class="art-date">Friday 8 August 2025 06:30</div>
<div class="art-text">{ps(b)}<p class="cont-next"><a href="/p2">Story continues on next page</a></p></div>
<ul class="pager"><li class="active">1</li><li><a>2</a></li><li><a>3</a></li><li><a rel="next">Next</a></li></ul></div>'''
add("s24", "https://www.harbourtimes.example/news/how-tolland-bay-lost-its-ferry", head(t, site, d, a, None), shell(site, main, EN_SECTIONS), b, t, a, d, lang="en-GB")

# s25 AMP page: amp-img, amp-ad with "Advertisement", amp-social-share, amp-sidebar menu, amp-carousel related.
r = random.Random(25)
site, t, a, d = "Coastal Daily", "Volunteers step in as Cobham Row library loses half its staff", "Theo Ransome", "2025-07-07T12:00:00Z"
b = story(33, 8)
amphead = '<script async src="https://cdn.ampproject.example/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.a{color:#000}</style>'
main = f'''<article class="amp-article"><h1 class="amp-title">{E(t)}</h1><div class="amp-byline">By <span class="amp-author">{a}</span> <time datetime="{d}">July 7, 2025</time></div>
<amp-img src="/img/lib.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><p class="amp-caption">{E(caption(r))}. (Coastal Daily)</p>
<div class="amp-social"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share></div>
<div class="amp-body">{ps(b[:3])}<div class="amp-ad-wrap"><span>Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad></div>{ps(b[3:])}</div>
<amp-carousel type="carousel" height="200" layout="fixed-height">{"".join(f'<div class="slide"><a href="/n/{j}">{E(headline(r))}</a></div>' for j in range(4))}</amp-carousel></article>'''
body = f'''<body><amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav(EN_SECTIONS)}</amp-sidebar><header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">{site}</a></header>
<main>{main}</main><amp-analytics type="gtag"><script type="application/json">{{"vars":{{"id":"G-1"}}}}</script></amp-analytics>{footer(site)}</body>'''
add("s25", "https://www.coastaldaily.example/amp/news/cobham-row-library-volunteers", head(t, site, d, a, [a], extra=amphead), body, b, t, a, d, html_attr=" amp")

# s26 print version: logo, "Print this page" / "Close window", story, printed URL and copyright.
r = random.Random(26)
site, t, a, d = "Northern Evening Post", "Glenmarrow fire service to close two stations at night", "Callum Ritchie", "2025-01-30T17:20:00Z"
b = story(34, 8)
body = f'''<body class="print-view"><div class="print-header"><img src="/logo-print.png" alt="{site}"><div class="print-tools"><a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div></div>
<div class="print-article"><h1>{E(t)}</h1><p class="print-byline">By {a}, Chief Reporter</p><p class="print-date">Thursday, January 30, 2025, 5:20 pm</p>
{ps(b)}</div><div class="print-footer"><p>URL: https://www.northerneveningpost.example/news/glenmarrow-fire-stations-night</p><p>&copy; 2025 Northern Evening Post. All rights reserved.</p></div></body>'''
add("s26", "https://www.northerneveningpost.example/news/glenmarrow-fire-stations-night/print", head(t, site, d, a, None), body, b, t, a, d)

# s27 story cut by many inline ad slots with continue labels ("ADVERTISEMENT", "Article continues
# below", "Content continues below"), plus an in-text "SPONSORED" native card.
r = random.Random(27)
site, t, a, d = "Capital Region Gazette", "State auditor finds years of missed checks at Pellory depot", "Helena Marchetti", "2025-11-12T14:00:00-05:00"
b = story(35, 12)
labels = ["ADVERTISEMENT", "Article continues below", "Content continues below", "ADVERTISEMENT"]
chunks = []
for j, lab in enumerate(labels):
    chunks.append(ps(b[j * 3:(j + 1) * 3]))
    if j < 3:
        chunks.append(f'<div class="inline-ad"><p class="ad-text">{lab}</p><div class="ad-unit" id="ad-{j}"></div></div>')
    if j == 1:
        chunks.append(f'<div class="native-card sponsored"><span>SPONSORED</span><a href="https://ads.example/c">{E("Homeowners are switching to this clever roof coating")}</a><span>Brightseal</span></div>')
main = f'''<article><div class="headline-wrap"><h1>{E(t)}</h1><div class="meta"><span class="by">By <a>{a}</a></span><span class="pub">Published November 12, 2025 2:00 p.m. ET</span></div></div>
<div class="art-body">{"".join(chunks)}</div><div class="tags">Filed under: <a>Audit</a> <a>Pellory</a></div></article>'''
add("s27", "https://www.capitalregiongazette.example/news/2025/11/12/auditor-pellory-depot-missed-checks/", head(t, site, d, a, [a]),
    shell(site, main, EN_SECTIONS, teaser_list(r, "Popular", 5)), b, t, a, d)

# s28 story with an embedded reader poll (question, options, vote button, vote count; left out).
r = random.Random(28)
site, t, a, d = "Wexley Weekly", "Wexley swimming club fights plan to cut pool hours", "Moira Kettering", "2025-04-03T08:00:00+01:00"
b = story(36, 8)
poll = '<div class="poll-embed"><h3 class="poll-title">Have your say</h3><p class="poll-q">Should the council keep the pool open on weekday evenings?</p><ul class="poll-options"><li><label><input type="radio" name="p"> Yes, every evening</label></li><li><label><input type="radio" name="p"> Only three evenings a week</label></li><li><label><input type="radio" name="p"> No, close it to save money</label></li></ul><button>Vote</button><p class="poll-meta">2,114 votes · Poll closes in 3 days</p></div>'
main = f'''<article class="node-article"><h1>{E(t)}</h1><div class="submitted">By {a} | Thursday, April 3, 2025</div>
<div class="field-body">{ps(b[:4])}{poll}{ps(b[4:])}</div></article>'''
add("s28", "https://www.wexleyweekly.example/news/swimming-club-pool-hours", head(t, site, d, a, None), shell(site, main, EN_SECTIONS), b, t, a, d, lang="en-GB")

# s29 food story on a news site with a recipe card (kept) and a "Jump to recipe" / "Print recipe"
# tool row and a star rating widget (left out).
r = random.Random(29)
site, t, a, d = "Ember Valley Herald", "The harvest soup that got a village through a hard winter", "Lottie Faraday", "2025-10-20T10:00:00Z"
intro = ["When the valley road closed for eleven days last January, the church hall in Ember Cross fed forty people a night from one enormous pot.",
         "The soup was Margery Quell's, and it has been made at every harvest supper since. She gave us the recipe on the condition that we did not change a thing.",
         "It is cheap, it freezes well, and it tastes better on the second day."]
ing = ["2 tablespoons butter", "2 onions, chopped", "3 carrots, diced", "1 small swede, diced", "2 potatoes, peeled and diced",
       "100 grams pearl barley, rinsed", "1.5 litres vegetable stock", "1 bay leaf", "A handful of parsley, chopped"]
steps = ["Melt the butter in a large pan and soften the onions for 10 minutes.", "Add the carrots, swede and potatoes and stir for 2 minutes.",
         "Pour in the stock, add the barley and bay leaf and bring to the boil.", "Simmer for 45 minutes, until the barley is tender.",
         "Season, stir in the parsley and serve with bread."]
card = f'''<div class="recipe-card"><h2 class="recipe-name">Margery's harvest soup</h2><div class="recipe-tools"><a>Jump to recipe</a><a>Print recipe</a><div class="stars" aria-label="Rated 4.6 out of 5">★★★★★ <span>(38 ratings)</span></div></div>
<ul class="recipe-meta"><li>Serves 6</li><li>Prep: 20 minutes</li><li>Cook: 50 minutes</li></ul><h3>Ingredients</h3><ul class="ingredients">{"".join(f"<li>{E(x)}</li>" for x in ing)}</ul>
<h3>Method</h3><ol class="method">{"".join(f"<li>{E(x)}</li>" for x in steps)}</ol></div>'''
main = f'''<article class="story food"><span class="section-label">Food &amp; Drink</span><h1>{E(t)}</h1><p class="byline">By {a}</p><time datetime="{d}">October 20, 2025</time>
{fig(r, "hero", "Photo: Lottie Faraday")}<div class="body">{ps(intro)}{card}</div></article>'''
truth = intro + ["Margery's harvest soup", "Serves 6\nPrep: 20 minutes\nCook: 50 minutes", "Ingredients", "\n".join(ing), "Method", "\n".join(steps)]
add("s29", "https://www.embervalleyherald.example/food/harvest-soup-recipe", head(t, site, d, a, [a]), shell(site, main, EN_SECTIONS), truth, t, a, d)

# s30 story with an audio player atop ("Listen to this story", duration, speed) and a podcast
# episode player in the story ("Listen · 24 min", "Subscribe on ..."; both left out).
r = random.Random(30)
site, t, a, d = "Riverside Public Media", "Brackwater estate heating restored, but questions remain", "Oskar Lindfield", "2025-02-20T15:40:00-05:00"
b = story(37, 9)
player = '<div class="audio-player"><button aria-label="Play">▶</button><span class="audio-label">Listen to this story</span><span class="audio-time">0:00 / 4:38</span><button class="speed">1.0x</button></div>'
pod = '<div class="podcast-embed"><div class="pod-show">The Riverside Report</div><div class="pod-ep">Episode 212: Who fixes a broken estate?</div><button>Play episode</button><span class="pod-dur">Listen · 24 min</span><div class="pod-subscribe">Subscribe on <a>Apple Podcasts</a> · <a>Spotify</a> · <a>RSS</a></div></div>'
main = f'''<article class="story"><h1>{E(t)}</h1><div class="byline">By <a>{a}</a></div><div class="dateline"><time datetime="{d}">February 20, 2025 · 3:40 PM EST</time></div>{player}
<div class="story-body">{ps(b[:5])}{pod}{ps(b[5:])}</div><div class="support-box"><p>Riverside Public Media is supported by listeners like you.</p><a>Donate</a></div></article>'''
add("s30", "https://www.riversidepublic.example/2025/02/20/brackwater-heating-restored", head(t, site, d, a, [a]), shell(site, main, EN_SECTIONS), b, t, a, d)
