-- FTS5's integrity-check passes on every kind of zh table after inserts,
-- updates and deletes: tokenization is deterministic.
.load build/zh
.headers off
.mode list

-- A table with its own content.
CREATE VIRTUAL TABLE t1 USING fts5(title, body, tokenize='zh');
INSERT INTO t1 VALUES ('工会', '北京市总工会职工大学'), ('臺灣', '工會、ＡＢＣ'), ('', ''), (NULL, '簋街');
UPDATE t1 SET body = '区总工会与区政府召开联席会议' WHERE rowid = 1;
DELETE FROM t1 WHERE rowid = 3;
INSERT INTO t1(t1) VALUES ('integrity-check');
SELECT 't1', group_concat(rowid) FROM t1 WHERE t1 MATCH zh_query('工会');

-- External content, kept in sync by triggers.
CREATE TABLE articles(id INTEGER PRIMARY KEY, headline TEXT, body TEXT);
CREATE VIRTUAL TABLE t2 USING fts5(headline, body, content='articles', content_rowid='id', tokenize='zh');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO t2(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO t2(t2, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
  INSERT INTO t2(t2, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
  INSERT INTO t2(rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
INSERT INTO articles VALUES (1, '快递小哥', '新就业形态劳动者入会'), (2, '集体协商', '工资集体协商'), (3, 'EAP', 'EAP计划2024年');
UPDATE articles SET body = '新就业形态劳动者加入工会' WHERE id = 1;
DELETE FROM articles WHERE id = 2;
INSERT INTO t2(t2) VALUES ('integrity-check');
SELECT 't2', group_concat(rowid) FROM t2 WHERE t2 MATCH zh_query('工会');
SELECT 't2', count(*) FROM t2 WHERE t2 MATCH zh_query('集体协商');
INSERT INTO t2(t2) VALUES ('rebuild');
INSERT INTO t2(t2) VALUES ('integrity-check');

-- Contentless, with contentless_delete where this SQLite has it (3.43+):
-- plain contentless tables take the 'delete' command with the old values.
CREATE VIRTUAL TABLE t3 USING fts5(body, content='', tokenize='zh');
INSERT INTO t3(rowid, body) VALUES (1, '工会主席'), (2, '工，会'), (3, '何艳静 EAP');
INSERT INTO t3(t3, rowid, body) VALUES ('delete', 2, '工，会');
INSERT INTO t3(rowid, body) VALUES (2, '职工之家');
INSERT INTO t3(t3) VALUES ('integrity-check');
SELECT 't3', group_concat(rowid) FROM t3 WHERE t3 MATCH zh_query('工');
SELECT 't3', group_concat(rowid) FROM t3 WHERE t3 MATCH zh_query('工会');

-- Odd input is stored and indexed without error: control characters,
-- NUL bytes inside text, invalid UTF-8, lone surrogates (CESU-8), emoji.
CREATE VIRTUAL TABLE t4 USING fts5(x, tokenize='zh');
INSERT INTO t4(rowid, x) VALUES (1, '工' || char(0) || '会');
INSERT INTO t4(rowid, x) VALUES (2, CAST(X'E5B7A5FFE4BC9A' AS TEXT));
INSERT INTO t4(rowid, x) VALUES (3, CAST(X'EDA080E5B7A5E4BC9A' AS TEXT));
INSERT INTO t4(rowid, x) VALUES (4, '😀工会😀' || char(9) || char(13));
INSERT INTO t4(rowid, x) VALUES (5, CAST(X'E5B7' AS TEXT));
INSERT INTO t4(rowid, x) VALUES (6, '');
INSERT INTO t4(t4) VALUES ('integrity-check');
SELECT 't4', group_concat(rowid) FROM t4 WHERE t4 MATCH zh_query('工会');
SELECT 't4', group_concat(rowid) FROM t4 WHERE t4 MATCH zh_query('会');
