#!/usr/bin/env python3
"""Synthetic news briefs, second set (all text invented): a story of 200-260 characters in four short paragraphs
beside readers' comments and teaser feeds that carry NO section header (or only an icon, a bare count or a
button), whose comments are undated and whose teasers are undated linked titles; a story box that is one of a row
of like boxes; a brief in <article> beside sibling <article> teasers; a brief whose paragraphs are <div>s; a brief
under a photo caption longer than its paragraphs. English, German and Spanish. Truth body = the brief's own
paragraphs only (no caption, no comments, no teasers). Writes html/<id>.html.gz + ground-truth.json."""
import gzip, json, os, html as H
E = H.escape
OUT = os.environ.get("OUTDIR") or os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)
PAGES = {}

EN = {
 'site': "Millbrook Courier", 'title': "Night market returns to the old depot", 'author': "Ruth Calder", 'date': "2026-05-08",
 'paras': ["The weekly night market will reopen at the old rail depot on Friday.",
           "Around thirty stalls will sell food, crafts and plants until eleven.",
           "Organisers said parking on Station Road will be free after six.",
           "Dogs on a lead are welcome, but glass bottles are not."],
 'by': "By", 'ptime': "3 hours ago", 'show': "Show comments", 'more': "Load more",
 'comments': [("tillyb", "Great news, we missed it all winter long."),
              ("r_hollis", "Hope the dumpling stall is back again this year!"),
              ("quietlane", "Free parking after six makes a real difference."),
              ("ned.f", "Will there be live music again like last summer?")],
 'feed': [("Swimming pool roof to be replaced", "Work starts in May and the pool will close for six weeks."),
          ("Two new bus stops for Hill Lane", "Residents asked for the stops after the route changed in autumn."),
          ("Volunteers plant 400 trees by the canal", "The group hopes to finish the second stretch before summer."),
          ("Cinema shows silent films with live piano", "Tickets for the three evenings go on sale next Tuesday."),
          ("Cycle path closed for resurfacing", "A signed detour runs along Park Street until the end of the month.")],
 'titles': ["Fire crews called to a barn blaze near Oakford", "Town hall clock stopped after the storm",
            "Youth football club wins the county cup", "Road works on the high street end early",
            "Farm shop opens a second branch in Denby", "Choir seeks new tenors for its spring concert"],
 'ages': ["1 hour ago", "2 hours ago", "4 hours ago", "5 hours ago", "7 hours ago"],
 'caption': "Stallholders set up their tables under the iron roof of the old rail depot on Thursday evening, a day "
            "before the first night market of the season opens to visitors from the whole valley. Photo: Millbrook Courier",
 'copyright': "© 2026 Millbrook Courier. All rights reserved.", 'nav': ["Home", "News", "Sport", "What's on", "Letters"],
}
EN2 = dict(EN, site="Eastvale Gazette", title="Footbridge over the Wend to reopen", author="Owen Marsh", date="2026-06-11",
 paras=["The footbridge over the River Wend will reopen on Thursday morning.",
        "It was shut in January after a barge struck one of its supports.",
        "Engineers have fitted new steel braces and repainted the rails.",
        "The council thanked walkers for using the longer route."],
 comments=[("wendwalker", "Two miles round every day, glad that is over."),
           ("jess_k", "Did they fix the loose planks on the far side?"),
           ("old.barge", "The barge owner should pay for all of it."),
           ("pdq", "Nice to have the short way to school back.")],
 caption="Engineers from the county works team check the new steel braces under the footbridge on Tuesday "
         "afternoon, two days before the crossing opens to walkers and cyclists again. Photo: Eastvale Gazette",
 copyright="© 2026 Eastvale Gazette")
