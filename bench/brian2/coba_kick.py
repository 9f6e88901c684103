#!/usr/bin/python3
"""Brian2 reference for the vogels-abbott-coba sample: the COBA network of coba.py, but started
the way the sample starts it (synapses at zero conductance, a 50 ms Poisson kick) instead of
with random initial conductances.

Network as coba.py (potentials relative to rest, add -60 mV for absolute values); all synapses
have a 0.1 ms delay (NeuroLoom's shortest delay is one step).  Kick: a PoissonGroup of 100 at
200 Hz for the first 50 ms, connected with p = 0.1 and we = 0.6 (6 nS) to every neuron.
Runtime mode (numpy), dt = 0.1 ms.  Prints the mean rate of all 4000 neurons in [0, 200 ms),
[200 ms, 1 s) and [200 ms, duration).

Usage: /usr/bin/python3 coba_kick.py --seed 1 [--duration-ms 2000]

Results (Brian2 2.5.1, rate in [200 ms, 1 s)): seed 1 18.11 Hz, 2 18.48, 3 17.98, 4 0 (the
activity died after the kick), 5 21.42.
"""
import argparse
import warnings

warnings.filterwarnings("ignore")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--duration-ms", type=float, default=2000)
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
    K = PoissonGroup(100, rates='200*Hz*int(t<50*ms)')
    Ck = Synapses(K, P, on_pre='ge+=we', namespace=ns, delay=0.1 * ms)
    Ck.connect(p=0.1)
    mon = SpikeMonitor(P)
    Network(P, Ce, Ci, K, Ck, mon).run(args.duration_ms * ms)
    t = np.array(mon.t / ms)
    for a, b in [(0, 200), (200, 1000), (200, args.duration_ms)]:
        n = ((t >= a) & (t < b)).sum()
        print("rate [%g, %g) ms: %.3f Hz" % (a, b, n / 4000 / ((b - a) / 1000)))


if __name__ == "__main__":
    main()
