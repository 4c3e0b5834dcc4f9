# More shapes: a paywalled newsletter post, a nonprofit newsroom's story with a donation box and
# a republish button, letters to the editor, and an Arc-style section front.
# Run by gen.py (exec), which defines add, P, E, ld, news_ld, og, story; pages_b.py defines wp_page.

# c25 Substack-style paid post: the free part, then the paywall
t = "What the harbor authority's budget does not say"
a = "Celeste Obi"
site = "Lark & Ledger"
u = "https://larkandledger.substack.com/p/what-the-harbor-budget-does-not-say"
b = story(125, 5)
body = f"""<body><div id="main" class="main typography"><div class="topbar-content"><a href="/" class="navbar-title-link">{E(site)}</a><button class="button primary">Subscribe</button><button class="button">Sign in</button></div>
<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">{E(t)}</h1>
<div class="byline-wrapper"><a href="https://substack.com/@celesteobi">{a}</a><div class="pencraft pc-reset">Apr 02, 2024</div><div class="post-label">Paid</div></div>
<div class="post-ufi"><div class="like-button-container"><div class="label">58</div></div><a class="post-ufi-button"><div class="label">12</div></a><a class="post-ufi-button share-button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">{''.join(P(x) for x in b)}</div></div>
<div class="paywall"><div class="paywall-cta"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2><p class="paywall-text">Subscribe to {E(site)} to keep reading this post and get 7 days of free access to the full post archives.</p><a class="button primary" href="/subscribe?simple=true&amp;next=%2Fp%2Fwhat-the-harbor-budget">Start trial</a><div class="paywall-login"><span>Already a paid subscriber? </span><a href="/account/login">Sign in</a></div></div></div>
</article><div class="footer"><p>\u00a9 2024 {a}</p><a href="https://substack.com/privacy">Privacy</a> \u2219 <a href="https://substack.com/tos">Terms</a></div></div></body>"""
head = f'<title>{E(t)} - by {a}</title>' + og(t, site=site, published="2024-04-02T10:00:00+00:00", author=a) + news_ld("NewsArticle", t, [a], "2024-04-02T10:00:00+00:00", site, {"isAccessibleForFree": False})
add("c25", u, head, body, b, t, author=a, published="2024-04-02")

# c26 nonprofit newsroom story (Newspack-style): donation box mid-story, republish button, credit line
t = "Rural clinics lose their last two midwives as state funding lapses"
a = "Lidia Kowal"
site = "Hollins Valley Report"
u = "https://hollinsvalleyreport.org/2024/06/03/rural-clinics-lose-midwives/"
b = story(126, 8)
donate = '<div class="wp-block-newspack-blocks-donate newspack-donate-block"><h3>Support independent local journalism</h3><p>The Hollins Valley Report is a nonprofit newsroom. Your gift today keeps our reporting free for everyone.</p><form><label><input type="radio" name="freq"> Monthly</label><label><input type="radio" name="freq"> One-time</label><input type="number" value="15"><button type="submit">Donate now</button></form></div>'
repub = '<div class="newspack-republication-tracker"><button class="republication-tracker-tool-button">Republish this article</button></div>'
content = "".join(P(x) for x in b[:4]) + donate + "".join(P(x) for x in b[4:]) + repub
after = '<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Lidia Kowal</h2></div><p>Lidia Kowal covers health care in the rural counties of the Hollins Valley. She joined the Report in 2022.</p><a class="author-link" href="/author/lidia-kowal/">More by Lidia Kowal</a></div></div>'
add("c26", u, wp_head(t, a, "2024-06-03T05:00:00-06:00", site), wp_page(site, t, a, "2024-06-03T05:00:00-06:00", "June 3, 2024", content, after, cats="Health"), b, t, author=a, published="2024-06-03")

