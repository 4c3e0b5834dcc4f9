# Executed inside gen.py: hubs, service pages and articles with bare URLs.

STORIES = [
    ("Council approves $48 million budget after late-night session", "Councillors voted 7-2 to approve the budget, which raises property taxes by 2.1 percent and adds six firefighters.", "Politics", "Ray Okonjo"),
    ("Transit board names interim director as search drags on", "Deputy director Carla Stenning will lead the agency while the board looks for a permanent replacement.", "News", "Ana Ruiz"),
    ("State lawmakers move to cap rent increases at 7 percent", "The bill cleared a committee vote on Wednesday and heads to the full House next week.", "Politics", "Pieter Vandal"),
    ("Midland's oldest diner changes hands after 52 years", "The new owners say the menu, the booths and the pie case will stay exactly where they are.", "Business", "Helen Marsh"),
    ("Snow totals: how much fell across the county", "Northern towns saw more than a foot while the city itself picked up about six inches.", "News", "Courier staff"),
    ("Carver High stuns top seed to reach state semifinal", "A buzzer-beating three from sophomore Dee Harlan sent the Cougars through 61-58.", "Sport", "Jon Prieto"),
    ("School district weighs later start times for teenagers", "A survey of parents found strong support, but bus schedules remain the sticking point.", "News", "Ana Ruiz"),
    ("Hospital system to close two urgent care clinics", "Patients will be redirected to a new clinic on the east side that opens in May.", "Business", "Ray Okonjo"),
    ("Library's seed exchange returns for a fifth spring", "Gardeners can borrow seeds in March and return seeds from their harvest in the autumn.", "Culture", "Nadia Forde"),
    ("Police seek witnesses after hit-and-run on Fourth Street", "A 34-year-old cyclist was taken to hospital with injuries that are not life-threatening.", "News", "Courier staff"),
    ("Opinion: The stadium deal deserves a public vote", "If the city is going to borrow $90 million, residents should get to say yes or no.", "Opinion", "Marta Quill"),
    ("County fair board picks headline act for August", "Tickets for the grandstand show go on sale April 1.", "Culture", "Jon Prieto"),
]


def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-").replace("--", "-")[:60]


def b_card(i, s, summary=True, img=True):
    t, d, sec, a = s
    href = f"https://www.midlandcourier.com/{sec.lower()}/2024/03/{14 - i % 5}/{slug(t)}/"
    return f"""<div class="story-card"><div class="card-img">{'<img src="/resizer/c' + str(i) + '.jpg" alt="">' if img else ''}</div>
<div class="card-text"><span class="kicker"><a href="/{sec.lower()}/">{sec}</a></span><h3 class="card-headline"><a href="{href}">{esc(t)}</a></h3>
{'<p class="card-summary">' + esc(d) + '</p>' if summary else ''}<div class="card-meta"><span class="card-byline">By {esc(a)}</span> <time>{i + 1}h ago</time></div></div></div>"""


def card_text(s, summary=True):
    t, d, _, a = s
    return f"{t}\n\n{d}\n\nBy {a}" if summary else t


# 14 home page (site B)
u = "https://www.midlandcourier.com/"
lead = STORIES[0]
cards = "".join(b_card(i, s) for i, s in enumerate(STORIES))
main = f"""<section class="homepage-lead"><div class="lead-story"><span class="kicker">Politics</span><h2 class="lead-headline"><a href="https://www.midlandcourier.com/politics/2024/03/14/{slug(lead[0])}/">{esc(lead[0])}</a></h2><p>{esc(lead[1])}</p></div></section>
<section class="homepage-grid"><h2 class="section-title">Top stories</h2>{cards}</section>
<section class="homepage-opinion"><h2 class="section-title"><a href="/opinion/">Opinion</a></h2><ul><li><a href="/opinion/1/">The stadium deal deserves a public vote</a></li><li><a href="/opinion/2/">Letters: readers on the new bus map</a></li><li><a href="/opinion/3/">Editorial: Keep the library open on Sundays</a></li></ul></section>"""
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Midland Daily Courier: Local news, sports and weather"><meta name="description" content="Breaking news, politics, business, sports and obituaries from Midland and the county.">'
hld = ld({"@context": "https://schema.org", "@type": "NewsMediaOrganization", "name": "Midland Daily Courier", "url": u, "logo": "https://www.midlandcourier.com/logo.png", "sameAs": ["https://twitter.com/midlandcourier"]})
add("n14", u, site_b(u, "Midland Daily Courier: Local news, sports and weather", metas, hld, main, page_type="homepage"), "listing", "Midland Daily Courier: Local news, sports and weather",
    f"{lead[0]}\n\n{lead[1]}\n\nTop stories\n\n" + "\n\n".join(card_text(s) for s in STORIES))

