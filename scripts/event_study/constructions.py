"""Labelled events with no candidate at their trigger, by construction, and what the dictionaries say of them
(issue 9, session 37). Training documents only (reading their misses is allowed; never evaluation data).

    python scripts/role_eval.py --event-models W0 W1 --json /tmp/role.json          # held out end to end
    python scripts/event_study/constructions.py /tmp/role.json --event-models W0 W1 [--list] [--json OUT]

Each labelled event role_eval counts as `none` is read again in its document's parse (the half model that never saw
it). Its trigger's head word gets a construction: a noun as the object of a verb (light verb), with an "of" phrase or
a possessor, with another preposition or clause, bare; a verb as the infinitive of a verb of intent ("vowed to sue"),
with a particle, another infinitive, plain; other parts of speech. Three readings of the dictionaries are set side by
side with the label's type:
- `parse`: the packaged matcher's reading of the word (`learned._dict_match`: the verb's best pattern in its clause,
  a noun's verb default);
- `governor`: for a noun, the matcher's reading of the verb it hangs on ("launched an investigation");
- `lenient`: the same PETRARCH2/TABARI patterns of the verb (or of the noun's verb) matched as strings against every
  word of the sentence, particles from anywhere in it: what a string matcher would find that the parse matcher does
  not. A row where only `lenient` gives the label's type is a parse-matcher miss.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "event_study"))

INTENT = frozenset({"vow", "threaten", "promise", "pledge", "warn", "swear", "plan", "seek", "want", "decide", "agree",
                    "refuse", "intend", "try", "aim", "hope"})


def _word_holds(dic, w: str, forms: set[str]) -> bool:
    if w.startswith("&"):
        return any(m in forms for m in dic.synsets.get(w, ()))
    if w.endswith("*"):
        return any(f.startswith(w[:-1]) for f in forms)
    return w in forms


def lenient(dic, lemma: str, forms: set[str], prts: set[str]) -> str | None:
    """The PLOVER type of the verb's most specific pattern whose words all occur anywhere in `forms`."""
    best, best_n = None, -1
    for code, rp, subj, obj, preps, _origin in dic.verbs.get(lemma, ()):
        words = [*subj, *obj, *preps]
        if set(rp) - prts or not all(_word_holds(dic, w, forms) for w in words):
            continue
        if len(words) + len(rp) > best_n:
            best, best_n = code, len(words) + len(rp)
    return dic.plover(best)[0] if best else None


def construction(h) -> str:
    kids = {c.dep_ for c in h.children}
    if h.pos_ == "NOUN":
        if h.dep_ in ("dobj", "nsubjpass") and h.head.pos_ in ("VERB", "AUX"):
            return "noun: object of a verb"
        if "poss" in kids or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
            return "noun: of / possessor"
        return "noun: other preposition or clause" if kids & {"prep", "acl"} else "noun: bare"
    if h.pos_ == "VERB":
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in INTENT:
            return "verb: infinitive of intent"
        if "prt" in kids:
            return "verb: with a particle"
        return "verb: other infinitive" if h.dep_ == "xcomp" else "verb: plain"
    return h.pos_.lower()


def reader(row: dict, doc, lex) -> tuple[str, str]:
    from dateline.extract.events import learned
    from narrated import head_word, trigger_tokens
    toks = trigger_tokens(doc, row["trigger_span"])
    if not toks:
        return "unparsed", ""
    h = head_word(toks)
    row["construction"], row["pos"] = construction(h), h.pos_
    row["candidate"] = h.pos_ in ("VERB", "NOUN") and learned.is_candidate(h, lex)
    m = learned._dict_match(h, lex) if h.pos_ in ("VERB", "NOUN") else None
    row["parse"] = m.type if m else None
    verb = h if h.pos_ == "VERB" else h.head if h.pos_ == "NOUN" and h.head.pos_ in ("VERB", "AUX") else None
    if verb is not None:
        forms = {t.lower_ for t in h.sent} | {t.lemma_.lower() for t in h.sent}
        prts = {t.lower_ for t in h.sent if t.dep_ == "prt"}
        row["lenient"] = lenient(lex.dictionary, verb.lemma_.lower(), forms - {verb.lower_, verb.lemma_.lower()}, prts)
        if verb is not h:
            vm = learned._dict_match(verb, lex)
            row["governor"] = vm.type if vm else None
    return row["construction"], h.lemma_.lower()


def report(todo: list[dict], listing: bool) -> None:
    print(f"labelled events with no candidate whose roles were read: {len(todo)}")
    print(f"  {'construction':36} {'all':>5} {'cand.':>6} {'parse':>6} {'governor':>9} {'lenient':>8} {'lenient only':>13}")
    for c, n in Counter(r["cause"] for r in todo).most_common():
        sub = [r for r in todo if r["cause"] == c]
        right = {k: sum(1 for r in sub if r.get(k) == r["type"]) for k in ("parse", "governor", "lenient")}
        only = [r for r in sub if r.get("lenient") == r["type"] and r.get("parse") != r["type"]
                and r.get("governor") != r["type"]]
        print(f"  {c:36} {n:5} {sum(1 for r in sub if r.get('candidate')):6} {right['parse']:6} "
              f"{right['governor']:9} {right['lenient']:8} {len(only):13}")
    if listing:
        for r in todo:
            print(f"- [{r['type']}] {r['cause']} | {r.get('key', '')} | parse {r.get('parse')} governor "
                  f"{r.get('governor')} lenient {r.get('lenient')} | '{r['trigger']}' | {r['sentence'][:160]}")


def main(argv=None) -> int:
    from narrated import fill_from_parse, study_parser, write_rows
    args = study_parser(__doc__).parse_args(argv)
    rows = json.loads(Path(args.role_json).read_text(encoding="utf-8"))["rows"]
    todo = [r for r in rows if r["status"] == "none" and "trigger_span" in r]
    for r in todo:
        r["cause"] = ""
    fill_from_parse(todo, reader, args.event_models, Path(args.shared), Path(args.cache))
    report(todo, args.list)
    write_rows(todo, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
