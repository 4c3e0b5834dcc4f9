# Publishing-stack templates: Medium, Substack, Ghost, TownNews BLOX, Arc, Brightspot, Drupal, AMP, live blogs.
# Run by gen.py (exec), which defines add, P, E, ld, news_ld, og, story.

# c01 Medium-style member-only post in a publication
t = "What a small town learned when it turned off its traffic lights"
a = "Ines Marlowe"
u = "https://medium.com/field-notes-on-cities/what-a-small-town-learned-when-it-turned-off-its-traffic-lights-4f2a9c1e7b3d"
b = story(101, 9)
h2s = ["The week nothing happened", "Why drivers slowed down"]
mp = lambda x, i: f'<p id="p{i:02x}a" class="pw-post-body-paragraph lq lr gu ls b lt lu lv lw lx ly lz ma mb" data-selectable-paragraph="">{E(x)}</p>'
mh = lambda x, i: f'<h2 id="h{i:02x}b" class="mu mv gu be mw mx my mz na nb nc nd ne nf ng" data-selectable-paragraph="">{E(x)}</h2>'
body_parts = [mp(b[0], 0), mp(b[1], 1), f'<figure class="nj nk nl nm nn no paragraph-image"><div role="button" tabindex="0" class="np nq fj nr bg ns"><picture><img alt="" class="bg lm nt c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:700/1.jpg"></picture></div><figcaption class="nu nv nw nh ni nx ny be b bf z du" data-selectable-paragraph="">The crossing at Mill and Fourth, where the signals were bagged for a month. Photo by the author.</figcaption></figure>',
              mh(h2s[0], 2), mp(b[2], 3), mp(b[3], 4), f'<blockquote class="nz oa ob"><p id="q1" class="lq lr oc ls b lt lu lv" data-selectable-paragraph="">{E(b[4])}</p></blockquote>',
              mh(h2s[1], 5), mp(b[5], 6), mp(b[6], 7), mp(b[7], 8), mp(b[8], 9)]
truth = b[:2] + [h2s[0], b[2], b[3], b[4], h2s[1]] + b[5:]
clap = lambda: '<div class="ab q kf kg"><div class="pw-multi-vote-icon fd kh ki kj kk"><button aria-label="clap" class="kl km"><svg width="24" height="24"></svg></button></div><div class="pw-multi-vote-count l kn ko kp kq kr ks kt"><p class="be b du z dt"><span class="ku">2.4K</span></p></div></div><div class="bm" aria-hidden="false"><button class="ah kv" aria-label="responses"><svg width="24" height="24"></svg><p class="be b du z dt"><span class="pw-responses-count kw kx">31</span></p></button></div><div class="ab q"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af fd ah ai"><svg></svg></button><button aria-label="Listen" data-testid="audioPlayButton" class="af fd ah"><p class="be b bf z du">Listen</p></button><button aria-label="Share Post" data-testid="headerSocialShareButton"><p class="be b bf z du">Share</p></button></div>'
more = "".join(f'<div class="pq pr ps"><a href="/field-notes-on-cities/p{i}"><h2 class="be gv ok z gx pt gz ha pu pv pw hd hf bj">{E(x)}</h2></a><div class="px"><h3 class="be b ix z gx py gz ha pz ip ir du">{E(d)}</h3></div><div class="ab q"><span class="be b du z du">Jan {i + 3}, 2024</span><span>{i}.1K</span><span>{i + 8}</span></div></div>'
               for i, (x, d) in enumerate([("The bus stop that nobody could find", "A story about wayfinding, paint and one very stubborn committee"),
                                           ("Parking minimums are a tax on everyone", "How a rule from 1961 still shapes the places we live"),
                                           ("I rode every ferry in the state in one summer", "Notes from eleven crossings and a lot of vending machine coffee")], 1))
