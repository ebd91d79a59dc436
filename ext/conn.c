/*
** Per-connection state, reference counted across the registrations that
** share it.  A connection is used by one thread at a time, so the count
** needs no lock.
*/
#include "zh.h"
#include "conn.h"
#include <stdatomic.h>
#include <string.h>

ZhConn *zhConnNew(sqlite3 *db) {
  ZhConn *p = sqlite3_malloc(sizeof(*p));
  if( p == 0 ) return 0;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pUser = zhUserDictNew();
  if( p->pUser == 0 ) {
    sqlite3_free(p);
    return 0;
  }
  p->nRef = 1;
  return p;
}

ZhConn *zhConnRef(ZhConn *p) {
  p->nRef++;
  return p;
}

void zhConnUnref(void *pArg) {
  ZhConn *p = (ZhConn *)pArg;
  if( p && --p->nRef == 0 ) {
    zhUserDictFree(p->pUser);
    sqlite3_free(p);
  }
}

/* The only state shared by connections: a counter, read and moved
** atomically from any thread. */
static atomic_uint zhGeneration;

unsigned zhIndexGeneration(void) {
  return atomic_load_explicit(&zhGeneration, memory_order_acquire);
}

void zhIndexChanged(void) {
  atomic_fetch_add_explicit(&zhGeneration, 1, memory_order_acq_rel);
}
