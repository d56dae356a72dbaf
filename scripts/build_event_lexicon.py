"""Compile the field's verb dictionaries into Dateline's packaged event dictionary.

Sources (both MIT, Open Event Data Alliance / Parus Analytics; licence texts beside them):
- PETRARCH2 `CAMEO.2.0.txt`: synonym sets (&NAME), verb groups (`--- GROUP [code] ---`) whose verbs share
  the group's patterns, and patterns `- SUBJ * OBJ (PREP NOUN) [code]`.
- TABARI `CAMEO.091003.master.verbs`: headwords `VERB [code]` and patterns `- * WORDS [code]`; a word
  ending in `_` is exact, one without is a stem ("NEGOTIAT").
Codes are mapped through PLOVER's CAMEO table (`cameo2plover_2021.csv`) to PLOVER event + mode; codes
with no PLOVER event (public statements, `---`) are kept as explicit "no event" patterns (type null),
which is what lets "dismissed the speculation" differ from "dismissed the accusation".

Output: `src/dateline/knowledge/data/events/dictionary.json`
  verbs: lemma -> [[code, particles, subject words, object words, prepositions, origin], ...]
         (the first entry with no words is the verb's default)
  nouns: noun -> verb lemma (nominalisations generated from the verbs by English suffix rules)
  synsets: name -> words; cameo: code -> [PLOVER type, mode]

    python scripts/build_event_lexicon.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/events/dictionary.json"
MARKS = set("$+^%")
FUNCTION = {"A", "AN", "THE", "OF_", "SAID", "MUST", "WILL", "WOULD"}
PREPS = {"TO", "BY", "IN", "ON", "AT", "WITH", "AGAINST", "FOR", "FROM", "INTO", "OVER", "ABOUT", "OF",
         "AS", "UNDER", "BETWEEN", "AFTER", "TOWARD", "TOWARDS", "UPON", "THROUGH", "AMONG", "OUT", "UP"}
PARTICLES = {"OUT", "UP", "DOWN", "OFF", "AWAY", "BACK", "IN", "ON", "OVER", "FORWARD", "ASIDE", "APART"}


def cameo_map(path: Path) -> dict[str, list]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["plover_event"]:
                out[row["cameo_code"].strip()] = [row["plover_event"].strip(), row["plover_mode"].strip() or None]
    return out


def norm_code(raw: str) -> str:
    """'[042:043]' -> '042' (the source-side code of a paired code), '---' stays."""
    return raw.strip().split(":")[0].strip()


def split_head(word: str) -> tuple[str, list[str]]:
    """'+BRING_OUT' -> ('bring', ['out']); 'HAMMERED_OUT' -> ('hammered', ['out'])."""
    parts = [p for p in word.lstrip("+").split("_") if p]
    if not parts:
        return "", []
    return parts[0].lower(), [p.lower() for p in parts[1:] if p in PARTICLES]


def pattern_words(text: str, stems: bool) -> tuple[list[str], list[str], list[str]]:
    """(subject-side words, object-side words, prepositions) of one pattern body."""
    text = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    subj, obj, preps, after = [], [], [], False
    for raw in text.split():
        if raw == "*" or raw.startswith("*"):
            after = True
            continue
        if raw in MARKS or raw.startswith("#") or raw.startswith(";"):
            continue
        exact = raw.endswith("_") or not stems
        for part in (p for p in raw.strip("+$^%").split("_") if p):
            if part.upper() in FUNCTION or not re.match(r"^&?[A-Z][A-Z'\-]*$", part):
                continue
            if part.upper() in PREPS:
                preps.append(part.lower())
                continue
            w = part.lower() if part.startswith("&") or exact or len(part) < 5 else part.lower() + "*"
            (obj if after else subj).append(w)
    return subj, obj, preps


def read_petrarch(path: Path):
    """(synsets, [(verb lemma, particles, code, subj, obj, preps, origin)])."""
    synsets: dict[str, list[str]] = {}
    entries = []
    section, group, group_code, verbs, cur_syn = None, None, "---", [], None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        s = line.split("#", 1)[0].rstrip()
        if line.startswith("####### SYNONYM"):
            section = "syn"
            continue
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not s.strip():
            continue
        if section == "syn":
            if s.startswith("&"):
                cur_syn = s.strip().rstrip("_")
                synsets[cur_syn.lower()] = []
            elif s.startswith("+") and cur_syn:
                synsets[cur_syn.lower()].append(s.strip()[1:].rstrip("_").replace("_", " ").lower())
            continue
        if section != "verbs":
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", s)
        if m:
            group, group_code, verbs = m.group(1), norm_code(m.group(2)), []
            continue
        if s.startswith("- "):
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]+)\]", s)
            if not m or group is None:
                continue
            subj, obj, preps = pattern_words(m.group(1), stems=False)
            for lemma, prts, _ in verbs:
                entries.append((lemma, prts, norm_code(m.group(2)), subj, obj, preps, f"petrarch2:{group}"))
            continue
        m = re.match(r"^(\+?[A-Z][A-Z_\-']*)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?", s.strip())
        if m and group is not None:
            lemma, prts = split_head(m.group(1))
            code = norm_code(m.group(4)) if m.group(4) else group_code
            if lemma:
                verbs.append((lemma, prts, code))
                entries.append((lemma, prts, code, [], [], [], f"petrarch2:{group}"))
    return synsets, entries


def read_tabari(path: Path):
    entries, head = [], None
    for line in path.read_text(encoding="latin-1").splitlines():
        s = line.split(";", 1)[0].rstrip()
        if not s.strip() or s.startswith("#"):
            continue
        if s.startswith("- "):
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]+)\]", s)
            if m and head:
                subj, obj, preps = pattern_words(m.group(1), stems=True)
                entries.append((head[0], head[1], norm_code(m.group(2)), subj, obj, preps, "tabari"))
            continue
        m = re.match(r"^([A-Z][A-Z_\-']*)\s*\[([^\]]*)\]", s)
        if m:
            lemma, prts = split_head(m.group(1))
            head = (lemma, prts) if lemma else None
            if head:
                entries.append((lemma, prts, norm_code(m.group(2)), [], [], [], "tabari"))
    return entries


NOMINAL_RULES = [  # verb ending -> noun endings (English nominalisation)
    ("ate", ["ation"]), ("ize", ["ization"]), ("ise", ["isation"]), ("ify", ["ification"]),
    ("use", ["usation"]), ("ade", ["asion"]), ("ude", ["usion"]), ("ose", ["osition", "osal"]),
    ("ss", ["ssion"]), ("mit", ["mission"]), ("ct", ["ction"]), ("pt", ["ption"]), ("rt", ["rtion"]),
    ("ve", ["val"]), ("fuse", ["fusal"]), ("draw", ["drawal"]), ("emn", ["emnation"]), ("ize", ["icism"]),
    ("ise", ["icism"]), ("ounce", ["unciation"]), ("y", ["ial"]), ("ain", ["ention"]),
]


def nominalisations(verb: str) -> set[str]:
    """Candidate event nouns of a verb: itself (attack, arrest, visit) and suffixed forms
    (accuse -> accusation, refuse -> refusal, endorse -> endorsement). Forms that are no English
    word are harmless: they never occur in a parse."""
    out = {verb, verb + "ment", verb + "al"}
    if verb.endswith("e"):
        out |= {verb[:-1] + "ation", verb[:-1] + "ion", verb + "ment", verb[:-1] + "al"}
    else:
        out |= {verb + "ion", verb + "ation"}
    for end, nouns in NOMINAL_RULES:
        if verb.endswith(end):
            out |= {verb[: len(verb) - len(end)] + n for n in nouns}
    return out


def build(shared: Path) -> dict:
    cameo = cameo_map(shared / "data/plover/cameo2plover_2021.csv")
    synsets, pet = read_petrarch(shared / "data/events/petrarch2/CAMEO.2.0.txt")
    tab = read_tabari(shared / "data/events/tabari/CAMEO.091003.master.verbs")
    verbs: dict[str, list] = {}
    seen = set()
    for lemma, prts, code, subj, obj, preps, origin in pet + tab:
        if not re.match(r"^[a-z][a-z\-']+$", lemma):
            continue
        key = (lemma, tuple(prts), code, tuple(subj), tuple(obj), tuple(preps))
        if key in seen:
            continue
        seen.add(key)
        verbs.setdefault(lemma, []).append([code, prts, subj, obj, preps, origin])
    # a verb's defaults first (no words), then patterns, most specific first
    for lemma, rows in verbs.items():
        rows.sort(key=lambda r: (bool(r[2] or r[3] or r[4]), -(len(r[2]) + len(r[3]) + len(r[4]))))
    typed = {v for v, rows in verbs.items() if any(r[0] in cameo for r in rows)}
    nouns: dict[str, str] = {}
    for v in sorted(typed):
        for n in nominalisations(v):
            nouns.setdefault(n, v)
    return {
        "version": "event-dictionary/1",
        "about": ("Compiled by scripts/build_event_lexicon.py from PETRARCH2 CAMEO.2.0.txt and TABARI "
                  "CAMEO.091003.master.verbs (MIT, Open Event Data Alliance / Parus Analytics), mapped "
                  "through PLOVER's cameo2plover_2021 table (CC BY-SA 4.0). Each pattern keeps its origin."),
        "cameo": cameo,
        "synsets": synsets,
        "verbs": verbs,
        "nouns": nouns,
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    data = build(Path(args.shared))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    n = sum(len(r) for r in data["verbs"].values())
    print(f"{out}: {len(data['verbs'])} verbs, {n} patterns, {len(data['nouns'])} noun forms, "
          f"{len(data['synsets'])} synonym sets")


if __name__ == "__main__":
    main()
