# Pages s01-s15: local TV stations, portals, UK tabloids, Indian news pages, wire stories,
# public broadcasters. Executed by gen.py (shares its names).

# s01 local TV station: video player atop the story, "Published/Updated" lines, station
# copyright line and "Report a typo" after the story (left out), weather rail.
r = random.Random(1)
site, t, a, d = "KRVX 7 News", "Harrowgate reservoir drops to lowest level in a decade", "Dana Whitcombe", "2025-03-04T18:14:00-06:00"
b = story(11, 8)
player = f'''<div class="video-player-wrap"><div class="jw-player" data-media-id="x8f2"><div class="jw-title">WATCH: {E(t)}</div><button class="jw-play" aria-label="Play">Play</button><span class="jw-duration">2:41</span></div>
<p class="video-caption">KRVX 7's Dana Whitcombe reports from the dam.</p></div>'''
main = f'''<article class="story"><div class="story-meta-top"><a class="category" href="/news/local">Local News</a></div>{player}
<h1 class="headline">{E(t)}</h1><div class="byline">By <a href="/staff/dana-whitcombe">{a}</a> | KRVX 7 News</div>
<div class="timestamps"><span>Published: Mar. 4, 2025 at 6:14 PM CST</span><span>Updated: 2 hours ago</span></div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>
<div class="story-body">{ps(b[:4])}<div class="ad-slot"><span>Advertisement</span></div>{ps(b[4:])}
<p class="station-copyright">Copyright 2025 KRVX. All rights reserved.</p></div>
<div class="report-typo"><a href="/typo">Report a typo</a></div></article>
{teaser_list(r, "Latest News")}'''
aside = '<div class="weather-widget"><h3>First Alert Weather</h3><p>Harrowgate 41°</p><p>Cloudy, light wind</p><a href="/weather">7-day forecast</a></div><div class="live-promo"><h3>Watch live</h3><p>KRVX 7 News at 6</p></div>'
add("s01", "https://www.krvx7.example/2025/03/04/harrowgate-reservoir-lowest-level-decade/", head(t, site, d, a, [a]),
    shell(site, main, EN_SECTIONS, aside, top='<div class="breaking-bar"><strong>Breaking</strong> <a href="/live">Ice warning for the valley roads tonight</a></div>'), b, t, a, d)

# s02 TV station (WordPress-style): "Stay with" tagline and syndication-free copyright notice
# "This material may not be published, broadcast, rewritten, or redistributed." (left out),
# "Related Topics" chips, story split by "Story continues below" ad slot.
r = random.Random(2)
site, t, a, d = "WTLB NewsChannel 9", "Night bus returns to Port Lissom after two-year gap", "Marcus Feld", "2025-05-19T07:45:00-04:00"
b = story(12, 9)
main = f'''<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{E(t)}</h1>
<div class="entry-meta"><span class="author vcard">by <a href="/author/marcus-feld/">{a}</a></span><span class="posted-on"><time class="entry-date published" datetime="{d}">May 19, 2025 / 7:45 AM EDT</time></span></div></header>
<div class="featured-video"><div class="anvato-player" data-video="5512"></div><div class="vid-title">Video: Night bus service comes back (1:58)</div></div>
<div class="entry-content">{ps(b[:3])}<div class="ad-inline"><p class="ad-label">Story continues below</p><div id="div-gpt-ad-1"></div></div>{ps(b[3:7])}
<div class="ad-inline"><p class="ad-label">Story continues below</p><div id="div-gpt-ad-2"></div></div>{ps(b[7:])}
<p><em>Copyright 2025 WTLB-TV. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.</em></p></div>
<footer class="entry-footer"><div class="related-topics"><span>Related Topics</span><a href="/tag/transit">Transit</a><a href="/tag/port-lissom">Port Lissom</a></div></footer></article>
{teaser_list(r, "More From NewsChannel 9")}'''
add("s02", "https://www.wtlb9.example/news/local/night-bus-returns-port-lissom/", head(t, site, d, a, [a], sep=" - "),
    shell(site, main, EN_SECTIONS, teaser_list(r, "Trending", 4, "trending")), b, t, a, d)

