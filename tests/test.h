/* A small test harness: TEST(name) { ... } registers itself; CHECK and
 * CHECK_STR record a failure with file and line and let the test go on. */
#ifndef AN_TEST_H
#define AN_TEST_H
#include <stdio.h>
#include <string.h>

typedef void (*test_fn)(void);
void test_register(const char *name, const char *file, test_fn fn);
void test_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Path of a file in ../shared (NULL if the shared data is not there). */
const char *test_shared(const char *rel, char *buf, size_t n);

#define TEST(name) \
    static void name(void); \
    __attribute__((constructor)) static void reg_##name(void) { test_register(#name, __FILE__, name); } \
    static void name(void)

#define CHECK(cond) do { if (!(cond)) test_fail(__FILE__, __LINE__, "%s", #cond); } while (0)
#define CHECK_STR(got, want) do { \
        const char *g_ = (got), *w_ = (want); \
        if (!(g_ == w_ || (g_ && w_ && !strcmp(g_, w_)))) \
            test_fail(__FILE__, __LINE__, "%s: got \"%s\", want \"%s\"", #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
    } while (0)
#define CHECK_INT(got, want) do { \
        long long g_ = (long long)(got), w_ = (long long)(want); \
        if (g_ != w_) test_fail(__FILE__, __LINE__, "%s: got %lld, want %lld", #got, g_, w_); \
    } while (0)

#endif
