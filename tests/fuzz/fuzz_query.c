/*
** libFuzzer target: zh_query.  Whatever the input, its output must be a
** valid MATCH expression: run against zh tables in both modes (and one
** without folding, one with pinyin), with highlight() and snippet(), any error
*fails.  The
** output must be valid UTF-8 too, and NULL only for NULL.
*/
#include "fuzz_db.h"

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

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  if( nData > FUZZ_MAX_INPUT ) return 0;
  db = fuzzDb(zSetup);
  pStmt =
      fuzzPrepare(db, "SELECT zh_query(?1)", (const char *)aData, (int)nData);
  if( sqlite3_step(pStmt) != SQLITE_ROW )
    fuzzFail("zh_query", sqlite3_errmsg(db));
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
  return 0;
}