# 15 section front /politics/ (site B)
pol = [s for s in STORIES if s[2] in ("Politics", "News")] + STORIES[:3]
u = "https://www.midlandcourier.com/politics/"
main = '<div class="section-header"><h1 class="section-name">Politics</h1><p class="section-desc">City hall, the statehouse and the campaigns.</p></div><div class="section-feed">' + "".join(b_card(i, s) for i, s in enumerate(pol)) + '</div><div class="load-more"><button>Load more stories</button></div>'
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Politics | Midland Daily Courier"><meta name="description" content="Midland politics news.">'
add("n15", u, site_b(u, "Politics", metas, "", main, page_type="section"), "listing", "Politics", "Politics\n\nCity hall, the statehouse and the campaigns.\n\n" + "\n\n".join(card_text(s) for s in pol))


# WP archive entries (site A)
def a_entry(i, s, excerpt=True):
    t, d, sec, a = s
    return f"""<article id="post-{48000 + i}" class="post-{48000 + i} post type-post status-publish hentry category-{sec.lower()}"><header class="entry-header"><h2 class="entry-title"><a href="https://www.harborledger.com/2024/03/{14 - i % 9:02d}/{slug(t)}/" rel="bookmark">{esc(t)}</a></h2>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-03-{14 - i % 9:02d}T08:00:00+00:00">March {14 - i % 9}, 2024</time></span> <span class="byline">by <a href="/author/{slug(a)}/">{esc(a)}</a></span></div></header>
{'<div class="entry-summary"><p>' + esc(d) + ' [&hellip;]</p></div>' if excerpt else ''}<footer class="entry-footer"><a href="https://www.harborledger.com/2024/03/{14 - i % 9:02d}/{slug(t)}/" class="more-link">Continue reading</a></footer></article>"""


def a_entry_text(s):
    t, d, _, a = s
    return f"{t}\n\nMarch 2024 by {a}\n\n{d} […]"


