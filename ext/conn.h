/*
** What the extension keeps per connection: the user dictionary of
** zh_dict_add.  Every function, module and tokenizer registered on a
** connection holds a reference; the last one released frees it when the
** connection closes.
*/
#ifndef ZH_CONN_H
#define ZH_CONN_H

#include "zh.h"
#include "dict.h"

typedef struct ZhConn ZhConn;
struct ZhConn {
  int nRef;
  sqlite3 *db;
  ZhUserDict *pUser;
};

ZhConn *zhConnNew(sqlite3 *db);
ZhConn *zhConnRef(ZhConn *p);
/* Releases one reference (a void* so it can be an xDestroy callback). */
void zhConnUnref(void *p);

/*
** A count, for the whole process, of the zh tables created, dropped or
** rebuilt: the index guards look at their tables again when it moves
** (index_guard.h).  Process-wide, not per connection, because the
** connections of a shared cache see each other's commits without a
** change of PRAGMA data_version.
*/
unsigned zhIndexGeneration(void);
void zhIndexChanged(void);

#endif
