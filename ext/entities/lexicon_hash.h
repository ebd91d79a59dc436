/*
** The hash of a word of the entity extractor's lists, shared by
** tools/gen_lexicons.c, which lays out the hash tables of the large lists,
** and ext/entities/lexicon.c, which probes them.
*/
#ifndef ZH_ENT_LEXICON_HASH_H
#define ZH_ENT_LEXICON_HASH_H

#include <stdint.h>

/* Lists of more words than this get a hash table (zhLexIs of a short one
** scans the words that share the last character). */
#define ZH_LEX_HASH_MIN 1024

static inline uint32_t zhLexHash(const int32_t *a, int n) {
  uint32_t h = 0x811C9DC5u;
  for( int i = 0; i < n; i++ ) h = (h ^ (uint32_t)a[i]) * 0x01000193u;
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  return h ^ (h >> 13);
}

/* The sets of the characters that start and end a list's words: a bit
** for each code point modulo 64 * ZH_LEX_SET_WORDS (4096: the Han
** characters share a bit five by five), so that a character no word
** starts with is ruled out before any search. */
#define ZH_LEX_SET_WORDS 64

/* A hashed list's filter: a Bloom filter of ZH_LEX_PAIR_BITS bits over
** its words' first and last characters and length, two bits a word, in
** a table that stays in the cache: most spans of a text are ruled out
** before any probe of the hash table. */
#define ZH_LEX_PAIR_BITS (1 << 18)
static inline uint32_t zhLexPairHash(int32_t cFirst, int32_t cLast, int n) {
  uint32_t h = ((uint32_t)cFirst * 0x9E3779B1u) ^
               ((uint32_t)cLast * 0x85EBCA77u) ^ ((uint32_t)n * 0xC2B2AE3Du);
  return h ^ (h >> 15);
}
/* The filter's two bits of a word of that hash. */
#define ZH_LEX_PAIR_BIT1(h) ((h) & (ZH_LEX_PAIR_BITS - 1))
#define ZH_LEX_PAIR_BIT2(h) (((h) >> 14) & (ZH_LEX_PAIR_BITS - 1))

#endif
