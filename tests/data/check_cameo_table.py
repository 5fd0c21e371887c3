#!/usr/bin/env python3
"""Check dict/cameo/codes.txt against the shared CAMEO reference table.

Compares, code by code, the set of codes, the Goldstein weight and the quad class of
dict/cameo/codes.txt with <repo>/../shared/reference/cameo_codes.tsv. Codes whose reference
weight is empty (no published Goldstein weight) must carry the weight of their parent code
and a `weight from parent` comment. It also checks the own-format fields (a known PLOVER
type or `-`, a non-empty name) and that no name is identical to the reference label, since
the names in codes.txt are our own wording.

Prints one line per problem and `N passed, N failed` (counting codes) at the end; exits 1 if
any code failed. If the reference folder is missing, prints a message and exits 0.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
TABLE = os.path.join(REPO, "dict", "cameo", "codes.txt")
REFERENCE = os.path.normpath(os.path.join(REPO, "..", "shared", "reference", "cameo_codes.tsv"))

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
          "COERCE", "ASSAULT", "-"}


def expected_quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def load_table(path):
    """Return ({code: (goldstein, quad, plover, name, comment)}, [format errors])."""
    rows, errors = {}, []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            body, _, comment = raw.rstrip("\n").partition("#")
            if not body.strip():
                continue
            fields = [x.strip() for x in body.split("|")]
            where = f"{path}:{lineno}"
            if len(fields) != 5:
                errors.append(f"{where}: expected 5 fields, got {len(fields)}")
                continue
            code, gold, quad, plover, name = fields
            if not (code.isdigit() and 2 <= len(code) <= 4):
                errors.append(f"{where}: bad code {code!r}")
                continue
            if code in rows:
                errors.append(f"{where}: duplicate code {code}")
                continue
            try:
                g = float(gold)
                q = int(quad)
            except ValueError:
                errors.append(f"{where}: bad goldstein/quad {gold!r}/{quad!r}")
                continue
            rows[code] = (g, q, plover, name, comment.strip())
    return rows, errors


def parent(code, known):
    for n in range(len(code) - 1, 1, -1):
        if code[:n] in known:
            return code[:n]
    return None


def main():
    if not os.path.exists(REFERENCE):
        print(f"SKIP: reference table not found at {REFERENCE}; nothing checked")
        print("0 passed, 0 failed")
        return 0
    ref = {}
    with open(REFERENCE, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            ref[r["code"]] = r
    rows, errors = load_table(TABLE)
    for e in errors:
        print("FORMAT", e)

    passed = failed = 0
    for code in sorted(set(ref) | set(rows)):
        problems = []
        if code not in rows:
            problems.append("missing from codes.txt")
        elif code not in ref:
            problems.append("not a CAMEO 1.1b3 code (absent from reference)")
        else:
            g, q, plover, name, comment = rows[code]
            r = ref[code]
            if r["goldstein"].strip():
                if abs(g - float(r["goldstein"])) > 1e-9:
                    problems.append(f"goldstein {g} != reference {r['goldstein']}")
            else:
                p = parent(code, rows)
                if p is None:
                    problems.append("no weight published and no parent code found")
                elif abs(g - rows[p][0]) > 1e-9:
                    problems.append(f"goldstein {g} != parent {p} weight {rows[p][0]}")
                if "weight from parent" not in comment:
                    problems.append("missing `# weight from parent` comment")
            if q != int(r["quad_class"]):
                problems.append(f"quad {q} != reference {r['quad_class']}")
            if q != expected_quad(code):
                problems.append(f"quad {q} != {expected_quad(code)} for root {code[:2]}")
            if plover not in PLOVER:
                problems.append(f"unknown PLOVER type {plover!r}")
            if not name:
                problems.append("empty name")
            elif name.strip().lower() == r["name"].strip().lower():
                problems.append("name is the reference label verbatim; use our own wording")
        if problems:
            failed += 1
            for p in problems:
                print(f"FAIL {code}: {p}")
        else:
            passed += 1
    if errors:
        failed += len(errors)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
