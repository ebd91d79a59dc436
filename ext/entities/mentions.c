/*
** One person, many mentions: after the labeller, the people it found are
** compared across the text.  A person named in full in one place is named
** in full where only part of it was found, and wherever else it stands
** outside every name (苍施文 and 施文); a person of three characters that
** is one the text knows and a character of the next word is cut to it
** (李咏因病 and 李咏).  The labels themselves are rewritten, before the
** names are read from them (extract.c).
*/
#include "model.h"
#include "../dict_access.h"
#include <string.h>

/* The end of the name that starts at k0 (labelled B or S), of kind
** *peKind. */
int zhEntNameEnd(const unsigned char *aLabel, int n, int k0, int *peKind) {
  static const int aKind[] = {ZH_ENT_PERSON, ZH_ENT_PLACE, ZH_ENT_ORG};
  int k1 = k0 + 1;
  if( zhLabelPart(aLabel[k0]) == ZH_PART_B ) {
    while( k1 < n && zhLabelPart(aLabel[k1]) == ZH_PART_I ) k1++;
    if( k1 < n ) k1++; /* the E */
  }
  *peKind = aKind[zhLabelKind(aLabel[k0])];
  return k1;
}

/* True if the labels of [k0, k1) are all O. */
static int allOutside(const unsigned char *aLabel, int k0, int k1) {
  for( int k = k0; k < k1; k++ ) {
    if( aLabel[k] != ZH_LABEL_O ) return 0;
  }
  return 1;
}

/* Labels [k0, k1) as one person. */
static void labelPerson(unsigned char *aLabel, int k0, int k1) {
  for( int k = k0; k < k1; k++ )
    aLabel[k] = ZH_LABEL(0, k == k0 ? ZH_PART_B : ZH_PART_I);
  aLabel[k1 - 1] = ZH_LABEL(0, k1 - k0 == 1 ? ZH_PART_S : ZH_PART_E);
}

/* Where each character that starts a person stands in the text: for the
** first characters of up to 64 people, in a table of 128 slots, the
** first position (aFirst) and from each position the next of the same
** character (aNext, one a character of the text). */
typedef struct ZhEntSeen ZhEntSeen;
struct ZhEntSeen {
  int32_t aC[128];
  unsigned char aUsed[128];
  uint64_t aMay[16]; /* the characters by their low 10 bits, a filter */
  int aFirst[128], aLast[128];
  int *aNext;
};

/* The slot of character c: its own, or the empty one it would take. */
static int seenSlot(const ZhEntSeen *p, int32_t c) {
  int h = (int)(((uint32_t)c * 0x9E3779B1u) >> 25);
  while( p->aUsed[h] && p->aC[h] != c ) h = (h + 1) & 127;
  return h;
}

/* Fills p for the first characters of the people a0[0..nP) of three
** characters or more (a1: their ends); 0, or SQLITE_NOMEM. */
static int seenInit(ZhEntSeen *p, const ZhEntText *t, const int *a0,
                    const int *a1, int nP) {
  memset(p->aUsed, 0, sizeof(p->aUsed));
  memset(p->aMay, 0, sizeof(p->aMay));
  p->aNext = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)t->n + 1));
  if( p->aNext == 0 ) return SQLITE_NOMEM;
  for( int i = 0; i < nP; i++ ) {
    int h = seenSlot(p, t->aC[a0[i]]);
    if( a1[i] - a0[i] < 3 || p->aUsed[h] ) continue;
    p->aUsed[h] = 1;
    p->aC[h] = t->aC[a0[i]];
    p->aMay[(p->aC[h] >> 6) & 15] |= (uint64_t)1 << (p->aC[h] & 63);
    p->aFirst[h] = p->aLast[h] = -1;
  }
  for( int k = 0; k < t->n; k++ ) {
    if( !((p->aMay[(t->aC[k] >> 6) & 15] >> (t->aC[k] & 63)) & 1) ) continue;
    int h = seenSlot(p, t->aC[k]);
    if( !p->aUsed[h] ) continue;
    p->aNext[k] = -1;
    if( p->aLast[h] < 0 )
      p->aFirst[h] = k;
    else
      p->aNext[p->aLast[h]] = k;
    p->aLast[h] = k;
  }
  return SQLITE_OK;
}

/* Each other mention of the person aC[k0, k1) of three characters or more
** outside every name is that person too (拿到补贴的苍施文高兴地说): each
** place its first character stands (p), in the order of the text. */
static void mentionsOf(const ZhEntText *t, const ZhEntSeen *p,
                       unsigned char *aLabel, int k0, int k1) {
  int n = k1 - k0;
  if( n < 3 ) return;
  for( int k = p->aFirst[seenSlot(p, t->aC[k0])]; k >= 0 && k + n <= t->n;
       k = p->aNext[k] ) {
    if( allOutside(aLabel, k, k + n) &&
        memcmp(&t->aC[k], &t->aC[k0], sizeof(int32_t) * n) == 0 )
      labelPerson(aLabel, k, k + n);
  }
}

