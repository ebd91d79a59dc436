/*
** The FTS5 tokenizer "zh".
**
** Substring mode (the default): every Han, kana or hangul character is a
** token; letters and digits of other scripts form words as in unicode61.
** A query string becomes a phrase of such tokens, so a query of any
** length matches exactly the documents that contain it.
**
** One detail makes that exact.  A phrase only asks for consecutive token
** positions, which cannot tell 工会 from 工，会 (punctuation is no token).
** So where a separator keeps two tokens apart, a separator token stands
** between them at a position of its own: 工，会 indexes 工 | 会, and the
** query 工会 (工 then 会) does not match it, while the query 工，会 (工 | 会)
** matches any separator there.  A query string never starts or ends with
** one, so a query needs no alternatives, and the separator token, which no
** text yields, is never a match on its own.
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
#include "fingerprint.h"
#include "pinyin_tokens.h"
#include "tokenizer.h"
#include "user_words.h"
#include "utf8.h"
#include <string.h>

/* ---- substring mode ------------------------------------------------------ */

typedef struct SubstringSink SubstringSink;
struct SubstringSink {
  void *pCtx;
  ZhXToken xToken;
  int iLastEnd; /* end of the last token emitted, -1 before the first */
};

static int emitSubstringToken(void *pArg, ZhToken *pTok) {
  SubstringSink *s = (SubstringSink *)pArg;
  int rc = SQLITE_OK;
  if( pTok->bGap && s->iLastEnd >= 0 ) {
    /* It spans the separators, so a phrase match over it highlights the
    ** text between its characters, and nothing else; a space inside what
    ** one character folds to (ﷺ) has that character's bytes, as the
    ** tokens around it do. */
    int bInside = pTok->iStart < s->iLastEnd;
    rc = s->xToken(s->pCtx, 0, ZH_SEP_TOKEN, 1,
                   bInside ? pTok->iStart : s->iLastEnd,
                   bInside ? pTok->iEnd : pTok->iStart);
  }
  if( rc == SQLITE_OK ) {
    rc = s->xToken(s->pCtx, 0, pTok->z, pTok->n, pTok->iStart, pTok->iEnd);
  }
  s->iLastEnd = pTok->iEnd;
  return rc;
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
    rc = zhSegSubwords(pSeg, s->pUser, emitSubword, s);
  }
  return rc;
}

/* ---- the tokenizer object ------------------------------------------------ */

/* Reads the words of the dict table of opt (none: *ppWords 0, sum 0) and
** the fingerprint they give. */
static int loadWords(sqlite3 *db, const ZhOptions *opt, ZhUserDict **ppWords,
                     char **pzFingerprint, char **pzErr) {
  sqlite3_uint64 sum = 0;
  int rc = SQLITE_OK;
  *ppWords = 0;
  *pzErr = 0;
  if( opt->zDict[0] )
    rc = zhUserWordsLoad(db, opt->zDict, ppWords, &sum, pzErr);
  if( rc != SQLITE_OK ) return rc;
  *pzFingerprint = zhFingerprint(opt, sum);
  if( *pzFingerprint ) return SQLITE_OK;
  zhUserDictFree(*ppWords);
  *ppWords = 0;
  return SQLITE_NOMEM;
}

int zhTokenizerInit(ZhTokenizer *p, ZhConn *pConn, const ZhOptions *opt,
                    char **pzErr) {
  int rc = SQLITE_OK;
  memset(p, 0, sizeof(*p));
  *pzErr = 0;
  p->opt = *opt;
  p->pConn = pConn ? zhConnRef(pConn) : 0;
  if( pConn ) {
    rc = loadWords(pConn->db, opt, &p->pWords, &p->zFingerprint, pzErr);
  }
  if( rc == SQLITE_OK && opt->eMode == ZH_MODE_WORDS ) {
    p->pSeg = zhSegmenterNew(opt->fold, p->pWords);
    if( p->pSeg == 0 ) rc = SQLITE_NOMEM;
  }
  return rc;
}

void zhTokenizerClear(ZhTokenizer *p) {
  zhGuardClose(p->pGuard);
  p->pGuard = 0;
  zhBufFree(&p->buf);
  zhPinyinRunFree(p->pPinyin);
  p->pPinyin = 0;
  zhSegmenterFree(p->pSeg);
  p->pSeg = 0;
  zhUserDictFree(p->pWords);
  p->pWords = 0;
  sqlite3_free(p->zFingerprint);
  p->zFingerprint = 0;
  sqlite3_free(p->zBroken);
  p->zBroken = 0;
  zhConnUnref(p->pConn);
  p->pConn = 0;
}

