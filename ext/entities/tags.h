/*
** Part-of-speech tags of the dictionary's words (jieba's, and those
** tools/gen_dict.c gives listed words for the entity extractor: nsg a
** listed place, nrg a listed person, nst a listed body jieba tags as a
** place, nsn and nn everyday words that are no names), as an enum: a
** word's tag is decoded once, when the segmenter hands it over, and
** compared as a number after that.  A tag of a user word that is none of
** these is ZH_TAG_OTHER.
*/
#ifndef ZH_ENT_TAGS_H
#define ZH_ENT_TAGS_H

#include <stdint.h>

/* Sorted by name: zhTagDecode searches it. */
// clang-format off
#define ZH_TAGS(ZH_T) \
  ZH_T(NONE, "") ZH_T(A, "a") ZH_T(AD, "ad") ZH_T(AG, "ag") ZH_T(AN, "an") \
  ZH_T(B, "b") ZH_T(C, "c") ZH_T(D, "d") ZH_T(DF, "df") ZH_T(DG, "dg") \
  ZH_T(E, "e") ZH_T(F, "f") ZH_T(G, "g") ZH_T(H, "h") ZH_T(I, "i") \
  ZH_T(J, "j") ZH_T(K, "k") ZH_T(L, "l") ZH_T(M, "m") ZH_T(MG, "mg") \
  ZH_T(MQ, "mq") ZH_T(N, "n") ZH_T(NG, "ng") ZH_T(NN, "nn") ZH_T(NR, "nr") \
  ZH_T(NRFG, "nrfg") ZH_T(NRG, "nrg") ZH_T(NRT, "nrt") ZH_T(NS, "ns") \
  ZH_T(NSG, "nsg") ZH_T(NSN, "nsn") ZH_T(NST, "nst") ZH_T(NT, "nt") \
  ZH_T(NZ, "nz") ZH_T(O, "o") ZH_T(P, "p") ZH_T(Q, "q") ZH_T(R, "r") \
  ZH_T(RG, "rg") ZH_T(RR, "rr") ZH_T(RZ, "rz") ZH_T(S, "s") ZH_T(T, "t") \
  ZH_T(TG, "tg") ZH_T(U, "u") ZH_T(UD, "ud") ZH_T(UG, "ug") ZH_T(UJ, "uj") \
  ZH_T(UL, "ul") ZH_T(UV, "uv") ZH_T(UZ, "uz") ZH_T(V, "v") ZH_T(VD, "vd") \
  ZH_T(VG, "vg") ZH_T(VI, "vi") ZH_T(VN, "vn") ZH_T(VQ, "vq") ZH_T(X, "x") \
  ZH_T(Y, "y") ZH_T(Z, "z") ZH_T(ZG, "zg")
// clang-format on

typedef enum ZhTag {
#define ZH_TAG_ENUM(e, s) ZH_TAG_##e,
  ZH_TAGS(ZH_TAG_ENUM)
#undef ZH_TAG_ENUM
      ZH_TAG_OTHER,
  ZH_TAG_COUNT
} ZhTag;

/* A set of tags, for tests such as "a noun or a name". */
#define ZH_TAGSET(t) (1ull << (t))
static inline int zhTagIn(ZhTag t, uint64_t mSet) {
  return (int)((mSet >> t) & 1);
}

/* The tag named z ("nr"), or ZH_TAG_OTHER. */
ZhTag zhTagDecode(const char *z);

/* Tags of names: nr, nrt, nrfg, nrg (person), as jieba writes them. */
#define ZH_TAGS_PERSON                                                         \
  (ZH_TAGSET(ZH_TAG_NR) | ZH_TAGSET(ZH_TAG_NRT) | ZH_TAGSET(ZH_TAG_NRFG) |     \
   ZH_TAGSET(ZH_TAG_NRG))

#endif
