# sqlite-zh: Chinese text search and mining for SQLite.
#
#   make            build/zh.so, the loadable extension
#   make static     build/libsqlite_zh.a, for apps that compile SQLite in
#   make preload    build/zh_preload.so, zh in every connection (LD_PRELOAD)
#   make cluster-demo  zh in a three-node dqlite cluster (examples/cluster/)
#   make install    the loadable, the static library, the header, a .pc
#                   (PREFIX=/usr/local, DESTDIR); make uninstall
#   make test       every test
#   make demo       build, ingest seeds/ into build/news.db, run the queries
#   make bench      benchmarks (see bench/README.md)
#   make tables     regenerate the committed tables from their sources
#   make lint       clang-format check, cppcheck
#   make dist       build/sqlite-zh-VERSION.tar.gz, the source of HEAD
#   make node-package  build/sqlite-zh-VERSION.tgz, the npm package
#   make mutate     mutation testing of ext/ (tools/mutate/; long, not in CI)
#   make clean

CC       ?= cc
CFLAGS   ?= -O2 -g
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
SQLITE3  ?= sqlite3
PYTHON   ?= /usr/bin/python3
BUILD    := build

UTF8PROC_CFLAGS := $(shell pkg-config --cflags libutf8proc 2>/dev/null)
UTF8PROC_LIBS   := $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc)
# zh.so takes utf8proc in from Debian's static library where there is one,
# so that it loads on a machine without libutf8proc.so; its symbols stay
# private to zh.so (--exclude-libs), which exports sqlite3_zh_init alone
# (-fvisibility=hidden).  Without the static library, zh.so links the
# shared one.
UTF8PROC_A      := $(wildcard $(shell pkg-config --variable=libdir libutf8proc 2>/dev/null)/libutf8proc.a)
EXCLUDE_UTF8PROC := -Wl,--exclude-libs,libutf8proc.a
ZH_SO_UTF8PROC  := $(if $(UTF8PROC_A),$(UTF8PROC_A) $(EXCLUDE_UTF8PROC),$(UTF8PROC_LIBS))
ZH_SO_CFLAGS    := -fvisibility=hidden $(if $(UTF8PROC_A),-DUTF8PROC_STATIC)
ICU_FLAGS       := $(shell pkg-config --cflags --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)

