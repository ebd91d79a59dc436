"""Turns score.py's JSON into the results files and prints the tables.

    report.py SCORES_JSON FRISO_INI OUT_BASENAME WALL_SECONDS MODE

Writes OUT_BASENAME.md and OUT_BASENAME.json; the Markdown also goes to
stdout.
"""

import datetime
import json
import os
import sqlite3
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

# Debian packages whose versions the results record.
PACKAGES = ("python3-jieba", "libicu72", "libfriso0", "friso-dict")


def package_versions():
    out = {}
    for pkg in PACKAGES:
        try:
            v = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", pkg],
                               capture_output=True, text=True).stdout.strip()
        except OSError:
            v = ""
        out[pkg] = v or None
    return out


def table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:"
                          for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def main():
    scores_path, friso_ini, out_base, wall, mode = sys.argv[1:6]
    with open(scores_path, encoding="utf-8") as f:
        scores = json.load(f)
    with open(friso_ini, encoding="utf-8") as f:
        friso_conf = dict(l.split("=", 1) for l in f if "=" in l)
    friso_conf = {k.strip(): v.strip() for k, v in friso_conf.items()}
    mach = common.machine()
    pkgs = package_versions()
    st = common.stamp()
    now = datetime.datetime.now(datetime.timezone.utc)
    versions = {r["segmenter"]: r["version"] for r in scores["results"]}
    versions["sqlite"] = sqlite3.sqlite_version
    versions["packages"] = pkgs

    md = ["# Segmentation benchmark: zh words, jieba, ICU, friso", ""]
    md.append(common.stamp_md(st) + "  ")
    md.append(f"{now:%Y-%m-%d %H:%M} UTC, {mode} mode, wall time "
              f"{float(wall):.0f} s (`bench/segment/run.sh"
              f"{' --quick' if mode == 'quick' else ''}`).  ")
    md.append(f"Machine: {mach['cpu']}, {mach['cores']} cores, {mach['os']}, "
              f"Linux {mach['kernel']}.  ")
    md.append("Versions: " + ", ".join(
        [r["version"] for r in scores["results"] if r["set"] == "PKU test"]
        + [f"SQLite {versions['sqlite']}"]) + "; Debian packages "
        + ", ".join(f"{k} {v}" for k, v in pkgs.items() if v) + ".")
    md.append("")
    for info in scores["sets"]:
        rows = [r for r in scores["results"] if r["set"] == info["set"]]
        oov = "oov_rate" in info
        md.append(f"## {info['set']}")
        md.append("")
        if info["set"] == "PKU test":
            md.append("SIGHAN 2005 bakeoff, PKU test set (People's Daily): "
                      f"{info['lines']:,} lines, {info['words']:,} words, "
                      f"{info['characters']:,} characters; "
                      f"{info['oov_rate']:.1%} of the words are not in the "
                      "PKU training word list (OOV).")
        else:
            md.append("UD Chinese GSD (simplified), training set (Wikipedia): "
                      f"{info['lines']:,} sentences, {info['words']:,} words. "
                      "zh's word-granularity setting was tuned on this set, "
                      "so its figure here is not a held-out result.")
        md.append("")
        hdr = ["segmenter", "P", "R", "F1"] + (["R oov"] if oov else []) + \
            ["segment s", "load s", "words"]
        md.append(table(hdr, [
            [r["segmenter"], f"{r['precision']:.4f}", f"{r['recall']:.4f}",
             f"{r['f1']:.4f}"]
            + ([f"{r['oov_recall']:.4f}"] if oov else [])
            + [f"{r['segment_s']:.3f}", f"{r['load_s']:.3f}",
               f"{r['words_predicted']:,}"] for r in rows]))
        md.append("")
    md.append("P, R, F1: word spans that match a gold word's start and end "
              "exactly, over predicted words, gold words, and their harmonic "
              "mean. R oov: recall of the gold words not in the training "
              "word list. words: words predicted (white space left out). "
              "segment s: all lines, after the one-time load (load s); zh "
              "and jieba are called once a line from Python, ICU and friso "
              "are C helpers (`bench/segment/icuseg.c`, `frisoseg.c`) that "
              "time their own loop.")
    md.append("")
    md.append("zh words is `zh_segment()` (the words mode of the tokenizer); "
              "jieba is `jieba.cut` (default dictionary, HMM on); ICU is "
              "`ubrk_open(UBRK_WORD, \"zh\")`, white-space segments left out; "
              "friso is mode "
              f"{friso_conf.get('friso.mode')} (complex, mmseg), max_len "
              f"{friso_conf.get('friso.max_len')}, name recognition "
              f"{'on' if friso_conf.get('friso.r_name') == '1' else 'off'}, "
              "no synonyms, no secondary segmentation, stopwords kept, "
              "with friso-dict's lexicons; the punctuation friso drops is "
              "put back one character a word.")
    md.append("")
    md.append("How to read these tables: [bench/README.md](../README.md).")
    text = "\n".join(md) + "\n"

    with open(out_base + ".md", "w", encoding="utf-8") as f:
        f.write(text)
    raw = {**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
           "wall_s": round(float(wall), 1), "machine": mach,
           "versions": versions, "friso_ini": friso_conf,
           "sets": scores["sets"], "results": scores["results"]}
    with open(out_base + ".json", "w", encoding="utf-8") as f:
        json.dump(raw, f, indent=1, ensure_ascii=False)
        f.write("\n")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
