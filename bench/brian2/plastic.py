#!/usr/bin/python3
"""Plastic recurrent E/I network with pair STDP on E->E (NeuroLoom benchmark,
defined here; not a Brian2 example).  Written out completely so the Java side
can build the identical network.

Populations (one NeuronGroup, indices 0..9999 = E, 10000..12499 = I), same
model for both, current-based exponential synapses in voltage units (as CUBA):
    dv/dt  = (El - v + ge + gi) / taum   (unless refractory)
    dge/dt = -ge / taue ;  dgi/dt = -gi / taui      (exact integration, dt 0.1 ms)
    taum 20 ms, taue 5 ms, taui 10 ms, El -60 mV, threshold v > Vt = -50 mV,
    reset v = Vr = -60 mV, refractory 2 ms.
    Initial v uniform in [Vr, Vt], ge = gi = 0.
Connectivity: fixed probability p = 0.025 for every projection (Bernoulli per
ordered pair, autapses allowed), delay 1.5 ms for every synapse:
    E->E  ~2.5e6 synapses, plastic, on_pre: ge += w, w in [0, wmax], wmax = 0.5 mV,
          initial w uniform in [0, wmax]
    E->I  ~0.625e6, static, ge += wE = 0.25 mV
    I->E  ~0.625e6, static, gi += wI = -1.25 mV   (g = 5)
    I->I  ~0.156e6, static, gi += wI = -1.25 mV
External drive: every neuron gets an independent Poisson input onto ge:
    Brian2 PoissonInput(N = 1000 sources, rate = 9 Hz each, weight = wExt = 0.25 mV),
    i.e. per step a binomial(1000, 9 Hz * 0.1 ms) count times 0.25 mV is added to
    ge (equivalent to one Poisson train of 9 kHz with weight 0.25 mV).
STDP on E->E: additive pair rule with all-to-all (accumulating) traces, exactly
the Song-Abbott form of stdp.py:
    taupre = taupost = 20 ms, dApre = 0.01*wmax, dApost = -1.05*0.01*wmax
    on_pre (at spike arrival, i.e. after the 1.5 ms delay):
        ge += w; Apre += dApre; w = clip(w + Apost, 0, wmax)
    on_post (at the postsynaptic spike, no delay):
        Apost += dApost; w = clip(w + Apre, 0, wmax)
    Traces decay exponentially and are updated only at events (event-driven).

Usage: /usr/bin/python3 plastic.py --duration-ms 1000 [--threads 2] [--seed 1]
"""
from common import main

N_E, N_I, P_CONN = 10000, 2500, 0.025


def build_plastic():
    from brian2 import NeuronGroup, Synapses, PoissonInput, ms, mV, Hz
    wmax = 0.5 * mV
    ns = dict(taum=20 * ms, taue=5 * ms, taui=10 * ms, El=-60 * mV, Vt=-50 * mV,
              Vr=-60 * mV, wE=0.25 * mV, wI=-1.25 * mV, wExt=0.25 * mV,
              wmax=wmax, taupre=20 * ms, taupost=20 * ms,
              dApre=0.01 * wmax, dApost=-1.05 * 0.01 * wmax)
    P = NeuronGroup(N_E + N_I, '''dv/dt  = (El - v + ge + gi)/taum : volt (unless refractory)
                                  dge/dt = -ge/taue : volt
                                  dgi/dt = -gi/taui : volt''',
                    threshold='v > Vt', reset='v = Vr', refractory=2 * ms,
                    method='exact', namespace=ns)
    P.v = 'Vr + rand()*(Vt - Vr)'
    E, I = P[:N_E], P[N_E:]
    d = 1.5 * ms
    ee = Synapses(E, E, '''w : volt
                           dApre/dt = -Apre/taupre : volt (event-driven)
                           dApost/dt = -Apost/taupost : volt (event-driven)''',
                  on_pre='''ge += w
                            Apre += dApre
                            w = clip(w + Apost, 0*mV, wmax)''',
                  on_post='''Apost += dApost
                             w = clip(w + Apre, 0*mV, wmax)''',
                  delay=d, namespace=ns)
    ee.connect(p=P_CONN)
    ee.w = 'rand()*wmax'
    ei = Synapses(E, I, on_pre='ge += wE', delay=d, namespace=ns)
    ei.connect(p=P_CONN)
    ie = Synapses(I, E, on_pre='gi += wI', delay=d, namespace=ns)
    ie.connect(p=P_CONN)
    ii = Synapses(I, I, on_pre='gi += wI', delay=d, namespace=ns)
    ii.connect(p=P_CONN)
    ext = PoissonInput(P, 'ge', N=1000, rate=9 * Hz, weight='wExt')
    ext.namespace = ns
    return P, ee, ei, ie, ii, ext, wmax


def build(args):
    from brian2 import SpikeMonitor
    P, ee, ei, ie, ii, ext, wmax = build_plastic()
    mon = SpikeMonitor(P, record=False)
    mon_e = SpikeMonitor(P[:N_E], record=False)
    return {"neurons": N_E + N_I,
            "synapses": lambda: len(ee) + len(ei) + len(ie) + len(ii),
            "spike_monitors": [mon], "objects": (P, ee, ei, ie, ii, ext, mon, mon_e),
            "extra": {"plasticSynapses": lambda: len(ee),
                      "excitatoryRateHz": lambda: int(mon_e.num_spikes) / N_E / (args.duration_ms / 1000),
                      "meanWeightOverWmax": lambda: float(ee.w[:].mean() / wmax)}}


if __name__ == "__main__":
    main("plastic", build, 1000.0)
