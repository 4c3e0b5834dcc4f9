# Non-article pages of the same sites: section front, tag page, author page, search results.
# Truth keeps what a reader reads in the list (intro, each teaser's headline, summary and
# byline/date line), not navigation, rails, pagers, buttons or post counts; a heading that only
# repeats the page's title is left out, as the development corpora's listing truths do.
# Run by gen.py (exec), which defines add, P, E, ld, og.

TEASERS = [
    ("Harbor seals return to the breakwater for the first time in a decade", "Volunteers counted 41 animals on the rocks on Sunday, up from none five years ago.", "Yuki Harrow", "Mar 11, 2024"),
    ("School board picks interim superintendent", "The former principal of Lowell Middle School will serve until a national search is finished.", "Amos Treadwell", "Mar 10, 2024"),
    ("Bakery on Front Street marks 40 years with free bread", "The owners gave away 600 loaves on Saturday and ran out before noon.", "Martina Grell", "Mar 9, 2024"),
    ("County Road 9 to get guardrails after spate of crashes", "State money will cover most of the cost of the two-mile project.", "Declan Ashby", "Mar 8, 2024"),
    ("Library levy renewal heads to the ballot", "Voters will decide in May whether to keep the rate the same for another ten years.", "Noor Halvorsen", "Mar 7, 2024"),
    ("High school gym roof to be replaced this summer", "Leaks forced the cancellation of two basketball games in January.", "Jonah Teague", "Mar 6, 2024"),
    ("Deer collisions rise along the river road", "Insurers say claims in the county are up by a fifth over last year.", "Celeste Obi", "Mar 5, 2024"),
    ("New crosswalk planned near the middle school", "Parents had asked for it after two near misses last fall.", "Ruben Szabo", "Mar 4, 2024"),
]


def blox_card(t, s, a, d, i):
    return f'<article class="tnt-asset-type-article card summary"><div class="card-container"><div class="card-image"><a href="/news/local/a{i}.html"><img src="/content/tncms/assets/t{i}.jpg" alt=""></a></div><div class="card-body"><div class="card-headline"><h3 class="tnt-headline"><a href="/news/local/article_{i}.html">{E(t)}</a></h3></div><ul class="list-inline"><li class="card-byline">By {E(a)}</li><li class="card-date"><time>{d}</time></li></ul><div class="card-lead"><p class="tnt-summary">{E(s)}</p></div></div></div></article>'


def card_truth(t, s, a, d):
    return [t, f"By {a}\n{d}", s]


# c21 section front (TownNews BLOX)
site = "Tallow Creek Gazette"
u = "https://www.tallowcreekgazette.com/news/local/"
cards = "".join(blox_card(*x, i) for i, x in enumerate(TEASERS))
body = f"""<body class="section-news-local"><header id="site-header"><a href="/" class="navbar-brand">{site}</a><ul class="nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/users/signup/">Subscribe</a></li></ul></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8"><div class="block-title"><h1><span class="block-title-inner">Local News</span></h1></div>
<div id="tncms-region-index-primary" class="tncms-region">{cards}</div>
<div class="pagination"><ul><li class="active"><a>1</a></li><li><a href="?o=20">2</a></li><li><a href="?o=40">3</a></li><li><a href="?o=20">Next</a></li></ul></div></div>
<aside class="col-md-4"><div class="tncms-block"><h3>Most Popular</h3><ul><li><a href="/x">Splash pad reopens after repairs</a></li><li><a href="/y">Three vie for open school board seat</a></li></ul></div><div class="tnt-ads"></div></aside></div></div>
<footer id="site-footer"><p>&copy; Copyright 2024 {site}. | <a href="/site/terms.html">Terms of Use</a></p></footer></body>"""
truth = [y for x in TEASERS for y in card_truth(*x)]
head = f'<title>Local News | tallowcreekgazette.com</title>' + og("Local News", kind="website", site=site)
add("c21", u, head, body, truth, "Local News", page_type="listing")

