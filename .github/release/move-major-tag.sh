#!/usr/bin/env bash
# Moves the major tag of a release to the release's commit on a remote, so that
# `uses: kubesync/kubesync@v0` runs the latest v0.Y.Z, as GitHub's own actions keep their major tags.
#
#   move-major-tag.sh <vX.Y.Z> [remote]      (remote defaults to origin)
#
# The release tag must exist here and on the remote at the same commit. Only refs/tags/vX is pushed,
# forced with a lease on the value it had when looked at, so nothing else moves and a concurrent move
# is not overwritten. Refused, with vX left as it is:
#   - a tag that is not vX.Y.Z: pre-releases (v1.0.0-rc.1) and anything else never move vX;
#   - moving vX backwards: vX is at a commit tagged with a newer vX.Y.Z, or at a commit that is not
#     an ancestor of the release commit (a hotfix of an older line).
# Running it again for the release vX already points at changes nothing.
set -euo pipefail

fail() {
  echo "move-major-tag: $*" >&2
  exit 1
}

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: move-major-tag.sh <vX.Y.Z> [remote]" >&2
  exit 2
fi
tag=$1
remote=${2:-origin}

release_pattern='^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
[[ $tag =~ $release_pattern ]] ||
  fail "$tag is not a release tag vX.Y.Z (pre-releases never move the major tag); nothing moved"
major="v${BASH_REMATCH[1]}"

[ "$(git rev-parse --is-shallow-repository)" = false ] ||
  fail "this clone is shallow, so ancestry cannot be checked: fetch the whole history (actions/checkout with fetch-depth: 0)"

release_commit=$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}") ||
  fail "there is no tag $tag in this repository"

# The remote's tags: the value of each ref (what the lease must name) and the commit it points at
# (annotated tags are listed twice, the second time peeled as name^{}).
remote_tags=$(git ls-remote --tags "$remote")
declare -A ref_value=() commit_of=()
while read -r sha ref; do
  [ -n "$ref" ] || continue
  name=${ref#refs/tags/}
  if [[ $name == *'^{}' ]]; then
    commit_of[${name%'^{}'}]=$sha
  else
    ref_value[$name]=$sha
    [ -n "${commit_of[$name]:-}" ] || commit_of[$name]=$sha
  fi
done <<<"$remote_tags"

remote_release=${commit_of[$tag]:-}
[ -n "$remote_release" ] || fail "$remote has no tag $tag: push the release tag first"
[ "$remote_release" = "$release_commit" ] ||
  fail "$remote has $tag at $remote_release, but here it is at $release_commit"

# newer A B: version tag A is newer than version tag B (both vX.Y.Z).
newer() {
  local IFS=.
  local -a a b
  read -r -a a <<<"${1#v}"
  read -r -a b <<<"${2#v}"
  local i
  for i in 0 1 2; do
    if ((a[i] != b[i])); then
      ((a[i] > b[i]))
      return
    fi
  done
  return 1
}

current=${commit_of[$major]:-}
if [ "$current" = "$release_commit" ]; then
  echo "$major is already at $release_commit ($tag) on $remote"
  exit 0
fi

if [ -n "$current" ]; then
  for name in "${!commit_of[@]}"; do
    # Only releases of this major count: v1.0.0 on the commit of v0.9.0 does not hold v0 back.
    if [[ $name =~ $release_pattern ]] && [ "v${BASH_REMATCH[1]}" = "$major" ] &&
      [ "${commit_of[$name]}" = "$current" ] && newer "$name" "$tag"; then
      fail "$major is at $current, released as $name, newer than $tag: not moving it backwards"
    fi
  done
  git cat-file -e "$current^{commit}" 2>/dev/null || git fetch --quiet --no-tags "$remote" "refs/tags/$major"
  git merge-base --is-ancestor "$current" "$release_commit" ||
    fail "$major is at $current, which is not an ancestor of $tag ($release_commit): not moving it backwards"
fi

# An empty expected value in the lease means the ref must not exist yet.
git push --quiet --force-with-lease="refs/tags/$major:${ref_value[$major]:-}" \
  "$remote" "$release_commit:refs/tags/$major"
git update-ref "refs/tags/$major" "$release_commit"
echo "$major now at $release_commit ($tag) on $remote${current:+, was $current}"
