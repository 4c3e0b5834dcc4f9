"""Invented story text for the news-modern-chrome corpus: sentences about made-up places, people
and institutions, put together by seeded random choice. Nothing here is taken from any site."""
import random

ACTORS = ["The Ostrava Bay port authority", "Engineers at Quillmere Polytechnic", "Tenants of the Larchfield towers",
          "The province's chief medical officer, Dr. Ines Varga,", "Councillor Rafe Whitlock", "The Kestrel Valley school district",
          "Owners of small bakeries in Dunmoor", "Lifeguards along the Sable Coast", "A spokeswoman for Corvane Energy",
          "The regional court in Hallam", "Organisers of the Fenwick marathon", "Nurses at the Brightwell infirmary",
          "Analysts at the Meriden Budget Office", "Cattle farmers on the Tarrow plain", "The national weather service",
          "Detective Sergeant Omar Faraday", "Researchers at the Greyhaven marine station", "Bus drivers in Caldera City",
          "The city's new transport commissioner, Priya Oduya,", "Two members of the oversight board"]
VERBS = ["said on Thursday that", "told lawmakers that", "wrote in a filing that", "conceded in an interview that",
         "announced late on Monday that", "estimated in a new report that", "warned a packed town hall that",
         "said in a statement posted online that", "testified that", "argued during Wednesday's hearing that"]
CLAUSES = ["the new ferry terminal would not open before {m}", "emergency calls had risen by {n} percent over the summer",
           "the sea wall near the old cannery had slipped almost {n} centimetres", "the public had been given too little time to respond",
           "at least {n} families were still living in temporary rooms", "night trains on the coastal line would return in {m}",
           "applications for apprenticeships had fallen for a {o} straight year", "{n} of the town's heritage lamps would be repaired rather than replaced",
           "a fresh inquiry could begin before the end of {m}", "the relief fund could not legally be used for salaries",
           "rents in the harbour district had outpaced wages every year since {y}", "the winter timetable would drop {n} daily crossings",
           "no one had been seriously injured when the scaffolding collapsed", "the lantern festival had sold about {n} thousand tickets",
           "the district expected to open {n} new classrooms by spring", "premiums for small shops had doubled since {y}",
           "the treatment plant was running at half its intended capacity", "a rockslide had closed the mountain road for {n} days",
           "the data centre would draw as much power as {n} thousand homes", "the drought had cut the wheat harvest by a {o}",
           "the hospital had cleared a backlog of {n} hundred scans", "the stadium roof would need another {n} million in repairs"]
EXTRAS = ["That figure does not include the cost of overtime, she added.", "The proposal now goes to a committee for review.",
          "Critics called the schedule wildly optimistic.", "How the plan would be paid for was not made clear.",
          "A ruling is expected early next month.", "Several residents said they had heard about the plan only that morning.",
          "The company did not reply to further questions.", "Supporters described the decision as long overdue.",
          "Two earlier attempts at a similar scheme collapsed.", "He declined to say whether jobs were at risk.",
          "Minutes of the meeting show the concern was first raised in {y}.", "The chamber was full half an hour before the start.",
          "The operator has until {m} to lodge an appeal.", "Nobody from the ministry attended the session.",
          "The figures were first published in a little-noticed appendix.", "Neither side has said what happens if the talks fail."]
QUOTES = ["\u201cWe are patching the same cracks every single winter,\u201d said {p}.",
          "\u201cIt is as though nobody at city hall has ever stood on this street,\u201d said {p}, who has run a shop nearby for {n} years.",
          "\u201cI have not seen a season this hard in my whole working life,\u201d {p} said outside the shuttered depot.",
          "\u201cThe numbers leave us no choice but to act now,\u201d {p} told the committee.",
          "\u201cPeople deserve a straight answer, and so far they have not had one,\u201d {p} said.",
          "\u201cWe will keep going until the last boat is back in the harbour,\u201d said {p}."]
PEOPLE = ["Maren Solberg", "Tobiah Kessling", "Luz Arcadia Romero", "Ferdinand Oyelaran", "Kasia Wrenfield", "Idris Balcombe",
          "Noor Haddadin", "Callum Trevethan", "Sigrun Halloway", "Benedek Farkasz"]
MONTHS = ["January", "March", "April", "June", "August", "September", "November"]
ORD = ["third", "fourth", "fifth", "sixth"]


def fill(s, r):
    return s.format(n=r.randint(3, 95), y=r.randint(1994, 2021), m=r.choice(MONTHS), o=r.choice(ORD), p=r.choice(PEOPLE))


def sentence(r):
    c = r.random()
    if c < 0.55:
        return fill(f"{r.choice(ACTORS)} {r.choice(VERBS)} {r.choice(CLAUSES)}.", r)
    if c < 0.75:
        return fill(r.choice(QUOTES), r)
    return fill(r.choice(EXTRAS), r)


def para(r, k=None):
    return " ".join(sentence(r) for _ in range(k or r.randint(2, 3)))


def story(seed, n, k=None):
    """n paragraphs of invented news prose from a fixed seed."""
    r = random.Random(seed)
    return [para(r, k) for _ in range(n)]


def headline(r):
    """An invented teaser headline for rails and widgets."""
    return fill(f"{r.choice(ACTORS).rstrip(',')} {r.choice(VERBS).replace(' that', '')}: {r.choice(CLAUSES)}", r)[:96]
