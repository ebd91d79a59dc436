/*
** Entity extraction.
**
** Three passes over the text, each with its own evidence:
**
**   1. Patterns over characters: numbers (Arabic or Chinese, 6700, 6.8,
**      二○○一, 一千二百) and what follows them make dates (2024年5月25日,
**      2021年以来), times (上午9时30分), money (6700余万元), percentages
**      (95%) and quantities (1200余人); relative dates are a word list
**      (近日, 今年上半年).  Titles are what stands in 《》.
**   2. Datelines and credits: the names after 记者 and 通讯员, up to 报道,
**      摄 or a bracket, each with its role.
**   3. Words: the segmenter's words and their dictionary tags (nr, ns,
**      nt) give people, places and organisations; its rules for unknown
**      names and places (surname + given name, place + 区) add to them;
**      a named start, nouns, and an organisation suffix (北京市总工会 职工
**      大学, 浙江 四通 工具 有限公司) make an organisation.
**
** Where entities overlap, the first passes win, then the longest.
*/
#include "zh.h"
#include "entities.h"
#include "fold.h"
#include "script.h"
#include "segment.h"
#include "dict_access.h"
#include "utf8.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- the text as characters ---------------------------------------------- */

typedef struct Text Text;
struct Text {
  int n;       /* characters */
  int32_t *aC; /* each character, folded (full width -> ASCII, t2s) */
  int *aB;     /* byte offset of each character; aB[n] = bytes */
  int *aSent;  /* sentence index of each character */
};

static int textInit(Text *t, const char *z, int nByte) {
  int i = 0, k = 0, iSent = 0;
  t->aC = sqlite3_malloc64(sizeof(int32_t) * ((sqlite3_uint64)nByte + 1));
  t->aB = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)nByte + 1));
  t->aSent = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)nByte + 1));
  if( !t->aC || !t->aB || !t->aSent ) return SQLITE_NOMEM;
  while( i < nByte ) {
    int len;
    int32_t c = zhUtf8Decode((const unsigned char *)z + i, nByte - i, &len);
    if( c >= 0x80 ) {
      if( zhIsCoreHan(c) ) {
        c = zhT2sCore(c);
      } else {
        int32_t aFold[ZH_FOLD_MAX];
        int nFold = zhFoldCluster(ZH_FOLD_NFKC | ZH_FOLD_T2S,
                                  (const unsigned char *)z + i, len, aFold);
        if( nFold == 1 ) c = aFold[0];
      }
    }
    t->aC[k] = c;
    t->aB[k] = i;
    t->aSent[k] = iSent;
    /* A sentence ends after 。！？!? ; or a line break. */
    if( c == 0x3002 || c == '!' || c == '?' || c == ';' || c == '\n' ) iSent++;
    k++;
    i += len;
  }
  t->aB[k] = nByte;
  t->n = k;
  return SQLITE_OK;
}

static void textClear(Text *t) {
  sqlite3_free(t->aC);
  sqlite3_free(t->aB);
  sqlite3_free(t->aSent);
}

/* True if the characters at k spell zWord (UTF-8).  Called for every
** character with many words, so it stops at the first difference. */
static int at(const Text *t, int k, const char *zWord) {
  const unsigned char *z = (const unsigned char *)zWord;
  int len;
  while( *z ) {
    int32_t c;
    /* The words are this file's literals, valid UTF-8 and mostly Han:
    ** three-byte characters are read here, the rest by the decoder. */
    if( (z[0] & 0xF0) == 0xE0 ) {
      c = ((z[0] & 0x0F) << 12) | ((z[1] & 0x3F) << 6) | (z[2] & 0x3F);
      len = 3;
    } else {
      c = zhUtf8Decode(z, 4, &len);
    }
    if( k >= t->n || t->aC[k] != c ) return 0;
    z += len;
    k++;
  }
  return 1;
}

/* The number of characters of zWord if it is at k, else 0. */
static int atLen(const Text *t, int k, const char *zWord) {
  if( !at(t, k, zWord) ) return 0;
  int n = 0, i = 0, len, nb = (int)strlen(zWord);
  while( i < nb ) {
    zhUtf8Decode((const unsigned char *)zWord + i, nb - i, &len);
    i += len;
    n++;
  }
  return n;
}

/* The first of azWord (0-terminated list) at k: its length, or 0. */
static int atAny(const Text *t, int k, const char *const *azWord) {
  for( int i = 0; azWord[i]; i++ ) {
    int n = atLen(t, k, azWord[i]);
    if( n ) return n;
  }
  return 0;
}

static int isHan(int32_t c) {
  return zhScriptClass(c) == ZH_IDEO;
}
static int isDigit(int32_t c) {
  return c >= '0' && c <= '9';
}

/* ---- numbers ----------------------------------------------------------------
 */

static int cnDigit(int32_t c) {
  switch( c ) {
  case 0x3007:
  case 0x96F6: return 0; /* 〇 零 */
  case 0x4E00: return 1; /* 一 */
  case 0x4E8C:
  case 0x4E24: return 2; /* 二 两 */
  case 0x4E09: return 3;
  case 0x56DB: return 4; /* 三 四 */
  case 0x4E94: return 5;
  case 0x516D: return 6; /* 五 六 */
  case 0x4E03: return 7;
  case 0x516B: return 8; /* 七 八 */
  case 0x4E5D: return 9; /* 九 */
  default: return -1;
  }
}

static double cnUnit(int32_t c) {
  switch( c ) {
  case 0x5341: return 10;   /* 十 */
  case 0x767E: return 100;  /* 百 */
  case 0x5343: return 1000; /* 千 */
  case 0x4E07: return 1e4;  /* 万 */
  case 0x4EBF: return 1e8;  /* 亿 */
  default: return 0;
  }
}

typedef struct Num Num;
struct Num {
  int k0, k1; /* characters [k0, k1) */
  double v;
  int bArabic;
  int nDigits;  /* digits before any point (Arabic) or numerals (Chinese) */
  int bHasUnit; /* a Chinese numeral with 十百千万亿 */
};

/* Arabic digits at k, with thousands separated by commas (1,200) and a
** decimal point (3.5; full-width forms are folded to these). */
static void parseArabic(const Text *t, int k, Num *p) {
  double v = 0, scale = 0.1;
  int j = k;
  while( j < t->n && isDigit(t->aC[j]) ) v = v * 10 + (t->aC[j++] - '0');
  /* 1,200 is one number: a comma after one to three digits, with exactly
  ** three digits after it (1,20 and 1,2000 are not). */
  for( int bGroup = j - k <= 3; bGroup; ) {
    if( !(j + 3 < t->n && t->aC[j] == ',' && isDigit(t->aC[j + 1]) &&
          isDigit(t->aC[j + 2]) && isDigit(t->aC[j + 3]) &&
          (j + 4 >= t->n || !isDigit(t->aC[j + 4]))) )
      break;
    for( int m = j + 1; m <= j + 3; m++ ) v = v * 10 + (t->aC[m] - '0');
    j += 4;
  }
  p->nDigits = j - k;
  if( j + 1 < t->n && t->aC[j] == '.' && isDigit(t->aC[j + 1]) ) {
    j++;
    while( j < t->n && isDigit(t->aC[j]) ) {
      v += (t->aC[j++] - '0') * scale;
      scale /= 10;
    }
  }
  p->v = v;
  p->k1 = j;
  p->bArabic = 1;
}

/* The value of the Chinese numeral aC[k..j): digit by digit (二〇二四) or
** with units (一千二百, 三亿五千万: 万 and 亿 close a section). */
static double chineseValue(const Text *t, int k, int j, int bUnit) {
  double total = 0, section = 0, num = 0;
  for( int m = k; m < j; m++ ) {
    int d = cnDigit(t->aC[m]);
    double u = cnUnit(t->aC[m]);
    if( !bUnit ) {
      num = num * 10 + d;
    } else if( d >= 0 ) {
      num = d;
    } else if( u == 1e8 ) {
      total = (total + section + num) * u;
      section = num = 0;
    } else if( u == 1e4 ) {
      total += (section + num) * u;
      section = num = 0;
    } else {
      section += (num ? num : 1) * u;
      num = 0;
    }
  }
  return total + section + num;
}

/* Digits after 点, the decimal point of Chinese numerals (三点五, 零点五,
** 三点五万), read one by one; not before 十, 百, 千, 分, 刻 or 半 (三点五分
** and 十二点三十分 are times). */
static int chineseDecimals(const Text *t, int j, double *pv) {
  int m = j + 1;
  double scale = 0.1;
  if( j >= t->n || t->aC[j] != 0x70B9 /* 点 */ ) return j;
  while( m < t->n && cnDigit(t->aC[m]) >= 0 ) m++;
  if( m == j + 1 ) return j;
  if( m < t->n &&
      (t->aC[m] == 0x5206 || t->aC[m] == 0x523B || t->aC[m] == 0x534A ||
       (cnUnit(t->aC[m]) > 0 && cnUnit(t->aC[m]) < 1e4)) )
    return j; /* 分 刻 半 十 百 千 */
  for( int i = j + 1; i < m; i++ ) {
    *pv += cnDigit(t->aC[i]) * scale;
    scale /= 10;
  }
  return m;
}

/* Parses a number at k: Arabic digits (with a decimal point) or a run of
** Chinese numerals.  Returns 0 if there is none. */
static int parseNum(const Text *t, int k, Num *p) {
  memset(p, 0, sizeof(*p));
  p->k0 = k;
  if( k < t->n && isDigit(t->aC[k]) ) {
    parseArabic(t, k, p);
    return 1;
  }
  int j = k, bUnit = 0;
  while( j < t->n && (cnDigit(t->aC[j]) >= 0 || cnUnit(t->aC[j]) > 0) ) j++;
  /* A trailing 万 or 亿 is a magnitude the caller reads (五千万: 5000,
  ** then 万), unless the numeral has 万 or 亿 before it: 三亿五千万 is
  ** 350,000,000, its 万 a unit of the section after 亿. */
  int jAll = j;
  while( j > k + 1 && (t->aC[j - 1] == 0x4E07 || t->aC[j - 1] == 0x4EBF) ) j--;
  for( int m = k; m < j; m++ ) {
    if( t->aC[m] == 0x4E07 || t->aC[m] == 0x4EBF ) j = jAll;
  }
  if( j == k || (j == k + 1 && cnDigit(t->aC[k]) < 0 && t->aC[k] != 0x5341) ) {
    return 0;
  }
  for( int m = k; m < j; m++ ) {
    if( cnUnit(t->aC[m]) > 0 ) bUnit = 1;
  }
  p->v = chineseValue(t, k, j, bUnit);
  p->nDigits = j - k;
  p->bHasUnit = bUnit;
  p->k1 = j == jAll ? chineseDecimals(t, j, &p->v) : j;
  return 1;
}

/* ---- candidates
 * --------------------------------------------------------------- */

/* Names in the dictionary commoner than this (frequency about 600 in
** jieba's counts) are everyday words that happen to be tagged as names. */
#define ZH_NAME_MIN_COST 11500

/* Priorities: where candidates overlap, the lower number wins. */
#define PRI_TITLE  0
#define PRI_BYLINE 1
#define PRI_NUMBER 2
#define PRI_ORG    3
#define PRI_PLACE  4
#define PRI_PERSON 5

typedef struct Cand Cand;
struct Cand {
  ZhEntity e;
  int pri;
};

typedef struct Ex Ex;
struct Ex {
  Text t;
  int mKinds;
  int eNesting; /* ZH_NEST_* */
  Cand *a;
  int n, nAlloc;
  int rc;
};

/* Every candidate comes through here, which drops those longer than
** ZH_ENT_MAX_CHARS. */
static void addCand(Ex *x, int eKind, int k0, int k1, int pri,
                    const char *zRole, char *zValue) {
  Cand *c;
  if( x->rc != SQLITE_OK || k1 <= k0 || k1 - k0 > ZH_ENT_MAX_CHARS ) {
    sqlite3_free(zValue);
    return;
  }
  if( x->n == x->nAlloc ) {
    int nNew = x->nAlloc ? x->nAlloc * 2 : 32;
    Cand *aNew = sqlite3_realloc64(x->a, sizeof(Cand) * (sqlite3_uint64)nNew);
    if( aNew == 0 ) {
      sqlite3_free(zValue);
      x->rc = SQLITE_NOMEM;
      return;
    }
    x->a = aNew;
    x->nAlloc = nNew;
  }
  c = &x->a[x->n++];
  c->e.eKind = eKind;
  c->e.iStart = k0;
  c->e.iEnd = k1;
  c->e.iByteStart = x->t.aB[k0];
  c->e.iByteEnd = x->t.aB[k1];
  c->e.iSentence = x->t.aSent[k0];
  c->e.zRole = zRole;
  c->e.zValue = zValue;
  c->pri = pri;
}

/* A number as JSON text: an integer when it is one. */
static void appendNumber(sqlite3_str *s, double v) {
  if( v == floor(v) && fabs(v) < 1e15 )
    sqlite3_str_appendf(s, "%lld", (long long)v);
  else
    sqlite3_str_appendf(s, "%.10g", v);
}

/* ---- pass 1: numbers and what follows them ------------------------------- */

static const char *const azRelativeDate[] = {"今年上半年", "今年下半年",
                                             "去年上半年", "去年下半年",
                                             "今年以来",   "去年以来",
                                             "近年来",     "连日来",
                                             "今年",       "去年",
                                             "明年",       "前年",
                                             "上半年",     "下半年",
                                             "近日",       "日前",
                                             "近期",       "今天",
                                             "昨天",       "明天",
                                             "当天",       "当日",
                                             "次日",       "年初",
                                             "年底",       "年末",
                                             "月初",       "月底",
                                             "本月",       "上月",
                                             "本周",       "上周",
                                             "近年",       0};

