/*
** zh_preload.so: registers zh with every connection that a program linked
** to the system's libsqlite3 opens, for programs that offer no way to load
** an extension (dqlite's nodes, closed programs):
**
**   LD_PRELOAD=build/zh_preload.so program ...
**
** The library interposes sqlite3_open(), sqlite3_open_v2() and
** sqlite3_open16(): each calls the real function (found with
** dlsym(RTLD_NEXT)) and, when the connection opened, sqlite3_zh_init() on
** it.  The extension is compiled in with SQLITE_CORE and calls SQLite
** directly, so it uses the process's own libsqlite3.
**
** Why not sqlite3_auto_extension() from a constructor, the usual way to
** register with every connection: it calls sqlite3_initialize(), and once
** SQLite is initialized sqlite3_config() fails with SQLITE_MISUSE.
** Programs that configure SQLite before their first connection would then
** fail to start (go-dqlite sets SQLITE_CONFIG_MULTITHREAD at start and
** gives up when it cannot).  Nor interposing sqlite3_initialize() to
** register after it: most programs never call it, SQLite calls it from
** inside sqlite3_open_v2(), and whether that inner call goes through the
** dynamic linker depends on how libsqlite3 was built.  The open functions
** are the program's own calls into SQLite, always made through the dynamic
** linker, and nothing happens before the first connection.
**
** When zh cannot be registered (out of memory), the connection is left as
** the program asked for it and the reason goes to stderr: using a zh table
** on it then fails with SQLite's "no such tokenizer: zh", never silently.
*/
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* RTLD_NEXT */
#endif
#include "sqlite_zh.h"
#include <dlfcn.h>
#include <stdio.h>

typedef int (*OpenV2)(const char *, sqlite3 **, int, const char *);
typedef int (*Open)(const char *, sqlite3 **);
typedef int (*Open16)(const void *, sqlite3 **);

/*
** The real function named zName, the next definition after this library.
** Resolved at each call: dlsym() is cheap next to opening a database, and
** a cached pointer would need its own synchronisation.
*/
static void *preloadReal(const char *zName) {
  void *p = dlsym(RTLD_NEXT, zName);
  if( p == 0 ) {
    fprintf(stderr, "zh_preload: %s not found in the process's SQLite\n",
            zName);
  }
  return p;
}

/* What an open function returns when the real one is missing. */
static int preloadMissing(sqlite3 **ppDb) {
  if( ppDb ) *ppDb = 0;
  return SQLITE_ERROR;
}

/*
** Registers zh with the connection that a real open function returned rc
** for in *ppDb; returns rc unchanged.
*/
static int preloadRegister(int rc, sqlite3 **ppDb) {
  char *zErr = 0;
  if( rc != SQLITE_OK || ppDb == 0 || *ppDb == 0 ) return rc;
  if( sqlite3_zh_init(*ppDb, &zErr, 0) != SQLITE_OK ) {
    fprintf(stderr, "zh_preload: zh not registered: %s\n",
            zErr ? zErr : "out of memory");
    sqlite3_free(zErr);
  }
  return rc;
}

int sqlite3_open_v2(const char *zFilename, sqlite3 **ppDb, int flags,
                    const char *zVfs) {
  OpenV2 xReal = (OpenV2)preloadReal("sqlite3_open_v2");
  int rc;
  if( xReal == 0 ) return preloadMissing(ppDb);
  rc = xReal(zFilename, ppDb, flags, zVfs);
  return preloadRegister(rc, ppDb);
}

int sqlite3_open(const char *zFilename, sqlite3 **ppDb) {
  Open xReal = (Open)preloadReal("sqlite3_open");
  int rc;
  if( xReal == 0 ) return preloadMissing(ppDb);
  rc = xReal(zFilename, ppDb);
  return preloadRegister(rc, ppDb);
}

int sqlite3_open16(const void *zFilename, sqlite3 **ppDb) {
  Open16 xReal = (Open16)preloadReal("sqlite3_open16");
  int rc;
  if( xReal == 0 ) return preloadMissing(ppDb);
  rc = xReal(zFilename, ppDb);
  return preloadRegister(rc, ppDb);
}
