# Pages m14-m27: more story shapes and widgets on utility-class and component markup.
# Executed by gen.py (shares its names).

# m14 Next.js app router: the body also sits in self.__next_f.push payloads; an inline "Sponsored" native card mid-story
r = random.Random(114)
t = "Hospital clears scan backlog with weekend clinics and a borrowed machine"
a = "Noor Haddadin"
site = "Brightwell Today"
d = "2025-05-07T15:25:00-04:00"
b = story(1014, 9)
native = f'''<div class="not-prose my-8 rounded-lg border border-neutral-200 p-4" data-native-ad="true"><div class="mb-2 flex items-center justify-between"><span class="text-[11px] font-bold uppercase tracking-wide text-neutral-500">Sponsored</span><span class="text-[11px] text-neutral-400">Ad by Carrow Travel</span></div>
<a class="flex gap-3" href="https://ads.example/c/88"><img class="h-20 w-28 object-cover" src="/ads/a.jpg" alt=""><div><p class="font-semibold">Seven quiet islands you can reach without a passport</p><p class="text-sm text-neutral-600">Ferries, farm stays and empty beaches: plan your spring escape today.</p></div></a></div>'''
flight = "".join(f'<script>self.__next_f.push([1,{json.dumps("2a:" + json.dumps(["$", "p", None, {"children": x}]))}])</script>' for x in b[:3])
art = f'''<article class="lg:col-span-8"><nav aria-label="Breadcrumb" class="text-xs"><ol class="flex gap-1"><li><a href="/">Home</a></li><li>/</li><li><a href="/health">Health</a></li></ol></nav>
<h1 class="mt-2 text-4xl font-bold tracking-tight">{E(t)}</h1><div class="mt-4">{tw_byline(a, d, "May 7, 2025 at 3:25 PM EDT")}</div>{toolbar()}
<div class="prose prose-neutral prose-lg max-w-none">{"".join(f"<p>{E(x)}</p>" for x in b[:4])}{native}{"".join(f"<p>{E(x)}</p>" for x in b[4:])}</div>
{more_on(r, "Read next", 3)}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m14", "https://brightwelltoday.example/health/scan-backlog-weekend-clinics", head(t, site, d, a, [a]),
    shell(site, art).replace("</body>", flight + "</body>"), b, t, a, d)

# m15 long explainer: subheadings, a bulleted list and a quoted document (kept), a pull quote (left out), read time and topics
r = random.Random(115)
t = "What the new tenancy rules mean for renters and landlords"
a = "Kasia Wrenfield"
site = "The Meridian Ledger"
d = "2025-10-01T04:00:00Z"
b = story(1015, 10)
h = ["What changes on day one", "What the rules leave out", "What happens next"]
lst = ["Notice periods for no-fault evictions rise from two months to four.", "Rent rises are limited to one a year, with two months' written warning.",
       "Deposits must be returned within 14 days of the keys being handed back."]
doc = "The tenant shall be entitled to request, and the landlord shall not unreasonably refuse, permission to keep a domestic animal in the dwelling."
pull = "\u201cThe numbers leave us no choice but to act now.\u201d"
art = f'''<article class="lg:col-span-8"><p class="text-xs font-bold uppercase text-blue-700">Explainer</p><h1 class="font-serif text-5xl">{E(t)}</h1>
<div class="mt-3">{tw_byline(a, d, "October 1, 2025", role="Housing correspondent")}</div><p class="text-xs text-neutral-500">9 min read</p>{toolbar()}{listen_player(9)}
<div class="article-body">{tw_p(b[0])}{tw_p(b[1])}{tw_h2(h[0])}{tw_p(b[2])}<ul class="mb-6 list-disc pl-6 font-serif text-lg">{"".join(f"<li>{E(x)}</li>" for x in lst)}</ul>{tw_p(b[3])}
<blockquote class="my-6 border-l-4 border-neutral-300 pl-4 font-serif text-lg"><p>{E(doc)}</p></blockquote>{tw_p(b[4])}
<aside class="my-8 border-y-4 border-black py-4 text-center font-serif text-3xl" aria-hidden="true">{E(pull)}</aside>
{tw_h2(h[1])}{tw_p(b[5])}{tw_p(b[6])}{tw_h2(h[2])}{"".join(tw_p(x) for x in b[7:])}</div>
{topics(["Renting", "Housing", "Tenancy law", "Explainers"])}{more_on(r)}</article>'''
add("m15", "https://meridianledger.example/explainers/new-tenancy-rules-renters-landlords", head(t, site, d, a, [a]), shell(site, art),
    b[:2] + [h[0], b[2], "\n".join(lst), b[3], doc, b[4], h[1], b[5], b[6], h[2]] + b[7:], t, a, d)

# m16 a podcast episode player in the middle of the story (title, duration, "Follow on" links)
r = random.Random(116)
t = "Fishing cooperative bids for the cannery with a plan for a fish market"
a = "Idris Balcombe"
site = "The Bay Examiner"
d = "2025-06-22T08:00:00-07:00"
b = story(1016, 8)
pod = f'''<div class="my-8 rounded-xl bg-neutral-900 p-5 text-white" data-testid="podcast-embed"><p class="text-xs uppercase tracking-wide text-neutral-400">Podcast</p><p class="mt-1 font-bold">The Bay Daily: Who gets the cannery?</p><p class="text-sm text-neutral-300">Episode 214 · 28:14</p>
<button class="mt-3 rounded-full bg-white px-4 py-1 text-sm text-black">Play episode</button><p class="mt-3 text-xs">Follow on <a href="#">Apple Podcasts</a>, <a href="#">Spotify</a> or <a href="#">wherever you listen</a></p></div>'''
art = f'''<article class="lg:col-span-8"><h1 class="font-serif text-4xl">{E(t)}</h1><p class="text-sm">By <b>{a}</b> · <time datetime="{d}">June 22, 2025</time></p>
<section name="articleBody">{"".join(tw_p(x) for x in b[:4])}{pod}{"".join(tw_p(x) for x in b[4:])}</section>
<p class="mt-4 text-sm italic">Benedek Farkasz contributed reporting.</p></article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m16", "https://bayexaminer.example/2025/06/22/business/cannery-fish-market-bid", head(t, site, d, a, [a]), shell(site, art),
    b + ["Benedek Farkasz contributed reporting."], t, a, d)

