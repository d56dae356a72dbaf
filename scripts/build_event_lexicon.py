"""Compile the field's verb dictionaries into Dateline's packaged event dictionary.

Sources (both MIT, Open Event Data Alliance / Parus Analytics; licence texts beside them):
- PETRARCH2 `CAMEO.2.0.txt`: synonym sets (&NAME), verb groups (`--- GROUP [code] ---`) whose verbs share
  the group's patterns, and patterns `- SUBJ * OBJ (PREP NOUN) [code]`.
- TABARI `CAMEO.091003.master.verbs`: headwords `VERB [code]` and patterns `- * WORDS [code]`; a word
  ending in `_` is exact, one without is a stem ("NEGOTIAT").
Codes are mapped through PLOVER's CAMEO table (`cameo2plover_2021.csv`) to PLOVER event + mode; codes
with no PLOVER event (public statements, `---`) are kept as explicit "no event" patterns (type null),
which is what lets "dismissed the speculation" differ from "dismissed the accusation".

TABARI writes many headwords as stems or inflected forms ("URG", "ACCUS", "CRITICI", "FOUGHT"); a
parse gives lemmas ("urge"), so each headword is keyed by the WordNet verb lemmas it stands for
(`headword_lemmas`; WordNet 3.0's verb index and exception list, Debian package wordnet-base, read at
build time only). A headword WordNet cannot place keeps its own spelling. `--wordnet-nouns` adds the event nouns
WordNet's derivational links give and no suffix rule spells (`wordnet_derived_nouns`; off: measured, not kept);
`--more-nouns` each typed verb's -ing noun and three more suffix rules (off: measured in session 34, not kept).

Output: `src/dateline/knowledge/data/events/dictionary.json`
  verbs: lemma -> [[code, particles, subject words, object words, prepositions, origin], ...]
         (the first entry with no words is the verb's default)
  nouns: noun -> verb lemma (nominalisations generated from the verbs by English suffix rules; with --wordnet-nouns
         also the act, communication and event nouns WordNet 3.0 derives from them: 'criticise' -> criticism)
  synsets: name -> words; cameo: code -> [PLOVER type, mode]

    python scripts/build_event_lexicon.py [--shared ../shared] [--wordnet /usr/share/wordnet]
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
# with --more-nouns only (measured in session 34, not kept: docs/events.md): explode, defend, pursue
MORE_NOMINAL_RULES = [("ode", ["osion"]), ("fend", ["fense", "fence"]), ("ue", ["uit"])]
VOWELS = frozenset("aeiou")


def gerunds(verb: str) -> set[str]:
    """The verb's -ing noun ('the hacking of the server', 'the court's rulings', 'the targeting of aid workers'):
    plain, with a silent e dropped ('probe' -> probing) and with a final consonant doubled after one vowel
    ('ban' -> banning). Forms that are no English word never occur in a parse."""
    out = {verb + "ing"}
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        out.add(verb[:-1] + "ing")
    if len(verb) >= 3 and verb[-1] not in VOWELS | {"w", "x", "y"} and verb[-2] in VOWELS and verb[-3] not in VOWELS:
        out.add(verb + verb[-1] + "ing")
    return out


def nominalisations(verb: str, more: bool = False) -> set[str]:
    """Candidate event nouns of a verb: itself (attack, arrest, visit) and suffixed forms
    (accuse -> accusation, refuse -> refusal, endorse -> endorsement); `more`: also its -ing noun (`gerunds`) and
    `MORE_NOMINAL_RULES` (off: measured in session 34, docs/events.md). Forms that are no English word are
    harmless: they never occur in a parse."""
    out = {verb, verb + "ment", verb + "al"} | (gerunds(verb) if more else set())
    if verb.endswith("e"):
        out |= {verb[:-1] + "ation", verb[:-1] + "ion", verb + "ment", verb[:-1] + "al"}
    else:
        out |= {verb + "ion", verb + "ation"}
    for end, nouns in NOMINAL_RULES + (MORE_NOMINAL_RULES if more else []):
        if verb.endswith(end):
            out |= {verb[: len(verb) - len(end)] + n for n in nouns}
    return out


def wordnet_verbs(wordnet: Path) -> tuple[frozenset[str], dict[str, str]]:
    """WordNet's verb lemmas (single words) and its irregular forms ("fought" -> "fight")."""
    lemmas = set()
    with open(wordnet / "index.verb", encoding="latin-1") as fh:
        lemmas = {line.split()[0] for line in fh if not line.startswith(" ") and "_" not in line.split()[0]}
    irregular = {}
    with open(wordnet / "verb.exc", encoding="latin-1") as fh:
        for line in fh:
            form, *bases = line.split()
            if bases:
                irregular.setdefault(form, bases[0])
    return frozenset(lemmas), irregular


