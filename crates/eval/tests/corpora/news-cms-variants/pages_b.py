# Story shapes: wire copy, opinion with bio box, corrections, pull quotes, polls, FAQ explainers,
# photo stories, key-points summaries, WordPress/Jetpack and Gannett-style markup.
# Run by gen.py (exec), which defines add, P, E, ld, news_ld, og, story.


def wp_page(site, t, a, iso, shown, content, after="", cats="News", body_class="single single-post"):
    """A WordPress news theme around `content` (the entry-content inner HTML)."""
    return f"""<body class="post-template-default {body_class} postid-{sum(map(ord, t)) % 90000} wp-embed-responsive"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">Local news since 1911</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/news/">News</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/category/sports/">Sports</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-{cats.lower()}"><header class="entry-header"><span class="cat-links"><a href="/category/{cats.lower()}/" rel="category tag">{cats}</a></span><h1 class="entry-title">{E(t)}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard">By <a class="url fn n" href="/author/{a.lower().replace(' ', '-')}/">{a}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{iso}">{shown}</time></span></div></header>
<div class="entry-content">{content}</div>{after}</article></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/r/1">Marina fees to rise in the spring</a></li><li><a href="/r/2">New crosswalk planned near Lowell Middle School</a></li><li><a href="/r/3">Volunteer fire company marks its centennial</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 {site}. Proudly powered by WordPress.</div></footer></div></body>"""


def wp_head(t, a, iso, site, kind="NewsArticle"):
    return f'<title>{E(t)} &#8211; {site}</title>' + og(t, site=site, published=iso, author=a) + news_ld(kind, t, [a], iso, site)


# c11 syndicated wire story with a dateline, rights notice and "Related" links
t = "Mountain pass reopens after rockslide cleared ahead of schedule"
a = "Priya Venkataraman"
site = "Oster Falls Record"
u = "https://osterfallsrecord.com/2024/03/21/mountain-pass-reopens-after-rockslide/"
b = story(111, 7)
b[0] = "HOLLINS FORD, Ore. (Meridian Wire) \u2014 " + b[0]
content = "".join(P(x) for x in b) + '<p class="wire-rights">Copyright 2024 Meridian Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>'
after = '<div class="jp-relatedposts" id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2024/02/11/pass-closed/">Rockslide closes mountain pass indefinitely</a></h4><p class="jp-relatedposts-post-date">February 11, 2024</p><p class="jp-relatedposts-post-context">In "News"</p></div></div></div>'
head = wp_head(t, a, "2024-03-21T16:20:00+00:00", site)
add("c11", u, head, wp_page(site, t, f"{a}, Meridian Wire", "2024-03-21T16:20:00+00:00", "March 21, 2024", content, after), b, t, author=a, published="2024-03-21")

# c12 opinion piece: tagline in the body (left out of the truth, as WCXB's truth leaves "Name is a ..."
# author notes out on 40 of 45 pages), author bio box after it
t = "Opinion: Our town's best public space is a parking lot. Let's admit it"
a = "Ruben Szabo"
site = "Brightwater Beacon"
u = "https://brightwaterbeacon.com/opinion/2024/04/09/best-public-space-is-a-parking-lot/"
b = story(112, 7)
tag = "Ruben Szabo is a retired surveyor and a member of the Brightwater planning advisory board. The views here are his own."
bio = '<div class="author-box"><div class="author-box__avatar"><img src="/wp-content/uploads/ruben.jpg" alt=""></div><div class="author-box__body"><h4 class="author-box__name">About Ruben Szabo</h4><p class="author-box__bio">Ruben writes a monthly column on planning and public spaces. He has lived in Brightwater for 31 years and still cannot parallel park.</p><a class="author-box__more" href="/author/ruben-szabo/">View all posts by Ruben Szabo</a></div></div>'
content = "".join(P(x) for x in b) + f"<p><em>{E(tag)}</em></p>" + '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li><li class="share-x"><a href="#"><span>X</span></a></li><li class="share-email"><a href="#"><span>Email</span></a></li><li class="share-print"><a href="#"><span>Print</span></a></li></ul></div></div></div><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
head = wp_head(t, a, "2024-04-09T11:00:00+00:00", site, "OpinionNewsArticle")
add("c12", u, head, wp_page(site, t, a, "2024-04-09T11:00:00+00:00", "April 9, 2024", content, bio, cats="Opinion"), b, t, author=a, published="2024-04-09")

