/* JSON: an escaping writer for our output, and a small reader for JSONL input
 * records. The reader is our own (not cJSON) because provenance needs the byte
 * offset of every decoded character of the text field, which general JSON
 * libraries do not expose. */
#ifndef AN_JSON_H
#define AN_JSON_H
#include <stddef.h>
#include <stdint.h>
#include "buf.h"
#include "textmap.h"

/* Append s (n bytes, UTF-8) as a JSON string literal with quotes. */
void json_add_str(an_buf *b, const char *s, size_t n);
/* As json_add_str for a NUL-terminated string, or `null` for NULL. */
void json_add_strz(an_buf *b, const char *s);

typedef enum { JV_NONE, JV_STRING, JV_NUMBER, JV_BOOL, JV_NULL, JV_OTHER } json_vtype;

typedef struct json_field {
    const char *key; size_t key_len;       /* raw key bytes (unescaped keys only) */
    json_vtype type;
    size_t start, end;                     /* value span in the record */
} json_field;

#define JSON_MAX_FIELDS 64

typedef struct json_record {
    json_field f[JSON_MAX_FIELDS];
    int n;
} json_record;

/* Parse one JSON object (a JSONL line). Nested values are skipped over but kept
 * as JV_OTHER spans. Returns 0, or -1 with a message in err. Never reads past n. */
int json_parse_record(const char *p, size_t n, json_record *r, char *err, size_t errlen);
/* Find a top-level field by key. */
const json_field *json_get(const json_record *r, const char *p, const char *key);
/* Decode a JV_STRING value into tm, anchoring each run to its byte offset in the
 * input (base + offset within p). Returns 0, or -1 on a malformed escape. */
int json_decode_string(const char *p, const json_field *f, uint64_t base, an_textmap *tm);

#endif
