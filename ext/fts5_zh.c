/*
** The FTS5 tokenizer "zh".
**
** Substring mode (the default): every Han, kana or hangul character is a
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
**
** Words mode: the segmenter's words are the tokens.  In documents, the
** shorter dictionary words inside a long word (工会 in 总工会) and the
** number inside a number with a unit (2024 in 2024年) are colocated with
** it, so that a query for either finds it; queries are segmented the
** same way, without them.
**
** Option pinyin 1 (substring mode) adds the readings of each character:
** see pinyin_tokens.h.
*/
#include "zh.h"
#include "pinyin_tokens.h"
#include "tokenizer.h"
#include "utf8.h"
#include <string.h>

/* ---- substring mode ------------------------------------------------------ */

typedef struct SubstringSink SubstringSink;
struct SubstringSink {
  void *pCtx;
  ZhXToken xToken;
  int bQuery; /* FTS5_TOKENIZE_QUERY: first token in both forms */
  int bFirst;
};

static int emitSubstringToken(void *pArg, ZhToken *pTok) {
  SubstringSink *s = (SubstringSink *)pArg;
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

static int emitColocated(void *pArg, const char *z, int n, int iStart,
                         int iEnd) {
  SubstringSink *s = (SubstringSink *)pArg;
  return s->xToken(s->pCtx, FTS5_TOKEN_COLOCATED, z, n, iStart, iEnd);
}

/* ---- words mode ------------------------------------------------------------
 */

typedef struct WordsSink WordsSink;
struct WordsSink {
  void *pCtx;
  ZhXToken xToken;
  int bDocument; /* add the colocated subwords */
  const ZhSeg *pSeg;
  const ZhUserDict *pUser;
  char aSub[ZH_MAX_TOKEN];
};

static int emitSubword(void *pArg, int iFirst, int nChar) {
  WordsSink *s = (WordsSink *)pArg;
  int n = 0;
  for( int k = iFirst; k < iFirst + nChar && n + 4 <= ZH_MAX_TOKEN; k++ ) {
    n += zhUtf8Encode(s->pSeg->aCp[k], (unsigned char *)s->aSub + n);
  }
  return s->xToken(s->pCtx, FTS5_TOKEN_COLOCATED, s->aSub, n, s->pSeg->iStart,
                   s->pSeg->iEnd);
}

static int emitWord(void *pArg, const ZhSeg *pSeg) {
  WordsSink *s = (WordsSink *)pArg;
  int rc = s->xToken(s->pCtx, 0, pSeg->z, pSeg->n, pSeg->iStart, pSeg->iEnd);
  if( rc != SQLITE_OK || !s->bDocument ) return rc;
  if( pSeg->nHead > 0 ) {
    rc = s->xToken(s->pCtx, FTS5_TOKEN_COLOCATED, pSeg->z, pSeg->nHead,
                   pSeg->iStart, pSeg->iEnd);
  }
  if( rc == SQLITE_OK && pSeg->nCp >= 3 ) {
    s->pSeg = pSeg;
    rc = zhSubwords(s->pUser, pSeg->aCp, pSeg->nCp, emitSubword, s);
  }
  return rc;
}

/* ---- the tokenizer object ------------------------------------------------ */

int zhTokenizerInit(ZhTokenizer *p, ZhConn *pConn, const ZhOptions *opt) {
  memset(p, 0, sizeof(*p));
  p->opt = *opt;
  p->pConn = pConn ? zhConnRef(pConn) : 0;
  if( opt->eMode == ZH_MODE_WORDS ) {
    p->pSeg = zhSegmenterNew(opt->fold, pConn ? pConn->pUser : 0);
    if( p->pSeg == 0 ) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

void zhTokenizerClear(ZhTokenizer *p) {
  zhBufFree(&p->buf);
  zhPinyinRunFree(p->pPinyin);
  p->pPinyin = 0;
  zhSegmenterFree(p->pSeg);
  p->pSeg = 0;
  zhConnUnref(p->pConn);
  p->pConn = 0;
}

int zhTokenizerRun(ZhTokenizer *p, int flags, const char *pText, int nText,
                   void *pCtx, ZhXToken xToken) {
  int rc;
  if( pText == 0 || nText <= 0 ) return SQLITE_OK;
  if( p->pSeg && (flags & FTS5_TOKENIZE_QUERY) &&
      zhPinyinHasMarks(pText, nText) ) {
    /* Pinyin in a words-mode query (a zh_query() alternative): words mode
    ** has no pinyin, so one token that no document holds ('~' separates
    ** words in documents), and the phrase matches nothing. */
    rc = xToken(pCtx, 0, pText, nText, 0, nText);
  } else if( p->pSeg ) {
    WordsSink s;
    s.pCtx = pCtx;
    s.xToken = xToken;
    s.bDocument = (flags & FTS5_TOKENIZE_QUERY) == 0;
    s.pUser = p->pConn ? p->pConn->pUser : 0;
    rc = zhSegment(p->pSeg, pText, nText, emitWord, &s);
  } else {
    SubstringSink s;
    s.pCtx = pCtx;
    s.xToken = xToken;
    s.bQuery = (flags & FTS5_TOKENIZE_QUERY) != 0;
    s.bFirst = 1;
    if( p->opt.bPinyin || (s.bQuery && zhPinyinHasMarks(pText, nText)) ) {
      ZhPinyinEmit e = {emitSubstringToken, emitColocated, &s};
      if( s.bQuery ) {
        rc = zhPinyinQuery(p->opt.fold, &p->buf, pText, nText, &e);
      } else {
        rc = zhPinyinDocument(&p->pPinyin, p->opt.fold, &p->buf, pText, nText,
                              &e);
      }
    } else {
      rc = zhScan(p->opt.fold, pText, nText, &p->buf, emitSubstringToken, &s);
    }
  }
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* ---- FTS5 glue ------------------------------------------------------------
 */

static void zhTokDelete(Fts5Tokenizer *pTok) {
  ZhTokenizer *p = (ZhTokenizer *)pTok;
  if( p ) {
    zhTokenizerClear(p);
    sqlite3_free(p);
  }
}

static int zhTokCreate(void *pConn, const char **azArg, int nArg,
                       Fts5Tokenizer **ppOut) {
  ZhTokenizer *p;
  ZhOptions opt;
  char *zErr = 0;
  int rc;
  *ppOut = 0;
  /* FTS5 reports any failure here as "error in tokenizer constructor";
  ** zh_tokenize() with the same options shows the reason. */
  rc = zhOptionsParse(&opt, nArg, azArg, &zErr);
  sqlite3_free(zErr);
  if( rc != SQLITE_OK ) return rc;
  p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return SQLITE_NOMEM;
  rc = zhTokenizerInit(p, (ZhConn *)pConn, &opt);
  if( rc != SQLITE_OK ) {
    zhTokDelete((Fts5Tokenizer *)p);
    return rc;
  }
  *ppOut = (Fts5Tokenizer *)p;
  return SQLITE_OK;
}

static int zhTokTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                         const char *pText, int nText, ZhXToken xToken) {
  return zhTokenizerRun((ZhTokenizer *)pTok, flags, pText, nText, pCtx, xToken);
}

static int zhTokTokenizeV2(Fts5Tokenizer *pTok, void *pCtx, int flags,
                           const char *pText, int nText, const char *pLocale,
                           int nLocale, ZhXToken xToken) {
  (void)pLocale;
  (void)nLocale;
  return zhTokTokenize(pTok, pCtx, flags, pText, nText, xToken);
}

/* Sets *ppApi to the connection's fts5_api, left 0 if this SQLite has no
** FTS5.  Returns SQLITE_OK, or the error (out of memory) that kept SQLite
** from answering: not to be reported as a missing FTS5. */
static int fts5ApiFromDb(sqlite3 *db, fts5_api **ppApi) {
  sqlite3_stmt *pStmt = 0;
  int rc;
  *ppApi = 0;
  rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
  if( rc == SQLITE_OK ) {
    sqlite3_bind_pointer(pStmt, 1, (void *)ppApi, "fts5_api_ptr", 0);
    sqlite3_step(pStmt);
    rc = sqlite3_finalize(pStmt);
  }
  return rc == SQLITE_NOMEM ? rc : SQLITE_OK;
}

/*
** The FTS5 tokenizer interface through which this connection's FTS5 calls
** zh: 2 (xCreateTokenizer_v2, SQLite 3.47+), 1, 0 if zh is not
** registered, or -1 when out of memory.  Asked of FTS5 itself, so a test
** can see which path a given SQLite takes (zh_version('fts5')).
*/
int zhTokenizerApiVersion(sqlite3 *db) {
  fts5_api *pApi = 0;
  void *pUser = 0;
  if( fts5ApiFromDb(db, &pApi) != SQLITE_OK ) return -1;
  if( pApi == 0 ) return 0;
  if( pApi->iVersion >= 3 ) {
    ZhFts5TokenizerV2 *pTok = 0;
    ZhFts5ApiV3 *pApi3 = (ZhFts5ApiV3 *)pApi;
    if( pApi3->xFindTokenizer_v2(pApi, "zh", &pUser, &pTok) == SQLITE_OK &&
        pTok && pTok->xTokenize == zhTokTokenizeV2 ) {
      return 2;
    }
  }
  fts5_tokenizer tok;
  if( pApi->xFindTokenizer(pApi, "zh", &pUser, &tok) == SQLITE_OK &&
      tok.xTokenize == zhTokTokenize ) {
    return 1;
  }
  return 0;
}

int zhRegisterTokenizer(sqlite3 *db, ZhConn *pConn) {
  fts5_api *pApi = 0;
  int rc = fts5ApiFromDb(db, &pApi);
  if( rc != SQLITE_OK ) return rc;
  if( pApi == 0 ) return SQLITE_ERROR;
  zhConnRef(pConn);
  if( pApi->iVersion >= 3 ) {
    static ZhFts5TokenizerV2 tokV2 = {2, zhTokCreate, zhTokDelete,
                                      zhTokTokenizeV2};
    ZhFts5ApiV3 *pApi3 = (ZhFts5ApiV3 *)pApi;
    rc = pApi3->xCreateTokenizer_v2(pApi, "zh", pConn, &tokV2, zhConnUnref);
  } else {
    static fts5_tokenizer tokV1 = {zhTokCreate, zhTokDelete, zhTokTokenize};
    rc = pApi->xCreateTokenizer(pApi, "zh", pConn, &tokV1, zhConnUnref);
  }
  /* FTS5 keeps the reference only when it registered the tokenizer. */
  if( rc != SQLITE_OK ) zhConnUnref(pConn);
  return rc;
}
