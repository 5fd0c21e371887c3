/* Core helpers: offsets survive every transformation of the text. */
#include "../test.h"
#include "../../src/core/load.h"
#include "../../src/core/arena.h"
#include "../../src/core/bigmem.h"
#include "../../src/core/buf.h"
#include "../../src/core/date.h"
#include "../../src/core/entries.h"
#include "../../src/core/json.h"
#include "../../src/core/textmap.h"
#include "../../src/core/utf8.h"
#include "../../src/core/wordset.h"
#include "../../src/core/ascii.h"
#include <stdint.h>
#include <stdlib.h>

TEST(textmap_maps_runs_and_synthetic_text) {
    an_textmap t;
    tm_init(&t);
    tm_append(&t, "Hello", 5, 100);
    tm_append_synthetic(&t, "\n\n", 2);
    tm_append(&t, "world", 5, 200);
    CHECK_STR(t.p, "Hello\n\nworld");
    CHECK_INT(tm_map(&t, 0), 100);
    CHECK_INT(tm_map(&t, 4), 104);
    CHECK_INT(tm_map(&t, 5), 105);          /* synthetic: just after the previous run */
    CHECK_INT(tm_map(&t, 7), 200);
    CHECK_INT(tm_map(&t, 11), 204);
    an_textmap u;
    tm_init(&u);
    tm_append_range(&u, &t, 3, 9);          /* "lo\n\nwo" */
    CHECK_STR(u.p, "lo\n\nwo");
    CHECK_INT(tm_map(&u, 0), 103);
    CHECK_INT(tm_map(&u, 4), 200);
    CHECK_INT(tm_map(&u, 5), 201);
    tm_free(&t);
    tm_free(&u);
}

TEST(textmap_merges_contiguous_runs) {
    an_textmap t;
    tm_init(&t);
    tm_append(&t, "ab", 2, 10);
    tm_append(&t, "cd", 2, 12);
    CHECK_INT(t.na, 1);
    tm_append(&t, "ef", 2, 20);
    CHECK_INT(t.na, 2);
    tm_free(&t);
}

TEST(json_reader_finds_fields_and_decodes_with_offsets) {
    const char *line = "{\"id\": \"x1\", \"n\": 3, \"tags\": [1, {\"a\": 2}], \"text\": \"A\\nB \\u00e9\\\"q\\\"\"}";
    json_record r;
    char err[100];
    CHECK_INT(json_parse_record(line, strlen(line), &r, err, sizeof err), 0);
    CHECK_INT(r.n, 4);
    const json_field *f = json_get(&r, line, "text");
    CHECK(f && f->type == JV_STRING);
    CHECK(json_get(&r, line, "tags")->type == JV_OTHER);
    an_textmap t;
    tm_init(&t);
    CHECK_INT(json_decode_string(line, f, 1000, &t), 0);
    CHECK_STR(t.p, "A\nB \xC3\xA9\"q\"");
    size_t text_at = f->start + 1;
    CHECK_INT(tm_map(&t, 0), 1000 + text_at);          /* 'A' */
    CHECK_INT(tm_map(&t, 1), 1000 + text_at + 1);      /* the \n escape starts there */
    CHECK_INT(tm_map(&t, 2), 1000 + text_at + 3);      /* 'B' after the two-byte escape */
    tm_free(&t);
}

/* Strings are skipped eight bytes at a time and decoded from one escape to
 * the next: an escaped quote or backslash at any offset of a long string
 * must still be seen, and the field after it found. */
