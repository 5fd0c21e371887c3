"""End-to-end: quotes in `annals extract` and `annals quotes`; the seed scores."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import test, run, annals, jsonl, tmpfile, eq, need_shared, SHARED, ANNALS, ROOT

# The bar of issue #6, measured by the shared scorer on the seed pages.
BAR = {
    "quotes.direct_or_block.recall": 0.95,
    "quotes.direct_or_block.speaker_correct": 0.92,
    "quotes.partial.recall": 0.75,
    "quotes.precision": 0.90,
}

PASSAGE = (
    "Foreign Minister Clara Weiss arrived in Vienna on Monday for the talks.\n\n"
    "\u201cWe came to listen, not to lecture,\u201d Weiss told reporters.\n\n"
    "Her deputy, Tomas Brandt, called the agenda \u201ctoo crowded to finish in a day\u201d before the talks began.\n\n"
    "The talks will resume next week, a diplomat familiar with the schedule said.\n"
)


@test
def seed_scores_meet_the_bar():
    tool = need_shared("tools", "score_seeds.py")
    p = subprocess.run([sys.executable, tool, "--cmd", f"{ANNALS} extract"], capture_output=True, text=True, timeout=600)
    got = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].startswith("quotes."):
            got[parts[0]] = float(parts[1])
    for name, floor in BAR.items():
        if got.get(name, 0.0) < floor:
            raise AssertionError(f"{name} = {got.get(name)} below {floor}\n{p.stdout}")


@test
def extract_has_quotes_with_offsets():
    path = tmpfile(PASSAGE)
    rc, out, err = annals("extract", path, check=True)
    arts = jsonl(out)
    eq(len(arts), 1, "articles")
    quotes = arts[0]["quotes"]
    data = open(path, "rb").read()
    direct = [q for q in quotes if q["text"].startswith("We came to listen")]
    eq(len(direct), 1, "direct quote")
    q = direct[0]
    eq(q["speaker"], "Clara Weiss", "speaker")
    eq(q["kind"], "direct", "kind")
    eq(q["cue"], "told", "cue")
    eq(q["addressee"], "reporters", "addressee")
    eq(data[q["start"]:q["end"]].decode("utf-8"), q["text"], "offsets")
    partial = [q for q in quotes if q["text"].startswith("too crowded")]
    eq([(q["speaker"], q["kind"]) for q in partial], [("Tomas Brandt", "partial")], "partial")
    reported = arts[0]["reported"]
    eq([r["kind"] for r in reported if r["text"].startswith("The talks will resume")], ["indirect"], "reported")


@test
def quotes_table_and_speaker_filter():
    path = tmpfile(PASSAGE)
    rc, out, err = annals("quotes", path, check=True)
    lines = out.splitlines()
    eq(lines[0].split()[:3], ["SPEAKER", "KIND", "TEXT"], "header")
    if not any(l.startswith("Clara Weiss") and "direct" in l and "We came to listen" in l for l in lines):
        raise AssertionError(out)
    rc, out, err = annals("quotes", "--speaker", "brandt", "--json", path, check=True)
    rows = jsonl(out)
    eq([r["speaker"] for r in rows], ["Tomas Brandt"], "filtered")
    eq(rows[0]["kind"], "partial", "kind")
    rc, out, err = annals("quotes", "--no-indirect", "--json", path, check=True)
    eq(sorted({r["kind"] for r in jsonl(out)}), ["direct", "partial"], "kinds without indirect")


@test
def quotes_bad_option_fails():
    rc, out, err = annals("quotes", "--bogus", "x")
    eq(rc, 2, "exit code")


@test
def quotes_on_seed_pages():
    seeds = need_shared("seeds")
    files = sorted(os.path.join(seeds, f) for f in os.listdir(seeds) if f.endswith(".txt"))
    rc, out, err = annals("quotes", "--json", *files, check=True)
    rows = jsonl(out)
    if len(rows) < 50:
        raise AssertionError(f"only {len(rows)} quotes on the seed pages")
    for r in rows:
        if r["start"] >= r["end"]:
            raise AssertionError(f"empty span: {r}")



@test
def speakers_carry_their_actor_codes():
    rc, out, err = annals("extract", os.path.join(ROOT, "samples", "sample-page.txt"), check=True)
    a = jsonl(out)[0]
    codes = {q["speaker"]: q["speaker_code"] for q in a["quotes"] + a["reported"]}
    eq(codes.get("Elina Valtonen"), "FINGOV", "named minister")
    eq(codes.get("Maria Zakharova"), "RUSGOV", "named spokeswoman")
    eq(codes.get("Kaja Rebane"), "ESTNGO", "person learned from her appositive")
    eq(codes.get("Analysts"), None, "anonymous speakers stay uncoded")

run()
