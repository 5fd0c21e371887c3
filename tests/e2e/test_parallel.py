"""extract -j N: the same articles, warnings and exit code as one thread, in
input order (or in any order with --unordered)."""
import json, os, shutil, tempfile
from harness import annals, eq, jsonl, need_shared, run, test

STORY = ("The foreign ministers of both countries met in Geneva on Tuesday to discuss a ceasefire "
         "along the disputed border, officials said after the talks had ended.\n")


def mixed_inputs():
    """A folder with every kind of input and problem, plus a missing path."""
    d = tempfile.mkdtemp(prefix="annals-e2e-")
    recs = [json.dumps({"id": f"r{i}", "title": f"Talks {i}", "text": STORY * (1 + i % 7)}) for i in range(300)]
    recs[17] = '{"id": "broken", "text": '
    recs[230] = "[1, 2]"
    with open(os.path.join(d, "a.jsonl"), "w") as f:
        f.write("\n".join(recs) + "\n")
    with open(os.path.join(d, "b.txt"), "wb") as f:
        f.write(("Talks\n\n" + STORY * 3).encode() + b"bad \xff byte.\n")
    with open(os.path.join(d, "c.html"), "w") as f:
        f.write("<html><body><h1>Talks in Geneva</h1>" + ("<p>" + STORY + "</p>") * 4 + "</body></html>")
    with open(os.path.join(d, "d.bin"), "wb") as f:
        f.write(b"\0" * 100)
    return d, [d, "/nonexistent/annals-e2e", os.path.join(d, "b.txt")]


@test
def jobs_give_the_same_output_and_warnings_in_order():
    d, args = mixed_inputs()
    want = annals("extract", *args)
    assert want[0] == 1 and len(jsonl(want[1])) > 290 and "broken" not in want[1], want[2]
    for jobs in ("2", "3", "8"):
        eq(annals("extract", "-j", jobs, *args), want, f"-j {jobs}")
    shutil.rmtree(d)


@test
def unordered_gives_the_same_articles():
    d, args = mixed_inputs()
    rc, out, err = annals("extract", *args)
    rc2, out2, err2 = annals("extract", "-j", "2", "--unordered", *args)
    eq(rc2, rc, "exit")
    eq(sorted(out2.splitlines()), sorted(out.splitlines()), "articles")
    eq(sorted(err2.splitlines()), sorted(err.splitlines()), "warnings")
    shutil.rmtree(d)


@test
def jobs_on_the_corpus_match_one_thread():
    corpus = need_shared("corpus", "news.jsonl")
    one = annals("extract", "-q", corpus)
    eq(annals("extract", "-q", "-j", "2", corpus), one, "-j 2")


run()
