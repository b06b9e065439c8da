#!/usr/bin/env bash
# Every suite of the project, in order: typecheck, lint, import graph (dependency-cruiser), unit + API tests (Vitest),
# browser journeys (Playwright).
# `npm test` runs this. A failing suite does not stop the run, so the summary is complete; the last line is always
# `N passed, N failed` and the exit status is non-zero when anything failed or a suite could not run.
#
# No `set -e`: we want to keep going after a failing suite and count it. `-u` catches typos in variable names,
# `pipefail` keeps a failing command visible through a pipe.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kc-test-all.XXXXXX")"
trap 'rm -rf "$TMP_DIR"' EXIT

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=() # one "suite: N passed, N failed" line per suite, printed at the end

# Time limits per suite, so a hung suite cannot hold CI past its 60-minute budget. --foreground keeps Ctrl-C
# working in a terminal; --kill-after ends a suite that ignores SIGTERM.
run_limited() {
  local limit="$1"
  shift
  timeout --foreground --kill-after=30s "$limit" "$@"
  local status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "!! '$*' stopped after the time limit of $limit" >&2
  fi
  return "$status"
}

record() { # record <suite> <passed> <failed>
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
  SUMMARY+=("$1: $2 passed, $3 failed")
}

section() { printf '\n==== %s ====\n' "$1"; }

# Prints "<passed> <failed>" from a suite's JSON report, or fails when the file is missing or unreadable (the
# caller then counts the suite as one failure). Vitest: numPassedTests / numFailedTests. Playwright: expected
# tests passed; unexpected (failed, timed out) and flaky ones count as failed. dependency-cruiser: each rule of
# .dependency-cruiser.cjs is one test, failed when at least one import breaks it.
read_counts() { # read_counts vitest|playwright|depcruise <file>
  [ -s "$2" ] || return 1
  node -e '
    const [kind, file] = process.argv.slice(1);
    const r = JSON.parse(require("node:fs").readFileSync(file, "utf8"));
    const brokenRules = (summary) => new Set(summary.violations.map((v) => v.rule.name)).size;
    const counts =
      kind === "vitest"
        ? [r.numPassedTests, r.numFailedTests]
        : kind === "depcruise"
          ? [r.summary.ruleSetUsed.forbidden.length - brokenRules(r.summary), brokenRules(r.summary)]
          : [r.stats.expected, r.stats.unexpected + r.stats.flaky];
    if (!counts.every(Number.isInteger)) process.exit(1);
    console.log(counts.join(" "));
  ' "$1" "$2" 2>/dev/null
}

finish() {
  section "Summary"
  printf '%s\n' "${SUMMARY[@]}"
  echo
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  [ "$TOTAL_FAILED" -eq 0 ]
  exit $?
}

# ---------------------------------------------------------------------------------------------------------------
# Prerequisites. The API tests need PostgreSQL's server binaries (initdb/pg_ctl start a throw-away cluster) and
# the browser journeys need Debian's Chromium (Playwright downloads no browser here). Install them when we may;
# otherwise stop and say how: a missing system package must never turn into a silently skipped suite.
# ---------------------------------------------------------------------------------------------------------------
have_pg_server() {
  local bindir
  bindir="$(pg_config --bindir 2>/dev/null || true)"
  if [ -n "$bindir" ] && [ -x "$bindir/initdb" ] && [ -x "$bindir/pg_ctl" ]; then return 0; fi
  for bindir in /usr/lib/postgresql/*/bin; do
    if [ -x "$bindir/initdb" ] && [ -x "$bindir/pg_ctl" ]; then return 0; fi
  done
  return 1
}

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] && echo "$CHROMIUM_PATH"
    return
  fi
  command -v chromium || true
}

section "Prerequisites"
# The project runs on Node.js 24 LTS (package.json engines; Node 20 is end of life). `.ci/run` provides it.
echo "node $(node --version)"
if [ "$(node --version | sed -E 's/^v([0-9]+).*/\1/')" -lt 24 ]; then
  echo "Node.js 24 or newer is required (found $(node --version)); .ci/run installs Node 24 on a machine without it" >&2
  record "prerequisites" 0 1
  finish
fi
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/playwright ]; then
  # Without node_modules, npx would try to download tools from the registry instead of using the pinned ones.
  echo "node_modules is missing or incomplete. Run: npm ci" >&2
  record "prerequisites" 0 1
  finish
fi

# Writer's library, whichever package brought it.
have_writer() { ls /usr/lib/libreoffice/program/libswlo.so >/dev/null 2>&1; }

missing=()
have_pg_server || missing+=(postgresql)
[ -n "$(find_chromium)" ] || missing+=(chromium)
# LibreOffice writes the .xlsx files of "another writer" that the import tests read (issue: establishments), and
# its Writer reads back the .docx reports (issue: projects).
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
have_writer || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ -n "${CHROMIUM_PATH:-}" ] && [[ " ${missing[*]} " == *" chromium "* ]]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing system packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils
  fi
  have_pg_server || {
    echo "PostgreSQL server binaries (initdb, pg_ctl) not found." >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y postgresql" >&2
    record "prerequisites" 0 1
    finish
  }
  [ -n "$(find_chromium)" ] || {
    echo "Chromium not found (looked for CHROMIUM_PATH, then 'chromium' on PATH)." >&2
    echo "Install it with: sudo apt-get update && sudo apt-get install -y chromium  (or set CHROMIUM_PATH)" >&2
    record "prerequisites" 0 1
    finish
  }