# c13 story with an editor's note at the top and a correction at the end (both article text)
t = "Hospital board delays vote on maternity ward closure"
a = "Yuki Harrow"
site = "Kestrel Bay Current"
u = "https://kestrelbaycurrent.org/health/hospital-board-delays-vote-on-maternity-ward/"
b = story(113, 7)
note = "Editor's note: This story has been updated to include comments from the hospital's chief nursing officer, which were received after publication."
corr = "Correction: An earlier version of this story misstated the number of births at the hospital last year. There were 412, not 512."
content = f'<p class="editors-note"><em>{E(note)}</em></p>' + "".join(P(x) for x in b) + f'<div class="correction-notice"><p><strong>Correction:</strong> {E(corr[len("Correction: "):])}</p></div>'
add("c13", u, wp_head(t, a, "2024-02-22T18:05:00-08:00", site), wp_page(site, t, a, "2024-02-22T18:05:00-08:00", "February 22, 2024", content, cats="Health"), [note] + b + [corr], t, author=a, published="2024-02-22")

# c14 story with a pull quote repeated from the body (Gutenberg pullquote block and an aside)
t = "Ferry crew members describe the night the engine failed"
a = "Amos Treadwell"
site = "Kestrel Bay Current"
u = "https://kestrelbaycurrent.org/news/ferry-crew-describe-engine-failure/"
b = story(114, 8)
b[3] = "\u201cYou stop thinking about the schedule and start thinking about the rocks,\u201d said deckhand Ivo Brannigan, who has worked on the route for nine years. The crew dropped anchor within four minutes of losing power."
pq = "\u201cYou stop thinking about the schedule and start thinking about the rocks.\u201d"
content = "".join(P(x) for x in b[:3]) + P(b[3]) + f'<figure class="wp-block-pullquote"><blockquote><p>{E(pq)}</p><cite>Ivo Brannigan, deckhand</cite></blockquote></figure>' + "".join(P(x) for x in b[4:6]) + f'<aside class="pull-quote"><p>{E("The crew dropped anchor within four minutes of losing power.")}</p></aside>' + "".join(P(x) for x in b[6:])
add("c14", u, wp_head(t, a, "2024-03-03T09:00:00-08:00", site), wp_page(site, t, a, "2024-03-03T09:00:00-08:00", "March 3, 2024", content), b, t, author=a, published="2024-03-03")

# c15 story with an inline poll widget and a quiz teaser
t = "Should Mellick ban leaf blowers? The council will decide next month"
a = "Celeste Obi"
site = "Mellick Messenger"
u = "https://mellickmessenger.com/2024/04/15/should-mellick-ban-leaf-blowers/"
b = story(115, 8)
poll = '<div class="poll-widget" data-poll-id="771"><div class="poll-header"><span class="poll-label">Poll</span></div><h4 class="poll-question">Should Mellick ban gas-powered leaf blowers?</h4><form class="poll-form"><label class="poll-option"><input type="radio" name="p771" value="1"> Yes, all year</label><label class="poll-option"><input type="radio" name="p771" value="2"> Only in summer</label><label class="poll-option"><input type="radio" name="p771" value="3"> No</label><button type="submit" class="poll-vote">Vote</button></form><a class="poll-results" href="#">View results</a><p class="poll-count">1,208 votes</p></div>'
quiz = '<div class="quiz-embed"><h4>Quiz: How well do you know Mellick\'s noise rules?</h4><p>Question 1 of 5</p><p class="quiz-q">What time do construction sites have to go quiet on weekdays?</p><ul class="quiz-answers"><li><button>6 p.m.</button></li><li><button>8 p.m.</button></li><li><button>10 p.m.</button></li></ul><button class="quiz-next">Next question</button></div>'
content = "".join(P(x) for x in b[:3]) + poll + "".join(P(x) for x in b[3:6]) + quiz + "".join(P(x) for x in b[6:])
add("c15", u, wp_head(t, a, "2024-04-15T07:30:00-04:00", site), wp_page(site, t, a, "2024-04-15T07:30:00-04:00", "April 15, 2024", content), b, t, author=a, published="2024-04-15")