NOUN_LEXFILES = {4: "act", 10: "communication", 11: "event", 21: "possession", 26: "state"}
EVENT_LEXFILES = frozenset({"act", "communication", "event"})  # a deed, a statement, a happening: not its doer


def _noun_lexfiles(wordnet: Path) -> dict[str, str]:
    """Noun synset offset -> its lexicographer file's short name, for the files NOUN_LEXFILES names."""
    out = {}
    with open(wordnet / "data.noun", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            offset, lexfile = line.split(" ", 2)[:2]
            if int(lexfile) in NOUN_LEXFILES:
                out[offset] = NOUN_LEXFILES[int(lexfile)]
    return out


def _synset_words(wordnet: Path, name: str, wanted: set[str]) -> dict[str, list[str]]:
    """Synset offset -> its words in order, lower case (a word pointer numbers them from 1)."""
    out = {}
    with open(wordnet / name, encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" ") or line[:8] not in wanted:
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            out[line[:8]] = [parts[4 + 2 * k].lower() for k in range(n)]
    return out


def wordnet_derived_nouns(wordnet: Path, verbs, lexfiles=EVENT_LEXFILES) -> dict[str, str]:
    """Event nouns WordNet derives from the given verbs ('criticise' -> criticism, 'warn' -> warning, 'deny' ->
    denial): a derivationally related form (pointer '+', word to word) of one of the verb's senses whose noun sense
    is filed as an act, a communication or an event (not the doer: 'critic' is noun.person). noun -> verb (the
    first verb in alphabetical order when several derive it)."""
    verbs = set(verbs)
    nouns = _noun_lexfiles(wordnet)
    links: list[tuple[str, str, int]] = []  # (verb, noun synset, noun word number)
    with open(wordnet / "data.verb", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split(" ")
            n = int(parts[3], 16)
            words = [parts[4 + 2 * k].lower() for k in range(n)]
            at = 4 + 2 * n
            for k in range(int(parts[at])):
                sym, offset, pos, st = parts[at + 1 + 4 * k: at + 5 + 4 * k]
                if sym != "+" or pos != "n" or nouns.get(offset) not in lexfiles:
                    continue
                verb = words[int(st[:2], 16) - 1]
                if verb in verbs:
                    links.append((verb, offset, int(st[2:], 16)))
    words_of = _synset_words(wordnet, "data.noun", {o for _, o, _ in links})
    out: dict[str, str] = {}
    for verb, offset, t in sorted(links):
        noun = words_of[offset][t - 1]
        if "_" not in noun and noun.isalpha():
            out.setdefault(noun, verb)
    return out


REGULAR_ENDINGS = (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""))
AUXILIARIES = frozenset({"be", "have", "do"})  # "been", "has", "did" head patterns of other verbs: not keyed by them
STEM_SLACK = 2  # a stem stands for the verbs it begins that are at most this many letters longer ("urg" -> "urge")


def headword_lemmas(word: str, lemmas: frozenset[str], irregular: dict[str, str]) -> list[str]:
    """The verb lemmas a dictionary headword stands for: itself when WordNet lists it, an irregular or regular
    form's base ("fought" -> fight, "blamed" -> blame, "banned" -> ban), else the verbs the stem begins
    ("critici" -> criticise, criticize); [word] when WordNet knows none of these."""
    if word in lemmas:
        return [word]
    if word in irregular:
        return [irregular[word]] if irregular[word] not in AUXILIARIES else [word]
    for end, repl in REGULAR_ENDINGS:
        if word.endswith(end):
            base = word[: -len(end)] + repl
            if base in lemmas:
                return [base]
            if end in ("ed", "ing") and len(base) > 2 and base[-1] == base[-2] and base[:-1] in lemmas:
                return [base[:-1]]  # "banned" -> ban
    if len(word) >= 3:
        stems = sorted(v for v in lemmas if v.startswith(word) and len(v) - len(word) <= STEM_SLACK)
        if stems:
            return stems
    return [word]


def build(shared: Path, wordnet: Path | None = None, derived_nouns: bool = False, more_nouns: bool = False) -> dict:
    cameo = cameo_map(shared / "data/plover/cameo2plover_2021.csv")
    synsets, pet = read_petrarch(shared / "data/events/petrarch2/CAMEO.2.0.txt")
    tab = read_tabari(shared / "data/events/tabari/CAMEO.091003.master.verbs")
    lemmas, irregular = wordnet_verbs(wordnet) if wordnet is not None else (frozenset(), {})
    verbs: dict[str, list] = {}
    written: dict[str, str] = {}  # a headword as the dictionary writes it -> a lemma it stands for
    seen = set()
    for word, prts, code, subj, obj, preps, origin in pet + tab:
        if not re.match(r"^[a-z][a-z\-']+$", word):
            continue
        for lemma in (headword_lemmas(word, lemmas, irregular) if lemmas else [word]):
            written.setdefault(word, lemma)
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
        for n in nominalisations(v, more_nouns):
            nouns.setdefault(n, v)
    for word, lemma in sorted(written.items()):  # nouns of the headword as written: "THREAT", "OCCUP" -> occupation
        if lemma in typed:
            for n in sorted(nominalisations(word, more_nouns)):
                nouns.setdefault(n, lemma)
    if wordnet is not None and derived_nouns:  # the event nouns WordNet derives from a typed verb (off: session 31)
        for n, v in sorted(wordnet_derived_nouns(wordnet, typed).items()):
            nouns.setdefault(n, v)
    return {
        "version": "event-dictionary/1",
        "about": ("Compiled by scripts/build_event_lexicon.py from PETRARCH2 CAMEO.2.0.txt and TABARI "
                  "CAMEO.091003.master.verbs (MIT, Open Event Data Alliance / Parus Analytics), mapped "
                  "through PLOVER's cameo2plover_2021 table (CC BY-SA 4.0). Each pattern keeps its origin. "
                  "TABARI's stem and inflected headwords are keyed by the WordNet 3.0 verb lemmas they stand for "
                  "(Princeton WordNet licence, events/WORDNET_LICENSE.txt)."),
        "cameo": cameo,
        "synsets": synsets,
        "verbs": verbs,
        "nouns": nouns,
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 dict directory (index.verb, verb.exc)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--wordnet-nouns", action="store_true", help="also list the act, communication and event nouns "
                    "WordNet derives from the typed verbs (measured in session 31, not kept: docs/events.md)")
    ap.add_argument("--more-nouns", action="store_true", help="also list each typed verb's -ing noun ('the hacking "
                    "of …') and the nouns of MORE_NOMINAL_RULES (measured in session 34, not kept: docs/events.md)")
    args = ap.parse_args(argv)
    wordnet = Path(args.wordnet)
    if not (wordnet / "index.verb").exists():
        raise SystemExit(f"{wordnet}: no WordNet 3.0 dict directory (index.verb, verb.exc); install Debian's "
                         "wordnet-base or pass --wordnet DIR")
    data = build(Path(args.shared), wordnet, args.wordnet_nouns, args.more_nouns)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    n = sum(len(r) for r in data["verbs"].values())
    print(f"{out}: {len(data['verbs'])} verbs, {n} patterns, {len(data['nouns'])} noun forms, "
          f"{len(data['synsets'])} synonym sets")


if __name__ == "__main__":
    main()
