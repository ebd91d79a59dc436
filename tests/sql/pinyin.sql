-- Pinyin search (tokenize='zh pinyin 1') over the seed corpus.
.load build/zh
.headers off
.mode list

-- The option, validated like the others.
SELECT * FROM zh_tokenize('x', 'pinyin 2');
SELECT * FROM zh_tokenize('x', 'pinyin');
SELECT * FROM zh_tokenize('x', 'mode words pinyin 1');
CREATE VIRTUAL TABLE bad USING fts5(x, tokenize='zh pinyin yes');

-- The tokens: a reading and its initial beside each character, gap marks
-- as the character has them; pinyin 0 gives the tokens it always gave.
SELECT group_concat(token || '@' || position, ' ') FROM zh_tokenize('北京，银行', 'pinyin 1');
SELECT group_concat(token, ' ') FROM zh_tokenize('北京，银行', 'pinyin 0');
SELECT group_concat(token, ' ') FROM zh_tokenize('长', 'pinyin 1');
-- Two readings of one initial (削 xiao, xue): the initial once.
SELECT group_concat(token, ' ') FROM zh_tokenize('削', 'pinyin 1');

-- zh_pinyin: one word per token, polyphones read by their words.
SELECT zh_pinyin('银行 行走 重庆 重要 音乐 目的 长春 长大 快乐');
-- A polyphone alone: its first reading (削 xiao, xue; 仔 zai, zi).
SELECT zh_pinyin('削'), zh_pinyin('仔'), zh_pinyin('削', 'initials');
SELECT zh_pinyin('北京市总工会EAP计划2024年', 'initials');
SELECT zh_pinyin('ＡＢＣ工會かな');
SELECT zh_pinyin(NULL) IS NULL, zh_pinyin('');
SELECT zh_pinyin('x', 'y');
SELECT zh_pinyin(CAST(X'E5B7A5FF' AS TEXT));
SELECT zh_query('b', 'bogus');

-- The seed corpus, one row per paragraph.
CREATE VIRTUAL TABLE news USING fts5(body, tokenize='zh pinyin 1');
INSERT INTO news(body)
  SELECT p.text FROM fsdir('seeds') AS f, zh_paragraphs(CAST(f.data AS TEXT)) AS p
   WHERE f.name LIKE '%.txt' ORDER BY f.name, p.seq;
-- Rows for the polyphones the seeds lack, and rows that must not match.
INSERT INTO news(body) VALUES
  ('重庆市长江大桥'), ('这很重要'), ('音乐会'), ('他的目的'), ('长春的银行'), ('行走在路上'),
  ('快乐的音符'), ('重新开始'), ('长大了'), ('北，京'), ('Beijing and BJ, gonghui');
INSERT INTO news(news) VALUES ('integrity-check');

-- Each query: rows found, rows holding the characters, and every distinct
-- text it matched (so each match can be read: only those characters, or
-- others with exactly that reading).
CREATE TABLE q(input, chars);
INSERT INTO q VALUES ('beijing', '北京'), ('bj', '北京'), ('bjs', '北京市'), ('gonghui', '工会'),
  ('ghzx', '工会主席'), ('jizhe', '记者'), ('xinjiuye', '新就业'), ('北京gh', '北京工会'),
  ('yinhang', '银行'), ('xingzou', '行走'), ('chongqing', '重庆'), ('zhongyao', '重要'),
  ('yinyue', '音乐'), ('mudi', '目的'), ('changchun', '长春'), ('zhangda', '长大'),
  ('yinle', NULL), ('yinxing', NULL), ('zhangchun', NULL), ('chongyao', NULL), ('mude', NULL),
  ('tt', NULL);
CREATE TABLE hits AS
  SELECT q.input, news.rowid AS r, highlight(news, 0, '[', ']') AS h
    FROM q, news WHERE news MATCH zh_query(q.input);
-- Every [marked] text of every hit.
CREATE TABLE marks AS
  WITH RECURSIVE m(input, rest, mark) AS (
    SELECT input, h, NULL FROM hits
    UNION ALL
    SELECT input, substr(rest, instr(rest, ']') + 1),
           substr(rest, instr(rest, '[') + 1, instr(rest, ']') - instr(rest, '[') - 1)
      FROM m WHERE instr(rest, '[') > 0)
  SELECT input, mark FROM m WHERE mark IS NOT NULL;
