/*
** User words: read and checked the same way whether they come one at a
** time (zh_dict_add) or from a table of the database that a words-mode
** table names with its `dict` option.
*/
#ifndef ZH_USER_WORDS_H
#define ZH_USER_WORDS_H

#include "zh.h"
#include "dict.h"
#include <stdint.h>

/*
** Folds z[0..n) (valid UTF-8, no NUL) into aCp, which has room for
** ZH_USER_WORD_MAX code points.  Returns the word's length, or 0 after
** setting *pzErr to why it is no word ("'EAP' is not a word of Han
** characters"; the caller adds whose word it was).
*/
int zhUserWordFold(const unsigned char *z, int n, int32_t *aCp, char **pzErr);

/*
** The cost of a user word seen freq times (a number from 1 to 1e12), or,
** for freq 0, just cheaper than the embedded dictionary's best split of
** it.  Returns the cost, or -1 if freq is out of range, -2 out of memory.
*/
int zhUserWordCost(const int32_t *aCp, int nCp, double freq);

/* True if z[0..n) is a tag as jieba writes them: 1 to 7 ASCII letters. */
int zhUserTagOk(const char *z, int n);

/* What the frequency and the tag must be, for error messages. */
#define ZH_USER_FREQ_RULE "the frequency must be a number from 1 to 1e12"
#define ZH_USER_TAG_RULE                                                       \
  "a tag is 1 to 7 ASCII letters (jieba's: n, nr, ns, nt, v...)"

/*
** The words of table zTable (a table name, or "schema.table"): a column
** `word`, and optional columns `freq` and `tag`, each checked as
** zh_dict_add checks its arguments.  Sets *ppWords to them and *pSum to a
** checksum of the words as folded with their costs and tags, in the order
** of the words, so the same words give the same sum in every process.
** Returns SQLITE_OK, SQLITE_NOMEM, or SQLITE_ERROR with *pzErr set
** ("zh: dict my_words: row 3: 'EAP' is not a word of Han characters").
*/
int zhUserWordsLoad(sqlite3 *db, const char *zTable, ZhUserDict **ppWords,
                    sqlite3_uint64 *pSum, char **pzErr);

#endif
