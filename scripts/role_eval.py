"""How well event roles (source / target) are read, measured on the hand-labelled training sentences.

    python scripts/role_eval.py                  # all documents with a labelled event (~340 articles)
    python scripts/role_eval.py --limit 60       # the first 60 documents (quick check while developing)
    python scripts/role_eval.py --json out.json  # also write every figure and per-event outcome
    python scripts/role_eval.py --event-models /tmp/wo0.json /tmp/wo1.json
        # held out end to end: each document read by a candidate model trained without its half
        # (python scripts/train_events.py --without-half 0 -o /tmp/wo0.json, likewise 1)

The 3,204 sentences of training/events/ (not evaluation data: PolNeAR train, TR-News, GeoVirus and
Wikinews samples outside seed, dev and the blind set) carry, per hand-labelled event, its type and the
text of its trigger, source and target. Each document holding a labelled event is run through the whole
pipeline (the article's full text with its date: `run_stages` over the same parse `dateline.analyze`
makes; parses are cached under --cache so reruns only repeat extraction).

Matching rules (decided before looking at any output, stated here so figures can be read):
- A labelled event is *covered* by a Dateline event whose trigger span overlaps the labelled trigger's
  span in its sentence; *candidate only* when no event does but a candidate whose roles were read does
  (the events stage drops candidates without a source, and without a recipient for some types).
- A labelled source/target text is located in its sentence (the occurrence nearest the trigger), else in
  the text before the sentence (the nearest one). An actor *matches* it when one of the actor's mentions
  overlaps that span, or when the label's last word is the last word of the actor's name or of one of
  its mentions ("Hillary" for an actor named "Hillary Clinton").
- A labelled pronoun ("he", "their", "them", …) matches a *plausible antecedent*, judged without the
  actors extractor's own coreference: first person inside a quotation → the quotation's speaker; else
  any actor with a non-pronoun mention before the pronoun in its sentence or the two sentences before
  (not beyond the previous paragraph) that agrees in kind (he/she/him/her/his → a person or an anonymous
  source; it/its → not a person; they/them/their → any). Lenient by design (gender is not checked and
  two candidates in the window both count), so the pronoun row is an upper bound on pronoun accuracy;
  a far antecedent counts as wrong.
- Outcomes per role: *right* (some actor of the role matches the label), *wrong* (actors given, none
  matches), *missing* (label has one, we give none), *guessed* (label empty, we give one), *agree-empty*.
  *Fully right* follows the scorer (GOLD.md): the type is the label's type (or one of its `also`
  types), the source is right and, where the label has a target, the target is right.

Rows by construction (an event may be in several): active verb, passive with / without agent, nominal,
light verb (verb + event noun), speech act with a clausal complement (ccomp / xcomp / "of"-gerund),
subjectless clause (relative, coordinated or complement verb without its own subject), pronoun source.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))  # after PYTHONPATH / the installed package
sys.path.insert(0, str(ROOT / "scripts"))

PRONOUNS = {
    "he": "person", "him": "person", "his": "person", "she": "person", "her": "person", "hers": "person",
    "himself": "person", "herself": "person",
    "it": "thing", "its": "thing", "itself": "thing",
    "they": "plural", "them": "plural", "their": "plural", "theirs": "plural", "themselves": "plural",
    "i": "first", "me": "first", "my": "first", "we": "first", "us": "first", "our": "first",
}
ROLE_KEYS = ("source", "target")


# ---------------------------------------------------------------- data
def labelled_documents(limit: int | None = None) -> list[dict]:
    """Documents with at least one labelled event: {source, doc, sentences: [{id, start, end, events}]}."""
    manifest = json.loads((ROOT / "training/events/manifest.json").read_text(encoding="utf-8"))
    blind = json.loads((ROOT / "eval/blind/manifest.json").read_text(encoding="utf-8"))
    blind_docs = {a["id"] for a in blind["articles"]}
    from train_events import labelled_refs
    docs: dict[tuple[str, str], dict] = {}
    for ref, lab in labelled_refs(manifest, blind_docs):
        key = (ref["source"], ref["doc"])
        d = docs.setdefault(key, {"source": key[0], "doc": key[1], "sentences": []})
        d["sentences"].append({"id": lab["id"], "start": ref["start"], "end": ref["end"],
                               "sha1": ref["sha1"], "events": lab.get("events", [])})
    # documents with a labelled event; their sentences labelled "no event" count for precision
    out = sorted((d for d in docs.values() if any(s["events"] for s in d["sentences"])),
                 key=lambda d: (d["source"], d["doc"]))
    return out[:limit] if limit else out


def article_date(texts, source: str, doc: str) -> str | None:
    """The publication date the source gives (PolNeAR: in the file name; TR-News: download day)."""
    if source == "polnear_train":
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", doc)
        return m.group(1) if m else None
    if source == "wikinews-samples":
        m = re.match(r"wn-(\d{4}-\d{2}-\d{2})-", doc)
        return m.group(1) if m else None
    if source == "tr-news":
        return texts.tr_dates().get(doc)
    return None


class DatedTexts:
    """train_events.Texts plus publication dates."""

    def __init__(self, shared: Path):
        from train_events import Texts

        self.texts, self.shared, self._tr_dates = Texts(shared), shared, None

    def get(self, source: str, doc: str) -> str:
        return self.texts.get(source, doc)

    def tr_dates(self) -> dict:
        if self._tr_dates is None:
            import xml.etree.ElementTree as ET

            root = ET.parse(self.shared / "data/geo/TR-News.xml").getroot()
            self._tr_dates = {a.get("docid"): _loose_date(a.findtext("dltime") or "") for a in root}
        return self._tr_dates


MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _loose_date(value: str) -> str | None:
    """'2016-11-23 …', 'Wed Nov 23, 2016 | 4:58pm EST', '23 November 2016' → '2016-11-23'; else None."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    year = re.search(r"\b(19|20)\d{2}\b", value)
    month = next((MONTHS[w[:3].lower()] for w in re.findall(r"[A-Za-z]+", value) if w[:3].lower() in MONTHS), None)
    day = re.search(r"(?<![:\d])\b(\d{1,2})(?:st|nd|rd|th)?\b(?!:)", value)
    if not (year and month and day):
        return None
    try:
        return date(int(year.group(0)), month, int(day.group(1))).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- running the pipeline
