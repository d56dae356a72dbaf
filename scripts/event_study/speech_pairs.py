"""Study of evaluative speech (pairs and features now ship in dateline.extract.events.speech). Words a
speaker says about a named actor that judge it are an accusation or praise of that actor, even where no event verb says so ('"Kell's plan is a disgrace," Osei
said'; 'Osei said the minister had lied to voters').

Each pair of a quotation (direct or reported, with a speaker) and an actor the quotation names, other than
its speaker, is one candidate. A multinomial logistic regression over sparse features of the pair — the
words of the quoted clause that holds the actor, the actor's place in that clause (subject of a judgement,
object of a verb, possessor), negation, the reporting verb, the kinds of speaker and actor — reads ACCUSE,
SUPPORT or neither; `speech_sparse.py` cross-validates it on quotations in the hand-labelled training
sentences (the sentence's labels say whether the speaker accused or praised the actor; never evaluation
data), `speech_minilm.py` adds the packaged MiniLM encoder. Figures in README.md here and docs/events.md
(session 9): not good enough to ship on those labels; session 10 trains the shipped model on hand-labelled
pairs instead (scripts/train_speech.py).
"""
from __future__ import annotations

import random

from dateline.extract.events.speech import Pair, pairs  # noqa: F401  (the shipped pair reader)
from dateline.extract.events.speech import features as shipped_features

NONE = "NONE"


def _valence(f: list[str], name: str, toks, valence: dict) -> None:
    vals = [valence.get(t.lower_, valence.get(t.lemma_.lower(), 0.0)) for t in toks]
    if any(v <= -1.5 for v in vals):
        f.append(f"{name}=neg")
    if any(v >= 1.5 for v in vals):
        f.append(f"{name}=pos")


def features(pair: Pair, ctx, valence: dict | None = None) -> list[str]:
    """The shipped features of one pair (`dateline.extract.events.speech`), plus VADER valence of its words
    when `valence` (word -> sentiment valence) is given."""
    f = shipped_features(pair, ctx)
    if valence:
        from dateline.extract.events.speech import NEAR, _clause_words
        tok = pair.mention
        words = _clause_words(tok, pair.quote)
        _valence(f, "v_clause", words, valence)
        _valence(f, "v_near", [t for t in words if abs(t.i - tok.i) <= NEAR], valence)
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