# s03 TV station (Gray-like): byline as "By Name" then station, "Copyright 2025 Station. All rights
# reserved." as its own paragraph inside the article body, then a newsletter promo.
r = random.Random(3)
site, t, a, d = "WKMB 12", "Sallow Creek school to move pupils into portable classrooms", "Renee Castellanos", "2025-08-27T16:02:00-05:00"
b = story(13, 7)
main = f'''<div class="article-wrap"><div class="lead-media"><div class="video-js" data-account="4421"><button class="vjs-big-play-button">Play Video</button><div class="vjs-duration">Duration 3:05</div></div></div>
<h1 class="headline__text">{E(t)}</h1><div class="article__meta"><div class="author-name">By {a}</div><div class="article__published">Published: Aug. 27, 2025 at 4:02 PM CDT</div></div>
<div class="article-body">{ps(b)}<p>Copyright 2025 WKMB. All rights reserved.</p>
<div class="newsletter-promo"><p>Get the day's top stories in your inbox. <a href="/newsletters">Sign up for the WKMB 12 newsletter</a></p></div></div></div>
{teaser_list(r, "Most Read", 5, "most-read", times=False)}'''
add("s03", "https://www.wkmb12.example/2025/08/27/sallow-creek-school-portable-classrooms/", head(t, site, d, a, None),
    shell(site, main, EN_SECTIONS), b, t, a, d)

# s04 portal syndication (MSN-like): provider strip above the headline, "Story continues below
# advertisement" slots, "Read the original article on The Tolland Courier" line (kept),
# "More for you" feed of cards.
r = random.Random(4)
site, prov, t, a, d = "Horizon Portal", "The Tolland Courier", "Tolland Bay ferry operator warns of summer cancellations", "Fiona Ashgrove", "2025-04-11T09:30:00Z"
b = story(14, 10)
slot = '<div class="ad-container"><div class="ad-label">Story continues below advertisement</div><div class="ad-frame" data-slot="native"></div></div>'
main = f'''<div class="article-page"><div class="provider-strip"><img src="/logos/tolland-courier.png" alt="{prov}"><a href="https://tollandcourier.example">{prov}</a><button class="follow">Follow</button></div>
<h1 class="article-title">{E(t)}</h1><div class="byline-row"><span class="byline">{a}</span><span class="timestamp">Apr 11, 2025</span><span class="read-time">3 min read</span></div>
<div class="reactions"><button>Like</button><button>Dislike</button><button>Comment</button><button>Share</button></div>
<div class="article-body">{ps(b[:3])}{slot}{ps(b[3:6])}{slot}{ps(b[6:])}
<p class="source-line">Read the original article on <a href="https://tollandcourier.example/news/ferry-cancellations">{prov}</a></p></div>
<div class="more-for-you"><h2>More for you</h2>{"".join(f'<div class="card"><span class="card-provider">{E(p)}</span><a href="/x/{i}">{E(headline(r))}</a></div>' for i, p in enumerate(["Daily Beacon", "Metro Wire", "The Ledger", "Valley Star"]))}</div></div>'''
add("s04", "https://www.horizonportal.example/news/tolland-bay-ferry-operator-warns-of-summer-cancellations/ar-AA1x9k", head(t, site, d, a, [a]),
    shell(site, main, ("Home", "News", "Money", "Weather", "Sports", "Lifestyle")), b + [f"Read the original article on {prov}"], t, a, d)

