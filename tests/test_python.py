#!/usr/bin/python3
"""The extension from Python's standard sqlite3 module (Debian's python3):
the scenario of the README, end to end."""
import os
import sqlite3
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT = os.environ.get("ZH_EXT", os.path.join(ROOT, "build", "zh"))


class ZhFromPython(unittest.TestCase):
    def setUp(self):
        self.db = sqlite3.connect(":memory:")
        self.db.enable_load_extension(True)
        self.db.load_extension(EXT)
        self.db.enable_load_extension(False)

    def test_search_highlight_snippet(self):
        db = self.db
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='zh')")
        db.execute("INSERT INTO docs VALUES (?, ?)",
                   ("门头沟区政府与区总工会召开联席会议", "本报讯（记者张晶）近日，区总工会召开会议。"))
        db.execute("INSERT INTO docs VALUES (?, ?)", ("黑豹", "工，会"))
        rows = db.execute(
            "SELECT title, snippet(docs, 1, '[', ']', '…', 16) FROM docs "
            "WHERE docs MATCH zh_query(?) ORDER BY rank", ("工会",)).fetchall()
        self.assertEqual(rows, [("门头沟区政府与区总工会召开联席会议",
                                 "本报讯（记者张晶）近日，区总[工会]…")])
        self.assertEqual(db.execute("SELECT count(*) FROM docs WHERE docs MATCH zh_query('豹黑')").fetchone(), (0,))
        self.assertEqual(db.execute("SELECT highlight(docs, 0, '[', ']') FROM docs "
                                    "WHERE docs MATCH zh_query('工会')").fetchall(),
                         [("门头沟区政府与区总[工会]召开联席会议",)])
        db.execute("INSERT INTO docs(docs) VALUES ('integrity-check')")

    def test_tokenize_and_query(self):
        toks = self.db.execute("SELECT token, start, end FROM zh_tokenize('工会EAP')").fetchall()
        self.assertEqual(toks, [("工", 0, 3), ("会", 3, 6), ("eap", 6, 9)])
        self.assertEqual(self.db.execute("SELECT zh_query('工会 -主席')").fetchone()[0],
                         '"工会" NOT "主席"')

    def test_entities(self):
        rows = self.db.execute("SELECT kind, text, value, start, end, role FROM zh_entities(?)",
                               ("本报讯（记者张晶）5月25日，北京市总工会在簋街召开会议。",)).fetchall()
        self.assertEqual(rows, [("person", "张晶", None, 6, 8, "reporter"),
                                ("date", "5月25日", "--05-25", 9, 14, None),
                                ("organization", "北京市总工会", None, 15, 21, None),
                                ("place", "簋街", None, 22, 24, None)])

    def test_errors_are_exceptions(self):
        with self.assertRaisesRegex(sqlite3.OperationalError, "zh: unknown option 'bogus'"):
            self.db.execute("SELECT * FROM zh_tokenize('x', 'bogus 1')").fetchall()
        with self.assertRaisesRegex(sqlite3.OperationalError, "error in tokenizer constructor"):
            self.db.execute("CREATE VIRTUAL TABLE bad USING fts5(x, tokenize='zh t2s 2')")

    def test_words_mode_and_user_words(self):
        db = self.db
        db.execute("CREATE VIRTUAL TABLE w USING fts5(body, tokenize='zh mode words')")
        db.executemany("INSERT INTO w(rowid, body) VALUES (?, ?)",
                       [(1, "提供温和服务"), (2, "她穿着和服"), (3, "北京市总工会召开会议")])
        find = lambda q: [r[0] for r in db.execute(
            "SELECT rowid FROM w WHERE w MATCH zh_query(?) ORDER BY rowid", (q,))]
        self.assertEqual(find("和服"), [2])
        self.assertEqual(find("工会"), [3])
        self.assertEqual(db.execute("SELECT zh_segment(?)", ("何艳静在簋街",)).fetchone()[0],
                         "何艳静 在 簋街")
        for word in ("簋街餐饮", "炳超"):
            db.execute("SELECT zh_dict_add(?)", (word,)).fetchone()
        self.assertEqual(db.execute("SELECT zh_dict_count()").fetchone()[0], 2)
        self.assertEqual(db.execute("SELECT zh_segment('簋街餐饮业')").fetchone()[0], "簋街餐饮 业")
        with self.assertRaisesRegex(sqlite3.OperationalError, "is not a word of Han characters"):
            db.execute("SELECT zh_dict_add('EAP')").fetchone()

    def test_user_words_are_per_connection(self):
        other = sqlite3.connect(":memory:")
        other.enable_load_extension(True)
        other.load_extension(EXT)
        self.db.execute("SELECT zh_dict_add('簋街餐饮')").fetchone()
        self.assertEqual(other.execute("SELECT zh_dict_count()").fetchone()[0], 0)
        other.close()
        self.assertEqual(self.db.execute("SELECT zh_segment('簋街餐饮业')").fetchone()[0], "簋街餐饮 业")

    def test_version(self):
        self.assertRegex(self.db.execute("SELECT zh_version()").fetchone()[0], r"^\d+\.\d+\.\d+ \(tokenizer \d+; unicode \d+\.\d+\.\d+; dictionary [0-9a-f]{8}\)$")

    def test_fts5_tokenizer_api(self):
        # Debian 12's SQLite 3.40 predates FTS5's v2 tokenizer API (3.47).
        want = 2 if sqlite3.sqlite_version_info >= (3, 47) else 1
        self.assertEqual(self.db.execute("SELECT zh_version('fts5')").fetchone()[0], want)


if __name__ == "__main__":
    unittest.main(verbosity=1)