SELECT q.input,
       (SELECT count(*) FROM hits WHERE hits.input = q.input),
       (SELECT count(*) FROM news WHERE instr(body, q.chars) > 0),
       (SELECT group_concat(mark || '×' || n, ' ') FROM (
          SELECT mark, count(*) AS n FROM marks WHERE marks.input = q.input
           GROUP BY mark ORDER BY n DESC, mark))
  FROM q;

-- A single letter is not pinyin unless initials are asked for.
SELECT 'b', count(*) FROM news WHERE news MATCH zh_query('b');
SELECT 'b initials', count(*) > 100 FROM news WHERE news MATCH zh_query('b', 'initials');
-- English words still find themselves.
SELECT 'beijing latin', rowid FROM news WHERE news MATCH '"beijing"';
SELECT 'EAP', count(*) FROM news WHERE news MATCH zh_query('EAP');
-- Phrase semantics are exact: 北，京 is not 北京.
SELECT '北，京', count(*) FROM news WHERE news MATCH zh_query('beijing') AND body = '北，京';

-- zh_query's readings of what users type.
SELECT zh_query('xian'), zh_query('fangan'), zh_query('beij'), zh_query('BeiJing');
SELECT zh_query('mp3 café ipod'), zh_query('bei*'), zh_query('"beijing"'), zh_query('工会 -bj');
SELECT zh_query('~bei ^b x^y'), zh_query('gh OR zx'), zh_query('北京g'), zh_query('a'), zh_query('a', 'initials');
SELECT zh_query('b', NULL), zh_query('b', '');
-- Syllables of six letters.
SELECT zh_query('zhuang'), zh_query('shuangxi');

-- A run of characters longer than the tokenizer holds at once (1,024)
-- reads the same across the cuts, and the index stays sound.
SELECT 'long run', zh_pinyin(replace(printf('%.*c', 1000, 'x'), 'x', '银行行走'))
  = rtrim(replace(printf('%.*c', 1000, 'x'), 'x', 'yin hang xing zou '));
INSERT INTO news(body) VALUES (replace(printf('%.*c', 1000, 'x'), 'x', '银行行走'));
INSERT INTO news(news) VALUES ('integrity-check');
SELECT 'long run found', count(*) FROM news WHERE news MATCH zh_query('xingzouyinhang');

-- The option argument: NULL or '' for none; bad bytes are refused.
SELECT zh_pinyin('北京', ''), zh_pinyin('北京', NULL), zh_query('bj', ''), zh_query('bj', NULL);
SELECT zh_query('bj', X'FF');
SELECT zh_query('bj', 'initials' || char(0) || 'x');
SELECT zh_pinyin('bj', 'initials' || char(0) || 'x');

-- Tables without pinyin: zh_query's pinyin alternatives match nothing
-- there, so beijing, xian and say find the words themselves and never the
-- Latin words bei jing, xi an or sa y (substring and words mode alike).
CREATE VIRTUAL TABLE plain USING fts5(b, tokenize='zh');
CREATE VIRTUAL TABLE plainw USING fts5(b, tokenize='zh mode words');
INSERT INTO plain VALUES ('bei jing'), ('北京'), ('beijing'), ('xi an'), ('sa y'), ('say');
INSERT INTO plainw SELECT b FROM plain;
SELECT 'zh', q, group_concat(b, ' / ') FROM (SELECT 'beijing' AS q UNION ALL SELECT 'xian' UNION ALL SELECT 'say') AS qs
  LEFT JOIN plain ON plain MATCH zh_query(q) GROUP BY q ORDER BY q;
SELECT 'zh mode words', q, group_concat(b, ' / ') FROM (SELECT 'beijing' AS q UNION ALL SELECT 'xian' UNION ALL SELECT 'say') AS qs
  LEFT JOIN plainw ON plainw MATCH zh_query(q) GROUP BY q ORDER BY q;
INSERT INTO plain(plain) VALUES ('integrity-check');
INSERT INTO plainw(plainw) VALUES ('integrity-check');
-- The price: raw MATCH reads ~tr as pinyin; zh_query reads a typed ~ as a space.
INSERT INTO plain VALUES ('a ~tr b');
SELECT (SELECT count(*) FROM plain WHERE plain MATCH '"~tr"'), (SELECT count(*) FROM plain WHERE plain MATCH zh_query('~tr'));
