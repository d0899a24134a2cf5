#!/usr/bin/env bash
# Checks that a change leaves every result as it was: builds factcheck at
# a base revision and from the work tree, runs both on every article pair
# (testdata/pairs, the held-out sets, ../shared/real-pairs and seeds) in
# each report format and both orders, on a long pair made of the article
# pairs repeated, on three files at once, on every bilingual file of
# testdata/formats, and on the TED corpus's line pairs as JSON lines, and
# compares the outputs byte for byte. Needs ../shared.
#
#   scripts/sameresults.sh           # the work tree against HEAD
#   scripts/sameresults.sh a57a90b   # against another revision
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD}
shared=../shared
if [ ! -d "$shared/real-pairs" ] || [ ! -d "$shared/corpora/iwslt15-ted-envi" ]; then
	echo "sameresults: needs $shared/real-pairs and $shared/corpora (see the README)" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach -q "$tmp/src" "$base"
(cd "$tmp/src" && go build -o "$tmp/base" ./examples/factcheck)
go build -o "$tmp/new" ./examples/factcheck

# A long pair: the bodies of the article pairs, twenty times over.
for side in vi en; do
	{
		echo "date 2026-05-14"
		echo
		for i in $(seq 20); do
			for f in testdata/pairs/*/"$side".txt; do grep -v '^date ' "$f"; echo; done
		done
	} >"$tmp/long.$side.txt"
done
for d in "$shared"/corpora/iwslt15-ted-envi/*/; do paste "$d/vi.txt" "$d/en.txt"; done >"$tmp/ted.tsv"

# reports BIN DIR writes every report of BIN into DIR; the exit status of
# each run goes into the file too.
reports() {
	local bin=$1 out=$2 d k f
	mkdir -p "$out"
	for d in testdata/pairs/* testdata/heldout*/* "$shared"/real-pairs/* "$shared"/seeds/*; do
		[ -f "$d/vi.txt" ] && [ -f "$d/en.txt" ] || continue
		k=$(echo "$d" | tr / _)
		for f in text json csv html; do
			"$bin" -format "$f" "$d/vi.txt" "$d/en.txt" >"$out/$k.$f" 2>&1 || echo "exit $?" >>"$out/$k.$f"
		done
		"$bin" -format json "$d/en.txt" "$d/vi.txt" >"$out/$k.rev.json" 2>&1 || echo "exit $?" >>"$out/$k.rev.json"
	done
	for f in text json csv html; do
		"$bin" -format "$f" "$tmp/long.vi.txt" "$tmp/long.en.txt" >"$out/long.$f" 2>&1 || echo "exit $?" >>"$out/long.$f"
	done
	for f in text json; do
		"$bin" -format "$f" testdata/pairs/fdi-q1/en.txt testdata/pairs/fdi-q1/vi.txt testdata/pairs/farm-exports-h1/vi.txt >"$out/three.$f" 2>&1 || echo "exit $?" >>"$out/three.$f"
	done
	for d in testdata/formats/*; do
		k=$(basename "$d")
		for f in text json; do
			"$bin" -format "$f" -lang-a vi -lang-b en "$d" >"$out/formats_$k.$f" 2>&1 || echo "exit $?" >>"$out/formats_$k.$f"
		done
	done
	"$bin" -bitext "$tmp/ted.tsv" -format jsonl -lang-a vi -lang-b en >"$out/ted.jsonl" 2>&1 || echo "exit $?" >>"$out/ted.jsonl"
}
reports "$tmp/base" "$tmp/out-base" &
reports "$tmp/new" "$tmp/out-new"
wait
n=$(ls "$tmp/out-new" | wc -l)
if diff -rq "$tmp/out-base" "$tmp/out-new" >"$tmp/changed"; then
	echo "sameresults: $n outputs byte-identical to $base's"
else
	# The files that differ and their diffs, but of a held-out set
	# (testdata/heldout*) only how many: a held-out set's reports are not
	# to be read while it is held out, not even which of its pairs moved.
	held=0
	for f in $(awk '{ print $2 }' "$tmp/changed"); do
		case "$(basename "$f")" in
		testdata_heldout*) held=$((held + 1)) ;;
		*)
			echo "differs: $(basename "$f")"
			diff "$f" "$tmp/out-new/$(basename "$f")" | head -20 || true # diff exits 1 on a difference
			;;
		esac
	done
	echo "differs: $held outputs of the held-out sets"
	echo "sameresults: the outputs differ from $base's (above: which, and the diffs of those not held out)" >&2
	exit 1
fi
