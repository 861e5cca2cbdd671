#!/usr/bin/env bash
# Installs the Lifeline onboard agent from its bundle on a Raspberry Pi (Raspberry Pi OS
# Bookworm, 64- or 32-bit) — or, with --root, into a staging directory for inspection.
#
#   sudo ./install.sh                 install, enable and start the service
#   ./install.sh --root /tmp/stage    copy the files under /tmp/stage only (no user, no systemd)
#
# It never overwrites an existing /etc/lifeline/agent.properties: an upgrade keeps the drone's
# configuration, its keys and its release journal (/var/lib/lifeline-agent).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=/
while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ -n "${2:-}" ] || { echo "install.sh: --root needs a directory" >&2; exit 2; }; root=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (expected --root DIR)" >&2; exit 2 ;;
  esac
done
for f in lifeline-agent.jar lifeline-agent.service agent.properties.example; do
  [ -f "$here/$f" ] || { echo "install.sh: $here/$f is missing: is this the unpacked bundle?" >&2; exit 2; }
done
staging=false
[ "$root" = "/" ] || staging=true
if ! $staging && [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run it as root (sudo ./install.sh), or stage with --root DIR" >&2; exit 2
fi
if ! $staging && ! command -v java >/dev/null 2>&1; then
  echo "install.sh: Java 17 is missing: sudo apt install openjdk-17-jre-headless" >&2; exit 2
fi

opt="$root/opt/lifeline"; etc="$root/etc/lifeline"; units="$root/etc/systemd/system"
mkdir -p "$opt" "$etc" "$units" "$root/var/lib/lifeline-agent"
install -m 0644 "$here/lifeline-agent.jar" "$opt/lifeline-agent.jar"
install -m 0644 "$here/lifeline-agent.service" "$units/lifeline-agent.service"
install -m 0644 "$here/INSTALL.md" "$opt/INSTALL.md" 2>/dev/null || true
if [ -f "$etc/agent.properties" ]; then
  echo "kept the existing $etc/agent.properties (the new example is $etc/agent.properties.example)"
  install -m 0644 "$here/agent.properties.example" "$etc/agent.properties.example"
else
  install -m 0640 "$here/agent.properties.example" "$etc/agent.properties"
  echo "wrote $etc/agent.properties from the example: set drone.id, fc.uri, broker.* and the key files before starting"
fi

if $staging; then
  echo "staged under $root (no user created, systemd untouched)"
  exit 0
fi
id lifeline >/dev/null 2>&1 || useradd --system --home /var/lib/lifeline-agent --groups gpio,dialout lifeline
chown -R lifeline:lifeline /var/lib/lifeline-agent
chgrp lifeline "$etc/agent.properties"
systemctl daemon-reload
systemctl enable lifeline-agent
if grep -q '^drone.id *= *d1$' "$etc/agent.properties" && grep -q 'broker.example.org' "$etc/agent.properties"; then
  echo "not started: $etc/agent.properties is still the example; edit it, then: sudo systemctl start lifeline-agent"
else
  systemctl restart lifeline-agent
  echo "started; follow it with: journalctl -u lifeline-agent -f"
fi