# s05 portal (Yahoo-like): "Continue reading" button mid-story reveals the rest (all in the
# markup), "This article originally appeared on The Glenmarrow Star" line (kept).
r = random.Random(5)
site, prov, t, a, d = "Nimbus News", "The Glenmarrow Star", "Glenmarrow tenants' union wins rent freeze after six-month campaign", "Joel Pettifer", "2025-06-02T13:05:00Z"
b = story(15, 9)
main = f'''<article class="caas-container"><div class="caas-logo"><a href="#">{prov}</a></div><header class="caas-title-wrapper"><h1>{E(t)}</h1></header>
<div class="caas-attr"><div class="caas-attr-meta"><span class="caas-author-byline-collapse">{a}</span><time class="caas-attr-meta-time" datetime="{d}">Mon, June 2, 2025 at 1:05 PM UTC</time><span>· 4 min read</span></div></div>
<div class="caas-body">{ps(b[:4])}<div class="caas-readmore"><button>Continue reading</button></div><div class="caas-body-collapse">{ps(b[4:])}
<p><em>This article originally appeared on {prov}: <a href="https://glenmarrowstar.example/story/news/2025/06/02/rent-freeze">Glenmarrow tenants' union wins rent freeze</a></em></p></div></div></article>
{teaser_list(r, "Recommended Stories", 6)}'''
add("s05", "https://news.nimbus.example/glenmarrow-tenants-union-wins-rent-130500123.html", head(t, site, d, None, [a], sep=" - "),
    shell(site, main, ("Home", "Mail", "News", "Finance", "Sports", "Entertainment")),
    b + [f"This article originally appeared on {prov}: Glenmarrow tenants' union wins rent freeze"], t, a, d)

# s06 UK tabloid (MailOnline-like): bullet summary atop (kept), byline "By NAME FOR MAILONLINE",
# "Published: | Updated:" line, many captioned images between paragraphs, a RELATED ARTICLES box
# mid-story, "Share or comment on this article" footer, comments.
r = random.Random(6)
site, t, a, d = "Daily Clarion", "Pensioner's garden shed turned into Wexley's smallest museum draws crowds", "Hattie Greenslade", "2025-07-21T10:14:00+01:00"
b = story(16, 12)
bullets = ["Retired postman spent eleven years filling the shed with local relics", "More than 400 visitors came on the first weekend alone",
           "Council says the museum may need a licence if queues keep growing"]
rel = f'''<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul>{"".join(f'<li><a href="/news/article-{r.randint(10**6, 10**7)}">{E(headline(r))}</a></li>' for _ in range(4))}</ul><div class="rotator-pages"><a>Previous</a><span>1</span><a>Next</a></div>
<div class="share-article"><span>Share this article</span><a>Share</a><span class="count">42 shares</span></div></div>'''
imgs = [f'<div class="artSplitter mol-img-group"><div class="mol-img"><img src="/i/{i}.jpg" alt=""></div><p class="imageCaption">{E(caption(r))}. The shed holds more than 300 items, from tram tickets to a 1950s fire bell</p></div>' for i in range(5)]
body = ps(b[:2], "mol-para-with-font") + imgs[0] + ps(b[2:4], "mol-para-with-font") + imgs[1] + rel + ps(b[4:6], "mol-para-with-font") + imgs[2] + ps(b[6:9], "mol-para-with-font") + imgs[3] + ps(b[9:], "mol-para-with-font") + imgs[4]
main = f'''<div id="js-article-text" class="article-text wide"><h2>{E(t)}</h2>
<ul class="mol-bullets-with-font">{"".join(f"<li><strong>{E(x)}</strong></li>" for x in bullets)}</ul>
<p class="author-section byline-plain">By <a class="author" href="/profile/hattie-greenslade">{a.upper()} FOR THE CLARION</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span> <time datetime="{d}">10:14 BST, 21 July 2025</time></span> | <span class="article-timestamp-updated"><span class="article-timestamp-label">Updated:</span> 12:40 BST, 21 July 2025</span></p>
<div class="social-share-top"><a>Facebook</a><a>X</a><a>WhatsApp</a><a class="comments-count">86 comments</a></div>
<div itemprop="articleBody">{body}</div>
<div class="share-comment-footer"><h3>Share or comment on this article:</h3><a>{E(t)}</a><a class="share-count">42 shares</a></div></div>
{comments(r, 4, "Comments")}'''
add("s06", "https://www.dailyclarion.example/news/article-14982231/pensioner-garden-shed-museum-wexley.html", head(t, site, d, a, [a]),
    shell(site, main, ("Home", "News", "Showbiz", "Femail", "Sport", "Money", "Travel"), teaser_list(r, "Puff", 6, "puff", False)),
    ["\n".join(bullets)] + b, t, a, d, lang="en-GB")