SRC  := $(filter-out ext/preload.c,$(wildcard ext/*.c ext/entities/*.c))
HDR  := $(wildcard ext/*.h ext/entities/*.h)
OBJ  := $(patsubst ext/%.c,$(BUILD)/obj/%.o,$(SRC)) $(BUILD)/obj/dict_blob.o \
        $(BUILD)/obj/entities/model_blob.o
SOBJ := $(patsubst ext/%.c,$(BUILD)/static/%.o,$(SRC)) $(BUILD)/static/dict_blob.o \
        $(BUILD)/static/entities/model_blob.o

# The word dictionary: jieba's dict.txt from Debian's python3-jieba (MIT),
# compiled into a trie (tools/gen_dict.c) and embedded in the extension.
JIEBA_DICT ?= /usr/lib/python3/dist-packages/jieba/dict.txt
DICT_BIN   := $(BUILD)/gen/dict.bin
DICT_H     := $(BUILD)/gen/dict_layout.h
# Given-name characters: friso's lexicons (Debian's friso-dict, Apache-2.0).
FRISO_DICT ?= /usr/share/friso/dict/UTF-8
# The entity extractor's word lists: those that retag dictionary words
# (places, people, everyday words, bodies) go into the dictionary; the
# rest are compiled into sorted tables (tools/gen_lexicons.c).
LEXICONS    := ext/entities/lexicons
DICT_LISTS  := $(addprefix $(LEXICONS)/dictionary/,places_cldr.txt people_thuocl.txt \
               everyday_words.txt bodies.txt places_extra.txt) $(LEXICONS)/org_suffixes.txt
LEX_TXT     := $(sort $(wildcard $(LEXICONS)/*.txt))
LEX_H       := $(BUILD)/gen/lexicon_ids.h $(BUILD)/gen/lexicon_data.h

.PHONY: test-asan test-valgrind test-tsan fuzz fuzz-build
# The .pc holds PREFIX: written again by every install.
.PHONY: examples install uninstall $(BUILD)/sqlite-zh.pc
.PHONY: all static test test-sql test-unit test-oracle test-python demo bench \
        bench-quick tables lint format clean mutate

all: $(BUILD)/zh.so

$(BUILD)/obj/%.o: ext/%.c $(HDR) $(DICT_H) $(LEX_H) | $(BUILD)/obj/entities
	$(CC) $(CFLAGS) $(WARN) -fPIC $(ZH_SO_CFLAGS) -I$(BUILD)/gen $(UTF8PROC_CFLAGS) -c $< -o $@

$(BUILD)/obj/dict_blob.o: ext/dict_blob.S $(DICT_BIN) | $(BUILD)/obj
	$(CC) -c -DZH_DICT_BIN='"$(DICT_BIN)"' $< -o $@

$(BUILD)/static/dict_blob.o: ext/dict_blob.S $(DICT_BIN) | $(BUILD)/static
	$(CC) -c -DZH_DICT_BIN='"$(DICT_BIN)"' $< -o $@

# The labeller's weights: a committed file, written by `make model`.
ENT_MODEL := ext/entities/model.bin

$(BUILD)/obj/entities/model_blob.o $(BUILD)/static/entities/model_blob.o: ext/entities/model_blob.S $(ENT_MODEL) | $(BUILD)/obj/entities $(BUILD)/static/entities
	$(CC) -c -DZH_ENT_MODEL_BIN='"$(ENT_MODEL)"' $< -o $@

$(DICT_H): $(DICT_BIN)

# A data file that is missing is no prerequisite (make would stop with "No
# rule to make target"): the recipe says which package to install.
$(DICT_BIN): $(BUILD)/tools/gen_dict $(wildcard $(JIEBA_DICT)) $(DICT_LISTS) | $(BUILD)/gen
	@test -f $(JIEBA_DICT) || { echo "missing $(JIEBA_DICT): apt-get install python3-jieba" >&2; exit 1; }
	@test -d $(FRISO_DICT) || { echo "missing $(FRISO_DICT): apt-get install friso-dict" >&2; exit 1; }
	$(BUILD)/tools/gen_dict $(JIEBA_DICT) $@ $(DICT_H) $(FRISO_DICT) $(DICT_LISTS)

$(BUILD)/tools/gen_dict: tools/gen_dict.c tools/gen_dict_blob.c tools/gen_dict.h ext/fold.c ext/script.c ext/utf8.c ext/fold.h ext/dict.h ext/segment_rules.h ext/entities/tags.h | $(BUILD)/tools
	$(CC) -O2 $(WARN) $(UTF8PROC_CFLAGS) -o $@ tools/gen_dict.c tools/gen_dict_blob.c ext/fold.c ext/script.c ext/utf8.c $(UTF8PROC_LIBS) -lm

# Both headers come from one run.
$(BUILD)/gen/lexicon_data.h: $(BUILD)/gen/lexicon_ids.h

$(BUILD)/gen/lexicon_ids.h: $(BUILD)/tools/gen_lexicons $(LEX_TXT) | $(BUILD)/gen
	$(BUILD)/tools/gen_lexicons $(LEX_H) $(LEX_TXT)

$(BUILD)/tools/gen_lexicons: tools/gen_lexicons.c ext/fold.c ext/script.c ext/utf8.c ext/fold.h ext/utf8.h ext/entities/lexicon_hash.h | $(BUILD)/tools
	$(CC) -O2 $(WARN) $(UTF8PROC_CFLAGS) -o $@ tools/gen_lexicons.c ext/fold.c ext/script.c ext/utf8.c $(UTF8PROC_LIBS)

$(BUILD)/zh.so: $(OBJ)
	$(CC) $(CFLAGS) -shared -o $@ $(OBJ) $(ZH_SO_UTF8PROC) -lm

# The static library is compiled with SQLITE_CORE: it calls SQLite directly
# and the application registers it with sqlite3_auto_extension().  -fPIC:
# the same objects make zh_preload.so.
static: $(BUILD)/libsqlite_zh.a

$(BUILD)/static/%.o: ext/%.c $(HDR) $(DICT_H) $(LEX_H) | $(BUILD)/static/entities
	$(CC) $(CFLAGS) $(WARN) -fPIC -DSQLITE_CORE -I$(BUILD)/gen $(UTF8PROC_CFLAGS) -c $< -o $@

$(BUILD)/libsqlite_zh.a: $(SOBJ)
	rm -f $@ && ar rcs $@ $(SOBJ)

# Pinyin readings: Google Pinyin's dictionary (Debian's libgooglepinyin0,
# Apache-2.0), read into a table by tools/gen_pinyin.c.
PINYIN_DAT ?= $(firstword $(wildcard /usr/lib/*/googlepinyin/data/dict_pinyin.dat))
PINYIN_H   := $(BUILD)/gen/pinyin_table.h

