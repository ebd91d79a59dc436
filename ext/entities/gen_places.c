/*
** Generators of places: the dictionary's places and a unit after them,
** villages it does not know, countries written in one character (中美,
** 访华, 俄政府), a place inside a word (法国人, 南京大屠杀), the place of a
** dateline, and foreign names where a place stands.
*/
#include "internal.h"
#include "../dict_access.h"

/* Words that can make up the name of a village: nouns and names, and
** characters the dictionary has no word for. */
#define VILLAGE_PART                                                           \
  (ZH_TAGSET(ZH_TAG_N) | ZH_TAGSET(ZH_TAG_NS) | ZH_TAGSET(ZH_TAG_NSG) |        \
   ZH_TAGSET(ZH_TAG_NZ) | ZH_TAGSET(ZH_TAG_NR) | ZH_TAGSET(ZH_TAG_NRT) |       \
   ZH_TAGSET(ZH_TAG_ZG) | ZH_TAGSET(ZH_TAG_NG) | ZH_TAGSET(ZH_TAG_J) |         \
   ZH_TAGSET(ZH_TAG_S) | ZH_TAGSET(ZH_TAG_NONE))

/* True if word r is a village's unit standing alone (村, 乡, 镇). */
static int isUnitWord(const ZhEntText *t, const ZhEntWord *r) {
  return zhEntLen(r) == 1 && zhEntLexChar(t, ZH_LEX_VILLAGE_UNITS, r->k0);
}

/* Villages and townships the dictionary does not know, which the
** segmenter leaves in pieces before their unit (泥 汊 镇, 陇 穷 村, 书房
** 村): two or three characters of names and nouns, then 村, 乡 or 镇 as a
** word of its own. */
void zhEntGenVillages(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  int mUnit = 0; /* the first unit after word i (w->n: none) */
  for( int i = 0; i + 1 < w->n && x->rc == SQLITE_OK; i++ ) {
    /* Most words have no unit within three words after them: done. */
    if( mUnit <= i ) {
      mUnit = i + 1;
      while( mUnit < w->n && !isUnitWord(t, &a[mUnit]) ) mUnit++;
    }
    if( mUnit >= w->n || mUnit > i + 3 ) continue;
    int j = i, nChar = 0;
    while( j < w->n && (j == i || a[j].k0 == a[j - 1].k1) && a[j].bHan &&
           zhTagIn(a[j].eTag, VILLAGE_PART) && nChar < 3 &&
           !isUnitWord(t, &a[j]) ) {
      nChar += zhEntLen(&a[j]);
      j++;
    }
    if( j < w->n && j > i && nChar >= 2 && nChar <= 3 &&
        a[j].k0 == a[j - 1].k1 && isUnitWord(t, &a[j]) &&
        !(j == i + 1 && zhEntIsCommonWord(t, a[i].k0, a[i].k1)) ) {
      zhEntAdd(x, ZH_ENT_PLACE, a[i].k0, a[j].k1, ZH_PRI_PLACE, 0, 0);
      i = j;
    }
  }
}

static int isCountryChar(int32_t c) {
  return zhLexHasChar(ZH_LEX_COUNTRY_CHARS, c);
}

/* A country's character or a partner's (以, 非, 阿: only beside one). */
static int isPartnerChar(int32_t c) {
  return isCountryChar(c) || zhLexHasChar(ZH_LEX_PARTNER_CHARS, c);
}

/* True if the two characters at k, one of them a country's, come before
** 两国 or 双方: two countries (埃中两国, 布中两国), news naming both
** partners so, the other often a country outside the list. */
static int isPairOfCountries(const ZhEntText *t, int k) {
  if( !(k + 4 <= t->n && zhEntLexAt(t, ZH_LEX_PAIR_WORDS, k + 2) &&
        ((isCountryChar(t->aC[k]) &&
          !(zhDictCharFlags(t->aC[k + 1]) & ZH_CF_NOT_IN_NAME)) ||
         (isCountryChar(t->aC[k + 1]) &&
          !(zhDictCharFlags(t->aC[k]) & ZH_CF_NOT_IN_NAME)))) )
    return 0;
  /* 印度两国: one country of two characters, not two of one. */
  return !zhEntIsPlaceTag(zhEntWordTag(t, k, k + 2));
}

