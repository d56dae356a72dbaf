"""Count a GOLD-format set's quote errors by cause: aggregates only, never a quote's text.

    PYTHONPATH=src python eval/quotes/causes.py eval/validation_s26 [eval/validation_s20 ...]
        [--records OUT.jsonl] [--reuse OUT.jsonl] [--shared ../shared]

For each set, runs the default pipeline on its articles (or reuses records written earlier with --records) and,
with the shared scorer's quote rules (as score_set.py), counts the system quotes that are wrong (less than half
inside gold quotes, optional ones included) by kind, by cue word, by length, by the share of them inside gold
quotes, by where they sit (headline line, paragraph opening), and the wrong or empty speakers of found quotes by
kind and by what the speaker is (actor, words only, none, pronoun words). Counts are for choosing which general
cause to work on; rules come from invented sentences, never from the set's text (NOTES.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_FUNCTION = set("that to for on whether if what how why who when the a an this it he she they i we".split())
args_opening = args_by_speaker = args_detail = args_shape = args_causes = False
_MARKS = "\"'\u201c\u201d\u2018\u2019"
_WH = {"what", "how", "why", "who", "when", "where", "which", "whether", "if"}
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}


def _scorer(shared: Path):
    sys.path.insert(0, str(shared / "eval"))
    import score
    return score


def _inside(sc, ssp, gspans) -> int:
    inside, end = 0, ssp[0]
    for gs, ge in sorted(g for g in gspans if g and sc.cover(ssp, g)):
        gs, ge = max(gs, end), min(ge, ssp[1])
        if ge > gs:
            inside, end = inside + ge - gs, ge
    return inside


def _length(words: int) -> str:
    return "1-3" if words <= 3 else "4-9" if words <= 9 else "10-24" if words <= 24 else "25+"


def _where(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return "first line"
    return "paragraph opening" if not text[line_start:start].strip(" \"'\u201c\u2018") else "inside paragraph"


def _false_quotes(sc, rec, gspans, sq, c: Counter, lex) -> None:
    text = rec["article"].get("text") or ""
    for q in sq:
        ssp = sc.sys_span(text, q)
        if not ssp:
            c["false: no span"] += 1
            continue
        share = _inside(sc, ssp, gspans) / max(1, ssp[1] - ssp[0])
        reading = f"{q.get('kind')} {_reading(q, lex)}"
        if args_by_speaker and q.get("kind") == "indirect":
            actor = {a.get("id"): a for a in rec.get("actors") or []}.get(q.get("speaker")) or {}
            reading += f" /{actor.get('kind') or _speaker_kind(q)}"
        if args_opening and q.get("kind") == "indirect":
            first = (q.get("text") or "").split()[:1]
            reading += " /" + (first[0].lower() if first and first[0].lower() in _FUNCTION else "")
        c[f"all {reading}"] += 1
        if share >= 0.5:
            continue
        c[f"bad {reading}"] += 1
        c["false"] += 1
        if q.get("kind") == "indirect" and _reading(q, lex) == "speech":
            others = [sc.sys_span(text, o) for o in sq if o is not q]
            nested = any(o and o[0] <= ssp[0] and ssp[1] <= o[1] for o in others)
            holds = any(o and ssp[0] <= o[0] and o[1] <= ssp[1] for o in others)
            near = any(g and g[0] < ssp[1] + 400 and ssp[0] - 400 < g[1] for g in gspans)
            c[f"false speech {'part' if share else 'none'} nested={nested} holds={holds} "
              f"gold<400={near} {_length(len((q.get('text') or '').split()))}"] += 1
        c[f"false kind {q.get('kind')}"] += 1
        if args_shape:
            c[f"false shape {_shape(text, q, ssp, sq, share)}"] += 1
        c[f"false cue {(q.get('cue') or '-').lower()}"] += 1
        c[f"false words {_length(len((q.get('text') or '').split()))}"] += 1
        c[f"false inside {'0' if share == 0 else '<0.5'}"] += 1
        c[f"false at {_where(text, ssp[0])}"] += 1
        c[f"false speaker {_speaker_kind(q)}"] += 1


def _shape(text: str, q: dict, ssp, sq, share: float) -> str:
    """A false quote's shape, for counting: headline, nested in another quote, a short or title-case phrase in
    marks, a quoted sentence, or an indirect report by how its content opens; 'part' when it overlaps a gold quote."""
    words = (q.get("text") or "").split()
    where = "part" if share else "none"
    if text.rfind("\n", 0, ssp[0]) < 0:
        return f"headline / {q.get('kind')} / {where}"
    inner = [o for o in sq if o is not q and o.get("start") is not None and o["start"] < ssp[0]
             and ssp[1] <= (o.get("end") or 0) and o.get("kind") != "indirect"]
    if inner and q.get("kind") != "indirect":
        return f"quote inside a quote / {where}"
    if q.get("kind") == "indirect":
        first = words[0].lower() if words else ""
        opening = ("that" if first == "that" else "question" if first in _WH else "to-infinitive" if first == "to"
                   else "for/of/about" if first in {"for", "of", "about", "on", "with"} else "clause or phrase")
        return f"indirect / {opening} / {'short' if len(words) <= 3 else 'long'} / {where}"
    capital = sum(1 for w in words if w[:1].isupper()) / max(1, len(words))
    if len(words) <= 3:
        return f"{q.get('kind')} / 1-3 words {'title-case' if capital > 0.6 else 'lower'} / {where}"
    if capital > 0.6:
        return f"{q.get('kind')} / title or name / {where}"
    ends = (q.get("text") or "").rstrip(_MARKS + " ")[-1:]
    return f"{q.get('kind')} / {'sentence' if ends in '.?!,' else 'phrase'} {len(words) // 10 * 10}+ words / {where}"


def _reading(q: dict, lex) -> str:
    """The lexicon class of a quote's cue word (its first word, crudely lemmatised): speech, cognition, request, …"""
    cue = (q.get("cue") or "").lower()
    if not cue:
        return "no cue"
    if tuple(cue.split()) in lex.according_phrases or cue == ":":
        return cue
    word = cue.split()[0]
    word = {"said": "say", "told": "tell", "thought": "think", "wrote": "write", "felt": "feel", "knew": "know",
            "made": "make", "took": "take", "spoke": "speak", "found": "find"}.get(word, word)
    forms = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e", word[:-1] + "e",
             word[:-3] + "y", word[:-4]}
    for own in ("call", "ask", "tell"):
        if own in forms:
            return own
    for name in ("speech", "request", "accuse", "cognition", "evidential", "intent", "object", "report_on"):
        if forms & set(getattr(lex, name, ()) or ()):
            return name
    return "other"


