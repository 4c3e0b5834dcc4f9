#!/usr/bin/env python3
"""Invented news pages, each built around one FORM a news story takes (all text invented): live blogs
and live tickers, Q&A interviews, numbered listicles and explainers, FAQ explainers (question headings
and <details> accordions), fact checks with claim and rating boxes, timelines, opinion columns,
obituaries, stories with an appended correction, match reports with line-up tables, election-results
tables, photo essays told in captions, and very short and very long stories. Every page is a full
news-site page: header, navigation, consent dialog, share bar, rails, promos, related lists, reader
comments where apt, footer. English plus pages in German, French and Spanish.
Writes html/<id>.html.gz + ground-truth.json next to this script.

Truth conventions (shared with the other corpora: headline, dek, byline, captions, credits, pull
quotes, toolbars, promos, rails, related lists and comments are left out), and for each form:
- live blogs / tickers: every entry's heading and paragraphs are kept, in page order (newest first);
  each entry's timestamp, its per-entry byline ("By Jane Roe" / "Posted by ...") and its share link
  are left out. A pinned summary box of whole sentences ("Key events", "What we know") is kept, heading
  and items; a "Key events" list that only links to entries (times plus anchor links) is navigation
  and left out. "Show more" / "Load more updates" buttons are left out.
- Q&A interviews: the intro, every question and every answer are kept, with their "Q:"/"A:" or name
  labels (they are part of the paragraph's text).
- listicles and explainers: the intro (also when it sits in its own box) and every numbered item's
  heading ("1. ...") and paragraphs are kept.
- FAQ explainers: the intro, every question (heading, button or <summary>) and every answer are
  kept, also when the answers are hidden until a click (an accordion's `hidden` panels).
- fact checks: the claim box and the rating box, shown as the story's own box at its top ("Claim:
  ...", "Our rating: False" and the one-line reason), are kept as part of the story, labels included;
  the "How we rate claims" legend link and the sources list's heading plus links are left out (a
  sources list of plain citations is kept).
- timelines: every dated entry is kept WITH its date ("March 3, 2024 - ..."), because the dates are
  the story's text here (unlike a live blog's timestamps).
- opinion columns: the column is kept; the closing italic author tagline ("Jane Roe is a professor of
  ...") and the "The views expressed ..." disclaimer are left out, as WCXB's truth leaves closing
  author notes and disclaimers out.
- obituaries: kept whole, including the survived-by and funeral-arrangements paragraphs.
- corrections and editor's notes appended to a story ("Correction: An earlier version ...") are kept.
- match reports and election results: the tables of scores, line-ups and results are kept, cell by
  cell in reading order, with a note under the table ("Turnout: ..."); the table's <caption> is left
  out like every caption (WCXB's truth is split on table captions, 7 pages each way in wcxb-dev),
  and so is a scoreboard strip above the headline (teams, score, "FT").
- photo essays: when the captions carry the story (long captions, little other text), the captions are
  kept, in order, without the photographer credits; a short intro is kept too.
- short (2-3 paragraphs) and long (40+ paragraphs) stories: all paragraphs and subheadings are kept.
"""
import gzip
import html as H
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
E = H.escape
PAGES = {}
os.makedirs(os.path.join(HERE, "html"), exist_ok=True)

# ---------------------------------------------------------------- invented text

PLACES = ["Harwick", "Lowmoor", "Castel Verra", "Brindle Bay", "Oakhollow", "Fenmarsh", "Port Ellery", "Sallowmere",
          "Dunhallow", "Kestrel Point", "Marrowgate", "Tollbridge"]
PEOPLE = ["Agathe Brill", "Niall Corrigan", "Mirela Santos", "Pavel Ondrak", "Sunniva Dahl", "Kofi Mensah-Ray", "Lotte Verhagen",
          "Ibrahim Saleh", "Orla Quennell", "Tomasz Wiercik", "Hedda Lindqvist", "Ruben Achterberg", "Imogen Tarrant", "Yusuf Demirel"]
BODIES = ["the harbour board", "the regional council", "the water company", "the transport authority", "the health trust",
          "the county fire service", "the schools inspectorate", "the housing association", "the chamber of commerce",
          "the river agency", "the provincial treasury", "the university senate"]
VERBS = ["said on Tuesday that", "confirmed that", "warned that", "told reporters that", "wrote in a statement that",
         "argued that", "admitted that", "estimated that", "announced that", "insisted that"]
FACTS = ["the repairs would take at least {n} weeks", "about {n} households had lost power overnight",
         "the budget gap had grown to {n} million", "the ferry would resume on a reduced timetable",
         "inspections would be carried out at {n} more sites", "the old bridge would stay closed until spring",
         "the number of complaints had doubled since {y}", "a second pumping station would open in {m}",
         "volunteers had filled more than {n} thousand sandbags", "the plan had been drawn up without proper costings",
         "a public hearing would be held before the end of {m}", "rents in the old town had risen faster than wages",
         "the night trains would run again from {m}", "the emergency shelter could take {n} more families",
         "no final decision had been taken on the school closures", "the waiting list had fallen for a {o} month"]
AFTER = ["The figures have not been independently checked.", "A fuller report is due next month.",
         "Critics say the timetable is far too optimistic.", "Where the money will come from remains unclear.",
         "Several residents said they had heard nothing about it until that morning.", "The council meets again on Thursday.",
         "Officials declined to say how many staff would be affected.", "Supporters called the decision long overdue.",
         "Two earlier attempts at a similar scheme were abandoned.", "The opposition has demanded a full inquiry.",
         "Minutes of the meeting show the problem was first raised in {y}.", "Nobody from the ministry attended."]
QUOTES = ["\u201cWe have been asking for this for years,\u201d said {p}.",
          "\u201cIt is not perfect, but it is a start,\u201d {p} said.",
          "\u201cI have never seen the river this high,\u201d said {p}, who has lived nearby for {n} years.",
          "\u201cThe numbers simply do not add up,\u201d {p} told the meeting."]
MONTHS = ["February", "March", "April", "June", "August", "October", "November"]
ORD = ["second", "third", "fourth", "fifth", "sixth"]


def fill(s, r):
    return s.format(n=r.randint(3, 95), y=r.randint(1994, 2022), m=r.choice(MONTHS), o=r.choice(ORD), p=r.choice(PEOPLE))


def sent(r):
    c = r.random()
    if c < 0.55:
        who = r.choice(BODIES)
        return fill(f"{who[0].upper() + who[1:]} {r.choice(VERBS)} {r.choice(FACTS)}.", r)
    if c < 0.75:
        return fill(r.choice(QUOTES), r)
    return fill(r.choice(AFTER), r)


