#!/bin/sh
# Install what is missing (apt-get), build, and run annals on the bundled sample page.
set -e
cd "$(dirname "$0")/.."
sh scripts/deps.sh
make -j"$(nproc 2>/dev/null || echo 2)" build/annals >/dev/null
build/annals extract samples/sample-page.txt