$(BUILD)/obj/pinyin.o $(BUILD)/static/pinyin.o: $(PINYIN_H)

# Checksums of the tables compiled in, for the fingerprint an index is
# recorded with (ext/fingerprint.c): a new dictionary, traditional ->
# simplified table or pinyin table marks the indexes that used it stale.
# The dictionary's is of its words, costs, tags and flags, not of the blob
# (tools/gen_dict_blob.c), so a new layout of the blob keeps every index: it
# is ZH_SUM_DICT in the layout header.
SUMS_H := $(BUILD)/gen/fingerprint_sums.h
sum8 = $$(cksum < $(1) | awk '{ printf "%08x", $$1 }')

$(BUILD)/obj/fingerprint.o $(BUILD)/static/fingerprint.o: $(SUMS_H)

# The punctuation every fold leaves a separator: a bitmap the scanner reads
# before it folds (tools/gen_sepmap.c, from ext/fold.c and ext/script.c).
SEP_MAP_H := $(BUILD)/gen/sep_map.h

$(BUILD)/obj/scan.o $(BUILD)/static/scan.o: $(SEP_MAP_H)

$(SEP_MAP_H): $(BUILD)/tools/gen_sepmap | $(BUILD)/gen
	$(BUILD)/tools/gen_sepmap $@

$(BUILD)/tools/gen_sepmap: tools/gen_sepmap.c ext/fold.c ext/script.c ext/utf8.c ext/fold.h ext/script.h ext/t2s_table.h | $(BUILD)/tools
	$(CC) -O2 $(WARN) $(UTF8PROC_CFLAGS) -o $@ tools/gen_sepmap.c ext/fold.c ext/script.c ext/utf8.c $(UTF8PROC_LIBS)

$(SUMS_H): ext/t2s_table.h $(PINYIN_H) | $(BUILD)/gen
	{ echo "#define ZH_SUM_T2S \"$(call sum8,ext/t2s_table.h)\""; \
	  echo "#define ZH_SUM_PINYIN \"$(call sum8,$(PINYIN_H))\""; } > $@

$(PINYIN_H): $(BUILD)/tools/gen_pinyin | $(BUILD)/gen
	@test -n "$(PINYIN_DAT)" -a -f "$(PINYIN_DAT)" || { echo "missing dict_pinyin.dat ($(PINYIN_DAT)): apt-get install libgooglepinyin0" >&2; exit 1; }
	$(BUILD)/tools/gen_pinyin $(PINYIN_DAT) $@

$(BUILD)/tools/gen_pinyin: tools/gen_pinyin.c | $(BUILD)/tools
	$(CC) -O2 $(WARN) -o $@ $<

$(BUILD)/obj $(BUILD)/static $(BUILD)/tools $(BUILD)/gen $(BUILD)/examples \
$(BUILD)/obj/entities $(BUILD)/static/entities:
	mkdir -p $@

# zh registered with every connection of a program linked to the system's
# libsqlite3 (README, "Scale-out"): the static objects and ext/preload.c,
# which wraps the open functions; the version script keeps the rest private.
.PHONY: preload cluster-demo
preload: $(BUILD)/zh_preload.so

$(BUILD)/zh_preload.so: $(SOBJ) $(BUILD)/static/preload.o ext/preload.map
	$(CC) $(CFLAGS) -shared -Wl,--version-script=ext/preload.map -o $@ \
	  $(SOBJ) $(BUILD)/static/preload.o -lsqlite3 $(UTF8PROC_LIBS) -lm -ldl

# Three dqlite-demo nodes with the preload (Debian's go-dqlite).
cluster-demo: all $(BUILD)/zh_preload.so
	examples/cluster/demo.sh

# ---- examples ----------------------------------------------------------------

# An application with SQLite compiled in: Debian's libsqlite3.a where
# libsqlite3-dev has it, else the shared library.
SQLITE3_A    := $(wildcard $(shell pkg-config --variable=libdir sqlite3 2>/dev/null)/libsqlite3.a)
SQLITE3_LINK := $(or $(SQLITE3_A),-lsqlite3) -ldl -lpthread

examples: $(BUILD)/examples/static_app

$(BUILD)/examples/static_app: examples/static_app.c ext/sqlite_zh.h $(BUILD)/libsqlite_zh.a | $(BUILD)/examples
	$(CC) $(CFLAGS) $(WARN) -Iext -o $@ $< $(BUILD)/libsqlite_zh.a $(SQLITE3_LINK) $(UTF8PROC_LIBS) -lm

