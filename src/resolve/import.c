/* Importing other people's dictionaries at run time, so that users keep years
 * of work: TABARI and PETRARCH actor and agent files, and the ISO 3166 country
 * names of Debian's iso-codes. Nothing imported is shipped with annals.
 *
 * TABARI and PETRARCH share one line format, read here by one lenient reader:
 *   PHRASE_WORDS_  [CODE] [CODE YYMMDD-YYMMDD] [CODE >YYMMDD] [CODE <YYMMDD]  ; comment
 *   +SYNONYM_OF_THE_ENTRY_ABOVE                  (PETRARCH)
 *   \t[CODE dates]                               (codes on their own lines)
 *   AGENT_WORD {PLURAL_FORM} [~GOV]              (agents: the code starts with ~)
 *   !SET! = A, B, C                              (PETRARCH substitution sets)
 * `;` (TABARI) and `#` (PETRARCH) start comments; TABARI's <NOUN>/<ADJECTIVE>
 * blocks are word lists, not actors, and are skipped. An entry whose codes are
 * missing takes those of the entry before it, as synonyms are written. A line
 * that cannot be read is skipped: these files are large and hand-edited.
 * Limitation: TABARI's stem matching (a phrase without a trailing `_` matching
 * longer words) is not reproduced; every phrase matches whole words. */
#include "rs_int.h"
#include "../core/utf8.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *buf = malloc(cap + 1);
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) buf[n] = 0;
    *len = n;
    return buf;
}

/* ---- iso-codes ---- */

/* The string value of "key" inside [p, end), copied to out; 0 if absent. */
static int json_value(const char *p, const char *end, const char *key, char *out, size_t n) {
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\": \"", key);
    size_t pl = strlen(pat);
    for (const char *q = p; q + pl < end; q++) {
        if (memcmp(q, pat, pl)) continue;
        q += pl;
        size_t k = 0;
        while (q < end && *q != '"' && k + 1 < n) {
            if (*q == '\\' && q + 1 < end) q++;
            out[k++] = *q++;
        }
        out[k] = 0;
        return 1;
    }
    return 0;
}

/* Adds an ISO name unless it is one of the inverted forms ("Korea, Republic of"). */
static int iso_name(rs_dict *d, int32_t ent, const char *name) {
    if (!*name || strchr(name, ',') || strchr(name, '(')) return 0;
    return rs_add_phrase(d, name, ent, RV_NAME, NULL, 0, 0);
}

int rs_load_iso_codes(rs_dict *d, const char *path) {
    size_t n;
    char *buf = slurp(path, &n);
    if (!buf) return 0;                       /* iso-codes not installed: our names suffice */
    int rc = 0;
    for (char *p = strchr(buf, '{'); p && !rc; p = strchr(p + 1, '{')) {
        char *end = strchr(p, '}');
        if (!end) break;
        char a3[8], name[256], off[256], common[256];
        if (!json_value(p, end, "alpha_3", a3, sizeof a3) || strlen(a3) != 3 || !json_value(p, end, "name", name, sizeof name)) continue;
        if (!json_value(p, end, "official_name", off, sizeof off)) off[0] = 0;
        if (!json_value(p, end, "common_name", common, sizeof common)) common[0] = 0;
        int32_t ent = rs_country(d, a3);
        if (ent < 0) {
            ent = rs_new_entity(d, RK_COUNTRY, common[0] ? common : name, NULL);
            rc = ent < 0 || rs_set_code(d, ent, a3);
        }
        if (!rc) rc = iso_name(d, ent, name) || iso_name(d, ent, off) || iso_name(d, ent, common);
        char a2[8];
        if (!rc && json_value(p, end, "alpha_2", a2, sizeof a2) && strlen(a2) == 2) rc = rs_set_code2(d, ent, a2);
        p = end;
    }
    free(buf);
    return rc ? -1 : 0;
}

/* ---- TABARI / PETRARCH ---- */

#define MAX_PHRASES 256
#define MAX_CODES 16
#define MAX_SETS 16

typedef struct icode { char code[24]; int32_t from, until; } icode;

