/*
** Generators of people: names the dictionary does not know (a surname and
** given-name characters), transliterated names, names after a title or
** with a middle dot, and the dictionary's names that pass its tests.
*/
#include "internal.h"
#include "../dict_access.h"

/* A surname standing alone, then a two-character given name of given-name
** characters (江 宏伟, even though 宏伟 is a word), or one such character
** standing alone (张 晶). */
void zhEntGenSurnameNames(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  for( int i = 0; i + 1 < w->n && x->rc == SQLITE_OK; i++ ) {
    const ZhEntWord *r = &w->a[i], *r2 = &w->a[i + 1];
    int k = r->k0;
    if( r->k1 != k + 1 || r2->k0 != r->k1 || !r2->bHan ||
        !(zhDictCharFlags(t->aC[k]) & ZH_CF_SURNAME) ) {
      continue;
    }
    int n2 = zhEntLen(r2);
    /* A surname that is mostly a word of its own (应, 全) needs more: a
    ** given name that is no verb (应 加强), and of two characters. */
    int bWeak = zhEntIsWeakSurname(t->aC[k]);
    if( n2 == 2 && (zhDictCharFlags(t->aC[k + 1]) & ZH_CF_GIVEN_FIRST) &&
        (zhDictCharFlags(t->aC[k + 2]) & ZH_CF_GIVEN_LAST) &&
        !(bWeak && (zhEntTagIs(r2, ZH_TAG_V) || zhEntTagIs(r2, ZH_TAG_VN) ||
                    zhEntTagIs(r2, ZH_TAG_D))) ) {
      zhEntAddPerson(x, k, k + 3, ZH_PRI_PERSON);
    } else if( n2 == 1 && !bWeak &&
               (zhDictCharFlags(t->aC[k + 1]) & ZH_CF_GIVEN_LAST) &&
               !(zhDictCharFlags(t->aC[k + 1]) & ZH_CF_NOT_IN_NAME) ) {
      zhEntAddPerson(x, k, k + 2, ZH_PRI_PERSON);
    }
  }
}

/* A run of transliteration words from word i: its end (exclusive) in *pj,
** whether a part is one the dictionary takes for a name (*pbName) and
** whether a place's name is inside it (*pbPlaceIn). */
static void translitRun(const ZhEntText *t, const ZhEntWords *w, int i, int *pj,
                        int *pbName, int *pbPlaceIn) {
  int j = i, bName = 0, bPlaceIn = 0;
  const ZhEntWord *a = w->a;
  while( j < w->n && (j == i || a[j].k0 == a[j - 1].k1) &&
         (zhEntIsTranslitPart(t, &a[j]) ||
          /* 奥登 西亚: a place's name inside a foreign person's, after a
          ** part the dictionary takes for a name. */
          (j > i && bName && zhEntTagIs(&a[j], ZH_TAG_NS) &&
           zhEntLen(&a[j]) == 2 &&
           zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[a[j].k0]) &&
           zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[a[j].k0 + 1]))) ) {
    if( zhEntIsNameTag(&a[j]) && zhEntLen(&a[j]) >= 2 ) bName = 1;
    if( zhEntTagIs(&a[j], ZH_TAG_NS) ) bPlaceIn = 1;
    j++;
  }
  if( j > i && !bName && j - i >= 3 ) {
    /* Lone characters only (斯 捷 帕 申): a title before them or a verb of
    ** speech after them makes them a name. */
    ZhEntWord run = zhEntSpan(a[i].k0, a[j - 1].k1);
    bName = zhEntPersonByContext(t, &run);
  }
  *pj = j;
  *pbName = bName;
  *pbPlaceIn = bPlaceIn;
}

