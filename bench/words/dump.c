/*
** dump: what the words mode makes of a corpus, line by line, as one
** checksum per line and view, so that two builds can be compared
** (bench/words/same.sh): the tokens FTS5 gets for a document and for a
** query (flags, text, offsets), zh_segment's words and, if ENTITIES is
** set, zh_entities' rows (which read the dictionary's tags).
**
**   dump EXT CORPUS [OPTIONS]     one line of output per line of CORPUS
**
** OPTIONS are the tokenizer's, after "mode words" ("dict my_words").  If
** WORDS names a file of user words (word [freq [tag]] per line), they go
** into a table my_words of an in-memory database first.  SHOW=N prints
** line N's tokens in full instead.
*/
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Dump Dump;
struct Dump {
  uint64_t h;
  long n;
  int bShow;
};

static void mix(Dump *d, const void *p, size_t n) {
  const unsigned char *z = p;
  for( size_t i = 0; i < n; i++ ) d->h = (d->h ^ z[i]) * 0x100000001B3ull;
}

static int onToken(void *pCtx, int tflags, const char *z, int n, int iStart,
                   int iEnd) {
  Dump *d = pCtx;
  int a[3] = {tflags, iStart, iEnd};
  mix(d, a, sizeof(a));
  mix(d, &n, sizeof(n));
  mix(d, z, (size_t)n);
  d->n++;
  if( d->bShow ) printf("  %d %.*s %d %d\n", tflags, n, z, iStart, iEnd);
  return SQLITE_OK;
}

/* The zh tokenizer with the options azArg, through FTS5's own API. */
static int openTokenizer(sqlite3 *db, const char **azArg, int nArg,
                         fts5_tokenizer *pTok, Fts5Tokenizer **pp) {
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt;
  void *pUser;
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
  sqlite3_bind_pointer(pStmt, 1, &pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  if( pApi == 0 || pApi->xFindTokenizer(pApi, "zh", &pUser, pTok) ) return 1;
  return pTok->xCreate(pUser, azArg, nArg, pp);
}

/* Rows of zSql run on one bound text, into d. */
static void sqlRows(sqlite3_stmt *pStmt, const char *z, int n, Dump *d) {
  sqlite3_bind_text(pStmt, 1, z, n, SQLITE_STATIC);
  while( sqlite3_step(pStmt) == SQLITE_ROW ) {
    for( int k = 0; k < sqlite3_column_count(pStmt); k++ ) {
      const unsigned char *zCol = sqlite3_column_text(pStmt, k);
      int nCol = sqlite3_column_bytes(pStmt, k);
      mix(d, &nCol, sizeof(nCol));
      if( zCol ) mix(d, zCol, (size_t)nCol);
      if( d->bShow )
        printf("  %s%s", zCol ? (const char *)zCol : "NULL",
               k + 1 < sqlite3_column_count(pStmt) ? "|" : "\n");
    }
    d->n++;
  }
  sqlite3_reset(pStmt);
}

/* Loads the user words of file zWords into my_words. */
static void loadWords(sqlite3 *db, const char *zWords) {
  char zLine[512];
  sqlite3_stmt *pIns;
  FILE *f = fopen(zWords, "r");
  if( f == 0 ) {
    perror(zWords);
    exit(1);
  }
  sqlite3_exec(
      db, "CREATE TABLE my_words(word TEXT PRIMARY KEY, freq REAL, tag TEXT)",
      0, 0, 0);
  sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO my_words VALUES(?,?,?)", -1,
                     &pIns, 0);
  while( fgets(zLine, sizeof(zLine), f) ) {
    char zWord[256], zTag[16];
    double freq;
    int n = sscanf(zLine, "%255s %lf %15s", zWord, &freq, zTag);
    if( n < 1 ) continue;
    sqlite3_bind_text(pIns, 1, zWord, -1, SQLITE_TRANSIENT);
    if( n >= 2 )
      sqlite3_bind_double(pIns, 2, freq);
    else
      sqlite3_bind_null(pIns, 2);
    if( n >= 3 )
      sqlite3_bind_text(pIns, 3, zTag, -1, SQLITE_TRANSIENT);
    else
      sqlite3_bind_null(pIns, 3);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
  }
  sqlite3_finalize(pIns);
  fclose(f);
}