class Recorder:
    """Records every candidate whose roles the events stage reads (the final Roles objects)."""

    def __init__(self):
        self.items: list[tuple] = []
        self.finder = None

    def install(self):
        from dateline.extract.events import roles as roles_mod

        original = roles_mod.RoleReader.read
        recorder = self

        def read(reader, cand):
            out = original(reader, cand)
            recorder.finder = reader.finder
            recorder.items.append((cand, out))
            return out

        roles_mod.RoleReader.read = read
        self._install_vetoes()
        return original

    def _install_vetoes(self):
        """Record which of the events stage's checks turned a candidate down (by its trigger's index)."""
        import dateline.extract.events as events_mod

        for name in VETO_CHECKS:
            original = getattr(events_mod, name)

            def check(*args, _original=original, _name=name, **kwargs):
                out = _original(*args, **kwargs)
                if (not out) if _name == "_roles_fit" else bool(out):
                    cand = args[0]
                    flags = [k for k in ("needs_target", "state_or_military_subject", "deontic") if cand.sense.get(k)]
                    VETOED[cand.trigger.i] = _name + (f" ({', '.join(flags)})" if _name == "_roles_fit" and flags else "")
                return out

            setattr(events_mod, name, check)


# the events stage's checks after roles are read (`extract_events`), in the order it applies them
VETO_CHECKS = ("_roles_fit", "sense_vetoes", "_declined_comment", "_habitual_force", "poll_finding")
VETOED: dict[int, str] = {}  # trigger index -> the check that turned its candidate down (this document)


def parse_cached(model, text: str, cache: Path | None):
    """The spaCy parse of `text`, from the cache directory when an identical text was parsed before."""
    from spacy.tokens import DocBin

    if cache is None:
        return model(text)
    # the pipeline's components are part of the key: a parse made before a component was added is not reused
    key = hashlib.sha1((model.meta.get("name", "") + model.meta.get("version", "") + ",".join(model.pipe_names)
                        + text).encode()).hexdigest()
    path = cache / f"{key}.spacy"
    if path.exists():
        return next(iter(DocBin().from_disk(path).get_docs(model.vocab)))
    doc = model(text)
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")  # written whole, then renamed: parallel runs share the cache
    bin_.to_disk(partial)
    partial.replace(path)
    return doc


def run_document(d: dict, texts: DatedTexts, model, knowledge, recorder: Recorder, cache: Path | None):
    """(article text, context, recorded candidates) for one document."""
    from dateline.ingest import make_article
    from dateline.pipeline import run_stages

    raw = texts.get(d["source"], d["doc"])
    for s in d["sentences"]:
        s["text"] = raw[s["start"]:s["end"]]
        if hashlib.sha1(s["text"].encode()).hexdigest()[: len(s["sha1"])] != s["sha1"]:
            raise SystemExit(f"{s['id']}: text of {d['source']}:{d['doc']} changed (sha1)")
    article = make_article(raw, source=d["doc"], id=d["doc"], date=article_date(texts, d["source"], d["doc"]))
    doc = parse_cached(model, article.text, cache)
    recorder.items, recorder.finder = [], None
    VETOED.clear()
    ctx = run_stages(article, doc, knowledge)
    pending = dict(recorder.finder.pending) if recorder.finder is not None else {}
    return article.text, ctx, list(recorder.items), pending


# ---------------------------------------------------------------- locating labels
def locate_sentence(text: str, sent: str, hint: int) -> int | None:
    """Start of the labelled sentence in the (normalised) article text, nearest the reference offset."""
    best = None
    for m in re.finditer(re.escape(sent.strip()[:80]), text):
        if best is None or abs(m.start() - hint) < abs(best - hint):
            best = m.start()
    return best


def locate(text: str, phrase: str, lo: int, hi: int, near: int) -> tuple[int, int] | None:
    """The occurrence of `phrase` in text[lo:hi] nearest `near` (word-bounded, case-insensitive), else
    the nearest one before `lo`."""
    phrase = phrase.strip()
    if not phrase:
        return None
    pat = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.I)
    inside = [(m.start(), m.end()) for m in pat.finditer(text, lo, hi)]
    if inside:
        return min(inside, key=lambda se: abs(se[0] - near))
    before = [(m.start(), m.end()) for m in pat.finditer(text, 0, lo)]
    return before[-1] if before else None