def para(r, k=None):
    return " ".join(sent(r) for _ in range(k or r.randint(2, 3)))


def paras(r, n, k=None):
    return [para(r, k) for _ in range(n)]


def headline(r):
    return fill(f"{r.choice(BODIES).capitalize()} says {r.choice(FACTS)}", r)[:90]


DE = ["Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke bis zum Frühjahr zu sperren.",
      "Nach Angaben der Feuerwehr wurden in der Nacht rund {n} Keller ausgepumpt.",
      "\u201eWir haben so etwas noch nie erlebt\u201c, sagte {p} am Mittwoch.",
      "Die Stadtwerke rechnen damit, dass die Reparatur mindestens {n} Tage dauert.",
      "Kritiker halten den Zeitplan für unrealistisch.", "Eine Entscheidung soll noch vor Ende {m} fallen.",
      "Wie viel das Vorhaben kosten wird, ist weiterhin unklar.", "Die Opposition verlangt eine Sondersitzung des Landtags.",
      "Viele Anwohner erfuhren erst aus der Zeitung von den Plänen.", "Der Verkehr wird über die Umgehungsstraße geleitet."]
FR = ["Le conseil municipal a voté mardi la fermeture du vieux pont jusqu'au printemps.",
      "Selon les pompiers, environ {n} caves ont été pompées pendant la nuit.",
      "\u00ab Nous n'avons jamais vu une chose pareille \u00bb, a déclaré {p} mercredi.",
      "La compagnie des eaux estime que les travaux dureront au moins {n} jours.",
      "Les critiques jugent le calendrier irréaliste.", "Une décision est attendue avant la fin du mois.",
      "Le coût total du projet reste inconnu.", "L'opposition réclame une session extraordinaire du conseil régional.",
      "Beaucoup d'habitants ont appris la nouvelle par la presse.", "La circulation est déviée par la rocade."]
ES = ["El ayuntamiento aprobó el martes el cierre del puente viejo hasta la primavera.",
      "Según los bomberos, unos {n} sótanos fueron achicados durante la noche.",
      "\u00abNunca habíamos visto algo así\u00bb, dijo {p} el miércoles.",
      "La compañía de aguas calcula que la reparación durará al menos {n} días.",
      "Los críticos consideran que el calendario no es realista.", "Se espera una decisión antes de fin de mes.",
      "El coste total del proyecto sigue sin conocerse.", "La oposición exige un pleno extraordinario.",
      "Muchos vecinos se enteraron de los planes por la prensa.", "El tráfico se desvía por la circunvalación."]


def lpara(r, bank, k=None):
    return " ".join(fill(r.choice(bank), r) for _ in range(k or r.randint(2, 3)))


def lparas(r, bank, n):
    return [lpara(r, bank) for _ in range(n)]


# ---------------------------------------------------------------- chrome

UI = {
    "en": dict(sections=["News", "Politics", "Business", "Sport", "Culture", "Opinion", "Puzzles"], sub="Subscribe", login="Sign in",
               most="Most read", related="More on this story", comments="Comments", reply="Reply", rights="All rights reserved.",
               consent="We care about your privacy", accept="Accept all", share="Share this article", news="Get our morning newsletter"),
    "de": dict(sections=["Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Region", "Wissen"], sub="Abonnieren", login="Anmelden",
               most="Meistgelesen", related="Mehr zum Thema", comments="Kommentare", reply="Antworten", rights="Alle Rechte vorbehalten.",
               consent="Wir respektieren Ihre Privatsphäre", accept="Alle akzeptieren", share="Artikel teilen", news="Unser Newsletter am Morgen"),
    "fr": dict(sections=["Politique", "Économie", "Sport", "Culture", "Opinions", "Régions", "Sciences"], sub="S'abonner", login="Se connecter",
               most="Les plus lus", related="Sur le même sujet", comments="Commentaires", reply="Répondre", rights="Tous droits réservés.",
               consent="Nous respectons votre vie privée", accept="Tout accepter", share="Partager l'article", news="Recevez notre lettre du matin"),
    "es": dict(sections=["Política", "Economía", "Deportes", "Cultura", "Opinión", "Local", "Ciencia"], sub="Suscríbete", login="Iniciar sesión",
               most="Lo más leído", related="Más sobre este tema", comments="Comentarios", reply="Responder", rights="Todos los derechos reservados.",
               consent="Respetamos tu privacidad", accept="Aceptar todo", share="Compartir", news="Recibe nuestro boletín"),
}


def header(site, ui, style):
    links = "".join(f'<li><a href="/{s.lower()}">{E(s)}</a></li>' for s in ui["sections"])
    if style == 0:
        return f'''<header class="site-header"><div class="site-header__top"><a class="site-logo" href="/">{E(site)}</a>
<div class="site-header__tools"><a class="btn btn--subscribe" href="/subscribe">{ui["sub"]}</a> <a href="/login">{ui["login"]}</a></div></div>
<nav class="site-nav" aria-label="Main"><ul>{links}</ul></nav></header>'''
    if style == 1:
        return f'''<div id="masthead" class="masthead"><div class="container"><a href="/" class="logo"><img src="/logo.svg" alt="{E(site)}"></a>
<button class="menu-toggle" aria-expanded="false">Menu</button><form class="search-form" role="search"><input type="search" name="q"></form></div>
<div class="main-menu" role="navigation"><ul class="menu">{links}</ul></div></div>'''
    return f'''<header class="sticky top-0 z-50 border-b bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">
<a class="font-serif text-2xl font-bold" href="/">{E(site)}</a><a class="rounded bg-blue-700 px-3 py-1 text-white" href="/subscribe">{ui["sub"]}</a></div>
<nav class="hidden border-t lg:block"><ul class="flex gap-2 px-4">{links}</ul></nav></header>'''


def consent(site, ui):
    return f'''<div id="cmp-banner" class="cmp-banner" role="dialog" aria-modal="true"><div class="cmp-inner"><h2>{ui["consent"]}</h2>
<p>{E(site)} and its 187 partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to measure audiences and to improve our services. You can change your choices at any time in the privacy settings at the bottom of each page.</p>
<button class="cmp-accept">{ui["accept"]}</button> <button class="cmp-reject">Reject</button> <a href="/privacy">Settings</a></div></div>'''


def footer(site, ui):
    return f'''<footer class="site-footer"><div class="footer-cols"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li></ul>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/advertise">Advertise</a></li></ul>
<ul><li><a href="/newsletters">Newsletters</a></li><li><a href="/apps">Apps</a></li><li><a href="/rss">RSS</a></li></ul></div>
<p class="copyright">&copy; 2025 {E(site)}. {ui["rights"]}</p></footer>'''


