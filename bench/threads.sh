#!/usr/bin/env bash
# Thread scaling of the NeuroLoom engine.
#
#   bench/threads.sh [--runs N] [--busy] [--same-jvm] [--duration-ms MS] [BENCH ...]
#
# BENCH: any `neuroloom bench` name (default: brunel plastic). Runs
# `./neuroloom bench NAME --threads 1` and `--threads 2` alternately, N times each
# (default 3), and prints the median wall seconds per biological second of each and
# the speed-up (1-thread time / 2-thread time). With --busy a shell busy loop keeps
# one core occupied for the whole measurement (the "other core busy" case); the
# engine should then not be slower with 2 threads than with 1.
# With --same-jvm each of the N runs is one JVM that builds both networks and measures
# them in turn three times (`--threads 1,2 --repeat 3`); the speed-up printed is then the
# median of the pairs' ratios, free of the per-JVM memory placement that moves single
# runs by up to 1.4x on this machine (docs/BENCHMARKS.md, "Threads (session 6, engine)").
# Raw JSON lines go to bench/results/threads-<date>.jsonl.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib.sh"
runs=3
busy=0
same_jvm=0
duration=""
benches=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --busy) busy=1; shift ;;
    --same-jvm) same_jvm=1; shift ;;
    --duration-ms) duration="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "threads.sh: unknown option $1" >&2; exit 2 ;;
    *) benches+=("$1"); shift ;;
  esac
done
[ ${#benches[@]} -eq 0 ] && benches=(brunel plastic)

default_ms() {
  case "$1" in
    brunel) echo 500 ;; plastic) echo 1000 ;; scale) echo 100 ;; *) echo 1000 ;;
  esac
}

mkdir -p "$here/results"
log="$here/results/threads-$(date +%Y%m%d-%H%M%S).jsonl"
busy_pid=""
if [ $busy = 1 ]; then
  # Spins while this script lives: however the script ends (even kill -9), the loop notices
  # within a second and stops, so no busy core is left to spoil later benchmarks.
  bash -c 'while kill -0 "$1" 2>/dev/null; do for ((i = 0; i < 200000; i++)); do :; done; done' _ $$ &
  busy_pid=$!
  trap 'kill "$busy_pid" 2>/dev/null' EXIT
fi

rows=()
for b in "${benches[@]}"; do
  ms="${duration:-$(default_ms "$b")}"
  one=(); two=(); pairs=()
  for ((k = 1; k <= runs; k++)); do
    if [ $same_jvm = 1 ]; then
      echo "[$b] run $k/$runs: 1 and 2 threads in one JVM${busy_pid:+, other core busy}" >&2
      out="$(cd "$root" && timeout 1800 "$neuroloom" bench "$b" --duration-ms "$ms" --repeat 3 --threads 1,2 2>>"$log.stderr")" || true
      printf '%s\n' "$out" | grep '^{' | sed "s/^/{\"busy\":$busy,\"run\":$k,\"sameJvm\":1,\"result\":/; s/\$/}/" >>"$log"
      mapfile -t secs < <(printf '%s\n' "$out" | grep '^{' | while IFS= read -r line; do printf '%s\n' "$line" | sec_per_bio; done)
      for ((i = 0; i + 1 < ${#secs[@]}; i += 2)); do
        one+=("${secs[i]}"); two+=("${secs[i+1]}"); pairs+=("$(ratio "${secs[i]}" "${secs[i+1]}" "%.4f")")
      done
      continue
    fi
    for t in 1 2; do
      echo "[$b] run $k/$runs: $t thread(s)${busy_pid:+, other core busy}" >&2
      out="$(cd "$root" && timeout 1800 "$neuroloom" bench "$b" --duration-ms "$ms" --repeat 1 --threads "$t" 2>>"$log.stderr")" || true
      printf '%s\n' "$out" | grep '^{' | sed "s/^/{\"busy\":$busy,\"run\":$k,\"result\":/; s/\$/}/" >>"$log"
      if [ "$t" = 1 ]; then one+=("$(printf '%s\n' "$out" | sec_per_bio)"); else two+=("$(printf '%s\n' "$out" | sec_per_bio)"); fi
    done
  done
  m1="$(median "${one[@]}")"; m2="$(median "${two[@]}")"
  if [ $same_jvm = 1 ]; then
    sp="$(median "${pairs[@]}")"
  else
    sp="$(ratio "$m1" "$m2" "%.2f")"
  fi
  rows+=("$(printf '%-8s %7s %14s %14s %9s' "$b" "$ms" "$m1" "$m2" "$sp")")
done

echo
echo "Median wall seconds per biological second over $runs runs$([ $busy = 1 ] && echo ', other core busy')$([ $same_jvm = 1 ] && echo ' of one JVM each (3 pairs per JVM; speed-up: median of the pair ratios)')"
printf '%-8s %7s %14s %14s %9s\n' bench bio_ms one_thread two_threads speedup
for r in "${rows[@]}"; do echo "$r"; done
echo "(raw results: $log)"
