"""Bad and extreme input: every problem is reported, nothing crashes, memory
stays bounded, and the other inputs of the same run are still processed."""
import json, os, resource, shutil, subprocess, sys, tempfile
from harness import ANNALS, SANITIZED, annals, eq, jsonl, run, test, tmpfile

STORY = ("The foreign ministers of both countries met in Geneva on Tuesday to discuss a ceasefire "
         "along the disputed border, officials said after the talks had ended.\n")


def page(paragraphs=3):
    return "Talks in Geneva\n\n" + "\n".join(STORY for _ in range(paragraphs))


def tmpdir():
    return tempfile.mkdtemp(prefix="annals-e2e-")


def run_measured(args, stdin_path=None):
    """Run annals with output to a file; returns (rc, out path, stderr, peak RSS in MB)."""
    out = tempfile.NamedTemporaryFile(delete=False, suffix=".jsonl")
    err = tempfile.TemporaryFile()
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    p = subprocess.Popen([ANNALS, *args], stdin=stdin, stdout=out, stderr=err)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    err.seek(0)
    return p.returncode, out.name, err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024


# Under ASan memory use is several times higher and time ten times longer.
BIG_FILE_MB = 20 if SANITIZED else 100
RSS_LIMIT_MB = 1500 if SANITIZED else 300


@test
def invalid_utf8_is_repaired_with_a_warning():
    path = tmpfile(page().encode() + b"Caf\xe9 owners \xff\xfe said the talks were a good sign for business.\n")
    rc, out, err = annals("extract", path)
    eq(rc, 0, "exit")
    assert "invalid UTF-8" in err and path in err, err
    arts = jsonl(out)
    assert arts and "Caf? owners ?? said" in arts[0]["body"], arts


@test
def binary_file_is_rejected_by_name_and_others_processed():
    d = tmpdir()
    with open(os.path.join(d, "a.bin"), "wb") as f:
        f.write(bytes(range(256)) * 64)
    with open(os.path.join(d, "b.txt"), "w") as f:
        f.write(page())
    rc, out, err = annals("extract", d)
    eq(rc, 1, "exit")
    assert os.path.join(d, "a.bin") in err and "binary" in err, err
    eq([a["doc"] for a in jsonl(out)], [os.path.join(d, "b.txt")], "docs")
    shutil.rmtree(d)


@test
def empty_inputs_give_no_articles_and_success():
    rc, out, err = annals("extract", tmpfile(b""), tmpfile(b"\n\n  \n"), tmpfile(b"", suffix=".jsonl"))
    eq((rc, out), (0, ""), "empty files")
    rc, out, err = annals("extract", "-", stdin=b"")
    eq((rc, out), (0, ""), "empty stdin")


@test
def missing_path_is_an_error_but_the_rest_is_processed():
    good = tmpfile(page())
    rc, out, err = annals("extract", "/nonexistent/annals-e2e", good)
    eq(rc, 1, "exit")
    assert "/nonexistent/annals-e2e" in err and "No such file" in err, err
    eq(len(jsonl(out)), 1, "articles from the good file")


@test
def unreadable_file_is_an_error():
    if os.geteuid() != 0:
        bad = tmpfile(page())
        os.chmod(bad, 0)
    else:
        bad = "/proc/self/mem"      # root reads any file; this one fails with EIO at offset 0
    rc, out, err = annals("extract", bad, tmpfile(page()))
    eq(rc, 1, "exit")
    assert bad in err, err
    eq(len(jsonl(out)), 1, "articles from the readable file")


@test
def folders_are_read_recursively_in_name_order():
    d = tmpdir()
    os.makedirs(os.path.join(d, "b", "c"))
    for rel in ("z.txt", "b/y.txt", "b/c/x.txt", ".hidden.txt"):
        with open(os.path.join(d, rel), "w") as f:
            f.write(page())
    rc, out, err = annals("extract", d)
    eq(rc, 0, "exit")
    eq([os.path.relpath(a["doc"], d) for a in jsonl(out)], ["b/c/x.txt", "b/y.txt", "z.txt"], "docs")
    shutil.rmtree(d)


@test
def stdin_is_read_as_dash():
    rc, out, err = annals("extract", "-", stdin=page().encode())
    eq(rc, 0, "exit")
    arts = jsonl(out)
    eq([a["doc"] for a in arts], ["-"], "doc")
    assert "Geneva" in arts[0]["body"]