def a_archive(pid, u, title, heading, desc, items, jl_type="CollectionPage", extra_head="", page_type="listing"):
    pager = '<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="?">Previous</a><a class="page-numbers" href="#">1</a><span class="page-numbers current">2</span><a class="page-numbers" href="#">3</a><a class="next page-numbers" href="#">Next</a></div></nav>'
    main = f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1>{extra_head}{"<div class=archive-description><p>" + esc(desc) + "</p></div>" if desc else ""}</header>' + "".join(a_entry(i, s) for i, s in enumerate(items)) + pager
    metas = f'<meta property="og:type" content="website"><meta property="og:title" content="{esc(title)}"><meta name="robots" content="noindex, follow">'
    jl = ld({"@context": "https://schema.org", "@graph": [{"@type": jl_type, "@id": u, "url": u, "name": title, "isPartOf": {"@id": "https://www.harborledger.com/#website"}},
                                                          {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"}, {"@type": "ListItem", "position": 2, "name": heading}]},
                                                          {"@type": "WebSite", "@id": "https://www.harborledger.com/#website", "name": "The Harbor Ledger"}]})
    add(pid, u, site_a(u, title, metas, jl, main, body_class="archive category"), page_type, title, heading + "\n\n" + (desc + "\n\n" if desc else "") + "\n\n".join(a_entry_text(s) for s in items))


a_archive("n16", "https://www.harborledger.com/tag/housing/", "Housing Archives", "Tag: Housing", "", STORIES[2:9])
a_archive("n19", "https://www.harborledger.com/category/news/page/2/", "News Archives - Page 2 of 48", "Category: News", "Local news from the harbour towns.", STORIES[3:12])


# 17 author page (site A): bio + stories
bio = "Nadia Forde covers arts, culture and the people of the harbour towns for the Ledger. She joined the paper in 2016 after six years at a regional radio station, and writes the weekly 'Harbour People' profile. She lives in Wickley with her partner and a very old cat."
a_archive("n17", "https://www.harborledger.com/author/nadia-forde/", "Nadia Forde, Author at The Harbor Ledger", "Nadia Forde", bio, STORIES[4:11], jl_type="ProfilePage",
          extra_head='<div class="author-avatar"><img src="/avatars/nforde.jpg" alt=""></div><div class="author-links"><a href="mailto:nforde@harborledger.com">Email</a> <a href="https://x.com/nforde">X</a></div>')

# 18 search results (site A)
res = STORIES[:6]
u = "https://www.harborledger.com/?s=ferry"
main = '<header class="page-header"><h1 class="page-title">Search Results for: <span>ferry</span></h1></header>' + "".join(a_entry(i, s) for i, s in enumerate(res))
metas = '<meta name="robots" content="noindex, follow"><meta property="og:type" content="article"><meta property="og:title" content="You searched for ferry - The Harbor Ledger">'
jl = ld({"@context": "https://schema.org", "@graph": [{"@type": ["CollectionPage", "SearchResultsPage"], "@id": u, "url": u, "name": "You searched for ferry"}, {"@type": "WebSite", "name": "The Harbor Ledger"}]})
add("n18", u, site_a(u, "You searched for ferry", metas, jl, main, body_class="search search-results"), "listing", "You searched for ferry", "Search Results for: ferry\n\n" + "\n\n".join(a_entry_text(s) for s in res))

# 20 newsletter sign-up page (site B)
nls = [("The Morning Brief", "The day's top stories, every weekday at 6 a.m."), ("Courier Politics", "What happened at city hall and the statehouse, every Friday."), ("Game Day", "Scores, previews and high school highlights, Monday and Thursday."), ("Eat Midland", "Restaurant openings, reviews and recipes, every Wednesday."), ("Breaking News Alerts", "Major stories as they happen.")]
u = "https://www.midlandcourier.com/newsletters/"
items = "".join(f'<div class="nl-card"><h3>{n}</h3><p>{d}</p><label><input type="checkbox"> Sign up</label></div>' for n, d in nls)
main = f'<div class="newsletters-page"><h1>Newsletters</h1><p class="intro">Get the Courier\'s best journalism in your inbox. Choose the newsletters you want, enter your email and we will do the rest. All newsletters are free.</p><form class="nl-form">{items}<input type="email" placeholder="Email address"><button type="submit">Subscribe</button><p class="legal">By signing up you agree to our terms of service and privacy policy. You can unsubscribe at any time.</p></form></div>'
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Newsletters | Midland Daily Courier">'
add("n20", u, site_b(u, "Newsletters", metas, "", main, page_type="page"), "other", "Newsletters",
    "Newsletters\n\nGet the Courier's best journalism in your inbox. Choose the newsletters you want, enter your email and we will do the rest. All newsletters are free.\n\n" + "\n\n".join(f"{n}\n\n{d}\n\nSign up" for n, d in nls) + "\n\nBy signing up you agree to our terms of service and privacy policy. You can unsubscribe at any time.")

# 21 about us (site A)
ab = [
    "The Harbor Ledger has reported on the harbour towns since 1911, when a printer named Josiah Crewe began publishing a single sheet of shipping news and auction notices from a shed on Quay Street.",
    "Today the Ledger is an independent, locally owned newsroom of 14 journalists. We publish online every day and in print every Thursday, and our reporting is read by more than 60,000 people a month.",
    "Our mission is simple: to tell the harbour towns what is happening in them, to hold local institutions to account, and to give residents the information they need to take part in civic life.",
    "## Our standards",
    "We correct our mistakes promptly and openly. We do not let advertisers influence our coverage. We identify our sources wherever we can and explain why when we cannot.",
    "## Our team",
    "The Ledger is led by editor Maeve Tolland and managing editor Chris Adebayo. A full list of staff, with contact details, is on our staff page.",
    "## Support us",
    "Local journalism costs money. If you value our work, please consider a subscription or a one-off contribution.",
]
u = "https://www.harborledger.com/about-us/"
main = f'<article class="page type-page hentry"><header class="entry-header"><h1 class="entry-title">About us</h1></header><div class="entry-content">{paras(ab)}<p><a class="button" href="/subscribe/">Subscribe</a> <a class="button" href="/donate/">Contribute</a></p></div></article>'
metas = '<meta property="og:type" content="article"><meta property="og:title" content="About us - The Harbor Ledger"><meta property="article:modified_time" content="2023-11-02T10:00:00+00:00">'
jl = ld({"@context": "https://schema.org", "@graph": [{"@type": ["WebPage", "AboutPage"], "@id": u, "url": u, "name": "About us", "datePublished": "2016-02-01T10:00:00+00:00", "dateModified": "2023-11-02T10:00:00+00:00"}, {"@type": "WebSite", "name": "The Harbor Ledger"}]})
add("n21", u, site_a(u, "About us", metas, jl, main, body_class="page-template-default page"), "other", "About us", body_text(ab))

# 22 contact (site C)
ct = ["Northgate Herald, 14 Market Square, Northgate", "Newsroom: 555-0100 or news@northgateherald.net", "Send us a news tip, a letter to the editor or a correction. We read every message, though we cannot reply to them all.", "Advertising: 555-0123 or ads@northgateherald.net", "Subscriptions and delivery: 555-0131, weekdays 8 a.m. to 5 p.m.", "Obituaries and announcements: obits@northgateherald.net. The deadline for Thursday's paper is Tuesday at noon."]
u = "https://northgateherald.net/contact.php"
main = '<h1 class="storytitle">Contact the Herald</h1><div class="storytext">' + paras(ct) + '<form action="/contact.php" method="post"><label>Your name <input name="n"></label><label>Email <input name="e"></label><label>Message <textarea name="m"></textarea></label><input type="submit" value="Send"></form></div>'
add("n22", u, site_c(u, "Contact the Herald", '<meta name="description" content="How to reach the Northgate Herald.">', main), "other", "Contact the Herald", "Contact the Herald\n\n" + body_text(ct))

# 23 subscription offer (site B)
u = "https://www.midlandcourier.com/subscribe/"
plans = [("Digital", "$1 for 6 months", "then $15.99 a month. Unlimited access to midlandcourier.com and our apps."), ("Digital + Print", "$6.99 a week", "Sunday paper delivered, plus unlimited digital access and the e-edition."), ("All Access", "$9.99 a week", "Daily paper delivered, unlimited digital access, the e-edition and puzzles.")]
cards_h = "".join(f'<div class="offer-card"><h2>{n}</h2><div class="price">{p}</div><p>{esc(d)}</p><a class="btn" href="/checkout/?plan={i}">Subscribe now</a></div>' for i, (n, p, d) in enumerate(plans))
faq = [("Can I cancel anytime?", "Yes. You can cancel online or by phone at any time."), ("Do you offer student discounts?", "Yes, students with a valid school email pay $1 a week.")]
main = f'<div class="paywall-offers"><h1>Local news you can count on</h1><p class="sub">Subscribe today and support the journalism that keeps Midland informed.</p><div class="offers">{cards_h}</div><div class="faq"><h2>Frequently asked questions</h2>' + "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in faq) + "</div></div>"
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Subscribe to the Midland Daily Courier">'
add("n23", u, site_b(u, "Subscribe", metas, "", main, page_type="subscribe"), "other", "Subscribe to the Midland Daily Courier",
    "Local news you can count on\n\nSubscribe today and support the journalism that keeps Midland informed.\n\n" + "\n\n".join(f"{n}\n\n{p}\n\n{d}\n\nSubscribe now" for n, p, d in plans) + "\n\nFrequently asked questions\n\n" + "\n\n".join(f"{q}\n\n{a}" for q, a in faq))

# 24 topic page (site B)
u = "https://www.midlandcourier.com/topics/climate-change/"
tps = STORIES[1:10]
main = '<div class="topic-header"><h1>Climate change</h1><p>Coverage of how a warming climate is changing Midland, from floods on the Sable River to longer growing seasons.</p></div><div class="topic-feed">' + "".join(b_card(i, s) for i, s in enumerate(tps)) + "</div>"
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Climate change | Midland Daily Courier">'
add("n24", u, site_b(u, "Climate change", metas, "", main, page_type="tag"), "listing", "Climate change", "Climate change\n\nCoverage of how a warming climate is changing Midland, from floods on the Sable River to longer growing seasons.\n\n" + "\n\n".join(card_text(s) for s in tps))

# 25 long feature on a numeric URL ?id= (site C), byline, no JSON-LD
ps = [
    "For most of the year, the old grain elevator at the end of Depot Street is the tallest and emptiest building in Northgate. For six weeks each autumn it becomes something else: the only place in the county where a farmer can dry a wet harvest overnight.",
    "The elevator has changed owners four times since it was built in 1927. Its current owner, a cooperative of 30 farm families, bought it in 2009 for one dollar from a grain company that was about to tear it down.",
    "\"Everyone told us we had bought a very large problem,\" said Hal Brennick, who keeps the books for the cooperative. \"They were right, but it was our problem, and that turned out to matter.\"",
    "The dryers inside are older than most of the farmers who use them. Brennick's nephew, Owen, spends the summer rebuilding bearings and patching ducts so the machines will last one more season. Spare parts come from scrapyards and, more than once, from a museum.",
    "The economics are thin. The cooperative charges members a few cents a bushel to dry and store their grain, which is enough to pay the power bill and Owen's wages and little else. In a dry year, when few farmers need the dryers, it loses money.",
    "But in a wet year the elevator pays for itself many times over. In 2019, when rain fell through most of October, members said the elevator saved crops that would otherwise have rotted in the field. One family estimated it was worth $80,000 to them alone.",
    "The building's future is uncertain. An engineer's report last year found that the concrete at the base of the east silo is cracking, and repairs could cost more than the cooperative earns in a decade. Members are applying for a state grant and have talked about a public fundraising campaign.",
    "Brennick is not sentimental about it. \"If it stops making sense, we will take it down ourselves,\" he said. \"But it makes sense this year, and I expect it will next year too.\"",
]
u = "https://northgateherald.net/story.php?id=123"
art("n25", u, c_article(u, "The elevator at the end of Depot Street", "Grace Tillman", "Sunday, March 10, 2024", ps, og=False), "The elevator at the end of Depot Street", ps, "Grace Tillman", "2024-03-10")

# 26 brief on site A without JSON-LD (a WordPress site without an SEO plugin), byline
ps = [
    "The Wickley library will open on Sunday afternoons from April, the town's library board decided on Tuesday.",
    "The branch will be open from 1 p.m. to 5 p.m. on Sundays on a one-year trial. The extra hours will be covered by a part-time assistant and volunteers from the Friends of Wickley Library, who raised $9,000 toward the cost at their winter book sale.",
    "Board chair Simon Oduya said Sunday opening had been the most common request in a survey of library users last year. \"Families told us that weekends are the only time they can come in together,\" he said.",
    "The board will review visitor numbers next March before deciding whether to make the hours permanent.",
]
u = "https://www.harborledger.com/2024/03/13/wickley-library-sunday-opening/"
art("n26", u, a_article(u, "Wickley library to open on Sundays", "News", "Nadia Forde", "2024-03-13T16:30:00+00:00", ps, jsonld_kind=None), "Wickley library to open on Sundays", ps, "Nadia Forde", "2024-03-13")

# 27 wire story on site C, numeric /a/ URL, og:type article, no byline name but wire credit
ps = [
    "WASHINGTON (CP) — The Federal Aviation Administration on Wednesday ordered airlines to inspect the cargo door latches on about 300 regional jets after a door warning light came on during a flight over Ohio last month.",
    "The order gives airlines 60 days to check the latches and replace any that show wear. It applies to two models of jets built between 2008 and 2014 and flown mostly on short routes by regional carriers.",
    "No one was hurt in the February incident. The crew landed the plane at its destination as planned, and mechanics found a latch pin that had worn down far faster than the manufacturer expected.",
    "The manufacturer said in a statement that it had sent instructions to operators weeks ago and that most had already begun inspections. The agency said about a third of the affected jets had been checked so far.",
    "Regional carriers said they did not expect any flights to be cancelled, because the inspection takes about two hours and can be done overnight.",
]
u = "https://northgateherald.net/a/482930"
art("n27", u, c_article(u, "FAA orders inspections of cargo door latches on regional jets", "Continental Press", "Wednesday, March 13, 2024", ps, og=True), "FAA orders inspections of cargo door latches on regional jets", ps, "Continental Press", "2024-03-13")

# 28 author page (site B)
u = "https://www.midlandcourier.com/people/marta-quill/"
mq = [s for s in STORIES if s[2] in ("Opinion", "Politics")] + STORIES[5:9]
main = '<div class="author-page"><div class="author-header"><img src="/authors/mquill.jpg" alt=""><h1>Marta Quill</h1><p class="author-title">Columnist</p><p class="author-bio">Marta Quill has written about Midland city hall for 22 years, first as a reporter and since 2015 as a columnist. Her column appears on Tuesdays and Saturdays.</p><ul class="author-social"><li><a href="mailto:mquill@midlandcourier.com">Email</a></li><li><a href="https://x.com/mquill">X</a></li></ul></div><h2>Latest from Marta Quill</h2><div class="author-feed">' + "".join(b_card(i, s) for i, s in enumerate(mq)) + "</div></div>"
metas = '<meta property="og:type" content="profile"><meta property="og:title" content="Marta Quill | Midland Daily Courier">'
pjl = ld({"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Marta Quill", "jobTitle": "Columnist"}})
add("n28", u, site_b(u, "Marta Quill", metas, pjl, main, page_type="author"), "listing", "Marta Quill",
    "Marta Quill\n\nColumnist\n\nMarta Quill has written about Midland city hall for 22 years, first as a reporter and since 2015 as a columnist. Her column appears on Tuesdays and Saturdays.\n\nLatest from Marta Quill\n\n" + "\n\n".join(card_text(s) for s in mq))

