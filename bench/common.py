"""What every benchmark shares: where its data is, the skip rule, the
mismatch rule, and the stamp that each results file carries.

    sys.dont_write_bytecode = True   # no __pycache__ in the source tree
    sys.path.insert(0, <bench/>)
    import common

- data(*parts): a path in the data folder, $ZH_BENCH_DATA or, by default,
  ../shared/data next to the repository.
- need(bench, path): exits 77 ("skipped: PATH not found") when path is
  missing; bench/all.sh (make bench, make bench-quick) counts that as a skip.
- mismatch(bench, what): exits 1 with a line saying what did not match.
- stamp(): the tokenizer version (zh_version('tokenizer')), the release and
  the commit a run measured, for the JSON ("tokenizer", "release",
  "commit", "uncommitted_changes"); stamp_md(st): the same as the one
  Markdown line that tests/check-bench-results.sh reads.
"""
import os
import platform
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZH = os.path.join(ROOT, "build", "zh")
SKIPPED = 77  # the exit status of a benchmark without its data


def data(*parts):
    base = os.environ.get("ZH_BENCH_DATA") or os.path.join(ROOT, "..", "shared", "data")
    return os.path.join(base, *parts)


def need(bench, path):
    if not os.path.exists(path):
        print(f"{bench}: skipped: {path} not found (ZH_BENCH_DATA names the data folder)")
        sys.exit(SKIPPED)


def mismatch(bench, what):
    print(f"{bench}: MISMATCH: {what}", file=sys.stderr)
    sys.exit(1)


def connect(path=":memory:", **kw):
    """A connection with build/zh loaded."""
    db = sqlite3.connect(path, **kw)
    db.enable_load_extension(True)
    db.load_extension(ZH)
    db.enable_load_extension(False)
    return db


# Changes here change what a run measures (the harnesses in bench/ too, not
# the results they write); an uncommitted one is said so.
MEASURED = ("ext", "tools", "bench", ":(exclude)bench/results", "Makefile")


def git(*args):
    try:
        p = subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True)
        return p.stdout.strip() if p.returncode == 0 else None
    except OSError:
        return None


def stamp():
    db = connect()
    tokenizer, release = db.execute(
        "SELECT zh_version('tokenizer'), zh_version('release')").fetchone()
    db.close()
    commit = git("rev-parse", "--short", "HEAD")
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", *MEASURED)
    return {"tokenizer": int(tokenizer), "release": release, "commit": commit,
            "uncommitted_changes": bool(dirty) if commit else None}


def stamp_md(st):
    """The line tests/check-bench-results.sh reads: keep its shape."""
    dirty = " plus uncommitted changes to ext/, tools/, bench/ or the Makefile" \
        if st["uncommitted_changes"] else ""
    return (f"sqlite-zh: tokenizer {st['tokenizer']}, release {st['release']}, "
            f"commit {st['commit']}{dirty}.")


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(),
            "os": os_name()}


def os_name():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()
