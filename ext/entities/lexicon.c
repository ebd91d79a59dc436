/*
** Lookups in the compiled word lists (lexicon.h).  A word at a place of
** the text is found by narrowing the sorted list a character at a time; a
** word that ends at a place, by a binary search for the words that share
** the last character (the lists read backwards are short), each of those
** then compared.
*/
#include "lexicon.h"
#include "lexicon_data.h"
#include <string.h>

/* The first of the words aLexBackward[lo..hi) (sorted by their characters
** read backwards) whose last character is c or later. */
static int lastCharBound(int lo, int hi, int32_t c) {
  while( lo < hi ) {
    int mid = lo + (hi - lo) / 2;
    const ZhLexWord *w = &aLexWord[aLexBackward[mid]];
    if( aLexCp[w->iCp + w->nCp - 1] < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The first word of aWord[lo..hi), all of more than d characters, whose
** character d is c or later (bAfter: later than c). */
static int boundAt(int lo, int hi, int d, int32_t c, int bAfter) {
  while( lo < hi ) {
    int mid = lo + (hi - lo) / 2;
    int32_t k = aLexCp[aLexWord[mid].iCp + d];
    if( k < c || (bAfter && k == c) )
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The words are sorted by their characters, a word before those it
** starts: the words that start with aC[k..k+d] are a range, narrowed one
** character at a time by two binary searches, and the word of d + 1
** characters, if the list holds it, is first in it.  The gazetteer of
** places holds thousands of words that start alike (中国, 中山...). */
int zhLexAtSearch(int iLex, const int32_t *aC, int n, int k, int *piWord) {
  const ZhLexInfo *p = &zhLexInfo[iLex];
  int nBest = 0, lo = p->iWord, hi = p->iWord + p->nWord;
  for( int d = 0; k + d < n && lo < hi; d++ ) {
    if( aLexWord[lo].nCp == d ) lo++; /* the word of d characters */
    lo = boundAt(lo, hi, d, aC[k + d], 0);
    hi = boundAt(lo, hi, d, aC[k + d], 1);
    if( lo < hi && aLexWord[lo].nCp == d + 1 ) {
      nBest = d + 1;
      if( piWord ) *piWord = lo;
    }
  }
  return nBest;
}

int zhLexEndsAtSearch(int iLex, const int32_t *aC, int kMin, int k1) {
  const ZhLexInfo *p = &zhLexInfo[iLex];
  int nBest = 0, iEnd = p->iWord + p->nWord;
  for( int i = lastCharBound(p->iWord, iEnd, aC[k1 - 1]); i < iEnd; i++ ) {
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

int zhLexIsHashed(int iLex, const int32_t *aC, int k0, int k1) {
  const ZhLexInfo *p = &zhLexInfo[iLex];
  int n = k1 - k0;
  if( n <= 0 || n > p->nMaxCp ) return 0;
  uint32_t hash = zhLexHash(aC + k0, n);
  for( uint32_t h = hash & p->mask; p->aSlot[h]; h = (h + 1) & p->mask ) {
    if( (p->aSlot[h] ^ hash) >> 16 ) continue;
    const ZhLexWord *w = &aLexWord[(p->aSlot[h] & 0xFFFF) - 1];
    int i = 0;
    while( i < n && w->nCp == n && aLexCp[w->iCp + i] == aC[k0 + i] ) i++;
    if( i == n ) return 1;
  }
  return 0;
}

const char *zhLexValue(int iWord) {
  return azLexValue[aLexWord[iWord].iValue];
}
