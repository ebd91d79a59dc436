/*
** Entity extraction (entities.h): the passes over the text, each with its
** own evidence, add candidates to one pool; overlaps are then resolved.
**
**   1. Titles in 《》, and the newspapers among them (titles.c).
**   2. Datelines and credits: the names after 记者 and 通讯员 (bylines.c).
**   3. Numbers and what follows them: dates, times, money, percentages,
**      quantities (numbers.c).
**   4. Words: the generators of people, places and organisations over the
**      segmenter's words (generators.c).
**
** Where entities overlap, the first passes win, then the longest.
*/
#include "internal.h"
#include "../utf8.h"
#include <string.h>

int zhEntitiesExtract(const char *z, int n, int mKinds, int eNesting,
                      const ZhUserDict *pUser, ZhEntity **paEnt, int *pnEnt) {
  ZhEntEx x;
  ZhEntity *aOut = 0;
  int nOut = 0;
  memset(&x, 0, sizeof(x));
  x.mKinds = mKinds;
  x.eNesting = eNesting;
  *paEnt = 0;
  *pnEnt = 0;
  x.rc = zhEntTextInit(&x.t, z, n);
  if( x.rc == SQLITE_OK ) zhEntTitles(&x);
  if( x.rc == SQLITE_OK ) zhEntBylines(&x);
  if( x.rc == SQLITE_OK ) zhEntNumbers(&x);
  if( x.rc == SQLITE_OK &&
      (mKinds & (ZH_ENT_PERSON | ZH_ENT_PLACE | ZH_ENT_ORG)) ) {
    zhEntGenerate(&x, z, n, pUser);
  }
  if( x.rc == SQLITE_OK && x.n > 0 ) x.rc = zhEntResolve(&x, &aOut, &nOut);
  for( int i = 0; i < x.n; i++ ) sqlite3_free(x.a[i].e.zValue);
  sqlite3_free(x.a);
  zhEntTextClear(&x.t);
  if( x.rc != SQLITE_OK ) {
    zhEntitiesFree(aOut, nOut);
    return x.rc;
  }
  *paEnt = aOut;
  *pnEnt = nOut;
  return SQLITE_OK;
}

void zhEntitiesFree(ZhEntity *aEnt, int nEnt) {
  for( int i = 0; i < nEnt; i++ ) sqlite3_free(aEnt[i].zValue);
  sqlite3_free(aEnt);
}

static const char *const azKind[] = {"person",  "place",    "organization",
                                     "date",    "time",     "money",
                                     "percent", "quantity", "title"};

const char *zhEntityKindName(int e) {
  for( int i = 0; i < 9; i++ ) {
    if( e == (1 << i) ) return azKind[i];
  }
  return "?";
}

int zhEntityNesting(const char *z, char **pzErr) {
  static const char *const azNesting[] = {"longest", "units", "nested"};
  *pzErr = 0;
  if( z == 0 ) return ZH_NEST_LONGEST;
  for( int i = 0; i < 3; i++ ) {
    if( sqlite3_stricmp(z, azNesting[i]) == 0 ) return i;
  }
  *pzErr = sqlite3_mprintf("zh_entities: unknown nesting '%.*s%s' (nesting: "
                           "longest, units, nested)",
                           ZH_ERR_QUOTE(z, -1));
  return -1;
}

int zhEntityKinds(const char *zList, char **pzErr) {
  int m = 0;
  const char *z = zList;
  *pzErr = 0;
  while( *z ) {
    while( *z == ' ' || *z == ',' ) z++;
    if( !*z ) break;
    const char *zEnd = z;
    while( *zEnd && *zEnd != ',' && *zEnd != ' ' ) zEnd++;
    int i, n = (int)(zEnd - z);
    for( i = 0; i < 9; i++ ) {
      if( (int)strlen(azKind[i]) == n && memcmp(azKind[i], z, n) == 0 ) break;
    }
    if( i == 9 && n == 12 && memcmp(z, "organisation", 12) == 0 ) i = 2;
    if( i == 9 ) {
      *pzErr = sqlite3_mprintf("zh_entities: unknown kind '%.*s%s' (kinds: "
                               "person, place, organization, "
                               "date, time, money, percent, quantity, title)",
                               ZH_ERR_QUOTE(z, n));
      return -1;
    }
    m |= 1 << i;
    z = zEnd;
  }
  if( m == 0 ) {
    *pzErr = sqlite3_mprintf("zh_entities: no kind named in '%.*s%s'",
                             ZH_ERR_QUOTE(zList, -1));
    return -1;
  }
  return m;
}
