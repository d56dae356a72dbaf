"""Derive the packaged noun classes the event roles read from WordNet 3.0 (Princeton University; licence beside
the table).

- `person`: a common noun whose most frequent WordNet sense is filed under `noun.person` ("defendant",
  "rancher", "bystander") names a person or people (a sense naming one individual, written with a capital —
  "Eve" — does not count: "eve" is the day before): the events stage may take a phrase it heads as an
  event's participant when the actors extractor lists nobody there ("a rancher shot two wolves").
- `group`: a noun whose most frequent sense is a group of people (`noun.group` below *social group* or
  *people* in WordNet's hypernym tree: "court", "committee", "coalition", "crowd"), not any collection ("range",
  "series") nor a gathering that is an event ("meeting", "banquet"): a phrase it heads can stand as a participant
  like a person noun ("a court sentenced him").
- `act`: a noun whose most frequent sense is an act or a communication (`noun.act`, `noun.communication`:
  "decision", "raid", "remark") names something someone did or said: as a clause's subject its doer stands
  for it ("Kell's decision drew criticism": the criticism is of Kell).
- `speech`: a noun whose most frequent sense is something said (`noun.communication` below *message*, *speech
  act*, *speech* or *expressive style*: "remark", "rhetoric", "tirade", "ad"), not a document ("report",
  "letter") nor a code or a signal: a hostile modifier makes it an accusation ("Kell's disparaging remarks
  about Osei").
The first sense decides, so words that are mostly something else ("source", "fan", "state") stay out.

Output: `src/dateline/knowledge/data/events/wordnet_nouns.json` ({"about": ..., "person": [...], "act": [...]}).

    python scripts/build_wordnet_nouns.py [/usr/share/wordnet]     # Debian/Ubuntu package wordnet-base
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/events/wordnet_nouns.json"
# lexicographer file numbers (WordNet's lexnames): noun.act 04, noun.communication 10, noun.group 14, noun.person 18
CLASSES = {"person": {18}, "act": {4, 10}, "group": {14}, "speech": {10}}
# synsets a group-of-people sense descends from: social_group.n.01, people.n.01; gatherings that are events
# rather than participants ("a meeting", "a banquet"): meeting.n.01, social_gathering.n.01
HUMAN_GROUPS = frozenset({"07950920", "07942152"})
EVENT_GATHERINGS = frozenset({"08307589", "08252211"})
# what is said: message.n.02, speech_act.n.01, speech.n.02 (words spoken), expressive_style.n.01 ("rhetoric")
SAID = frozenset({"06598915", "07160883", "07109196", "07066659"})
WORD = re.compile(r"[a-z][a-z\-]*[a-z]")


def records(wordnet: Path, part: str):
    """(offset, lexicographer file number, words, pointers) of every synset in WordNet's data.<part> file."""
    with open(wordnet / f"data.{part}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            fields = line.split(" | ", 1)[0].split()
            n_words = int(fields[3], 16)
            at = 4 + 2 * n_words
            ptrs = [fields[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(fields[at]))]
            yield fields[0], int(fields[1]), [fields[4 + 2 * k] for k in range(n_words)], ptrs


def synsets(wordnet: Path) -> tuple[dict[str, int], dict[str, list[str]], dict[str, tuple]]:
    """Synset offset -> lexicographer file number, -> hypernym offsets (`@`, `@i`), and -> (the lower-case
    forms it writes with a capital, whether it is an instance: "Eve", "Aaron"), from data.noun."""
    lexfile, hypernyms, named = {}, {}, {}
    for offset, lexno, words, ptrs in records(wordnet, "noun"):
        lexfile[offset] = lexno
        named[offset] = ({w.lower() for w in words if w[:1].isupper()}, any(p[0] == "@i" for p in ptrs))
        hypernyms[offset] = [p[1] for p in ptrs if p[0] in ("@", "@i") and p[2] == "n"]
    return lexfile, hypernyms, named


def descends(offset: str, ancestors: frozenset, hypernyms: dict[str, list[str]]) -> bool:
    """Is `offset` one of `ancestors` or below one of them?"""
    seen, todo = set(), [offset]
    while todo:
        cur = todo.pop()
        if cur in ancestors:
            return True
        if cur not in seen:
            seen.add(cur)
            todo.extend(hypernyms.get(cur, ()))
    return False


def _first_common_sense(lemma: str, offsets: list[str], named: dict) -> str | None:
    """The first sense that does not name one individual; a later sense counts only when the word is
    written in lower case there ("eve" -> the day before; "alabama" -> nothing: its people are a name too)."""
    for n, o in enumerate(offsets):
        capital, instance = named.get(o, (set(), False))
        if instance and lemma in capital:
            continue
        return o if n == 0 or lemma not in capital else None
    return None


def single_word_nouns(wordnet: Path, part: str = "noun"):
    """(lemma, synset offsets most frequent first) for every single-word lower-case noun (or `part`) of WordNet's index."""
    with open(wordnet / f"index.{part}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, n_ptr = fields[0], int(fields[3])
            offsets = fields[4 + n_ptr + 2:]
            if WORD.fullmatch(lemma) and offsets:
                yield lemma, offsets


def _in_class(name: str, first: str, hypernyms: dict[str, list[str]]) -> bool:
    """The hypernym condition of a class beyond its lexicographer file (groups of people, things said)."""
    if name == "group":
        return descends(first, HUMAN_GROUPS, hypernyms) and not descends(first, EVENT_GATHERINGS, hypernyms)
    if name == "speech":
        return descends(first, SAID, hypernyms)
    return True


def noun_classes(wordnet: Path) -> dict[str, list[str]]:
    """Single-word lower-case lemmas by the class of their first (most frequent) noun sense."""
    lex, hypernyms, named = synsets(wordnet)
    out: dict[str, list[str]] = {name: [] for name in CLASSES}
    for lemma, offsets in single_word_nouns(wordnet):
        # a word whose first sense names one individual ("Eve") is a person noun only by a later
        # common sense: "eve" is the day before, "player" stays
        first_common = _first_common_sense(lemma, offsets, named)
        for name, files in CLASSES.items():
            first = first_common if name == "person" else offsets[0]
            if lex.get(first) in files and _in_class(name, offsets[0], hypernyms):
                out[name].append(lemma)
    return {name: sorted(words) for name, words in out.items()}


def build(argv, description: str, out: Path, table, about: str) -> None:
    """The command line of a WordNet-derived table: read WordNet, write {"about": ..., **table(wordnet)} as JSON."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", help="WordNet 3.0 dict directory")
    ap.add_argument("-o", "--out", default=str(out))
    args = ap.parse_args(argv)
    classes = table(Path(args.wordnet))
    Path(args.out).write_text(json.dumps({"about": about, **classes}, indent=0) + "\n", encoding="utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in classes.items()), "->", args.out)


def main(argv=None) -> None:
    build(argv, __doc__.splitlines()[0], OUT, noun_classes,
          "Common nouns by the class of their most frequent WordNet 3.0 sense: person (noun.person), act "
          "(noun.act, noun.communication), group (noun.group below social_group or people, not a meeting or a "
          "social gathering), speech (noun.communication below message, speech act, speech or expressive "
          "style); derived by scripts/build_wordnet_nouns.py. WordNet 3.0 (c) 2006 "
          "Princeton University, licence in WORDNET_LICENSE.txt.")


if __name__ == "__main__":
    main()
