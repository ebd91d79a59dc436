/*
** Pinyin in zh_query(): the Latin letters of a term read as pinyin.
*/
#ifndef ZH_PINYIN_QUERY_H
#define ZH_PINYIN_QUERY_H

#include "zh.h"

/*
** If the term z[0..n) has letters that read as pinyin, appends
** ("term" OR "reading" ...) to pOut, the user's text in the strings
** written by xEscape, and returns 1; else appends nothing and
** returns 0.  One letter reads as an initial only when bInitials is set or
** a character is next to it (北京g).  A term that holds a pinyin mark
** itself (~, ^) is left alone.
*/
int zhAppendPinyinAlternatives(sqlite3_str *pOut, const char *z, int n,
                               int bInitials,
                               void (*xEscape)(sqlite3_str *, const char *,
                                               int));

/*
** Reads the optional second argument of zh_query and zh_pinyin: NULL or
** '' for none, 'initials' to set *pbInitials.  Anything else (another
** word, invalid UTF-8, a NUL) sets an error on ctx naming zFunc and
** returns other than SQLITE_OK.
*/
int zhInitialsArg(sqlite3_context *ctx, sqlite3_value *pVal, const char *zFunc,
                  int *pbInitials);

#endif