# ---------------------------------------------------------------- judging
class Judge:
    """Decides whether actor ids name a labelled source/target span (rules in the module docstring)."""

    def __init__(self, text: str, ctx, pending: dict):
        self.text, self.ctx = text, ctx
        self.actors = {a.id: a for a in ctx.actors}
        for aid, a in pending.items():
            self.actors.setdefault(aid, a)
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]

    def _window_lo(self, char: int) -> int:
        """Start of the sentence two sentences before the one holding `char` (not before the previous paragraph)."""
        starts = [t.idx for t in self.ctx.doc if t.is_sent_start and t.idx <= char]
        lo = starts[-3] if len(starts) >= 3 else 0
        paras = [p for p in self.paragraph_starts if p <= char]
        return max(lo, paras[-2] if len(paras) >= 2 else 0)

    def antecedents(self, span: tuple[int, int], pron: str) -> set[str]:
        """Plausible antecedents of a labelled pronoun (see the module docstring)."""
        kind = PRONOUNS[pron]
        s = span[0]
        if kind == "first":
            return {q.speaker for q in self.ctx.quotes if q.start <= s < q.end and q.speaker}
        lo = self._window_lo(s)
        named = {aid for aid, a in self.actors.items()
                 if any(lo <= m.start < s and m.kind != "pronoun" for m in a.mentions)}

        def fits(aid: str) -> bool:
            k = self.actors[aid].kind
            if kind == "person":
                return k in ("person", "anonymous")
            if kind == "thing":
                return k != "person"
            return True

        return {aid for aid in named if fits(aid)}

    def matches(self, aid: str, span: tuple[int, int] | None, label: str) -> bool:
        a = self.actors.get(aid)
        if a is None:
            return False
        low = label.strip().lower()
        if low in PRONOUNS and span is not None:
            return aid in self.antecedents(span, low)
        if span is not None and any(m.start < span[1] and span[0] < m.end for m in a.mentions):
            return True
        words = re.findall(r"[\w'-]+", low)
        if not words:
            return False
        last = words[-1]
        names = [a.name, *(m.text for m in a.mentions if m.kind != "pronoun")]
        return any((re.findall(r"[\w'-]+", n.lower()) or [""])[-1] == last for n in names)

    def outcome(self, ids: list[str], span, label: str) -> str:
        if not label.strip():
            return "guessed" if ids else "agree-empty"
        if not ids:
            return "missing"
        return "right" if any(self.matches(i, span, label) for i in ids) else "wrong"


def constructions(doc, t_lo: int, t_hi: int, label_source: str, light_verbs=frozenset()) -> set[str]:
    """Construction tags of the labelled trigger, read from our parse."""
    toks = [t for t in doc if t.idx < t_hi and t_lo < t.idx + len(t.text) and not t.is_punct]
    tags: set[str] = set()
    if label_source.strip().lower() in PRONOUNS:
        tags.add("pronoun source")
    if not toks:
        return tags
    inside = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in inside or t.head == t), toks[0])
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    light = any(c.dep_ in ("dobj", "nsubjpass") and c.i in inside and c.pos_ == "NOUN"
                for v in verbs if v.lemma_.lower() in light_verbs for c in v.children)
    if light:
        tags.add("light verb")
        verb = next(iter(verbs), head)
    elif head.pos_ in ("NOUN", "PROPN"):
        tags.add("nominal")
        return tags
    else:
        verb = head
    if verb.pos_ not in ("VERB", "AUX"):
        return tags
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        tags.add("passive, agent" if any(c.dep_ == "agent" for c in verb.children) else "passive, no agent")
    elif "light verb" not in tags:
        tags.add("active")
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
            c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children):
        tags.add("speech act + clause")
    if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        tags.add("subjectless clause")
    return tags


def drop_reason(cand, roles, ctx) -> str:
    """Why the events stage dropped a candidate whose roles were read: no source, a check that turned it down
    (recorded as it ran), no recipient, or merged into another report of one event (an output event of its type
    shares a source)."""
    from dateline.extract import events

    if not roles.source:
        return "no source"
    if cand.trigger.i in VETOED:
        return "check: " + VETOED[cand.trigger.i]
    if events.needs_target(ctx.knowledge.events).need(cand.type, cand.mode) and not (roles.target or roles.others):
        return "no recipient"
    if any(e.type == cand.type and set(e.source) & set(roles.source) for e in ctx.events):
        return "merged restatement"
    return "other (under the confidence floor, absorbed, or re-typed)"


def type_ok(etype: str, lab: dict) -> bool:
    return etype == lab["type"] or etype in (lab.get("also") or [])


