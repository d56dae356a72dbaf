"""Who speaks where the cue does not say: interview turns, pronoun speakers, and what is no speech at all.

Run over the quotes `direct.py` and `indirect.py` found, with the actors' records in `ctx.actors`:

- `interview_turns`: a transcript's labelled paragraphs ("MORALES: …", "Q: …", "A: …") are turns; each
  turn is a direct quote of its label's speaker, questions the interviewer's, answers the interviewee's.
- `fix_pronoun_speakers`: "'…,' he said" belongs to the nearest compatible person outside the quote —
  the previous quote's speaker, else the nearest person named before it — never to someone the quote
  itself talks about ("'Novak is secondary, to me,' he said" is not Novak's).
- `strip_markup`: markup and embed code ("pic.twitter.com/…", "<blockquote …>") is never quoted text;
- `not_speech`: evidential verbs whose subject is no person or organisation ("the study found that …"),
  and "not to mention …"; `no_source`: reports whose subject is a thing, a generic person, or (for beliefs)
  the article's own "we" ("something that worries …", "you can't yell “fire”", "we know that …").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...record import Quote
from .agents import no_agent
from .common import has_word
from .speakers import noun_span

# a transcript label opening a paragraph: "MORALES:", "SEN. HALE:", "Q:", "A:" (possibly inside an open quote)
_LABEL = re.compile(r"[ \t]*[\"“]?[ \t]*(?:((?:[A-Z][A-Z.'’\-]+ ){0,2}[A-Z][A-Z'’\-]+):|(Q|A)[.:])[ \t]+(?=\S)")
# a mixed-case speaker label: "Matthews:", "Ana Lopez:", "Mr. Kell:" (counted only when it names a person actor)
_NAME_LABEL = re.compile(r"[ \t]*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2})"
                         r":[ \t]+(?=\S)")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]{0,200}>|https?://|pic\.twitter\.com|\bwww\.\w|&[a-z]{2,6};|"
                     r"\{\{|\}\}|\b[a-z\-]+=\"|twitter-tweet|\(@\w+\)\s+\w+ \d")
_PRONOUNS = {"he": "person", "she": "person", "they": None}
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _paragraphs(text: str):
    """(start, end) of each non-empty line."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line)
        pos += len(line) + 1


def _actor_by_label(label: str, actors) -> str | None:
    """The person actor a transcript label names: "MORALES" → Ana Morales (by surname)."""
    last = label.replace("’", "'").split()[-1].strip(".").casefold()
    hits = [a for a in actors if a.kind == "person" and a.name.split()
            and a.name.split()[-1].strip(".").casefold() == last]
    return max(hits, key=lambda a: len(a.mentions)).id if hits else None


