-- zh_tokenize(text [, options]): what the tokenizer hands FTS5.  A token
-- after a separator (or at the start) carries a leading |; start and end
-- are byte offsets into the original text.
.load build/zh
.headers on
.mode list

SELECT * FROM zh_tokenize('工会，EAP计划 2024年');
SELECT token, start, end, substr(CAST('ＡＢＣ１２３臺灣' AS BLOB), start+1, end-start) AS original
  FROM zh_tokenize('ＡＢＣ１２３臺灣');
-- A compatibility character that folds to several: each shares its offsets.
SELECT token, start, end, position FROM zh_tokenize('㍿');
-- Options, as in tokenize='zh ...'.
SELECT group_concat(token, ' ') AS tokens FROM zh_tokenize('ＡＢＣ 臺灣', 'nfkc 0 t2s 0');
SELECT group_concat(token, ' ') AS tokens FROM zh_tokenize('Ab 臺灣', 'casefold 0');
-- Combining marks stay with their letter; zero-width characters vanish.
SELECT group_concat(token, ' ') AS tokens FROM zh_tokenize('cafe' || char(769) || ' co' || char(173) || 'op 工' || char(8203) || '会');
-- Kana, hangul, ideographic zero.
SELECT group_concat(token, ' ') AS tokens FROM zh_tokenize('カタカナ 한국어 二○二四年 ｶﾀｶﾅ');
-- Empty, NULL, numbers, invalid UTF-8 (each bad byte separates).
SELECT count(*) AS n FROM zh_tokenize('');
SELECT count(*) AS n FROM zh_tokenize(NULL);
SELECT group_concat(token, ' ') AS tokens FROM zh_tokenize(2024);
SELECT token, start, end FROM zh_tokenize(CAST(X'E5B7A5FFE4BC9AE5B7' AS TEXT));
-- Bad options are reported.
SELECT * FROM zh_tokenize('x', 'bogus 1');
SELECT * FROM zh_tokenize('x', 't2s yes');
SELECT * FROM zh_tokenize('x', 'mode');
SELECT * FROM zh_tokenize('x', 'mode sentences');
-- Joined to a table, one row per token of each text.
CREATE TABLE t(id, x);
INSERT INTO t VALUES (1, '工会'), (2, 'EAP');
SELECT id, token FROM t, zh_tokenize(t.x) ORDER BY id, position;
-- Options from a joined table too, whichever is written first (they were
-- left out of the plan, and no row matched the options column).
CREATE TABLE opts(o);
INSERT INTO opts VALUES ('mode substring'), ('mode words');
SELECT o, group_concat(token, ' ') AS tokens FROM opts, zh_tokenize('北京市总工会', opts.o) GROUP BY o;
SELECT o, group_concat(token, ' ') AS tokens FROM zh_tokenize('北京市总工会', opts.o), opts GROUP BY o;
