#!/usr/bin/env python3
"""Runs the code blocks of README.md, docs/*.md and the packages' READMEs.

Every fenced block is one of:
  ```sql     run by the sqlite3 shell in a new in-memory database with the
             extension loaded; its lines starting "-- " are the output it
             must print (errors as "-- Error: message").
  ```sh ```python ```js ```tcl ```c
             run from the repository root (a C block is compiled against
             build/libsqlite_zh.a, then run).  If an ```output block
             follows, stdout and stderr together must be that text;
             otherwise the block must print nothing and exit 0.
  anything   preceded by a line <!-- not run: REASON -->: not run, and the
             reason says why (it installs packages, it is syntax, ...).
A block that is neither run nor given a reason fails, so no example can
quietly go untested.  Python blocks find the package sqlite_zh (python/,
with this build's zh.so); js blocks find better-sqlite3 and sqlite-zh where
tests/node/run.sh installed them.  A language whose runtime is missing is
skipped, saying why (exit status 77 when anything was skipped).
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DOCS = ["README.md"] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md"))) + [
    "python/README.md", "node/README.md"]
RUNNABLE = {"sql", "sh", "python", "js", "tcl", "c"}
NOT_RUN = re.compile(r"^<!-- not run: (.+?) -->\s*$")
TIMEOUT = 300
PYTHON = os.environ.get("PYTHON", "/usr/bin/python3")
SQLITE3 = os.environ.get("SQLITE3", "sqlite3")


def blocks(path):
    """(line, lang, text, reason) of each fenced block, and output blocks
    attached to the block before them as a fifth item."""
    lines = open(path, encoding="utf-8").read().split("\n")
    found, i, last_text = [], 0, None
    while i < len(lines):
        m = re.match(r"^```(\S*)\s*$", lines[i])
        if not m:
            if lines[i].strip():
                last_text = lines[i]
            i += 1
            continue
        lang, start, body = m.group(1), i + 1, []
        i += 1
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        i += 1
        reason = None
        if last_text is not None:
            r = NOT_RUN.match(last_text)
            reason = r.group(1) if r else None
        text = "\n".join(body) + "\n"
        if lang == "output" and found and found[-1][4] is None and last_text == "```":
            found[-1][4] = text
        else:
            found.append([start, lang, text, reason, None])
        last_text = "```"
    return found


class Env:
    """What the runnable blocks need, made once."""

    def __init__(self, tmp):
        self.tmp = tmp
        self.skips = {}
        self.env = dict(os.environ, PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
        py = os.path.join(tmp, "py", "sqlite_zh")
        os.makedirs(py)
        for f in glob.glob(os.path.join(ROOT, "python", "sqlite_zh", "*.py")):
            shutil.copy(f, py)
        shutil.copy(os.path.join(ROOT, "build", "zh.so"), py)
        self.env["PYTHONPATH"] = os.path.join(tmp, "py")
        self.env["NODE_PATH"] = os.path.join(ROOT, "build", "node", "node_modules")

    def news_db(self):
        """build/news.db, as make demo leaves it."""
        if not os.path.exists(os.path.join(ROOT, "build", "news.db")):
            with open(os.path.join(ROOT, "sql", "demo.sql"), "rb") as demo:
                subprocess.run([SQLITE3, "build/news.db"], stdin=demo, cwd=ROOT,
                               stdout=subprocess.DEVNULL, check=True)

    def missing(self, lang, text):
        """Why lang cannot run here, or None."""
        def has(cmd):
            return shutil.which(cmd) is not None
        if lang == "python":
            for mod in ("apsw", "sqlite_utils"):
                if re.search(r"\bimport %s\b" % mod, text) and subprocess.run(
                        [PYTHON, "-c", "import " + mod], capture_output=True).returncode:
                    return f"{PYTHON} has no module {mod}"
            return None
        if lang == "sh" and "sqlite-utils" in text and not has("sqlite-utils"):
            return "no sqlite-utils (apt-get install sqlite-utils)"
        if lang == "js":
            if not has("node"):
                return "no node"
            if not os.path.isdir(os.path.join(self.env["NODE_PATH"], "better-sqlite3")):
                return "better-sqlite3 not installed in build/node (tests/node/run.sh does it)"
        if lang == "tcl" and (not has("tclsh") or subprocess.run(
                ["tclsh"], input=b"package require sqlite3\n",
                capture_output=True).returncode):
            return "no tclsh with the sqlite3 package (apt-get install tcl libsqlite3-tcl)"
        if lang == "c" and not os.path.exists(os.path.join(ROOT, "build", "libsqlite_zh.a")):
            return "build/libsqlite_zh.a not built (make static)"
        return None

    def command(self, lang, file):
        if lang == "sh":
            return ["bash", file]
        if lang == "python":
            return [PYTHON, file]
        if lang == "js":
            return ["node", file]
        if lang == "tcl":
            return ["tclsh", file]
        exe = file + ".exe"
        cc = subprocess.run(
            ["gcc", "-O1", "-I", "ext", "-o", exe, file, "build/libsqlite_zh.a",
             "-lsqlite3", "-lutf8proc", "-lm"], cwd=ROOT, capture_output=True, text=True)
        if cc.returncode:
            return cc.stderr
        return [exe]


def run_sql(env, text):
    script = ".load build/zh\n" + "".join(
        l + "\n" for l in text.splitlines()
        if not l.startswith("-- ") and not l.startswith(".load "))
    want = "".join(l[3:] + "\n" for l in text.splitlines() if l.startswith("-- "))
    out = subprocess.run(["stdbuf", "-oL", SQLITE3, "-batch", ":memory:"], input=script,
                         cwd=ROOT, capture_output=False, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, env=env.env,
                         timeout=TIMEOUT).stdout
    # The shell's error lines without their line number (and the statement
    # it echoes after a parse error), as the docs show them.
    got, parse = [], False
    for line in out.splitlines():
        m = re.match(r"^(Runtime|Parse) error near line \d+: ", line)
        if m:
            parse = m.group(1) == "Parse"
            got.append("Error: " + line[m.end():])
        elif parse and line.startswith("  "):
            continue
        else:
            parse = False
            got.append(line)
    return want, "".join(l + "\n" for l in got)


def run_program(env, lang, text, want, n):
    ext = {"sh": "sh", "python": "py", "js": "js", "tcl": "tcl", "c": "c"}[lang]
    file = os.path.join(env.tmp, f"block{n}.{ext}")
    with open(file, "w", encoding="utf-8") as f:
        f.write(text)
    cmd = env.command(lang, file)
    if isinstance(cmd, str):
        return want or "", "compile error:\n" + cmd
    try:
        p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, env=env.env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return want or "", f"(no end after {TIMEOUT} s)\n"
    if want is None:
        got = p.stdout + (f"(exit status {p.returncode})\n" if p.returncode else "")
        return "", got
    return want, p.stdout


def main():
    os.chdir(ROOT)
    passed = failed = not_run = skipped = 0
    with tempfile.TemporaryDirectory() as tmp:
        env = Env(tmp)
        n = 0
        for doc in DOCS:
            doc = os.path.relpath(doc, ROOT)
            if not os.path.exists(doc):
                continue
            for line, lang, text, reason, output in blocks(doc):
                n += 1
                where = f"{doc}, the {lang or 'plain'} block at line {line}"
                if reason is not None:
                    not_run += 1
                    continue
                if lang not in RUNNABLE:
                    failed += 1
                    print(f"FAIL {where}: not run, and no <!-- not run: REASON --> before it")
                    continue
                why = env.missing(lang, text)
                if why:
                    skipped += 1
                    print(f"skip {where}: {why}")
                    continue
                if "build/news.db" in text:
                    env.news_db()
                if lang == "sql":
                    want, got = run_sql(env, text)
                else:
                    want, got = run_program(env, lang, text, output, n)
                if want == got:
                    passed += 1
                    continue
                failed += 1
                print(f"FAIL {where}: want and got:")
                print("".join("  - " + l + "\n" for l in want.splitlines()), end="")
                print("".join("  + " + l + "\n" for l in got.splitlines()[:30]), end="")
    print(f"doc examples: {passed} passed, {failed} failed, {skipped} skipped, "
          f"{not_run} not run (each with its reason)")
    sys.exit(1 if failed else 77 if skipped else 0)


if __name__ == "__main__":
    main()
