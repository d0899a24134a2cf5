#!/usr/bin/env bash
# Runs every fuzz target of the module for a while and prints, per target,
# the executions reached. CI runs it short; a long run finds more:
#
#   scripts/fuzz.sh 3s        # each target 3 seconds (CI)
#   scripts/fuzz.sh 30m       # each target half an hour
#
# A failure stops the run with the target's output; its input is then in
# testdata/fuzz/TARGET of the package, to commit as a seed with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-10s}
grep -rl --include='*_test.go' '^func Fuzz' . | grep -v '^./_' | sort | while read -r file; do
	pkg=./$(dirname "${file#./}")
	for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
		if ! out=$(go test -run='^$' -fuzz="^${target}\$" -fuzztime="$time" "$pkg" 2>&1); then
			echo "$out"
			echo "FAIL $pkg $target"
			exit 1
		fi
		execs=$(echo "$out" | sed -n 's/.*execs: \([0-9]*\).*/\1/p' | tail -1)
		printf '%-28s %-12s %12s execs\n' "$pkg" "$target" "${execs:-?}"
	done
done
