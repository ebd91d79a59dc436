/*
** What the fuzz targets share: one in-memory database with the extension
** registered (the static, SQLITE_CORE build), a statement run over the
** fuzzer's text, and a failure that stops the fuzzer with a message.
** Each target is one file that includes this header; libFuzzer calls
** LLVMFuzzerTestOneInput with each input.
*/
#ifndef ZH_FUZZ_DB_H
#define ZH_FUZZ_DB_H

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/sqlite_zh.h"

/* The longest input a target looks at: larger ones only slow the search. */
#define FUZZ_MAX_INPUT (1 << 16)

/* A broken property: say which, and abort so libFuzzer keeps the input. */
static void fuzzFail(const char *zWhat, const char *zDetail) {
  fprintf(stderr, "fuzz: %s: %s\n", zWhat, zDetail ? zDetail : "");
  abort();
}

/* Runs zSql and fails on any error (setup statements). */
static void fuzzExec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK ) fuzzFail(zSql, zErr);
}

/* The database, opened on first use, with the extension and zSetup run. */
static sqlite3 *fuzzDb(const char *zSetup) {
  static sqlite3 *db = 0;
  char *zErr = 0;
  if( db ) return db;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ) fuzzFail("open", 0);
  if( sqlite3_zh_init(db, &zErr, 0) != SQLITE_OK ) fuzzFail("init", zErr);
  if( zSetup ) fuzzExec(db, zSetup);
  return db;
}

/* Prepares zSql (which must compile) and binds the text z[0..n) to ?1. */
static sqlite3_stmt *fuzzPrepare(sqlite3 *db, const char *zSql, const char *z,
                                 int n) {
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK )
    fuzzFail(zSql, sqlite3_errmsg(db));
  if( z ) sqlite3_bind_text(pStmt, 1, z, n, SQLITE_TRANSIENT);
  return pStmt;
}

/* 1 if z[0..n) is valid UTF-8, as SQLite's own zh_utf8_error sees it. */
static int fuzzIsUtf8(sqlite3 *db, const char *z, int n) {
  sqlite3_stmt *pStmt = fuzzPrepare(db, "SELECT zh_utf8_error(?1)", z, n);
  int bOk = sqlite3_step(pStmt) == SQLITE_ROW &&
            sqlite3_column_type(pStmt, 0) == SQLITE_NULL;
  sqlite3_finalize(pStmt);
  return bOk;
}

/*
** Steps pStmt to the end.  An error is allowed only when bMayFail is set
** and its message starts with zAllowed (a function's own "invalid UTF-8"
** report, say); any other error fails.  Returns the number of rows.
*/
static int fuzzStepAll(sqlite3 *db, sqlite3_stmt *pStmt, int bMayFail,
                       const char *zAllowed) {
  int rc, nRow = 0;
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) nRow++;
  if( rc != SQLITE_DONE ) {
    const char *zMsg = sqlite3_errmsg(db);
    if( !bMayFail || strncmp(zMsg, zAllowed, strlen(zAllowed)) != 0 )
      fuzzFail(sqlite3_sql(pStmt), zMsg);
  }
  sqlite3_finalize(pStmt);
  return nRow;
}

/* A byte range [iStart, iEnd) that must lie inside a text of n bytes. */
static void fuzzCheckRange(const char *zWhat, sqlite3_int64 iStart,
                           sqlite3_int64 iEnd, int n) {
  char zBuf[100];
  if( iStart >= 0 && iStart <= iEnd && iEnd <= n ) return;
  snprintf(zBuf, sizeof(zBuf), "[%lld, %lld) outside [0, %d)", iStart, iEnd, n);
  fuzzFail(zWhat, zBuf);
}

#endif
