#!/usr/bin/env bash
# The stress test at full length (CI runs it for 10 s): 16 threads for LOGKIT_STRESS_SECONDS (default
# 30) doing everything at once; prints the operations, sinks and counters it reconciled.
set -euo pipefail
cd "$(dirname "$0")/.."
export LOGKIT_STRESS_SECONDS=${LOGKIT_STRESS_SECONDS:-30}
dotnet test tests/LogKit.Reliability.Tests -c Release --filter "FullyQualifiedName~Stress" --logger "console;verbosity=detailed" | grep -E "seed|operations|Passed|Failed|Error"