def judge_document(d: dict, text: str, ctx, items: list, pending: dict) -> list[dict]:
    """One outcome row per labelled event of the document."""
    judge = Judge(text, ctx, pending)
    rows = []
    for s in d["sentences"]:
        s0 = locate_sentence(text, s["text"], s["start"])
        if s0 is None:
            rows += [{"id": s["id"], "status": "unlocated"} for _ in s["events"]]
            continue
        s1 = s0 + len(s["text"])
        labelled = []
        for lab in s["events"]:
            rows.append(judge_event(lab, s, s0, s1, text, ctx, items, judge))
            rows[-1]["doerless"] = not (lab.get("source") or "").strip()
            labelled.append((lab, rows[-1]))
        rows += [judge_system_event(ev, s, labelled, ctx) for ev in ctx.events
                 if ev.trigger is not None and s0 <= ev.trigger.start < s1]
        rows += [judge_untold(ev, s, (s0, s1), labelled, judge) for ev in ctx.unattributed_events
                 if ev.trigger is not None and s0 <= ev.trigger.start < s1]
    return rows


def judge_untold(ev, s: dict, bounds: tuple[int, int], labelled: list, judge) -> dict:
    """A report without a doer (`unattributed_events`) inside a labelled sentence: does a labelled event of its type
    share its trigger, and is that one labelled without a source and with this target (fully right)? The labelled
    event's row notes it was found so (`untold`), for the recall of the doerless labelled events."""
    row = {"id": s["id"], "status": "untold", "our_type": ev.type, "rule": ev.rule, "sentence": s["text"],
           "confidence": ev.confidence, "matched": False, "full": False}
    for lab, r in labelled:
        if "trigger_span" in r and type_ok(ev.type, lab) and _overlaps(r["trigger_span"], ev.trigger.start, ev.trigger.end):
            row["matched"] = True
            span = locate(judge.text, lab.get("target") or "", *bounds, r["trigger_span"][0])
            if r["doerless"] and judge.outcome(ev.target, span, lab.get("target") or "") in (
                    "right", "agree-empty"):
                row["full"] = r["untold"] = True
    return row


def judge_system_event(ev, s: dict, labelled: list, ctx) -> dict:
    """A Dateline event inside a labelled sentence: does a labelled event of its type share its trigger, and
    is it fully right there (precision side)? The row keeps the event's confidence and what the end-to-end
    calibration reads from it (`calibration.features`; raw confidences with --raw-confidence)."""
    from dateline.extract.events import calibration

    kinds = {a.id: a.kind for a in ctx.actors}
    quoted = any(q.start <= ev.trigger.start < q.end for q in ctx.quotes)
    row = {"id": s["id"], "status": "system", "our_type": ev.type, "rule": ev.rule, "sentence": s["text"],
           "confidence": ev.confidence, "features": calibration.features(ev, kinds.get, quoted)}
    hits = [(lab, r) for lab, r in labelled if "trigger_span" in r and type_ok(ev.type, lab)
            and _overlaps(r["trigger_span"], ev.trigger.start, ev.trigger.end)]
    by_roles = [r for _, r in labelled if r.get("role_matched") == _event_key(ev)]
    row["matched"] = bool(hits or by_roles)
    row["full"] = bool(by_roles) or any(r.get("full") and r.get("rule") == ev.rule for _, r in hits)
    return row


def _overlaps(span, lo: int, hi: int) -> bool:
    return span is not None and span[0] < hi and lo < span[1]


