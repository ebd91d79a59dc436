-- zh_query(input): whatever a user types becomes a valid MATCH expression.
.load build/zh
.headers off
.mode list

CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='zh');
INSERT INTO docs(rowid, body) VALUES
  (1, '北京市总工会主席'), (2, '职工之家'), (3, '工会 主席'), (4, 'EAP计划'), (5, 'say "hi" (now)');

-- The expressions it writes.
SELECT zh_query('工会');
SELECT zh_query('工会 职工');
SELECT zh_query('  工会　主席  ');
-- An ideographic space that ends the input is a space too.
SELECT zh_query('工会　'), zh_query('工会　主席　');
SELECT zh_query('"工会 主席"');
SELECT zh_query('“工会 主席”');
SELECT zh_query('工会 -主席');
SELECT zh_query('工会 NOT 主席');
SELECT zh_query('工会 OR 职工 北京');
SELECT zh_query('a OR b OR c d');
SELECT zh_query('eap*');
SELECT zh_query('工会 AND 职工');
SELECT zh_query('say "hi');
SELECT zh_query('""');
SELECT zh_query('-');
SELECT zh_query('-主席');
SELECT zh_query('OR');
SELECT zh_query('工会 OR');
SELECT zh_query('OR 工会');
-- Words that start with an operator are words.
SELECT zh_query('ORANGE ANDROID NOTE'), zh_query('工会 ORG NOTHING');
SELECT zh_query('😀 工会 ☺');
SELECT zh_query('NEAR(a b) ^c col:d');
SELECT zh_query('');
SELECT zh_query(NULL);
SELECT zh_query(123);
SELECT length(zh_query('工' || char(0) || '会'));
SELECT zh_query(CAST(X'E5B7A5FFE4BC9A' AS TEXT)) = '"工 会"';

-- What they find.
SELECT 'AND', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('工会 主席');
SELECT 'phrase', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('"工会 主席"');
SELECT 'substring', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('工会主席');
SELECT 'NOT', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('工会 -北京');
SELECT 'OR', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('职工 OR 北京');
SELECT 'quotes', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('"hi" (now');
SELECT 'nothing', count(*) FROM docs WHERE docs MATCH zh_query('。，！');
SELECT 'null', count(*) FROM docs WHERE docs MATCH zh_query(NULL);

-- Hostile input never gives an FTS5 syntax error.
CREATE TABLE hostile(q);
INSERT INTO hostile VALUES ('"'), ('""'), ('"""'), ('('), (')'), ('*'), ('^'), (':'), ('-'), ('--'),
  ('AND'), ('OR'), ('NOT'), ('NEAR'), ('NEAR('), ('a AND'), ('OR OR OR'), ('NOT NOT'), ('- -x'),
  ('x:'), ('body:工会'), ('{body}: x'), ('工会*'), ('*工会'), ('工"会'), ('a"b"c"'), ('+'), ('工 + 会'),
  ('😀'), ('👨‍👩‍👧'), (char(0)), (''), ('   '), ('　'), (CAST(X'FF' AS TEXT)), (CAST(X'C3' AS TEXT)),
  (CAST(X'EDA080' AS TEXT)), ('x' || char(0) || '"'), ('\'), ('''); DROP TABLE docs; --');
SELECT 'hostile', count(*), sum((SELECT count(*) FROM docs WHERE docs MATCH zh_query(q)) >= 0) FROM hostile;

-- Caps: at most 4096 bytes and 256 terms; over either, an error that names
-- it (a 60 MB input gave "out of memory" when zh_query took 32 bytes per
-- input byte).  4096 bytes: 1365 Han characters and one letter.
SELECT 'bytes', length(CAST(v AS BLOB)), length(zh_query(v)),
       (SELECT count(*) FROM docs WHERE docs MATCH zh_query(v))
  FROM (SELECT replace(printf('%.*c', 1365, 'x'), 'x', '工') || 'a' AS v);
SELECT zh_query(replace(printf('%.*c', 1365, 'x'), 'x', '工') || 'ab');
SELECT zh_query(printf('%.*c', 4097, 'x'), 'initials');
SELECT zh_query(printf('%.*c', 60000000, 'x'));
SELECT zh_query(CAST(zeroblob(60000000) AS TEXT));
-- 256 terms run as a MATCH; 257 are refused.  Each word, phrase and -term
-- counts, one with no token too; OR, AND and NOT do not.
SELECT '256 words', count(*) FROM docs
 WHERE docs MATCH zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 256)));
SELECT zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 257)));
SELECT '256 with phrase, -term, no token', count(*) FROM docs
 WHERE docs MATCH zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 253))
                           || ' "工会 主席" -职工 。');
SELECT zh_query((SELECT group_concat('工会', ' ') FROM generate_series(1, 253))
                || ' "工会 主席" -职工 。 主席');
SELECT '256 no token', zh_query((SELECT group_concat('。', ' ') FROM generate_series(1, 256)));
SELECT zh_query((SELECT group_concat('。', ' ') FROM generate_series(1, 257)));
SELECT '256 with 256 operators', count(*) FROM docs
 WHERE docs MATCH zh_query((SELECT group_concat(CASE value % 3 WHEN 0 THEN 'OR 工会'
                                   WHEN 1 THEN 'AND 主席' ELSE 'NOT 职工' END, ' ')
                            FROM generate_series(1, 256)));
SELECT zh_query((SELECT group_concat('工会', ' OR ') FROM generate_series(1, 257)));

-- A quoted OR, AND or NOT is the word, not the operator.
SELECT zh_query('工会 "OR" 主席'), zh_query('工会 “NOT” 主席'), zh_query('"and"');
