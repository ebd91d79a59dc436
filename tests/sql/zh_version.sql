-- zh_version(): the release and tokenizer version; zh_version(part): one of them,
-- or the FTS5 tokenizer API zh is registered with (2 where SQLite has the v2
-- API, 3.47 and later; 1 before, as in Debian 12's 3.40).
.load build/zh
.headers off
.mode list
SELECT zh_version() = zh_version('release') || ' (tokenizer ' || zh_version('tokenizer') || ')';
SELECT typeof(zh_version('tokenizer')), zh_version('tokenizer') >= 1;
SELECT zh_version('fts5') = iif(sqlite_version() >= '3.47', 2, 1);
SELECT zh_version('FTS5') = zh_version('fts5');
-- Errors.
SELECT zh_version('bogus');
SELECT zh_version(NULL);