fi
{ command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; } && have_writer || {
  echo "LibreOffice Calc and Writer not found (the import and report tests convert files with them)." >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui" >&2
  record "prerequisites" 0 1
  finish
}
# The Playwright config reads CHROMIUM_PATH and falls back to /usr/bin/chromium; pass what we found.
CHROMIUM_PATH="$(find_chromium)"
export CHROMIUM_PATH
echo "PostgreSQL server binaries: found. Chromium: $CHROMIUM_PATH. LibreOffice: found."

# ---------------------------------------------------------------------------------------------------------------
# (a) Typecheck and (b) lint: one test each, passed when the tool exits 0.
# ---------------------------------------------------------------------------------------------------------------
section "Typecheck (tsc -b)"
if run_limited 10m npx tsc -b; then record "typecheck" 1 0; else record "typecheck" 0 1; fi

section "Lint (biome check .)"
if run_limited 5m npx biome check .; then record "lint" 1 0; else record "lint" 0 1; fi

# ---------------------------------------------------------------------------------------------------------------
# (c) Import graph: no cycle and layers that only look down (`npm run check:imports`, rules and their reasons in
# .dependency-cruiser.cjs). Read from the JSON report, whose exit code is 0 whatever it found; every violation is
# printed, and each broken rule counts as one failed test.
# ---------------------------------------------------------------------------------------------------------------
section "Import graph (dependency-cruiser)"
DEPCRUISE_JSON="$TMP_DIR/depcruise.json"
run_limited 5m npm run --silent check:imports -- --output-type json --output-to "$DEPCRUISE_JSON"
depcruise_status=$?
if counts="$(read_counts depcruise "$DEPCRUISE_JSON")"; then
  npx depcruise-fmt --output-type err-long "$DEPCRUISE_JSON"
  read -r passed failed <<<"$counts"
  if [ "$depcruise_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "!! dependency-cruiser exited with $depcruise_status without a broken rule; counting the suite as one failure" >&2
    failed=1
  fi
  record "import graph" "$passed" "$failed"
else
  echo "!! dependency-cruiser wrote no readable JSON report (exit $depcruise_status); counting the suite as one failure" >&2
  record "import graph" 0 1
fi

# ---------------------------------------------------------------------------------------------------------------
# (d) Vitest: the domain, web (component tests in jsdom) and server projects of vitest.config.ts, in one run.
# Counts come from the JSON report. A non-zero exit with no failed test
# (a file that does not load, an unhandled error, a failing global setup) still counts as one failure.
# ---------------------------------------------------------------------------------------------------------------
section "Unit, web component and API tests (vitest run)"
VITEST_JSON="$TMP_DIR/vitest.json"
run_limited 22m npx vitest run --reporter=default --reporter=json --outputFile="$VITEST_JSON"
vitest_status=$?
if counts="$(read_counts vitest "$VITEST_JSON")"; then
  read -r passed failed <<<"$counts"
  if [ "$vitest_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "!! vitest exited with $vitest_status without a failed test; counting the suite as one failure" >&2
    failed=1
  fi
  record "vitest" "$passed" "$failed"
else
  echo "!! vitest wrote no readable JSON report (exit $vitest_status); counting the suite as one failure" >&2
  record "vitest" 0 1
fi

# ---------------------------------------------------------------------------------------------------------------
# (e) Browser journeys. They run the production bundle serving the built SPA, so build both first; a failed build means the suite
# could not run. No spec yet counts as 0/0 (said out loud); specs that exist but run nothing count as a failure.
# ---------------------------------------------------------------------------------------------------------------
section "Browser journeys (playwright test)"
PW_CONFIG="e2e/playwright.config.ts"
PW_JSON="$TMP_DIR/pw.json"
spec_count="$(find e2e/specs -type f -regextype posix-extended -regex '.*\.(spec|test)\.[cm]?[jt]sx?' 2>/dev/null | wc -l)"
if [ ! -f "$PW_CONFIG" ]; then
  echo "!! $PW_CONFIG is missing; the browser journeys cannot run" >&2
  record "e2e" 0 1
elif ! run_limited 5m npm run build; then
  echo "!! the build (web and server bundle) failed; the browser journeys cannot run" >&2
  record "e2e" 0 1
elif [ "$spec_count" -eq 0 ]; then
  echo "No spec under e2e/specs yet: 0 browser journeys."
  record "e2e" 0 0
else
  PLAYWRIGHT_JSON_OUTPUT_NAME="$PW_JSON" run_limited 28m npx playwright test -c "$PW_CONFIG" --reporter=list,json
  pw_status=$?
  if counts="$(read_counts playwright "$PW_JSON")"; then
    read -r passed failed <<<"$counts"
    if [ $((passed + failed)) -eq 0 ]; then
      echo "!! $spec_count spec file(s) exist but no test ran; counting the suite as one failure" >&2
      failed=1
    elif [ "$pw_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
      echo "!! playwright exited with $pw_status without a failed test; counting the suite as one failure" >&2
      failed=1
    fi
    record "e2e" "$passed" "$failed"
  else
    echo "!! playwright wrote no readable JSON report (exit $pw_status); counting the suite as one failure" >&2
    record "e2e" 0 1
  fi
fi

finish