TEST(json_reader_escapes_at_every_offset) {
    for (int at = 0; at < 20; at++) {
        char line[200], want[64];
        int k = 0, w = 0;
        k += snprintf(line + k, sizeof line - (size_t)k, "{\"skip\": \"");
        for (int i = 0; i < 20; i++) {
            if (i == at) k += snprintf(line + k, sizeof line - (size_t)k, "\\\"\\\\");
            line[k++] = (char)('a' + i);
        }
        k += snprintf(line + k, sizeof line - (size_t)k, "\", \"text\": \"");
        for (int i = 0; i < 20; i++) {
            if (i == at) { k += snprintf(line + k, sizeof line - (size_t)k, "\\\"\\\\"); want[w++] = '"'; want[w++] = '\\'; }
            line[k++] = (char)('a' + i);
            want[w++] = (char)('a' + i);
        }
        want[w] = 0;
        k += snprintf(line + k, sizeof line - (size_t)k, "\", \"n\": 1}");
        json_record r;
        char err[100];
        CHECK_INT(json_parse_record(line, (size_t)k, &r, err, sizeof err), 0);
        CHECK_INT(r.n, 3);
        const json_field *f = json_get(&r, line, "text");
        CHECK(f && f->type == JV_STRING);
        if (!f) continue;
        an_textmap t;
        tm_init(&t);
        CHECK_INT(json_decode_string(line, f, 0, &t), 0);
        CHECK_STR(t.p, want);
        tm_free(&t);
    }
}

TEST(json_reader_rejects_malformed_records) {
    json_record r;
    char err[100];
    const char *bad[] = { "", "[1,2]", "{\"a\": }", "{\"a\": \"x", "{\"a\": 1} trailing", "{\"a\" 1}",
                          "{\"a\": tru}", "{\"a\": [[[[", NULL };
    for (int i = 0; bad[i]; i++) CHECK(json_parse_record(bad[i], strlen(bad[i]), &r, err, sizeof err) == -1);
}

TEST(json_writer_escapes) {
    an_buf b;
    an_buf_init(&b);
    json_add_str(&b, "a\"b\\c\n\x01", 7);
    CHECK_STR(b.p, "\"a\\\"b\\\\c\\n\\u0001\"");
    an_buf_clear(&b);
    json_add_strz(&b, NULL);
    CHECK_STR(b.p, "null");
    an_buf_free(&b);
}

/* The writer skips clean text eight bytes at a time: each byte that needs an
 * escape must be caught at every offset in a word, and bytes that look alike
 * in the word arithmetic (0x20, 0x80 and up, 0x7e) must pass unescaped. */
TEST(json_writer_escapes_at_every_offset) {
    const struct { unsigned char c; const char *esc; } cases[] = {
        { '"', "\\\"" }, { '\\', "\\\\" }, { '\n', "\\n" }, { 0x1f, "\\u001f" }, { 0x7f, "\\u007f" },
        { 0x00, "\\u0000" }, { ' ', " " }, { 0x7e, "~" }, { 0x21, "!" } };
    an_buf b, want;
    an_buf_init(&b);
    an_buf_init(&want);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        for (size_t at = 0; at < 24; at++) {
            char s[24];
            for (size_t i = 0; i < sizeof s; i++) s[i] = (char)(i % 3 ? 'a' + (char)i : 0xC3 + (char)(i & 1) * 0x6C);
            s[at] = (char)cases[k].c;
            an_buf_clear(&want);
            an_buf_addc(&want, '"');
            for (size_t i = 0; i < sizeof s; i++)
                if (i == at) an_buf_adds(&want, cases[k].esc);
                else an_buf_addc(&want, s[i]);
            an_buf_addc(&want, '"');
            an_buf_clear(&b);
            json_add_str(&b, s, sizeof s);
            CHECK(b.n == want.n && !memcmp(b.p, want.p, b.n));
        }
    an_buf_free(&b);
    an_buf_free(&want);
}

TEST(dates_in_the_forms_pages_use) {
    struct { const char *in, *want; } cases[] = {
        { " date 2025-08-06 US Secretary", "2025-08-06" },
        { "Published in Dawn, April 12th, 2025", "2025-04-12" },
        { "25 Oct, 2025 11:18 PM6 mins to read", "2025-10-25T23:18" },
        { "Updated: 3 March 2024 07:05", "2024-03-03T07:05" },
        { "2024-02-29T12:00:05Z", "2024-02-29T12:00:05+00:00" },
        { "2023-11-05T08:30:00+05:30", "2023-11-05T08:30:00+05:30" },
        { "Sept. 9, 2019", "2019-09-09" },
        { "on the 1st of May 2021", "2021-05-01" },
        { "Jan 31 2022 12:15 am", "2022-01-31T00:15" },
        { NULL, NULL } };
    for (int i = 0; cases[i].in; i++) {
        an_date d;
        char buf[40] = "";
        if (date_find(cases[i].in, strlen(cases[i].in), &d)) date_format(&d, buf, sizeof buf);
        CHECK_STR(buf, cases[i].want);
    }
}

