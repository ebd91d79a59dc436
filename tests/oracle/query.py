#!/usr/bin/python3
"""Operator oracle: random zh_query() inputs mixing its operators, each
compared, as MATCH zh_query(q), with the rows a small evaluator of the input
language finds over the same rows (phrases.py: reference tokens, never the
extension's).

The language (README, zh_query; ext/query.c's header):
  - terms are separated by whitespace (the ideographic space U+3000 too) and
    all must match (AND); the word AND changes nothing;
  - OR joins the terms on each side of it, and binds tighter than AND:
    a OR b c is (a OR b) AND c;
  - NOT term and -term exclude the term (a '-' followed by a space is text);
  - "a phrase" or “a phrase” (any of " “ ” closes it, else the end of the
    input) is one term, spaces and all;
  - a '*' right after a term or a quoted phrase makes its last token a prefix;
  - a term with no token is dropped, an OR before it passing to the next
    term; a term is matched as a phrase of its tokens; with no positive term
    left the query matches nothing.
An OR next to an excluded term joins nothing.  Pinyin alternatives match
nothing in a table without pinyin (README, "Pinyin search"), so the evaluator
has none.
"""
import random
import sys
import time

import corpus
import phrases
import reference as R
import zhdb

SEED = 20250118
N_QUERIES = 4000
MAX_SHOWN = 20
SPACES = " \t\n\r\f\v\u3000"
QUOTES = '"\u201c\u201d'
OPERATORS = ("OR", "AND", "NOT")
# Minimum number of queries in which each feature changed the rows: the
# generator must keep exercising them.
MIN_EFFECT = 40

# Inputs whose answer the evaluator knows and zh_query gets wrong: (input,
# what is wrong).  Reported on every run; each must still be wrong.
# (Found and fixed: a quoted OR or NOT was read as the operator.)
KNOWN_BUGS = []


class Term:
    __slots__ = ("text", "neg", "prefix", "or_prev", "quoted")

    def __init__(self, text, neg, prefix, quoted):
        self.text, self.neg, self.prefix, self.quoted = text, neg, prefix, quoted
        self.or_prev = False


def parse(q):
    """The terms of input q, with their operators applied."""
    terms = []
    i, n = 0, len(q)
    pending_not = pending_or = False
    while i < n:
        if q[i] in SPACES:
            i += 1
            continue
        neg = q[i] == "-" and i + 1 < n and q[i + 1] not in SPACES
        if neg:
            i += 1
        quoted = q[i] in QUOTES
        if quoted:
            j = i + 1
            while j < n and q[j] not in QUOTES:
                j += 1
            text = q[i + 1:j]
            i = min(j + 1, n)
        else:
            j = i
            while j < n and q[j] not in SPACES and q[j] not in QUOTES:
                j += 1
            text = q[i:j]
            i = j
        prefix = False
        if i < n and q[i] == "*":
            prefix = True
            i += 1
        elif not quoted and text.endswith("*"):
            prefix, text = True, text[:-1]
        if not (neg or prefix or quoted) and text in OPERATORS:
            if text == "OR":
                pending_or = bool(terms)
            elif text == "NOT":
                pending_not = True
            continue
        t = Term(text, neg or pending_not, prefix, quoted)
        t.or_prev = pending_or
        pending_not = pending_or = False
        terms.append(t)
    return terms


def evaluate(rows, q, use_or=True, use_not=True, use_prefix=True):
    """The rowids input q finds (the flags switch an operator off, to measure
    what it changed)."""
    kept = []
    carry = False
    for t in parse(q):
        if not rows.query_tokens(t.text):
            carry = carry or t.or_prev
            continue
        t.or_prev = t.or_prev or carry
        carry = False
        kept.append(t)
    groups = []
    excluded = set()
    prev = None
    for t in kept:
        found = rows.find(t.text, t.prefix and use_prefix)
        if t.neg:
            if use_not:
                excluded |= found
        elif use_or and t.or_prev and prev is not None and not prev.neg and groups:
            groups[-1] |= found
        else:
            groups.append(set(found))
        prev = t
    if not groups:
        return set()
    result = set.intersection(*groups)
    return result - excluded


# ---- drawing inputs --------------------------------------------------------------