DE = {
 'site': "Neckarblick Nachrichten", 'title': "Wochenmarkt zieht auf den Kirchplatz", 'author': "Jana Reuter", 'date': "2026-05-09",
 'paras': ["Der Wochenmarkt findet ab Samstag auf dem Kirchplatz statt.",
           "Auf dem alten Platz am Rathaus wird das Pflaster erneuert.",
           "Die Stände öffnen wie gewohnt um sieben Uhr morgens.",
           "Die Stadt rechnet mit der Rückkehr im Herbst."],
 'by': "Von", 'ptime': "vor 2 Stunden", 'show': "Kommentare anzeigen", 'more': "Mehr laden",
 'comments': [("brezel_fan", "Der Kirchplatz ist sowieso viel schöner dafür."),
              ("M. Kessler", "Hoffentlich gibt es dort genug Fahrradständer."),
              ("altstadtkind", "Endlich wird das holprige Pflaster gemacht."),
              ("ute_w", "Bleibt der Käsestand dann an seinem Platz?")],
 'feed': [("Freibad öffnet eine Woche früher", "Wegen des warmen Wetters beginnt die Saison schon am ersten Mai."),
          ("Neue Ampel an der Schulstraße", "Eltern hatten sich seit Jahren für einen sicheren Übergang eingesetzt."),
          ("Stadtbücherei verleiht jetzt Werkzeug", "Bohrmaschinen und Leitern gibt es für zwei Wochen zum Ausleihen."),
          ("Chor sucht junge Stimmen", "Die Proben finden jeden Dienstag im Gemeindehaus am Markt statt."),
          ("Radweg am Fluss wird breiter", "Die Bauarbeiten sollen bis zum Beginn des Sommers fertig sein.")],
 'titles': ["Feuerwehr löscht Brand in einer Scheune bei Lindach", "Rathausuhr nach dem Gewitter stehen geblieben",
            "Jugendmannschaft gewinnt den Kreispokal", "Bauarbeiten in der Hauptstraße früher beendet",
            "Hofladen eröffnet eine zweite Filiale", "Kirchenchor sucht Tenöre für das Frühjahrskonzert"],
 'ages': ["vor 1 Stunde", "vor 2 Stunden", "vor 4 Stunden", "vor 5 Stunden", "vor 7 Stunden"],
 'caption': "Händler bauen am Freitagabend ihre Stände auf dem Kirchplatz auf, während im Hintergrund noch die "
            "Absperrgitter der Baustelle am Rathaus stehen, die bis zum Herbst bleiben sollen. Foto: Neckarblick",
 'copyright': "© 2026 Neckarblick Nachrichten. Alle Rechte vorbehalten.", 'nav': ["Start", "Region", "Sport", "Kultur", "Leserbriefe"],
}
DE2 = dict(DE, site="Talbote", title="Fähre über den Neckar fährt wieder", author="Felix Brandt", date="2026-06-12",
 paras=["Die kleine Fähre zwischen Aldorf und Weiler fährt wieder.",
        "Sie lag seit März wegen eines Motorschadens im Hafen.",
        "Ein neuer Motor wurde in der vergangenen Woche eingebaut.",
        "Die Fahrt kostet weiterhin zwei Euro für Erwachsene."],
 comments=[("weilerin", "Schön, der Umweg über die Brücke war lang."),
           ("kapitän_k", "Zwei Euro ist für die kurze Fahrt mehr als fair."),
           ("rad_rolf", "Dürfen Fahrräder weiterhin kostenlos mit?"),
           ("anna_aldorf", "Endlich wieder schnell zum Bäcker rüber.")],
 copyright="© 2026 Talbote")