typedef struct importer {
    rs_dict *d;
    char *phrases[MAX_PHRASES]; int nphrases;
    uint8_t stem[MAX_PHRASES];    /* RS_PEER_STEM: written without a final `_` */
    icode codes[MAX_CODES], prev[MAX_CODES]; int ncodes, nprev;
    char set_name[MAX_SETS][24]; char *set_vals[MAX_SETS]; int nsets;
    int in_block;                 /* inside <NOUN> ... </NOUN> */
    int in_comment;               /* inside <!-- ... --> */
} importer;

/* YYMMDD (two-digit years up to 30 are 20xx) or YYYYMMDD to YYYYMMDD. */
static int32_t tabari_date(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)s[i])) return -1;
    long v = strtol(s, NULL, 10);
    if (n == 6) { long yy = v / 10000; return (int32_t)((yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000); }
    if (n == 8) return (int32_t)v;
    return -1;
}

/* "[RUSGOV 991231-080507]" (without brackets) into c; 0 if unusable. */
static int parse_code(const char *s, icode *c) {
    char code[24] = "", dates[40] = "";
    int used = 0;
    if (sscanf(s, "%23s%n", code, &used) < 1 || !strcmp(code, "---") || !code[0]) return 0;
    size_t k = 0;                             /* the dates, blanks removed: "< 950601", "950601 - 990815" */
    for (const char *p = s + used; *p && k + 1 < sizeof dates; p++) if (!isspace((unsigned char)*p)) dates[k++] = *p;
    dates[k] = 0;
    snprintf(c->code, sizeof c->code, "%s", code);
    c->from = 0; c->until = 99999999;
    char *dash = strchr(dates, '-');
    if (dates[0] == '>') c->from = tabari_date(dates + 1, strlen(dates + 1));
    else if (dates[0] == '<') c->until = tabari_date(dates + 1, strlen(dates + 1));
    else if (dash) { c->from = tabari_date(dates, (size_t)(dash - dates)); c->until = tabari_date(dash + 1, strlen(dash + 1)); }
    else if (dates[0]) return 0;
    return c->from >= 0 && c->until >= 0;
}

static void read_codes(importer *im, const char *s) {
    for (const char *b = strchr(s, '['); b; b = strchr(b + 1, '[')) {
        const char *e = strchr(b, ']');
        if (!e) return;
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*s", (int)(e - b - 1), b + 1);
        if (im->ncodes < MAX_CODES && parse_code(tmp, &im->codes[im->ncodes])) im->ncodes++;
    }
}

/* "VLADIMIR_V._PUTIN_" -> "VLADIMIR V. PUTIN" */
static void words_of(const char *s, char *out, size_t n) {
    size_t k = 0;
    for (; *s && k + 1 < n; s++) out[k++] = *s == '_' ? ' ' : *s;
    while (k && out[k - 1] == ' ') k--;
    out[k] = 0;
}

/* "VLADIMIR PUTIN" -> "Vladimir Putin", the name shown for an imported actor. */
static char *display_name(const char *w) {
    char *s = strdup(w);
    if (!s) return NULL;
    for (size_t i = 0; s[i]; i++) {
        int first = i == 0 || s[i - 1] == ' ' || s[i - 1] == '-' || s[i - 1] == '.';
        if (s[i] >= 'A' && s[i] <= 'Z' && !first) s[i] = (char)(s[i] + 32);
    }
    utf8_repair(s, strlen(s));
    return s;
}

static void add_phrase_text(importer *im, const char *raw) {
    char w[512];
    words_of(raw, w, sizeof w);
    size_t n = strlen(raw), k = strlen(w);
    while (n && (raw[n - 1] == ' ' || raw[n - 1] == '\t')) n--;
    if (k && w[k - 1] == '=') { w[k - 1] = 0; n = 0; }        /* "MOUSE=": the word alone, no endings */
    if (!w[0] || im->nphrases >= MAX_PHRASES) return;
    im->stem[im->nphrases] = n && raw[n - 1] != '_' ? RS_PEER_STEM : 0;
    im->phrases[im->nphrases++] = strdup(w);
}

