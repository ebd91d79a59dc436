/*
** The fingerprint of a tokenizer (fingerprint.h).  The checksums of the
** tables compiled in are taken at build time (the Makefile writes
** build/gen/fingerprint_sums.h, gen_dict the dictionary's into
** build/gen/dict_layout.h); the Unicode version is utf8proc's.
*/
#include "fingerprint.h"
#include "fold.h"
#include "dict_layout.h"
#include "fingerprint_sums.h"
#include <utf8proc.h>

char *zhFingerprint(const ZhOptions *opt, sqlite3_uint64 wordsSum) {
  sqlite3_str *p = sqlite3_str_new(0);
  sqlite3_str_appendf(p, "tokenizer %d; unicode %s", ZH_TOKENIZER_VERSION,
                      utf8proc_unicode_version());
  if( opt->fold & ZH_FOLD_T2S ) sqlite3_str_appendall(p, "; t2s " ZH_SUM_T2S);
  if( opt->bPinyin ) sqlite3_str_appendall(p, "; pinyin " ZH_SUM_PINYIN);
  if( opt->eMode == ZH_MODE_WORDS ) {
    sqlite3_str_appendall(p, "; dictionary " ZH_SUM_DICT);
  }
  if( opt->zDict[0] ) {
    sqlite3_str_appendf(p, "; words %s %016llx", opt->zDict,
                        (unsigned long long)wordsSum);
  }
  return sqlite3_str_finish(p);
}

const char *zhUnicodeVersion(void) {
  return utf8proc_unicode_version();
}

const char *zhDictionarySum(void) {
  return ZH_SUM_DICT;
}
