#!/usr/bin/env bash
# Checks that a pushed tag may be released: it is vX.Y.Z and package.json's version is X.Y.Z.
# (src/model/version.ts follows package.json; a unit test keeps them in step.)
#
#   check-version.sh <vX.Y.Z> [package.json]
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: check-version.sh <vX.Y.Z> [package.json]" >&2
  exit 2
fi
tag=$1
manifest=${2:-package.json}

[[ $tag =~ ^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] || {
  echo "check-version: $tag is not a release tag vX.Y.Z" >&2
  exit 1
}
version=$(node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).version))' "$manifest")
[ "v$version" = "$tag" ] || {
  echo "check-version: $manifest says version $version, the tag is $tag: set the version, commit, and tag that commit" >&2
  exit 1
}
echo "$tag is package.json's version"