@test
def malformed_jsonl_lines_are_reported_and_skipped():
    good = json.dumps({"id": "ok-1", "title": "Talks", "text": STORY * 2})
    lines = [good, '{"id": "bad-1", "text": "unterminated', good.replace("ok-1", "ok-2"),
             '{"id": "bad-2", "text": 5}', "not json at all", good.replace("ok-1", "ok-3")]
    path = tmpfile("\n".join(lines) + "\n", suffix=".jsonl")
    rc, out, err = annals("extract", path)
    eq(rc, 1, "exit")
    eq([a["id"] for a in jsonl(out)], ["ok-1", "ok-2", "ok-3"], "records kept")
    eq(err.count("malformed JSONL record"), 3, "reports")


def big_text(path, mb):
    block = (page(6) + "\n").encode()
    with open(path, "wb") as f:
        for _ in range(mb * 1024 * 1024 // len(block) + 1):
            f.write(block)


@test
def ten_megabyte_single_line_in_bounded_memory():
    d = tmpdir()
    line = os.path.join(d, "line.txt")
    with open(line, "wb") as f:
        f.write(STORY.strip().encode() * (10 * 1024 * 1024 // len(STORY)))
    record = os.path.join(d, "record.jsonl")
    with open(record, "w") as f:
        f.write(json.dumps({"id": "huge", "text": STORY * (10 * 1024 * 1024 // len(STORY))}) + "\n")
    for path in (line, record):
        rc, out, err, rss = run_measured(["extract", path])
        eq(rc, 0, f"exit for {path}: {err[:300]}")
        assert os.path.getsize(out) > 5 * 1024 * 1024, "output too small"
        assert rss < RSS_LIMIT_MB, f"peak RSS {rss:.0f} MB for {path}"
        os.unlink(out)
    shutil.rmtree(d)


@test
def hundred_megabyte_file_in_bounded_memory():
    d = tmpdir()
    path = os.path.join(d, "big.txt")
    big_text(path, BIG_FILE_MB)
    for jobs in ("1", "2"):
        rc, out, err, rss = run_measured(["extract", "-j", jobs, path])
        eq(rc, 0, f"exit with -j {jobs}: {err[:300]}")
        assert os.path.getsize(out) > BIG_FILE_MB * 1024 * 1024 // 2, "output too small"
        assert rss < RSS_LIMIT_MB, f"peak RSS {rss:.0f} MB with -j {jobs}"
        os.unlink(out)
    shutil.rmtree(d)


@test
def max_doc_size_cuts_an_html_page_with_one_warning():
    para = "<p>" + STORY.strip() + "</p>\n"
    html = "<html><body><h1>Talks in Geneva</h1>\n" + para * (3 * 1024 * 1024 // len(para)) + "</body></html>\n"
    path = tmpfile(html.replace("Geneva on", "Gen\u00e8ve on"), suffix=".html")
    rc, out, err = annals("extract", "--max-doc-size", "1M", path)
    eq(rc, 0, "exit")
    eq(err.count("--max-doc-size"), 1, f"warnings: {err}")
    assert "invalid UTF-8" not in err, err
    body = jsonl(out)[0]["body"]
    assert 500 * 1024 < len(body.encode()) < 1024 * 1024, len(body)


@test
def max_doc_size_splits_big_text_instead_of_dropping_it():
    path = tmpfile(page(20000))
    rc, out, err = annals("extract", "--max-doc-size", "64K", path)
    eq(rc, 0, "exit")
    total = sum(len(a["body"]) for a in jsonl(out))
    assert total > os.path.getsize(path) * 0.9, (total, os.path.getsize(path))


@test
def jsonl_record_over_the_limit_is_skipped_with_a_warning():
    small = json.dumps({"id": "small", "text": STORY * 2})
    huge = json.dumps({"id": "huge", "text": STORY * 20000})
    path = tmpfile("\n".join([small, huge, small.replace("small", "after")]) + "\n", suffix=".jsonl")
    rc, out, err = annals("extract", "--max-doc-size", "64K", path)
    eq(rc, 1, "exit")
    assert "--max-doc-size" in err, err
    eq([a["id"] for a in jsonl(out)], ["small", "after"], "records kept")


run()
