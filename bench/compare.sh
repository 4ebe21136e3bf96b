#!/usr/bin/env bash
# Issue 16's comparison: Virkaprofiili against what a Camunda 7 user would pick instead, Camunda's
# Spring Boot starters (bench/peer-spring-boot, the same BPMN and DMN), and against bare Payara
# Micro. A benchmark, not a test. Rounds alternate the sides, so drift of a shared machine hits
# them alike; only the ratios of the medians count.
#
# Each start is measured on a fresh H2 database with the same JVM options (-Xmx512m by default):
#   wall and CPU seconds from launch to ready (ours: /health/ready with its own check UP;
#   peer: /actuator/health/readiness; bare: the first 200), resident memory 10 s after ready;
#   then (ours and peer) the engine REST run of bench/EngineLoad.java (start, query and complete
#   INSTANCES instances of a start -> user task -> end process with CLIENTS clients) with the
#   server's CPU time per request and its memory afterwards, and the p95 of Cockpit's process
#   statistics.
#
# Usage: bench/compare.sh [ROUNDS]        (builds nothing: see bench/README.md)
# Env:   BENCH_ROUNDS (5), BENCH_PORT (18280), BENCH_IDLE (10), BENCH_TIMEOUT (300),
#        BENCH_INSTANCES (200), BENCH_CLIENTS (8), BENCH_STATISTICS_CALLS (100),
#        BENCH_JAVA_OPTS (-Xmx512m), BENCH_PEER_WITHOUT_AUTHORIZATION=1 adds the peer with
#        authorization checks off as a fourth side, BENCH_KEEP=1 keeps logs and databases.
# Experiments on ours (issue 16), each an extra side measured in the same rounds:
#        BENCH_BEFORE_WAR=FILE adds "before", ours with another WAR (the build a change is measured
#        against); BENCH_VARIANT_WAR=FILE adds "variant", the same with a third WAR (an
#        experiment); BENCH_CDS=1 adds "cds" (ours through Payara Micro's prepared root directory
#        and launcher, --rootdir/--outputlauncher, with an AppCDS archive that a training start of
#        ours wrote at exit), BENCH_CDS=2 also "launcher" (the same without the archive); BENCH_WARM=1 starts ours' sides and the peer on a
#        database a start of their own left behind (made once, copied for each round), instead of
#        a fresh one; BENCH_HISTOGRAM=1 keeps a class histogram (jcmd GC.class_histogram) of each
#        side after its REST run (with BENCH_KEEP=1, in the kept directory).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WAR_SRC=$ROOT/web/target/virkaprofiili.war
MICRO_SRC=$ROOT/web/target/payara/payara-micro.jar
PEER_SRC=$ROOT/bench/peer-spring-boot/target/peer.jar

ROUNDS=${1:-${BENCH_ROUNDS:-5}}
PORT_BASE=${BENCH_PORT:-18280}
IDLE=${BENCH_IDLE:-10}
TIMEOUT=${BENCH_TIMEOUT:-300}
INSTANCES=${BENCH_INSTANCES:-200}
CLIENTS=${BENCH_CLIENTS:-8}
CALLS=${BENCH_STATISTICS_CALLS:-100}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:--Xmx512m}"
TICKS=$(getconf CLK_TCK)

die() { echo "compare.sh: $*" >&2; exit 1; }
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, got '$ROUNDS'"
for f in "$WAR_SRC" "$MICRO_SRC" "$PEER_SRC"; do
  [[ -f $f ]] || die "missing $f - build first: ./mvnw -Pbenchmark verify (see bench/README.md)"
done
[[ -r /proc/self/stat ]] || die "needs /proc (Linux) for CPU time and memory"

# Ours must use its embedded default database, as the peer uses H2.
unset VIRKAPROFIILI_DB_URL VIRKAPROFIILI_DB_USER VIRKAPROFIILI_DB_PASSWORD

