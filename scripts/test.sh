#!/bin/sh
# Install what is missing (apt-get), build, and run every test. The last line
# is the total: "total: N passed, N failed".
set -e
cd "$(dirname "$0")/.."
sh scripts/deps.sh
sh tests/run-all.sh
