/*
** SQL functions over the segmenter and the user dictionary:
**
**   zh_segment(text [, options])   the words of text, as written, separated
**                                  by single spaces; punctuation is kept
**                                  (runs of a dash or ellipsis together)
**   zh_dict_add(word [, freq [, tag]])
**                                  adds a word to this connection's user
**                                  dictionary (default frequency: enough
**                                  to be kept whole); returns 1
**   zh_dict_remove(word)           removes it; returns 1 if it was there
**   zh_dict_count()                the number of user words
*/
#include "zh.h"
#include "conn.h"
#include "fold.h"
#include "options.h"
#include "script.h"
#include "segment.h"
#include "sql_text.h"
#include "user_words.h"
#include "utf8.h"
#include "vtab_args.h"
#include <string.h>

typedef struct SegOut SegOut;
struct SegOut {
  sqlite3_str *pOut;
  const unsigned char *z;
  int n;
  int iDone; /* input bytes written so far */
};

/* Characters whose runs are one word: ——, ……, ---. */
static int isRunChar(int32_t c) {
  return c == 0x2014 || c == 0x2026 || c == 0x2015 || c == 0xFF0D || c == '-' ||
         c == 0x2500 || c == '.' || c == 0x00B7;
}

static void appendPiece(SegOut *s, int iStart, int iEnd) {
  if( sqlite3_str_length(s->pOut) > 0 ) sqlite3_str_appendchar(s->pOut, 1, ' ');
  sqlite3_str_append(s->pOut, (const char *)s->z + iStart, iEnd - iStart);
}

/* Writes the separators in z[iDone..iEnd): whitespace dropped, each
** other character a word, runs of a dash or ellipsis together. */
static void appendGap(SegOut *s, int iEnd) {
  int i = s->iDone;
  while( i < iEnd ) {
    int len, j;
    int32_t c = zhUtf8Decode(s->z + i, iEnd - i, &len);
    j = i + len;
    if( c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 ||
        c == '\f' || c == '\v' || c == 0 ) {
      i = j;
      continue;
    }
    if( isRunChar(c) ) {
      int len2;
      while( j < iEnd && zhUtf8Decode(s->z + j, iEnd - j, &len2) == c )
        j += len2;
    }
    appendPiece(s, i, j);
    i = j;
  }
  s->iDone = iEnd;
}

static int segOutWord(void *pCtx, const ZhSeg *pSeg) {
  SegOut *s = (SegOut *)pCtx;
  /* Words folded from one character (㍿ -> 株式会社) share its bytes. */
  if( pSeg->iStart < s->iDone ) return SQLITE_OK;
  appendGap(s, pSeg->iStart);
  appendPiece(s, pSeg->iStart, pSeg->iEnd);
  s->iDone = pSeg->iEnd;
  return SQLITE_OK;
}

/* Reports an error "NAME: invalid UTF-8 at byte N" and returns 1, or 0. */
static int checkUtf8(sqlite3_context *ctx, const char *zFunc,
                     const unsigned char *z, int n) {
  int iBad = zhUtf8Check((const char *)z, n);
  if( iBad < 0 ) return 0;
  char *zMsg = sqlite3_mprintf("%s: invalid UTF-8 at byte %d", zFunc, iBad);
  if( zMsg == 0 )
    sqlite3_result_error_nomem(ctx);
  else
    sqlite3_result_error(ctx, zMsg, -1);
  sqlite3_free(zMsg);
  return 1;
}

static void zhSegmentFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  ZhConn *pConn = (ZhConn *)sqlite3_user_data(ctx);
  ZhOptions opt;
  ZhSegmenter *pSeg;
  ZhUserDict *pWords = 0;
  SegOut s;
  char *zErr = 0;
  int rc;

  rc = zhOptionsParseValue(&opt, argc > 1 ? argv[1] : 0, &zErr);
  if( rc != SQLITE_OK ) {
    zhResultError(ctx, rc, zErr);
    return;
  }
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  s.z = sqlite3_value_text(argv[0]);
  s.n = sqlite3_value_bytes(argv[0]);
  if( s.z == 0 ) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if( checkUtf8(ctx, "zh_segment", s.z, s.n) ) return;
  if( opt.zDict[0] ) {
    sqlite3_uint64 sum;
    rc = zhUserWordsLoad(pConn->db, opt.zDict, &pWords, &sum, &zErr);
    if( rc != SQLITE_OK ) {
      zhResultError(ctx, rc, zErr);
      return;
    }
  }
  s.iDone = 0;
  s.pOut = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  pSeg = zhSegmenterNew(opt.fold, opt.zDict[0] ? pWords : pConn->pUser);
  rc = pSeg ? zhSegment(pSeg, (const char *)s.z, s.n, segOutWord, &s)
            : SQLITE_NOMEM;
  zhSegmenterFree(pSeg);
  zhUserDictFree(pWords);
  if( rc == SQLITE_OK ) appendGap(&s, s.n);
  if( rc == SQLITE_OK ) rc = sqlite3_str_errcode(s.pOut);
  if( rc != SQLITE_OK ) {
    sqlite3_free(sqlite3_str_finish(s.pOut));
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  int nOut = sqlite3_str_length(s.pOut);
  char *zOut = sqlite3_str_finish(s.pOut);
  sqlite3_result_text(ctx, zOut ? zOut : "", nOut,
                      zOut ? sqlite3_free : SQLITE_STATIC);
}

