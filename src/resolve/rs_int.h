/* Internals of the resolve stage, shared by its files only. */
#ifndef AN_RS_INT_H
#define AN_RS_INT_H
#include "resolve.h"
#include "../core/fnv.h"
#include "../core/wordset.h"

/* ---- words ----
 * A word span over a text. The resolver only needs words, punctuation and
 * sentence starts, split its own way (words.c says how). Nothing else in
 * src/resolve looks at raw characters, except rs_norm(), which lowercases
 * one span for dictionary lookup. */
enum {
    RW_CAP = 1,        /* first character is an uppercase letter */
    RW_ALLCAP = 2,     /* two or more letters, all uppercase ("NATO", "U.S.") */
    RW_PUNCT = 4,      /* punctuation, one character (or one typographic mark) */
    RW_SENT = 8,       /* first word of a sentence or of a quotation */
    RW_DIGIT = 16,     /* starts with a digit */
    RW_POSS = 32,      /* the possessive 's / ’s split off the word before */
    RW_LOWER = 64,     /* first character is a lowercase letter */
    RW_GLUED = 128,    /* no space before this span (hyphen parts, "'s") */
    RW_PARA = 256      /* first word after a line break */
};
typedef struct rs_word { uint32_t start, end; uint16_t flags; } rs_word;

/* Split text into words; returns the count, the array in arena. */
int rs_words(const char *text, uint32_t len, an_arena *arena, rs_word **out);
/* The same words, taking the analysis's plain tokens of the text (in order;
 * NULL and 0 when there is no analysis) without reading their bytes again. */
struct an_token;
int rs_words_from(const char *text, uint32_t len, const struct an_token *tok, uint32_t ntok, an_arena *arena, rs_word **out);
/* Lowercased form of a word (ASCII folding, curly apostrophes as '), into buf;
 * returns its length (cut to n - 1). */
size_t rs_norm(const char *text, const rs_word *w, char *buf, size_t n);

/* Every word of an article normalised once (rs_norm's form, uncut) with the
 * FNV-1a state of its bytes: phrase lookups copy and extend these instead of
 * normalising and hashing each word again for every phrase that starts at or
 * before it. */
typedef struct rs_normed {
    char *text;                   /* the forms, each followed by a NUL */
    uint32_t *off, *len;          /* per word: its form in text */
    uint32_t *fnv;                /* per word: the FNV-1a state after its form */
} rs_normed;
void rs_norm_words(const char *text, const rs_word *w, int nw, an_arena *arena, rs_normed *out);

/* ---- word lists (lists.c) ----
 * The classes of the small fixed lists the resolver tests words against. */
enum {
    RL_NOT_NAME        = 1u << 0,   /* capitalised, yet no name: "The", "Monday" */
    RL_ORG             = 1u << 1,   /* makes a capitalised run an organisation or a place */
    RL_PARTICLE        = 1u << 2,   /* "von", "bin" */
    RL_PLACE_PREFIX    = 1u << 3,   /* "New", "North" */
    RL_PAST            = 1u << 4,   /* "former", "ousted" */
    RL_APPOSITIVE      = 1u << 5,   /* opens a description after "NAME," */
    RL_APPOSITIVE_LINK = 1u << 6,   /* "of", "at" after a title */
    RL_PERSONAL_TITLE  = 1u << 7,   /* "Mr.", "Dr." */
    RL_SPEECH          = 1u << 8,   /* "said", "told" */
    RL_INSTITUTION     = 1u << 9,   /* "government", "company" */
    RL_PLACE_PREP      = 1u << 10,  /* "in", "near" */
    RL_FUNCTION        = 1u << 11,  /* lower case in headlines: "of", "the" */
    RL_FROM_TO         = 1u << 12,  /* "from", "towards" */
};
/* Every list in one word set (built with the dictionary). */
an_wordset *rs_lists_new(void);

/* ---- dictionary ---- */
typedef enum { RK_COUNTRY = 1, RK_ORG, RK_PERSON } rs_kind;
/* What a phrase says about its entity. */
typedef enum { RV_NAME = 1, RV_ADJ, RV_CAPITAL, RV_METONYM, RV_AGENT, RV_PLACE } rs_vtype;

typedef struct rs_role {
    int32_t from, until;          /* YYYYMMDD, inclusive; 0 / 99999999 when open */
    const char *code, *role;
} rs_role;

typedef struct rs_entity {
    const char *name, *code, *country;   /* code: fixed code of a country or org */
    int32_t role0, nroles;               /* people: their roles in rs_dict.roles */
    uint8_t kind, imported;
} rs_entity;

/* A city from the gazetteer (libgeonames); RV_PLACE values point here. */
typedef struct rs_city {
    const char *name, *country;   /* country: ISO alpha-3 or NULL */
    double lat, lon;
    uint32_t population;
} rs_city;