def interview_turns(text: str, quotes: list[Quote], ctx, lex, index=None) -> list[Quote]:
    """Labelled transcript paragraphs become (or re-attribute) direct quotes of their label's speaker.

    Needs two turns at least (one labelled line is a caption, not an interview). "Q" turns belong to the
    interviewer (the one journalist named before the first turn, else no one), "A" turns to the interviewee:
    a person the headline or lead before the first turn names first (a media sector the actors stage may give a
    mayor "in an interview with the Lantern" ranks after that), then one of no media sector, then the person they
    mention most (questions may name a rival more often), else the person the article names most outside the
    answers; never someone named only inside the turns (the one talked about).
    A lead that tells the interview ("Dan Lund interviewed Ana Kell", `index`: the article's TokenIndex) names
    both: its subject asks, the one interviewed answers.
    """
    turns = []
    for ps, pe in _paragraphs(text):
        m = _LABEL.match(text, ps, pe)
        g = 1 if m and m.group(1) else 2
        if m and m.group(g).lower().strip(".") not in lex.turn_label_skip:
            turns.append((m.start(g), m.end(g), m.end(), pe, m.group(g)))
    dotted = {label for ls, le, _, _, label in turns if text[le:le + 1] == "."}
    if dotted and dotted != {"Q", "A"}:  # "Q. …" / "A. …" only as a pair: "A. Kell said" opens with an initial
        turns = [t for t in turns if text[t[1]:t[1] + 1] != "."]
    turns = sorted(turns + _named_turns(text, ctx, lex))
    if len(turns) < 2:
        return quotes
    bodies = [(ts, te) for _, _, ts, te, _ in turns]
    persons = [a for a in ctx.actors if a.kind == "person"]
    outside = [a for a in persons if _named_outside(a, bodies)]
    answers = [(ts, te) for _, _, ts, te, label in turns if label == "A"]
    intro = turns[0][0]  # the headline and lead before the first turn introduce the interviewee
    interviewee = max(outside, key=lambda a: (_named_before(a, intro) > 0, a.sector != "MED", _named_before(a, intro),
                                              _named_outside(a, answers))).id if outside else None
    interviewer = _interviewer(persons, intro, interviewee)
    told = _interview_told(index, ctx, lex, intro) if index is not None else None
    if told is not None:
        interviewer, interviewee = told
    out = list(quotes)
    for ls, le, ts, te, label in turns:
        body_end = te
        while body_end > ts and text[body_end - 1] in " \t\"”":
            body_end -= 1
        if body_end - ts < 2:
            continue
        speaker = interviewee if label == "A" else interviewer if label == "Q" else _actor_by_label(label, ctx.actors)
        # the turn itself is what the speaker said: reported speech inside it is part of that quote
        out = [q for q in out if q.kind == "direct" or not (ts <= q.start and q.end <= body_end)]
        covering = [q for q in out if q.start < body_end and ts < q.end]
        for q in covering:  # a quote inside a turn is the turn's speaker's
            q.speaker, q.speaker_text, q.speaker_start, q.speaker_end, q.cue = speaker, label, ls, le, None
        if not covering:
            out.append(Quote(id="", kind="direct", text=text[ts:body_end], start=ts, end=body_end,
                             speaker=speaker, speaker_text=label, cue=None, speaker_start=ls, speaker_end=le))
    return out


def _interviewer(persons, intro: int, interviewee) -> str | None:
    """The one journalist (a person of the media sector: "Lantern reporter Dan Lund", "Dan Lund, a reporter for
    the Lantern,") named before the first turn, other than the interviewee: whose the questions are."""
    asking = [a for a in persons if a.sector == "MED" and a.id != interviewee and _named_before(a, intro)]
    return asking[0].id if len(asking) == 1 else None


def _interview_told(index, ctx, lex, intro: int) -> tuple[str, str] | None:
    """(asker, interviewed) from the last sentence before the first turn whose verb tells an interview between
    two people, the subject asking ("Dan Lund of the Lantern interviewed Ana Kell")."""
    kinds = {a.id: a.kind for a in ctx.actors}

    def person(tok):
        aid = ctx.actor_for(tok.idx, tok.idx + len(tok)) if tok is not None else None
        return aid if kinds.get(aid) == "person" else None

    told = None
    for tok in index.doc[:index.at(intro).i if index.at(intro) is not None else len(index.doc)]:
        how = (lex.interview_verbs or {}).get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if not how:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        objs = [c for c in tok.children if c.dep_ == "dobj" and "dobj" in how] + \
            [g for c in tok.children if c.dep_ == "prep" and c.lower_ in how for g in c.children if g.dep_ == "pobj"]
        asker, asked = person(subj), next((p for p in map(person, objs) if p is not None), None)
        if asker is not None and asked is not None and asker != asked:
            told = (asker, asked)
    return told


def _named_before(actor, end: int) -> int:
    """How often the actor is mentioned (names and pronouns) before `end`: "Q&A with Vice President Ana
    Kell. Kell spent Thursday in Salem, where she …" names the interviewee more than anyone it mentions."""
    return sum(m.start < end for m in actor.mentions)


def _named_outside(actor, answers) -> int:
    """How often the article names the actor outside the answers (who answers talks about others there)."""
    return sum(not any(s <= m.start < e for s, e in answers) for m in actor.mentions)


