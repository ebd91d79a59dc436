-- An index built by the tokenizer before this one (tokenizer 2, which
-- marked the token after a separator with a leading |): never silently
-- wrong, never corrupted by a write; zh_rebuild() makes it this
-- tokenizer's.  tests/data/index_tokenizer2.db was written by zh 0.1.0
-- (tokenizer 2) at commit f5a9a48: substring, pinyin and words-mode tables.
.load build/zh
.headers off
.mode list
.shell cp tests/data/index_tokenizer2.db build/old_index.db
.open build/old_index.db
.load build/zh
SELECT name, state, indexed_with LIKE 'tokenizer 2;%' FROM zh_index_status ORDER BY name;
-- Reads and writes are refused: the old tokens would give wrong answers
-- (工，会 was indexed 工 |会, which this tokenizer's phrase 工，会 misses).
SELECT count(*) FROM s WHERE s MATCH zh_query('工会');
SELECT count(*) FROM p WHERE p MATCH zh_query('beijing');
INSERT INTO s VALUES ('工会');
DELETE FROM w WHERE rowid = 1;
INSERT INTO s(s) VALUES ('integrity-check');
-- FTS5's own rebuild is refused too: the table still holds the old tokens
-- when it starts (zh_rebuild records the table first).
INSERT INTO s(s) VALUES ('rebuild');
SELECT zh_rebuild();
SELECT name, state FROM zh_index_status ORDER BY name;
SELECT group_concat(rowid) FROM s WHERE s MATCH zh_query('工会');
SELECT group_concat(rowid) FROM s WHERE s MATCH zh_query('"工，会"');
SELECT group_concat(rowid) FROM p WHERE p MATCH zh_query('beijing');
SELECT group_concat(rowid) FROM w WHERE w MATCH zh_query('簋街餐饮');
INSERT INTO s VALUES ('工会');
DELETE FROM w WHERE rowid = 1;
INSERT INTO s(s) VALUES ('integrity-check');
INSERT INTO p(p) VALUES ('integrity-check');
INSERT INTO w(w) VALUES ('integrity-check');
.open :memory:
.shell rm -f build/old_index.db
