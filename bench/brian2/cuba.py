#!/usr/bin/python3
"""CUBA benchmark: Brian2's examples/CUBA.py (Brette et al. 2007, benchmark 2).

4000 LIF neurons (0..3199 excitatory, 3200..3999 inhibitory), exact (linear)
integration, dt = 0.1 ms, no synaptic delay (spikes act on the next step):
    dv/dt  = (ge + gi - (v - El)) / taum   (unless refractory)
    dge/dt = -ge / taue ;  dgi/dt = -gi / taui       (ge, gi in volts)
taum 20 ms, taue 5 ms, taui 10 ms, Vt -50 mV, Vr -60 mV, El -49 mV,
refractory 5 ms, threshold v > Vt, reset v = Vr.
Connections: E -> all with p = 0.02, ge += we (we = 60*0.27/10 mV = 1.62 mV);
I -> all with p = 0.02, gi += wi (wi = -20*4.5/10 mV = -9 mV); autapses allowed.
Initial v uniform in [Vr, Vt], ge = gi = 0.

Usage: /usr/bin/python3 cuba.py --duration-ms 1000 [--threads 2] [--seed 1] [--repeat 1]
See common.py for how wallSeconds is measured (simulation loop only).
"""
from common import main


def build_cuba():
    from brian2 import (NeuronGroup, Synapses, SpikeMonitor, ms, mV)
    taum, taue, taui = 20 * ms, 5 * ms, 10 * ms
    Vt, Vr, El = -50 * mV, -60 * mV, -49 * mV
    eqs = '''
    dv/dt  = (ge+gi-(v-El))/taum : volt (unless refractory)
    dge/dt = -ge/taue : volt
    dgi/dt = -gi/taui : volt
    '''
    P = NeuronGroup(4000, eqs, threshold='v>Vt', reset='v = Vr',
                    refractory=5 * ms, method='exact',
                    namespace=dict(taum=taum, taue=taue, taui=taui,
                                   Vt=Vt, Vr=Vr, El=El))
    P.v = 'Vr + rand() * (Vt - Vr)'
    P.ge = 0 * mV
    P.gi = 0 * mV
    we = (60 * 0.27 / 10) * mV
    wi = (-20 * 4.5 / 10) * mV
    Ce = Synapses(P, P, on_pre='ge += we', namespace=dict(we=we))
    Ci = Synapses(P, P, on_pre='gi += wi', namespace=dict(wi=wi))
    Ce.connect('i<3200', p=0.02)
    Ci.connect('i>=3200', p=0.02)
    mon = SpikeMonitor(P)
    return P, Ce, Ci, mon


def build(args):
    P, Ce, Ci, mon = build_cuba()
    return {"neurons": 4000, "synapses": lambda: len(Ce) + len(Ci),
            "spike_monitors": [mon], "objects": (P, Ce, Ci, mon)}


if __name__ == "__main__":
    main("cuba", build, 1000.0)
