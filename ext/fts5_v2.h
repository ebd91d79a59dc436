/*
** FTS5's version 2 tokenizer interface (SQLite 3.47+), declared here under
** our own names because the headers of older SQLite releases (Debian 12
** ships 3.40) lack it.  The layouts follow SQLite's fts5.h; the extension
** uses them only when the running SQLite reports fts5_api iVersion >= 3,
** so one build serves both old and new SQLite.
*/
#ifndef ZH_FTS5_V2_H
#define ZH_FTS5_V2_H

#include "sqlite3ext.h"

typedef int (*ZhXToken)(void *pCtx, int tflags, const char *pToken, int nToken,
                        int iStart, int iEnd);

typedef struct ZhFts5TokenizerV2 ZhFts5TokenizerV2;
struct ZhFts5TokenizerV2 {
  int iVersion; /* 2 */
  int (*xCreate)(void *, const char **azArg, int nArg, Fts5Tokenizer **ppOut);
  void (*xDelete)(Fts5Tokenizer *);
  int (*xTokenize)(Fts5Tokenizer *, void *pCtx, int flags, const char *pText,
                   int nText, const char *pLocale, int nLocale,
                   ZhXToken xToken);
};

typedef struct ZhFts5ApiV3 ZhFts5ApiV3;
struct ZhFts5ApiV3 {
  int iVersion; /* 3 or more */
  int (*xCreateTokenizer)(fts5_api *, const char *, void *, fts5_tokenizer *,
                          void (*)(void *));
  int (*xFindTokenizer)(fts5_api *, const char *, void **, fts5_tokenizer *);
  int (*xCreateFunction)(fts5_api *, const char *, void *,
                         fts5_extension_function, void (*)(void *));
  int (*xCreateTokenizer_v2)(fts5_api *, const char *, void *,
                             ZhFts5TokenizerV2 *, void (*)(void *));
  int (*xFindTokenizer_v2)(fts5_api *, const char *, void **,
                           ZhFts5TokenizerV2 **);
};

#endif
