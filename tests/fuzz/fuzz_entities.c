/*
** libFuzzer target: zh_entities.  The first byte picks a kinds filter
** (none, or one of a few lists) and a nesting (longest, units, nested);
** the rest is the text.  Every row's byte
** range must lie inside the text and its text column be exactly those
** bytes; character offsets must be ordered; the only error allowed is the
** function's own report of invalid UTF-8, and only for such text.
*/
#include "fuzz_db.h"

static const char *azKinds[] = {
    0,
    "person,place,organization",
    "date,time,money,percent,quantity",
    "title",
    "person",
};

static const char *azNesting[] = {"longest", "units", "nested"};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  int rc;
  if( nData < 1 || nData > FUZZ_MAX_INPUT ) return 0;
  db = fuzzDb(0);
  const char *zKinds = azKinds[aData[0] % (sizeof(azKinds) / sizeof(*azKinds))];
  const char *zNesting = azNesting[(aData[0] / 8) % 3];
  const char *z = (const char *)aData + 1;
  int n = (int)nData - 1;
  pStmt = fuzzPrepare(db,
                      "SELECT text, start, \"end\", byte_start, byte_end,"
                      " sentence FROM zh_entities(?1, ?2, ?3)",
                      z, n);
  if( zKinds ) sqlite3_bind_text(pStmt, 2, zKinds, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 3, zNesting, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    sqlite3_int64 iB = sqlite3_column_int64(pStmt, 3);
    sqlite3_int64 iE = sqlite3_column_int64(pStmt, 4);
    fuzzCheckRange("entity bytes", iB, iE, n);
    fuzzCheckRange("entity characters", sqlite3_column_int64(pStmt, 1),
                   sqlite3_column_int64(pStmt, 2), n);
    if( iE == iB ) fuzzFail("empty entity", 0);
    if( sqlite3_column_bytes(pStmt, 0) != iE - iB ||
        memcmp(sqlite3_column_text(pStmt, 0), z + iB, iE - iB) != 0 )
      fuzzFail("entity text is not its bytes",
               (const char *)sqlite3_column_text(pStmt, 0));
    if( sqlite3_column_int64(pStmt, 5) < 0 ) fuzzFail("negative sentence", 0);
  }
  if( rc != SQLITE_DONE ) {
    const char *zMsg = sqlite3_errmsg(db);
    if( strncmp(zMsg, "zh_entities: invalid UTF-8", 26) != 0 ||
        fuzzIsUtf8(db, z, n) )
      fuzzFail("zh_entities", zMsg);
  }
  sqlite3_finalize(pStmt);
  return 0;
}