ES = {
 'site': "Diario del Valle", 'title': "La biblioteca abrirá también los domingos", 'author': "Lucía Ferrer", 'date': "2026-05-10",
 'paras': ["La biblioteca municipal abrirá los domingos a partir de este mes.",
           "El horario será de diez de la mañana a dos de la tarde.",
           "La sala infantil tendrá cuentacuentos cada quince días.",
           "El ayuntamiento contratará a dos personas más."],
 'by': "Por", 'ptime': "hace 2 horas", 'show': "Ver comentarios", 'more': "Cargar más",
 'comments': [("pepa_lee", "Por fin, entre semana no hay manera de ir."),
              ("jmorales", "¿Se podrá usar también la sala de estudio?"),
              ("vecina23", "Mis hijos estarán encantados con los cuentos."),
              ("tomás_r", "Una buena noticia para todo el barrio.")],
 'feed': [("La piscina cubierta cambia su tejado", "Las obras empiezan en mayo y la piscina cerrará seis semanas."),
          ("Dos paradas nuevas en la calle Mayor", "Los vecinos las pidieron después del cambio de ruta en otoño."),
          ("Voluntarios plantan cuatrocientos árboles", "El grupo quiere terminar el segundo tramo antes del verano."),
          ("El cine proyecta películas mudas con piano", "Las entradas para las tres sesiones salen a la venta el martes."),
          ("Cerrado el carril bici del río", "Un desvío señalizado recorre la avenida hasta final de mes.")],
 'titles': ["Los bomberos apagan un incendio en un pajar", "El reloj del ayuntamiento se para tras la tormenta",
            "El equipo juvenil gana la copa provincial", "Terminan antes las obras de la calle Real",
            "La tienda de la granja abre un segundo local", "El coro busca tenores para el concierto de primavera"],
 'ages': ["hace 1 hora", "hace 2 horas", "hace 4 horas", "hace 5 horas", "hace 7 horas"],
 'caption': "Una vecina elige libros en la sala infantil de la biblioteca municipal el sábado por la tarde, un día "
            "antes de la primera apertura en domingo, que se repetirá cada semana durante todo el año. Foto: Diario del Valle",
 'copyright': "© 2026 Diario del Valle. Todos los derechos reservados.", 'nav': ["Portada", "Local", "Deportes", "Cultura", "Opinión"],
}
ES2 = dict(ES, site="La Voz de la Ribera", title="Cortes de agua en el centro el martes", author="Andrés Vidal", date="2026-06-13",
 paras=["El martes habrá cortes de agua en seis calles del centro.",
        "Los operarios cambiarán una tubería bajo la plaza de abastos.",
        "El suministro volverá a las tres de la tarde como muy tarde.",
        "Se instalarán dos fuentes provisionales en la plaza."],
 comments=[("marisa_c", "Siempre avisan con muy poco tiempo, la verdad."),
           ("el_fontanero", "Esa tubería tiene más de cincuenta años."),
           ("lola.g", "¿Afecta también a la calle del Carmen?"),
           ("javi_r", "Menos mal que ponen las fuentes en la plaza.")],
 copyright="© 2026 La Voz de la Ribera")

ICON = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M4 4h16v12H7l-3 3z"/></svg>'

def doc(lang, d, url, body):
    j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": d['title'], "datePublished": d['date'] + "T09:15:00+00:00",
         "author": [{"@type": "Person", "name": d['author']}], "publisher": {"@type": "Organization", "name": d['site']}}
    head = f'<meta property="og:title" content="{E(d["title"])}"><meta property="og:type" content="article"><meta property="og:site_name" content="{E(d["site"])}">'
    head += f'<link rel="canonical" href="{url}"><script type="application/ld+json">{json.dumps(j, ensure_ascii=False)}</script>'
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{E(d['title'])} - {E(d['site'])}</title>{head}</head>{body}</html>"""

def save(pid, lang, d, body):
    url = f"https://{pid}.example/{d['date'].replace('-', '/')}/{pid}"
    # mtime=0: the same page gives the same bytes at every run.
    with gzip.GzipFile(f"{OUT}/html/{pid}.html.gz", "wb", mtime=0) as f:
        f.write(doc(lang, d, url, body).encode("utf-8"))
    PAGES[pid] = {"url": url, "articleBody": "\n\n".join(d['paras']), "title": d['title'], "author": d['author'],
                  "published": d['date'], "page_type": "article"}

def top(d):
    return f"""<header class="site"><a class="logo" href="/">{E(d['site'])}</a><nav>{''.join(f'<a href="/s{i}">{E(x)}</a> ' for i, x in enumerate(d['nav']))}</nav></header>"""

def bottom(d):
    return f"""<footer><p>{E(d['copyright'])}</p></footer>"""

def head(d):
    return f"""<h1>{E(d['title'])}</h1><div class="byline">{E(d['by'])} {E(d['author'])} · {E(d['ptime'])}</div>"""

def t_bare(lang, d, pid):
    """No header anywhere below the story: the brief's <p>s in a div, then the readers' comments (a name and a text,
    no time) in a div of bare divs, then a list of undated linked titles, all in the story's column."""
    body = f"""<body>{top(d)}<div class="page"><div class="col">{head(d)}
<div class="copy">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<div class="rx">{''.join(f'<div class="rx-i"><b>{E(u)}</b><p>{E(x)}</p></div>' for u, x in d['comments'])}</div>
<div class="lx"><ul>{''.join(f'<li><a href="/n{i}">{E(t)}</a></li>' for i, t in enumerate(d['titles']))}</ul></div>
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_icon(lang, d, pid):
    """The comments' header is only an icon and a count ("4"), the thread ends in a "load more" button; the teaser
    feed (linked title, excerpt as long as a paragraph, no date) sits under an icon of its own."""
    body = f"""<body>{top(d)}<main><div class="story">{head(d)}