# c22 tag page (Ghost)
site = "The Understory"
u = "https://theunderstory.example/tag/gardens/"
gcards = "".join(f'<article class="post-card post tag-gardens"><a class="post-card-image-link" href="/p{i}/"><img class="post-card-image" src="/i{i}.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/p{i}/"><header class="post-card-header"><h2 class="post-card-title">{E(t)}</h2></header><div class="post-card-excerpt">{E(s)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-03-{20 - i:02d}">{d}</time><span class="post-card-meta-length">{4 + i % 3} min read</span></footer></div></article>' for i, (t, s, a, d) in enumerate(TEASERS[:6]))
body = f"""<body class="tag-template tag-gardens"><div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">{site}</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></header>
<main id="site-main" class="site-main outer"><div class="inner posts"><section class="post-card post-card-large"><div class="post-card-content"><div class="post-card-content-link"><header class="post-card-header"><h1 class="post-card-title">Gardens</h1></header><div class="post-card-excerpt">Seed swaps, allotments, orchards and the people who tend them.</div><footer class="post-card-meta">A collection of 14 posts</footer></div></div></section>
<div class="post-feed">{gcards}</div><nav class="pagination"><a class="older-posts" href="/tag/gardens/page/2/">Older Posts &rarr;</a></nav></div></main>
<footer class="site-footer outer"><section class="copyright"><a href="/">{site}</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></footer></div></body>"""
truth = ["Seed swaps, allotments, orchards and the people who tend them."] + [y for i, (t, s, a, d) in enumerate(TEASERS[:6]) for y in (t, s, f"{d} {4 + i % 3} min read")]
head = f'<title>Gardens - {site}</title><meta name="generator" content="Ghost 5.79">' + og("Gardens", kind="website", site=site) + ld({"@context": "https://schema.org", "@type": "Series", "name": "Gardens", "url": u})
add("c22", u, head, body, truth, "Gardens", page_type="listing")

# c23 author page (Arc-style): bio at the top, then the author's stories
site = "Corran Valley Times"
u = "https://www.corranvalleytimes.com/people/wes-calloway/"
bio = "Wes Calloway covers agriculture, water and rural life for the Corran Valley Times. He joined the paper in 2017 after five years at a farm radio network. He grew up on a walnut farm outside Hollins Ford."
items = "".join(f'<div class="c-results-list__item"><div class="b-results-list__item"><a href="/s/{i}/"><img src="/r/{i}.jpg" alt=""></a><div class="b-results-list__item-content"><h2 class="c-heading"><a href="/s/{i}/">{E(t)}</a></h2><p class="c-paragraph b-results-list__item-description">{E(s)}</p><div class="b-results-list__item-byline">By Wes Calloway <span class="c-separator">&bull;</span> <time>{d}</time></div></div></div></div>' for i, (t, s, a, d) in enumerate(TEASERS[2:8]))
body = f"""<body><div id="fusion-app"><header class="nav-wrapper"><a href="/" class="nav-logo">{site}</a><a href="/subscribe/">Subscribe</a></header><main>
<section class="b-full-author-bio"><img src="/people/wes.jpg" alt=""><div class="b-full-author-bio__text"><h1 class="c-heading">Wes Calloway</h1><p class="b-full-author-bio__role">Agriculture reporter</p><p class="c-paragraph">{E(bio)}</p><div class="b-full-author-bio__social"><a href="mailto:wes@corranvalleytimes.com">Email</a><a href="https://x.com/wescalloway">X</a></div></div></section>
<section class="b-results-list">{items}<button class="c-button">See more stories</button></section></main>
<footer class="b-footer"><p>Copyright &copy; 2024 {site}. All rights reserved.</p></footer></div></body>"""
truth = ["Agriculture reporter", bio] + [y for t, s, a, d in TEASERS[2:8] for y in (t, s, f"By Wes Calloway \u2022 {d}")]
head = f'<title>Wes Calloway | {site}</title>' + og("Wes Calloway", kind="profile", site=site) + ld({"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": "Wes Calloway", "jobTitle": "Agriculture reporter"}})
add("c23", u, head, body, truth, "Wes Calloway", page_type="listing")

# c24 search results (WordPress)
site = "Mellick Messenger"
u = "https://mellickmessenger.com/?s=library"
res = "".join(f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="/2024/03/{i + 1:02d}/r/" rel="bookmark">{E(t)}</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date published">{d}</time></span></div></header><div class="entry-summary"><p>{E(s)} [&hellip;]</p></div></article>' for i, (t, s, a, d) in enumerate(TEASERS[:5]))
body = f"""<body class="search search-results"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{site}</a></p><nav class="main-navigation"><ul class="menu"><li><a href="/category/news/">News</a></li><li><a href="/category/opinion/">Opinion</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><header class="page-header"><h1 class="page-title">Search Results for: <span>library</span></h1></header>
{res}<nav class="navigation posts-navigation"><div class="nav-links"><div class="nav-previous"><a href="/page/2/?s=library">Older posts</a></div></div></nav></main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" class="search-form"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="library"></label><input type="submit" class="search-submit" value="Search"></form></section><section class="widget"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/news/">News</a></li><li><a href="/c/sports/">Sports</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 {site}. Proudly powered by WordPress.</div></footer></div></body>"""
truth = ["Search Results for: library"] + [y for t, s, a, d in TEASERS[:5] for y in (t, d, s + " [\u2026]")]
head = f'<title>You searched for library &#8211; {site}</title><meta name="robots" content="noindex, follow">' + og("You searched for library", kind="website", site=site)
add("c24", u, head, body, truth, "Search Results for: library", page_type="listing")
