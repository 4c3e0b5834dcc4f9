"""Writes the invented news-site corpus: html/<id>.html.gz and ground-truth.json."""
import gzip
import json
import os
from sites import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = {}


def add(pid, url, html, page_type, title, body, author=None, published=None):
    t = {"url": url, "articleBody": body, "title": title, "page_type": page_type}
    if author:
        t["author"] = author
    if published:
        t["published"] = published
    PAGES[pid] = (t, html)


def art(pid, url, html, title, ps, author=None, published=None, page_type="article"):
    add(pid, url, html, page_type, title, body_text(ps), author, published)


# 01 short brief, JSON-LD and byline (site A)
ps = [
    "A water main break on Quay Street left about 40 homes without running water for most of Wednesday afternoon, the town's public works department said.",
    "Crews found the leak shortly after 1 p.m. beneath the crossing at Quay and Ropewalk Lane, where a cast-iron pipe laid in the 1950s had split along its length. Water service was restored to all but six properties by 7 p.m.",
    "Public works director Lena Ashcombe said the remaining homes should be reconnected by Thursday morning. Residents on the affected stretch were asked to run their cold taps for several minutes once service returns, to clear any discoloured water.",
    "Quay Street will stay closed between Ropewalk Lane and Mill Road while the road surface is repaired. A detour is signposted through Chandler Street.",
]
u = "https://www.harborledger.com/2024/03/14/quay-street-water-main-break/"
art("n01", u, a_article(u, "Water main break leaves Quay Street homes dry", "News", "Tom Bellamy", "2024-03-14T09:12:00+00:00", ps), "Water main break leaves Quay Street homes dry", ps, "Tom Bellamy", "2024-03-14")

# 02 short brief, no JSON-LD, no byline, numeric URL (site C)
ps = [
    "NORTHGATE — The county highway department will close the Kessel Road bridge to all traffic from Monday, March 18, for three weeks of deck repairs.",
    "Inspectors found corroded reinforcing steel during a routine check in January. The department said the bridge remains safe for the time being, but the repairs cannot wait until summer.",
    "Drivers will be sent along Orchard Lane and County Road 12, adding about four miles to the trip between Northgate and Wickley. School buses will use the same route, and the district has warned parents that pick-up times may shift by up to ten minutes.",
    "The work is expected to cost about $310,000 and is being paid for from the state's bridge maintenance fund.",
]
u = "https://northgateherald.net/a/482913"
art("n02", u, c_article(u, "Kessel Road bridge to close for three weeks", None, "Thursday, March 14, 2024", ps, og=False), "Kessel Road bridge to close for three weeks", ps, None, "2024-03-14")

# 03 wire story on site B
ps = [
    "GENEVA (CP) — Negotiators from more than 40 countries ended a week of talks on Friday without agreeing on a shared method for counting methane leaks from gas pipelines, leaving the issue to a follow-up meeting in the autumn.",
    "Delegates said they had narrowed their differences on how often pipelines should be surveyed, but remained split over whether satellite readings should count as official measurements or only as prompts for ground inspections.",
    "\"We came closer than many of us expected, but close is not a text,\" said Ilse Marrow, who chaired the working group. \"There is a draft on the table that almost everyone can live with, and that is worth something.\"",
    "Pipeline operators have argued that satellite instruments overstate leaks in cold weather, when plumes are harder to separate from background levels. Environmental groups counter that ground crews visit too rarely to catch short bursts that make up a large share of emissions.",
    "The draft seen by Continental Press would require operators to survey high-pressure lines at least twice a year and to report any leak above a set threshold within 30 days. Countries would be free to adopt stricter rules.",
    "Several delegations from gas-exporting countries asked for a longer phase-in period, arguing that their inspection fleets would need years to expand. A compromise offering smaller operators an extra two years was floated late on Thursday but not adopted.",
    "The talks are part of a wider effort to cut methane from the energy sector by a third by the end of the decade. Methane traps far more heat than carbon dioxide over its first two decades in the atmosphere, which makes cutting it one of the quickest ways to slow warming.",
    "The next round is scheduled for October in Nairobi.",
]
u = "https://www.midlandcourier.com/world/2024/03/15/methane-talks-end-without-deal/"
art("n03", u, b_article(u, "Methane talks end without deal on counting pipeline leaks", "World", ["Pieter Vandal"], "2024-03-15T18:40:00Z", ps, credit="Continental Press", label="World"), "Methane talks end without deal on counting pipeline leaks", ps, "Pieter Vandal", "2024-03-15")

