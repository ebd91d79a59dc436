"""Turns tokbench's JSON into the results files and prints the tables.

    report.py WORKDIR OUT_BASENAME MODE WALL_SECONDS [PEER_PATH]

WORKDIR holds corpus.json (prepare.py), versions.json, throughput.json,
build.json and query.json (tokbench).  PEER_PATH is the source of the peer
simple that was measured (empty or absent: it was skipped); its commit comes
from its git checkout, or from the heading of the peers folder's README.md.
Writes OUT_BASENAME.md, OUT_BASENAME.json and OUT_BASENAME.csv (per
tokenizer: MB/s alone and in the index build, which run.sh charts into
OUT_BASENAME.png); the Markdown also goes to stdout.
"""

import datetime
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

MB = 1e6  # all sizes and rates in decimal megabytes

# tokbench names each FTS5 tokenizer by its label ("zh words": zh with
# mode words); only ICU and friso, which are not FTS5 tokenizers, get a
# longer one.
TOK_LABEL = {"icu": "ICU word break (zh) *", "friso": "friso (mmseg) †"}
CHART_LABEL = {"icu": "ICU word break", "friso": "friso"}
# The bar the project aims at (issue 19): zh against simple 0.
BAR_BUILD_RATIO = 1.0   # zh build MB/s / simple 0's, at least
BAR_INDEX_RATIO = 1.0   # zh index size / simple 0's, at most
BAR_QUERY_RATIO = 1.0   # zh query p50 and p99 / simple 0's raw phrase, at most
# simple 0's raw phrase timed again as a method of its own: the noise control
# of the bar's query ratios, shown there only.
CONTROL = "simple 0 phrase, again"
BAR_WORDS_MB_S = 20.0   # zh words build MB/s (CPU time), at least
# tokbench's build of zh words' tokens handed to FTS5 by a tokenizer that
# only replays them: FTS5's own cost, the ceiling of any words-mode build.
REPLAY = "FTS5 alone, zh words' tokens"


def load(workdir, name):
    with open(os.path.join(workdir, name + ".json")) as f:
        return json.load(f)


def table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:"
                          for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def ms(x):
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def chars(n):
    return f"{n} char{'s' if n > 1 else ''}"


