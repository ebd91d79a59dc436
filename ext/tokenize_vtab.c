/*
** zh_tokenize: a table-valued function that shows what the zh tokenizer
** hands FTS5 for a document, in the manner of SQLite's fts5_test_tok.c.
**
**   CREATE TABLE zh_tokenize(
**     token,        -- the token as indexed (a leading | marks a separator
*before it)
**     start,        -- byte offset of its first byte in input
**     end,          -- byte offset just past its last byte
**     position,     -- token position; a colocated token shares the one before
**     colocated,    -- 1 if emitted with FTS5_TOKEN_COLOCATED
**     input HIDDEN, -- the text to tokenize
**     options HIDDEN -- tokenizer options, as in tokenize='zh ...'
**   );
**
**   SELECT token, start, end FROM zh_tokenize('工会EAP');
*/
#include "zh.h"
#include "vtab_args.h"
#include "options.h"
#include "tokenizer.h"
#include <string.h>

#define ZHT_COL_TOKEN     0
#define ZHT_COL_START     1
#define ZHT_COL_END       2
#define ZHT_COL_POSITION  3
#define ZHT_COL_COLOCATED 4
#define ZHT_COL_INPUT     5
#define ZHT_COL_OPTIONS   6

typedef struct ZhtRow ZhtRow;
struct ZhtRow {
  int iOff, nTok; /* token text: aText[iOff..iOff+nTok) */
  int iStart, iEnd, iPos, bColocated;
};

typedef struct ZhtCursor ZhtCursor;
struct ZhtCursor {
  sqlite3_vtab_cursor base;
  ZhtRow *aRow;
  int nRow, nRowAlloc;
  char *aText;
  int nText, nTextAlloc;
  int iRow;
  int iPos; /* position of the last token collected */
};

static int zhtConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  (void)argc;
  (void)argv;
  (void)pzErr;
  return zhVtabConnect(
      db, pAux,
      "CREATE TABLE x(token, start, \"end\", position, colocated,"
      " input HIDDEN, options HIDDEN)",
      ppVtab);
}

