-- zh_paragraphs(text): paragraphs with the breaks of a page layout mended,
-- and the ingest of seeds/ that uses it (sql/schema.sql, sql/ingest.sql).
.load build/zh
.headers on
.mode list

-- A headline stays alone; body text cut mid-sentence joins the next line,
-- and so does a short line whose cut splits a word (协商工 / 作); a
-- subheading followed by body text does not; a dateline always starts a
-- paragraph; a credit stays alone.
SELECT seq, text, start, end, pieces FROM zh_paragraphs(
  '门头沟区召开联席会议' || char(10) || char(10) ||
  '本报讯(记者张晶)近日,门头沟区政府与区总工会召开联席会议,会议要求各级工会密' || char(10) || char(10) ||
  '切协作配合,这一段被版面截断,但它们是同一段话,因为上一行没有句号。' || char(10) ||
  '技高者多得,创新者重奖' || char(10) ||
  '近年来,义乌市总工会推动企业把能级工资写入集体合同,职工的技能等级和工资挂钩。' || char(10) ||
  '为确保工资集体协商工' || char(10) || char(10) ||
  '作有序进行,市总工会派出指导员。' || char(10) ||
  '本报讯 记者吴晓静报道' || char(10) ||
  '  通讯员 董颖 摄  ');
SELECT count(*) FROM zh_paragraphs('');
SELECT count(*) FROM zh_paragraphs(NULL);
SELECT * FROM zh_paragraphs(CAST(X'E5B7A5FF' AS TEXT));

-- The seed corpus: paragraphs per page, and the words the layout broke.
.headers off
.read sql/schema.sql
.read sql/ingest.sql
SELECT p.file, count(*), sum(g.pieces) FROM pages p JOIN paragraphs g ON g.page_id = p.id
 GROUP BY p.id ORDER BY p.file;
WITH v(w) AS (VALUES ('激励'), ('密切'), ('梁炳超'), ('簋街'), ('工會'))
SELECT w, (SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH zh_query(w)),
       (SELECT count(*) FROM paragraphs WHERE instr(body, replace(w, '會', '会')) > 0)
  FROM v;
-- Each paragraph's offsets point at its first and last characters in the page.
SELECT count(*) FROM paragraphs g JOIN pages p ON p.id = g.page_id
 WHERE substr(p.raw, g.start + 1, 1) <> substr(g.body, 1, 1)
    OR substr(p.raw, g."end", 1) <> substr(g.body, -1, 1);

-- Running the ingest again changes nothing.
CREATE TEMP TABLE before AS SELECT sha3_query('SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM entities') AS h;
.read sql/ingest.sql
SELECT (SELECT h FROM before) = sha3_query('SELECT * FROM pages; SELECT * FROM paragraphs; SELECT * FROM entities');
SELECT kind, count(*) FROM entities GROUP BY kind ORDER BY kind;
INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check');
