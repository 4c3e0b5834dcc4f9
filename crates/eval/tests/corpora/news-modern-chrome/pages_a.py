# Pages m01-m13: Next.js / Tailwind and data-testid pages with toolbars, players and widgets.
# Executed by gen.py (shares its names).

# m01 Next.js + Tailwind: listen player, gift/save/share toolbar, topic chips, "More on this story", __NEXT_DATA__ copy of the body
r = random.Random(101)
t = "Harbour district rents climb for a ninth year as new towers stand half empty"
a = "Maren Solberg"
site = "The Meridian Ledger"
d = "2025-03-14T06:00:00Z"
b = story(1001, 9)
sub = "Who is moving in"
art = f'''<article class="lg:col-span-8"><div class="mb-2 text-xs font-bold uppercase tracking-wider text-blue-700"><a href="/business/housing">Housing</a></div>
<h1 class="font-serif text-4xl font-bold leading-tight md:text-5xl">{E(t)}</h1>
<p class="mt-3 text-xl text-neutral-600">Landlords blame construction costs; tenants' groups blame a tax break that rewards empty flats.</p>
<div class="mt-4">{tw_byline(a, d, "March 14, 2025")}</div>
{toolbar(gift=True, comments="128")}{share_menu()}{listen_player(7)}
<figure class="my-6"><img class="w-full" src="/img/harbour.jpg" alt=""><figcaption class="mt-1 text-xs text-neutral-500">Cranes above the harbour district on Thursday. <span class="uppercase">Kasia Wrenfield for The Meridian Ledger</span></figcaption></figure>
<div class="article-body">{"".join(tw_p(x) for x in b[:5])}{tw_h2(sub)}{"".join(tw_p(x) for x in b[5:])}</div>
{topics(["Housing", "Harbour district", "Rents", "Property tax"])}
{more_on(r)}</article>
<aside class="lg:col-span-4">{most_read(r)}</aside>'''
nd = {"props": {"pageProps": {"article": {"headline": t, "byline": a, "body": [{"type": "p", "text": x} for x in b]}}}, "page": "/[section]/[slug]", "buildId": "x7Hc2"}
add("m01", "https://meridianledger.example/business/housing/harbour-district-rents-ninth-year", head(t, site, d, a, [a]),
    shell(site, art, next_data=nd), b[:5] + [sub] + b[5:], t, a, d)

# m02 data-testid only (no classes): key points box at the top (kept), Taboola "Promoted stories", numbered most-read
r = random.Random(102)
t = "Lifeguard shortage forces closure of three Sable Coast beaches"
a = "Tobiah Kessling"
site = "Coastline Daily"
d = "2025-07-02T11:20:00+01:00"
b = story(1002, 8)
kp = ["Three beaches will have no lifeguards on weekdays until at least August.", "The coast council says it is 40 lifeguards short of last summer.",
      "Volunteer patrols are being trained to cover the busiest stretch."]
art = f'''<article data-testid="article"><header data-testid="article-header"><span data-testid="kicker"><a href="/news/coast">Coast</a></span>
<h1 data-testid="headline">{E(t)}</h1><p data-testid="standfirst">The council says it cannot hire enough qualified staff at the current pay rates.</p>
<div data-testid="byline"><span>By </span><a data-testid="author-link" href="/profile/tobiah-kessling">{a}</a><span data-testid="byline-role">Coast correspondent</span></div>
<time data-testid="timestamp" datetime="{d}">Wed 2 Jul 2025 11.20 BST</time></header>
<div data-testid="share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Copy link">Copy link</button><span data-testid="comment-count">87 comments</span></div>
<div data-testid="key-points"><h2>Key points</h2><ul>{"".join(f"<li>{E(x)}</li>" for x in kp)}</ul></div>
<div data-testid="article-body">{"".join(f'<p data-testid="paragraph">{E(x)}</p>' for x in b[:4])}
<div data-testid="ad-container"><div data-testid="ad-label">Advertisement</div><div id="dfp-inarticle1"></div></div>
{"".join(f'<p data-testid="paragraph">{E(x)}</p>' for x in b[4:])}</div>
<div data-testid="article-footer"><div data-testid="tags"><a href="/tag/beaches">Beaches</a><a href="/tag/summer">Summer</a><a href="/tag/council">Council</a></div></div></article>
{promoted(r)}
{most_read(r, cls="testid")}'''
body = f'''<body><div id="root"><header data-testid="masthead"><a href="/" data-testid="logo">{site}</a><nav data-testid="nav"><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a><a href="/opinion">Opinion</a></nav><a data-testid="support-cta" href="/support">Support us</a></header>
<main>{art}</main><footer data-testid="footer"><a href="/privacy">Privacy</a><a href="/terms">Terms</a><p>&copy; 2025 {site}</p></footer></div></body>'''
add("m02", "https://coastlinedaily.example/news/2025/jul/02/lifeguard-shortage-beaches-closed", head(t, site, d, a, [a]), body,
    ["Key points", "\n".join(kp)] + b, t, a, d)