def _named_turns(text: str, ctx, lex) -> list[tuple[int, int, int, int, str]]:
    """Turns labelled by a person's name in mixed case ("Matthews: …", "Ana Lopez: …") — a transcript only:
    two people at least, each label naming a person actor, and one turn at least longer than a headline
    (a list of "Name: headline" lines is no interview; `headline_attributions` reads those) or labels that take
    turns. Turns of one or two words ("Kell: And the port?") count only in an exchange that takes turns and has
    two longer turns at least; a line with no word ("Kell: 1,769.") is never a turn."""
    turns = []
    for ps, pe in _paragraphs(text):
        m = _NAME_LABEL.match(text, ps, pe)
        if m is None or m.group(1).lower() in lex.turn_label_skip or not any(
                c.isalpha() for c in text[m.end():pe]):  # "Kell: 1,769." is a tally line, no turn
            continue
        if _actor_by_label(m.group(1), ctx.actors) is not None:
            turns.append((m.start(1), m.end(1), m.end(), pe, m.group(1)))
    ids = [_actor_by_label(t[4], ctx.actors) for t in turns]
    long_turns = [t for t in turns if len(text[t[2]:t[3]].split()) >= 3]
    if len(set(ids)) >= 2 and _alternating(ids) and len(long_turns) >= 2:
        return turns
    turns = long_turns
    ids = [_actor_by_label(t[4], ctx.actors) for t in turns]
    if len(set(ids)) < 2 or not (any(len(text[ts:te].split()) > _HEADLINE_WORDS for _, _, ts, te, _ in turns)
                                 or _alternating(ids)):
        return []
    return turns


def _alternating(ids: list) -> bool:
    """Do the labels take turns ("Lund: …¶Kell: …¶Lund: …¶Kell: …"): four turns at least, no person twice in a
    row and each of them twice or more? An exchange, however short its lines; a list of headlines names many."""
    return len(ids) >= 4 and all(a != b for a, b in zip(ids, ids[1:])) and all(ids.count(i) >= 2 for i in set(ids))


def fix_pronoun_speakers(text: str, quotes: list[Quote], ctx, index=None) -> None:
    """A direct quote's pronoun speaker ("he said") is the nearest compatible person outside the quote; right
    after a question put to a named person ("Kell asked Lund whether …"), that person (`index`: the
    article's `common.TokenIndex`, to read the question's addressee)."""
    by_id = {a.id: a for a in ctx.actors}
    words = ctx.knowledge.actor_words
    genders = {a.id: person_gender(a, words, text) for a in ctx.actors if a.kind in ("person", "anonymous")}
    mentions = sorted((m.start, m.end, a.id) for a in ctx.actors if a.kind in ("person", "anonymous")
                      for m in a.mentions if m.kind != "pronoun")
    starts = [m[0] for m in mentions]
    spans = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    previous: Quote | None = None
    before: Quote | None = None  # the quote of any kind right before
    for q in sorted(quotes, key=lambda x: x.start):
        word = (q.speaker_text or "").strip().lower()
        if q.kind == "direct" and word in _PRONOUNS:
            actor = by_id.get(q.speaker)
            want = words.pronoun_gender.get(word)
            talked_about = actor is not None and _named_in(actor, q)
            fits = {aid for aid, g in genders.items() if g in (None, want)} if want else set(by_id)
            asked = _asked_person(before, q, text, ctx, index) if index is not None else None
            asked_here = _asked_in_clause(q, ctx, index) if index is not None and asked is None else None
            if asked is not None and asked in fits and (actor is None or actor.id in (asked, before.speaker)):
                q.speaker = asked
            elif asked_here is not None and asked_here[0] in fits and (actor is None or actor.id in asked_here):
                q.speaker = asked_here[0]
            elif _answers(previous, q, text, ctx.knowledge.reporting) and (actor is None or actor.id == previous.speaker):
                q.speaker = _nearest_speaker(q, None, mentions, starts, spans, by_id, text, fits - {previous.speaker})
            elif actor is None or talked_about or genders.get(actor.id, want) not in (None, want):
                q.speaker = _nearest_speaker(q, previous, mentions, starts, spans, by_id, text, fits)
            elif actor.name.islower():  # a role noun only ("the filmmaker"): the named speaker just before fits better
                q.speaker = _nearest_speaker(q, previous, [], [], spans, by_id, text, fits) or actor.id
            elif _speaks_on(previous, q, actor, text) and previous.speaker in fits:
                q.speaker = previous.speaker
        if q.kind == "direct" and q.speaker is not None:
            previous = q
        before = q


