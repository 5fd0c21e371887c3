"""annals extract end to end: the seeds bar, the bundled sample, provenance,
the corpus, and the ways of giving input."""
import json, os, shutil, subprocess, sys, tempfile
from harness import *


def score_seeds():
    script = need_shared("tools", "score_seeds.py")
    p = subprocess.run([sys.executable, script, "--cmd", f"{ANNALS} extract"], capture_output=True, text=True, timeout=600)
    figs = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2].startswith("("):
            h, t = parts[2].strip("()").split("/")
            figs[parts[0]] = (int(h), int(t))
    return figs


@test
def seeds_meet_the_ingest_bar():
    f = score_seeds()
    eq(f["articles.count_exact"], (5, 5), "count_exact")
    eq(f["articles.found"], (8, 8), "found")
    h, t = f["body.has_first_and_last"]; assert h >= 7, f"has_first_and_last {h}/{t}"
    h, t = f["body.boilerplate_excluded"]; assert h >= 19, f"boilerplate {h}/{t}"
    h, t = f["meta.title"]; assert h >= 4, f"title {h}/{t}"
    eq(f["meta.published"], (3, 3), "published")
    h, t = f["meta.authors"]; assert h >= 3, f"authors {h}/{t}"
    for k, (h, t) in f.items():
        if k.endswith("null_when_absent"):
            eq(h, t, k)


@test
def bundled_sample():
    rc, out, err = annals("extract", os.path.join(ROOT, "samples", "sample-page.txt"), check=True)
    arts = jsonl(out)
    eq(len(arts), 1, "articles")
    a = arts[0]
    eq(a["title"], "Finland and Estonia agree to pool air defence after drone incursions over Gulf of Finland", "title")
    eq(a["authors"], ["Marja Koskinen", "Priit Tamm"], "authors")
    eq(a["published"], "2026-03-14T09:40", "published")
    eq(a["dateline"], "HELSINKI", "dateline")
    assert a["body"].startswith("Finland and Estonia agreed on Friday")
    for bad in ("Advertis", "Share this", "Sign up", "Ferry operators", "Photo /", "Copyright"):
        assert bad not in a["body"], bad


@test
def paragraph_offsets_point_at_the_input_bytes():
    paths = [os.path.join(ROOT, "samples", "sample-page.txt")]
    seeds = os.path.join(SHARED, "seeds")
    if os.path.isdir(seeds):
        paths += [os.path.join(seeds, f) for f in sorted(os.listdir(seeds))]
    for path in paths:
        data = open(path, "rb").read()
        rc, out, err = annals("extract", path, check=True)
        for a in jsonl(out):
            paras = a["body"].split("\n\n")
            eq(len(paras), len(a["paragraphs"]), f"{path} paragraph count")
            for text, (s, e) in zip(paras, a["paragraphs"]):
                eq(data[s:e].decode("utf-8"), text, f"{path} bytes {s}-{e}")


@test
def jsonl_offsets_point_into_the_jsonl_file():
    rec = {"id": "a1", "title": "T", "text": "First para says \"hi\".\n\nSecond para with caf\u00e9 and a tab\there ends."}
    path = tmpfile(json.dumps(rec) + "\n" + json.dumps(dict(rec, id="a2")) + "\n", ".jsonl")
    rc, out, err = annals("extract", path, check=True)
    arts = jsonl(out)
    eq([a["id"] for a in arts], ["a1", "a2"], "ids")
    raw = open(path, "rb").read()
    s, e = arts[1]["paragraphs"][1]
    assert raw[s:e].startswith(b"Second para"), raw[s:e]
    assert raw[s:e].endswith(b"ends."), raw[s:e]
    os.unlink(path)


@test
def stdin_folders_kind_and_date():
    sample = open(os.path.join(ROOT, "samples", "sample-page.txt"), "rb").read()
    rc, out, err = annals("extract", "-", stdin=sample, check=True)
    eq(jsonl(out)[0]["doc"], "-", "stdin doc name")
    d = tempfile.mkdtemp()
    os.makedirs(os.path.join(d, "sub", "deeper"))
    shutil.copy(os.path.join(ROOT, "samples", "sample-page.txt"), os.path.join(d, "sub", "deeper", "a.txt"))
    open(os.path.join(d, "b.html"), "w").write("<html><body><h1>Heading of a page here</h1><p>The council met on Monday and approved the plan for a new bridge across the river.</p></body></html>")
    open(os.path.join(d, ".hidden"), "w").write("not read")
    rc, out, err = annals("extract", d, check=True)
    docs = [a["doc"] for a in jsonl(out)]
    eq(sorted(os.path.basename(x) for x in docs), ["a.txt", "b.html"], "folder walk")
    nodate = tmpfile("Officials said on Monday that the new budget would be presented to parliament in April.\n")
    rc, out, err = annals("extract", "--date", "2026-01-05", nodate, check=True)
    eq(jsonl(out)[0]["published"], "2026-01-05", "--date default")
    rc, out, err = annals("extract", nodate, check=True)
    eq(jsonl(out)[0]["published"], None, "no date invented")
    rc, out, err = annals("extract", "--date", "soon", nodate)
    eq(rc, 2, "bad --date is a usage error")
    rc, out, err = annals("extract", "--kind", "html", nodate, check=True)
    eq(len(jsonl(out)), 1, "--kind html on text")
    shutil.rmtree(d)
    os.unlink(nodate)


@test
def corpus_every_record_processed_no_empty_body():
    corpus = need_shared("corpus", "news.jsonl")
    p = subprocess.run([ANNALS, "extract", "-q", corpus], capture_output=True, timeout=1800)
    eq(p.returncode, 0, "exit code")
    ids = set()
    empty = []
    for line in p.stdout.decode("utf-8").splitlines():
        a = json.loads(line)
        ids.add(a["id"])
        if not a["body"].strip():
            empty.append(a["id"])
    src = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            src[r["id"]] = r["text"]
    missing = [i for i, t in src.items() if i not in ids and t.strip()]
    eq(missing[:5], [], "records without an article")
    eq([i for i in empty if src[i].strip()][:5], [], "empty bodies from non-empty text")


run()
