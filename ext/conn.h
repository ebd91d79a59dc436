/*
** What the extension keeps per connection: the user dictionary of
** zh_dict_add, and a count of the changes to its zh tables that the index
** guard must see (index_guard.h).  Every function, module and tokenizer
** registered on a connection holds a reference; the last one released
** frees it when the connection closes.
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
  /* Goes up when this connection creates, drops or rebuilds a zh table:
  ** the guards of its tokenizers then look at their tables again. */
  unsigned iGen;
};

ZhConn *zhConnNew(sqlite3 *db);
ZhConn *zhConnRef(ZhConn *p);
/* Releases one reference (a void* so it can be an xDestroy callback). */
void zhConnUnref(void *p);

#endif
