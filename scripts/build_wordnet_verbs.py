"""Derive verbs of judging people from WordNet 3.0 (Princeton University; licence in
`knowledge/data/events/WORDNET_LICENSE.txt`) for the event lexicon.

A single-word verb whose most frequent sense is a verb of communication (`verb.communication`) below one of
the synsets listed in ANCHORS is a verb of accusing or praising someone: "excoriated the senator", "taunted
the mayor", "extolled the minister". The CAMEO dictionaries were written for international news and miss
many of these; the hand lexicon lists the common ones. The events lexicon reads each derived verb as its type
when its object is an actor (`knowledge/events.py`, sense `objects_any_actor`), where neither the hand lexicon
nor the compiled dictionaries know the verb. Only the first sense counts, so verbs that are mostly something
else ("bash": to hit; "pan": to wash gravel) stay out.

Output: `src/dateline/knowledge/data/events/wordnet_verbs.json` ({"about": ..., "ACCUSE": [...], "SUPPORT": [...]}).

    python scripts/build_wordnet_verbs.py [/usr/share/wordnet]     # Debian/Ubuntu package wordnet-base
"""
from __future__ import annotations

from pathlib import Path

from build_wordnet_nouns import build, descends, records, single_word_nouns

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/dateline/knowledge/data/events/wordnet_verbs.json"
COMMUNICATION = 32  # WordNet's lexicographer file verb.communication
# synset offsets in data.verb -> the PLOVER type of the verbs below them
ANCHORS = {
    "00826527": "ACCUSE",  # criticize, knock: "find fault with; express criticism of"
    "00856596": "ACCUSE",  # condemn: "express strong disapproval of" (boo, ...)
    "00849098": "ACCUSE",  # mock, bemock: "treat with contempt" (ridicule, taunt, jeer, ...)
    "00843007": "ACCUSE",  # accuse, charge: "blame for, make a claim of wrongdoing"
    "00846527": "ACCUSE",  # defame, slander, malign, vilify
    "00848438": "ACCUSE",  # insult, diss, affront
    "00856842": "SUPPORT",  # praise: "express approval of" (acclaim, commend, extol, ...)
}


def verb_synsets(wordnet: Path) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Synset offset -> lexicographer file number, and -> hypernym offsets, from data.verb."""
    lexfile, hypernyms = {}, {}
    for offset, lexno, _, ptrs in records(wordnet, "verb"):
        lexfile[offset] = lexno
        hypernyms[offset] = [p[1] for p in ptrs if p[0] in ("@", "@i") and p[2] == "v"]
    return lexfile, hypernyms


def judging_verbs(wordnet: Path) -> dict[str, list[str]]:
    """PLOVER type -> single-word verbs whose first sense is a communication below one of its anchors."""
    lexfile, hypernyms = verb_synsets(wordnet)
    out: dict[str, list[str]] = {t: [] for t in sorted(set(ANCHORS.values()))}
    for lemma, offsets in single_word_nouns(wordnet, "verb"):
        if lexfile.get(offsets[0]) != COMMUNICATION:
            continue
        etype = next((t for anchor, t in ANCHORS.items() if descends(offsets[0], frozenset({anchor}), hypernyms)), None)
        if etype:
            out[etype].append(lemma)
    return {t: sorted(v) for t, v in out.items()}


def main(argv=None) -> None:
    build(argv, __doc__.splitlines()[0], OUT, judging_verbs,
          "Verbs of judging people by the first WordNet 3.0 sense (verb.communication below criticize, condemn, "
          "mock, accuse, defame, insult -> ACCUSE; below praise -> SUPPORT); derived by "
          "scripts/build_wordnet_verbs.py. WordNet 3.0 (c) 2006 Princeton University, licence in WORDNET_LICENSE.txt.")


if __name__ == "__main__":
    main()
