#!/usr/bin/python3
"""COBA benchmark: Vogels-Abbott conductance-based LIF network as in Brian's
COBA example (Brette et al. 2007, benchmark 1; Brian 1 examples/COBA.py, the
Brian2 port used in Brian's speed tests).  Brian2 itself ships no
examples/COBA.py; this is that network written for Brian2.

4000 LIF neurons (0..3199 E, 3200..3999 I); potentials are relative to rest
(add -60 mV for absolute values):
    dv/dt  = (-v + ge*(Ee - v) + gi*(Ei - v)) / taum   (unless refractory)
    dge/dt = -ge / taue ;  dgi/dt = -gi / taui  (ge, gi dimensionless, in units of g_leak)
taum 20 ms, taue 5 ms, taui 10 ms, Ee = +60 mV (0 mV abs), Ei = -20 mV (-80 mV abs),
threshold v > 10 mV (-50 mV abs), reset v = 0 (-60 mV abs), refractory 5 ms,
integration 'exact' is not possible (v*ge term) -> Brian picks exponential Euler
for this (method='exponential_euler'), dt = 0.1 ms.
Connections p = 0.02 from E (ge += 0.6) and from I (gi += 6.7), no delay.
Initial: v = (randn()*5 - 5) mV, ge = clip(randn()*1.5 + 4, 0, inf), gi = clip(randn()*12 + 20, 0, inf)
(Brian's example lets the few negative draws stand; NeuroLoom's conductances cannot be negative,
so both sides clip them at 0).

Usage: /usr/bin/python3 coba.py --duration-ms 1000 [--threads 2] [--seed 1]
"""
from common import main


def build(args):
    from brian2 import NeuronGroup, Synapses, SpikeMonitor, ms, mV
    ns = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, Ee=60 * mV, Ei=-20 * mV,
              we=6. / 10., wi=67. / 10.)
    eqs = '''
    dv/dt  = (-v+ge*(Ee-v)+gi*(Ei-v))*(1./taum) : volt (unless refractory)
    dge/dt = -ge*(1./taue) : 1
    dgi/dt = -gi*(1./taui) : 1
    '''
    P = NeuronGroup(4000, eqs, threshold='v>10*mV', reset='v=0*mV',
                    refractory=5 * ms, method='exponential_euler', namespace=ns)
    Pe, Pi = P[:3200], P[3200:]
    Ce = Synapses(Pe, P, on_pre='ge+=we', namespace=ns)
    Ci = Synapses(Pi, P, on_pre='gi+=wi', namespace=ns)
    Ce.connect(p=0.02)
    Ci.connect(p=0.02)
    P.v = '(randn()*5 - 5)*mV'
    P.ge = 'clip(randn()*1.5 + 4, 0, inf)'
    P.gi = 'clip(randn()*12 + 20, 0, inf)'
    mon = SpikeMonitor(P)
    return {"neurons": 4000, "synapses": lambda: len(Ce) + len(Ci),
            "spike_monitors": [mon], "objects": (P, Ce, Ci, mon)}


if __name__ == "__main__":
    main("coba", build, 1000.0)
