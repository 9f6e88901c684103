#!/usr/bin/env bash
# Compare NeuroLoom with Brian2 (C++ standalone) on the same networks.
#
#   bench/compare.sh [--runs N] [--threads T] [--duration-ms MS] [BENCH ...]
#
# BENCH: cuba coba cobahh brunel stdp plastic (default: all). For each benchmark
# it runs NeuroLoom and Brian2 alternately, N times each (default 5), and prints
# the median secondsPerBioSecond of each side and the ratio NeuroLoom / Brian2
# (< 1 means NeuroLoom is faster). A side that fails prints "n/a".
#
#   NeuroLoom: ./neuroloom bench NAME --duration-ms MS --repeat 1
#              (extra arguments via NEUROLOOM_BENCH_ARGS, e.g. "--threads 2";
#               launcher via NEUROLOOM, default <repo>/neuroloom)
#   Brian2:    /usr/bin/python3 bench/brian2/NAME.py --duration-ms MS --threads T
#              (T = 1: serial build, no OpenMP; T > 1: OpenMP with T threads).
#              Each benchmark keeps one standalone build directory under
#              ${TMPDIR:-/tmp}, so only the first run compiles everything.
# Raw JSON lines go to bench/results/compare-<date>.jsonl.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/lib.sh"
runs=5
threads=1
duration=""
benches=()

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --duration-ms) duration="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) benches+=("$1"); shift ;;
  esac
done
[ ${#benches[@]} -eq 0 ] && benches=(cuba coba cobahh brunel stdp plastic)

# Biological time per run: long enough that the loop dominates, short enough
# that 2 x N runs of every benchmark take minutes, not hours.
default_ms() {
  case "$1" in
    cuba) echo 5000 ;; coba) echo 2000 ;; cobahh) echo 1000 ;;
    brunel) echo 500 ;; stdp) echo 10000 ;; plastic) echo 1000 ;; *) echo 1000 ;;
  esac
}

ensure_brian() {
  if "$py" -c 'import brian2' 2>/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "compare.sh: installing python3-brian..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-brian >&2
  fi
  "$py" -c 'import brian2' 2>/dev/null || {
    echo "compare.sh: Brian2 not available (apt-get install python3-brian as root)" >&2; return 1; }
}

have_brian=1
ensure_brian || have_brian=0
mkdir -p "$here/results"
log="$here/results/compare-$(date +%Y%m%d-%H%M%S).jsonl"

rows=()
for b in "${benches[@]}"; do
  ms="${duration:-$(default_ms "$b")}"
  builddir="${TMPDIR:-/tmp}/neuroloom-brian2-$b-t$threads"
  nl=(); br=()
  for ((k = 1; k <= runs; k++)); do
    echo "[$b] run $k/$runs: neuroloom" >&2
    out="$(cd "$root" && timeout 1800 "$neuroloom" bench "$b" --duration-ms "$ms" --repeat 1 ${NEUROLOOM_BENCH_ARGS:-} 2>>"$log.stderr")" || true
    printf '%s\n' "$out" | grep '^{' | sed "s/^/{\"side\":\"neuroloom\",\"run\":$k,\"result\":/; s/\$/}/" >>"$log"
    nl+=("$(printf '%s\n' "$out" | sec_per_bio)")
    if [ $have_brian = 1 ]; then
      echo "[$b] run $k/$runs: brian2" >&2
      out="$(cd "$here/brian2" && timeout 1800 "$py" "$b.py" --duration-ms "$ms" --threads "$threads" \
              --build-dir "$builddir" 2>>"$log.stderr")" || true
      printf '%s\n' "$out" | grep '^{' | sed "s/^/{\"side\":\"brian2\",\"run\":$k,\"result\":/; s/\$/}/" >>"$log"
      br+=("$(printf '%s\n' "$out" | sec_per_bio)")
    else
      br+=("n/a")
    fi
  done
  mn="$(median "${nl[@]}")"; mb="$(median "${br[@]}")"
  rows+=("$(printf '%-8s %9s %22s %22s %14s' "$b" "$ms" "$mn" "$mb" "$(ratio "$mn" "$mb" "%.3g")")")
done

echo
echo "Median wall seconds per biological second over $runs runs (Brian2 threads: $threads)"
printf '%-8s %9s %22s %22s %14s\n' bench bio_ms neuroloom_s_per_bio_s brian2_s_per_bio_s ratio_nl/br
for r in "${rows[@]}"; do echo "$r"; done
echo "(raw results: $log)"
