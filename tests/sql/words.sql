-- Words mode: tokenize='zh mode words' indexes the segmenter's words.
.load build/zh
.headers off
.mode list

-- What the segmenter makes of text from the seed corpus: names it has
-- never seen, places, numbers, dates, money, percentages.
SELECT zh_segment('本报讯(记者张晶)伴随着激昂的乐曲,2024年第二批新聘职工技师、职工讲师光荣地佩戴上北京市总工会职工大学的校徽。');
SELECT zh_segment('近日,以“入列即入行”为主题的2024年职工技师(讲师)聘任仪式在北京市总工会职工大学举办。');
SELECT zh_segment('截至目前,市总工会已累计培养聘任职工技师(讲师)169名。');
SELECT zh_segment('本报讯 记者吴晓静 通讯员张晶秋报道 一把刻刀、一个萝卜,');
SELECT zh_segment('5月25日,簋街餐饮业工会联合会成立,何艳静当选主席。');
-- Surnames less common than 张 and 何 start names too (傅, 萧, 楼, 钮).
SELECT zh_segment('傅家峻还取得一杆，萧红和钮小明出席');
SELECT zh_segment('投入6700余万元,覆盖率达95%,同比增长3.5个百分点。');
SELECT zh_segment('二○○一年十二月三十一日');
-- A number of two characters or more takes 年 (24年, 十二年); one alone
-- does not (三 年: three years).
SELECT zh_segment('2年 24年 三年 十二年 二〇二四年');
SELECT zh_segment('杭州市西湖区总工会架起“技能阶梯”');
SELECT zh_segment('梁炳超说,新就业形态劳动者加入工会——快递小哥也有了“娘家”……');
-- A run of dots is one word, as the dashes and ellipses above.
SELECT zh_segment('等等...好的');
SELECT zh_segment('EAP计划惠及ＡＢＣ公司的職工');
SELECT zh_segment('');
SELECT zh_segment(NULL) IS NULL;
SELECT zh_segment(CAST(X'E5B7A5FF' AS TEXT));

-- zh_tokenize shows the tokens: subwords of long words are colocated.
SELECT token, start, end, position, colocated FROM zh_tokenize('北京市总工会职工大学', 'mode words');

-- Word-level matching: 和服 is not found in 温和服务, 工会 is in 北京市总工会.
CREATE VIRTUAL TABLE w USING fts5(body, tokenize='zh mode words');
INSERT INTO w(rowid, body) VALUES
  (1, '提供温和服务'), (2, '她穿着和服'), (3, '北京市总工会召开会议'), (4, '2024年5月25日'),
  (5, '工會主席講話'), (6, '覆盖率达95%');
SELECT '和服', group_concat(rowid) FROM w WHERE w MATCH zh_query('和服');
SELECT '工会', group_concat(rowid) FROM w WHERE w MATCH zh_query('工会');
SELECT '北京市总工会', group_concat(rowid) FROM w WHERE w MATCH zh_query('北京市总工会');
SELECT '2024', group_concat(rowid) FROM w WHERE w MATCH zh_query('2024');
SELECT '2024年', group_concat(rowid) FROM w WHERE w MATCH zh_query('2024年');
SELECT '工会主席', group_concat(rowid) FROM w WHERE w MATCH zh_query('工会主席');
SELECT '95', group_concat(rowid) FROM w WHERE w MATCH zh_query('95');
SELECT highlight(w, 0, '[', ']') FROM w WHERE w MATCH zh_query('工会');
INSERT INTO w(w) VALUES ('integrity-check');

-- The vocabulary lists words, not characters.
CREATE VIRTUAL TABLE wv USING fts5vocab(w, row);
SELECT group_concat(term, ' ') FROM (SELECT term FROM wv ORDER BY term);

-- User words of a connection: added from SQL (one at a time or from a
-- table), used at once by zh_segment, never by a table.
SELECT zh_segment('梁炳超在簋街');
CREATE TABLE my_words(word, freq, tag);
INSERT INTO my_words VALUES ('炳超', NULL, NULL), ('街餐', 5, 'n');
SELECT sum(zh_dict_add(word, freq, tag)) FROM my_words;
SELECT zh_dict_count();
SELECT zh_dict_add('簋街餐饮');
SELECT zh_segment('梁炳超在簋街餐饮业');
SELECT zh_dict_remove('簋街餐饮'), zh_dict_remove('没有的词');
SELECT zh_segment('梁炳超在簋街餐饮业');
-- Without a frequency a word costs just under the dictionary's best split
-- of it (我们的: 我们 的), or as a word seen 1,000 times where that is
-- cheaper (职工技师: 职工 技师): either way it is kept whole.
SELECT zh_segment('我们的'), zh_segment('职工技师');
SELECT zh_dict_add('我们的'), zh_dict_add('职工技师');
SELECT zh_segment('我们的'), zh_segment('职工技师');
SELECT zh_dict_remove('我们的'), zh_dict_remove('职工技师');
INSERT INTO w(rowid, body) VALUES (7, '簋街餐饮');
SELECT zh_dict_add('簋街餐饮');
SELECT group_concat(token, ' ') FROM zh_tokenize('簋街餐饮', 'mode words');
INSERT INTO w(w) VALUES ('integrity-check');
-- A table's user words: a table of the database, named by its dict option.
CREATE TABLE table_words(word, freq, tag);
INSERT INTO table_words VALUES ('簋街餐饮', NULL, NULL), ('炳超', 50, 'nr');
CREATE VIRTUAL TABLE wd USING fts5(body, tokenize='zh mode words dict table_words');
INSERT INTO wd(rowid, body) VALUES (1, '梁炳超在簋街餐饮业'), (2, '簋街的餐饮');
SELECT group_concat(token, ' ') FROM zh_tokenize('梁炳超在簋街餐饮业', 'mode words dict table_words');
-- With user words the subwords come from another lookup: the same ones.
SELECT group_concat(token, ' ') FROM zh_tokenize('北京市总工会', 'mode words dict table_words');
SELECT '簋街餐饮', group_concat(rowid) FROM wd WHERE wd MATCH zh_query('簋街餐饮');
SELECT '餐饮', group_concat(rowid) FROM wd WHERE wd MATCH zh_query('餐饮');
INSERT INTO wd(wd) VALUES ('integrity-check');

-- Bad words, frequencies and tags are refused with a reason.
SELECT zh_dict_add('EAP');
SELECT zh_dict_add('');
SELECT zh_dict_add(NULL);
SELECT zh_dict_add('工会', 0);
SELECT zh_dict_add('工会', 'many');
SELECT zh_dict_add('工会', 10, 'toolongtag');
SELECT zh_dict_add(CAST(X'E5B7A5FF' AS TEXT));
SELECT zh_dict_add(printf('%.*c', 65, '工'));
-- They change state, so triggers and views may not call them.
CREATE VIEW v AS SELECT zh_dict_add('工会');
SELECT * FROM v;
