#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages, for the workbench's browser
# tests (they skip when /usr/bin/chromium is absent). Safe to run again: apt-get skips what is there.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromedriver already installed: $(/usr/bin/chromium --version)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver > /dev/null
echo "installed: $(/usr/bin/chromium --version); $(/usr/bin/chromedriver --version)"
