/*
** Character classes.  Scripts written without spaces between words (Han,
** kana, hangul) are indexed one character per token so that any substring
** can be found; letters and digits of other scripts form words as in
** FTS5's unicode61 tokenizer.
*/
#include "script.h"
#include <utf8proc.h>

/* Ranges whose letters are indexed one per token. */
static const struct {
  int32_t lo, hi;
} aIdeoRange[] = {
    {0x1100, 0x11FF}, /* Hangul Jamo */
    {0x2E80, 0x2FDF}, /* CJK and Kangxi radicals */
    {0x3005, 0x3007}, /* 々 〆 〇 */
    {0x3021, 0x3029}, /* Hangzhou numerals */
    {0x3031, 0x3035}, /* kana repeat marks */
    {0x3038, 0x303C}, /* 〸〹〺〻〼 */
    {0x3041, 0x309F}, /* Hiragana */
    {0x30A1, 0x30FA}, /* Katakana (not the ・ middle dot) */
    {0x30FC, 0x30FF},   {0x3105, 0x312F}, /* Bopomofo */
    {0x3131, 0x318E},                     /* Hangul compatibility jamo */
    {0x31A0, 0x31BF},                     /* Bopomofo extended */
    {0x31F0, 0x31FF},                     /* Katakana phonetic extensions */
    {0x3400, 0x4DBF},                     /* CJK extension A */
    {0x4E00, 0x9FFF},                     /* CJK unified ideographs */
    {0xA960, 0xA97F},                     /* Hangul Jamo extended A */
    {0xAC00, 0xD7A3},                     /* Hangul syllables */
    {0xD7B0, 0xD7FF},                     /* Hangul Jamo extended B */
    {0xF900, 0xFAFF},                     /* CJK compatibility ideographs */
    {0xFF66, 0xFF9F},                     /* half-width katakana */
    {0xFFA0, 0xFFDC},                     /* half-width hangul */
    {0x16FE3, 0x16FE3},                   /* old Chinese iteration mark */
    {0x1AFF0, 0x1AFFE},                   /* kana extended B */
    {0x1B000, 0x1B16F},                   /* kana supplement and extension */
    {0x20000, 0x323AF}, /* CJK extensions B to H, compatibility supplement */
};

static int isIdeoRange(int32_t c) {
  int lo = 0, hi = (int)(sizeof(aIdeoRange) / sizeof(aIdeoRange[0])) - 1;
  while( lo <= hi ) {
    int mid = (lo + hi) / 2;
    if( c < aIdeoRange[mid].lo )
      hi = mid - 1;
    else if( c > aIdeoRange[mid].hi )
      lo = mid + 1;
    else
      return 1;
  }
  return 0;
}

ZhClass zhScriptClass(int32_t c) {
  if( c < 0x80 ) {
    if( (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') ) {
      return ZH_WORD;
    }
    return ZH_GAP;
  }
  if( zhIsCoreHan(c) ) return ZH_IDEO;
  switch( utf8proc_category(c) ) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_NL: return isIdeoRange(c) ? ZH_IDEO : ZH_WORD;
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NO:
  case UTF8PROC_CATEGORY_CO: return ZH_WORD;
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME: return ZH_MARK;
  default: return ZH_GAP;
  }
}
