/*
** The embedded dictionary (see dict.h for its layout) and the per
** connection user dictionary.
*/
#include "zh.h"
#include "dict_access.h"
#include <string.h>

int zhDictCheck(void) {
  /* Two symbols of one assembler section: compare addresses, not pointers. */
  size_t nBlob =
      (size_t)((uintptr_t)zh_dict_blob_end - (uintptr_t)zh_dict_blob);
  const uint32_t one = 1;
  if( *(const unsigned char *)&one != 1 ) return 1; /* little endian only */
  if( nBlob != ZH_DICT_BYTES ) return 1;
  if( memcmp(zh_dict_blob, ZH_DICT_MAGIC, 8) != 0 ) return 1;
  uint32_t nNode;
  memcpy(&nNode, zh_dict_blob + 8, 4);
  return nNode != ZH_DICT_NODES; /* the blob and its layout header agree */
}

/* ---- user words ---------------------------------------------------------- */

typedef struct ZhUserWord ZhUserWord;
struct ZhUserWord {
  int32_t *aCp; /* 0: empty slot */
  int nCp;
  int cost;
  char zTag[8];
};

struct ZhUserDict {
  ZhUserWord *aSlot;
  int nSlot; /* a power of two, or 0 */
  int nWord;
  int nMaxLen;
  int aLenCount[ZH_USER_WORD_MAX + 1]; /* words of each length */
};

static unsigned hashCp(const int32_t *aCp, int nCp) {
  unsigned h = 2166136261u;
  for( int i = 0; i < nCp; i++ ) h = (h ^ (unsigned)aCp[i]) * 16777619u;
  return h;
}

static ZhUserWord *findSlot(const ZhUserDict *p, const int32_t *aCp, int nCp) {
  unsigned i = hashCp(aCp, nCp) & (unsigned)(p->nSlot - 1);
  for( ;; ) {
    ZhUserWord *w = &p->aSlot[i];
    if( w->aCp == 0 ) return w;
    if( w->nCp == nCp && memcmp(w->aCp, aCp, sizeof(int32_t) * nCp) == 0 )
      return w;
    i = (i + 1) & (unsigned)(p->nSlot - 1);
  }
}

ZhUserDict *zhUserDictNew(void) {
  ZhUserDict *p = sqlite3_malloc(sizeof(*p));
  if( p ) memset(p, 0, sizeof(*p));
  return p;
}

void zhUserDictFree(ZhUserDict *p) {
  if( p == 0 ) return;
  for( int i = 0; i < p->nSlot; i++ ) sqlite3_free(p->aSlot[i].aCp);
  sqlite3_free(p->aSlot);
  sqlite3_free(p);
}

static int grow(ZhUserDict *p) {
  int nNew = p->nSlot ? p->nSlot * 2 : 64;
  ZhUserWord *aNew =
      sqlite3_malloc64(sizeof(ZhUserWord) * (sqlite3_uint64)nNew);
  ZhUserDict tmp;
  if( aNew == 0 ) return SQLITE_NOMEM;
  memset(aNew, 0, sizeof(ZhUserWord) * nNew);
  tmp.aSlot = aNew;
  tmp.nSlot = nNew;
  for( int i = 0; i < p->nSlot; i++ ) {
    if( p->aSlot[i].aCp )
      *findSlot(&tmp, p->aSlot[i].aCp, p->aSlot[i].nCp) = p->aSlot[i];
  }
  sqlite3_free(p->aSlot);
  p->aSlot = aNew;
  p->nSlot = nNew;
  return SQLITE_OK;
}

int zhUserDictAdd(ZhUserDict *p, const int32_t *aCp, int nCp, int cost,
                  const char *zTag) {
  ZhUserWord *w;
  if( nCp < 1 || nCp > ZH_USER_WORD_MAX ) return SQLITE_MISUSE;
  if( (p->nWord + 1) * 2 > p->nSlot && grow(p) ) return SQLITE_NOMEM;
  w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) {
    w->aCp = sqlite3_malloc64(sizeof(int32_t) * (sqlite3_uint64)nCp);
    if( w->aCp == 0 ) return SQLITE_NOMEM;
    memcpy(w->aCp, aCp, sizeof(int32_t) * nCp);
    w->nCp = nCp;
    p->nWord++;
    p->aLenCount[nCp]++;
  }
  w->cost = cost;
  memset(w->zTag, 0, sizeof(w->zTag));
  if( zTag ) strncpy(w->zTag, zTag, sizeof(w->zTag) - 1);
  if( nCp > p->nMaxLen ) p->nMaxLen = nCp;
  return SQLITE_OK;
}

/*
** Removes a word in time proportional to its probe run, not to the table:
** the words after the hole that would no longer be found from their home
** slot move back into it (deletion without tombstones for linear probing).
*/
int zhUserDictRemove(ZhUserDict *p, const int32_t *aCp, int nCp) {
  unsigned mask, i, j;
  if( p->nSlot == 0 ) return SQLITE_OK;
  ZhUserWord *w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) return SQLITE_OK;
  sqlite3_free(w->aCp);
  w->aCp = 0;
  p->nWord--;
  p->aLenCount[nCp]--;
  while( p->nMaxLen > 0 && p->aLenCount[p->nMaxLen] == 0 ) p->nMaxLen--;
  mask = (unsigned)p->nSlot - 1;
  i = (unsigned)(w - p->aSlot);
  for( j = (i + 1) & mask; p->aSlot[j].aCp; j = (j + 1) & mask ) {
    unsigned home = hashCp(p->aSlot[j].aCp, p->aSlot[j].nCp) & mask;
    /* The word at j stays if its home lies cyclically in (i, j]. */
    if( ((j - home) & mask) < ((j - i) & mask) ) continue;
    p->aSlot[i] = p->aSlot[j];
    p->aSlot[j].aCp = 0;
    i = j;
  }
  return SQLITE_OK;
}

int zhUserDictCost(const ZhUserDict *p, const int32_t *aCp, int nCp,
                   const char **pzTag) {
  const ZhUserWord *w;
  if( p == 0 || p->nWord == 0 || nCp > p->nMaxLen ) return -1;
  w = findSlot(p, aCp, nCp);
  if( w->aCp == 0 ) return -1;
  if( pzTag ) *pzTag = w->zTag;
  return w->cost;
}

int zhUserDictMaxLen(const ZhUserDict *p) {
  return p ? p->nMaxLen : 0;
}

int zhUserDictCount(const ZhUserDict *p) {
  return p ? p->nWord : 0;
}