int main(int argc, char **argv) {
  sqlite3 *db;
  char *zErr = 0, zOpts[256] = "mode words";
  const char *azArg[16] = {"mode", "words"};
  int nArg = 2, iShow = getenv("SHOW") ? atoi(getenv("SHOW")) : -1;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok;
  sqlite3_stmt *pSeg, *pEnt = 0;
  if( argc < 3 ) {
    fprintf(stderr, "usage: dump EXT CORPUS [OPTIONS]\n");
    return 1;
  }
  sqlite3_open(":memory:", &db);
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, argv[1], "sqlite3_zh_init", &zErr) ) {
    fprintf(stderr, "%s\n", zErr);
    return 1;
  }
  if( getenv("WORDS") ) loadWords(db, getenv("WORDS"));
  for( int i = 3; i < argc && nArg < 16; i++ ) {
    azArg[nArg++] = argv[i];
    snprintf(zOpts + strlen(zOpts), sizeof(zOpts) - strlen(zOpts), " %s",
             argv[i]);
  }
  if( openTokenizer(db, azArg, nArg, &tok, &pTok) ) {
    fprintf(stderr, "no tokenizer\n");
    return 1;
  }
  sqlite3_prepare_v2(db, "SELECT zh_segment(?1, ?2)", -1, &pSeg, 0);
  sqlite3_bind_text(pSeg, 2, zOpts, -1, SQLITE_STATIC);
  if( getenv("ENTITIES") ) {
    sqlite3_prepare_v2(db, "SELECT * FROM zh_entities(?1)", -1, &pEnt, 0);
  }
  FILE *f = fopen(argv[2], "rb");
  if( f == 0 ) {
    perror(argv[2]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long nBuf = ftell(f);
  rewind(f);
  char *zBuf = malloc(nBuf + 1);
  if( fread(zBuf, 1, nBuf, f) != (size_t)nBuf ) return 1;
  fclose(f);
  char *z = zBuf;
  for( long iLine = 0; z < zBuf + nBuf; iLine++ ) {
    char *zEnd = memchr(z, '\n', zBuf + nBuf - z);
    if( zEnd == 0 ) zEnd = zBuf + nBuf;
    int n = (int)(zEnd - z);
    Dump d[4] = {{0xCBF29CE484222325ull, 0, iLine == iShow}};
    for( int k = 1; k < 4; k++ ) d[k] = d[0];
    if( iShow < 0 || iLine == iShow ) {
      if( d[0].bShow ) printf("document:\n");
      tok.xTokenize(pTok, &d[0], FTS5_TOKENIZE_DOCUMENT, z, n, onToken);
      if( d[0].bShow ) printf("query:\n");
      tok.xTokenize(pTok, &d[1], FTS5_TOKENIZE_QUERY, z, n, onToken);
      if( d[0].bShow ) printf("segment:\n");
      sqlRows(pSeg, z, n, &d[2]);
      if( pEnt ) {
        if( d[0].bShow ) printf("entities:\n");
        sqlRows(pEnt, z, n, &d[3]);
      }
      if( iShow < 0 ) {
        printf("%ld %016llx %ld %016llx %016llx %016llx %ld\n", iLine,
               (unsigned long long)d[0].h, d[0].n, (unsigned long long)d[1].h,
               (unsigned long long)d[2].h, (unsigned long long)d[3].h, d[3].n);
      }
    }
    z = zEnd + 1;
  }
  tok.xDelete(pTok);
  sqlite3_finalize(pSeg);
  sqlite3_finalize(pEnt);
  sqlite3_close(db);
  free(zBuf);
  return 0;
}
