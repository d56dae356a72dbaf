"""Study (not shipped): evaluative speech. Words a speaker says about a named actor that judge it are an
accusation or praise of that actor, even where no event verb says so ('"Kell's plan is a disgrace," Osei
said'; 'Osei said the minister had lied to voters').

Each pair of a quotation (direct or reported, with a speaker) and an actor the quotation names, other than
its speaker, is one candidate. A multinomial logistic regression over sparse features of the pair — the
words of the quoted clause that holds the actor, the actor's place in that clause (subject of a judgement,
object of a verb, possessor), negation, the reporting verb, the kinds of speaker and actor — reads ACCUSE,
SUPPORT or neither; `speech_sparse.py` cross-validates it on quotations in the hand-labelled training
sentences (the sentence's labels say whether the speaker accused or praised the actor; never evaluation
data), `speech_minilm.py` adds the packaged MiniLM encoder. Figures in README.md here and docs/events.md
(session 9): not good enough to ship.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "INTJ"})
MAX_WORDS = 40
NONE = "NONE"


@dataclass(slots=True)
class Pair:
    """A quotation and one actor it names: the candidate the model reads."""
    quote: object            # record.Quote
    target: str              # actor id
    mention: object          # spaCy Token: the root of the actor's first mention inside the quotation


def pairs(doc, ctx) -> list[Pair]:
    """Every (quotation with a speaker, actor named inside it other than the speaker) pair, in text order."""
    spans = sorted((m.start, m.end, a.id) for a in ctx.actors for m in a.mentions)
    out = []
    for q in ctx.quotes:
        if not q.speaker:
            continue
        seen: set[str] = set()
        for s, e, aid in spans:
            if not (q.start <= s and e <= q.end) or aid == q.speaker or aid in seen:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            seen.add(aid)
            out.append(Pair(q, aid, span.root))
    return out


def _clause_words(tok, q) -> list:
    """The content words of the quoted sentence holding `tok`, inside the quotation, nearest first."""
    sent = tok.sent
    words = [t for t in sent if q.start <= t.idx < q.end and t.pos_ in CONTENT_POS and not t.ent_type_]
    words.sort(key=lambda t: abs(t.i - tok.i))
    return words[:MAX_WORDS]


NEAR = 6


def _valence(f: list[str], name: str, toks, valence: dict) -> None:
    vals = [valence.get(t.lower_, valence.get(t.lemma_.lower(), 0.0)) for t in toks]
    if any(v <= -1.5 for v in vals):
        f.append(f"{name}=neg")
    if any(v >= 1.5 for v in vals):
        f.append(f"{name}=pos")


def features(pair: Pair, ctx, valence: dict | None = None) -> list[str]:
    """Sparse features of one pair (strings: the model's vocabulary). `valence`: word -> sentiment valence
    (negative: a judgement against)."""
    q, tok = pair.quote, pair.mention
    kinds = {a.id: a for a in ctx.actors}
    target, speaker = kinds.get(pair.target), kinds.get(q.speaker)
    f = [f"kind={q.kind}", f"cue={(q.cue or '').split()[0].lower() if q.cue else 'none'}",
         f"tdep={tok.dep_}", f"thead={tok.head.lemma_.lower()}", f"tdep|head={tok.dep_}|{tok.head.lemma_.lower()}"]
    if target is not None:
        f.append(f"tkind={target.kind}")
        if speaker is not None and target.country and target.country == speaker.country:
            f.append("same_country")
    if speaker is not None:
        f.append(f"skind={speaker.kind}")
    if tok.pos_ == "PRON":
        f.append("tpron")
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        for c in head.children:
            if c.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp"):
                f.append(f"pred={c.lemma_.lower()}")
                f += [f"pred_mod={m.lemma_.lower()}" for m in c.children if m.dep_ == "amod"]
    elif tok.dep_ in ("dobj", "pobj", "dative"):
        verb = head.head if tok.dep_ == "pobj" else head
        f.append(f"tverb={verb.lemma_.lower()}")
    elif tok.dep_ == "poss":
        f.append(f"tposs={head.lemma_.lower()}")
        f += [f"tposs_mod={m.lemma_.lower()}" for m in head.children if m.dep_ == "amod"]
    words = _clause_words(tok, q)
    f += sorted({f"w={t.lemma_.lower()}" for t in words})
    if any(t.dep_ == "neg" for t in tok.sent if q.start <= t.idx < q.end):
        f.append("neg")
    near = [t for t in words if abs(t.i - tok.i) <= NEAR]
    f += sorted({f"near={t.lemma_.lower()}" for t in near})
    if valence:
        _valence(f, "v_clause", words, valence)
        _valence(f, "v_near", near, valence)
        _valence(f, "v_head", [tok.head, *(c for c in tok.head.children if c.dep_ in ("attr", "acomp", "dobj"))], valence)
    return f


def document_folds(groups: list, folds: int, seed: int):
    """(train, test) index lists per fold, folds grouped by document (a document's pairs never on both sides)."""
    docs = sorted(set(groups))
    random.Random(seed).shuffle(docs)
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    for f in range(folds):
        yield ([i for i in range(len(groups)) if fold_of[groups[i]] != f],
               [i for i in range(len(groups)) if fold_of[groups[i]] == f])