def judge_event(lab: dict, s: dict, s0: int, s1: int, text: str, ctx, items: list, judge: Judge) -> dict:
    row = {"id": s["id"], "type": lab["type"], "trigger": lab["trigger"], "sentence": s["text"]}
    trig = locate(text, lab["trigger"], s0, s1, s0)
    if trig is None or not (s0 <= trig[0] < s1):
        row["status"] = "unlocated"
        return row
    row["trigger_span"] = list(trig)
    spans = {k: locate(text, lab.get(k) or "", s0, s1, trig[0]) for k in ROLE_KEYS}
    row["tags"] = sorted(constructions(ctx.doc, *trig, lab.get("source") or "", ctx.knowledge.events.light_verbs))
    events = [e for e in ctx.events if e.trigger is not None and _overlaps(trig, e.trigger.start, e.trigger.end)]
    cands = [(c, r) for c, r in items if _overlaps(trig, c.trigger.idx, c.trigger.idx + len(c.trigger.text))]
    if events:
        ev = next((e for e in events if type_ok(e.type, lab)), events[0])
        row["status"], row["our_type"], row["rule"] = "event", ev.type, ev.rule
        got = {"source": ev.source, "target": ev.target + ev.others}
    elif cands:
        cand, roles = next(((c, r) for c, r in cands if type_ok(c.type, lab)), cands[0])
        row["status"], row["our_type"], row["rule"] = "candidate", cand.type, cand.rule
        got = {"source": roles.source, "target": roles.target + roles.others}
        row["dropped"] = drop_reason(cand, roles, ctx)
    else:
        return _role_matched(row, lab, spans, s0, s1, ctx, judge)
    for k in ROLE_KEYS:
        row[k] = judge.outcome(got[k], spans[k], lab.get(k) or "")
        if row[k] in ("missing", "wrong"):  # is the labelled actor an actor of the article at all?
            row[f"{k}_actor_exists"] = any(judge.matches(aid, spans[k], lab.get(k) or "") for aid in judge.actors)
        row[f"our_{k}"] = [judge.actors[i].name if i in judge.actors else i for i in got[k]]
        row[f"label_{k}"] = lab.get(k) or ""
    tgt_ok = row["target"] in ("right", "agree-empty", "guessed")
    row["full"] = row["status"] == "event" and type_ok(row["our_type"], lab) and row["source"] == "right" and tgt_ok
    return row


# rules whose trigger is not the labelled phrase ('"X is a disgrace," Y said': the reporting verb or the copula,
# where the label marks the judgement): their events are matched to labels by type and roles in the sentence
ROLE_MATCHED = ("speech.", "eval.", "deontic.", "violation.")


def _event_key(ev) -> list:
    return [ev.trigger.start, ev.type, sorted(ev.source), sorted(ev.target)]


def _role_matched(row: dict, lab: dict, spans: dict, s0: int, s1: int, ctx, judge: Judge) -> dict:
    """A labelled event with no event or candidate at its trigger: is it an event of a trigger-less rule in
    its sentence, of its type, with its source and target?"""
    row["status"] = "none"
    for ev in ctx.events:
        if not (ev.rule.startswith(ROLE_MATCHED) and ev.trigger is not None and s0 <= ev.trigger.start < s1
                and type_ok(ev.type, lab)):
            continue
        got = {"source": ev.source, "target": ev.target + ev.others}
        out = {k: judge.outcome(got[k], spans[k], lab.get(k) or "") for k in ROLE_KEYS}
        if out["source"] == "right" and out["target"] in ("right", "agree-empty", "guessed"):
            row.update(out, status="event", our_type=ev.type, rule=ev.rule, full=True, role_matched=_event_key(ev))
            for k in ROLE_KEYS:
                row[f"our_{k}"] = [judge.actors[i].name if i in judge.actors else i for i in got[k]]
                row[f"label_{k}"] = lab.get(k) or ""
            break
    return row


