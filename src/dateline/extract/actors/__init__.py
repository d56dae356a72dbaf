"""Actors: who is who in one article.

    extract_actors(doc, ctx) -> list[Actor]

Stable API for the quotes and events extractors
-----------------------------------------------
- Every mention of an actor is a `Mention` under its `Actor`, with
  `Mention.kind` one of: ``name`` ("Donald Trump", "U.S. President Donald
  Trump" — a title before a name belongs to the mention), ``description``
  ("the American president", "An Israeli official", "a commentator
  affiliated with Hamas"), ``nominal`` ("Israeli officials", "senior Hamas
  officials", "protesters", "the Trump administration"), ``pronoun`` ("He",
  "His", "they", and "it" for an organisation acting — resolved subject or
  possessive pronouns outside quotations),
  ``demonym`` ("Israeli" standing for Israel) and ``metonym`` ("the
  Kremlin", "Washington" as a subject).
- The pipeline builds ``ctx.mention_index`` from these, so
  ``ctx.actor_for(start, end)`` gives the actor id for any speaker, source or
  target span: a subject pronoun of "said", "the president stated", "An
  Israeli official responded" all resolve.
- A span is claimed by at most one actor (nested mentions such as "the Trump
  administration" inside "the Trump administration's envoy" are allowed:
  `actor_for` prefers the largest overlap).
- Anonymous sources are actors of kind ``anonymous`` with the country and
  sector their description gives ("An Israeli official" → ISR, GOV).
- States are actors of kind ``state`` with their ISO alpha-3 code and sector
  GOV; "Israeli officials" and "the Philippine government" are mentions of
  the state; ``kb_id`` is the registry id ("dl:…", "user:…") when resolved.
- ``Actor.role`` carries the office ("president", "foreign minister") when
  the title or the registry gives one.
- Actors are ordered by first mention; ids are ``a1``, ``a2``, … in that order.

How it works: `mentions.py` finds candidates (entities repaired, titles and
appositions, role noun phrases, pronouns), `keys.py` groups them (short
names, acronyms, descriptions, pronouns), `resolve.py` sets kind, country and sector
from the registry (`knowledge.registry`, date-aware), the mention's own
words, its affiliation ("Trump's Envoy", "spokesman for the PMF"), and
finally the article's main country. See docs/actors.md.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ...record import Actor
from .. import doc_text, entities
from . import nonactors, quantified
from .learned import keep_actors
from .mentions import Finder
from .outlet_country import home_country
from .resolve import Resolver
from .sector_guess import guess_sectors

__all__ = ["extract_actors", "quote_regions"]

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "``": "''"}


# two apostrophes or backticks stand for a double mark where some newspapers print them (''…'', ``…'')
_MARKS = re.compile('``|\'\'|[\u201c\u201d\u00ab\u00bb"]|\n\n')


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs, else alternating straight quotes; ''…'' as
    straight, ``…'' as curly ones)."""
    out = []
    stack = None
    straight = None
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n\n":  # a quotation never spans a blank line unless it is re-opened
            if stack is not None:
                out.append((stack[0], i))
                stack = None
            straight = None
        elif stack is None and ch in _OPEN:
            stack = (i, _OPEN[ch])
        elif stack is not None and ch == stack[1]:
            out.append((stack[0], i + len(ch)))
            stack = None
        elif ch in ('"', "''"):
            if straight is None:
                straight = i
            else:
                out.append((straight, i + len(ch)))
                straight = None
    return out


def _inside(size: int, regions: list[tuple[int, int]]) -> bytearray:
    """1 at every character strictly inside one of the regions (start < i < end), else 0: asked for every
    mention, one lookup instead of a pass over the regions."""
    mask = bytearray(size)
    for s, e in regions:
        lo, hi = s + 1, min(e, size)
        if hi > lo:
            mask[lo:hi] = b"\x01" * (hi - lo)
    return mask


def _country_marks(names, places, doc, reg, date=None) -> list[tuple[int, str, float, bool]]:
    """(character offset, country, weight, by a person) of every country the article names: states (1), places
    (1), demonyms (half) and persons the registry or a strong cue places (half)."""
    marks = []
    for c in names:
        if c.country and (c.akind == "state" or c.csource == "demonym" and c.akind == "group"):  # "Ruritanians" too
            marks.append((c.start, c.country, 1.0, False))
        elif c.akind == "person":  # a known person counts half ("Secretary of State Mike Pompeo")
            role = c.reg.role_at(date) if c.reg is not None else None
            iso = role.country if role is not None else (c.country if not c.country_weak else None)
            if iso and len(iso) == 3 and iso not in ("IGO", "NGO"):
                marks.append((c.start, iso, 0.5, True))
    for ent in entities(doc):
        if ent.label_ == "NORP":
            iso = reg.demonym(ent.text)
            if iso:
                marks.append((ent.start_char, iso, 0.5, False))
    for p in places:
        if p.country:
            marks.append((p.start, p.country, 1.0, False))
    return marks