# c16 explainer with question subheads (and FAQPage data)
t = "What the new stormwater fee means for your bill"
a = "Noor Halvorsen"
site = "Mellick Messenger"
u = "https://mellickmessenger.com/2024/05/02/stormwater-fee-explained/"
qa = [("What is the stormwater fee?", ["The fee is a monthly charge on every property that has a roof, driveway or parking area, surfaces that send rain into the storm drains instead of letting it soak into the ground. It starts with the July bill."]),
      ("How much will I pay?", ["Most single-family homes will pay $6.40 a month. The city measured every lot from aerial photos and sorted homes into three tiers by the size of their hard surfaces.", "Businesses and apartment buildings will be charged by the square foot, which means a large parking lot could cost its owner several thousand dollars a year."]),
      ("Why is the city doing this now?", ["The storm drains under the east side were built in the 1950s and flood several times a year. Repairs have been paid from the general fund, competing with police, parks and the library."]),
      ("Can I lower my fee?", ["Yes. Owners who install rain gardens, permeable paving or cisterns can apply for a credit of up to 40 percent. Forms will be on the city's website from June 1."]),
      ("What if I think my tier is wrong?", ["You can appeal to the public works department within 60 days of your first bill. Staff will review the aerial measurement and, if needed, visit the property."])]
intro = ["Starting in July, Mellick property owners will see a new line on their water bills. The city council approved the stormwater fee last month by a vote of five to two after a year of debate. Here is what it means for you."]
content = "".join(P(x) for x in intro) + "".join(f'<h2 class="wp-block-heading">{E(q)}</h2>' + "".join(P(x) for x in ps) for q, ps in qa)
truth = intro + [y for q, ps in qa for y in [q] + ps]
faq = ld({"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": " ".join(ps)}} for q, ps in qa]})
add("c16", u, wp_head(t, a, "2024-05-02T06:00:00-04:00", site) + faq, wp_page(site, t, a, "2024-05-02T06:00:00-04:00", "May 2, 2024", content, cats="Explainers"), truth, t, author=a, published="2024-05-02")

# c17 photo-heavy story: figures with captions and credits between short paragraphs
t = "A century of the Oster Falls county fair, in pictures and memories"
a = "Martina Grell"
site = "Oster Falls Record"
u = "https://osterfallsrecord.com/2024/08/18/county-fair-century/"
ps = ["The Oster Falls county fair turned 100 this week, and the gates opened on Thursday to the longest line anyone at the ticket booth could remember.",
      "The first fair, in 1924, was a single afternoon of livestock judging in a field behind the feed store. This year's runs for five days and fills 60 acres, with a grandstand, two barns and a midway that arrives on eleven trucks.",
      "Dorothy Ekdahl, 94, has entered a pie in every fair since 1947 except one, the year she had her second child. She won a blue ribbon on Friday for a rhubarb pie made from plants her mother set out before the war.",
      "The livestock barns remain the heart of the fair. More than 300 young people showed animals this year, from rabbits to draft horses, and the youth auction raised a record amount for the 4-H scholarship fund.",
      "Not everything has survived the century. The harness races ended in the 1970s, and the fair's beauty pageant was replaced in 1992 by a community service award, which this year went to a 17-year-old who organized free rides to the fair for residents of two nursing homes.",
      "Organizers say they are already planning for the next hundred years, beginning with a new roof for the poultry barn."]
caps = [("Riders wait for the Ferris wheel to start on opening night. ", "Photo by Jonah Teague / Oster Falls Record"),
        ("Dorothy Ekdahl holds her blue-ribbon rhubarb pie. ", "Photo by Jonah Teague / Oster Falls Record"),
        ("A 1931 photograph of the fair's first grandstand, which burned down in 1958. ", "Courtesy of the Oster Falls Historical Society"),
        ("A young exhibitor washes her Holstein heifer before the dairy show. ", "Photo by Martina Grell / Oster Falls Record"),
        ("The midway at dusk on Saturday. ", "Photo by Jonah Teague / Oster Falls Record")]
fig = lambda c: f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/08/fair{sum(map(ord, c[0])) % 99}.jpg" alt=""><figcaption class="wp-element-caption">{E(c[0])}<span class="credit">{E(c[1])}</span></figcaption></figure>'
content = fig(caps[0]) + P(ps[0]) + P(ps[1]) + fig(caps[1]) + P(ps[2]) + fig(caps[2]) + P(ps[3]) + fig(caps[3]) + P(ps[4]) + fig(caps[4]) + P(ps[5])
add("c17", u, wp_head(t, a, "2024-08-18T08:00:00-05:00", site), wp_page(site, t, a, "2024-08-18T08:00:00-05:00", "August 18, 2024", content, cats="Community"), ps, t, author=a, published="2024-08-18")

