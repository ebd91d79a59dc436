/*
** The FTS5 tokenizer "zh".
**
** Default (substring) mode: every Han, kana or hangul character is a
** token; letters and digits of other scripts form words as in unicode61.
** A query string becomes a phrase of such tokens, so a query of any
** length matches exactly the documents that contain it.
**
** One detail makes that exact.  A phrase only asks for consecutive token
** positions, which cannot tell 工会 from 工，会 (punctuation yields no
** token).  So a token that follows a separator (or starts the text) is
** written with a leading ZH_GAP_MARK: 工，会 indexes 工 and |会, and the
** query 工会 asks for 工 then 会 and does not match it.  The first token of
** a query string may follow anything, so at query time it is emitted in
** both forms as colocated tokens, which FTS5 treats as alternatives.
*/
#include "zh.h"
#include "fts5_v2.h"
#include "options.h"
#include "scan.h"
#include "tokenizer.h"
#include <string.h>

typedef struct ZhTokenizer ZhTokenizer;
struct ZhTokenizer {
  ZhOptions opt;
  ZhBuf buf; /* word buffer, reused across calls */
};

static void zhTokDelete(Fts5Tokenizer *pTok) {
  ZhTokenizer *p = (ZhTokenizer *)pTok;
  if( p ) {
    zhBufFree(&p->buf);
    sqlite3_free(p);
  }
}

static int zhTokCreate(void *pUnused, const char **azArg, int nArg,
                       Fts5Tokenizer **ppOut) {
  ZhTokenizer *p;
  char *zErr = 0;
  (void)pUnused;
  *ppOut = 0;
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  /* FTS5 reports any failure here as "error in tokenizer constructor";
  ** zh_tokenize() with the same options shows the reason. */
  if( zhOptionsParse(&p->opt, nArg, azArg, &zErr) ) {
    sqlite3_free(zErr);
    zhTokDelete((Fts5Tokenizer *)p);
    return SQLITE_ERROR;
  }
  *ppOut = (Fts5Tokenizer *)p;
  return SQLITE_OK;
}

int zhEmitFts5Token(void *pArg, ZhToken *pTok) {
  ZhTokenSink *s = (ZhTokenSink *)pArg;
  int rc;
  if( s->bQuery && s->bFirst ) {
    s->bFirst = 0;
    rc = s->xToken(s->pCtx, 0, pTok->z, pTok->n, pTok->iStart, pTok->iEnd);
    if( rc != SQLITE_OK ) return rc;
    pTok->z[-1] = ZH_GAP_MARK;
    return s->xToken(s->pCtx, FTS5_TOKEN_COLOCATED, pTok->z - 1, pTok->n + 1,
                     pTok->iStart, pTok->iEnd);
  }
  if( pTok->bGap ) {
    pTok->z[-1] = ZH_GAP_MARK;
    return s->xToken(s->pCtx, 0, pTok->z - 1, pTok->n + 1, pTok->iStart,
                     pTok->iEnd);
  }
  return s->xToken(s->pCtx, 0, pTok->z, pTok->n, pTok->iStart, pTok->iEnd);
}

int zhTokenizeText(const ZhOptions *pOpt, ZhBuf *pBuf, int flags,
                   const char *pText, int nText, void *pCtx, ZhXToken xToken) {
  ZhTokenSink s;
  int rc;
  if( pText == 0 || nText <= 0 ) return SQLITE_OK;
  s.pCtx = pCtx;
  s.xToken = xToken;
  s.bQuery = (flags & FTS5_TOKENIZE_QUERY) != 0;
  s.bFirst = 1;
  rc = zhScan(pOpt->fold, pText, nText, pBuf, zhEmitFts5Token, &s);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int zhTokTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                         const char *pText, int nText, ZhXToken xToken) {
  ZhTokenizer *p = (ZhTokenizer *)pTok;
  return zhTokenizeText(&p->opt, &p->buf, flags, pText, nText, pCtx, xToken);
}

static int zhTokTokenizeV2(Fts5Tokenizer *pTok, void *pCtx, int flags,
                           const char *pText, int nText, const char *pLocale,
                           int nLocale, ZhXToken xToken) {
  (void)pLocale;
  (void)nLocale;
  return zhTokTokenize(pTok, pCtx, flags, pText, nText, xToken);
}

/* The connection's fts5_api, or 0 if this SQLite has no FTS5. */
static fts5_api *fts5ApiFromDb(sqlite3 *db) {
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0) == SQLITE_OK ) {
    sqlite3_bind_pointer(pStmt, 1, (void *)&pApi, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
  }
  if( sqlite3_finalize(pStmt) != SQLITE_OK ) return 0;
  return pApi;
}

int zhRegisterTokenizer(sqlite3 *db) {
  fts5_api *pApi = fts5ApiFromDb(db);
  if( pApi == 0 ) return SQLITE_ERROR;
  if( pApi->iVersion >= 3 ) {
    static ZhFts5TokenizerV2 tokV2 = {2, zhTokCreate, zhTokDelete,
                                      zhTokTokenizeV2};
    ZhFts5ApiV3 *pApi3 = (ZhFts5ApiV3 *)pApi;
    return pApi3->xCreateTokenizer_v2(pApi, "zh", 0, &tokV2, 0);
  } else {
    static fts5_tokenizer tokV1 = {zhTokCreate, zhTokDelete, zhTokTokenize};
    return pApi->xCreateTokenizer(pApi, "zh", 0, &tokV1, 0);
  }
}
