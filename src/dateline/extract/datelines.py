"""Wire datelines: "RURITOWN, March 3 (Agency) - Officials said …", "LYON - Jean Valmont said …". A dateline
says where a story was filed; it is never part of the sentence it opens (not a doer, not a name's first
words). Found once per document and shared by the stages that read sentence starts."""
from __future__ import annotations

DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
_KEY = "dateline.datelines"


def dateline_dashes(doc) -> dict[int, int]:
    """Token index of a sentence's first word -> index of the dash that closes its dateline: an upper-case
    first word, then within 14 tokens a dash with a space on each side ("ABS-CBN" is a name), and no verb
    before the dash."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = {}
        for sent in doc.sents:
            first = sent[0]
            if not (first.is_alpha and first.is_upper and len(first) > 1):
                continue
            dash = next((t for t in sent[1:14] if t.text in DASHES and doc[t.i - 1].whitespace_ and t.whitespace_), None)
            if dash is not None and not any(t.pos_ in CLAUSE_POS for t in doc[first.i:dash.i]):
                found[first.i] = dash.i
        doc.user_data[_KEY] = found
    return found
