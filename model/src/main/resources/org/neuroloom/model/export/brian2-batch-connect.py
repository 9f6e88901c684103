def batch_brian2_connections():
    """Makes each projection's synapses in one Brian2 connect call, parameters set as arrays.

    PyNN 0.10's Brian2 backend calls Synapses.connect once per target neuron, generating code
    each time, then sets every synapse parameter one synapse at a time: the 320,000 synapses of
    the CUBA sample took 7 minutes to build. This collects what the connector asks for and makes
    the same synapses, with the same values in the same order, at once (seconds). Projections
    from or to views and assemblies, and every projection under --pynn-connect, are left to PyNN.
    """
    import brian2
    import pyNN.connectors
    from pyNN.brian2.projections import Projection

    convergent_connect = Projection._convergent_connect

    def collect(self, presynaptic_indices, postsynaptic_index, **parameters):
        pending = getattr(self, "_batched_synapses", None)
        if pending is None:
            return convergent_connect(self, presynaptic_indices, postsynaptic_index, **parameters)
        parameters.pop("dendritic_delay_fraction", None)
        pending.append((numpy.atleast_1d(numpy.asarray(presynaptic_indices, dtype=int)), int(postsynaptic_index),
                        dict(parameters, **self.synapse_type.initial_conditions)))

    def make(projection, pending):
        pending = [p for p in pending if p[0].size > 0]
        if not pending:
            return
        syn = projection._brian2_synapses[0][0]
        first = len(syn)
        sources = numpy.concatenate([p[0] for p in pending])
        targets = numpy.concatenate([numpy.full(p[0].size, p[1]) for p in pending])
        syn.connect(i=sources, j=targets)
        projection._n_connections += sources.size
        for name in pending[0][2]:
            dims = brian2.get_dimensions(pending[0][2][name])
            values = numpy.concatenate([numpy.broadcast_to(numpy.asarray(p[2][name], dtype=float), p[0].shape)
                                        for p in pending])
            if name == "delay":  # to the nearest time step, as PyNN rounds them
                step_s = projection._simulator.state.dt * 1e-3
                values = numpy.round(values / step_s) * step_s
            try:
                getattr(syn, name)[first:first + sources.size] = brian2.Quantity(values, dim=dims)
            except TypeError as err:
                if "read-only" not in str(err):
                    raise

    def batched(connect):
        def connect_at_once(self, projection):
            plain = type(projection.pre) is sim.Population and type(projection.post) is sim.Population
            if not plain or getattr(projection, "_batched_synapses", None) is not None:
                return connect(self, projection)
            projection._batched_synapses = []
            try:
                connect(self, projection)
                pending = projection._batched_synapses
            finally:
                projection._batched_synapses = None
            make(projection, pending)
        return connect_at_once

    Projection._convergent_connect = collect
    for cls in list(vars(pyNN.connectors).values()):
        if isinstance(cls, type) and issubclass(cls, pyNN.connectors.Connector) and "connect" in vars(cls):
            cls.connect = batched(vars(cls)["connect"])


if args.backend == "brian2" and not args.pynn_connect:
    batch_brian2_connections()