body = f"""<body><div id="root"><div class="a b c"><div class="l c"><div class="l" style="display:none"></div>
<div class="ab d bg"><div class="ce cf"><a href="/" aria-label="Homepage" data-testid="headerMediumLogo"><svg></svg></a><div class="ab"><input placeholder="Search" data-testid="headerSearchInput"></div></div>
<div class="ab q"><a href="/new-story" data-testid="headerWriteButton"><span>Write</span></a><a href="/m/signin" data-testid="headerSignInButton">Sign in</a><a href="/m/signup" data-testid="headerSignUpButton">Sign up</a></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gb gc gd ge gf"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div class="ab q gg"><div class="ab q"><svg width="16" height="16"></svg><p class="be b bf z du">Member-only story</p></div></div>
<div><h1 id="t01" class="pw-post-title gh gi gj be gk gl gm gn go gp gq gr gs gt" data-testid="storyTitle" data-selectable-paragraph="">{E(t)}</h1></div>
<div><h2 id="s01" class="pw-subtitle-paragraph hc gi gj be b hd he hf hg hh hi hj hk du" data-selectable-paragraph="">Thirty days without signals at four intersections, and what the crash numbers showed afterwards</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hl hm hn ho hp ab"><div><div class="ab hq"><a href="/@ines.marlowe?source=post_page-----4f2a9c1e7b3d"><div class="l hr hs by ht hu"><img alt="{a}" class="l fd by dd de cx" src="https://miro.medium.com/v2/da:true/resize:fill:88:88/0.jpg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="hv ab q"><div class="ab q hw"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b hx hy bj"><a class="af ag ah ai aj ak al am an ao ap aq ar hz" data-testid="authorName" href="/@ines.marlowe?source=post_page-----4f2a9c1e7b3d">{a}</a></p></div></div></div><span class="ia ib" aria-hidden="true"><span class="be b bf z du">·</span></span><p class="be b hx hy du"><button class="ic id ah ai aj ak">Follow</button></p></div></div></span></div></div>
<div class="l ie"><span class="be b bf z du"><div class="ab cn if ig ih"><div class="ii ij ab"><div class="be b bf z du ab ik"><span class="il l ie">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai" data-testid="publicationName" href="/field-notes-on-cities"><p class="be b bf z im in io ip iq ir is it bj">Field Notes on Cities</p></a></div></div></div><div class="h k"><span class="ia ib" aria-hidden="true"><span class="be b bf z du">·</span></span></div></div><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">7 min read</span><div class="iu iv l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·</span></span></div><span data-testid="storyPublishDate">Feb 27, 2024</span></div></span></div></span></div></div></div>
<div class="ab cp iw ix iy iz ja jb jc jd je jf jg jh ji jj jk jl"><div class="h k w fg fh q">{clap()}</div></div></div></div>
{''.join(body_parts)}
</div></div></div></div></section></div></div></article></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ob oc ab ix"><div class="od ab"><a href="/tag/urban-planning?source=post_page"><div class="oe fj cw of gj og oh be b bf z bj oi">Urban Planning</div></a><a href="/tag/traffic-safety?source=post_page"><div class="oe fj cw of gj og oh be b bf z bj oi">Traffic Safety</div></a><a href="/tag/small-towns?source=post_page"><div class="oe fj cw of gj og oh be b bf z bj oi">Small Towns</div></a></div></div>
<div class="l ix">{clap()}</div>
<div class="ok ol om on oo l"><div class="ab cp"><a href="/@ines.marlowe"><img alt="{a}" src="/0.jpg" width="48" height="48"></a><button class="ic id">Follow</button></div>
<div class="ab cp op"><div class="l"><a href="/@ines.marlowe"><h2 class="pw-author-name be oq or os ot bj"><span class="gj">Written by {a}</span></h2></a><div class="pu ab"><div class="l ie"><span class="pw-follower-count be b bf z bj"><a href="/@ines.marlowe/followers">3.1K Followers</a></span></div><div class="ia ib"><span class="be b bf z du">·</span></div><span class="be b bf z du">Writer for <a href="/field-notes-on-cities">Field Notes on Cities</a></span></div>
<div class="pv l"><p class="be b bf z bj"><span class="ih">Former transportation planner. Writes about streets, small towns and the people who argue about them at public meetings.</span></p></div></div></div></div>
<div class="pw px"><h2 class="be oq or os bj">Responses (31)</h2><div><button class="be b bf z">See all responses</button></div></div>
<div class="py"><h2 class="be oq">More from {a} and Field Notes on Cities</h2>{more}<a href="/@ines.marlowe"><p class="be b bf z">See all from {a}</p></a></div>
<div class="py"><h2 class="be oq">Recommended from Medium</h2><div class="pq"><a href="/p/x1"><h2 class="be gv">Ten things I wish I knew before joining a zoning board</h2></a><span>Mar 1</span><span>892</span></div><div class="pq"><a href="/p/x2"><h2 class="be gv">The quiet revolution in curb design</h2></a><span>Feb 12</span><span>1.3K</span></div></div>
</div></div>
<div class="footer ab"><a href="https://help.medium.com">Help</a><a href="https://medium.statuspage.io">Status</a><a href="/about">About</a><a href="/jobs">Careers</a><a href="/press">Press</a><a href="https://blog.medium.com">Blog</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="https://speechify.com/medium">Text to speech</a><a href="/business">Teams</a></div>
</div></div></div></body>"""
head = (f'<title>{E(t)} | by {a} | Field Notes on Cities | Feb, 2024 | Medium</title>'
        + og(t, site="Medium", published="2024-02-27T14:03:11.482Z", author=a, desc="Thirty days without signals at four intersections, and what the crash numbers showed afterwards")
        + '<meta property="article:author" content="https://medium.com/@ines.marlowe"><meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="7 min read">'
        + news_ld("NewsArticle", t, [a], "2024-02-27T14:03:11.482Z", "Field Notes on Cities", {"isAccessibleForFree": "False", "url": u}))
add("c01", u, head, body, truth, t, author=a, published="2024-02-27")

# c02 Substack-style newsletter post with subscribe boxes, share buttons, likes and footnotes
t = "The fire district merger, explained in four numbers"
a = "Celeste Obi"
site = "Lark & Ledger"
u = "https://larkandledger.substack.com/p/the-fire-district-merger-explained"
b = story(102, 9)
notes = ["The district counts a call as answered when the first engine is on its way, not when it arrives.",
         "Both districts shared a single dispatcher until 2016, which makes the older figures hard to compare."]
