#!/usr/bin/env bash
# Mutation check: applies each planted bug of mutants.tsv alone to a scratch clone of HEAD, runs the test project
# that should catch it, and reports which bugs survive. Needs git, perl and the .NET SDK; changes nothing here.
# Usage: bash tests/mutation/run.sh [name-filter]     (about a minute per mutant on two cores)
set -uo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git clone -q "$root" "$scratch/repo"
cd "$scratch/repo"
filter=${1:-}
survivors=0
total=0
printf '%-40s %s\n' "mutant" "result"
while IFS=$'\t' read -r name file find replace project; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
  git checkout -q -- .
  # The text must stand exactly once: a mutant that does not apply says so instead of passing for caught.
  count=$(FIND="$find" perl -0ne '$n = () = /\Q$ENV{FIND}\E/g; print $n' "$file")
  if [[ "$count" != 1 ]]; then
    printf '%-40s %s\n' "$name" "NOT APPLIED (found $count times in $file)"
    continue
  fi
  FIND="$find" REPLACE="$replace" perl -0pi -e 's/\Q$ENV{FIND}\E/$ENV{REPLACE}/' "$file"
  total=$((total + 1))
  # A mutant that does not compile proves nothing about the tests: say so apart.
  if ! dotnet build "$project" -v q --nologo > "$scratch/$name.log" 2>&1; then
    printf '%-40s %s\n' "$name" "DOES NOT BUILD (rewrite it; see the build errors)"
    grep -m 3 -E "error (CS|RT)[0-9]+" "$scratch/$name.log" | sed 's/^/    /'
    continue
  fi

  if dotnet test "$project" --no-build -v q --nologo >> "$scratch/$name.log" 2>&1; then
    survivors=$((survivors + 1))
    printf '%-40s %s\n' "$name" "SURVIVED ($project passes with it)"
  else
    printf '%-40s %s\n' "$name" "caught"
  fi
done < "$root/tests/mutation/mutants.tsv"
git checkout -q -- .
echo "$survivors of $total mutants survived."