# s07 UK tabloid (Sun/Mirror-like): kicker, standfirst, images with credits between paragraphs,
# inline "Read more" teasers and "MOST READ" block in the story column, newsletter box.
r = random.Random(7)
site, t, a, d = "The Morning Siren", "Brackwater estate residents demand answers over month-long heating failure", "Kieran Moss", "2025-01-14T06:00:00Z"
b = story(17, 11)
readmore = lambda: f'<div class="article__read-more"><span class="label">READ MORE</span><a href="/news/{r.randint(10**6, 10**7)}">{E(headline(r))}</a></div>'
mostread = f'<div class="most-read-in-article"><h3>MOST READ IN NEWS</h3><ol>{"".join(f"<li><a>{E(headline(r))}</a></li>" for _ in range(3))}</ol></div>'
main = f'''<article class="article"><div class="article__kicker">HEATING CHAOS</div><h1 class="article__headline">{E(t)}</h1>
<p class="article__standfirst">Families say they have been boiling kettles to wash for four weeks</p>
<div class="article__byline"><span class="article__author"><a href="/author/kieran-moss">{a}</a></span><span class="article__timestamp"><time datetime="{d}">6:00, 14 Jan 2025</time></span></div>
<div class="article__content">{P(b[0])}{fig(r, "article__image", "Credit: Siren Pictures")}{ps(b[1:3])}{readmore()}{ps(b[3:5])}{fig(r, "article__image", "Credit: Supplied")}{ps(b[5:7])}{mostread}{ps(b[7:9])}{fig(r, "article__image", "Credit: Siren Pictures")}{readmore()}{ps(b[9:])}
<div class="newsletter-signup"><h4>Get the best stories straight to your inbox</h4><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div></div>
<div class="article__share-footer"><span>Share</span><a>Facebook</a><a>X</a><a>Email</a></div></article>{comments(r, 3)}'''
add("s07", "https://www.morningsiren.example/news/2025/01/14/brackwater-heating-failure/", head(t, site, d, None, [a]),
    shell(site, main, ("News", "Sport", "TV", "Showbiz", "Money", "Travel")), b, t, a, d, lang="en-GB")

# s08 Indian news page (HT-like): "Also Read |" links between paragraphs, "(With inputs from
# agencies)" closing line, "Updated on" line, "Catch all the Latest News" promo line.
r = random.Random(8)
site, t, a, d = "The National Chronicle", "Ashby credit union directors face inquiry over unpaid loans", "Ananya Rathore", "2025-02-18T14:32:00+05:30"
b = story(18, 9)
also = lambda: f'<p><strong>Also Read | </strong><a href="/india-news/{r.randint(10**5, 10**6)}">{E(headline(r))}</a></p>'
main = f'''<div class="storyDetails"><h1 class="hdg1">{E(t)}</h1><h2 class="sortDec">Regulators have given the board 30 days to explain the accounts.</h2>
<div class="storyBy"><div class="authorName">By <a href="/author/ananya-rathore">{a}</a></div><div class="dateTime">Feb 18, 2025 02:32 PM IST</div></div>
<div class="actionDiv"><a>Share Via</a><a>Copy Link</a><a>Google News</a></div>
<div class="detail">{ps(b[:2])}{also()}{ps(b[2:5])}<div class="adHeight250"><span>Advertisement</span></div>{also()}{ps(b[5:])}
<p><em>(With inputs from agencies)</em></p></div>
<div class="catchAll">Catch all the <a href="/latest">Latest News</a>, <a href="/cities">City News</a> along with top headlines on The National Chronicle. <a href="/app">Download the app</a> for latest updates.</div>
<div class="storyTopics"><span>Topics</span><a>Ashby</a><a>Credit union</a></div></div>'''
add("s08", "https://www.nationalchronicle.example/india-news/ashby-credit-union-directors-inquiry-101739869320.html", head(t, site, d, a, [a]),
    shell(site, main, ("Home", "India", "World", "Cities", "Cricket", "Entertainment", "Videos")), b, t, a, d, lang="en-IN")