# 04 opinion column (site B); its closing author note is left out of the truth, as WCXB's truth leaves
# "Name is a ..." notes out on 40 of 45 pages
ps = [
    "Every spring the same argument returns to the council chamber, as reliably as the potholes it is about. Someone proposes to fix the roads properly; someone else points out that properly costs money; and by June we have agreed to patch them again.",
    "I have covered this city for long enough to have written that sentence before. What has changed is the arithmetic. A patch used to last three winters. On the heavier bus routes it now lasts one, and crews are filling the same holes twice a year.",
    "The public works department's own figures show that the city spent more on patching last year than it would have cost to resurface four miles of road outright. That is not thrift. It is paying rent on a problem we could own.",
    "The objection, of course, is that resurfacing means borrowing, and borrowing means interest. But the city already borrows for sewers and school roofs, on the sound principle that something lasting thirty years can be paid for over thirty years. Roads are no different.",
    "There is also a fairness argument that rarely gets made. The worst roads are not spread evenly. They cluster in the older neighbourhoods east of the river, where fewer residents have the time to call the pothole line and where buses carry the most passengers.",
    "None of this requires a grand plan. It requires the council to pick the ten worst miles, fund them in one go, and publish the list so residents can hold them to it. If the bill comes in higher than promised, we will at least know what we bought.",
    "The alternative is to meet again next spring and have the same argument. I would rather write about something else.",
    "Marta Quill is a columnist for the Courier. Email her at mquill@midlandcourier.com.",
]
u = "https://www.midlandcourier.com/opinion/columns/2024/03/14/stop-patching-roads/"
art("n04", u, b_article(u, "Opinion: We keep patching the same potholes. It's time to pay for real roads", "Opinion", ["Marta Quill"], "2024-03-14T10:00:00Z", ps, kind="OpinionNewsArticle", label="Columns"), "Opinion: We keep patching the same potholes. It's time to pay for real roads", ps[:-1], "Marta Quill", "2024-03-14")

# 05 analysis with subheadings (site B)
ps = [
    "When the state raised its minimum wage in January, restaurant owners in Midland warned that menus would get shorter and staff would get fewer. Ten weeks in, the early numbers point in a more complicated direction.",
    "Payroll data from the county's largest staffing agency show that restaurant hours worked in February were down 3 percent from a year earlier, while the number of people employed was almost unchanged. In other words, employers have trimmed shifts rather than cut jobs.",
    "## Prices went up, but not evenly",
    "A Courier survey of 60 menus found that the median price of a main course rose by 6 percent between December and March. Fast-food chains raised prices the most, by about 9 percent, while independent sit-down restaurants raised theirs by less than 4 percent.",
    "Owners of smaller places said they were wary of losing regulars. \"I can put the burger up a dollar once,\" said Dario Pell, who runs a diner on Fourth Street. \"I can't do it twice in a year.\"",
    "## Workers report mixed results",
    "For workers, the higher hourly rate has not always meant a bigger paycheck. Several servers interviewed for this article said their hours had been cut by one or two shifts a week, roughly cancelling out the raise. Kitchen staff, who are harder to replace, generally reported working the same hours as before.",
    "Economists caution against reading too much into two months of figures. Winter is a slow season for restaurants in any year, and the state's figures for January were distorted by a week of storms that closed many businesses.",
    "## What to watch",
    "The clearer test will come in the summer, when demand picks up and owners decide whether to bring back the shifts they cut. The state labour department plans to publish its first full review of the wage increase in September.",
    "Until then, the honest answer to whether the raise has helped or hurt is that it has done a little of both, and that the balance depends heavily on which side of the kitchen door you work.",
]
u = "https://www.midlandcourier.com/business/2024/03/14/minimum-wage-restaurants-analysis/"
art("n05", u, b_article(u, "Ten weeks after the wage increase, restaurants cut shifts, not jobs", "Business", ["Ray Okonjo"], "2024-03-14T08:00:00Z", ps, kind="AnalysisNewsArticle", label="Analysis", dek="Early data suggest owners are trimming hours and raising prices unevenly."), "Ten weeks after the wage increase, restaurants cut shifts, not jobs", ps, "Ray Okonjo", "2024-03-14")

