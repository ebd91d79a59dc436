/*
** The tokenizer's pinyin tokens (option pinyin 1, substring mode).
**
** Documents: each Han character token is followed by colocated tokens for
** its readings ("~yin", "~hang") and their initials ("^y", "^h"), at its
** position, and separator tokens stand between runs as for characters, so
** a phrase of syllables or initials is exactly as strict as a phrase of
** characters.
**
** Queries: "~syllable" and "^initials" (one initial per letter) in the
** query text are read as such tokens; zh_query() writes them.  The rest of
** the text is tokenized as always.
*/
#ifndef ZH_PINYIN_TOKENS_H
#define ZH_PINYIN_TOKENS_H

#include "scan.h"

typedef struct ZhPinyinEmit ZhPinyinEmit;
struct ZhPinyinEmit {
  ZhTokenFn xToken; /* a token, as substring mode emits it */
  /* a pinyin token colocated with the token before */
  int (*xColocated)(void *pCtx, const char *z, int n, int iStart, int iEnd);
  void *pCtx;
};

/* Buffers of the pending run of characters, kept across calls. */
typedef struct ZhPinyinRun ZhPinyinRun;
void zhPinyinRunFree(ZhPinyinRun *p);

int zhPinyinDocument(ZhPinyinRun **pp, int fold, ZhBuf *pBuf, const char *z,
                     int n, const ZhPinyinEmit *pE);
int zhPinyinQuery(int fold, ZhBuf *pBuf, const char *z, int n,
                  const ZhPinyinEmit *pE);

/* True if query text z[0..n) holds a pinyin token ("~bei", "^bj").  Every
** zh table reads those as pinyin, with option pinyin or without: on a
** table without it they match nothing, so the pinyin alternatives that
** zh_query() writes ("beijing" OR "~bei~jing") cannot match the Latin
** words "bei jing" there. */
int zhPinyinHasMarks(const char *z, int n);

#endif
