"""Invented sentence pools for the news-cms-variants corpus (every line made up for it)."""
import random

PLACES = ["Tallow Creek", "Corran Valley", "Fairhaven", "Port Ansel", "Mellick", "Brightwater", "Oster Falls", "Kestrel Bay", "Hollins Ford", "Dunmore Heights"]
ORGS = ["the county planning commission", "the regional housing trust", "the school board", "the harbor authority", "the state roads agency",
        "the library district", "the hospital's board of trustees", "the farmers' cooperative", "the transit union", "the city's finance office"]
PEOPLE = ["Noor Halvorsen", "Declan Ashby", "Priya Venkataraman", "Ines Marlowe", "Jonah Teague", "Celeste Obi", "Ruben Szabo", "Martina Grell",
          "Wes Calloway", "Yuki Harrow", "Amos Treadwell", "Lidia Kowal"]
ROLES = ["a retired machinist", "the owner of a bakery on Front Street", "a second-year nursing student", "a volunteer firefighter",
         "a mother of three who commutes by bus", "a dairy farmer north of town", "the principal of Lowell Middle School", "a city bus driver"]

OPENERS = [
    "{org_c} voted {a} to {b} on {day} to {action}, ending months of argument over how to pay for it.",
    "For the first time in {n} years, {org} has agreed to {action}, a decision that supporters in {place} called overdue.",
    "Residents of {place} packed a school gymnasium on {day} evening to hear how {org} plans to {action}.",
    "A plan to {action} cleared its final hurdle this week when {org} approved a revised budget of {money}.",
    "Officials in {place} said on {day} that they would {action} by the end of {month}, months earlier than promised.",
]
ACTIONS = ["rebuild the flood wall along the old mill race", "extend evening bus service to the hospital campus", "convert the shuttered armory into apartments",
           "replace lead service lines on the east side", "reopen the branch library on Sundays", "buy a second ambulance for the rural districts",
           "widen the bridge on Quarry Road", "add a pediatric ward to the county hospital", "cap rent increases in city-owned buildings",
           "restore the ferry crossing to Gannet Island"]
MIDDLES = [
    "The cost has grown from {money} to nearly {money2} since the project was first proposed in {year}, largely because of higher prices for steel and concrete.",
    "Engineers hired by {org} found that {n} percent of the existing structure would have to be replaced rather than repaired.",
    "Under the approved schedule, work would begin in {month} and take about {n2} months, with lane closures limited to weekends.",
    "A survey commissioned by {org} found that {n} percent of respondents supported the idea, though support fell sharply among those over 65.",
    "The money will come from a mix of state grants, a bond approved by voters in {year} and a small increase in parking fees downtown.",
    "Opponents argued that the estimate left out the cost of maintenance, which they put at {money} a year for the next two decades.",
    "Records obtained by the newspaper show that the same problem was flagged in an inspection report in {year} but never acted on.",
    "The vote followed three public hearings, at which more than {n3} people spoke, most of them in favor.",
    "Staff said the timeline depended on contractors being available, which has been a problem across the region since {year}.",
    "Similar projects in neighboring towns have run over budget by as much as a third, according to a state audit released last spring.",
    "Neither the mayor's office nor the contractor responded to questions about whether the deadline could still slip.",
    "The agency expects to publish detailed drawings next month and will take written comments for 30 days after that.",
    "Local businesses along the route have asked for a small grant program to make up for lost trade during construction.",
    "Several members said they had been persuaded by a report showing that delays would add roughly {money} a year to the final bill.",
]
QUOTES = [
    "\u201cWe have talked about this for long enough, and the people who live here deserve an answer,\u201d said {person}, {role}.",
    "\u201cI am not against it, I just want to know who pays when the estimate turns out to be wrong,\u201d {person} said.",
    "\u201cEvery winter we hold our breath and hope nothing breaks,\u201d said {person}, {role}. \u201cThat is not a plan.\u201d",
    "\u201cThis is the kind of thing that only gets cheaper if you never do it,\u201d {person} told the meeting.",
    "\u201cThe numbers we were given last year simply did not hold up,\u201d {person} said in an interview on {day}.",
    "\u201cMy kids will be grown before this is finished, but I still think it is worth doing,\u201d said {person}, {role}.",
]
CLOSERS = [
    "A final report is due to the council in {month}.",
    "The next public meeting on the plan is scheduled for {month} {n2} at the town hall.",
    "Construction notices will be mailed to affected households at least two weeks before work begins.",
    "{org_c} said it would post updates on the project's progress every month.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["February", "April", "May", "June", "August", "September", "October"]


def fill(s, r):
    org = r.choice(ORGS)
    return s.format(org=org, org_c=org[0].upper() + org[1:], a=r.randint(5, 7), b=r.randint(1, 4), day=r.choice(DAYS),
                    action=r.choice(ACTIONS), n=r.randint(11, 68), n2=r.randint(4, 27), n3=r.randint(40, 210),
                    place=r.choice(PLACES), month=r.choice(MONTHS), money=f"${r.randint(2, 19)}.{r.randint(1, 9)} million",
                    money2=f"${r.randint(21, 48)}.{r.randint(1, 9)} million", year=r.randint(2009, 2021),
                    person=r.choice(PEOPLE), role=r.choice(ROLES))


def story(seed, n):
    """n paragraphs: an opening, then middles and quotes, then a closer."""
    r = random.Random(seed)
    out = [fill(r.choice(OPENERS), r) + " " + fill(r.choice(MIDDLES), r)]
    mids = r.sample(MIDDLES, len(MIDDLES))
    for i in range(n - 2):
        if i % 3 == 1:
            out.append(fill(r.choice(QUOTES), r) + " " + fill(mids[i % len(mids)], r))
        else:
            out.append(fill(mids[i % len(mids)], r) + " " + fill(mids[(i + 5) % len(mids)], r))
    out.append(fill(r.choice(CLOSERS), r))
    return out