# c27 letters to the editor: several letters, each signed (the signatures are text)
t = "Letters: The bus map, the library and the bridge"
site = "Fairhaven Courier"
u = "https://www.fairhavencourier.com/opinion/letters-bus-map-library-bridge"
letters = [
    ("The new bus map forgets the hill", "The redesigned bus map looks tidy, but it drops the only stop within walking distance of the senior apartments on Crest Road. Many of us no longer drive. I hope the transit board will look again before the change takes effect in July.", "Harriet Vole, Fairhaven"),
    ("Keep the library open on Sundays", "Sunday is the only day my children and I can visit the library together. Closing it to save a few thousand dollars a year seems short-sighted when the building is the one warm, quiet place many families have on weekends.", "Omar Ridley, Dunmore Heights"),
    ("Fix the bridge before it fails", "I drive over the Quarry Road bridge twice a day and can see the rust from my car. The council has studied it for six years. At some point a study becomes an excuse.", "Beatrix Coombs, Fairhaven"),
]
html_letters = "".join(f'<div class="letter"><h2>{E(h)}</h2>{P(x)}<p class="letter-signature"><em>{E(sig)}</em></p></div>' for h, x, sig in letters)
intro = "Letters should be no longer than 250 words and include the writer's name, town and phone number. Letters may be edited for length and clarity."
body = f"""<body class="path-node page-node-type-article"><header role="banner"><div class="site-name"><a href="/">{site}</a></div><nav><ul class="menu"><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main role="main"><h1 class="page-title"><span class="field--name-title">{E(t)}</span></h1><div class="node__meta"><span class="field--name-created">Sat, 06/08/2024 - 06:00</span></div>
<div class="field--name-body">{html_letters}<p class="letters-policy"><em>{E(intro)}</em></p></div>
<div class="views-element-container"><h2>More opinion</h2><ul><li><a href="/opinion/editorial-ferry">Editorial: The ferry deserves a real budget</a></li><li><a href="/opinion/column-parking">Column: Parking is not a human right</a></li></ul></div></main>
<footer role="contentinfo"><p>&copy; 2024 {site}</p></footer></body>"""
truth = [y for h, x, sig in letters for y in (h, x, sig)] + [intro]
head = f'<title>{E(t)} | {site}</title><meta name="Generator" content="Drupal 10">' + og(t, site=site, published="2024-06-08T06:00:00-04:00")
add("c27", u, head, body, truth, t, published="2024-06-08")

# c28 Arc-style section front: a lead story, then a list of stories
site = "Corran Valley Times"
u = "https://www.corranvalleytimes.com/business/"
lead = TEASERS[0]
rest = TEASERS[1:7]
items = "".join(f'<div class="c-stack b-top-table-list-xl"><a href="/business/s{i}/"><img src="/r{i}.jpg" alt=""></a><h2 class="c-heading"><a href="/business/s{i}/">{E(t)}</a></h2><p class="c-paragraph">{E(s)}</p><div class="c-attribution">By {E(a)}</div></div>' for i, (t, s, a, d) in enumerate(rest))
body = f"""<body><div id="fusion-app"><header class="nav-wrapper"><a href="/" class="nav-logo">{site}</a><nav><a href="/news/">News</a><a href="/business/">Business</a><a href="/sports/">Sports</a></nav><a href="/subscribe/">Subscribe</a></header><main>
<h1 class="b-section-title">Business</h1>
<div class="b-lead-art-story"><a href="/business/lead/"><img src="/lead.jpg" alt=""></a><h2 class="c-heading b-lead-headline"><a href="/business/lead/">{E(lead[0])}</a></h2><p class="c-paragraph">{E(lead[1])}</p><div class="c-attribution">By {E(lead[2])}</div></div>
<div class="b-top-table-list">{items}</div><div class="arcad-feature"><p class="advertisement-label">Advertisement</p></div><button class="c-button">Load more</button></main>
<footer class="b-footer"><p>Copyright &copy; 2024 {site}. All rights reserved.</p></footer></div></body>"""
truth = [y for t, s, a, d in [lead] + rest for y in (t, s, f"By {a}")]
head = f'<title>Business | {site}</title>' + og("Business", kind="website", site=site)
add("c28", u, head, body, truth, "Business", page_type="listing")
