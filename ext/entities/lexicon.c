/*
** Lookups in the compiled word lists (lexicon.h).  The lists are short:
** a binary search finds the words that share the first (or the last)
** character, and each of those is compared.
*/
#include "lexicon.h"
#include "lexicon_data.h"
#include <string.h>

/* The first word of aWord[lo..hi) (indexes through aIdx, or direct when
** aIdx is 0) whose character at the end (bBack) or start is c or later. */
static int lowerBound(const unsigned short *aIdx, int lo, int hi, int bBack,
                      int32_t c) {
  while( lo < hi ) {
    int mid = lo + (hi - lo) / 2;
    const ZhLexWord *w = &aLexWord[aIdx ? aIdx[mid] : mid];
    int32_t k = aLexCp[w->iCp + (bBack ? w->nCp - 1 : 0)];
    if( k < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

int zhLexAtSearch(int iLex, const int32_t *aC, int n, int k, int *piWord) {
  const ZhLexInfo *p = &zhLexInfo[iLex];
  int nBest = 0, iEnd = p->iWord + p->nWord;
  for( int i = lowerBound(0, p->iWord, iEnd, 0, aC[k]); i < iEnd; i++ ) {
    const ZhLexWord *w = &aLexWord[i];
    if( aLexCp[w->iCp] != aC[k] ) break;
    if( w->nCp <= nBest || w->nCp > n - k ) continue;
    if( memcmp(&aLexCp[w->iCp], &aC[k], sizeof(int32_t) * (size_t)w->nCp) )
      continue;
    nBest = w->nCp;
    if( piWord ) *piWord = i;
  }
  return nBest;
}

int zhLexEndsAtSearch(int iLex, const int32_t *aC, int kMin, int k1) {
  const ZhLexInfo *p = &zhLexInfo[iLex];
  int nBest = 0, iEnd = p->iWord + p->nWord;
  for( int i = lowerBound(aLexBackward, p->iWord, iEnd, 1, aC[k1 - 1]);
       i < iEnd; i++ ) {
    const ZhLexWord *w = &aLexWord[aLexBackward[i]];
    if( aLexCp[w->iCp + w->nCp - 1] != aC[k1 - 1] ) break;
    if( w->nCp <= nBest || w->nCp > k1 - kMin ) continue;
    if( memcmp(&aLexCp[w->iCp], &aC[k1 - w->nCp],
               sizeof(int32_t) * (size_t)w->nCp) )
      continue;
    nBest = w->nCp;
  }
  return nBest;
}

const char *zhLexValue(int iWord) {
  return azLexValue[aLexWord[iWord].iValue];
}