sub_form = lambda cls: f'<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe {cls}"><div class="preamble"><p class="cta-caption">Thanks for reading {E(site)}! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email\u2026" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
fa = lambda i: f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{i}" href="#footnote-{i}" target="_self">{i}</a>'
body = f"""<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content"><a href="/" class="navbar-title-link">{E(site)}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{E(t)}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">Why two departments that already share a station cost more together than apart</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20"><div class="byline-wrapper"><div class="pencraft pc-display-flex"><a href="https://substack.com/@celesteobi" class="pencraft pc-reset">{a}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Mar 05, 2024</div></div></div>
<div class="post-ufi style-large-ghost"><div class="like-button-container post-ufi-button style-large-ghost"><svg></svg><div class="label">143</div></div><a class="post-ufi-button post-ufi-comment-button" href="/p/the-fire-district-merger-explained/comments"><svg></svg><div class="label">27</div></a><a class="post-ufi-button restack-button"><svg></svg><div class="label">9</div></a><a class="post-ufi-button share-button"><svg></svg><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{P(b[0])}<p>{E(b[1])}{fa(1)}</p>{sub_form("")}
<h2 class="header-anchor-post">The first number: 11 minutes<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor-widget"><button aria-label="Link"></button></div></div></h2>
{P(b[2])}{P(b[3])}
<p class="button-wrapper" data-attrs='{{"url":"https://larkandledger.substack.com/p/the-fire-district-merger-explained?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share","text":"Share"}}' data-component-name="ButtonCreateButton"><a class="button primary" href="https://larkandledger.substack.com/p/the-fire-district-merger-explained?utm_source=substack&amp;action=share"><span>Share</span></a></p>
<h2 class="header-anchor-post">The second number: two budgets</h2>
<p>{E(b[4])}{fa(2)}</p>{P(b[5])}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/1.png"><div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456/1.png" width="1456" height="820" alt=""></picture><div class="image-link-expand"><button>Expand</button></div></div></a><figcaption class="image-caption">Average response times in both districts, 2015 to 2023. Chart by the author.</figcaption></figure></div>
{P(b[6])}{P(b[7])}{P(b[8])}
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://larkandledger.substack.com/p/the-fire-district-merger-explained/comments"><span>Leave a comment</span></a></p>
{sub_form("subscription-widget-end")}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>{E(notes[0])}</p></div></div>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number" contenteditable="false" target="_self">2</a><div class="footnote-content"><p>{E(notes[1])}</p></div></div>
</div></div>
<div class="visibility-check"></div>
<div class="post-footer use-separators"><div class="post-ufi"><div class="like-button-container"><div class="label">143 Likes</div></div><span>\u2219</span><a class="post-ufi-button"><div class="label">9 Restacks</div></a></div>
<div class="pencraft pc-display-flex"><a class="post-ufi-button share-button"><div class="label">Share</div></a></div></div>
<div class="subscribe-widget"><div class="pencraft"><h3>Ready for more?</h3><form class="form subscribe-widget"><input type="email" placeholder="Type your email\u2026"><button type="submit" class="button primary">Subscribe</button></form></div></div>
</article>
<div id="discussion" class="discussion-section"><h4 class="discussion-title">Discussion about this post</h4><div class="comments-page"><div class="comment-list"><div class="comment"><div class="comment-meta"><a href="/@u1">Harold Penn</a><span>Mar 5</span></div><div class="comment-body"><p>The dispatcher point is the one nobody mentions at the meetings. Thank you.</p></div><div class="comment-actions"><a>Like (4)</a><a>Reply</a></div></div></div></div></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><p>\u00a9 2024 {a}</p><a href="https://substack.com/privacy">Privacy</a> \u2219 <a href="https://substack.com/tos">Terms</a> \u2219 <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.com/signup">Start writing</a><a href="https://substack.com/app">Get the app</a><p>Substack is the home for great culture</p></div></div></div></body>"""
truth = [b[0], b[1] + "1", "The first number: 11 minutes", b[2], b[3], "The second number: two budgets", b[4] + "2", b[5], b[6], b[7], b[8], "1 " + notes[0], "2 " + notes[1]]
head = (f'<title>{E(t)} - by {a} - {E(site)}</title>' + og(t, site=site, published="2024-03-05T11:02:45+00:00", author=a)
        + news_ld("NewsArticle", t, [a], "2024-03-05T11:02:45+00:00", site, {"url": u, "isAccessibleForFree": True}))
add("c02", u, head, body, truth, t, author=a, published="2024-03-05")