/* Currencies, and their ISO 4217 codes in azCode (passNumbers); a name
** before its shorter form (挪威克朗 before 克朗). */
static const char *const azCurrency[] = {
    "元",       "美元",   "港元",     "港币",     "欧元",     "日元",
    "英镑",     "人民币", "挪威克朗", "瑞典克朗", "丹麦克朗", "德国马克",
    "马克",     "卢布",   "瑞士法郎", "法国法郎", "法郎",     "里拉",
    "印度卢比", "卢比",   "韩元",     "泰铢",     "新台币",   "台币",
    "澳元",     "加元",   "新加坡元", "新西兰元", "块钱",     0};

static const char *const azMeasure[] = {
    "人次", "平方米", "平方公里", "公里", "千米", "公斤", "千克", "小时",
    "分钟", "余人",   "名",       "人",   "家",   "种",   "场",   "个",
    "项",   "次",     "位",       "件",   "所",   "座",   "辆",   "台",
    "套",   "批",     "届",       "支",   "篇",   "本",   "份",   "户",
    "处",   "条",     "块",       "张",   "株",   "头",   "只",   "棵",
    "栋",   "间",     "期",       "天",   "周",   "年",   "岁",   "米",
    "吨",   "亩",     "元",       "册",   "部",   "首",   "幅",   "节",
    "课",   "堂",     "门",       "组",   "队",   "单",   "起",   "例",
    "床",   0};

static const char *const azTimePrefix[] = {"上午", "下午", "晚上", "凌晨",
                                           "中午", "早上", "傍晚", 0};

/* Approximations kept in money and quantity values. */
static int approxAfter(const Text *t, int k) {
  return k < t->n &&
         (t->aC[k] == 0x4F59 /* 余 */ || t->aC[k] == 0x591A /* 多 */);
}

/* Approximations written before a number. */
static const char *const azApproxBefore[] = {"约",   "近",   "逾", "超过",
                                             "将近", "大约", 0};

static int approxBefore(const Text *t, int k, int *pLen) {
  for( int i = 0; azApproxBefore[i]; i++ ) {
    int n = atLen(t, k, azApproxBefore[i]);
    if( n ) {
      *pLen = n;
      return i;
    }
  }
  return -1;
}

/* A date starting with number a (year or month): returns its end. */
static int matchDate(Ex *x, const Num *a) {
  const Text *t = &x->t;
  int k = a->k1, y = -1, m = -1, d = -1;
  Num b, c;
  /* A year: four digits, or four Chinese numerals written digit by digit. */
  if( k < t->n && t->aC[k] == 0x5E74 /* 年 */ && !a->bHasUnit &&
      a->nDigits == 4 ) {
    y = (int)a->v;
    k++;
    if( parseNum(t, k, &b) && b.v >= 1 && b.v <= 12 && b.k1 < t->n &&
        t->aC[b.k1] == 0x6708 /* 月 */ ) {
      m = (int)b.v;
      k = b.k1 + 1;
      if( parseNum(t, k, &c) && c.v >= 1 && c.v <= 31 && c.k1 < t->n &&
          (t->aC[c.k1] == 0x65E5 || t->aC[c.k1] == 0x53F7) /* 日 号 */ ) {
        d = (int)c.v;
        k = c.k1 + 1;
      }
    }
  } else if( k < t->n && t->aC[k] == 0x6708 /* 月 */ && a->v >= 1 &&
             a->v <= 12 && a->v == floor(a->v) ) {
    m = (int)a->v;
    k++;
    if( parseNum(t, k, &c) && c.v >= 1 && c.v <= 31 && c.k1 < t->n &&
        (t->aC[c.k1] == 0x65E5 || t->aC[c.k1] == 0x53F7) ) {
      d = (int)c.v;
      k = c.k1 + 1;
    }
  } else {
    return 0;
  }
  /* 以来, 上半年 and the like belong to the date. */
  int nTail = atLen(t, k, "以来");
  if( !nTail && y >= 0 && m < 0 ) {
    static const char *const azTail[] = {"上半年", "下半年", "年初",
                                         "年底",   "年末",   0};
    nTail = atAny(t, k, azTail);
  }
  char *zValue;
  if( y >= 0 && m >= 0 && d >= 0 )
    zValue = sqlite3_mprintf("%04d-%02d-%02d", y, m, d);
  else if( y >= 0 && m >= 0 )
    zValue = sqlite3_mprintf("%04d-%02d", y, m);
  else if( y >= 0 )
    zValue = sqlite3_mprintf("%04d", y);
  else if( d >= 0 )
    zValue = sqlite3_mprintf("--%02d-%02d", m, d);
  else
    zValue = sqlite3_mprintf("--%02d", m);
  if( zValue == 0 ) x->rc = SQLITE_NOMEM;
  addCand(x, ZH_ENT_DATE, a->k0, k + nTail, PRI_NUMBER, 0, zValue);
  return k + nTail;
}

/* A time starting at number a (hours): returns its end, or 0. */
static int matchTime(Ex *x, const Num *a, int kStart) {
  const Text *t = &x->t;
  int k = a->k1, h, mi = 0;
  Num b;
  if( k >= t->n || (t->aC[k] != 0x65F6 && t->aC[k] != 0x70B9) )
    return 0; /* 时 点 */
  if( a->v > 24 || a->v != floor(a->v) ) return 0;
  h = (int)a->v;
  k++;
  if( parseNum(t, k, &b) && b.v < 60 && b.k1 < t->n && t->aC[b.k1] == 0x5206 ) {
    mi = (int)b.v;
    k = b.k1 + 1;
  } else if( k < t->n && t->aC[k] == 0x534A ) { /* 三点半: half past */
    mi = 30;
    k++;
  } else if( k + 1 < t->n && t->aC[k + 1] == 0x523B &&
             (t->aC[k] == 0x4E00 || t->aC[k] == 0x4E09) ) {
    mi = t->aC[k] == 0x4E00 ? 15 : 45; /* 一刻, 三刻: quarters */
    k += 2;
  }
  /* "下午3时" is 15:00. */
  if( kStart < a->k0 && h < 12 &&
      (at(t, kStart, "下午") || at(t, kStart, "晚上") ||
       at(t, kStart, "傍晚")) ) {
    h += 12;
  }
  char *zValue = sqlite3_mprintf("%02d:%02d", h, mi);
  if( zValue == 0 ) x->rc = SQLITE_NOMEM;
  addCand(x, ZH_ENT_TIME, kStart, k, PRI_NUMBER, 0, zValue);
  return k;
}

/* A set of characters by the low bits of their code points: a character
** that is not in it surely starts none of the words it was made from. */
typedef struct FirstSet FirstSet;
struct FirstSet {
  uint64_t a[16];
};

static void firstSetAdd(FirstSet *p, int32_t c) {
  p->a[(c >> 6) & 15] |= 1ull << (c & 63);
}

static int firstSetHas(const FirstSet *p, int32_t c) {
  return (p->a[(c >> 6) & 15] >> (c & 63)) & 1;
}

static void firstSetAddWords(FirstSet *p, const char *const *azWord) {
  int len;
  for( int i = 0; azWord[i]; i++ ) {
    firstSetAdd(p, zhUtf8Decode((const unsigned char *)azWord[i], 4, &len));
  }
}

/* The JSON value of an amount: v, its unit (a currency's ISO code zCode, or
** for a quantity the measure word at characters [j, j + nUnit)), and the
** approximation zApprox (may be 0). */
static char *amountValue(const Text *t, double v, const char *zCode, int j,
                         int nUnit, const char *zApprox) {
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, "{\"amount\":");
  appendNumber(s, v);
  if( zCode ) {
    sqlite3_str_appendf(s, ",\"currency\":\"%s\"", zCode);
  } else {
    sqlite3_str_appendall(s, ",\"unit\":\"");
    for( int m = j; m < j + nUnit; m++ ) {
      unsigned char buf[4];
      sqlite3_str_append(s, (const char *)buf, zhUtf8Encode(t->aC[m], buf));
    }
    sqlite3_str_appendall(s, "\"");
  }
  if( zApprox ) sqlite3_str_appendf(s, ",\"approx\":\"%s\"", zApprox);
  sqlite3_str_appendall(s, "}");
  return sqlite3_str_finish(s);
}

/* The ISO 4217 code of the currency of nUnit characters at j. */
static const char *currencyCode(const Text *t, int j, int nUnit) {
  static const char *const azCode[] = {
      "CNY", "USD", "HKD", "HKD", "EUR", "JPY", "GBP", "CNY", "NOK", "SEK",
      "DKK", "DEM", "DEM", "RUB", "CHF", "FRF", "FRF", "ITL", "INR", "INR",
      "KRW", "THB", "TWD", "TWD", "AUD", "CAD", "SGD", "NZD", "CNY"};
  for( int i = 0; azCurrency[i]; i++ ) {
    if( atLen(t, j, azCurrency[i]) == nUnit ) return azCode[i];
  }
  return 0;
}

/* After 12亿, the section of ten thousands: 12亿3000万 is 1,230,000,000.
** Returns where the amount goes on. */
static int sectionAfterYi(const Text *t, int j, double *pv) {
  Num b;
  if( j < 1 || t->aC[j - 1] != 0x4EBF || !parseNum(t, j, &b) ) return j;
  if( b.k1 < t->n && t->aC[b.k1] == 0x4E07 && b.v < 1e4 ) {
    *pv += b.v * 1e4;
    return b.k1 + 1;
  }
  return j;
}

/* A percentage, money or a quantity from kStart: number a, after the
** approximation azApproxBefore[iApprox] if iApprox >= 0, and what follows
** it.  Returns where to look next. */
static int matchAmount(Ex *x, const Num *a, int kStart, int iApprox) {
  const Text *t = &x->t;
  int j = a->k1;
  if( j < t->n && t->aC[j] == '%' ) {
    sqlite3_str *s = sqlite3_str_new(0);
    appendNumber(s, a->v / 100);
    addCand(x, ZH_ENT_PERCENT, kStart, j + 1, PRI_NUMBER, 0,
            sqlite3_str_finish(s));
    return j + 1;
  }
  /* Approximation, magnitude, approximation: 6700余万, 2万余. */
  double v = a->v;
  const char *zApprox = iApprox >= 0 ? azApproxBefore[iApprox] : 0;
  if( approxAfter(t, j) ) zApprox = t->aC[j++] == 0x4F59 ? "余" : "多";
  while( j < t->n &&
         (t->aC[j] == 0x4E07 || t->aC[j] == 0x4EBF ||
          (a->bArabic && (t->aC[j] == 0x5343 || t->aC[j] == 0x767E))) ) {
    v *= cnUnit(t->aC[j]);
    j++;
  }
  j = sectionAfterYi(t, j, &v);
  if( !zApprox && approxAfter(t, j) )
    zApprox = t->aC[j++] == 0x4F59 ? "余" : "多";
  int nUnit = atAny(t, j, azCurrency), eKind = ZH_ENT_MONEY;
  const char *zCode = 0;
  if( nUnit ) {
    zCode = currencyCode(t, j, nUnit);
  } else if( (nUnit = atAny(t, j, azMeasure)) != 0 ) {
    /* A lone Chinese digit and a measure word (一个, 三年) is too
    ** common a phrase to count as a quantity. */
    if( !a->bArabic && a->nDigits == 1 && j == a->k1 ) return a->k1;
    eKind = ZH_ENT_QUANTITY;
  } else {
    return a->k1 > kStart ? a->k1 : kStart + 1;
  }
  addCand(x, eKind, kStart, j + nUnit, PRI_NUMBER, 0,
          amountValue(t, v, zCode, j, nUnit, zApprox));
  return j + nUnit;
}

/* True if a number at k would go on one before it, or an ordinal (第三):
** then none starts there.  Tested before the number is read, which may
** take the rest of a run of numerals (万万万...) each time. */
static int numberGoesOn(const Text *t, int k) {
  if( k == 0 ) return 0;
  int32_t c = t->aC[k - 1];
  return isDigit(c) || c == '.' || cnDigit(c) >= 0 || cnUnit(c) > 0 ||
         c == 0x7B2C /* 第 */;
}

/* The numbers, and the words that start dates, times and amounts. */
static void numbersFirstSet(FirstSet *pFs) {
  static const char *const azOther[] = {
      "百分之", "〇", "零", "一", "二", "两", "三", "四", "五", "六",
      "七",     "八", "九", "十", "百", "千", "万", "亿", 0};
  memset(pFs, 0, sizeof(*pFs));
  firstSetAddWords(pFs, azRelativeDate);
  firstSetAddWords(pFs, azTimePrefix);
  firstSetAddWords(pFs, azOther);
  firstSetAddWords(pFs, azApproxBefore);
  for( int32_t c = '0'; c <= '9'; c++ ) firstSetAdd(pFs, c);
}

/* What starts at k, if anything: a relative date, a percentage written
** 百分之, a date, a time or an amount.  Returns where to look next. */
static int matchAt(Ex *x, int k) {
  const Text *t = &x->t;
  int n = atAny(t, k, azRelativeDate);
  if( n ) {
    addCand(x, ZH_ENT_DATE, k, k + n, PRI_NUMBER, 0, 0);
    return k + n;
  }
  Num a;
  /* 百分之五十 */
  if( at(t, k, "百分之") && parseNum(t, k + 3, &a) ) {
    sqlite3_str *s = sqlite3_str_new(0);
    appendNumber(s, a.v / 100);
    addCand(x, ZH_ENT_PERCENT, k, a.k1, PRI_NUMBER, 0, sqlite3_str_finish(s));
    return a.k1;
  }
  int kStart = k, nPre = 0;
  int iApprox = approxBefore(t, k, &nPre);
  int nTimePre = atAny(t, k, azTimePrefix);
  if( iApprox >= 0 )
    k += nPre;
  else if( nTimePre )
    k += nTimePre;
  if( numberGoesOn(t, k) || !parseNum(t, k, &a) ) return kStart + 1;
  int kEnd;
  if( nTimePre == 0 && iApprox < 0 && (kEnd = matchDate(x, &a)) > 0 )
    return kEnd;
  if( iApprox < 0 && (kEnd = matchTime(x, &a, kStart)) > 0 ) return kEnd;
  if( nTimePre ) return kStart + 1;
  return matchAmount(x, &a, kStart, iApprox);
}

