/*
** Folding: the normalisation applied identically to documents and queries
** before tokens are cut, so that equivalent spellings index alike.
*/
#ifndef ZH_FOLD_H
#define ZH_FOLD_H

#include <stdint.h>

#define ZH_FOLD_NFKC 0x01 /* compatibility forms, full width -> ASCII */
#define ZH_FOLD_CASE 0x02 /* Unicode case folding */
#define ZH_FOLD_T2S  0x04 /* traditional -> simplified Chinese */
#define ZH_FOLD_ALL  (ZH_FOLD_NFKC | ZH_FOLD_CASE | ZH_FOLD_T2S)

/* Longest fold of one cluster that zhFoldCluster() writes. */
#define ZH_FOLD_MAX 64

/* At most this many marks join a cluster (the tokenizer's and zh_fold's):
** input with thousands of combining marks on one letter costs no more
** than ordinary text. */
#define ZH_MAX_MARKS 16

/* The simplified form of Han character c, or c. */
int32_t zhT2s(int32_t c);

/* The same for c in the core Han block (U+4E00..U+9FFF), inline: the
** scanner's hot path. */
extern const unsigned short zh_t2s_core[0x5200];
static inline int32_t zhT2sCore(int32_t c) {
  int32_t s = zh_t2s_core[c - 0x4E00];
  return s ? s : c;
}

/*
** Folds one cluster: a code point and the combining marks after it, as
** UTF-8 in z[0..n) (valid UTF-8).  Writes the folded code points to aOut
** (room for ZH_FOLD_MAX) and returns how many: 0 when the cluster folds to
** nothing (a zero-width space, a variation selector).  A cluster whose fold
** would not fit is passed through unfolded, so the result is always
** deterministic.
*/
int zhFoldCluster(int flags, const unsigned char *z, int n, int32_t *aOut);

#endif
