#!/usr/bin/env bash
# Scores every held-out set (testdata/heldout*) and ../shared/real-pairs
# with ../shared/tools/score-pairs, two at a time, and prints each set's
# last line and the totals of the held-out sets:
#
#   scripts/score-heldout.sh              # every set
#   scripts/score-heldout.sh 'heldout7[3-9]|heldout80'   # the sets whose names match
#
# Needs ../shared (the scorer and the real pairs).
set -euo pipefail
cd "$(dirname "$0")/.."
scorer=../shared/tools/score-pairs
if [ ! -x "$scorer" ]; then
	echo "score-heldout: needs $scorer (../shared beside the module)" >&2
	exit 2
fi
pattern=${1:-.}
ls -d ../shared/real-pairs testdata/heldout*/ | sed 's#/$##' | grep -E "$pattern" |
	xargs -P2 -I{} sh -c 'echo "$(basename {}): $('"$scorer"' {} 2>&1 | tail -1)"' |
	sort -V | awk '
		{ print }
		/^heldout/ && match($0, /agree [0-9]+\/[0-9]+/) {
			split(substr($0, RSTART + 6, RLENGTH - 6), a, "/"); agree += a[1]; agreeOf += a[2]
			match($0, /detected [0-9]+\/[0-9]+/); split(substr($0, RSTART + 9, RLENGTH - 9), d, "/"); det += d[1]; detOf += d[2]
			match($0, /false conflicts [0-9]+/); fc += substr($0, RSTART + 16, RLENGTH - 16); sets++
		}
		END { if (sets) printf "held-out sets: %d, agree %d/%d, detected %d/%d, false conflicts %d\n", sets, agree, agreeOf, det, detOf, fc }'
