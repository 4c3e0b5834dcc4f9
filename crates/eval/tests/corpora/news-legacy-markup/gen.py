#!/usr/bin/env python3
"""Invented news pages in older and plainer markup (all text invented): table layouts with nav and
ad cells, <font>/<b>/<center> headlines with no <h1>, paragraphs split only by <br><br> or set in
<span>/<div> without <p>, bylines in capitals, plain-text dates, datelines, printer-friendly and
paginated stories, wire press releases, reader comments in tables, spacer gifs and marquees, and
pages in ISO-8859-1 / windows-1252 declared only by <meta http-equiv>.
Writes html/<id>.html.gz + ground-truth.json next to this script."""
import gzip, json, os, random, html as H
E = H.escape
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT + '/html', exist_ok=True)

WHO = ["The Tolliver County commissioners", "Sheriff Dwayne Okafor", "Members of the Pell Creek school board", "The state highway department",
       "Residents along Quarry Road", "City Manager Loretta Baines", "A spokeswoman for Ridgeline Power", "Volunteers at the Grange Street shelter",
       "The hospital's board of trustees", "Officials with the county extension office", "Two longtime council members", "The fire marshal",
       "Owners of several downtown shops", "Parents at Hollis Middle School", "The regional airport authority", "Investigators with the state police",
       "Dr. Nadine Frey, the county health officer,", "Farmers in the northern townships", "The teachers' union", "Planning staff"]
SAY = ["said Monday that", "said in a statement Tuesday that", "told the board that", "confirmed Wednesday that", "warned last month that",
       "said during a public hearing that", "estimated that", "maintained that", "said in a telephone interview that", "wrote in a memo that"]
WHAT = ["the levy would raise about ${n} million over five years", "repairs to the bridge deck could take until {m}",
        "the water tower had not been repainted since {y}", "enrollment had fallen for the {o} straight year",
        "{n} families had applied for heating assistance since the fall", "the old mill site would need a second environmental survey",
        "the snow removal budget was already overspent by {n} percent", "the clinic would open on Saturdays beginning in {m}",
        "no decision on the contract would be made before {m}", "the new siren system had failed twice during tests",
        "ridership on the county bus had grown by {n} percent", "the grant could be spent only on equipment, not salaries",
        "nobody was injured when the roof of the feed store collapsed", "the fair drew about {n} thousand people over four days",
        "the district would cut {n} positions if the levy failed", "property assessments had climbed faster than incomes since {y}",
        "the landfill would reach capacity within {n} years", "the detour on Route 9 would stay in place through {m}"]
MORE = ["The measure goes to voters in May.", "Not everyone at the meeting agreed.", "A final vote is set for next month.",
        "The board took no action Monday night.", "It was not clear where the money would come from.",
        "Several residents said they learned of the plan only from the newspaper.", "The company did not return calls seeking comment.",
        "Supporters called the plan long overdue.", "Similar proposals failed in {y} and again two years later.",
        "He would not say whether layoffs were possible.", "Records show the problem was first reported in {y}.",
        "The meeting room was full half an hour before it began.", "The firm has until {m} to appeal.",
        "Nobody from the state agency attended."]
QUO = ["\"We have been patching the same road every spring for as long as I can remember,\" said {p}.",
       "\"It feels like nobody in the capital ever drives out this far,\" said {p}, who has farmed near town for {n} years.",
       "\"I have not seen a winter this hard in my whole working life,\" {p} said outside the shuttered hardware store.",
       "\"The numbers leave us no choice but to act this year,\" {p} told commissioners."]
PEOPLE = ["Earl Vanterpool", "Marjorie Quist", "Ramon Echevarria", "Bettina Schall", "Curtis Longbow", "Hyacinth Moore", "Walt Drzewiecki", "Inez Tabor"]
MONTHS = ["January", "March", "April", "June", "August", "October", "December"]
ORD = ["third", "fourth", "fifth", "sixth"]


def fill(s, r):
    return s.format(n=r.randint(3, 95), y=r.randint(1984, 2006), m=r.choice(MONTHS), o=r.choice(ORD), p=r.choice(PEOPLE))


def sent(r):
    c = r.random()
    if c < 0.55:
        return fill(f"{r.choice(WHO)} {r.choice(SAY)} {r.choice(WHAT)}.", r)
    if c < 0.75:
        return fill(r.choice(QUO), r)
    return fill(r.choice(MORE), r)


def para(r, k=None):
    return " ".join(sent(r) for _ in range(k or r.randint(2, 3)))


def paras(r, n, k=None):
    return [para(r, k) for _ in range(n)]


def headline_links(r, n, prefix="/news/"):
    out = []
    for _ in range(n):
        t = fill(f"{r.choice(WHO)} {r.choice(SAY)} {r.choice(WHAT)}", r)
        t = t.split(" that ", 1)[-1]
        t = t[0].upper() + t[1:]
        out.append((f"{prefix}{r.randint(10000, 99999)}.html", t[:70]))
    return out


PAGES = {}


def page(pid, url, doc, truth_paras, title, author=None, published=None, kind="article", encoding="utf-8"):
    data = doc.encode(encoding)
    with gzip.open(f"{OUT}/html/{pid}.html.gz", "wb") as f:
        f.write(data)
    t = {"url": url, "articleBody": "\n\n".join(truth_paras), "title": title}
    if author:
        t["author"] = author
    if published:
        t["published"] = published
    t["page_type"] = kind
    PAGES[pid] = t


def head(title, charset="iso-8859-1", extra=""):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<meta name="keywords" content="news, local news, weather, sports, classifieds, obituaries">
<script language="JavaScript" src="/js/rollover.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(u,n,f){{window.open(u,n,f);}}
//-->
</script>
{extra}
</head>
"""


def banner(site, date_bar):
    return f"""<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td width="468"><a href="/"><img src="/images/masthead.gif" alt="{site}" width="468" height="60" border="0"></a></td>
<td align="right" valign="bottom"><font face="Verdana, Arial" size="1">{date_bar}<br>
<a href="/subscribe.html">Subscribe</a> | <a href="/contact.html">Contact Us</a> | <a href="/advertise.html">Advertise</a></font></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;
<a href="/news/"><font color="#FFFFFF">News</font></a> | <a href="/sports/"><font color="#FFFFFF">Sports</font></a> |
<a href="/business/"><font color="#FFFFFF">Business</font></a> | <a href="/opinion/"><font color="#FFFFFF">Opinion</font></a> |
<a href="/obits/"><font color="#FFFFFF">Obituaries</font></a> | <a href="/classifieds/"><font color="#FFFFFF">Classifieds</font></a> |
<a href="/weather/"><font color="#FFFFFF">Weather</font></a></font></td></tr>
</table>
"""


def left_nav(extra=""):
    return f"""<td width="140" valign="top" bgcolor="#E8E8E8"><font face="Verdana, Arial" size="1">