/* 华 and 京 after a verb of travel or stay (访华, 来京, 离 京), as one word
** or two; 华 after words of policy too (对华): the character of the word r
** that is the place, or -1. */
static int travelPlace(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  int k = n >= 2 ? r->k0 + 1 : (n == 1 && r->k0 > 0 ? r->k0 : -1);
  if( k < 0 || (t->aC[k] != 0x534E && t->aC[k] != 0x4EAC) ) return -1;
  int bTravel = zhEntLexChar(t, ZH_LEX_TRAVEL_VERBS, k - 1);
  if( t->aC[k] == 0x534E /* 华 */ &&
      (bTravel || zhEntLexChar(t, ZH_LEX_TOWARD_CHINA, k - 1)) )
    return k;
  return t->aC[k] == 0x4EAC /* 京 */ && bTravel ? k : -1;
}

/* A country's character standing alone (俄 总统, 对 俄), not inside a
** transliterated name (埃舍 德, 松 德 斯特伦). */
static int isLoneCountry(const ZhEntText *t, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  const ZhEntWord *pPrev = i > 0 ? &w->a[i - 1] : 0;
  const ZhEntWord *pNext = i + 1 < w->n ? &w->a[i + 1] : 0;
  return zhEntLen(r) == 1 &&
         zhEntLexChar(t, ZH_LEX_LONE_COUNTRY_CHARS, r->k0) &&
         !(pPrev && pPrev->k1 == r->k0 && zhEntIsTranslitPart(t, pPrev)) &&
         !(pNext && pNext->k0 == r->k1 && zhEntIsTranslitPart(t, pNext));
}

/* True if word r (Han) has what each test of zhEntGenCountryChars needs
** first: 华 or 京 where travelPlace reads, a partner's character first (a
** country's is one), a lone country's character alone, or a country's
** second in two (isPairOfCountries).  Most words have none: this spares
** them the tests. */
static int mayHoldCountry(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  int32_t c0 = t->aC[r->k0];
  int32_t cTravel = n >= 2 ? t->aC[r->k0 + 1] : (r->k0 > 0 ? c0 : 0);
  return cTravel == 0x534E /* 华 */ || cTravel == 0x4EAC /* 京 */ ||
         isPartnerChar(c0) ||
         (n == 1 && zhLexHasChar(ZH_LEX_LONE_COUNTRY_CHARS, c0)) ||
         (n == 2 && isCountryChar(t->aC[r->k0 + 1]));
}

/* Countries written in one character: 访华, 来京; 中方, 俄政府, 美军 (a
** country and a word of its state, as one word or two: 叙 总统, 巴 方);
** 俄 alone; 埃中两国; two or three of them, alone (中美) or before a word
** (中美关系). */
int zhEntGenCountryChars(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  int n = zhEntLen(r), k;
  if( !r->bHan || !mayHoldCountry(t, r) ) return 0;
  if( (k = travelPlace(t, r)) >= 0 ) {
    /* 驻华使节, 访华团: the word goes on; what follows 华 is its own. */
    zhEntAdd(x, ZH_ENT_PLACE, k, k + 1, ZH_PRI_PLACE, 0, 0);
    return 1;
  }
  if( (n >= 2 && n <= 3 && isCountryChar(t->aC[r->k0]) &&
       zhEntLexAt(t, ZH_LEX_STATE_WORDS, r->k0 + 1) == n - 1) ||
      (n == 1 && i + 1 < w->n && w->a[i + 1].k0 == r->k1 &&
       isPartnerChar(t->aC[r->k0]) &&
       zhEntLexAt(t, ZH_LEX_STATE_WORDS, r->k1) == zhEntLen(&w->a[i + 1])) ||
      isLoneCountry(t, w, i) ) {
    zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k0 + 1, ZH_PRI_PLACE, 0, 0);
    return 1;
  }
  if( n == 2 && isPairOfCountries(t, r->k0) ) {
    zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k0 + 1, ZH_PRI_PLACE, 0, 0);
    zhEntAdd(x, ZH_ENT_PLACE, r->k0 + 1, r->k1, ZH_PRI_PLACE, 0, 0);
    return 1;
  }
  int m = 0;
  while( m < n && m < 3 && isCountryChar(t->aC[r->k0 + m]) ) m++;
  if( m < 2 || zhEntAt(t, r->k0, "美德") ) return 0;
  if( m < n && zhEntWordCost(t, r->k0 + m, r->k1) < 0 ) return 0;
  for( k = r->k0; k < r->k0 + m; k++ )
    zhEntAdd(x, ZH_ENT_PLACE, k, k + 1, ZH_PRI_PLACE, 0, 0);
  return 1;
}

