/*
** libFuzzer target: zh_query.  Whatever the input, its output (plain, and
** with 'initials') must be a valid MATCH expression: run against zh tables
** in both modes, one without folding and one with pinyin, with highlight()
** and snippet(), any error fails, but the one for too many terms.  The
** output must be valid UTF-8 too.
*/
#include "fuzz_db.h"

/* zh_query's caps (query.c; zh_query.sql tests their errors).  Input over
** the bytes is refused and tests nothing more: skipped.  Input of more
** terms is refused too; it takes more bytes than the cap on terms, a term
** being one byte at least. */
#define QUERY_MAX_BYTES      4096
#define QUERY_MAX_TERMS      256
#define QUERY_TOO_MANY_TERMS "zh_query: the input has more than 256 terms"

static const char *zSetup =
    "CREATE VIRTUAL TABLE s USING fts5(a, b, tokenize='zh');"
    "CREATE VIRTUAL TABLE w USING fts5(a, b, tokenize='zh mode words');"
    "CREATE VIRTUAL TABLE r USING fts5(a, b, "
    "  tokenize='zh nfkc 0 casefold 0 t2s 0');"
    "CREATE VIRTUAL TABLE p USING fts5(a, b, tokenize='zh pinyin 1');"
    "CREATE TEMP TABLE docs(a, b);"
    "INSERT INTO docs VALUES"
    " ('北京市总工会', '本报讯(记者张晶)近日,区总工会与区政府召开联席会议。'),"
    " ('EAP计划', 'EAP计划惠及95%的职工,快递小哥也有了“娘家”。'),"
    " ('臺灣工會', '臺灣工會與ＡＢＣ公司的職工代表進行集體協商 AND OR NOT'),"
    " ('\"引号\" (括号) ^:*', 'NEAR(工会 职工, 2) 簋街 何艳静 2024年5月25日');"
    "INSERT INTO s SELECT * FROM docs;"
    "INSERT INTO w SELECT * FROM docs;"
    "INSERT INTO r SELECT * FROM docs;"
    "INSERT INTO p SELECT * FROM docs;";

static const char *azTab[] = {"s", "w", "r", "p"};

/* Runs zh_query(input[, zOpt]) and its output against every table. */
static void checkQuery(sqlite3 *db, const char *z, int n, const char *zOpt) {
  sqlite3_stmt *pStmt = fuzzPrepare(db, "SELECT zh_query(?1, ?2)", z, n);
  if( zOpt == 0 ) {
    sqlite3_finalize(pStmt);
    pStmt = fuzzPrepare(db, "SELECT zh_query(?1)", z, n);
  } else {
    sqlite3_bind_text(pStmt, 2, zOpt, -1, SQLITE_STATIC);
  }
  if( sqlite3_step(pStmt) != SQLITE_ROW ) {
    if( n > QUERY_MAX_TERMS &&
        strcmp(sqlite3_errmsg(db), QUERY_TOO_MANY_TERMS) == 0 ) {
      sqlite3_finalize(pStmt);
      return;
    }
    fuzzFail("zh_query", sqlite3_errmsg(db));
  }
  const char *zQ = (const char *)sqlite3_column_text(pStmt, 0);
  if( zQ == 0 ) fuzzFail("zh_query", "NULL for a text");
  char *zExpr = sqlite3_mprintf("%s", zQ);
  int nExpr = sqlite3_column_bytes(pStmt, 0);
  sqlite3_finalize(pStmt);
  if( !fuzzIsUtf8(db, zExpr, nExpr) ) fuzzFail("not UTF-8", zExpr);
  for( size_t i = 0; i < sizeof(azTab) / sizeof(azTab[0]); i++ ) {
    char *zSql = sqlite3_mprintf(
        "SELECT highlight(%s, 0, '[', ']'), snippet(%s, 1, '[', ']', '…', 8)"
        " FROM %s WHERE %s MATCH ?1 ORDER BY rank",
        azTab[i], azTab[i], azTab[i], azTab[i]);
    fuzzStepAll(db, fuzzPrepare(db, zSql, zExpr, nExpr), 0, "");
    sqlite3_free(zSql);
  }
  sqlite3_free(zExpr);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  if( nData > QUERY_MAX_BYTES ) return 0;
  db = fuzzDb(zSetup);
  checkQuery(db, (const char *)aData, (int)nData, 0);
  checkQuery(db, (const char *)aData, (int)nData, "initials");
  return 0;
}
