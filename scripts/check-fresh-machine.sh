#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the README's first command (and with --test its second) on a brand-new Debian 12: a minimal
# system made with `debootstrap --variant=minbase bookworm`, into which a clean `git clone` of this
# checkout is copied. A clone on this machine cannot show a package missing from
# scripts/install-deps.sh's lists, because whatever this machine has installed is still there;
# the chroot has only what the scripts install.
#
#   scripts/check-fresh-machine.sh [--test] [--keep]
#     --test  after scripts/run.sh, run scripts/test.sh there too (the whole suite: 15-25 min)
#     --keep  leave the chroot's folder in place (its path is printed) instead of removing it
#
# Needs root (debootstrap and chroot do) and debootstrap (scripts/install-deps.sh installs it with
# the test group). The Debian archive is the one this machine's own apt sources name, so the check
# works behind the same mirror or proxy as apt does. SB_FRESH_DIR chooses the parent folder
# (default /var/tmp). Prints each command's time; exits non-zero if either command fails or the
# first one does not print the demo's JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)

run_tests=0
keep=0
for argument in "$@"; do
  case "$argument" in
    --test) run_tests=1 ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: scripts/check-fresh-machine.sh [--test] [--keep]" >&2; exit 2 ;;
  esac
done

if [[ $(id -u) -ne 0 ]]; then
  echo "check-fresh-machine: needs root (debootstrap and chroot); run it as root or with sudo" >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null; then
  echo "check-fresh-machine: debootstrap is not installed; scripts/install-deps.sh installs it (test group)" >&2
  exit 2
fi

# The first Debian archive (not the security one) that this machine's apt sources name, in either
# format: one-line `deb URI bookworm main` or deb822 `URIs:` stanzas.
debian_mirror() {
  local files=() file
  [[ -f /etc/apt/sources.list ]] && files+=(/etc/apt/sources.list)
  for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] && files+=("$file")
  done
  ((${#files[@]})) || return 0
  awk '
    /^[[:space:]]*#/ { next }
    $1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; break } }
    tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }
  ' "${files[@]}" | grep -v -e '-security' -e 'security\.debian\.org' | grep -E '/debian/?$' | head -n 1
}
mirror=$(debian_mirror)
if [[ -z "$mirror" ]]; then
  echo "check-fresh-machine: no Debian archive found in /etc/apt/sources.list{,.d}" >&2
  exit 2
fi

parent=${SB_FRESH_DIR:-/var/tmp}
work=$(mktemp -d "$parent/scatterboard-fresh.XXXXXX")
root="$work/root"
mkdir "$root"

# Every exit path unmounts what was mounted, and the folder is removed only once nothing is mounted
# below it: removing it with /dev still bound inside would delete the host's device nodes.
cleanup() {
  local status=$?
  local mounted
  for mounted in $(findmnt -rn -o TARGET | grep -F "$root/" | sort -r); do
    umount -l "$mounted" 2>/dev/null || true
  done
  if findmnt -rn -o TARGET | grep -qF "$root/"; then
    echo "check-fresh-machine: something is still mounted under $root; not removing it" >&2
    exit "$((status ? status : 1))"
  fi
  if ((keep)); then
    echo "check-fresh-machine: kept $root"
  else
    rm -rf --one-file-system "$work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

elapsed() { local start=$1; echo "$(($(date +%s) - start)) s"; }

echo "== check-fresh-machine: debootstrap --variant=minbase bookworm from $mirror into $root"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
  tail -n 20 "$work/debootstrap.log" >&2
  exit 1
}
echo "   debootstrap: $(elapsed "$start")"

# The same archives as this machine (with its updates and security suites), its name resolution and
# any apt proxy, so apt inside reaches what apt outside does.
rm -f "$root/etc/apt/sources.list"
[[ -f /etc/apt/sources.list ]] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
for file in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [[ -f "$file" ]] && cp "$file" "$root/etc/apt/sources.list.d/"
done
apt-config dump | grep -i '::Proxy' >"$root/etc/apt/apt.conf.d/01proxy" || rm -f "$root/etc/apt/apt.conf.d/01proxy"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"

# What is committed, as a newcomer's `git clone` has it: no build folder, no uncommitted change.
git clone --quiet --no-hardlinks "$checkout" "$root/root/scatterboard"

in_chroot() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/scatterboard && $1"
}

echo "== check-fresh-machine: scripts/run.sh (headless)"
start=$(date +%s)
output="$work/run.out"
if ! in_chroot "scripts/run.sh" >"$output" 2>"$output.err"; then
  tail -n 30 "$output.err" >&2
  echo "check-fresh-machine: scripts/run.sh failed on a brand-new Debian 12" >&2
  exit 1
fi
echo "   scripts/run.sh: $(elapsed "$start")"
grep -m1 -i 'display' "$output.err" | sed 's/^/   it said: /' || true
# Headless, the program prints the demo's output: one JSON object with its shape and values.
if ! grep -q '"output_shape"' "$output" || ! grep -q '"output"' "$output"; then
  echo "check-fresh-machine: scripts/run.sh printed no demo JSON:" >&2
  head -c 2000 "$output" >&2
  exit 1
fi
echo "   it printed the demo's JSON: $(sed -n '/^{/,$p' "$output" | head -c 160 | tr -d '\n')…"

if ((run_tests)); then
  echo "== check-fresh-machine: scripts/test.sh"
  start=$(date +%s)
  in_chroot "scripts/test.sh"
  echo "   scripts/test.sh: $(elapsed "$start")"
fi
echo "== check-fresh-machine: passed on a brand-new Debian 12"
