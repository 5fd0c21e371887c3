"""annals parse: the analyse stage from the command line, and its robustness
on the shared corpus (never a crash, never a sentence without a clause)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import *


@test
def parse_shows_every_part():
    rc, out, err = annals("parse", "--show", "tokens,pos,chunks,clauses",
                          "Russia sent the US a plan outlining its terms.", check=True)
    assert "tokens:  Russia sent the US a plan outlining its terms ." in out, out
    assert "sent/VBD:send" in out, out
    assert "chunks:  [NP Russia] [VG sent] [NP the US] [NP a plan] [VG outlining] [NP its terms] ." in out, out
    assert "clause 0: main S=Russia V=send IO=the US O=a plan" in out, out
    assert "clause 1: rel S=a plan V=outline O=its terms ^0" in out, out


@test
def parse_splits_sentences_and_marks():
    text = "Gen. Smith said Russia would not attack. If talks fail, NATO will respond."
    rc, out, err = annals("parse", "--show", "clauses", text, check=True)
    eq(len(re.findall(r"^sentence ", out, re.M)), 2, "sentences")
    assert "reported S=Russia V=attack +neg +cond +rep ^0" in out, out
    assert "main S=NATO V=respond +fut +hypo" in out, out


@test
def parse_reads_a_file_and_stdin():
    path = tmpfile("Kyiv called off the talks.\n\nThe army pushed back the rebels.")
    rc, out, err = annals("parse", "--show", "clauses", "--file", path, check=True)
    os.unlink(path)
    assert "V=call_off O=the talks" in out and "V=push_back O=the rebels" in out, out
    rc, out, err = annals("parse", "--show", "chunks", "--file", "-", stdin=b"The talks have been called off.", check=True)
    assert "[VG have been called off]" in out, out


@test
def parse_rejects_bad_options():
    rc, out, err = annals("parse", "--show", "trees", "x")
    eq(rc, 2, "exit code")
    rc, out, err = annals("parse")
    eq(rc, 2, "exit code without text")


@test
def parse_survives_odd_text():
    odd = ["", "...", "\u201c", "'s n't", "$", "@", "((((", "- - -", "U.S.", "a" * 5000,
           "x " * 3000, "\u2014\u2014", "1/2-", "http://", "#", "Mr.", "\"\"\"\"", "O'"]
    for text in odd:
        rc, out, err = annals("parse", "--show", "all", "--file", "-", stdin=text.encode())
        eq(rc, 0, f"exit code for {text[:20]!r}")
        eq(out.count("sentence "), out.count("clause 0:"), f"every sentence has a clause for {text[:20]!r}")


@test
def corpus_every_sentence_has_a_clause():
    corpus = need_shared("corpus", "news.jsonl")
    rc, out, err = annals("parse", "-q", "--bench", corpus, timeout=1200)
    eq(rc, 0, "exit code: " + out + err[-500:])
    m = re.search(r"(\d+) articles, (\d+) sentences", out)
    assert m and int(m.group(1)) > 20000 and int(m.group(2)) > 100000, out
    assert "sentences without a clause: 0" in out, out


run()