# c18 story with a "Key points" summary list at the top (Gannett-style markup, "Contributing" credit)
t = "County jail to add mental health unit after two years of delays"
a = "Jonah Teague"
site = "Hollins Ford Daily News"
u = "https://www.hollinsforddailynews.com/story/news/local/2024/06/11/county-jail-mental-health-unit/73981234007/"
b = story(118, 8)
kp = ["The 24-bed unit will open in the former laundry wing by next spring.", "The county will pay for it with opioid settlement money rather than a tax increase.", "Advocates say the plan still leaves too few counselors for the jail's population."]
gp = lambda x: f'<p class="gnt_ar_b_p">{E(x)}</p>'
aside = '<aside class="gnt_em gnt_em__el" aria-label="Related"><div class="gnt_em_t">Related</div><ul class="gnt_em_ls"><li><a class="gnt_em_ls_a" href="/story/news/local/2024/01/09/jail-staffing/72155601007/">Jail staffing shortage forces overtime for deputies</a></li><li><a class="gnt_em_ls_a" href="/story/news/local/2023/10/02/opioid-settlement-plan/71021877007/">How the county plans to spend its opioid settlement</a></li></ul></aside>'
body = f"""<body><div class="gnt_n"><a class="gnt_n_lg" href="/">{site}</a><nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="/news/">News</a><a class="gnt_n_mn_l" href="/sports/">Sports</a><a class="gnt_n_mn_l" href="/opinion/">Opinion</a><a class="gnt_n_mn_l" href="/obituaries/">Obituaries</a><a class="gnt_n_mn_l" href="/eedition/">E-Edition</a></nav><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a><a class="gnt_n_us_a" href="/login/">Sign In</a></div>
<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">{E(t)}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__s" href="/staff/2648/jonah-teague/">{a}</a><div class="gnt_ar_by_t">Hollins Ford Daily News</div></div>
<div class="gnt_ar_dt" aria-label="Published: 5:02 a.m. CT June 11, 2024">Published 5:02 a.m. CT June 11, 2024</div>
<div class="gnt_ss"><button class="gnt_ss_fb">Facebook</button><button class="gnt_ss_tw">X</button><button class="gnt_ss_em">Email</button></div>
<div class="gnt_ar_b" aria-label="Article Body">
<div class="gnt_ar_b_kp"><h2 class="gnt_ar_b_kp_h">Key points</h2><ul class="gnt_ar_b_ul">{''.join(f'<li class="gnt_ar_b_li">{E(x)}</li>' for x in kp)}</ul></div>
{gp(b[0])}{gp(b[1])}
<aside class="gnt_em gnt_em__ad" aria-label="advertisement"><div class="gnt_em_ad_lbl">Advertisement</div><div id="gnt_ad_poster2"></div></aside>
{gp(b[2])}{gp(b[3])}{aside}{gp(b[4])}
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="/gcdn/jail.jpg" alt=""><figcaption class="gnt_em_img_ccw">The former laundry wing at the county jail, which will be converted to a mental health unit. <span class="gnt_em_img_ccw_c">Jonah Teague/Hollins Ford Daily News</span></figcaption></figure>
{gp(b[5])}{gp(b[6])}{gp(b[7])}
<p class="gnt_ar_b_p"><em>Contributing: Ines Marlowe, Hollins Ford Daily News</em></p>
<p class="gnt_ar_b_p"><em>Jonah Teague covers courts and public safety. Reach him at jteague@hollinsforddailynews.com.</em></p>
</div></article>
<div class="gnt_rr"><h2>Most Popular</h2><ol><li><a href="/p/1">Splash pad reopens after repairs</a></li><li><a href="/p/2">Three vie for open school board seat</a></li></ol></div></main>
<footer class="gnt_f"><p>&copy; 2024 www.hollinsforddailynews.com. All rights reserved.</p><a href="/terms/">Terms of Service</a><a href="/privacy/">Privacy Notice</a><a href="/your-privacy-choices/">Your Privacy Choices</a></footer></body>"""
truth = ["Key points", "\n".join(kp)] + b + ["Contributing: Ines Marlowe, Hollins Ford Daily News", "Jonah Teague covers courts and public safety. Reach him at jteague@hollinsforddailynews.com."]
head = f'<title>{E(t)}</title>' + og(t, site=site, published="2024-06-11T10:02:00Z", author=a) + news_ld("NewsArticle", t, [a], "2024-06-11T10:02:00Z", site)
add("c18", u, head, body, truth, t, author=a, published="2024-06-11")