BASE=$(mktemp -d "${TMPDIR:-/tmp}/virkaprofiili-compare.XXXXXX")
PID=""
stop_java() {
  local pid=$PID
  [[ -n $pid ]] || return 0
  PID=""
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop_java
  if [[ ${BENCH_KEEP:-0} == 1 || $rc -ne 0 ]]; then echo "compare.sh: logs kept in $BASE" >&2; else rm -rf "$BASE"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for p in $(seq "$PORT_BASE" $((PORT_BASE + 19))); do
  if ! port_in_use "$p"; then PORT=$p; break; fi
done
[[ -n $PORT ]] || die "no free port in $PORT_BASE..$((PORT_BASE + 19))"

# Snapshots, so a rebuild meanwhile cannot change what is measured.
cp "$WAR_SRC" "$BASE/virkaprofiili.war"
cp "$MICRO_SRC" "$BASE/payara-micro.jar"
cp "$PEER_SRC" "$BASE/peer.jar"
cp "$ROOT/bench/EngineLoad.java" "$BASE/EngineLoad.java"
if [[ -n ${BENCH_BEFORE_WAR:-} ]]; then
  [[ -f $BENCH_BEFORE_WAR ]] || die "missing BENCH_BEFORE_WAR $BENCH_BEFORE_WAR"
  cp "$BENCH_BEFORE_WAR" "$BASE/before.war"
fi
if [[ -n ${BENCH_VARIANT_WAR:-} ]]; then
  [[ -f $BENCH_VARIANT_WAR ]] || die "missing BENCH_VARIANT_WAR $BENCH_VARIANT_WAR"
  cp "$BENCH_VARIANT_WAR" "$BASE/variant.war"
fi
mkdir -p "$BASE/trivial"
echo '<!doctype html><title>ok</title><p>ok</p>' >"$BASE/trivial/index.html"
(cd "$BASE/trivial" && jar --create --file "$BASE/trivial.war" index.html)

http_get() {
  local resp="" line
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$1" >&3
  while IFS= read -r -t 5 line <&3 || [[ -n $line ]]; do resp+="${line%$'\r'} "; line=""; done
  exec 3<&-
  [[ -n $resp ]] || return 1
  printf '%s\n' "$resp"
}
cpu_ms() { awk -v t="$TICKS" '{print int(($14 + $15) * 1000 / t)}' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

ready() {
  local answer
  answer=$(http_get "$1" 2>/dev/null) || return 1
  case $2 in
    ours | before | variant | launcher | cds | cds-training) [[ $answer == HTTP/1.?\ 200* && $answer =~ \"status\"\ *:\ *\"UP\" && $answer == *'"virkaprofiili"'* ]] ;;
    *) [[ $answer == HTTP/1.?\ 200* ]] ;;
  esac
}

ready_path() {
  case $1 in
    bare) echo / ;;
    peer | peer-without-authorization) echo /actuator/health/readiness ;;
    *) echo /health/ready ;;
  esac
}