/* Transliterated names the segmenter cut up or only partly knows
** (斯特罗 耶 夫, 贾斯 蒂 卡): a run of transliteration words of three
** characters or more holding a word the dictionary takes for a name; a
** place if a unit of land or water follows (贾拉拉巴德 州) or a word of
** places comes before (首都 阿布贾, 在 图卢兹 ，). */
void zhEntGenTranslit(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  for( int i = 0; i < w->n && x->rc == SQLITE_OK; i++ ) {
    int j, bName, bPlaceIn;
    translitRun(t, w, i, &j, &bName, &bPlaceIn);
    if( j == i ) continue;
    int k0 = a[i].k0, k1 = a[j - 1].k1;
    if( j < w->n && a[j].k0 == k1 && zhEntLen(&a[j]) == 1 &&
        zhEntLexChar(t, ZH_LEX_FOREIGN_UNITS, a[j].k0) && k1 - k0 >= 2 &&
        (bName || j - i >= 2) ) {
      zhEntAdd(x, ZH_ENT_PLACE, k0, a[j].k1, ZH_PRI_PLACE, 0, 0);
    } else if( bName && k1 - k0 >= 2 && i > 0 && a[i - 1].k1 == k0 &&
               (zhEntLexIs(t, ZH_LEX_PLACES_BEFORE, a[i - 1].k0, k0) ||
                zhEntPlaceBetweenPunct(t, k0, k1)) ) {
      zhEntAdd(x, ZH_ENT_PLACE, k0, k1, ZH_PRI_PLACE, 0, 0);
    } else if( bName && k1 - k0 >= 3 &&
               !(j == i + 1 && zhEntTagIs(&a[i], ZH_TAG_NR) &&
                 (zhDictCharFlags(t->aC[k0]) & ZH_CF_SURNAME)) ) {
      /* (Over the place inside it, if any: 西亚 in 奥登西亚.) */
      zhEntAdd(x, ZH_ENT_PERSON, k0, k1, bPlaceIn ? ZH_PRI_ORG : ZH_PRI_PERSON,
               0, 0);
    }
    i = j - 1;
  }
}

/* A character that can be part of a given name: Han, not a function word
** or a numeral. */
static int isGivenChar(const ZhEntText *t, int k) {
  int f = zhDictCharFlags(t->aC[k]);
  return zhEntIsHan(t->aC[k]) && !(f & ZH_CF_NOT_IN_NAME) &&
         !(f & ZH_CF_NUMERAL);
}

/* Tags of words that are no given name after a title (书记 王 主持). */
#define NOT_GIVEN                                                              \
  (ZH_TAGSET(ZH_TAG_V) | ZH_TAGSET(ZH_TAG_VN) | ZH_TAGSET(ZH_TAG_D) |          \
   ZH_TAGSET(ZH_TAG_P) | ZH_TAGSET(ZH_TAG_C) | ZH_TAGSET(ZH_TAG_U) |           \
   ZH_TAGSET(ZH_TAG_R) | ZH_TAGSET(ZH_TAG_M) | ZH_TAGSET(ZH_TAG_Q) |           \
   ZH_TAGSET(ZH_TAG_F) | ZH_TAGSET(ZH_TAG_T))

/* The given name after the lone surname w1: its length with the surname,
** or 0.  w3, the word after w2, may be 0. */
static int givenAfterSurname(const ZhEntText *t, const ZhEntWord *w2,
                             const ZhEntWord *w3) {
  /* What follows must not go on as a name (贾 亚拉 莉 达 is one
  ** transliteration, 谷口 清 太郎 a Japanese name). */
  if( w3 && w3->bHan && zhEntIsNameTag(w3) ) return 0;
  int b3 = w3 && w3->bHan && zhEntLen(w3) == 1 && isGivenChar(t, w3->k0);
  if( zhEntLen(w2) == 2 ) {
    if( zhTagIn(w2->eTag, NOT_GIVEN) ) return 0;
    return !b3 && isGivenChar(t, w2->k0) && isGivenChar(t, w2->k0 + 1) ? 3 : 0;
  }
  if( zhEntLen(w2) != 1 || !isGivenChar(t, w2->k0) ||
      zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[w2->k0]) )
    return 0;
  if( b3 ) {
    return (zhDictCharFlags(t->aC[w3->k0]) & ZH_CF_GIVEN_LAST) &&
                   !zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[w3->k0])
               ? 3
               : 0;
  }
  return (zhDictCharFlags(t->aC[w2->k0]) & ZH_CF_GIVEN_LAST) ? 2 : 0;
}

/* The length of a Chinese name that starts at word a[i + 1] after the
** title a[i], or 0: a lone surname and a two-character word that is no
** verb or function word (书记 赵 世居, 厂长 戚 西洋), or a lone surname and
** one or two lone characters of given names. */
static int nameAfterTitle(const ZhEntText *t, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i], *w1 = &w->a[i + 1], *w2 = &w->a[i + 2];
  if( !r->bHan || w1->k0 != r->k1 || w2->k0 != w1->k1 || !w2->bHan ) return 0;
  /* The cheap tests first: most words are followed by no lone surname. */
  if( zhEntLen(w1) != 1 || !(zhDictCharFlags(t->aC[w1->k0]) & ZH_CF_SURNAME) ||
      (zhDictCharFlags(t->aC[w1->k0]) & ZH_CF_NOT_IN_NAME) )
    return 0;
  if( !(zhEntLexIs(t, ZH_LEX_ROLES_BEFORE_NAMES, r->k0, r->k1) ||
        zhEntLexIs(t, ZH_LEX_TITLES_BEFORE_NAMES, r->k0, r->k1)) )
    return 0;
  const ZhEntWord *w3 =
      i + 3 < w->n && w->a[i + 3].k0 == w2->k1 ? &w->a[i + 3] : 0;
  return givenAfterSurname(t, w2, w3);
}