def _speaker_kind(q: dict) -> str:
    words = (q.get("speaker_text") or "").strip().lower()
    if words in PRONOUNS:
        return "pronoun words" + (" + actor" if q.get("speaker") else "")
    if q.get("speaker"):
        return "actor"
    return "words only" if words else "none"


def _speakers(sc, rec, gold, gspans, sq, c: Counter) -> None:
    text = rec["article"].get("text") or ""
    by_id = {a.get("id"): a for a in rec.get("actors") or []}
    sspans = [sc.sys_span(text, q) for q in sq]
    for q, gsp in zip(gold.get("quotes", []), gspans):
        if q.get("optional") or not gsp:
            continue
        best = max(((sc.cover(gsp, s), i) for i, s in enumerate(sspans) if s), default=(0, None))
        if best[1] is None or best[0] < 0.5 * (gsp[1] - gsp[0]):
            c[f"missed gold {q.get('kind')}"] += 1
            continue
        s_ = sq[best[1]]
        names = (sc.known_names(rec, by_id[s_["speaker"]]) if s_.get("speaker") in by_id
                 else [w] if (w := sc.norm(s_.get("speaker_text"))) else [])
        if sc.names_match(names, q["speaker"]):
            continue
        c["speaker wrong"] += 1
        c[f"speaker wrong kind {s_.get('kind')}"] += 1
        c[f"speaker wrong is {_speaker_kind(s_)}"] += 1
        c[f"speaker wrong cue {'none' if not s_.get('cue') else 'given'}"] += 1
        if args_detail:
            for key in _wrong_detail(sc, rec, q, s_, gsp):
                c[f"speaker wrong: {key}"] += 1
        if args_causes:
            empty = not s_.get("speaker") and not (s_.get("speaker_text") or "").strip()
            c[f"speaker cause {'empty' if empty else 'wrong'}: {_cause(sc, rec, q, s_, gsp)}"] += 1


