#!/usr/bin/python3
"""Mutation testing of ext/ (`make mutate`).

Each mutation of tools/mutate/mutations.toml is applied, one at a time, to a
copy of the tree in build/mutate/tree (never to the working files), which is
rebuilt and run through the suite: the suites of tests/run-all.sh, cheapest
first, stopping at the first that fails (the mutant is killed, by that
suite) or runs out of time (killed by the timeout).  A mutant that passes
every suite survived.  The unmutated copy is built and run first: a suite
that fails there would kill every mutant, so the run stops.

What tests/run-all.sh runs that this does not, and why:
  - the dqlite cluster (examples/cluster/demo.sh): three nodes, leaders
    killed; it tests zh_preload.so under dqlite, whose loading
    tests/preload.sh covers, and sees tokens through the same code;
  - Node's npm install: the Node test runs only where `make test` installed
    better-sqlite3 in build/node (linked into the copy), else it is skipped;
  - make install / uninstall: where files go, which ext/ does not decide;
  - check-missing-data.sh, check-bench-skip.sh, check-bench-results.sh,
    check-release.sh and test_python_package.sh: the Makefile, the
    benchmarks' scripts, the committed results, make dist (git archive,
    which needs the repository) and pip, none of which ext/ decides.

Usage: tools/mutate/run.py [--list] [--check] [--mutant ID] [ID...]
  ID...        run these mutations only (the report says so)
  --list       print the mutations
  --check      check the list (each text found where it should be) and stop
  --mutant ID  leave the copy built with mutation ID applied, to see a test
               fail on it (tests/run-sql.sh NAME in build/mutate/tree); the
               next run puts the copy back

Writes build/mutate/report.md, and each killed mutant's failing output to
build/mutate/logs/ID.log.  Exit status 0 only if at least 90% of the
mutations that can change behaviour are killed, the seven of issue 17 among
them, and every mutation applies and compiles.
"""
import os
import shutil
import signal
import subprocess
import sys
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIST = os.path.join(ROOT, "tools", "mutate", "mutations.toml")
OUT = os.path.join(ROOT, "build", "mutate")
TREE = os.path.join(OUT, "tree")
LOGS = os.path.join(OUT, "logs")
MIN_SCORE = 0.90

# What `make test` builds before tests/run-all.sh.
BUILD_TARGETS = ["all", "static", "examples", "build/test_internals", "build/test_threads",
                 "build/test_oom", "build/zh_preload.so", "build/test_preload"]
BUILD_TIMEOUT = 900

# The slow SQL tests (a 100 MB document, hostile ingest), run after the rest.
SLOW_SQL = ["large", "ingest_hostile"]
PY = "/usr/bin/python3"


def suites():
    """The suites in the order they run: (name, argv, flaky).  A flaky suite
    (timing ratios) kills a mutant only if it fails twice."""
    fast_sql = sorted(f[:-4] for f in os.listdir(os.path.join(TREE, "tests", "sql"))
                      if f.endswith(".sql") and f[:-4] not in SLOW_SQL)
    return [
        ("unit tests (C)", ["build/test_internals"], False),
        ("threads", ["build/test_threads"], False),
        ("every function documented", ["tests/check-docs.sh"], False),
        ("zh.so self-contained", ["tests/check-exports.sh"], False),
        ("doc examples", ["tests/check-doc-examples.sh"], False),
        ("zh_preload.so", ["tests/preload.sh"], False),
        ("examples/", ["tests/run-examples.sh"], False),
        ("Python bindings", [PY, "tests/test_python.py"], False),
        ("Tcl bindings", ["tclsh", "tests/test_tcl.tcl"], False),
        ("Node.js bindings", ["tests/node/run.sh"], False),
        ("decimals oracle", [PY, "tests/oracle/decimals.py"], False),
        ("SQL tests", ["tests/run-sql.sh"] + fast_sql, False),
        ("determinism", ["tests/determinism.sh"], False),
        ("substring oracle", [PY, "tests/oracle/search.py"], False),
        ("zh_query oracle", [PY, "tests/oracle/query.py"], False),
        ("fold oracle", [PY, "tests/oracle/fold.py"], False),
        ("pinyin precision", [PY, "tests/pinyin_precision.py", "--min-p", "0.99", "--min-r", "0.99"], False),
        ("scaling", [PY, "tests/scaling.py"], True),
        ("SQL tests (large, ingest_hostile)", ["tests/run-sql.sh"] + SLOW_SQL, False),
        ("out of memory", ["build/test_oom"], False),
    ]


