#!/usr/bin/env bash
# Runs the benchmarks the README's speed table quotes and prints each
# figure as the median of COUNT runs, with the extractors' speed as a
# ratio to their floor (internal/floor), which is how the goals are set:
#
#   scripts/bench.sh        # COUNT=5
#   COUNT=10 scripts/bench.sh
#
# Run it on an idle machine: the figures move with any other load.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-5}

# median reads "name value" lines and prints each name's median value.
median() {
	sort -k1,1 -k2,2g | awk '
		$1 != name { if (name != "") print name, v[int((n+1)/2)]; name = $1; n = 0 }
		{ v[++n] = $2 }
		END { if (name != "") print name, v[int((n+1)/2)] }'
}

# field prints "benchmark value" for the value before the unit in
# go test -bench output.
field() {
	awk -v unit="$1" '
		/^pkg:/ { pkg = $2; sub(/.*\//, "", pkg) }
		/^Benchmark/ { for (i = 3; i < NF; i++) if ($(i+1) == unit) { sub(/-[0-9]+$/, "", $1); sub(/^Benchmark/, "", $1); print pkg "." $1, $i } }'
}

echo "# extraction, one core (MB/s, median of $count)"
out=$(go test -run '^$' -bench 'BenchmarkExtract$|BenchmarkFloor' -benchmem -benchtime 10x -count "$count" -cpu 1 ./numbers ./entities)
speeds=$(echo "$out" | field MB/s | median)
echo "$speeds"
echo "# ratio to the floor on the same text"
echo "$speeds" | awk '
	{ split($1, p, "/"); split(p[1], q, "."); key = q[1] " " p[2] "/" p[3]; if (q[2] == "Floor") floor[key] = $2; else ext[key] = $2 }
	END { for (k in ext) if (k in floor) printf "%s %.2f\n", k, ext[k] / floor[k] }' | sort
echo "# allocations a run"
echo "$out" | field allocs/op | median

echo "# Compare (ms a run, MB allocated, peak heap MB), median of $count"
out=$(go test -run '^$' -bench 'BenchmarkCompare$' -benchmem -benchtime 5x -count "$count" ./align)
echo "$out" | field ns/op | median | awk '{ printf "%s %.1f ms\n", $1, $2 / 1e6 }'
echo "$out" | field B/op | median | awk '{ printf "%s %.1f MB\n", $1, $2 / 1e6 }'
echo "$out" | field peak-heap-MB | median

echo "# report writers (ms a run, KB allocated, allocations), median of $count"
out=$(go test -run '^$' -bench 'BenchmarkWrite$' -benchmem -benchtime 5x -count "$count" ./align)
echo "$out" | field ns/op | median | awk '{ printf "%s %.2f ms\n", $1, $2 / 1e6 }'
echo "$out" | field B/op | median | awk '{ printf "%s %.0f KB\n", $1, $2 / 1e3 }'
echo "$out" | field allocs/op | median