# ---------------------------------------------------------------- report
def summarise(rows: list[dict]) -> dict:
    system = [r for r in rows if r["status"] == "system"]
    untold = [r for r in rows if r["status"] == "untold"]
    rows = [r for r in rows if r["status"] not in ("system", "untold")]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups["all"].append(r)
        for t in r.get("tags", ()):
            groups[t].append(r)
    out = {}
    for name, rs in groups.items():
        st = Counter(r["status"] for r in rs)
        judged = [r for r in rs if r["status"] in ("event", "candidate")]
        ev = [r for r in rs if r["status"] == "event"]
        fig = {"labelled": len(rs), "event": st["event"], "candidate_only": st["candidate"],
               "no_candidate": st["none"], "unlocated": st["unlocated"],
               "fully_right": sum(1 for r in ev if r.get("full"))}
        for scope, sel in (("events", ev), ("candidates", judged)):
            for k in ROLE_KEYS:
                c = Counter(r[k] for r in sel)
                has = c["right"] + c["wrong"] + c["missing"]
                fig[f"{scope}.{k}"] = dict(c)
                fig[f"{scope}.{k}.right_rate"] = round(c["right"] / has, 3) if has else None
                fig[f"{scope}.{k}.missing_rate"] = round(c["missing"] / has, 3) if has else None
                empty = c["guessed"] + c["agree-empty"]
                fig[f"{scope}.{k}.guess_rate"] = round(c["guessed"] / empty, 3) if empty else None
        out[name] = fig
    dropped = Counter((r["dropped"], r["source"], r["target"]) for r in rows if r["status"] == "candidate")
    out["dropped candidates"] = {f"{reason} | label source {src} | label target {tgt}": n
                                 for (reason, src, tgt), n in dropped.most_common()}
    out["system events"] = {"in_labelled_sentences": len(system), "type_and_trigger_match": sum(r["matched"] for r in system),
                            "fully_right": sum(r["full"] for r in system)}
    if system:
        out["system events"]["precision_full"] = round(out["system events"]["fully_right"] / len(system), 3)
    doerless = [r for r in rows if r["status"] != "unlocated" and r.get("doerless")]
    out["unattributed events"] = {"in_labelled_sentences": len(untold), "type_and_trigger_match": sum(
        r["matched"] for r in untold), "fully_right": sum(r["full"] for r in untold), "labelled_without_source": len(
        doerless), "labelled_without_source_found": sum(bool(r.get("untold")) for r in doerless)}
    return out


ORDER = ["all", "active", "passive, agent", "passive, no agent", "nominal", "light verb", "speech act + clause",
         "subjectless clause", "pronoun source"]


def print_table(summary: dict) -> None:
    def pct(v):
        return "  -  " if v is None else f"{v:5.2f}"

    print("Roles on hand-labelled training events (scripts/role_eval.py); rates over covered labelled events.")
    print("scope: E = events the pipeline outputs; C = every candidate whose roles were read (incl. dropped)")
    head = (f"{'construction':22} {'n':>5} {'event':>5} {'cand':>5} {'none':>5} {'full':>5} | "
            f"{'E src ok':>8} {'E src miss':>10} {'E tgt ok':>8} {'E tgt miss':>10} {'E src guess':>11} "
            f"{'E tgt guess':>11} | {'C src ok':>8} {'C src miss':>10} {'C tgt ok':>8} {'C tgt miss':>10}")
    print(head)
    print("-" * len(head))
    for name in ORDER + sorted(set(summary) - set(ORDER) - {"system events", "dropped candidates", "unattributed events"}):
        f = summary.get(name)
        if f is None:
            continue
        print(f"{name:22} {f['labelled']:5} {f['event']:5} {f['candidate_only']:5} {f['no_candidate']:5} "
              f"{f['fully_right']:5} | {pct(f['events.source.right_rate']):>8} {pct(f['events.source.missing_rate']):>10} "
              f"{pct(f['events.target.right_rate']):>8} {pct(f['events.target.missing_rate']):>10} "
              f"{pct(f['events.source.guess_rate']):>11} {pct(f['events.target.guess_rate']):>11} | "
              f"{pct(f['candidates.source.right_rate']):>8} {pct(f['candidates.source.missing_rate']):>10} "
              f"{pct(f['candidates.target.right_rate']):>8} {pct(f['candidates.target.missing_rate']):>10}")
    print("\nCandidates the events stage dropped (labelled events only), by likely reason and role outcome:")
    for k, n in summary["dropped candidates"].items():
        if n >= 5:
            print(f"  {n:4}  {k}")
    sy = summary["system events"]
    print(f"\nDateline events inside the labelled sentences of these documents: {sy['in_labelled_sentences']}; "
          f"type and trigger match a labelled event: {sy['type_and_trigger_match']}; fully right: "
          f"{sy['fully_right']} (precision {sy.get('precision_full', 0):.2f})")
    un = summary["unattributed events"]
    print(f"Reports without a doer (unattributed_events) there: {un['in_labelled_sentences']}; type and trigger match: "
          f"{un['type_and_trigger_match']}; fully right (labelled without a source, same target): {un['fully_right']}. "
          f"Labelled events without a source: {un['labelled_without_source']}, found as such reports: "
          f"{un['labelled_without_source_found']}")