def _names(sc, rec, q) -> list[str]:
    by_id = {a.get("id"): a for a in rec.get("actors") or []}
    if q.get("speaker") in by_id:
        return sc.known_names(rec, by_id[q["speaker"]])
    return [w] if (w := sc.norm(q.get("speaker_text"))) else []


def _wrong_detail(sc, rec, gold_quote, s_, gsp) -> list[str]:
    """Where a wrong or empty speaker goes wrong, as counts: is the gold speaker an actor of ours, is it named
    before the quote in its paragraph or the one before, where our speaker words sit, is the quote a question."""
    text = rec["article"].get("text") or ""
    gold_names = [sc.norm(n) for n in gold_quote["speaker"] if n]
    known = [a for a in rec.get("actors") or [] if sc.names_match(sc.known_names(rec, a), gold_quote["speaker"])]
    para = text.rfind("\n", 0, gsp[0]) + 1
    before = text[text.rfind("\n", 0, max(0, para - 1)) + 1:gsp[0]].lower()
    surnames = {n.split()[-1] for n in gold_names if n}
    ss = s_.get("speaker_start")
    where = ("none" if ss is None else "inside quote" if gsp[0] <= ss < gsp[1] else
             "after quote" if ss >= gsp[1] else "before quote")
    ours = (s_.get("speaker_text") or "").strip().lower()
    mention_in_quote = any(ours and w in text[gsp[0]:gsp[1]].lower() for w in ours.split()[-1:])
    prev = [o for o in rec.get("quotes") or [] if (o.get("end") or 0) <= gsp[0] and o.get("start") is not None]
    prev_right = bool(prev) and sc.names_match(_names(sc, rec, max(prev, key=lambda o: o["end"])),
                                               gold_quote["speaker"])
    opens = not text[para:gsp[0]].strip(" \"'\u201c\u2018")
    return [f"gold speaker {'is' if known else 'is no'} actor of ours",
            f"{_speaker_kind(s_)}: previous quote's speaker right {prev_right}, opens paragraph {opens}, "
            f"named before {any(w and w in before for w in surnames)}",
            f"gold named before in paragraph(s) {any(w and w in before for w in surnames)}",
            f"our words {where}", f"our speaker {_speaker_kind(s_)} / cue {'given' if s_.get('cue') else 'none'}"
            f" / {s_.get('kind')} / {where}",
            f"question {text[gsp[0]:gsp[1]].rstrip().endswith('?')}",
            f"our speaker named inside the quote {mention_in_quote}"]


_TURN = re.compile(r"\s*[\"\u201c]?(?:(?:Q|A)\s*[:.]|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}\s*:)\s")


def _persons_between(rec, lo: int, hi: int) -> set:
    return {a.get("id") for a in rec.get("actors") or [] if a.get("kind") == "person"
            for m in a.get("mentions") or [] if lo <= (m.get("start") or -1) < hi}


