"""TIMEX3 attributes beyond type and value: mod, quant/freq of sets, range links, what a duration measures.

Each function reads one resolved expression (or a pair) with the words of the
time lexicon (`knowledge/data/time_lexicon.json`):

- `modifier`: "about three weeks" -> APPROX, "more than a decade" -> MORE_THAN,
  "early March" -> START, "the end of the year" -> END (TimeML `mod`);
- `set_attributes`: "every Monday" -> quant EVERY, "twice a week" -> freq 2X;
- `link_ranges`: "from Wednesday through Friday" -> the two times point at each
  other (`range_with`), the later end resolved after the earlier one;
- `measured_event`: "a three-month investigation" -> "investigation",
  "the talks lasted two hours" -> "talks", "fought for six years" -> "fought".
"""
from __future__ import annotations

import re

_QUANTITY = re.compile(r"(?:\d|an?\s|half\b|a\s+(?:few|couple)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|dozens?)\b)")
_NUM_TIMES = re.compile(r"(?i)\b(\w+)\s+times\s+(?:a|per|every|each|daily|weekly|monthly|yearly|annually|hourly)\b")


def modifier(text: str, before: str, L) -> str | None:
    """The TimeML mod of an expression from its own leading words or the words just before it."""
    low = re.sub(r"^mid(?=year$)", "mid-", " ".join(text.lower().split()))  # "midyear": MID
    m = L.MOD_LEAD.match(low) if L.MOD_LEAD is not None else None
    mod = (L.modifiers.get(m.group(1)) or L.modifiers.get(m.group(1) + "-")) if m else None
    if m and (not m.group(2) or m.group(1).endswith(" of") or mod in ("START", "MID", "END")):
        return mod  # "early this year" START; not "over the past months"
    m = L.MOD_LEAD.match(low[4:]) if L.MOD_LEAD is not None and low.startswith("the ") else None
    if m and L.modifiers.get(m.group(1)) in ("START", "MID", "END"):  # "the early 1990s", "the late 19th century"
        return L.modifiers[m.group(1)]
    if re.match(r"(?:the|this|that|these|those|last|next)\b", low):
        return None  # "over the weekend", "over the past decade": a preposition, not "more than"
    m = L.MOD_BEFORE.search(" ".join(before.lower().split())) if L.MOD_BEFORE is not None else None
    if m and m.group(1) in ("over", "under") and not _QUANTITY.match(low):
        return None  # "over Christmas", "under Monday's deal": a preposition; "over two years" MORE_THAN
    return L.modifiers.get(m.group(1)) if m else None


def set_attributes(text: str, L) -> tuple[str | None, str | None]:
    """(quant, freq) of a SET: "each week" -> ("EACH", None); "three times a year" -> (None, "3X")."""
    low = text.lower().split()
    quant = L.set_quantifiers.get(low[0]) if low else None
    freq = None
    if low and low[0] in L.set_frequencies:
        freq = f"{L.set_frequencies[low[0]]}X"
    else:
        m = _NUM_TIMES.search(text)
        n = L.number(m.group(1)) if m else None
        if n is not None:
            freq = f"{int(n)}X"
    return quant, freq


def range_pairs(text: str, items, L) -> list[tuple[int, int]]:
    """Index pairs (i, j) of consecutive calendar expressions joined by a range word ("Monday to Friday",
    "between 1990 and 1995"; "and" only after "between")."""
    pairs = []
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if not (a.result and b.result and a.result[0] in ("DATE", "TIME") and b.result[0] in ("DATE", "TIME")):
            continue
        gap = text[a.end:b.start].strip().lower()
        if gap not in L.range_connectors or len(text[a.end:b.start]) > 12:
            continue
        if gap == "and" and not re.search(r"(?i)\bbetween\s+(?:the\s+)?$", text[max(0, a.start - 12):a.start]):
            continue
        if gap in ("to", "until", "till") and b.source != "rule:day_range" and \
                not re.search(r"(?i)\bfrom\s+(?:the\s+)?$", text[max(0, a.start - 8):a.start]):
            continue  # "moved the vote to Friday": not a range without "from"
        pairs.append((i, i + 1))
    return pairs


def measured_event(doc, start: int, end: int, L) -> tuple[str, int, int] | None:
    """The event word a DURATION measures when the syntax ties them: a modified noun ("a three-month
    investigation"), the subject of a measuring verb ("the talks lasted two hours"), else the verb a
    "for" phrase hangs on ("fought for six years")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "over", "during", "throughout"):
        root = root.head  # "lasted for [three months]": the signal outside the span ties it to the clause
    head = root.head
    if head.i == root.i:
        return None
    if root.dep_ in ("amod", "compound", "nmod", "nummod") and head.pos_ == "NOUN" and head.i >= span.end:
        return head.text, head.idx, head.idx + len(head.text)
    if head.pos_ == "VERB" and head.lemma_.lower() in L.measure_verbs:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("which", "that") and head.dep_ == "relcl":
            subj = head.head  # "the talks, which lasted three days": what the relative clause is about
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return subj.text, subj.idx, subj.idx + len(subj.text)
        return None
    if root.dep_ == "prep" and root.lower_ in ("for", "over", "during") and head.pos_ == "VERB":
        return head.text, head.idx, head.idx + len(head.text)  # "negotiated for 18 hours"
    if root.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB" and not any(c.dep_ == "dative" for c in head.children):
        return head.text, head.idx, head.idx + len(head.text)  # "served 12 years", "waited two hours"; not "gave X 30 days"
    return None