# ---- install -----------------------------------------------------------------

# The loadable goes to $(PREFIX)/lib/sqlite3/zh.so, where Debian puts
# loadable SQLite extensions that are not libraries (sqlite3-pcre), so
# `.load /usr/local/lib/sqlite3/zh` works and ld.so never sees it; the
# static library, header and sqlite-zh.pc go where the compiler and
# pkg-config look.
PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
EXTDIR     ?= $(LIBDIR)/sqlite3
PCDIR      ?= $(LIBDIR)/pkgconfig

$(BUILD)/sqlite-zh.pc:
	@mkdir -p $(BUILD)
	{ echo 'prefix=$(PREFIX)'; echo 'libdir=$(LIBDIR)'; echo 'includedir=$(INCLUDEDIR)'; \
	  echo 'extension=$(EXTDIR)/zh.so'; echo; \
	  echo 'Name: sqlite-zh'; \
	  echo 'Description: Chinese full-text search for SQLite (static library; link SQLite too)'; \
	  echo "Version: $$(sed -n 's/^#define ZH_VERSION *"\(.*\)"/\1/p' ext/zh_version.h)"; \
	  echo 'Requires.private: libutf8proc'; \
	  echo 'Cflags: -I$${includedir}'; \
	  echo 'Libs: -L$${libdir} -lsqlite_zh'; \
	  echo 'Libs.private: -lutf8proc -lm'; } > $@

install: $(BUILD)/zh.so $(BUILD)/libsqlite_zh.a $(BUILD)/sqlite-zh.pc
	install -d $(DESTDIR)$(EXTDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PCDIR)
	install -m 0755 $(BUILD)/zh.so $(DESTDIR)$(EXTDIR)/zh.so
	install -m 0644 $(BUILD)/libsqlite_zh.a $(DESTDIR)$(LIBDIR)/libsqlite_zh.a
	install -m 0644 ext/sqlite_zh.h $(DESTDIR)$(INCLUDEDIR)/sqlite_zh.h
	install -m 0644 $(BUILD)/sqlite-zh.pc $(DESTDIR)$(PCDIR)/sqlite-zh.pc

uninstall:
	rm -f $(DESTDIR)$(EXTDIR)/zh.so $(DESTDIR)$(LIBDIR)/libsqlite_zh.a \
	  $(DESTDIR)$(INCLUDEDIR)/sqlite_zh.h $(DESTDIR)$(PCDIR)/sqlite-zh.pc
	rmdir $(DESTDIR)$(EXTDIR) 2>/dev/null || true

# ---- tests -----------------------------------------------------------------

test: all static examples $(BUILD)/test_internals $(BUILD)/test_threads $(BUILD)/test_oom
	@tests/run-all.sh
test: $(BUILD)/zh_preload.so $(BUILD)/test_preload

# Linked to SQLite alone: zh comes from the preload (tests/preload.sh).
$(BUILD)/test_preload: tests/unit/test_preload.c | $(BUILD)/obj
	$(CC) $(CFLAGS) $(WARN) -o $@ $< -lsqlite3

$(BUILD)/test_threads: tests/unit/test_threads.c $(SOBJ)
	$(CC) $(CFLAGS) $(WARN) -DSQLITE_CORE -I$(BUILD)/gen -o $@ $< $(SOBJ) -lsqlite3 $(UTF8PROC_LIBS) -lm -pthread

# Out-of-memory injection: every allocation of each step failing in turn.
$(BUILD)/test_oom: tests/unit/test_oom.c $(SOBJ)
	$(CC) $(CFLAGS) $(WARN) -DSQLITE_CORE -I$(BUILD)/gen -o $@ $< $(SOBJ) -lsqlite3 $(UTF8PROC_LIBS) -lm

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer:
# an instrumented build in build/asan, loaded by the (uninstrumented)
# sqlite3 shell and python3 with the sanitizer runtime preloaded.
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
ASAN_RT    := $(shell $(CC) -print-file-name=libasan.so) $(shell $(CC) -print-file-name=libubsan.so)

