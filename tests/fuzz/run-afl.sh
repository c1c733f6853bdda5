#!/usr/bin/env bash
# Long fuzzing run of one LogKit parser with AFL++ and SharpFuzz (the test suite runs a short
# CsCheck-driven equivalent: tests/LogKit.Reliability.Tests/Fuzzing).
#
#   tests/fuzz/run-afl.sh TARGET [SECONDS]     TARGET: filesize | duration | clef | config (default 600 s)
#
# Installs afl++ (apt) and the SharpFuzz instrumentation tool (a dotnet tool) when missing, publishes
# the harness, instruments LogKit.dll (and LogKit.Extensions.Logging.dll) in the published copy only,
# and runs afl-fuzz. Crashing inputs land in artifacts/fuzz/TARGET/default/crashes: each one becomes a
# regression test beside the CsCheck fuzz tests. Exits 1 when a crash was found.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: tests/fuzz/run-afl.sh filesize|duration|clef|config [seconds]}
seconds=${2:-600}
out=artifacts/fuzz/$target
publish=artifacts/fuzz/harness
tools=artifacts/fuzz/tools

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0
fi

rm -rf "$publish"   # instrument a fresh copy: sharpfuzz refuses an assembly it already instrumented
dotnet publish tests/fuzz/LogKit.Fuzz.csproj -c Release -o "$publish" >/dev/null
"$tools/sharpfuzz" "$publish/LogKit.dll"
"$tools/sharpfuzz" "$publish/LogKit.Extensions.Logging.dll"

rm -rf "$out"
mkdir -p "$out"
# SharpFuzz's instrumentation is not the compiler's, so afl-fuzz's binary check is skipped.
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  afl-fuzz -i "tests/fuzz/corpus/$target" -o "$out" -t 10000 -m none -V "$seconds" -- dotnet "$publish/LogKit.Fuzz.dll" "$target" \
  > "$out/afl.log" 2>&1 || true

grep -E "execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs" "$out/default/fuzzer_stats"
crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
if [ "$crashes" -gt 0 ]; then
  echo "$crashes crashing input(s) in $out/default/crashes" >&2
  exit 1
fi