# m17 CSS-module hashed classes; inline "Related" cards with image, headline and reading time between paragraphs
r = random.Random(117)
t = "Bus drivers in Caldera City vote to strike over split shifts"
a = "Luz Arcadia Romero"
site = "Caldera Metro News"
d = "2025-02-26T19:45:00-06:00"
b = story(1017, 9)
def card():
    return f'<div class="RelatedCard_root__Xk2p9"><span class="RelatedCard_label__a81Ls">Related</span><a class="RelatedCard_link__q0Vw1" href="/news/{r.randint(1000, 9999)}"><img class="RelatedCard_img__9dKe2" src="/r.jpg" alt=""><span class="RelatedCard_title__T7hS0">{E(headline(r))}</span><span class="RelatedCard_meta__Qm3x8">4 min read</span></a></div>'
ps = [f'<p class="ArticleBody_paragraph__Pq8sL">{E(x)}</p>' for x in b]
art = f'''<article class="Article_root__L3k9Q"><h1 class="Headline_h1__v2Lo0">{E(t)}</h1><div class="Byline_root__c8Hn3"><a class="Byline_author__Mx02s" href="/staff/luz-romero">{a}</a><time class="Byline_time__x0P1a" datetime="{d}">Feb 26, 2025, 7:45 PM</time></div>
<div class="Toolbar_root__z81Ka"><button class="Toolbar_btn__s8Aa2">Gift this article</button><button class="Toolbar_btn__s8Aa2">Share</button><button class="Toolbar_btn__s8Aa2">Save</button></div>
<div class="ArticleBody_root__Nf0s2">{"".join(ps[:3])}{card()}{"".join(ps[3:6])}{card()}{"".join(ps[6:])}</div></article>'''
body = f'''<body><div id="__next"><header class="Header_root__8sPq1"><a class="Header_logo__k2Pd0" href="/">{site}</a><nav class="Header_nav__Qw3e1"><a href="/news">News</a><a href="/transit">Transit</a><a href="/sports">Sports</a><a href="/eat-drink">Eat + Drink</a></nav></header>
<main class="Layout_main__d93Ks">{art}<aside class="Layout_rail__s0Pq8">{most_read(r, "Most popular")}</aside></main><footer class="Footer_root__p2Lq7"><p>&copy; 2025 {site}</p></footer></div></body>'''
add("m17", "https://calderametro.example/transit/bus-drivers-vote-strike-split-shifts", head(t, site, d, a, [a]), body, b, t, a, d)

