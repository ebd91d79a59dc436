/*
** libFuzzer target: the zh tokenizer in every mode and option.
**
** The first byte picks the options: bit 0 words mode, bits 1-3 turn nfkc,
** casefold and t2s off, bit 4 pinyin 1 (substring mode only): 24 tables,
** made on first use.  With bit 5 set the text's first line is an options
** string of its own, tried on zh_tokenize, zh_fold and CREATE VIRTUAL
** TABLE.  The rest is a document, which must:
**   - be indexed (the tokenizer rejects no text) and pass integrity-check;
**   - be found by a phrase query of its own text (no NUL, has a token,
**     no ~ or ^ before a letter: a query's pinyin marks);
**   - give zh_tokenize rows with non-empty tokens and offsets inside it.
*/
#include "fuzz_db.h"

/* The options of set k: pinyin needs substring mode. */
static const char *zOptsOf(unsigned k, char *zBuf, int nBuf) {
  if( k & 16 ) k &= ~1u;
  snprintf(zBuf, nBuf, "mode %s nfkc %d casefold %d t2s %d pinyin %d",
           (k & 1) ? "words" : "substring", !(k & 2), !(k & 4), !(k & 8),
           (k & 16) != 0);
  return zBuf;
}

/* Inputs a table takes before it is made again: the index of a table
** whose rows are all deleted still grows, and integrity-check with it. */
#define FUZZ_TABLE_USES 200

/* The table for option set k (0..31), created the first time and again
** after FUZZ_TABLE_USES inputs. */
static void makeTable(sqlite3 *db, unsigned k) {
  static int aUses[32];
  char zOpts[80], *zSql;
  if( aUses[k] > 0 && aUses[k] < FUZZ_TABLE_USES ) {
    aUses[k]++;
    return;
  }
  if( aUses[k] > 0 ) {
    zSql = sqlite3_mprintf("DROP TABLE t%u", k);
    fuzzExec(db, zSql);
    sqlite3_free(zSql);
  }
  zSql = sqlite3_mprintf("CREATE VIRTUAL TABLE t%u USING fts5(x, tokenize="
                         "'zh %s')",
                         k, zOptsOf(k, zOpts, sizeof(zOpts)));
  fuzzExec(db, zSql);
  sqlite3_free(zSql);
  aUses[k] = 1;
}

/* zh_tokenize's rows for text z[0..n) under zOpts: checks each, returns
** the count, or -1 if the options were refused. */
static int checkTokens(sqlite3 *db, const char *z, int n, const char *zOpts) {
  sqlite3_stmt *pStmt = fuzzPrepare(
      db, "SELECT token, start, \"end\" FROM zh_tokenize(?1, ?2)", z, n);
  int rc, nRow = 0;
  sqlite3_bind_text(pStmt, 2, zOpts, -1, SQLITE_TRANSIENT);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    if( sqlite3_column_bytes(pStmt, 0) <= 0 ) fuzzFail("empty token", zOpts);
    fuzzCheckRange("token offsets", sqlite3_column_int64(pStmt, 1),
                   sqlite3_column_int64(pStmt, 2), n);
    nRow++;
  }
  if( rc != SQLITE_DONE ) {
    if( strncmp(sqlite3_errmsg(db), "zh: ", 4) != 0 )
      fuzzFail("zh_tokenize", sqlite3_errmsg(db));
    nRow = -1;
  }
  sqlite3_finalize(pStmt);
  return nRow;
}