# s09 Indian news page (NDTV/IE-like): "ALSO READ:" block with a linked title inside the story,
# "(With inputs from PTI)" line, "Edited by" line, "Follow us on Google News" line.
r = random.Random(9)
site, t, a, d = "Metro Express India", "Pellory food bank runs short as demand doubles", "Siddharth Kulkarni", "2025-10-06T19:10:00+05:30"
b = story(19, 8)
main = f'''<article class="sp-cn ins_storybody"><h1 class="sp-ttl">{E(t)}</h1>
<div class="pst-by"><span class="pst-by_ul"><span class="pst-by_li">Reported by <a href="/author/siddharth-kulkarni">{a}</a></span><span class="pst-by_li">Edited by Meera Pillai</span><span class="pst-by_li">Updated: October 06, 2025 7:10 pm IST</span></span></div>
<div id="ins_storybody">{ps(b[:3])}<div class="also-read-blk"><p><b>ALSO READ:</b> <a href="/news/{r.randint(10**6, 10**7)}">{E(headline(r))}</a></p></div>{ps(b[3:6])}<div class="ins_instory_dv"><span>Advertisement</span></div>{ps(b[6:])}
<p>(With inputs from PTI)</p>
<p class="follow-line">Follow us on <a href="#">Google News</a> and <a href="#">WhatsApp</a> for the latest updates.</p></div></article>
{teaser_list(r, "Trending News", 5)}'''
add("s09", "https://www.metroexpress.example/india-news/pellory-food-bank-runs-short-9122012", head(t, site, d, a, [a]),
    shell(site, main, ("Latest", "India", "World", "Business", "Sports", "Tech")), b, t, a, d, lang="en-IN")

# s10 wire story on a newspaper site (AP-like): dateline "CITY (Wire) —" in the first paragraph,
# "___" separator then "X contributed to this report." (kept), "Follow Wire's coverage" (left out).
r = random.Random(10)
site, t, a, d = "Valley Sentinel", "Port Lissom harbour crane fails inspection for third time", "Petra Lindqvist", "2025-09-09T15:22:00Z"
b = story(20, 8)
b[0] = "PORT LISSOM, Norrland (Wire) \u2014 " + b[0]
credit = "Wire writer Samuel Okonjo in Harrowgate contributed to this report."
main = f'''<div class="Page-content"><div class="Page-lead"><h1 class="Page-headline">{E(t)}</h1>
<div class="Page-byline"><div class="Page-authors">By <a href="#">{a.upper()}</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1757431320000"><span>Updated 3:22 PM GMT, September 9, 2025</span></bsp-timestamp></div></div></div>
<div class="Page-actions"><a>Share</a><a>Copy</a><a>Print</a></div>
<div class="RichTextStoryBody RichTextBody">{ps(b)}<p>___</p><p>{E(credit)}</p><p>___</p><p>Follow Wire's coverage of ports and shipping at <a href="#">https://wirenews.example/hub/shipping</a>.</p></div>
<div class="Page-below"><h3>Related Coverage</h3>{teaser_list(r, "Top Stories", 4)}</div></div>'''
add("s10", "https://www.valleysentinel.example/article/port-lissom-harbour-crane-inspection-9e7f1a2b", head(t, site, d, a, [a]),
    shell(site, main, EN_SECTIONS), b + ["___", credit], t, a, d)