<b>NEWS</b><br>
<a href="/news/local/">Local News</a><br>
<a href="/news/state/">State</a><br>
<a href="/news/nation/">Nation/World</a><br>
<a href="/news/schools/">Schools</a><br>
<a href="/news/police/">Police &amp; Courts</a><br>
<br><b>SPORTS</b><br>
<a href="/sports/prep/">High School</a><br>
<a href="/sports/college/">College</a><br>
<br><b>FEATURES</b><br>
<a href="/features/food/">Food</a><br>
<a href="/features/religion/">Religion</a><br>
<a href="/features/weddings/">Weddings</a><br>
<br><b>SERVICES</b><br>
<a href="/services/subscribe.html">Home Delivery</a><br>
<a href="/services/archives.html">Archives</a><br>
<a href="/services/photos.html">Photo Reprints</a><br>
{extra}
<br><form action="/search.cgi" method="get"><input type="text" name="q" size="12"><br><input type="submit" value="Search"></form>
</font></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
"""


def right_ads(r, title="Most Read"):
    items = "".join(f'<a href="{u}">{E(t)}</a><br><br>\n' for u, t in headline_links(r, 4))
    return f"""<td width="10"><img src="/images/spacer.gif" width="10" height="1" alt=""></td>
<td width="160" valign="top"><font face="Verdana, Arial" size="1" color="#999999">ADVERTISEMENT</font><br>
<a href="/adclick.cgi?id={r.randint(100, 999)}"><img src="/ads/skyscraper_{r.randint(1, 9)}.gif" width="160" height="600" border="0" alt="Click here"></a><br><br>
<table width="160" border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC"><tr><td bgcolor="#CCCCCC"><font face="Arial" size="2"><b>{title}</b></font></td></tr>
<tr><td><font face="Arial" size="1">{items}</font></td></tr></table>
</td>
"""


def footer(site, year):
    return f"""<table width="760" align="center"><tr><td><hr noshade size="1">
<center><font face="Verdana, Arial" size="1">
<a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/classifieds/">Classifieds</a> | <a href="/contact.html">Contact Us</a> | <a href="/privacy.html">Privacy Policy</a><br>
Copyright &copy; {year} {site}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
</font></center></td></tr></table>
"""


def three_col(left, middle, right):
    return f"""<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr>
{left}<td valign="top">{middle}</td>
{right}</tr></table>
"""


def font_paras(ps, face="Arial", size="2"):
    """A story whose paragraphs are separated only by <br><br> inside one <font>."""
    return f'<font face="{face}" size="{size}">' + "\n<br><br>\n".join(E(p) for p in ps) + "</font>"


def open_p(ps):
    """Old HTML: every paragraph opened with <p> and never closed."""
    return "\n".join("<p>" + E(p) for p in ps)


# ---------------------------------------------------------------------------------------------
def build():
    r = random.Random(1999)

    # l01: three-column table, <font><b> headline, byline in capitals with a role, "Posted:" date,
    # paragraphs split only by <br><br>.
    site = "The Tolliver Courier"
    title = "County weighs new jail as inmate count climbs"
    ps = ["TOLLIVER — The Tolliver County jail held 212 inmates on Sunday night, nearly 60 more than it was built for, and commissioners say they can no longer put off a decision on whether to build a new one.",
          ] + paras(r, 5) + ["Commissioners will take up the question again at their March 24 meeting, which begins at 7 p.m. in the courthouse annex."]
    mid = f"""<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><b>By DALE HUTCHENS / Staff Writer</b></font><br>
