-- What the extension registers, exactly: nothing added or lost by accident.
-- (tests/check-docs.sh checks that the README documents each of them.)
.load build/zh
.headers off
.mode list

SELECT name, narg, iif(flags & 0x800, 'deterministic', '-'), iif(flags & 0x80000, 'directonly', '-'),
       iif(flags & 0x200000, 'innocuous', '-')
  FROM pragma_function_list WHERE name LIKE 'zh%' ORDER BY name, narg;
SELECT name FROM pragma_module_list WHERE name LIKE 'zh%' ORDER BY name;
-- The FTS5 tokenizer, by use.
CREATE VIRTUAL TABLE t USING fts5(x, tokenize='zh');
SELECT 'tokenizer zh registered';