# 30 site C home page
u = "https://northgateherald.net/"
heads = [(f"/a/4829{i:02d}", s[0], s[1]) for i, s in enumerate(STORIES)]
main = '<div class="topstory"><h2><a href="/a/482900">' + esc(heads[0][1]) + "</a></h2><p>" + esc(heads[0][2]) + '</p></div><div class="headlines">' + "".join(f'<div class="hl"><a href="{h}"><b>{esc(t)}</b></a><br>{esc(d)}</div>' for h, t, d in heads[1:]) + "</div>"
add("n30", u, site_c(u, "Northgate Herald - News for Northgate and Ashby County", '<meta name="description" content="Local news for Northgate.">', main), "listing", "Northgate Herald - News for Northgate and Ashby County",
    "\n\n".join(f"{t}\n\n{d}" for _, t, d in heads))

# 31 TownNews-style article: /news/local/slug/article_<uuid>.html (site B markup, no date in URL)
ps = [
    "Ashby County commissioners on Tuesday approved a plan to replace the county's 911 dispatch software, ending a two-year dispute over which system to buy.",
    "The new system, which will cost $1.9 million over five years, will let dispatchers see the location of callers on mobile phones more precisely and send text messages to callers who cannot speak safely.",
    "Sheriff Dana Whitlock, who had pushed for the upgrade, said the current software crashes several times a month and forces dispatchers to take down calls on paper. \"We have been lucky so far,\" she told commissioners.",
    "Commissioner Rob Ferrante voted against the plan, arguing that the county should have joined a regional dispatch center instead. The vote was 4-1.",
    "The county expects the new system to be running by the end of the year.",
]
u = "https://www.midlandcourier.com/news/local/county-approves-911-dispatch-upgrade/article_5b0e7c2a-e14f-11ee-9a3d-0b1c2d3e4f5a.html"
art("n31", u, b_article(u, "County approves $1.9 million upgrade to 911 dispatch system", "News", ["Ana Ruiz"], "2024-03-12T19:05:00Z", ps), "County approves $1.9 million upgrade to 911 dispatch system", ps, "Ana Ruiz", "2024-03-12")

