/*
** Numbers and what follows them: dates (2024年5月25日, 2021年以来), times
** (上午9时30分), money (6700余万元, 150万挪威克朗), percentages (95%,
** 百分之五十) and quantities (1200余人); relative dates are a word list
** (近日, 今年上半年).  Exact by construction: each value is read off the
** text.  The words are lexicons: relative_dates, date_tails, currencies
** (with their ISO 4217 codes), measures, time_prefixes, approximations.
*/
#include "internal.h"
#include "../dict_access.h"
#include "../utf8.h"
#include <math.h>
#include <string.h>

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
static void parseArabic(const ZhEntText *t, int k, Num *p) {
  double v = 0, scale = 0.1;
  int j = k;
  while( j < t->n && zhEntIsDigit(t->aC[j]) ) v = v * 10 + (t->aC[j++] - '0');
  /* 1,200 is one number: a comma after one to three digits, with exactly
  ** three digits after it (1,20 and 1,2000 are not). */
  for( int bGroup = j - k <= 3; bGroup; ) {
    if( !(j + 3 < t->n && t->aC[j] == ',' && zhEntIsDigit(t->aC[j + 1]) &&
          zhEntIsDigit(t->aC[j + 2]) && zhEntIsDigit(t->aC[j + 3]) &&
          (j + 4 >= t->n || !zhEntIsDigit(t->aC[j + 4]))) )
      break;
    for( int m = j + 1; m <= j + 3; m++ ) v = v * 10 + (t->aC[m] - '0');
    j += 4;
  }
  p->nDigits = j - k;
  if( j + 1 < t->n && t->aC[j] == '.' && zhEntIsDigit(t->aC[j + 1]) ) {
    j++;
    while( j < t->n && zhEntIsDigit(t->aC[j]) ) {
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
static double chineseValue(const ZhEntText *t, int k, int j, int bUnit) {
  double total = 0, section = 0, num = 0;
  for( int m = k; m < j; m++ ) {
    int d = zhEntCnDigit(t->aC[m]);
    double u = zhEntCnUnit(t->aC[m]);
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
static int chineseDecimals(const ZhEntText *t, int j, double *pv) {
  int m = j + 1;
  double scale = 0.1;
  if( j >= t->n || t->aC[j] != 0x70B9 /* 点 */ ) return j;
  while( m < t->n && zhEntCnDigit(t->aC[m]) >= 0 ) m++;
  if( m == j + 1 ) return j;
  if( m < t->n &&
      (t->aC[m] == 0x5206 || t->aC[m] == 0x523B || t->aC[m] == 0x534A ||
       (zhEntCnUnit(t->aC[m]) > 0 && zhEntCnUnit(t->aC[m]) < 1e4)) )
    return j; /* 分 刻 半 十 百 千 */
  for( int i = j + 1; i < m; i++ ) {
    *pv += zhEntCnDigit(t->aC[i]) * scale;
    scale /= 10;
  }
  return m;
}

/* Parses a number at k: Arabic digits (with a decimal point) or a run of
** Chinese numerals.  Returns 0 if there is none. */
static int parseNum(const ZhEntText *t, int k, Num *p) {
  memset(p, 0, sizeof(*p));
  p->k0 = k;
  if( k < t->n && zhEntIsDigit(t->aC[k]) ) {
    parseArabic(t, k, p);
    return 1;
  }
  int j = k, bUnit = 0;
  while( j < t->n &&
         (zhEntCnDigit(t->aC[j]) >= 0 || zhEntCnUnit(t->aC[j]) > 0) )
    j++;
  /* A trailing 万 or 亿 is a magnitude the caller reads (五千万: 5000,
  ** then 万), unless the numeral has 万 or 亿 before it: 三亿五千万 is
  ** 350,000,000, its 万 a unit of the section after 亿. */
  int jAll = j;
  while( j > k + 1 && (t->aC[j - 1] == 0x4E07 || t->aC[j - 1] == 0x4EBF) ) j--;
  for( int m = k; m < j; m++ ) {
    if( t->aC[m] == 0x4E07 || t->aC[m] == 0x4EBF ) j = jAll;
  }
  if( j == k ||
      (j == k + 1 && zhEntCnDigit(t->aC[k]) < 0 && t->aC[k] != 0x5341) ) {
    return 0;
  }
  for( int m = k; m < j; m++ ) {
    if( zhEntCnUnit(t->aC[m]) > 0 ) bUnit = 1;
  }
  p->v = chineseValue(t, k, j, bUnit);
  p->nDigits = j - k;
  p->bHasUnit = bUnit;
  p->k1 = j == jAll ? chineseDecimals(t, j, &p->v) : j;
  return 1;
}

/* A number as JSON text: an integer when it is one. */
static void appendNumber(sqlite3_str *s, double v) {
  if( v == floor(v) && fabs(v) < 1e15 )
    sqlite3_str_appendf(s, "%lld", (long long)v);
  else
    sqlite3_str_appendf(s, "%.10g", v);
}

/* An approximation (余 多 after a number, 约 超过... before it): the
** characters [k, k + n) of the text, kept in money and quantity values. */
typedef struct Approx Approx;
struct Approx {
  int k, n;
};

/* 余 or 多 at k: its one character, or none. */
static Approx approxAfter(const ZhEntText *t, int k) {
  Approx a = {k, 0};
  if( k < t->n && (t->aC[k] == 0x4F59 /* 余 */ || t->aC[k] == 0x591A /* 多 */) )
    a.n = 1;
  return a;
}

/* The characters [j, j + n) as UTF-8. */
static void appendChars(sqlite3_str *s, const ZhEntText *t, int j, int n) {
  for( int m = j; m < j + n; m++ ) {
    unsigned char buf[4];
    sqlite3_str_append(s, (const char *)buf, zhUtf8Encode(t->aC[m], buf));
  }
}

/* A date starting with number a (year or month): returns its end. */
static int matchDate(ZhEntEx *x, const Num *a) {
  const ZhEntText *t = &x->t;
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
  /* 以来 after any date, 上半年 and the like after a year alone. */
  int iWord, nTail = zhLexAt(ZH_LEX_DATE_TAILS, t->aC, t->n, k, &iWord);
  if( nTail && strcmp(zhLexValue(iWord), "any") != 0 && !(y >= 0 && m < 0) )
    nTail = 0;
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
  zhEntAdd(x, ZH_ENT_DATE, a->k0, k + nTail, ZH_PRI_NUMBER, 0, zValue);
  return k + nTail;
}

/* A time starting at number a (hours): returns its end, or 0. */
static int matchTime(ZhEntEx *x, const Num *a, int kStart) {
  const ZhEntText *t = &x->t;
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
  int iWord;
  if( kStart < a->k0 && h < 12 &&
      zhLexAt(ZH_LEX_TIME_PREFIXES, t->aC, t->n, kStart, &iWord) &&
      strcmp(zhLexValue(iWord), "pm") == 0 ) {
    h += 12;
  }
  char *zValue = sqlite3_mprintf("%02d:%02d", h, mi);
  if( zValue == 0 ) x->rc = SQLITE_NOMEM;
  zhEntAdd(x, ZH_ENT_TIME, kStart, k, ZH_PRI_NUMBER, 0, zValue);
  return k;
}

/* The JSON value of an amount: v, its unit (a currency's ISO code zCode, or
** for a quantity the measure word at characters [j, j + nUnit)), and the
** approximation ap (if any). */
static char *amountValue(const ZhEntText *t, double v, const char *zCode, int j,
                         int nUnit, Approx ap) {
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, "{\"amount\":");
  appendNumber(s, v);
  if( zCode ) {
    sqlite3_str_appendf(s, ",\"currency\":\"%s\"", zCode);
  } else {
    sqlite3_str_appendall(s, ",\"unit\":\"");
    appendChars(s, t, j, nUnit);
    sqlite3_str_appendall(s, "\"");
  }
  if( ap.n ) {
    sqlite3_str_appendall(s, ",\"approx\":\"");
    appendChars(s, t, ap.k, ap.n);
    sqlite3_str_appendall(s, "\"");
  }
  sqlite3_str_appendall(s, "}");
  return sqlite3_str_finish(s);
}

/* After 12亿, the section of ten thousands: 12亿3000万 is 1,230,000,000.
** Returns where the amount goes on. */
static int sectionAfterYi(const ZhEntText *t, int j, double *pv) {
  Num b;
  if( j < 1 || t->aC[j - 1] != 0x4EBF || !parseNum(t, j, &b) ) return j;
  if( b.k1 < t->n && t->aC[b.k1] == 0x4E07 && b.v < 1e4 ) {
    *pv += b.v * 1e4;
    return b.k1 + 1;
  }
  return j;
}

/* A percentage, money or a quantity from kStart: number a, after the
** approximation ap (may be none), and what follows it.  Returns where to
** look next. */
static int matchAmount(ZhEntEx *x, const Num *a, int kStart, Approx ap) {
  const ZhEntText *t = &x->t;
  int j = a->k1;
  if( j < t->n && t->aC[j] == '%' ) {
    sqlite3_str *s = sqlite3_str_new(0);
    appendNumber(s, a->v / 100);
    zhEntAdd(x, ZH_ENT_PERCENT, kStart, j + 1, ZH_PRI_NUMBER, 0,
             sqlite3_str_finish(s));
    return j + 1;
  }
  /* Approximation, magnitude, approximation: 6700余万, 2万余. */
  double v = a->v;
  if( approxAfter(t, j).n ) ap = approxAfter(t, j++);
  while( j < t->n &&
         (t->aC[j] == 0x4E07 || t->aC[j] == 0x4EBF ||
          (a->bArabic && (t->aC[j] == 0x5343 || t->aC[j] == 0x767E))) ) {
    v *= zhEntCnUnit(t->aC[j]);
    j++;
  }
  j = sectionAfterYi(t, j, &v);
  if( !ap.n && approxAfter(t, j).n ) ap = approxAfter(t, j++);
  int iWord, eKind = ZH_ENT_MONEY;
  int nUnit = zhLexAt(ZH_LEX_CURRENCIES, t->aC, t->n, j, &iWord);
  const char *zCode = 0;
  if( nUnit ) {
    zCode = zhLexValue(iWord);
  } else if( (nUnit = zhEntLexAt(t, ZH_LEX_MEASURES, j)) != 0 ) {
    /* A lone Chinese digit and a measure word (一个, 三年) is too
    ** common a phrase to count as a quantity. */
    if( !a->bArabic && a->nDigits == 1 && j == a->k1 ) return a->k1;
    eKind = ZH_ENT_QUANTITY;
  } else {
    return a->k1 > kStart ? a->k1 : kStart + 1;
  }
  zhEntAdd(x, eKind, kStart, j + nUnit, ZH_PRI_NUMBER, 0,
           amountValue(t, v, zCode, j, nUnit, ap));
  return j + nUnit;
}

/* True if a number at k would go on one before it, or an ordinal (第三):
** then none starts there.  Tested before the number is read, which may
** take the rest of a run of numerals (万万万...) each time. */
static int numberGoesOn(const ZhEntText *t, int k) {
  if( k == 0 ) return 0;
  int32_t c = t->aC[k - 1];
  return zhEntIsDigit(c) || c == '.' || zhEntCnDigit(c) >= 0 ||
         zhEntCnUnit(c) > 0 || c == 0x7B2C /* 第 */;
}

/* What starts at k, if anything: a relative date, a percentage written
** 百分之, a date, a time or an amount.  Returns where to look next. */
static int matchAt(ZhEntEx *x, int k) {
  const ZhEntText *t = &x->t;
  int n = zhEntLexAt(t, ZH_LEX_RELATIVE_DATES, k);
  if( n ) {
    zhEntAdd(x, ZH_ENT_DATE, k, k + n, ZH_PRI_NUMBER, 0, 0);
    return k + n;
  }
  Num a;
  /* 百分之五十 */
  if( zhEntAt(t, k, "百分之") && parseNum(t, k + 3, &a) ) {
    sqlite3_str *s = sqlite3_str_new(0);
    appendNumber(s, a.v / 100);
    zhEntAdd(x, ZH_ENT_PERCENT, k, a.k1, ZH_PRI_NUMBER, 0,
             sqlite3_str_finish(s));
    return a.k1;
  }
  int kStart = k;
  Approx ap = {k, zhEntLexAt(t, ZH_LEX_APPROXIMATIONS, k)};
  int nTimePre = zhEntLexAt(t, ZH_LEX_TIME_PREFIXES, k);
  if( ap.n )
    k += ap.n;
  else if( nTimePre )
    k += nTimePre;
  if( numberGoesOn(t, k) || !parseNum(t, k, &a) ) return kStart + 1;
  int kEnd;
  if( nTimePre == 0 && !ap.n && (kEnd = matchDate(x, &a)) > 0 ) return kEnd;
  if( !ap.n && (kEnd = matchTime(x, &a, kStart)) > 0 ) return kEnd;
  if( nTimePre ) return kStart + 1;
  return matchAmount(x, &a, kStart, ap);
}

/* True if a number, a relative date, a time or an approximation may start
** with c: most characters start none, and are passed at once.  The Chinese
** digits and units (zhEntCnDigit, zhEntCnUnit) are, but for 〇, the core
** Han characters the dictionary flags as numerals (ZH_NUMERALS): one
** lookup, not two switches. */
static int mayStartNumber(int32_t c) {
  return zhEntIsDigit(c) || (zhDictCharFlags(c) & ZH_CF_NUMERAL) ||
         c == 0x3007 || zhLexMayStart(ZH_LEX_RELATIVE_DATES, c) ||
         zhLexMayStart(ZH_LEX_TIME_PREFIXES, c) ||
         zhLexMayStart(ZH_LEX_APPROXIMATIONS, c);
}

void zhEntNumbers(ZhEntEx *x) {
  const ZhEntText *t = &x->t;
  for( int k = 0; k < t->n && x->rc == SQLITE_OK; ) {
    k = mayStartNumber(t->aC[k]) ? matchAt(x, k) : k + 1;
  }
}
