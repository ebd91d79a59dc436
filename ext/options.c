/*
** Option parsing.  Options are key/value pairs, as FTS5's own tokenizers
** take them; an unknown key, a missing value or a bad value is an error,
** never silently ignored.
*/
#include "zh.h"
#include "options.h"
#include "fold.h"
#include "utf8.h"
#include <string.h>

/* Boolean options, each switching one fold. */
static const struct {
  const char *zName;
  int flag;
} aFoldOpt[] = {
    {"nfkc", ZH_FOLD_NFKC},
    {"casefold", ZH_FOLD_CASE},
    {"t2s", ZH_FOLD_T2S},
};

/* Values of the mode option. */
static const struct {
  const char *zName;
  int eMode;
} aMode[] = {
    {"substring", ZH_MODE_SUBSTRING},
    {"words", ZH_MODE_WORDS},
};

static int setMode(ZhOptions *p, const char *zVal, char **pzErr) {
  for( size_t i = 0; i < sizeof(aMode) / sizeof(aMode[0]); i++ ) {
    if( strcmp(zVal, aMode[i].zName) == 0 ) {
      p->eMode = aMode[i].eMode;
      return SQLITE_OK;
    }
  }
  *pzErr = sqlite3_mprintf("zh: mode must be substring or words, not '%.*s%s'",
                           ZH_ERR_QUOTE(zVal, -1));
  return SQLITE_ERROR;
}

static int setPinyin(ZhOptions *p, const char *zVal, char **pzErr) {
  if( strcmp(zVal, "0") != 0 && strcmp(zVal, "1") != 0 ) {
    *pzErr = sqlite3_mprintf("zh: pinyin must be 0 or 1, not '%.*s%s'",
                             ZH_ERR_QUOTE(zVal, -1));
    return SQLITE_ERROR;
  }
  p->bPinyin = zVal[0] == '1';
  return SQLITE_OK;
}

/* dict TABLE: a table name, or schema.table, as SQL writes them bare. */
static int setDict(ZhOptions *p, const char *zVal, char **pzErr) {
  size_t n = strlen(zVal);
  if( n == 0 || n > ZH_DICT_NAME_MAX ) {
    *pzErr = sqlite3_mprintf("zh: dict must name a table (1 to %d bytes)",
                             ZH_DICT_NAME_MAX);
    return SQLITE_ERROR;
  }
  memcpy(p->zDict, zVal, n + 1);
  return SQLITE_OK;
}

static int setOption(ZhOptions *p, const char *zKey, const char *zVal,
                     char **pzErr) {
  if( strcmp(zKey, "mode") == 0 ) return setMode(p, zVal, pzErr);
  if( strcmp(zKey, "pinyin") == 0 ) return setPinyin(p, zVal, pzErr);
  if( strcmp(zKey, "dict") == 0 ) return setDict(p, zVal, pzErr);
  for( size_t i = 0; i < sizeof(aFoldOpt) / sizeof(aFoldOpt[0]); i++ ) {
    if( strcmp(zKey, aFoldOpt[i].zName) == 0 ) {
      if( strcmp(zVal, "1") == 0 ) {
        p->fold |= aFoldOpt[i].flag;
      } else if( strcmp(zVal, "0") == 0 ) {
        p->fold &= ~aFoldOpt[i].flag;
      } else {
        *pzErr = sqlite3_mprintf("zh: %s must be 0 or 1, not '%.*s%s'", zKey,
                                 ZH_ERR_QUOTE(zVal, -1));
        return SQLITE_ERROR;
      }
      return SQLITE_OK;
    }
  }
  *pzErr =
      sqlite3_mprintf("zh: unknown option '%.*s%s'", ZH_ERR_QUOTE(zKey, -1));
  return SQLITE_ERROR;
}