TEST(dates_reject_what_is_not_a_date) {
    const char *no[] = { "22 minutes ago", "2025-02-30", "31 April 2024", "May 2025", "in 2022", "12345-01-01",
                         "the 3 1/2-year war", "Article 5", NULL };
    an_date d;
    for (int i = 0; no[i]; i++) CHECK(!date_find(no[i], strlen(no[i]), &d));
    CHECK(date_parse_field("20000101", &d) && d.y == 2000 && d.m == 1 && d.d == 1);
}

TEST(calendar_arithmetic) {
    CHECK_INT(day_of_week(2025, 10, 25), 5);      /* a Saturday */
    CHECK_INT(day_of_week(2024, 2, 29), 3);       /* a Thursday */
    int y = 2024, m = 12, d = 30;
    date_add_days(&y, &m, &d, 3);
    CHECK(y == 2025 && m == 1 && d == 2);
    date_add_days(&y, &m, &d, -33);
    CHECK(y == 2024 && m == 11 && d == 30);
    CHECK_INT(days_in_month(2100, 2), 28);
    CHECK_INT(days_in_month(2000, 2), 29);
}

TEST(utf8_repair_keeps_offsets) {
    char s[] = "ok \xC3\xA9 bad \xC3 \xFF end \xE2\x80";
    size_t n = strlen(s);
    size_t bad = utf8_repair(s, n);
    CHECK_INT(bad, 4);
    CHECK_INT(strlen(s), n);
    CHECK_STR(s, "ok \xC3\xA9 bad ? ? end ??");
    CHECK(looks_binary("a\0b", 3));
    CHECK(!looks_binary("plain text\n", 11));
    /* runs of ASCII are skipped eight bytes at a time: bad bytes at every
     * position around such a run are still found */
    for (int at = 0; at < 20; at++) {
        char t[32];
        memset(t, 'a', sizeof t);
        t[at] = (char)0xFF;
        CHECK_INT(utf8_repair(t, sizeof t), 1);
        CHECK(t[at] == '?');
    }
    char ctl[40];
    memset(ctl, 'x', sizeof ctl);
    for (int i = 0; i < 5; i++) ctl[i * 8] = 1;             /* 5 of 40: over a tenth */
    CHECK(looks_binary(ctl, sizeof ctl));
    ctl[0] = ctl[8] = '\t';
    CHECK(!looks_binary(ctl, sizeof ctl));                 /* tabs are text */
    ctl[39] = 0;
    CHECK(looks_binary(ctl, sizeof ctl));                  /* a NUL anywhere in the first 8 KB */
    uint32_t cp;
    CHECK_INT(utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0);   /* surrogate */
    CHECK_INT(utf8_decode((const unsigned char *)"\xC0\xAF", 2, &cp), 0);       /* overlong */
}

static int count_cb(void *ud, ent_kind kind, const char *key, const char *value, int line, char *err, size_t errlen) {
    int *n = ud;
    n[kind]++;
    if (kind == ENT_FIELD && !strcmp(key, "bad")) { snprintf(err, errlen, "bad field"); return -1; }
    return 0;
}

TEST(entry_reader_reads_names_fields_headers_and_reports_lines) {
    const char *ok = "# comment\n[GOV]\nVladimir Putin\n  alias Putin # trailing comment\n  role RUSGOV 2012.. president\n\n";
    int n[3] = { 0, 0, 0 };
    char err[200];
    CHECK_INT(entries_parse("x.txt", ok, strlen(ok), count_cb, n, err, sizeof err), 0);
    CHECK(n[ENT_NAME] == 1 && n[ENT_FIELD] == 2 && n[ENT_HEADER] == 1);
    const char *bad = "Name\n  alias A\n  bad x\n";
    CHECK_INT(entries_parse("y.txt", bad, strlen(bad), count_cb, n, err, sizeof err), -1);
    CHECK_STR(err, "y.txt:3: bad field");
    const char *unclosed = "[GOV\n";
    CHECK_INT(entries_parse("z.txt", unclosed, strlen(unclosed), count_cb, n, err, sizeof err), -1);
}