# 32 site C section front (section.php?s=sport)
u = "https://northgateherald.net/section.php?s=sport"
sp = [("Northgate wrestlers send five to state", "Coach Len Amari called it the program's best season in a decade."), ("Girls' hockey falls in regional final", "Ashby scored twice in the third period to win 3-1."), ("Youth soccer registration opens April 1", "Fees are unchanged from last year."), ("Bowling league crowns winter champions", "The Gutter Kings took the title by nine pins."), ("Track season opens with home meet", "More than 200 athletes from six schools are expected.")]
main = '<h1 class="sectiontitle">Sport</h1>' + "".join(f'<div class="hl"><a href="/a/4828{i:02d}"><b>{esc(t)}</b></a><br>{esc(d)} <span class="date">March {12 - i}</span></div>' for i, (t, d) in enumerate(sp))
add("n32", u, site_c(u, "Sport", '<meta name="description" content="Northgate sports news.">', main), "listing", "Sport", "Sport\n\n" + "\n\n".join(f"{t}\n\n{d} March {12 - i}" for i, (t, d) in enumerate(sp)))

# 29 (replaces the month archive) live blog on site A: each update an <article> with its own heading, no LiveBlogPosting
ups = [
    ("9:05 a.m.", "Storm warning upgraded", "The weather service has upgraded its warning for the harbour towns to amber, with gusts of up to 70 mph expected from early afternoon."),
    ("9:40 a.m.", "Ferries cancelled", "All afternoon sailings to the islands have been cancelled. The operator says it will review the 7 a.m. sailing tomorrow at 5 a.m."),
    ("10:15 a.m.", "Schools to close early", "Harbour schools will close at 12:30 p.m. so that buses can get pupils home before the worst of the wind arrives."),
    ("11:02 a.m.", "Sandbags available", "The council has set out sandbags at the fire station on Mill Road and at the car park behind the lifeboat station. Residents can take up to ten each."),
    ("11:48 a.m.", "Sea wall walkway shut", "Police have closed the walkway along the sea wall after waves began breaking over the railings at high tide."),
    ("12:30 p.m.", "First power cuts reported", "About 1,400 homes in Wickley and Gull Point are without power, according to the network operator's outage map."),
    ("1:20 p.m.", "Tree down on Chandler Street", "A large beech has fallen across Chandler Street, blocking both lanes. No one was hurt. Crews expect to clear it within two hours."),
    ("2:05 p.m.", "Power restored to some homes", "Power has returned to about half of the homes that lost it. The operator says the rest should be reconnected by evening."),
    ("3:10 p.m.", "Peak of the storm passing", "The strongest gusts recorded so far reached 68 mph at the harbour mouth. Forecasters say the wind will ease after 6 p.m."),
    ("4:00 p.m.", "That's all for today", "We are pausing our live coverage here. Check back tomorrow morning for travel updates and a look at the damage."),
]
u = "https://www.harborledger.com/2024/03/14/live-storm-updates-harbour-towns/"
title = "Live updates: Storm brings 68 mph gusts, power cuts to harbour towns"
items = "".join(f'<article class="liveblog-entry" id="update-{i}"><header><time datetime="2024-03-14T{9 + i:02d}:00:00+00:00">{t}</time><h2 class="entry-headline">{esc(h)}</h2></header><div class="entry-text"><p>{esc(x)}</p></div><footer><a href="#update-{i}" class="permalink">Link to this update</a> <a href="#">Share</a></footer></article>' for i, (t, h, x) in enumerate(reversed(ups)))
main = f'<div class="liveblog"><header class="entry-header"><span class="live-badge">Live</span><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">By <a href="/author/tom-bellamy/">Tom Bellamy</a> and <a href="/author/nadia-forde/">Nadia Forde</a> <time datetime="2024-03-14T09:00:00+00:00">Updated March 14, 2024</time></div><p class="standfirst">Follow the latest as a winter storm crosses the coast.</p></header><div class="liveblog-feed">{items}</div></div>'
metas = f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}"><meta property="article:published_time" content="2024-03-14T09:00:00+00:00">'
jl = yoast_graph(u, title, "NewsArticle", "2024-03-14T09:00:00+00:00", "Tom Bellamy", "News", "Follow the latest as a winter storm crosses the coast.")
add("n29", u, site_a(u, title, metas, jl, main), "article", title,
    "Follow the latest as a winter storm crosses the coast.\n\n" + "\n\n".join(f"{t}\n\n{h}\n\n{x}" for t, h, x in reversed(ups)), "Tom Bellamy", "2024-03-14")