int zhTokenizerFingerprint(ZhConn *pConn, const char *zArgs, int nArg,
                           char **pzFingerprint, char **pzErr) {
  const char *azArg[ZH_MAX_TOKENIZER_ARGS];
  ZhOptions opt;
  ZhTokenizer tok;
  int rc;
  *pzFingerprint = 0;
  *pzErr = 0;
  if( nArg > ZH_MAX_TOKENIZER_ARGS ) {
    *pzErr = sqlite3_mprintf("zh: too many options");
    return SQLITE_ERROR;
  }
  for( int i = 0; i < nArg; i++ ) {
    azArg[i] = zArgs;
    zArgs += strlen(zArgs) + 1;
  }
  rc = zhOptionsParse(&opt, nArg, azArg, pzErr);
  if( rc != SQLITE_OK ) return rc;
  rc = zhTokenizerInit(&tok, pConn, &opt, pzErr);
  if( rc == SQLITE_OK ) {
    *pzFingerprint = tok.zFingerprint;
    tok.zFingerprint = 0;
  }
  zhTokenizerClear(&tok);
  return rc;
}

/*
** The guard's question (index_guard.h): another connection rebuilt this
** tokenizer's tables with the words its dict table holds now, fingerprint
** zWant.  Takes them if they give zWant.
*/
static int reloadWords(void *pArg, const char *zWant) {
  ZhTokenizer *p = (ZhTokenizer *)pArg;
  ZhUserDict *pWords = 0;
  ZhSegmenter *pSeg = 0;
  char *zFingerprint = 0, *zErr = 0;
  if( p->opt.zDict[0] == 0 ) return 0;
  int rc = loadWords(p->pConn->db, &p->opt, &pWords, &zFingerprint, &zErr);
  sqlite3_free(zErr);
  if( rc == SQLITE_NOMEM ) return -SQLITE_NOMEM;
  if( rc != SQLITE_OK || strcmp(zFingerprint, zWant) != 0 ) {
    zhUserDictFree(pWords);
    sqlite3_free(zFingerprint);
    return 0;
  }
  pSeg = zhSegmenterNew(p->opt.fold, pWords);
  if( pSeg == 0 || zhGuardSetFingerprint(p->pGuard, zFingerprint) ) {
    zhSegmenterFree(pSeg);
    zhUserDictFree(pWords);
    sqlite3_free(zFingerprint);
    return -SQLITE_NOMEM;
  }
  zhSegmenterFree(p->pSeg);
  zhUserDictFree(p->pWords);
  sqlite3_free(p->zFingerprint);
  sqlite3_free(p->zBroken);
  p->pSeg = pSeg;
  p->pWords = pWords;
  p->zFingerprint = zFingerprint;
  p->zBroken = 0;
  return 1;
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
    s.pUser = p->pWords;
    rc = zhSegment(p->pSeg, pText, nText, emitWord, &s);
  } else {
    SubstringSink s;
    int bQuery = (flags & FTS5_TOKENIZE_QUERY) != 0;
    s.pCtx = pCtx;
    s.xToken = xToken;
    s.iLastEnd = -1;
    if( p->opt.bPinyin || (bQuery && zhPinyinHasMarks(pText, nText)) ) {
      ZhPinyinEmit e = {emitSubstringToken, emitColocated, &s};
      if( bQuery ) {
        rc = zhPinyinQuery(p->opt.fold, &p->buf, pText, nText, &e);
      } else {
        rc = zhPinyinDocument(&p->pPinyin, p->opt.fold, &p->buf, pText, nText,
                              &e);
      }
    } else {
      rc = zhScanFts5(p->opt.fold, pText, nText, &p->buf, xToken, pCtx);
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
  rc = zhTokenizerInit(p, (ZhConn *)pConn, &opt, &zErr);
  if( rc == SQLITE_ERROR ) {
    /* Its dict table is missing or has a bad word: the table can still be
    ** dropped, is stale until the words can be read, and fails to be
    ** created. */
    p->zBroken = zErr;
    rc = SQLITE_OK;
  }
  if( rc == SQLITE_OK ) {
    rc = zhGuardOpen((ZhConn *)pConn, azArg, nArg, p->zFingerprint, &p->pGuard);
  }
  if( rc != SQLITE_OK ) {
    if( p->zBroken ) sqlite3_log(rc, "%s", p->zBroken);
    zhTokDelete((Fts5Tokenizer *)p);
    return rc;
  }
  *ppOut = (Fts5Tokenizer *)p;
  return SQLITE_OK;
}

static int zhTokTokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                         const char *pText, int nText, ZhXToken xToken) {
  ZhTokenizer *p = (ZhTokenizer *)pTok;
  /* A tokenizer that could not read its words is stale: the guard asks it
  ** to read them again when its tables change. */
  int rc = zhGuardCheck(p->pGuard, reloadWords, p);
  if( rc != SQLITE_OK && p->zBroken ) sqlite3_log(rc, "%s", p->zBroken);
  if( rc != SQLITE_OK ) return rc;
  return zhTokenizerRun(p, flags, pText, nText, pCtx, xToken);
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
