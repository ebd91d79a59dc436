-- Example queries over the ingested corpus.
.headers on
.mode list
.separator ' | '

SELECT count(*) AS pages, (SELECT count(*) FROM paragraphs) AS paragraphs FROM pages;

-- Ranked search with snippets: two characters, a phrase, a name, traditional script.
SELECT p.file, snippet(paragraphs_fts, 0, '[', ']', '…', 24) AS snippet
  FROM paragraphs_fts JOIN paragraphs g ON g.id = paragraphs_fts.rowid JOIN pages p ON p.id = g.page_id
  WHERE paragraphs_fts MATCH zh_query('集体协商') ORDER BY rank LIMIT 5;
SELECT snippet(paragraphs_fts, 0, '[', ']', '…', 24) AS snippet
  FROM paragraphs_fts WHERE paragraphs_fts MATCH zh_query('快递小哥') ORDER BY rank LIMIT 5;
SELECT snippet(paragraphs_fts, 0, '[', ']', '…', 24) AS snippet
  FROM paragraphs_fts WHERE paragraphs_fts MATCH zh_query('工會 -北京') ORDER BY rank LIMIT 5;
SELECT zh_query('新就业形态 OR 快递小哥 劳动者') AS expression,
  (SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH zh_query('新就业形态 OR 快递小哥 劳动者')) AS paragraphs;

-- Who wrote what: reporters, correspondents and photographers of the
-- datelines and credits, with the number of pieces they signed.
SELECT e.text AS name, e.role, count(*) AS pieces,
       group_concat(DISTINCT substr(p.file, 7, 3)) AS pages
  FROM entities e JOIN paragraphs g ON g.id = e.paragraph_id JOIN pages p ON p.id = g.page_id
 WHERE e.role IS NOT NULL
 GROUP BY e.text, e.role ORDER BY pieces DESC, name LIMIT 8;

-- The places and organisations mentioned most.
SELECT kind, text, count(*) AS mentions FROM entities
 WHERE kind IN ('place', 'organization')
 GROUP BY kind, text ORDER BY mentions DESC, text LIMIT 10;

-- Money reported, largest first.
SELECT e.text, json_extract(e.value, '$.amount') AS amount, json_extract(e.value, '$.approx') AS approx,
       substr(g.body, max(1, e.start - 11), 24) AS context
  FROM entities e JOIN paragraphs g ON g.id = e.paragraph_id
 WHERE e.kind = 'money' ORDER BY amount DESC LIMIT 5;

-- Where a person is mentioned.
SELECT substr(p.file, 7, 3) AS page, substr(g.body, max(1, e.start - 10), 30) AS context
  FROM entities e JOIN paragraphs g ON g.id = e.paragraph_id JOIN pages p ON p.id = g.page_id
 WHERE e.kind = 'person' AND e.text = '梁炳超' LIMIT 3;