# 33 short brief on site B typed only as WebPage, with a wall of related <article> cards
ps = [
    "A fire at a vacant warehouse on Tanner Street sent a column of black smoke over the east side on Wednesday evening, fire officials said.",
    "Crews from three stations were called at 6:20 p.m. and had the fire under control by 8 p.m. No one was inside the building, which has been empty since a printing company moved out in 2021.",
    "Battalion Chief Omar Kessling said the cause is under investigation. Residents of nearby streets were asked to keep windows closed until the smoke cleared.",
]
u = "https://www.midlandcourier.com/news/crime-safety/tanner-street-warehouse-fire/"
title = "Fire guts vacant warehouse on Tanner Street"
cards = "".join(f'<article class="related-card">{b_card(i, s, summary=False)}</article>' for i, s in enumerate(STORIES[:10]))
wjl = ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": u, "name": title, "datePublished": "2024-03-13T23:10:00Z", "author": {"@type": "Person", "name": "Courier staff"}}, {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]}, {"@type": "NewsMediaOrganization", "name": "Midland Daily Courier"}]})
html = b_article(u, title, "News", [], "2024-03-13T23:10:00Z", ps, jsonld=False).replace('<section class="more-stories">', f'<section class="trending"><h2>Trending now</h2>{cards}</section><section class="more-stories">').replace("</head>", wjl + "</head>")
art("n33", u, html, title, ps, None, "2024-03-13")