# c19 Arc-style story with "Story continues below advertisement" labels and an inline newsletter box
t = "Brightwater council backs plan for a year-round farmers market hall"
a = "Declan Ashby"
site = "Brightwater Beacon"
u = "https://brightwaterbeacon.com/news/local-news/brightwater-council-backs-market-hall"
b = story(119, 9)
cont = '<div class="ad-container"><p class="ad-label">Story continues below advertisement</p><div class="ad-slot" id="ad-bigbox"></div></div>'
nl = '<div class="newsletter-signup-inline"><h3>Sign up for our Morning Briefing</h3><p>A quick look at the day\'s local news, delivered to your inbox every weekday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form><p class="small">By signing up you agree to our Terms of Use and Privacy Policy. You may unsubscribe at any time.</p></div>'
arts = f'<article class="article-body">{P(b[0])}{P(b[1])}{cont}{P(b[2])}{P(b[3])}{nl}{P(b[4])}{cont}{P(b[5])}{P(b[6])}{P(b[7])}{P(b[8])}</article>'
body = f"""<body><header class="site-header"><a href="/">{site}</a><nav><a href="/news/">News</a><a href="/opinion/">Opinion</a><a href="/life/">Life</a></nav><button>Subscribe</button></header>
<main><div class="article-header"><a class="section-label" href="/news/local-news/">Local News</a><h1>{E(t)}</h1><div class="byline">By <span class="author-name">{a}</span> &middot; <span class="author-affil">Brightwater Beacon</span></div><div class="published-date">Posted April 23, 2024 7:00 am</div><div class="read-time">3 min read</div></div>
<div class="share-bar"><a>Share this Story: Brightwater council backs plan for a year-round farmers market hall</a><a>Facebook</a><a>Email</a></div>
{arts}
<section class="comments-teaser"><h2>Join the Conversation</h2><p>Comments are moderated and may take up to 24 hours before they appear on the site.</p><button>Read comments</button></section></main>
<footer><p>&copy; 2024 {site}, a division of Meridian Media Group. All rights reserved.</p></footer></body>"""
head = f'<title>{E(t)} | {site}</title>' + og(t, site=site, published="2024-04-23T11:00:00.000Z", author=a) + news_ld("NewsArticle", t, [a], "2024-04-23T11:00:00.000Z", site)
add("c19", u, head, body, b, t, author=a, published="2024-04-23")

# c20 short brief with no author byline (staff), Jetpack share/like/related and a comment form
t = "Dunmore Heights pool to open two weeks early"
site = "Dunmore Heights Dispatch"
u = "https://dunmoreheightsdispatch.com/2024/05/20/pool-to-open-early/"
b = ["The Dunmore Heights municipal pool will open on June 1, two weeks earlier than usual, the parks department announced Monday.",
     "The early opening is possible because repairs to the pool's filtration system finished ahead of schedule. Season passes go on sale at the recreation center on May 24 and cost $85 for residents and $120 for non-residents.",
     "Lifeguard positions are still open. Applicants must be at least 16 and pass a swim test, which will be held at the high school pool on May 27."]
content = "".join(P(x) for x in b) + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2023/08/30/pool-filtration/">Pool closes early after filter breaks</a></h4><time class="jp-relatedposts-post-date">August 30, 2023</time><p class="jp-relatedposts-post-context">In &quot;Community&quot;</p></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2024/04/02/parks-budget/">Parks budget includes new splash pad</a></h4><time>April 2, 2024</time><p class="jp-relatedposts-post-context">In &quot;News&quot;</p></div></div></div>'
after = '<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="Post Comment"></p></form></div></div>'
head = f'<title>{E(t)} &#8211; {site}</title>' + og(t, site=site, published="2024-05-20T14:10:00+00:00")
add("c20", u, head, wp_page(site, t, "Dispatch Staff", "2024-05-20T14:10:00+00:00", "May 20, 2024", content, after), b, t, author="Dispatch Staff", published="2024-05-20")
