"""Invented story text for the news-publisher-shapes corpus: English sentences about made-up towns,
people and bodies put together by seeded random choice, and short hand-written paragraphs in
Japanese, Korean, Arabic, Portuguese, Italian, Dutch and Polish about the same kind of made-up
local news. Nothing here is taken from any site."""
import random

WHO = ["The Harrowgate water board", "Volunteers at the Pellory food bank", "The county's chief fire officer, Dana Okafor,",
       "Residents of the Brackwater estate", "Councillor Imelda Frost", "The Tolland Bay ferry operator",
       "Teachers at Sallow Creek elementary school", "A spokesman for Norrance Rail", "The district coroner",
       "Growers in the Ember Valley", "Staff at the Cobham Row library", "The state auditor, Raymond Ezeji,",
       "Parents at the Wexley swimming club", "Inspectors from the building safety agency", "The mayor of Port Lissom",
       "Members of the Glenmarrow tenants' union", "Paramedics in the northern district", "Owners of the Quarry Lane market stalls",
       "The regional transport authority", "Two former directors of the Ashby credit union"]
SAY = ["said on Tuesday that", "told reporters that", "confirmed in a letter that", "admitted at a public meeting that",
       "said late on Friday that", "wrote in an annual report that", "told a council committee that",
       "said in a short statement that", "warned on local radio that", "acknowledged in court papers that"]
WHAT = ["the reservoir had dropped to {n} percent of its usual level", "the footbridge would stay shut until at least {m}",
        "more than {n} households had asked for help since the spring", "the night bus would run again from {m}",
        "the old grain silo would be pulled down rather than restored", "{n} trees along the river path had been marked for felling",
        "the clinic's waiting list had doubled since {y}", "the tender for the new depot had attracted only {w} bids",
        "about {n} pupils would move into portable classrooms in {m}", "the leak had been traced to a cracked main under the high street",
        "the fair would return to the common for the first time since {y}", "insurance claims after the storm had passed {n} million",
        "the harbour crane had failed an inspection for the {o} time", "the charity's van had been stolen twice in a month",
        "ticket prices would rise by {n} cents from {m}", "the archive held letters dating back to {y}",
        "a second survey of the cliff path was due in {m}", "the strike could spread to {w} more depots",
        "the hospital car park would lose {n} spaces during the works", "a review of the zoning rules had been quietly shelved"]
AFTER = ["No date has been set for a vote.", "The figures have not been independently checked.", "A decision is expected before the summer recess.",
         "Opposition members called the plan rushed.", "The company said it would appeal.", "It was not clear who would pay for the repairs.",
         "Several people at the meeting left before it ended.", "The original estimate was less than half that amount.",
         "Officials said the delay was caused by a shortage of parts.", "The board meets again in {m}.",
         "Nobody answered the phone at the site office on Wednesday.", "A petition against the closure has gathered {n} signatures.",
         "The last comparable project took four years to finish.", "Police said no arrests had been made.",
         "The report was first requested in {y}.", "Neither side would say how long the talks might last."]
QUOTE = ["\u201cWe have asked for the same repairs every year and heard nothing back,\u201d said {p}.",
         "\u201cIf the road closes again, half of my customers simply cannot get here,\u201d said {p}, who has run a shop there for {n} years.",
         "\u201cThis is the busiest winter we have had since I started,\u201d {p} said.",
         "\u201cWe are not going anywhere until somebody gives us a date,\u201d {p} told the crowd outside.",
         "\u201cThe money is there; what is missing is the will to spend it,\u201d said {p}.",
         "\u201cNobody here expected it to take this long,\u201d {p} said on Thursday."]
PEOPLE = ["Orla Brennick", "Tomasz Halloran", "Beatrix Osei", "Cyrus Pemberly", "Nadia Vossberg", "Gideon Marsh-Tully",
          "Priyanka Dunmore", "Elias Corrigan", "Yusuf Aldane", "Martina Kelso", "Hollis Brandt", "Wren Atterbury"]
MONTHS = ["March", "April", "June", "September", "October", "the new year", "late autumn"]
ORD = ["second", "third", "fourth", "fifth"]
WORDS = ["two", "three", "four", "five"]


def fill(r, s):
    return s.format(n=r.randint(3, 96), m=r.choice(MONTHS), y=r.randint(1994, 2019), o=r.choice(ORD), w=r.choice(WORDS), p=r.choice(PEOPLE))