/* Chinese names after a title, which the segmenter left in pieces (院长
** 严义埙, 书记 赵 世居, 厂长 戚 西洋, 总裁 宋朝 弟). */
void zhEntGenNamesAfterTitle(ZhEntEx *x, const ZhEntWords *w) {
  for( int i = 0; i + 2 < w->n && x->rc == SQLITE_OK; i++ ) {
    int nName = nameAfterTitle(&x->t, w, i);
    if( nName ) {
      zhEntAdd(x, ZH_ENT_PERSON, w->a[i + 1].k0, w->a[i + 1].k0 + nName,
               ZH_PRI_ORG, 0, 0);
    }
  }
}

/* True if a dot of the kind that parts foreign names, and nothing else,
** lies between words a[i] and a[i + 1]: · (U+00B7), ・ (U+30FB), •
** (U+2022), ‧ (U+2027). */
static int dotAfter(const ZhEntText *t, const ZhEntWord *a, int i) {
  if( a[i + 1].k0 != a[i].k1 + 1 ) return 0;
  int32_t c = t->aC[a[i].k1];
  return c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027;
}

/* A word that can be part of a transliterated name: Han, none of the
** characters that stand outside names (了, 和, 在), and either a lone
** character or a word the dictionary does not hold as an everyday one
** (a name, a place, a proper noun, or no word at all). */
static int isNamePart(const ZhEntText *t, const ZhEntWord *r) {
  if( !r->bHan ) return 0;
  /* A word the dictionary holds as a name or place is one, whatever its
  ** characters (里 stands outside Chinese names, inside 鲍里斯). */
  if( zhEntLen(r) >= 2 &&
      (zhEntIsNameTag(r) || zhEntTagIs(r, ZH_TAG_NZ) ||
       zhEntTagIs(r, ZH_TAG_NS) || zhEntTagIs(r, ZH_TAG_NSG)) )
    return 1;
  int bTranslit = 1;
  for( int k = r->k0; k < r->k1; k++ ) {
    if( !zhLexHasChar(ZH_LEX_TRANSLIT_CHARS, t->aC[k]) ) bTranslit = 0;
  }
  for( int k = r->k0; k < r->k1 && !bTranslit; k++ ) {
    if( zhDictCharFlags(t->aC[k]) & ZH_CF_NOT_IN_NAME ) return 0;
  }
  return zhEntLen(r) == 1 || zhEntWordCost(t, r->k0, r->k1) < 0;
}

/* The parts of a dotted name from the dot after word i: the index of its
** last word, or -1 if the word after the dot is no part of a name. */
static int dottedEnd(const ZhEntText *t, const ZhEntWords *w, int i) {
  const ZhEntWord *a = w->a;
  int j1 = i + 1;
  if( !isNamePart(t, &a[j1]) ) return -1;
  for( int nRun = 1; j1 + 1 < w->n; ) {
    if( a[j1 + 1].k0 == a[j1].k1 && nRun < 4 && isNamePart(t, &a[j1 + 1]) ) {
      j1++;
      nRun++;
    } else if( dotAfter(t, a, j1) && isNamePart(t, &a[j1 + 1]) ) {
      j1++; /* 约翰·菲茨杰拉德·肯尼迪 */
      nRun = 1;
    } else {
      break;
    }
  }
  return j1;
}

