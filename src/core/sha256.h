/* SHA-256, for content hashes that must not collide by accident (the store
 * decides "already ingested" on equality of hashes alone). */
#ifndef AN_SHA256_H
#define AN_SHA256_H
#include <stddef.h>
#include <stdint.h>

void sha256(const void *data, size_t n, uint8_t out[32]);

#endif
