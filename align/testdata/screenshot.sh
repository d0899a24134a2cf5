#!/usr/bin/env bash
# screenshot.sh writes the HTML report (Report.WriteHTML) of two versions
# of a story and takes a screenshot of the top of the page in headless
# Chromium, as an editor first sees it: the summary, the conflicts and the
# first rows of the two texts side by side.
#
# Usage, from anywhere in the module:
#
#	align/testdata/screenshot.sh VI EN OUT.png
#	align/testdata/screenshot.sh              # remakes align/testdata/report.png
#
# Without arguments it remakes align/testdata/report.png: the pair
# testdata/pairs/fdi-q1 with one conflict edited into a copy of en.txt
# ("1,032 new projects" becomes "1,302 new projects").
#
# It needs Go and Chromium (Debian: apt-get install chromium; set CHROMIUM
# to use another binary). Chromium runs with a new, empty profile and its
# network features off; the page itself loads nothing from the network.
set -euo pipefail

# abspath makes a path given on the command line absolute, before the cd.
abspath() {
	case $1 in
	/*) echo "$1" ;;
	*) echo "$PWD/$1" ;;
	esac
}

if [ $# -eq 3 ]; then
	vi=$(abspath "$1") en=$(abspath "$2") out=$(abspath "$3")
fi
cd "$(dirname "$0")/../.." # the module root
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
	vi=testdata/pairs/fdi-q1/vi.txt
	en=$tmp/en.txt
	sed 's/1,032 new projects/1,302 new projects/' testdata/pairs/fdi-q1/en.txt >"$en"
	out=align/testdata/report.png
elif [ $# -ne 3 ]; then
	echo "usage: align/testdata/screenshot.sh [VI EN OUT.png]" >&2
	exit 2
fi

# factcheck exits 1 when the report has a conflict: that is not a failure here.
go build -o "$tmp/factcheck" ./examples/factcheck
status=0
"$tmp/factcheck" -format html -o "$tmp/report.html" "$vi" "$en" || status=$?
if [ "$status" -gt 1 ]; then
	exit "$status"
fi

# Chromium resolves a relative --screenshot path against its own working
# directory, so give it an absolute one.
abs=$(abspath "$out")
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
	--disable-background-networking --disable-component-update --disable-sync
	--user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1280,1300)
"${CHROMIUM:-chromium}" "${flags[@]}" --screenshot="$abs" "file://$tmp/report.html" 2>"$tmp/chromium.log" ||
	{ cat "$tmp/chromium.log" >&2; exit 1; }
echo "wrote $out"