static void passNumbers(Ex *x) {
  const Text *t = &x->t;
  FirstSet fs;
  numbersFirstSet(&fs);
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; ) {
    k = firstSetHas(&fs, t->aC[k]) ? matchAt(x, k) : k + 1;
  }
}

/* ---- titles ----------------------------------------------------------------
 */

/* Newspapers and magazines are organisations as well as titles:
** 《纽约时报》, 《渥太华公民报》, 《经济周刊》; not 《政府工作报告》 or a
** 公报.  True if the title [k0, k1) names one. */
static int isPaperName(const Text *t, int k0, int k1) {
  static const char *const azPaper[] = {"周刊", "杂志", "月刊", "画刊", 0};
  static const char *const azNotPaper[] = {
      "公报", "简报", "汇报", "情报", "海报", "通报", "年报", "警报",
      "预报", "电报", "捷报", "喜报", "快报", "学报", 0};
  if( k1 - k0 < 3 ) return 0;
  for( int i = 0; azPaper[i]; i++ ) {
    if( at(t, k1 - 2, azPaper[i]) ) return 1;
  }
  if( t->aC[k1 - 1] != 0x62A5 /* 报 */ ) return 0;
  return atAny(t, k1 - 2, azNotPaper) == 0;
}

static void passTitles(Ex *x) {
  const Text *t = &x->t;
  for( int k = 0; k < t->n; k++ ) {
    if( t->aC[k] != 0x300A /* 《 */ ) continue;
    int j = k + 1;
    /* No longer title is kept: its end is not looked for further. */
    while( j < t->n && j - k <= ZH_ENT_MAX_CHARS && t->aC[j] != 0x300B &&
           t->aC[j] != 0x300A && t->aC[j] != '\n' ) {
      j++;
    }
    if( j < t->n && t->aC[j] == 0x300B && j > k + 1 ) {
      addCand(x, ZH_ENT_TITLE, k + 1, j, PRI_TITLE, 0, 0);
      if( isPaperName(t, k + 1, j) )
        addCand(x, ZH_ENT_ORG, k + 1, j, PRI_TITLE, 0, 0);
      k = j;
    }
  }
}

/* ---- datelines and credits -------------------------------------------------
 */

/* True if the words that end a byline name start at k. */
static int atNameEnd(const Text *t, int k) {
  if( k >= t->n ) return 1;
  int32_t c = t->aC[k];
  return c == 0x3001 /* 、 */ || c == ' ' || c == 0x3000 || c == ')' ||
         c == '(' || c == '\n' || c == '\r' || c == '\t' || at(t, k, "报道") ||
         at(t, k, "摄") || at(t, k, "通讯员") || at(t, k, "记者");
}

static void passBylines(Ex *x) {
  const Text *t = &x->t;
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; k++ ) {
    const char *zRole;
    int j;
    if( at(t, k, "记者") ) {
      zRole = "reporter";
      j = k + 2;
    } else if( at(t, k, "通讯员") ) {
      zRole = "correspondent";
      j = k + 3;
    } else {
      continue;
    }
    int aName[16][2], nName = 0;
    for( ;; ) {
      while( j < t->n &&
             (t->aC[j] == ' ' || t->aC[j] == 0x3000 || t->aC[j] == 0x3001) )
        j++;
      int j0 = j;
      if( at(t, j0, "摄") || at(t, j0, "报道") ) break;
      while( j < t->n && isHan(t->aC[j]) && j - j0 < 5 &&
             !(j > j0 && atNameEnd(t, j)) )
        j++;
      if( j - j0 < 2 || j - j0 > 4 || !atNameEnd(t, j) || nName == 16 ) break;
      /* 通讯员 王黎、本报记者 董志红: the next credit, not a name. */
      if( at(t, j0, "记者") || at(t, j0, "通讯员") || at(t, j0, "本报") ) break;
      aName[nName][0] = j0;
      aName[nName][1] = j;
      nName++;
      if( j >= t->n ||
          !(t->aC[j] == 0x3001 || t->aC[j] == ' ' || t->aC[j] == 0x3000) )
        break;
    }
    /* "通讯员 董颖 摄": the photo's author. */
    if( nName > 0 ) {
      j = aName[nName - 1][1];
      while( j < t->n && (t->aC[j] == ' ' || t->aC[j] == 0x3000) ) j++;
      if( at(t, j, "摄") && !at(t, j, "摄影报道") ) zRole = "photographer";
    }
    for( int m = 0; m < nName; m++ ) {
      addCand(x, ZH_ENT_PERSON, aName[m][0], aName[m][1], PRI_BYLINE, zRole, 0);
    }
    if( nName > 0 ) k = aName[nName - 1][1] - 1;
  }
}

/* ---- words: people, places, organisations ----------------------------------
 */

typedef struct WordRec WordRec;
struct WordRec {
  int k0, k1; /* characters */
  const char *zTag;
  int bHan;
};

typedef struct WordList WordList;
struct WordList {
  Ex *x;
  WordRec *a;
  int n, nAlloc;
  int kNext; /* where charAt() starts looking: words come in order */
};

