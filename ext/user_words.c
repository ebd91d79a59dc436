/*
** User words, one at a time or from a table (see user_words.h).
*/
#include "user_words.h"
#include "dict_access.h"
#include "fold.h"
#include "script.h"
#include "segment.h"
#include "utf8.h"
#include <math.h>
#include <string.h>

int zhUserWordFold(const unsigned char *z, int n, int32_t *aCp, char **pzErr) {
  int i = 0, nCp = 0, iBad = zhUtf8Check((const char *)z, n);
  const unsigned char *zNul = n > 0 ? memchr(z, 0, (size_t)n) : 0;
  *pzErr = 0;
  if( iBad >= 0 ) {
    *pzErr = sqlite3_mprintf("invalid UTF-8 at byte %d", iBad);
  } else if( zNul ) {
    /* The word would be cut there in the messages below. */
    *pzErr = sqlite3_mprintf("the word has a NUL at byte %d", (int)(zNul - z));
  }
  while( *pzErr == 0 && i < n ) {
    int len;
    int32_t aFold[ZH_FOLD_MAX];
    zhUtf8Decode(z + i, n - i, &len);
    int nFold = zhFoldCluster(ZH_FOLD_ALL, z + i, len, aFold);
    for( int k = 0; *pzErr == 0 && k < nFold; k++ ) {
      if( zhScriptClass(aFold[k]) != ZH_IDEO ) {
        *pzErr = sqlite3_mprintf("'%.*s%s' is not a word of Han characters",
                                 ZH_ERR_QUOTE((const char *)z, n));
      } else if( nCp == ZH_USER_WORD_MAX ) {
        *pzErr = sqlite3_mprintf("a word has at most %d characters",
                                 ZH_USER_WORD_MAX);
      } else {
        aCp[nCp++] = aFold[k];
      }
    }
    i += len;
  }
  if( *pzErr == 0 && nCp == 0 ) *pzErr = sqlite3_mprintf("the word is empty");
  return *pzErr ? 0 : nCp;
}

/* zhUserWordCost with a segmenter for the default (0: none made yet). */
static int wordCost(ZhSegmenter **ppSeg, const int32_t *aCp, int nCp,
                    double freq) {
  /* A word seen 1000 times: a default word holds against dictionary
  ** words that overlap it in context. */
  const int costOf1000 =
      zhDictCostOfOne() - (int)lround(log(1000) * ZH_COST_SCALE);
  int cost;
  if( freq != 0 ) {
    if( !(freq >= 1) || freq > 1e12 ) return -1;
    cost = (int)lround(zhDictCostOfOne() - log(freq) * ZH_COST_SCALE);
  } else {
    if( *ppSeg == 0 ) *ppSeg = zhSegmenterNew(ZH_FOLD_ALL, 0);
    if( *ppSeg == 0 ) return -2;
    /* Just cheaper than the dictionary's best split of the word. */
    cost = zhSplitCost(*ppSeg, aCp, nCp) + ZH_WORD_BONUS - 1;
    if( cost > costOf1000 ) cost = costOf1000;
  }
  return cost < 0 ? 0 : cost;
}

int zhUserWordCost(const int32_t *aCp, int nCp, double freq) {
  ZhSegmenter *pSeg = 0;
  int cost = wordCost(&pSeg, aCp, nCp, freq);
  zhSegmenterFree(pSeg);
  return cost;
}

int zhUserTagOk(const char *z, int n) {
  if( n < 1 || n > 7 ) return 0;
  for( int i = 0; i < n; i++ ) {
    char c = z[i];
    if( !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ) return 0;
  }
  return 1;
}

/* ---- a table of words --------------------------------------------------- */

typedef struct Loader Loader;
struct Loader {
  const char *zTable;
  ZhUserDict *pWords;
  ZhSegmenter *pSeg;  /* for default costs */
  sqlite3_uint64 sum; /* FNV-1a over what the words are */
  char *zErr;
};

static void sumBytes(Loader *p, const void *pData, size_t n) {
  const unsigned char *z = pData;
  for( size_t i = 0; i < n; i++ ) {
    p->sum = (p->sum ^ z[i]) * 1099511628211ull;
  }
}

