#!/usr/bin/env bash
# The logkit CLI benchmark (issue 13): generates a set of CLEF files through LogKit's file sink (10 MB rolling,
# every other rolled file gzipped), then times, medians of 3 in one run:
#   logkit query --where "@l = 'Error'" --output clef   over the log (rolled files and archives, in order)
#   logkit stats                                         over the log
#   jq -c 'select(.["@l"] == "Error")'                   over the same events decompressed into one file
#   grep -c '"@l":"Error"'                               over that file (the floor)
# and prints seconds and MB/s (of decompressed CLEF) for each, as a Markdown table.
#
# usage: tests/LogKit.Benchmarks/cli-bench.sh [size in MB, default 1024] [work folder, default /tmp/logkit-cli-bench]
set -euo pipefail
cd "$(dirname "$0")/../.."

size_mb=${1:-1024}
work=${2:-/tmp/logkit-cli-bench}
command -v jq >/dev/null || { echo "needs jq (apt-get install -y jq)" >&2; exit 1; }

dotnet build src/LogKit.Cli -c Release -v q -nologo >/dev/null
dotnet build tests/LogKit.Cli.LogWriter -c Release -v q -nologo >/dev/null
logkit=(dotnet src/LogKit.Cli/bin/Release/net10.0/LogKit.Cli.dll)

if [ ! -f "$work/.complete-$size_mb" ]; then
  rm -rf "$work" && mkdir -p "$work/logs"
  # About 260 bytes per event.
  events=$((size_mb * 1024 * 1024 / 260))
  echo "generating ~${size_mb} MB ($events events)..." >&2
  dotnet tests/LogKit.Cli.LogWriter/bin/Release/net10.0/LogKit.Cli.LogWriter.dll "$work/logs/app.log" "$events" --max-size 10485760 >/dev/null
  # Every other rolled file gzipped (the newest file, still "active", stays plain).
  i=0
  for f in $(ls "$work/logs" | grep -v '^app.log$' | sort); do
    if [ $((i % 2)) -eq 0 ]; then gzip -6 "$work/logs/$f"; fi
    i=$((i + 1))
  done
  # The same events in order, decompressed into one file, for jq and grep.
  "${logkit[@]}" query "$work/logs/app.log" --output clef > "$work/all.clef"
  touch "$work/.complete-$size_mb"
fi

bytes=$(stat -c %s "$work/all.clef")
files=$(ls "$work/logs" | wc -l)
gz=$(ls "$work/logs" | grep -c '\.gz$' || true)
on_disk=$(du -cb "$work/logs"/* | tail -1 | cut -f1)
echo "data: $files files ($gz gzipped), $((on_disk / 1048576)) MB on disk, $((bytes / 1048576)) MB of CLEF, $(wc -l < "$work/all.clef") events" >&2

# Warm the page cache so every contender reads from memory.
cat "$work/logs"/* "$work/all.clef" > /dev/null

time_of() { # prints seconds for one run of "$@"; output goes to a file (GNU grep stops at the first match when it writes to /dev/null)
  local start end
  start=$(date +%s.%N)
  "$@" > "$work/out.tmp"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

declare -A result
run() { # name, command...
  local name=$1; shift
  local a b c
  a=$(time_of "$@"); b=$(time_of "$@"); c=$(time_of "$@")
  result[$name]=$(median3 "$a" "$b" "$c")
  printf '%-14s %s %s %s -> median %s s\n' "$name" "$a" "$b" "$c" "${result[$name]}" >&2
}

# Same answer first: the number of Error events.
n_logkit=$("${logkit[@]}" query "$work/logs/app.log" --where "@l = 'Error'" --output clef | wc -l)
n_jq=$(jq -c 'select(.["@l"] == "Error")' "$work/all.clef" | wc -l)
n_grep=$(grep -c '"@l":"Error"' "$work/all.clef" || true)
echo "Error events: logkit $n_logkit, jq $n_jq, grep $n_grep" >&2
[ "$n_logkit" = "$n_jq" ] || { echo "logkit and jq disagree" >&2; exit 1; }

run logkit-query "${logkit[@]}" query "$work/logs/app.log" --where "@l = 'Error'" --output clef
run logkit-stats "${logkit[@]}" stats "$work/logs/app.log"
run jq jq -c 'select(.["@l"] == "Error")' "$work/all.clef"
run grep-c grep -c '"@l":"Error"' "$work/all.clef"
rm -f "$work/out.tmp"

mbs() { echo "scale=1; $bytes / 1048576 / $1" | bc -l; }
echo
echo "| command | median of 3 (s) | MB/s of CLEF |"
echo "|---|---:|---:|"
for name in logkit-query logkit-stats jq grep-c; do
  printf '| %s | %.2f | %s |\n' "$name" "${result[$name]}" "$(mbs "${result[$name]}")"
done
printf '\nquery vs jq: %.2fx faster; stats / query: %.2fx\n' "$(echo "${result[jq]} / ${result[logkit-query]}" | bc -l)" "$(echo "${result[logkit-stats]} / ${result[logkit-query]}" | bc -l)"
