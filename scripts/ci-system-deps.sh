#!/usr/bin/env bash
# System packages the test suite needs and npm cannot provide: Debian's Chromium for the browser
# tests and LibreOffice to render generated DOCX reports to PDF. Installed only when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core fonts-liberation >/dev/null
  else
    echo "Missing system packages: ${need[*]} (install them with apt-get)" >&2
  fi
fi
