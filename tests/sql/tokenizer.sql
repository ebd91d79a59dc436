-- The zh tokenizer in its default (substring) mode: any substring of a
-- Chinese text is found, and nothing else is.
.load build/zh
.headers off
.mode list

CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='zh');
INSERT INTO docs(rowid, title, body) VALUES
  (1, '门头沟区政府与区总工会召开联席会议', '本报讯（记者张晶）近日，区总工会与区政府召开联席会议。'),
  (2, '黑豹乐队', '黑豹在工人体育馆演出。'),
  (3, '工人协会', '工，会：两个字分开了。工 会'),
  (4, 'EAP计划', '2024年5月25日，EAP计划惠及95%的职工，投入6700余万元。'),
  (5, '簋街美食', '何艳静在簋街开了一家店。'),
  (6, 'かな', 'ひらがなとカタカナ、한국어 텍스트'),
  (7, '臺灣工會', '繁體字：工會、臺灣、後來'),
  (8, 'Full width', 'ＡＢＣ１２３　ｅａｐ');

-- Two characters, one character, and a name no dictionary knows.
SELECT '工会', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('工会');
SELECT '会', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('会');
SELECT '何艳静', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('何艳静');
SELECT '簋街', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('簋街');

-- No false positives: 豹黑 is not 黑豹, and 工 and 会 apart are not 工会.
SELECT '豹黑', count(*) FROM docs WHERE docs MATCH zh_query('豹黑');
SELECT '黑豹', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('黑豹');
SELECT '工人会', count(*) FROM docs WHERE docs MATCH zh_query('工人会');
SELECT '工协', count(*) FROM docs WHERE docs MATCH zh_query('工协');

-- Kana and hangul behave the same way.
SELECT 'がな', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('がな');
SELECT 'なが', count(*) FROM docs WHERE docs MATCH zh_query('なが');
SELECT '국어', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('국어');

-- Latin letters and digits are words, as in unicode61; mixed text works.
SELECT 'EAP', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('EAP');
SELECT 'EA', count(*) FROM docs WHERE docs MATCH zh_query('EA');
SELECT 'EAP计划', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('EAP计划');
SELECT '2024年', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('2024年');
SELECT '95', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('95%');
SELECT '5月25日', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('5月25日');
SELECT 'eap*', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('ea*');

-- Folding: width, case, traditional -> simplified, at index and query time.
SELECT 'abc123', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('abc123');
SELECT 'ＡＢＣ', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('ＡＢＣ１２３');
SELECT '工會->工会', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('工會');
SELECT '台湾', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('台湾');
SELECT '后来', group_concat(rowid) FROM docs WHERE docs MATCH zh_query('后来');

-- Highlight and snippet mark exactly the matched characters.
SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH zh_query('总工会');
SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH zh_query('工会') AND rowid=1;
SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH zh_query('工會');
SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH zh_query('abc123');
SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH zh_query('年5月');
SELECT snippet(docs, 1, '[', ']', '…', 6) FROM docs WHERE docs MATCH zh_query('惠及');

-- Ranked search across both columns.
SELECT rowid, title FROM docs WHERE docs MATCH zh_query('联席会议') ORDER BY rank;

-- Column filters and FTS5 syntax still work on the quoted strings.
SELECT 'title:', group_concat(rowid) FROM docs WHERE docs MATCH 'title : "工会"';
SELECT 'NEAR', group_concat(rowid) FROM docs WHERE docs MATCH 'NEAR("区政府" "联席会议", 3)';

INSERT INTO docs(docs) VALUES('integrity-check');

-- Each fold can be switched off.
CREATE VIRTUAL TABLE raw USING fts5(x, tokenize='zh nfkc 0 casefold 0 t2s 0');
INSERT INTO raw VALUES ('ＡＢＣ Abc 工會');
SELECT 'nfkc 0', count(*) FROM raw WHERE raw MATCH '"abc"';
SELECT 'nfkc 0', count(*) FROM raw WHERE raw MATCH '"ＡＢＣ"';
SELECT 'casefold 0', count(*) FROM raw WHERE raw MATCH '"Abc"';
SELECT 't2s 0', count(*) FROM raw WHERE raw MATCH '"工会"';
SELECT 't2s 0', count(*) FROM raw WHERE raw MATCH '"工會"';

-- Options are checked: unknown keys, bad values and a missing value fail.
CREATE VIRTUAL TABLE bad1 USING fts5(x, tokenize='zh bogus 1');
CREATE VIRTUAL TABLE bad2 USING fts5(x, tokenize='zh t2s 2');
CREATE VIRTUAL TABLE bad3 USING fts5(x, tokenize='zh mode');
CREATE VIRTUAL TABLE bad4 USING fts5(x, tokenize='zh mode nonsense');
CREATE VIRTUAL TABLE ok1 USING fts5(x, tokenize='zh mode substring t2s 1');
SELECT 'ok1 created';

-- Kana Extended-B and the old Chinese iteration mark are one token each.
SELECT group_concat(token, ' ') FROM zh_tokenize('x' || char(0x1AFF0) || 'y' || char(0x16FE3) || 'z');
