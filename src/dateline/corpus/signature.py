"""Signatures: what the linker compares about one event mention or one claim, read from a stored record.

A signature is plain JSON (stored in `corpus_mentions.sig`): type, modality class, a day, the participants
resolved to corpus-wide keys, the place, content terms of the evidence and the figures it gives.
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from .names import evidence_names

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d,.]*")
_TITLE = re.compile(r"^(?:the|president|prime minister|minister|sen\.|senator|rep\.|gov\.|governor|mr\.|mrs\.|ms\.|"
                    r"dr\.|chancellor|secretary|general|gen\.)\s+", re.I)


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """The packaged linker settings (corpus/data/linking.json)."""
    return json.loads(resources.files("dateline.corpus").joinpath("data/linking.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(settings()["stop_words"]) | frozenset(settings()["matter_stop"])


def day_number(value: str | None) -> int | None:
    """'2016-09-12…' -> its proleptic ordinal; None when there is no full day."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    while True:
        stripped = _TITLE.sub("", text.strip())
        if stripped == text.strip():
            break
        text = stripped
    return " ".join(re.findall(r"[a-z0-9]+", text))


def actor_keys(actor: dict[str, Any], taken: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """Corpus-wide keys of an article's actor and whether they are strong (a named entity, a state).

    The first key is the actor's identity (registry id, else its normalised name). A person or an
    organisation gets one name key whatever its kind ('n:jane roe': the extractor may call a person an
    organisation in another article); a person also the surname key of each name it goes by ('ps:roe', so
    'Roe' alone meets 'Jane Roe'); an organisation the key of its initials when
    they are three or more ('Ruritanian Farmers Union' meets 'RFU'); a state its country code; an unnamed group or spokesperson
    only the weak key of its country and sector. `taken`: the normalised names of the article's other actors
    (a name written inside this actor's mentions that belongs to another actor is not this actor's).
    """
    kind, name = actor.get("kind"), norm(actor.get("name") or "")
    keys: list[str] = []
    if actor.get("kb_id"):
        keys.append("kb:" + actor["kb_id"])
    if kind == "state" and actor.get("country"):
        return keys + ["st:" + actor["country"]], True
    if kind in ("person", "organization") and name:
        names = [name] + [n for n in (_mention_names(actor, name) if kind == "person" else []) if n not in taken]
        keys += ["n:" + n for n in names]
        # a surname alone is kinded either way ('Kell said', 'Kell's aides'); an initialism is none ('RFU')
        if kind == "person" or " " not in name and not (actor.get("name") or "").isupper():
            keys += dict.fromkeys("ps:" + n.split()[-1] for n in names)
        elif len(initials := _initials(name)) >= 3:
            keys.append("n:" + initials)
        return list(dict.fromkeys(keys)), True
    return keys + [f"g:{actor.get('country') or '-'}:{actor.get('sector') or '-'}"], bool(keys)


def _initials(name: str) -> str:
    """The initials of a normalised organisation name, function words and a possessive's 's' left out ('vardic
    people s army' -> 'vpa', 'marsh liberation front' -> 'mlf'); before session 25 every stop word was left out, and
    English stop lists hold 'front', 'people', 'part', 'side'."""
    if settings().get("initials_function_words_only", True):
        return "".join(w[0] for w in name.split() if w not in _FUNCTION_WORDS and w != "s")
    return "".join(w[0] for w in name.split() if w not in _stop())


_TITLE_ANY = re.compile(r"\b(?:president|prime minister|minister|sen\.|senator|rep\.|gov\.|governor|mr\.|mrs\.|"
                        r"ms\.|dr\.|chancellor|secretary|gen\.|general)\s+", re.I)
_PROPER = re.compile(r"^(?:[A-Z][\w'’.\-]*\s+)+[A-Z][\w'’.\-]*$")


_SUFFIXES = frozenset(("jr", "sr", "junior", "senior", "ii", "iii", "iv"))


def _surname(name: str) -> str | None:
    """The last word of a normalised name that is not a generational suffix ('jane roe jr' -> 'roe')."""
    words = [w for w in name.split() if w not in _SUFFIXES]
    return words[-1] if words else None


def _mention_names(actor: dict[str, Any], name: str) -> list[str]:
    """The full name a person is most often written as in its article, when it differs from its resolved
    name but ends in the same surname ('Jeb Roe' for an actor resolved to the registry entry of another Roe,
    'Jane Q. Roe'): reports resolve names differently, the way they write them agrees more."""
    counts: dict[str, int] = {}
    for m in actor.get("mentions") or []:
        text = " ".join(_TITLE_ANY.split(m.get("text") or "")[-1].split())  # 'Ruritanian Gov. Jane Roe' -> 'Jane Roe'
        if len(text.split()) >= 2 and _PROPER.match(text):
            counts[norm(text)] = counts.get(norm(text), 0) + 1
    # a written name that the resolved name continues is the person's, the rest a headline's words swept into the
    # resolved name ('Jane Doe' written, 'Jane Doe Slams Tax' resolved; session 25)
    heads = [n for n in sorted(counts, key=lambda n: -counts[n]) if name.startswith(n + " ")][:1]
    # a written name ending in another word than the resolved name's last one is another person's name swept
    # into this actor's mentions ('Bill Roe' among 'Jane Doe's) or a headline's words ('Jane Doe Slams Tax')
    counts = {n: c for n, c in counts.items() if _surname(n) == _surname(name)}
    best = max(sorted(counts), key=lambda n: counts[n], default=None)
    return ([best] if best and best != name else []) + heads


_CONTRACTED = frozenset(("ve", "re", "ll", "d", "m", "t"))


def terms(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """Content words of a text: lower case, stop words out, a plural 's' dropped ('talks' = 'talk')."""
    out = []
    stop = _with_stop(extra_stop) if extra_stop else _stop()
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'").strip("'-")
        if "'" in w:  # possessives: "Clinton's" is "clinton"; contractions ("I've", "don't") are no content
            if w.rsplit("'", 1)[1] in _CONTRACTED:
                continue
            w = w.split("'")[0] if w.endswith("'s") else w
        if len(w) < 3 or w in stop or w[0].isdigit():
            continue
        w = stem(w)
        if w not in stop:  # 'saying' -> 'say', a stop word of claims
            out.append(w)
    return sorted(set(out))


@lru_cache(maxsize=16)
def _with_stop(extra: frozenset[str]) -> frozenset[str]:
    """The stop words and `extra`, built once per set (a frozenset's hash is cached, so the lookup is cheap)."""
    return _stop() | extra


def stem(word: str) -> str:
    """A light suffix stripper, so that a report and a denial of it share words: 'raided' = 'raid',
    'denied' = 'denies' = 'deny', 'talks' = 'talk', 'closing' = 'closed' = 'close'."""
    w = word
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("eed"):
        w = w[:-1]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def plain_terms(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """`terms` without names: words written with a capital say who, not what — but the first word of a
    sentence or after a dateline ('KALT — Exports of wheat rose': 'exports' is a word, 'KALT' a name)."""
    names = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w[:1].isupper() and (not _initial(text[:m.start()].rstrip()) or (len(w) > 1 and w.isupper())):
            names.update(terms(w))
    return [t for t in terms(text, extra_stop) if t not in names]


ABBREVIATIONS = frozenset("mr ms mrs dr st jr sr sen rep gov gen lt col sgt no vs u.s a.m p.m".split())


def _initial(before: str) -> bool:
    """A word after this text starts a sentence: nothing before it, a dash (a dateline), or a sentence end
    that is not an initial's or a title's ('Gov. Kell', 'J. Kell')."""
    if not before or before[-1] in "—–":
        return True
    if before[-1] not in ".!?":
        return False
    word = re.search(r"[\w.]*$", before[:-1]).group().lower()
    return not (len(word) == 1 or word in ABBREVIATIONS or "." in word)


def number_value(word: str) -> float | None:
    """The value of an English cardinal written in words (lower case): 'twelve', 'sixty', 'thirty-eight'."""
    cfg = settings()
    words, ones = cfg["number_words"], cfg["compound_ones"]
    if word in words:
        return float(words[word])
    tens, _, unit = word.partition("-")
    if unit in ones and words.get(tens, 0) in range(20, 100, 10):
        return float(words[tens] + ones[unit])
    return None


def figures(text: str) -> list[tuple[float, str]]:
    """(number, the word after it) pairs: '40 protesters' -> (40, 'protester'); 'about 2,000 people',
    'thirty-eight people', 'twenty one passengers' too; past a word of more or other ('five other states' -> state)
    or a rate's article ('$12 an hour' -> hour; `figure_quantity_words`, session 36)."""
    cfg = settings()
    mult, ones = cfg["multipliers"], cfg["compound_ones"]
    toks = _WORD.findall(text)
    out = []
    for i, t in enumerate(toks):
        low = t.lower()
        j = i + 1
        if t[0].isdigit():
            try:
                value = float(t.replace(",", "").rstrip("."))
            except ValueError:
                continue
        elif (word := number_value(low)) is not None and not (
                i > 0 and (toks[i - 1][0].isdigit() or number_value(toks[i - 1].lower()) is not None)):
            value = word
            if value in range(20, 100, 10) and j < len(toks) and toks[j].lower() in ones:
                value, j = value + ones[toks[j].lower()], j + 1  # 'twenty one'
        else:
            continue
        while j < len(toks) and toks[j].lower() in mult:
            value *= mult[toks[j].lower()]
            j += 1
        if j < len(toks) and toks[j][0].isalpha():
            noun = toks[j].lower()
            if noun in ("of",) and j + 1 < len(toks):
                noun = toks[j + 1].lower()
            elif noun in cfg["figure_quantity_words"] and j + 1 < len(toks) and toks[j + 1][0].isalpha():
                noun = toks[j + 1].lower()  # 'five other states', 'two more debates', '12 an hour'
            if 1900 <= value <= 2100 and t.isdigit():
                continue  # a year ('in 2016'), not a count ('2,000 protesters' is one)
            if noun in cfg["month_names"]:
                continue  # a day of a month ('on 4 July'), not four of something
            out.append((value, noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun))
    return out


_FUNCTION_WORDS = frozenset("of for the and in on at to de del la le du von van".split())
_POSSESSOR = re.compile(r"^((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)['’]s?\s+(?=[a-z])")


def _proper(name: str) -> bool:
    """Two or more words, each capitalised but function words: 'Crimson Dawn Brigades', 'Front for the Liberation'."""
    words = [w for w in name.split() if w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def as_written(actor: dict[str, Any]) -> dict[str, Any]:
    """The actor's kind for linking, as its name is written (`linking.json` `written_kinds`, session 18): a group the
    extractor kinds as an unnamed group but whose name is proper ('the Crimson Dawn Brigades said') is named, an
    organisation; a 'named' person or organisation whose name is written in lower case ('the army', 'the union') is
    an unnamed group of its country and sector, as 'soldiers' is. Reports kind one body differently; how they write
    its name agrees."""
    if actor.get("kb_id") or not settings().get("written_kinds"):
        return actor
    kind, name = actor.get("kind"), actor.get("name") or ""
    if kind in ("group", "anonymous") or (kind == "state" and not actor.get("country")):
        return dict(actor, kind="organization") if _proper(name) and not _POSSESSOR.match(name) else actor
    if kind in ("person", "organization") and name and name == name.lower():
        return dict(actor, kind="group")
    return actor


def possessor_keys(actor: dict[str, Any]) -> list[str]:
    """The keys of the named holder of an unnamed body or office ('Kethmar's navy', 'Ana Roe's office': Kethmar,
    Ana Roe), when `linking.json` `possessor_keys` is on (session 18): event data code a state's organs as the state
    and a person's office as the person; the reports of one act name the holder or the body."""
    if actor.get("kb_id") or not settings().get("possessor_keys") or actor.get("kind") == "person":
        return []
    m = _POSSESSOR.match(actor.get("name") or "")
    if not m and settings().get("initialism_keys") and (m := _INITIALISM.match(actor.get("name") or "")):
        return ["n:" + m.group(1).lower()]
    if not m or not (holder := norm(m.group(1))) or (settings().get("possessor_one_word") and " " in holder):
        return []
    return list(dict.fromkeys(["n:" + holder, "ps:" + holder.split()[-1]]))


# an unnamed group named by the initials of the body it belongs to ('VPA rebels', 'the MLF fighters'): the initials
# are that body's key, as an organisation's own initials are (`_initials`; `linking.json` `initialism_keys`, session 25)
_INITIALISM = re.compile(r"^(?:the\s+)?([A-Z]{3,6})\s+(?=[a-z])")


def _participant(actor: dict[str, Any] | None, aid: str, taken: frozenset[str] = frozenset()) -> dict[str, Any]:
    if actor is None:
        return {"keys": [], "strong": False, "name": aid, "country": None, "sector": None}
    actor = as_written(actor)
    keys, strong = actor_keys(actor, taken - {norm(actor.get("name") or "")})
    if not strong and (held := possessor_keys(actor)):
        keys, strong = held, True
    return {"keys": keys, "strong": strong, "name": actor.get("name"), "country": actor.get("country"),
            "sector": actor.get("sector")}


def _named_in(event: dict[str, Any], actors: dict[str, dict[str, Any]], taken: frozenset[str]) -> list[dict[str, Any]]:
    """Named actors of the article written inside the event's evidence sentence without a role in the event
    ('X denied that he ordered the raid on the offices of Y': Y is what the denial is about). Reports of one
    occurrence assign its roles differently, but they name the same people and bodies."""
    ev = event.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    if start is None or end is None:
        return []
    roles = set(event.get("source") or []) | set(event.get("target") or []) | set(event.get("others") or [])
    out = []
    for aid, actor in actors.items():
        if aid in roles or not any(start <= (m.get("start") or -1) < end for m in actor.get("mentions") or []):
            continue
        part = _participant(actor, aid, taken)
        if part["strong"]:
            out.append(part)
    return out


def event_signature(rec: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """The signature of one event of a `dateline/article@1` record."""
    cfg = settings()
    actors = {a["id"]: a for a in rec.get("actors") or []}
    published = (rec["article"].get("date") or "")[:10] or None
    d = event.get("date") or {}
    day, exact = None, False
    ev_text = (event.get("evidence") or {}).get("text") or ""
    if d.get("precision") in ("day", "time") and (d.get("text") or "") in ev_text:
        day, exact = day_number(d.get("value")), True
    earlier = None
    if d.get("precision") not in ("day", "time", "publication") and d.get("text") and d["text"] in ev_text:
        earlier = _earlier_period(d.get("value"), day_number(published))
    if earlier is not None:
        day, exact = earlier
    told = None
    if day is None:
        day, exact = _told_day(d, day_number(published)), False
        told = _told_day(d, day_number(published), settings().get("told_day_second_days") or 0)
    loc = event.get("location") or {}
    taken = frozenset(norm(a.get("name") or "") for a in actors.values())
    return {
        "article": rec["article"]["id"],
        "type": event["type"],
        "family": cfg["families"].get(event["type"], event["type"]),
        "mod": cfg["modality_classes"].get(event.get("modality") or "asserted", "asserted"),
        "day": day, "exact": exact,
        "told": told if told != day else None,  # the story's day, a second reading of an undated report (link.best)
        "calendar": exact and any(ch.isdigit() for ch in d.get("text") or ""),  # 'on June 23', not 'on Friday'
        "src": [_participant(actors.get(a), a, taken) for a in event.get("source") or []],
        "tgt": [_participant(actors.get(a), a, taken) for a in event.get("target") or []],
        "oth": [_participant(actors.get(a), a, taken) for a in event.get("others") or []],
        "ctx": _named_in(event, actors, taken) if cfg.get("evidence_names") else [],
        "place": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "coarse": earlier is not None,
        "terms": terms(ev_text),
        "figures": figures(ev_text),
        "mode": event.get("mode"),
        "names": ((evidence_names(rec, event, _stop()) if cfg.get("reread_names") else [])
                  + _place_keys(rec, event, actors)),
        "acts": _acts(ev_text, cfg["modality_classes"].get(event.get("modality") or "asserted", "asserted")),
    }


def _told_day(d: dict[str, Any], published: int | None, lent_days: int | None = None) -> int | None:
    """The day an undated report tells of, not exact: with `linking.json` `lent_days` the story's reference day the
    events stage lent the sentence when it lies up to that many days before publication ('Kell spoke in Varna on
    Saturday. … He also criticised the mayor.' published on Tuesday: Saturday, as a window, not as an own date), else
    the publication day (session 25). `lent_days`: that many instead of the setting's."""
    lent = day_number(d.get("value")) if d.get("precision") in ("day", "time") else None
    most = (settings().get("lent_days") or 0) if lent_days is None else lent_days
    if lent is None or published is None or not 0 < published - lent <= most:
        return published
    return lent


def place_keys(rec: dict[str, Any], lo: int | None = None, hi: int | None = None) -> list[tuple[int, str]]:
    """(offset, 'pl:<gazetteer id>') for each place mention of an article with a gazetteer id (from `lo` to `hi`)."""
    return [(p["start"], f"pl:{p['geonameid']}") for p in rec.get("places") or []
            if p.get("geonameid") and p.get("start") is not None and (lo is None or lo <= p["start"] < hi)]


def _place_keys(rec: dict[str, Any], event: dict[str, Any], actors: dict[str, Any]) -> list[str]:
    """With `linking.json` `reread_place_keys` (session 22), the place keys of an event's evidence when it names no
    participant with a strong key (its parties unnamed groups: 'Students marched through Velkor'): the re-reader looks
    its other reports up by the place, behind the same rarity gate as names; the linker never compares them."""
    ev = event.get("evidence") or {}
    if not settings().get("reread_place_keys") or ev.get("start") is None or ev.get("end") is None:
        return []
    taken = frozenset(norm(a.get("name") or "") for a in actors.values())
    parts = [_participant(actors.get(a), a, taken) for role in ("source", "target", "others")
             for a in event.get(role) or []]
    if any(p["strong"] for p in parts):
        return []
    return sorted({k for _, k in place_keys(rec, ev["start"], ev["end"])})


def _acts(text: str, mod: str) -> list[str]:
    """What the evidence's trigger words can mean (`reread.evidence_acts`), with `linking.json` `reread_evidence_acts`."""
    if not settings().get("reread_evidence_acts"):
        return []
    from .reread import evidence_acts
    return evidence_acts(text, mod)


def _earlier_period(value: str | None, published: int | None) -> tuple[int, bool] | None:
    """(day, exact=False) of an event whose own date is a period that ended before its report's days ('in 2013',
    'last month', 'three weeks ago'), or None when the period reaches the report's days or cannot be read ('this
    year', 'next week'): such an event did not happen on the publication day, and one actor's acts of another
    period must not be taken for today's reports. The day is the period's first (a week's: its middle day, as the
    times stage gives it); the signature marks such a mention coarse: it is never linked (link.py), as a week's
    middle day is too rough for the linker's windows of a day or two (tried: one wrong link on the set)."""
    if not value or published is None or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return None
    year = int(value[:4])
    if len(value) == 10:  # a week's middle day: the week ends three days later
        first = day_number(value)
        last = None if first is None else first + 3
    elif len(value) == 7:
        month = int(value[5:])
        if not 1 <= month <= 12:
            return None
        first = date(year, month, 1).toordinal()
        last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    else:
        if year < 1:
            return None
        first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    if first is None or last >= published - settings()["report_lag_days"]:
        return None
    return first, False


def block_keys(sig: dict[str, Any]) -> list[str]:
    """Where a mention is filed: one block per strong actor key, else its place, under its modality class
    (not its type family: reports of one occurrence may disagree on the type, see scoring.py)."""
    parts = sig["src"] + sig["tgt"] + sig["oth"] + sig.get("ctx", [])
    keys = {k for p in parts if p["strong"] for k in p["keys"]}
    keys |= {k for p in parts if not p["strong"] for k in p["keys"][-1:]}
    if not keys:
        keys = {f"place:{sig.get('country') or '-'}"}
    return [block_key(sig["mod"], k) for k in sorted(keys)]


def block_key(mod: str, key: str) -> str:
    """The block of a modality class and one actor (or place) key."""
    return f"{mod}|{key}"
