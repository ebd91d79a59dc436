/*
** Pinyin in zh_query().  Each run of ASCII letters in a term that stands
** alone (not inside a word such as mp3 or café) is read as pinyin
** (pinyin.h: zhPinyinSplit) and written in the query syntax of tables with
** pinyin 1: "~bei~jing" for syllables, "^bj" for initials, characters as
** they are (北京^gh).  The term itself stays the first alternative, so an
** English word (EAP) still finds itself:
**
**   beijing   ("beijing" OR "~bei~jing")
**   xian      ("xian" OR "~xian" OR "~xi~an")
**   bj        ("bj" OR "^bj")
**   北京gh    ("北京gh" OR "北京^gh")
**
** A term with several runs, or characters too, takes the first reading of
** each run.  A table without pinyin reads "~bei~jing" as the Latin words
** bei, jing with something between them.
*/
#include "pinyin_query.h"
#include "pinyin.h"
#include "script.h"
#include "utf8.h"
#include "vtab_args.h"
#include <string.h>

static int isLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True if the character ending just before z[i] (or starting at z[i]) is
** part of a word: then letters next to it are not pinyin. */
static int joinsWord(const unsigned char *z, int n, int i, int bBefore) {
  int nByte;
  int32_t c;
  if( bBefore ) {
    if( i == 0 ) return 0;
    i--;
    while( i > 0 && (z[i] & 0xC0) == 0x80 ) i--;
  } else if( i >= n ) {
    return 0;
  }
  c = zhUtf8Decode(z + i, n - i, &nByte);
  if( c == ZH_INVALID_CP ) return 0;
  return zhScriptClass(c) == ZH_WORD || zhScriptClass(c) == ZH_MARK;
}

/* True if a Han (kana, hangul) character comes right before z[i] or
** right after z[j-1]. */
static int nextToIdeo(const unsigned char *z, int n, int i, int j) {
  int nByte, k = i;
  if( k > 0 ) {
    k--;
    while( k > 0 && (z[k] & 0xC0) == 0x80 ) k--;
    if( zhScriptClass(zhUtf8Decode(z + k, n - k, &nByte)) == ZH_IDEO ) return 1;
  }
  return j < n && zhScriptClass(zhUtf8Decode(z + j, n - j, &nByte)) == ZH_IDEO;
}

/* Appends the reading of letters z[0..n) (lower-cased) per parse p. */
static void appendParse(sqlite3_str *pOut, const char *z,
                        const ZhPinyinParse *p) {
  int i = 0;
  for( int u = 0; u < p->nUnit; u++ ) {
    if( !p->bInitial[u] || u == 0 || !p->bInitial[u - 1] ) {
      sqlite3_str_appendchar(pOut, 1,
                             p->bInitial[u] ? ZH_PINYIN_INITIAL_MARK
                                            : ZH_PINYIN_SYL_MARK);
    }
    for( int k = 0; k < p->aLen[u]; k++ ) {
      sqlite3_str_appendchar(pOut, 1, (char)(z[i + k] | 0x20));
    }
    i += p->aLen[u];
  }
}

/* The runs of letters of a term that read as pinyin. */
#define MAX_RUNS 8

int zhAppendPinyinAlternatives(sqlite3_str *pOut, const char *zTerm, int n,
                               int bInitials,
                               void (*xEscape)(sqlite3_str *, const char *,
                                               int)) {
  const unsigned char *z = (const unsigned char *)zTerm;
  int aStart[MAX_RUNS], aEnd[MAX_RUNS], nRun = 0, nAlt = 0;
  ZhPinyinParse aFirst[MAX_RUNS];
  ZhPinyinParse aParse[ZH_PINYIN_MAX_PARSES];
  char aLower[ZH_PINYIN_MAX_LETTERS];

  for( int i = 0; i < n; i++ ) {
    if( z[i] == ZH_PINYIN_SYL_MARK || z[i] == ZH_PINYIN_INITIAL_MARK ) return 0;
  }
  for( int i = 0; i < n; ) {
    int j = i, nParse;
    if( !isLetter(z[i]) ) {
      i++;
      continue;
    }
    while( j < n && isLetter(z[j]) ) j++;
    if( j - i <= ZH_PINYIN_MAX_LETTERS && !joinsWord(z, n, i, 1) &&
        !joinsWord(z, n, j, 0) &&
        (j - i > 1 || bInitials || nextToIdeo(z, n, i, j)) ) {
      for( int k = i; k < j; k++ ) aLower[k - i] = (char)(z[k] | 0x20);
      nParse = zhPinyinSplit(aLower, j - i, aParse);
      if( nParse > 0 ) {
        if( nRun == MAX_RUNS ) return 0;
        aStart[nRun] = i;
        aEnd[nRun] = j;
        aFirst[nRun] = aParse[0];
        nRun++;
        nAlt = nParse;
      }
    }
    i = j;
  }
  if( nRun == 0 ) return 0;
  /* One letter is an initial (a vowel too: 安 a). */
  for( int r = 0; r < nRun; r++ ) {
    if( aEnd[r] - aStart[r] == 1 ) aFirst[r].bInitial[0] = 1;
  }
  if( n == 1 ) nAlt = 1;
  /* Several readings only for a term that is one run of letters (then
  ** aParse holds them). */
  if( nRun > 1 || aStart[0] > 0 || aEnd[0] < n ) nAlt = 1;

  sqlite3_str_append(pOut, "(\"", 2);
  xEscape(pOut, zTerm, n);
  for( int a = 0; a < nAlt; a++ ) {
    int iPrev = 0;
    if( nAlt > 1 ) aFirst[0] = aParse[a];
    sqlite3_str_append(pOut, "\" OR \"", 6);
    for( int r = 0; r < nRun; r++ ) {
      xEscape(pOut, zTerm + iPrev, aStart[r] - iPrev);
      appendParse(pOut, zTerm + aStart[r], &aFirst[r]);
      iPrev = aEnd[r];
    }
    xEscape(pOut, zTerm + iPrev, n - iPrev);
  }
  sqlite3_str_append(pOut, "\")", 2);
  return 1;
}

int zhInitialsArg(sqlite3_context *ctx, sqlite3_value *pVal, const char *zFunc,
                  int *pbInitials) {
  const char *z;
  char *zErr = 0;
  int n, rc = zhTextArg(pVal, zFunc, &z, &n, &zErr);
  *pbInitials = 0;
  if( rc == SQLITE_OK && z && (int)strlen(z) < n ) {
    zErr = sqlite3_mprintf("%s: option: NUL at byte %d", zFunc, (int)strlen(z));
    rc = SQLITE_ERROR;
  } else if( rc == SQLITE_OK && z && z[0] && strcmp(z, "initials") != 0 ) {
    zErr =
        sqlite3_mprintf("%s: unknown option '%.*s%s' (the option is initials)",
                        zFunc, ZH_ERR_QUOTE(z, n));
    rc = SQLITE_ERROR;
  }
  if( rc == SQLITE_OK ) {
    *pbInitials = z && z[0];
  } else if( zErr ) {
    sqlite3_result_error(ctx, zErr, -1);
  } else {
    sqlite3_result_error_code(ctx, rc == SQLITE_ERROR ? SQLITE_NOMEM : rc);
  }
  sqlite3_free(zErr);
  return rc;
}