# m03 Tailwind: one-sentence newsletter promos and "Read more:" related lines inside the story, React comment markers in text
r = random.Random(103)
t = "Night trains return to the coastal line after a four-year pause"
a = "Luz Arcadia Romero"
site = "Transit Weekly Review"
d = "2025-09-18T05:30:00-04:00"
b = story(1003, 10)
def rx(x):
    # React splits text nodes with <!-- --> markers
    w = x.split(" ", 3)
    return f'<p class="mb-6 text-[19px] leading-[1.65]">{E(" ".join(w[:3]))}<!-- --> <!-- -->{E(w[3] if len(w) > 3 else "")}</p>'
art = f'''<article class="col-span-12 mx-auto w-full max-w-[680px]"><h1 class="text-[40px] font-extrabold leading-[1.1] tracking-tight">{E(t)}</h1>
<div class="mt-6 flex items-center justify-between border-b pb-4"><div class="text-sm">By <span class="font-bold">{a}</span><!-- --> · <time datetime="{d}">Sept. 18, 2025</time><!-- --> · <span>6 min read</span></div>{toolbar(gift=False)}</div>
<div class="pt-6">{rx(b[0])}{rx(b[1])}{rx(b[2])}
{newsletter_line("Get the week's transit news in your inbox every Friday.", "transit-friday")}
{rx(b[3])}{rx(b[4])}
<p class="mb-6 text-[19px] font-semibold">Read more: <a class="text-blue-700 underline" href="/rail/sleeper-cars-refit">The sleeper cars that almost went for scrap</a></p>
{rx(b[5])}{rx(b[6])}{rx(b[7])}
{newsletter_line("Want more stories like this? Our rail newsletter is free.", "rail")}
{rx(b[8])}{rx(b[9])}</div>
{topics(["Rail", "Night trains", "Coastal line"], label="Related topics")}</article>'''
add("m03", "https://transitweekly.example/rail/night-trains-return-coastal-line", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m04 consent dialog and a paywall meter in the DOM, story behind a "Continue reading" fade (full text present)
r = random.Random(104)
t = "Province orders review of ambulance response times after winter surge"
a = "Ferdinand Oyelaran"
site = "Northern Provinces Herald"
d = "2025-02-09T08:45:00-05:00"
b = story(1004, 8)
art = f'''<article class="lg:col-span-8"><h1 class="font-serif text-4xl font-bold">{E(t)}</h1>
<div class="mt-3 text-sm text-neutral-600">By <a href="/staff/f-oyelaran" class="font-semibold">{a}</a> · Health reporter</div>
<div class="text-sm text-neutral-600"><time datetime="{d}">Published Feb. 9, 2025</time> · <span>Updated Feb. 9, 2025 at 2:12 p.m.</span></div>
{listen_player(5, "Voiced by text-to-speech")}
<section class="relative" data-paywall="metered">{"".join(tw_p(x) for x in b[:3])}
<div class="pointer-events-none absolute inset-x-0 h-24 bg-gradient-to-b from-transparent to-white" aria-hidden="true"></div>
<div class="my-6 rounded border p-4 text-center" data-testid="regwall"><p class="font-bold">Continue reading for free</p><p class="text-sm">Create an account or log in to keep reading this story.</p><button class="mt-2 rounded bg-black px-4 py-2 text-white">Continue</button></div>
{"".join(tw_p(x) for x in b[3:])}</section>
<p class="mt-6 text-sm italic">Ferdinand Oyelaran can be reached at foyelaran@nph.example.</p></article>
<aside class="lg:col-span-4">{most_read(r, "Trending")}</aside>'''
add("m04", "https://northernprovincesherald.example/health/ambulance-response-review", head(t, site, d, a, [a]),
    shell(site, art, extra_top=consent_dialog(site), extra_bottom=meter(3)),
    b + ["Ferdinand Oyelaran can be reached at foyelaran@nph.example."], t, a, d)

# m05 embedded X and Bluesky posts between paragraphs (left out with their "- Name (@handle) date" lines)
r = random.Random(105)
t = "Marathon organisers apologise after runners were sent the wrong way"
a = "Kasia Wrenfield"
site = "Fenwick Sports Now"
d = "2025-04-28T16:10:00+01:00"
b = story(1005, 9)
art = f'''<article class="lg:col-span-8"><p class="text-sm font-bold text-red-700">Athletics</p><h1 class="text-4xl font-black">{E(t)}</h1>
<div class="my-3">{tw_byline(a, d, "28 April 2025", role="Sports reporter")}</div>{toolbar(gift=False, comments="312")}
<div class="prose prose-lg max-w-none">{"".join(f"<p>{E(x)}</p>" for x in b[:3])}
{tweet("We took a wrong turn at mile 19 because the marshal literally pointed us into the car park. Three hundred of us. Incredible scenes.", "Runs With Dogs", "runswithdogs", "April 27, 2025")}
{"".join(f"<p>{E(x)}</p>" for x in b[3:6])}
{bluesky("Statement from the organising committee: we are reviewing what happened on the course today and will contact every affected runner.", "Fenwick Marathon", "fenwickmarathon.bsky.social", "April 27, 2025 at 5:42 PM")}
{"".join(f"<p>{E(x)}</p>" for x in b[6:])}</div>
{topics(["Athletics", "Fenwick marathon"])}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m05", "https://fenwicksportsnow.example/athletics/marathon-wrong-way-apology", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m06 inline video players with titles and durations, and an "Up next" playlist after the story
r = random.Random(106)
t = "Rockslide keeps mountain road shut as engineers test the slope"
a = "Idris Balcombe"
site = "Highland Wire"
d = "2025-11-06T13:00:00Z"
b = story(1006, 8)
upnext = "".join(f'<li class="flex gap-2 py-2"><span class="w-12 text-xs tabular-nums">{r.randint(1, 9)}:{r.randint(10, 59)}</span><a class="text-sm" href="/video/{r.randint(1000, 9999)}">{E(headline(r))}</a></li>' for _ in range(4))
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><p class="mt-2 text-sm">By {a} · <time datetime="{d}">6 November 2025</time></p>
{video("Drone footage shows the scale of the slide above the pass", "1:48")}
<div class="story">{"".join(tw_p(x) for x in b[:4])}
{video("Engineer explains how the slope is being monitored", "3:05")}
{"".join(tw_p(x) for x in b[4:])}</div>
<section class="mt-8"><h2 class="text-lg font-bold">Up next</h2><ul>{upnext}</ul></section></article>'''
add("m06", "https://highlandwire.example/news/rockslide-mountain-road-shut", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m07 image gallery with "1 of 8" counters, captions and credits in the middle of the story
r = random.Random(107)
t = "Lantern festival draws record crowds despite the rain"
a = "Noor Haddadin"
site = "City Lights Journal"
d = "2025-10-12T21:00:00+02:00"
b = story(1007, 8)
caps = ["Paper lanterns drift above the old canal on Saturday evening.", "Volunteers fold lanterns in the market hall before the launch.",
        "A child holds up a lantern painted with a fox.", "Crowds on the Weavers' Bridge shelter under umbrellas.",
        "Boats carry floating lanterns toward the harbour mouth.", "The last lanterns are launched shortly before midnight.",
        "Stewards collect spent lanterns from the water on Sunday.", "Rain clears over the canal as the festival ends."]
slides = "".join(f'<li class="w-full shrink-0" aria-roledescription="slide"><img src="/g/{i}.jpg" alt=""><div class="flex justify-between text-xs"><span class="tabular-nums">{i + 1} of {len(caps)}</span><span>Photo: Callum Trevethan / City Lights Journal</span></div><p class="text-sm">{E(c)}</p></li>' for i, c in enumerate(caps))
gal = f'<div class="my-8" aria-roledescription="carousel" aria-label="Gallery: Lantern festival"><div class="flex items-center justify-between"><h2 class="text-sm font-bold uppercase">Gallery</h2><span class="text-xs">8 photos</span></div><ul class="flex overflow-hidden">{slides}</ul><div class="flex gap-2"><button aria-label="Previous slide">Previous</button><button aria-label="Next slide">Next</button><button>Expand</button></div></div>'
art = f'''<article class="lg:col-span-8"><h1 class="font-serif text-5xl">{E(t)}</h1><div class="my-3 text-sm">Words by <b>{a}</b> · <time datetime="{d}">12 October 2025</time></div>
{"".join(tw_p(x) for x in b[:3])}{gal}{"".join(tw_p(x) for x in b[3:])}</article><aside class="lg:col-span-4">{most_read(r)}</aside>'''
add("m07", "https://citylightsjournal.example/culture/lantern-festival-record-crowds", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m08 correction note at the end ("This article was amended ...", kept) and a reporter contact box outside the story (left out)
r = random.Random(108)
t = "Court pauses demolition of the Larchfield towers pending appeal"
a = "Sigrun Halloway"
site = "The Hallam Observer"
d = "2025-05-20T10:05:00+01:00"
b = story(1008, 8)
corr = "This article was amended on 21 May 2025. An earlier version said the appeal would be heard in June; the court has not yet set a date."
art = f'''<article class="lg:col-span-8"><h1 class="font-serif text-4xl">{E(t)}</h1><address class="not-italic text-sm">{a}</address><time class="text-sm" datetime="{d}">Tue 20 May 2025 10.05 BST</time>
{toolbar()}
<div id="maincontent"><div class="article-body-commercial-selector">{"".join(f'<p class="dcr-s9drtq">{E(x)}</p>' for x in b)}
<p class="dcr-s9drtq"><em>{E(corr)}</em></p></div></div>
<div class="mt-8 rounded bg-neutral-100 p-4"><h2 class="font-bold">Contact the reporter</h2><p class="text-sm">Do you live in the Larchfield towers? Send tips to {a} securely via our tips page or by email at shalloway@hallamobserver.example.</p><a class="text-sm underline" href="/tips">How to share information securely</a></div>
<div class="mt-6 text-xs"><a href="/help/corrections">Corrections and clarifications</a> · <a href="/ethics">Our editorial code</a></div></article>'''
add("m08", "https://hallamobserver.example/uk-news/2025/may/20/larchfield-towers-demolition-paused", head(t, site, d, a, [a]), shell(site, art), b + [corr], t, a, d)

# m09 a numbered "Most read" list set inside the story column after the fourth paragraph
r = random.Random(109)
t = "Bakeries in Dunmoor warn flour prices could close them by spring"
a = "Callum Trevethan"
site = "Dunmoor Evening Post"
d = "2025-01-22T18:30:00Z"
b = story(1009, 9)
art = f'''<article class="lg:col-span-8"><h1 class="text-4xl font-bold">{E(t)}</h1><p class="text-sm">By {a} · <time datetime="{d}">22 January 2025, 6:30pm</time></p>{listen_player(4)}
<div class="story-body">{"".join(tw_p(x) for x in b[:4])}<div class="my-8 md:float-right md:ml-6 md:w-64">{most_read(r, "Most read", 5)}</div>{"".join(tw_p(x) for x in b[4:])}</div>
{topics(["Dunmoor", "Food", "Small business"])}</article>'''
add("m09", "https://dunmoorpost.example/news/bakeries-flour-prices-warning", head(t, site, d, a, [a]), shell(site, art), b, t, a, d)

# m10 story split across <section>s with ad slots ("Skip advertisement") between them, subheadings inside sections
r = random.Random(110)
t = "Inside the plan to bring the old cannery back to life"
a = "Benedek Farkasz"
site = "The Bay Examiner"
d = "2025-06-15T07:00:00-07:00"
b = story(1010, 12)
h1s, h2s = "A building nobody wanted", "What the neighbours say"
secs = f'''<section name="articleBody" class="meteredContent">
<section class="story-section" id="s1">{"".join(tw_p(x) for x in b[:4])}</section>{ad_slot(1)}
<section class="story-section" id="s2" id-after="after-ad-1">{tw_h2(h1s)}{"".join(tw_p(x) for x in b[4:8])}</section>{ad_slot(2)}
<section class="story-section" id="s3">{tw_h2(h2s)}{"".join(tw_p(x) for x in b[8:])}</section></section>'''
art = f'''<article class="lg:col-span-8"><h1 class="font-serif text-5xl">{E(t)}</h1><p class="text-lg text-neutral-600">Developers, artists and a fishing cooperative all want the derelict site. The city has until autumn to decide.</p>
<p class="text-sm">By <span class="font-bold">{a}</span></p><time class="text-sm" datetime="{d}">June 15, 2025</time>{toolbar(comments="44")}{listen_player(11)}
{secs}
<div class="mt-6 text-sm">A version of this article appears in print on June 16, 2025, Section B, Page 1 with the headline: Old Cannery Gets a Second Look.</div></article>'''
add("m10", "https://bayexaminer.example/2025/06/15/realestate/old-cannery-plan", head(t, site, d, a, [a]), shell(site, art),
    b[:4] + [h1s] + b[4:8] + [h2s] + b[8:], t, a, d)

# m11 Svelte scoped classes, an AI "Summary" box (kept), a listen player with a time counter
r = random.Random(111)
t = "Data centre plan would use as much power as a small city, report finds"
a = "Priyanka Devaraj"
site = "Signal & Noise"
d = "2025-08-04T09:15:00-04:00"
b = story(1011, 9)
summ = ["The proposed campus would draw about 300 megawatts at full use.", "Regulators have asked for a study of the local grid before approving it.",
        "The developer says half the power will come from a new solar farm."]
art = f'''<article class="article svelte-1k9q2xz"><div class="kicker svelte-1k9q2xz">Energy</div><h1 class="headline svelte-1k9q2xz">{E(t)}</h1>
<div class="byline svelte-8fj2a1"><a href="/people/priyanka-devaraj" class="svelte-8fj2a1">{a}</a><time datetime="{d}" class="svelte-8fj2a1">Aug 4, 2025</time></div>
<div class="audio svelte-3hd9s0"><button class="svelte-3hd9s0">Listen</button><span class="svelte-3hd9s0">0:00</span><span class="svelte-3hd9s0">/</span><span class="svelte-3hd9s0">6:32</span></div>
<div class="summary svelte-p0x7c3"><h2 class="svelte-p0x7c3">Summary</h2><ul class="svelte-p0x7c3">{"".join(f'<li class="svelte-p0x7c3">{E(x)}</li>' for x in summ)}</ul><button class="about-ai svelte-p0x7c3">How we use AI</button></div>
<div class="body svelte-1k9q2xz">{"".join(f'<p class="svelte-1k9q2xz">{E(x)}</p>' for x in b)}</div>
<div class="share svelte-z2v1q8"><button class="svelte-z2v1q8">Share</button><button class="svelte-z2v1q8">Save</button><button class="svelte-z2v1q8">Gift this article</button></div></article>'''
body = f'''<body><div id="svelte"><header class="masthead svelte-x1"><a href="/" class="svelte-x1">{site}</a><nav class="svelte-x1"><a href="/energy">Energy</a><a href="/ai">AI</a><a href="/policy">Policy</a><a href="/newsletters">Newsletters</a></nav></header>
<main class="svelte-x1">{art}<aside class="svelte-x1">{most_read(r, "Popular")}</aside></main><footer class="svelte-x1"><p>&copy; 2025 {site}</p><a href="/privacy">Privacy</a></footer></div></body>'''
add("m11", "https://signalandnoise.example/energy/data-centre-power-report", head(t, site, d, a, [a]), body, ["Summary", "\n".join(summ)] + b, t, a, d)

# m12 Vue scoped data-v attributes, Outbrain "Around the web" inside the article element after the story
r = random.Random(112)
t = "Wheat harvest falls by a fifth as drought grips the Tarrow plain"
a = "Maren Solberg"
site = "Farm & Field Today"
d = "2025-08-29T06:40:00+10:00"
b = story(1012, 8)
art = f'''<article data-v-7a1c3e0f class="story-page"><h1 data-v-7a1c3e0f>{E(t)}</h1><div data-v-2b4e class="meta"><span data-v-2b4e>{a}</span><span data-v-2b4e> · </span><time data-v-2b4e datetime="{d}">29 August 2025</time></div>
<div data-v-7a1c3e0f class="story-content">{"".join(f'<p data-v-7a1c3e0f>{E(x)}</p>' for x in b)}</div>
<div data-v-7a1c3e0f class="story-share"><span>Share this story</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
{promoted(r, "Around the web", "outbrain")}</article>'''
body = f'''<body><div id="app" data-v-app><header data-v-1f><a href="/">{site}</a><nav><a href="/crops">Crops</a><a href="/livestock">Livestock</a><a href="/markets">Markets</a><a href="/weather">Weather</a></nav></header><main>{art}</main>
<footer><p>&copy; 2025 {site}</p></footer></div></body>'''
add("m12", "https://farmandfield.example/crops/wheat-harvest-drought-tarrow", head(t, site, d, a, [a]), body, b, t, a, d)

# m13 custom elements (web components) around the story, share popover, "Save for later"
r = random.Random(113)
t = "Coastal council delays vote on sea wall repairs for a third time"
a = "Tobiah Kessling"
site = "Southshore Courier"
d = "2025-03-03T12:00:00Z"
b = story(1013, 8)
art = f'''<story-page><story-header><h1 class="headline">{E(t)}</h1><author-byline>By <a href="/authors/tkessling">{a}</a></author-byline><story-date><time datetime="{d}">3 March 2025</time></story-date></story-header>
<story-actions><save-button>Save for later</save-button><share-popover><button>Share</button><share-item>Copy link</share-item><share-item>Email</share-item><share-item>WhatsApp</share-item></share-popover></story-actions>
<story-body>{"".join(f"<p>{E(x)}</p>" for x in b[:4])}<ad-unit slot="inarticle"><span>Advertisement</span></ad-unit>{"".join(f"<p>{E(x)}</p>" for x in b[4:])}</story-body>
<story-footer><topic-list><a href="/t/coast">Coast</a><a href="/t/council">Council</a><a href="/t/flooding">Flooding</a></topic-list></story-footer></story-page>'''
body = f'''<body><site-header><a href="/">{site}</a><site-nav><a href="/news">News</a><a href="/sport">Sport</a><a href="/what-s-on">What's on</a></site-nav></site-header><main>{art}<recirc-rail>{most_read(r)}</recirc-rail></main><site-footer><p>&copy; 2025 {site}</p></site-footer></body>'''
add("m13", "https://southshorecourier.example/news/sea-wall-vote-delayed", head(t, site, d, a, [a]), body, b, t, a, d)
