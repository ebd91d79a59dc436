/*
** The zh tokenizer: what it hands FTS5, reusable by the SQL functions that
** show or build on it (zh_tokenize, zh_query).
*/
#ifndef ZH_TOKENIZER_H
#define ZH_TOKENIZER_H

#include "conn.h"
#include "fts5_v2.h"
#include "index_guard.h"
#include "options.h"
#include "pinyin_tokens.h"
#include "scan.h"
#include "segment.h"

typedef struct ZhTokenizer ZhTokenizer;
struct ZhTokenizer {
  ZhOptions opt;
  ZhBuf buf;            /* the scanner's word buffer, reused */
  ZhSegmenter *pSeg;    /* words mode */
  ZhUserDict *pWords;   /* words mode: the words of its dict table */
  char *zFingerprint;   /* what decides its tokens (fingerprint.h) */
  ZhConn *pConn;        /* one reference */
  ZhPinyinRun *pPinyin; /* pinyin 1: the characters held back */
  ZhGuard *pGuard;      /* the FTS5 tokenizer's: is its index its own? */
  char *zBroken;        /* why it cannot tokenize (its dict table) */
};

/*
** Sets up p with options opt for connection pConn: reads the words of the
** dict table the options name.  Returns SQLITE_OK, SQLITE_NOMEM, or
** SQLITE_ERROR with *pzErr set (the dict table is missing or has a bad
** word).  zhTokenizerClear() must follow either way.
*/
int zhTokenizerInit(ZhTokenizer *p, ZhConn *pConn, const ZhOptions *opt,
                    char **pzErr);
void zhTokenizerClear(ZhTokenizer *p);

/* Most arguments a tokenizer takes (options and values). */
#define ZH_MAX_TOKENIZER_ARGS 32

/*
** The fingerprint a tokenizer with the nArg arguments packed in zArgs
** (as zhFts5ZhArgs packs them) would have now on pConn: its user words
** read from its dict table.  SQLITE_OK, NOMEM or ERROR with *pzErr set.
*/
int zhTokenizerFingerprint(ZhConn *pConn, const char *zArgs, int nArg,
                           char **pzFingerprint, char **pzErr);

/*
** Tokenizes pText[0..nText) as the FTS5 tokenizer does for the given
** FTS5_TOKENIZE_* flags, calling xToken with FTS5's arguments.
*/
int zhTokenizerRun(ZhTokenizer *p, int flags, const char *pText, int nText,
                   void *pCtx, ZhXToken xToken);

#endif