/* Phrase with a substitution set ("!MINIST! FOR_DEFENCE") becomes one phrase per member. */
static void add_phrase(importer *im, const char *raw) {
    for (int k = 0; k < im->nsets; k++) {
        const char *at = strstr(raw, im->set_name[k]);
        if (!at) continue;
        char vals[512];
        snprintf(vals, sizeof vals, "%s", im->set_vals[k]);
        char *save = NULL;                   /* strtok_r: no hidden state shared between engines */
        for (char *v = strtok_r(vals, ", ", &save); v; v = strtok_r(NULL, ", ", &save)) {
            char one[512];
            snprintf(one, sizeof one, "%.*s%s%s", (int)(at - raw), raw, v, at + strlen(im->set_name[k]));
            add_phrase_text(im, one);
        }
        return;
    }
    add_phrase_text(im, raw);
}

static int emit_agent(importer *im) {
    char sector[4];
    const char *code = im->codes[0].code;
    snprintf(sector, sizeof sector, "%s", code + (code[0] == '~'));     /* "~GOVPRS" and "NGO~": GOV, NGO */
    im->d->loading_code = im->codes[0].code;
    for (int i = 0; i < im->nphrases; i++) {
        im->d->loading_peer = RS_PEER | im->stem[i];
        if (rs_add_phrase(im->d, im->phrases[i], -1, RV_AGENT, sector, 0, 0)) continue;
        char pl[600], lower[512];
        snprintf(lower, sizeof lower, "%s", im->phrases[i]);
        for (char *p = lower; *p; p++) *p = (char)tolower((unsigned char)*p);
        rs_plural(lower, pl, sizeof pl);
        rs_add_phrase(im->d, pl, -1, RV_AGENT, sector, 0, 1);
        im->d->agents++;
    }
    im->d->loading_code = NULL;
    return 0;
}

/* An actor entry: a country name joins our country entity; others become
 * imported entities, with roles when any code is dated. */
static int emit_actor(importer *im) {
    rs_dict *d = im->d;
    int dated = 0;
    for (int i = 0; i < im->ncodes; i++) dated |= im->codes[i].from != 0 || im->codes[i].until != 99999999;
    int32_t ent = (!dated && im->ncodes == 1 && strlen(im->codes[0].code) == 3) ? rs_country(d, im->codes[0].code) : -1;
    if (ent < 0) {
        char *name = display_name(im->phrases[0]);
        if (!name) return -1;
        ent = rs_new_entity(d, dated ? RK_PERSON : RK_ORG, name, NULL);
        free(name);
        if (ent < 0) return -1;
        d->ents[ent].imported = 1;
        d->imported++;
        if (!dated) rs_set_code(d, ent, im->codes[0].code);
        for (int i = 0; dated && i < im->ncodes; i++)
            if (rs_add_role(d, ent, im->codes[i].code, im->codes[i].from, im->codes[i].until, NULL)) return -1;
    }
    for (int i = 0; i < im->nphrases; i++) {
        d->loading_peer = RS_PEER | im->stem[i];
        rs_add_phrase(d, im->phrases[i], ent, RV_NAME, NULL, 0, 0);
    }
    return 0;
}

static int finish_entry(importer *im) {
    int rc = 0;
    if (im->nphrases) {
        if (!im->ncodes && im->nprev) { memcpy(im->codes, im->prev, sizeof im->prev); im->ncodes = im->nprev; }
        if (im->ncodes) rc = strchr(im->codes[0].code, '~') ? emit_agent(im) : emit_actor(im);   /* "~GOV", "NGO~" */
        if (im->ncodes) { memcpy(im->prev, im->codes, sizeof im->codes); im->nprev = im->ncodes; }
    }
    for (int i = 0; i < im->nphrases; i++) free(im->phrases[i]);
    im->nphrases = im->ncodes = 0;
    return rc;
}

static void strip_comment(char *s) {
    for (char *p = s; *p; p++)
        if (*p == ';' || *p == '#') { *p = 0; break; }
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) s[--n] = 0;
}