def held_out_knowledge(knowledge, by_field: dict[str, list[str] | None]) -> dict | None:
    """Knowledge per document half, each with the models (field of the event lexicon -> the two files: `model`, the
    candidate model; `speech_model`, `speech_encoded`) that were trained without that half; None when none is given."""
    from dataclasses import replace
    given = {f: paths for f, paths in by_field.items() if paths}
    if not given:
        return None
    return {h: replace(knowledge, events=replace(knowledge.events, **{
        f: json.loads(Path(paths[h]).read_text(encoding="utf-8")) for f, paths in given.items()})) for h in (0, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data directory")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache", help="parse cache directory ('' = none)")
    ap.add_argument("--json", help="write the figures and every outcome row here")
    ap.add_argument("--knowledge", metavar="DIR", help="user knowledge files extending the packaged ones")
    ap.add_argument("--half", type=int, choices=(0, 1), help="only the documents of this half (train_roles.half_of)")
    ap.add_argument("--role-model", metavar="JSON", help="use this learned role filler instead of the packaged one "
                    "('none': rules only), e.g. one train_roles.py --half trained on the other half")
    ap.add_argument("--event-models", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"),
                    help="candidate models trained without half 0 / half 1 (train_events.py --without-half): each "
                    "document is read by the model that never saw it, so the figures are held out end to end")
    ap.add_argument("--speech-models", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"),
                    help="speech word models trained without the sentence pairs of half 0 / half 1 "
                    "(train_speech.py --without-half)")
    ap.add_argument("--speech-encoded-models", nargs=2, metavar=("WITHOUT_HALF0", "WITHOUT_HALF1"),
                    help="the same for the encoded speech model (train_speech.py --without-half --encoded-out), used "
                    "as with --speech-encoder")
    ap.add_argument("--raw-confidence", action="store_true", help="leave events' confidence uncalibrated (the "
                    "input scripts/train_calibration.py fits the end-to-end calibration on)")
    args = ap.parse_args(argv)

    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options(knowledge_dir=args.knowledge)
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    if args.role_model:
        from dataclasses import replace
        chosen = None if args.role_model == "none" else json.loads(Path(args.role_model).read_text(encoding="utf-8"))
        knowledge = replace(knowledge, events=replace(knowledge.events, role_model=chosen))
    if args.raw_confidence:
        from dataclasses import replace
        # the default floor is a floor on the calibrated confidence: the raw outcomes a calibration is fitted on keep
        # every event (with the floor, events whose raw confidence is under it would be missing from the fit)
        knowledge = replace(knowledge, events=replace(knowledge.events, calibration=None, min_confidence=0.0))
    by_half = held_out_knowledge(knowledge, {"model": args.event_models, "speech_model": args.speech_models,
                                             "speech_encoded": args.speech_encoded_models})
    texts = DatedTexts(Path(args.shared))
    recorder = Recorder()
    recorder.install()
    cache = Path(args.cache) if args.cache else None
    rows = []
    from train_roles import half_of
    for d in labelled_documents(args.limit):
        if args.half is not None and half_of(d["doc"]) != args.half:
            continue
        kn = by_half[half_of(d["doc"])] if by_half else knowledge
        text, ctx, items, pending = run_document(d, texts, model, kn, recorder, cache)
        rows += [{**r, "doc": d["doc"]} for r in judge_document(d, text, ctx, items, pending)]
    summary = summarise(rows)
    print_table(summary)
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