# c03 Ghost (Casper) post with Koenig cards
t = "Inside the seed library that outlived three mayors"
a = "Jonah Teague"
site = "The Understory"
u = "https://theunderstory.example/inside-the-seed-library/"
b = story(103, 8)
body = f"""<body class="post-template tag-features tag-gardens has-sans-title has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://theunderstory.example">{site}</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://theunderstory.example/">Home</a></li><li class="nav-features"><a href="/tag/features/">Features</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-features tag-gardens featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/features/">Features</a></span><span class="post-card-featured"><svg></svg> Featured</span></div>
<h1 class="article-title">{E(t)}</h1><p class="article-excerpt">A volunteer-run shelf of envelopes in the basement of the Mellick library now lends more seeds than it does DVDs.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jonah/" class="author-avatar"><img class="author-profile-image" src="/content/images/jonah.jpg" alt="{a}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jonah/">{a}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-01-19">Jan 19, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/seeds.jpg 300w" src="/content/images/seeds.jpg" alt="Seed envelopes"><figcaption><span style="white-space: pre-wrap;">Envelopes waiting to be sorted in the library basement.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
{P(b[0])}{P(b[1])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">\U0001F331</div><div class="kg-callout-text">{E(b[2])}</div></div>
{P(b[3])}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://theunderstory.example/community-gardens-waitlist/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Why the community garden waitlist keeps growing</div><div class="kg-bookmark-description">Two hundred names, eleven plots and a very polite argument about tomatoes.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">{site}</span><span class="kg-bookmark-publisher">{a}</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/garden.jpg" alt=""></div></a></figure>
<h2 id="a-loan-not-a-gift">A loan, not a gift</h2>{P(b[4])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/drawer.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">The card catalogue drawers now hold beans, squash and sunflowers. Photo: {a}</span></figcaption></figure>
{P(b[5])}{P(b[6])}{P(b[7])}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/ferry-night-shift/"><img class="post-card-image" src="/f.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/ferry-night-shift/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Features</span></div><h2 class="post-card-title">On the night shift with the last ferry crew</h2></header><div class="post-card-excerpt">Four people, one boat and the longest eleven minutes on the water.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-01-12">Jan 12, 2024</time><span class="post-card-meta-length">5 min read</span></footer></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/orchard-census/"><header class="post-card-header"><h2 class="post-card-title">Counting every apple tree in the county</h2></header><div class="post-card-excerpt">Volunteers mapped 3,100 trees, some of them older than the roads.</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-01-05">Jan 5, 2024</time></footer></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{site}</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body>"""
truth = b[:4] + ["A loan, not a gift"] + b[4:]
head = (f'<title>{E(t)}</title><link rel="canonical" href="{u}"><meta name="generator" content="Ghost 5.79">' + og(t, site=site, published="2024-01-19T08:30:00.000Z")
        + '<meta property="article:tag" content="Features"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jonah Teague">'
        + ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": site}, "author": {"@type": "Person", "name": a, "url": "https://theunderstory.example/author/jonah/"}, "headline": t, "url": u, "datePublished": "2024-01-19T08:30:00.000Z", "dateModified": "2024-01-20T10:00:00.000Z"}))
add("c03", u, head, body, truth, t, author=a, published="2024-01-19")

# c04 TownNews BLOX story: inline related cards with linked h3s inside the body, Tags, ad regions
t = "Tallow Creek approves weekend hours for the transfer station"
a = "Martina Grell"
site = "Tallow Creek Gazette"
u = "https://www.tallowcreekgazette.com/news/local/tallow-creek-approves-weekend-hours-for-the-transfer-station/article_6c1f0a2e-9d41-11ee-8a3b-0f7e2c9d4a11.html"
b = story(104, 10)
ad = lambda n: f'<div id="tncms-region-article_instory_{n}" class="tncms-region hidden-print"><div id="tncms-block-{n}4412" class="tncms-block"><div class="tnt-ads-container text-center"><div class="tnt-ads hidden-print" id="tnt-ad-{n}"></div></div></div></div>'
rel = lambda h, s, href: f'<div class="inline-asset inline-editorial-asset asset-type-article"><div class="card-container"><div class="card summary"><div class="card-image"><img src="/content/tncms/assets/{href}.jpg" alt=""></div><div class="card-body"><div class="card-label-flags"><span class="label label-flag-related">Related</span></div><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/{href}.html">{E(h)}</a></h3></div><div class="card-lead"><p class="tnt-summary">{E(s)}</p></div></div></div></div></div>'
body = f"""<body class="asset-type-article section-news-local"><div id="site-container"><header id="site-header" class="hidden-print"><div class="container"><a href="/" class="navbar-brand">{site}</a><ul class="nav navbar-nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/eedition/">E-Edition</a></li><li><a href="/users/signup/">Subscribe</a></li></ul></div></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 col-lg-8"><section id="article-content">
<div class="asset-header"><div class="meta"><span class="label label-flag-news"><a href="/news/local/">Local News</a></span></div><h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">{E(t)}</span></h1>
<h2 class="subhead"><span>Council vote ends a two-year fight over Saturday trash runs</span></h2>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/mgrell" rel="author">{a}</a> <span class="tnt-byline-title">Staff writer</span></span></li>
<li><ul class="list-inline"><li><time datetime="2024-03-12T18:15:00-05:00" class="tnt-date asset-date text-muted">Mar 12, 2024</time></li><li><span class="text-muted">Updated <time datetime="2024-03-13T08:02:00-05:00" class="tnt-date">Mar 13, 2024</time></span></li></ul></li></ul></div>
<div class="share-container"><ul class="list-inline"><li><a class="tnt-facebook" href="#">Facebook</a></li><li><a class="tnt-twitter" href="#">Twitter</a></li><li><a class="tnt-envelope" href="#">Email</a></li><li><a class="tnt-print" href="#">Print</a></li><li><a class="tnt-bookmark" href="#">Save</a></li></ul></div></div>
<div class="asset-photo"><figure class="photo"><img src="/content/tncms/assets/station.jpg" alt=""><figcaption class="caption"><div class="caption-text"><p>Trucks line up at the Tallow Creek transfer station on a weekday afternoon.</p></div><span class="tnt-byline">Gazette file photo</span></figcaption></figure></div>
<div class="asset-body"><div class="asset-content subscriber-premium" id="article-body" itemprop="articleBody">
{ad("top")}
{P(b[0])}{P(b[1])}{P(b[2])}
{rel("Trash fees set to rise 8 percent in July", "The increase is the first in five years and will add about $3 a month to a typical bill.", "trash-fees-rise")}
{P(b[3])}{P(b[4])}
{ad("mid")}
{P(b[5])}{P(b[6])}
{rel("County weighs regional recycling center", "A shared plant could serve six towns, but nobody wants it next door.", "regional-recycling")}
{P(b[7])}{P(b[8])}{P(b[9])}
<p><em>Martina Grell can be reached at 555-0187 or mgrell@tallowcreekgazette.com.</em></p>
{ad("bottom")}
</div></div>
<div id="tncms-region-article_bottom_content" class="tncms-region"><div class="asset-tags"><h3>Tags</h3><ul class="list-inline"><li><a href="/search/?t=article&amp;k=%23transfer-station" class="tnt-tag">Transfer Station</a></li><li><a href="/search/?k=%23council" class="tnt-tag">Council</a></li><li><a href="/search/?k=%23trash" class="tnt-tag">Trash</a></li></ul></div>
<div class="tnt-reactions"><h4>Your reaction?</h4><span>Like</span><span>Love</span><span>Sad</span><p>You must be logged in to react. Click any reaction to login.</p></div></div>
<div class="asset-author"><div class="card-body"><h5><a href="/users/profile/mgrell">{a}</a></h5><p>Staff writer</p><a href="mailto:mgrell@tallowcreekgazette.com">Email</a> <a href="#">Follow {a}</a></div></div>
<div id="asset-comments"><h3>Comments</h3><p>Please log in, or sign up for a new account and purchase a subscription to read or post comments.</p></div>
</section></div>
<aside class="col-md-4 col-lg-4"><div class="tncms-block"><h3 class="block-title">Most Popular</h3><ul><li><a href="/n/1">High school gym roof to be replaced this summer</a></li><li><a href="/n/2">Deer collisions up along County Road 9</a></li><li><a href="/n/3">Bakery owner marks 40 years on Front Street</a></li></ul></div>
<div class="tncms-block"><h3>Sign up for our newsletters</h3><p>Get the latest local headlines in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div></aside></div></div>
<footer id="site-footer"><p>&copy; Copyright 2024 {site}, 14 Depot St., Tallow Creek. | <a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer></div></body>"""
truth = b + ["Martina Grell can be reached at 555-0187 or mgrell@tallowcreekgazette.com."]
head = (f'<title>{E(t)} | Local News | tallowcreekgazette.com</title>' + og(t, site=site, author=a, published="2024-03-12T18:15:00-05:00")
        + '<meta name="tncms-access-version" content="1"><meta property="article:section" content="Local News">'
        + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": t, "url": u, "datePublished": "2024-03-12T18:15:00-05:00", "dateModified": "2024-03-13T08:02:00-05:00", "author": {"@type": "Person", "name": "By Martina Grell Staff writer"}, "publisher": {"@type": "Organization", "name": site}}))
add("c04", u, head, body, truth, t, author=a, published="2024-03-12")

# c05 Arc-style story: wire credit, captions, "Advertisement" labels, inline "Read more" link lists
t = "Corran Valley growers brace for a second dry spring"
authors = ["Wes Calloway", "Yuki Harrow"]
site = "Corran Valley Times"
u = "https://www.corranvalleytimes.com/business/2024/04/02/corran-valley-growers-brace-for-second-dry-spring/"
b = story(105, 9)
adv = '<div class="arcad-feature" data-type="ad"><div class="arc-ad-wrapper"><p class="advertisement-label">Advertisement</p><div id="arcad-inline" class="arcad"></div></div></div>'
body = f"""<body><div id="fusion-app" class="layout-section"><header class="nav-wrapper"><nav class="news-theme-navigation-container"><a href="/" class="nav-logo"><img alt="{site}" src="/pf/resources/logo.svg"></a><button class="nav-btn">Sections</button><a class="nav-btn" href="/subscribe/">Subscribe</a><a class="nav-btn" href="/account/login/">Log in</a></nav></header>
<main class="b-right-rail"><div class="b-right-rail__main"><div class="b-right-rail__full">
<div class="c-overline"><a href="/business/">Business</a></div><h1 class="b-headline">{E(t)}</h1><h2 class="b-subheadline">Reservoirs sit at half their usual level, and some orchards are pulling trees rather than watering them.</h2>
<div class="c-attribution"><div class="b-byline"><span class="c-byline__by">By </span><a class="c-link" href="/people/wes-calloway/">Wes Calloway</a> and <a class="c-link" href="/people/yuki-harrow/">Yuki Harrow</a></div>
<div class="b-date"><time datetime="2024-04-02T12:30:00.000Z">April 2, 2024 at 8:30 a.m. EDT</time></div></div>
<div class="b-share-bar"><a aria-label="Share on Facebook" href="#">Facebook</a><a aria-label="Share on X" href="#">X</a><a aria-label="Share via Email" href="#">Email</a></div>
<figure class="c-media-item"><img src="/resizer/orchard.jpg" alt="Orchard rows"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Dry ground between rows of almond trees east of Oster Falls on March 28.</span> <span class="c-media-item__credit">(Ruben Szabo/Meridian Wire)</span></figcaption></figure>
<article class="b-article-body">
<p class="c-paragraph">{E(b[0])}</p><p class="c-paragraph">{E(b[1])}</p>
{adv}
<p class="c-paragraph">{E(b[2])}</p>
<div class="c-interstitial-link"><p class="c-paragraph"><strong>Read more:</strong> <a href="/business/2024/03/20/water-rights-auction/">Water rights auction draws record bids</a></p></div>
<p class="c-paragraph">{E(b[3])}</p><p class="c-paragraph">{E(b[4])}</p>
<div class="b-list c-related-links" data-type="list"><h3 class="c-heading">Read more</h3><ul class="c-list"><li><a href="/climate/2024/03/12/snowpack-report/">Snowpack in the Corran range is the thinnest in a decade</a></li><li><a href="/business/2024/02/28/orchard-loans/">State offers bridge loans to orchard owners</a></li><li><a href="/politics/2024/03/02/canal-repair/">Who will pay to fix the Quarry Canal?</a></li></ul></div>
<figure class="c-media-item"><img src="/resizer/canal.jpg" alt=""><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Water in the Quarry Canal on Monday was about a foot below its usual April level.</span> <span class="c-media-item__credit">(Yuki Harrow/Corran Valley Times)</span></figcaption></figure>
<p class="c-paragraph">{E(b[5])}</p>
{adv}
<h2 class="c-heading">What comes next</h2><p class="c-paragraph">{E(b[6])}</p><p class="c-paragraph">{E(b[7])}</p><p class="c-paragraph">{E(b[8])}</p>
<p class="c-paragraph"><i>Meridian Wire writer Lidia Kowal contributed to this report.</i></p>
</article>
<div class="b-article-tags"><a href="/tags/drought/">Drought</a><a href="/tags/agriculture/">Agriculture</a></div>
<div class="b-author-bio"><div class="c-stack"><img src="/people/wes.jpg" alt=""><p><a href="/people/wes-calloway/">Wes Calloway</a> covers agriculture and water for the Times. He grew up on a walnut farm outside Hollins Ford.</p><a href="https://x.com/wescalloway">X</a></div></div>
</div></div><aside class="b-right-rail__rail"><div class="b-top-table-list"><h2>Most read</h2><ol><li><a href="/x/1">Five things to know about the new sales tax</a></li><li><a href="/x/2">Review: the harbor bistro that finally got the chowder right</a></li></ol></div>{adv}</aside></main>
<footer class="b-footer"><p>Copyright &copy; 2024 {site}. All rights reserved.</p><nav><a href="/about/">About Us</a><a href="/contact/">Contact</a><a href="/privacy/">Privacy Policy</a><a href="/terms/">Terms of Service</a></nav></footer></div></body>"""
truth = b[:6] + ["What comes next"] + b[6:] + ["Meridian Wire writer Lidia Kowal contributed to this report."]
head = (f'<title>{E(t)} - {site}</title>' + og(t, site=site, published="2024-04-02T12:30:00.000Z")
        + '<meta property="article:section" content="Business"><meta name="author" content="Wes Calloway, Yuki Harrow">'
        + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2024-04-02T12:30:00.000Z", "dateModified": "2024-04-02T15:41:12.000Z",
              "author": [{"@type": "Person", "name": n, "url": "https://www.corranvalleytimes.com/people/" + n.lower().replace(" ", "-") + "/"} for n in authors], "publisher": {"@type": "NewsMediaOrganization", "name": site}})
        + '<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="cvt";Fusion.globalContent={"type":"story"};</script>')
