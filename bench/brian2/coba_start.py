#!/usr/bin/python3
"""Brian2 reference for the vogels-abbott-coba sample: the COBA network of coba.py, started either
as the sample starts it or with the old 50 ms Poisson kick.

Network as coba.py (potentials relative to rest, add -60 mV for absolute values); all synapses
have a 0.1 ms delay (NeuroLoom's shortest delay is one step).  Starts:
  --start random (default, as the sample): v = (randn()*5 - 5) mV, and Brian's random
      conductances clipped at zero, ge = clip(randn()*1.5 + 4, 0, inf), gi = clip(randn()*12 + 20,
      0, inf) (in units of g_leak = 10 nS: N(40, 15) nS and N(200, 120) nS).  NeuroLoom writes
      these as normal distributions with "min": 0, "outside": "clip".
  --start kick: synapses at zero conductance and a PoissonGroup of 100 at 200 Hz for the first
      50 ms, connected with p = 0.1 and we = 0.6 (6 nS) to every neuron.
Runtime mode (numpy), dt = 0.1 ms.  Prints the mean rate of all 4000 neurons in [0, 200 ms),
[200 ms, 1 s) and [200 ms, duration).

Usage: /usr/bin/python3 coba_start.py --seed 1 [--start random|kick] [--duration-ms 2000]

Results (Brian2 2.5.1, rate in [200 ms, 1 s)):
  random: seed 1 18.96 Hz, 2 18.45, 3 18.67, 4 0 (the activity died within 200 ms), 5 20.29.
  kick: seed 1 18.11 Hz, 2 18.48, 3 17.98, 4 0 (the activity died after the kick), 5 21.42.
"""
import argparse
import warnings

warnings.filterwarnings("ignore")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--duration-ms", type=float, default=2000)
    p.add_argument("--start", choices=["random", "kick"], default="random")
    args = p.parse_args()
    import numpy as np
    from brian2 import (NeuronGroup, Network, PoissonGroup, SpikeMonitor, Synapses, defaultclock, ms, mV, prefs,
                        seed)
    prefs.codegen.target = "numpy"
    prefs.logging.console_log_level = "ERROR"
    seed(args.seed)
    defaultclock.dt = 0.1 * ms
    ns = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, Ee=60 * mV, Ei=-20 * mV, we=6. / 10., wi=67. / 10.)
    eqs = '''
    dv/dt  = (-v+ge*(Ee-v)+gi*(Ei-v))*(1./taum) : volt (unless refractory)
    dge/dt = -ge*(1./taue) : 1
    dgi/dt = -gi*(1./taui) : 1
    '''
    P = NeuronGroup(4000, eqs, threshold='v>10*mV', reset='v=0*mV', refractory=5 * ms,
                    method='exponential_euler', namespace=ns)
    Ce = Synapses(P[:3200], P, on_pre='ge+=we', namespace=ns, delay=0.1 * ms)
    Ci = Synapses(P[3200:], P, on_pre='gi+=wi', namespace=ns, delay=0.1 * ms)
    Ce.connect(p=0.02)
    Ci.connect(p=0.02)
    P.v = '(randn()*5 - 5)*mV'
    mon = SpikeMonitor(P)
    if args.start == "random":
        P.ge = 'clip(randn()*1.5 + 4, 0, inf)'
        P.gi = 'clip(randn()*12 + 20, 0, inf)'
        Network(P, Ce, Ci, mon).run(args.duration_ms * ms)
    else:
        K = PoissonGroup(100, rates='200*Hz*int(t<50*ms)')
        Ck = Synapses(K, P, on_pre='ge+=we', namespace=ns, delay=0.1 * ms)
        Ck.connect(p=0.1)
        Network(P, Ce, Ci, K, Ck, mon).run(args.duration_ms * ms)
    t = np.array(mon.t / ms)
    for a, b in [(0, 200), (200, 1000), (200, args.duration_ms)]:
        n = ((t >= a) & (t < b)).sum()
        print("rate [%g, %g) ms: %.3f Hz" % (a, b, n / 4000 / ((b - a) / 1000)))


if __name__ == "__main__":
    main()
