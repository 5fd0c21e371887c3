#include "utf8.h"
#include <string.h>

int utf8_decode(const unsigned char *p, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    unsigned c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

int utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_repair(char *s, size_t n) {
    unsigned char *p = (unsigned char *)s;
    size_t i = 0, bad = 0;
    while (i < n) {
        uint64_t eight;
        if (i + 8 <= n && (memcpy(&eight, p + i, 8), !(eight & 0x8080808080808080u))) { i += 8; continue; }
        if (p[i] < 0x80) { i++; continue; }
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp);
        if (k) { i += (size_t)k; continue; }
        p[i++] = '?';
        bad++;
    }
    return bad;
}

int looks_binary(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t lim = n < 8192 ? n : 8192;
    uint16_t ctl = 0;                         /* at most 8192: 16-bit lanes, eight to a vector */
    uint8_t nul = 0;
    for (size_t i = 0; i < lim; i++) {       /* no branches: the compiler vectorises it */
        uint8_t c = p[i];
        nul |= c == 0;
        ctl += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
    }
    return nul || (lim > 0 && ctl * 10 > lim);
}
