/*
** Tokenizer options, shared by the FTS5 tokenizer (tokenize='zh ...') and
** the SQL functions that take an options string (zh_tokenize, zh_fold).
*/
#ifndef ZH_OPTIONS_H
#define ZH_OPTIONS_H

#define ZH_MODE_SUBSTRING 0
#define ZH_MODE_WORDS     1

/* Longest table name the dict option takes, in bytes. */
#define ZH_DICT_NAME_MAX 128

typedef struct ZhOptions ZhOptions;
struct ZhOptions {
  int eMode;   /* ZH_MODE_* */
  int fold;    /* ZH_FOLD_* flags */
  int bPinyin; /* pinyin 1: syllables and initials beside each character */
  /* dict TABLE (words mode): the table of user words, "" for none */
  char zDict[ZH_DICT_NAME_MAX + 1];
};

/*
** Reads nArg key/value arguments (nArg must be even) into *p, starting
** from the defaults.  On error returns SQLITE_ERROR and sets *pzErr to a
** message from sqlite3_mprintf() (or leaves it 0 if that failed).
*/
int zhOptionsParse(ZhOptions *p, int nArg, const char *const *azArg,
                   char **pzErr);

/* The same, from one string of whitespace-separated keys and values. */
int zhOptionsParseString(ZhOptions *p, const char *zOpts, char **pzErr);

/*
** The same, from an SQL function's options argument (pVal 0 or NULL: the
** defaults).  Text that is not UTF-8 or holds a NUL is refused ("zh:
** options: invalid UTF-8 at byte N", "zh: options: NUL at byte N"), not
** cut short; out of memory is SQLITE_NOMEM with *pzErr left 0.
*/
int zhOptionsParseValue(ZhOptions *p, sqlite3_value *pVal, char **pzErr);

#endif
