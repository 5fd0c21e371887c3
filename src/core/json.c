#include "json.h"
#include "utf8.h"
#include <stdio.h>
#include <string.h>

/* Word-at-a-time byte tests over the eight bytes of x: the high bit of each
 * byte that equals c (a zero byte of x ^ c), or that is below c (c <= 0x80).
 * Only "is any bit set" is exact: a byte above a hit may be marked too. */
static const uint64_t ONES = 0x0101010101010101ull, HIGHS = 0x8080808080808080ull;
static uint64_t bytes_below(uint64_t x, unsigned char c) { return (x - ONES * c) & ~x & HIGHS; }
static uint64_t bytes_equal(uint64_t x, unsigned char c) { return bytes_below(x ^ (ONES * c), 1); }

static uint64_t word_at(const char *s) {
    uint64_t x;
    memcpy(&x, s, 8);
    return x;
}

/* Do the eight bytes at s need no escape (no control byte, '"', '\\' or
 * DEL)? Tested a word at a time: article bodies are most of the output, and
 * a paragraph has hundreds of bytes between its quotes and line breaks. */
static int clean8(const char *s) {
    uint64_t x = word_at(s);
    return !(bytes_below(x, 0x20) | bytes_equal(x, '"') | bytes_equal(x, '\\') | bytes_equal(x, 0x7f));
}

void json_add_str(an_buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    an_buf_reserve(b, n + 2);
    an_buf_addc(b, '"');
    size_t run = 0;                    /* copy clean runs in one go */
    for (size_t i = 0; i < n; i++) {
        while (i + 8 <= n && clean8(s + i)) { i += 8; run += 8; }
        if (i == n) break;
        unsigned char c = (unsigned char)s[i];
        /* one test for the common case: every body byte passes here */
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) { run++; continue; }
        const char *esc = NULL;
        char u[7];
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20 || c == 0x7f) {
            memcpy(u, "\\u00", 4); u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
            esc = u;
        }
        if (!esc) { run++; continue; }
        an_buf_add(b, s + i - run, run);
        run = 0;
        an_buf_adds(b, esc);
    }
    an_buf_add(b, s + n - run, run);
    an_buf_addc(b, '"');
}

void json_add_strz(an_buf *b, const char *s) {
    if (!s) an_buf_adds(b, "null");
    else json_add_str(b, s, strlen(s));
}

/* ---- reader ---- */

typedef struct { const char *p; size_t n, i; char *err; size_t errlen; } rd;

static int fail(rd *r, const char *what) {
    snprintf(r->err, r->errlen, "%s at byte %zu", what, r->i);
    return -1;
}

static void ws(rd *r) {
    while (r->i < r->n && (r->p[r->i] == ' ' || r->p[r->i] == '\t' || r->p[r->i] == '\n' || r->p[r->i] == '\r')) r->i++;
}

/* Does any of the eight bytes at s end or escape a string ('"' or '\\')? */
static int quote_or_escape8(const char *s) {
    uint64_t x = word_at(s);
    return (bytes_equal(x, '"') | bytes_equal(x, '\\')) != 0;
}

static int skip_string(rd *r) {          /* at the opening quote */
    r->i++;
    while (r->i < r->n) {
        while (r->i + 8 <= r->n && !quote_or_escape8(r->p + r->i)) r->i += 8;   /* long texts: a word at a time */
        if (r->i >= r->n) break;
        char c = r->p[r->i++];
        if (c == '"') return 0;
        if (c == '\\') { if (r->i >= r->n) break; r->i++; }
    }
    return fail(r, "unterminated string");
}

static int skip_value(rd *r, int depth, json_vtype *t);

static int skip_container(rd *r, int depth, char close) {
    if (depth > 64) return fail(r, "nesting too deep");
    r->i++;
    ws(r);
    if (r->i < r->n && r->p[r->i] == close) { r->i++; return 0; }
    for (;;) {
        json_vtype t;
        if (close == '}') {
            ws(r);
            if (r->i >= r->n || r->p[r->i] != '"') return fail(r, "expected key");
            if (skip_string(r)) return -1;
            ws(r);
            if (r->i >= r->n || r->p[r->i] != ':') return fail(r, "expected ':'");
            r->i++;
        }
        ws(r);
        if (skip_value(r, depth + 1, &t)) return -1;
        ws(r);
        if (r->i >= r->n) return fail(r, "unterminated container");
        if (r->p[r->i] == ',') { r->i++; continue; }
        if (r->p[r->i] == close) { r->i++; return 0; }
        return fail(r, "expected ',' or end of container");
    }
}

