# annals build. `make` builds build/annals; `make test` runs every test;
# `make deps` installs the Debian packages the build needs (only those missing).
#
#   make BUILD=build-x      build somewhere else (parallel worktrees)
#   make SAN=1              AddressSanitizer + UndefinedBehaviorSanitizer build
#   make CC=clang           the other compiler; both must stay warning-free
#   make fuzz               libFuzzer targets in fuzz/, FUZZ_SECONDS (30) each

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
SAN     ?=
# -O3 rather than -O2: some 5% faster extraction, same output
OPT     ?= -O3

PKGS    := gumbo
CFLAGS_BASE := -std=c17 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
               -Wno-unused-parameter -g $(OPT) -Iinclude \
               -DANNALS_DICT_DIR='"$(abspath dict)"' \
               $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgumbo) -lsqlite3 -lm -lpthread

# libgeonames (cities with coordinates) when installed; without it places are capitals only
ifeq ($(shell pkg-config --exists geonames 2>/dev/null && echo 1),1)
CFLAGS_BASE += -DHAVE_GEONAMES $(shell pkg-config --cflags geonames)
LIBS += $(shell pkg-config --libs geonames)
endif

ifeq ($(SAN),1)
CFLAGS_BASE += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif
ifeq ($(SAN),fuzz)
CFLAGS_BASE += -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=fuzzer,address,undefined
endif

# Link-time optimisation for the plain gcc build. The per-token helpers (word
# sets, lexicon probes, class tests) live in other files than their callers;
# inlining them across files runs 2.5-3.5% fewer instructions on the corpus
# (wall time, pinned to one core, moved by less than this machine's noise).
# Sanitizer and clang builds go without: clang's LTO needs a linker plugin
# Debian ships apart. `make LTO=` turns it off.
IS_CLANG := $(shell $(CC) --version 2>/dev/null | grep -c clang)
ifeq ($(SAN)$(IS_CLANG),0)
LTO     ?= -flto=auto
endif
ifneq ($(LTO),)
CFLAGS_BASE += $(LTO)
LDFLAGS += $(LTO)
# slim LTO objects need the linker plugin's symbol index in the archive
AR      := gcc-ar
endif

CFLAGS  ?=
ALL_CFLAGS = $(CFLAGS_BASE) $(CFLAGS)

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*/*.c)) tests/runner.c
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)
FUZZ_BIN := $(patsubst fuzz/%.c,build-fuzz/%,$(sort $(wildcard fuzz/fuzz_*.c)))

.PHONY: all deps test unit e2e asan clean install bench fuzz fuzz-build check-clang

all: $(BUILD)/annals

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libannals.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/annals: $(CLI_OBJ) $(BUILD)/libannals.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libannals.a $(LIBS)

$(BUILD)/unit-tests: $(TEST_OBJ) $(BUILD)/libannals.a
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libannals.a $(LIBS)

deps:
	@sh scripts/deps.sh

# Every test: unit tests, end-to-end tests, then the same under ASan+UBSan.
# The last line is the total: "total: N passed, N failed".
test:
	@sh tests/run-all.sh

unit: $(BUILD)/unit-tests $(BUILD)/annals
	@$(BUILD)/unit-tests

e2e: $(BUILD)/annals
	@for t in tests/e2e/test_*.py; do python3 "$$t" $(BUILD)/annals || exit 1; done

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 OPT=-O1 build-asan/unit-tests build-asan/annals

check-clang:
	@$(MAKE) --no-print-directory BUILD=build-clang CC=clang build-clang/unit-tests build-clang/annals

install: $(BUILD)/annals
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/annals
	install -m 755 $(BUILD)/annals $(DESTDIR)$(PREFIX)/bin/annals
	cp -r dict $(DESTDIR)$(PREFIX)/share/annals/

bench: $(BUILD)/annals $(BUILD)/bench-load
	@sh bench/run.sh $(BUILD)/annals

$(BUILD)/bench-load: bench/load.c $(BUILD)/libannals.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libannals.a $(LIBS)

# Build the fuzz targets with clang, then run each for FUZZ_SECONDS.
fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang SAN=fuzz OPT=-O1 fuzz-build
	@sh fuzz/run.sh

fuzz-build: $(FUZZ_BIN)

build-fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h $(BUILD)/libannals.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libannals.a $(LIBS)

clean:
	rm -rf build build-asan build-clang build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
