'use strict';
// sqlite-zh from Node.js through better-sqlite3, which compiles its own
// SQLite (3.49): the scenario of the README, end to end, and the FTS5
// features of SQLite 3.47+ (the v2 tokenizer API, locales) with zh.
// better-sqlite3 is installed into build/node by tests/node/run.sh.
const assert = require('node:assert/strict');
const path = require('node:path');
const Database = require('better-sqlite3');

const root = path.resolve(__dirname, '..', '..');
const ext = process.env.ZH_EXT || path.join(root, 'build', 'zh');

function open() {
  const db = new Database(':memory:');
  db.loadExtension(ext);
  return db;
}

const tests = [];
const test = (name, fn) => tests.push([name, fn]);

test('search, highlight, snippet', () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='zh')");
  const insert = db.prepare('INSERT INTO docs VALUES (?, ?)');
  insert.run('门头沟区政府与区总工会召开联席会议', '本报讯（记者张晶）近日，区总工会召开会议。');
  insert.run('黑豹', '工，会');
  const rows = db.prepare(
    "SELECT highlight(docs, 0, '[', ']') AS title, snippet(docs, 1, '[', ']', '…', 16) AS body " +
    'FROM docs WHERE docs MATCH zh_query(?) ORDER BY rank').all('工会');
  assert.deepEqual(rows, [{
    title: '门头沟区政府与区总[工会]召开联席会议',
    body: '本报讯（记者张晶）近日，区总[工会]…',
  }]);
  const count = db.prepare('SELECT count(*) AS n FROM docs WHERE docs MATCH zh_query(?)').pluck();
  assert.equal(count.get('豹黑'), 0);
  db.exec("INSERT INTO docs(docs) VALUES ('integrity-check')");
});

test('zh_tokenize and zh_query', () => {
  const db = open();
  assert.deepEqual(db.prepare("SELECT token, start, end FROM zh_tokenize('工会EAP')").raw().all(),
                   [['工', 0, 3], ['会', 3, 6], ['eap', 6, 9]]);
  assert.equal(db.prepare('SELECT zh_query(?)').pluck().get('工会 -主席'), '"工会" NOT "主席"');
});

test('zh_entities', () => {
  const db = open();
  const rows = db.prepare('SELECT kind, text, value, start, end, role FROM zh_entities(?)').raw()
    .all('本报讯（记者张晶）5月25日，北京市总工会在簋街召开会议。');
  assert.deepEqual(rows, [
    ['person', '张晶', null, 6, 8, 'reporter'],
    ['date', '5月25日', '--05-25', 9, 14, null],
    ['organization', '北京市总工会', null, 15, 21, null],
    ['place', '簋街', null, 22, 24, null],
  ]);
});

test('words mode and a user word', () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE w USING fts5(body, tokenize='zh mode words')");
  db.exec("INSERT INTO w(rowid, body) VALUES (1, '提供温和服务'), (2, '她穿着和服')");
  assert.deepEqual(db.prepare('SELECT rowid FROM w WHERE w MATCH zh_query(?)').pluck().all('和服'), [2]);
  db.prepare('SELECT zh_dict_add(?)').get('簋街餐饮');
  assert.equal(db.prepare("SELECT zh_segment('簋街餐饮业')").pluck().get(), '簋街餐饮 业');
});

test('errors are exceptions with SQLite\'s message', () => {
  const db = open();
  assert.throws(() => db.prepare("SELECT * FROM zh_tokenize('x', 'bogus 1')").all(),
                { name: 'SqliteError', message: /zh: unknown option 'bogus'/ });
  assert.throws(() => db.exec("CREATE VIRTUAL TABLE bad USING fts5(x, tokenize='zh t2s 2')"),
                /error in tokenizer constructor/);
});

// What this binding is here for: a SQLite new enough that FTS5 calls zh
// through the v2 tokenizer API (xCreateTokenizer_v2, SQLite 3.47+).
test('FTS5 calls zh through the v2 tokenizer API', () => {
  const db = open();
  const version = db.prepare('SELECT sqlite_version()').pluck().get();
  const [major, minor] = version.split('.').map(Number);
  assert.ok(major > 3 || minor >= 47, `better-sqlite3 bundles SQLite ${version}, older than 3.47`);
  assert.equal(db.prepare("SELECT zh_version('fts5')").pluck().get(), 2);
});

// FTS5 3.47+ passes each value's locale (fts5_locale()) to the tokenizer;
// zh folds every locale alike, so traditional text in a zh_TW row is found
// by a simplified query, with or without the locale, and highlighted.
test('locale=1 columns (SQLite 3.47+)', () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE loc USING fts5(body, locale=1, tokenize='zh')");
  db.prepare("INSERT INTO loc(rowid, body) VALUES (1, fts5_locale('zh_TW', ?)), (2, ?)")
    .run('臺灣的工會', '北京市总工会');
  assert.deepEqual(db.prepare(
    "SELECT rowid, highlight(loc, 0, '[', ']') AS h, fts5_get_locale(loc, 0) AS locale " +
    'FROM loc WHERE loc MATCH zh_query(?) ORDER BY rowid').all('工会'), [
    { rowid: 1, h: '臺灣的[工會]', locale: 'zh_TW' },
    { rowid: 2, h: '北京市总[工会]', locale: null },
  ]);
  assert.deepEqual(db.prepare("SELECT rowid FROM loc WHERE body MATCH fts5_locale('zh_TW', zh_query(?))")
    .pluck().all('台湾'), [1]);
  db.exec("INSERT INTO loc(loc) VALUES ('integrity-check')");
});

test('contentless_delete=1 (SQLite 3.43+)', () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE cl USING fts5(body, content='', contentless_delete=1, tokenize='zh')");
  db.exec("INSERT INTO cl(rowid, body) VALUES (1, '工会主席'), (2, '总工会')");
  db.exec('DELETE FROM cl WHERE rowid = 2');
  assert.deepEqual(db.prepare("SELECT rowid FROM cl WHERE cl MATCH zh_query('工会')").pluck().all(), [1]);
  db.exec("INSERT INTO cl(cl) VALUES ('integrity-check')");
});

let failed = 0;
for (const [name, fn] of tests) {
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n${e.stack}`);
  }
}
console.log(`node: ${failed ? `${failed} failed` : 'all passed'}`);
process.exit(failed ? 1 : 0);
