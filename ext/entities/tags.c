/*
** Tags by name (tags.h).
*/
#include "tags.h"

static const char *const azTagName[] = {
#define ZH_TAG_NAME(e, s) s,
    ZH_TAGS(ZH_TAG_NAME)
#undef ZH_TAG_NAME
};

/* The first four bytes of z as a number that sorts as the strings do
** (every tag is four characters or fewer); 0xFFFFFFFF if z is longer. */
static uint32_t packed(const char *z) {
  uint32_t v = 0;
  int i;
  for( i = 0; i < 4 && z[i]; i++ )
    v |= (uint32_t)(unsigned char)z[i] << (24 - 8 * i);
  return i == 4 && z[4] ? 0xFFFFFFFFu : v;
}

ZhTag zhTagDecode(const char *z) {
  int lo = 0, hi = (int)ZH_TAG_OTHER;
  if( z == 0 ) return ZH_TAG_NONE;
  uint32_t key = packed(z);
  while( lo < hi ) {
    int mid = (lo + hi) / 2;
    uint32_t k = packed(azTagName[mid]);
    if( k == key ) return (ZhTag)mid;
    if( k < key )
      lo = mid + 1;
    else
      hi = mid;
  }
  return ZH_TAG_OTHER;
}
