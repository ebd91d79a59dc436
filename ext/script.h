/*
** Character classes: what role a (folded) code point plays in a token.
*/
#ifndef ZH_SCRIPT_H
#define ZH_SCRIPT_H

#include <stdint.h>

typedef enum ZhClass {
  ZH_GAP = 0,  /* separator: space, punctuation, symbol, control, invalid */
  ZH_WORD = 1, /* letter or digit of a script written with spaces (Latin) */
  ZH_IDEO = 2, /* Han, kana, hangul, bopomofo: one token per character */
  ZH_MARK = 3  /* combining mark: extends the character before it */
} ZhClass;

ZhClass zhScriptClass(int32_t c);

/* zhScriptClass with the cases of nearly every character of a Chinese
** text inline: ASCII and the core Han block. */
static inline ZhClass zhClassOf(int32_t c) {
  if( c < 0x80 ) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
               ? ZH_WORD
               : ZH_GAP;
  }
  if( c >= 0x4E00 && c <= 0x9FFF ) return ZH_IDEO;
  return zhScriptClass(c);
}

/* True for code points in the CJK Unified Ideographs block, the bulk of
** Chinese text, which every fold leaves alone except t2s. */
static inline int zhIsCoreHan(int32_t c) {
  return c >= 0x4E00 && c <= 0x9FFF;
}

#endif
