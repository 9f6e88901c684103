#!/usr/bin/python3
"""Brunel (2000) sparse E/I network, Fig. 8C regime (g = 5, eta = nu_ext/nu_thr = 2),
as in Brian2's examples/frompapers/Brunel_2000.py.

N_E = 10000, N_I = 2500 (0..9999 E, 10000..12499 I), delta-current LIF:
    dv/dt = -v/tau  (unless refractory), tau 20 ms, exact integration, dt 0.1 ms
    threshold v > theta = 20 mV, reset v = V_r = 10 mV, refractory tau_rp 2 ms
Recurrent synapses: E -> all with p = epsilon = 0.1 (v += J, J = 0.1 mV),
I -> all with p = 0.1 (v += -g*J = -0.5 mV); delay D = 1.5 ms for all.
(p = 0.1 gives C_E = 1000, C_I = 250 inputs on average; autapses allowed.)
External input: PoissonInput onto v, N = C_ext = C_E = 1000 independent sources
at nu_ext = eta*nu_thr each, weight J; nu_thr = theta/(J*C_E*tau) = 10 Hz, so
nu_ext = 20 Hz per source = 20 kHz total per neuron.  Brian's PoissonInput draws
a binomial(N, nu_ext*dt) count per neuron per step and adds count*J to v.
Initial v = 0 (as in the example).

Usage: /usr/bin/python3 brunel.py --duration-ms 1000 [--threads 2] [--seed 1] [--g 5 --eta 2]
"""
from common import main

N_E, N_I = 10000, 2500


def build_brunel(g=5.0, eta=2.0, record_all=False):
    from brian2 import NeuronGroup, Synapses, PoissonInput, SpikeMonitor, ms, mV
    C_E = 1000
    ns = dict(tau=20 * ms, theta=20 * mV, V_r=10 * mV, J=0.1 * mV, g=g)
    nu_thr = ns["theta"] / (ns["J"] * C_E * ns["tau"])
    neurons = NeuronGroup(N_E + N_I, "dv/dt = -v/tau : volt (unless refractory)",
                          threshold="v > theta", reset="v = V_r",
                          refractory=2 * ms, method="exact", namespace=ns)
    exc = Synapses(neurons[:N_E], neurons, on_pre="v += J", delay=1.5 * ms, namespace=ns)
    exc.connect(p=0.1)
    inh = Synapses(neurons[N_E:], neurons, on_pre="v += -g*J", delay=1.5 * ms, namespace=ns)
    inh.connect(p=0.1)
    ext = PoissonInput(neurons, "v", N=C_E, rate=eta * nu_thr, weight="J")
    ext.namespace = ns  # weight is a string resolved in this namespace
    mon = SpikeMonitor(neurons, record=record_all)
    return neurons, exc, inh, ext, mon


def build(args):
    neurons, exc, inh, ext, mon = build_brunel(args.g, args.eta)
    return {"neurons": N_E + N_I, "synapses": lambda: len(exc) + len(inh),
            "spike_monitors": [mon], "objects": (neurons, exc, inh, ext, mon)}


def extra(p):
    p.add_argument("--g", type=float, default=5.0)
    p.add_argument("--eta", type=float, default=2.0)


if __name__ == "__main__":
    main("brunel", build, 1000.0, extra)