def _asked_in_clause(q: Quote, ctx, index) -> tuple[str, str | None] | None:
    """'When a reporter asked Mayor Kell about the levy, she said, “…”': the pronoun tag's verb has an adverbial
    clause before it whose question cue is put to a person (its object, an actor) — that person answers. Returns
    (the asked person's id, the asker's id or None); the caller keeps it only when the pronoun was read as one of
    them or as no one."""
    lex = ctx.knowledge.reporting
    cue = _cue_token(index, q) if q.cue else None
    if cue is None:
        return None
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.i > cue.i or clause.lower_ not in lex.question_cues:
            continue
        asker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        asker_id = ctx.actor_for(asker.idx, asker.idx + len(asker)) if asker is not None else None
        for obj in clause.children:
            if obj.dep_ not in ("dobj", "dative") or obj.pos_ not in ("PROPN", "NOUN"):
                continue
            aid = ctx.actor_for(obj.idx, obj.idx + len(obj))
            actor = next((a for a in ctx.actors if a.id == aid), None)
            if actor is not None and actor.kind == "person" and aid != asker_id:
                return aid, asker_id
    return None


def _asked_person(before: Quote | None, q: Quote, text: str, ctx, index) -> str | None:
    """The person a question right before the quote was put to, when the quote answers it: "Kell asked Lund
    whether the bridge would open. “Not this year,” he said." and "Lund was asked whether … . He replied: “…”"
    are Lund's answers. The question (direct or reported) has a question cue ("asked", "pressed") whose object
    (or passive subject, with no agent) names a person other than the asker, and it ends in the quote's
    paragraph or the one before, with no other quotation between them."""
    lex = ctx.knowledge.reporting
    if before is None or (before.cue or "").lower() not in lex.question_cues:
        return None
    if len(re.findall(r"\n\s*", text[before.end:q.start])) > 1:
        return None
    cue = _cue_token(index, before)
    if cue is None:
        return None
    passive = not any(c.dep_ == "agent" for c in cue.children)
    for child in cue.children:
        asked = child.dep_ in ("dobj", "dative") or (passive and child.dep_ == "nsubjpass")
        if asked and child.pos_ in ("PROPN", "NOUN"):
            aid = ctx.actor_for(child.idx, child.idx + len(child))
            actor = next((a for a in ctx.actors if a.id == aid), None)
            if actor is not None and actor.kind == "person" and (aid != before.speaker or child.dep_ == "nsubjpass"):
                return aid
    return None


def _answers(previous: Quote | None, q: Quote, text: str, lex) -> bool:
    """Does the quote answer the question quoted right before it ('“Would you stay?” Dale asked.¶“As long as it
    takes,” he said.')? Then "he" is not the one who asked. The answer opens the next paragraph after an asked
    question, or has a reply cue ("replied") in the same or the next paragraph; a question and "he said" in one
    paragraph may be one speaker's ('“Who would do that? Nobody,” he said'), and so may a question the speaker said
    or wrote rather than asked ('“Why not?” Kell wrote.¶He says, “…”')."""
    if previous is None or previous.speaker is None or not previous.text.rstrip(" \"”’'").endswith("?"):
        return False
    breaks = len(re.findall(r"\n\s*", text[previous.end:q.start]))
    if breaks > 1:
        return False
    asked = (previous.cue or "").lower() in lex.question_cues
    return (asked and breaks == 1) or (q.cue or "").lower() in lex.reply_cues