# launch SIDE DIR LOG: starts the side's java in the background (PID)
launch() {
  local side=$1 wd=$2 log=$3 war=$BASE/virkaprofiili.war
  [[ $side == before || $side == variant ]] && war=$BASE/$side.war
  case $side in
    bare)
      (cd "$wd" && exec java "${JAVA_OPTS[@]}" -jar "$BASE/payara-micro.jar" --deploy "$BASE/trivial.war" \
        --contextRoot / --nohazelcast --port "$PORT") >"$log" 2>&1 & ;;
    ours | before | variant)
      (cd "$wd" && exec java "${JAVA_OPTS[@]}" -jar "$BASE/payara-micro.jar" --deploy "$war" \
        --contextRoot / --nohazelcast --port "$PORT") >"$log" 2>&1 & ;;
    launcher | cds | cds-training)
      # Each start deploys into the root directory, which keeps the application for the next start
      # (that would load it, then deploy it again after ready): every start gets a pristine copy,
      # at the same path, which the archive's class path requires.
      rm -rf "$BASE/micro-root"
      cp -a "$BASE/micro-root.pristine" "$BASE/micro-root"
      local cds=()
      [[ $side == cds ]] && cds=(-XX:SharedArchiveFile="$BASE/ours.jsa")
      [[ $side == cds-training ]] && cds=(-XX:ArchiveClassesAtExit="$BASE/ours.jsa")
      (cd "$wd" && exec java "${JAVA_OPTS[@]}" "${cds[@]}" -jar "$BASE/micro-root/launch-micro.jar" \
        --deploy "$war" --contextRoot / --nohazelcast --port "$PORT") >"$log" 2>&1 & ;;
    peer | peer-without-authorization)
      local authorization=true
      [[ $side == peer ]] || authorization=false
      (cd "$wd" && PEER_PORT=$PORT PEER_DB=$wd/db PEER_AUTHORIZATION=$authorization \
        exec java "${JAVA_OPTS[@]}" -jar "$BASE/peer.jar") >"$log" 2>&1 & ;;
  esac
  PID=$!
}

# prepare SIDE: one start to ready and stop, in $BASE/SIDE-template (training for cds, database
# for BENCH_WARM)
prepare() {
  local side=$1 wd=$BASE/$1-template t0
  mkdir -p "$wd"
  t0=$(now_ms)
  launch "$side" "$wd" "$BASE/$side-template.log"
  until ready "$(ready_path "$side")" "$side"; do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$BASE/$side-template.log" >&2; die "$side: exited before ready"; }
    (($(now_ms) - t0 < TIMEOUT * 1000)) || die "$side: not ready in ${TIMEOUT}s"
    sleep 0.5
  done
  if [[ $side == cds-training ]]; then
    # the archive is written at exit: give it the time it takes
    kill -TERM "$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
  fi
  stop_java
  echo "  prepared $side in $(((($(now_ms) - t0) + 500) / 1000)) s" >&2
}

# measure SIDE ROUND -> one line in results.txt
measure() {
  local side=$1 round=$2 wd=$BASE/$1-$2 log=$BASE/$1-$2.log path t0 ready_ms cpu_ready rss_idle
  local rest="" cpu0 cpu1 requests per_second cpu_per_request rss_after p95
  mkdir -p "$wd"
  if [[ ${BENCH_WARM:-0} == 1 && $side != bare ]]; then
    local template=$side
    [[ $side == launcher || $side == cds ]] && template=ours
    cp -a "$BASE/$template-template/." "$wd/"
  fi
  port_in_use "$PORT" && die "port $PORT is taken before the $side start"
  t0=$(now_ms)
  launch "$side" "$wd" "$log"
  path=$(ready_path "$side")
  until ready "$path" "$side"; do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$log" >&2; die "$side round $round: exited before ready"; }
    (($(now_ms) - t0 < TIMEOUT * 1000)) || { tail -n 30 "$log" >&2; die "$side round $round: not ready in ${TIMEOUT}s"; }
    sleep 0.1
  done
  ready_ms=$(($(now_ms) - t0))
  cpu_ready=$(cpu_ms "$PID")
  sleep "$IDLE"
  rss_idle=$(rss_kib "$PID")
  if [[ $side == bare ]]; then
    echo "$side $round $ready_ms $cpu_ready $rss_idle - - - -" >>"$BASE/results.txt"
  else
    cpu0=$(cpu_ms "$PID")
    rest=$(java "$BASE/EngineLoad.java" rest "http://127.0.0.1:$PORT" admin admin "$INSTANCES" "$CLIENTS") ||
      die "$side round $round: REST run failed (log: $log)"
    cpu1=$(cpu_ms "$PID")
    rss_after=$(rss_kib "$PID")
    if [[ ${BENCH_HISTOGRAM:-0} == 1 ]]; then
      jcmd "$PID" GC.class_histogram >"$BASE/$side-$round.histogram.txt" 2>&1 || true
      jcmd "$PID" VM.native_memory summary >"$BASE/$side-$round.nmt.txt" 2>&1 || true
    fi
    requests=$(sed -n 's/^rest_requests=//p' <<<"$rest")
    per_second=$(sed -n 's/^rest_per_second=//p' <<<"$rest")
    cpu_per_request=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {printf "%.2f", (b - a) / n}')
    p95=$(java "$BASE/EngineLoad.java" statistics "http://127.0.0.1:$PORT" admin admin "$CALLS" |
      sed -n 's/^statistics_p95_ms=//p') || die "$side round $round: statistics failed (log: $log)"
    echo "$side $round $ready_ms $cpu_ready $rss_idle $per_second $cpu_per_request $rss_after $p95" >>"$BASE/results.txt"
  fi
  stop_java
  printf '  %-27s round %d: ready %6.1f s, CPU %6.1f s, RSS %4d MiB%s\n' "$side" "$round" \
    "$(awk -v m="$ready_ms" 'BEGIN {print m / 1000}')" "$(awk -v m="$cpu_ready" 'BEGIN {print m / 1000}')" \
    $(((rss_idle + 512) / 1024)) "${per_second:+, REST $per_second/s, $cpu_per_request ms CPU/request, stats p95 $p95 ms}" >&2
}