# The examples, the install test and the docs' preload example use the
# normal build (no sanitizer).
test-asan: all static examples $(BUILD)/zh_preload.so
	$(MAKE) BUILD=$(BUILD)/asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="$(ASAN_FLAGS)" \
	  $(BUILD)/asan/zh.so $(BUILD)/asan/test_internals $(BUILD)/asan/test_threads $(BUILD)/asan/test_oom \
	  $(BUILD)/asan/zh_preload.so $(BUILD)/asan/test_preload
	ZH_EXT=$(BUILD)/asan/zh ZH_UNIT=$(BUILD)/asan/test_internals ZH_THREADS=$(BUILD)/asan/test_threads \
	  ZH_PRELOAD=$(BUILD)/asan/zh_preload.so ZH_TEST_PRELOAD=$(BUILD)/asan/test_preload \
	  ZH_OOM=$(BUILD)/asan/test_oom \
	  ZH_SANITIZED=1 LD_PRELOAD="$(ASAN_RT)" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 tests/run-all.sh

# The thread test under ThreadSanitizer: races in zh's code (the system
# SQLite is not instrumented, but its locks are seen).
TSAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=thread

test-tsan:
	$(MAKE) BUILD=$(BUILD)/tsan CFLAGS="$(TSAN_FLAGS)" $(BUILD)/tsan/test_threads
	TSAN_OPTIONS=halt_on_error=1 $(BUILD)/tsan/test_threads

# libFuzzer (clang, Debian's libclang-rt-14-dev): one target per concern,
# tests/fuzz/fuzz_NAME.c, each with its seed corpus in tests/fuzz/corpus/NAME
# (committed); what the fuzzer finds goes to build/fuzz/corpus/NAME.
# `make fuzz` runs each target for FUZZ_SECONDS; FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 60
FUZZ_SEED    ?= 1
FUZZ_CC      ?= clang
FUZZ_TARGETS ?= tokenizer query entities segment layout index
FUZZ_FLAGS   := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined

fuzz-build:
	$(MAKE) BUILD=$(BUILD)/fuzz CC=$(FUZZ_CC) CFLAGS="$(FUZZ_FLAGS)" $(BUILD)/fuzz/libsqlite_zh.a
	for t in $(FUZZ_TARGETS); do \
	  $(FUZZ_CC) -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	    tests/fuzz/fuzz_$$t.c $(BUILD)/fuzz/libsqlite_zh.a -lsqlite3 $(UTF8PROC_LIBS) -lm \
	    -o $(BUILD)/fuzz/fuzz_$$t || exit 1; \
	done

fuzz: fuzz-build
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(BUILD)/fuzz/corpus/$$t && \
	  $(BUILD)/fuzz/fuzz_$$t -seed=$(FUZZ_SEED) -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    -timeout=10 -print_final_stats=1 $(BUILD)/fuzz/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# The SQL tests under valgrind's memcheck: any error or definite leak fails.
# large.sql (a 100 MB document) is left to the other runs.
test-valgrind: all
	SQLITE3="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite sqlite3" \
	  ZH_SKIP_SQL=large tests/run-sql.sh

$(BUILD)/test_internals: tests/unit/test_internals.c $(SOBJ)
	$(CC) $(CFLAGS) $(WARN) -DSQLITE_CORE -I$(BUILD)/gen -o $@ $< $(SOBJ) -lsqlite3 $(UTF8PROC_LIBS) -lm

# Mutation testing: each mutation of tools/mutate/mutations.toml applied in
# turn to a copy of the tree (build/mutate/tree), rebuilt and run through
# the suite until a suite fails; build/mutate/report.md says which suite
# killed which mutant and which survived.  Fails under 90% killed.  Too
# long for `make test` and CI.
mutate:
	$(PYTHON) tools/mutate/run.py

# ---- the main job -------------------------------------------------------------

demo: all
	$(SQLITE3) $(BUILD)/news.db < sql/demo.sql

# Every benchmark (bench/all.sh); a skip for want of data fails in CI (CI=true).
bench: all
	PYTHON=$(PYTHON) bench/all.sh

bench-quick: all
	PYTHON=$(PYTHON) bench/all.sh --quick

# ---- the entity labeller's weights ----------------------------------------------

# `make model` learns them from the evaluation data (../shared/data, or
# ZH_DATA) and writes ext/entities/model.bin, which is committed: `make`
# never needs the data.  tools/train_entities.c says how; `make model-cv`
# measures the same choice by cross-validation.
ZH_DATA      ?= ../shared/data
# The feature templates (a mask of the enum of features.c): all but the
# bias, the characters two before, the two before, the three around, the
# words' tags, the character's flags and the candidates (kind and place;
# with the characters around them), which cross-validation finds add
# nothing the others do not say.  UD GSD train is learned from besides
# People's Daily, with weights of its own (--adapt).  The mask is also
# ZH_ENT_TEMPLATES_SHIPPED in ext/entities/model.h, for which the features
# are compiled apart (a unit test checks that model.bin has it).
MODEL_FLAGS  ?= --epochs 10 --bits 16 --seed 1 --gsd train --adapt 1 --ensemble 3 --margin 2 --templates 0x15e7aee