def _country_votes(marks, doc) -> tuple[str | None, dict[str, float]]:
    """The article's main country — the one its states, demonyms, places and (half) persons name most, the lead
    sentence counting double, the first named winning a tie — and each named country's share of all those votes
    (the main country's 1.0 when the article names no other)."""
    votes: Counter = Counter()
    order = {}
    lede_end = next(iter(doc.sents)).end_char if len(doc) else 0
    for pos, iso, weight, _ in marks:  # double in the lead sentence
        votes[iso] += weight * (2 if pos < lede_end else 1)
        order.setdefault(iso, pos)
    if not votes:
        return None, {}
    total = sum(votes.values())
    best = max(votes, key=lambda k: (votes[k], -order[k]))
    return best, {iso: v / total for iso, v in votes.items()}


def _paragraph_countries(text: str, marks):
    """A function giving the countries named (states, places, demonyms; not persons) in the paragraph around a
    character offset."""
    seen: dict[tuple[int, int], set[str]] = {}  # paragraph bounds -> its countries (each paragraph read once)

    def near(pos: int) -> set[str]:
        start = text.rfind("\n\n", 0, pos)
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        if (start, end) not in seen:
            seen[start, end] = {iso for p, iso, _, by_person in marks if not by_person and start <= p < end}
        return set(seen[start, end])
    return near


def extract_actors(doc, ctx) -> list[Actor]:
    """Every actor in the article with all its mentions, resolved against the registry where possible."""
    reg = ctx.knowledge.registry
    date = ctx.article.date
    inside = _inside(len(ctx.article.text), quote_regions(ctx.article.text))

    def in_quote(pos: int) -> bool:
        """Is the character inside quotation marks?"""
        return 0 <= pos < len(inside) and inside[pos] == 1

    words = ctx.knowledge.actor_words
    finder = Finder(doc, reg, date, ctx.in_provenance, ctx.places, ctx.knowledge.gazetteer, words)
    names = finder.names()
    party_members = [c for c in names if c.party_member]  # "the Ruriton Republican": a description to resolve
    names = [c for c in names if not c.party_member]
    finder.mark_campaigns()
    nominals = finder.nominals(in_quote)
    finder.group_members(names + nominals)
    finder.sentence_frames(names)
    finder.bracketed_employers(names)
    finder.shared_title_country(names)
    pronouns = finder.pronouns(in_quote) + quantified.quantifier_pronouns(finder, in_quote)
    quantified.widen_groups(finder, names + nominals)  # "some Republicans", "two Ruritanians"
    marks = _country_marks(names, ctx.places, doc, reg, date)
    dominant, shares = _country_votes(marks, doc)
    resolver = Resolver(reg, date, dominant, in_quote, words, shares.get(dominant, 0.0),
                        _paragraph_countries(doc_text(doc, ctx), marks))
    resolver.vote_shares = shares
    resolver.country_marks = marks  # where each country is named (person_country.py)
    resolver.home_country = home_country(ctx.article)  # the outlet's home country (person_country.py)
    # "the war in Ruritania": the country where, no mention of the state (still evidence of the story's country)
    resolver.add_names([c for c in names if not (c.akind == "state" and c.mkind in ("name", "metonym") and
                                                 nonactors.in_a_place(doc[c.ts:c.te], c.mkind == "metonym"))], doc)
    resolver.add_rest(nominals + party_members, pronouns)
    media = _cited_names(ctx.article) | _outlet_names(ctx.knowledge.news_outlets)
    actors = resolver.actors(media)
    guess_sectors(actors, resolver.defaulted_actors, doc, ctx, in_quote)  # the learned last resort
    actors = keep_actors(actors, doc, ctx, in_quote)
    for i, a in enumerate(actors, 1):
        a.id = f"a{i}"
    return actors


@functools.lru_cache(maxsize=8)
def _outlet_names(lines: tuple[str, ...]) -> frozenset:
    """Normalised names and aliases of the packaged list of news organisations (news_outlets.txt, which the
    provenance stage reads for bylines and credits): an organisation of unknown sector named so is media."""
    from ...knowledge.registry import norm
    return frozenset(norm(n) for line in lines if not line.lstrip().startswith("#") for n in line.split("|") if n.strip())


def _cited_names(article) -> frozenset:
    """Normalised names of the news organisations the article cites, and of its outlet and original publisher
    (the provenance stage's): an organisation of unknown sector among them is media ("According to
    Zorbodaily.com, …")."""
    from ...knowledge.registry import norm
    return frozenset(norm(x) for x in [*(article.cited_sources or []), article.outlet, article.original_publisher] if x)
