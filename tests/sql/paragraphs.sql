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
-- A byte-order mark (a page saved as "UTF-8 with BOM") is no paragraph,
-- and a line that is one alone is an empty line; offsets still count it,
-- a character of the text given.
SELECT seq, text, start, end, byte_start FROM zh_paragraphs(
  char(65279) || '门头沟区召开联席会议' || char(10) || char(65279) || char(10) || '本报讯 记者张晶报道');
-- A dateline alone on its line starts a paragraph too.
SELECT seq, text, pieces FROM zh_paragraphs(
  '北京市总工会日前举办职工技能大赛，吸引了全市各行各业的职工踊跃参加' || char(10) ||
  '本报讯' || char(10) || '记者张晶报道。');
SELECT count(*) FROM zh_paragraphs('');
SELECT count(*) FROM zh_paragraphs(NULL);
SELECT * FROM zh_paragraphs(CAST(X'E5B7A5FF' AS TEXT));

-- The seed corpus: paragraphs per page (made from how many lines).
.headers off
SELECT substr(f.name, 7, 3), count(*), sum(p.pieces)
  FROM fsdir('seeds') AS f, zh_paragraphs(CAST(f.data AS TEXT)) AS p
 WHERE f.name LIKE '%.txt' GROUP BY f.name ORDER BY f.name;
-- The words the layout broke are whole again.
WITH v(w) AS (VALUES ('激励'), ('密切'), ('梁炳超'))
SELECT w, (SELECT count(*) FROM fsdir('seeds') AS f, zh_paragraphs(CAST(f.data AS TEXT)) AS p
            WHERE f.name LIKE '%.txt' AND instr(p.text, w) > 0) FROM v;
-- Each paragraph's offsets point at its first and last characters.
SELECT count(*) FROM fsdir('seeds') AS f, zh_paragraphs(CAST(f.data AS TEXT)) AS p
 WHERE f.name LIKE '%.txt'
   AND (substr(CAST(f.data AS TEXT), p.start + 1, 1) <> substr(p.text, 1, 1)
     OR substr(CAST(f.data AS TEXT), p."end", 1) <> substr(p.text, -1, 1));
