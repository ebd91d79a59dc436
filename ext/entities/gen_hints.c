/*
** Generous generators: names proposed to the labeller (model.h) alone,
** wherever the characters allow one, for it to judge in context; they are
** never names by themselves.  A surname and one or two characters after
** it; a run of transliteration characters; a country's character; a span
** of nouns up to an organisation's last character; a word before a unit
** of land or water; a place of a gazetteer.
*/
#include "internal.h"
#include "../dict_access.h"

/* A surname, whatever its use, and one or two characters that may be a
** given name's (not 的, 了, 在...). */
void zhEntHintSurnames(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  (void)w;
  for( int k = 0; k + 1 < t->n && x->rc == SQLITE_OK; k++ ) {
    if( !(zhDictCharFlags(t->aC[k]) & ZH_CF_SURNAME) ) continue;
    for( int m = 1; m <= 2 && k + m < t->n; m++ ) {
      int f = zhDictCharFlags(t->aC[k + m]);
      if( !zhEntIsHan(t->aC[k + m]) || (f & ZH_CF_NOT_IN_NAME) ) break;
      zhEntAddHint(x, ZH_ENT_PERSON, k, k + m + 1);
    }
  }
}

/* A run of two or more transliteration characters (阿维兰热, 保拉), and
** with a unit of land or water after it, a place (不来梅州). */
void zhEntHintTranslit(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  (void)w;
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; ) {
    int j = k;
    while( j < t->n && zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[j]) ) j++;
    if( j - k >= 2 ) {
      zhEntAddHint(x, ZH_ENT_PERSON, k, j);
      if( zhEntLexChar(t, ZH_LEX_FOREIGN_UNITS, j) )
        zhEntAddHint(x, ZH_ENT_PLACE, k, j + 1);
    }
    k = j > k ? j : k + 1;
  }
}

/* Every country's character (访美, 罗政府), and a partner's. */
void zhEntHintCountries(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  (void)w;
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; k++ ) {
    if( zhLexHasChar(ZH_LEX_COUNTRY_CHARS, t->aC[k]) ||
        zhLexHasChar(ZH_LEX_PARTNER_CHARS, t->aC[k]) )
      zhEntAddHint(x, ZH_ENT_PLACE, k, k + 1);
  }
}

/* Tags of the words a body's name may start with or run through. */
#define NOUNISH                                                                \
  (ZH_TAGS_BODY_INSIDE | ZH_TAGSET(ZH_TAG_NRT) | ZH_TAGSET(ZH_TAG_NONE))

/* From each word of nouns and names, the span of such words up to the
** first that ends in an organisation's character (人权 会, 团 县委, 前卫
** 寰岛 队), four words at most. */
void zhEntHintBodies(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    if( !a[i].bHan || !zhTagIn(a[i].eTag, NOUNISH) ) continue;
    for( int j = i; j < w->n && j < i + 4; j++ ) {
      if( j > i && (a[j].k0 != a[j - 1].k1 || !a[j].bHan) ) break;
      if( j > i && (zhDictCharFlags(t->aC[a[j].k1 - 1]) & ZH_CF_ORG_END) ) {
        zhEntAddHint(x, ZH_ENT_ORG, a[i].k0, a[j].k1);
        break;
      }
      if( !zhTagIn(a[j].eTag, NOUNISH) ||
          zhEntLexIs(t, ZH_LEX_VERB_NOUNS, a[j].k0, a[j].k1) )
        break;
    }
  }
}

/* A word before a unit of places standing alone (如东 县, 塔科马 市), or one
** that ends in one (如东县). */
void zhEntHintPlaces(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    const ZhEntWord *r = &a[i];
    if( !r->bHan ) continue;
    if( zhEntLen(r) >= 2 &&
        (zhDictCharFlags(t->aC[r->k1 - 1]) & ZH_CF_PLACE_SUFFIX) )
      zhEntAddHint(x, ZH_ENT_PLACE, r->k0, r->k1);
    if( i + 1 < w->n && a[i + 1].k0 == r->k1 && zhEntLen(&a[i + 1]) == 1 &&
        (zhDictCharFlags(t->aC[r->k1]) & ZH_CF_PLACE_SUFFIX) )
      zhEntAddHint(x, ZH_ENT_PLACE, r->k0, r->k1 + 1);
  }
}

/* A word that ends as a body's name does (医院, 委员会, 党委, 水泥厂), and
** the spans of two to five words that end with a word ending in a suffix
** of two characters or more (防汛 救灾 领导 小组, 反对 官僚主义 斗争
** 办公室). */
void zhEntHintBodyWords(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    const ZhEntWord *r = &a[i];
    if( !r->bHan ||
        (!zhLexEndsAt(ZH_LEX_ORG_SUFFIXES, t->aC, r->k0, r->k1) &&
         !zhLexEndsAt(ZH_LEX_SHORT_ORG_SUFFIXES, t->aC, r->k0, r->k1)) )
      continue;
    zhEntAddHint(x, ZH_ENT_ORG, r->k0, r->k1);
    if( !zhLexEndsAt(ZH_LEX_LONG_ORG_SUFFIXES, t->aC, r->k0, r->k1) ) continue;
    for( int j = i - 1; j >= 0 && j > i - 5; j-- ) {
      if( !a[j].bHan || a[j].k1 != a[j + 1].k0 ) break;
      zhEntAddHint(x, ZH_ENT_ORG, a[j].k0, r->k1);
    }
  }
}

/* A place of THUOCL's gazetteer that starts and ends where words do
** (汤山 片区, 如 东 农业): the longest from each word, looked up by hash. */
void zhEntHintGazetteer(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  int nMax = zhLexInfo[ZH_LEX_PLACES_THUOCL].nMaxCp;
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    int k1 = 0;
    if( !zhLexMayStart(ZH_LEX_PLACES_THUOCL, t->aC[a[i].k0]) ) continue;
    for( int j = i; j < w->n && a[j].bHan && a[j].k1 - a[i].k0 <= nMax; j++ ) {
      if( j > i && a[j].k0 != a[j - 1].k1 ) break;
      if( a[j].k1 - a[i].k0 >= 2 &&
          zhLexMayEnd(ZH_LEX_PLACES_THUOCL, t->aC[a[j].k1 - 1]) &&
          zhLexIs(ZH_LEX_PLACES_THUOCL, t->aC, a[i].k0, a[j].k1) )
        k1 = a[j].k1;
    }
    if( k1 ) zhEntAddHint(x, ZH_ENT_PLACE, a[i].k0, k1);
  }
}