/* Foreign names written with a middle dot (科菲·安南, 维姆·杜伊森贝赫): the
** words that read as parts of a name on each side of the dot (the dot
** itself is no word: it lies between two).  The dot is the strongest sign
** there is: such a name outranks the places and names inside it (安南 in
** 科菲·安南); before 公司 or 集团 it names a company (葛兰素·威康 公司). */
void zhEntGenDotted(ZhEntEx *x, const ZhEntWords *w) {
  const ZhEntText *t = &x->t;
  const ZhEntWord *a = w->a;
  for( int i = 0; i + 1 < w->n && x->rc == SQLITE_OK; i++ ) {
    if( !dotAfter(t, a, i) || !isNamePart(t, &a[i]) ) continue;
    int j0 = i, j1 = dottedEnd(t, w, i);
    if( j1 < 0 ) continue;
    while( j0 > 0 && i - j0 < 3 && a[j0 - 1].k1 == a[j0].k0 &&
           isNamePart(t, &a[j0 - 1]) )
      j0--;
    /* A lone character on each side is no name (扶贫路·多彩 in a title). */
    int nLeft = a[i].k1 - a[j0].k0, nAll = a[j1].k1 - a[j0].k0;
    int nRight = nAll - nLeft - 1;
    if( (nLeft < 2 || nRight < 2) && nAll < 5 ) {
      i = j1;
      continue;
    }
    if( j1 + 1 < w->n && a[j1 + 1].k0 == a[j1].k1 &&
        zhEntLexIs(t, ZH_LEX_COMPANY_WORDS, a[j1 + 1].k0, a[j1 + 1].k1) ) {
      zhEntAdd(x, ZH_ENT_ORG, a[j0].k0, a[j1 + 1].k1, ZH_PRI_ORG, 0, 0);
    } else {
      zhEntAdd(x, ZH_ENT_PERSON, a[j0].k0, a[j1].k1, ZH_PRI_ORG, 0, 0);
    }
    i = j1;
  }
}

/* A surname standing alone before a form of address (汤 局长). */
int zhEntGenAddressed(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  if( zhEntLen(r) != 1 || !r->bHan || i + 1 >= w->n ||
      w->a[i + 1].k0 != r->k1 || !zhEntSurnameAddressed(&x->t, r->k0) ||
      zhEntLexAt(&x->t, ZH_LEX_FORMS_OF_ADDRESS, r->k1) !=
          zhEntLen(&w->a[i + 1]) )
    return 0;
  zhEntAdd(x, ZH_ENT_PERSON, r->k0, r->k1, ZH_PRI_PERSON, 0, 0);
  return 1;
}

/* 刘家, 李家 (tagged nrfg): a family, named by its surname alone, as
** annotated news has it (刘家 → 刘). */
int zhEntGenFamily(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  if( zhEntLen(r) != 2 || !zhEntTagIs(r, ZH_TAG_NRFG) ||
      x->t.aC[r->k0 + 1] != 0x5BB6 /* 家 */ ||
      !(zhDictCharFlags(x->t.aC[r->k0]) & ZH_CF_SURNAME) )
    return 0;
  zhEntAdd(x, ZH_ENT_PERSON, r->k0, r->k0 + 1, ZH_PRI_PERSON, 0, 0);
  return 1;
}

/* A name-tagged word of a known name and a noun (邓小平理论, 毛泽东思想):
** the length of the name, or 0. */
static int namePrefix(const ZhEntText *t, const ZhEntWord *r) {
  int n = zhEntLen(r);
  if( !r->bHan || n < 4 ) return 0;
  /* 马克思主义 is tagged n: a doctrine named after a person. */
  if( !(zhEntTagIs(r, ZH_TAG_NR) || zhEntTagIs(r, ZH_TAG_NRG) ||
        zhEntTagIs(r, ZH_TAG_NZ)) &&
      !(n == 5 && zhEntLexAt(t, ZH_LEX_DOCTRINES, r->k0 + 3) == 2) )
    return 0;
  if( !(zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME) ) return 0;
  /* The dictionary tags 严格监督 nr as well: the name must be a word
  ** tagged as a name of its own, and the rest a word. */
  ZhTag e = zhEntWordTag(t, r->k0, r->k0 + 3);
  if( (e == ZH_TAG_NR || e == ZH_TAG_NRG) &&
      zhEntWordCost(t, r->k0 + 3, r->k1) >= 0 )
    return 3;
  return 0;
}

/* A word the dictionary tags as a name: a person if it passes the tests
** of zhEntIsPerson or a title or a verb of speech stands beside it; the
** name at the head of a doctrine (邓小平理论). */
int zhEntGenPersonWord(ZhEntEx *x, const ZhEntWords *w, int i) {
  const ZhEntWord *r = &w->a[i];
  int m = namePrefix(&x->t, r);
  if( m ) {
    zhEntAdd(x, ZH_ENT_PERSON, r->k0, r->k0 + m, ZH_PRI_PERSON, 0, 0);
  } else if( zhEntIsPerson(&x->t, r) ||
             (zhEntIsNameTag(r) && zhEntLen(r) >= 2 &&
              zhEntPersonByContext(&x->t, r)) ) {
    zhEntAddPerson(x, r->k0, r->k1, ZH_PRI_PERSON);
  }
  return 1;
}
