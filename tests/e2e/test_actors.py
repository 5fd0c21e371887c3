"""End-to-end: actors in `annals extract`, `annals actors`, dictionary imports."""
import os, re, subprocess, sys
from harness import test, run, annals, jsonl, tmpfile, eq, need_shared, ANNALS, SHARED

TEXT = ("Russian investment envoy Pavel Sorokhin met U.S. special envoy Tom Brannigan in Doha. "
        "Brannigan said the talks were useful.\n\n"
        "Maren Holtby, a senior fellow at the Council on Foreign Relations, said the envoy had little room.\n")


def actors_of(text, *args):
    rc, out, err = annals("extract", "--date", "2025-08-01", *args, tmpfile(text), check=True)
    arts = jsonl(out)
    eq(len(arts), 1, "articles")
    return {a["name"]: a for a in arts[0]["actors"]}, text


@test
def extract_has_coded_actors_with_offsets():
    acts, text = actors_of(TEXT)
    s = acts["Pavel Sorokhin"]
    eq((s["code"], s["country"], s["sector"], s["learned"]), ("RUSGOV", "RUS", "GOV", True), "Sorokhin")
    b = acts["Tom Brannigan"]
    eq(b["code"], "USAGOV", "Brannigan")
    eq([text.encode()[m[0]:m[1]].decode() for m in b["mentions"]], ["Tom Brannigan", "Brannigan", "envoy"], "mentions")
    h = acts["Maren Holtby"]
    eq((h["country"], h["sector"], h["learned"]), ("USA", "NGO", True), "Holtby")


@test
def actors_table():
    rc, out, err = annals("actors", "--date", "2025-08-01", tmpfile(TEXT), check=True)
    assert "Pavel Sorokhin" in out and "RUSGOV" in out, out
    assert re.search(r"Tom Brannigan\s+USAGOV\s+USA\s+GOV\s+3", out), out
    rc, out, err = annals("actors")
    eq(rc, 2, "no input")


@test
def seeds_actor_recall():
    score = need_shared("tools", "score_seeds.py")
    p = subprocess.run([sys.executable, score, "--cmd", f"{ANNALS} extract"], capture_output=True, text=True, timeout=600)
    m = re.search(r"actors.recall_with_country ([0-9.]+) \((\d+)/(\d+)\)", p.stdout)
    assert m, p.stdout + p.stderr
    print(f"  {m.group(0)}")
    assert float(m.group(1)) >= 0.90, m.group(0)


OUR_TABARI = ("; a TABARI-format file written for this test\n"
              "ZEBULON_QUARTERMAINE_  [FRAGOV 080101-121231] [FRAOPP >130101]\n"
              "LANTERN_KEEPER_ [~REL]\n")
OUR_PETRARCH = ("# a PETRARCH-format file written for this test\n"
                "ISOLDE_MARCHBANKS_\n+MARCHBANKS_\n\t[GBRGOV 190101-221231]\n\t[GBRBUS >230101]\n"
                "DREDGING_CREW {DREDGING_CREWS} [~LAB]\n")


@test
def import_our_tabari_and_petrarch_files():
    text = "Zebulon Quartermaine met Marchbanks, Italian lantern keepers and Dutch dredging crews.\n"
    rc, out, err = annals("extract", "--date", "2024-05-01", "--import-tabari", tmpfile(OUR_TABARI),
                          "--import-petrarch", tmpfile(OUR_PETRARCH), tmpfile(text), check=True)
    codes = {text.encode()[x["mentions"][0][0]:x["mentions"][0][1]].decode(): x["code"] for x in jsonl(out)[0]["actors"]}
    eq(codes.get("Zebulon Quartermaine"), "FRAOPP", "tabari dated role")
    eq(codes.get("Marchbanks"), "GBRBUS", "petrarch synonym")
    eq(codes.get("Italian lantern keepers"), "ITAREL", "tabari agent")
    eq(codes.get("Dutch dredging crews"), "NLDLAB", "petrarch agent")


@test
def import_shared_peer_dictionaries():
    d = need_shared("peers", "dictionaries")
    files = ["--import-tabari", os.path.join(d, "tabari", "CountryInfo.120116.actors"),
             "--import-tabari", os.path.join(d, "tabari", "PSU.120522.agents"),
             "--import-petrarch", os.path.join(d, "petrarch", "petrarch2", "Phoenix.Countries.actors.txt"),
             "--import-petrarch", os.path.join(d, "petrarch", "petrarch2", "Phoenix.agents.txt")]
    text = "Hamid Karzai met Afghan shopkeepers in Kabul, and Nicolas Sarkozy spoke to French farmers.\n"
    rc, out, err = annals("extract", "--date", "2010-06-01", *files, tmpfile(text), check=True)
    acts = jsonl(out)[0]["actors"]
    got = {x["name"]: x["code"] for x in acts}
    assert any("Karzai" in n and c == "AFGGOV" for n, c in got.items()), got
    assert any("Sarkozy" in n and c == "FRAGOV" for n, c in got.items()), got


@test
def whole_corpus_resolves():
    corpus = need_shared("corpus", "news.jsonl")
    rc, out, err = annals("extract", "-q", corpus, check=True)
    arts = jsonl(out)
    assert len(arts) > 1000, len(arts)
    people = [x for a in arts for x in a["actors"] if x["code"] and x["sector"] == "GOV"]
    assert len(people) > 1000, len(people)
    for a in arts:
        for p in a["places"]:
            assert p["lat"] is None or -90 <= p["lat"] <= 90, p


@test
def places_have_coordinates():
    rc, out, err = annals("extract", "--date", "2025-08-01", tmpfile("Envoys met in Doha on Monday before flying to Geneva.\n"), check=True)
    places = {p["name"]: p for p in jsonl(out)[0]["places"]}
    assert "Doha" in places, places
    eq(places["Doha"]["country"], "QAT", "Doha")
    if places["Doha"]["lat"] is not None:          # built with libgeonames
        assert abs(places["Doha"]["lat"] - 25.3) < 0.5, places["Doha"]


@test
def import_missing_file_is_an_error():
    rc, out, err = annals("extract", "--import-tabari", "/nonexistent.actors", tmpfile(TEXT))
    eq(rc, 2, "exit code")
    assert "/nonexistent.actors" in err, err


run()
