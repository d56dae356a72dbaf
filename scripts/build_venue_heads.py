"""Build `knowledge/data/actors/venue_heads.json`: nouns whose first WordNet sense is a building, structure or
facility ("mosque", "hospital", "stadium", "airport"), and nouns whose first sense is a vessel ("ship", "ferry",
"tanker": "the rescue ship X" names a ship, not a person), and nouns whose first sense is a way, a tract of land or a
farm ("street", "park", "ranch": grounds, a place "at Ardel Farm" or "on Kell Street"); and `noun_classes.json`, single-word nouns by the
WordNet class of their first sense, for the learned non-actor decision (extract/actors/learned.py). The actors stage reads a name ending in one of them, used only
as where something happens ("prayed at the Kell Mosque", "treated at Brisk Hospital"), as a place and no actor
(`nonactors.venue_names`; words.json `venue_heads` adds hand-picked ones).

    python scripts/build_venue_heads.py [/usr/share/wordnet]     # WordNet 3.0 dict (Debian package wordnet-base)

Organisation type words stay in ("hospital", "embassy"): a name is a venue only where every mention of it is the
object of a locative preposition, so "Brisk Hospital said" keeps it an actor. A word whose first sense is one named
thing ("Vatican", "Louvre") stays out. WordNet 3.0 (c) 2006 Princeton University, licence in
`knowledge/data/events/WORDNET_LICENSE.txt`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from build_wordnet_nouns import descends, single_word_nouns, synsets  # noqa: E402

OUT = ROOT / "src/dateline/knowledge/data/actors/venue_heads.json"
CLASSES_OUT = ROOT / "src/dateline/knowledge/data/actors/noun_classes.json"
# WordNet lexicographer files whose first-sense nouns the learned non-actor decision reads (extract/actors/learned.py)
LEXNAMES = {4: "act", 6: "artifact", 9: "cognition", 10: "communication", 11: "event", 14: "group", 15: "location",
            18: "person", 21: "possession", 28: "time"}
# structure.n.01 (a building, bridge, tower …) and facility.n.01 (an airport, station, plant …)
STRUCTURES = frozenset({"04341686", "03315023"})
VESSELS = frozenset({"04530566"})  # vessel.n.02, watercraft
# grounds: road.n.01 (a street, highway …), lane.n.01, path.n.03 (a walkway, footpath …), tract.n.01 (a park, plaza,
# field …), farm.n.01 (a farm, ranch …): a name headed by one is a place where something is ("at Ardel Farm", "on Kell
# Street"; nonactors_places.venue_names); way.n.06's passages (pipes, "airline") and doorways stay out
GROUNDS = frozenset({"04096066", "03640589", "03899328", "08673395", "03322099"})
# first senses below GROUNDS that head a body's name ("the House of Commons")
NOT_GROUNDS = frozenset({"common", "commons"})
# works (creative ones, no outlets): a noun whose first sense descends from show.n.03 (a film, a documentary, a
# musical), literary_composition.n.01 (a novel, a poem), dramatic_composition.n.01 (a play, a screenplay),
# drama.n.01 (a comedy, a sitcom), musical_composition.n.01 (a song, a hymn), book.n.01 or art.n.01 (a painting, a
# sculpture); or one with any sense below broadcast.n.02 or movie.n.01 ("series", "programme", "episode"), or
# show.n.03 itself ("show"): "his sitcom, Last Stand," names a work, not a person. Narrower than noun.communication,
# whose first senses also hold messages, letters, reports and statements.
WORKS = frozenset({"06619065", "06364329", "07007684", "06376154", "07037465", "06410904", "02743547"})
SHOWS = frozenset({"06619428", "06613686"})  # broadcast.n.02, movie.n.01
SHOW = "06619065"
# words whose first WordNet sense is another ("avenue": an approach, "place": a point, "market": an activity) but that
# head the names of streets, squares and markets, as GeoNames' feature codes file them (R.RD, R.ST, R.TRL, S.SQR,
# S.MKT); not "center", "green", "lot", "Whitehall", which head bodies' names or stand for a government
GROUND_WORDS = ("avenue", "path", "pathway", "trail", "route", "promenade", "grove", "yard", "playground",
                "farmstead", "place", "square", "market", "marketplace")


def venue_heads(wordnet: Path, ancestors: frozenset = STRUCTURES) -> list[str]:
    """Single-word lower-case lemmas whose first noun sense descends from one of `ancestors` (structures and
    facilities) and names no one thing."""
    _, hypernyms, named = synsets(wordnet)
    out = []
    for lemma, offsets in single_word_nouns(wordnet):
        if lemma not in named.get(offsets[0], (set(), False))[0] and descends(offsets[0], ancestors, hypernyms):
            out.append(lemma)
    return sorted(out)


def work_nouns(wordnet: Path) -> list[str]:
    """Single-word lower-case lemmas that name a creative work (WORKS, SHOWS) and no one thing."""
    _, hypernyms, named = synsets(wordnet)
    out = []
    for lemma, offsets in single_word_nouns(wordnet):
        if lemma in named.get(offsets[0], (set(), False))[0]:
            continue
        if descends(offsets[0], WORKS, hypernyms) or any(
                o == SHOW or descends(o, SHOWS, hypernyms) for o in offsets):
            out.append(lemma)
    return sorted(out)


def first_sense_classes(wordnet: Path) -> dict[str, list[str]]:
    """Single-word lower-case lemmas by the lexicographer file of their first noun sense (LEXNAMES only; a first
    sense naming one individual, "Eve", puts the word in no class)."""
    lexfile, _, named = synsets(wordnet)
    out: dict[str, list[str]] = {name: [] for name in LEXNAMES.values()}
    for lemma, offsets in single_word_nouns(wordnet):
        capital, instance = named.get(offsets[0], (set(), False))
        name = LEXNAMES.get(lexfile.get(offsets[0]))
        if name and not (instance and lemma in capital):
            out[name].append(lemma)
    return {name: sorted(words) for name, words in out.items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", help="WordNet 3.0 dict directory")
    args = ap.parse_args(argv)
    heads = venue_heads(Path(args.wordnet))
    vessels = venue_heads(Path(args.wordnet), VESSELS)
    grounds = sorted({x for x in venue_heads(Path(args.wordnet), GROUNDS) if x not in NOT_GROUNDS}
                     .union(GROUND_WORDS).difference(heads))
    works = work_nouns(Path(args.wordnet))
    OUT.write_text(json.dumps({
        "about": "Nouns whose first WordNet 3.0 sense is a structure or facility (words), a vessel (vessels), or a "
                 "way, a tract of land or a farm (grounds, not already words; with a few streets', squares' and markets' "
                 "words of other first senses), or a creative work (works: films, shows, series, books, plays, songs, "
                 "artworks), no named one; "
                 "derived by scripts/build_venue_heads.py. WordNet 3.0 (c) 2006 Princeton University, licence in "
                 "knowledge/data/events/WORDNET_LICENSE.txt.",
        "words": heads, "vessels": vessels, "grounds": grounds, "works": works}, indent=0) + "\n", encoding="utf-8")
    print(f"{len(heads)} venue heads, {len(vessels)} vessel nouns, {len(grounds)} grounds, {len(works)} works -> {OUT}")
    classes = first_sense_classes(Path(args.wordnet))
    CLASSES_OUT.write_text(json.dumps({
        "about": "Single-word nouns by the WordNet 3.0 lexicographer file of their first sense (act, artifact, "
                 "communication, event …), read by the learned non-actor decision (extract/actors/learned.py); "
                 "derived by scripts/build_venue_heads.py. WordNet 3.0 (c) 2006 Princeton University, licence in "
                 "knowledge/data/events/WORDNET_LICENSE.txt.",
        "classes": classes}, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{sum(map(len, classes.values()))} classed nouns -> {CLASSES_OUT}")


if __name__ == "__main__":
    main()