class Drawer:
    def __init__(self, rng, folder, docs):
        self.rng = rng
        self.folder = folder
        self.docs = docs
        # Word tokens (letters, digits) of each document, with their raw text.
        self.words = {}
        for k, d in enumerate(docs):
            raw = d.encode("utf-8")
            ws = [(t.start, t.end) for t in R.tokenize(folder, d)
                  if R.char_class(ord(t.text[0])) != R.IDEO]
            self.words[k] = [(len(raw[:a].decode("utf-8", "replace")),
                              raw[a:b].decode("utf-8", "replace")) for a, b in ws]
        self.with_words = [k for k in self.words if any(len(w) > 1 for _, w in self.words[k])]

    def clean(self, s, spaces_ok):
        s = "".join(c for c in s if c not in QUOTES and c != "\x00")
        if not spaces_ok:
            s = "".join(c for c in s if c not in SPACES)
        return s

    def substring(self, k, lo, hi, spaces_ok=False):
        d = self.docs[k]
        i = self.rng.randrange(len(d))
        return self.clean(d[i:i + self.rng.randint(lo, hi)], spaces_ok)

    def cut_word(self, k, spaces_ok):
        """Text of document k that ends inside a word (a prefix of it), with
        up to 5 characters before the word."""
        words = [(i, w) for i, w in self.words[k] if len(w) > 1]
        if not words:
            return None
        i, w = self.rng.choice(words)
        before = self.rng.randint(0, 5) if spaces_ok else 0
        head = self.docs[k][max(0, i - before):i]
        return self.clean(head + w[:self.rng.randint(1, len(w) - 1)], spaces_ok)

    def term(self, k):
        rng = self.rng
        form = rng.choices(["plain", "quoted", "curly", "prefix", "quoted_prefix", "none"],
                           [45, 14, 6, 10, 18, 7])[0]
        if form in ("prefix", "quoted_prefix"):
            if k not in self.with_words or rng.random() < 0.5:
                k = rng.choice(self.with_words)
            text = self.cut_word(k, form == "quoted_prefix")
            if text is None or not text.strip():
                form, text = "plain", self.substring(k, 1, 4)
        elif form == "none":
            text = rng.choice(["。", "，！", "()", "——", "^", "~", "·", "、、"])
        else:
            text = self.substring(k, 1, 6, form != "plain")
        if (form == "plain" and not text) or (form != "quoted" and text in OPERATORS):
            text = "工"   # a bare operator word is the operator
        if form in ("quoted", "quoted_prefix"):
            text = '"' + text + '"'
        elif form == "curly":
            text = "“" + text + "”"
        if form in ("prefix", "quoted_prefix"):
            text += "*"
        if rng.random() < 0.2 and text:
            text = rng.choice(["-", "-", "NOT "]) + text
        return text

    def query(self):
        rng = self.rng
        anchor = rng.randrange(len(self.docs))
        parts = []
        for n in range(rng.choice([1, 2, 2, 3, 3, 4, 5])):
            k = anchor if rng.random() < 0.7 else rng.randrange(len(self.docs))
            if n:
                parts.append(rng.choices([" ", " OR ", " AND ", "\u3000", " OR NOT "],
                                         [50, 30, 8, 10, 2])[0])
            parts.append(self.term(k))
        q = "".join(parts)
        r = rng.random()
        if r < 0.03:
            q = rng.choice(["OR ", "AND ", "NOT ", "- "]) + q
        elif r < 0.06:
            q = q + rng.choice([" OR", " NOT", " -", ' "', " “"])
        return q


def effect(rows, q, expected, **off):
    return evaluate(rows, q, **off) != expected


def main():
    t0 = time.time()
    folder = R.Folder()
    docs, n_seed, _gen = corpus.documents(folder)
    db = zhdb.connect()
    rows = phrases.Rows(folder, zhdb.table(db, "p", docs))
    drawer = Drawer(random.Random(SEED), folder, docs)
    queries = []
    seen = set()
    while len(queries) < N_QUERIES:
        q = drawer.query()
        if q not in seen:
            seen.add(q)
            queries.append(q)

    n_fail = n_found = 0
    effects = {"OR": 0, "NOT or -": 0, "prefix *": 0, "* after a quoted phrase": 0}
    for q in queries:
        expected = evaluate(rows, q)
        got = zhdb.rowids(db, "SELECT rowid FROM p WHERE p MATCH zh_query(?)", (q,))
        n_found += bool(expected)
        if got != expected:
            n_fail += 1
            if n_fail <= MAX_SHOWN:
                expr = db.execute("SELECT zh_query(?)", (q,)).fetchone()[0]
                print(f"FAIL {q!r} (zh_query: {expr}): missing rows {sorted(expected - got)[:5]}, "
                      f"extra rows {sorted(got - expected)[:5]}")
        terms = parse(q)
        if any(t.or_prev for t in terms) and effect(rows, q, expected, use_or=False):
            effects["OR"] += 1
        if any(t.neg for t in terms) and effect(rows, q, expected, use_not=False):
            effects["NOT or -"] += 1
        if any(t.prefix and not t.quoted for t in terms) and effect(rows, q, expected,
                                                                    use_prefix=False):
            effects["prefix *"] += 1
        if any(t.prefix and t.quoted for t in terms) and effect(rows, q, expected,
                                                                use_prefix=False):
            effects["* after a quoted phrase"] += 1

    n_bug_gone = 0
    for q, what in KNOWN_BUGS:
        got = zhdb.rowids(db, "SELECT rowid FROM p WHERE p MATCH zh_query(?)", (q,))
        expr = db.execute("SELECT zh_query(?)", (q,)).fetchone()[0]
        if got == evaluate(rows, q):
            n_bug_gone += 1
            print(f"FAIL known bug no longer shows, remove it from KNOWN_BUGS: {q!r}")
        else:
            print(f"known bug: zh_query({q!r}) is {expr}: {what}")

    weak = [k for k, v in effects.items() if v < MIN_EFFECT]
    for k in weak:
        print(f"FAIL the queries no longer exercise {k}: it changed the rows of "
              f"{effects[k]} queries (at least {MIN_EFFECT} wanted)")
    print(f"operator oracle: {len(docs)} rows, {len(queries)} queries ({n_found} finding rows); "
          "the rows changed by " + ", ".join(f"{k} in {v}" for k, v in effects.items())
          + f"; {n_fail} mismatches ({time.time() - t0:.1f} s)")
    return 1 if n_fail or weak or n_bug_gone else 0


if __name__ == "__main__":
    sys.exit(main())