static void read_set(importer *im, char *s) {
    char *eq = strchr(s, '=');
    if (!eq || im->nsets == MAX_SETS) return;
    char *e = eq;
    while (e > s && e[-1] == ' ') e--;
    snprintf(im->set_name[im->nsets], sizeof im->set_name[0], "%.*s", (int)(e - s), s);
    im->set_vals[im->nsets++] = strdup(eq + 1);
}

/* PETRARCH's <!-- ... --> comments, which may span lines and close on a
 * line that starts with `#`: read before `#` comments are stripped. Returns 1
 * when the line belongs to a comment. */
static int html_comment(importer *im, const char *line) {
    const char *open = strstr(line, "<!--"), *close = strstr(line, "-->");
    if (im->in_comment) { if (close) im->in_comment = 0; return 1; }
    if (!open) return 0;
    im->in_comment = !strstr(open, "-->");
    return 1;
}

static int read_line(importer *im, char *line) {
    int indented = line[0] == ' ' || line[0] == '\t';
    if (html_comment(im, line)) return 0;
    strip_comment(line);
    char *s = line;
    while (isspace((unsigned char)*s)) s++;
    if (!*s) return 0;
    if (*s == '<') {                      /* <NOUN> ... </NOUN>; "<! -- x -->" is a comment gone wrong */
        if (s[1] != '!') im->in_block = s[1] != '/';
        return 0;
    }
    if (im->in_block) return 0;
    if (*s == '!' && strchr(s, '=')) { read_set(im, s); return 0; }
    if (*s == '[' && (indented || im->nphrases)) { read_codes(im, s); return 0; }
    if (*s == '+') { add_phrase(im, s + 1); read_codes(im, s); return 0; }
    if (finish_entry(im)) return -1;
    char *stop = strpbrk(s, "[{");
    char head[512];
    snprintf(head, sizeof head, "%.*s", (int)(stop ? stop - s : (long)strlen(s)), s);
    add_phrase(im, head);
    for (char *b = strchr(s, '{'); b; b = strchr(b + 1, '{')) {       /* {PLURAL} forms */
        char *e = strchr(b, '}');
        if (!e) break;
        if (e > b + 1) { char alt[512]; snprintf(alt, sizeof alt, "%.*s", (int)(e - b - 1), b + 1); add_phrase(im, alt); }
    }
    read_codes(im, s);
    return 0;
}

int rs_dict_import(rs_dict *d, rs_import_kind kind, const char *path, char *err, size_t errlen) {
    (void)kind;                 /* one reader serves both formats; see the top of this file */
    size_t n;
    char *buf = slurp(path, &n);
    if (!buf) { snprintf(err, errlen, "%s: cannot read", path); return -1; }
    importer *im = calloc(1, sizeof *im);
    if (!im) { free(buf); snprintf(err, errlen, "out of memory"); return -1; }
    int rc = 0;
    im->d = d;
    for (char *p = buf; p && rc == 0;) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = 0;
        rc = read_line(im, p);
        p = nl ? nl + 1 : NULL;
    }
    if (!rc) rc = finish_entry(im);
    d->loading_peer = 0;
    for (int i = 0; i < im->nsets; i++) free(im->set_vals[i]);
    free(im);
    free(buf);
    if (rc) { snprintf(err, errlen, "%s: out of memory", path); return -1; }
    /* imported organisations may name a country in their code ("USAMED") */
    for (int i = 0; i < d->nents; i++) {
        rs_entity *e = &d->ents[i];
        if (e->imported && !e->country && e->code && strlen(e->code) >= 3) {
            char c3[4] = { e->code[0], e->code[1], e->code[2], 0 };
            int32_t c = rs_country(d, c3);
            if (c >= 0) e->country = d->ents[c].code;
        }
    }
    return 0;
}

void rs_dict_peer_mode(rs_dict *d) {
    for (int i = 0; d && i < d->nvals && !d->peer_mode; i++) d->peer_mode = (d->vals[i].peer & RS_PEER) != 0;
}
