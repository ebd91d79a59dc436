/*
** Tags by name (tags.h).
*/
#include "tags.h"
#include <string.h>

static const char *const azTagName[] = {
#define ZH_TAG_NAME(e, s) s,
    ZH_TAGS(ZH_TAG_NAME)
#undef ZH_TAG_NAME
};

ZhTag zhTagDecode(const char *z) {
  int lo = 0, hi = (int)ZH_TAG_OTHER;
  if( z == 0 ) return ZH_TAG_NONE;
  while( lo < hi ) {
    int mid = (lo + hi) / 2, c = strcmp(azTagName[mid], z);
    if( c == 0 ) return (ZhTag)mid;
    if( c < 0 )
      lo = mid + 1;
    else
      hi = mid;
  }
  return ZH_TAG_OTHER;
}