add("c05", u, head, body, truth, t, author="Wes Calloway and Yuki Harrow", published="2024-04-02")

# c06 Brightspot story
t = "Westerly schools add a fifth lunch period to ease crowding"
a = "Amos Treadwell"
site = "Westerly Public Radio"
u = "https://www.westerlypublicradio.org/education/2024-02-14/westerly-schools-add-a-fifth-lunch-period"
b = story(106, 8)
promo = lambda h, d, href: f'<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PagePromo" data-content-type="article"><div class="PagePromo-media"><a class="Link" href="{href}"><img class="Image" src="/dims4/{sum(map(ord, h)) % 999}.jpg" alt=""></a></div><div class="PagePromo-content"><div class="PagePromo-category"><a class="Link" href="/education">Education</a></div><div class="PagePromo-title"><a class="Link" href="{href}"><span class="PagePromoContentIcons-text">{E(h)}</span></a></div><div class="PagePromo-description"><a class="Link" href="{href}"><span class="PagePromoContentIcons-text">{E(d)}</span></a></div></div></ps-promo></div></div>'
body = f"""<body class="Page-body"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">{site}</a><nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a href="/news">News</a></li><li class="Navigation-items-item"><a href="/education">Education</a></li><li class="Navigation-items-item"><a href="/schedule">Schedule</a></li></ul></nav><a class="Page-header-donate" href="/donate">Donate</a><div class="Page-header-player"><button>Listen Live</button><span>All Things Considered</span></div></div></bsp-header>
<main class="Page-main"><div class="Page-above"><div class="Page-breadcrumbs"><a class="Link" href="/education">Education</a></div><h1 class="Page-headline">{E(t)}</h1><div class="Page-subHeadline">Students at the two high schools had been eating in hallways since the fall.</div>
<div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors"><span>By</span> <a class="Link" href="/people/amos-treadwell">{a}</a></div><div class="Page-dateModified"><div class="Page-datePublished">Published February 14, 2024 at 4:12 PM EST</div></div></div><bsp-social-share class="SocialBar"><ul class="SocialBar-items"><li class="SocialBar-items-item" data-social-service="facebook"><a class="SocialLink" href="#"><span class="SocialLink-text">Facebook</span></a></li><li data-social-service="twitter"><a class="SocialLink"><span>Twitter</span></a></li><li data-social-service="email"><a class="SocialLink"><span>Email</span></a></li></ul></bsp-social-share></div></div>
<div class="Page-content"><div class="Page-twoColumn"><div class="Page-mainColumn"><div class="Page-lead"><figure class="Figure"><img class="Image" src="/dims4/cafeteria.jpg" alt=""><div class="Figure-content"><div class="Figure-caption">The cafeteria at Westerly North High School seats 280 students.</div><div class="Figure-credit">{a}/WPR</div></div></figure></div>
<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">
{P(b[0])}{P(b[1])}{P(b[2])}
{promo("Westerly voters approve school construction bond", "The money will pay for a new wing at the north campus.", "/education/2023-11-08/westerly-bond")}
{P(b[3])}{P(b[4])}
<div class="Enhancement"><div class="Enhancement-item"><bsp-ad class="GoogleDfpAd-wrapper" data-slot-name="inline"><div class="GoogleDfpAd" data-slot-sizes="[[300,250]]"></div></bsp-ad></div></div>
{P(b[5])}{P(b[6])}{P(b[7])}
<p><i>Copyright 2024 Westerly Public Radio. To see more, visit westerlypublicradio.org.</i></p>
</div></div>
<div class="Page-tags"><div class="Page-tags-title">Tags</div><ul class="Page-tags-items"><li><a class="Link" href="/tags/schools">Schools</a></li><li><a class="Link" href="/tags/westerly">Westerly</a></li></ul></div>
<div class="Page-authorInfo"><div class="AuthorInfo"><div class="AuthorInfo-media"><img src="/dims4/amos.jpg" alt=""></div><div class="AuthorInfo-content"><div class="AuthorInfo-title"><a class="Link" href="/people/amos-treadwell">{a}</a></div><div class="AuthorInfo-bio">Amos Treadwell is the education reporter at Westerly Public Radio. He previously taught middle school science for six years.</div><div class="AuthorInfo-social"><a href="mailto:atreadwell@westerlypublicradio.org">See stories by {a}</a></div></div></div></div>
<div class="Page-donate"><h2>Local news you can count on</h2><p>WPR is funded by listeners like you. Give today to keep it free for everyone.</p><a href="/donate">Donate</a></div>
</div><aside class="Page-aside"><div class="List"><h2 class="List-title">Latest Stories</h2><ul><li><a href="/news/1">State lawmakers revisit daylight saving time</a></li><li><a href="/news/2">Harbor seals return to the breakwater</a></li></ul></div></aside></div></div></main>
<footer class="Page-footer"><p>&copy; 2024 {site}</p><a href="/contact">Contact</a><a href="/fcc">FCC Public Files</a><a href="/privacy">Privacy Policy</a></footer></body>"""
truth = b
head = (f'<title>{E(t)} | {site}</title>' + og(t, site=site, published="2024-02-14T21:12:00Z")
        + '<meta name="brightspot.contentId" content="0000018d-a5b1-d3f0"><meta property="article:author" content="https://www.westerlypublicradio.org/people/amos-treadwell">'
        + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2024-02-14T16:12:00-05:00", "author": [{"@type": "Person", "name": a}], "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": u}))
add("c06", u, head, body, truth, t, author=a, published="2024-02-14")

# c07 Drupal news story (no JSON-LD; dates and byline only in fields)
t = "Fairhaven library board names a new director"
a = "Noor Halvorsen"
site = "Fairhaven Courier"
u = "https://www.fairhavencourier.com/news/fairhaven-library-board-names-new-director"
b = story(107, 7)
body = f"""<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/courier/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">{site}</a></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/community">Community</a></li><li class="menu-item"><a href="/calendar">Calendar</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-courier-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(t)}</span></h1></div>
<div id="block-courier-content" class="block block-system block-system-main-block"><article role="article" about="/news/fairhaven-library-board-names-new-director" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-byline field--type-string field--label-hidden field__item">By {a}</div><span class="field field--name-created field--type-created field--label-hidden">Thu, 03/07/2024 - 15:40</span></div>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2024-03/library.jpg" width="1090" height="613" alt="The Fairhaven Public Library"></div>
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">The Fairhaven Public Library on Harbor Street. Courier photo.</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{''.join(P(x) for x in b)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/14" hreflang="en">Library</a></div><div class="field__item"><a href="/taxonomy/term/22" hreflang="en">Fairhaven</a></div></div></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/5521%23comment-form">Log in</a> to post comments</li></ul></div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Add new comment</h2></section></article></div>
<div class="views-element-container block block-views" id="block-views-block-related-content"><h2>Related content</h2><div><div class="view view-related-content view-id-related_content"><div class="view-content"><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/library-levy-renewal" hreflang="en">Library levy renewal heads to the ballot</a></span></div></div><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/news/summer-reading-record" hreflang="en">Summer reading program sets attendance record</a></span></div></div></div></div></div></div>
</div></div></main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-footer" class="block"><p>&copy; 2024 {site}. 200 Harbor Street, Fairhaven.</p><nav><ul class="menu"><li><a href="/contact">Contact us</a></li><li><a href="/advertise">Advertise</a></li></ul></nav></div></div></footer></div></div></body>"""
head = (f'<title>{E(t)} | {site}</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="{u}">'
        + f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="article"><meta property="og:title" content="{E(t)}">')
add("c07", u, head, body, b, t, author=a, published="2024-03-07")

# c08 AMP story (WordPress AMP plugin layout)
t = "Port Ansel harbor dredging to start after a three-year wait"
a = "Declan Ashby"
site = "Port Ansel Herald"
u = "https://portanselherald.com/2024/05/06/harbor-dredging-to-start/amp/"
b = story(108, 8)
body = f"""<body class=""><header id="top" class="amp-wp-header"><div><a href="https://portanselherald.com/"><amp-img src="https://portanselherald.com/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">{site}</span></a><a class="amp-wp-canonical-link" href="https://portanselherald.com/2024/05/06/harbor-dredging-to-start/">Exit mobile version</a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{E(t)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/1?s=72" alt="{a}" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">{a}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2024-05-06T10:00:00+00:00">1 year ago</time></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683" src="https://portanselherald.com/wp-content/uploads/2024/05/harbor.jpg" class="attachment-large size-large wp-post-image" alt="" layout="intrinsic"></amp-img><p class="wp-caption-text">Silt has narrowed the channel at the mouth of the harbor to a single lane.</p></figure>
<div class="amp-wp-article-content">{P(b[0])}{P(b[1])}{P(b[2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/portansel/amp_inline" layout="responsive"><div fallback></div></amp-ad>
{P(b[3])}{P(b[4])}<h3>Who pays</h3>{P(b[5])}{P(b[6])}{P(b[7])}
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share></div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://portanselherald.com/category/news/" rel="category tag">News</a></div><div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="/tag/harbor/" rel="tag">harbor</a>, <a href="/tag/dredging/" rel="tag">dredging</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="https://portanselherald.com/2024/05/06/harbor-dredging-to-start/#respond">Leave a Comment</a></div></footer></article>
<footer class="amp-wp-footer"><div><h2>{site}</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics></body>"""
truth = b[:5] + ["Who pays"] + b[5:]
head = (f'<title>{E(t)} &#8211; {site}</title><link rel="canonical" href="https://portanselherald.com/2024/05/06/harbor-dredging-to-start/">'
        + '<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
        + '<style amp-custom>.amp-wp-header{background:#0a5}</style><style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>'
        + ld({"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": "https://portanselherald.com/2024/05/06/harbor-dredging-to-start/", "publisher": {"@type": "Organization", "name": site}, "headline": t, "datePublished": "2024-05-06T10:00:00+00:00", "dateModified": "2024-05-06T12:00:00+00:00", "author": {"@type": "Person", "name": a}}))
add("c08", u, head, body, truth, t, author=a, published="2024-05-06", html_attr=' amp=""')

# c09 live blog: entry times and authors in a side column of their own
t = "Live updates: Storm closes schools and roads across the Kestrel Bay area"
site = "Corran Valley Times"
u = "https://www.corranvalleytimes.com/weather/2024/01/16/live-updates-storm-kestrel-bay/"
entries = [
    ("7:58 p.m.", "Wes Calloway", "That's it for tonight", "We are closing this live blog for the night. Crews will keep working on the downed lines along the coast road, and we will have a full account of the storm's damage in the morning."),
    ("6:41 p.m.", "Yuki Harrow", "Power restored to most of Mellick", "Northline Electric says about 9,000 customers in Mellick have their power back, leaving roughly 2,300 still in the dark. The utility expects most of them to be reconnected by midnight."),
    ("5:15 p.m.", "Wes Calloway", "Ferry service suspended until Wednesday", "The Gannet Island ferry will not run again until Wednesday morning at the earliest. The harbor master said swells at the mouth of the bay were still above four meters late this afternoon."),
    ("3:02 p.m.", "Yuki Harrow", "Schools closed again tomorrow", "All public schools in the Kestrel Bay district will stay closed on Wednesday. The district said three buildings lost heat overnight and that several bus routes were still blocked by fallen trees."),
    ("1:20 p.m.", "Wes Calloway", "Coast road shut between Brightwater and the point", "State police have closed the coast road after waves pushed gravel and kelp across both lanes near the lighthouse turnoff. There is no estimate for when it will reopen."),
    ("11:47 a.m.", "Yuki Harrow", "Shelters open in three towns", "Emergency shelters are open at the Brightwater community center, Mellick High School and the Oster Falls fire station. Pets are allowed at the community center only."),
]
ents = "".join(f'<div class="live-update" id="update-{i}"><div class="live-update__meta"><time class="live-update__time" datetime="2024-01-16">{tm}</time><span class="live-update__author">{au}</span></div><div class="live-update__content"><h2 class="live-update__headline">{E(h)}</h2><p>{E(x)}</p><div class="live-update__share"><button>Copy link</button><button>Share</button></div></div></div>' for i, (tm, au, h, x) in enumerate(entries))
body = f"""<body><div id="fusion-app"><header class="nav-wrapper"><a href="/" class="nav-logo">{site}</a><a href="/subscribe/">Subscribe</a></header><main>
<div class="live-header"><span class="live-badge">LIVE</span><h1 class="b-headline">{E(t)}</h1><div class="b-byline">By <a href="/people/wes-calloway/">Wes Calloway</a> and <a href="/people/yuki-harrow/">Yuki Harrow</a></div><div class="b-date"><time datetime="2024-01-16T16:30:00Z">Updated January 16, 2024 at 7:58 p.m. EST</time></div></div>
<div class="live-key-points"><h2>What to know</h2><ul><li>Schools are closed on Tuesday and Wednesday.</li><li>The coast road is shut near the lighthouse.</li><li>Shelters are open in Brightwater, Mellick and Oster Falls.</li></ul></div>
<div class="live-feed">{ents}</div><div class="live-feed__more"><button>Load more updates</button></div></main>
<footer class="b-footer"><p>Copyright &copy; 2024 {site}. All rights reserved.</p></footer></div></body>"""
truth = ["What to know", "Schools are closed on Tuesday and Wednesday.\nThe coast road is shut near the lighthouse.\nShelters are open in Brightwater, Mellick and Oster Falls."]
for tm, au, h, x in entries:
    truth += [tm, au, h, x]
head = (f'<title>{E(t)} - {site}</title>' + og(t, site=site, published="2024-01-16T16:30:00Z")
        + ld({"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": t, "datePublished": "2024-01-16T16:30:00Z", "coverageStartTime": "2024-01-16T16:30:00Z",
              "author": [{"@type": "Person", "name": "Wes Calloway"}, {"@type": "Person", "name": "Yuki Harrow"}], "publisher": {"@type": "Organization", "name": site},
              "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "articleBody": x} for _, _, h, x in entries]}))
add("c09", u, head, body, truth, t, author="Wes Calloway and Yuki Harrow", published="2024-01-16")

# c10 live blog laid out as a two-column table of times and entries
t = "Election night in Dunmore Heights: results as they come in"
a = "Lidia Kowal"
site = "Fairhaven Courier"
u = "https://www.fairhavencourier.com/politics/election-night-dunmore-heights-live"
entries = [
    ("11:52 PM", "With every precinct counted, Ruth Callard has won the mayor's race by 412 votes. Her opponent, council member Abel Strand, conceded in a short speech to supporters at the Grange hall."),
    ("11:05 PM", "The library levy is passing comfortably, with 63 percent of votes in favor and only four precincts left to report."),
    ("10:31 PM", "Strand has narrowed the gap to about 300 votes as results from the north precincts arrive. Turnout there was the highest in the city."),
    ("9:48 PM", "First results from early ballots show Callard ahead by roughly 900 votes. Early ballots have tended to favor her campaign."),
    ("9:00 PM", "Polls are closed. The county clerk expects the first batch of results within the hour."),
]
rows = "".join(f'<tr class="liveblog-row"><td class="liveblog-time"><span class="timestamp">{tm}</span></td><td class="liveblog-text"><p>{E(x)}</p></td></tr>' for tm, x in entries)
body = f"""<body class="path-node page-node-type-liveblog"><header role="banner"><div class="site-name"><a href="/">{site}</a></div><nav><ul class="menu"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main role="main"><h1 class="page-title">{E(t)}</h1><div class="node__meta">By {a} | <time datetime="2024-11-05T21:00:00-05:00">Nov. 5, 2024</time></div>
<div class="field--name-body"><p>{E("Follow along as results arrive for the mayor's race and the library levy. Refresh this page for the latest updates.")}</p></div>
<table class="liveblog"><tbody>{rows}</tbody></table>
<div class="views-element-container"><h2>More election coverage</h2><ul><li><a href="/politics/levy-explainer">What the library levy would pay for</a></li><li><a href="/politics/mayor-debate">Five takeaways from the mayoral debate</a></li></ul></div></main>
<footer role="contentinfo"><p>&copy; 2024 {site}</p></footer></body>"""
truth = ["Follow along as results arrive for the mayor's race and the library levy. Refresh this page for the latest updates."]
for tm, x in entries:
    truth += [tm, x]
head = f'<title>{E(t)} | {site}</title><meta name="Generator" content="Drupal 10">' + og(t, site=site, author=a, published="2024-11-05T21:00:00-05:00")
add("c10", u, head, body, truth, t, author=a, published="2024-11-05")
