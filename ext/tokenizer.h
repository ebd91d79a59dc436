/*
** The zh tokenizer: what it hands FTS5, reusable by the SQL functions that
** show or build on it (zh_tokenize, zh_query).
*/
#ifndef ZH_TOKENIZER_H
#define ZH_TOKENIZER_H

#include "conn.h"
#include "fts5_v2.h"
#include "options.h"
#include "pinyin_tokens.h"
#include "scan.h"
#include "segment.h"

/* Written before a token that follows a separator or starts the text
** (substring mode). */
#define ZH_GAP_MARK '|'

typedef struct ZhTokenizer ZhTokenizer;
struct ZhTokenizer {
  ZhOptions opt;
  ZhBuf buf;            /* the scanner's word buffer, reused */
  ZhSegmenter *pSeg;    /* words mode */
  ZhConn *pConn;        /* holds the user dictionary; one reference */
  ZhPinyinRun *pPinyin; /* pinyin 1: the characters held back */
};

/* Sets up p with options opt for connection pConn; SQLITE_OK or NOMEM.
** zhTokenizerClear() must follow either way. */
int zhTokenizerInit(ZhTokenizer *p, ZhConn *pConn, const ZhOptions *opt);
void zhTokenizerClear(ZhTokenizer *p);

/*
** Tokenizes pText[0..nText) as the FTS5 tokenizer does for the given
** FTS5_TOKENIZE_* flags, calling xToken with FTS5's arguments.
*/
int zhTokenizerRun(ZhTokenizer *p, int flags, const char *pText, int nText,
                   void *pCtx, ZhXToken xToken);

#endif
