#!/usr/bin/env bash
# The soak run: steady logging with faults injected every few seconds, resources sampled every second.
#
#   tests/soak/soak.sh [SECONDS] [EVENTS_PER_SECOND]      defaults: 600 s, 500 events/s
#
# Mounts a 4 MB tmpfs for the disk-full fault (as root; without one that fault is left out), runs
# LogKit.Soak, and leaves artifacts/soak/{report.json,samples.csv,memory.svg}. Exits 1 when a check
# fails: a sink whose counters do not reconcile, output that does not match the counts, or handles or
# threads that grow. The test suite runs the same for 60 s (SoakTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
rate=${2:-500}

tmpfs=${LOGKIT_SOAK_TMPFS:-/mnt/logkit-soak-tmpfs}
mkdir -p "$tmpfs"
if ! mountpoint -q "$tmpfs"; then
  mount -t tmpfs -o size=4m logkit-soak "$tmpfs" || tmpfs=""
fi

dotnet build tests/soak/LogKit.Soak.csproj -c Release >/dev/null
dotnet tests/soak/bin/Release/net10.0/LogKit.Soak.dll soak --seconds "$seconds" --rate "$rate" --out artifacts/soak ${tmpfs:+--tmpfs "$tmpfs"}
