"""`annals code`: JSON Lines {"id", "date", "text"} in, {"id", "events"} out, and the
"events" array of `annals extract`. No coder exists yet, so every events array is
empty; these tests pin the shape, not the coding."""
import json
from harness import annals, jsonl, test, tmpfile, eq, run

RECORDS = [
    {"id": "r1", "date": "2025-10-25", "text": "Russia imposed sanctions on Ukraine last Thursday."},
    {"id": 2, "date": "20250412", "text": "The envoys met on Friday."},
    {"id": "r3", "text": "No date here. Caf\u00e9 talks."},
]


@test
def code_reads_stdin_and_prints_one_line_per_record():
    data = "\n".join(json.dumps(r) for r in RECORDS) + "\n\n"
    rc, out, err = annals("code", stdin=data.encode())
    eq(rc, 0, "exit code")
    rows = jsonl(out)
    eq([r["id"] for r in rows], ["r1", 2, "r3"], "ids in order")
    for r in rows:
        eq(sorted(r), ["events", "id"], "keys")
        eq(type(r["events"]), list, "events is an array")


@test
def code_reads_files():
    path = tmpfile("\n".join(json.dumps(r) for r in RECORDS), suffix=".jsonl")
    rc, out, _ = annals("code", path, path)
    eq(rc, 0, "exit code")
    eq(len(jsonl(out)), 6, "records of two files")


@test
def code_reports_bad_records_and_goes_on():
    data = 'not json\n{"id": "x"}\n{"id": "ok", "text": "Fine."}\n'
    rc, out, err = annals("code", stdin=data.encode())
    eq(rc, 1, "exit code")
    eq([r["id"] for r in jsonl(out)], ["ok"], "good record still coded")
    eq(err.count("annals: -:"), 2, "one message per bad record")


@test
def code_help():
    rc, out, _ = annals("code", "--help")
    eq(rc, 0, "exit code")
    eq("annals code" in out, True, "usage printed")


@test
def extract_has_events_array():
    rc, out, _ = annals("extract", "--kind", "text", "-", stdin=b"Talks were held in Geneva.\n")
    eq(rc, 0, "exit code")
    eq(jsonl(out)[0]["events"], [], "events array")


run()
