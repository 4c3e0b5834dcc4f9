"""One invented story per recall trap."""
import random, html as H
E = H.escape

def build(g):
    P, para, paras, page, ad, related, share, byline, NEWSLETTER, sent = (g[k] for k in
        "P para paras page ad related share byline NEWSLETTER sent".split())
    def hdr(title, author, pub, pretty, extra=""):
        return f'<header class="article-header"><div class="kicker"><a href="/news/local">Local</a></div><h1 class="headline">{E(title)}</h1>{extra}{byline(author, pub, pretty)}{share()}</header>'
    def tags():
        return '<div class="article-tags"><span>Topics:</span> <a href="/topic/council">Council</a> <a href="/topic/transport">Transport</a></div>'
    def ps(lst, cls=None):
        return "".join(P(t, cls) for t in lst)

    # 1. body split into sibling containers by ad slots, inline related and newsletter
    r = random.Random(101); t = "Harbour wall repairs to start after winter storms"; a = "Agathe Brill"
    b = paras(r, 12)
    art = f"""<article class="story">{hdr(t, a, "2025-02-03", "3 February 2025")}
<figure class="story-hero"><img src="/i/wall.jpg" alt=""><figcaption>The damaged section of the harbour wall at low tide. Photo: Niall Corrigan</figcaption></figure>
<div class="story-body__block">{ps(b[0:3])}</div>{ad(1)}
<div class="story-body__block">{ps(b[3:5])}</div>{related(r, "Read more")}
<div class="story-body__block">{ps(b[5:7])}</div>{NEWSLETTER}
<div class="story-body__block">{ps(b[7:9])}</div>{ad(2)}
<div class="story-body__block">{ps(b[9:12])}</div>{tags()}</article>"""
    page("split-siblings", "https://tarnbyherald.example/news/2025/02/03/harbour-wall-repairs", t, a, "2025-02-03", "", "Tarnby Herald", art, b)

    # 2. standfirst / dek in the header
    r = random.Random(102); t = "Night buses return to the valley routes"; a = "Niall Corrigan"
    dek = "After two years without a late service, three routes will run until 2 a.m. from March, paid for by a levy on city-centre parking that councillors approved by a single vote."
    b = paras(r, 7)
    art = f"""<article class="article">{hdr(t, a, "2025-01-20", "20 January 2025", f'<p class="standfirst">{E(dek)}</p>')}
<div class="article__content">{ps(b)}</div>{tags()}</article>"""
    page("standfirst", "https://valleyecho.example/transport/night-buses-return", t, a, "2025-01-20", "", "Valley Echo", art, [dek] + b)

    # 3. first paragraph set apart: drop cap, class lead, inside the hero container
    r = random.Random(103); t = "The last ferryman of Lake Odessey hangs up his oars"; a = "Mirela Santos"
    lead = "For forty-one summers Tobias Renk rowed the same three kilometres between the boathouse and the island chapel, and on Sunday he did it for the last time, with half the village waiting on the jetty."
    b = paras(r, 7)
    art = f"""<article class="feature">{hdr(t, a, "2025-06-02", "2 June 2025")}
<div class="feature-hero"><figure><img src="/i/ferry.jpg" alt=""><figcaption>Tobias Renk on the jetty. Photo: Lotte Verhagen</figcaption></figure>
<p class="lead"><span class="dropcap">F</span>{E(lead[1:])}</p></div>
<div class="feature-body">{ps(b)}</div>{tags()}</article>"""
    page("lead-in-hero", "https://lakesidecourier.example/features/last-ferryman", t, a, "2025-06-02", "", "Lakeside Courier", art, [lead] + b)

    # 4. text before and after a data table
    r = random.Random(104); t = "School results: how every district in the county did"; a = "Pavel Ondrak"
    b = paras(r, 8)
    rows = [("Fennick", "412", "78%", "+3"), ("Millcross", "288", "71%", "-2"), ("Tarnby North", "530", "82%", "+5"), ("Orrin Valley", "197", "66%", "0"), ("Kelby", "341", "74%", "+1")]
    table = '<div class="table-wrap"><table class="data-table"><caption>Pass rates by district, 2025</caption><thead><tr><th>District</th><th>Pupils</th><th>Pass rate</th><th>Change</th></tr></thead><tbody>' + \
        "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</tbody></table></div>"
    truth_table = ["Pass rates by district, 2025", "District Pupils Pass rate Change"] + [" ".join(row) for row in rows]
    art = f"""<article class="article">{hdr(t, a, "2025-08-14", "14 August 2025")}
<div class="article-body">{ps(b[:4])}{table}{ps(b[4:])}</div>{tags()}</article>"""
    page("data-table", "https://countygazette.example/education/school-results-2025", t, a, "2025-08-14", "", "County Gazette", art, b[:4] + truth_table + b[4:])

    # 5. wire style: many one-sentence paragraphs
    r = random.Random(105); t = "Landslide closes coast road, dozens evacuated"; a = "Sunniva Dahl"
    b = ["KELBY (Wire) \u2014 " + sent(r)] + [sent(r) for _ in range(17)]
    art = f"""<article class="wire-story">{hdr(t, a, "2025-10-09", "9 October 2025")}
<div class="wire-body">{ps(b)}<p class="wire-credit">Reporting by Sunniva Dahl; editing by Kofi Mensah-Ray</p></div></article>"""
    page("wire-short", "https://northwire.example/world/landslide-coast-road", t, a, "2025-10-09", "", "North Wire", art, b)

    # 6. explainer with many subheadings and lists
    r = random.Random(106); t = "Explained: what the new parking levy means for you"; a = "Kofi Mensah-Ray"
    secs = [("What is changing?", "h2"), ("Who has to pay?", "h2"), ("Exemptions", "h3"), ("How much will it cost?", "h2"), ("When does it start?", "h2")]
    lists = {1: ["Businesses with more than ten parking spaces", "Hospitals and clinics with staff car parks", "Retail parks outside the ring road"],
             3: ["Ten spaces or fewer: nothing", "Eleven to fifty spaces: 180 a year each", "More than fifty spaces: 240 a year each"]}
    html, truth = "", []
    intro = para(r); html += P(intro); truth.append(intro)
    for i, (h, lvl) in enumerate(secs):
        html += f"<{lvl}>{E(h)}</{lvl}>"; truth.append(h)
        p1 = para(r, 2); html += P(p1); truth.append(p1)
        if i in lists:
            html += "<ul>" + "".join(f"<li>{E(x)}</li>" for x in lists[i]) + "</ul>"; truth += lists[i]
    art = f"""<article class="explainer">{hdr(t, a, "2025-03-01", "1 March 2025")}<div class="explainer-body">{html}</div>{tags()}</article>"""
    page("explainer", "https://valleyecho.example/explained/parking-levy", t, a, "2025-03-01", "", "Valley Echo", art, truth)

    # 7. Q&A interview with bold questions
    r = random.Random(107); t = "\u2018The river decides\u2019: a lock keeper on fifty years of floods"; a = "Lotte Verhagen"
    intro = "Hendrik Vos has kept the Odessey lock since he was nineteen. We spoke to him in the lock house the week before he retires."
    qs = ["When did you first work the lock?", "What has changed the most?", "Do you remember the worst flood?", "What will you miss?", "Who takes over from you?"]
    html, truth = P(intro), [intro]
    for q in qs:
        ans = para(r, 2)
        html += f"<p><strong>{E(q)}</strong></p><p>{E(ans)}</p>"; truth += [q, ans]
    html += "<p><em>This interview has been edited for length and clarity.</em></p>"; truth.append("This interview has been edited for length and clarity.")
    art = f"""<article class="interview">{hdr(t, a, "2025-04-11", "11 April 2025")}<div class="entry-content">{html}</div>{tags()}</article>"""
    page("qa-interview", "https://lakesidecourier.example/people/lock-keeper-interview", t, a, "2025-04-11", "", "Lakeside Courier", art, truth)

    # 8. body inside <section class="content">
    r = random.Random(108); t = "Pumping station running at half capacity, engineers warn"; a = "Ibrahim Saleh"
    b = paras(r, 8)
    art = f"""<div class="post">{hdr(t, a, "2025-07-07", "7 July 2025")}<section class="content">{ps(b)}</section>
<section class="comments"><h3>3 comments</h3><div class="comment"><p>Typical, they knew about this for years.</p></div></section></div>"""
    page("section-content", "https://orrinvalleytimes.example/2025/07/pumping-station", t, a, "2025-07-07", "", "Orrin Valley Times", art, b)

    # 9. body inside <aside>
    r = random.Random(109); t = "Orchard owners count the cost of a late frost"; a = "Mirela Santos"
    b = paras(r, 7)
    art = f"""<div class="page-grid"><div class="col-left"><nav class="section-links"><a href="/farming">Farming</a> <a href="/weather">Weather</a></nav></div>
<aside class="col-main story-content">{hdr(t, a, "2025-05-12", "12 May 2025")}{ps(b)}</aside></div>"""
    page("body-in-aside", "https://ruralpost.example/farming/late-frost-orchards", t, a, "2025-05-12", "", "Rural Post", art, b)

    # 10. show more expander hiding the second half
    r = random.Random(110); t = "Inquiry hears how the roof gave way at Birchwood"; a = "Niall Corrigan"
    b = paras(r, 10)
    art = f"""<article class="story">{hdr(t, a, "2025-09-18", "18 September 2025")}
<div class="story-text">{ps(b[:4])}
<div class="read-more-wrapper"><button class="read-more-button" aria-expanded="false">Continue reading</button></div>
<div class="story-text__rest" style="display:none" aria-hidden="true">{ps(b[4:7])}</div>
<div class="show-more-content" hidden>{ps(b[7:])}</div></div>{tags()}</article>"""
    page("show-more-hidden", "https://tarnbyherald.example/news/birchwood-inquiry", t, a, "2025-09-18", "", "Tarnby Herald", art, b)

    # 11. blockquote kept, pull quote repeating text
    r = random.Random(111); t = "Residents' letter to the minister: \u2018We were promised a bridge\u2019"; a = "Pavel Ondrak"
    b = paras(r, 7)
    letter = ["Dear Minister, in the spring of 2019 we were told the new bridge would open within three years.", "Since then our children have crossed the river by a temporary footway that floods each winter, and we ask you to tell us plainly when the work will begin."]
    pull = letter[0]
    art = f"""<article class="story">{hdr(t, a, "2025-02-26", "26 February 2025")}<div class="article-body">{ps(b[:2])}
<blockquote class="letter">{ps(letter)}</blockquote>{ps(b[2:4])}
<aside class="pullquote"><blockquote><p>\u201c{E(pull)}\u201d</p></blockquote></aside>{ps(b[4:])}</div>{tags()}</article>"""
    page("blockquote-pull", "https://millcrossnews.example/news/bridge-letter", t, a, "2025-02-26", "", "Millcross News", art, b[:2] + letter + b[2:])

    # 12. embedded tweets in the middle
    r = random.Random(112); t = "Fans queue overnight for harvest fair tickets"; a = "Sunniva Dahl"
    b = paras(r, 9)
    def tweet(txt, who, h):
        return f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{E(txt)}</p>&mdash; {who} (@{h}) <a href="https://x.example/{h}/status/1">October 4, 2025</a></blockquote><script async src="https://platform.x.example/widgets.js"></script>'
    art = f"""<article class="story">{hdr(t, a, "2025-10-04", "4 October 2025")}<div class="story-body">{ps(b[:3])}
{tweet("Been here since 9pm, the line already goes past the bakery!! #HarvestFair", "Tilda M", "tildam")}{ps(b[3:6])}
{tweet("Official: all weekend passes are now sold out. Day tickets on sale at the gate.", "Harvest Fair", "harvestfair")}{ps(b[6:])}</div>{tags()}</article>"""
    page("embedded-tweets", "https://fennickpost.example/whats-on/harvest-fair-queue", t, a, "2025-10-04", "", "Fennick Post", art, b)

    # 13. paywalled story, full text in the HTML
    r = random.Random(113); t = "How a family bakery survived three recessions"; a = "Kofi Mensah-Ray"
    b = paras(r, 9)
    art = f"""<article class="story premium">{hdr(t, a, "2025-11-02", "2 November 2025")}<div class="story-body">{ps(b[:2])}
<div class="paywall-gate"><div class="paywall-prompt"><h3>This article is for subscribers</h3><p>Subscribe for unlimited access to local journalism from 1 a week.</p><a class="btn" href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Sign in</a></div>
<div class="paywall-content premium-content is-locked">{ps(b[2:])}</div></div></div>{tags()}</article>"""
    page("paywall-fulltext", "https://grayloch-chronicle.example/business/family-bakery", t, a, "2025-11-02", "", "Grayloch Chronicle", art, b)

    # 14. correction / editor's note at the top
    r = random.Random(114); t = "Council pays consultants 400,000 for traffic study"; a = "Ibrahim Saleh"
    note = "Correction: An earlier version of this article said the study cost 600,000. The correct figure is 400,000, and the article has been updated."
    b = paras(r, 7)
    art = f"""<article class="story">{hdr(t, a, "2025-03-22", "22 March 2025")}<div class="story-body">
<div class="editors-note correction"><p><em>{E(note)}</em></p></div>{ps(b)}</div>{tags()}</article>"""
    page("correction-top", "https://tarnbyherald.example/politics/traffic-study-cost", t, a, "2025-03-22", "", "Tarnby Herald", art, [note] + b)

    # 15. timeline <ol> of dated items
    r = random.Random(115); t = "Timeline: ten years of the Quay Street redevelopment"; a = "Agathe Brill"
    items = ["March 2015: The council buys the old warehouse site for 2.1 million.", "June 2017: The first design is rejected after a public outcry over its height.",
             "January 2019: A second developer signs on and promises 200 homes.", "September 2021: Work stops when the developer enters administration.",
             "April 2023: A housing association takes over the half-built blocks.", "February 2025: The first tenants move in."]
    b = paras(r, 5)
    art = f"""<article class="story">{hdr(t, a, "2025-02-14", "14 February 2025")}<div class="story-body">{ps(b[:2])}
<h2>Key dates</h2><ol class="timeline">{''.join(f'<li><strong>{E(x.split(":")[0])}:</strong>{E(x.split(":",1)[1])}</li>' for x in items)}</ol>{ps(b[2:])}</div>{tags()}</article>"""
    page("timeline-ol", "https://tarnbyherald.example/news/quay-street-timeline", t, a, "2025-02-14", "", "Tarnby Herald", art, b[:2] + ["Key dates"] + items + b[2:])

    # 16. long-form with chapter nav
    r = random.Random(116); t = "The winter the lake froze: an oral history"; a = "Lotte Verhagen"
    chs = ["I. The cold arrives", "II. Cut off", "III. The crossing", "IV. The thaw"]
    navh = '<nav class="chapter-nav" aria-label="Chapters"><ol>' + "".join(f'<li><a href="#ch{i}">{E(c)}</a></li>' for i, c in enumerate(chs)) + "</ol></nav>"
    html, truth = "", []
    intro = para(r); truth.append(intro)
    for i, c in enumerate(chs):
        ps_ = paras(r, 3)
        html += f'<section class="chapter" id="ch{i}"><h2 class="chapter-title">{E(c)}</h2>{ps(ps_)}</section>'
        truth += [c] + ps_
    art = f"""<article class="longform">{hdr(t, a, "2025-01-05", "5 January 2025")}{navh}<div class="longform-intro">{P(intro)}</div>{html}{tags()}</article>"""
    page("longform-chapters", "https://lakesidecourier.example/longreads/winter-lake-froze", t, a, "2025-01-05", "", "Lakeside Courier", art, truth)

    # 17. paragraphs are <div>s
    r = random.Random(117); t = "Fire crews tackle moorland blaze for third day"; a = "Pavel Ondrak"
    b = paras(r, 8)
    art = f"""<div class="article-wrapper">{hdr(t, a, "2025-08-02", "2 August 2025")}<div class="article-text">{''.join(f'<div class="text-block">{E(x)}</div>' for x in b)}</div>{tags()}</div>"""
    page("div-paragraphs", "https://moorlandgazette.example/news/moorland-blaze", t, a, "2025-08-02", "", "Moorland Gazette", art, b)

    # 18. old <font> / <br><br> markup
    r = random.Random(118); t = "Village hall reopens after flood repairs"; a = "Mirela Santos"
    b = paras(r, 7)
    old = "<br><br>\n".join(E(x) for x in b)
    art = f"""<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td width="160" valign="top" class="leftnav"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/archive">Archive</a></td>
<td valign="top"><font face="Arial" size="4"><b>{E(t)}</b></font><br><font size="1">By {a} | 9 June 2025</font><br><br>
<font face="Arial" size="2">{old}</font><br><br><font size="1"><a href="/news">Back to news</a></font></td></tr></table>"""
    page("font-br", "https://kelbyvillage.example/news/hall-reopens.html", t, a, "2025-06-09", "", "Kelby Village News", art, b, doctype=False)

    # 19. footnotes
    r = random.Random(119); t = "What the census tells us about the valley's ageing towns"; a = "Ibrahim Saleh"
    b = paras(r, 6)
    notes = ["Figures from the 2021 census, table on age by district.", "Projection by the Grayloch Trust, published in 2024.", "Excludes students living in halls of residence."]
    html = ""
    for i, x in enumerate(b):
        sup = f'<sup class="fn-ref"><a href="#fn{i+1}" id="ref{i+1}">{i+1}</a></sup>' if i < 3 else ""
        html += f"<p>{E(x)}{sup}</p>"
    fn = '<section class="footnotes"><h3>Notes</h3><ol>' + "".join(f'<li id="fn{i+1}">{E(n)} <a href="#ref{i+1}">\u21a9</a></li>' for i, n in enumerate(notes)) + "</ol></section>"
    art = f"""<article class="analysis">{hdr(t, a, "2025-05-30", "30 May 2025")}<div class="analysis-body">{html}{fn}</div>{tags()}</article>"""
    truth = [x + (f"{i+1}" if i < 3 else "") for i, x in enumerate(b)] + ["Notes"] + notes
    page("footnotes", "https://graylochtrust-review.example/analysis/census-ageing-towns", t, a, "2025-05-30", "", "Valley Review", art, truth)

    # 20. companion columns: body in several sibling sections with ads in between
    r = random.Random(120); t = "Rail operator to cut winter timetable on branch lines"; a = "Sunniva Dahl"
    b = paras(r, 11)
    cols = [b[0:2], b[2:5], b[5:6], b[6:9], b[9:11]]
    html = ""
    for i, c in enumerate(cols):
        html += f'<div class="body-column"><div class="body-column__inner">{ps(c, "body-text")}</div></div>'
        if i < len(cols) - 1:
            html += f'<div class="ad-wrapper" aria-label="Advertisement"><div class="ad-label">ADVERTISEMENT</div><div class="ad-frame"></div><div class="ad-continue">Continue reading the main story</div></div>'
    art = f"""<article class="story">{hdr(t, a, "2025-09-01", "1 September 2025")}<section name="articleBody" class="story-body-section">{html}</section>{tags()}</article>"""
    page("companion-columns", "https://capitalrecord.example/2025/09/01/transport/rail-winter-timetable", t, a, "2025-09-01", "", "Capital Record", art, b)

    # 21. story split by inline "related" box with long teaser paragraphs, then a photo, then more
    r = random.Random(121); t = "Hospital parking charges scrapped for night staff"; a = "Agathe Brill"
    b = paras(r, 9)
    box = f'<div class="inline-promo"><div class="inline-promo__label">Also on this story</div><a href="/n/1"><h3>Nurses vote on strike action over pay</h3><p>{E(para(r))}</p></a></div>'
    art = f"""<article class="story">{hdr(t, a, "2025-04-28", "28 April 2025")}<div class="rich-text">{ps(b[:3])}</div>{box}
<div class="rich-text">{ps(b[3:5])}</div><figure class="inline-image"><img src="/i/car.jpg" alt=""><figcaption>The staff car park at St. Ansel's.</figcaption></figure>
<div class="rich-text">{ps(b[5:])}</div>{tags()}</article>"""
    page("inline-promo-split", "https://stanselsgazette.example/health/parking-charges-night-staff", t, a, "2025-04-28", "", "Dunhaven Gazette", art, b)