SIDES=(ours peer bare)
[[ ${BENCH_PEER_WITHOUT_AUTHORIZATION:-0} == 1 ]] && SIDES+=(peer-without-authorization)
[[ -n ${BENCH_BEFORE_WAR:-} ]] && SIDES+=(before)
[[ -n ${BENCH_VARIANT_WAR:-} ]] && SIDES+=(variant)
[[ ${BENCH_CDS:-0} == 2 ]] && SIDES+=(launcher)
[[ ${BENCH_CDS:-0} != 0 ]] && SIDES+=(cds)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "compare.sh: $ROUNDS round(s) of ${SIDES[*]}, port $PORT, temp $BASE" >&2
if [[ ${BENCH_CDS:-0} != 0 ]]; then
  # Payara Micro 6 writes its runtime to a directory with a launcher whose class path is fixed, so
  # that the JDK's class-data sharing can archive its classes (payara/Payara#4488, #5488).
  java -jar "$BASE/payara-micro.jar" --rootdir "$BASE/micro-root" --outputlauncher >"$BASE/outputlauncher.log" 2>&1 ||
    die "--outputlauncher failed (see $BASE/outputlauncher.log)"
  cp -a "$BASE/micro-root" "$BASE/micro-root.pristine"
  prepare cds-training
  [[ -f $BASE/ours.jsa ]] || die "the training start wrote no archive (see $BASE/cds-training-template.log)"
  echo "  AppCDS archive: $(($(stat -c %s "$BASE/ours.jsa") / 1048576)) MiB" >&2
fi
if [[ ${BENCH_WARM:-0} == 1 ]]; then
  for side in "${SIDES[@]}"; do
    case $side in bare | launcher | cds) ;; *) prepare "$side" ;; esac
  done
  [[ -d $BASE/ours-template ]] || prepare ours
fi
for round in $(seq "$ROUNDS"); do
  # Rotate the order each round, so no side always starts on a machine just warmed by another.
  for i in "${!SIDES[@]}"; do
    measure "${SIDES[$(((i + round - 1) % ${#SIDES[@]}))]}" "$round"
  done
done

