/*
** libFuzzer target: the segmenter, through zh_segment and words mode.
**
** The first byte: bit 0 makes the text's first line a user word
** (zh_dict_add, removed again after), bits 1-3 turn nfkc, casefold and t2s
** off.  The rest is the text, which must:
**   - segment into words that, spaces taken out, are the text with its
**     whitespace taken out (the text as written, nothing lost or added);
**   - give words-mode tokens (zh_tokenize) with offsets inside it;
**   - fail only with the function's own report of invalid UTF-8.
** zh_dict_add may refuse a word only with a "zh_dict_add: " message.
*/
#include "fuzz_db.h"

/* 1 for the bytes of a character zh_segment drops: ASCII whitespace,
** NUL and U+3000 (E3 80 80); sets *pLen to its length. */
static int isDropped(const char *z, int n, int *pLen) {
  *pLen = 1;
  if( z[0] == ' ' || z[0] == '\t' || z[0] == '\n' || z[0] == '\r' ||
      z[0] == '\f' || z[0] == '\v' || z[0] == 0 )
    return 1;
  if( n >= 3 && memcmp(z, "\xE3\x80\x80", 3) == 0 ) {
    *pLen = 3;
    return 1;
  }
  return 0;
}

/* The words joined again must give the text without its whitespace. */
static void checkWords(const char *z, int n, const char *zOut, int nOut) {
  int i = 0, j = 0, len;
  for( ;; ) {
    while( i < n && isDropped(z + i, n - i, &len) ) i += len;
    while( j < nOut && zOut[j] == ' ' ) j++;
    if( i == n || j == nOut ) break;
    if( z[i] != zOut[j] ) fuzzFail("zh_segment changed the text", zOut);
    i++;
    j++;
  }
  if( i != n || j != nOut ) fuzzFail("zh_segment lost or added text", zOut);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  char *zWord = 0;
  int rc;
  if( nData < 1 || nData > FUZZ_MAX_INPUT ) return 0;
  db = fuzzDb(0);
  const char *z = (const char *)aData + 1;
  int n = (int)nData - 1;
  unsigned k = aData[0];
  char zOpts[64];
  snprintf(zOpts, sizeof(zOpts), "nfkc %d casefold %d t2s %d", !(k & 2),
           !(k & 4), !(k & 8));
  if( k & 1 ) {
    const char *zNl = memchr(z, '\n', n);
    int nWord = zNl ? (int)(zNl - z) : n;
    zWord = sqlite3_mprintf("%.*s", nWord, z);
    pStmt = fuzzPrepare(db, "SELECT zh_dict_add(?1)", z, nWord);
    fuzzStepAll(db, pStmt, 1, "zh_dict_add: ");
  }
  int bUtf8 = fuzzIsUtf8(db, z, n);
  pStmt = fuzzPrepare(db, "SELECT zh_segment(?1, ?2)", z, n);
  sqlite3_bind_text(pStmt, 2, zOpts, -1, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  if( rc == SQLITE_ROW ) {
    if( !bUtf8 ) fuzzFail("zh_segment accepted invalid UTF-8", 0);
    checkWords(z, n, (const char *)sqlite3_column_text(pStmt, 0),
               sqlite3_column_bytes(pStmt, 0));
  } else if( bUtf8 || strncmp(sqlite3_errmsg(db), "zh_segment: invalid UTF-8",
                              25) != 0 ) {
    fuzzFail("zh_segment", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  pStmt = fuzzPrepare(db,
                      "SELECT start, \"end\" FROM zh_tokenize(?1, ?2 ||"
                      " ' mode words')",
                      z, n);
  sqlite3_bind_text(pStmt, 2, zOpts, -1, SQLITE_STATIC);
  while( sqlite3_step(pStmt) == SQLITE_ROW ) {
    fuzzCheckRange("word offsets", sqlite3_column_int64(pStmt, 0),
                   sqlite3_column_int64(pStmt, 1), n);
  }
  if( sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE )
    fuzzFail("zh_tokenize words", sqlite3_errmsg(db));
  sqlite3_finalize(pStmt);
  if( zWord ) {
    pStmt = fuzzPrepare(db, "SELECT zh_dict_remove(?1)", zWord, -1);
    fuzzStepAll(db, pStmt, 1, "zh_dict_remove: ");
    sqlite3_free(zWord);
  }
  return 0;
}
