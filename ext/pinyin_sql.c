/*
** zh_pinyin(text [, 'initials']): the reading of a text as the tokenizer
** with pinyin 1 sees it, for display, sorting and debugging.
**
**   zh_pinyin('银行长，EAP')            'yin hang zhang eap'
**   zh_pinyin('北京市', 'initials')     'b j s'
**
** Each token gives one word of the result: a character its first reading
** (or its initial), or itself when it has none; any other token its
** folded text.  zh_tokenize(text, 'pinyin 1') shows every reading.
*/
#include "zh.h"
#include "pinyin.h"
#include "pinyin_query.h"
#include "tokenizer.h"
#include "vtab_args.h"
#include <string.h>

typedef struct PinyinOut PinyinOut;
struct PinyinOut {
  sqlite3_str *pOut;
  char aWord[ZH_MAX_TOKEN]; /* the current token's word, written when the
                            ** next token comes (its reading may follow) */
  int nWord;                /* -1 before the first token */
  int bRead;                /* aWord is the token's reading */
  char cWant;               /* ZH_PINYIN_SYL_MARK or ZH_PINYIN_INITIAL_MARK */
};

static void flushWord(PinyinOut *p) {
  if( p->nWord < 0 ) return;
  if( sqlite3_str_length(p->pOut) > 0 ) sqlite3_str_appendchar(p->pOut, 1, ' ');
  sqlite3_str_append(p->pOut, p->aWord, p->nWord);
}

static void setWord(PinyinOut *p, const char *z, int n) {
  if( n > ZH_MAX_TOKEN ) n = ZH_MAX_TOKEN;
  memcpy(p->aWord, z, n);
  p->nWord = n;
}

static int collectToken(void *pCtx, int tflags, const char *z, int n,
                        int iStart, int iEnd) {
  PinyinOut *p = (PinyinOut *)pCtx;
  (void)iStart;
  (void)iEnd;
  /* The separator token stands for no character. */
  if( n == 1 && z[0] == ZH_SEP_TOKEN[0] ) return SQLITE_OK;
  if( (tflags & FTS5_TOKEN_COLOCATED) == 0 ) {
    flushWord(p);
    setWord(p, z, n);
    p->bRead = 0;
  } else if( !p->bRead && n > 1 && z[0] == p->cWant ) {
    setWord(p, z + 1, n - 1);
    p->bRead = 1;
  }
  return sqlite3_str_errcode(p->pOut);
}

static void zhPinyinFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ZhTokenizer tok;
  ZhOptions opt;
  PinyinOut *pOut;
  const char *z;
  char *zErr = 0, *zOut;
  int n, rc, bInitials = 0;

  pOut = sqlite3_malloc(sizeof(*pOut));
  if( pOut == 0 ) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  pOut->cWant = ZH_PINYIN_SYL_MARK;
  if( argc > 1 && zhInitialsArg(ctx, argv[1], "zh_pinyin", &bInitials) ) {
    sqlite3_free(pOut);
    return;
  }
  if( bInitials ) pOut->cWant = ZH_PINYIN_INITIAL_MARK;
  rc = zhTextArg(argv[0], "zh_pinyin", &z, &n, &zErr);
  if( rc != SQLITE_OK ) {
    zhResultError(ctx, rc, zErr);
    sqlite3_free(pOut);
    return;
  }
  if( z == 0 ) {
    sqlite3_free(pOut);
    return;
  }
  memset(&tok, 0, sizeof(tok));
  rc = zhOptionsParse(&opt, 0, 0, &zErr);
  opt.bPinyin = 1;
  if( rc == SQLITE_OK ) rc = zhTokenizerInit(&tok, 0, &opt, &zErr);
  pOut->pOut = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  pOut->nWord = -1;
  pOut->bRead = 0;
  if( rc == SQLITE_OK ) rc = zhTokenizerRun(&tok, 0, z, n, pOut, collectToken);
  zhTokenizerClear(&tok);
  flushWord(pOut);
  if( rc == SQLITE_OK ) rc = sqlite3_str_errcode(pOut->pOut);
  n = sqlite3_str_length(pOut->pOut);
  zOut = sqlite3_str_finish(pOut->pOut);
  sqlite3_free(pOut);
  if( rc != SQLITE_OK ) {
    sqlite3_free(zOut);
    sqlite3_result_error_code(ctx, rc);
  } else {
    sqlite3_result_text(ctx, zOut ? zOut : "", zOut ? n : 0,
                        zOut ? sqlite3_free : SQLITE_STATIC);
  }
}

int zhRegisterPinyin(sqlite3 *db, ZhConn *pConn) {
  int rc = SQLITE_OK;
  (void)pConn;
  for( int nArg = 1; rc == SQLITE_OK && nArg <= 2; nArg++ ) {
    rc = sqlite3_create_function(db, "zh_pinyin", nArg,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC |
                                     SQLITE_INNOCUOUS,
                                 0, zhPinyinFunc, 0, 0);
  }
  return rc;
}