TEST(arena_aligns_and_grows) {
    an_arena a;
    an_arena_init(&a, 1024);
    char *p = an_arena_alloc(&a, 3);
    char *q = an_arena_alloc(&a, 5000);          /* larger than a chunk */
    char *r = an_arena_alloc(&a, 8);
    CHECK(((uintptr_t)p & 15) == 0 && ((uintptr_t)q & 15) == 0 && ((uintptr_t)r & 15) == 0);
    CHECK_STR(an_arena_strndup(&a, "abcdef", 3), "abc");
    an_arena_reset(&a);
    CHECK_INT(a.total, 0);
    an_arena_free(&a);
}

/* Every byte of p[0, n) is b. */
static int all_bytes(const unsigned char *p, size_t n, unsigned char b) {
    for (size_t i = 0; i < n; i++) if (p[i] != b) return 0;
    return 1;
}

/* Small blocks (malloc'd) and large ones (mapped on huge-page boundaries)
 * behave alike: zeroed, aligned, contents kept and new bytes zeroed when
 * they grow, in place inside a mapping or by moving across the threshold. */
TEST(big_blocks_are_zeroed_and_keep_their_contents_as_they_grow) {
    size_t sizes[] = { 1, 4000, (1u << 20) - 100, (1u << 20) + 1, 3u << 20 };
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        size_t n = sizes[k];
        unsigned char *p = an_big_calloc(n, 1);
        CHECK(p != NULL && ((uintptr_t)p & 15) == 0);
        CHECK(all_bytes(p, n, 0));
        memset(p, 0xAB, n);
        p = an_big_realloc(p, n + 100);                  /* in place or moved */
        CHECK(all_bytes(p, n, 0xAB) && all_bytes(p + n, 100, 0));
        p = an_big_realloc(p, 2 * n + (1u << 20));       /* past any mapping it had */
        CHECK(all_bytes(p, n, 0xAB) && all_bytes(p + n, n + (1u << 20), 0));
        CHECK(an_big_realloc(p, 1) == p);                /* never shrinks */
        an_big_free(p);
    }
    CHECK(an_big_calloc(SIZE_MAX / 2, 4) == NULL);       /* the product overflows */
    CHECK(an_big_calloc(1, SIZE_MAX - 8) == NULL);       /* the header does not fit */
    an_big_free(NULL);
    int *grown = an_big_realloc(NULL, 8 * sizeof *grown);
    CHECK(grown != NULL && grown[7] == 0);
    an_big_free(grown);
}

TEST(arena_push_grows_by_doubling) {
    an_arena a;
    an_arena_init(&a, 1024);
    int *v = NULL;
    for (size_t i = 0; i < 1000; i++) {
        v = an_arena_push(&a, v, i, sizeof *v);
        v[i] = (int)i;
    }
    int ok = 1;
    for (int i = 0; i < 1000; i++) ok &= v[i] == i;
    CHECK(ok);
    CHECK(a.total < 1000 * sizeof *v * 4);         /* linear, not quadratic */
    an_arena_free(&a);
}

TEST(arena_raw_growth_keeps_contents_and_plain_growth_zeroes) {
    an_arena a;
    an_arena_init(&a, 1024);
    int *v = an_arena_alloc_raw(&a, 4 * sizeof *v);
    for (int i = 0; i < 4; i++) v[i] = i + 1;
    v = an_arena_grow_raw(&a, v, 4, 400, sizeof *v);    /* into a chunk of its own */
    CHECK(v[0] == 1 && v[3] == 4);
    CHECK(((uintptr_t)v & 15) == 0);
    int *z = an_arena_grow(&a, v, 4, 8, sizeof *z);
    CHECK(z[3] == 4 && z[4] == 0 && z[7] == 0);
    an_arena_free(&a);
}