<font face="Arial" size="1" color="#666666">Posted: 03/12/2009 10:32 AM EST</font><br><br>
{font_paras(ps)}
<br><br><font face="Arial" size="1"><a href="javascript:window.print()">Print this story</a> | <a href="/cgi-bin/email.cgi?id=4410">Email this story</a></font>
"""
    doc = head(f"{site} - {title}") + '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n' + banner(site, "Thursday, March 12, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l01", "http://www.tollivercourier.com/news/local/story/4410.html", doc, ps, title, "Dale Hutchens", "2009-03-12")

    # l02: nested tables, story in <td id="story">, <center><b> headline, "NAME, The Tribune" byline,
    # "Published Tuesday, March 10, 2009", unclosed <p>.
    site = "Fenwick Valley Tribune"
    title = "Flood buyout offers reach 40 homes on Millrace Street"
    ps = ["Forty homeowners along Millrace Street received letters this week offering to buy their houses at pre-flood prices, the first step in a federal program meant to clear the low ground beside the Fenwick River for good."] + paras(r, 6)
    mid = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td id="story" valign="top">
<center><b><font size="5" face="Times New Roman">{E(title)}</font></b></center>
<br><font size="2"><b>SUSAN ABERNATHY, The Tribune</b><br>
Published Tuesday, March 10, 2009</font>
<font size="3" face="Times New Roman">
{open_p(ps)}
</font>
</td></tr></table>
</td></tr></table>
"""
    doc = head(f"Fenwick Valley Tribune :: {title}") + '<body bgcolor="#FFFFFF">\n' + banner(site, "Tuesday, March 10, 2009") + three_col(left_nav(), mid, right_ads(r, "Top Stories")) + footer(site, 2009) + "</body></html>"
    page("l02", "http://www.fvtribune.com/articles/2009/03/10/news/local/doc49b6.txt", doc, ps, title, "Susan Abernathy", "2009-03-10")

    # l03: AP wire story on a small paper, dateline lead, "By NAME\nAssociated Press Writer",
    # "Last updated 10:32 a.m., Tuesday", date only in the URL.
    site = "The Harmon Daily Star"
    title = "Statehouse panel backs higher fee for hunting licenses"
    ps = ["SPRINGFIELD, Ill. (AP) — A House committee voted 9-4 on Monday to raise the price of a resident hunting license for the first time in 14 years, sending the bill to the full chamber with little debate.",
          ] + paras(r, 4) + ["The bill is HB 2213."]
    mid = f"""<br><font face="Georgia, Times" size="5"><b>{E(title)}</b></font><br><br>
<font face="Arial" size="2">By GRETCHEN MALLORY<br>Associated Press Writer</font><br>
<font face="Arial" size="1">Last updated 10:32 a.m., Tuesday</font><br>
<hr size="1" noshade>
<font face="Georgia, Times" size="3">{"<br><br>".join(E(p) for p in ps)}</font>
<br><br><font size="1">Copyright 2009 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</font>
"""
    doc = head(f"{title} - {site}") + "<body>\n" + banner(site, "Tuesday, March 10, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l03", "http://www.harmonstar.com/2009/03/10/state/ap-hunting-fee.html", doc, ps, title, "Gretchen Mallory", "2009-03-10")

    # l04: paragraphs in <span class="txt"> between <br><br>, <div id="txt">, no <p>; "Updated:" date.
    site = "Ashgrove Herald-Dispatch"
    title = "Library trustees vote to keep branch open through summer"
    ps = ["The Ashgrove Public Library's east branch will stay open at least until Labor Day after trustees voted 5-2 Thursday night to dip into reserves rather than close it in April."] + paras(r, 5)
    spans = "<br><br>\n".join(f'<span class="txt">{E(p)}</span>' for p in ps)
    mid = f"""<div id="hdln"><font face="Verdana" size="4" color="#990000"><b>{E(title)}</b></font></div>
<div id="bylne"><font face="Verdana" size="1">By MONICA TREMBLAY, Herald-Dispatch Staff Writer<br>Friday, February 27, 2009 12:05 AM EST</font></div>
<br>
<div id="txt">{spans}</div>
<br><div align="right"><font size="1"><a href="#top">Back to top</a></font></div>
"""
    doc = head(f"Ashgrove Herald-Dispatch | {title}") + "<body>\n" + banner(site, "Friday, February 27, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l04", "http://www.ashgroveherald.com/news/local/x1283746201/Library-trustees-vote-to-keep-branch-open", doc, ps, title, "Monica Tremblay", "2009-02-27")

    # l05: printer-friendly version.
    site = "The Daily Sentinel"
    title = "Rail spur plan draws crowd to Kessler Township hall"
    ps = ["More than 150 people squeezed into the Kessler Township hall Wednesday to hear a proposal for a rail spur that would link the Ardent Grain elevator to the main line south of town."] + paras(r, 6)
    doc = head(f"{site}: Printer Friendly Version") + f"""<body bgcolor="#FFFFFF" onload="window.print()">
<table width="600" border="0" cellpadding="5"><tr><td>
<img src="/images/logo_print.gif" alt="{site}" width="300" height="50"><br>
<font face="Arial" size="1"><a href="javascript:window.close()">Close Window</a> | <a href="javascript:window.print()">Print This Page</a></font>
<hr size="1">
<font face="Arial" size="4"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">By ROBERT LINDQVIST<br>Sentinel Staff Writer</font><br>
<font face="Arial" size="2">November 20, 2008</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
<hr size="1">
<font face="Arial" size="1">Copyright &copy; 2008 The Daily Sentinel. All rights reserved.<br>
URL: http://www.dailysentinel-ks.com/news/stories/112008/loc_rail.shtml</font>
</td></tr></table>
</body></html>"""
    page("l05", "http://www.dailysentinel-ks.com/printer_friendly/4412987", doc, ps, title, "Robert Lindqvist", "2008-11-20")

    # l06: story split over pages, "Page 1 2 3 Next" links.
    site = "Corbin Falls Gazette"
    title = "Inside the long fight over the Corbin Falls dam"
    ps = ["For most of a century, the Corbin Falls dam has been the first thing visitors see when they come down the hill on Route 12: a gray concrete wall, 40 feet high, with the river sliding over its lip in a smooth sheet."] + paras(r, 6)
    mid = f"""<table width="100%" cellpadding="6"><tr><td>
<font face="Arial" size="1"><a href="/news/">News</a> &gt; <a href="/news/local/">Local</a></font><br>
<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><i>Residents, anglers and the power company have argued for 20 years. Now the state may decide.</i></font><br>
<font face="Arial" size="2">BY KATHLEEN O'ROURKE<br>GAZETTE STAFF WRITER</font><br>
<font face="Arial" size="1">Sunday, October 5, 2008</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
<br><br><center><font face="Arial" size="2"><b>Page 1</b> <a href="/news/local/story/8831.html?page=2">2</a> <a href="/news/local/story/8831.html?page=3">3</a> <a href="/news/local/story/8831.html?page=2">Next &raquo;</a></font></center>
</td></tr></table>
"""
    doc = head(f"{title} | {site}") + "<body>\n" + banner(site, "Sunday, October 5, 2008") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2008) + "</body></html>"
    truth = ["Residents, anglers and the power company have argued for 20 years. Now the state may decide."] + ps
    page("l06", "http://www.corbinfallsgazette.com/news/local/story/8831.html", doc, truth, title, "Kathleen O'Rourke", "2008-10-05")

    # l07: "Related links:" list and "Email this story | Print" lines, date "Mar 3, 2009".
    site = "Lowell Bend Examiner"
    title = "Grain elevator fire smolders for third day"
    ps = ["Crews from four fire departments were still pouring water on the Lowell Bend Cooperative elevator Thursday, three days after a fire broke out in a conveyor housing and spread into two of the bins."] + paras(r, 5)
    rel = "".join(f'<li><a href="{u}">{E(t)}</a></li>' for u, t in headline_links(r, 3))
    mid = f"""<font face="Verdana" size="4"><b>{E(title)}</b></font><br>
<font face="Verdana" size="1">By PETE ARCHULETA<br>Examiner Staff<br>Mar 5, 2009</font>
{"".join(f'<p><font face="Verdana" size="2">{E(p)}</font></p>' for p in ps)}
<font face="Verdana" size="1"><a href="/email.php?a=2291">Email this story</a> | <a href="/print.php?a=2291">Print</a> | <a href="/mostemailed.php">Most emailed</a></font>
<p><font face="Verdana" size="2"><b>Related links:</b></font></p>
<ul>{rel}</ul>
"""
    doc = head(f"{site} - {title}") + "<body>\n" + banner(site, "Thursday, March 5, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l07", "http://www.lowellbendexaminer.com/main.asp?SectionID=1&SubSectionID=1&ArticleID=2291", doc, ps, title, "Pete Archuleta", "2009-03-05")

    # l08: photo table with caption and credit inside the story cell.
    site = "The Carrick Observer"
    title = "Ninety years of Main Street: Hadley's Hardware closes its doors"
    ps = ["When Gus Hadley's grandfather opened the store in 1919, Main Street still had hitching posts, and nails were sold by the pound out of wooden kegs."] + paras(r, 3) + paras(r, 3)
    photo = """<table align="right" width="250" border="0" cellpadding="4" cellspacing="0"><tr><td><img src="/photos/2009/0314hadley.jpg" width="240" height="180" alt=""></td></tr>
<tr><td bgcolor="#EEEEEE"><font face="Arial" size="1">Gus Hadley stands behind the counter his grandfather built, on the store's last day of business Saturday.<br><i>Photo by Lena Marsh / The Observer</i></font></td></tr></table>"""
    mid = f"""<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><b>By TOM WESTERGAARD, Observer Staff Writer</b></font><br>
<font face="Arial" size="1">Published: Saturday, March 14, 2009 11:45 PM CDT</font><br><br>
{photo}
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
"""
    doc = head(f"The Carrick Observer: {title}") + "<body>\n" + banner(site, "Sunday, March 15, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l08", "http://www.carrickobserver.com/articles/2009/03/15/news/doc49bc12.txt", doc, ps, title, "Tom Westergaard", "2009-03-14")

    # l09: regional paper, classifieds and obituaries teaser boxes beside and below.
    site = "Prairie County Record"
    title = "Wind farm lease payments begin to reach landowners"
    ps = ["The first checks from the Sandhill Ridge wind farm arrived in Prairie County mailboxes last week, and for some landowners they are larger than a year's wheat income."] + paras(r, 5)
    obits = "".join(f'<a href="/obits/{r.randint(100, 999)}.html">{n}</a>, {a}<br>\n' for n, a in [("Harold E. Schuster", 84), ("Dolores M. Pike", 91), ("Vernon \"Bud\" Aldrich", 77), ("Lorraine Kettering", 68)])
    classifieds = """<b>CLASSIFIEDS</b><br><font size="1">FOR SALE: 1998 John Deere 7810, 6,200 hrs, $48,500. Call 555-0193.<br><br>
HELP WANTED: Part-time bookkeeper, Record office. Apply in person.<br><br>
RUMMAGE SALE: St. Olaf's Lutheran, Sat. 8-noon.<br><br><a href="/classifieds/">More classifieds &raquo;</a></font>"""
    right = f"""<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td>
<td width="170" valign="top"><table width="170" border="1" cellpadding="4" cellspacing="0"><tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>OBITUARIES</b></font><br><font face="Arial" size="1">{obits}<a href="/obits/">All obituaries &raquo;</a></font></td></tr></table><br>
<table width="170" border="1" cellpadding="4" cellspacing="0"><tr><td><font face="Arial" size="2">{classifieds}</font></td></tr></table></td>
"""
    mid = f"""<font face="Arial" size="5" color="#000066"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">By NORMA JEAN KILGORE<br>Record Editor</font><br>
<font face="Arial" size="1">Wednesday, April 8, 2009</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font><br><br>
<table width="100%" border="0" cellpadding="4"><tr><td bgcolor="#EEEEEE" width="50%" valign="top"><font face="Arial" size="1"><b>THIS WEEK IN THE RECORD</b><br>
Lady Hawks advance to sub-state<br>Extension meeting on soil testing set<br>Courthouse lawn to get new trees</font></td>
<td bgcolor="#EEEEEE" valign="top"><font face="Arial" size="1"><b>SUBSCRIBE TODAY</b><br>Get the Record delivered every Wednesday for just $32 a year in Prairie County. <a href="/subscribe.html">Click here</a></font></td></tr></table>
"""
    doc = head(f"Prairie County Record - {title}") + "<body>\n" + banner(site, "Wednesday, April 8, 2009") + three_col(left_nav(), mid, right) + footer(site, 2009) + "</body></html>"
    page("l09", "http://www.prairiecountyrecord.com/news/2009/0408/front_page/003.html", doc, ps, title, "Norma Jean Kilgore", "2009-04-08")

    # l10: press release on a wire service; About and media contact after the release text stay out.
    title = "Corvane Systems Opens Regional Service Center in Tolliver County"
    ps = ["TOLLIVER, Ind., April 22, 2008 /Heartland NewsWire/ -- Corvane Systems Inc., a maker of controls for grain dryers and storage bins, today announced the opening of a 30,000-square-foot service and parts center in the Tolliver County Industrial Park. The center will employ 45 people by the end of the year.",
          "The new center will stock replacement parts for all current Corvane dryer controls and will serve as the base for the company's field technicians in Indiana, Ohio and southern Michigan. Same-day parts shipping will be available to customers within 200 miles.",
          "\"Our customers told us that harvest doesn't wait for a part to come from across the country,\" said Lyle Bergstrom, president and chief executive officer of Corvane Systems. \"Putting people and parts in Tolliver County means a farmer with a broken controller in October can be drying corn again the same afternoon.\"",
          "The company said it chose Tolliver County for its location near two interstate highways and for the training programs offered through Tolliver Community College, which will run a technician certificate course at the center beginning this fall.",
          "A public open house will be held at the center, 1400 Commerce Drive, on Saturday, May 10, from 10 a.m. to 2 p.m."]
    about = ["About Corvane Systems Inc.", "Founded in 1981 and based in Marlow, Neb., Corvane Systems designs and builds electronic controls for grain drying and storage equipment. Its products are sold through more than 300 dealers in North America. For more information, visit www.corvane.example.",
             "Media Contact:", "Janine Ortiz", "Corvane Systems Inc.", "402-555-0142", "press@corvane.example"]
    doc = head(f"Corvane Systems Opens Regional Service Center in Tolliver County -- Heartland NewsWire", "iso-8859-1") + f"""<body>
<table width="770" border="0" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/img/hnw_logo.gif" alt="Heartland NewsWire" border="0"></a></td>
<td align="right"><font face="Arial" size="1"><a href="/news/">News Releases</a> | <a href="/send/">Send a Release</a> | <a href="/members/login.asp">Member Login</a></font></td></tr></table>
<table width="770" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="150" valign="top" bgcolor="#F0F0F0"><font face="Arial" size="1"><b>Browse News Releases</b><br><a href="/news/agriculture/">Agriculture</a><br><a href="/news/automotive/">Automotive</a><br><a href="/news/energy/">Energy</a><br><a href="/news/health/">Health</a><br><a href="/news/technology/">Technology</a><br><br><b>Browse by State</b><br><a href="/state/IN/">Indiana</a><br><a href="/state/NE/">Nebraska</a><br><a href="/state/OH/">Ohio</a></font></td>
<td width="15"><img src="/img/spacer.gif" width="15" height="1"></td>
<td valign="top"><font face="Arial" size="4"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><i>New center will employ 45 and offer same-day parts shipping to farmers in three states</i></font><br><br>
<font face="Arial" size="2">
{"<br><br>".join(E(p) for p in ps)}
<br><br><b>{E(about[0])}</b><br>{E(about[1])}
<br><br>{E(about[2])}<br>{E(about[3])}<br>{E(about[4])}<br>{E(about[5])}<br><a href="mailto:{about[6]}">{about[6]}</a>
<br><br>SOURCE Corvane Systems Inc.
<br><br><center>###</center>
</font><br>
<font face="Arial" size="1">Released: 04/22/2008 08:00 AM Eastern<br>Source: Corvane Systems Inc.<br>Industry: Agriculture, Manufacturing</font><br><br>
<font face="Arial" size="1"><a href="/news/email.asp?id=77120">E-mail this release</a> | <a href="/news/print.asp?id=77120">Printer-friendly version</a> | <a href="/rss/">RSS</a></font>
</td></tr></table>
<center><font face="Arial" size="1">&copy; 1998-2008 Heartland NewsWire. All rights reserved. Heartland NewsWire is not responsible for the content of news releases.</font></center>
</body></html>"""
    truth = ["New center will employ 45 and offer same-day parts shipping to farmers in three states"] + ps
    page("l10", "http://www.heartlandnewswire.com/news/release.asp?id=77120", doc, truth, title, "Corvane Systems Inc.", "2008-04-22")

    # l11: reader comments in a table below the story.
    site = "The Westbury Clarion"
    title = "Council splits on plan to ban trucks from Front Street"
    ps = ["A proposal to keep semi-trailers off Front Street divided the Westbury City Council on Monday, with four members saying the downtown can no longer handle the traffic and three warning that businesses on the street depend on deliveries."] + paras(r, 5)
    comments = [("bigdog77", "3/17/2009 7:14 PM", "About time. You can't cross Front Street at 5 o'clock without taking your life in your hands."),
                ("westbury_native", "3/17/2009 8:02 PM", "And where are the trucks supposed to go? Past the grade school on Elm? Think it through, people."),
                ("Concerned Taxpayer", "3/18/2009 6:45 AM", "Another study? We paid for one of these in 2004 and nobody ever read it.")]
    crow = "".join(f"""<tr><td bgcolor="#F5F5F5"><font face="Arial" size="1"><b>{E(u)}</b> wrote on {d}:</font></td></tr>
<tr><td><font face="Arial" size="2">{E(t)}</font><br><font size="1"><a href="/report.php?c={r.randint(1000, 9999)}">Report abuse</a></font></td></tr>""" for u, d, t in comments)
    mid = f"""<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">By ANGELA FORTUNATO<br>Clarion Staff Writer</font><br>
<font face="Arial" size="1">Tuesday, March 17, 2009 1:42 PM CDT</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font><br><br>
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>Reader Comments (3)</b></font></td></tr>
{crow}
<tr><td><font face="Arial" size="1">Comments are the opinions of their authors and not of The Westbury Clarion. <a href="/login.php">Log in</a> to post a comment.</font></td></tr></table>
"""
    doc = head(f"Council splits on plan to ban trucks from Front Street : The Westbury Clarion") + "<body>\n" + banner(site, "Wednesday, March 18, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l11", "http://www.westburyclarion.com/articles/2009/03/17/news/local/news01.txt", doc, ps, title, "Angela Fortunato", "2009-03-17")

    # l12: frames-era leftovers: <noscript>, spacer gifs, a <marquee> ticker, <center> headline.
    site = "Oxbow Valley News"
    title = "Schools to make up snow days in June"
    ps = ["Students in the Oxbow Valley district will stay in class until June 12, three days longer than planned, after the school board voted Tuesday to make up days lost to this winter's storms."] + paras(r, 4) + ["The revised calendar is posted at the district office."]
    ticker = " &nbsp;&nbsp;*** &nbsp;&nbsp;".join(E(t) for _, t in headline_links(r, 4))
    body = f"""<body bgcolor="#FFFFFF" background="/images/bg_tile.gif" marginwidth="0" marginheight="0">
<noscript><img src="/cgi-bin/counter.cgi?page=story" width="1" height="1"><br>Your browser does not support JavaScript. Some features of this site may not work.</noscript>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#660000"><img src="/images/spacer.gif" width="1" height="5"></td></tr>
<tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>BREAKING:</b><marquee scrollamount="3" width="600">{ticker}</marquee></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="120" valign="top" bgcolor="#660000"><img src="/images/spacer.gif" width="120" height="1"><br><font face="Arial" size="2" color="#FFFFFF">
<a href="/index.html"><font color="#FFFFFF">Front Page</font></a><br><a href="/news.html"><font color="#FFFFFF">News</font></a><br>
<a href="/sports.html"><font color="#FFFFFF">Sports</font></a><br><a href="/obits.html"><font color="#FFFFFF">Obituaries</font></a><br>
<a href="/guestbook.html"><font color="#FFFFFF">Sign our Guestbook</font></a><br><a href="/links.html"><font color="#FFFFFF">Links</font></a></font><br><br>
<center><img src="/images/counter.gif" alt="You are visitor number"><br><font size="1" color="#FFFFFF">Best viewed with Internet Explorer 5.0 at 800x600</font></center></td>
<td width="20"><img src="/images/spacer.gif" width="20" height="1"></td>
<td valign="top"><img src="/images/spacer.gif" width="1" height="15"><br>
<center><font face="Times New Roman" size="6"><b>{E(title)}</b></font></center>
<center><font face="Arial" size="2">By LUANN PRZYBYLSKI<br>News Staff Writer</font></center>
<center><font face="Arial" size="2">February 18, 2009</font></center><br>
<img src="/images/spacer.gif" width="1" height="10"><br>
<font face="Times New Roman" size="3">{"<br><br>".join(E(p) for p in ps)}</font><br><br>
<center><a href="/news.html"><img src="/images/back_button.gif" border="0" alt="Back to News"></a></center>
</td></tr></table>
<center><font size="1">&copy; 2009 Oxbow Valley News. Webmaster: <a href="mailto:webmaster@oxbowvalleynews.example">webmaster@oxbowvalleynews.example</a></font></center>
</body></html>"""
    doc = head(f"Oxbow Valley News") + body
    page("l12", "http://www.oxbowvalleynews.com/2009/021809snowdays.html", doc, ps, title, "LuAnn Przybylski", "2009-02-18")

    # l13: ISO-8859-1 declared only in <meta http-equiv>, with accented letters and curly quotes as
    # windows-1252 bytes (as such pages are written in practice).
    site = "The Bayou Messenger"
    title = "Café owner’s gumbo recipe wins state cook-off"
    ps = ["LAFONTAINE — Josée Thibodeaux has been making the same gumbo at her café on Rue Chênier for 22 years. On Saturday, a panel of judges in Baton Rouge decided it was the best in the state.",
          "“I didn’t change a thing,” Thibodeaux said Monday, wiping down the counter at Café Josée. “It’s my mother’s roux and my father’s andouille. That’s all there is to it.”",
          "The win earned her a $2,500 prize and a spot at the regional cook-off in Mobile, Ala., in May. Her son, André, said the phone at the café had been ringing since Sunday morning.",
          ] + paras(r, 3) + ["Café Josée is open Tuesday through Saturday, 7 a.m. to 2 p.m. — and, Thibodeaux said, “until the gumbo runs out.”"]
    mid = f"""<font face="Georgia" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><b>By RENÉ BOUDREAUX</b><br>Messenger Staff Writer</font><br>
<font face="Arial" size="1">Published: Tuesday, April 14, 2009 3:10 PM CDT</font><br><br>
<div id="story"><font face="Georgia" size="3">{"<br><br>".join(E(p) for p in ps)}</font></div>
"""
    doc = head(f"The Bayou Messenger - {title}", "iso-8859-1") + "<body>\n" + banner(site, "Tuesday, April 14, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l13", "http://www.bayoumessenger.com/news/20090414/cafe-gumbo.html", doc, ps, title, "René Boudreaux", "2009-04-14", encoding="cp1252")

    # l14: windows-1252 page, em dashes and curly quotes as bytes, <p> with <font> inside, "Posted on".
    site = "North Shore Ledger"
    title = "Ferry to Île Saint-Brieuc returns after two-year absence"
    ps = ["Passenger service to Île Saint-Brieuc resumed Friday for the first time since the 2007 season, when the old ferry’s engine failed in mid-channel and the island’s 140 year-round residents were left to hire fishing boats.",
          "The new boat — a 60-foot aluminum catamaran named the Marie-Hélène — made the 25-minute crossing four times on its first day, carrying mail, groceries and a crowd of islanders who rode both ways just for the occasion.",
          "“We’ve waited a long time for this,” said François Gagnon, who runs the island’s only store. “Two winters of hauling everything in a lobster boat. You don’t forget that.”",
          ] + paras(r, 3)
    pp = "\n".join(f'<p><font face="Verdana" size="2">{E(p)}</font></p>' for p in ps)
    mid = f"""<table width="100%" cellpadding="8"><tr><td class="content1">
<font face="Verdana" size="4"><b>{E(title)}</b></font><br>
<font face="Verdana" size="1">Posted on May 2, 2009 at 6:15 p.m. by JEAN-PAUL CÔTÉ, Ledger Correspondent</font>
{pp}
<p><font face="Verdana" size="1"><a href="/cgi-bin/mail.pl?s=1182">E-mail this article</a> &middot; <a href="/cgi-bin/print.pl?s=1182">Printer-friendly</a></font></p>
</td></tr></table>
"""
    doc = head(f"{title} — North Shore Ledger", "windows-1252") + "<body>\n" + banner(site, "Saturday, May 2, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l14", "http://www.northshoreledger.com/stories/2009/05/02/ferry.shtml", doc, ps, title, "Jean-Paul Côté", "2009-05-02", encoding="cp1252")

    # l15: section index of headline links (listing).
    site = "The Tolliver Courier"
    items = []
    for i in range(10):
        (u, t), blurb = headline_links(r, 1)[0], sent(r)
        items.append((u, t, blurb, f"03/{12 - i // 3:02d}/2009"))
    rows = "\n".join(f"""<tr><td valign="top"><font face="Arial" size="2"><a href="{u}"><b>{E(t)}</b></a><br>{E(b)}<br><font size="1" color="#666666">Posted: {d}</font></font><br><br></td></tr>""" for u, t, b, d in items)
    mid = f"""<font face="Arial" size="4"><b>Local News</b></font><br><br>
<table width="100%" border="0" cellpadding="2">{rows}</table>
<font face="Arial" size="2"><a href="/news/local/?page=2">Older stories &raquo;</a></font>
"""
    doc = head(f"{site} - Local News") + "<body>\n" + banner(site, "Thursday, March 12, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    truth = ["Local News"] + [f"{t}\n\n{b}\n\nPosted: {d}" for _, t, b, d in items]
    page("l15", "http://www.tollivercourier.com/news/local/", doc, truth, "Local News", kind="listing")

    # l16: archive by date (listing).
    site = "Fenwick Valley Tribune"
    days = []
    for day in (31, 30, 27, 26, 25):
        days.append((f"Tuesday, March {day}, 2009" if day == 31 else f"March {day}, 2009", headline_links(r, 3, "/articles/2009/03/%02d/" % day)))
    body = "\n".join(f"""<p><font face="Arial" size="2"><b>{d}</b></font></p><ul>{"".join(f'<li><font face="Arial" size="2"><a href="{u}">{E(t)}</a></font></li>' for u, t in hs)}</ul>""" for d, hs in days)
    mid = f"""<font face="Arial" size="4"><b>Archives: March 2009</b></font><br>
<font face="Arial" size="1"><a href="/archives/2009/02/">&laquo; February 2009</a> | <a href="/archives/2009/04/">April 2009 &raquo;</a></font>
{body}
"""
    doc = head(f"Fenwick Valley Tribune :: Archives :: March 2009") + "<body>\n" + banner(site, "Thursday, April 2, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    truth = ["Archives: March 2009"]
    for d, hs in days:
        truth.append(d)
        truth.extend(t for _, t in hs)
    page("l16", "http://www.fvtribune.com/archives/2009/03/", doc, truth, "Archives: March 2009", kind="listing")

    # l17: sports column in <div id="content1"> with <div> paragraphs, "BY NAME / Sports Editor".
    site = "Pell Creek Pioneer"
    title = "Hollis grapplers finally get their turn on the big stage"
    ps = ["For 31 years, the Hollis wrestling team has watched other schools walk into the state tournament. Saturday, five of its own will make that walk."] + paras(r, 5) + ["The state tournament begins Thursday at 10 a.m."]
    divs = "\n".join(f"<div>{E(p)}</div><div>&nbsp;</div>" for p in ps)
    mid = f"""<div id="content1">
<div><font face="Tahoma" size="2" color="#CC0000"><b>SPORTS</b></font></div>
<div><font face="Tahoma" size="5"><b>{E(title)}</b></font></div>
<div><font face="Tahoma" size="2"><b>BY CHUCK RADEMACHER / Sports Editor</b></font></div>
<div><font face="Tahoma" size="1">Feb. 19, 2009</font></div><div>&nbsp;</div>
<font face="Tahoma" size="2">{divs}</font>
<div><font size="1"><a href="/sports/">More Sports</a></font></div>
</div>
"""
    doc = head(f"Pell Creek Pioneer") + "<body>\n" + banner(site, "Thursday, February 19, 2009") + three_col(left_nav(), mid, right_ads(r, "Scoreboard")) + footer(site, 2009) + "</body></html>"
    page("l17", "http://www.pellcreekpioneer.com/sports/story.asp?id=7731", doc, ps, title, "Chuck Rademacher", "2009-02-19")

    # l18: <p> inside <font> per paragraph, story in a table cell after a "Story continues below"
    # ad table in the middle.
    site = "Kittredge Journal-Press"
    title = "Water rates to rise 8 percent in July"
    ps = ["Kittredge residents will pay about $3.40 more a month for water starting in July after the Board of Public Works approved an 8 percent rate increase Thursday."] + paras(r, 6)
    first, rest = ps[:3], ps[3:]
    adbox = """<table align="center" width="300" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><font face="Arial" size="1" color="#999999">Story continues below</font><br>
<script language="JavaScript">document.write('<scr'+'ipt src="http://ads.example/adj/kjp/news;sz=300x250"></scr'+'ipt>');</script>
<noscript><a href="http://ads.example/jump/kjp/news"><img src="http://ads.example/ad/kjp/news;sz=300x250" width="300" height="250" border="0"></a></noscript></td></tr></table>"""
    mid = f"""<table width="100%"><tr><td>
<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">By EVELYN STRAND, Journal-Press staff</font><br>
<font face="Arial" size="2">Published: Friday, January 23, 2009 12:01 AM CST</font>
{"".join(f'<font face="Arial" size="2"><p>{E(p)}</p></font>' for p in first)}
{adbox}
{"".join(f'<font face="Arial" size="2"><p>{E(p)}</p></font>' for p in rest)}
</td></tr></table>
"""
    doc = head(f"{title} - Kittredge Journal-Press") + "<body>\n" + banner(site, "Friday, January 23, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l18", "http://www.kjpnews.com/articles/2009/01/23/news/local/water_rates.txt", doc, ps, title, "Evelyn Strand", "2009-01-23")

    # l19: wire story with "(Reuters) -" dateline, "By NAME\nReuters", "Mar 10, 2009 5:42pm EDT".
    site = "Grayling Daily Mail"
    title = "Senate panel delays vote on rail safety bill"
    ps = ["WASHINGTON (Reuters) - A Senate committee on Tuesday put off a vote on a bill that would require railroads to install automatic braking systems on most main lines, after industry groups argued the 2012 deadline could not be met."] + paras(r, 4)
    mid = f"""<table width="100%" cellpadding="6"><tr><td>
<font face="Arial" size="4"><b>{E(title)}</b></font><br>
<font face="Arial" size="1">Mar 10, 2009 5:42pm EDT</font><br>
<font face="Arial" size="2">By Simone Achterberg<br>Reuters</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font><br><br>
<font face="Arial" size="1">(Editing by Paul Radnor)</font><br>
<font face="Arial" size="1">&copy; Thomson Reuters 2009. All rights reserved.</font>
</td></tr></table>
"""
    doc = head(f"Grayling Daily Mail | Nation/World | {title}") + "<body>\n" + banner(site, "Tuesday, March 10, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l19", "http://www.graylingdailymail.com/nationworld/story.php?id=55120", doc, ps, title, "Simone Achterberg", "2009-03-10")

    # l20: XHTML-era div layout, <span class="headline"> headline (no heading element),
    # "By NAME, Times Staff Writer", "March 10, 2009 at 11:47 PM".
    site = "Colton Evening Times"
    title = "Teachers, district reach tentative deal after 14-month standoff"
    ps = ["Colton teachers will return to a normal schedule Monday after union leaders and the school district reached a tentative three-year contract late Wednesday, ending a dispute that stretched over two school years."] + paras(r, 5)
    mid = f"""<div id="main"><div id="storyhead"><span class="headline">{E(title)}</span><br />
<span class="byline">By HECTOR VILLANUEVA, Times Staff Writer</span><br />
<span class="dateline">March 11, 2009 at 11:47 PM</span></div>
<div id="storybody">{"".join(f"<div>{E(p)}</div><br />" for p in ps)}</div>
<div id="storytools"><a href="/email?id=1123">Email</a> | <a href="/print?id=1123">Print</a> | <a href="/comments?id=1123">Comment</a> | <a href="http://digg.example/submit?url=x">Digg this</a></div></div>
"""
    doc = head(f"Colton Evening Times - {title}", "utf-8") + "<body>\n" + banner(site, "Thursday, March 12, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l20", "http://www.coltontimes.com/news/local/20090311/teachers-deal", doc, ps, title, "Hector Villanueva", "2009-03-11")

    # l21: small weekly, "Submitted by" byline, "Posted on 3/12/2009", "Click here for more news".
    site = "The Millbrook Weekly"
    title = "Fire auxiliary pancake breakfast raises $4,100"
    ps = ["The Millbrook Fire Auxiliary served more than 600 plates of pancakes and sausage Sunday morning at the fire hall, raising $4,100 toward a new thermal imaging camera for the department."] + paras(r, 3, 2)
    mid = f"""<table width="100%" border="0" cellpadding="10"><tr><td valign="top">
<p align="center"><font face="Comic Sans MS" size="5" color="#003399"><b>{E(title)}</b></font></p>
<p><font face="Arial" size="2"><i>Submitted by MARTHA JENKINS</i><br>Posted on 3/12/2009</font></p>
{open_p(ps)}
<p><font size="2"><a href="/news.htm">Click here for more news</a></font></p>
<p align="center"><a href="#top"><font size="1">Back to Top</font></a></p>
</td></tr></table>
"""
    doc = head(f"Millbrook Weekly") + "<body>\n" + banner(site, "Week of March 12, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l21", "http://www.millbrookweekly.com/news/pancake.htm", doc, ps, title, "Martha Jenkins", "2009-03-12")

    # l22: TV station site: "Reported by:", "Web Produced by:", "Last Update: 3/10 5:42 pm".
    site = "KTVR NewsChannel 8"
    title = "Tanker rollover closes Highway 30 for six hours"
    ps = ["A tanker truck hauling liquid fertilizer rolled onto its side on Highway 30 east of Dellwood early Tuesday, closing both lanes for about six hours while crews pumped the load into another truck."] + paras(r, 3, 2)
    mid = f"""<table width="100%" cellpadding="5"><tr><td>
<font face="Arial" size="4" color="#000066"><b>{E(title)}</b></font><br>
<font face="Arial" size="1">Reported by: TRAVIS McCALLUM<br>Email: <a href="mailto:tmccallum@ktvr.example">tmccallum@ktvr.example</a><br>
Web Produced by: Dana Fisk<br>Last Update: 3/10/2009 5:42 pm</font><br><br>
<a href="/video/play.asp?id=3391"><img src="/images/video_icon.gif" border="0"> Watch the video</a><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
<br><br><font face="Arial" size="1"><a href="/news/tips.asp">Send us a news tip</a> | <a href="/weather/">Weather</a> | <a href="/closings/">School closings</a></font>
</td></tr></table>
"""
    doc = head(f"KTVR.com - {title}") + "<body>\n" + banner(site, "3/10/2009") + three_col(left_nav(), mid, right_ads(r, "Top Headlines")) + footer(site, 2009) + "</body></html>"
    page("l22", "http://www.ktvr.example/news/local/story.aspx?content_id=8f31c2a0", doc, ps, title, "Travis McCallum", "2009-03-10")

    # l23: Spanish-language US paper in windows-1252, "Por NAME / El Centinela", "Publicado: 10 de marzo de 2009".
    site = "El Centinela del Valle"
    title = "Padres piden más rutas de autobús escolar en el norte del condado"
    ps = ["YAKIMA, Wash. — Más de 80 padres de familia llenaron el martes la sala de la junta escolar para pedir que el distrito agregue dos rutas de autobús en las colonias del norte del condado, donde muchos niños caminan más de dos millas para llegar a la escuela.",
          "“Mis hijos salen de la casa a las seis y media, cuando todavía está oscuro”, dijo María Elena Ruiz, madre de tres. “No pedimos nada especial, sólo que sea seguro.”",
          "El superintendente, Douglas Harte, dijo que el distrito estudiará el pedido, pero advirtió que cada ruta nueva costaría unos 60,000 dólares al año en salarios y combustible.",
          "Los miembros de la junta acordaron revisar el tema en la sesión del 24 de marzo. Varios padres dijeron que volverán con más vecinos.",
          "La junta también aprobó el calendario escolar del próximo año, que comenzará el 2 de septiembre."]
    mid = f"""<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2"><b>Por MARÍA JOSÉ VALDÉS / El Centinela</b></font><br>
<font face="Arial" size="1">Publicado: 10 de marzo de 2009</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
<br><br><font face="Arial" size="1"><a href="/enviar.php?id=411">Enviar esta nota</a> | <a href="/imprimir.php?id=411">Imprimir</a></font>
"""
    doc = head(f"El Centinela del Valle - {title}", "iso-8859-1").replace("news, local news, weather, sports, classifieds, obituaries", "noticias, Yakima, comunidad") + "<body>\n" + banner(site, "Martes, 10 de marzo de 2009") + three_col(left_nav(), mid, right_ads(r, "Lo más leído")) + footer(site, 2009) + "</body></html>"
    page("l23", "http://www.elcentineladelvalle.com/noticias/local/411.html", doc, ps, title, "María José Valdés", "2009-03-10", encoding="cp1252")

    # l24: obituary-free community column under <blockquote>-indented story, date "Posted: Mon, Mar 09, 2009".
    site = "The Hadley Falls Reporter"
    title = "Garden club to plant 500 tulips along River Walk"
    ps = ["Members of the Hadley Falls Garden Club will spend Saturday morning on their knees along the River Walk, planting 500 tulip bulbs donated by a nursery in Holland, Mich."] + paras(r, 3, 2)
    mid = f"""<table width="100%"><tr><td bgcolor="#336633"><font face="Arial" size="2" color="#FFFFFF"><b>&nbsp;COMMUNITY</b></font></td></tr></table>
<blockquote><font face="Arial" size="4"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">BY JOANNE PELLETIER<br>Reporter Correspondent</font><br>
<font face="Arial" size="1">Posted: Mon, Mar 09, 2009</font><br><br>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font></blockquote>
"""
    doc = head(f"Hadley Falls Reporter :: Community") + "<body>\n" + banner(site, "Monday, March 9, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l24", "http://www.hadleyfallsreporter.com/community/tulips.html", doc, ps, title, "Joanne Pelletier", "2009-03-09")

    # l25: two writers in capitals ("By X and Y / Staff Writers"), <td id="txt"> with <br><br>,
    # date "Sunday, Nov. 16, 2008".
    site = "Stanmore Free Press"
    title = "Stanmore mill to cut 120 jobs as orders dry up"
    ps = ["STANMORE — Calloway Paper Co. will lay off 120 workers at its Stanmore mill in January, the company told employees Friday, blaming a steep drop in orders for the coated paper used in catalogs and magazines."] + paras(r, 5)
    mid = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td id="txt" valign="top">
<b><font size="5">{E(title)}</font></b><br>
<font size="2">By GLENN ORTEGA and PATRICIA WU / Staff Writers</font><br>
<font size="1">Sunday, Nov. 16, 2008</font><br><br>
{"<br><br>".join(E(p) for p in ps)}
</td></tr></table>
"""
    doc = head(f"Stanmore Free Press: Local News") + "<body>\n" + banner(site, "Sunday, November 16, 2008") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2008) + "</body></html>"
    page("l25", "http://www.stanmorefreepress.com/news/local/mill-layoffs.php", doc, ps, title, "Glenn Ortega and Patricia Wu", "2008-11-16")

    # l26: story with a "Related links:" box in a nested table inside the story cell and an inline
    # fact box; date "Updated: 4:05 PM CST Jan 14, 2009".
    site = "Dellwood Banner-Gazette"
    title = "Ice jam floods farmland along the Little Sauk"
    ps = ["An ice jam on the Little Sauk River backed water over about 2,000 acres of farmland north of Dellwood on Wednesday, and the National Weather Service warned that more flooding is possible as temperatures rise this weekend."] + paras(r, 5)
    box = "".join(f'<a href="{u}">{E(t)}</a><br>' for u, t in headline_links(r, 3))
    mid = f"""<font face="Arial" size="5"><b>{E(title)}</b></font><br>
<font face="Arial" size="2">By WILLIAM J. TRASK<br>Banner-Gazette Staff Writer</font><br>
<font face="Arial" size="1">Updated: 4:05 PM CST Jan 14, 2009</font><br><br>
<table align="right" width="200" border="1" cellpadding="4" cellspacing="0"><tr><td bgcolor="#FFFFEE"><font face="Arial" size="1"><b>RELATED STORIES</b><br>{box}</font></td></tr></table>
<font face="Arial" size="2">{"<br><br>".join(E(p) for p in ps)}</font>
"""
    doc = head(f"Dellwood Banner-Gazette: {title}") + "<body>\n" + banner(site, "Wednesday, January 14, 2009") + three_col(left_nav(), mid, right_ads(r)) + footer(site, 2009) + "</body></html>"
    page("l26", "http://www.dellwoodbg.com/news/local/ice-jam-011409.html", doc, ps, title, "William J. Trask", "2009-01-14")


build()
with open(OUT + "/ground-truth.json", "w") as f:
    json.dump(PAGES, f, indent=1, ensure_ascii=False)
print(len(PAGES), "pages")
