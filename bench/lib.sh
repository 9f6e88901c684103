# Shared by bench/compare.sh and bench/threads.sh (sourced, not run): where things are, and
# the small number crunching both do on `neuroloom bench` and Brian2 output.
# Expects `here` (the bench directory) to be set by the sourcing script.

root="$(cd "$here/.." && pwd)"
neuroloom="${NEUROLOOM:-$root/neuroloom}"
py=/usr/bin/python3

# Pull "secondsPerBioSecond" out of the last JSON line of a command's stdout.
sec_per_bio() {
  "$py" -c '
import json, sys
val = None
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        try:
            val = float(json.loads(line)["secondsPerBioSecond"])
        except Exception:
            pass
print(val if val is not None else "n/a")'
}

# The median of the arguments, "n/a" ones left out.
median() {
  "$py" -c '
import statistics, sys
xs = [float(x) for x in sys.argv[1:] if x != "n/a"]
print("%.4g" % statistics.median(xs) if xs else "n/a")' "$@"
}

# ratio A B FORMAT: A / B printed with the %-format FORMAT, or "n/a".
ratio() {
  "$py" -c '
import sys
a, b, fmt = sys.argv[1:4]
print("n/a" if "n/a" in (a, b) or float(b) == 0 else fmt % (float(a) / float(b)))' "$1" "$2" "$3"
}
