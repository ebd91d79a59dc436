/*
** What decides the tokens of a text, written out: the fingerprint an
** index is recorded with when it is built (index_guard.h).  Two
** tokenizers with the same options and the same fingerprint give the same
** tokens for every text; a change to any part changes the fingerprint.
**
** Only what the options use is named: a substring-mode index does not go
** stale when the word dictionary changes.  The release number is not in
** it: a release that keeps the tokens keeps every index.
*/
#ifndef ZH_FINGERPRINT_H
#define ZH_FINGERPRINT_H

#include "zh.h"
#include "options.h"

/*
** The fingerprint of a tokenizer with options opt whose user words (the
** dict table's, when opt names one) have checksum wordsSum, e.g.
**   "tokenizer 2; unicode 15.0.0; t2s 1f2e3d4c; dictionary 9a8b7c6d;
**    words my_words 0123456789abcdef"
** From sqlite3_mprintf, 0 when out of memory.
*/
char *zhFingerprint(const ZhOptions *opt, sqlite3_uint64 wordsSum);

/* utf8proc's Unicode version ("15.0.0"), and the checksum of the word
** dictionary compiled in ("c96714ff"): parts of zh_version(). */
const char *zhUnicodeVersion(void);
const char *zhDictionarySum(void);

#endif