# median SIDE FIELD (3 wall ms, 4 CPU ms, 5 RSS KiB, 6 REST/s, 7 CPU ms/request, 8 RSS after KiB, 9 p95 ms)
median() {
  awk -v s="$1" -v f="$2" '$1 == s && $f != "-" {print $f}' "$BASE/results.txt" | sort -g |
    awk '{v[NR] = $1} END {if (NR == 0) print "-"; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
row() { # LABEL FIELD DIVISOR DECIMALS
  local o p b w=""
  o=$(median ours "$2"); p=$(median peer "$2"); b=$(median bare "$2")
  [[ ${BENCH_PEER_WITHOUT_AUTHORIZATION:-0} == 1 ]] && w=$(median peer-without-authorization "$2")
  awk -v l="$1" -v o="$o" -v p="$p" -v b="$b" -v w="$w" -v d="$3" -v n="$4" 'BEGIN {
    f = "%." n "f"
    printf "| %s | " f " | " f " | %s | %s | %.2f× | %s |\n", l, o / d, p / d,
      (b == "-" ? "–" : sprintf(f, b / d)), (w == "" ? "–" : sprintf(f, w / d)), o / p,
      (b == "-" ? "–" : sprintf("%.2f×", o / b))
  }'
}
size_mib() { du -m "$1" | cut -f1; }

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
echo
echo "Ours against the Spring Boot peer, $(date -u +%Y-%m-%dT%H:%MZ), commit $commit, $(java -version 2>&1 | head -n 1),"
echo "$(nproc) CPU(s), load average before/after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg), $ROUNDS round(s), JVM options: ${JAVA_OPTS[*]},"
echo "REST run: $INSTANCES instances × 3 requests, $CLIENTS clients; Cockpit statistics: $CALLS calls. Medians over the rounds."
echo
echo "| measurement | ours | peer (authorization on) | bare Payara Micro | peer (authorization off) | ours / peer | ours / bare |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row "wall time from launch to ready (s)" 3 1000 1
row "CPU seconds from launch to ready" 4 1000 1
row "resident memory ${IDLE} s after ready (MiB)" 5 1024 0
row "resident memory after the REST run (MiB)" 8 1024 0
row "engine REST requests per second" 6 1 1
row "server CPU per REST request (ms)" 7 1 1
row "Cockpit process statistics, p95 (ms)" 9 1 1
printf '| what runs (MiB) | %d | %d | %d | – | %.2f× | – |\n' \
  $(($(size_mib "$BASE/virkaprofiili.war") + $(size_mib "$BASE/payara-micro.jar"))) "$(size_mib "$BASE/peer.jar")" \
  "$(size_mib "$BASE/payara-micro.jar")" \
  "$(awk -v o=$(($(size_mib "$BASE/virkaprofiili.war") + $(size_mib "$BASE/payara-micro.jar"))) -v p="$(size_mib "$BASE/peer.jar")" 'BEGIN {print o / p}')"
echo
echo "For throughput, ours / peer above 1 is better; for every other row, below 1 is better."
if ((${#SIDES[@]} > 3)); then
  echo
  echo "Every side, medians (and side / peer):"
  echo
  header="| measurement |"; rule="|---|"
  for side in "${SIDES[@]}"; do header+=" $side |"; rule+="---:|"; done
  echo "$header"; echo "$rule"
  for spec in "wall to ready (s):3:1000:1" "CPU to ready (s):4:1000:1" "RSS after ready (MiB):5:1024:0" \
    "RSS after REST (MiB):8:1024:0" "REST requests/s:6:1:1" "CPU/request (ms):7:1:1" "Cockpit p95 (ms):9:1:1"; do
    IFS=: read -r label field divisor decimals <<<"$spec"
    line="| $label |"
    p=$(median peer "$field")
    for side in "${SIDES[@]}"; do
      line+=$(awk -v v="$(median "$side" "$field")" -v p="$p" -v d="$divisor" -v n="$decimals" 'BEGIN {
        if (v == "-") { printf " – |"; exit }
        printf " " "%." n "f", v / d
        if (p != "-" && p > 0) printf " (%.2f×)", v / p
        printf " |"
      }')
    done
    echo "$line"
  done
fi
