/*
** What the extension keeps per connection: the user dictionary.  Every
** function, module and tokenizer registered on a connection holds a
** reference; the last one released frees it when the connection closes.
*/
#ifndef ZH_CONN_H
#define ZH_CONN_H

#include "dict.h"

typedef struct ZhConn ZhConn;
struct ZhConn {
  int nRef;
  ZhUserDict *pUser;
};

ZhConn *zhConnNew(void);
ZhConn *zhConnRef(ZhConn *p);
/* Releases one reference (a void* so it can be an xDestroy callback). */
void zhConnUnref(void *p);

#endif