def env():
    e = dict(os.environ)
    for k in ["ZH_EXT", "ZH_UNIT", "ZH_THREADS", "ZH_OOM", "ZH_PRELOAD", "ZH_TEST_PRELOAD",
              "LD_PRELOAD", "CI", "ZH_SKIP_SQL", "SQLITE3"]:
        e.pop(k, None)
    return e


def run(argv, timeout, log=None):
    """Runs argv in the copy, in its own process group (ended on timeout).
    Returns (status, seconds, output): status 'ok', 'fail', 'skip' (77) or
    'timeout'."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=TREE, env=env(), stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = p.communicate(timeout=timeout)
        status = {0: "ok", 77: "skip"}.get(p.returncode, "fail")
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        status = "timeout"
    return status, time.monotonic() - t0, out.decode("utf-8", "replace")


# ---- the list ------------------------------------------------------------------

def load():
    with open(LIST, "rb") as f:
        muts = tomllib.load(f)["mutation"]
    seen = set()
    for m in muts:
        for key in ["id", "file", "find", "replace", "kind", "what"]:
            if key not in m:
                sys.exit(f"{LIST}: mutation {m.get('id', '?')}: no {key}")
        if m["id"] in seen:
            sys.exit(f"{LIST}: mutation {m['id']} twice")
        seen.add(m["id"])
    return muts


def mutated(m, text):
    """The text of m's file with m applied, or raises ValueError."""
    n = text.count(m["find"])
    want = m.get("occurrence")
    if want is None and n != 1:
        raise ValueError(f"{m['id']}: its text occurs {n} times in {m['file']} (name an occurrence)")
    if want is not None and not 1 <= want <= n:
        raise ValueError(f"{m['id']}: occurrence {want} of {n} in {m['file']}")
    at = -1
    for _ in range(want or 1):
        at = text.index(m["find"], at + 1)
    return text[:at] + m["replace"] + text[at + len(m["find"]):]


def check(muts, base=ROOT):
    errors = []
    for m in muts:
        try:
            with open(os.path.join(base, m["file"]), encoding="utf-8") as f:
                mutated(m, f.read())
        except (OSError, ValueError) as e:
            errors.append(str(e))
    return errors


# ---- the copy --------------------------------------------------------------------

