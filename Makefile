# annals build. `make` builds build/annals; `make test` runs every test;
# `make deps` installs the Debian packages the build needs (only those missing).
#
#   make BUILD=build-x      build somewhere else (parallel worktrees)
#   make SAN=1              AddressSanitizer + UndefinedBehaviorSanitizer build
#   make CC=clang           the other compiler; both must stay warning-free

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
SAN     ?=
OPT     ?= -O2

PKGS    := gumbo
CFLAGS_BASE := -std=c17 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
               -Wno-unused-parameter -g $(OPT) -Iinclude \
               -DANNALS_DICT_DIR='"$(abspath dict)"' \
               $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgumbo) -lsqlite3 -lm -lpthread

ifeq ($(SAN),1)
CFLAGS_BASE += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

CFLAGS  ?=
ALL_CFLAGS = $(CFLAGS_BASE) $(CFLAGS)

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*/*.c)) tests/runner.c
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

.PHONY: all deps test unit e2e asan clean install bench fuzz check-clang

all: $(BUILD)/annals

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libannals.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

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
	@sh tests/e2e/run.sh $(BUILD)/annals

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan SAN=1 OPT=-O1 build-asan/unit-tests build-asan/annals

check-clang:
	@$(MAKE) --no-print-directory BUILD=build-clang CC=clang build-clang/unit-tests build-clang/annals

install: $(BUILD)/annals
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/annals
	install -m 755 $(BUILD)/annals $(DESTDIR)$(PREFIX)/bin/annals
	cp -r dict $(DESTDIR)$(PREFIX)/share/annals/

bench: $(BUILD)/annals
	@sh bench/run.sh $(BUILD)/annals

clean:
	rm -rf build build-asan build-clang build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
