#!/bin/sh
# Install the Debian packages annals needs to build and test, only those missing.
set -e
PKGS="gcc make pkg-config clang libclang-rt-14-dev python3 libgumbo-dev libsqlite3-dev libutf8proc-dev wordnet-dev wordnet-base iso-codes"
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "annals: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