def sentence(r):
    return fill(r, f"{r.choice(WHO)} {r.choice(SAY)} {r.choice(WHAT)}.")


def para(r):
    kind = r.random()
    if kind < 0.25:
        return fill(r, r.choice(QUOTE)) + " " + fill(r, r.choice(AFTER))
    out = [sentence(r)]
    for _ in range(r.randint(1, 2)):
        out.append(fill(r, r.choice(AFTER)) if r.random() < 0.5 else sentence(r))
    return " ".join(out)


def story(seed, n):
    r = random.Random(seed)
    seen, out = set(), []
    while len(out) < n:
        p = para(r)
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


SUBJ = ["Ferry", "Footbridge", "Reservoir", "Night bus", "Grain silo", "Library", "Clinic", "Market", "Harbour crane", "Cliff path",
        "Depot", "School", "Tenants", "Food bank", "Fire service", "River path"]
PRED = ["plan stalls again after council vote", "to close for months as repair bill climbs", "row reaches the high court",
        "reopens after a year of delays", "faces cuts as budget gap widens", "investigation finds years of missed checks",
        "volunteers step in as staff shortage bites", "costs double in two years, audit shows"]
PLACES = ["Harrowgate", "Pellory", "Brackwater", "Tolland Bay", "Sallow Creek", "Port Lissom", "Glenmarrow", "Wexley", "Ashby"]


def headline(r):
    return f"{r.choice(PLACES)} {r.choice(SUBJ).lower()} {r.choice(PRED)}"


def caption(r):
    return f"{r.choice(['Workers', 'Residents', 'Volunteers', 'Visitors', 'Engineers'])} at the {r.choice(['harbour', 'depot', 'old silo', 'river path', 'market'])} in {r.choice(PLACES)} on {r.choice(['Monday', 'Tuesday', 'Saturday'])} afternoon"