def rail(r, ui):
    items = "".join(f'<li><span class="rank">{i + 1}</span><a href="/news/{r.randint(10000, 99999)}">{E(headline(r))}</a></li>' for i in range(5))
    return f'''<aside class="sidebar"><section class="widget most-read"><h2 class="widget-title">{ui["most"]}</h2><ol>{items}</ol></section>
<div class="ad ad-rail" data-slot="mpu-1"><span class="ad-label">Advertisement</span></div>
<section class="widget newsletter-box"><h3>{ui["news"]}</h3><p>The stories that matter, in your inbox every weekday at 7 a.m.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></section></aside>'''


def related(r, ui):
    items = "".join(f'<li><a href="/news/{r.randint(10000, 99999)}"><img src="/t{i}.jpg" alt=""><span>{E(headline(r))}</span></a></li>' for i in range(4))
    return f'<section class="related-stories"><h2>{ui["related"]}</h2><ul class="card-list">{items}</ul></section>'


def share(ui):
    return f'<div class="share-bar" aria-label="{ui["share"]}"><a class="share share--fb" href="#">Facebook</a><a class="share share--x" href="#">X</a><a class="share share--wa" href="#">WhatsApp</a><a class="share share--mail" href="#">Email</a><button class="copy-link">Copy link</button></div>'


def ad(n):
    return f'<div class="ad-slot ad-inline" id="ad-{n}"><span class="ad-label">Advertisement</span></div>'


def comments(r, ui, n=4):
    items = ""
    for i in range(n):
        who = r.choice(["harbourwatcher", "JL_Fenn", "Marta K.", "old_salt_62", "Quietreader", "Pete from Lowmoor", "civic_minded"])
        items += f'''<li class="comment" id="c{i}"><div class="comment-meta"><span class="comment-author">{E(who)}</span> <time datetime="2025-03-0{i + 1}T1{i}:2{i}">{i + 2} hours ago</time></div>
<div class="comment-body"><p>{E(para(r, 2))}</p></div><div class="comment-actions"><button>{ui["reply"]}</button> <button>Like ({r.randint(0, 40)})</button></div></li>'''
    return f'<section id="comments" class="comments"><h2>{ui["comments"]} ({n})</h2><ol class="comment-list">{items}</ol><form class="comment-form"><textarea placeholder="Join the discussion"></textarea><button>Post</button></form></section>'


def tags(names):
    return '<div class="tags"><span>Topics:</span> ' + " ".join(f'<a href="/tag/{n.lower().replace(" ", "-")}">{E(n)}</a>' for n in names) + '</div>'


def byline(author, pretty, iso):
    if not author:
        return f'<div class="meta"><time datetime="{iso}">{pretty}</time></div>'
    return f'<div class="byline">By <a rel="author" href="/by/{author.split()[0].lower()}">{E(author)}</a> <span class="sep">|</span> <time datetime="{iso}">{pretty}</time></div>'


def head(title, site, published, author, lang, ldtype="NewsArticle", extra=""):
    ld = {"@context": "https://schema.org", "@type": ldtype, "headline": title, "datePublished": published,
          "publisher": {"@type": "Organization", "name": site}}
    if author:
        ld["author"] = [{"@type": "Person", "name": a} for a in author.split(" and ")]
    s = f'''<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)} | {E(site)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{E(title)}"><meta property="og:site_name" content="{E(site)}">
<meta property="article:published_time" content="{published}">'''
    if author:
        s += f'<meta name="author" content="{E(author)}">'
    s += f'<script type="application/ld+json">{json.dumps(ld)}</script><link rel="stylesheet" href="/css/main.css">{extra}'
    return s


def add(pid, url, title, author, published, site, lang, story_html, truth, r, layout=0, with_comments=False, ldtype="NewsArticle", extra_head=""):
    """Writes one page: the story's html (already holding its headline, byline and body) set in the site's chrome."""
    ui = UI[lang]
    below = related(r, ui) + (comments(r, ui, r.randint(3, 5)) if with_comments else "")
    if layout == 0:
        main = f'<main id="main" class="page"><div class="page-grid"><div class="col-main">{story_html}{below}</div>{rail(r, ui)}</div></main>'
    elif layout == 1:
        main = f'<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area">{story_html}{below}</div><div id="secondary" class="widget-area">{rail(r, ui)}</div></div></div>'
    else:
        main = f'<div class="mx-auto grid max-w-7xl grid-cols-12 gap-8 px-4"><div class="col-span-12 lg:col-span-8">{story_html}{below}</div><div class="col-span-4 hidden lg:block">{rail(r, ui)}</div></div>'
    body = f'<body class="single">{consent(site, ui)}{header(site, ui, layout)}{main}{footer(site, ui)}<script src="/js/app.js" async></script></body>'
    doc = f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>{head(title, site, published, author, lang, ldtype, extra_head)}</head>\n{body}\n</html>'
    with open(os.path.join(HERE, "html", pid + ".html.gz"), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(doc.encode("utf-8"))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(truth), "title": title, "author": author or "", "published": published[:10],
                  "page_type": "article"}
    if not author:
        del PAGES[pid]["author"]


def story_head(title, dek, author, pretty, iso, ui, kicker=None):
    k = f'<a class="kicker" href="/news">{E(kicker)}</a>' if kicker else ""
    d = f'<p class="standfirst">{E(dek)}</p>' if dek else ""
    return f'<header class="article-header">{k}<h1 class="headline">{E(title)}</h1>{d}{byline(author, pretty, iso)}{share(ui)}</header>'