# s11 wire story (Reuters-like): dateline "CITY, Month day (Wire) -", "Reporting by ...; Editing
# by ..." credit line (kept), "Our Standards" trust line (left out), sign-up promo mid-story.
r = random.Random(11)
site, t, a, d = "Meridian Wire", "Ember Valley growers warn of smaller harvest after dry spring", "Lucas Ferreira-Holt", "2025-06-17T11:48:00Z"
b = story(21, 7)
b[0] = "GLENMARROW, June 17 (Meridian Wire) - " + b[0]
cred = "Reporting by Lucas Ferreira-Holt; Additional reporting by Ines Kavanagh; Editing by Tom Radley"
main = f'''<article class="article__container"><header><nav class="breadcrumbs"><a>Markets</a> / <a>Commodities</a></nav><h1 data-testid="Heading">{E(t)}</h1>
<div class="article-header__byline"><a rel="author" href="/authors/lucas-ferreira-holt">{a}</a></div><time datetime="{d}">June 17, 2025 11:48 AM GMT</time><span>Updated ago</span></header>
<div class="article-body__content">{"".join(f'<div data-testid="paragraph-{i}" class="text__text">{E(x)}</div>' for i, x in enumerate(b[:4]))}
<div class="signup-promo"><p>Sign up here for the Morning Commodities briefing.</p></div>
{"".join(f'<div data-testid="paragraph-{i + 4}" class="text__text">{E(x)}</div>' for i, x in enumerate(b[4:]))}
<p class="sign-off">{E(cred)}</p></div>
<div class="trust-badge"><p>Our Standards: <a href="/trust">The Meridian Wire Trust Principles.</a></p></div>
<div class="article-tags"><span>Topics:</span><a>Agriculture</a><a>Weather</a></div></article>'''
add("s11", "https://www.meridianwire.example/markets/commodities/ember-valley-growers-smaller-harvest-2025-06-17/", head(t, site, d, a, [a]),
    shell(site, main, ("World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews")), b + [cred], t, a, d)

# s12 public broadcaster (ABC-like): key points box at the top (kept), "Posted ... updated" line,
# "Topics:" line of links after the story (left out), "Related stories" list.
r = random.Random(12)
site, t, a, d = "National Broadcasting Service", "Cliff path near Wexley to stay shut after second survey", "Bronwyn Tate", "2025-11-03T05:12:00+11:00"
b = story(22, 8)
kp = ["A second survey found fresh cracks along a 300-metre stretch", "The council says the path will stay shut until at least March",
      "Walkers are being told to use the inland route"]
main = f'''<article><header><span class="kicker">NSW Coast</span><h1>{E(t)}</h1>
<div class="byline"><span>By <a href="/news/bronwyn-tate/1234">{a}</a></span></div><div class="timestamp"><time datetime="{d}">Posted Mon 3 Nov 2025 at 5:12am</time>, updated Mon 3 Nov 2025 at 9:40am</div></header>
<div class="key-points"><h2>Key points:</h2><ul>{"".join(f"<li>{E(x)}</li>" for x in kp)}</ul></div>
{fig(r, "media", "(NBS News: Ollie Brandt)")}
<div class="article-text">{ps(b)}</div>
<p class="topics-line"><strong>Topics:</strong> <a href="/topic/erosion">erosion</a>, <a href="/topic/local-government">local-government</a>, <a href="/topic/wexley">wexley-2412</a></p>
{teaser_list(r, "Related stories", 3)}</article>'''
add("s12", "https://www.nbs.example/news/2025-11-03/wexley-cliff-path-stays-shut/105012345", head(t, site, d, a, [a], sep=" - "),
    shell(site, main, ("Just In", "For You", "Politics", "World", "Business", "Analysis", "Sport")), ["Key points:", "\n".join(kp)] + b, t, a, d, lang="en-AU")

# s13 public broadcaster (BBC/CBC-like): share/save tools, "What's next?" subheading in the
# story, "Related Topics" list and "More on this story" list (left out).
r = random.Random(13)
site, t, a, d = "Public Radio Canada", "Norrance Rail strike could spread to four more depots", "Amélie Tremblay-Ross", "2025-12-01T21:30:00Z"
b = story(23, 9)
main = f'''<article class="story"><div class="headline-block"><h1 class="detailHeadline">{E(t)}</h1><h2 class="deck">Union says talks broke down over shift patterns</h2></div>
<div class="bylineDetails"><span class="authorText">{a} · PRC News</span><time class="timeStamp" datetime="{d}">Posted: Dec 01, 2025 4:30 PM EST | Last Updated: 2 hours ago</time></div>
<div class="sharebar"><button>Share</button><button>Save</button></div>
{fig(r, "leadmedia", "(Darren Holt/PRC)")}
<div class="story">{ps(b[:6])}<h2>What's next?</h2>{ps(b[6:])}</div>
<div class="related-topics"><h3>Related Topics</h3><ul><li><a>Rail</a></li><li><a>Labour</a></li></ul></div>
{teaser_list(r, "More on this story", 3)}</article>'''
add("s13", "https://www.prc.example/news/canada/norrance-rail-strike-depots-1.7401122", head(t, site, d, a, None),
    shell(site, main, ("News", "Sports", "Radio", "Music", "Listen Live", "TV")), b[:6] + ["What's next?"] + b[6:], t, a, d, lang="en-CA")