def _speaks_on(previous: Quote | None, q: Quote, actor, text: str) -> bool:
    """'“…,” said Ana Kell. “…,” he said.': the previous quote, in the same paragraph, has another speaker,
    and the actor the pronoun was resolved to is not named between that quote and this one."""
    if previous is None or previous.speaker in (None, actor.id) or "\n" in text[previous.start:q.start]:
        return False
    return not any(previous.start <= m.start < q.start and m.kind != "pronoun" for m in actor.mentions)


def person_gender(actor, words, text: str) -> str | None:
    """'m' or 'f' from a title in or right before a name mention ("Ms. Voss", "Sir John"), else from the given
    name of a person's full name ("Anna Kell"); None when neither says (`words`: knowledge.actor_words). The
    actor's own pronoun mentions are no evidence: they are the coreference this check is meant to catch."""
    for m in actor.mentions:
        if m.kind == "pronoun":
            continue
        for word in (text[max(0, m.start - 12):m.start].split() or [""])[-1:] + m.text.split()[:1]:
            title = word.strip(".").lower()
            if title in words.title_gender:
                return words.title_gender[title]
    if actor.kind != "person":
        return None
    gender = words.name_gender(actor.name)  # "Anna Kell": her given name says
    for m in actor.mentions if gender is None else ():  # "Anna Kell met …" where the name kept is "Kell"
        before = text[max(0, m.start - 20):m.start]
        given = re.search(r"([A-Z][a-z]+)[ \t]+$", before)
        if m.kind != "pronoun" and given and " " not in m.text.strip():
            gender = words.name_gender(given.group(1) + " " + m.text)
            if gender is not None:
                return gender
    return gender


def _named_in(actor, q: Quote) -> bool:
    """Does the quote talk about the actor: a mention inside it, or its surname among its words?"""
    if any(q.start <= m.start < q.end for m in actor.mentions):
        return True
    last = actor.name.split()[-1] if actor.kind == "person" and actor.name.split() else ""
    return len(last) > 2 and has_word(q.text, last)



def _nearest_speaker(q: Quote, previous, mentions, starts, spans, by_id, text, fits) -> str | None:
    """The previous quote's speaker (within the paragraph before), else the nearest person named before the
    quote outside quotation marks and not named inside it (within about two paragraphs); either must agree
    with the pronoun's gender (`fits`: the actor ids that may be "he" or "she")."""
    inside = {aid for aid, a in by_id.items() if _named_in(a, q)}
    paras = [ps for ps, _ in _paragraphs(text)]
    k = bisect_right(paras, q.start) - 1
    window = paras[k - 1] if k >= 1 else 0
    if previous is not None and previous.end >= window and previous.speaker not in inside and \
            previous.speaker in fits:
        return previous.speaker
    for k in range(bisect_right(starts, q.start) - 1, -1, -1):
        s, e, aid = mentions[k]
        if q.start - s > 1500:
            break
        quoted = any(a <= s < b for a, b in spans)
        if not quoted and aid not in inside and by_id[aid].kind == "person" and aid in fits:
            return aid
    return None


