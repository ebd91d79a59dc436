-- An index's tokenization never changes under it (issue 16, point 1).
-- Each zh table is recorded in zh_indexes with the fingerprint of what
-- decides its tokens; a table whose fingerprint is not the tokenizer's is
-- stale: reads and writes fail (FTS5 passes on only "SQL logic error"),
-- and nothing corrupts it.  zh_rebuild() rebuilds what is stale.
.load build/zh
.headers off
.mode list
.shell rm -f build/index_guard.db build/index_guard.db-journal

-- ---- zh_dict_add never reaches a table ----------------------------------
-- The reproducer: a user word added after rows were indexed, then a
-- DELETE.  It corrupted the index ("database disk image is malformed").
CREATE VIRTUAL TABLE w USING fts5(x, tokenize='zh mode words');
INSERT INTO w VALUES ('簋街餐饮业工会联合会成立');
INSERT INTO w VALUES ('北京市总工会召开会议');
SELECT zh_dict_add('簋街餐饮');
DELETE FROM w WHERE rowid = 1;
INSERT INTO w(w) VALUES ('integrity-check');
SELECT '簋街', count(*) FROM w WHERE w MATCH zh_query('簋街');
SELECT '工会', group_concat(rowid) FROM w WHERE w MATCH zh_query('工会');
-- The same with UPDATE, and with a word at the highest frequency.
INSERT INTO w(rowid, x) VALUES (3, '簋街餐饮业工会联合会成立');
SELECT zh_dict_add('餐饮业工会', 1e12), zh_dict_add('会联合', 1e12);
UPDATE w SET x = '簋街餐饮协会' WHERE rowid = 3;
INSERT INTO w(w) VALUES ('integrity-check');
SELECT '餐饮', group_concat(rowid) FROM w WHERE w MATCH zh_query('餐饮');
-- zh_segment takes the connection's words; the table never did.
SELECT zh_segment('簋街餐饮业工会联合会成立');
SELECT token FROM zh_tokenize('簋街餐饮', 'mode words');

-- ---- user words for a table: a table of the database -------------------
CREATE TABLE my_words(word TEXT PRIMARY KEY, freq REAL, tag TEXT);
INSERT INTO my_words VALUES ('簋街餐饮', NULL, NULL), ('炳超', 50, 'nr');
CREATE VIRTUAL TABLE d USING fts5(x, tokenize='zh mode words dict my_words');
INSERT INTO d VALUES ('簋街餐饮业工会联合会成立'), ('梁炳超在簋街');
SELECT token FROM zh_tokenize('簋街餐饮业', 'mode words dict my_words');
SELECT zh_segment('梁炳超在簋街餐饮业', 'mode words dict my_words');
SELECT '簋街餐饮', group_concat(rowid) FROM d WHERE d MATCH zh_query('簋街餐饮');
SELECT name, fingerprint LIKE 'tokenizer %; unicode %; t2s %; dictionary %; words my_words %'
  FROM zh_indexes ORDER BY name;
SELECT name, state FROM zh_index_status ORDER BY name;
-- A word added to the table changes nothing for the index until it is
-- rebuilt: this connection's tokenizer keeps the words it indexed with.
INSERT INTO my_words VALUES ('餐饮业工会', NULL, NULL);
DELETE FROM d WHERE rowid = 1;
INSERT INTO d(d) VALUES ('integrity-check');
SELECT name, state FROM zh_index_status ORDER BY name;
SELECT zh_rebuild();
SELECT name, state FROM zh_index_status ORDER BY name;
INSERT INTO d(d) VALUES ('integrity-check');
INSERT INTO d VALUES ('餐饮业工会');
SELECT '餐饮业工会', group_concat(rowid) FROM d WHERE d MATCH zh_query('餐饮业工会');

-- The dict table: a column word, optional freq and tag, checked as
-- zh_dict_add checks them.
CREATE TABLE bad_words(word, freq, tag);
INSERT INTO bad_words VALUES ('EAP', NULL, NULL);
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
UPDATE bad_words SET word = '簋街', freq = 0;
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
UPDATE bad_words SET freq = 'many';
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
UPDATE bad_words SET freq = 10, tag = 'toolongtag';
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
UPDATE bad_words SET word = CAST(X'E5B7A5FF' AS TEXT), tag = NULL;
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
UPDATE bad_words SET word = NULL;
SELECT * FROM zh_tokenize('x', 'mode words dict bad_words');
CREATE TABLE no_word_column(w);
SELECT * FROM zh_tokenize('x', 'mode words dict no_word_column');
SELECT * FROM zh_tokenize('x', 'mode words dict no_such_table');
SELECT * FROM zh_tokenize('x', 'dict my_words');
SELECT * FROM zh_tokenize('x', 'mode words dict ""');
-- A table is not made with words it cannot read...
CREATE VIRTUAL TABLE b USING fts5(x, tokenize='zh mode words dict bad_words');
CREATE VIRTUAL TABLE b USING fts5(x, tokenize='zh mode words dict no_such_table');