# m18 figures with "Enlarge this image", "toggle caption", "Image 2 of 5" and credits between paragraphs
r = random.Random(118)
t = "Heritage lamps on the old quay will be repaired, not replaced"
a = "Sigrun Halloway"
site = "Quayside Radio News"
d = "2025-09-09T05:00:00-04:00"
b = story(1018, 8)
def fig(i, cap):
    return f'<div class="bucketwrap image large" id="res{i}"><div class="imagewrap"><a class="enlargeImage" href="#"><img src="/i{i}.jpg" alt=""><b class="icn-enlarge"></b><b class="hide-caption">Enlarge this image</b></a></div><div class="credit-caption"><div class="caption"><p>{E(cap)}</p><span class="caption-toggle">toggle caption</span></div><span class="credit">Image {i} of 5 · Maren Solberg/Quayside Radio</span></div></div>'
P_ = lambda x: f"<p>{E(x)}</p>"
art = f'''<article class="story"><div class="storytitle"><h1>{E(t)}</h1></div><div class="byline">By <a href="/people/sigrun-halloway">{a}</a></div><div class="dateblock"><time datetime="{d}">September 9, 2025 · 5:00 AM ET</time></div>
<div class="audio-module"><b>Listen</b> <span>· 4:02</span> <button>Queue</button> <a href="#">Download</a> <button>Embed</button></div>
<div id="storytext" class="storytext">{fig(1, "A lamplighter's ladder leans on one of the quay's iron posts.")}{"".join(P_(x) for x in b[:3])}{fig(2, "Rust has eaten through the base of several lamps.")}{"".join(P_(x) for x in b[3:6])}{fig(3, "The restored lamp that will serve as a model for the rest.")}{"".join(P_(x) for x in b[6:])}</div></article>'''
add("m18", "https://quaysideradio.example/2025/09/09/heritage-lamps-quay-repaired", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m19 numbered most-read list inside the article element after the story, a comments button and "Join the conversation"
r = random.Random(119)
t = "Cattle farmers sue over water rights on the Tarrow plain"
a = "Ferdinand Oyelaran"
site = "Prairie Courier"
d = "2025-07-17T14:00:00-05:00"
b = story(1019, 8)
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><p class="text-sm">{a} · <time datetime="{d}">July 17, 2025</time></p>
<div class="body">{"".join(tw_p(x) for x in b)}</div>
<div class="mt-6 flex items-center gap-4 border-t pt-4"><button class="rounded bg-neutral-900 px-4 py-2 text-sm text-white" data-testid="comments-button">Comments (24)</button><p class="text-sm">Join the conversation. Our community guidelines apply.</p></div>
<div class="mt-8">{most_read(r, "Most read", 6)}</div></article>'''
add("m19", "https://prairiecourier.example/news/farmers-sue-water-rights-tarrow", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m20 a short story (four short paragraphs) in heavy chrome: toolbar, listen player, promoted widget, most read, newsletter box
r = random.Random(120)
t = "Fenwick ferry cancels evening crossings after engine fault"
a = "Callum Trevethan"
site = "Fenwick Sports Now"
d = "2025-12-02T17:05:00Z"
b = story(1020, 4, 1)
nl = '''<div class="my-8 rounded-lg bg-blue-50 p-6" data-testid="newsletter-card"><h2 class="text-lg font-bold">The Fenwick Five</h2><p class="text-sm">Five things to know about your town, every weekday morning.</p><form class="mt-3 flex gap-2"><input class="flex-1 rounded border px-3 py-2" type="email" placeholder="Email address"><button class="rounded bg-blue-700 px-4 text-white">Sign up</button></form><p class="mt-2 text-xs">By signing up you agree to our Terms of Use and Privacy Policy.</p></div>'''
art = f'''<article class="lg:col-span-8"><p class="text-xs font-bold uppercase text-red-700">Breaking</p><h1 class="text-3xl font-bold">{E(t)}</h1><div class="mt-2">{tw_byline(a, d, "2 December 2025, 17:05")}</div>
{toolbar(comments="9")}{listen_player(1)}<div class="prose">{"".join(f"<p>{E(x)}</p>" for x in b)}</div>{nl}{promoted(r, "You may like", "taboola", 8)}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m20", "https://fenwicksportsnow.example/news/ferry-cancels-evening-crossings", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m21 FAQ explainer with question subheadings; gift counter ("You have 10 gift articles remaining this month")
r = random.Random(121)
t = "Your questions about the harbour tunnel closure, answered"
a = "Tobiah Kessling"
site = "Southshore Courier"
d = "2025-04-04T09:00:00Z"
b = story(1021, 8, 2)
qs = ["When does the tunnel close?", "Which buses are changing?", "Will the ferries run more often?", "Who pays for the repairs?"]
giftbox = '<div class="my-4 rounded border bg-neutral-50 p-4 text-sm" data-testid="gift-panel" hidden><p class="font-bold">Share this article with anyone</p><p>You have 10 gift articles remaining this month. Recipients can read it free, no subscription needed.</p><button>Copy gift link</button></div>'
parts, truth = [], []
for i, q in enumerate(qs):
    parts.append(f'<h3 class="mt-6 text-xl font-bold">{E(q)}</h3>' + tw_p(b[2 * i]) + tw_p(b[2 * i + 1]))
    truth += [q, b[2 * i], b[2 * i + 1]]
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><p class="text-sm">By {a} · <time datetime="{d}">April 4, 2025</time></p>{toolbar()}{giftbox}
<div class="story-body">{"".join(parts)}</div>{topics(["Harbour tunnel", "Transport", "Q&A"])}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m21", "https://southshorecourier.example/news/harbour-tunnel-closure-questions", head(t, site, d, a, [a]), shell(site, art), truth, t, a, d)

# m22 paragraphs as <div data-testid="paragraph"> of spans, a newsletter card with form mid-story, listen line at the top
r = random.Random(122)
t = "Treatment plant runs at half capacity as repairs drag on"
a = "Priyanka Devaraj"
site = "Caldera Metro News"
d = "2025-10-20T06:10:00-05:00"
b = story(1022, 9)
def dp(x):
    s = x.split(". ")
    return '<div data-testid="paragraph">' + "".join(f"<span>{E(y + ('. ' if i < len(s) - 1 else ''))}</span>" for i, y in enumerate(s)) + "</div>"
nl = '<div data-testid="inline-newsletter"><div data-testid="nl-title">Caldera Morning</div><div data-testid="nl-desc">The news you need before your commute, every weekday.</div><form><input type="email" aria-label="Email"><button>Subscribe</button></form></div>'
art = f'''<div data-testid="article"><h1 data-testid="headline">{E(t)}</h1><div data-testid="byline">{a}</div><div data-testid="published"><time datetime="{d}">Oct. 20, 2025</time></div>
<div data-testid="listen"><button>Listen</button><span>5 min</span></div>
<div data-testid="body">{"".join(dp(x) for x in b[:4])}{nl}{"".join(dp(x) for x in b[4:])}</div></div>'''
body = f'''<body><div id="__next"><div data-testid="header"><a href="/">{site}</a><div data-testid="nav"><a href="/news">News</a><a href="/city-hall">City Hall</a><a href="/environment">Environment</a></div></div>
<main>{art}<div data-testid="rail">{most_read(r, "Most popular", cls="testid")}</div></main><div data-testid="footer">&copy; 2025 {site}</div></div></body>'''
add("m22", "https://calderametro.example/environment/treatment-plant-half-capacity", head(t, site, d, a, [a]), body, b, t, a, d)

# m23 breaking story with a "What we know" box at the top (kept, like key points) and "Updated" lines
r = random.Random(123)
t = "Scaffolding collapse closes high street; no serious injuries reported"
a = "Noor Haddadin"
site = "Hallam Live"
d = "2025-03-27T10:40:00Z"
b = story(1023, 7)
know = ["The scaffolding fell shortly after 9 a.m. on Thursday.", "Two people were treated for minor injuries at the scene.",
        "The high street will stay closed to traffic until at least Friday."]
art = f'''<article class="lg:col-span-8"><span class="rounded bg-red-600 px-2 py-0.5 text-xs font-bold uppercase text-white">Breaking</span><h1 class="mt-2 text-4xl font-bold">{E(t)}</h1>
<p class="text-sm">By {a}</p><p class="text-xs text-neutral-500"><time datetime="{d}">Published 27 March 2025, 10:40</time> · Updated 27 March 2025, 13:02</p>{toolbar(gift=False)}
<div class="my-6 rounded border-l-4 border-red-600 bg-red-50 p-4"><h2 class="font-bold">What we know</h2><ul class="list-disc pl-5">{"".join(f"<li>{E(x)}</li>" for x in know)}</ul></div>
<div class="article-body">{"".join(tw_p(x) for x in b)}</div>
<p class="mt-6 text-sm">Do you have a story for us? Email <a href="mailto:news@hallamlive.example">news@hallamlive.example</a> or message us on WhatsApp.</p></article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m23", "https://hallamlive.example/news/scaffolding-collapse-high-street", head(t, site, d, a, [a]), shell(site, art),
    ["What we know", "\n".join(know)] + b, t, a, d)

# m24 screen-reader-only spans, aria-hidden mobile duplicates, <template> and <noscript> copies around the story
r = random.Random(124)
t = "Stadium roof needs millions more in repairs, inspectors say"
a = "Benedek Farkasz"
site = "Meridian Sport"
d = "2025-11-14T12:30:00Z"
b = story(1024, 8)
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}<span class="sr-only">, published 14 November 2025</span></h1>
<div class="lg:hidden" aria-hidden="true"><p class="text-sm">{E(t)}</p></div>
<p class="text-sm">By <a href="/by/benedek-farkasz">{a}<span class="sr-only"> (opens author page)</span></a> · <time datetime="{d}">14 Nov 2025</time></p>
<div class="article-body">{"".join(tw_p(x) for x in b[:4])}<div class="sr-only">Advertisement. Article continues below.</div><div class="h-[250px]" data-ad="1"></div>{"".join(tw_p(x) for x in b[4:])}</div>
<template id="paywall-tpl"><div class="paywall"><h2>Subscribe to keep reading</h2><p>Get unlimited access for $2 a week.</p></div></template>
<noscript><p>Please enable JavaScript to view comments.</p></noscript></article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m24", "https://meridiansport.example/football/stadium-roof-repairs-millions", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m25 opinion column: "Opinion" label, guest-essay line, an in-text author line at the end and a follow card outside
# (both left out: WCXB's truth leaves "Name is a ..." author notes out on 40 of 45 pages)
r = random.Random(125)
t = "Our towns cannot keep patching the same cracks every winter"
a = "Sigrun Halloway"
site = "The Hallam Observer"
d = "2025-01-30T05:00:00Z"
b = story(1025, 8)
bio = "Sigrun Halloway is a former county engineer and writes about infrastructure."
art = f'''<article class="lg:col-span-8"><p class="text-sm font-bold uppercase text-orange-700">Opinion</p><p class="text-xs uppercase">Guest essay</p><h1 class="font-serif text-5xl italic">{E(t)}</h1>
<p class="text-sm">{a}</p><time class="text-sm" datetime="{d}">Thu 30 Jan 2025 05.00 GMT</time>{toolbar(comments="356")}
<div class="article-body">{"".join(tw_p(x) for x in b)}<p class="mb-5 font-serif text-lg italic">{E(bio)}</p></div>
<div class="mt-8 flex items-center gap-4 rounded border p-4"><img class="h-12 w-12 rounded-full" src="/sh.jpg" alt=""><div><p class="font-bold">{a}</p><p class="text-sm">Guest contributor</p></div><button class="ml-auto rounded-full border px-3 py-1 text-sm">Follow</button></div>
<div class="mt-6 text-sm"><p>Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please <a href="/letters">click here</a>.</p></div></article>'''
add("m25", "https://hallamobserver.example/commentisfree/2025/jan/30/towns-patching-cracks-winter", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m26 an unlabelled related-links list between paragraphs and "Story continues below advertisement" labels; wire sign-off kept
r = random.Random(126)
t = "Regional court rejects bid to halt the harbour dredging"
a = "Kasia Wrenfield"
site = "Wire Desk Review"
d = "2025-08-12T16:20:00Z"
b = story(1026, 9)
rel = "".join(f'<li><a class="font-semibold text-blue-800 underline" href="/world/{r.randint(1000, 9999)}">{E(headline(r))}</a></li>' for _ in range(3))
sign = "Reporting by Kasia Wrenfield; additional reporting by Idris Balcombe; editing by Maren Solberg"
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><p class="text-sm">By {a}</p><time class="text-xs" datetime="{d}">August 12, 2025 4:20 PM UTC</time>
<div class="article-body">{"".join(tw_p(x) for x in b[:3])}<ul class="my-4 list-none border-l-4 border-blue-700 pl-4 text-sm" aria-label="Related coverage">{rel}</ul>
{tw_p(b[3])}<p class="my-6 text-center text-xs uppercase text-neutral-400">Story continues below advertisement</p><div data-ad="2"></div>{"".join(tw_p(x) for x in b[4:])}<p class="mt-6 text-sm">{E(sign)}</p></div>
<p class="text-xs">Our Standards: <a href="/trust-principles">The Trust Principles.</a></p></article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m26", "https://wiredeskreview.example/world/court-rejects-bid-halt-harbour-dredging-2025-08-12/", head(t, site, d, a, [a]), shell(site, art), b + [sign], t, a, d)

# m27 a Tailwind page without JSON-LD: byline and date only in the visible markup and meta tags; key points with an AI disclaimer button
r = random.Random(127)
t = "Apprenticeship applications fall for a fifth straight year"
a = "Idris Balcombe"
site = "Workforce Report"
d = "2025-09-30T07:00:00+01:00"
b = story(1027, 8)
kp = ["Applications fell by 9 percent compared with last year.", "Engineering and construction saw the steepest drops.",
      "Employers say the application process is too slow."]
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><div class="mt-3">{tw_byline(a, d, "30 September 2025")}</div>{toolbar()}
<div class="my-6 rounded-lg border border-neutral-200 p-5" data-component="key-points"><div class="flex items-center justify-between"><h2 class="text-base font-bold">Key points</h2><button class="text-xs underline">Generated with AI, reviewed by editors</button></div><ul class="mt-2 list-disc space-y-1 pl-5">{"".join(f"<li>{E(x)}</li>" for x in kp)}</ul></div>
<div class="article-body">{"".join(tw_p(x) for x in b)}</div>{topics(["Jobs", "Education", "Apprenticeships"])}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m27", "https://workforcereport.example/education/apprenticeship-applications-fall", head(t, site, d, a, None), shell(site, art),
    ["Key points", "\n".join(kp)] + b, t, a, d)