/* 中、阿: two countries' characters parted by a list's comma (which is no
** word: it lies between the two). */
int zhEntGenCountryList(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  if( !(i + 1 < w->n && zhEntLen(r) == 1 && r->bHan && r->k1 < t->n &&
        t->aC[r->k1] == 0x3001 /* 、 */ && w->a[i + 1].k0 == r->k1 + 1 &&
        w->a[i + 1].k1 == r->k1 + 2 &&
        ((isCountryChar(t->aC[r->k0]) && isPartnerChar(t->aC[r->k1 + 1])) ||
         (isPartnerChar(t->aC[r->k0]) && isCountryChar(t->aC[r->k1 + 1])))) )
    return 0;
  zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
  zhEntAdd(x, ZH_ENT_PLACE, r->k1 + 1, r->k1 + 2, ZH_PRI_PLACE, 0, 0);
  return 2;
}

/* 中 美, 日 俄: two countries' characters the segmenter left apart; two
** partners' before a word of relations (巴 以 谈判). */
int zhEntGenCountryPair(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  if( !(i + 1 < w->n && zhEntLen(r) == 1 && w->a[i + 1].k0 == r->k1 &&
        w->a[i + 1].k1 == r->k1 + 1 && r->bHan && w->a[i + 1].bHan &&
        ((isCountryChar(t->aC[r->k0]) && isCountryChar(t->aC[r->k1])) ||
         ((isPartnerChar(t->aC[r->k0]) && isPartnerChar(t->aC[r->k1])) &&
          zhEntLexAt(t, ZH_LEX_RELATION_WORDS, r->k1 + 1)) ||
         isPairOfCountries(t, r->k0))) )
    return 0;
  zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
  zhEntAdd(x, ZH_ENT_PLACE, r->k1, r->k1 + 1, ZH_PRI_PLACE, 0, 0);
  return 2;
}

/* A place and a word after it, as one word that names no place itself
** (南京大屠杀, 越南战争, 中国画): the length of the place, or 0. */
static int placeAtHead(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  if( n < 3 || n > 6 || zhEntIsNameTag(r) || zhEntIsBodyTag(r) ||
      zhEntTagIs(r, ZH_TAG_NS) || zhEntTagIs(r, ZH_TAG_NSG) ||
      zhEntTagIs(r, ZH_TAG_NSN) || zhEntTagIs(r, ZH_TAG_NST) ||
      zhEntTagIs(r, ZH_TAG_I) || zhEntTagIs(r, ZH_TAG_L) )
    return 0;
  int m = zhEntPlacePrefix(t, r->k0, r->k1);
  if( m < 2 ) return 0;
  /* The rest a word of its own (大屠杀, 战争), or 画 or 式. */
  if( n - m >= 2 ? zhEntWordCost(t, r->k0 + m, r->k1) < 0
                 : !zhEntLexChar(t, ZH_LEX_PLACE_HEAD_TAILS, r->k0 + m) )
    return 0;
  if( zhEntAt(t, r->k0 + m, "时间") ) return 0; /* 北京时间: a clock */
  return m;
}

/* A place inside a word: a people named after its country (法国人,
** 阿尔巴尼亚族), one's native place (江西籍), a body of the sky, a place
** as the annotation of news counts it (地球, 月球, 银河), a place at the
** head of a word.  The length of the place, 0 for none, or -1 for a word
** that is no place although the dictionary may say so (挪威克朗). */
static int placeInWord(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  if( !r->bHan || n < 2 ) return 0;
  if( zhEntLexIs(t, ZH_LEX_SKY_BODIES, r->k0, r->k1) ) return n;
  /* 地球磁场, 月球车: the body at the head of a longer word. */
  if( n >= 3 && zhEntLexAt(t, ZH_LEX_SKY_HEADS, r->k0) ) return 2;
  /* A country's money (挪威克朗, 德国马克, 印度卢比: tagged ns) is money,
  ** no mention of the country, as People's Daily and GSD both have it. */
  if( n >= 4 && zhEntLexAt(t, ZH_LEX_FOREIGN_MONEY, r->k1 - 2) == 2 ) return -1;
  if( n >= 3 && zhEntLexChar(t, ZH_LEX_DEMONYM_SUFFIXES, r->k1 - 1) &&
      zhEntIsPlaceTag(zhEntWordTag(t, r->k0, r->k1 - 1)) )
    return n - 1;
  return placeAtHead(t, r);
}