-- ---- an index built by another tokenizer --------------------------------
-- A second connection to a file; the first records its tables there.
.open build/index_guard.db
.load build/zh
CREATE VIRTUAL TABLE t USING fts5(x, tokenize='zh');
CREATE VIRTUAL TABLE u USING fts5(x, tokenize='zh');
CREATE VIRTUAL TABLE v USING fts5(x, tokenize='zh pinyin 1');
INSERT INTO t VALUES ('工会主席'), ('職工之家');
INSERT INTO u VALUES ('工会');
INSERT INTO v VALUES ('北京');
-- What an index built by an older tokenizer would hold in zh_indexes.
UPDATE zh_indexes
   SET fingerprint = replace(fingerprint, 'tokenizer ' || zh_version('tokenizer'), 'tokenizer 1')
 WHERE name = 't';
.connection 1
.open build/index_guard.db
.load build/zh
-- t is stale, and u with it: the two share their arguments ('zh').
SELECT name, state FROM zh_index_status ORDER BY name;
SELECT count(*) FROM t WHERE t MATCH zh_query('工会');
SELECT count(*) FROM u WHERE u MATCH zh_query('工会');
INSERT INTO t VALUES ('工会');
DELETE FROM u WHERE rowid = 1;
INSERT INTO t(t) VALUES ('integrity-check');
SELECT count(*) FROM v WHERE v MATCH zh_query('bj');
-- The first connection sees it too, once the second has written.
.connection 0
SELECT count(*) FROM t WHERE t MATCH zh_query('工会');
-- A table recorded nowhere (made by a zh before fingerprints) is stale.
DELETE FROM zh_indexes WHERE name = 'v';
.connection 1
SELECT count(*) FROM v WHERE v MATCH zh_query('bj');
-- zh_rebuild() rebuilds what is stale, and what shares its arguments.
SELECT zh_rebuild();
SELECT name, state FROM zh_index_status ORDER BY name;
SELECT count(*) FROM t WHERE t MATCH zh_query('工会');
SELECT count(*) FROM v WHERE v MATCH zh_query('bj');
INSERT INTO t(t) VALUES ('integrity-check');
INSERT INTO u(u) VALUES ('integrity-check');
.connection 0
SELECT count(*) FROM t WHERE t MATCH zh_query('职工');
DELETE FROM t WHERE rowid = 2;
INSERT INTO t(t) VALUES ('integrity-check');
-- Renamed, a table is not the one recorded: stale until rebuilt.
ALTER TABLE u RENAME TO u2;
SELECT name, state FROM zh_index_status ORDER BY name;
SELECT zh_rebuild('u2');
SELECT name, state FROM zh_index_status ORDER BY name;

-- ---- zh_rebuild's errors --------------------------------------------------
SELECT zh_rebuild('nosuch');
BEGIN;
SELECT zh_rebuild();
ROLLBACK;
CREATE TABLE log(n);
INSERT INTO log SELECT zh_rebuild('t');
-- A contentless table cannot be rebuilt from itself.
CREATE VIRTUAL TABLE c USING fts5(x, content='', tokenize='zh');
INSERT INTO c(rowid, x) VALUES (1, '工会');
UPDATE zh_indexes SET fingerprint = 'tokenizer 1' WHERE name = 'c';
SELECT zh_rebuild('c');
INSERT INTO c(c) VALUES ('delete-all');
SELECT zh_rebuild('c');
INSERT INTO c(rowid, x) VALUES (1, '工会');
SELECT count(*) FROM c WHERE c MATCH zh_query('工会');
-- A table whose dict table went away fails, and can still be dropped.
CREATE TABLE gone(word);
CREATE VIRTUAL TABLE g USING fts5(x, tokenize='zh mode words dict gone');
INSERT INTO g VALUES ('工会');
DROP TABLE gone;
.connection 1
SELECT count(*) FROM g WHERE g MATCH '工会';
DROP TABLE g;
SELECT count(*) FROM sqlite_schema WHERE name = 'g';
.connection 0