# Hand-written paragraphs in other languages (made-up towns and people).
FOREIGN = {
    "ja": ["北浜市の市議会は十日、老朽化した市民会館の建て替え計画を正式に承認した。総事業費は約四十二億円に上る見通しだ。",
           "計画では、現在の建物を来年春に取り壊し、跡地に図書館と多目的ホールを備えた新しい施設を建設する。完成は三年後を予定している。",
           "市によると、現在の会館は築五十年を超え、耐震基準を満たしていないことが調査で分かった。雨漏りも毎年のように起きていた。",
           "一方、地元の商店街からは、工事期間中に客足が遠のくことを心配する声が上がっている。",
           "商店会の田沼和代会長は「せめて仮設の集会所を近くに用意してほしい」と話した。",
           "市の担当者は、説明会を来月中に三回開き、住民の意見を聞いたうえで工事の日程を決めると説明した。",
           "市議会では反対意見も出たが、最終的に賛成多数で可決された。"],
    "ko": ["남포시는 12일 시내버스 노선 스물세 개를 다음 달부터 전면 개편한다고 밝혔다. 개편은 2009년 이후 처음이다.",
           "시에 따르면 새 노선은 신도시와 구도심을 잇는 간선 노선을 늘리고, 이용객이 적은 지선 노선은 통합하는 방식으로 짜였다.",
           "출퇴근 시간대 배차 간격은 평균 12분에서 8분으로 줄어든다. 심야 버스도 두 개 노선이 새로 생긴다.",
           "하지만 일부 외곽 마을 주민들은 정류장이 멀어진다며 반발하고 있다.",
           "서림동 주민 한정숙 씨는 \"노인들이 많은 동네인데 정류장까지 십오 분을 걸어야 한다\"고 말했다.",
           "시는 주민 의견을 반영해 마을버스 운행을 늘리는 방안을 검토하겠다고 설명했다.",
           "개편 노선도는 시청 누리집과 각 주민센터에서 확인할 수 있다."],
    "ar": ["أعلنت بلدية مدينة الواحة الجديدة، يوم الأحد، عن خطة لإعادة تأهيل السوق القديم خلال العامين المقبلين بتكلفة تقارب ثلاثين مليون دينار.",
           "وقال رئيس البلدية، سالم الحداد، إن الخطة تشمل ترميم الواجهات الحجرية وتجديد شبكة الصرف الصحي وتوسيع الممرات المخصصة للمشاة.",
           "ويضم السوق أكثر من مئتي محل تجاري، بعضها تديره العائلات نفسها منذ أكثر من ستين عاماً.",
           "وأبدى عدد من التجار قلقهم من إغلاق المحلات خلال فترة الأشغال، مطالبين بتعويضات مناسبة.",
           "وقال التاجر يوسف النجار: \"نحن لا نرفض الترميم، لكننا نريد أن نعرف أين سنعمل طوال هذه المدة\".",
           "وأكدت البلدية أن الأشغال ستنفذ على مراحل حتى يبقى جزء من السوق مفتوحاً أمام الزبائن في كل الأوقات.",
           "ومن المنتظر أن تبدأ المرحلة الأولى مطلع الخريف المقبل."],
    "pt": ["A prefeitura de Vila Serena anunciou nesta segunda-feira a reabertura do mercado municipal, fechado há dois anos para reformas.",
           "Segundo a administração, a obra custou cerca de 18 milhões de reais e incluiu a troca completa do telhado e da rede elétrica.",
           "Os comerciantes que ocupavam as bancas antes do fechamento terão prioridade na escolha dos novos espaços, informou a secretaria de desenvolvimento.",
           "Mesmo assim, parte dos antigos permissionários reclama do aumento no valor do aluguel, que passou de 400 para 650 reais por mês.",
           "“Ficamos dois anos trabalhando na calçada e agora querem cobrar mais caro”, disse a feirante Rosângela Duarte, que vende temperos no local há 30 anos.",
           "A prefeitura afirmou que vai criar um desconto para quem comprovar perdas durante o período da obra.",
           "A inauguração está marcada para o próximo sábado, com apresentações de música regional."],
    "it": ["Il consiglio comunale di Borgo Lentisco ha approvato ieri sera il nuovo piano per la raccolta differenziata, che entrerà in vigore a settembre.",
           "Il piano prevede la raccolta porta a porta in tutti i quartieri e l'eliminazione dei cassonetti stradali entro la fine dell'anno.",
           "Secondo l'assessore all'ambiente, Carla Ventimiglia, l'obiettivo è portare la differenziata dal 48 al 70 per cento in due anni.",
           "Le opposizioni hanno votato contro, sostenendo che i costi del servizio ricadranno sulle famiglie attraverso la tassa sui rifiuti.",
           "«Nessuno ci ha spiegato quanto pagheremo davvero», ha detto il consigliere Bruno Ferrante durante la seduta.",
           "Il Comune ha annunciato una serie di incontri pubblici nei quartieri per illustrare il calendario della raccolta.",
           "I kit con i nuovi contenitori saranno distribuiti gratuitamente a partire dal mese prossimo."],
    "nl": ["De gemeente Veldhoven-aan-Zee gaat de oude watertoren aan de Dijkweg verbouwen tot woningen. Dat heeft de gemeenteraad dinsdagavond besloten.",
           "In de toren komen veertien appartementen, waarvan vier in de sociale huur. De bouw begint naar verwachting volgend voorjaar.",
           "Wethouder Sanne Bloemendaal noemt het plan een manier om het monument te redden zonder dat de gemeente er jaarlijks geld aan kwijt is.",
           "Omwonenden maken zich zorgen over het parkeren. Er komen geen extra parkeerplaatsen bij, terwijl de straat nu al vol staat.",
           "„We hebben dat in elke inspraakavond gezegd, maar er is niets mee gedaan”, zegt buurtbewoner Kees Hoogland.",
           "De gemeente belooft het parkeren na een jaar opnieuw te bekijken.",
           "De watertoren werd in 1931 gebouwd en staat al sinds 1987 leeg."],
    "pl": ["Rada miasta Nowy Brzeg zdecydowała we wtorek o budowie nowej pływalni przy ulicy Lipowej. Inwestycja ma kosztować około 46 milionów złotych.",
           "Obiekt będzie miał basen sportowy, brodzik dla dzieci oraz saunę. Miasto chce otworzyć go za trzy lata.",
           "Według prezydenta miasta, Tadeusza Wróblewskiego, obecna pływalnia jest w tak złym stanie, że jej remont byłby droższy niż budowa nowej.",
           "Część radnych opozycji pyta jednak, skąd miasto weźmie pieniądze na utrzymanie obiektu.",
           "„Zbudować to jedno, ale kto zapłaci za prąd i wodę za pięć lat?” – pytała radna Ewa Kaczmarczyk.",
           "Urząd zapowiada, że część kosztów pokryje dotacja z programu rządowego.",
           "Przetarg na projekt ma zostać ogłoszony jeszcze w tym roku."],
}