typedef struct rs_val {
    int32_t ent;                  /* -1 for agents; a city for RV_PLACE */
    int32_t next;                 /* next value of the same phrase, -1 at the end */
    uint8_t type, cs;             /* rs_vtype; cs: case-sensitive (match as written) */
    uint8_t plural;               /* agents: a plural or group word ("troops") */
    uint32_t capmask;             /* words capitalised in the dictionary must be in the text */
    char sector[4];               /* metonyms and agents */
    uint8_t peer;                 /* RS_PEER_*: read from a TABARI or PETRARCH file */
    const char *written;          /* the phrase as written, for cs */
    const char *peer_code;        /* peer agents: the code with its `~` ("~GOVPRS", "NGO~") */
} rs_val;

enum {
    RS_PEER = 1,                  /* the value came from an imported file */
    RS_PEER_STEM = 2              /* its last word was written without `_`: a stem (TABARI 5.2.2) */
};

enum { RS_SLOT_PREFIX = 1, RS_SLOT_FIRSTNAME = 2, RS_SLOT_CODE = 4 };
typedef struct rs_slot {
    const char *key;              /* normalised words joined by ' '; NULL: empty */
    uint32_t hash;
    int32_t val;                  /* first rs_val, -1: only a prefix */
    int32_t code_ent;             /* RS_SLOT_CODE: the country with this code */
    uint8_t flags;
} rs_slot;

struct rs_dict {
    an_arena arena;               /* strings and phrase keys */
    an_arena scratch;             /* one phrase's words while it is added (reset each time) */
    rs_entity *ents; int nents, capents;
    rs_role *roles; int nroles, caproles;
    rs_val *vals; int nvals, capvals;
    rs_slot *slots; uint32_t mask, used;   /* open addressing, linear probing */
    uint16_t *tags;               /* per slot: tag_of(hash), 0 if empty (dict.c) */
    uint64_t *filter;             /* a bit per hashed key: clear means absent (dict.c) */
    int agents, imported;
    rs_city *cities; int ncities, capcities;
    uint8_t loading_peer;         /* while importing: RS_PEER_* for the phrases being added */
    const char *loading_code;     /* while importing agents: their code */
    int peer_mode;                /* resolve with the imported values only (see peer_actors.c) */
    an_wordset *lists;            /* the RL_* word lists */
};

#define RS_FILTER_LOG2 18         /* the filter's size: 2^18 bits, 32 KB */
#define RS_FILTER_BITS (1u << RS_FILTER_LOG2)
#define RS_MAX_PHRASE 24          /* words in the longest phrase we match */

/* Find the slot of a key (NULL if absent). */
const rs_slot *rs_lookup(const rs_dict *d, const char *key, size_t n);
/* The same with the key's FNV-1a state already computed (see rs_normed). */
const rs_slot *rs_lookup_fnv(const rs_dict *d, const char *key, size_t n, uint32_t fnv);
/* Add a phrase for an entity (or an agent when ent < 0). Returns 0 or -1. */
int rs_add_phrase(rs_dict *d, const char *phrase, int32_t ent, rs_vtype type, const char *sector,
                  int cs, int plural);
int rs_set_code(rs_dict *d, int32_t ent, const char *code);
int rs_set_code2(rs_dict *d, int32_t ent, const char *code2);
int32_t rs_new_entity(rs_dict *d, rs_kind kind, const char *name, const char *code);
int rs_add_role(rs_dict *d, int32_t ent, const char *code, int32_t from, int32_t until, const char *role);
/* Country entity with this ISO alpha-3 code, or -1. */
int32_t rs_country(const rs_dict *d, const char *code3);
/* Country names from Debian's iso-codes (ISO 3166-1), added to ours; a missing
 * file is not an error. Returns 0 or -1. */
#define RS_ISO_3166_PATH "/usr/share/iso-codes/json/iso_3166-1.json"
int rs_load_iso_codes(rs_dict *d, const char *path);
/* ISO alpha-2 to the country entity (from iso-codes), or -1. */
int32_t rs_country2(const rs_dict *d, const char *code2);
/* Cities of libgeonames as places, when annals is built with it; 0 or -1. */
int rs_load_cities(rs_dict *d);
#ifdef HAVE_GEONAMES
#include <geonames.h>
/* A libgeonames city's fields, read from its serialised bytes (pointers into
 * the city); 0 when it does not have the expected layout. */
typedef struct rs_city_fields {
    const char *name, *country_code;
    double lat, lon;
    uint32_t population;
} rs_city_fields;
int rs_city_read(GeonamesCity *c, rs_city_fields *f);
#endif
/* A plural for an agent word ("envoy" -> "envoys", "spokesman" -> "spokesmen"). */
void rs_plural(const char *s, char *out, size_t n);
/* "YYYY", "YYYY-MM", "YYYY-MM-DD" to YYYYMMDD; the first or last day when cut
 * short (end != 0). Returns -1 if malformed. */
int32_t rs_date(const char *s, size_t n, int end);

#endif
