"""Learn which last words of an organisation's name tell its sector, from the registry's named organisations.

    python scripts/build_org_heads.py [--check]

Organisations the registry lacks get a sector from a type word in their name (words.json `org_name_sector`,
~100 hand-picked words such as "party", "ministry", "bank"). Most names end in a word that says what kind of
body they are ("Lantern Capital", "Brisk Partners", "the Kell Forum", "Acme Pharmaceuticals"): this table holds
those words, learned from the ~11,000 named organisations of the packaged registry (PETRARCH2's international,
non-state and company dictionaries, the listed companies, media and curated organisations; roles mapped to
GOLD.md sectors by build_registry.py). A word is kept when

- it is a common English word (a WordNet 3.0 noun or adjective lemma, or its plural), never a registry person's
  name word nor a given name (so no surname or place ends up in the table: "Annan", "Hadi", "Iraq" are left out);
- it ends at least MIN_NAMES registry names, and one sector holds at least MIN_SHARE of them.

The thresholds are checked on a held-out fifth of the registry's organisations (`--check`: names whose id
hashes into the last fifth are held out, the table is learned from the rest, and every held-out name whose
last word is in the table is scored): the chosen pair is the most precise one that keeps recall of held-out
names at a useful level. Output: src/dateline/knowledge/data/actors/org_heads.json.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "src/dateline/knowledge/data/registry"
OUT = ROOT / "src/dateline/knowledge/data/actors/org_heads.json"
WORDNET = Path("/usr/share/wordnet")  # Debian's wordnet-base
MIN_NAMES = 5
MIN_SHARE = 0.8
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*")


def last_word(name: str) -> str | None:
    """The lower-cased last word of a name ("Acme Holdings Inc." -> "inc")."""
    words = _WORD.findall(name.replace("\u2019", "'"))
    return words[-1].lower().strip("'") if words else None


def organisations() -> list[tuple[str, str, str]]:
    """(id, name, sector) for every name and alias of the registry's non-person actors with a sector."""
    out = []
    for rid, name, aliases, kind, _src, roles in json.loads((REGISTRY / "actors.json").read_text("utf-8"))["data"]:
        if kind == "person" or not roles or not roles[0][1]:
            continue
        out.extend((rid, n, roles[0][1]) for n in [name, *aliases])
    return out


def excluded_words() -> set[str]:
    """Registry persons' name words and given names: never organisation heads."""
    names = {w.lower() for a in json.loads((REGISTRY / "actors.json").read_text("utf-8"))["data"]
             if a[3] == "person" for n in [a[1], *a[2]] for w in _WORD.findall(n)}
    genders = json.loads((ROOT / "src/dateline/knowledge/data/actors/given_name_gender.json").read_text("utf-8"))
    return names | {n.lower() for n in genders["m"] + genders["f"]}


def common_lemmas() -> set[str]:
    """WordNet noun and adjective words (one word, at least three letters) that some synset writes in lower
    case, and their plurals: "capital", "partners"; not proper nouns such as "Angola" or "Hezbollah"."""
    lemmas = set()
    for pos in ("noun", "adj"):
        for line in (WORDNET / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if not line or line.startswith(" "):
                continue
            fields = line.split(" ")
            for i in range(int(fields[3], 16)):
                word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                if word.isalpha() and word.islower() and len(word) >= 3:
                    lemmas.update((word, word + "s", word + "es"))
    return lemmas


def learn(rows, allowed: set[str], min_names: int, min_share: float) -> dict[str, str]:
    """Last word -> sector where the word ends at least `min_names` names and one sector has `min_share`."""
    by_word: dict[str, Counter] = defaultdict(Counter)
    for _rid, name, sector in rows:
        w = last_word(name)
        if w in allowed:
            by_word[w][sector] += 1
    table = {}
    for w, counts in by_word.items():
        n = sum(counts.values())
        sector, k = counts.most_common(1)[0]
        if n >= min_names and k / n >= min_share:
            table[w] = sector
    return dict(sorted(table.items()))


def check(rows, allowed: set[str]) -> None:
    """Held-out precision and coverage of the table for a grid of thresholds."""
    held = [r for r in rows if zlib.crc32(r[0].encode()) % 5 == 4]
    train = [r for r in rows if zlib.crc32(r[0].encode()) % 5 != 4]
    for min_names in (3, 5, 8, 12, 20):
        for min_share in (0.6, 0.7, 0.8, 0.9):
            table = learn(train, allowed, min_names, min_share)
            hits = [(table[w], s) for _rid, n, s in held if (w := last_word(n)) in table]
            right = sum(a == b for a, b in hits)
            print(f"min_names {min_names:2d} min_share {min_share}: {len(table):4d} words, held-out "
                  f"precision {right / max(1, len(hits)):.3f} on {len(hits)} of {len(held)} names")


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="print held-out precision and coverage for a grid of thresholds; write nothing")
    check_only = ap.parse_args(argv).check
    rows = organisations()
    allowed = common_lemmas() - excluded_words()
    if check_only:
        check(rows, allowed)
        return
    table = learn(rows, allowed, MIN_NAMES, MIN_SHARE)
    payload = {"about": "Last words of organisation names -> GOLD.md sector, learned from the registry's named "
                        "organisations by scripts/build_org_heads.py (do not edit by hand; words.json "
                        "org_name_sector, hand-picked, wins where both have a word).",
               "min_names": MIN_NAMES, "min_share": MIN_SHARE, "sector": table}
    OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(table)} words")


if __name__ == "__main__":
    main(sys.argv[1:])