/* True if the people a0[j]..a1[j] (nP of them) name the two characters at
** kTwo alone at least as often as the three at kThree. */
static int aloneAsOften(const ZhEntText *t, const int *a0, const int *a1,
                        int nP, int kTwo, int kThree) {
  int nTwo = 0, nThree = 0;
  for( int j = 0; j < nP; j++ ) {
    int n = a1[j] - a0[j];
    if( n == 2 )
      nTwo += memcmp(&t->aC[a0[j]], &t->aC[kTwo], sizeof(int32_t) * 2) == 0;
    if( n == 3 )
      nThree += memcmp(&t->aC[a0[j]], &t->aC[kThree], sizeof(int32_t) * 3) == 0;
  }
  return nTwo >= nThree;
}

/* True if the characters [k0, k1) stand in the text more than once: the
** scan stops at the second. */
static int moreThanOnce(const ZhEntText *t, int k0, int k1) {
  int n = 0;
  for( int k = 0; k + (k1 - k0) <= t->n && n < 2; k++ ) {
    n += t->aC[k] == t->aC[k0] &&
         memcmp(&t->aC[k], &t->aC[k0], sizeof(int32_t) * (k1 - k0)) == 0;
  }
  return n > 1;
}

/* A person of three characters whose third character ends no given name
** in friso's lists, and whose first two the labeller names as a person
** alone in the text at least as often as with that third, is those two:
** the third begins the next word (李咏因病 once, 李咏 five times; 唐嫣罗晋
** and 唐嫣; 库里本赛季 and 库里).  A real name cut so (顾延之, 萨索洛) is the
** price: in 10 MB of news about one cut in twelve.
**
** The other side: one whose first character is no surname, or one mostly
** a word of its own (向, 曝: weak_surnames.txt), whose three characters
** stand once in the text, and whose last two the labeller names alone at
** least as often, is those two (向王刚 and 王刚, 曝伊布 and 伊布; 苍施文,
** three times in its text, stays whole).
**
** People a0[i]..a1[i] (nP of them) are cut in place, spans and labels. */
static void cutToKnown(const ZhEntText *t, unsigned char *aLabel, int *a0,
                       int *a1, int nP) {
  for( int i = 0; i < nP; i++ ) {
    if( a1[i] - a0[i] != 3 ) continue;
    int32_t cFirst = t->aC[a0[i]], cLast = t->aC[a0[i] + 2];
    if( !(zhDictCharFlags(cLast) & ZH_CF_GIVEN_LAST) &&
        aloneAsOften(t, a0, a1, nP, a0[i], a0[i]) ) {
      aLabel[--a1[i]] = ZH_LABEL_O;
      labelPerson(aLabel, a0[i], a1[i]);
    } else if( (!(zhDictCharFlags(cFirst) & ZH_CF_SURNAME) ||
                zhEntIsWeakSurname(cFirst)) &&
               aloneAsOften(t, a0, a1, nP, a0[i] + 1, a0[i]) &&
               !moreThanOnce(t, a0[i], a1[i]) ) {
      aLabel[a0[i]++] = ZH_LABEL_O;
      labelPerson(aLabel, a0[i], a1[i]);
    }
  }
}

/* A person the labeller names in full elsewhere in the text is named in
** full here too (梁炳超 five times, and 梁炳 where a line break split the
** name: 梁炳|超细数; 苍施文 and 施文), and wherever else it stands outside
** every name: a shorter person inside a longer one, whose other
** characters stand around it outside every name, becomes that one.  The
** first 64 people of a text are compared.  Returns an SQLite code. */
int zhEntSamePerson(const ZhEntText *t, unsigned char *aLabel) {
  int a0[64], a1[64], nP = 0, eKind;
  for( int k = 0; k < t->n && nP < 64; k++ ) {
    int ePart = zhLabelPart(aLabel[k]);
    if( ePart != ZH_PART_B && ePart != ZH_PART_S ) continue;
    a0[nP] = k;
    a1[nP] = zhEntNameEnd(aLabel, t->n, k, &eKind);
    if( eKind == ZH_ENT_PERSON ) nP++;
  }
  cutToKnown(t, aLabel, a0, a1, nP);
  for( int i = 0; i < nP; i++ ) {
    for( int j = 0; j < nP; j++ ) {
      int nS = a1[i] - a0[i], nT = a1[j] - a0[j];
      for( int d = 0; nT > nS && nT <= 6 && d <= nT - nS; d++ ) {
        int k0 = a0[i] - d, k1 = k0 + nT;
        if( k0 < 0 || k1 > t->n ||
            memcmp(&t->aC[k0], &t->aC[a0[j]], sizeof(int32_t) * nT) != 0 ||
            !allOutside(aLabel, k0, a0[i]) || !allOutside(aLabel, a1[i], k1) )
          continue;
        labelPerson(aLabel, k0, k1);
        a0[i] = k0;
        a1[i] = k1;
        break;
      }
    }
  }
  /* Only people of three characters or more have other mentions. */
  int bLong = 0;
  for( int i = 0; i < nP; i++ ) bLong |= a1[i] - a0[i] >= 3;
  if( !bLong ) return SQLITE_OK;
  ZhEntSeen seen;
  int rc = seenInit(&seen, t, a0, a1, nP);
  for( int i = 0; i < nP && rc == SQLITE_OK; i++ )
    mentionsOf(t, &seen, aLabel, a0[i], a1[i]);
  sqlite3_free(seen.aNext);
  return rc;
}
