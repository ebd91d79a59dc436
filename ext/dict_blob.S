/*
** Embeds the compiled dictionary (build/gen/dict.bin, from
** tools/gen_dict.c) in the extension as read-only data, so that one file
** is all a user loads and nothing is parsed at run time.
*/
#ifndef ZH_DICT_BIN
#error "ZH_DICT_BIN must name the compiled dictionary"
#endif
/* The symbols are the extension's own: hidden, so that a loadable zh.so
** exports nothing but its entry point. */
#if defined(__APPLE__)
#define SYM(x) _##x
#define HIDDEN(x) .private_extern x
        .const
#else
#define SYM(x) x
#define HIDDEN(x) .hidden x
        .section .rodata
#endif
        .balign 64
        .globl SYM(zh_dict_blob)
        HIDDEN(SYM(zh_dict_blob))
SYM(zh_dict_blob):
        .incbin ZH_DICT_BIN
        .globl SYM(zh_dict_blob_end)
        HIDDEN(SYM(zh_dict_blob_end))
SYM(zh_dict_blob_end):
        .byte 0
#if defined(__linux__) && defined(__ELF__)
        .section .note.GNU-stack,"",%progbits
#endif
