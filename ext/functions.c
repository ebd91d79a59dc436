/*
** Scalar SQL functions:
**
**   zh_version()              '0.2.0 (tokenizer 2; unicode 15.0.0;
**                             dictionary c96714ff)': the release and what
**                             decides the tokens of this build
**   zh_version(part)          one part of it: 'release' ('0.2.0'),
**                             'tokenizer' (2), 'unicode' (utf8proc's Unicode
**                             version), 'dictionary' (a checksum of the word
**                             dictionary compiled in), or 'fts5': the FTS5
**                             tokenizer API zh is registered with (2 from
**                             SQLite 3.47, else 1)
**   zh_utf8_error(x)          NULL, or 'invalid UTF-8 at byte N'
**   zh_fold(text [, options]) the text as the tokenizer folds it: NFKC,
**                             case and traditional -> simplified, each
**                             switchable by the same options as the
**                             tokenizer.  Separators are kept as they are.
*/
#include "zh.h"
#include "vtab_args.h"
#include "fingerprint.h"
#include "fold.h"
#include "options.h"
#include "script.h"
#include "utf8.h"
#include <utf8proc.h>

static void zhVersionFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  const char *zPart;
  if( argc == 0 ) {
    char *z = sqlite3_mprintf("%s (tokenizer %d; unicode %s; dictionary %s)",
                              ZH_VERSION, ZH_TOKENIZER_VERSION,
                              zhUnicodeVersion(), zhDictionarySum());
    if( z == 0 )
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_text(ctx, z, -1, sqlite3_free);
    return;
  }
  zPart = (const char *)sqlite3_value_text(argv[0]);
  if( zPart && sqlite3_stricmp(zPart, "release") == 0 ) {
    sqlite3_result_text(ctx, ZH_VERSION, -1, SQLITE_STATIC);
  } else if( zPart && sqlite3_stricmp(zPart, "tokenizer") == 0 ) {
    sqlite3_result_int(ctx, ZH_TOKENIZER_VERSION);
  } else if( zPart && sqlite3_stricmp(zPart, "unicode") == 0 ) {
    sqlite3_result_text(ctx, zhUnicodeVersion(), -1, SQLITE_STATIC);
  } else if( zPart && sqlite3_stricmp(zPart, "dictionary") == 0 ) {
    sqlite3_result_text(ctx, zhDictionarySum(), -1, SQLITE_STATIC);
  } else if( zPart && sqlite3_stricmp(zPart, "fts5") == 0 ) {
    int v = zhTokenizerApiVersion(sqlite3_context_db_handle(ctx));
    if( v < 0 )
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_int(ctx, v);
  } else {
    sqlite3_result_error(ctx,
                         "zh_version: the part must be 'release', "
                         "'tokenizer', 'unicode', 'dictionary' or 'fts5'",
                         -1);
  }
}

/*
** zh_fold: the same cluster folding the scanner does, written out.  Bytes
** that are not UTF-8 are an error here (the tokenizer treats them as
** separators, but a function returning text must not return them).
*/
static void zhFoldFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  ZhOptions opt;
  char *zErr = 0;
  const unsigned char *z;
  int n, i = 0;
  sqlite3_str *pOut;

  int rc = zhOptionsParseValue(&opt, argc > 1 ? argv[1] : 0, &zErr);
  if( rc == SQLITE_OK )
    rc = zhTextArg(argv[0], "zh_fold", (const char **)&z, &n, &zErr);
  if( rc != SQLITE_OK ) {
    zhResultError(ctx, rc, zErr);
    return;
  }
  if( z == 0 ) return;
  pOut = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  while( i < n ) {
    int nByte, j, nFold;
    int32_t aFold[ZH_FOLD_MAX];
    zhUtf8Decode(z + i, n - i, &nByte);
    j = i + nByte;
    for( int iMark = 0; j < n && iMark < ZH_MAX_MARKS; iMark++ ) {
      int nMark;
      int32_t c = zhUtf8Decode(z + j, n - j, &nMark);
      if( zhScriptClass(c) != ZH_MARK ) break;
      j += nMark;
    }
    nFold = zhFoldCluster(opt.fold, z + i, j - i, aFold);
    for( int k = 0; k < nFold; k++ ) {
      unsigned char aBuf[4];
      sqlite3_str_append(pOut, (const char *)aBuf,
                         zhUtf8Encode(aFold[k], aBuf));
    }
    i = j;
  }
  n = sqlite3_str_length(pOut);
  if( sqlite3_str_errcode(pOut) ) {
    sqlite3_result_error_code(ctx, sqlite3_str_errcode(pOut));
    sqlite3_free(sqlite3_str_finish(pOut));
  } else {
    char *zRes = sqlite3_str_finish(pOut);
    sqlite3_result_text(ctx, zRes ? zRes : "", n,
                        zRes ? sqlite3_free : SQLITE_STATIC);
  }
}

/*
** zh_utf8_error(x): NULL if x is valid UTF-8 (or NULL), else a message
** naming the first bad byte.  Lets a script check input before the
** functions that would reject it.
*/
static void zhUtf8ErrorFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv) {
  (void)argc;
  if( sqlite3_value_type(argv[0]) == SQLITE_NULL ) return;
  const char *z = (const char *)sqlite3_value_blob(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  int iBad = z ? zhUtf8Check(z, n) : -1;
  if( iBad >= 0 ) {
    char *zMsg = sqlite3_mprintf("invalid UTF-8 at byte %d", iBad);
    if( zMsg == 0 )
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_text(ctx, zMsg, -1, sqlite3_free);
  }
}

int zhRegisterFunctions(sqlite3 *db, ZhConn *pConn) {
  (void)pConn;
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
      {"zh_version", 0, zhVersionFunc},
      {"zh_version", 1, zhVersionFunc},
      {"zh_fold", 1, zhFoldFunc},
      {"zh_fold", 2, zhFoldFunc},
      {"zh_utf8_error", 1, zhUtf8ErrorFunc},
  };
  int rc = SQLITE_OK;
  for( size_t i = 0; rc == SQLITE_OK && i < sizeof(aFunc) / sizeof(aFunc[0]);
       i++ ) {
    rc = sqlite3_create_function(db, aFunc[i].zName, aFunc[i].nArg,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC |
                                     SQLITE_INNOCUOUS,
                                 0, aFunc[i].xFunc, 0, 0);
  }
  return rc;
}
