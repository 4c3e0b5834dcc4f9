import html as H
E = H.escape

def build(page, P, para, paras, nav, foot, rail, fill, random):
    # 1. WordPress Newspaper (tagDiv) theme
    r = random.Random(1); site = "Brennick Daily"
    b = paras(r, 8); h2 = "What happens next"
    body = f"""<body class="post-template-default single single-post td-standard-pack">{nav(site)}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article id="post-4412" class="post-4412 post type-post status-publish"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/c/local">Local</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">Council delays vote on Quill River levee repairs</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/grete">Grete Samuels</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-03-11T09:30:00">March 11, 2025</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-4412">1,204</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-button" href="#"><span>Facebook</span></a><a class="td-social-sharing-button" href="#"><span>Twitter</span></a><a href="#"><span>WhatsApp</span></a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img src="/img/levee.jpg" alt="levee"><figcaption class="wp-caption-text">Sandbags line the Quill River near Fenwick Road on Monday. (Photo: Marcus Pell / Brennick Daily)</figcaption></figure></div>
{P(b[0])}{P(b[1])}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div class="ad-slot"></div></div>
{P(b[2])}
<p><strong>READ MORE:</strong> <a href="/news/levee-report">Engineers flagged weak spots in levee two years ago</a></p>
{P(b[3])}<h2>{h2}</h2>{P(b[4])}{P(b[5])}
<div class="td-a-rec td-a-rec-id-content_inlineleft"><span class="td-adspot-title">- Advertisement -</span></div>
{P(b[6])}{P(b[7])}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/levee">levee</a></li><li><a href="/tag/quill-river">Quill River</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><a href="#">Facebook</a><a href="#">Twitter</a></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/news/a">School board approves later start times</a></div></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="/news/b">Ferry service to resume after dredging</a></div></div></div>
<div class="td-author-name-url"><div class="author-box-wrap"><img src="/a.jpg"><div class="desc"><div class="td-author-name vcard author"><a href="/author/grete">Grete Samuels</a></div>
<div class="td-author-description">Grete Samuels covers county government and the environment for the Brennick Daily. She joined the paper in 2019 after six years at a public radio station.</div></div></div></div>
</footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">RELATED ARTICLES</a><a class="td-related-right">MORE FROM AUTHOR</a></h4>
<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/n/1">Flood insurance rates climb for river towns</a></h3></div>
<div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/n/2">Volunteers fill ten thousand sandbags in a day</a></h3></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form class="comment-form"><textarea placeholder="Comment:"></textarea><input placeholder="Name:*"><input placeholder="Email:*"><p class="comment-form-cookies-consent"><label>Save my name, email, and website in this browser for the next time I comment.</label></p><input type="submit" value="Post Comment"></form></div></div>
</article></div>{rail(r)}</div></div></div>{foot(site)}</body>"""
    page("wp-newspaper", "https://brennickdaily.example/2025/03/11/council-delays-levee-vote/", "Council delays vote on Quill River levee repairs",
         "Grete Samuels", "2025-03-11", "", body, b[:4] + [h2] + b[4:], site)

    # 2. Jannah theme with newsletter box and inline related
    r = random.Random(2); site = "Valley Wire"
    b = paras(r, 9)
    lst = ["Bring a photo ID and proof of address.", "Arrive at least fifteen minutes early.", "Masks are optional inside the clinic."]
    body = f"""<body class="post-template-default single single-post tie-no-js">{nav(site)}
<div id="tie-wrapper"><div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8">
<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em class="delimiter">/</em><a href="/health">Health</a></nav>
<div class="entry-header"><h1 class="post-title entry-title">Free vaccine clinics return to Eastgate this spring</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/rosa" class="author-name tie-icon" title="Rosa Iturbe">Rosa Iturbe</a></span></span></span>
<span class="date meta-item tie-icon">April 2, 2025</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 312 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes read</span></div></div></div></header>
<div class="share-buttons share-buttons-top"><div class="share-links"><a href="#" class="facebook-share-btn"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="#"><span class="social-text">Twitter</span></a><a href="#"><span class="social-text">Share via Email</span></a></div></div>
<div class="entry-content entry clearfix">
{P(b[0])}{P(b[1])}
<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">- Advertisement -</span><ins class="adsbygoogle"></ins></div>
{P(b[2])}{P(b[3])}
<div class="mag-box-container"><div class="newsletter-box"><h3>Get the Valley Wire in your inbox</h3><p>Our free morning briefing lands at 6 a.m. every weekday with the stories you need.</p>
<form><input type="email" placeholder="Enter your Email Address"><button>Subscribe</button></form><p class="small">We respect your privacy. Unsubscribe at any time.</p></div></div>
{P(b[4])}
<h3>What to bring</h3><ul>{''.join(f'<li>{E(x)}</li>' for x in lst)}</ul>
{P(b[5])}
<p><strong>Related:</strong> <a href="/health/flu-season">Flu season peaked early this year, county data show</a></p>
{P(b[6])}{P(b[7])}{P(b[8])}
<div class="stream-item stream-item-below-post-content"><span class="stream-title">- Advertisement -</span></div>
</div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud"><a href="/tag/health">health</a><a href="/tag/vaccines">vaccines</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text"><a href="#"><span class="social-text">Facebook</span></a><a href="#"><span class="social-text">Twitter</span></a><a href="#"><span class="social-text">LinkedIn</span></a><a href="#"><span class="social-text">Print</span></a></div></div>
</article>
<div class="about-author container-wrapper about-author-true"><div class="author-avatar"><img src="/a.jpg"></div><div class="author-info"><h3 class="author-name"><a href="/author/rosa">Rosa Iturbe</a></h3>
<div class="author-bio">Rosa Iturbe is the health reporter at Valley Wire. Reach her with tips about hospitals, clinics and public health.</div></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-posts-list">
<div class="related-item"><h3 class="post-title"><a href="/x1">County opens second testing site</a></h3><div class="post-meta"><span class="date">3 days ago</span></div></div>
<div class="related-item"><h3 class="post-title"><a href="/x2">Hospital adds night shift nurses</a></h3></div></div></div>
</div>{rail(r)}</div></div></div>{foot(site)}</body>"""
    page("jannah", "https://valleywire.example/health/free-vaccine-clinics-return/", "Free vaccine clinics return to Eastgate this spring",
         "Rosa Iturbe", "2025-04-02", "", body, b[:5] + ["What to bring"] + lst + b[5:], site)

    # 3. Arc XP style with interstitial links and correction
    r = random.Random(3); site = "Capital Post"
    b = paras(r, 10)
    corr = "Correction: An earlier version of this article misstated the year the reservoir was built. It was completed in 1974."
    def ap(t, i): return f'<p class="font--body font-copy gray-darkest ma-0 pb-md" data-el="text" dir="null" data-testid="drop-cap-letter">{E(t)}</p>'
    body = f"""<body>{nav(site)}<main id="main-content"><div class="grid-layout"><div class="grid-article">
<div class="headline-wrapper"><h1 data-qa="headline" class="headline">Drought forces cities to tap emergency reserves</h1>
<h2 data-qa="subheadline" class="subheadline">Water managers say the next six weeks will decide whether rationing is needed</h2></div>
<div data-qa="author-byline" class="byline"><span>By <a data-qa="author-name" href="/people/owen">Owen Achterberg</a></span></div>
<div data-qa="timestamp" class="display-date"><span data-testid="display-date">March 20, 2025 at 6:00 a.m. EDT</span></div>
<div class="share-bar"><button aria-label="Share">Share</button><button>Comment</button><button>Save</button><span class="comment-count">412</span></div>
<figure class="lead-art"><img src="/r.jpg"><figcaption data-qa="caption">The Penmore reservoir at one-third capacity on March 18. (Hana Olafsdottir for the Capital Post)</figcaption></figure>
<div class="article-body grid-center">
{ap(b[0],0)}{ap(b[1],1)}
<div class="teaser-content"><div data-qa="article-body-ad" class="ad-container"><div class="ad-label">Story continues below advertisement</div><div id="slot-1"></div></div></div>
{ap(b[2],2)}{ap(b[3],3)}
<div class="interstitial-link"><p class="font-copy"><i>[<a href="/climate/2025/02/snowpack">Snowpack in the northern ranges hit a record low in February</a>]</i></p></div>
{ap(b[4],4)}
<div data-qa="article-body-ad" class="ad-container"><div class="ad-label">Advertisement</div></div>
{ap(b[5],5)}{ap(b[6],6)}{ap(b[7],7)}
<div data-qa="article-body-ad" class="ad-container"><div class="ad-label">Story continues below advertisement</div></div>
{ap(b[8],8)}{ap(b[9],9)}
<div class="correction"><p class="font--body font-copy"><i>{E(corr)}</i></p></div>
</div>
<div class="newsletter-inline"><p class="nl-title">Climate Coach</p><p>Practical advice for a warming planet, delivered every Tuesday.</p><button>Sign up</button></div>
<div class="comments-wrapper"><button>Comments</button><span>412 Comments</span></div>
</div></div></main>{rail(r, "Most Read Climate")}{foot(site)}</body>"""
    page("arcxp", "https://capitalpost.example/climate/2025/03/20/drought-emergency-reserves/", "Drought forces cities to tap emergency reserves",
         "Owen Achterberg", "2025-03-20", "", body, b + [corr], site)

    # 4. Brightspot with enhancements
    r = random.Random(4); site = "Marlow Public Radio"
    b = paras(r, 8)
    body = f"""<body class="Page-body">{nav(site)}<main class="Page-main"><div class="ArticlePage-mainContent">
<div class="ArticlePage-breadcrumbs"><a class="Link" href="/politics">Politics</a></div>
<h1 class="ArticlePage-headline">Statehouse passes rural broadband bill after late-night session</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName"><span class="ArticlePage-authorBy">By</span> <a class="Link" href="/people/lucia">Lucia Ferraro</a></div></div></div>
<div class="ArticlePage-datePublished">Published May 8, 2025 at 7:14 PM EDT</div>
<div class="ActionBar"><ul class="ActionBar-items"><li class="ActionBar-items-item"><a class="ActionLink" href="#">Facebook</a></li><li><a class="ActionLink" href="#">Email</a></li></ul></div>
<div class="ArticlePage-lead"><figure class="Figure"><img src="/b.jpg"><div class="Figure-content"><figcaption class="Figure-caption"><p>Lawmakers debate the broadband measure in the House chamber on Thursday.</p></figcaption><div class="Figure-credit">Tomasz Wilk</div><div class="Figure-source">/ Marlow Public Radio</div></div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{P(b[0])}{P(b[1])}
<div class="Enhancement"><div class="Enhancement-item"><div class="RelatedList"><div class="RelatedList-title">Related Stories</div><ul class="RelatedList-items"><li><a href="/s1">Broadband maps leave out thousands of homes</a></li><li><a href="/s2">Co-op strings fiber along county roads</a></li></ul></div></div></div>
{P(b[2])}{P(b[3])}
<div class="Enhancement" data-align-center><div class="Enhancement-item"><figure class="Figure"><img src="/c.jpg"><div class="Figure-content"><figcaption class="Figure-caption"><p>A technician splices cable near the town of Ardley.</p></figcaption><div class="Figure-credit">Marcus Pell</div></div></figure></div></div>
{P(b[4])}{P(b[5])}
<div class="Enhancement"><div class="Enhancement-item"><div class="PromoBox"><p>Marlow Public Radio depends on listeners like you.</p><a class="Link" href="/donate">Donate today</a></div></div></div>
{P(b[6])}{P(b[7])}
</div></div>
<div class="ArticlePage-tags"><div class="ArticlePage-tags-label">Tags</div><ul class="ArticlePage-tags-items"><li><a href="/tags/politics">Politics</a></li><li><a href="/tags/broadband">Broadband</a></li></ul></div>
<div class="ArticlePage-authorBlock"><div class="AuthorInfoBlock"><div class="AuthorInfoBlock-name"><a href="/people/lucia">Lucia Ferraro</a></div><div class="AuthorInfoBlock-bio"><p>Lucia Ferraro is the statehouse reporter for Marlow Public Radio. She previously covered courts in the capital region.</p></div>
<div class="AuthorInfoBlock-social"><a href="#">See stories by Lucia Ferraro</a></div></div></div>
</div></main>{foot(site)}</body>"""
    page("brightspot", "https://marlowpublicradio.example/politics/2025-05-08/statehouse-broadband-bill", "Statehouse passes rural broadband bill after late-night session",
         "Lucia Ferraro", "2025-05-08", "", body, b, site)

    # 5. Gannett style
    r = random.Random(5); site = "Westmarch Register"
    b = paras(r, 9)
    def gp(t): return f'<p class="gnt_ar_b_p">{E(t)}</p>'
    body = f"""<body>{nav(site)}<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">Food bank sees record demand as grocery prices climb</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/dev">Dev Anand Kulkarni</a><div class="gnt_ar_by_t">Westmarch Register</div></div>
<div class="gnt_ar_dt" aria-label="Published: 6:02 a.m. ET Jan. 14, 2025 | Updated: 9:47 a.m. ET Jan. 14, 2025"></div>
<div class="gnt_ss"><a class="gnt_ss_a" href="#" aria-label="Share on Facebook"></a><a class="gnt_ss_a" href="#" aria-label="Share on X"></a></div>
<figure class="gnt_em gnt_em_img"><img src="/g.jpg"><figcaption class="gnt_em_img_ccw"><span class="gnt_em_img_cap">Volunteers sort donations at the Westmarch food bank warehouse.</span><span class="gnt_em_img_crd">Dev Anand Kulkarni/Westmarch Register</span></figcaption></figure>
<div class="gnt_ar_b" aria-label="Article body">
{gp(b[0])}{gp(b[1])}
<aside class="gnt_em gnt_em__fp gnt_em__el" aria-label="advertisement"></aside>
{gp(b[2])}{gp(b[3])}
<aside class="gnt_em gnt_em_gl"><div class="gnt_em_gl_t">Story continues below gallery</div><a class="gnt_em_gl_a" href="/gallery/1">Photos: Inside the food bank warehouse</a><div class="gnt_em_gl_c">12 photos</div></aside>
{gp(b[4])}
<p class="gnt_ar_b_p"><strong class="gnt_ar_b_al">More:</strong> <a class="gnt_ar_b_a" href="/story/news/local/pantry">Church pantry doubles its hours for winter</a></p>
{gp(b[5])}{gp(b[6])}
<aside class="gnt_em gnt_em__fp" aria-label="advertisement"></aside>
{gp(b[7])}{gp(b[8])}
<p class="gnt_ar_b_p"><em>Dev Anand Kulkarni covers poverty and housing for the Westmarch Register. Reach him at dkulkarni@register.example or follow him on X @devkwrites.</em></p>
</div>
<div class="gnt_ar_b_sub"><p>Support local journalism. <a href="/subscribe">Subscribe today</a> for only $1.</p></div>
</article></main>{rail(r, "Popular")}{foot(site)}</body>"""
    page("gannett", "https://westmarchregister.example/story/news/local/2025/01/14/food-bank-record-demand/77001/", "Food bank sees record demand as grocery prices climb",
         "Dev Anand Kulkarni", "2025-01-14", "", body, b, site)

    # 6. BBC style
    r = random.Random(6); site = "National Broadcaster News"
    b = paras(r, 8); sub = "Longer waits expected"
    def tb(t): return f'<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">{E(t)}</p></div>'
    body = f"""<body><header class="ssrcss-header"><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a><a href="/iplayer">iPlayer</a></nav></header>
<div id="main-content"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5">
<div data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">Rail strike to close lines across the north next week</h1></div>
<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName"><time datetime="2025-06-03T11:20:00.000Z">3 June 2025</time></div><div><span>Tomasz Wilk</span><span>Transport correspondent</span></div><div><span><a href="#">Share</a></span><span>Save</span></div></div>
<div data-component="image-block"><figure><img src="/t.jpg"><span role="text" class="ssrcss-1ulq0ku"><span class="ssrcss-1ltv2dh-VisuallyHidden">Image source, </span>Getty Images</span><figcaption class="ssrcss-1sbq8sr"><span class="ssrcss-1ltv2dh-VisuallyHidden">Image caption, </span>Commuters wait at a station platform during an earlier walkout</figcaption></figure></div>
{tb(b[0])}{tb(b[1])}{tb(b[2])}
<div data-component="subheadline-block"><h2 class="ssrcss-1kqpx2k">{sub}</h2></div>
{tb(b[3])}{tb(b[4])}
<div data-component="embed-block"><div class="ssrcss-consent"><p>Allow X content?</p><p>This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read X’s cookie policy and privacy policy before accepting. To view this content choose ‘accept and continue’.</p><button>Accept and continue</button></div><p class="ssrcss-skip">Skip twitter post</p></div>
{tb(b[5])}{tb(b[6])}{tb(b[7])}
<div data-component="links-block"><div class="ssrcss-relatedlinks"><h2>More on this story</h2><ul><li><a href="/n1">Why are rail workers striking?</a></li><li><a href="/n2">Timetable cuts announced for summer</a></li></ul></div></div>
<div data-component="topic-list"><div><h2>Related topics</h2><ul><li><a href="/t/rail">Rail travel</a></li><li><a href="/t/strikes">Strikes</a></li></ul></div></div>
</article></div>
<section data-e2e="most-read"><h2>Most read</h2><ol><li><a href="/m1">Man rescued after night on cliff ledge</a></li><li><a href="/m2">Heatwave warning issued for weekend</a></li></ol></section>
<footer><p>Copyright 2025 National Broadcaster. The NB is not responsible for the content of external sites. Read about our approach to external linking.</p></footer></body>"""
    page("bbc", "https://nbnews.example/news/articles/c0rail2025", "Rail strike to close lines across the north next week",
         "Tomasz Wilk", "2025-06-03", "", body, b[:3] + [sub] + b[3:], site)

    # 7. Guardian style
    r = random.Random(7); site = "The Observer Herald"
    b = paras(r, 9)
    body = f"""<body>{nav(site)}<main><article><div class="dcr-headline"><h1>Teachers vote to accept revised pay offer after months of talks</h1></div>
<div class="dcr-standfirst"><p>Union says deal is ‘far from perfect’ but ends threat of walkouts in autumn term</p></div>
<address aria-label="Contributor info" data-component="meta-byline"><a rel="author" href="/profile/hana">Hana Olafsdottir</a> Education correspondent</address>
<div class="dcr-meta"><details><summary>Tue 22 Jul 2025 14.05 BST</summary></details><div class="dcr-share"><a href="#">Share</a></div></div>
<figure><img src="/gu.jpg"><figcaption><span class="dcr-caption">Teachers leave a union meeting in Calder on Tuesday.</span> Photograph: Rosa Iturbe/The Observer Herald</figcaption></figure>
<div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-1r94quw">
{P(b[0],'dcr-s3ycb2')}{P(b[1],'dcr-s3ycb2')}{P(b[2],'dcr-s3ycb2')}
<aside data-spacefinder-role="richLink" data-link-name="rich-link-1 | 1" class="dcr-11ra563"><div class="dcr-rich"><a href="/education/2025/may/strike"><div>Related: </div><div>Schools brace for strike action as pay talks stall</div></a></div></aside>
{P(b[3],'dcr-s3ycb2')}{P(b[4],'dcr-s3ycb2')}
<figure id="newsletter-1" data-spacefinder-role="inline" class="element-embed"><div class="dcr-newsletter"><p class="dcr-nl-title">Sign up to Education Weekly</p><p>Free weekly newsletter</p><p>The week's education news and views, written for teachers, parents and students.</p><p><strong>Privacy Notice:</strong> Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.</p><button>Sign up</button><p>after newsletter promotion</p></div></figure>
{P(b[5],'dcr-s3ycb2')}{P(b[6],'dcr-s3ycb2')}{P(b[7],'dcr-s3ycb2')}{P(b[8],'dcr-s3ycb2')}
</div>
<div id="slot-body-end"><div class="contributions-epic"><h2>Before you move on …</h2><p>… we have a small favour to ask. Millions of readers turn to us each year for independent journalism that is free to read. If you can, please consider supporting us with a regular contribution. It takes only a minute.</p><button>Support us</button></div></div>
<div data-component="keywords"><h2>Explore more on these topics</h2><ul><li><a href="/education/teachers">Teachers</a></li><li><a href="/education/schools">Schools</a></li><li><a href="/unions">Trade unions</a></li></ul></div>
<div class="dcr-share-bottom"><a href="#">Share</a><a href="#">Reuse this content</a></div>
</article></main>{rail(r, "Most viewed")}{foot(site)}</body>"""
    page("guardian", "https://observerherald.example/education/2025/jul/22/teachers-accept-pay-offer", "Teachers vote to accept revised pay offer after months of talks",
         "Hana Olafsdottir", "2025-07-22", "", body, b, site)

    # 8. NYT style
    r = random.Random(8); site = "The Metropolitan Times"
    b = paras(r, 10)
    def np_(t): return f'<p class="css-at9mc1 evys1bk0">{E(t)}</p>'
    def col(ps): return '<div class="css-53u6y8"><div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">' + "".join(np_(x) for x in ps) + '</div></div></div>'
    ad = '<div class="css-1ajb1hn ad"><div class="css-1ws7dp"><p class="css-1xdhyk6 e1xdw5350">Advertisement</p><p class="css-1b5ltxf"><a href="#after-dfp-ad-mid1" class="css-1ly73wi e1xdw5352">SKIP ADVERTISEMENT</a></p><div id="dfp-ad-mid1"></div></div></div>'
    body = f"""<body><div id="app"><header class="css-ahe4g0"><nav><a href="/">Today's Paper</a><a href="/section/nyregion">N.Y./Region</a><button>Subscribe</button><button>Log in</button></nav></header>
<main id="site-content"><article id="story" class="css-1vxca1d e1lmdhsb0"><header class="css-d92cwd"><p class="css-1rh1sk1"><a href="/section/nyregion">New York</a></p>
<h1 data-testid="headline" class="css-1j5ig2m e1h9rw200">After Years of Delays, a Harbor Ferry Finally Sails Again</h1>
<p id="article-summary" class="css-79rysd e1wiw3jv0">The restored route connects two neighborhoods that lost service a decade ago.</p>
<div class="css-1e7ks0l"><p class="css-aknsld e1jsehar1">By <span class="css-1baulvz"><a href="/by/marcus-pell">Marcus Pell</a></span></p><time class="css-qa0ymj e16638kd0" datetime="2025-08-30T05:00:05-04:00">Aug. 30, 2025</time></div>
<div class="css-share"><button aria-label="Share full article">Share full article</button><span>153</span></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
{col(b[0:3])}{ad}{col(b[3:7])}{ad}{col(b[7:10])}
</section>
<div class="bottom-of-article"><div class="css-1jp38cx"><p class="css-1f7ibof">Marcus Pell is a reporter for the Metro desk, covering transportation and the waterfront.</p></div>
<div class="css-1vv2h2n"><p>A version of this article appears in print on Aug. 31, 2025, Section MB, Page 3 of the New York edition with the headline: Harbor Ferry Sails Again. <a href="#">Order Reprints</a> | <a href="#">Today’s Paper</a> | <a href="#">Subscribe</a></p></div>
<div class="css-1fb9bwi"><h2>Related Content</h2><ul><li><a href="#">Why the City Cut Ferry Service in 2015</a></li></ul></div></div>
</article></main><footer><nav><a href="#">© 2025 The Metropolitan Times Company</a><a href="#">Contact Us</a><a href="#">Accessibility</a><a href="#">Work with us</a></nav></footer></div></body>"""
    page("nyt", "https://metrotimes.example/2025/08/30/nyregion/harbor-ferry-returns.html", "After Years of Delays, a Harbor Ferry Finally Sails Again",
         "Marcus Pell", "2025-08-30", "", body, b, site)

    # 9. AP wire (Brightspot) with copyright and contributed line
    r = random.Random(9); site = "Wire Press"
    b = paras(r, 9); b[0] = "CALDER, Ore. (WP) — " + b[0]
    contrib = "Wire Press writers Lucia Ferraro in Salem and Owen Achterberg in Portland contributed to this report."
    body = f"""<body class="Page-body">{nav(site)}<main class="Page-main"><div class="Page-storyBody"><div class="Page-above-content"><h1 class="Page-headline">Wildfire forces evacuations east of Calder as winds pick up</h1>
<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/rosa">ROSA ITURBE</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1754000000000"><span>Updated 3:42 PM EDT, August 1, 2025</span></bsp-timestamp></div></div>
<div class="Page-actions"><a href="#">Share</a><a href="#">Copy</a><a href="#">Link copied</a><a href="#">Email</a><a href="#">Facebook</a></div></div>
<div class="Page-lead"><figure class="Figure"><img src="/ap.jpg"><div class="Figure-content"><figcaption class="Figure-caption"><p>A firefighter watches flames move along a ridge east of Calder, Ore., on Friday, Aug. 1, 2025. (WP Photo/Tomasz Wilk)</p></figcaption></div></figure></div>
<div class="RichTextStoryBody RichTextBody">
{P(b[0])}{P(b[1])}{P(b[2])}
<div class="Enhancement"><div class="Enhancement-item"><div class="Advertisement"><span class="Advertisement-label">ADVERTISEMENT</span></div></div></div>
{P(b[3])}{P(b[4])}{P(b[5])}
<div class="Enhancement"><div class="Enhancement-item"><figure class="Figure"><img src="/ap2.jpg"><figcaption class="Figure-caption"><p>Smoke rises behind a farm on Highway 26. (WP Photo/Tomasz Wilk)</p></figcaption></figure></div></div>
{P(b[6])}{P(b[7])}{P(b[8])}
<p>___</p>{P(contrib)}
</div>
<div class="Page-copyright"><p>Copyright 2025 Wire Press. All rights reserved. This material may not be published, broadcast, written or redistributed.</p></div>
<div class="Page-below"><div class="PageList-header"><h2>Related Coverage</h2></div><ul><li><a href="#">Crews gain ground on fire near the coast</a></li><li><a href="#">Smoke advisory issued for the valley</a></li></ul></div>
</div></main>{foot(site)}</body>"""
    page("ap-wire", "https://wirepress.example/article/wildfire-calder-evacuations-4f2a9c", "Wildfire forces evacuations east of Calder as winds pick up",
         "Rosa Iturbe", "2025-08-01", "", body, b + [contrib], site)

    # 10. Reuters-style
    r = random.Random(10); site = "Meridian Newswire"
    b = paras(r, 8); b[0] = "LONDON, Sept 9 (Meridian) - " + b[0]
    credit = "Reporting by Grete Samuels; Editing by Marcus Pell"
    def rp(t, i): return f'<div data-testid="paragraph-{i}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-body__paragraph__2-BtD">{E(t)}</div>'
    body = f"""<body>{nav(site)}<main id="main-content"><article class="article__container__2S_5M"><header class="article-header__container"><nav aria-label="Tags"><a href="/markets">Markets</a></nav>
<h1 data-testid="Heading" class="text__heading_3">Shipping rates jump as canal restrictions tighten</h1>
<div class="article-header__byline"><div class="info-content__author-date"><address>By <a href="/authors/grete">Grete Samuels</a></address><time datetime="2025-09-09T10:12:00Z"><span>September 9, 2025</span><span>10:12 AM UTC</span><span>Updated 2 hours ago</span></time></div></div>
<div class="article-header__tools"><button>Share</button><button>Save</button></div></header>
<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">
{rp(b[0],0)}
<div class="article-body__element__2p5pI"><div data-testid="promo-box" class="signup-promo"><p>The Meridian Morning Brief newsletter brings you the news you need to start your day. <a href="/newsletters">Sign up here.</a></p></div></div>
{rp(b[1],1)}{rp(b[2],2)}{rp(b[3],3)}
<div data-testid="ResponsiveAdSlot" class="ad-slot"><span class="ad-slot__label">Advertisement · Scroll to continue</span></div>
{rp(b[4],4)}{rp(b[5],5)}{rp(b[6],6)}{rp(b[7],7)}
<p data-testid="Body" class="sign-off">{E(credit)}</p>
</div>
<div class="article-body__row"><p class="trust-principles">Our Standards: <a href="/principles">The Meridian Trust Principles.</a></p></div>
<div class="tags"><a href="/topic/shipping">Shipping</a><a href="/topic/trade">Trade</a></div></div>
<div class="read-next"><h2>Read Next</h2><ul><li><a href="#">Oil edges higher on supply worries</a></li><li><a href="#">Port strike talks resume</a></li></ul></div>
</article></main>{foot(site)}</body>"""
    page("wire-meridian", "https://meridian.example/markets/shipping-rates-jump-2025-09-09/", "Shipping rates jump as canal restrictions tighten",
         "Grete Samuels", "2025-09-09", "", body, b + [credit], site)

    # 11. Substack
    r = random.Random(11); site = "The Lindqvist Letter"
    b = paras(r, 9); h2a = "Where the money went"
    body = f"""<body><div id="main"><div class="main-menu"><a href="/">The Lindqvist Letter</a><button>Subscribe</button><button>Sign in</button></div>
<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">The county budget nobody read</h1><h3 class="subtitle">Three numbers explain why the road fund keeps running dry</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="/@tomasz">Tomasz Wilk</a></div><div class="pencraft pc-reset">Feb 16, 2025</div></div>
<div class="post-ufi"><a class="like-button"><span>87</span></a><a class="comment-button"><span>14</span></a><a class="restack"><span>Share</span></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{P(b[0])}{P(b[1])}
<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Lindqvist Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>
{P(b[2])}<h2 class="header-anchor-post">{E(h2a)}</h2>{P(b[3])}{P(b[4])}
<blockquote><p>{E(b[5])}</p></blockquote>
{P(b[6])}
<p class="button-wrapper" data-attrs="{{}}"><a class="button primary" href="/p/budget?utm_source=share"><span>Share</span></a></p>
{P(b[7])}{P(b[8])}
<p class="button-wrapper"><a class="button primary" href="/p/budget/comments"><span>Leave a comment</span></a></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><span>87 Likes</span><span>∙</span><span>3 Restacks</span></div></div>
<div class="subscribe-footer"><p>Discussion about this post</p><div class="comments-page"><div class="comment"><a>Ann Lee</a><p>Great breakdown, thanks for doing the reading so we don't have to.</p></div></div></div>
</article><div class="footer"><p>© 2025 Tomasz Wilk</p><a>Privacy</a><a>Terms</a><a>Collection notice</a><a>Start writing</a><a>Get the app</a><p>Substack is the home for great culture</p></div></div></body>"""
    page("substack", "https://lindqvist.example/p/the-county-budget-nobody-read", "The county budget nobody read",
         "Tomasz Wilk", "2025-02-16", "", body, b[:3] + [h2a] + b[3:], site)

    # 12. Medium
    r = random.Random(12); site = "Medium"
    b = paras(r, 8); h = "A city that forgot its rivers"
    def mp(t): return f'<p class="pw-post-body-paragraph ly lz fq ma b mb mc md me mf mg mh mi mj mk ml mm mn mo mp mq mr ms mt mu mv mw ff bl" data-selectable-paragraph="">{E(t)}</p>'
    body = f"""<body><div id="root"><div class="a b c"><header><a href="/">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></header>
<article><div class="l"><section><div><div class="fg fh fi"><h1 id="a1b2" class="pw-post-title">{E(h)}</h1>
<div class="speechify-ignore ab cp"><div class="pw-author"><a href="/@owen">Owen Achterberg</a></div><span>Follow</span><div><span data-testid="storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Oct 3, 2025</span></div>
<div class="pw-multi-vote-count"><p>412</p></div><div class="pw-responses-count"><p>9</p></div><button aria-label="Listen">Listen</button><button>Share</button></div>
{''.join(mp(x) for x in b[:3])}
<figure class="mw mx my"><div><img src="/m.jpg"></div><figcaption class="pw-caption" data-selectable-paragraph="">Photo by Lucia Ferraro on Unsplash</figcaption></figure>
{''.join(mp(x) for x in b[3:])}
</div></div></section></div></article>
<div class="footer-block"><div><span>412</span><span>9</span></div><div><a href="/tag/urbanism">Urbanism</a><a href="/tag/cities">Cities</a><a href="/tag/history">History</a></div>
<div><h2>Written by Owen Achterberg</h2><p>1.2K followers · 88 following</p><p>Writing about cities, water and the people who plan them.</p><button>Follow</button></div>
<div><h2>Responses (9)</h2><p>What are your thoughts?</p></div><div><h2>More from Owen Achterberg</h2><a href="#">The bridge that moved</a></div></div></div></div></body>"""
    page("medium", "https://medium.example/@owen/a-city-that-forgot-its-rivers-3c1e2", h, "Owen Achterberg", "2025-10-03", "", body, b, site)

    # 13. Ghost
    r = random.Random(13); site = "Eastgate Dispatch"
    b = paras(r, 8); q = para(r, 2)
    body = f"""<body class="post-template">{nav(site)}<main id="site-main" class="site-main"><article class="article post tag-housing">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/housing/">Housing</a></div><h1 class="article-title">Tenants organize as rents outpace wages</h1>
<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/lucia/" class="author-avatar"><img src="/l.jpg"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lucia/">Lucia Ferraro</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-05-19">May 19, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></div></div>
<figure class="article-image"><img src="/gh.jpg"><figcaption><span style="white-space: pre-wrap;">Members of the tenants' union meet in a church basement.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
{P(b[0])}{P(b[1])}{P(b[2])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/gh2.jpg" class="kg-image"><figcaption><span style="white-space: pre-wrap;">Photo by Dev Anand Kulkarni</span></figcaption></figure>
{P(b[3])}<blockquote class="kg-blockquote-alt">{E(q)}</blockquote>{P(b[4])}
<div class="kg-card kg-signup-card kg-width-regular"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Sign up for Eastgate Dispatch</h2><p class="kg-signup-card-subheading">Independent reporting on the neighborhood, twice a week.</p>
<form class="kg-signup-card-form"><input class="kg-signup-card-input" type="email" placeholder="Your email" required><button class="kg-signup-card-button">Subscribe</button></form><p class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</p><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>
{P(b[5])}{P(b[6])}{P(b[7])}
</section></article>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section>
<aside class="read-more-wrap"><div class="read-more inner"><h3>Read more</h3><article class="post-card"><a href="/p1"><h2 class="post-card-title">Landlord fined over heating failures</h2><p class="post-card-excerpt">The penalty is the largest the city has ever issued.</p></a></article></div></aside>
</main>{foot(site)}</body>"""
    page("ghost", "https://eastgatedispatch.example/tenants-organize/", "Tenants organize as rents outpace wages", "Lucia Ferraro", "2025-05-19", "", body, b[:4] + [q] + b[4:], site)

    # 14. Drupal local news
    r = random.Random(14); site = "Penmore Press"
    b = paras(r, 7)
    body = f"""<body class="path-node page-node-type-article">{nav(site)}<div class="layout-container"><main role="main"><div class="region region-content">
<article role="article" about="/news/library-renovation" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">Library renovation wins state grant</span></h1>
<div class="node__meta"><span class="field field--name-uid"><span>Submitted by <a href="/user/7">Marcus Pell</a></span></span> on <span class="field--name-created">Tue, 06/17/2025 - 14:32</span></div>
<div class="node__content"><div class="field field--name-field-image field--type-image"><img src="/d.jpg"></div>
<div class="field field--name-field-caption">The Penmore Public Library's reading room, which will be expanded.</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{''.join(P(x) for x in b)}
<p><em>This story originally appeared in the Harlow Ledger and is republished here through a content-sharing agreement.</em></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/tags/library">Library</a></div><div class="field__item"><a href="/tags/grants">Grants</a></div></div></div>
<div class="sharethis-wrapper"><span>Share this:</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post comments</li></ul>
</div></article></div></main>
<aside class="layout-sidebar-first"><div class="block block-views"><h2>Recent News</h2><div class="item-list"><ul><li><a href="#">Summer reading program signups open</a></li><li><a href="#">Pool hours extended through August</a></li></ul></div></div></aside></div>{foot(site)}</body>"""
    page("drupal", "https://penmorepress.example/news/library-renovation", "Library renovation wins state grant", "Marcus Pell", "2025-06-17", "", body, b, site)

    # 15. Live blog
    r = random.Random(15); site = "Calder Evening News"
    posts = []
    truth = []
    times = ["9:12 PM EST", "8:47 PM EST", "8:20 PM EST", "7:58 PM EST", "7:31 PM EST", "7:05 PM EST"]
    heads = ["Polls close across the county", "Turnout higher than expected in north precincts", "Renwick campaign declines to comment",
             "Long lines reported at Ferris Elementary", "Clerk says counting will run past midnight", "What's on the ballot tonight"]
    for t, hd in zip(times, heads):
        pp = paras(r, 2)
        posts.append(f'<div class="live-post" id="p-{len(posts)}"><div class="live-post__meta"><time>{t}</time><span class="live-post__author">Owen Achterberg</span></div><h2 class="live-post__title">{E(hd)}</h2>{"".join(P(x) for x in pp)}<div class="live-post__share"><a href="#">Share</a><a href="#">Copy link</a></div></div>')
        truth += [hd] + pp
    summ = para(r, 2)
    body = f"""<body>{nav(site)}<main><article class="liveblog"><h1>Live updates: Calder mayoral election results</h1>
<div class="byline">By Owen Achterberg and Hana Olafsdottir</div><div class="timestamp">Updated 9:12 PM EST, Nov. 4, 2025</div>
<div class="live-summary"><h2>Key points</h2><p>{E(summ)}</p></div>
<div class="live-feed"><button class="live-feed__new">6 new updates</button>{''.join(posts)}<button class="load-more">Load more</button></div>
</article></main>{rail(r)}{foot(site)}</body>"""
    page("liveblog", "https://caldernews.example/live/2025/11/04/mayor-election-results", "Live updates: Calder mayoral election results",
         "Owen Achterberg and Hana Olafsdottir", "2025-11-04", "", body, ["Key points", summ] + truth, site)

    # 16. Photo-heavy story
    r = random.Random(16); site = "Harlow Ledger"
    b = paras(r, 7)
    figs = [f'<figure class="wp-block-image size-large"><img src="/p{i}.jpg" alt=""><figcaption class="wp-element-caption">{E(c)} <span class="credit">(Photo by Rosa Iturbe / Harlow Ledger)</span></figcaption></figure>'
            for i, c in enumerate(["Riders line up before dawn for the first train.", "The new platform at Quill Street station.", "Conductors pose with the ceremonial ribbon.", "A child waves from the observation car."])]
    parts = []
    for i, x in enumerate(b):
        parts.append(P(x))
        if i < 4: parts.append(figs[i])
    body = f"""<body class="single">{nav(site)}<div class="site-content"><main class="content-area"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Photos: Commuter rail line opens after decade of planning</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/rosa">Rosa Iturbe</a></span> <span class="posted-on"><time class="entry-date published">July 7, 2025</time></span></div></header>
<div class="entry-content">{''.join(parts)}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/transit">Transit</a></span><span class="tags-links">Tagged <a href="/t/rail">rail</a>, <a href="/t/photos">photos</a></span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a href="#"><span class="meta-nav">Previous Post</span> Budget hearing draws a crowd</a></div><div class="nav-next"><a href="#"><span class="meta-nav">Next Post</span> Summer concerts announced</a></div></nav>
</main>{rail(r)}</div>{foot(site)}</body>"""
    page("photo-story", "https://harlowledger.example/2025/07/07/photos-commuter-rail-opens/", "Photos: Commuter rail line opens after decade of planning", "Rosa Iturbe", "2025-07-07", "", body, b, site)

    # 17. Pull quotes + instagram embed + "Story continues below"
    r = random.Random(17); site = "Northshore Times"
    b = paras(r, 9)
    pq = "“It feels like nobody in the capital is listening to us.”"
    body = f"""<body>{nav(site)}<main><article class="article"><h1 class="article__headline">Fishing fleet ties up in protest over new quotas</h1>
<div class="article__byline">By Hana Olafsdottir · Published April 28, 2025 · Updated 3:42 PM EST</div>
<div class="article__body">
{P(b[0])}{P(b[1])}
<aside class="pull-quote"><blockquote>{E(pq)}</blockquote><cite>— Marcus Pell, boat captain</cite></aside>
{P(b[2])}{P(b[3])}
<blockquote class="instagram-media" data-instgrm-permalink="https://instagram.example/p/abc/"><div><a href="#">View this post on Instagram</a></div><p><a href="#">A post shared by Northshore Fishermen's Association (@nsfish)</a></p></blockquote>
{P(b[4])}
<p class="story-continues">Story continues below advertisement</p>
{P(b[5])}{P(b[6])}
<div class="inline-promo"><p><strong>Sign up for our free newsletter.</strong> Get the day's top stories from the coast in your inbox every morning.</p></div>
{P(b[7])}{P(b[8])}
</div>
<div class="article__footer"><p>Have a news tip? Email us at tips@northshore.example.</p><div class="tags"><a href="#">Fishing</a><a href="#">Protest</a></div></div>
</article></main>{rail(r, "Trending Now")}{foot(site)}</body>"""
    page("pullquote", "https://northshoretimes.example/news/fishing-fleet-protest", "Fishing fleet ties up in protest over new quotas", "Hana Olafsdottir", "2025-04-28", "", body, b, site)

    # 18. Paywall teaser with subscriber prompt
    r = random.Random(18); site = "Lakeside Business Journal"
    b = paras(r, 5)
    body = f"""<body>{nav(site)}<main><article class="story"><h1 class="story__title">Regional bank posts surprise loss on commercial loans</h1>
<p class="story__byline">By Dev Anand Kulkarni – Senior reporter, Lakeside Business Journal</p><p class="story__date">Oct 15, 2025</p>
<div class="story__body content--paywalled">{''.join(P(x) for x in b)}</div>
<div class="paywall"><h2>Subscribe to keep reading</h2><p>This article is available to subscribers only. Get unlimited access to award-winning local business journalism for as little as $4 a week.</p><a class="btn" href="/subscribe">View subscription options</a><p>Already a subscriber? <a href="/login">Sign in</a></p></div>
<div class="more-from"><h2>More from Lakeside Business Journal</h2><ul><li><a href="#">Credit union opens fourth branch</a></li><li><a href="#">Grocer expands delivery zone</a></li></ul></div>
</article></main>{foot(site)}</body>"""
    page("paywall", "https://lakesidebiz.example/news/2025/10/15/bank-surprise-loss.html", "Regional bank posts surprise loss on commercial loans", "Dev Anand Kulkarni", "2025-10-15", "", body, b, site)

    # 19. Syndicated (Yahoo-style) with "Read the original article" and correction + editors note
    r = random.Random(19); site = "Portal News"
    b = paras(r, 8)
    body = f"""<body>{nav(site)}<main><div class="caas-container"><header class="caas-header"><h1>Small airports bet on regional flights to survive</h1></header>
<div class="caas-attr"><div class="caas-attr-meta"><span class="caas-author-byline-collapse">Grete Samuels</span><div class="caas-attr-time-style"><time datetime="2025-02-25T15:00:00.000Z">Tue, February 25, 2025 at 3:00 PM UTC</time><span> · 4 min read</span></div></div></div>
<div class="caas-share-buttons"><button>Share</button></div>
<div class="caas-body">
{''.join(P(x) for x in b[:4])}
<div class="caas-da"><div class="caas-readmore caas-readmore-collapse"><button aria-label="Story continues">Story continues</button></div></div>
{''.join(P(x) for x in b[4:])}
<p><a href="https://harlowledger.example/airports">Read the original article on Harlow Ledger</a></p>
</div>
<div class="caas-more"><h2>Recommended Stories</h2><ul><li><a href="#">Airline adds nonstop route to the coast</a></li></ul></div></div></main>{foot(site)}</body>"""
    page("syndicated", "https://portal.example/news/small-airports-bet-regional-flights-150000123.html", "Small airports bet on regional flights to survive", "Grete Samuels", "2025-02-25", "", body, b, site)

    # 20. TownNews / BLOX regional newspaper
    r = random.Random(20); site = "Quill Valley Courier"
    b = paras(r, 8)
    body = f"""<body class="asset-article">{nav(site)}<div id="main-page-container"><section id="main-body-container"><div class="asset-masthead"><h1 class="headline"><span class="tnt-headline">High school robotics team heads to nationals</span></h1>
<ul class="list-inline asset-byline"><li><span class="tnt-byline">By Tomasz Wilk Staff Writer</span></li><li><time datetime="2025-04-10">Apr 10, 2025</time></li></ul>
<div class="share-container"><a class="tnt-share-facebook">Facebook</a><a class="tnt-share-twitter">Twitter</a><a class="tnt-share-email">Email</a><a class="tnt-share-print">Print</a><a class="tnt-share-copy">Copy article link</a><a>Save</a></div></div>
<div class="asset-photo"><figure class="photo"><img src="/rb.jpg"><figcaption class="caption-container"><div class="caption-text"><p>Team captain Rosa Iturbe adjusts the robot's arm during practice.</p></div><div class="tnt-byline">Tomasz Wilk, Courier</div></figcaption></figure></div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only encrypted-content">
{P(b[0])}{P(b[1])}{P(b[2])}
<div class="tnt-ads-container hidden-print"><div class="tnt-ads"><div class="advertisement-label">Advertisement</div></div></div>
{P(b[3])}{P(b[4])}
<div class="inline-asset inline-editorial-asset"><div class="card-panel"><div class="card-label-flags"><span class="label">Related</span></div><h3 class="tnt-headline"><a href="#">Robotics club raises money for travel</a></h3></div></div>
{P(b[5])}{P(b[6])}{P(b[7])}
</div></div>
<div class="asset-tags"><h4>Tags</h4><ul><li><a href="#">Robotics</a></li><li><a href="#">Education</a></li></ul></div>
<div class="author-card"><h3>Tomasz Wilk</h3><p>Staff Writer</p><p>Tomasz Wilk writes about schools and youth sports for the Quill Valley Courier.</p><a href="#">Author email</a><a>Follow Tomasz Wilk</a></div>
<div class="support-local"><h3>Support Local Journalism</h3><p>Your subscription makes our reporting possible.</p><a>Subscribe</a></div>
<div id="comments"><h3>Comments</h3><p>Notice about our new commenting system</p></div>
</section>{rail(r, "Most Popular")}</div>{foot(site)}</body>"""
    page("blox", "https://quillcourier.example/news/local/robotics-team-nationals/article_9f2e.html", "High school robotics team heads to nationals", "Tomasz Wilk", "2025-04-10", "", body, b, site)

    # 21. WordPress classic with byline paragraphs in content, "Updated" line, editor's note, and Newsletter shortcode
    r = random.Random(21); site = "Southbank Chronicle"
    b = paras(r, 8)
    note = "Editor's note: This story was updated to include comments from the school district."
    body = f"""<body class="single">{nav(site)}<div id="content"><article class="post"><h1 class="entry-title">District weighs four-day school week to save on busing</h1>
<div class="entry-content">
<p class="byline">By Lucia Ferraro | Southbank Chronicle</p>
<p><em>Updated 3:42 PM EST</em></p>
{''.join(P(x) for x in b[:3])}
<div class="wp-block-group newsletter-signup"><h4>Get our free newsletter</h4><p>Sign up to receive the Chronicle's top stories each morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
{''.join(P(x) for x in b[3:6])}
<p><strong>ALSO READ:</strong> <a href="#">Bus driver shortage leaves routes uncovered</a></p>
{''.join(P(x) for x in b[6:])}
<p><em>{E(note)}</em></p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Facebook</a></li><li><a>X</a></li></ul></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>
</div></article></div>{rail(r)}{foot(site)}</body>"""
    page("wp-classic", "https://southbankchronicle.example/2025/09/02/four-day-school-week/", "District weighs four-day school week to save on busing", "Lucia Ferraro", "2025-09-02", "", body, b + [note], site)

