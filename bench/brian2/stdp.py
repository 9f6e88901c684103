#!/usr/bin/python3
"""Song, Miller & Abbott (2000) STDP: Brian2's examples/synapses/STDP.py.

1000 Poisson inputs at F = 15 Hz, all connected to 1 conductance LIF neuron:
    dv/dt  = (ge*(Ee - vr) + El - v) / taum     (note: driving force fixed at Ee - vr)
    dge/dt = -ge / taue                          (ge dimensionless), exact integration
taum 10 ms, taue 5 ms, Ee 0 mV, vt -54 mV, vr -60 mV, El -74 mV, threshold v > vt,
reset v = vr, no refractory period, dt 0.1 ms. Initial v = 0 (Brian default, so the
neuron fires at t = 0 and is reset).
Additive pair STDP with all-to-all (accumulating) traces, event-driven:
    taupre = taupost = 20 ms, gmax = 0.01,
    dApre = 0.01*gmax, dApost = -dApre*taupre/taupost*1.05 (= -1.05e-4)
    on_pre : ge += w; Apre += dApre; w = clip(w + Apost, 0, gmax)
    on_post: Apost += dApost; w = clip(w + Apre, 0, gmax)
Initial w = rand()*gmax. No delays.

Usage: /usr/bin/python3 stdp.py --duration-ms 10000 [--seed 1]
"""
from common import main

N = 1000


def build_stdp():
    from brian2 import (PoissonGroup, NeuronGroup, Synapses, SpikeMonitor,
                        ms, mV, Hz)
    gmax = .01
    dApre = .01
    dApost = -dApre * 20 * ms / (20 * ms) * 1.05
    ns = dict(taum=10 * ms, taupre=20 * ms, taupost=20 * ms, Ee=0 * mV,
              vt=-54 * mV, vr=-60 * mV, El=-74 * mV, taue=5 * ms, gmax=gmax,
              dApre=dApre * gmax, dApost=dApost * gmax)
    inp = PoissonGroup(N, rates=15 * Hz)
    neuron = NeuronGroup(1, '''dv/dt = (ge * (Ee-vr) + El - v) / taum : volt
                               dge/dt = -ge / taue : 1''',
                         threshold='v>vt', reset='v = vr', method='exact',
                         namespace=ns)
    S = Synapses(inp, neuron,
                 '''w : 1
                    dApre/dt = -Apre / taupre : 1 (event-driven)
                    dApost/dt = -Apost / taupost : 1 (event-driven)''',
                 on_pre='''ge += w
                           Apre += dApre
                           w = clip(w + Apost, 0, gmax)''',
                 on_post='''Apost += dApost
                            w = clip(w + Apre, 0, gmax)''',
                 namespace=ns)
    S.connect()
    S.w = 'rand() * gmax'
    return inp, neuron, S, gmax


def build(args):
    from brian2 import SpikeMonitor
    inp, neuron, S, gmax = build_stdp()
    mon_in = SpikeMonitor(inp, record=False)
    mon_out = SpikeMonitor(neuron, record=False)
    return {"neurons": N + 1, "synapses": lambda: len(S),
            "spike_monitors": [mon_in, mon_out],
            "objects": (inp, neuron, S, mon_in, mon_out),
            "extra": {"outputSpikes": lambda: int(mon_out.num_spikes)}}


if __name__ == "__main__":
    main("stdp", build, 10000.0)