/* The index of the character at byte iByte, at or after character kFrom
** (the segmenter hands words over in text order, so this walks the text
** once); a binary search if iByte lies before kFrom. */
static int charAt(const Text *t, int iByte, int *pkFrom) {
  int k = *pkFrom;
  if( k <= t->n && t->aB[k] <= iByte ) {
    while( k < t->n && t->aB[k] < iByte ) k++;
    *pkFrom = k;
    return k;
  }
  int lo = 0, hi = t->n;
  while( lo < hi ) {
    int mid = (lo + hi) / 2;
    if( t->aB[mid] < iByte )
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int collectWord(void *pCtx, const ZhSeg *pSeg) {
  WordList *w = (WordList *)pCtx;
  if( w->n == w->nAlloc ) {
    int nNew = w->nAlloc ? w->nAlloc * 2 : 64;
    WordRec *aNew =
        sqlite3_realloc64(w->a, sizeof(WordRec) * (sqlite3_uint64)nNew);
    if( aNew == 0 ) return SQLITE_NOMEM;
    w->a = aNew;
    w->nAlloc = nNew;
  }
  WordRec *r = &w->a[w->n++];
  r->k0 = charAt(&w->x->t, pSeg->iStart, &w->kNext);
  r->k1 = charAt(&w->x->t, pSeg->iEnd, &w->kNext);
  r->zTag = pSeg->zTag;
  r->bHan = pSeg->nCp > 0;
  return SQLITE_OK;
}

static int tagIs(const WordRec *r, const char *zTag) {
  return strcmp(r->zTag, zTag) == 0;
}

/* True if word r is tagged as an organisation: nt, or nst (a listed body
** the dictionary tags as a place: 英特尔, 京东). */
static int isBodyTag(const WordRec *r) {
  return tagIs(r, "nt") || tagIs(r, "nst");
}

/* True if word r is tagged as a person's name: nr, nrt (transliterated),
** nrfg, or nrg (a listed person). */
static int isNameTag(const WordRec *r) {
  return strncmp(r->zTag, "nr", 2) == 0;
}

/* The dictionary's node of the characters [k0, k1), or 0 (the root, no
** word) if they lead nowhere in it. */
static uint32_t wordNode(const Text *t, int k0, int k1) {
  uint32_t node = 0;
  for( int k = k0; k < k1; k++ ) {
    node = zhDictChild(node, t->aC[k]);
    if( node == 0 ) return 0;
  }
  return node;
}

/* The dictionary's cost of the word at characters [k0, k1), or -1. */
static int wordCost(const Text *t, int k0, int k1) {
  uint32_t node = wordNode(t, k0, k1);
  return node ? zhDictCost(node) : -1;
}

/* The dictionary's tag of the word at characters [k0, k1), or NULL. */
static const char *wordTag(const Text *t, int k0, int k1) {
  uint32_t node = wordNode(t, k0, k1);
  return node && zhDictCost(node) >= 0 ? zhDictTag(node) : 0;
}

/* True if zTag (may be 0) is a place's: ns, or nsg (a listed place). */
static int isPlaceTag(const char *zTag) {
  return zTag && (strcmp(zTag, "ns") == 0 || strcmp(zTag, "nsg") == 0);
}

/* True if word r is zWord, the whole of it. */
static int isWord(const Text *t, const WordRec *r, const char *zWord) {
  return atLen(t, r->k0, zWord) == r->k1 - r->k0;
}

/* The length of the longest place the word at [k0, k1) starts with, two
** characters or more and shorter than the word (南京 in 南京大屠杀,
** 北京市 in 北京市总工会), in one walk of the trie; 0 if none. */
static int placePrefix(const Text *t, int k0, int k1) {
  int m = 0;
  uint32_t node = 0;
  for( int k = k0; k < k1 - 1; k++ ) {
    node = zhDictChild(node, t->aC[k]);
    if( node == 0 ) break;
    if( k > k0 && zhDictCost(node) >= 0 && isPlaceTag(zhDictTag(node)) )
      m = k + 1 - k0;
  }
  return m;
}

/* Titles and forms of address that follow a surname: 李先生, 陈老师, 胡老,
** 郑某, 汤局长.  Annotated news (People's Daily, MSRA) takes the surname
** alone for the person; the rest is how he is addressed. */
static const char *const azAddress[] = {
    "先生", "女士", "小姐", "老师", "太太", "夫人", "师傅", "同志",
    "局长", "部长", "书记", "主任", "厂长", "县长", "市长", "省长",
    "校长", "院长", "经理", "教授", "医生", "大夫", "主席", "外长",
    "大娘", "大爷", "大妈", "老",   "某",   0};

/* True if a surname at k is followed by a form of address. */
static int surnameAddressed(const Text *t, int k) {
  return (zhDictCharFlags(t->aC[k]) & ZH_CF_SURNAME) &&
         !(zhDictCharFlags(t->aC[k]) & ZH_CF_NOT_IN_NAME) &&
         atAny(t, k + 1, azAddress) > 0;
}

/* True if c is in the sorted array a[0..n). */
static int inSorted(const int32_t *a, size_t n, int32_t c) {
  size_t lo = 0, hi = n;
  while( lo < hi ) {
    size_t mid = (lo + hi) / 2;
    if( a[mid] == c ) return 1;
    if( a[mid] < c )
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

/* Surnames that are far more often words of their own (高 "high", 连
** "even", 钱 "money", 全 "all"): those whose count of two- and three-
** character names in jieba's dictionary (nr) is under 2% of their own
** frequency as a word.  Sorted: 万于仇付任余党全关农冷包单卞向商宫尚左
** 师席常应成房文方曾段毕江池游盛章管米羊苟解路车边连迟钱项饶高 */
static const int32_t aWeakSurname[] = {
    0x4E07, 0x4E8E, 0x4EC7, 0x4ED8, 0x4EFB, 0x4F59, 0x515A, 0x5168, 0x5173,
    0x519C, 0x51B7, 0x5305, 0x5355, 0x535E, 0x5411, 0x5546, 0x5BAB, 0x5C1A,
    0x5DE6, 0x5E08, 0x5E2D, 0x5E38, 0x5E94, 0x6210, 0x623F, 0x6587, 0x65B9,
    0x66FE, 0x6BB5, 0x6BD5, 0x6C5F, 0x6C60, 0x6E38, 0x76DB, 0x7AE0, 0x7BA1,
    0x7C73, 0x7F8A, 0x82DF, 0x89E3, 0x8DEF, 0x8F66, 0x8FB9, 0x8FDE, 0x8FDF,
    0x94B1, 0x9879, 0x9976, 0x9AD8};

/* True if c, a surname, is more often a word of its own: one of those
** above, or a function word (向, 于, 应). */
static int isWeakSurname(int32_t c) {
  return (zhDictCharFlags(c) & ZH_CF_NOT_IN_NAME) ||
         inSorted(aWeakSurname, sizeof(aWeakSurname) / sizeof(aWeakSurname[0]),
                  c);
}

/* 村 乡 镇 */
static int isVillageUnit(int32_t c) {
  return c == 0x6751 || c == 0x4E61 || c == 0x9547;
}

/* A person: a word tagged as a name that starts with a common surname:
** three characters (邓小平), or two that, if the dictionary has them, are
** rarer than everyday words (its name tags cover 文明, 卫星 and 高潮).
** The names the segmenter puts together qualify the same way. */
static int isPerson(const Text *t, const WordRec *r) {
  int n = r->k1 - r->k0;
  if( !r->bHan || n < 2 ) return 0;
  /* 高升镇, 梁沟村, 文明村: jieba tags villages and towns nr; 尤伯杯 and
  ** 汤尤杯, trophies, and 卢浮宫, palaces, too. */
  if( n >= 3 &&
      (isVillageUnit(t->aC[r->k1 - 1]) || t->aC[r->k1 - 1] == 0x676F /* 杯 */ ||
       t->aC[r->k1 - 1] == 0x5BAB /* 宫 */) &&
      !tagIs(r, "nrg") )
    return 0;
  /* A known person (THUOCL's list: 周恩来, 恩格斯, 巴蒂斯图塔) needs no
  ** surname; two characters of one still face the everyday-word test
  ** (陆军 is also a name). */
  if( tagIs(r, "nrg") ) {
    if( n >= 3 ) return 1;
  } else {
    if( n > 3 || !(tagIs(r, "nr") || tagIs(r, "nrfg")) ) return 0;
    if( !(zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME) ) return 0;
    /* Three characters of the dictionary: a given name needs a character
    ** of given names (雷阵雨 and 安全性 are tagged nr too). */
    if( n == 3 && wordCost(t, r->k0, r->k1) >= 0 ) {
      if( surnameAddressed(t, r->k0) ||
          (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_FIRST) ||
          (zhDictCharFlags(t->aC[r->k0 + 2]) & ZH_CF_GIVEN_LAST) )
        return 1;
      const char *zTag = wordTag(t, r->k0 + 1, r->k1);
      return !zTag || !(strcmp(zTag, "n") == 0 || strcmp(zTag, "v") == 0 ||
                        strcmp(zTag, "vn") == 0);
    }
  }
  int cost = wordCost(t, r->k0, r->k1);
  if( cost >= 0 ) {
    /* The segmenter may join a surname and a character into a word the
    ** dictionary holds as no name (全 组: 全组 n). */
    const char *zTag = wordTag(t, r->k0, r->k1);
    if( zTag && strncmp(zTag, "nr", 2) != 0 ) return 0; /* nr, nrt, nrg */
    return n == 3 || cost > ZH_NAME_MIN_COST;
  }
  /* A name the segmenter put together.  Its surname may be a word of its
  ** own (向 各, 连 吃 带, 万 after a number: 10万人); then only a given-name
  ** character after it makes a name (于丹, 方续虎). */
  int32_t c0 = t->aC[r->k0];
  int bWeak = isWeakSurname(c0) ||
              ((zhDictCharFlags(c0) & ZH_CF_NUMERAL) && r->k0 > 0 &&
               (isDigit(t->aC[r->k0 - 1]) || cnDigit(t->aC[r->k0 - 1]) >= 0));
  if( !bWeak ) return 1;
  if( n == 2 )
    return (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_LAST) != 0;
  return (zhDictCharFlags(t->aC[r->k0 + 1]) & ZH_CF_GIVEN_FIRST) ||
         (zhDictCharFlags(t->aC[r->k0 + 2]) & ZH_CF_GIVEN_LAST);
}

/* Words commoner than this (cost in nats * ZH_COST_SCALE: a frequency
** of about 200 in jieba's dictionary) are everyday words. */
#define ZH_COMMON_COST 12500

/* True if the characters [k0, k1) are an everyday word (文明, 小康, 贫困),
** which before a village's unit says what kind of village it is. */
static int isCommonWord(const Text *t, int k0, int k1) {
  int cost = wordCost(t, k0, k1);
  return cost >= 0 && cost < ZH_COMMON_COST;
}

/* A place: tagged so, or a word of three or more characters ending in an
** administrative unit (平谷区 and 门头沟区 are tagged n in the dictionary). */
static int isPlaceWord(const Text *t, const WordRec *r) {
  if( !r->bHan ) return 0;
  int bAdmin = r->k1 - r->k0 >= 3 &&
               (zhDictCharFlags(t->aC[r->k1 - 1]) & ZH_CF_ADMIN_SUFFIX) &&
               (tagIs(r, "n") || tagIs(r, "nz") || tagIs(r, "") ||
                (isNameTag(r) && isVillageUnit(t->aC[r->k1 - 1])));
  if( bAdmin && isVillageUnit(t->aC[r->k1 - 1]) &&
      isCommonWord(t, r->k0, r->k1 - 1) )
    return 0; /* 文明村, 小康村, 贫困村: a kind of village, not its name */
  /* 卢浮宫, 白金汉宫: palaces jieba tags as names. */
  int bPalace =
      r->k1 - r->k0 >= 3 && isNameTag(r) && t->aC[r->k1 - 1] == 0x5BAB /* 宫 */;
  if( !bAdmin && !bPalace && !tagIs(r, "ns") && !tagIs(r, "nsg") ) return 0;
  /* One character tagged as a place (捷, 泉, 南) is a place only as one of
  ** the countries and regions written so (abbrevPlaces). */
  if( r->k1 - r->k0 == 1 ) return 0;
  return 1;
}

/* Words that end an organisation's name. */
static const char *const azOrgSuffix[] = {
    "总工会", "工会",   "联合会", "委员会", "协会",   "学会",   "大学",
    "学院",   "学校",   "中学",   "小学",   "幼儿园", "医院",   "有限公司",
    "公司",   "集团",   "银行",   "政府",   "中心",   "研究院", "研究所",
    "基金会", "分公司", "车间",   "法院",   "检察院", "公安局", "局",
    "厅",     "委",     "办",     "部",     "处",     "所",     "院",
    "馆",     "站",     "社",     "台",     "厂",     "店",     "队",
    "联盟",   "商会",   "党委",   "支部",   "工作室", "事务所", "街道",
    "报社",   "电视台", "出版社", "俱乐部", "合作社", "理事会", "组委会",
    "筹委会", "常委会", "董事会", "分会",   "总会",   "研究会", "促进会",
    "党组",   "党团",   "署",     "团",     "研究室", "办公室", "实验室",
    0};

/* Words that end in an organisation's character without being a body:
** a part (全部, 内部, 南部), a place (场所), a stage (平台), a rank (干部),
** a state of things (格局, 出局, 政局). */
static const char *const azNotOrgEnd[] = {
    "干部", "全部", "内部", "外部", "局部", "大部", "东部", "西部", "南部",
    "北部", "中部", "本部", "场所", "厕所", "住所", "处所", "平台", "舞台",
    "阳台", "网站", "带队", "组队", "排队", "站队", "归队", "入队", "离队",
    "社团", "财团", "一团", "谜团", "疑团", "成团", "抱团", "组团", "出局",
    "结局", "格局", "大局", "布局", "全局", "骗局", "僵局", "赌局", "饭局",
    "平局", "开局", "残局", "定局", "时局", "政局", 0};

/* True if word r ends (its last characters) with an organisation suffix. */
static int endsWithOrgSuffix(const Text *t, const WordRec *r) {
  if( !(zhDictCharFlags(t->aC[r->k1 - 1]) & ZH_CF_ORG_END) ) return 0;
  if( r->k1 - r->k0 == 2 && atAny(t, r->k0, azNotOrgEnd) == 2 ) return 0;
  for( int i = 0; azOrgSuffix[i]; i++ ) {
    int nChars = 0, nb = (int)strlen(azOrgSuffix[i]), b = 0, len;
    while( b < nb ) {
      zhUtf8Decode((const unsigned char *)azOrgSuffix[i] + b, nb - b, &len);
      b += len;
      nChars++;
    }
    if( nChars <= r->k1 - r->k0 && at(t, r->k1 - nChars, azOrgSuffix[i]) )
      return 1;
  }
  return 0;
}

/* Words that start the names of bodies without naming a place: 国际
** 游泳 联合会, 国家 新闻出版署, 市 青年志愿者协会, 乡 卫生院. */
static const char *const azOrgStart[] = {"国际", "国家", "全国", "中央", "市",
                                         "省",   "县",   "乡",   "镇",   0};

/* A person's name that can start a company's (休斯 公司, 罗威 汽车 公司):
** a foreign name or one the extractor takes for a person. */
static int isNameStart(const Text *t, const WordRec *r) {
  if( r->k1 - r->k0 < 2 || !isNameTag(r) ) return 0;
  return tagIs(r, "nrt") || tagIs(r, "nrg") || isPerson(t, r);
}

/* True if word r ends with an organisation suffix of two characters or
** more other than 政府 (委员会, 中心, 公司, 组织). */
static int endsWithLongOrgSuffix(const Text *t, const WordRec *r) {
  static const char *const azLong[] = {
      "委员会", "联合会", "促进会", "协会",   "学会",   "中心", "公司",
      "集团",   "组织",   "小组",   "工作组", "大学",   "学院", "学校",
      "研究所", "研究院", "基金会", "办公室", "俱乐部", "联盟", 0};
  for( int i = 0; azLong[i]; i++ ) {
    int n = (int)strlen(azLong[i]) / 3; /* all three-byte Han */
    if( r->k1 - r->k0 >= n && at(t, r->k1 - n, azLong[i]) ) return 1;
  }
  return 0;
}

/* Buildings and grounds: a name ending so is a place, as news annotation
** counts it (人民大会堂, 中国美术馆, 北京图书大厦, 虹口体育馆), though the
** same words end the names of bodies.  Inns, embassies and service points
** are bodies. */
static int endsWithFacility(const Text *t, int k0, int k1) {
  static const char *const azFacility[] = {
      "馆",   "大厦", "大楼", "会堂", "礼堂", "机场", "站", "体育场",
      "广场", "公园", "剧院", "影院", "寺",   "宫",   "庙", 0};
  static const char *const azBody[] = {"使馆",   "宾馆", "旅馆", "饭馆",
                                       "餐馆",   "茶馆", "会馆", "服务站",
                                       "工作站", 0};
  switch( t->aC[k1 - 1] ) { /* most words end otherwise: done at once */
  case 0x9986:
  case 0x53A6:
  case 0x697C:
  case 0x5802:
  case 0x573A:
  case 0x7AD9:
  case 0x56ED:
  case 0x9662:
  case 0x5BFA:
  case 0x5BAB:
  case 0x5E99: break; /* 馆 厦 楼 堂 场 站 园 院 寺 宫 庙 */
  default: return 0;
  }
  for( int i = 0; azBody[i]; i++ ) {
    int n = (int)strlen(azBody[i]) / 3;
    if( k1 - k0 >= n && at(t, k1 - n, azBody[i]) ) return 0;
  }
  for( int i = 0; azFacility[i]; i++ ) {
    int n = (int)strlen(azFacility[i]) / 3; /* all three-byte Han */
    if( k1 - k0 > n && at(t, k1 - n, azFacility[i]) ) return 1;
  }
  return 0;
}

/* A company's whole name as one word the dictionary holds as a proper noun
** or a set phrase (雅戈尔集团 nz, 可口可乐公司 l), not as a body. */
static int isCompanyWord(const Text *t, const WordRec *r) {
  return r->k1 - r->k0 >= 4 && (tagIs(r, "nz") || tagIs(r, "l")) &&
         (at(t, r->k1 - 2, "公司") || at(t, r->k1 - 2, "集团"));
}

/* The first characters of azOrgStart: 国 全 中 市 省 县 乡 镇. */
static int isOrgStartChar(int32_t c) {
  return c == 0x56FD || c == 0x5168 || c == 0x4E2D || c == 0x5E02 ||
         c == 0x7701 || c == 0x53BF || c == 0x4E61 || c == 0x9547;
}

/* Tags of the words an organisation's name may run through. */
static int isNameInside(const WordRec *r) {
  static const char *const az[] = {"n",  "nz",  "ns", "nsg", "nt", "nst", "vn",
                                   "nn", "nsn", "j",  "b",   "nr", "nrg", "an",
                                   "l",  "ng",  "m",  "x",   0};
  if( !r->bHan ) return 0;
  for( int i = 0; az[i]; i++ ) {
    if( tagIs(r, az[i]) ) return 1;
  }
  return 0;
}

/* One-character names of countries and regions, as news writes them in
** pairs (中美, 中俄, 中日韩) and after a verb of travel (访华). */
/* 中美俄日英法德韩朝印巴越泰意加澳港台京沪津渝苏浙粤闽鲁豫川藏欧, sorted. */
static const int32_t aAbbrevPlace[] = {
    0x4E2D, 0x4EAC, 0x4FC4, 0x52A0, 0x5370, 0x53F0, 0x5DDD, 0x5DF4,
    0x5FB7, 0x610F, 0x65E5, 0x671D, 0x6B27, 0x6CAA, 0x6CD5, 0x6CF0,
    0x6D25, 0x6D59, 0x6E1D, 0x6E2F, 0x6FB3, 0x7CA4, 0x7F8E, 0x82CF,
    0x82F1, 0x85CF, 0x8C6B, 0x8D8A, 0x95FD, 0x97E9, 0x9C81};

static int isAbbrevPlace(int32_t c) {
  return inSorted(aAbbrevPlace, sizeof(aAbbrevPlace) / sizeof(aAbbrevPlace[0]),
                  c);
}

/* Countries and continents written in one character that are also common
** characters otherwise (以 "by", 非 "not", 阿, 亚): places only beside
** one of the list above, as partners (中非合作, 巴以谈判, 中、阿建交) or
** before a word of state (叙总统, 墨军).  Sorted: 亚以伊叙哥埃墨奥柬欧缅
** 菲蒙阿非 */
static const int32_t aPartnerPlace[] = {0x4E9A, 0x4EE5, 0x4F0A, 0x53D9, 0x54E5,
                                        0x57C3, 0x58A8, 0x5965, 0x67EC, 0x6B27,
                                        0x7F05, 0x83F2, 0x8499, 0x963F, 0x975E};

static int isPartnerPlace(int32_t c) {
  return isAbbrevPlace(c) ||
         inSorted(aPartnerPlace,
                  sizeof(aPartnerPlace) / sizeof(aPartnerPlace[0]), c);
}

/* Words after two countries' characters that make them partners: 中 非
** 合作, 巴 以 谈判, 中 蒙 边界 (not 比赛 中 以 2∶0). */
static const char *const azRelation[] = {
    "两国", "关系", "合作", "谈判", "边界", "边境", "建交", "双方", "之间",
    "首脑", "经贸", "友好", "贸易", "和平", "冲突", "会谈", "联合", 0};

/* Words of a state after a country's character: 俄政府, 叙 总统, 美军,
** 巴 方.  Their length at k, or 0. */
static int atStateWord(const Text *t, int k) {
  static const char *const azState[] = {"政府", "总统", "总理", "外长", "首相",
                                        "军队", "军",   "方",   0};
  return atAny(t, k, azState);
}

/* Places written as one character each: a word made only of such
** characters (中美, not 美德), or 华 after 访 来 在 驻 抵 离. */
static const char *const azTravel[] = {"访", "来", "在", "驻", "抵", "离",
                                       "进", "赴", "返", "晋", 0};

/* Words of policy toward China before 华 (对华, 反华, 侵华, 援华). */
static const char *const azTowardChina[] = {"对", "反", "侵", "援",
                                            "排", "使", 0};

/* True if the two characters at k, one of them a country's, come before
** 两国 or 双方: two countries (埃中两国, 布中两国), news naming both
** partners so, the other often a country outside the list. */
static int isPairOfCountries(const Text *t, int k) {
  if( !(k + 4 <= t->n && (at(t, k + 2, "两国") || at(t, k + 2, "双方")) &&
        ((isAbbrevPlace(t->aC[k]) &&
          !(zhDictCharFlags(t->aC[k + 1]) & ZH_CF_NOT_IN_NAME)) ||
         (isAbbrevPlace(t->aC[k + 1]) &&
          !(zhDictCharFlags(t->aC[k]) & ZH_CF_NOT_IN_NAME)))) )
    return 0;
  /* 印度两国: one country of two characters, not two of one. */
  const char *zTag = wordTag(t, k, k + 2);
  return !isPlaceTag(zTag);
}

static int isTranslitPart(const Text *t, const WordRec *r);

static int abbrevPlaces(Ex *x, const WordRec *r, const WordRec *pPrev,
                        const WordRec *pNext) {
  const Text *t = &x->t;
  int n = r->k1 - r->k0;
  if( !r->bHan ) return 0;
  /* 华 and 京 after a verb of travel or stay (访华, 来京, 离 京), as one
  ** word or two. */
  int kCity = n >= 2 ? r->k0 + 1 : (n == 1 && r->k0 > 0 ? r->k0 : -1);
  if( kCity >= 0 &&
      ((at(t, kCity, "华") && (atAny(t, kCity - 1, azTravel) ||
                               atAny(t, kCity - 1, azTowardChina))) ||
       (at(t, kCity, "京") && atAny(t, kCity - 1, azTravel))) ) {
    /* 驻华使节, 访华团: the word goes on; what follows 华 is its own. */
    addCand(x, ZH_ENT_PLACE, kCity, kCity + 1, PRI_PLACE, 0, 0);
    return 1;
  }
  /* 中方, 俄政府, 美军: a country and a word of its state, as one word,
  ** or 叙 总统, 巴 方 as two. */
  if( n >= 2 && n <= 3 && isAbbrevPlace(t->aC[r->k0]) &&
      atStateWord(t, r->k0 + 1) == n - 1 ) {
    addCand(x, ZH_ENT_PLACE, r->k0, r->k0 + 1, PRI_PLACE, 0, 0);
    return 1;
  }
  if( n == 1 && pNext && pNext->k0 == r->k1 && isPartnerPlace(t->aC[r->k0]) &&
      atStateWord(t, r->k1) == pNext->k1 - pNext->k0 ) {
    addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
    return 1;
  }
  /* A country's character standing alone (俄 总统, 对 俄): only those
  ** that stand alone as no other word (中 does: 在…中; so do 日, 法, 越). */
  if( n == 1 && isAbbrevPlace(t->aC[r->k0]) &&
      (at(t, r->k0, "俄") || at(t, r->k0, "美") || at(t, r->k0, "韩") ||
       at(t, r->k0, "英") || at(t, r->k0, "德")) &&
      /* 埃舍 德, 松 德 斯特伦: a piece of a transliterated name. */
      !(pPrev && pPrev->k1 == r->k0 && isTranslitPart(t, pPrev)) &&
      !(pNext && pNext->k0 == r->k1 && isTranslitPart(t, pNext)) ) {
    addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
    return 1;
  }
  if( n == 2 && isPairOfCountries(t, r->k0) ) {
    addCand(x, ZH_ENT_PLACE, r->k0, r->k0 + 1, PRI_PLACE, 0, 0);
    addCand(x, ZH_ENT_PLACE, r->k0 + 1, r->k1, PRI_PLACE, 0, 0);
    return 1;
  }
  /* Two or three of them, alone (中美) or before a word (中美关系). */
  int m = 0;
  while( m < n && m < 3 && isAbbrevPlace(t->aC[r->k0 + m]) ) m++;
  if( m < 2 || at(t, r->k0, "美德") ) return 0;
  if( m < n && wordCost(t, r->k0 + m, r->k1) < 0 ) return 0;
  for( int k = r->k0; k < r->k0 + m; k++ )
    addCand(x, ZH_ENT_PLACE, k, k + 1, PRI_PLACE, 0, 0);
  return 1;
}

/* Organisations that are one word and that the dictionary does not tag
** nt: international bodies, party committees, legislatures, armed forces. */
static const char *const azOrgWord[] = {
    "欧盟", "北约", "东盟",     "欧佩克",   "世贸组织", "国会", "内阁",
    "市委", "县委", "省委",     "区委",     "人大",     "政协", "海军",
    "陆军", "空军", "中央军委", "国家杜马", 0};

/* The first characters of azOrgWord, sorted: 世东中人内北区县国市政欧海省空陆.
** Most words start with none of them, and are done with at once. */
static const int32_t aOrgWordFirst[] = {
    0x4E16, 0x4E1C, 0x4E2D, 0x4EBA, 0x5185, 0x5317, 0x533A, 0x53BF,
    0x56FD, 0x5E02, 0x653F, 0x6B27, 0x6D77, 0x7701, 0x7A7A, 0x9646};

static int isOrgWord(const Text *t, const WordRec *r) {
  if( r->k1 - r->k0 < 2 ||
      !inSorted(aOrgWordFirst, sizeof(aOrgWordFirst) / sizeof(aOrgWordFirst[0]),
                t->aC[r->k0]) )
    return 0;
  for( int i = 0; azOrgWord[i]; i++ ) {
    if( atLen(t, r->k0, azOrgWord[i]) == r->k1 - r->k0 ) return 1;
  }
  return 0;
}

/* A place inside a word: a people named after its country (法国人,
** 阿尔巴尼亚族), one's native place (江西籍), or a body of the sky, a
** place as the annotation of news counts it (地球, 月球, 银河).  The
** length of the place, 0 for none, or -1 for a word that is no place
** although the dictionary may say so (挪威克朗). */
static int placeInWord(const Text *t, const WordRec *r) {
  static const char *const azSky[] = {
      "地球", "月球",   "火星",   "水星",   "金星",   "木星", "土星",
      "银河", "银河系", "天王星", "海王星", "冥王星", "太阳", 0};
  int n = r->k1 - r->k0;
  if( !r->bHan || n < 2 ) return 0;
  int32_t cLast = t->aC[r->k1 - 1];
  if( (cLast == 0x7403 /* 球 */ || cLast == 0x661F /* 星 */ ||
       cLast == 0x6CB3 /* 河 */ || cLast == 0x7CFB /* 系 */ ||
       cLast == 0x9633 /* 阳 */) &&
      atAny(t, r->k0, azSky) == n )
    return n;
  /* 地球磁场, 月球车: the body at the head of a longer word (not 太阳能,
  ** solar power, nor 太阳穴). */
  if( n >= 3 && (at(t, r->k0, "地球") || at(t, r->k0, "月球")) ) return 2;
  /* A country's money (挪威克朗, 德国马克, 印度卢比: tagged ns) is money,
  ** no mention of the country, as People's Daily and GSD both have it. */
  static const char *const azMoney[] = {"克朗", "马克", "卢布", "法郎",
                                        "里拉", "卢比", "比索", 0};
  if( n >= 4 && atAny(t, r->k1 - 2, azMoney) == 2 ) return -1;
  if( n >= 3 && (at(t, r->k1 - 1, "人") || at(t, r->k1 - 1, "族") ||
                 at(t, r->k1 - 1, "籍")) ) {
    const char *zTag = wordTag(t, r->k0, r->k1 - 1);
    if( isPlaceTag(zTag) ) return n - 1;
  }
  /* A place and a word after it, as one word that names no place itself:
  ** 南京大屠杀, 越南战争, 中国画, 地球磁场. */
  if( n >= 3 && n <= 6 && !isNameTag(r) && !isBodyTag(r) &&
      strncmp(r->zTag, "ns", 2) != 0 && !tagIs(r, "i") && !tagIs(r, "l") ) {
    int m = placePrefix(t, r->k0, r->k1);
    if( m >= 2 ) {
      /* The rest a word of its own (大屠杀, 战争), or 画 or 式. */
      if( n - m >= 2 ? wordCost(t, r->k0 + m, r->k1) < 0
                     : !(at(t, r->k0 + m, "画") || at(t, r->k0 + m, "式")) )
        return 0;
      if( at(t, r->k0 + m, "时间") ) return 0; /* 北京时间: a clock */
      return m;
    }
  }
  return 0;
}

/* A word made of a body and what follows it: a place and 队 (古巴队,
** 智利队), or a body and a title (司法部长, 市委书记).  The length of the
** body, or 0. */
static int orgInWord(const Text *t, const WordRec *r) {
  static const char *const azTitle[] = {"长",   "书记", "副书记", "主任",
                                        "委员", "常委", 0};
  int n = r->k1 - r->k0;
  if( !r->bHan || n < 3 ) return 0;
  /* 队 长 记 任 员 委: most words end otherwise, and are done with. */
  int32_t cLast = t->aC[r->k1 - 1];
  if( cLast != 0x961F && cLast != 0x957F && cLast != 0x8BB0 &&
      cLast != 0x4EFB && cLast != 0x5458 && cLast != 0x59D4 )
    return 0;
  if( t->aC[r->k1 - 1] == 0x961F /* 队 */ ) {
    const char *zTag = wordTag(t, r->k0, r->k1 - 1);
    if( isPlaceTag(zTag) ) return n;
  }
  for( int i = 0; azTitle[i]; i++ ) {
    int m = n - (int)strlen(azTitle[i]) / 3; /* all three-byte Han */
    if( m < 2 || !at(t, r->k0 + m, azTitle[i]) ) continue;
    WordRec body = {r->k0, r->k0 + m, "", 1};
    const char *zTag = wordTag(t, body.k0, body.k1);
    if( zTag && (strcmp(zTag, "nt") == 0 || strcmp(zTag, "nst") == 0) )
      return m;
    if( isOrgWord(t, &body) ) return m;
  }
  return 0;
}

/* Titles written before a name (美国总统克林顿) and words that follow one
** (叶利钦说, 琼斯先生): they make a word the dictionary tags as a name a
** person, whatever its first character (foreign names start anyhow). */
static const char *const azTitleBefore[] = {
    "总统",   "总理", "首相",   "主席",   "外长", "部长",   "国务卿", "秘书长",
    "大使",   "议长", "总书记", "委员长", "总裁", "董事长", "主任",   "市长",
    "省长",   "教练", "队长",   "选手",   "教授", "博士",   "将军",   "元帅",
    "国王",   "女王", "亲王",   "王子",   "公主", "夫人",   "副总统", "总督",
    "总经理", "作家", "画家",   "歌手",   "演员", "导演",   "记者",   0};
static const char *const azNameAfter[] = {
    "说",   "表示", "指出", "认为", "强调", "宣布", "先生",
    "女士", "总统", "总理", "首相", "教授", "博士", "夫人",
    "会见", "访问", "呼吁", "称",   0};

static int personByContext(const Text *t, const WordRec *r) {
  if( !r->bHan ) return 0;
  for( int i = 0; azTitleBefore[i]; i++ ) {
    int nb = (int)strlen(azTitleBefore[i]) / 3; /* all three-byte Han */
    if( r->k0 >= nb && at(t, r->k0 - nb, azTitleBefore[i]) ) return 1;
  }
  return atAny(t, r->k1, azNameAfter) > 0;
}

/* A name-tagged word of a known name and a noun (邓小平理论, 毛泽东思想):
** the length of the name, or 0. */
static int namePrefix(const Text *t, const WordRec *r) {
  int n = r->k1 - r->k0;
  if( !r->bHan || n < 4 ) return 0;
  /* 马克思主义 is tagged n: a doctrine named after a person. */
  if( !(tagIs(r, "nr") || tagIs(r, "nrg") || tagIs(r, "nz")) &&
      !(n == 5 && (at(t, r->k0 + 3, "主义") || at(t, r->k0 + 3, "思想") ||
                   at(t, r->k0 + 3, "理论"))) )
    return 0;
  if( !(zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME) ) return 0;
  /* The dictionary tags 严格监督 nr as well: the name must be a word
  ** tagged as a name of its own, and the rest a word. */
  const char *zTag = wordTag(t, r->k0, r->k0 + 3);
  if( zTag && (strcmp(zTag, "nr") == 0 || strcmp(zTag, "nrg") == 0) &&
      wordCost(t, r->k0 + 3, r->k1) >= 0 )
    return 3;
  return 0;
}

/* True if a dot of the kind that parts foreign names, and nothing else,
** lies between words a[i] and a[i + 1]: · (U+00B7), ・ (U+30FB), •
** (U+2022), ‧ (U+2027). */
static int dotAfter(const Text *t, const WordRec *a, int i) {
  if( a[i + 1].k0 != a[i].k1 + 1 ) return 0;
  int32_t c = t->aC[a[i].k1];
  return c == 0xB7 || c == 0x30FB || c == 0x2022 || c == 0x2027;
}

/* Characters of the standard transliteration of foreign names (Xinhua's
** usage: 斯 特 尔 科 娃 ...), sorted:
** 丁丘东丝丰丹乌乔亚亨什伊伍休伦伯佐佩克兰兹内冈凡凯切列利加努劳勒华卓南博卡卢厄古吉哈因图圭坎坦埃基塔塞墨夏多夫夸奇奈奎契奥妮姆威娃娜宁安宾尔尤尼巴布希帕库康延廷弗彭彼德恩戈戴扎托扬拉拔捷提敏斯施昂昆普曼朗本杜杰松林查格桑梅森欧比毕汉沃沙法波泰泽洛海涅温潘爱特玛珀班琳琼瑟瓜瓦甘申登皮盖福科穆米索约纳纽维罗翰耶肯舍舒艾芒芙芬苏茨茹莉莎莫莱菲萨蒂蒙蕾西詹诺谢豪贝贡费贾赞赫路辛达迈迪逊道邦里锡门阿隆雅雷霍韦顿马鲁鲍麦黎黛齐 */
static const int32_t aTranslit[] = {
    0x4E01, 0x4E18, 0x4E1C, 0x4E1D, 0x4E30, 0x4E39, 0x4E4C, 0x4E54, 0x4E9A,
    0x4EA8, 0x4EC0, 0x4F0A, 0x4F0D, 0x4F11, 0x4F26, 0x4F2F, 0x4F50, 0x4F69,
    0x514B, 0x5170, 0x5179, 0x5185, 0x5188, 0x51E1, 0x51EF, 0x5207, 0x5217,
    0x5229, 0x52A0, 0x52AA, 0x52B3, 0x52D2, 0x534E, 0x5353, 0x5357, 0x535A,
    0x5361, 0x5362, 0x5384, 0x53E4, 0x5409, 0x54C8, 0x56E0, 0x56FE, 0x572D,
    0x574E, 0x5766, 0x57C3, 0x57FA, 0x5854, 0x585E, 0x58A8, 0x590F, 0x591A,
    0x592B, 0x5938, 0x5947, 0x5948, 0x594E, 0x5951, 0x5965, 0x59AE, 0x59C6,
    0x5A01, 0x5A03, 0x5A1C, 0x5B81, 0x5B89, 0x5BBE, 0x5C14, 0x5C24, 0x5C3C,
    0x5DF4, 0x5E03, 0x5E0C, 0x5E15, 0x5E93, 0x5EB7, 0x5EF6, 0x5EF7, 0x5F17,
    0x5F6D, 0x5F7C, 0x5FB7, 0x6069, 0x6208, 0x6234, 0x624E, 0x6258, 0x626C,
    0x62C9, 0x62D4, 0x6377, 0x63D0, 0x654F, 0x65AF, 0x65BD, 0x6602, 0x6606,
    0x666E, 0x66FC, 0x6717, 0x672C, 0x675C, 0x6770, 0x677E, 0x6797, 0x67E5,
    0x683C, 0x6851, 0x6885, 0x68EE, 0x6B27, 0x6BD4, 0x6BD5, 0x6C49, 0x6C83,
    0x6C99, 0x6CD5, 0x6CE2, 0x6CF0, 0x6CFD, 0x6D1B, 0x6D77, 0x6D85, 0x6E29,
    0x6F58, 0x7231, 0x7279, 0x739B, 0x73C0, 0x73ED, 0x7433, 0x743C, 0x745F,
    0x74DC, 0x74E6, 0x7518, 0x7533, 0x767B, 0x76AE, 0x76D6, 0x798F, 0x79D1,
    0x7A46, 0x7C73, 0x7D22, 0x7EA6, 0x7EB3, 0x7EBD, 0x7EF4, 0x7F57, 0x7FF0,
    0x8036, 0x80AF, 0x820D, 0x8212, 0x827E, 0x8292, 0x8299, 0x82AC, 0x82CF,
    0x8328, 0x8339, 0x8389, 0x838E, 0x83AB, 0x83B1, 0x83F2, 0x8428, 0x8482,
    0x8499, 0x857E, 0x897F, 0x8A79, 0x8BFA, 0x8C22, 0x8C6A, 0x8D1D, 0x8D21,
    0x8D39, 0x8D3E, 0x8D5E, 0x8D6B, 0x8DEF, 0x8F9B, 0x8FBE, 0x8FC8, 0x8FEA,
    0x900A, 0x9053, 0x90A6, 0x91CC, 0x9521, 0x95E8, 0x963F, 0x9686, 0x96C5,
    0x96F7, 0x970D, 0x97E6, 0x987F, 0x9A6C, 0x9C81, 0x9C8D, 0x9EA6, 0x9ECE,
    0x9EDB, 0x9F50};

static int isTranslitChar(int32_t c) {
  return inSorted(aTranslit, sizeof(aTranslit) / sizeof(aTranslit[0]), c);
}

/* A word that can be part of a transliterated name: its characters all
** transliteration characters, and a lone character or a word the
** dictionary holds as a name or not at all (not 安全, not 西方). */
static int isTranslitPart(const Text *t, const WordRec *r) {
  if( !r->bHan ) return 0;
  /* The tags first: they rule out most words at once. */
  if( !(r->k1 - r->k0 == 1 || isNameTag(r) || tagIs(r, "nz") ||
        (r->zTag[0] == 0 && wordCost(t, r->k0, r->k1) < 0)) )
    return 0;
  for( int k = r->k0; k < r->k1; k++ ) {
    if( !isTranslitChar(t->aC[k]) ) return 0;
  }
  return 1;
}

/* A word that can be part of a transliterated name: Han, none of the
** characters that stand outside names (了, 和, 在), and either a lone
** character or a word the dictionary does not hold as an everyday one
** (a name, a place, a proper noun, or no word at all). */
static int isNamePart(const Text *t, const WordRec *r) {
  if( !r->bHan ) return 0;
  /* A word the dictionary holds as a name or place is one, whatever its
  ** characters (里 stands outside Chinese names, inside 鲍里斯). */
  if( r->k1 - r->k0 >= 2 &&
      (isNameTag(r) || tagIs(r, "nz") || tagIs(r, "ns") || tagIs(r, "nsg")) )
    return 1;
  int bTranslit = 1;
  for( int k = r->k0; k < r->k1; k++ ) {
    if( !isTranslitChar(t->aC[k]) ) bTranslit = 0;
  }
  for( int k = r->k0; k < r->k1 && !bTranslit; k++ ) {
    if( zhDictCharFlags(t->aC[k]) & ZH_CF_NOT_IN_NAME ) return 0;
  }
  return r->k1 - r->k0 == 1 || wordCost(t, r->k0, r->k1) < 0;
}

/* Adds the person [k0, k1), or its surname alone if what follows the
** surname is a form of address (李先生 -> 李). */
static void addPerson(Ex *x, int k0, int k1, int pri) {
  if( k1 - k0 >= 2 && surnameAddressed(&x->t, k0) ) k1 = k0 + 1;
  addCand(x, ZH_ENT_PERSON, k0, k1, pri, 0, 0);
}

/* Ranks written before a title (副部长, 常务副市长). */
static const char *const azRank[] = {"代理", "常务", "执行", "副",
                                     "正",   "代",   0}; /* longest first */

/* Titles and roles written before a Chinese name. */
static const char *const azRoleBefore[] = {
    "书记",   "院长", "局长", "厂长", "校长", "经理", "会长", "社长", "所长",
    "行长",   "处长", "科长", "县长", "乡长", "镇长", "村长", "司令", "政委",
    "参谋长", "委员", "常委", "主编", "总编", "老师", "医生", "代表", 0};

/* A character that can be part of a given name: Han, not a function word
** or a numeral. */
static int isGivenChar(const Text *t, int k) {
  int f = zhDictCharFlags(t->aC[k]);
  return isHan(t->aC[k]) && !(f & ZH_CF_NOT_IN_NAME) && !(f & ZH_CF_NUMERAL);
}

/* The length of a Chinese name that starts at word a[i + 1] after the
** title a[i], or 0: a lone surname and a two-character word that is no
** verb or function word (书记 赵 世居, 厂长 戚 西洋), or a lone surname and
** one or two lone characters of given names. */
static int nameAfterTitle(const Text *t, const WordRec *a, int n, int i) {
  const WordRec *r = &a[i], *w1 = &a[i + 1], *w2 = &a[i + 2];
  if( !r->bHan || w1->k0 != r->k1 || w2->k0 != w1->k1 || !w2->bHan ) return 0;
  /* The cheap tests first: most words are followed by no lone surname. */
  if( w1->k1 - w1->k0 != 1 ||
      !(zhDictCharFlags(t->aC[w1->k0]) & ZH_CF_SURNAME) ||
      (zhDictCharFlags(t->aC[w1->k0]) & ZH_CF_NOT_IN_NAME) )
    return 0;
  if( !(atAny(t, r->k0, azRoleBefore) == r->k1 - r->k0 ||
        atAny(t, r->k0, azTitleBefore) == r->k1 - r->k0) )
    return 0;
  /* What follows must not go on as a name (贾 亚拉 莉 达 is one
  ** transliteration, 谷口 清 太郎 a Japanese name). */
  const WordRec *w3 = i + 3 < n && a[i + 3].k0 == w2->k1 ? &a[i + 3] : 0;
  if( w3 && w3->bHan && isNameTag(w3) ) return 0;
  int b3 = w3 && w3->bHan && w3->k1 - w3->k0 == 1 && isGivenChar(t, w3->k0);
  if( w2->k1 - w2->k0 == 2 ) {
    static const char *const azNotGiven[] = {"v", "vn", "d", "p", "c", "u",
                                             "r", "m",  "q", "f", "t", 0};
    for( int k = 0; azNotGiven[k]; k++ ) {
      if( tagIs(w2, azNotGiven[k]) ) return 0;
    }
    return !b3 && isGivenChar(t, w2->k0) && isGivenChar(t, w2->k0 + 1) ? 3 : 0;
  }
  if( w2->k1 - w2->k0 != 1 || !isGivenChar(t, w2->k0) ||
      isTranslitChar(t->aC[w2->k0]) )
    return 0;
  if( b3 ) {
    return (zhDictCharFlags(t->aC[w3->k0]) & ZH_CF_GIVEN_LAST) &&
                   !isTranslitChar(t->aC[w3->k0])
               ? 3
               : 0;
  }
  return (zhDictCharFlags(t->aC[w2->k0]) & ZH_CF_GIVEN_LAST) ? 2 : 0;
}

/* Words that can make up the name of a village: nouns and names, and
** characters the dictionary has no word for. */
static int isVillagePart(const WordRec *r) {
  static const char *const az[] = {"n",  "ns", "nsg", "nz", "nr", "nrt",
                                   "zg", "ng", "j",   "s",  "",   0};
  if( !r->bHan ) return 0;
  for( int i = 0; az[i]; i++ ) {
    if( tagIs(r, az[i]) ) return 1;
  }
  return 0;
}

/* Words after which a foreign name is a place. */
static const char *const azPlaceBefore[] = {
    "首都", "城市", "抵达", "前往", "飞抵", "途经", "位于", "胜地",
    "港口", "首府", "小镇", "省会", "到达", "来到", 0};

/* Units of land and water, and palaces, after a foreign name: 州 省 县 区
** 河 湖 岛 宫. */
static int isForeignUnit(int32_t c) {
  return c == 0x5DDE || c == 0x7701 || c == 0x53BF || c == 0x533A ||
         c == 0x6CB3 || c == 0x6E56 || c == 0x5C9B || c == 0x5BAB;
}

/* True if a foreign name [k0, k1) stands where a place does: after 在, 到
** or 赴 and before a comma or a full stop (在 图卢兹 ，, 在 伯尔尼 ，). */
static int placeBetweenPunct(const Text *t, int k0, int k1) {
  if( k0 < 1 || k1 >= t->n ) return 0;
  int32_t cBefore = t->aC[k0 - 1], cAfter = t->aC[k1];
  return (cBefore == 0x5728 /* 在 */ || cBefore == 0x5230 /* 到 */ ||
          cBefore == 0x8D74 /* 赴 */) &&
         (cAfter == ',' /* ， folded */ || cAfter == 0x3002 /* 。 */ ||
          cAfter == 0x3001 /* 、 */);
}

static void passWords(Ex *x, const char *z, int n, const ZhUserDict *pUser) {
  WordList w;
  ZhSegmenter *pSeg = zhSegmenterNew(ZH_FOLD_ALL, pUser);
  memset(&w, 0, sizeof(w));
  w.x = x;
  if( pSeg == 0 ) {
    x->rc = SQLITE_NOMEM;
    return;
  }
  int rc = zhSegment(pSeg, z, n, collectWord, &w);
  zhSegmenterFree(pSeg);
  if( rc != SQLITE_OK ) {
    x->rc = rc;
    sqlite3_free(w.a);
    return;
  }
  const Text *t = &x->t;
  /* Names the dictionary does not know: a surname standing alone, then a
  ** two-character given name of given-name characters (江 宏伟, even though
  ** 宏伟 is a word), or one such character standing alone (张 晶). */
  for( int i = 0; i + 1 < w.n && x->rc == SQLITE_OK; i++ ) {
    const WordRec *r = &w.a[i], *r2 = &w.a[i + 1];
    int k = r->k0;
    if( r->k1 != k + 1 || r2->k0 != r->k1 || !r2->bHan ||
        !(zhDictCharFlags(t->aC[k]) & ZH_CF_SURNAME) ) {
      continue;
    }
    int n2 = r2->k1 - r2->k0;
    /* A surname that is mostly a word of its own (应, 全) needs more: a
    ** given name that is no verb (应 加强), and of two characters. */
    int bWeak = isWeakSurname(t->aC[k]);
    if( n2 == 2 && (zhDictCharFlags(t->aC[k + 1]) & ZH_CF_GIVEN_FIRST) &&
        (zhDictCharFlags(t->aC[k + 2]) & ZH_CF_GIVEN_LAST) &&
        !(bWeak && (tagIs(r2, "v") || tagIs(r2, "vn") || tagIs(r2, "d"))) ) {
      addPerson(x, k, k + 3, PRI_PERSON);
    } else if( n2 == 1 && !bWeak &&
               (zhDictCharFlags(t->aC[k + 1]) & ZH_CF_GIVEN_LAST) &&
               !(zhDictCharFlags(t->aC[k + 1]) & ZH_CF_NOT_IN_NAME) ) {
      addPerson(x, k, k + 2, PRI_PERSON);
    }
  }
  /* Villages and townships the dictionary does not know, which the
  ** segmenter leaves in pieces before their unit (泥 汊 镇, 陇 穷 村, 书房
  ** 村): two or three characters of names and nouns, then 村, 乡 or 镇 as a
  ** word of its own. */
  for( int i = 0; i + 1 < w.n && x->rc == SQLITE_OK; i++ ) {
    /* Most words have no unit within three words after them: done. */
    int bUnit = 0;
    for( int m = i + 1; m < w.n && m <= i + 3 && !bUnit; m++ ) {
      bUnit = w.a[m].k1 == w.a[m].k0 + 1 && isVillageUnit(t->aC[w.a[m].k0]);
    }
    if( !bUnit ) continue;
    int j = i, nChar = 0;
    while( j < w.n && (j == i || w.a[j].k0 == w.a[j - 1].k1) &&
           isVillagePart(&w.a[j]) && nChar < 3 &&
           !(w.a[j].k1 == w.a[j].k0 + 1 && isVillageUnit(t->aC[w.a[j].k0])) ) {
      nChar += w.a[j].k1 - w.a[j].k0;
      j++;
    }
    if( j < w.n && j > i && nChar >= 2 && nChar <= 3 &&
        w.a[j].k0 == w.a[j - 1].k1 && w.a[j].k1 == w.a[j].k0 + 1 &&
        isVillageUnit(t->aC[w.a[j].k0]) &&
        !(j == i + 1 && isCommonWord(t, w.a[i].k0, w.a[i].k1)) ) {
      addCand(x, ZH_ENT_PLACE, w.a[i].k0, w.a[j].k1, PRI_PLACE, 0, 0);
      i = j;
    }
  }
  /* Transliterated names the segmenter cut up or only partly knows
  ** (斯特罗 耶 夫, 贾斯 蒂 卡): a run of transliteration words of three
  ** characters or more holding a word the dictionary takes for a name. */
  for( int i = 0; i < w.n && x->rc == SQLITE_OK; i++ ) {
    int j = i, bName = 0, bPlaceIn = 0;
    while( j < w.n && (j == i || w.a[j].k0 == w.a[j - 1].k1) &&
           (isTranslitPart(t, &w.a[j]) ||
            /* 奥登 西亚: a place's name inside a foreign person's, after
            ** a part the dictionary takes for a name. */
            (j > i && bName && tagIs(&w.a[j], "ns") &&
             w.a[j].k1 - w.a[j].k0 == 2 && isTranslitChar(t->aC[w.a[j].k0]) &&
             isTranslitChar(t->aC[w.a[j].k0 + 1]))) ) {
      if( isNameTag(&w.a[j]) && w.a[j].k1 - w.a[j].k0 >= 2 ) bName = 1;
      if( tagIs(&w.a[j], "ns") ) bPlaceIn = 1;
      j++;
    }
    if( j > i && !bName && j - i >= 3 ) {
      /* Lone characters only (斯 捷 帕 申): a title before them or a verb
      ** of speech after them makes them a name. */
      WordRec run = {w.a[i].k0, w.a[j - 1].k1, "", 1};
      bName = personByContext(t, &run);
    }
    if( j > i && j < w.n && w.a[j].k0 == w.a[j - 1].k1 &&
        w.a[j].k1 == w.a[j].k0 + 1 && isForeignUnit(t->aC[w.a[j].k0]) &&
        w.a[j - 1].k1 - w.a[i].k0 >= 2 && (bName || j - i >= 2) ) {
      /* 贾拉拉巴德 州, 丘 布特 省, 库 卡尔特 河: a transliteration and a
      ** unit of land or water is a place, not a person. */
      addCand(x, ZH_ENT_PLACE, w.a[i].k0, w.a[j].k1, PRI_PLACE, 0, 0);
    } else if( j > i && bName && w.a[j - 1].k1 - w.a[i].k0 >= 2 && i > 0 &&
               w.a[i - 1].k1 == w.a[i].k0 &&
               (atAny(t, w.a[i - 1].k0, azPlaceBefore) ==
                    w.a[i - 1].k1 - w.a[i - 1].k0 ||
                placeBetweenPunct(t, w.a[i].k0, w.a[j - 1].k1)) ) {
      /* 首都 阿布贾, 城市 哈斯科 沃, 抵达 伯尔尼, 在 图卢兹 ，: a place. */
      addCand(x, ZH_ENT_PLACE, w.a[i].k0, w.a[j - 1].k1, PRI_PLACE, 0, 0);
    } else if( j > i && bName && w.a[j - 1].k1 - w.a[i].k0 >= 3 &&
               !(j == i + 1 && tagIs(&w.a[i], "nr") &&
                 (zhDictCharFlags(t->aC[w.a[i].k0]) & ZH_CF_SURNAME)) ) {
      /* (Over the place inside it, if any: 西亚 in 奥登西亚.) */
      addCand(x, ZH_ENT_PERSON, w.a[i].k0, w.a[j - 1].k1,
              bPlaceIn ? PRI_ORG : PRI_PERSON, 0, 0);
    }
    if( j > i ) i = j - 1;
  }
  /* Chinese names after a title, which the segmenter left in pieces
  ** (院长 严义埙, 书记 赵 世居, 厂长 戚 西洋, 总裁 宋朝 弟). */
  for( int i = 0; i + 2 < w.n && x->rc == SQLITE_OK; i++ ) {
    int nName = nameAfterTitle(t, w.a, w.n, i);
    if( nName ) {
      addCand(x, ZH_ENT_PERSON, w.a[i + 1].k0, w.a[i + 1].k0 + nName, PRI_ORG,
              0, 0);
    }
  }
  /* Foreign names written with a middle dot (科菲·安南, 维姆·杜伊森贝赫):
  ** the words that read as parts of a name on each side of the dot (the
  ** dot itself is no word: it lies between two). */
  for( int i = 0; i + 1 < w.n && x->rc == SQLITE_OK; i++ ) {
    if( !dotAfter(t, w.a, i) || !isNamePart(t, &w.a[i]) ) continue;
    int j0 = i, j1 = i + 1;
    while( j0 > 0 && i - j0 < 3 && w.a[j0 - 1].k1 == w.a[j0].k0 &&
           isNamePart(t, &w.a[j0 - 1]) )
      j0--;
    if( !isNamePart(t, &w.a[j1]) ) continue;
    for( int nRun = 1; j1 + 1 < w.n; ) {
      if( w.a[j1 + 1].k0 == w.a[j1].k1 && nRun < 4 &&
          isNamePart(t, &w.a[j1 + 1]) ) {
        j1++;
        nRun++;
      } else if( dotAfter(t, w.a, j1) && isNamePart(t, &w.a[j1 + 1]) ) {
        j1++; /* 约翰·菲茨杰拉德·肯尼迪 */
        nRun = 1;
      } else {
        break;
      }
    }
    /* A lone character on each side is no name (扶贫路·多彩 in a title). */
    int nLeft = w.a[i].k1 - w.a[j0].k0, nAll = w.a[j1].k1 - w.a[j0].k0;
    int nRight = nAll - nLeft - 1;
    if( (nLeft < 2 || nRight < 2) && nAll < 5 ) {
      i = j1;
      continue;
    }
    /* The dot is the strongest sign there is: such a name outranks the
    ** places and names inside it (安南 in 科菲·安南). */
    if( j1 + 1 < w.n && w.a[j1 + 1].k0 == w.a[j1].k1 &&
        (isWord(t, &w.a[j1 + 1], "公司") || isWord(t, &w.a[j1 + 1], "集团")) ) {
      /* 葛兰素·威康 公司: a company named after its founders. */
      addCand(x, ZH_ENT_ORG, w.a[j0].k0, w.a[j1 + 1].k1, PRI_ORG, 0, 0);
    } else {
      addCand(x, ZH_ENT_PERSON, w.a[j0].k0, w.a[j1].k1, PRI_ORG, 0, 0);
    }
    i = j1;
  }
  for( int i = 0; i < w.n && x->rc == SQLITE_OK; i++ ) {
    const WordRec *r = &w.a[i];
    /* Countries in one character each come first: 中美关系 is two places,
    ** not an organisation. */
    if( abbrevPlaces(x, r, i > 0 ? &w.a[i - 1] : 0,
                     i + 1 < w.n ? &w.a[i + 1] : 0) )
      continue;
    /* 中、阿: two countries' characters parted by a list's comma (which
    ** is no word: it lies between the two). */
    if( i + 1 < w.n && r->k1 - r->k0 == 1 && r->bHan && at(t, r->k1, "、") &&
        w.a[i + 1].k0 == r->k1 + 1 && w.a[i + 1].k1 == r->k1 + 2 &&
        ((isAbbrevPlace(t->aC[r->k0]) && isPartnerPlace(t->aC[r->k1 + 1])) ||
         (isPartnerPlace(t->aC[r->k0]) && isAbbrevPlace(t->aC[r->k1 + 1]))) ) {
      addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
      addCand(x, ZH_ENT_PLACE, r->k1 + 1, r->k1 + 2, PRI_PLACE, 0, 0);
      i++;
      continue;
    }
    /* 中 美, 日 俄: two countries' characters the segmenter left apart. */
    if( i + 1 < w.n && r->k1 - r->k0 == 1 && w.a[i + 1].k0 == r->k1 &&
        w.a[i + 1].k1 == r->k1 + 1 && r->bHan && w.a[i + 1].bHan &&
        ((isAbbrevPlace(t->aC[r->k0]) && isAbbrevPlace(t->aC[r->k1])) ||
         ((isPartnerPlace(t->aC[r->k0]) && isPartnerPlace(t->aC[r->k1])) &&
          atAny(t, r->k1 + 1, azRelation)) ||
         isPairOfCountries(t, r->k0)) ) {
      addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
      addCand(x, ZH_ENT_PLACE, r->k1, r->k1 + 1, PRI_PLACE, 0, 0);
      i++;
      continue;
    }
    /* An organisation: a named start (place, organisation, proper noun),
    ** adjacent name words, an organisation suffix; the longest such. */
    if( r->bHan && !at(t, r->k0, "本报") &&
        (isPlaceWord(t, r) || isBodyTag(r) || tagIs(r, "nz") ||
         isCompanyWord(t, r) || tagIs(r, "j") || tagIs(r, "ns") ||
         (r->k1 - r->k0 <= 2 && isOrgStartChar(t->aC[r->k0]) &&
          atAny(t, r->k0, azOrgStart) == r->k1 - r->k0) ||
         isNameStart(t, r)) ) {
      /* (A lone character tagged ns is no place, but it can start the
      ** name of a body: 北 外 校 工会.) */
      int jBest = -1, kHead = 0;
      int bAfterName = isNameStart(t, r), bVerb = 0;
      for( int j = i; j < w.n && j < i + 7; j++ ) {
        const WordRec *q = &w.a[j];
        /* The head of a body before its title: 财政部 in 美国财政部长
        ** (but 彭真 校长 is a person and his title). */
        if( j > i && !bAfterName && q->k0 == w.a[j - 1].k1 &&
            q->k1 - q->k0 >= 2 && at(t, q->k1 - 1, "长") &&
            (zhDictCharFlags(t->aC[q->k1 - 2]) & ZH_CF_ORG_END) ) {
          /* 中科院副院长: a rank before the title; the body is what
          ** came before the rank (found already, if any). */
          if( atAny(t, w.a[j - 1].k0, azRank) ==
              w.a[j - 1].k1 - w.a[j - 1].k0 ) {
            break;
          }
          /* 代表团团长, 银行行长: the body is the word before; 银行行长
          ** as one word, the word less its title. */
          if( q->k1 - q->k0 == 2 && t->aC[q->k0] == t->aC[q->k0 - 1] ) {
            jBest = j - 1;
          } else if( q->k1 - q->k0 >= 4 &&
                     t->aC[q->k1 - 2] == t->aC[q->k1 - 3] ) {
            jBest = j;
            kHead = 2;
          } else {
            jBest = j;
            kHead = 1;
          }
          break;
        }
        if( j > i && q->k0 != w.a[j - 1].k1 ) break;
        if( j > i && !isNameInside(q) ) {
          /* A verb inside a body's name (中国 文化 扶贫 委员会, 世界 卫生
          ** 组织): the name must end in a suffix of two characters or more
          ** that is no government (里加 集会 抗议 政府 is none). */
          if( !(tagIs(q, "v") && q->k1 - q->k0 >= 2) ) break;
          /* Right after a whole name, a verb starts what is said of the
          ** body (贝尔公司 买下 纽新公司, 有限公司 组织, 基金会 组织);
          ** further on, or after a body named in one word without a
          ** suffix, it may be part of a longer name (全国 工会 教材 创新
          ** 发展 联盟, 联合国 禁毒 署). */
          if( jBest == j - 1 &&
              (jBest > i || endsWithOrgSuffix(t, &w.a[jBest])) )
            break;
          if( endsWithLongOrgSuffix(t, q) ) {
            jBest = j;
            break;
          }
          bVerb = 1;
          continue;
        }
        /* After a person's name, a place or a body starts a name of its
        ** own (鲁宾 会见 古巴 代表团), and two words at most follow it. */
        if( j > i && bAfterName &&
            (j > i + 2 || isPlaceWord(t, q) || isBodyTag(q) || tagIs(q, "ns")) )
          break;
        if( (j > i || isBodyTag(r) || isCompanyWord(t, r)) &&
            (bVerb ? endsWithLongOrgSuffix(t, q)
                   : (endsWithOrgSuffix(t, q) || isBodyTag(q) ||
                      endsWithFacility(t, r->k0, q->k1))) ) {
          /* Asked for the names inside names, the shorter bodies are
          ** names too (北京市总工会 in 北京市总工会职工大学). */
          if( x->eNesting == ZH_NEST_NESTED && jBest >= 0 ) {
            int kEnd = w.a[jBest].k1;
            addCand(
                x, endsWithFacility(t, r->k0, kEnd) ? ZH_ENT_PLACE : ZH_ENT_ORG,
                r->k0, kEnd, PRI_ORG, 0, 0);
          }
          jBest = j;
        }
      }
      if( x->eNesting == ZH_NEST_NESTED && isBodyTag(r) ) {
        /* 北京市总工会 as one word: the place it starts with. */
        int m = placePrefix(t, r->k0, r->k1);
        if( m ) addCand(x, ZH_ENT_PLACE, r->k0, r->k0 + m, PRI_PLACE, 0, 0);
      }
      if( jBest == i + 1 && isPlaceWord(t, r) &&
          (at(t, w.a[jBest].k1 - 2, "政府") ||
           atLen(t, w.a[jBest].k0, "当局") == 2) ) {
        /* 中国政府, 印度当局, 印度两国政府, 自治区人民政府: a government
        ** is written as its place, as People's Daily and GSD both have it
        ** (no organisation ends in 政府 there but a few of GSD's). */
        jBest = -1;
      }
      if( jBest == i + 1 && isPlaceWord(t, r) &&
          (at(t, r->k1 - 1, "国") || at(t, r->k1 - 1, "洲")) &&
          (isWord(t, &w.a[jBest], "公司") || isWord(t, &w.a[jBest], "球队")) ) {
        /* 美国 公司, 非洲 球队: companies and teams of a country or a
        ** continent, no one body; the place is the name. */
        jBest = -1;
      }
      if( jBest == i && r->k1 - r->k0 >= 3 &&
          (at(t, r->k1 - 2, "政府") || at(t, r->k1 - 2, "当局")) ) {
        /* One word: 北京市政府, 香港特区政府 are their places; 人民政府
        ** and 临时政府 name none. */
        const char *zTag = wordTag(t, r->k0, r->k1 - 2);
        if( isPlaceTag(zTag) || atLen(t, r->k0, "特区") == r->k1 - 2 - r->k0 )
          addCand(x, ZH_ENT_PLACE, r->k0, r->k1 - 2, PRI_PLACE, 0, 0);
        jBest = -1;
      }
      if( x->eNesting == ZH_NEST_UNITS && jBest > i + 1 && isPlaceWord(t, r) &&
          w.a[i + 1].k0 == r->k1 && isPlaceWord(t, &w.a[i + 1]) ) {
        /* 长沙市 芙蓉区 人民法院, by units: the body is named from the last
        ** place before it; the places before that are places. */
        addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
        continue;
      }
      if( jBest >= 0 ) {
        /* The term of a body is part of its name: 第六届 全国人大, 六 届
        ** 人大常委会. */
        int k0 = r->k0;
        if( k0 >= 2 && t->aC[k0 - 1] == 0x5C4A /* 届 */ ) {
          int k = k0 - 2;
          while( k > 0 && k0 - k < 5 &&
                 (cnDigit(t->aC[k - 1]) >= 0 || isDigit(t->aC[k - 1])) )
            k--;
          if( k > 0 && at(t, k - 1, "第") ) k--;
          if( cnDigit(t->aC[k]) >= 0 || isDigit(t->aC[k]) || at(t, k, "第") )
            k0 = k;
        }
        int k1 = w.a[jBest].k1 - kHead;
        addCand(x, endsWithFacility(t, k0, k1) ? ZH_ENT_PLACE : ZH_ENT_ORG, k0,
                k1, PRI_ORG, 0, 0);
      }
    }
    /* A place inside a word: 法国人, 挪威克朗, 地球. */
    int mPlace = placeInWord(t, r);
    if( mPlace < 0 ) continue; /* a word that names no place: 挪威克朗 */
    if( mPlace ) {
      addCand(x, ZH_ENT_PLACE, r->k0, r->k0 + mPlace, PRI_PLACE, 0, 0);
      continue;
    }
    if( isPlaceWord(t, r) ) {
      /* Adjacent places are one: 杭州市 西湖区 (unless asked for their
      ** units; asked for what lies inside, each is a name too). */
      int j = i;
      while( x->eNesting != ZH_NEST_UNITS && j + 1 < w.n &&
             isPlaceWord(t, &w.a[j + 1]) && w.a[j + 1].k0 == w.a[j].k1 ) {
        if( x->eNesting == ZH_NEST_NESTED ) {
          if( j == i ) addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
          addCand(x, ZH_ENT_PLACE, w.a[j + 1].k0, w.a[j + 1].k1, PRI_PLACE, 0,
                  0);
        }
        j++;
      }
      /* A place and its unit, apart: 平谷 镇. */
      if( j + 1 < w.n && w.a[j + 1].k0 == w.a[j].k1 &&
          w.a[j + 1].k1 == w.a[j + 1].k0 + 1 &&
          (zhDictCharFlags(t->aC[w.a[j + 1].k0]) & ZH_CF_ADMIN_SUFFIX) )
        j++;
      int kEnd = w.a[j].k1;
      /* 东北地区, 中东地区: the region is its name. */
      if( kEnd - r->k0 >= 4 && at(t, kEnd - 2, "地区") &&
          wordCost(t, r->k0, kEnd - 2) >= 0 ) {
        /* (沿海地区, 大部地区: no region of a name.) */
        const char *zStem = wordTag(t, r->k0, kEnd - 2);
        if( zStem && (strcmp(zStem, "nsn") == 0 || strcmp(zStem, "nn") == 0 ||
                      strcmp(zStem, "m") == 0) ) {
          i = j;
          continue;
        }
        kEnd -= 2;
      }
      addCand(x, ZH_ENT_PLACE, r->k0, kEnd, PRI_PLACE, 0, 0);
      i = j;
      continue;
    }
    /* The place of a dateline: 本报合肥5月13日电, 新华社北京3月5日电. */
    if( r->bHan && r->k1 - r->k0 >= 2 && r->k1 - r->k0 <= 5 &&
        ((r->k0 >= 2 && at(t, r->k0 - 2, "本报")) ||
         (r->k0 >= 3 && at(t, r->k0 - 3, "新华社"))) &&
        r->k1 < t->n &&
        (isDigit(t->aC[r->k1]) || cnDigit(t->aC[r->k1]) >= 0) ) {
      addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
      continue;
    }
    if( isOrgWord(t, r) ) {
      addCand(x, ZH_ENT_ORG, r->k0, r->k1, PRI_ORG, 0, 0);
      continue;
    }
    int mOrg = orgInWord(t, r);
    if( mOrg ) {
      addCand(x, ZH_ENT_ORG, r->k0, r->k0 + mOrg, PRI_ORG, 0, 0);
      continue;
    }
    /* A surname standing alone before a form of address (汤 局长). */
    if( r->k1 - r->k0 == 1 && r->bHan && i + 1 < w.n &&
        w.a[i + 1].k0 == r->k1 && surnameAddressed(t, r->k0) &&
        atAny(t, r->k1, azAddress) == w.a[i + 1].k1 - w.a[i + 1].k0 ) {
      addCand(x, ZH_ENT_PERSON, r->k0, r->k1, PRI_PERSON, 0, 0);
      continue;
    }
    /* 刘家, 李家 (tagged nrfg): a family, named by its surname alone, as
    ** annotated news has it (刘家 → 刘). */
    if( r->k1 - r->k0 == 2 && tagIs(r, "nrfg") && at(t, r->k0 + 1, "家") &&
        (zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME) ) {
      addCand(x, ZH_ENT_PERSON, r->k0, r->k0 + 1, PRI_PERSON, 0, 0);
      continue;
    }
    /* 在 伯尔尼 ，, 阿拉伯 国家: a foreign name where a place stands. */
    if( isNameTag(r) && r->k1 - r->k0 >= 2 &&
        !(tagIs(r, "nr") && (zhDictCharFlags(t->aC[r->k0]) & ZH_CF_SURNAME)) &&
        (placeBetweenPunct(t, r->k0, r->k1) ||
         (i + 1 < w.n && w.a[i + 1].k0 == r->k1 &&
          (isWord(t, &w.a[i + 1], "国家") ||
           isWord(t, &w.a[i + 1], "各国")))) ) {
      addCand(x, ZH_ENT_PLACE, r->k0, r->k1, PRI_PLACE, 0, 0);
      continue;
    }
    int m = namePrefix(t, r);
    if( m ) {
      addCand(x, ZH_ENT_PERSON, r->k0, r->k0 + m, PRI_PERSON, 0, 0);
    } else if( isPerson(t, r) ||
               (isNameTag(r) && r->k1 - r->k0 >= 2 && personByContext(t, r)) ) {
      addPerson(x, r->k0, r->k1, PRI_PERSON);
    }
  }
  sqlite3_free(w.a);
}

/* ---- putting it together ------------------------------------------------- */

static int cmpPriority(const void *a, const void *b) {
  const Cand *p = a, *q = b;
  if( p->pri != q->pri ) return p->pri - q->pri;
  int lp = p->e.iEnd - p->e.iStart, lq = q->e.iEnd - q->e.iStart;
  if( lp != lq ) return lq - lp;
  if( p->e.iStart != q->e.iStart ) return p->e.iStart - q->e.iStart;
  /* A title first: it takes no span, and the name of the same span
  ** (纽约时报) is then free. */
  int tp = p->e.eKind == ZH_ENT_TITLE, tq = q->e.eKind == ZH_ENT_TITLE;
  if( tp != tq ) return tq - tp;
  return p->e.eKind - q->e.eKind;
}

static int cmpStart(const void *a, const void *b) {
  const ZhEntity *p = a, *q = b;
  if( p->iStart != q->iStart ) return p->iStart - q->iStart;
  /* A name before the names inside it. */
  if( p->iEnd != q->iEnd ) return q->iEnd - p->iEnd;
  return p->eKind - q->eKind;
}

/* Kinds that are names, and may hold names inside them. */
#define ZH_ENT_NAME (ZH_ENT_PERSON | ZH_ENT_PLACE | ZH_ENT_ORG)

/* The names inside the names kept (x->a[i].pri == -1 marks those, aTaken
** says which took each character): each other name candidate lying wholly
** inside one kept name, crossing no inner name taken before it, and not
** the same span as one; appended to aOut, which has room for all.  Kept
** names never overlap, so inner names of two owners never meet: each is
** compared only with those of its own owner, which holds at most
** ZH_ENT_MAX_CHARS characters, and long texts cost time in proportion to
** their length. */
static void nestedNames(Ex *x, const int *aTaken, ZhEntity *aOut, int *pnOut) {
  int nOuter = *pnOut;
  /* aLast[o]: the index in aOut of owner o's last inner name, or -1;
  ** aPrev[j - nOuter]: that of the one before aOut[j] of its owner. */
  int *aLast = sqlite3_malloc64(sizeof(int) * 2 * (sqlite3_uint64)x->n);
  if( aLast == 0 ) {
    x->rc = SQLITE_NOMEM;
    return;
  }
  int *aPrev = aLast + x->n;
  for( int i = 0; i < x->n; i++ ) aLast[i] = -1;
  for( int i = 0; i < x->n; i++ ) {
    ZhEntity *e = &x->a[i].e;
    if( x->a[i].pri < 0 || !(e->eKind & ZH_ENT_NAME) ||
        !(x->mKinds & e->eKind) )
      continue;
    int iOwner = aTaken[e->iStart];
    if( iOwner == 0 || !(x->a[iOwner - 1].e.eKind & ZH_ENT_NAME) ) continue;
    const ZhEntity *pOwner = &x->a[iOwner - 1].e;
    if( e->iEnd > pOwner->iEnd ) continue;
    if( e->iStart == pOwner->iStart && e->iEnd == pOwner->iEnd ) continue;
    int bOk = 1;
    for( int j = aLast[iOwner - 1]; j >= 0 && bOk; j = aPrev[j - nOuter] ) {
      const ZhEntity *q = &aOut[j];
      int bSame = q->iStart == e->iStart && q->iEnd == e->iEnd;
      int bCross = q->iStart < e->iEnd && e->iStart < q->iEnd &&
                   !(q->iStart <= e->iStart && e->iEnd <= q->iEnd) &&
                   !(e->iStart <= q->iStart && q->iEnd <= e->iEnd);
      if( bSame || bCross ) bOk = 0;
    }
    if( !bOk ) continue;
    aPrev[*pnOut - nOuter] = aLast[iOwner - 1];
    aLast[iOwner - 1] = *pnOut;
    aOut[(*pnOut)++] = *e;
    e->zValue = 0; /* now aOut's */
  }
  sqlite3_free(aLast);
}

int zhEntitiesExtract(const char *z, int n, int mKinds, int eNesting,
                      const ZhUserDict *pUser, ZhEntity **paEnt, int *pnEnt) {
  Ex x;
  ZhEntity *aOut = 0;
  int nOut = 0;
  memset(&x, 0, sizeof(x));
  x.mKinds = mKinds;
  x.eNesting = eNesting;
  *paEnt = 0;
  *pnEnt = 0;
  x.rc = textInit(&x.t, z, n);
  if( x.rc == SQLITE_OK ) passTitles(&x);
  if( x.rc == SQLITE_OK ) passBylines(&x);
  if( x.rc == SQLITE_OK ) passNumbers(&x);
  if( x.rc == SQLITE_OK &&
      (mKinds & (ZH_ENT_PERSON | ZH_ENT_PLACE | ZH_ENT_ORG)) ) {
    passWords(&x, z, n, pUser);
  }
  if( x.rc == SQLITE_OK && x.n > 0 ) {
    /* Keep each candidate that overlaps none kept before it.  aTaken[k]
    ** is 0 for a free character, else 1 + the index in x.a of the
    ** candidate that took it. */
    int *aTaken = sqlite3_malloc64(sizeof(int) * ((sqlite3_uint64)x.t.n + 1));
    aOut = sqlite3_malloc64(sizeof(ZhEntity) * (sqlite3_uint64)x.n);
    if( !aTaken || !aOut ) {
      x.rc = SQLITE_NOMEM;
    } else {
      memset(aTaken, 0, sizeof(int) * ((size_t)x.t.n + 1));
      qsort(x.a, (size_t)x.n, sizeof(Cand), cmpPriority);
      for( int i = 0; i < x.n; i++ ) {
        ZhEntity *e = &x.a[i].e;
        int bFree = 1;
        for( int k = e->iStart; k < e->iEnd; k++ ) {
          if( aTaken[k] ) bFree = 0;
        }
        /* A title is its own layer: the names inside 《邓小平文选》
        ** are mentions too. */
        if( bFree && e->eKind != ZH_ENT_TITLE ) {
          for( int k = e->iStart; k < e->iEnd; k++ ) aTaken[k] = i + 1;
        }
        /* A kind not asked for still takes its span: 万元 in 540万元 is
        ** money, never a person, whatever the kinds requested. */
        if( bFree ) x.a[i].pri = -1; /* kept: the outer layer */
        if( !bFree || !(x.mKinds & e->eKind) ) continue;
        aOut[nOut++] = *e;
        e->zValue = 0; /* now aOut's */
      }
      if( x.eNesting == ZH_NEST_NESTED ) nestedNames(&x, aTaken, aOut, &nOut);
      qsort(aOut, (size_t)nOut, sizeof(ZhEntity), cmpStart);
    }
    sqlite3_free(aTaken);
  }
  for( int i = 0; i < x.n; i++ ) sqlite3_free(x.a[i].e.zValue);
  sqlite3_free(x.a);
  textClear(&x.t);
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
