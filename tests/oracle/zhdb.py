"""A connection with zh loaded (build/zh, or $ZH_EXT), and FTS5 tables."""
import os
import sqlite3

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def connect():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.environ.get("ZH_EXT", os.path.join(ROOT, "build", "zh")))
    db.enable_load_extension(False)
    return db


def table(db, name, docs, tokenize="zh"):
    """An FTS5 table of docs (rowids 1..n), integrity-checked; returns its rows."""
    db.execute(f"CREATE VIRTUAL TABLE {name} USING fts5(body, tokenize='{tokenize}')")
    rows = [(i + 1, t) for i, t in enumerate(docs)]
    db.executemany(f"INSERT INTO {name}(rowid, body) VALUES (?, ?)", rows)
    db.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
    return rows


def rowids(db, sql, args):
    return {r[0] for r in db.execute(sql, args)}


def fts5_string(s):
    """s as one FTS5 string: a phrase of its tokens."""
    return '"' + s.replace('"', '""') + '"'
