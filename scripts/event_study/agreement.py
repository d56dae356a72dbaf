"""Agreement of two independent annotators on the same 300 training sentences: the ceiling a
learned event coder can be judged against. The second annotator (training/events/agreement_labels.jsonl)
labelled without seeing the first's labels (labels_e/f.jsonl) or any Dateline output."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "training/events"


def types(lab: dict, also: bool = False) -> set:
    out = set()
    for e in lab["events"]:
        out.add(e["type"])
        if also:
            out |= set(e.get("also", []))
    return out


def main() -> None:
    second = {d["id"]: d for d in map(json.loads, (ROOT / "agreement_labels.jsonl").open(encoding="utf-8"))}
    first = {}
    for name in ("labels_e.jsonl", "labels_f.jsonl"):
        for d in map(json.loads, (ROOT / name).open(encoding="utf-8")):
            if d["id"] in second:
                first[d["id"]] = d
    ids = sorted(second)
    same = sum(bool(types(first[i])) == bool(types(second[i])) for i in ids) / len(ids)
    a_ev = [i for i in ids if types(first[i])]
    b_ev = [i for i in ids if types(second[i])]
    acc_b = sum(bool(types(second[i]) & types(first[i], True)) for i in a_ev) / len(a_ev)
    acc_a = sum(bool(types(first[i]) & types(second[i], True)) for i in b_ev) / len(b_ev)
    tp = n_a = n_b = 0
    for i in ids:
        ea = [(e["type"], set(e.get("also", [])), e["trigger"].lower()) for e in first[i]["events"]]
        eb = [(e["type"], set(e.get("also", [])), e["trigger"].lower()) for e in second[i]["events"]]
        n_a, n_b, used = n_a + len(ea), n_b + len(eb), set()
        for t, al, tr in eb:
            for j, (t2, al2, tr2) in enumerate(ea):
                if j not in used and (tr in tr2 or tr2 in tr) and (t == t2 or t in al2 or t2 in al):
                    used.add(j)
                    tp += 1
                    break
    p, r = tp / n_b, tp / n_a
    print(f"sentences {len(ids)}; event/no-event agreement {same:.3f}")
    print(f"sentence type accuracy of one annotator against the other: {acc_b:.3f} / {acc_a:.3f}")
    print(f"events (trigger overlap + type): P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")


if __name__ == "__main__":
    main()
