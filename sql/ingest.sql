-- Ingests seeds/*.txt (run from the repository root, after schema.sql).
-- Re-running it replaces each page and its paragraphs: no duplicates.
PRAGMA foreign_keys = ON;
BEGIN;
DELETE FROM pages WHERE file IN (SELECT name FROM fsdir('seeds') WHERE name LIKE '%.txt');
INSERT INTO pages(file, raw, bytes, checksum)
  SELECT name, CAST(data AS TEXT), length(data), lower(hex(sha3(data, 256)))
  FROM fsdir('seeds') WHERE name LIKE '%.txt' ORDER BY name;

-- Paragraphs: the lines of each page that hold text.
WITH RECURSIVE split(page_id, rest, line, seq) AS (
  SELECT id, raw || char(10), NULL, 0 FROM pages
  UNION ALL
  SELECT page_id,
         substr(rest, instr(rest, char(10)) + 1),
         trim(substr(rest, 1, instr(rest, char(10)) - 1)),
         seq + 1
  FROM split WHERE rest <> ''
)
INSERT INTO paragraphs(page_id, seq, body)
  SELECT page_id, row_number() OVER (PARTITION BY page_id ORDER BY seq), line
  FROM split WHERE line IS NOT NULL AND line <> '';
COMMIT;
INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check');
