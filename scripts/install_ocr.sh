#!/usr/bin/env bash
# OCR's system packages: Tesseract with its Danish data (Debian/Ubuntu: tesseract-ocr, tesseract-ocr-dan).
# Installs them where it can (root with apt-get); elsewhere says what to install. Never fails:
# everything but reading scans works without them.
set -u
PACKAGES="tesseract-ocr tesseract-ocr-dan"
HINT="OCR (reading scanned PDFs) needs the system packages $PACKAGES: as root, apt-get install $PACKAGES (or TESSDATA_PREFIX naming a folder with dan.traineddata). Everything else works without them."

have_danish_data() {
    for dir in "${TESSDATA_PREFIX:-}" /usr/share/tesseract-ocr/*/tessdata /usr/share/tessdata /usr/local/share/tessdata; do
        [ -n "$dir" ] && [ -f "$dir/dan.traineddata" ] && return 0
    done
    return 1
}

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $PACKAGES >/dev/null 2>&1
}

apt_update() {
    # Some sandboxes refuse apt's own download user (a gpgv error); updating as root gets round it.
    apt-get update -q >/dev/null 2>&1 || apt-get -o APT::Sandbox::User=root update -q >/dev/null 2>&1
}

if have_danish_data; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "$HINT"
    exit 0
fi
echo "Installing $PACKAGES for OCR ..."
if apt_install || { apt_update && apt_install; }; then
    have_danish_data && exit 0
fi
echo "Could not install the OCR packages. $HINT"
exit 0
