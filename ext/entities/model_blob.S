/*
** Embeds the labeller's weights (ext/entities/model.bin, written by
** tools/train_entities.c: `make model`) in the extension as read-only
** data; ext/entities/decoder.c reads them in place.
*/
#ifndef ZH_ENT_MODEL_BIN
#error "ZH_ENT_MODEL_BIN must name the model"
#endif
#if defined(__APPLE__)
#define SYM(x) _##x
#define HIDDEN(x) .private_extern x
        .const
#else
#define SYM(x) x
#define HIDDEN(x) .hidden x
        .section .rodata
#endif
        .balign 16
        .globl SYM(zh_ent_model_blob)
        HIDDEN(SYM(zh_ent_model_blob))
SYM(zh_ent_model_blob):
        .incbin ZH_ENT_MODEL_BIN
        .globl SYM(zh_ent_model_blob_end)
        HIDDEN(SYM(zh_ent_model_blob_end))
SYM(zh_ent_model_blob_end):
        .byte 0
#if defined(__linux__) && defined(__ELF__)
        .section .note.GNU-stack,"",%progbits
#endif
