-- Large input: a 100 MB document is indexed and searched in both modes,
-- and a query of zh_query's most terms (256) is still a valid expression.
.load build/zh
.headers off
.mode list

CREATE VIRTUAL TABLE t USING fts5(x, tokenize='zh');
-- 100,000,000 bytes: 33,333,333 characters of 工会 and one 簋街 near the end.
INSERT INTO t(rowid, x) SELECT 1, replace(printf('%.*c', 16666666, 'x'), 'x', '工会') || '簋街';
SELECT length(CAST(x AS BLOB)) FROM t;
SELECT count(*) FROM t WHERE t MATCH zh_query('簋街');
SELECT count(*) FROM t WHERE t MATCH zh_query('会工会');
SELECT count(*) FROM t WHERE t MATCH zh_query('会会');
INSERT INTO t(t) VALUES ('integrity-check');
DROP TABLE t;

-- Words mode: 11 MB of sentences.
CREATE VIRTUAL TABLE w USING fts5(x, tokenize='zh mode words');
INSERT INTO w(rowid, x) SELECT 1, replace(printf('%.*c', 1000000, 'x'), 'x', '北京市总工会职工大学。');
SELECT count(*) FROM w WHERE w MATCH zh_query('职工大学');
INSERT INTO w(w) VALUES ('integrity-check');

-- 256 terms (zh_query's cap), ANDed, ORed and excluded, over short rows;
-- 10,000 (70,000 bytes) are refused.
DROP TABLE w;
CREATE VIRTUAL TABLE t USING fts5(x, tokenize='zh');
INSERT INTO t VALUES ('工会与职工'), ('工人');
SELECT count(*) FROM t WHERE t MATCH zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 256)));
SELECT count(*) FROM t WHERE t MATCH zh_query((SELECT group_concat('工会 OR 职工', ' ') FROM generate_series(1, 128)));
SELECT count(*) FROM t WHERE t MATCH zh_query((SELECT group_concat('-工人', ' ') FROM generate_series(1, 255)) || ' 工会');
SELECT count(*) FROM t WHERE t MATCH zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 10000)));
SELECT count(*) FROM zh_tokenize((SELECT group_concat('工会', ' ') FROM generate_series(1, 10000)));