/* Indexes z[0..n) in table zTab, checks the index, looks the text up as a
** phrase when bFind, and deletes it again. */
static void indexAndFind(sqlite3 *db, const char *zTab, const char *z, int n,
                         int bFind) {
  char *zSql = sqlite3_mprintf("INSERT INTO %s(rowid, x) VALUES (1, ?1)", zTab);
  fuzzStepAll(db, fuzzPrepare(db, zSql, z, n), 0, "");
  sqlite3_free(zSql);
  zSql = sqlite3_mprintf("INSERT INTO %s(%s) VALUES ('integrity-check')", zTab,
                         zTab);
  fuzzExec(db, zSql);
  sqlite3_free(zSql);
  if( bFind ) {
    /* The text as one FTS5 string: "..." with quotes doubled. */
    sqlite3_str *pQ = sqlite3_str_new(db);
    sqlite3_str_appendchar(pQ, 1, '"');
    for( int i = 0; i < n; i++ ) {
      if( z[i] == '"' ) sqlite3_str_appendchar(pQ, 1, '"');
      sqlite3_str_appendchar(pQ, 1, z[i]);
    }
    sqlite3_str_appendchar(pQ, 1, '"');
    char *zQ = sqlite3_str_finish(pQ);
    zSql =
        sqlite3_mprintf("SELECT rowid FROM %s WHERE %s MATCH ?1", zTab, zTab);
    if( fuzzStepAll(db, fuzzPrepare(db, zSql, zQ, -1), 0, "") != 1 )
      fuzzFail("document not found by its own text", zQ);
    sqlite3_free(zSql);
    sqlite3_free(zQ);
  }
  zSql = sqlite3_mprintf("DELETE FROM %s", zTab);
  fuzzExec(db, zSql);
  sqlite3_free(zSql);
}

/* An options string from the input: zh_tokenize, zh_fold and a table
** must all accept it or all refuse it with a "zh: " message. */
static void tryOptions(sqlite3 *db, const char *zOpts, const char *z, int n) {
  int nTok = checkTokens(db, z, n, zOpts);
  sqlite3_stmt *pStmt = fuzzPrepare(db, "SELECT zh_fold(?1, ?2)", z, n);
  sqlite3_bind_text(pStmt, 2, zOpts, -1, SQLITE_TRANSIENT);
  fuzzStepAll(db, pStmt, 1, "zh");
  /* FTS5 reads the tokenize= argument itself: only plain words here. */
  for( const char *p = zOpts; *p; p++ ) {
    if( *p == '\'' || *p == '"' || *p == '`' || *p == '[' || *p == ']' ) return;
  }
  char *zSql = sqlite3_mprintf(
      "CREATE VIRTUAL TABLE temp.o USING fts5(x, tokenize='zh %s')", zOpts);
  int rc = sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  if( rc == SQLITE_OK ) {
    if( nTok < 0 ) fuzzFail("table accepts options zh_tokenize refuses", zOpts);
    indexAndFind(db, "o", z, n, 0);
    fuzzExec(db, "DROP TABLE temp.o");
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  char zOpts[80];
  if( nData < 1 || nData > FUZZ_MAX_INPUT ) return 0;
  db = fuzzDb(0);
  unsigned k = aData[0] & 31;
  if( k & 16 ) k &= ~1u;
  const char *z = (const char *)aData + 1;
  int n = (int)nData - 1;
  if( aData[0] & 32 ) {
    const char *zNl = memchr(z, '\n', n);
    int nOpt = zNl ? (int)(zNl - z) : n;
    if( memchr(z, 0, nOpt) ) return 0;
    char *zOpt = sqlite3_mprintf("%.*s", nOpt, z);
    tryOptions(db, zOpt, z + nOpt, n - nOpt);
    sqlite3_free(zOpt);
    return 0;
  }
  zOptsOf(k, zOpts, sizeof(zOpts));
  int nTok = checkTokens(db, z, n, zOpts);
  if( nTok < 0 ) fuzzFail("options refused", zOpts);
  makeTable(db, k);
  char zTab[8];
  snprintf(zTab, sizeof(zTab), "t%u", k);
  /* ~ and ^ before a letter in a query mark pinyin syllables and initials
  ** (on every zh table): a text that has them does not read as itself. */
  int bMarks = 0;
  for( int i = 0; i + 1 < n; i++ ) {
    if( (z[i] == '~' || z[i] == '^') &&
        ((z[i + 1] | 0x20) >= 'a' && (z[i + 1] | 0x20) <= 'z') )
      bMarks = 1;
  }
  int bFind = nTok > 0 && memchr(z, 0, n) == 0 && !bMarks;
  indexAndFind(db, zTab, z, n, bFind);
  return 0;
}
