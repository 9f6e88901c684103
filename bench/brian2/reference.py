#!/usr/bin/python3
"""Reference figures for NeuroLoom's engine tests, computed with Brian2 (C++
standalone).  See docs/reference/brian2-figures.md for the exact definitions.

  /usr/bin/python3 reference.py cuba    --out DIR   # brian2-cuba.json   (5 seeds x 10 s)
  /usr/bin/python3 reference.py brunel  --out DIR   # brian2-brunel.json (5 seeds x 1.1 s)
  /usr/bin/python3 reference.py stdp    --out DIR   # brian2-stdp.json   (3 seeds x 100 s)
  /usr/bin/python3 reference.py timings --out DIR   # brian2-timings.json

Each figure runs one subprocess per seed ("reference.py one-<name> --seed N"),
because a standalone device builds one project per process.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def _standalone(seed):
    import tempfile
    import warnings
    warnings.filterwarnings("ignore")
    import brian2
    from brian2 import set_device, prefs, defaultclock, ms
    d = tempfile.mkdtemp(prefix="neuroloom-ref-")
    set_device("cpp_standalone", directory=d, build_on_run=False)
    prefs.logging.console_log_level = "ERROR"
    brian2.seed(seed)
    defaultclock.dt = 0.1 * ms
    return d


def _finish(d, net):
    import shutil
    from brian2 import device
    device.build(directory=d, compile=True, run=True, with_output=False)
    return lambda: shutil.rmtree(d, ignore_errors=True)


def one_cuba(seed, duration_s=10.0):
    d = _standalone(seed)
    from brian2 import Network, second
    from cuba import build_cuba
    P, Ce, Ci, mon = build_cuba()
    net = Network(P, Ce, Ci, mon)
    net.run(duration_s * second)
    done = _finish(d, net)
    r = {"seed": seed, "spikes": int(mon.num_spikes),
         "rateHz": int(mon.num_spikes) / 4000 / duration_s,
         "synapses": len(Ce) + len(Ci)}
    done()
    return r


def brunel_measures(i, steps, n_e, n_total, t_skip_steps, t_end_steps):
    """i: neuron indices, steps: spike time in integer steps (t/dt, rounded)."""
    import numpy as np
    window_s = (t_end_steps - t_skip_steps) * 1e-4
    keep = (steps >= t_skip_steps) & (steps < t_end_steps)
    i, steps = i[keep], steps[keep]
    exc = i < n_e
    rate_e = exc.sum() / n_e / window_s
    rate_i = (~exc).sum() / (n_total - n_e) / window_s
    # ISI CV per excitatory neuron with >= 3 spikes in the window
    order = np.lexsort((steps[exc], i[exc]))
    ie, se = i[exc][order], steps[exc][order] * 1e-4
    cvs = []
    bounds = np.flatnonzero(np.diff(ie)) + 1
    for seg_i, seg_t in zip(np.split(ie, bounds), np.split(se, bounds)):
        if len(seg_t) >= 3:
            isi = np.diff(seg_t)
            cvs.append(isi.std() / isi.mean())
    # population spike count (all neurons) in 1 ms = 10-step bins
    nbins = (t_end_steps - t_skip_steps) // 10
    counts = np.bincount((steps - t_skip_steps) // 10, minlength=nbins)[:nbins]
    return {"rateExcHz": float(rate_e), "rateInhHz": float(rate_i),
            "meanCvIsiExc": float(np.mean(cvs)), "neuronsInCv": len(cvs),
            "synchronyCv1ms": float(counts.std() / counts.mean())}


def one_brunel(seed, duration_ms=1100.0, skip_ms=100.0):
    d = _standalone(seed)
    import numpy as np
    from brian2 import Network, ms, defaultclock
    from brunel import build_brunel, N_E, N_I
    neurons, exc, inh, ext, mon = build_brunel(5.0, 2.0, record_all=True)
    net = Network(neurons, exc, inh, ext, mon)
    net.run(duration_ms * ms)
    done = _finish(d, net)
    steps = np.round(np.asarray(mon.t / ms) * 10).astype(np.int64)
    r = brunel_measures(np.asarray(mon.i), steps, N_E, N_E + N_I,
                        int(round(skip_ms * 10)), int(round(duration_ms * 10)))
    r.update({"seed": seed, "synapses": len(exc) + len(inh)})
    done()
    return r


def one_stdp(seed, duration_s=100.0):
    d = _standalone(seed)
    import numpy as np
    from brian2 import Network, SpikeMonitor, second
    from stdp import build_stdp
    inp, neuron, S, gmax = build_stdp()
    out = SpikeMonitor(neuron)
    net = Network(inp, neuron, S, out)
    net.run(duration_s * second)
    done = _finish(d, net)
    w = np.asarray(S.w[:]) / gmax
    hist, edges = np.histogram(w, bins=20, range=(0.0, 1.0))
    t = np.asarray(out.t / second)
    r = {"seed": seed, "histogram": hist.tolist(),
         "fractionBelow0.1": float((w < 0.1).mean()),
         "fractionAbove0.9": float((w > 0.9).mean()),
         "meanWOverGmax": float(w.mean()),
         "outputRateLast10sHz": float((t >= duration_s - 10).sum() / 10.0),
         "outputRateFirst10sHz": float((t < 10).sum() / 10.0),
         "outputSpikes": int(len(t))}
    done()
    return r


def _sub(kind, seed):
    p = subprocess.run([PY, os.path.abspath(__file__), "one-" + kind, "--seed", str(seed)],
                       capture_output=True, text=True, cwd=HERE)
    if p.returncode:
        sys.stderr.write(p.stderr)
        raise SystemExit("%s seed %d failed" % (kind, seed))
    return json.loads(p.stdout.strip().splitlines()[-1])


def _stats(xs):
    return {"mean": statistics.mean(xs), "sd": statistics.stdev(xs) if len(xs) > 1 else 0.0}


def _meta(cmd):
    import brian2
    return {"simulator": "Brian2 %s, C++ standalone, dt = 0.1 ms" % brian2.__version__,
            "command": cmd, "date": time.strftime("%Y-%m-%d"),
            "machine": "%s, %d cores" % (platform.platform(), os.cpu_count())}


def all_cuba(out):
    runs = [_sub("cuba", s) for s in range(1, 6)]
    rates = [r["rateHz"] for r in runs]
    res = {"figure": "CUBA (Brian2 examples/CUBA.py), 10 s: mean rate over all 4000 neurons",
           "bioSeconds": 10.0, "seeds": [r["seed"] for r in runs],
           "rateHz": rates, "rateHzMean": _stats(rates)["mean"], "rateHzSd": _stats(rates)["sd"],
           "runs": runs, **_meta("/usr/bin/python3 bench/brian2/reference.py cuba --out " + out)}
    return "brian2-cuba.json", res


def all_brunel(out):
    runs = [_sub("brunel", s) for s in range(1, 6)]
    res = {"figure": "Brunel 2000 g=5 eta=2, 1100 ms, first 100 ms discarded",
           "bioMs": 1100.0, "discardMs": 100.0, "seeds": [r["seed"] for r in runs]}
    for k in ("rateExcHz", "rateInhHz", "meanCvIsiExc", "synchronyCv1ms"):
        xs = [r[k] for r in runs]
        res[k] = xs
        res[k + "Mean"], res[k + "Sd"] = _stats(xs)["mean"], _stats(xs)["sd"]
    res["runs"] = runs
    res.update(_meta("/usr/bin/python3 bench/brian2/reference.py brunel --out " + out))
    return "brian2-brunel.json", res


def all_stdp(out):
    runs = [_sub("stdp", s) for s in range(1, 4)]
    res = {"figure": "Song-Abbott STDP (Brian2 examples/synapses/STDP.py) after 100 s",
           "bioSeconds": 100.0, "bins": 20, "binEdges": [k / 20 for k in range(21)],
           "seeds": [r["seed"] for r in runs]}
    res["histogramMean"] = [statistics.mean(r["histogram"][b] for r in runs) for b in range(20)]
    for k in ("fractionBelow0.1", "fractionAbove0.9", "outputRateLast10sHz", "meanWOverGmax"):
        xs = [r[k] for r in runs]
        res[k] = xs
        res[k + "Mean"], res[k + "Sd"] = _stats(xs)["mean"], _stats(xs)["sd"]
    res["runs"] = runs
    res.update(_meta("/usr/bin/python3 bench/brian2/reference.py stdp --out " + out))
    return "brian2-stdp.json", res


TIMING_MS = {"cuba": 5000, "coba": 2000, "cobahh": 1000, "brunel": 500,
             "stdp": 10000, "plastic": 1000}


def all_timings(out, threads=(1, 2), benches=None):
    res = {"figure": "Brian2 C++ standalone wall time per biological second "
                     "(time inside Network::run only; median of 5 runs of one compiled binary)",
           "repeats": 5, "benchmarks": {}}
    for name, ms in TIMING_MS.items():
        if benches and name not in benches:
            continue
        res["benchmarks"][name] = {"durationMs": ms}
        for th in threads:
            p = subprocess.run([PY, os.path.join(HERE, name + ".py"), "--duration-ms", str(ms),
                                "--threads", str(th), "--repeat", "5"],
                               capture_output=True, text=True, cwd=HERE)
            if p.returncode:
                sys.stderr.write(p.stderr)
                res["benchmarks"][name]["threads%d" % th] = None
                continue
            j = json.loads(p.stdout.strip().splitlines()[-1])
            sys.stderr.write(p.stdout)
            res["benchmarks"][name]["threads%d" % th] = {
                "secondsPerBioSecond": j["secondsPerBioSecond"],
                "wallSecondsRuns": j["wallSecondsRuns"],
                "neurons": j["neurons"], "synapses": j["synapses"], "spikes": j["spikes"]}
    res.update(_meta("/usr/bin/python3 bench/brian2/reference.py timings --out " + out))
    return "brian2-timings.json", res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["cuba", "brunel", "stdp", "timings",
                                     "one-cuba", "one-brunel", "one-stdp"])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", default="1,2", help="timings: comma-separated thread counts")
    ap.add_argument("--benches", default="", help="timings: comma-separated subset")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "engine", "src", "test",
                                                 "resources", "reference"))
    a = ap.parse_args()
    sys.path.insert(0, HERE)
    if a.what.startswith("one-"):
        fn = {"one-cuba": one_cuba, "one-brunel": one_brunel, "one-stdp": one_stdp}[a.what]
        print(json.dumps(fn(a.seed)))
        return
    rel = os.path.relpath(a.out, os.path.join(HERE, "..", ".."))
    if a.what == "timings":
        fname, res = all_timings(rel, tuple(int(t) for t in a.threads.split(",")),
                                 [b for b in a.benches.split(",") if b])
    else:
        fname, res = {"cuba": all_cuba, "brunel": all_brunel, "stdp": all_stdp}[a.what](rel)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, fname), "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")
    print(os.path.join(a.out, fname))


if __name__ == "__main__":
    main()
