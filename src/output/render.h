/* Pieces of the JSON output that more than one command prints. */
#ifndef AN_RENDER_H
#define AN_RENDER_H
#include "../../include/annals.h"
#include "../core/buf.h"

/* The article's events as a JSON array (see docs/output.md, "events"). */
void render_events_json(an_buf *b, const an_article *a);

#endif