# 06 live blog (site B)
entries = [
    ("10:42 p.m.", "Polls have closed. Results are expected from the first precincts within the hour, starting with the early votes cast by mail."),
    ("10:55 p.m.", "Turnout looks strong in the northern wards. Election officials in Ward 3 say more than half of registered voters had cast ballots by mid-afternoon."),
    ("11:08 p.m.", "First results are in: with 12 of 64 precincts reporting, Councillor Ana Ferreira leads incumbent Mayor George Haldane by roughly 600 votes."),
    ("11:21 p.m.", "Haldane's campaign says it is too early to draw conclusions because the precincts counted so far lean toward Ferreira. His supporters are gathered at the union hall on Canal Street."),
    ("11:37 p.m.", "With 28 precincts reporting, the gap has narrowed to about 250 votes. The southern precincts, where Haldane won comfortably four years ago, have yet to report."),
    ("11:50 p.m.", "The school bond measure is passing easily, with about 61 percent in favour so far. It needs a simple majority."),
    ("12:04 a.m.", "Haldane has taken a narrow lead of 90 votes with 41 precincts reporting. The room at the union hall erupted when the number appeared on screen."),
    ("12:19 a.m.", "A county spokesperson says about 2,000 provisional ballots will not be counted until Thursday, which could decide a race this close."),
    ("12:33 a.m.", "Ferreira addressed supporters briefly, telling them to go home and rest. \"We will not know tonight, and that is fine,\" she said. \"Every vote gets counted.\""),
    ("12:51 a.m.", "With 60 of 64 precincts reporting, Haldane leads by 134 votes. The remaining precincts are small and unlikely to close the gap on their own."),
    ("1:10 a.m.", "All precincts have now reported. Haldane leads by 112 votes, short of the margin that would avoid an automatic recount if provisional ballots narrow it further."),
    ("1:24 a.m.", "That is where we will leave our live coverage for tonight. Follow the Courier on Thursday for the count of provisional ballots and reaction from both campaigns."),
]
lb_html = "\n".join(f'<div class="live-entry" id="entry-{i}"><div class="entry-time"><time>{t}</time></div><div class="entry-body"><p>{esc(x)}</p></div></div>' for i, (t, x) in enumerate(reversed(entries)))
body = "\n\n".join(f"{t}\n\n{x}" for t, x in reversed(entries))
u = "https://www.midlandcourier.com/politics/2024/03/13/live-mayor-election-results/"
extra = {"coverageStartTime": "2024-03-13T22:30:00-04:00", "coverageEndTime": "2024-03-14T01:30:00-04:00",
         "liveBlogUpdate": [{"@type": "BlogPosting", "headline": x[:60], "datePublished": "2024-03-14T01:00:00-04:00", "articleBody": x} for _, x in entries]}
add("n06", u, b_article(u, "Live: Midland mayor's race too close to call as Haldane edges ahead", "Politics", ["Courier staff"], "2024-03-13T22:30:00-04:00", [e[1] for e in entries], kind="LiveBlogPosting", label="Live updates", extra_ld=extra, body_html=lb_html), "article", "Live: Midland mayor's race too close to call as Haldane edges ahead", body, None, "2024-03-13")