static int zhtOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
  ZhtCursor *pCur;
  (void)pVtab;
  pCur = sqlite3_malloc(sizeof(*pCur));
  if( pCur == 0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

static void zhtReset(ZhtCursor *pCur) {
  pCur->nRow = 0;
  pCur->nText = 0;
  pCur->iRow = 0;
  pCur->iPos = -1;
}

static int zhtClose(sqlite3_vtab_cursor *cur) {
  ZhtCursor *pCur = (ZhtCursor *)cur;
  sqlite3_free(pCur->aRow);
  sqlite3_free(pCur->aText);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Collects one token (an xToken callback). */
static int zhtCollect(void *pCtx, int tflags, const char *pToken, int nToken,
                      int iStart, int iEnd) {
  ZhtCursor *pCur = (ZhtCursor *)pCtx;
  ZhtRow *pRow;
  if( pCur->nRow == pCur->nRowAlloc ) {
    int nNew = pCur->nRowAlloc ? pCur->nRowAlloc * 2 : 32;
    ZhtRow *aNew =
        sqlite3_realloc64(pCur->aRow, (sqlite3_uint64)nNew * sizeof(ZhtRow));
    if( aNew == 0 ) return SQLITE_NOMEM;
    pCur->aRow = aNew;
    pCur->nRowAlloc = nNew;
  }
  if( pCur->nText + nToken > pCur->nTextAlloc ) {
    sqlite3_int64 nNew = pCur->nTextAlloc ? pCur->nTextAlloc : 256;
    char *aNew;
    while( nNew < pCur->nText + nToken ) nNew *= 2;
    if( nNew > 0x7fffffff ) return SQLITE_TOOBIG;
    aNew = sqlite3_realloc64(pCur->aText, nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    pCur->aText = aNew;
    pCur->nTextAlloc = (int)nNew;
  }
  if( (tflags & FTS5_TOKEN_COLOCATED) == 0 ) pCur->iPos++;
  pRow = &pCur->aRow[pCur->nRow++];
  pRow->iOff = pCur->nText;
  pRow->nTok = nToken;
  pRow->iStart = iStart;
  pRow->iEnd = iEnd;
  pRow->iPos = pCur->iPos;
  pRow->bColocated = (tflags & FTS5_TOKEN_COLOCATED) != 0;
  memcpy(&pCur->aText[pCur->nText], pToken, nToken);
  pCur->nText += nToken;
  return SQLITE_OK;
}

static int zhtFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv) {
  ZhtCursor *pCur = (ZhtCursor *)cur;
  ZhOptions opt;
  ZhTokenizer tok;
  char *zErr = 0;
  const char *zText;
  int nText, rc;
  (void)idxStr;

  zhtReset(pCur);
  if( argc < 1 ) return SQLITE_OK;
  rc = zhOptionsParseValue(&opt, (idxNum & 2) && argc > 1 ? argv[1] : 0, &zErr);
  if( rc != SQLITE_OK ) {
    if( zErr ) {
      sqlite3_free(cur->pVtab->zErrMsg);
      cur->pVtab->zErrMsg = zErr;
    }
    return zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  zText = (const char *)sqlite3_value_text(argv[0]);
  nText = sqlite3_value_bytes(argv[0]);
  if( zText == 0 ) {
    return sqlite3_value_type(argv[0]) == SQLITE_NULL ? SQLITE_OK
                                                      : SQLITE_NOMEM;
  }
  rc = zhTokenizerInit(&tok, ((ZhVtab *)cur->pVtab)->pConn, &opt, &zErr);
  if( rc == SQLITE_OK ) {
    rc = zhTokenizerRun(&tok, FTS5_TOKENIZE_DOCUMENT, zText, nText, pCur,
                        zhtCollect);
  } else if( zErr ) {
    sqlite3_free(cur->pVtab->zErrMsg);
    cur->pVtab->zErrMsg = zErr;
  }
  zhTokenizerClear(&tok);
  return rc;
}

static int zhtNext(sqlite3_vtab_cursor *cur) {
  ((ZhtCursor *)cur)->iRow++;
  return SQLITE_OK;
}

static int zhtEof(sqlite3_vtab_cursor *cur) {
  ZhtCursor *pCur = (ZhtCursor *)cur;
  return pCur->iRow >= pCur->nRow;
}

static int zhtColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  ZhtCursor *pCur = (ZhtCursor *)cur;
  ZhtRow *pRow = &pCur->aRow[pCur->iRow];
  switch( i ) {
  case ZHT_COL_TOKEN:
    sqlite3_result_text(ctx, &pCur->aText[pRow->iOff], pRow->nTok,
                        SQLITE_TRANSIENT);
    break;
  case ZHT_COL_START: sqlite3_result_int(ctx, pRow->iStart); break;
  case ZHT_COL_END: sqlite3_result_int(ctx, pRow->iEnd); break;
  case ZHT_COL_POSITION: sqlite3_result_int(ctx, pRow->iPos); break;
  case ZHT_COL_COLOCATED: sqlite3_result_int(ctx, pRow->bColocated); break;
  default: break; /* hidden columns read back as NULL */
  }
  return SQLITE_OK;
}

static int zhtRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid) {
  *pRowid = ((ZhtCursor *)cur)->iRow + 1;
  return SQLITE_OK;
}

/* Arguments: input (required), then options. */
static int zhtBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *p) {
  (void)pVtab;
  return zhVtabBestIndex(p, ZHT_COL_INPUT, ZHT_COL_OPTIONS, -1, 100);
}

static sqlite3_module zhTokenizeModule = {0, /* iVersion */
                                          0, /* xCreate: eponymous only */
                                          zhtConnect,
                                          zhtBestIndex,
                                          zhVtabDisconnect,
                                          0,
                                          zhtOpen,
                                          zhtClose,
                                          zhtFilter,
                                          zhtNext,
                                          zhtEof,
                                          zhtColumn,
                                          zhtRowid,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0,
                                          0};

int zhRegisterTokenizeVtab(sqlite3 *db, ZhConn *pConn) {
  return sqlite3_create_module_v2(db, "zh_tokenize", &zhTokenizeModule,
                                  zhConnRef(pConn), zhConnUnref);
}