def P(t, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{E(t)}</p>"


# ---------------------------------------------------------------- forms

def live_blog(pid, r, lang="en", variant=0):
    site = ["The Harwick Courier", "Lowmoor Evening Post", "Kestrel Daily", "Rheintal Rundschau"][variant]
    title = ["Live: Storm Edda floods the lower town as river breaks its banks", "Budget day live: council votes on spending cuts",
             "Live updates: rail strike enters its second day", "Liveticker: Hochwasser in Tollbrück \u2013 Pegel steigt weiter"][variant]
    author = ["Orla Quennell and Niall Corrigan", "Imogen Tarrant", "Ruben Achterberg", "Hedda Lindqvist"][variant]
    iso = f"2025-0{variant + 2}-1{variant}T06:00:00+00:00"
    ui = UI[lang]
    truth = []
    parts = []
    # pinned summary box
    if variant in (0, 3):
        h = "Key events" if lang == "en" else "Das Wichtigste in Kürze"
        items = [lpara(r, DE, 1) if lang == "de" else sent(r) for _ in range(4)]
        parts.append(f'<div class="live-summary pinned"><h2>{h}</h2><ul>{"".join(f"<li>{E(i)}</li>" for i in items)}</ul></div>')
        truth += [h] + items
    elif variant == 1:
        links = "".join(f'<li><a href="#post-{i}"><time>{14 - i}:{10 + i * 7:02d}</time> {E(headline(r)[:60])}</a></li>' for i in range(5))
        parts.append(f'<nav class="key-events"><h2>Key events</h2><ol>{links}</ol><button class="key-events__more">Show all key events</button></nav>')
    n = [9, 7, 6, 8][variant]
    entries = ""
    for i in range(n):
        hh = 17 - i // 2
        mm = (59 - i * 13) % 60
        stamp = f"{hh}:{mm:02d}" if lang != "de" else f"{hh}:{mm:02d} Uhr"
        heading = None
        if r.random() < 0.7:
            heading = lpara(r, DE, 1).rstrip(".") if lang == "de" else headline(r)
        ps = lparas(r, DE, r.randint(1, 3)) if lang == "de" else paras(r, r.randint(1, 3))
        who = r.choice(PEOPLE) if r.random() < 0.5 else None
        if heading:
            truth.append(heading)
        truth += ps
        ph = "".join(P(p) for p in ps)
        if variant == 0:
            hd = f'<h3 class="entry-title">{E(heading)}</h3>' if heading else ""
            wb = f'<p class="entry-author">By {E(who)}</p>' if who else ""
            entries += f'<article class="live-entry" id="post-{i}"><header><time class="entry-time" datetime="2025-02-10T{hh:02d}:{mm:02d}">{stamp}</time>{hd}</header>{wb}<div class="entry-content">{ph}</div><a class="entry-share" href="#post-{i}">Share</a></article>'
        elif variant == 1:
            hd = f'<h2 class="block-title">{E(heading)}</h2>' if heading else ""
            wb = f'<div class="block-byline"><img src="/a.jpg" alt=""><span>{E(who)}</span></div>' if who else ""
            entries += f'<div class="block" id="post-{i}"><div class="block-time"><span class="published">{stamp}</span> <span class="ago">{i * 12 + 3}m ago</span></div>{hd}{wb}<div class="block-body">{ph}</div></div>'
        elif variant == 2:
            hd = f'<p><strong>{E(heading)}</strong></p>' if heading else ""
            wb = f'<span class="post-author">Posted by {E(who)}</span>' if who else ""
            entries += f'<li class="update"><div class="update-meta"><time>{stamp} GMT</time>{wb}</div><div class="update-body">{hd}{ph}</div></li>'
        else:
            hd = f'<h3>{E(heading)}</h3>' if heading else ""
            wb = f'<span class="ticker-autor">{E(who)}</span>' if who else ""
            entries += f'<div class="ticker-item"><div class="ticker-zeit">{stamp}</div>{wb}<div class="ticker-text">{hd}{ph}</div></div>'
        if i == 3:
            entries += ad(i)
    if variant == 2:
        entries = f'<ol class="updates-feed">{entries}</ol>'
    more = "Show more updates" if lang == "en" else "Weitere Einträge laden"
    lead = []
    if variant in (1, 2):
        lead = paras(r, 1)
        truth = lead + truth
    body = f'''<article class="article live-article">{story_head(title, "Follow the latest as it happens.", author, "Updated 17:59", iso, ui, "Live")}
<div class="article-body">{"".join(P(p) for p in lead)}{"".join(parts)}<div class="live-feed">{entries}</div><button class="load-more">{more}</button></div>{tags(["Weather", "Live"])}</article>'''
    add(pid, f"https://news.example/{lang}/live/{pid}", title, author, iso, site, lang, body, truth, r, layout=variant % 3, ldtype="LiveBlogPosting")


def qa(pid, r, lang="en", labels="qa"):
    site = {"en": "The Kestrel Review", "fr": "Le Courrier de Verra"}[lang]
    if lang == "en":
        title = "\u2018The river will not wait for us\u2019: the engineer rebuilding Harwick's flood wall"
        who, interviewer = "Sunniva Dahl", "Pavel Ondrak"
        intro = [f"Sunniva Dahl has spent {r.randint(12, 30)} years building sea walls and river defences. Last month she was put in charge of the most expensive project the county has ever paid for.",
                 "She spoke to us in a site office above the river about deadlines, money and why she still checks the gauges at night. The interview has been edited for length and clarity."]
        qs = ["How close did the town come to disaster last winter?", "Why has the new wall taken so long?", "What would you tell people who say the money should go elsewhere?",
              "Is the wall high enough for the next century?", "What keeps you awake at night?", "What happens if the budget is cut again?"]
    else:
        title = "\u00ab Le fleuve ne nous attendra pas \u00bb : entretien avec l'ingénieure de la digue"
        who, interviewer = "Sunniva Dahl", "Pavel Ondrak"
        intro = ["Sunniva Dahl dirige depuis le mois dernier le chantier le plus coûteux de l'histoire du département.",
                 "Nous l'avons rencontrée dans son bureau de chantier, au-dessus du fleuve. Propos recueillis par Pavel Ondrak."]
        qs = ["Quelle a été la gravité de la crue de l'hiver dernier ?", "Pourquoi la nouvelle digue prend-elle autant de temps ?",
              "Que répondez-vous à ceux qui jugent le projet trop cher ?", "La digue sera-t-elle assez haute pour le siècle prochain ?",
              "Qu'est-ce qui vous empêche de dormir ?"]
    truth = list(intro)
    ph = "".join(P(p) for p in intro)
    for i, q in enumerate(qs):
        ans = [lpara(r, FR) if lang == "fr" else para(r)] + ([para(r)] if lang == "en" and r.random() < 0.4 else [])
        if labels == "qa":
            ql, al = ("Q:", "A:")
        else:
            ql, al = (interviewer.split()[1] + ":", who.split()[1] + ":")
        ph += f'<p><strong>{E(ql)}</strong> {E(q)}</p>'
        truth.append(f"{ql} {q}")
        for j, a in enumerate(ans):
            if j == 0:
                ph += f'<p><strong>{E(al)}</strong> {E(a)}</p>'
                truth.append(f"{al} {a}")
            else:
                ph += P(a)
                truth.append(a)
        if i == 2:
            ph += ad(1) + f'<blockquote class="pull-quote"><p>{E(ans[0].split(". ")[0].rstrip(".") + ".")}</p></blockquote>'
    author = interviewer
    iso = "2025-04-03T09:00:00+02:00"
    ui = UI[lang]
    body = f'''<article class="story story--interview">{story_head(title, "An interview about deadlines, money and water.", author, "3 April 2025", iso, ui, "Interview")}
<figure class="lead-image"><img src="/dahl.jpg" alt=""><figcaption>Sunniva Dahl at the construction site. <span class="credit">Photo: Lotte Verhagen</span></figcaption></figure>
<div class="story-body">{ph}</div>{tags(["Interview", "Flooding"])}</article>'''
    add(pid, f"https://news.example/{lang}/interview/{pid}", title, author, iso, site, lang, body, truth, r, layout=1 if lang == "fr" else 0)


def listicle(pid, r, lang="en", variant=0):
    site = ["Brindle Bay Times", "Fenmarsh Online", "Diario de Castel Verra", "The Oakhollow Herald"][variant]
    if lang == "es":
        title = "Siete claves para entender el cierre del puente viejo"
        items = ["Por qué se cierra ahora", "Cuánto tiempo durará", "Qué rutas alternativas hay", "Quién pagará la obra",
                 "Qué pasa con los comercios", "Qué dicen los vecinos", "Qué viene después"]
    else:
        title = ["Eight things to know about the new harbour tax", "Five ways the flood plan will change your street",
                 "", "Ten questions the council still has to answer about the ferry"][variant]
        items = [["Who pays it", "How much it will raise", "When it starts", "What the money is for", "Who is exempt",
                  "What businesses say", "Can it be challenged", "What happens next"],
                 ["Higher kerbs", "New drains", "Fewer parking spaces", "Pumps on every corner", "A warning siren"], [],
                 ["Who runs it", "What it costs", "Why it is late", "Who decided", "What went wrong", "Is it safe",
                  "Who checked", "What changes", "Who pays", "When it sails"]][variant]
    author = [None, "Kofi Mensah-Ray", "Mirela Santos", None][variant]
    iso = f"2025-05-2{variant}T07:30:00+01:00"
    intro = lparas(r, ES, 2) if lang == "es" else [sent(r) + " " + sent(r) for _ in range(r.randint(2, 3))]
    truth = list(intro)
    hx = "h2" if variant in (0, 2) else "h3"
    ph = ""
    for i, it in enumerate(items):
        h = f"{i + 1}. {it}"
        ps = lparas(r, ES, r.randint(1, 2)) if lang == "es" else [sent(r) + " " + sent(r) for _ in range(r.randint(1, 3))]
        truth.append(h)
        truth += ps
        ph += f"<{hx}>{E(h)}</{hx}>" + "".join(P(p) for p in ps)
        if i == 2:
            ph += ad(i)
        if i == 4 and variant == 0:
            ph += f'<div class="read-also"><strong>Read also:</strong> <a href="/news/1">{E(headline(r))}</a></div>'
    ui = UI[lang]
    intro_box = f'<div class="article-intro intro-box">{"".join(P(p) for p in intro)}</div>'
    if variant == 0:
        body = f'''<div class="post-header"><h1 class="entry-title">{E(title)}</h1>{byline(author, "May 20, 2025", iso)}</div>{share(ui)}
<div class="entry-content">{intro_box}<div class="listicle">{ph}</div></div>{tags(["Explainer", "Tax"])}'''
    elif variant == 1:
        body = f'''<article class="post">{story_head(title, "What the plan means for homes in the lower town.", author, "May 21, 2025", iso, ui, "Explainer")}
{intro_box}<section class="post-content">{ph}</section></article>'''
    else:
        body = f'''<div class="article-wrap">{story_head(title, None, author, "22 mayo 2025" if lang == "es" else "May 23, 2025", iso, ui)}
<div class="lede">{"".join(P(p) for p in intro)}</div><div class="body-copy">{ph}</div></div>'''
    add(pid, f"https://news.example/{lang}/explainer/{pid}", title, author, iso, site, lang, body, truth, r, layout=variant % 3, with_comments=variant == 3)


def faq(pid, r, variant=0):
    site = ["Port Ellery Gazette", "Sallowmere Now"][variant]
    title = ["Water bills are going up. Your questions answered", "The new parking zones: everything you need to know"][variant]
    author = ["Yusuf Demirel", "Lotte Verhagen"][variant]
    iso = f"2025-06-0{variant + 2}T08:00:00+01:00"
    intro = paras(r, 2)
    qs = ["How much will my bill go up?", "When does the change start?", "Why is this happening now?", "Can I get help paying?",
          "What if I rent my home?", "Who decided this?", "Can the decision be appealed?"]
    truth = list(intro)
    ph = ""
    for i, q in enumerate(qs):
        ans = paras(r, r.randint(1, 2))
        truth.append(q)
        truth += ans
        if variant == 0:
            # An accordion: the question a button in a heading, the answer hidden until a click.
            ph += (f'<div class="accordion__item"><h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false">{E(q)}</button></h3>'
                   f'<div class="accordion__panel" hidden>{"".join(P(a) for a in ans)}</div></div>')
        else:
            ph += f'<details class="faq-item"><summary>{E(q)}</summary><div class="faq-answer">{"".join(P(a) for a in ans)}</div></details>'
    ui = UI["en"]
    body = f'''<article class="article">{story_head(title, None, author, "June 2, 2025", iso, ui, "Explainer")}
<div class="article__body">{"".join(P(p) for p in intro)}<div class="faq">{ph}</div></div>{tags(["Water", "Bills"])}</article>'''
    add(pid, f"https://news.example/explainer/{pid}", title, author, iso, site, "en", body, truth, r, layout=variant)


def fact_check(pid, r, variant=0):
    site = ["CheckPoint Marrowgate", "The Tollbridge Verifier"][variant]
    title = ["Fact check: Did the mayor cut the fire service budget by half?", "No, the harbour was not sold to a foreign fund"][variant]
    author = ["Imogen Tarrant", "Tomasz Wiercik"][variant]
    iso = f"2025-07-1{variant}T10:00:00+00:00"
    claim = ["A post shared thousands of times says the mayor cut the fire service budget by 50 per cent this year.",
             "Posts on social media claim that the town council quietly sold the harbour to a foreign investment fund."][variant]
    rating = ["Misleading", "False"][variant]
    reason = ["The budget fell by 6 per cent, not by half; a one-off grant that ended last year explains most of the drop.",
              "The harbour is still owned by the council. A fund bought a 20-year lease on two warehouses on the quay."][variant]
    truth = []
    if variant == 0:
        box = f'''<div class="claim-review"><div class="claim"><span class="label">Claim:</span> {E(claim)}</div>
<div class="rating"><span class="label">Our rating:</span> <strong>{rating}</strong></div><p class="verdict">{E(reason)}</p></div>'''
        truth += [f"Claim: {claim}", f"Our rating: {rating}", reason]
    else:
        box = f'''<aside class="factcheck-box"><h2>The claim</h2><p>{E(claim)}</p><h2>The verdict</h2><p class="verdict-label"><img src="/meter-false.svg" alt="">{rating}</p><p>{E(reason)}</p><a class="how-we-rate" href="/methodology">How we rate claims</a></aside>'''
        truth += ["The claim", claim, "The verdict", rating, reason]
    body_ps = paras(r, 8)
    subs = {3: "What the budget documents show", 6: "What the council says"} if variant == 0 else {3: "Who owns the harbour", 6: "Where the claim came from"}
    ph = ""
    for i, p in enumerate(body_ps):
        if i in subs:
            ph += f"<h2>{E(subs[i])}</h2>"
            truth.append(subs[i])
        ph += P(p)
        truth.append(p)
    src = ""
    if variant == 0:
        cites = [f"Marrowgate council, budget book {y}, pages {r.randint(10, 90)} to {r.randint(91, 140)}." for y in (2024, 2025)] + ["Interview with the fire service's finance officer, 9 July 2025."]
        src = f'<h2>Sources</h2><ul class="sources">{"".join(f"<li>{E(c)}</li>" for c in cites)}</ul>'
        truth += ["Sources"] + cites
    else:
        src = '<div class="sources-links"><h3>Sources</h3><ul><li><a href="https://example.org/a">Land registry entry</a></li><li><a href="https://example.org/b">Council press release</a></li><li><a href="https://example.org/c">Lease notice</a></li></ul></div>'
    ui = UI["en"]
    ld = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": claim, "reviewRating": {"@type": "Rating", "alternateName": rating}}
    body = f'''<article class="fact-check">{story_head(title, None, author, "July 10, 2025", iso, ui, "Fact check")}
<div class="fc-body">{box}{ph}{src}</div>{tags(["Fact check"])}</article>'''
    add(pid, f"https://news.example/fact-check/{pid}", title, author, iso, site, "en", body, truth, r, layout=variant,
        extra_head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')


def timeline(pid, r, variant=0):
    site = ["The Harwick Courier", "Dunhallow Dispatch"][variant]
    title = ["How the ferry saga unfolded: a timeline", "Timeline: five years of the Dunhallow stadium row"][variant]
    author = ["Niall Corrigan", None][variant]
    iso = f"2025-08-0{variant + 4}T12:00:00+01:00"
    intro = paras(r, 1 + variant)
    truth = list(intro)
    dates = ["January 12, 2021", "March 3, 2021", "September 30, 2021", "February 14, 2022", "July 1, 2022", "November 8, 2022",
             "April 19, 2023", "October 2, 2023", "March 3, 2024", "June 21, 2024", "January 9, 2025"]
    ph = ""
    for d in dates[: 9 + variant]:
        t = sent(r) + (" " + sent(r) if r.random() < 0.5 else "")
        if variant == 0:
            ph += f"<p><strong>{d}</strong> \u2013 {E(t)}</p>"
            truth.append(f"{d} \u2013 {t}")
        else:
            ph += f'<li class="timeline-item"><time class="timeline-date" datetime="2022-01-01">{d}</time><div class="timeline-text"><p>{E(t)}</p></div></li>'
            truth.append(f"{d}")
            truth.append(t)
    if variant == 1:
        ph = f'<ol class="timeline">{ph}</ol>'
    outro = paras(r, 1)
    truth += outro
    ui = UI["en"]
    body = f'''<article>{story_head(title, None, author, "August 4, 2025", iso, ui)}<div class="story-text">{"".join(P(p) for p in intro)}{ph}{"".join(P(p) for p in outro)}</div></article>'''
    add(pid, f"https://news.example/news/{pid}", title, author, iso, site, "en", body, truth, r, layout=variant * 2, with_comments=variant == 0)


def opinion(pid, r, lang="en"):
    if lang == "en":
        site, title, author = "The Marrowgate Standard", "Our town keeps paving over its own flood defences", "Agathe Brill"
        ps = paras(r, 9)
        tagline = "Agathe Brill is a professor of hydrology at the University of Marrowgate and a former member of the county flood board."
        disc = "The views expressed in this column are the author's own and do not necessarily reflect those of the Standard."
        subs = {}
    else:
        site, title, author = "La Voix de Castel Verra", "Notre ville bétonne ses propres défenses contre les crues", "Agathe Brill"
        ps = lparas(r, FR, 8)
        tagline = "Agathe Brill est professeure d'hydrologie à l'université de Castel Verra."
        disc = "Les opinions exprimées dans cette tribune n'engagent que leur auteure."
        subs = {}
    truth = list(ps)
    ph = "".join(P(p) for p in ps[:4]) + ad(1) + "".join(P(p) for p in ps[4:])
    ph += f'<p><em>{E(tagline)}</em></p><p class="disclaimer"><em>{E(disc)}</em></p>'
    iso = "2025-09-14T06:00:00+02:00"
    ui = UI[lang]
    body = f'''<article class="article article--opinion">{story_head(title, None, author, "14 September 2025", iso, ui, "Opinion" if lang == "en" else "Tribune")}
<div class="article-body">{ph}</div>{tags(["Opinion"])}</article>'''
    add(pid, f"https://news.example/{lang}/opinion/{pid}", title, author, iso, site, lang, body, truth, r, layout=0 if lang == "en" else 2,
        with_comments=True, ldtype="OpinionNewsArticle")


def obituary(pid, r):
    site, author = "Kestrel Daily", "Hedda Lindqvist"
    title = "Magnus Oberlin, ferry captain who ran the Kestrel crossing for 40 years, dies at 88"
    first = ("Magnus Oberlin, who captained the Kestrel Point ferry through four decades, three storms of the century and one "
             "memorable wedding on the car deck, died on Sunday at his home in Fenmarsh. He was 88.")
    ps = [first] + paras(r, 7)
    ps += ["He is survived by his wife of 61 years, Ingrid; his daughters, Sanne and Mette; and five grandchildren.",
           "A funeral service will be held at St. Brannoc's church in Fenmarsh at 11 a.m. on Friday. The family asks that, instead of flowers, donations be made to the Kestrel lifeboat station."]
    corr = "Correction: An earlier version of this obituary gave the wrong year for Mr. Oberlin's retirement. He retired in 2004, not 2006."
    truth = ps + [corr]
    iso = "2025-10-21T05:00:00+00:00"
    ui = UI["en"]
    body = f'''<article class="obituary">{story_head(title, "He never missed a sailing in 40 years.", author, "October 21, 2025", iso, ui, "Obituaries")}
<figure><img src="/oberlin.jpg" alt=""><figcaption>Magnus Oberlin on the bridge of the ferry in 1998. (Family photo)</figcaption></figure>
<div class="article-body">{"".join(P(p) for p in ps)}<p class="correction"><em>{E(corr)}</em></p></div></article>'''
    add(pid, "https://news.example/obituaries/magnus-oberlin", title, author, iso, site, "en", body, truth, r, layout=1, with_comments=True)


def corrected(pid, r):
    site, author = "Lowmoor Evening Post", "Ruben Achterberg"
    title = "School closures paused after parents' petition passes 10,000 signatures"
    ps = paras(r, 6)
    notes = ["Correction: An earlier version of this article said the petition was started by a teacher. It was started by a parent, Mirela Santos.",
             "Editor's note: This story was updated on Thursday with comment from the schools inspectorate."]
    truth = ps + notes
    iso = "2025-03-06T14:20:00+00:00"
    ui = UI["en"]
    body = f'''<article>{story_head(title, None, author, "March 6, 2025", iso, ui)}<div class="story-body">{"".join(P(p) for p in ps)}
<div class="correction-box"><p><strong>Correction:</strong> {E(notes[0][12:])}</p></div><p class="editors-note"><i>{E(notes[1])}</i></p></div></article>'''
    add(pid, "https://news.example/education/school-closures-paused", title, author, iso, site, "en", body, truth, r, layout=2)


def match_report(pid, r, lang="en"):
    ui = UI[lang]
    if lang == "en":
        site, author = "Harwick Sport", "Kofi Mensah-Ray"
        title = "Harwick Athletic 3-1 Lowmoor Rovers: late double settles the derby"
        ps = paras(r, 6)
        cap = "Line-ups"
        rows = [("Harwick Athletic", "Lowmoor Rovers")] + [(f"{n} {p}", f"{n + 1} {q}") for n, p, q in [(1, "Brandt", "Okafor"), (4, "Ellery", "Finch"), (5, "Marsh", "Quill"), (8, "Tennant", "Rourke"), (9, "Adebayo", "Haskell"), (10, "Voss", "Lindahl")]]
        stats = [("Possession", "54%", "46%"), ("Shots", "14", "9"), ("Shots on target", "6", "3"), ("Corners", "7", "4")]
        scorers = "Goals: Adebayo 23, Voss 81, 88; Haskell 57."
        sub = "Match statistics"
    else:
        site, author = "Rheintal Rundschau", "Tomasz Wiercik"
        title = "FC Tollbrück gewinnt das Derby mit 2:0"
        ps = lparas(r, DE, 6)
        cap = "Aufstellungen"
        rows = [("FC Tollbrück", "SV Auenheim")] + [(f"{n} {p}", f"{n + 2} {q}") for n, p, q in [(1, "Gerber", "Pohl"), (3, "Lindner", "Stach"), (6, "Ruhland", "Imhof"), (9, "Kessler", "Brandl"), (11, "Aydin", "Wolters")]]
        stats = [("Ballbesitz", "58%", "42%"), ("Torschüsse", "12", "7"), ("Ecken", "5", "2")]
        scorers = "Tore: 1:0 Kessler (34.), 2:0 Aydin (77.)"
        sub = "Statistik"
    truth = [ps[0], scorers] + ps[1:4]
    table1 = f'<table class="lineups"><caption>{cap}</caption><thead><tr><th>{E(rows[0][0])}</th><th>{E(rows[0][1])}</th></tr></thead><tbody>' + "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in rows[1:]) + "</tbody></table>"
    truth += [f"{rows[0][0]} {rows[0][1]}"] + [f"{a} {b}" for a, b in rows[1:]]
    truth += ps[4:]
    table2 = f'<h3>{sub}</h3><table class="match-stats"><tbody>' + "".join(f"<tr><th>{E(a)}</th><td>{b}</td><td>{c}</td></tr>" for a, b, c in stats) + "</tbody></table>"
    truth += [sub] + [f"{a} {b} {c}" for a, b, c in stats]
    score = f'<div class="scoreboard"><span class="team">{E(rows[0][0])}</span> <span class="score">{"3 - 1" if lang == "en" else "2 : 0"}</span> <span class="team">{E(rows[0][1])}</span><span class="status">FT</span></div>'
    iso = "2025-11-02T17:45:00+01:00"
    body = f'''<article class="match-report">{score}{story_head(title, None, author, "2 November 2025", iso, ui, "Football")}
<div class="report-body">{P(ps[0])}<p class="scorers">{E(scorers)}</p>{"".join(P(p) for p in ps[1:4])}{table1}{"".join(P(p) for p in ps[4:])}{table2}</div></article>'''
    add(pid, f"https://news.example/{lang}/sport/{pid}", title, author, iso, site, lang, body, truth, r, layout=0 if lang == "en" else 1, with_comments=lang == "en")


def election(pid, r, lang="en"):
    ui = UI[lang]
    if lang == "en":
        site, author, title = "The Oakhollow Herald", "Orla Quennell", "Oakhollow council election: Greens take control as turnout falls"
        ps = paras(r, 5)
        head_row = ["Party", "Seats", "Change", "Vote share"]
        data = [("Green", "18", "+7", "34.2%"), ("Liberal", "11", "-2", "22.9%"), ("Labour", "9", "-3", "19.4%"), ("Conservative", "6", "-2", "15.1%"), ("Independent", "2", "0", "8.4%")]
        cap = "Results by party"
        note = "Turnout: 38.1 per cent (2021: 41.6 per cent)."
    else:
        site, author, title = "Diario de Castel Verra", "Mirela Santos", "Elecciones municipales: los verdes ganan en Castel Verra"
        ps = lparas(r, ES, 5)
        head_row = ["Partido", "Concejales", "Votos"]
        data = [("Verdes", "9", "31,2%"), ("Liberales", "7", "24,8%"), ("Socialistas", "5", "19,9%"), ("Independientes", "4", "14,1%")]
        cap = "Resultados por partido"
        note = "Participación: 52,3 por ciento."
    tbl = f'<table class="results"><caption>{cap}</caption><thead><tr>{"".join(f"<th>{h}</th>" for h in head_row)}</tr></thead><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in data) + "</tbody></table>"
    truth = ps[:2] + [" ".join(head_row)] + [" ".join(row) for row in data] + [note] + ps[2:]
    iso = "2025-05-09T23:10:00+01:00"
    body = f'''<article class="story">{story_head(title, None, author, "9 May 2025", iso, ui, "Elections")}<div class="story-body">{"".join(P(p) for p in ps[:2])}
<div class="table-wrap">{tbl}<p class="table-note">{E(note)}</p></div>{"".join(P(p) for p in ps[2:])}</div></article>'''
    add(pid, f"https://news.example/{lang}/elections/{pid}", title, author, iso, site, lang, body, truth, r, layout=2 if lang == "en" else 0)


def photo_essay(pid, r, variant=0):
    site = ["Fenmarsh Online", "The Kestrel Review"][variant]
    title = ["After the water: a week in the lower town, in pictures", "The last winter of the salt marsh shepherds"][variant]
    author = ["Lotte Verhagen", "Pavel Ondrak"][variant]
    iso = f"2025-02-2{variant}T07:00:00+00:00"
    intro = [sent(r) + " " + sent(r)]
    truth = list(intro)
    figs = ""
    for i in range(7):
        cap = " ".join(sent(r) for _ in range(2 + (i % 2)))
        credit = f"Photo: {author}"
        truth.append(cap)
        if variant == 0:
            figs += f'<figure class="essay-photo"><img src="/essay/{i}.jpg" alt="" loading="lazy"><figcaption><p>{E(cap)}</p><span class="credit">{E(credit)}</span></figcaption></figure>'
        else:
            figs += f'<div class="gallery-slide"><img src="/g/{i}.jpg" alt=""><div class="slide-caption">{E(cap)} <em class="photo-credit">{E(credit)}</em></div></div>'
    ui = UI["en"]
    body = f'''<article class="photo-essay">{story_head(title, None, author, "February 20, 2025", iso, ui, "In pictures")}<div class="essay-body">{"".join(P(p) for p in intro)}{figs}</div></article>'''
    add(pid, f"https://news.example/pictures/{pid}", title, author, iso, site, "en", body, truth, r, layout=variant)


def short_story(pid, r, lang="en"):
    ui = UI[lang]
    bank = {"en": None, "es": ES, "de": DE}[lang]
    site = {"en": "Port Ellery Gazette", "es": "Diario de Castel Verra", "de": "Rheintal Rundschau"}[lang]
    title = {"en": "Coast road reopens after landslide", "es": "Reabre la carretera de la costa tras el desprendimiento",
             "de": "Küstenstraße nach Erdrutsch wieder frei"}[lang]
    author = {"en": "Yusuf Demirel", "es": "Mirela Santos", "de": None}[lang]
    n = 2 if lang == "en" else 3
    ps = [sent(r) + " " + sent(r) for _ in range(n)] if bank is None else [lpara(r, bank, 2) for _ in range(n)]
    iso = "2025-01-15T16:00:00+01:00"
    body = f'''<article class="news-item">{story_head(title, None, author, "15.01.2025", iso, ui)}<div class="text">{"".join(P(p) for p in ps)}</div></article>'''
    add(pid, f"https://news.example/{lang}/kurz/{pid}", title, author, iso, site, lang, body, ps, r, layout={"en": 0, "es": 1, "de": 2}[lang])


def long_story(pid, r, lang="en"):
    ui = UI[lang]
    site = {"en": "The Marrowgate Standard", "de": "Rheintal Rundschau"}[lang]
    title = {"en": "The drowned valley: how a reservoir plan split three villages for a generation",
             "de": "Das versunkene Tal: Wie ein Stausee drei Dörfer spaltete"}[lang]
    author = {"en": "Imogen Tarrant", "de": "Hedda Lindqvist"}[lang]
    n = 44 if lang == "en" else 41
    truth = []
    ph = ""
    for i in range(n):
        if i and i % 9 == 0:
            h = headline(r) if lang == "en" else lpara(r, DE, 1).rstrip(".")
            ph += f"<h2>{E(h)}</h2>"
            truth.append(h)
        p = para(r) if lang == "en" else lpara(r, DE)
        ph += P(p)
        truth.append(p)
        if i in (6, 20, 33):
            ph += ad(i)
        if i == 14:
            ph += f'<aside class="inline-related"><h4>{ui["related"]}</h4><ul><li><a href="/n/1">{E(headline(r))}</a></li><li><a href="/n/2">{E(headline(r))}</a></li></ul></aside>'
        if i == 25:
            ph += f'<figure><img src="/dam.jpg" alt=""><figcaption>The old dam wall seen from the north shore. Photo: {E(r.choice(PEOPLE))}</figcaption></figure>'
    iso = "2025-12-01T05:00:00+01:00"
    body = f'''<article class="longform">{story_head(title, "A story of water, land and memory.", author, "1 December 2025", iso, ui, "The long read")}<div class="longform-body">{ph}</div>{tags(["Long read"])}</article>'''
    add(pid, f"https://news.example/{lang}/longread/{pid}", title, author, iso, site, lang, body, truth, r, layout=1 if lang == "en" else 0, with_comments=lang == "en")


def build():
    jobs = [
        ("f01", live_blog, dict(lang="en", variant=0)), ("f02", live_blog, dict(lang="en", variant=1)),
        ("f03", live_blog, dict(lang="en", variant=2)), ("f04", live_blog, dict(lang="de", variant=3)),
        ("f05", qa, dict(lang="en", labels="qa")), ("f06", qa, dict(lang="en", labels="names")), ("f07", qa, dict(lang="fr", labels="names")),
        ("f08", listicle, dict(lang="en", variant=0)), ("f09", listicle, dict(lang="en", variant=1)),
        ("f10", listicle, dict(lang="es", variant=2)), ("f11", listicle, dict(lang="en", variant=3)),
        ("f12", faq, dict(variant=0)), ("f13", faq, dict(variant=1)),
        ("f14", fact_check, dict(variant=0)), ("f15", fact_check, dict(variant=1)),
        ("f16", timeline, dict(variant=0)), ("f17", timeline, dict(variant=1)),
        ("f18", opinion, dict(lang="en")), ("f19", opinion, dict(lang="fr")),
        ("f20", obituary, {}), ("f21", corrected, {}),
        ("f22", match_report, dict(lang="en")), ("f23", match_report, dict(lang="de")),
        ("f24", election, dict(lang="en")), ("f25", election, dict(lang="es")),
        ("f26", photo_essay, dict(variant=0)), ("f27", photo_essay, dict(variant=1)),
        ("f28", short_story, dict(lang="en")), ("f29", short_story, dict(lang="es")), ("f30", short_story, dict(lang="de")),
        ("f31", long_story, dict(lang="en")), ("f32", long_story, dict(lang="de")),
    ]
    for pid, fn, kw in jobs:
        fn(pid, random.Random(pid), **kw)


build()
with open(os.path.join(HERE, "ground-truth.json"), "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
