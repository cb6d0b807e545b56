#!/usr/bin/env bash
# Start-to-unlock-dialog budget (< 0.5 s, Release): starts the real GUI 10 times on a demo vault
# with CD_STARTUP_PROBE=1, which prints the time from main() to the unlock dialog's first paint,
# and times the whole process start with `date` around it as well.
set -euo pipefail
gui=$1
cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'bench passphrase 1\n' | "$cli" demo "$work/vault" --kdf minimal --passphrase-stdin >/dev/null
platform=${QT_QPA_PLATFORM:-offscreen}
echo "startup: platform $platform, 10 runs"
for i in $(seq 10); do
    start=$(date +%s%N)
    inner=$(CD_STARTUP_PROBE=1 QT_QPA_PLATFORM=$platform XDG_CONFIG_HOME="$work/config" "$gui" --vault "$work/vault" 2>/dev/null \
        | awk '/startup_to_unlock_dialog_ms/ {print $2}')
    end=$(date +%s%N)
    echo "run $i: main() to first paint ${inner} ms; exec to exit $(( (end - start) / 1000000 )) ms"
done
