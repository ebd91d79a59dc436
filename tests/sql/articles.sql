-- zh_articles(text): a newspaper page read into articles.
.load build/zh
.headers on
.mode list

-- A banner, an article with kicker, headline and a subheading inside, a
-- photo with its credit, and an article whose tail the layout set above
-- its dateline (its last paragraph cut: …法律服务工 / 作。).
SELECT seq, kind, kicker, headline, subheadline, credit, replace(body, char(10), ' / ') AS body, banner
  FROM zh_articles(
  '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面' || char(10) ||
  '提高餐饮行业最低工资标准 建立技能人才激励机制' || char(10) ||
  '东城区簋街餐饮企业签订工资专项协议' || char(10) ||
  '本报讯(记者边磊)近日,东城区簋街餐饮业组织召开职工代表大会,审议通过了工资专项协议。' || char(10) ||
  '技高者多得,创新者重奖' || char(10) ||
  '会上,企业就行业最低工资标准、工资调整幅度等事项进行了协商,职工代表表示满意。' || char(10) ||
  '守护女职工健康' || char(10) ||
  '近日,北京建工资源公司工会组织开展“巾帼健康守护计划”活动。' || char(10) ||
  '本报记者 边磊 摄影报道' || char(10) ||
  '法护权益 安心在嘉 嘉兴职工法律服务有了新利好' || char(10) ||
  '作。' || char(10) ||
  '在这一服务框架下,职工法律服务出现许多新利好,职工群众纷纷点赞。' || char(10) ||
  '本报讯 记者金鈞胤报道 近日,嘉兴市总工会召开会议,部署今年的职工法律服务工作,推进相关工' );

-- A dateline up to the third paragraph after a heading makes the heading
-- an article's headline (here the third).
SELECT seq, headline, kind, replace(body, char(10), ' / ') AS body FROM zh_articles(
  '工会举办职工技能大赛' || char(10) ||
  '本报讯 记者张晶报道 北京市总工会日前举办职工技能大赛。' || char(10) ||
  '比赛吸引了全市职工参加。' || char(10) ||
  '社区服务站开门迎客' || char(10) ||
  '服务站设在社区中心，方便职工就近办事。' || char(10) ||
  '站内设有阅览室和活动室。' || char(10) ||
  '本报讯 服务站昨日开门，吸引了很多居民。');

-- No article is too long to keep whole.
SELECT count(*), length(body) - length(replace(body, char(10), '')) + 1 AS paragraphs
  FROM zh_articles((SELECT group_concat('本报讯(记者张晶)近日,北京市总工会召开会议,会议很好。', char(10))
                      FROM generate_series(1, 500)));
-- A page that opens with a byte-order mark: the mark is no banner (it
-- was, and the page's banner its first article's kicker).
SELECT seq, banner, kicker, headline, start FROM zh_articles(
  char(65279) || char(10) || '深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面' || char(10) ||
  '提高餐饮行业最低工资标准 建立技能人才激励机制' || char(10) ||
  '东城区簋街餐饮企业签订工资专项协议' || char(10) ||
  '本报讯(记者边磊)近日,东城区簋街餐饮业组织召开职工代表大会,审议通过了工资专项协议。');
SELECT count(*) FROM zh_articles('');
SELECT count(*) FROM zh_articles(NULL);
SELECT * FROM zh_articles(CAST(X'E5B7A5FF' AS TEXT));

-- A page that is one credit line is an article of its credit alone, and
-- its span is that line (start was -1: found by fuzz_layout).
SELECT seq, kind, credit, body, start, "end" FROM zh_articles('记者 马超 摄');
SELECT seq, kind, start, "end" FROM zh_articles(char(10) || '通讯员 董颖 摄' || char(10));
