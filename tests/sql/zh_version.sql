-- zh_version(): the release, the tokenizer version, utf8proc's Unicode
-- version and the dictionary's checksum; zh_version(part): one of them, or
-- the FTS5 tokenizer API zh is registered with (2 where SQLite has the v2
-- API, 3.47 and later; 1 before, as in Debian 12's 3.40).
.load build/zh
.headers off
.mode list
SELECT zh_version() = zh_version('release') || ' (tokenizer ' || zh_version('tokenizer')
       || '; unicode ' || zh_version('unicode') || '; dictionary ' || zh_version('dictionary') || ')';
SELECT zh_version('unicode') GLOB '[0-9]*.[0-9]*.[0-9]*',
       zh_version('dictionary') GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]';
-- They are the parts of every fingerprint this build records (zh_indexes).
CREATE VIRTUAL TABLE w USING fts5(x, tokenize='zh mode words');
SELECT fingerprint = 'tokenizer ' || zh_version('tokenizer') || '; unicode ' || zh_version('unicode')
       || '; t2s ' || substr(fingerprint, instr(fingerprint, 't2s ') + 4, 8)
       || '; dictionary ' || zh_version('dictionary') FROM zh_indexes;
SELECT typeof(zh_version('tokenizer')), zh_version('tokenizer') >= 1;
SELECT zh_version('fts5') = iif(sqlite_version() >= '3.47', 2, 1);
SELECT zh_version('FTS5') = zh_version('fts5');
-- Errors.
SELECT zh_version('bogus');
SELECT zh_version(NULL);
