/* Pieces of the JSON output that more than one command prints. */
#ifndef AN_RENDER_H
#define AN_RENDER_H
#include "../../include/annals.h"
#include "../core/buf.h"

/* The article as one JSON object (an_article_json's text), appended to b:
 * `annals extract` writes a document's articles into one buffer. */
void render_article_json(an_buf *b, const an_article *a);

/* The article's events as a JSON array (see docs/output.md, "events"). */
void render_events_json(an_buf *b, const an_article *a);

/* Codes one `annals code` record, a JSON object {"id", "date", "text"} in
 * line[0..len), through the whole pipeline with the record's date as the
 * article date, and appends {"id", "events": [...]} and a newline to out.
 * Returns 0; 1 when the line was written with no events because the text
 * could not be processed (err says why); -1 when nothing was written (not a
 * JSON object, or no "text" string). */
int render_code_record(const an_engine *e, const char *path, const char *line, size_t len, an_buf *out,
                       an_warn_fn warn, void *ud, char *err, size_t errlen);

#endif
