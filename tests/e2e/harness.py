"""A tiny end-to-end harness: @test functions run the built `annals` binary.

Each test file ends with `run()`, which prints `NAME: N passed, N failed`.
Tests that need ../shared skip themselves (and say so) when it is absent.
"""
import atexit, json, os, shutil, subprocess, sys, tempfile, traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
ANNALS = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "annals")
SANITIZED = bool(os.environ.get("ANNALS_E2E_SANITIZED"))

# Every temporary file and folder a test makes (through tempfile) lands in one
# scratch folder per test file, removed at exit, so runs leave nothing behind
# in /tmp even when a test fails half-way.
tempfile.tempdir = tempfile.mkdtemp(prefix="annals-test-")
atexit.register(shutil.rmtree, tempfile.tempdir, ignore_errors=True)
_tests = []


class Skip(Exception):
    pass


def test(fn):
    _tests.append(fn)
    return fn


def need_shared(*rel):
    p = os.path.join(SHARED, *rel)
    if not os.path.exists(p):
        raise Skip(f"{p} not present")
    return p


def annals(*args, stdin=None, timeout=600, check=False):
    """Run annals; returns (returncode, stdout, stderr) as text."""
    p = subprocess.run([ANNALS, *args], input=stdin, capture_output=True, timeout=timeout)
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if check and p.returncode != 0:
        raise AssertionError(f"annals {' '.join(args)} exited {p.returncode}: {err[:500]}")
    return p.returncode, out, err


def jsonl(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def tmpfile(content, suffix=".txt", mode="wb"):
    f = tempfile.NamedTemporaryFile(delete=False, suffix=suffix)
    f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    f.close()
    return f.name


def eq(got, want, what=""):
    if got != want:
        raise AssertionError(f"{what}: got {got!r}, want {want!r}")


def run():
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0].replace("test_", "e2e-")
    passed = failed = 0
    for fn in _tests:
        try:
            fn()
            passed += 1
            print(f"ok {fn.__name__}")
        except Skip as s:
            print(f"skip {fn.__name__}: {s}")
        except Exception:
            failed += 1
            print(f"not ok {fn.__name__}")
            traceback.print_exc(limit=3)
    print(f"{name}: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
