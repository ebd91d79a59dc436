/*
** sqlite-zh public interface, for applications that link the extension
** statically (built with -DSQLITE_CORE):
**
**   sqlite3_auto_extension((void(*)(void))sqlite3_zh_init);
*/
#ifndef SQLITE_ZH_H
#define SQLITE_ZH_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_zh_init(sqlite3 *db, char **pzErrMsg,
                    const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif
