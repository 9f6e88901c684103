#!/usr/bin/python3
"""COBAHH benchmark: Brian2's examples/COBAHH.py (Brette et al. 2007,
benchmark 3): 4000 Traub-Miles Hodgkin-Huxley neurons (0..3199 E, 3200..3999 I),
exponential conductances, exponential Euler, dt = 0.1 ms.

area 20000 um^2, Cm 1 uF/cm^2, gl 5e-5 S/cm^2, El -60 mV, EK -90 mV, ENa 50 mV,
g_na 100 mS/cm^2, g_kd 30 mS/cm^2, VT -63 mV, taue 5 ms, taui 10 ms,
Ee 0 mV, Ei -80 mV, we 6 nS, wi 67 nS, p = 0.02 from E (ge += we) and from I
(gi += wi), no delay. Spike: v > -20 mV with refractory 3 ms (i.e. a spike is
counted when v crosses -20 mV and no further spike for 3 ms; the dynamics are
not clamped). Initial v = El + (randn()*5 - 5) mV, ge = clip(randn()*1.5 + 4, 0, inf)*10 nS,
gi = clip(randn()*12 + 20, 0, inf)*10 nS (the example lets negative draws stand; NeuroLoom's
conductances cannot be negative, so both sides clip them at 0).  Rate functions as in the example (Traub-Miles).

Usage: /usr/bin/python3 cobahh.py --duration-ms 1000 [--threads 2] [--seed 1]
"""
from common import main


def build(args):
    from brian2 import (NeuronGroup, Synapses, SpikeMonitor, Equations, ms, mV,
                        umetre, ufarad, cm, siemens, msiemens, nS)
    area = 20000 * umetre ** 2
    ns = dict(Cm=(1 * ufarad * cm ** -2) * area, gl=(5e-5 * siemens * cm ** -2) * area,
              El=-60 * mV, EK=-90 * mV, ENa=50 * mV,
              g_na=(100 * msiemens * cm ** -2) * area,
              g_kd=(30 * msiemens * cm ** -2) * area, VT=-63 * mV,
              taue=5 * ms, taui=10 * ms, Ee=0 * mV, Ei=-80 * mV,
              we=6 * nS, wi=67 * nS)
    eqs = Equations('''
    dv/dt = (gl*(El-v)+ge*(Ee-v)+gi*(Ei-v)-
             g_na*(m*m*m)*h*(v-ENa)-
             g_kd*(n*n*n*n)*(v-EK))/Cm : volt
    dm/dt = alpha_m*(1-m)-beta_m*m : 1
    dn/dt = alpha_n*(1-n)-beta_n*n : 1
    dh/dt = alpha_h*(1-h)-beta_h*h : 1
    dge/dt = -ge*(1./taue) : siemens
    dgi/dt = -gi*(1./taui) : siemens
    alpha_m = 0.32*(mV**-1)*(13*mV-v+VT)/
             (exp((13*mV-v+VT)/(4*mV))-1.)/ms : Hz
    beta_m = 0.28*(mV**-1)*(v-VT-40*mV)/
            (exp((v-VT-40*mV)/(5*mV))-1)/ms : Hz
    alpha_h = 0.128*exp((17*mV-v+VT)/(18*mV))/ms : Hz
    beta_h = 4./(1+exp((40*mV-v+VT)/(5*mV)))/ms : Hz
    alpha_n = 0.032*(mV**-1)*(15*mV-v+VT)/
             (exp((15*mV-v+VT)/(5*mV))-1.)/ms : Hz
    beta_n = .5*exp((10*mV-v+VT)/(40*mV))/ms : Hz
    ''')
    P = NeuronGroup(4000, model=eqs, threshold='v>-20*mV', refractory=3 * ms,
                    method='exponential_euler', namespace=ns)
    Pe, Pi = P[:3200], P[3200:]
    Ce = Synapses(Pe, P, on_pre='ge+=we', namespace=ns)
    Ci = Synapses(Pi, P, on_pre='gi+=wi', namespace=ns)
    Ce.connect(p=0.02)
    Ci.connect(p=0.02)
    P.v = 'El + (randn() * 5 - 5)*mV'
    P.ge = 'clip(randn() * 1.5 + 4, 0, inf) * 10.*nS'
    P.gi = 'clip(randn() * 12 + 20, 0, inf) * 10.*nS'
    mon = SpikeMonitor(P)
    return {"neurons": 4000, "synapses": lambda: len(Ce) + len(Ci),
            "spike_monitors": [mon], "objects": (P, Ce, Ci, mon)}


if __name__ == "__main__":
    main("cobahh", build, 1000.0)