TEST(wordset_classes_are_case_insensitive_and_exact) {
    static const char *const a[] = { "said", "gen.", "we’re", NULL };
    static const char *const b[] = { "said", "told", NULL };
    an_wordset *ws = an_wordset_new();
    an_wordset_add(ws, a, 1);
    an_wordset_add(ws, b, 4);
    CHECK_INT(an_wordset_get(ws, "SAID", 4), 5);
    CHECK_INT(an_wordset_get(ws, "Told", 4), 4);
    CHECK_INT(an_wordset_get(ws, "Gen.", 4), 1);
    CHECK_INT(an_wordset_get(ws, "Gen", 3), 0);
    CHECK_INT(an_wordset_get(ws, "WE’RE", strlen("WE’RE")), 1);
    CHECK_INT(an_wordset_get(ws, "saidx", 4), 5);       /* the length given, not the NUL */
    CHECK_INT(an_wordset_get(ws, "", 0), 0);
    char many[64];
    for (int i = 0; i < 3000; i++) {                    /* grows past its first table */
        snprintf(many, sizeof many, "w%d", i);
        const char *one[] = { many, NULL };
        an_wordset_add(ws, one, 2);
    }
    CHECK_INT(an_wordset_get(ws, "W2999", 5), 2);
    CHECK_INT(an_wordset_get(ws, "said", 4), 5);
    an_wordset_free(ws);
    CHECK_INT(an_wordset_get(NULL, "said", 4), 0);
    /* words are folded and compared eight bytes at a time: every length up
     * to the longest, across the chunk edges, and the bytes beside A-Z and
     * a-z ('@', '[', '`', '{') and UTF-8 must not fold into each other */
    ws = an_wordset_new();
    const char *edge[] = { "a@[`{z", "\xC3\x89lys\xC3\xA9" "e", NULL };
    an_wordset_add(ws, edge, 8);
    char word[23], upper[23];
    for (int n = 1; n <= 22; n++) {
        for (int i = 0; i < n; i++) word[i] = (char)('a' + (i * 7 + n) % 26);
        word[n] = 0;
        const char *one[] = { word, NULL };
        an_wordset_add(ws, one, 16);
    }
    for (int n = 1; n <= 22; n++) {
        for (int i = 0; i < n; i++) upper[i] = (char)('A' + (i * 7 + n) % 26);
        upper[n] = 0;
        CHECK_INT(an_wordset_get(ws, upper, (size_t)n), 16);
        upper[n - 1] = upper[n - 1] == 'Z' ? 'A' : (char)(upper[n - 1] + 1);   /* last byte differs */
        CHECK_INT(an_wordset_get(ws, upper, (size_t)n), 0);
    }
    CHECK_INT(an_wordset_get(ws, "A@[`{Z", 6), 8);
    CHECK_INT(an_wordset_get(ws, "a`{@[z", 6), 0);
    CHECK_INT(an_wordset_get(ws, "A`[@{Z", 6), 0);
    CHECK_INT(an_wordset_get(ws, "\xC3\x89LYS\xC3\xA9" "E", 8), 8);
    CHECK_INT(an_wordset_get(ws, "\xC3\xA9lys\xC3\xA9" "e", 8), 0);   /* é is not É: only ASCII folds */
    CHECK_INT(an_wordset_get(ws, "a@{`{z", 6), 0);                  /* [ is not { */
    CHECK_INT(an_wordset_get(ws, "a`[`{z", 6), 0);                  /* @ is not ` */
    an_wordset_free(ws);
}

TEST(buf_addu_prints_like_llu) {
    an_buf b;
    an_buf_init(&b);
    an_buf_addu(&b, 0);
    an_buf_addc(&b, ' ');
    an_buf_addu(&b, 1234567890123ULL);
    an_buf_addc(&b, ' ');
    an_buf_addu(&b, 18446744073709551615ULL);
    CHECK_STR(b.p, "0 1234567890123 18446744073709551615");
    an_buf_free(&b);
}

