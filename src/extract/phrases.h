/* Speaker phrases found by walking tokens from a cue verb (phrases.c). */
#ifndef AN_QUOTE_PHRASES_H
#define AN_QUOTE_PHRASES_H
#include "quotes.h"

int  qnp_tok(const qtext *x, int i);                 /* may be part of a speaker phrase */
int  qnp_forward(const qtext *x, int i);             /* end of the phrase starting at i */
int  qnp_backward(const qtext *x, int j, int lo);    /* start of the phrase ending at j */
int  qnp_before(const qtext *x, int cue, int lo, int *a, int *b);
int  qnp_subject(const qtext *x, int ss, int lim, int *a, int *b);
void qattr_object(const qtext *x, int cue, qattr *at);
int  qw_adverb(const qtext *x, int i);                /* "also", "later", "flatly" */

#endif
