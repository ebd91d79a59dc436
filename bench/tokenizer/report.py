"""Turns tokbench's JSON into the results files and prints the tables.

    report.py WORKDIR OUT_BASENAME MODE WALL_SECONDS

WORKDIR holds corpus.json (prepare.py), versions.json, throughput.json,
build.json and query.json (tokbench).  Writes OUT_BASENAME.md,
OUT_BASENAME.json and OUT_BASENAME.csv (per tokenizer: MB/s alone and in
the index build, which run.sh charts into OUT_BASENAME.png); the Markdown
also goes to stdout.
"""

import datetime
import json
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

MB = 1e6  # all sizes and rates in decimal megabytes

# tokbench names each FTS5 tokenizer by its label ("zh words": zh with
# mode words); only ICU, which is not an FTS5 tokenizer, gets a longer one.
TOK_LABEL = {"icu": "ICU word break (zh) *", "friso": "friso (mmseg) †"}
CHART_LABEL = {"icu": "ICU word break", "friso": "friso"}


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


def main():
    workdir, out_base, mode, wall = sys.argv[1:5]
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

    md = ["# Tokenizer benchmark: zh (substring and words modes), "
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
    md.append(f"Corpus: {corpus['file']}"
              f"{' (first documents only)' if corpus['slice'] else ''}: "
              f"{corpus['docs']:,} documents, {nbytes / MB:.1f} MB of UTF-8 "
              f"(title + text).  MB = 10^6 bytes.")
    md.append("")
    md.append(f"## Tokenizer alone (median of {tp['runs']} runs)")
    md.append("")
    md.append(table(
        ["tokenizer", "MB/s", "M tokens/s", "tokens", "bytes/token"],
        [[TOK_LABEL.get(t["name"], t["name"]), f"{t['mb_per_s']:.1f}",
          f"{t['tokens_per_s'] / 1e6:.2f}", f"{t['tokens']:,}",
          f"{nbytes / t['tokens']:.2f}"] for t in tp["tokenizers"]]))
    md.append("")
    md.append("zh words counts every token handed to FTS5, the shorter "
              "words colocated inside a long one included.  "
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
    md.append("## FTS5 index build (contentless table, one transaction)")
    md.append("")
    md.append(table(
        ["tokenizer", "build s", "MB/s", "index MB", "index / text",
         "t_data MB", "distinct tokens"],
        [[t["name"], f"{t['build_s']:.2f}", f"{t['mb_per_s']:.1f}",
          f"{t['index_mb']:.1f}", f"{t['index_bytes'] / nbytes:.2f}",
          (f"{t['tables']['t_data'] / MB:.1f}" if "t_data" in t["tables"]
           else "-"), f"{t['distinct_tokens']:,}"]
         for t in build["tokenizers"]]))
    md.append("")
    md.append(f"Index size from {build['tokenizers'][0]['size_method']}: all "
              "FTS5 shadow tables, no content table.  zh words is "
              "`tokenize='zh mode words'`.")
    md.append("")

    def qrow(L, g, label):
        z, tri, lk = g["zh"], g["trigram"], g["like"]
        return [L, label, z["n"], ms(z["p50_ms"]), ms(z["p99_ms"]),
                f"{z['mean_rows']:.1f}", ms(tri["p50_ms"]), ms(tri["p99_ms"]),
                f"{tri['mean_rows']:.1f}", lk["n"], ms(lk["p50_ms"]),
                ms(lk["p99_ms"]), f"{lk['mean_rows']:.1f}",
                f"{g['scan_mean_rows']:.1f}"]

    hdr = ["chars", "group", "queries", "zh p50 ms", "zh p99 ms", "zh rows",
           "trigram p50 ms", "trigram p99 ms", "trigram rows",
           "LIKE queries", "LIKE p50 ms", "LIKE p99 ms", "LIKE rows",
           "scan rows"]
    md.append("## Query latency (all matching rowids, warm cache)")
    md.append("")
    md.append(table(hdr, [qrow(b["chars"], b["groups"]["all"], "all")
                          for b in query["by_length"]]))
    md.append("")
    md.append("By group (common: drawn at a random position of the text; "
              f"rare: holds a character found in at most "
              f"{corpus['rare_max_docs']} documents):")
    md.append("")
    md.append(table(hdr, [qrow(b["chars"], b["groups"][g], g)
                          for b in query["by_length"]
                          for g in ("common", "rare")]))
    md.append("")
    nq = query["queries"]
    n3 = sum(b["groups"]["all"]["trigram"]["n"] for b in query["by_length"]
             if b["chars"] >= 3)
    md.append("Checks: zh finds the documents a substring scan of the "
              "zh_fold()ed text finds for "
              f"{nq - query['zh_differs_from_folded_scan']}/{nq} queries; "
              "trigram those a scan of the raw text finds for "
              f"{n3 - query['trigram_differs_from_scan']}/{n3} queries of 3+ "
              "characters, and no row below 3 characters "
              f"({query['trigram_rows_below_3_chars']} queries with rows); "
              "LIKE those a scan finds for "
              f"{query['like_queries'] - query['like_differs_from_scan']}/"
              f"{query['like_queries']} queries.")
    md.append("")
    md.append(f"LIKE: `{query['like_sql']}` with `%q%`, over a plain table "
              "`plain(title, body)` holding the same rows, no index, default "
              "page cache (the file is in the OS cache).  It reads every row "
              "for every query, so it runs a sample: "
              f"{query['like_per_group']} queries of each length and group, "
              "evenly spread over the group's queries (the `LIKE queries` "
              "column), after one untimed query that warms the cache.  "
              "`LIKE rows` is the mean over that sample, `scan rows` over "
              "all the queries.")
    md.append("")
    md.append("How to read these tables: [bench/README.md](../README.md).")
    text = "\n".join(md) + "\n"

    with open(out_base + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    raw = {**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
           "wall_s": round(float(wall), 1), "machine": mach,
           "versions": versions, "corpus": corpus, "throughput": tp,
           "build": build, "query": query}
    built = {t["name"]: t for t in build["tokenizers"]}
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