# code around quotation marks: an HTML tag (attribute values) or a JSON object ('{"@type": "NewsArticle", …}')
_CODE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>\n]{0,500}>|\{\s*\"[^\"\n]{0,100}\"\s*:[^\n]{0,5000}?\}")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of embed or page code in the text: HTML tags and JSON objects."""
    return [m.span() for m in _CODE.finditer(text)]


def in_code(q: Quote, spans) -> bool:
    """Is the quote inside embed or page code ("@type" in '{"@type": "NewsArticle"}', an attribute's value)?"""
    return any(s <= q.start and q.end <= e for s, e in spans)


def strip_markup(q: Quote) -> Quote | None:
    """A quote ending in embed code keeps its words ('"Proud of the team pic.twitter.com/Xy1 — …"' → "Proud of
    the team"); a quote that is mostly markup is none."""
    m = _MARKUP.search(q.text)
    if m is None:
        return q
    cut = m.start()
    while cut > 0 and q.text[cut - 1] in " \t\n—–-":
        cut -= 1
    if len(q.text[:cut].split()) < 3 or "<" in q.text[:cut]:
        return None
    q.text, q.end = q.text[:cut], q.start + cut
    return q


def not_speech(q: Quote, index, ctx, lex) -> bool:
    """An evidential verb without a speaking subject ("the data showed that …"), or "not to mention".

    Speech only: with the learned cue switched on (PolNeAR-style attributions) a finding is an attribution.
    """
    if not q.cue:
        return False
    cue = _cue_token(index, q)
    if cue is None:
        return False
    lemma, doc = cue.lemma_.lower(), cue.doc
    if lemma == "mention" and cue.i >= 2 and doc[cue.i - 1].lower_ == "to" and doc[cue.i - 2].lower_ == "not":
        return True  # "not to mention …"
    if lemma not in lex.evidential:
        return False
    if lex.cue_model and lex.cue_model.get("enabled"):
        return False  # broad attributions (learned cue on) count findings: "a study found that …" is one
    heads = _subject_heads(cue)
    if heads:  # the subject's head words, not the phrase's last word ("The video, which aired Monday, shows")
        if not all(h.lemma_.lower() in lex.document_nouns or h.lower_ in lex.document_nouns for h in heads):
            # "Kell's manner showed that …", "new filings show …" report no one's speech (words in quotation marks
            # stay: someone wrote them)
            return q.kind != "direct" and all(no_agent(h, cue, ctx, lex) for h in heads)
        if all(h.lemma_.lower() in lex.measurement_nouns or h.lower_ in lex.measurement_nouns for h in heads):
            return True  # "a Brisk University poll found that …": a measurement, whoever ran it
        spans = [(doc[l].idx, doc[r].idx + len(doc[r])) for l, r in map(noun_span, heads)]
    else:
        words = (q.speaker_text or "").split()
        if not words and q.kind != "direct":
            return True  # no subject and no speaker words: "Last week proved that …" (the date is no subject)
        last = words[-1].lower().strip(".,") if words else ""
        if last not in lex.document_nouns:
            return False  # a person, group or organisation found it: speech (or an unresolved name: kept)
        if last in lex.measurement_nouns:
            return True
        spans = [(q.speaker_start, q.speaker_end)] if q.speaker_start is not None else []
    # "a study found" is no one's speech; "a UN report concluded" is the UN's ("a report obtained by the
    # Herald shows" is not the Herald's: only the noun phrase itself, not its clauses, can name an author); an
    # author is an organisation or a state ("surveys of voters" are the voters' answers, not their words)
    return not any(s <= m.start < e for s, e in spans for a in ctx.actors if a.kind in ("organization", "state")
                   for m in a.mentions)


def no_source(q: Quote, index, lex) -> bool:
    """A report whose whole subject is no source (`lex.no_source`): a thing ("something that worries …"), a
    generic person ("you can't yell “fire”", "nobody questions …"), or — for beliefs and expectations — the
    article's own voice or a bare quantifier ("we know from history that …", "most don't expect …"); and a
    passive cue with no agent ("it was revealed that …", "Kell is expected to …").

    Speech only, like `not_speech`. Labelled interview turns are found afterwards and keep their "I"s.
    """
    words = (q.speaker_text or "").strip().lower()
    kinds = lex.no_source or {}
    if lex.cue_model and lex.cue_model.get("enabled"):
        return False
    if words in kinds.get("things", ()) or words in kinds.get("generic", ()):
        return True
    cue = _cue_token(index, q) if q.cue else None
    if cue is not None and _agentless_passive(cue):
        return True
    if cue is None or (words not in kinds.get("narrator", ()) and words not in kinds.get("quantifier", ())):
        return False
    lemma = cue.lemma_.lower()
    return (lemma in lex.cognition or lemma in lex.intent) and lemma not in lex.speech


def mental_state(q: Quote, index, lex) -> bool:
    """A report of a state of mind, not of words (`lex.mental_states`): a wish or plan ("Kell wants to run", "the
    party plans to vote on Friday") or a fact the subject knows ("Kell knew that the plan had failed", "she
    realized that …"). No quote unless it holds quoted words; beliefs and opinions ("Kell thinks the plan will
    fail") stay. Speech only, like `not_speech`: PolNeAR-style attributions count them."""
    if q.kind != "indirect" or not q.cue or (lex.cue_model and lex.cue_model.get("enabled")):
        return False
    cue = _cue_token(index, q)
    if cue is None:
        return False
    kinds, lemma = lex.mental_states or {}, cue.lemma_.lower()
    if lemma in kinds.get("factive", ()) and lemma not in lex.speech:
        return True
    return lemma in kinds.get("desire", ()) and q.text.lower().startswith("to ")


def asked_question(q: Quote, index, lex) -> bool:
    """A report inside a question someone is asked ("Kell was asked what he thought Lund could do", "reporters
    asked her whether she believed the vote was fair"): the words are the asker's question, no statement by the
    clause's subject. Indirect reports only; the answer ("…, Kell said") is a quote of its own."""
    if q.kind != "indirect" or not q.cue:
        return False
    cue = _cue_token(index, q)
    if cue is None or cue.dep_ != "ccomp" or cue.head.lower_ not in lex.question_cues:
        return False
    return any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or (t.dep_ == "mark" and t.lower_ in ("whether", "if"))
               for t in cue.children if t.i < cue.i)


