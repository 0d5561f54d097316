#!/bin/sh
# Installs the Debian packages the browser and PDF tests need (chromium, CJK fonts, poppler-utils for
# reading the PDF's pages) when missing; `duikou report --pdf` needs chromium and the fonts.
# Also Java (default-jre-headless) for the Spark engine of `duikou records ingest --engine spark`
# and its test (tests/test_records_spark.py), i.e. apt-get install -y default-jre-headless, and
# LibreOffice (libreoffice-calc-nogui) for the templates' round trip.
# CI machines start bare, so `make test` calls this. Without root or apt it explains and
# carries on; the browser test then fails with a clear message when DUIKOU_REQUIRE_BROWSER=1.
set -u
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
command -v pdftoppm >/dev/null 2>&1 || need="$need poppler-utils"
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
# LibreOffice for the templates' round-trip test (tests/test_templates.py: filled templates saved by
# LibreOffice as .ods and .xlsx ingest the same); the calc component without a GUI
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-calc-nogui"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "duikou: cannot install$need (needs root and apt-get); the browser and Spark tests will not run." >&2
    exit 0
fi
echo "duikou: installing Debian packages:$need"
export DEBIAN_FRONTEND=noninteractive
# slim Debian images lack this folder and the JRE's post-install script fails without it
mkdir -p /usr/share/man/man1
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $need >/dev/null \
    || echo "duikou: apt-get install$need failed; the browser and Spark tests will not run." >&2
exit 0
