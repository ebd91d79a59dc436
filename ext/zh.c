/*
** sqlite-zh: Chinese text search and mining for SQLite.
**
** The entry point registers every part of the extension with a
** connection, checking each registration and naming the one that failed.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#include "zh.h"
#include "sqlite_zh.h"
#include <stddef.h>

static const struct {
  const char *zWhat;
  int (*xRegister)(sqlite3 *);
} aPart[] = {
    {"the zh FTS5 tokenizer (is FTS5 enabled?)", zhRegisterTokenizer},
    {"zh_query()", zhRegisterQuery},
    {"zh_tokenize", zhRegisterTokenizeVtab},
    {"zh_version() and zh_fold()", zhRegisterFunctions},
};

#ifdef _WIN32
__declspec(dllexport)
#endif
    int sqlite3_zh_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  for( int i = 0; i < (int)(sizeof(aPart) / sizeof(aPart[0])); i++ ) {
    int rc = aPart[i].xRegister(db);
    if( rc != SQLITE_OK ) {
      if( pzErrMsg ) {
        *pzErrMsg = sqlite3_mprintf("zh: cannot register %s: %s",
                                    aPart[i].zWhat, sqlite3_errstr(rc));
      }
      return rc;
    }
  }
  return SQLITE_OK;
}
