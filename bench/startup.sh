#!/usr/bin/env bash
# Startup benchmark for Virkaprofiili on Payara Micro. This is a benchmark, not a test.
#
# It measures, for N runs (interleaved, so drift of the machine hits all three equally):
#   baseline  bare Payara Micro with a trivial WAR (just index.html): launch -> first 200 on GET /
#   cold      the app on a fresh, empty working dir (H2 created, migrations run):
#             launch -> first 200 {"status":"UP"} on GET /health/ready
#   warm      the app again on the same working dir (database already there)
# and the resident memory (VmRSS from /proc/<pid>/status) right after ready and after an idle pause.
# Speed and memory are reported as min/median/max and as the ratio app/baseline of the medians.
#
# Usage: bench/startup.sh [RUNS]
# Env:   BENCH_RUNS (3)      runs, also the first argument
#        BENCH_PORT (18180)  first port to try; the first free one in PORT..PORT+19 is used
#        BENCH_IDLE (10)     seconds to wait before the second RSS reading
#        BENCH_TIMEOUT (300) seconds to wait for ready before giving up
#        BENCH_JAVA_OPTS     extra JVM options for every launch (e.g. -Xmx768m), empty by default
#        BENCH_KEEP=1        keep the temp dir (logs, data dirs) instead of deleting it
# Needs only bash, a JDK (java, jar) and a built project: ./mvnw -q -B install -DskipTests
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAR_SRC=$ROOT/web/target/virkaprofiili.war
MICRO_SRC=$ROOT/web/target/payara/payara-micro.jar

RUNS=${1:-${BENCH_RUNS:-3}}
PORT_BASE=${BENCH_PORT:-18180}
IDLE=${BENCH_IDLE:-10}
TIMEOUT=${BENCH_TIMEOUT:-300}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

