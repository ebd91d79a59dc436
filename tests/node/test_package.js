'use strict';
// The npm package (node/, packed by `make node-package`), installed into
// build/node beside better-sqlite3 by tests/node/run.sh: require it, load
// the zh.so inside it, search.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const Database = require('better-sqlite3');
const sqliteZh = require('sqlite-zh');

const db = new Database(':memory:');
sqliteZh.load(db);
assert.ok(fs.existsSync(sqliteZh.getLoadablePath() + '.so'));
assert.ok(sqliteZh.getLoadablePath().includes('node_modules/sqlite-zh/'));
db.exec("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='zh')");
db.prepare('INSERT INTO docs VALUES (?)').run('北京市总工会召开会议');
db.prepare('INSERT INTO docs VALUES (?)').run('黑豹');
assert.deepEqual(db.prepare('SELECT rowid FROM docs WHERE docs MATCH zh_query(?)').pluck().all('工会'), [1]);
assert.deepEqual(db.prepare('SELECT rowid FROM docs WHERE docs MATCH zh_query(?)').pluck().all('豹黑'), []);
const release = db.prepare("SELECT zh_version('release')").pluck().get();
assert.equal(require('sqlite-zh/package.json').version, release);
console.log(`ok   the npm package sqlite-zh ${release}: require, load, search`);