/* "zh: dict T: 'word': why", for the word of the row being read. */
static int rowError(Loader *p, sqlite3_stmt *pStmt, const char *zWhy) {
  const char *zWord = (const char *)sqlite3_column_text(pStmt, 0);
  if( zWord == 0 ) zWord = "";
  p->zErr = sqlite3_mprintf("zh: dict %s: '%.*s%s': %s", p->zTable,
                            ZH_ERR_QUOTE(zWord, -1), zWhy);
  return p->zErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Adds the word of the row pStmt is on: word, freq, tag. */
static int loadRow(Loader *p, sqlite3_stmt *pStmt) {
  int32_t aCp[ZH_USER_WORD_MAX];
  sqlite3_value *pFreq = sqlite3_column_value(pStmt, 1);
  const char *zTag = (const char *)sqlite3_column_text(pStmt, 2);
  int nTag = sqlite3_column_bytes(pStmt, 2), nCp, cost;
  char *zWhy = 0;
  if( sqlite3_column_type(pStmt, 0) == SQLITE_NULL ) {
    p->zErr = sqlite3_mprintf("zh: dict %s: a word is NULL", p->zTable);
    return p->zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  const unsigned char *zWord = sqlite3_column_text(pStmt, 0);
  if( zWord == 0 ) return SQLITE_NOMEM;
  nCp = zhUserWordFold(zWord, sqlite3_column_bytes(pStmt, 0), aCp, &zWhy);
  if( nCp == 0 ) {
    /* The reason quotes the word where it can be printed. */
    p->zErr = zWhy ? sqlite3_mprintf("zh: dict %s: %s", p->zTable, zWhy) : 0;
    sqlite3_free(zWhy);
    return p->zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  int eFreq = sqlite3_value_numeric_type(pFreq);
  double freq = sqlite3_value_double(pFreq);
  if( eFreq != SQLITE_NULL &&
      ((eFreq != SQLITE_INTEGER && eFreq != SQLITE_FLOAT) || !(freq >= 1)) )
    return rowError(p, pStmt, ZH_USER_FREQ_RULE);
  cost = wordCost(&p->pSeg, aCp, nCp, eFreq == SQLITE_NULL ? 0 : freq);
  if( cost == -2 ) return SQLITE_NOMEM;
  if( cost < 0 ) return rowError(p, pStmt, ZH_USER_FREQ_RULE);
  if( sqlite3_column_type(pStmt, 2) == SQLITE_NULL ) {
    zTag = 0;
  } else if( zTag == 0 ) {
    return SQLITE_NOMEM;
  } else if( !zhUserTagOk(zTag, nTag) ) {
    return rowError(p, pStmt, ZH_USER_TAG_RULE);
  }
  sumBytes(p, &nCp, sizeof(nCp));
  sumBytes(p, aCp, sizeof(int32_t) * (size_t)nCp);
  sumBytes(p, &cost, sizeof(cost));
  sumBytes(p, zTag ? zTag : "", zTag ? (size_t)nTag + 1 : 1);
  return zhUserDictAdd(p->pWords, aCp, nCp, cost, zTag);
}

/* "schema"."name" or "name" for zTable, "schema.name" or "name". */
static char *quotedTable(const char *zTable) {
  const char *zDot = strchr(zTable, '.');
  if( zDot == 0 ) return sqlite3_mprintf("\"%w\"", zTable);
  char *zSchema = sqlite3_mprintf("%.*s", (int)(zDot - zTable), zTable);
  char *zOut =
      zSchema ? sqlite3_mprintf("\"%w\".\"%w\"", zSchema, zDot + 1) : 0;
  sqlite3_free(zSchema);
  return zOut;
}

/* Which of the names word, freq and tag the table's column iCol has:
** 0, 1, 2, or -1. */
static int columnRole(sqlite3_stmt *pStmt, int iCol) {
  static const char *const azRole[] = {"word", "freq", "tag"};
  const char *zName = sqlite3_column_name(pStmt, iCol);
  for( int i = 0; zName && i < 3; i++ ) {
    if( sqlite3_stricmp(zName, azRole[i]) == 0 ) return i;
  }
  return -1;
}

/* The query over the table: word, and freq and tag where it has them, in
** the order of the words. */
static char *wordsQuery(sqlite3 *db, const char *zTable, char **pzErr) {
  char *zFrom = quotedTable(zTable), *zSql = 0;
  sqlite3_stmt *pStmt = 0;
  int abHas[3] = {0, 0, 0};
  if( zFrom == 0 ) return 0;
  zSql = sqlite3_mprintf("SELECT * FROM %s LIMIT 0", zFrom);
  int rc = zSql ? sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) : SQLITE_NOMEM;
  if( rc != SQLITE_OK && rc != SQLITE_NOMEM ) {
    *pzErr = sqlite3_mprintf("zh: dict %s: %s", zTable, sqlite3_errmsg(db));
  }
  for( int i = 0; pStmt && i < sqlite3_column_count(pStmt); i++ ) {
    int iRole = columnRole(pStmt, i);
    if( iRole >= 0 ) abHas[iRole] = 1;
  }
  sqlite3_finalize(pStmt);
  sqlite3_free(zSql);
  zSql = 0;
  if( rc == SQLITE_NOMEM ) {
    /* No message: the caller reports out of memory. */
  } else if( *pzErr == 0 && !abHas[0] ) {
    *pzErr = sqlite3_mprintf("zh: dict %s: the table has no column named word",
                             zTable);
  } else if( *pzErr == 0 ) {
    zSql = sqlite3_mprintf("SELECT word, %s, %s FROM %s ORDER BY 1",
                           abHas[1] ? "freq" : "NULL",
                           abHas[2] ? "tag" : "NULL", zFrom);
  }
  sqlite3_free(zFrom);
  return zSql;
}

int zhUserWordsLoad(sqlite3 *db, const char *zTable, ZhUserDict **ppWords,
                    sqlite3_uint64 *pSum, char **pzErr) {
  Loader l;
  sqlite3_stmt *pStmt = 0;
  int rc;
  memset(&l, 0, sizeof(l));
  l.zTable = zTable;
  l.sum = 14695981039346656037ull;
  *ppWords = 0;
  *pzErr = 0;
  char *zSql = wordsQuery(db, zTable, &l.zErr);
  l.pWords = zhUserDictNew();
  if( zSql == 0 || l.pWords == 0 ) {
    rc = l.zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  } else {
    rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  }
  while( rc == SQLITE_OK && sqlite3_step(pStmt) == SQLITE_ROW ) {
    rc = loadRow(&l, pStmt);
  }
  if( pStmt ) {
    int rc2 = sqlite3_finalize(pStmt);
    if( rc == SQLITE_OK ) rc = rc2;
  }
  sqlite3_free(zSql);
  zhSegmenterFree(l.pSeg);
  if( rc != SQLITE_OK ) {
    zhUserDictFree(l.pWords);
    *pzErr = l.zErr;
    return rc;
  }
  *ppWords = l.pWords;
  *pSum = l.sum;
  return SQLITE_OK;
}
