/* Regression tests for crashes found by fuzzing and by running the corpus:
 * each one feeds the exact input that failed through the public API. */
#include "../test.h"
#include "../../include/annals.h"
#include <stdlib.h>

static an_engine *engine(void) {
    char err[256];
    an_engine *e = an_engine_new(NULL, err, sizeof err);
    if (!e) test_fail(__FILE__, __LINE__, "engine: %s", err);
    return e;
}

/* Render every article of a text page; returns the number of articles. */
static int run_text(const char *text, an_kind kind) {
    an_engine *e = engine();
    if (!e) return -1;
    char err[256];
    an_doc *d = an_doc_process(e, "t", text, strlen(text), 0, kind, NULL, NULL, err, sizeof err);
    int n = -1;
    if (d) {
        n = an_doc_count(d);
        for (int i = 0; i < n; i++) free(an_article_json(an_doc_article(d, i)));
    }
    an_doc_free(d);
    an_engine_free(e);
    return n;
}

/* "NAME is a columnist": the role follows "is a" at once, so there is no
 * organisation between them; the length of that gap used to wrap around. */
TEST(bio_role_right_after_is_a) {
    const char *page =
        "Making games for future consoles will require more graphic artists and more money, a conference heard.\n"
        "Developers said budgets would keep growing for the next generation of machines and their games.\n"
        "Jane Doe is an editor of Develop magazine.\n";
    CHECK(run_text(page, AN_KIND_TEXT) >= 1);
}