die() { echo "startup.sh: $*" >&2; exit 1; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
[[ -f $WAR_SRC ]] || die "missing $WAR_SRC - build first: ./mvnw -q -B install -DskipTests"
[[ -f $MICRO_SRC ]] || die "missing $MICRO_SRC - build first: ./mvnw -q -B install -DskipTests"
command -v java >/dev/null || die "java not on PATH"
command -v jar >/dev/null || die "jar (from the JDK) not on PATH"
[[ -r /proc/self/status ]] || die "needs /proc (Linux) to read VmRSS"

# The app must use its embedded default database, whatever the caller's environment says.
unset VIRKAPROFIILI_DB_URL VIRKAPROFIILI_DB_USER VIRKAPROFIILI_DB_PASSWORD

BASE=$(mktemp -d "${TMPDIR:-/tmp}/virkaprofiili-bench.XXXXXX")
PID=""

stop_java() {
  # Stop the one process we started: SIGTERM (Payara shuts down, H2 closes), SIGKILL after 30 s.
  local pid=$PID
  [[ -n $pid ]] || return 0
  PID=""
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "startup.sh: pid $pid ignored SIGTERM for 30 s, killing" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  stop_java
  if [[ ${BENCH_KEEP:-0} == 1 || $rc -ne 0 ]]; then
    echo "startup.sh: logs and data kept in $BASE" >&2
  else
    rm -rf "$BASE"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=""
for p in $(seq "$PORT_BASE" $((PORT_BASE + 19))); do
  if ! port_in_use "$p"; then PORT=$p; break; fi
done
[[ -n $PORT ]] || die "no free port in $PORT_BASE..$((PORT_BASE + 19))"

# Snapshot the artifacts, so a rebuild during the benchmark cannot change what is measured.
cp "$WAR_SRC" "$BASE/virkaprofiili.war"
cp "$MICRO_SRC" "$BASE/payara-micro.jar"

# The baseline WAR: nothing but a welcome page.
mkdir -p "$BASE/trivial"
echo '<!doctype html><title>ok</title><p>ok</p>' >"$BASE/trivial/index.html"
(cd "$BASE/trivial" && jar --create --file "$BASE/trivial.war" index.html)

# http_get PATH -> prints "STATUS BODY..." (one line); fails if nothing answers.
# Plain bash /dev/tcp, so curl is not needed.
http_get() {
  local resp="" line status
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  while IFS= read -r -t 5 line <&3 || [[ -n $line ]]; do resp+="${line%$'\r'} "; line=""; done
  exec 3<&-
  [[ -n $resp ]] || return 1
  status=${resp#* }
  printf '%s %s\n' "${status%% *}" "$resp"
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

now_ns() { date +%s%N; }

# launch KIND WORKDIR -> sets START_MS, READY_MS, RSS_READY, RSS_IDLE; leaves the process stopped.
launch() {
  local kind=$1 wd=$2 war path log t0 t1 answer
  log=$BASE/$kind-run$RUN.log
  if [[ $kind == baseline ]]; then war=$BASE/trivial.war path=/; else war=$BASE/virkaprofiili.war path=/health/ready; fi
  mkdir -p "$wd"
  port_in_use "$PORT" && die "port $PORT is taken (by someone else?) before the $kind start"
  t0=$(now_ns)
  (cd "$wd" && exec java "${JAVA_OPTS[@]}" -jar "$BASE/payara-micro.jar" --deploy "$war" \
    --contextRoot / --nohazelcast --port "$PORT") >"$log" 2>&1 &
  PID=$!
  while :; do
    if answer=$(http_get "$path" 2>/dev/null); then
      if [[ $kind == baseline ]]; then
        [[ $answer == 200\ * ]] && break
      else
        # Payara's own /health can say UP with no checks before the app is deployed, so the
        # app's check must be in the answer too.
        [[ $answer == 200\ * && $answer =~ \"status\"\ *:\ *\"UP\" && $answer == *'"virkaprofiili"'* ]] && break
      fi
    fi
    if ! kill -0 "$PID" 2>/dev/null; then
      local rc=0
      wait "$PID" || rc=$?
      PID=""
      tail -n 40 "$log" >&2
      # 143/130/137: SIGTERM/SIGINT/SIGKILL from outside (Payara logs "Payara Micro STOPPED").
      die "$kind run $RUN: java exited with status $rc before ready (log: $log)"
    fi
    if (($(now_ns) - t0 > TIMEOUT * 1000000000)); then
      tail -n 40 "$log" >&2
      die "$kind run $RUN: not ready after ${TIMEOUT}s, last answer: ${answer:-none} (log: $log)"
    fi
    sleep 0.1
  done
  t1=$(now_ns)
  READY_MS=$(((t1 - t0) / 1000000))
  RSS_READY=$(rss_kib "$PID")
  sleep "$IDLE"
  RSS_IDLE=$(rss_kib "$PID")
  stop_java
  printf '  %-8s run %d: ready in %6.2f s, RSS %4d MiB at ready, %4d MiB after %ss idle\n' \
    "$kind" "$RUN" "$(awk -v m="$READY_MS" 'BEGIN {print m / 1000}')" \
    $(((RSS_READY + 512) / 1024)) $(((RSS_IDLE + 512) / 1024)) "$IDLE" >&2
  echo "$kind $RUN $READY_MS $RSS_READY $RSS_IDLE" >>"$BASE/results.txt"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Virkaprofiili startup benchmark: $RUNS run(s), port $PORT, idle ${IDLE}s, temp $BASE" >&2
for RUN in $(seq "$RUNS"); do
  launch baseline "$BASE/baseline-run$RUN"
  launch cold "$BASE/app-run$RUN"
  [[ -d $BASE/app-run$RUN/data ]] || echo "  warning: no ./data created by the cold start of run $RUN" >&2
  launch warm "$BASE/app-run$RUN"
done

# ---- summary (stdout) ----
# stats KIND FIELD -> "min median max" (field 3 = ms, 4 = RSS at ready KiB, 5 = RSS idle KiB)
stats() {
  awk -v k="$1" -v f="$2" '$1 == k {print $f}' "$BASE/results.txt" | sort -n |
    awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print v[1], m, v[NR]}'
}
# row LABEL KIND FIELD DIVISOR DECIMALS
row() {
  local s b
  s=$(stats "$2" "$3")
  b=$(stats baseline "$3")
  awk -v l="$1" -v s="$s" -v b="$b" -v d="$4" -v p="$5" -v base="$([[ $2 == baseline ]] && echo 1 || echo 0)" 'BEGIN {
    split(s, a, " "); split(b, c, " ")
    fmt = "%." p "f"
    r = (base == "1") ? "1.00 (baseline)" : sprintf("%.2f", a[2] / c[2])
    printf "| %s | " fmt " | " fmt " | " fmt " | %s |\n", l, a[1] / d, a[2] / d, a[3] / d, r
  }'
}

java_version=$(java -version 2>&1 | head -n 1)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -q . && echo " (dirty tree)" || true)

echo
echo "Startup benchmark, $(date -u +%Y-%m-%dT%H:%MZ), commit $commit$dirty, $java_version,"
echo "$(nproc) CPU(s), load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg), $RUNS run(s), JVM options: ${BENCH_JAVA_OPTS:-none}."
echo "Ratio = median of the row / median of the baseline row; baseline = bare Payara Micro with a one-page WAR."
echo
echo "| Measurement | min | median | max | ratio to baseline |"
echo "|---|---:|---:|---:|---:|"
for kind in baseline cold warm; do
  case $kind in
    baseline) label="Baseline (trivial WAR)" ;;
    cold) label="App, cold (empty DB, migrations)" ;;
    warm) label="App, warm (existing DB)" ;;
  esac
  row "$label: start to ready (s)" "$kind" 3 1000 2
done
for kind in baseline cold warm; do
  case $kind in
    baseline) label="Baseline (trivial WAR)" ;;
    cold) label="App, cold" ;;
    warm) label="App, warm" ;;
  esac
  row "$label: RSS at ready (MiB)" "$kind" 4 1024 0
  row "$label: RSS after ${IDLE} s idle (MiB)" "$kind" 5 1024 0
done
