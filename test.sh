#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then dotnet test.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dotnet.microsoft.com/download)" >&2
  exit 2
fi

# Browser tests drive Debian's Chromium through Playwright; install it when it is missing.
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

dotnet restore CnappAi.sln
dotnet build CnappAi.sln --no-restore -c Release
dotnet test CnappAi.sln --no-build -c Release --logger "console;verbosity=minimal" "$@"
