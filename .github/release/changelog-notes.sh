#!/usr/bin/env bash
# Prints the release notes of one version from a Keep a Changelog file: the body of its
# `## [X.Y.Z]` section (without the heading, the link references, or blank lines around it).
#
#   changelog-notes.sh <X.Y.Z or vX.Y.Z> [CHANGELOG.md]
#
# Exits 1 when the file has no such section or the section is empty, so a release is never made
# without its notes.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: changelog-notes.sh <version> [CHANGELOG.md]" >&2
  exit 2
fi
version=${1#v}
file=${2:-CHANGELOG.md}
[ -f "$file" ] || {
  echo "changelog-notes: no $file" >&2
  exit 1
}

notes=$(awk -v heading="## [$version]" '
  /^## / {
    if (inside) exit
    # "## [0.1.0]" or "## [0.1.0] - 2026-01-31", never "## [0.1.0-rc.1]".
    rest = substr($0, length(heading) + 1)
    inside = index($0, heading) == 1 && (rest == "" || rest ~ /^[ \t]/)
    next
  }
  inside && /^\[[^]]+\]: / { next }
  inside { print }
' "$file")

# Trim the blank lines around the body; $(...) already dropped the trailing ones.
notes=$(printf '%s\n' "$notes" | sed '/./,$!d')
if [ -z "$notes" ]; then
  echo "changelog-notes: $file has no notes for $version (a '## [$version] - <date>' section)" >&2
  exit 1
fi
printf '%s\n' "$notes"
