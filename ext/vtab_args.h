/*
** The argument handling shared by the table-valued functions (zh_tokenize,
** zh_entities): a required text argument and an optional second one, both
** hidden columns.
*/
#ifndef ZH_VTAB_ARGS_H
#define ZH_VTAB_ARGS_H

#include "zh.h"

/*
** xBestIndex for a function whose hidden columns iInput (required) and
** iSecond (optional) are its arguments.  Sets idxNum bit 1 when the input
** is given (argv[0]) and bit 2 when the second argument is (argv[1]).
** With no input the table is empty; an unusable input is
** SQLITE_CONSTRAINT, so SQLite looks for another plan.
*/
int zhVtabBestIndex(sqlite3_index_info *p, int iInput, int iSecond,
                    double rowsPerInput);

#endif