-- ---- a schema cannot change the connection's words ---------------------
-- zh_dict_add, zh_dict_remove and zh_rebuild are for the SQL being run: a
-- CHECK constraint, a trigger or a view of a database someone sent may
-- not call them (SQLite's own check misses a CHECK read before zh loaded).
SELECT zh_dict_count();
CREATE TABLE hostile(x CHECK (zh_dict_add(x)));
INSERT INTO hostile VALUES ('簋街');
CREATE TABLE hostile2(x CHECK (zh_dict_remove(x) >= 0));
INSERT INTO hostile2 VALUES ('簋街餐饮');
CREATE TABLE hostile3(x DEFAULT (zh_rebuild()));
INSERT INTO hostile3 DEFAULT VALUES;
CREATE TABLE victim(x);
CREATE TRIGGER victim_ai AFTER INSERT ON victim BEGIN SELECT zh_dict_add(new.x); END;
INSERT INTO victim VALUES ('簋街');
CREATE VIEW hostile_view AS SELECT zh_dict_add('簋街');
SELECT * FROM hostile_view;
SELECT zh_dict_count();
-- The same database opened anew: its schema read before zh is loaded.
.connection 2
.open build/index_guard.db
SELECT count(*) FROM sqlite_schema;
.load build/zh
PRAGMA trusted_schema = 0;
INSERT INTO hostile VALUES ('簋街');
SELECT zh_dict_count();
-- Named by the SQL being run, they work as before.
SELECT zh_dict_add('簋街'), zh_dict_count(), zh_dict_remove('簋街');
.connection close 2

-- ---- from a second process ---------------------------------------------
-- Another process adds user words to its connection and deletes: the
-- index stays sound.  Then it changes the table's dict table and rebuilds:
-- this process, which indexed with the old words, takes the new ones at
-- its next write instead of corrupting the index.
.connection 0
CREATE TABLE news_words(word);
INSERT INTO news_words VALUES ('簋街餐饮');
CREATE VIRTUAL TABLE p USING fts5(x, tokenize='zh mode words dict news_words');
INSERT INTO p VALUES ('簋街餐饮业工会联合会成立'), ('北京市总工会召开会议'), ('簋街餐饮业');
.shell sqlite3 build/index_guard.db ".load build/zh" "SELECT zh_dict_add('餐饮业工会', 1e12)" "DELETE FROM p WHERE rowid = 1" "INSERT INTO p(p) VALUES ('integrity-check')" "SELECT 'other process', count(*) FROM p WHERE p MATCH zh_query('簋街餐饮')"
INSERT INTO p(p) VALUES ('integrity-check');
SELECT 'this process', count(*) FROM p WHERE p MATCH zh_query('簋街餐饮');
.shell sqlite3 build/index_guard.db ".load build/zh" "INSERT INTO news_words VALUES ('总工会召开')" "SELECT 'other process', state FROM zh_index_status WHERE name = 'p'" "SELECT 'other process', zh_rebuild('p')"
INSERT INTO p VALUES ('市总工会召开大会');
DELETE FROM p WHERE rowid = 2;
INSERT INTO p(p) VALUES ('integrity-check');
SELECT 'this process', group_concat(rowid) FROM p WHERE p MATCH zh_query('总工会召开');
SELECT token FROM zh_tokenize('市总工会召开大会', 'mode words dict news_words');

-- ---- what a fingerprint holds ---------------------------------------------
-- A pinyin 1 table's holds the pinyin table's checksum.  A table made
-- USING "fts5" (quoted, as SQL allows) is a zh table all the same.
CREATE VIRTUAL TABLE py USING "fts5"(x, tokenize='zh pinyin 1');
SELECT name, fingerprint LIKE 'tokenizer %; unicode %; t2s %; pinyin %' FROM zh_indexes WHERE name = 'py';
SELECT name, state FROM zh_index_status WHERE name = 'py';
-- A tokenizer that runs while a table with its arguments is being created
-- (here from a trigger on zh_indexes, before that table is recorded)
-- takes it for new, not stale.
CREATE VIRTUAL TABLE cr1 USING fts5(x, tokenize='zh casefold 0');
CREATE TRIGGER zh_indexes_bi BEFORE INSERT ON zh_indexes WHEN new.name = 'cr2'
  BEGIN INSERT INTO cr1 VALUES ('before ' || new.name); END;
CREATE VIRTUAL TABLE cr2 USING fts5(x, tokenize='zh casefold 0');
SELECT x FROM cr1;
SELECT name, state FROM zh_index_status WHERE name IN ('cr1', 'cr2') ORDER BY name;
.connection close 1
.shell rm -f build/index_guard.db build/index_guard.db-journal