def peer_info(peer):
    """What was measured of the peer simple: its source and commit."""
    info = {"name": "wangfenjin/simple", "measured": bool(peer), "path": peer or None}
    if not peer:
        return info
    info["library"] = "build/peers/simple/src/libsimple.so"
    info["build"] = ("cmake -DCMAKE_BUILD_TYPE=Release -DSIMPLE_WITH_JIEBA=OFF "
                     "-DBUILD_SQLITE3=OFF -DBUILD_TEST_EXAMPLE=OFF, against "
                     "the system's SQLite")
    heading = ""
    readme = os.path.join(os.path.dirname(os.path.abspath(peer)), "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as f:
            heading = next((line.strip().lstrip("# ") for line in f
                            if line.startswith("## simple/")), "")
    info["source"] = heading or None
    commit = None
    if os.path.isdir(os.path.join(peer, ".git")):
        p = subprocess.run(["git", "-C", peer, "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True)
        commit = p.stdout.strip() if p.returncode == 0 else None
    if not commit:
        m = re.search(r"commit ([0-9a-f]{7,40})", heading)
        commit = m.group(1) if m else None
    info["commit"] = commit
    return info


def main():
    workdir, out_base, mode, wall = sys.argv[1:5]
    peer = peer_info(sys.argv[5] if len(sys.argv) > 5 else "")
    corpus = load(workdir, "corpus")
    versions = load(workdir, "versions")
    tp = load(workdir, "throughput")
    build = load(workdir, "build")
    query = load(workdir, "query")
    mach = common.machine()
    st = common.stamp()
    now = datetime.datetime.now(datetime.timezone.utc)
    nbytes = tp["bytes"]

    for t in tp["tokenizers"]:
        t["mb_per_s"] = nbytes / MB / t["median_s"]
        t["tokens_per_s"] = t["tokens"] / t["median_s"]
    for t in build["tokenizers"]:
        t["mb_per_s"] = nbytes / MB / t["build_s"]
        t["index_mb"] = t["index_bytes"] / MB
    built = {t["name"]: t for t in build["tokenizers"]}
    control = next((m for m in query["methods"] if m["name"] == CONTROL),
                   None)
    # every method but the control, which only the bar's table shows
    shown = [m for m in query["methods"] if m["name"] != CONTROL]
    methods = {m["name"]: m for m in shown}
    lengths = [b["chars"] for b in query["by_length"]]

    def stats(name, L, group="all"):
        b = next(b for b in query["by_length"] if b["chars"] == L)
        return b["groups"][group]["methods"][name]

    md = ["# Tokenizer benchmark: zh (substring and words modes), simple, "
          "unicode61, trigram", ""]
    md.append(common.stamp_md(st) + "  ")
    md.append(f"{now:%Y-%m-%d %H:%M} UTC, {mode} mode, wall time "
              f"{float(wall):.0f} s (`bench/tokenizer/run.sh"
              f"{' --quick' if mode == 'quick' else ''}`).  ")
    md.append(f"Machine: {mach['cpu']}, {mach['cores']} cores, {mach['os']}, "
              f"Linux {mach['kernel']}.  ")
    md.append(f"SQLite {versions['sqlite']}, ICU {versions['icu']}, "
              f"utf8proc {versions['utf8proc']}, "
              f"sqlite-zh {versions['zh']}.  ")
    if peer["measured"]:
        md.append(f"Peer: {peer['name']}, commit {peer['commit'] or 'unknown'}"
                  f", built under build/peers/simple (Release, without jieba, "
                  f"against the system's SQLite) and loaded beside zh.  ")
    else:
        md.append(f"Peer: {peer['name']} skipped (no ../shared/peers/simple, "
                  "or $ZH_PEERS/simple): its rows and the ratios below are "
                  "missing.  ")
    md.append(f"Corpus: {corpus['file']}"
              f"{' (first documents only)' if corpus['slice'] else ''}: "
              f"{corpus['docs']:,} documents, {nbytes / MB:.1f} MB of UTF-8 "
              f"(title + text).  MB = 10^6 bytes.  ")
    md.append(f"Times are CPU time of the process "
              f"(`CLOCK_PROCESS_CPUTIME_ID`), the median of {tp['runs']} "
              "rotated rounds: each round measures every tokenizer (or query "
              "method) once, round r starting with the r-th.")
    md.append("")

    # ---- side by side ------------------------------------------------
    order = [t["name"] for t in build["tokenizers"]]
    rows = []
    for name in order + ["LIKE"]:
        b = built.get(name)
        build_cells = ([f"{b['mb_per_s']:.1f}", f"{b['index_mb']:.1f}"]
                       if b else ["-", "-"])
        # one row per way of querying it; none for zh words and unicode61
        for i, m in enumerate([m for m in shown
                               if m["tokenizer"] == name] or [None]):
            row = ([name] + [f"`{m['query']}`" if m else "-"]
                   + (build_cells if i == 0 else ["", ""]))
            for L in lengths:
                s = stats(m["name"], L) if m else None
                row.append(f"{ms(s['p50_ms'])} / {ms(s['p99_ms'])}" if s else "-")
            if m:
                tot = [sum(stats(m["name"], L)[k] for L in lengths)
                       for k in ("rows", "reference_rows", "false_rows")]
                row.append(" / ".join(f"{n:,}" for n in tot))
            else:
                row.append("-")
            rows.append(row)
    md.append("## Side by side")
    md.append("")
    md.append(table(["tokenizer", "query", "build MB/s", "index MB"]
                    + [f"{chars(L)} p50 / p99 ms" for L in lengths]
                    + ["rows found / exact / false"], rows))
    md.append("")
    md.append("Build: a contentless FTS5 table, every article in one "
              "transaction.  Queries: all matching rowids of every query of "
              "that length, warm cache; LIKE runs a sample (below).  Rows: "
              "totals over every length, against a substring scan (next "
              "table).  zh words and unicode61 are not queried: neither "
              "finds an arbitrary substring.")
    md.append("")

    # ---- rows against the scan ----------------------------------------
    md.append("## Rows found / exact rows / false rows")
    md.append("")
    rows = []
    for m in shown:
        row = [m["tokenizer"], f"`{m['query']}`"]
        for L in lengths:
            s = stats(m["name"], L)
            row.append(f"{s['rows']:,} / {s['reference_rows']:,} / "
                       f"{s['false_rows']:,}")
        rows.append(row)
    md.append(table(["tokenizer", "query"] + [chars(L) for L in lengths], rows))
    md.append("")
    md.append("Totals over the queries of each length.  Exact rows: the "
              "documents a substring scan finds, of the zh_fold()ed text for "
              "zh and simple, of the text for trigram and LIKE (LIKE: its "
              "sample only).  False rows: rows found that the scan does not "
              "have; rows missed are in the detailed table below.  zh, trigram "
              "(3+ characters) and LIKE must find exactly the scan's rows, or "
              "the run fails; simple's differences are reported: its raw "
              "phrase matches across spaces (记 者 finds 记者), its "
              "`simple_query()` ANDs the characters, anywhere in the row, and "
              "it does not fold traditional forms, so it can miss rows zh "
              "finds.")
    md.append("")

    # ---- the bar --------------------------------------------------------
    bar = {"measured": "simple 0" in built and "zh" in built}
    md.append("## zh against simple 0 (the bar of issue 19)")
    md.append("")
    if bar["measured"]:
        z, s0 = built["zh"], built["simple 0"]
        bar["build_mb_per_s_ratio"] = z["mb_per_s"] / s0["mb_per_s"]
        bar["index_size_ratio"] = z["index_bytes"] / s0["index_bytes"]
        words = built.get("zh words")
        bar["words_build_mb_per_s"] = words["mb_per_s"] if words else None

        def met(ok):
            return "yes" if ok else "**no**"

        rows = [["build MB/s", f"{z['mb_per_s']:.1f}", f"{s0['mb_per_s']:.1f}",
                 f"{bar['build_mb_per_s_ratio']:.2f}", f"≥ {BAR_BUILD_RATIO}",
                 met(bar["build_mb_per_s_ratio"] >= BAR_BUILD_RATIO)],
                ["index MB", f"{z['index_mb']:.1f}", f"{s0['index_mb']:.1f}",
                 f"{bar['index_size_ratio']:.2f}", f"≤ {BAR_INDEX_RATIO}",
                 met(bar["index_size_ratio"] <= BAR_INDEX_RATIO)]]
        if words:
            rows.append(["zh words build MB/s", f"{words['mb_per_s']:.1f}",
                         "", "", f"≥ {BAR_WORDS_MB_S:.0f} MB/s",
                         met(words["mb_per_s"] >= BAR_WORDS_MB_S)])
        replay = built.get(REPLAY)
        bar["fts5_alone_words_tokens_mb_per_s"] = (replay["mb_per_s"]
                                                   if replay else None)
        if words and replay:
            rows.append([f"{REPLAY}: build MB/s", f"{replay['mb_per_s']:.1f}",
                         "", "", "(ceiling)", ""])
        md.append(table(["figure", "zh", "simple 0", "zh / simple 0", "bar",
                         "met"], rows))
        md.append("")
        rows, bar["queries"] = [], []
        for L in lengths:
            ref = stats("simple 0 phrase", L)
            rec = {"chars": L}
            row = [chars(L)]
            ok = True
            for pct in ("p50", "p99"):
                row.append(ms(ref[pct + "_ms"]))
                for name in ("zh phrase", "zh zh_query"):
                    zs = stats(name, L)
                    ratio = (zs[pct + "_ms"] / ref[pct + "_ms"]
                             if ref[pct + "_ms"] else float("inf"))
                    rec[f"{name.replace(' ', '_')}_{pct}_ratio"] = ratio
                    ok = ok and ratio <= BAR_QUERY_RATIO
                    row.append(f"{ms(zs[pct + '_ms'])} ({ratio:.2f})")
                if control:
                    cs = stats(CONTROL, L)
                    ratio = (cs[pct + "_ms"] / ref[pct + "_ms"]
                             if ref[pct + "_ms"] else float("inf"))
                    rec[f"control_{pct}_ratio"] = ratio
                    row.append(f"{ms(cs[pct + '_ms'])} ({ratio:.2f})")
            exact = min(stats(n, L)["exact_queries"]
                        for n in ("zh phrase", "zh zh_query"))
            n = stats("zh phrase", L)["n"]
            rec["zh_exact_queries"], rec["queries"] = exact, n
            rec["met"] = ok and exact == n
            row += [f"{exact}/{n}", met(rec["met"])]
            rows.append(row)
            bar["queries"].append(rec)
        head = []
        for pct in ("p50", "p99"):
            head += [f"simple 0 `'\"q\"'` {pct} ms",
                     f"zh `'\"q\"'` {pct} ms (ratio)",
                     f"zh `zh_query(q)` {pct} ms (ratio)"]
            if control:
                head.append(f"simple 0 again {pct} ms (ratio)")
        md.append(table(["chars"] + head + ["zh exact queries", "met"], rows))
        md.append("")
        md.append(f"The bar: zh's query p50 and p99 at most simple 0's raw "
                  f"phrase (ratio ≤ {BAR_QUERY_RATIO}) for every length, "
                  "with every query exact (both ways of querying zh); zh's "
                  f"build at least as fast (ratio ≥ {BAR_BUILD_RATIO}) and its "
                  f"index no larger (≤ {BAR_INDEX_RATIO}); words mode's build "
                  f"at least {BAR_WORDS_MB_S:.0f} MB/s.  All on this run's "
                  "figures (CPU time); a figure that misses the bar is "
                  "reported, not failed.")
        if control:
            md.append("")
            md.append("*simple 0 again* is the control: simple 0's raw phrase "
                      "timed a second time, as a method of its own (its own "
                      "connection, untimed pass and place in each round's "
                      "rotation), on the same index with the same queries.  "
                      "Its ratio to simple 0 is what this run's noise makes "
                      "of two identical methods: a zh ratio as far from 1.0 "
                      "as the control's is a tie, not a difference.")
        if words and replay:
            md.append("")
            md.append(f"*{REPLAY}* is a build of the same table in which a "
                      "tokenizer that costs nothing hands FTS5 the tokens zh "
                      "words made of each text (recorded beforehand, untimed): "
                      "what FTS5 itself spends on words mode's output, the "
                      "ceiling of any words-mode build with FTS5's default "
                      f"`hashsize`.  Here zh words builds at "
                      f"{words['mb_per_s'] / replay['mb_per_s']:.0%} of it.")
    else:
        md.append("Not measured: simple was skipped.")
    md.append("")

    # ---- tokenizer alone ------------------------------------------------
    md.append(f"## Tokenizer alone (median of {tp['runs']} rounds)")
    md.append("")
    md.append(table(
        ["tokenizer", "MB/s", "M tokens/s", "tokens", "bytes/token"],
        [[TOK_LABEL.get(t["name"], t["name"]), f"{t['mb_per_s']:.1f}",
          f"{t['tokens_per_s'] / 1e6:.2f}", f"{t['tokens']:,}",
          f"{nbytes / t['tokens']:.2f}"] for t in tp["tokenizers"]]))
    md.append("")
    md.append("zh words counts every token handed to FTS5, the shorter "
              "words colocated inside a long one included; simple (pinyin "
              "on) counts each character's pinyin too.  "
              "\\* ICU counts word segments (not spaces or punctuation); its "
              "time includes converting each text to UTF-16.  "
              "† friso (Debian's libfriso, complex mode, the settings of "
              "bench/segment) counts the words it hands back (it drops "
              "white space and most punctuation); it is not an FTS5 "
              "tokenizer, so it has no index build row.")
    md.append("")
    png = os.path.basename(out_base) + ".png"
    md.append(f"![tokenizer alone and FTS5 index build, MB/s]({png})")
    md.append("")

    # ---- index build ----------------------------------------------------
    md.append("## FTS5 index build (contentless table, one transaction)")
    md.append("")
    md.append(table(
        ["tokenizer", "build s", "wall s", "MB/s", "index MB", "index / text",
         "t_data MB", "distinct tokens"],
        [[t["name"], f"{t['build_s']:.2f}", f"{t['build_wall_s']:.2f}",
          f"{t['mb_per_s']:.1f}", f"{t['index_mb']:.1f}",
          f"{t['index_bytes'] / nbytes:.2f}",
          (f"{t['tables']['t_data'] / MB:.1f}" if "t_data" in t["tables"]
           else "-"), f"{t['distinct_tokens']:,}"]
         for t in build["tokenizers"]]))
    md.append("")
    md.append(f"build s: CPU time from `BEGIN` to the end of `COMMIT`, median "
              f"of {build['runs']} rounds (MB/s from it); wall s: the median "
              f"wall time, for reference.  Index size from "
              f"{build['tokenizers'][0]['size_method']}: all FTS5 shadow "
              "tables, no content table.  zh words is "
              "`tokenize='zh mode words'`, simple 0 `tokenize='simple 0'` "
              "(pinyin off), simple `tokenize='simple'` (pinyin on).")
    md.append("")

    # ---- query latency in detail ----------------------------------------
    md.append("## Query latency and rows (all matching rowids, warm cache)")
    md.append("")
    rows = []
    for L in lengths:
        for m in shown:
            s = stats(m["name"], L)
            rows.append([L, m["tokenizer"], f"`{m['query']}`", s["n"],
                         ms(s["p50_ms"]), ms(s["p99_ms"]), f"{s['rows']:,}",
                         f"{s['reference_rows']:,}", f"{s['false_rows']:,}",
                         f"{s['missed_rows']:,}", f"{s['exact_queries']}"])
    md.append(table(["chars", "tokenizer", "query", "queries", "p50 ms",
                     "p99 ms", "rows found", "exact rows", "false rows",
                     "missed rows", "exact queries"], rows))
    md.append("")
    md.append("By group (common: drawn at a random position of the text; "
              f"rare: holds a character found in at most "
              f"{corpus['rare_max_docs']} documents):")
    md.append("")
    rows = []
    for L in lengths:
        for m in shown:
            c, r = stats(m["name"], L, "common"), stats(m["name"], L, "rare")
            rows.append([L, m["tokenizer"], f"`{m['query']}`",
                         ms(c["p50_ms"]), ms(c["p99_ms"]),
                         f"{c['mean_rows']:.1f}", ms(r["p50_ms"]),
                         ms(r["p99_ms"]), f"{r['mean_rows']:.1f}"])
    md.append(table(["chars", "tokenizer", "query", "common p50 ms",
                     "common p99 ms", "common rows", "rare p50 ms",
                     "rare p99 ms", "rare rows"], rows))
    md.append("")
    nq = query["queries"]

    def checked(name, at_least=1):
        tot = sum(b["groups"]["all"]["methods"][name]["n"]
                  for b in query["by_length"] if b["chars"] >= at_least)
        return f"{tot - methods[name]['differs_from_reference']}/{tot}"

    checks = [f"zh finds the documents a substring scan of the zh_fold()ed "
              f"text finds for {checked('zh phrase')} queries with `'\"q\"'` "
              f"and {checked('zh zh_query')} with `zh_query(q)`",
              f"trigram those a scan of the text finds for "
              f"{checked('trigram', 3)} queries of 3+ characters, and no row "
              f"below 3 characters ({query['trigram_rows_below_3_chars']} "
              "queries with rows)",
              f"LIKE those a scan finds for {checked('like')} queries"]
    for name in methods:
        if name.startswith("simple"):
            m = methods[name]
            checks.append(f"{m['tokenizer']} `{m['query']}` for "
                          f"{checked(name)} (reported only)")
    md.append("Checks: " + "; ".join(checks) + ".")
    md.append("")
    md.append(f"Each query's time is the CPU time from binding it to stepping "
              f"past its last row; every query runs once untimed first, then "
              f"once in each of the {query['runs']} rounds; p50 and p99 "
              "(nearest rank) are taken in each round and the table shows "
              "their median over the rounds.  A query must find the same "
              "rows in every round.")
    md.append("")
    md.append(f"LIKE: `{methods['like']['sql']}` with `%q%`, over a plain "
              "table `plain(title, body)` holding the same rows, no index, "
              "default page cache (the file is in the OS cache).  It reads "
              "every row for every query, so it runs a sample: "
              f"{query['like_per_group']} queries of each length and group, "
              "evenly spread over the group's queries (its `queries` "
              "column), after one untimed query that warms the cache.")
    md.append("")
    md.append("How to read these tables: [bench/README.md](../README.md).")
    text = "\n".join(md) + "\n"

    with open(out_base + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    raw = {**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
           "wall_s": round(float(wall), 1), "machine": mach,
           "versions": versions, "peer": peer, "corpus": corpus,
           "throughput": tp, "build": build, "query": query, "bar": bar}
    with open(out_base + ".csv", "w", encoding="utf-8") as f:
        f.write("tokenizer,alone_mb_per_s,build_mb_per_s,alone_tokens_per_s,"
                "tokens,build_s,index_mb\n")
        for t in tp["tokenizers"]:
            b = built.get(t["name"])
            f.write(",".join([
                '"' + CHART_LABEL.get(t["name"], t["name"]) + '"',
                f"{t['mb_per_s']:.3f}",
                f"{b['mb_per_s']:.3f}" if b else "NaN",
                f"{t['tokens_per_s']:.0f}", str(t["tokens"]),
                f"{b['build_s']:.4f}" if b else "NaN",
                f"{b['index_mb']:.3f}" if b else "NaN"]) + "\n")
    with open(out_base + ".json", "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=1, ensure_ascii=False)
        f.write("\n")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