# 34 paywalled article: two paragraphs shown, then the offer
ps = [
    "Midland's largest employer will cut about 240 jobs at its packaging plant over the next year as it moves part of its production to a newer facility in another state, the company told employees on Tuesday.",
    "The cuts amount to roughly a fifth of the plant's workforce. A company spokesperson said affected workers would be offered severance and the chance to apply for jobs at the company's other sites.",
]
offer = '<div class="paywall"><h2>Continue reading with a subscription</h2><p>Support local journalism and get unlimited access.</p><ul class="offer"><li><span class="plan">Digital</span> <span class="price">$1 for 6 months</span></li><li><span class="plan">All Access</span> <span class="price">$9.99/week</span></li></ul><a class="btn" href="/subscribe/">Start your free trial</a><p>Already a subscriber? <a href="/account/login/">Log in</a></p></div>'
u = "https://www.midlandcourier.com/business/2024/03/12/packaging-plant-job-cuts/"
title = "Packaging plant to cut 240 jobs as production moves out of state"
html = b_article(u, title, "Business", ["Ray Okonjo"], "2024-03-12T14:00:00Z", ps, body_html=paras(ps) + offer)
art("n34", u, html, title, ps, "Ray Okonjo", "2024-03-12")

# 35 article with a busy comment section (site A)
ps = [
    "Plans to turn the former coastguard station at Gull Point into a six-room hotel have been approved by the town's planning board, despite objections from neighbours worried about traffic on the narrow point road.",
    "The developers, a husband-and-wife team from Wickley, plan to keep the station's lookout tower and turn its ground floor into a small café open to the public. The board added conditions limiting deliveries to weekday mornings and requiring a passing place on the point road.",
    "Board member Ian Trask said the building had been empty for 11 years and was at risk of falling into the sea if nobody maintained it. \"This is the best offer it is going to get,\" he said.",
    "Neighbours had submitted 43 letters of objection, most of them about parking. A group of residents said they would consider asking the county to review the decision.",
]
u = "https://www.harborledger.com/2024/03/11/coastguard-station-hotel-approved/"
title = "Old coastguard station at Gull Point to become hotel"
comments = [("SeaView22", "About time someone did something with it. It has been an eyesore for a decade."), ("Marjorie T", "The road cannot take more traffic. Has anyone on the board tried driving it in August?"), ("harbourdad", "A café with that view will be packed. Good luck to them."), ("J. Pellow", "Will the tower be open to visitors? It would be a shame if not."), ("Kev", "Conditions are meaningless if nobody enforces them."), ("SeaView22", "@Kev the board can revoke the permit if they break them."), ("anna_w", "My grandfather served at that station. Glad it is not being knocked down."), ("Ron B.", "Six rooms is nothing. This will not change much either way.")]
ch = "".join(f'<li class="comment" id="comment-{i}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(n)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{i}"><time datetime="2024-03-11T1{i}:00:00+00:00">March 11, 2024 at {i + 1}:15 pm</time></a></div></footer><div class="comment-content"><p>{esc(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a> <a href="#" class="report">Report</a></div></article></li>' for i, (n, c) in enumerate(comments))
html = a_article(u, title, "News", "Tom Bellamy", "2024-03-11T12:00:00+00:00", ps).replace('<div id="comments" class="comments-area"><h2 class="comments-title">Leave a comment</h2>', f'<div id="comments" class="comments-area"><h2 class="comments-title">8 thoughts on &ldquo;{esc(title)}&rdquo;</h2><ol class="comment-list">{ch}</ol><h3>Leave a Reply</h3>')
art("n35", u, html, title, ps, "Tom Bellamy", "2024-03-11")

