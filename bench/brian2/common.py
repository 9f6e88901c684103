"""Shared driver for the NeuroLoom Brian2 benchmark scripts.

Every benchmark script defines ``build(args)`` which creates its Brian2 objects
in the magic network and returns a dict with ``neurons`` (int), a callable
``synapses`` (evaluated after the build, because standalone mode only knows the
synapse count once the binary has run), ``objects`` (everything to put in the
Network) and ``spike_monitors`` (SpikeMonitor
objects whose ``num_spikes`` are summed).  ``main(name, build)`` does the rest:

* C++ standalone mode in a temporary directory (or --build-dir), with
  ``prefs.devices.cpp_standalone.openmp_threads`` set from --threads
  (--threads 1 builds *without* OpenMP, i.e. openmp_threads = 0, which is the
  plain serial code; --threads N>1 builds with OpenMP and N threads).
* Timing: ``wallSeconds`` is the time Brian's generated C++ spends inside
  ``Network::run`` (read back from results/last_run_info.txt, exposed as
  ``device._last_run_time``).  That excludes code generation, compilation,
  network construction (synapse creation, initialisation) and writing results.
  Brian measures it with ``std::clock()`` in serial builds (CPU time of the one
  thread, i.e. wall time of the loop on an idle core) and with
  ``omp_get_wtime()`` in OpenMP builds (wall-clock time).
  ``binarySeconds`` is the wall time of the whole ``main`` binary (construction
  + run) for reference.
* --repeat N re-executes the compiled binary N times (same seed, identical
  simulation) and reports the median; all values are in ``wallSecondsRuns``.

Prints exactly one JSON line on stdout.
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")


def parse_args(default_duration_ms, extra=None):
    p = argparse.ArgumentParser()
    p.add_argument("--duration-ms", type=float, default=default_duration_ms,
                   help="biological time to simulate (ms)")
    p.add_argument("--threads", type=int, default=1,
                   help="1 = serial build (no OpenMP); N>1 = OpenMP with N threads")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeat", type=int, default=1,
                   help="run the compiled binary this many times, report the median")
    p.add_argument("--build-dir", default=None,
                   help="standalone project directory (default: a fresh temp dir, deleted afterwards)")
    p.add_argument("--keep", action="store_true", help="keep the temp build dir")
    if extra:
        extra(p)
    return p.parse_args()


def setup_device(args):
    import brian2
    from brian2 import set_device, prefs
    tmp = args.build_dir or tempfile.mkdtemp(prefix="neuroloom-brian2-")
    set_device("cpp_standalone", directory=tmp, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = 0 if args.threads <= 1 else args.threads
    prefs.logging.console_log_level = "ERROR"
    brian2.seed(args.seed)
    return tmp


def main(name, build, default_duration_ms, extra_args=None):
    args = parse_args(default_duration_ms, extra_args)
    tmp = setup_device(args)
    from brian2 import Network, ms, device, defaultclock
    defaultclock.dt = 0.1 * ms
    net = build(args)
    network = Network(*net["objects"])
    network.run(args.duration_ms * ms)
    t0 = time.time()
    device.build(directory=tmp, compile=True, run=False, with_output=False)
    compile_s = time.time() - t0
    runs, binary = [], []
    for _ in range(max(1, args.repeat)):
        t0 = time.time()
        device.run(tmp, with_output=False, run_args=[])
        binary.append(time.time() - t0)
        runs.append(device._last_run_time)
    bio = args.duration_ms / 1000.0
    wall = statistics.median(runs)
    spikes = int(sum(int(m.num_spikes) for m in net["spike_monitors"]))
    out = {
        "bench": name,
        "simulator": "brian2-%s-cpp_standalone" % __import__("brian2").__version__,
        "threads": args.threads,
        "seed": args.seed,
        "neurons": int(net["neurons"]),
        "synapses": int(net["synapses"]()),
        "bioSeconds": bio,
        "wallSeconds": wall,
        "secondsPerBioSecond": wall / bio,
        "spikes": spikes,
        "meanRateHz": spikes / net["neurons"] / bio,
        "wallSecondsRuns": runs,
        "binarySeconds": statistics.median(binary),
        "compileSeconds": compile_s,
    }
    for k, fn in net.get("extra", {}).items():
        out[k] = fn()
    print(json.dumps(out))
    sys.stdout.flush()
    if not args.build_dir and not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
