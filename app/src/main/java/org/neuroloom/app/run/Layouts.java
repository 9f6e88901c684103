package org.neuroloom.app.run;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.engine.run.PopulationInfo;
import org.neuroloom.engine.run.ProjectionInfo;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;

/** Builds the views' {@link NetworkLayout} from a project and the engine's numbering. */
public final class Layouts {
    private Layouts() {
    }

    /**
     * The layout of a compiled project: populations in engine order with their global offsets;
     * the plastic projections that change weights, with the rule's bounds as colour scale.
     */
    public static NetworkLayout of(Project project, List<PopulationInfo> populations, List<ProjectionInfo> projections,
                                   double dtMs, long synapseCount) {
        List<NetworkLayout.Pop> pops = new ArrayList<>();
        for (PopulationInfo p : populations) {
            String label = project.network().population(p.id()).map(Population::label).orElse(p.id());
            pops.add(new NetworkLayout.Pop(p.id(), label, (int) p.offset(), p.size(), p.source(), p.stateVariables()));
        }
        List<NetworkLayout.Proj> projs = new ArrayList<>();
        for (ProjectionInfo info : weightProjections(project, projections)) {
            Projection m = project.network().projection(info.id()).orElseThrow();
            projs.add(new NetworkLayout.Proj(info.id(), m.label(), populations.get(info.source()).size(),
                    populations.get(info.target()).size(), m.plasticity().wMin(), m.plasticity().wMax(), m.synapse().weightUnit()));
        }
        return new NetworkLayout(pops, projs, dtMs, synapseCount);
    }

    /** The projections whose weights the views show: plastic ones whose rule changes weights. */
    public static List<ProjectionInfo> weightProjections(Project project, List<ProjectionInfo> projections) {
        List<ProjectionInfo> out = new ArrayList<>();
        for (ProjectionInfo info : projections) {
            Projection m = project.network().projection(info.id()).orElse(null);
            if (info.plastic() && m != null && m.plasticity() != null && Double.isFinite(m.plasticity().wMax())
                    && info.synapseCount() > 0) {
                out.add(info);
            }
        }
        return out;
    }
}