static int match_word(rd *r, const char *w) {
    size_t k = strlen(w);
    if (r->n - r->i < k || memcmp(r->p + r->i, w, k)) return fail(r, "bad literal");
    r->i += k;
    return 0;
}

static int skip_value(rd *r, int depth, json_vtype *t) {
    if (r->i >= r->n) return fail(r, "expected value");
    char c = r->p[r->i];
    if (c == '"') { *t = JV_STRING; return skip_string(r); }
    if (c == '{') { *t = JV_OTHER; return skip_container(r, depth, '}'); }
    if (c == '[') { *t = JV_OTHER; return skip_container(r, depth, ']'); }
    if (c == 't') { *t = JV_BOOL; return match_word(r, "true"); }
    if (c == 'f') { *t = JV_BOOL; return match_word(r, "false"); }
    if (c == 'n') { *t = JV_NULL; return match_word(r, "null"); }
    if (c == '-' || (c >= '0' && c <= '9')) {
        *t = JV_NUMBER;
        while (r->i < r->n && strchr("+-0123456789.eE", r->p[r->i])) r->i++;
        return 0;
    }
    return fail(r, "unexpected character");
}

int json_parse_record(const char *p, size_t n, json_record *out, char *err, size_t errlen) {
    rd r = { p, n, 0, err, errlen };
    out->n = 0;
    ws(&r);
    if (r.i >= n || p[r.i] != '{') return fail(&r, "not a JSON object");
    r.i++;
    ws(&r);
    if (r.i < n && p[r.i] == '}') return 0;
    for (;;) {
        ws(&r);
        if (r.i >= n || p[r.i] != '"') return fail(&r, "expected key");
        size_t ks = r.i + 1;
        if (skip_string(&r)) return -1;
        size_t ke = r.i - 1;
        ws(&r);
        if (r.i >= n || p[r.i] != ':') return fail(&r, "expected ':'");
        r.i++;
        ws(&r);
        size_t vs = r.i;
        json_vtype t;
        if (skip_value(&r, 1, &t)) return -1;
        if (out->n < JSON_MAX_FIELDS)
            out->f[out->n++] = (json_field){ p + ks, ke - ks, t, vs, r.i };
        ws(&r);
        if (r.i >= n) return fail(&r, "unterminated object");
        if (p[r.i] == ',') { r.i++; continue; }
        if (p[r.i] == '}') { r.i++; break; }
        return fail(&r, "expected ',' or '}'");
    }
    ws(&r);
    if (r.i != n) return fail(&r, "trailing bytes after object");
    return 0;
}

const json_field *json_get(const json_record *r, const char *p, const char *key) {
    (void)p;
    size_t k = strlen(key);
    for (int i = 0; i < r->n; i++)
        if (r->f[i].key_len == k && !memcmp(r->f[i].key, key, k)) return &r->f[i];
    return NULL;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int read_u4(const char *p, size_t i, size_t end, uint32_t *v) {
    if (i + 4 > end) return -1;
    *v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[i + (size_t)k]);
        if (h < 0) return -1;
        *v = (*v << 4) | (uint32_t)h;
    }
    return 0;
}

int json_decode_string(const char *p, const json_field *f, uint64_t base, an_textmap *tm) {
    if (f->type != JV_STRING) return -1;
    size_t i = f->start + 1, end = f->end - 1, run = i;
    while (i < end) {
        if (p[i] != '\\') {                   /* to the next escape, or the end, at memchr's pace */
            const char *bs = memchr(p + i, '\\', end - i);
            i = bs ? (size_t)(bs - p) : end;
            continue;
        }
        tm_append(tm, p + run, (uint32_t)(i - run), base + run);
        size_t at = i;
        if (i + 1 >= end) return -1;
        char e = p[i + 1], out[8];
        int k = 1;
        i += 2;
        switch (e) {
        case 'n': out[0] = '\n'; break;
        case 't': out[0] = '\t'; break;
        case 'r': out[0] = '\r'; break;
        case 'b': out[0] = ' '; break;
        case 'f': out[0] = '\f'; break;
        case '/': case '\\': case '"': out[0] = e; break;
        case 'u': {
            uint32_t cp, lo;
            if (read_u4(p, i, end, &cp)) return -1;
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= end && p[i] == '\\' && p[i + 1] == 'u'
                && !read_u4(p, i + 2, end, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;   /* lone surrogate */
            if (cp == 0) cp = ' ';
            k = utf8_encode(cp, out);
            break;
        }
        default: return -1;
        }
        tm_append(tm, out, (uint32_t)k, base + at);
        run = i;
    }
    tm_append(tm, p + run, (uint32_t)(end - run), base + run);
    return 0;
}