# s14 UK tabloid, third shape (Express/Star-like): "Comments" link in the byline, images with
# captions in <figure>s, "RELATED ARTICLES" list of two links mid-story, "We use your sign-up"
# newsletter box, "Join the debate" comments header.
r = random.Random(14)
site, t, a, d = "Daily Lantern", "Quarry Lane market stall holders told to move within a month", "Gemma Fairweather", "2025-03-29T17:45:00Z"
b = story(24, 10)
rel = f'<div class="related-articles"><h4>RELATED ARTICLES</h4><ul><li><a>{E(headline(r))}</a></li><li><a>{E(headline(r))}</a></li></ul></div>'
main = f'''<article><h1>{E(t)}</h1><h3 class="sub-title">Traders say the notice came without any warning or offer of help</h3>
<div class="publish-info"><span class="author">By <a href="/authors/gemma-fairweather">{a}</a>, News Reporter</span><span class="date">17:45, Sat, Mar 29, 2025</span><a class="comments-link" href="#comments">| UPDATED: 18:10, Sat, Mar 29, 2025</a></div>
<div class="text-description">{ps(b[:2])}{fig(r, "photo", "(Image: Lantern)")}{ps(b[2:4])}{rel}{ps(b[4:7])}{fig(r, "photo", "(Image: Getty)")}{ps(b[7:])}</div>
<div class="newsletter-box"><p>Sign up to our free daily newsletter. We use your sign-up to provide content in ways you've consented to.</p><button>Sign up</button></div>
<div id="comments"><h3>Join the debate</h3><p>Comments are subject to our community rules.</p></div></article>'''
add("s14", "https://www.dailylantern.example/news/uk/2033998/quarry-lane-market-stall-holders-move", head(t, site, d, a, [a]),
    shell(site, main, ("Home", "News", "Showbiz & TV", "Sport", "Comment", "Finance")), b, t, a, d, lang="en-GB")

# s15 Indian business daily (Mint/ET-like): "Read more |" and "Also Read:" lines, key takeaways
# box at the top (kept), "Catch all the Business News" line and "Disclaimer" (left out).
r = random.Random(15)
site, t, a, d = "Ledger Markets India", "Harrowgate water board bonds oversubscribed on first day", "Karthik Venkatesan", "2025-04-22T08:55:00+05:30"
b = story(25, 8)
kt = ["The issue was covered 3.2 times within hours of opening", "Retail investors took less than a fifth of the bids"]
main = f'''<div class="mainArea"><h1 class="headline">{E(t)}</h1><div class="storyPage_authorInfo"><span class="storyPage_authorName"><a>{a}</a></span><span class="storyPage_date">Published 22 Apr 2025, 08:55 AM IST</span></div>
<div class="storyPage_keyTakeaways"><h2>Key Takeaways</h2><ul>{"".join(f"<li>{E(x)}</li>" for x in kt)}</ul></div>
<div class="storyPage_storyContent">{ps(b[:3])}<p><strong>Also Read:</strong> <a>{E(headline(r))}</a></p>{ps(b[3:6])}<p>Read more | <a>{E(headline(r))}</a></p>{ps(b[6:])}</div>
<p class="catch-all">Catch all the <a>Business News</a>, <a>Market News</a>, <a>Breaking News</a> Events and <a>Latest News</a> Updates on Ledger Markets India.</p>
<p class="disclaimer"><em>Disclaimer: The views and recommendations above are those of individual analysts, not of Ledger Markets India.</em></p></div>'''
add("s15", "https://www.ledgermarkets.example/markets/harrowgate-water-board-bonds-oversubscribed-11745291234567.html", head(t, site, d, a, [a]),
    shell(site, main, ("Markets", "Money", "Industry", "Companies", "Politics", "Opinion")), ["Key Takeaways", "\n".join(kt)] + b, t, a, d, lang="en-IN")