def build2(page, P, para, paras, nav, foot, rail, fill, random):
    # 22. Indian news portal style
    r = random.Random(22); site = "Metro Pulse"
    b = paras(r, 8)
    body = f"""<body>{nav(site)}<main><div class="story-wrap"><h1 class="story-headline">Monsoon delays hit commuter rail services for third day</h1>
<div class="story-byline"><span>Written By <a href="#">Dev Anand Kulkarni</a></span> | <span>Edited By: Grete Samuels</span> | <span>Updated: Jul 18, 2025 14:22 IST</span></div>
<div class="story-short">Follow us on Google News</div>
<div class="story-details" id="story-body">
{P(b[0])}{P(b[1])}
<p><strong>Also Read | </strong><a href="#">Waterlogging shuts three underpasses in the eastern suburbs</a></p>
{P(b[2])}{P(b[3])}
<p><strong>ALSO READ:</strong> <a href="#">Civic body issues advisory as more rain forecast for weekend</a></p>
{P(b[4])}{P(b[5])}
<div class="whatsapp-cta"><a href="#">Join our WhatsApp channel for the latest updates</a></div>
{P(b[6])}{P(b[7])}
<p><em>(With inputs from agencies)</em></p>
</div>
<div class="story-tags"><span>Tags:</span><a href="#">Monsoon</a><a href="#">Rail</a></div>
<div class="first-published">First Published: Jul 18, 2025 11:05 IST</div>
</div></main>{rail(r, "Trending")}{foot(site)}</body>"""
    page("india-portal", "https://metropulse.example/city/monsoon-delays-commuter-rail-101752", "Monsoon delays hit commuter rail services for third day",
         "Dev Anand Kulkarni", "2025-07-18", "", body, b, site)

    # 23. Hearst magazine-news style with "Advertisement - Continue Reading Below"
    r = random.Random(23); site = "Home & Town"
    b = paras(r, 8); h = "Why the prices keep rising"
    ad = '<div class="ad-container"><span class="ad-label">Advertisement - Continue Reading Below</span><div class="ad"></div></div>'
    body = f"""<body>{nav(site)}<main><article><header><h1 class="css-headline">Lumber prices surge again ahead of building season</h1>
<div class="css-byline"><address>By <a href="#">Owen Achterberg</a></address><span>Published: Mar 04, 2025 8:15 AM EST</span></div>
<p class="css-dek">Builders say the increase could add thousands to the cost of a new home.</p></header>
<div class="article-body-content standard-body-content">
{P(b[0])}{P(b[1])}{ad}{P(b[2])}<h2 class="body-h2">{h}</h2>{P(b[3])}{ad}{P(b[4])}{P(b[5])}{ad}{P(b[6])}{P(b[7])}
</div>
<div class="content-info"><p>Owen Achterberg is a contributing editor who covers housing and real estate.</p></div>
</article></main>{foot(site)}</body>"""
    page("hearst", "https://homeandtown.example/news/a63920/lumber-prices-surge/", "Lumber prices surge again ahead of building season",
         "Owen Achterberg", "2025-03-04", "", body, b[:3] + [h] + b[3:], site)

    # 24. Cable-news style with all-caps click-here lines
    r = random.Random(24); site = "Channel Nine News"
    b = paras(r, 9)
    body = f"""<body>{nav(site)}<main><article class="article-wrap"><h1 class="headline">Senate panel advances port security bill</h1>
<div class="author-byline">By <a href="#">Lucia Ferraro</a> Channel Nine News</div><div class="article-date"><time>Published May 12, 2025 4:31pm EDT</time></div>
<div class="article-body">
{P(b[0])}{P(b[1])}
<p><strong><a href="#">CLICK HERE FOR MORE POLITICS COVERAGE</a></strong></p>
{P(b[2])}{P(b[3])}{P(b[4])}
<div class="info"><div class="embed-media"><div class="caption"><p>Senators listen to testimony on Capitol Hill on Tuesday. (Tomasz Wilk/Channel Nine News)</p></div></div></div>
{P(b[5])}{P(b[6])}
<p><a href="#"><strong>CLICK HERE TO GET THE CHANNEL NINE NEWS APP</strong></a></p>
{P(b[7])}{P(b[8])}
<p><i>Channel Nine News' Marcus Pell contributed to this report.</i></p>
</div>
<div class="article-footer"><p>Lucia Ferraro is a politics reporter for Channel Nine News Digital. Story tips can be sent to lucia.ferraro@ch9.example.</p></div>
</article></main>{rail(r, "Trending")}{foot(site)}</body>"""
    page("cable-news", "https://ch9news.example/politics/senate-panel-port-security-bill", "Senate panel advances port security bill",
         "Lucia Ferraro", "2025-05-12", "", body, b + ["Channel Nine News' Marcus Pell contributed to this report."], site)

    # 25. UK tabloid with inline "Read More" cards and "Don't miss" list
    r = random.Random(25); site = "Daily Beacon"
    b = paras(r, 9)
    body = f"""<body>{nav(site)}<main><article class="article-main"><h1>Seaside town's pier to reopen after £4m restoration</h1>
<div class="byline"><span class="author">Hana Olafsdottir</span><span class="role">Reporter</span><span class="time">11:43, 14 Jun 2025</span><span>Updated 12:10, 14 Jun 2025</span></div>
<div class="article-body">
{P(b[0])}{P(b[1])}
<aside class="read-more-links"><p class="read-more-title">Read More</p><ul><li><a href="#">Beach huts sell for record sums as summer approaches</a></li><li><a href="#">Lifeguards return to three beaches this weekend</a></li></ul></aside>
{P(b[2])}{P(b[3])}
<div class="newsletter-signup"><p>Get the biggest stories from the coast straight to your inbox</p><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form><p>We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.</p></div>
{P(b[4])}{P(b[5])}
<p><strong>Don't miss...</strong></p>
<ul class="dont-miss"><li><a href="#">Ferry timetable changes announced for summer [LATEST]</a></li><li><a href="#">Town council approves new parking charges [REVEAL]</a></li><li><a href="#">Historic lighthouse opens to visitors [INSIGHT]</a></li></ul>
{P(b[6])}{P(b[7])}{P(b[8])}
<p><strong>Do you have a story to share? Email us at news@beacon.example</strong></p>
</div>
<div class="comments-section"><h3>Comments</h3><p>Join the debate</p></div>
</article></main>{rail(r, "Most Read")}{foot(site)}</body>"""
    page("tabloid", "https://dailybeacon.example/news/uk/1931/pier-reopen-restoration", "Seaside town's pier to reopen after £4m restoration",
         "Hana Olafsdottir", "2025-06-14", "", body, b, site)

    # 26. McClatchy-style with listen widget and "Related stories"
    r = random.Random(26); site = "Prairie Star"
    b = paras(r, 8)
    body = f"""<body>{nav(site)}<main><article class="story-body"><h1 class="h1">Grain elevator fire under investigation</h1>
<div class="byline"><a href="#">Marcus Pell</a><time>Updated April 22, 2025 5:12 PM</time></div>
<div class="audio-widget"><p>Listen to this article</p><span>4 min</span><button>Play</button></div>
<div class="article-body">
{P(b[0])}{P(b[1])}
<div class="story-continues"><p>Story continues below video</p></div>
{P(b[2])}{P(b[3])}
<div class="related-stories-inline"><h3>Related stories from Prairie Star</h3><ul><li><a href="#">Elevator owner fined for dust violations in 2021</a></li></ul></div>
{P(b[4])}{P(b[5])}{P(b[6])}{P(b[7])}
</div>
<div class="reporter-bio"><p>Marcus Pell covers rural affairs for the Prairie Star.</p></div>
<div class="trending-stories"><h3>Trending Stories</h3><ul><li><a href="#">Storm chasers capture rare footage</a></li></ul></div>
</article></main>{foot(site)}</body>"""
    page("mcclatchy", "https://prairiestar.example/news/local/article300981.html", "Grain elevator fire under investigation", "Marcus Pell", "2025-04-22", "", body, b, site)