def headline_fragment(q: Quote, text: str, lex) -> bool:
    """A quote with no speaker words in a title-case line (a headline, caption or link: 'Kell Blasts Lund for
    Mocking His Plan') is a fragment of the line, not speech: the grammar of headlines drops the source."""
    return not q.speaker_text and title_line(q, text, lex)


def title_line(q: Quote, text: str, lex) -> bool:
    """Does the quote lie in a short line whose words are capitalised (a headline, caption or link)?"""
    ps, pe = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
    words = _TITLE_WORD.findall(text[ps:pe if pe >= 0 else len(text)])
    big = [w for w in words if w.lower() not in lex.title_small_words]
    return len(words) <= _HEADLINE_WORDS and len(big) >= 3 and sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def _agentless_passive(cue) -> bool:
    """A passive cue with no agent names no source: "it was revealed that …", "Kell is expected to …",
    "rights that had been denied victims" ("was told by Lund" has one; "Kell was quoted as saying" speaks)."""
    if cue.tag_ != "VBN" or cue.lemma_.lower() == "quote" or any(c.dep_ == "agent" for c in cue.children):
        return False
    return any(c.dep_ == "auxpass" for c in cue.children)


def _subject_heads(cue) -> list:
    """The cue verb's own subject and its conjuncts ("Surveys and focus groups show"), or the subject a conjoined
    verb or a participle shares with the verb before it ("Surveys … were taken and showed", "… spoke volumes,
    suggesting that …"); [] if it has none."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None and (cue.dep_ == "conj" or (cue.dep_ == "advcl" and cue.tag_ == "VBG")):
        # "Surveys … were taken and showed", "Her silence spoke volumes, suggesting that …": the head's subject
        subj = next((c for c in cue.head.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None:
        return []
    if subj.lower_ in ("that", "which") and cue.dep_ == "relcl":
        subj = cue.head  # "polls that showed …": the relative pronoun stands for its antecedent
    heads = [subj]
    while True:
        nxt = next((c for c in heads[-1].children if c.dep_ == "conj"), None)
        if nxt is None:
            return heads
        heads.append(nxt)


def _cue_token(index, q: Quote):
    """The cue word nearest the quote, outside it (`index`: quotes.common.TokenIndex; looked for once per quote
    span and cue: several readings ask for it)."""
    key = (q.start, q.end, q.cue)
    if key not in index.cue_tokens:
        word, starts, lower = q.cue.split()[0].lower(), index.starts, index.lower()
        best = None
        for i in range(bisect_left(starts, max(0, q.start - 200)), bisect_left(starts, q.end + 200)):
            if lower[i] == word and not (q.start <= starts[i] < q.end):
                d = q.start - starts[i] if starts[i] < q.start else starts[i] - q.end
                if best is None or d < best[0]:
                    best = (d, i)
        index.cue_tokens[key] = index.doc[best[1]] if best else None
    return index.cue_tokens[key]


_HEADLINE_WORDS = 25  # a headline, caption or related-story line is short


def headline_attributions(doc, text: str, quotes: list[Quote], ctx, lex, index) -> list[Quote]:
    """'Senator Kell: Budget talks will fail.' — a short line whose words before a colon name a person or
    organisation (alone, or "Kell to farmers:", "Kell on taxes:") attributes the rest of the line to them.

    Headlines, captions and lists of related stories attribute this way without a reporting verb. A quote
    after the label with no speaker of its own is the label's ('Kell on taxes: “We will cut them”'); a line
    whose quote has a speaker, or whose label is no speaker ("Update:", "The result:"), is left alone.
    `index` is a `common.TokenIndex` over `doc`.
    """
    from .common import ActorLookup

    out, actors = list(quotes), None
    for ps, pe in _paragraphs(text):
        colon = text.find(":", ps, pe)
        if colon < 0 or colon - ps > 80 or len(text[ps:pe].split()) > _HEADLINE_WORDS:
            continue
        start = colon + 1
        while start < pe and text[start].isspace():
            start += 1
        end = pe
        while end > start and text[end - 1] in " \t.":
            end -= 1
        if len(text[start:end].split()) < 3:
            continue
        held = [q for q in out if q.start < pe and ps < q.end]
        if held and not all(colon < q.start and q.speaker is None for q in held):
            continue  # a line with a quote of its own speaker
        actors = actors or ActorLookup(doc, ctx)
        names = _headline_speaker(index.between(ps, colon), ctx, lex, actors)
        if names is None:
            continue
        s, e = names[0].idx, names[-1].idx + len(names[-1])
        actor = actors.token(names[-1]) or actors.span(s, e) or actors.surname(names[-1])
        for q in held:  # 'Kell on taxes: “We will cut them”': the quote after the label is the label's
            q.speaker, q.speaker_text, q.speaker_start, q.speaker_end, q.cue = actor, text[s:e], s, e, ":"
        if not held:
            out.append(Quote(id="", kind="indirect", text=text[start:end], start=start, end=end, speaker=actor,
                             speaker_text=text[s:e], cue=":", speaker_start=s, speaker_end=e))
    return out


def _headline_speaker(tokens, ctx, lex, actors):
    """The tokens of the proper name that opens a headline label ("Senator Kell", "Kell to farmers", "Kell on
    taxes"), if it names a person or organisation: a name the parser or the actors read there, or the surname
    of a person the article names in full ("Brel: Talks will fail" over a story about Tomas Brel; `actors`: the
    article's `common.ActorLookup`)."""
    toks = [t for t in tokens if not t.is_space]
    run = []
    for t in toks:
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or (run and t.text == "."):
            run.append(t)
            continue
        break
    while run and run[-1].text == ".":
        run.pop()
    names = [t for t in run if t.text != "."]
    if not names or len(names) > 4:
        return None
    rest = toks[len(run):]
    if rest and (rest[0].lower_ not in ("to", "on") or len(rest) > 5):
        return None  # "Kell to farmers:", "Kell on taxes:"; not "Kell's plan fails:"
    head = names[-1]
    if " ".join(t.lower_ for t in names) in lex.turn_label_skip or head.lower_ in lex.turn_label_skip:
        return None
    if head.ent_type_ in ("PERSON", "ORG") or (head.idx, head.idx + len(head)) in ctx.mention_index:
        return run
    return run if len(names) == 1 and actors.surname(head) is not None else None
