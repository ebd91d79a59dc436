/*
** Titles of works: what stands in 《》.  A newspaper or a magazine is an
** organisation as well as a title (《纽约时报》, 《经济周刊》).
*/
#include "internal.h"

/* True if the title [k0, k1) names a newspaper or a magazine: one ending
** in 周刊, 杂志..., or in 报 but not in 公报, 通报... */
static int isPaperName(const ZhEntText *t, int k0, int k1) {
  if( k1 - k0 < 3 ) return 0;
  if( zhEntLexEnds(t, ZH_LEX_PAPER_ENDINGS, k1) == 2 ) return 1;
  if( t->aC[k1 - 1] != 0x62A5 /* 报 */ ) return 0;
  return zhEntLexAt(t, ZH_LEX_NOT_PAPER_ENDINGS, k1 - 2) == 0;
}

void zhEntTitles(ZhEntEx *x) {
  const ZhEntText *t = &x->t;
  for( int k = 0; k < t->n; k++ ) {
    if( t->aC[k] != 0x300A /* 《 */ ) continue;
    int j = k + 1;
    /* No longer title is kept: its end is not looked for further. */
    while( j < t->n && j - k <= ZH_ENT_MAX_CHARS && t->aC[j] != 0x300B &&
           t->aC[j] != 0x300A && t->aC[j] != '\n' ) {
      j++;
    }
    if( j < t->n && t->aC[j] == 0x300B && j > k + 1 ) {
      zhEntAdd(x, ZH_ENT_TITLE, k + 1, j, ZH_PRI_TITLE, 0, 0);
      if( isPaperName(t, k + 1, j) )
        zhEntAdd(x, ZH_ENT_ORG, k + 1, j, ZH_PRI_TITLE, 0, 0);
      k = j;
    }
  }
}