int zhEntGenPlaceInWord(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  int m = placeInWord(&x->t, r);
  if( m > 0 ) zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k0 + m, ZH_PRI_PLACE, 0, 0);
  return m != 0;
}

/* The end of the region named by the place [k0, kEnd) (东北地区: 东北), or
** -1 for a region of no name (沿海地区, 大部地区). */
static int regionEnd(const ZhEntText *t, int k0, int kEnd) {
  if( kEnd - k0 < 4 || !zhEntAt(t, kEnd - 2, "地区") ||
      zhEntWordCost(t, k0, kEnd - 2) < 0 )
    return kEnd;
  ZhTag e = zhEntWordTag(t, k0, kEnd - 2);
  if( e == ZH_TAG_NSN || e == ZH_TAG_NN || e == ZH_TAG_M ) return -1;
  return kEnd - 2;
}

/* A place word; adjacent places are one (杭州市 西湖区), unless asked for
** their units; asked for what lies inside, each is a name too; a place
** and its unit, apart, are one (平谷 镇). */
int zhEntGenPlaceWords(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a, *r = &a[i];
  if( !zhEntIsPlaceWord(t, r) ) return 0;
  int j = i;
  while( x->eGen != ZH_NEST_UNITS && j + 1 < w->n &&
         zhEntIsPlaceWord(t, &a[j + 1]) && a[j + 1].k0 == a[j].k1 ) {
    if( x->eGen == ZH_NEST_NESTED ) {
      if( j == i ) zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
      zhEntAdd(x, ZH_ENT_PLACE, a[j + 1].k0, a[j + 1].k1, ZH_PRI_PLACE, 0, 0);
    }
    j++;
  }
  if( j + 1 < w->n && a[j + 1].k0 == a[j].k1 && zhEntLen(&a[j + 1]) == 1 &&
      (zhDictCharFlags(t->aC[a[j + 1].k0]) & ZH_CF_ADMIN_SUFFIX) )
    j++;
  int kEnd = regionEnd(t, r->k0, a[j].k1);
  if( kEnd >= 0 ) zhEntAdd(x, ZH_ENT_PLACE, r->k0, kEnd, ZH_PRI_PLACE, 0, 0);
  return j - i + 1;
}

/* The place of a dateline: 本报合肥5月13日电, 新华社北京3月5日电. */
int zhEntGenDateline(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  if( !(r->bHan && zhEntLen(r) >= 2 && zhEntLen(r) <= 5 &&
        zhEntLexEnds(t, ZH_LEX_DATELINE_SOURCES, r->k0) && r->k1 < t->n &&
        (zhEntIsDigit(t->aC[r->k1]) || zhEntCnDigit(t->aC[r->k1]) >= 0)) )
    return 0;
  zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
  return 1;
}

/* 在 伯尔尼 ，, 阿拉伯 国家: a foreign name where a place stands. */
int zhEntGenForeignPlace(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *r = &w->a[i];
  if( !zhEntIsNameTag(r) || zhEntLen(r) < 2 ||
      (zhEntTagIs(r, ZH_TAG_NR) &&
       (zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME)) )
    return 0;
  if( !zhEntPlaceBetweenPunct(t, r->k0, r->k1) &&
      !(i + 1 < w->n && w->a[i + 1].k0 == r->k1 &&
        zhEntLexIs(t, ZH_LEX_COUNTRY_WORDS, w->a[i + 1].k0, w->a[i + 1].k1)) )
    return 0;
  zhEntAdd(x, ZH_ENT_PLACE, r->k0, r->k1, ZH_PRI_PLACE, 0, 0);
  return 1;
}