# 07 photo gallery (site A): captions are the story
caps = [
    ("Volunteers haul a net of plastic bottles from the shallows at Gull Point on Saturday morning, the first of this year's beach clean-ups.", "gull1.jpg"),
    ("Nine-year-old Priya Castell sorts bottle caps by colour at the collection tent. Organisers said children made up nearly a third of the 180 volunteers.", "gull2.jpg"),
    ("A length of rope, thought to have come from a fishing boat, took six people to drag clear of the rocks below the lighthouse.", "gull3.jpg"),
    ("Bags of rubbish wait for collection along the sea wall. The group estimates it removed just over 1.2 tonnes of waste by midday.", "gull4.jpg"),
    ("Marine biologist Evan Rudd shows volunteers a crab tangled in netting before releasing it back into a rock pool.", "gull5.jpg"),
    ("The day ended with soup and bread at the lifeboat station, where organisers announced the next clean-up for April 13.", "gull6.jpg"),
]
intro = "About 180 volunteers spent Saturday morning clearing rubbish from Gull Point beach. Here are scenes from the day."
gal = f'<p>{esc(intro)}</p>' + "".join(f'<figure class="gallery-item"><img src="/wp-content/uploads/2024/03/{f}" alt=""><figcaption class="wp-caption-text">{esc(c)} <span class="photo-credit">Photo: Sam Ortiz / The Harbor Ledger</span></figcaption></figure>' for c, f in caps)
u = "https://www.harborledger.com/photos/2024/03/10/gull-point-beach-clean-up-photos/"
title = "Photos: Volunteers clear more than a tonne of rubbish from Gull Point"
metas = f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}"><meta property="article:published_time" content="2024-03-10T15:00:00+00:00"><meta name="author" content="Sam Ortiz">'
main = f'<article class="post type-gallery hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">By <a href="/author/sam-ortiz/">Sam Ortiz</a> <time datetime="2024-03-10T15:00:00+00:00">March 10, 2024</time></div></header><div class="entry-content gallery">{gal}</div></article>'
jl = yoast_graph(u, title, "NewsArticle", "2024-03-10T15:00:00+00:00", "Sam Ortiz", "News", intro, {"image": [{"@type": "ImageObject", "url": f"https://www.harborledger.com/{f}", "caption": c} for c, f in caps]})
add("n07", u, site_a(u, title, metas, jl, main), "article", title, intro + "\n\n" + "\n\n".join(c + " Photo: Sam Ortiz / The Harbor Ledger" for c, _ in caps), "Sam Ortiz", "2024-03-10")

# 08 video page with a short text (site B)
u = "https://www.midlandcourier.com/video/news/ice-jam-river-flooding-drone-footage-8a1f2c/"
title = "Video: Drone footage shows ice jam pushing river over its banks"
txt = ["Drone footage captured on Tuesday shows a jam of broken ice backing up the Sable River near the Fenwick Road bridge, pushing water into low-lying fields and two farmyards. County emergency managers said no homes were flooded, and the jam began to break up on its own by late afternoon. Residents along River Road were asked to move vehicles to higher ground overnight as a precaution."]
vid = {"@context": "https://schema.org", "@type": "VideoObject", "name": title, "description": txt[0][:150], "uploadDate": "2024-03-12T16:20:00Z", "duration": "PT1M42S", "thumbnailUrl": "https://www.midlandcourier.com/thumbs/icejam.jpg", "contentUrl": "https://video.midlandcourier.com/icejam.mp4", "publisher": {"@type": "Organization", "name": "Midland Daily Courier"}}
metas = f'<meta property="og:type" content="video.other"><meta property="og:title" content="{esc(title)}"><meta property="og:video" content="https://video.midlandcourier.com/icejam.mp4"><meta name="description" content="{esc(txt[0][:150])}">'
main = f"""<div class="video-page"><div class="video-player"><video controls poster="/thumbs/icejam.jpg"><source src="https://video.midlandcourier.com/icejam.mp4"></video></div>
<div class="video-meta"><h1 class="headline">{esc(title)}</h1><div class="timestamp"><time datetime="2024-03-12T16:20:00Z">March 12, 2024</time></div><div class="duration">1:42</div>
<div class="video-description"><p>{esc(txt[0])}</p></div></div></div>
<section class="video-playlist"><h2>More videos</h2><ul>{''.join(f'<li><a href="/video/news/clip-{i}/"><h3>{t}</h3><span class="duration">0:{40+i}</span></a></li>' for i, t in enumerate(['Highlights: Midland beats Carver in overtime', 'Watch: new ferry arrives at harbour', 'Mayor answers questions on budget', 'Firefighters rescue dog from frozen pond', 'Weather: snow returns this weekend']))}</ul></section>"""
add("n08", u, site_b(u, title, metas, ld(vid), main, page_type="video"), "article", title, txt[0], None, "2024-03-12")