int zhOptionsParse(ZhOptions *p, int nArg, const char *const *azArg,
                   char **pzErr) {
  p->eMode = ZH_MODE_SUBSTRING;
  p->fold = ZH_FOLD_ALL;
  p->bPinyin = 0;
  p->zDict[0] = 0;
  *pzErr = 0;
  for( int i = 0; i < nArg; i += 2 ) {
    /* 'mode=words' is the spelling other tokenizers' options taught;
    ** FTS5 splits on spaces, so say how to write it here. */
    const char *zEq = strchr(azArg[i], '=');
    if( zEq && zEq > azArg[i] ) {
      *pzErr = sqlite3_mprintf(
          "zh: options are 'key value', not 'key=value': write '%.*s%s %.*s%s'",
          ZH_ERR_QUOTE(azArg[i], (int)(zEq - azArg[i])),
          ZH_ERR_QUOTE(zEq + 1, -1));
      return SQLITE_ERROR;
    }
    if( i + 1 >= nArg ) {
      *pzErr = sqlite3_mprintf("zh: option '%.*s%s' has no value",
                               ZH_ERR_QUOTE(azArg[i], -1));
      return SQLITE_ERROR;
    }
    if( setOption(p, azArg[i], azArg[i + 1], pzErr) ) return SQLITE_ERROR;
  }
  /* Pinyin tokens stand beside characters; words mode has none. */
  if( p->bPinyin && p->eMode == ZH_MODE_WORDS ) {
    *pzErr = sqlite3_mprintf("zh: pinyin 1 needs mode substring");
    return SQLITE_ERROR;
  }
  /* User words change how text is cut into words: substring mode has
  ** none to change. */
  if( p->zDict[0] && p->eMode != ZH_MODE_WORDS ) {
    *pzErr = sqlite3_mprintf("zh: dict needs mode words");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* Most arguments an options string may hold; more is surely a mistake. */
#define ZH_MAX_ARGS 32

int zhOptionsParseString(ZhOptions *p, const char *zOpts, char **pzErr) {
  char *zCopy;
  const char *azArg[ZH_MAX_ARGS];
  int nArg = 0, rc;
  char *z;

  *pzErr = 0;
  if( zOpts == 0 ) return zhOptionsParse(p, 0, 0, pzErr);
  zCopy = sqlite3_mprintf("%s", zOpts);
  if( zCopy == 0 ) return SQLITE_NOMEM;
  z = zCopy;
  for( ;; ) {
    while( *z == ' ' || *z == '\t' || *z == '\n' || *z == '\r' ) z++;
    if( *z == 0 ) break;
    if( nArg == ZH_MAX_ARGS ) {
      sqlite3_free(zCopy);
      *pzErr = sqlite3_mprintf("zh: too many options");
      return SQLITE_ERROR;
    }
    azArg[nArg++] = z;
    while( *z && *z != ' ' && *z != '\t' && *z != '\n' && *z != '\r' ) z++;
    if( *z ) *z++ = 0;
  }
  rc = zhOptionsParse(p, nArg, azArg, pzErr);
  sqlite3_free(zCopy);
  return rc;
}

int zhOptionsParseValue(ZhOptions *p, sqlite3_value *pVal, char **pzErr) {
  const char *z;
  int n, iBad;
  *pzErr = 0;
  if( pVal == 0 || sqlite3_value_type(pVal) == SQLITE_NULL )
    return zhOptionsParse(p, 0, 0, pzErr);
  z = (const char *)sqlite3_value_text(pVal);
  n = sqlite3_value_bytes(pVal);
  if( z == 0 ) return SQLITE_NOMEM;
  iBad = zhUtf8Check(z, n);
  if( iBad >= 0 ) {
    *pzErr = sqlite3_mprintf("zh: options: invalid UTF-8 at byte %d", iBad);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  const char *zNul = memchr(z, 0, (size_t)n);
  if( zNul ) {
    *pzErr = sqlite3_mprintf("zh: options: NUL at byte %d", (int)(zNul - z));
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  return zhOptionsParseString(p, z, pzErr);
}
