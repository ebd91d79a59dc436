/*
** The segmenter: folded text in, words out.  Runs of Han characters are
** cut into the most probable sequence of dictionary words (a unigram
** model over the embedded dictionary and the connection's own words);
** numbers, dates and percentages are put together by rule; letters and
** digits stay the words the scanner makes.
*/
#ifndef ZH_SEGMENT_H
#define ZH_SEGMENT_H

#include "dict.h"
#include <stdint.h>

/* Per-word bonus, in cost units (ZH_COST_SCALE per nat): it sets how
** finely text is cut.  Tuned on the UD Chinese GSD training set
** (bench/segment), where 1.5 nats maximises word F1. */
#ifndef ZH_WORD_BONUS
#define ZH_WORD_BONUS 1500
#endif

typedef struct ZhSeg ZhSeg;
struct ZhSeg {
  const char *z; /* folded text of the word */
  int n;
  int iStart, iEnd;   /* byte offsets of the word in the input */
  const int32_t *aCp; /* its code points, when it is all Han */
  int nCp;            /* 0 when it is not all Han */
  int nHead;          /* a number with a unit (2024年, 95%): bytes of z
                      ** that are the number; else 0 */
  const char *zTag;   /* part-of-speech tag from the dictionary, or "" */
  /* For a Han word from zhSegment: the path over it, and where it starts
  ** there (zhSegSubwords reads them); else 0. */
  const struct ZhPath *pPath;
  int iPath;
};

typedef int (*ZhSegFn)(void *pCtx, const ZhSeg *pSeg);

typedef struct ZhSegmenter ZhSegmenter;

/* A segmenter folding with flags (ZH_FOLD_*) and consulting pUser (may
** be 0; it must outlive the segmenter).  Returns 0 on OOM. */
ZhSegmenter *zhSegmenterNew(int flags, const ZhUserDict *pUser);
void zhSegmenterFree(ZhSegmenter *p);

/*
** Segments z[0..n), calling xSeg for each word in order until it returns
** other than SQLITE_OK.  Returns SQLITE_OK, SQLITE_NOMEM or xSeg's code.
*/
int zhSegment(ZhSegmenter *p, const char *z, int n, ZhSegFn xSeg, void *pCtx);

/* The cost of the cheapest path through aCp[0..nCp) using the embedded
** dictionary alone (to pick a default cost for a user word). */
int zhSplitCost(ZhSegmenter *p, const int32_t *aCp, int nCp);

/*
** Calls xSub for every dictionary word of two or more characters that
** lies inside the Han word aCp[0..nCp) (not the word itself), with its
** offset and length in characters.
*/
int zhSubwords(const ZhUserDict *pUser, const int32_t *aCp, int nCp,
               int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx);

/*
** zhSubwords() of the Han word pSeg (pSeg->nCp > 0), pUser being the
** segmenter's user words: from the lookups the segmenter made already,
** when pSeg is a word it is emitting and pUser holds none.
*/
int zhSegSubwords(const ZhSeg *pSeg, const ZhUserDict *pUser,
                  int (*xSub)(void *pCtx, int iFirst, int nChar), void *pCtx);

#endif
