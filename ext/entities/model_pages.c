/*
** The labeller's weights in a huge page.  Scoring a character reads about
** 15 rows of the 1 MB of weights, each in another 4 KB page: with the
** dictionary's walks between, most of those reads miss the TLB.  On Linux,
** where transparent huge pages may be asked for (madvise), the weights are
** copied once per process into one 2 MB page: measured side by side on 5 MB
** of news, zh_entities runs 4.6% faster (a copy in 4 KB pages runs 3%
** slower: the copy pays only in a huge page, so it is made only where the
** kernel grants them).  Elsewhere, and if anything fails, the weights stay
** where zh.so holds them.
*/
#include "model.h"

#if defined(__linux__) && defined(__GNUC__)
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define ZH_HUGE_PAGE (2u << 20)

/* The copy, once made (or the weights themselves when it cannot be). */
static const int8_t *pHot = 0;
static void *pMap = 0; /* the mapping that holds the copy */
static size_t nMap = 0;

/* True if the kernel gives huge pages to a range that asks (madvise):
** its setting reads "[always]" or "[madvise]", not "[never]". */
static int hugePagesOnRequest(void) {
  char a[128];
  int fd =
      open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
  if( fd < 0 ) return 0;
  ssize_t n = read(fd, a, sizeof(a) - 1);
  close(fd);
  if( n <= 0 ) return 0;
  a[n] = 0;
  return strstr(a, "[always]") != 0 || strstr(a, "[madvise]") != 0;
}

/* nW bytes of aW copied into a huge page (nW at most 2 MB), or 0. */
static void *copyToHugePage(const int8_t *aW, size_t nW) {
  if( nW > ZH_HUGE_PAGE || !hugePagesOnRequest() ) return 0;
  /* Twice the page, so that an aligned page lies inside; the rest is
  ** returned. */
  size_t n = 2 * (size_t)ZH_HUGE_PAGE;
  char *p =
      mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if( p == MAP_FAILED ) return 0;
  uintptr_t u =
      ((uintptr_t)p + ZH_HUGE_PAGE - 1) & ~(uintptr_t)(ZH_HUGE_PAGE - 1);
  char *q = (char *)u;
  if( q > p ) munmap(p, (size_t)(q - p));
  if( q + ZH_HUGE_PAGE < p + n )
    munmap(q + ZH_HUGE_PAGE, (size_t)(p + n - (q + ZH_HUGE_PAGE)));
  if( madvise(q, ZH_HUGE_PAGE, MADV_HUGEPAGE) != 0 ) {
    munmap(q, ZH_HUGE_PAGE);
    return 0;
  }
  memcpy(q, aW, nW);
  mprotect(q, ZH_HUGE_PAGE, PROT_READ);
  return q;
}

const int8_t *zhEntModelHot(const int8_t *aW, size_t nW) {
  const int8_t *p = __atomic_load_n(&pHot, __ATOMIC_ACQUIRE);
  if( p ) return p;
  void *q = copyToHugePage(aW, nW);
  const int8_t *pNew = q ? (const int8_t *)q : aW;
  const int8_t *pOld = 0;
  /* Two threads may copy at once: the first to publish its copy wins, the
  ** other unmaps its own. */
  if( __atomic_compare_exchange_n(&pHot, &pOld, pNew, 0, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE) ) {
    if( q ) {
      pMap = q;
      nMap = ZH_HUGE_PAGE;
    }
    return pNew;
  }
  if( q ) munmap(q, ZH_HUGE_PAGE);
  return pOld;
}

/* When zh.so is unloaded, its copy goes with it. */
__attribute__((destructor)) static void zhEntModelHotFree(void) {
  if( pMap ) munmap(pMap, nMap);
  pMap = 0;
  pHot = 0;
}

#else

const int8_t *zhEntModelHot(const int8_t *aW, size_t nW) {
  (void)nW;
  return aW;
}

#endif
