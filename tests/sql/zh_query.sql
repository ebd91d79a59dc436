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