def _cause(sc, rec, gold_quote, s_, gsp) -> str:
    """The brief's causes of a wrong or empty speaker, first that applies: an interview turn; a pronoun tag after a
    quote that names other people; a pronoun with two or more persons named since the previous paragraph; words
    no actor stands for (a title or description with no name); a speaker named only in an earlier paragraph; the
    rest by whether our speaker is empty or another actor."""
    text = rec["article"].get("text") or ""
    para = text.rfind("\n", 0, gsp[0]) + 1
    prev_para = text.rfind("\n", 0, max(0, para - 1)) + 1
    para_end = text.find("\n", gsp[1]) % (len(text) + 1) or len(text)
    surnames = {n.split()[-1] for n in (sc.norm(g) for g in gold_quote["speaker"] if g) if n}
    turns = sum(1 for line in text.split("\n") if _TURN.match(line))
    if _TURN.match(text[para:para_end]) or turns >= 3:
        return "interview turns"
    ours = (s_.get("speaker_text") or "").strip().lower()
    inside = _persons_between(rec, gsp[0], gsp[1])
    if ours in PRONOUNS and inside:
        return "pronoun after a quote naming others"
    if ours in PRONOUNS and len(_persons_between(rec, prev_para, gsp[0]) - inside) >= 2:
        return "pronoun with two or more candidates"
    if ours in PRONOUNS:
        return "pronoun, one candidate"
    if ours and not s_.get("speaker"):
        return "title or description, no actor"
    here = sc.norm(text[para:para_end])
    if not any(w in here.split() for w in surnames):
        earlier = sc.norm(text[:para]).split()
        return "named only in an earlier paragraph" if any(w in earlier for w in surnames) else "never named"
    return ("empty, named in the paragraph" if not s_.get("speaker") and not ours
            else "another actor, named in the paragraph")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="label set folders (manifest.json + gold/)")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--records", help="write the pipeline's records here (JSONL)")
    ap.add_argument("--reuse", help="read records written earlier with --records instead of running")
    ap.add_argument("--by-speaker", action="store_true", help="split indirect readings by the speaker's kind")
    ap.add_argument("--opening", action="store_true", help="split indirect readings by their first function word")
    ap.add_argument("--speaker-detail", action="store_true", help="split wrong speakers by where they go wrong")
    ap.add_argument("--shape", action="store_true", help="count false quotes by shape (headline, nested, short …)")
    ap.add_argument("--causes", action="store_true", help="count wrong speakers by the session-33 causes")
    args = ap.parse_args(argv)
    global args_opening, args_by_speaker, args_detail, args_shape, args_causes
    args_causes = args.causes
    args_opening, args_by_speaker, args_detail = args.opening, args.by_speaker, args.speaker_detail
    args_shape = args.shape
    from dateline.evaluate.runner import blind_set, dev_set, evaluate_sets
    from dateline.options import Options

    sc = _scorer(Path(args.shared))
    if any("blind" in Path(s).name for s in args.sets):
        raise SystemExit("never score a blind set here")
    sets = [blind_set(s, args.shared) if (Path(s) / "manifest.json").exists() else dev_set([s]) for s in args.sets]
    if args.reuse:
        records = [json.loads(ln) for ln in Path(args.reuse).read_text(encoding="utf-8").splitlines() if ln]
    else:
        records = evaluate_sets(sets, Options()).records
        if args.records:
            Path(args.records).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    from dateline.knowledge import load_knowledge
    lex = load_knowledge(Options()).reporting
    gold = {k: v for s in sets for k, v in s.gold.items()}
    c: Counter = Counter()
    for rec in records:
        g = gold.get(rec["article"]["id"])
        if g is None:
            continue
        text = rec["article"].get("text") or ""
        taken: set = set()
        gspans = [sc.locate(text, q["text"], taken) for q in g.get("quotes", [])]
        sq = rec.get("quotes") or []
        c["system quotes"] += len(sq)
        _false_quotes(sc, rec, gspans, sq, c, lex)
        _speakers(sc, rec, g, gspans, sq, c)
    for key, n in sorted(c.items(), key=lambda kv: (kv[0].split(" ")[0], -kv[1])):
        print(f"{n:5d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