# 36 the same kind of brief without any author, typed WebPage only, and a wall of recommended cards
ps = [
    "The eastbound ramp from Route 9 to Harlow Avenue will close overnight from Monday through Thursday next week while crews replace overhead signs, the state transportation department said.",
    "The ramp will be closed from 9 p.m. to 5 a.m. each night. Drivers will be directed to the next exit at Canal Street and back along Front Street.",
    "The department said the work could be postponed if it rains.",
]
u = "https://www.midlandcourier.com/news/traffic/route-9-harlow-ramp-overnight-closures/"
title = "Route 9 ramp to Harlow Avenue to close overnight next week"
cards = "".join(f'<article class="related-card">{b_card(i, s, summary=False)}</article>' for i, s in enumerate(STORIES[2:12]))
wjl = ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": u, "name": title, "datePublished": "2024-03-14T13:00:00Z"}, {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "News"}]}, {"@type": "NewsMediaOrganization", "name": "Midland Daily Courier"}]})
html = b_article(u, title, "News", [], "2024-03-14T13:00:00Z", ps, jsonld=False).replace('<section class="more-stories">', f'<section class="recommended"><h2>Recommended for you</h2>{cards}</section><section class="more-stories">').replace("</head>", wjl + "</head>")
art("n36", u, html, title, ps, None, "2024-03-14")
