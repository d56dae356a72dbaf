"""Check eval/times_s10/gold.jsonl: text hashes, offsets, types, values. Run from the repo root or anywhere.

Usage: python eval/times_s10/check_gold.py [path/to/polnear/train/text]
"""
import collections
import hashlib
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TEXT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared/data/polnear/train/text"
if not TEXT.is_dir():
    TEXT = pathlib.Path("/work/shared/data/polnear/train/text")
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "BEFORE", "AFTER",
        "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}
VALUE = re.compile(r"^(PRESENT_REF|PAST_REF|FUTURE_REF|FY\d{4}|P(\d+|X)(Y|M|W|D|DE|CE)|PT(\d+|X)(H|M|S)|P\d+D|"
                   r"\d{2}|\d{4}|\d{4}-(\d\d|Q[1-4]|SP|SU|FA|WI)|\d{4}-W(\d\d|XX)(-WE)?|XXXX-WXX-WE|"
                   r"\d{4}-\d\d-\d\d(T(MO|AF|EV|NI|\d\d:\d\d))?)$")
counts = collections.Counter()
for line in (HERE / "gold.jsonl").open(encoding="utf-8"):
    doc = json.loads(line)
    raw = (TEXT / doc["file"]).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == doc["sha256"], doc["file"]
    assert doc["file"].split("_")[1] == doc["dct"], doc["file"]
    text = raw.decode("utf-8")
    last = -1
    for tx in doc["timexes"]:
        assert text[tx["start"]:tx["end"]] == tx["text"], (doc["file"], tx)
        assert tx["start"] >= last, ("overlap/unsorted", doc["file"], tx)
        last = tx["end"]
        assert tx["type"] in TYPES and VALUE.match(tx["value"]), tx
        assert tx.get("mod", "START") in MODS, tx
        counts[tx["type"]] += 1
print("ok", sum(counts.values()), dict(counts))
