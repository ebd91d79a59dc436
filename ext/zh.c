/*
** sqlite-zh: Chinese text search and mining for SQLite.
**
** The entry point registers every part of the extension with a
** connection, checking each registration and naming the one that failed.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#include "zh.h"
#include "conn.h"
#include "dict.h"
#include "sqlite_zh.h"
#include <stddef.h>

static const struct {
  const char *zWhat;
  int (*xRegister)(sqlite3 *, ZhConn *);
} aPart[] = {
    {"the zh FTS5 tokenizer (is FTS5 enabled?)", zhRegisterTokenizer},
    {"zh_query()", zhRegisterQuery},
    {"zh_tokenize", zhRegisterTokenizeVtab},
    {"zh_version() and zh_fold()", zhRegisterFunctions},
    {"zh_segment() and the zh_dict functions", zhRegisterDictFunctions},
    {"zh_entities", zhRegisterEntities},
    {"zh_paragraphs", zhRegisterParagraphs},
    {"zh_articles", zhRegisterArticles},
    {"zh_pinyin()", zhRegisterPinyin},
    {"zh_rebuild() and zh_index_status", zhRegisterIndexSql},
};

/* The one symbol zh.so exports (it is built with hidden visibility). */
#if defined(_WIN32)
__declspec(dllexport)
#elif defined(__GNUC__)
__attribute__((visibility("default")))
#endif
    int sqlite3_zh_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi) {
  ZhConn *pConn;
  int rc = SQLITE_OK;
  SQLITE_EXTENSION_INIT2(pApi);
  if( zhDictCheck() ) {
    if( pzErrMsg )
      *pzErrMsg = sqlite3_mprintf("zh: the embedded dictionary is damaged");
    return SQLITE_CORRUPT;
  }
  /* Shared by every part registered below; each holds a reference. */
  pConn = zhConnNew(db);
  if( pConn == 0 ) return SQLITE_NOMEM;
  for( int i = 0;
       rc == SQLITE_OK && i < (int)(sizeof(aPart) / sizeof(aPart[0])); i++ ) {
    rc = aPart[i].xRegister(db, pConn);
    if( rc != SQLITE_OK && pzErrMsg ) {
      *pzErrMsg = sqlite3_mprintf("zh: cannot register %s: %s", aPart[i].zWhat,
                                  sqlite3_errstr(rc));
    }
  }
  zhConnUnref(pConn);
  return rc;
}