# 09 interview in Q&A form (site A)
ps = [
    "After 31 years behind the counter, harbour chandler Ruth Ambrose closes her shop on Saturday. We asked her about boats, customers and what comes next.",
    "Q: How did you end up running a chandlery?",
    "A: By accident, really. My father ran it, and I came back for one summer to help after his knee operation. He never went back to work and I never left.",
    "Q: What has changed most in three decades?",
    "A: The boats are bigger and the sailors are older. When I started, half my customers were fishermen buying rope by the metre. Now most are weekend sailors who want electronics, and they order a lot of it online before they ask me.",
    "Q: Did online shopping hurt the business?",
    "A: It changed it. People still came in when something broke on a Saturday morning and they needed it fixed before the tide. You cannot post a shackle to someone who is sailing at eleven.",
    "Q: Was there a moment you knew it was time to retire?",
    "A: Last winter I caught myself explaining knots to a young man whose grandfather I had explained the same knot to. That was lovely, but it also made me count the years.",
    "Q: What will happen to the shop?",
    "A: A couple from Wickley are taking it over in May. They want to keep the name and add a small café, which my father would have hated and I think is a splendid idea.",
    "Q: What will you do with your Saturdays?",
    "A: Sail, for once. I have sold gear to other people for thirty years. I would like to use some of it myself.",
    "This interview has been edited for length and clarity.",
]
u = "https://www.harborledger.com/2024/03/12/ruth-ambrose-chandlery-interview/"
art("n09", u, a_article(u, "'The boats are bigger and the sailors are older': Ruth Ambrose on 31 years at the chandlery", "Culture", "Nadia Forde", "2024-03-12T07:00:00+00:00", ps, tags=("Interview", "Harbour"), figure=("ambrose.jpg", "Ruth Ambrose in her shop on Harbour Row. Photo: Sam Ortiz")), "'The boats are bigger and the sailors are older': Ruth Ambrose on 31 years at the chandlery", ps, "Nadia Forde", "2024-03-12")

# 10 obituary (site C): no date in URL, slug only
ps = [
    "Walter James Penhallow, who taught chemistry at Northgate High School for 38 years and coached its cross-country team to four state titles, died March 9 at his home in Northgate. He was 87.",
    "Born in Wickley in 1936, he was the youngest of five children of a railway signalman and a seamstress. He studied chemistry at the state university on a scholarship and served two years in the Army Medical Corps before returning home to teach.",
    "Generations of students remember his demonstrations, which often involved small, carefully controlled explosions, and his habit of running the cross-country course alongside his team well into his sixties.",
    "He married Eleanor Crane in 1961; she died in 2015. He is survived by his daughters, Ann Lisle of Northgate and Claire Penhallow of Portsmouth; his son, David, of Denver; seven grandchildren; and two great-grandchildren.",
    "A memorial service will be held at 11 a.m. Saturday, March 23, at St. Columba's Church, followed by a reception in the school gymnasium. In lieu of flowers, the family asks that donations be made to the Northgate High School science scholarship fund.",
]
u = "https://northgateherald.net/obituaries/walter-james-penhallow"
art("n10", u, c_article(u, "Walter James Penhallow, 1936-2024", None, "Published March 13, 2024", ps, section="Obituaries"), "Walter James Penhallow, 1936-2024", ps, None, "2024-03-13")

