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
