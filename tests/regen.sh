#!/usr/bin/env bash
# Regenerate the expected output of the conformance corpus with CPython.
# For every tests/py/NAME.py it writes NAME.out (stdout), NAME.rc (exit
# status) and, when the status is not 0, NAME.err (the last line of stderr:
# the exception CPython reports). NAME.in, where present, is the program's
# standard input (otherwise it reads an empty one). Run from any directory:
#   bash tests/regen.sh [NAME ...]
# Expected files are checked in; the test suite itself never runs python3.
# Where CPython 3.11 (installed here) and 3.14 differ, the .out is edited by
# hand to 3.14's behaviour and listed in tests/py/HAND_EDITED.
set -euo pipefail
cd "$(dirname "$0")/py"
PY=${PYTHON:-python3}
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=()
  for f in *.py; do
    case "$f" in helper_*|pkg_*) continue ;; esac
    names+=("${f%.py}")
  done
fi
for n in "${names[@]}"; do
  if grep -qx "$n" HAND_EDITED 2>/dev/null; then
    echo "skip $n (hand edited)"; continue
  fi
  set +e
  input=/dev/null
  [ -f "$n.in" ] && input="$n.in"
  "$PY" "$n.py" <"$input" >"$n.out" 2>"/tmp/regen_$n.err"
  rc=$?
  set -e
  echo "$rc" >"$n.rc"
  if [ "$rc" -ne 0 ]; then
    tail -n 1 "/tmp/regen_$n.err" >"$n.err"
  else
    rm -f "$n.err"
  fi
  echo "$n: rc=$rc"
done