# 11 corrections page: a listing of dated corrections (site A)
corr = [
    ("March 12, 2024", "A story on March 11 about ferry timetable changes gave the wrong departure time for the first weekday sailing. It leaves at 6:40 a.m., not 6:10 a.m.", "/2024/03/11/ferry-timetable-changes-spring/"),
    ("March 8, 2024", "A photo caption on March 7 misspelled the name of a councillor. She is Rita Vaughan, not Rita Vaughn.", "/2024/03/07/council-parking-fees-rise/"),
    ("March 4, 2024", "An article on March 2 about the school budget said the district planned to cut 12 teaching posts. The district has proposed cutting 12 posts in total, of which five are teaching posts.", "/2024/03/02/school-budget-cuts/"),
    ("February 27, 2024", "A headline on February 26 said the harbour wall would reopen in May. The council has said it hopes to reopen it by May but has not set a date.", "/2024/02/26/harbour-wall-reopen/"),
    ("February 20, 2024", "A story on February 19 gave the wrong age for the winner of the youth sailing trophy. He is 15.", "/2024/02/19/youth-sailing-trophy/"),
    ("February 13, 2024", "A restaurant review on February 12 gave the wrong opening hours for the Tidewater Grill. It is closed on Mondays.", "/2024/02/12/tidewater-grill-review/"),
]
intro = "The Harbor Ledger corrects errors of fact as soon as we learn of them. Corrections are noted at the end of the original story and listed here. To report an error, email corrections@harborledger.com."
ch = f"<p>{esc(intro)}</p>" + "".join(f'<div class="correction"><h3><time>{d}</time></h3><p>{esc(c)} <a href="https://www.harborledger.com{l}">Read the corrected story</a></p></div>' for d, c, l in corr)
u = "https://www.harborledger.com/corrections/"
title = "Corrections and clarifications"
metas = '<meta property="og:type" content="website"><meta property="og:title" content="Corrections and clarifications">'
jl = yoast_graph(u, title, None, "2019-05-01T00:00:00+00:00", None, "Corrections", intro)
main = f'<article class="page type-page hentry"><header class="entry-header"><h1 class="entry-title">{title}</h1></header><div class="entry-content">{ch}</div></article>'
add("n11", u, site_a(u, title, metas, jl, main, body_class="page-template-default page"), "listing", title, intro + "\n\n" + "\n\n".join(f"{d}\n\n{c} Read the corrected story" for d, c, _ in corr))

