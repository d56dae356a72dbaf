"""What the text shows about an act the story's reference day dated (`scripts/date_eval.py`, aggregate counts).

The reference day (`dating._reference_time`) gives an undated act the story's recent day. Where the act is
older, the words usually say so in one of a few ways; `shows` names the first that holds, in this order:

- `reported earlier act`: the act is the content of someone's speech, told in a past or perfect under a
  reporting verb that is not the act ("Vale said Ostland had attacked the post");
- `past perfect`: "had" + participle ("Kell had accused Vale of …");
- `nominal act`: the trigger is a noun ("the March vote", "last year's deal", "Kell's refusal");
- `state or result`: a passive or a state told as past ("was elected", "has been detained since …");
- `present perfect`: "has accused";
- `background paragraph`: after the lead, a sentence with no time of its own whose paragraph or sentence names
  a time older than the reference window ("In 2019 Ostland closed the border. … Kell condemned the move");
- `story's day is older`: the article's most named day is older than the reference window (a story told days
  after its event);
- `plain past`: none of these (a simple past act the words do not set apart).
"""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

ORDER = ("reported earlier act", "past perfect", "nominal act", "state or result", "present perfect",
         "background paragraph", "story's day is older", "plain past")


def shows(ctx, cand) -> str:
    """The first of `ORDER` that the words around a candidate show."""
    from dateline.extract.events import dating

    anchor = cand.anchor if cand.anchor is not None else cand.trigger
    verb = _clause_verb(anchor)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    perfect = verb.tag_ == "VBN" and bool(aux & {"has", "have", "had", "'s", "’s", "'d", "’d"})
    past = verb.tag_ == "VBD" or perfect
    reporting = ctx.knowledge.reporting.speech
    head = verb.head if verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") else None
    if past and head is not None and head.i != verb.i and head.lemma_.lower() in reporting \
            and verb.lemma_.lower() not in reporting:
        return "reported earlier act"
    if perfect and aux & {"had", "'d", "’d"}:
        return "past perfect"
    if cand.trigger.pos_ in ("NOUN", "PROPN"):
        return "nominal act"
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.lemma_ == "be" or any(
            c.lower_ == "since" for c in verb.children):
        return "state or result"
    if perfect:
        return "present perfect"
    pub = dating.publication_day(ctx)
    if pub is not None and _older_background(ctx, anchor, pub, dating):
        return "background paragraph"
    if pub is not None and _story_day_older(ctx, pub, dating):
        return "story's day is older"
    return "plain past"


def _clause_verb(tok):
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _older_background(ctx, anchor, pub: date, dating) -> bool:
    """After the lead, the act's sentence has no time of its own and its paragraph, up to the act, names a time
    older than the reference window."""
    text, sent = ctx.article.text, anchor.sent
    first_break = text.find("\n")
    if first_break < 0 or sent.start_char < first_break:
        return False
    par_start = text.rfind("\n", 0, sent.start_char) + 1
    oldest = (pub - timedelta(days=dating.REFERENCE_DAYS)).isoformat()
    return any(par_start <= t.start < anchor.idx and (t.value or "")[:10] < oldest and (t.value or "")[:1].isdigit()
               for t in ctx.times if t.type == "DATE")


def _story_day_older(ctx, pub: date, dating) -> bool:
    days = Counter((t.value or "")[:10] for t in ctx.times if len((t.value or "")[:10]) == 10
                   and (t.value or "")[:1].isdigit())
    if not days:
        return False
    top, _ = days.most_common(1)[0]
    return top < (pub - timedelta(days=dating.REFERENCE_DAYS)).isoformat()


def print_split(rows: list[dict]) -> None:
    """Counts of `shows` over the rows dated by the reference day: right / judged, and misses with gold older."""
    ref = [r for r in rows if r.get("shows")]
    print(f"  reference-day acts by what the text shows (right / judged; misses with gold older) [{len(ref)}]:")
    for name in ORDER:
        group = [r for r in ref if r["shows"] == name]
        if group:
            older = sum(1 for r in group if (r.get("cause") or "").startswith("reference: gold older"))
            print(f"    {name:22s} {sum(bool(r['any_ok']) for r in group):3d} / {len(group):3d}; gold older {older}")