.PHONY: model model-cv
$(BUILD)/tools/train_entities: tools/train_entities.c $(SOBJ) | $(BUILD)/tools
	$(CC) -O2 $(WARN) -DSQLITE_CORE -I$(BUILD)/gen -o $@ tools/train_entities.c $(SOBJ) -lsqlite3 $(UTF8PROC_LIBS) -lm

model: $(BUILD)/tools/train_entities
	$(BUILD)/tools/train_entities --data $(ZH_DATA) --out $(ENT_MODEL) $(MODEL_FLAGS)

# The rules alone (no model) on the same folds, then the model.
model-cv: $(BUILD)/tools/train_entities
	$(BUILD)/tools/train_entities --data $(ZH_DATA) --cv 5 $(MODEL_FLAGS) --rules 1 --epochs 0
	$(BUILD)/tools/train_entities --data $(ZH_DATA) --cv 5 $(MODEL_FLAGS)

# Builds side by side in one run (before/after tables): see
# bench/tokenizer/versus.c for its arguments.
$(BUILD)/bench/versus: bench/tokenizer/versus.c | $(BUILD)/obj
	@mkdir -p $(BUILD)/bench
	$(CC) -O2 $(WARN) -o $@ $< -lsqlite3

# ---- generated tables --------------------------------------------------------

$(BUILD)/tools/gen_t2s: tools/gen_t2s.c | $(BUILD)/tools
	$(CC) -O2 $(WARN) -o $@ $< $(ICU_FLAGS)

$(BUILD)/tools/gen_places: tools/gen_places.c | $(BUILD)/tools
	$(CC) -O2 $(WARN) -o $@ $< $(ICU_FLAGS)

tables: $(BUILD)/tools/gen_t2s $(BUILD)/tools/gen_places $(BUILD)/tools/gen_lexicons
	$(BUILD)/tools/gen_t2s ext/t2s_table.h
	$(BUILD)/tools/gen_places $(LEXICONS)/dictionary/places_cldr.txt
	tools/gen_thuocl.sh ../shared/data/dicts/thuocl $(LEXICONS)/dictionary/people_thuocl.txt $(LEXICONS)/places_thuocl.txt $(BUILD)/tools/gen_lexicons

# ---- releases ------------------------------------------------------------------

# The source tarball of the committed tree (HEAD), named by the release in
# ext/zh_version.h; a release is that commit tagged vVERSION (CHANGELOG.md).
ZH_RELEASE := $(shell sed -n 's/^\#define ZH_VERSION *"\(.*\)"/\1/p' ext/zh_version.h)

# The npm package (node/): the built zh.so, the licence and the notice in a
# tarball npm installs offline, build/sqlite-zh-VERSION.tgz.
.PHONY: node-package
node-package: $(BUILD)/zh.so
	mkdir -p node/lib
	cp $(BUILD)/zh.so node/lib/zh.so
	cp LICENSE NOTICE.md node/
	cd node && npm pack --silent --pack-destination ../$(BUILD) > /dev/null
	@echo "$(BUILD)/sqlite-zh-$(ZH_RELEASE).tgz"

.PHONY: dist
dist:
	@mkdir -p $(BUILD)
	git archive --format=tar.gz --prefix=sqlite-zh-$(ZH_RELEASE)/ \
	  -o $(BUILD)/sqlite-zh-$(ZH_RELEASE).tar.gz HEAD
	@echo "$(BUILD)/sqlite-zh-$(ZH_RELEASE).tar.gz"

# ---- housekeeping ------------------------------------------------------------

# Hand-written sources (the generated table is left as generated).
FMT_SRC := $(filter-out ext/t2s_table.h,$(wildcard ext/*.c ext/*.h ext/entities/*.[ch] tests/unit/*.c tools/*.c examples/*.c tests/fuzz/*.[ch]))

lint:
	clang-format --dry-run --Werror $(FMT_SRC)
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
	  --suppress=missingIncludeSystem -I ext -I $(BUILD)/gen ext/*.c ext/entities/*.c

format:
	clang-format -i $(FMT_SRC)

clean:
	rm -rf $(BUILD)