# 12 recipe on a newspaper site (site B)
ing = ["2 tablespoons olive oil", "1 large onion, finely chopped", "3 cloves garlic, sliced", "1 teaspoon smoked paprika", "400 grams canned chickpeas, drained", "400 grams canned chopped tomatoes", "200 grams spinach", "4 eggs", "Salt and pepper", "Crusty bread, to serve"]
steps = ["Heat the oil in a wide pan over medium heat and cook the onion for 8 minutes, until soft and golden.", "Add the garlic and paprika and cook for 1 minute, stirring, until fragrant.", "Tip in the chickpeas and tomatoes, season well and simmer for 10 minutes, until thickened.", "Stir in the spinach a handful at a time until wilted.", "Make four hollows in the sauce, crack an egg into each, cover and cook for 5 to 7 minutes, until the whites are set but the yolks still runny.", "Serve straight from the pan with plenty of bread."]
intro_ps = ["This is the dinner I make when the fridge is nearly empty and nobody wants to go shopping. Everything except the eggs and spinach comes from the cupboard, and it is on the table in half an hour.", "Smoked paprika does most of the work here, giving the sauce a deep, almost meaty flavour. If you have a little chorizo, fry it with the onion; if not, the dish is just as good without."]
rhtml = paras(intro_ps) + '<div class="recipe-card"><h2>Chickpea and spinach shakshuka</h2><ul class="recipe-meta"><li>Serves 4</li><li>Prep: 10 minutes</li><li>Cook: 25 minutes</li></ul><h3>Ingredients</h3><ul class="ingredients">' + "".join(f"<li>{esc(i)}</li>" for i in ing) + '</ul><h3>Method</h3><ol class="steps">' + "".join(f"<li>{esc(s)}</li>" for s in steps) + "</ol></div>"
rbody = "\n\n".join(intro_ps) + "\n\nChickpea and spinach shakshuka\n\nServes 4\n\nPrep: 10 minutes\n\nCook: 25 minutes\n\nIngredients\n\n" + "\n".join(ing) + "\n\nMethod\n\n" + "\n".join(steps)
u = "https://www.midlandcourier.com/food/recipes/chickpea-spinach-shakshuka/"
title = "Chickpea and spinach shakshuka: a 30-minute pantry dinner"
rld = {"@context": "https://schema.org", "@type": "Recipe", "name": "Chickpea and spinach shakshuka", "author": {"@type": "Person", "name": "Helen Marsh"}, "datePublished": "2024-03-11", "recipeYield": "4", "prepTime": "PT10M", "cookTime": "PT25M", "recipeIngredient": ing, "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in steps]}
html = b_article(u, title, "Food", ["Helen Marsh"], "2024-03-11T12:00:00Z", intro_ps, label="Recipes", body_html=rhtml, jsonld=False).replace("</head>", ld(rld) + "</head>")
add("n12", u, html, "article", title, rbody, "Helen Marsh", "2024-03-11")

# 13 press release on a news site's business section (site C)
ps = [
    "NORTHGATE, March 13, 2024 — Fenwick Valley Dairy Cooperative today announced that it will invest $4.2 million in a new cheese-aging facility at its plant on Mill Road, creating 18 full-time jobs by the end of next year.",
    "The 22,000-square-foot building will allow the cooperative to age cheddar and alpine-style cheeses on site rather than sending them to a contractor two states away. Construction is expected to begin in June.",
    "\"Our members have been asking for years to keep more of the value of their milk here in the valley,\" said cooperative chair Joan Trevethan. \"This facility does exactly that.\"",
    "The project is supported by a $600,000 grant from the state's rural development fund and a low-interest loan from Northgate Savings Bank.",
    "About Fenwick Valley Dairy Cooperative: Founded in 1948, the cooperative is owned by 64 family dairy farms in Fenwick and Ashby counties and produces cheese, butter and cultured products sold across the region.",
    "Media contact: Liam Geary, communications manager, 555-0142, press@fenwickdairy.coop",
]
u = "https://northgateherald.net/business/press-releases/story.php?id=91827"
art("n13", u, c_article(u, "Fenwick Valley Dairy Cooperative to build $4.2 million cheese-aging facility", None, "Press release — March 13, 2024", ps, section="Business", iso="2024-03-13"), "Fenwick Valley Dairy Cooperative to build $4.2 million cheese-aging facility", ps, None, "2024-03-13")

with open(os.path.join(HERE, "gen_listings.py")) as f:
    exec(f.read())

os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
for pid, (t, html) in PAGES.items():
    with gzip.open(os.path.join(HERE, "html", pid + ".html.gz"), "wt", encoding="utf-8") as f:
        f.write(html)
with open(os.path.join(HERE, "ground-truth.json"), "w") as f:
    json.dump({pid: t for pid, (t, _) in PAGES.items()}, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
