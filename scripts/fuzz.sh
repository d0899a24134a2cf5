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

# fuzz runs one target and prints its output. Go 1.26's fuzzing
# coordinator can fail a run with a bare "context deadline exceeded" as
# -fuzztime ends, with no input written (golang/go#75804, fixed in Go
# 1.27): such a run is tried once more, and then counted as passed. Any
# other failure, and every failure that writes an input, fails.
fuzz() {
	local pkg=$1 target=$2 out try
	for try in 1 2; do
		if out=$(go test -run='^$' -fuzz="^${target}\$" -fuzztime="$time" "$pkg" 2>&1); then
			echo "$out"
			return 0
		fi
		if grep -q 'Failing input written to' <<<"$out" || ! grep -q '^    context deadline exceeded$' <<<"$out"; then
			echo "$out" >&2
			echo "FAIL $pkg $target" >&2
			return 1
		fi
		echo "$pkg $target: the fuzzing engine's deadline race (golang/go#75804), run $try" >&2
	done
	echo "$out"
}
grep -rl --include='*_test.go' '^func Fuzz' . | grep -v '^./_' | sort | while read -r file; do
	pkg=./$(dirname "${file#./}")
	for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$file"); do
		out=$(fuzz "$pkg" "$target") || exit 1
		execs=$(echo "$out" | sed -n 's/.*execs: \([0-9]*\).*/\1/p' | tail -1)
		printf '%-28s %-12s %12s execs\n' "$pkg" "$target" "${execs:-?}"
	done
done