/*
** Folds argument 0 of zFunc into aCp as a word of Han characters.
** Returns its length, or 0 after reporting an error.
*/
static int wordArg(sqlite3_context *ctx, const char *zFunc, sqlite3_value *pVal,
                   int32_t *aCp) {
  const unsigned char *z = sqlite3_value_text(pVal);
  char *zWhy = 0;
  int nCp;
  if( sqlite3_value_type(pVal) == SQLITE_NULL ) {
    zWhy = sqlite3_mprintf("the word is NULL");
  } else if( z == 0 ) {
    sqlite3_result_error_nomem(ctx);
    return 0;
  } else if( (nCp =
                  zhUserWordFold(z, sqlite3_value_bytes(pVal), aCp, &zWhy)) ) {
    return nCp;
  }
  char *zMsg = zWhy ? sqlite3_mprintf("%s: %s", zFunc, zWhy) : 0;
  if( zMsg )
    sqlite3_result_error(ctx, zMsg, -1);
  else
    sqlite3_result_error_nomem(ctx);
  sqlite3_free(zMsg);
  sqlite3_free(zWhy);
  return 0;
}

static void zhDictAddFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  ZhConn *pConn = (ZhConn *)sqlite3_user_data(ctx);
  int32_t aCp[ZH_USER_WORD_MAX];
  const char *zTag = 0;
  double freq = 0;
  int nCp, cost, rc;
  if( zhCalledFromSchema(ctx, "zh_dict_add") ) return;
  nCp = wordArg(ctx, "zh_dict_add", argv[0], aCp);
  if( nCp == 0 ) return;
  if( argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ) {
    int t = sqlite3_value_numeric_type(argv[1]);
    freq = sqlite3_value_double(argv[1]);
    if( (t != SQLITE_INTEGER && t != SQLITE_FLOAT) || !(freq >= 1) ) freq = -1;
  }
  cost = zhUserWordCost(aCp, nCp, freq);
  if( cost == -2 ) {
    sqlite3_result_error_nomem(ctx);
    return;
  } else if( cost < 0 ) {
    sqlite3_result_error(ctx, "zh_dict_add: " ZH_USER_FREQ_RULE, -1);
    return;
  }
  if( argc > 2 && sqlite3_value_type(argv[2]) != SQLITE_NULL ) {
    zTag = (const char *)sqlite3_value_text(argv[2]);
    if( zTag == 0 ) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    if( !zhUserTagOk(zTag, sqlite3_value_bytes(argv[2])) ) {
      sqlite3_result_error(ctx, "zh_dict_add: " ZH_USER_TAG_RULE, -1);
      return;
    }
  }
  rc = zhUserDictAdd(pConn->pUser, aCp, nCp, cost, zTag);
  if( rc != SQLITE_OK ) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  sqlite3_result_int(ctx, 1);
}

static void zhDictRemoveFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv) {
  ZhConn *pConn = (ZhConn *)sqlite3_user_data(ctx);
  int32_t aCp[ZH_USER_WORD_MAX];
  int nCp, bThere, rc;
  (void)argc;
  if( zhCalledFromSchema(ctx, "zh_dict_remove") ) return;
  nCp = wordArg(ctx, "zh_dict_remove", argv[0], aCp);
  if( nCp == 0 ) return;
  bThere = zhUserDictCost(pConn->pUser, aCp, nCp, 0) >= 0;
  rc = zhUserDictRemove(pConn->pUser, aCp, nCp);
  if( rc != SQLITE_OK ) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  sqlite3_result_int(ctx, bThere);
}

static void zhDictCountFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv) {
  ZhConn *pConn = (ZhConn *)sqlite3_user_data(ctx);
  (void)argc;
  (void)argv;
  sqlite3_result_int(ctx, zhUserDictCount(pConn->pUser));
}

int zhRegisterDictFunctions(sqlite3 *db, ZhConn *pConn) {
  /* zh_segment depends on the user dictionary, so it is not
  ** deterministic; the zh_dict functions change it, so they may not run
  ** from triggers or views. */
  static const struct {
    const char *zName;
    int nArg, flags;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
      {"zh_segment", 1, SQLITE_INNOCUOUS, zhSegmentFunc},
      {"zh_segment", 2, SQLITE_INNOCUOUS, zhSegmentFunc},
      {"zh_dict_add", 1, SQLITE_DIRECTONLY, zhDictAddFunc},
      {"zh_dict_add", 2, SQLITE_DIRECTONLY, zhDictAddFunc},
      {"zh_dict_add", 3, SQLITE_DIRECTONLY, zhDictAddFunc},
      {"zh_dict_remove", 1, SQLITE_DIRECTONLY, zhDictRemoveFunc},
      {"zh_dict_count", 0, SQLITE_INNOCUOUS, zhDictCountFunc},
  };
  int rc = SQLITE_OK;
  for( size_t i = 0; rc == SQLITE_OK && i < sizeof(aFunc) / sizeof(aFunc[0]);
       i++ ) {
    rc = sqlite3_create_function_v2(
        db, aFunc[i].zName, aFunc[i].nArg, SQLITE_UTF8 | aFunc[i].flags,
        zhConnRef(pConn), aFunc[i].xFunc, 0, 0, zhConnUnref);
  }
  return rc;
}