<div class="story-text">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div></div>
<div class="c-box"><div class="c-hd">{ICON}<span>{len(d['comments'])}</span></div>
{''.join(f'<div class="c-it"><div class="c-u">{E(u)}</div><p>{E(x)}</p></div>' for u, x in d['comments'])}<button type="button">{E(d['more'])}</button></div>
<div class="f-box"><div class="f-hd">{ICON}</div>{''.join(f'<div class="f-it"><a href="/n{i}"><h3>{E(t)}</h3></a><p>{E(s)}</p></div>' for i, (t, s) in enumerate(d['feed']))}</div>
</main>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_button(lang, d, pid):
    """The comments sit under a button that toggles them ("Show comments", a count in a badge), each a name and a
    text; then undated teasers (linked title, excerpt) with no header, all siblings of the story's text."""
    body = f"""<body>{top(d)}<div class="wrap"><div class="main">{head(d)}
<div class="entry">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<button class="toggle" type="button">{E(d['show'])} <span class="badge">{len(d['comments'])}</span></button>
<div class="drawer">{''.join(f'<div class="note"><strong>{E(u)}</strong> <p>{E(x)}</p></div>' for u, x in d['comments'])}</div>
{''.join(f'<div class="tile"><a href="/n{i}">{E(t)}</a><p>{E(s)}</p></div>' for i, (t, s) in enumerate(d['feed']))}
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_row(lang, d, pid, dated):
    """The story box is one of a row of like boxes: the brief and the feed's cards share one class (and markup),
    the cards a linked title over an excerpt as long as a paragraph (and a time when `dated`)."""
    age = (lambda i: f'<span class="t">{E(d["ages"][i])}</span>') if dated else (lambda i: "")
    body = f"""<body>{top(d)}<div class="grid"><div class="card"><h1>{E(d['title'])}</h1><span class="t">{E(d['by'])} {E(d['author'])}</span>
{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
{''.join(f'<div class="card"><h2><a href="/n{i}">{E(t)}</a></h2>{age(i)}<p>{E(s)}</p></div>' for i, (t, s) in enumerate(d['feed']))}
</div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_articles(lang, d, pid):
    """The brief in an <article>, beside sibling <article> teasers (linked title, excerpt, no date) in one <main>,
    then undated comments under no header."""
    body = f"""<body>{top(d)}<main class="m"><article class="post"><header>{head(d)}</header>
<div class="post-body">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div></article>
{''.join(f'<article class="post"><h2><a href="/n{i}">{E(t)}</a></h2><p>{E(s)}</p></article>' for i, (t, s) in enumerate(d['feed']))}
<div class="cm">{''.join(f'<div class="cm-i"><div>{E(u)}</div><div>{E(x)}</div></div>' for u, x in d['comments'])}</div>
</main>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_divs(lang, d, pid):
    """Every text in <div>s: the brief's paragraphs are divs in a div, the comments a name div over a text div, the
    teasers a linked title div over an excerpt div; no headers, no dates."""
    body = f"""<body>{top(d)}<div class="page"><div class="col">{head(d)}
<div class="txt">{''.join(f'<div>{E(x)}</div>' for x in d['paras'])}</div>
<div class="rx">{''.join(f'<div class="rx-i"><div class="rx-u">{E(u)}</div><div>{E(x)}</div></div>' for u, x in d['comments'])}</div>
<div class="tx">{''.join(f'<div class="tx-i"><div><a href="/n{i}">{E(t)}</a></div><div>{E(s)}</div></div>' for i, (t, s) in enumerate(d['feed']))}</div>
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_caption(lang, d, pid):
    """A photo whose caption is longer than any paragraph above the brief, then the teaser list of undated linked
    titles under no header, in the story's column."""
    body = f"""<body>{top(d)}<div class="page"><div class="col">{head(d)}
<figure><img src="/img/{pid}.jpg" alt=""><figcaption>{E(d['caption'])}</figcaption></figure>
<div class="copy">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<ul class="lx">{''.join(f'<li><a href="/n{i}">{E(t)}</a></li>' for i, t in enumerate(d['titles']))}</ul>
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_photo(lang, d, pid):
    """A photo box (no <figure>) whose caption, a div under the image, is longer than the brief's paragraphs, set
    inside the story's text div; then undated comments (name, text) under no header in the same column."""
    body = f"""<body>{top(d)}<div class="page"><div class="col">{head(d)}
<div class="copy"><div class="photo"><img src="/img/{pid}.jpg" alt=""><div class="photo-cap">{E(d['caption'])}</div></div>
{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<div class="rx">{''.join(f'<div class="rx-i"><span>{E(u)}</span><p>{E(x)}</p></div>' for u, x in d['comments'])}</div>
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_threaded(lang, d, pid):
    """Undated comments under no header whose replies nest in them (the first comment holds the second, in the
    same markup), each with a "reply" link; the brief's <p>s in a div beside them."""
    def cm(u, x, inner=""):
        return f'<div class="cm"><span class="cm-u">{E(u)}</span><p>{E(x)}</p><a href="#reply">&#8617;</a>{inner}</div>'
    c = d['comments']
    thread = cm(*c[0], cm(*c[1])) + "".join(cm(u, x) for u, x in c[2:])
    body = f"""<body>{top(d)}<div class="page"><div class="col">{head(d)}
<div class="copy">{''.join(f'<p>{E(x)}</p>' for x in d['paras'])}</div>
<div class="cms">{thread}</div>
</div></div>{bottom(d)}</body>"""
    save(pid, lang, d, body)

def t_hashed(lang, d, pid):
    """App page with hashed class names: the brief's paragraphs in one div, then undated comments (user, text) and
    undated teaser cards (linked title, excerpt) as siblings in its column, with no header."""
    n = iter(range(10000))
    def h():
        return "k" + format((next(n) + 7) * 69621 % 999979, 'x')
    roles = {}
    def r(role):
        return roles.setdefault(role, h())
    body = f"""<body><div id="root"><div class="{h()}"><div class="{h()}"><a class="{h()}" href="/">{E(d['site'])}</a>{''.join(f'<a class="{r("nav")}" href="/s{i}">{E(x)}</a>' for i, x in enumerate(d['nav']))}</div>
<div class="{h()}"><h1 class="{h()}">{E(d['title'])}</h1><div class="{h()}"><span>{E(d['by'])} {E(d['author'])}</span> <span>{E(d['ptime'])}</span></div>
<div class="{h()}">{''.join(f'<p class="{r("para")}">{E(x)}</p>' for x in d['paras'])}</div>
<div class="{h()}">{''.join(f'<div class="{r("cmt")}"><span class="{r("cmtu")}">{E(u)}</span><p class="{r("cmtp")}">{E(x)}</p></div>' for u, x in d['comments'])}</div>
<div class="{h()}">{''.join(f'<div class="{r("card")}"><a class="{r("carda")}" href="/n{i}">{E(t)}</a><p class="{r("cardp")}">{E(s)}</p></div>' for i, (t, s) in enumerate(d['feed']))}</div></div>
<div class="{h()}"><p>{E(d['copyright'])}</p></div></div></div></body>"""
    save(pid, lang, d, body)

for pid, lang, d, t in [
        ("en-bare", "en", EN, t_bare), ("en-icon", "en", EN2, t_icon), ("en-button", "en", EN, t_button),
        ("en-row-dated", "en", EN2, lambda l, d, p: t_row(l, d, p, True)), ("en-row", "en", EN, lambda l, d, p: t_row(l, d, p, False)),
        ("en-articles", "en", EN2, t_articles), ("en-divs", "en", EN, t_divs), ("en-caption", "en", EN2, t_caption),
        ("en-hashed", "en", EN2, t_hashed),
        ("de-bare", "de", DE2, t_bare), ("de-row", "de", DE, lambda l, d, p: t_row(l, d, p, False)), ("de-divs", "de", DE2, t_divs),
        ("de-hashed", "de", DE, t_hashed), ("de-caption", "de", DE, t_caption),
        ("es-icon", "es", ES, t_icon), ("es-articles", "es", ES2, t_articles), ("es-caption", "es", ES, t_caption),
        ("es-hashed", "es", ES2, t_hashed), ("es-button", "es", ES2, t_button),
        ("en-photo", "en", EN, t_photo), ("de-photo", "de", DE2, t_photo), ("es-photo", "es", ES, t_photo),
        ("en-threaded", "en", EN2, t_threaded), ("de-threaded", "de", DE, t_threaded)]:
    t(lang, d, pid)
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