def sync_tree():
    """Copies the work tree's files (tracked, and new ones git does not
    ignore, as they are now) to TREE; only files whose content differs are
    written, so the copy's build is incremental."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    files = [f for f in files if f and os.path.isfile(os.path.join(ROOT, f))]
    keep = set(files)
    for dirpath, dirnames, filenames in os.walk(TREE):
        rel = os.path.relpath(dirpath, TREE)
        if rel == "build" or rel.startswith("build" + os.sep):
            dirnames[:] = []
            continue
        for f in filenames:
            path = os.path.normpath(os.path.join(rel, f))
            if path not in keep:
                os.remove(os.path.join(TREE, path))
    for f in files:
        src, dst = os.path.join(ROOT, f), os.path.join(TREE, f)
        with open(src, "rb") as fh:
            data = fh.read()
        try:
            with open(dst, "rb") as fh:
                same = fh.read() == data
        except OSError:
            same = False
        if not same:
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, "wb") as fh:
                fh.write(data)
            shutil.copymode(src, dst)
    # better-sqlite3 (and the sqlite-zh package) as `make test` installed
    # them; no npm ci here.  A copy, not a link: the Node test installs each
    # mutant's package into it, which must not reach the work tree's.
    node = os.path.join(ROOT, "build", "node")
    mine = os.path.join(TREE, "build", "node")
    os.makedirs(os.path.join(TREE, "build"), exist_ok=True)
    if os.path.islink(mine):
        os.unlink(mine)
    if os.path.isfile(os.path.join(node, "installed.stamp")) and not os.path.exists(mine):
        shutil.copytree(node, mine, symlinks=True)


def build():
    """Builds the copy.  The sqlite-zh package installed in its build/node
    gets the zh.so just built, so that the doc examples, which run before
    the Node test installs the package again, load this mutant, not the
    last one."""
    result = run(["make", "-j2"] + BUILD_TARGETS, BUILD_TIMEOUT)
    package = os.path.join(TREE, "build", "node", "node_modules", "sqlite-zh", "lib", "zh.so")
    if result[0] == "ok" and os.path.isfile(package):
        shutil.copyfile(os.path.join(TREE, "build", "zh.so"), package)
    return result


def write_file(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---- one mutant -----------------------------------------------------------------

def suite_timeout(base_seconds):
    return max(120.0, 5 * base_seconds)


def test_mutant(m, plan):
    """Applies m to the copy, builds, runs the plan; restores the file.
    Returns a result dict."""
    path = os.path.join(TREE, m["file"])
    with open(path, encoding="utf-8") as f:
        original = f.read()
    t0 = time.monotonic()
    res = {"id": m["id"], "suite": "", "status": "survived"}
    try:
        write_file(path, mutated(m, original))
        status, _, out = build()
        if status != "ok":
            res.update(status="does not compile" if status == "fail" else "build timeout")
            save_log(m["id"], "build", out)
            return res
        for name, argv, flaky, limit in plan:
            status, _, out = run(argv, limit)
            if status == "fail" and flaky:
                status, _, out = run(argv, limit)
            if status in ("fail", "timeout"):
                res.update(status="killed" if status == "fail" else "killed (timeout)", suite=name)
                save_log(m["id"], name, out)
                break
    except ValueError as e:
        res.update(status="does not apply", suite=str(e))
    finally:
        write_file(path, original)
        res["seconds"] = time.monotonic() - t0
    return res


def save_log(mid, suite, out):
    os.makedirs(LOGS, exist_ok=True)
    lines = out.splitlines()
    fails = [i for i, l in enumerate(lines) if "FAIL" in l or "Error" in l or "error" in l]
    start = max(0, fails[0] - 5) if fails else max(0, len(lines) - 60)
    with open(os.path.join(LOGS, mid + ".log"), "w", encoding="utf-8") as f:
        f.write(f"{mid}: {suite}\n\n" + "\n".join(lines[start:start + 200]) + "\n")


# ---- the report ------------------------------------------------------------------

def report(muts, results, plan, skipped, base_seconds, seconds, partial):
    by_id = {r["id"]: r for r in results}
    rows = [(m, by_id[m["id"]]) for m in muts if m["id"] in by_id]
    live = [(m, r) for m, r in rows if "equivalent" not in m]
    equiv = [(m, r) for m, r in rows if "equivalent" in m]
    killed = [(m, r) for m, r in live if r["status"].startswith("killed")]
    survivors = [(m, r) for m, r in live if r["status"] == "survived"]
    broken = [(m, r) for m, r in rows if r["status"] not in ("survived",) and
              not r["status"].startswith("killed")]
    score = len(killed) / len(live) if live else 0.0
    issue_missed = [m["id"] for m, r in live if "issue" in m and not r["status"].startswith("killed")]
    equiv_killed = [m["id"] for m, r in equiv if r["status"].startswith("killed")]
    ok = (score >= MIN_SCORE and not issue_missed and not broken and not equiv_killed
          and not partial)

    counts = {}
    for _, r in killed:
        counts[r["suite"]] = counts.get(r["suite"], 0) + 1
    files = sorted({m["file"] for m, _ in rows})

    L = []
    L.append("# Mutation testing of ext/ (`make mutate`)\n")
    head = subprocess.run(["git", "log", "-1", "--format=%h %cd", "--date=short"], cwd=ROOT,
                          capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    L.append(f"Tree: {head}{' (with uncommitted changes)' if dirty else ''}. "
             f"List: tools/mutate/mutations.toml, {len(muts)} mutations"
             f"{f'; this run: {len(rows)} of them' if partial else ''}.\n")
    L.append(f"**Score: {len(killed)} / {len(live)} killed ({100 * score:.1f}%)**, "
             f"{len(equiv)} equivalent reported apart, {len(survivors)} survived"
             f"{f', {len(broken)} that do not apply or compile' if broken else ''}. "
             f"The seven of issue 17: "
             f"{'all killed' if not issue_missed else 'NOT killed: ' + ', '.join(issue_missed)}. "
             f"Run time {seconds / 60:.1f} min (the unmutated suite: {base_seconds:.0f} s).\n")
    L.append("Files mutated: " + ", ".join(f"`{f}`" for f in files) + ".\n")
    L.append("## Killed, by suite (the first that failed)\n")
    L.append("| suite | mutants |\n|---|---|")
    for name, _, _, _ in plan:
        if name in counts:
            L.append(f"| {name} | {counts[name]} |")
    L.append("")
    L.append("## Suites, in the order they run\n")
    for name, argv, flaky, limit in plan:
        L.append(f"- {name}: `{' '.join(argv[:2])}{' ...' if len(argv) > 2 else ''}`, "
                 f"{base_times.get(name, 0):.1f} s unmutated, timeout {limit:.0f} s"
                 f"{' (timing: must fail twice)' if flaky else ''}")
    for name, why in skipped:
        L.append(f"- skipped: {name}: {why}")
    L.append("")
    L.append("## Every mutation\n")
    L.append("| id | file | kind | what | result | s |\n|---|---|---|---|---|---|")
    for m, r in rows:
        what = m["what"].replace("|", "\\|")
        tag = f" (issue {m['issue']})" if "issue" in m else ""
        result = r["status"] + (f": {r['suite']}" if r["suite"] else "")
        if "equivalent" in m:
            result = "equivalent, " + result
        L.append(f"| {m['id']}{tag} | {m['file']} | {m['kind']} | {what} | {result} | "
                 f"{r['seconds']:.0f} |")
    L.append("")
    L.append("## Equivalent mutants (cannot change behaviour)\n")
    for m, r in equiv:
        L.append(f"- **{m['id']}** ({m['file']}): {m['equivalent']} Result: {r['status']}"
                 f"{': ' + r['suite'] if r['suite'] else ''}"
                 f"{' -- KILLED: the reason is wrong' if m['id'] in equiv_killed else ''}.")
    if not equiv:
        L.append("None.")
    L.append("")
    L.append("## Survivors\n")
    for m, r in survivors:
        L.append(f"- **{m['id']}** ({m['file']}): {m['what']}")
    if not survivors:
        L.append("None.")
    for m, r in broken:
        L.append(f"- **{m['id']}**: {r['status']} {r['suite']}")
    L.append("")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    return ok, score, killed, live, equiv, survivors, broken, issue_missed, equiv_killed


base_times = {}


def leave_mutant(muts, ids):
    m = next((m for m in muts if ids and m["id"] == ids[0]), None)
    if m is None:
        print("--mutant needs the id of a mutation")
        return 2
    os.makedirs(TREE, exist_ok=True)
    sync_tree()
    path = os.path.join(TREE, m["file"])
    with open(path, encoding="utf-8") as f:
        write_file(path, mutated(m, f.read()))
    status, _, out = build()
    if status != "ok":
        print(out[-3000:])
        return 1
    print(f"{os.path.relpath(TREE, ROOT)} is built with {m['id']} applied; the next run puts it back")
    return 0


def main():
    args = sys.argv[1:]
    muts = load()
    if "--list" in args:
        for m in muts:
            print(f"{m['id']:32} {m['file']:22} {m['what']}")
        return 0
    errors = check(muts)
    if errors:
        print("\n".join(errors))
        return 2
    if "--check" in args:
        print(f"{len(muts)} mutations, each applies")
        return 0
    if "--mutant" in args:
        return leave_mutant(muts, args[args.index("--mutant") + 1:])
    only = [a for a in args if not a.startswith("--")]
    unknown = set(only) - {m["id"] for m in muts}
    if unknown:
        print("no such mutation: " + ", ".join(sorted(unknown)))
        return 2
    chosen = [m for m in muts if not only or m["id"] in only]

    t0 = time.monotonic()
    os.makedirs(TREE, exist_ok=True)
    shutil.rmtree(LOGS, ignore_errors=True)
    print(f"copying the tree to {os.path.relpath(TREE, ROOT)} and building it")
    sync_tree()
    status, secs, out = build()
    if status != "ok":
        print(out[-3000:])
        print("the unmutated copy does not build")
        return 2

    # The unmutated suite: every suite must pass (or skip) here.
    plan, skipped = [], [
        ("dqlite cluster", "three nodes under zh_preload.so, leaders killed: the preload's "
         "loading is tests/preload.sh's, and the tokens are the other suites'"),
        ("make install / uninstall", "where files are installed, which ext/ does not decide"),
    ]
    base_total = 0.0
    for name, argv, flaky in suites():
        status, secs, out = run(argv, 1800)
        base_total += secs
        print(f"  unmutated: {name}: {status} ({secs:.1f} s)")
        if status == "skip":
            why = "the suite skipped itself unmutated"
            if name == "Node.js bindings":
                why = "better-sqlite3 is not installed in build/node (`make test` installs it; no npm install here)"
            skipped.append((name, why))
            continue
        if status != "ok":
            print(out[-3000:])
            print(f"the unmutated copy fails {name}: fix that first")
            return 2
        base_times[name] = secs
        plan.append((name, argv, flaky, suite_timeout(secs)))

    results = []
    for i, m in enumerate(chosen):
        r = test_mutant(m, plan)
        results.append(r)
        mark = " (equivalent)" if "equivalent" in m else ""
        print(f"[{i + 1}/{len(chosen)}] {m['id']:30} {r['status']}"
              f"{': ' + r['suite'] if r['suite'] else ''}{mark} ({r['seconds']:.0f} s)", flush=True)
    # Leave the copy built as the tree is.
    build()

    seconds = time.monotonic() - t0
    ok, score, killed, live, equiv, survivors, broken, missed, equiv_killed = report(
        muts, results, plan, skipped, base_total, seconds, partial=bool(only))
    print()
    print(f"{'id':32} {'file':22} result")
    by_id = {r["id"]: r for r in results}
    for m in chosen:
        r = by_id[m["id"]]
        res = r["status"] + (": " + r["suite"] if r["suite"] else "")
        print(f"{m['id']:32} {m['file']:22} {'equivalent, ' if 'equivalent' in m else ''}{res}")
    print()
    print(f"score: {len(killed)} / {len(live)} killed ({100 * score:.1f}%), "
          f"{len(equiv)} equivalent, {len(survivors)} survived; {seconds / 60:.1f} min")
    if missed:
        print("not killed among the seven of issue 17: " + ", ".join(missed))
    if equiv_killed:
        print("marked equivalent but killed: " + ", ".join(equiv_killed))
    if broken:
        print("do not apply or compile: " + ", ".join(m["id"] for m, _ in broken))
    print(f"report: {os.path.relpath(os.path.join(OUT, 'report.md'), ROOT)}")
    if only:
        print("(a partial run: the exit status says nothing of the score)")
        return 1 if broken else 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
