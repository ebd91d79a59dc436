// sqlite-zh for Node.js: the built zh.so is in lib/.
//
//   const Database = require('better-sqlite3');
//   const sqliteZh = require('sqlite-zh');
//   const db = new Database(':memory:');
//   sqliteZh.load(db);
'use strict';
const fs = require('fs');
const path = require('path');

// The path of the bundled extension, without its suffix, as SQLite's
// load_extension() takes it.
function getLoadablePath() {
  const file = path.join(__dirname, 'lib', 'zh.so');
  if (!fs.existsSync(file)) {
    throw new Error(`sqlite-zh: ${file} is missing: build the package with make node-package`);
  }
  return path.join(__dirname, 'lib', 'zh');
}

// Loads the extension into db: a better-sqlite3 Database, or any object
// with a loadExtension(path) method.
function load(db) {
  db.loadExtension(getLoadablePath());
}

module.exports = { getLoadablePath, load };