TEST(buf_addi_prints_like_lld) {
    an_buf b;
    an_buf_init(&b);
    long long v[] = { 0, 7, -7, 2147483648LL, -9223372036854775807LL - 1, 9223372036854775807LL };
    char want[256] = "", one[32];
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        if (i) an_buf_addc(&b, ' ');
        an_buf_addi(&b, v[i]);
        snprintf(one, sizeof one, i ? " %lld" : "%lld", v[i]);
        strcat(want, one);
    }
    CHECK_STR(b.p, want);
    an_buf_free(&b);
}

/* The eight-byte run finder against a byte at a time: every byte value at
 * every place of a 16-byte run of letters, then random bytes. */
static size_t alnum_end_slow(const char *s, size_t i, size_t end) {
    while (i < end && an_ascii_is((unsigned char)s[i], AN_ASC_ALNUM)) i++;
    return i;
}

TEST(ascii_alnum_end_matches_a_byte_at_a_time) {
    char buf[16];
    for (int c = 0; c < 256; c++)
        for (size_t at = 0; at < sizeof buf; at++) {
            memset(buf, 'k', sizeof buf);
            buf[at] = (char)c;
            for (size_t from = 0; from <= at; from++)
                if (an_ascii_alnum_end(buf, from, sizeof buf) != alnum_end_slow(buf, from, sizeof buf)) {
                    CHECK_INT((int)an_ascii_alnum_end(buf, from, sizeof buf), (int)alnum_end_slow(buf, from, sizeof buf));
                    return;
                }
        }
    uint32_t seed = 12345;
    char r[64];
    for (int round = 0; round < 2000; round++) {
        for (size_t k = 0; k < sizeof r; k++) {
            seed = seed * 1103515245u + 12345u;
            r[k] = seed >> 24 & 1 ? "aZ09q"[seed >> 8 & 3] : (char)(seed >> 16);
        }
        size_t from = round % 8, end = sizeof r - round % 5;
        CHECK_INT((int)an_ascii_alnum_end(r, from, end), (int)alnum_end_slow(r, from, end));
    }
}

TEST(ascii_span_is_compares_a_span_with_a_lower_case_word) {
    CHECK(an_ascii_span_is("Said", 4, "said"));
    CHECK(an_ascii_span_is("SAID it", 4, "said"));           /* only the span counts */
    CHECK(!an_ascii_span_is("Saids", 5, "said"));             /* longer than the word */
    CHECK(!an_ascii_span_is("Sai", 3, "said"));               /* shorter */
    CHECK(!an_ascii_span_is("sa\0d", 4, "sa"));               /* a NUL in the span is not the word's end */
    CHECK(!an_ascii_span_is("Caf\xC3\xA9", 5, "caf\xC3\x89"));  /* ASCII folding only */
    CHECK(an_ascii_span_is("", 0, ""));
}

/* A short load is the bytes of the string, byte k at bits 8k, zero above,
 * for every length and alignment, and reads nothing past the string (the
 * ASan build checks the last part). */
TEST(core_load_short_is_the_bytes_zero_padded) {
    char buf[24];
    for (int i = 0; i < 24; i++) buf[i] = (char)(0xA0 + i * 7);
    int bad = 0;
    for (size_t off = 0; off < 8; off++)
        for (size_t n = 0; n <= 10 && off + n <= sizeof buf; n++) {
            uint64_t want = 0;
            for (size_t k = 0; k < n && k < 8; k++) want |= (uint64_t)(unsigned char)buf[off + k] << (8 * k);
            bad += an_load_short(buf + off, n) != want;
        }
    CHECK_INT(bad, 0);
    char *exact = malloc(3);                 /* a heap block of three bytes: no slack to read into */
    memcpy(exact, "abc", 3);
    CHECK(an_load_short(exact, 3) == ((uint64_t)'a' | (uint64_t)'b' << 8 | (uint64_t)'c' << 16));
    free(exact);
}
