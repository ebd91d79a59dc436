/*
** What the zh tokenizer hands FTS5, reusable by the SQL functions that
** show or build on it (zh_tokenize, zh_query).
*/
#ifndef ZH_TOKENIZER_H
#define ZH_TOKENIZER_H

#include "fts5_v2.h"
#include "options.h"
#include "scan.h"

/* Written before a token that follows a separator or starts the text. */
#define ZH_GAP_MARK '|'

typedef struct ZhTokenSink ZhTokenSink;
struct ZhTokenSink {
  void *pCtx;
  ZhXToken xToken;
  int bQuery; /* FTS5_TOKENIZE_QUERY: first token in both forms */
  int bFirst;
};

/* The ZhTokenFn that passes scanner tokens to a ZhTokenSink. */
int zhEmitFts5Token(void *pSink, ZhToken *pTok);

/*
** Tokenizes pText[0..nText) exactly as the FTS5 tokenizer does for the
** given FTS5_TOKENIZE_* flags, calling xToken with FTS5's arguments.
*/
int zhTokenizeText(const ZhOptions *pOpt, ZhBuf *pBuf, int flags,
                   const char *pText, int nText, void *pCtx, ZhXToken xToken);

#endif
