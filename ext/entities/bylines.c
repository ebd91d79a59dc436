/*
** Datelines and credits: the names after 记者 and 通讯员 (byline_roles.txt),
** up to 报道, 摄 or a bracket, each with its role; a credit that ends in 摄
** is a photographer's.
*/
#include "internal.h"

/* Spaces and a list's comma (、) part the names of a credit. */
static int isNameGap(int32_t c) {
  return c == ' ' || c == 0x3000 || c == 0x3001;
}

/* True if what ends a byline name starts at k. */
static int atNameEnd(const ZhEntText *t, int k) {
  if( k >= t->n ) return 1;
  int32_t c = t->aC[k];
  return c == 0x3001 /* 、 */ || c == ' ' || c == 0x3000 || c == ')' ||
         c == '(' || c == '\n' || c == '\r' || c == '\t' ||
         zhEntLexAt(t, ZH_LEX_BYLINE_ENDS, k) ||
         zhEntLexAt(t, ZH_LEX_BYLINE_ROLES, k);
}

/* The names after a credit's word, from j: their spans in aName (room for
** 16); returns how many. */
static int creditNames(const ZhEntText *t, int j, int aName[16][2]) {
  int nName = 0;
  for( ;; ) {
    while( j < t->n && isNameGap(t->aC[j]) ) j++;
    int j0 = j;
    if( zhEntLexAt(t, ZH_LEX_BYLINE_ENDS, j0) ) break;
    while( j < t->n && zhEntIsHan(t->aC[j]) && j - j0 < 5 &&
           !(j > j0 && atNameEnd(t, j)) )
      j++;
    if( j - j0 < 2 || j - j0 > 4 || !atNameEnd(t, j) || nName == 16 ) break;
    /* 通讯员 王黎、本报记者 董志红: the next credit, not a name. */
    if( zhEntLexAt(t, ZH_LEX_BYLINE_ROLES, j0) || zhEntAt(t, j0, "本报") )
      break;
    aName[nName][0] = j0;
    aName[nName][1] = j;
    nName++;
    if( j >= t->n || !isNameGap(t->aC[j]) ) break;
  }
  return nName;
}

void zhEntBylines(ZhEntEx *x) {
  const ZhEntText *t = &x->t;
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; k++ ) {
    int iWord, n = zhLexAt(ZH_LEX_BYLINE_ROLES, t->aC, t->n, k, &iWord);
    if( n == 0 ) continue;
    const char *zRole = zhLexValue(iWord);
    int aName[16][2], nName = creditNames(t, k + n, aName);
    if( nName == 0 ) continue;
    /* "通讯员 董颖 摄": the photo's author. */
    int j = aName[nName - 1][1];
    while( j < t->n && (t->aC[j] == ' ' || t->aC[j] == 0x3000) ) j++;
    if( zhEntAt(t, j, "摄") && !zhEntAt(t, j, "摄影报道") )
      zRole = "photographer";
    for( int m = 0; m < nName; m++ ) {
      zhEntAdd(x, ZH_ENT_PERSON, aName[m][0], aName[m][1], ZH_PRI_BYLINE, zRole,
               0);
    }
    k = aName[nName - 1][1] - 1;
  }
}
