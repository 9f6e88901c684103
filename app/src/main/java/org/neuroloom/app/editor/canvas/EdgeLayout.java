package org.neuroloom.app.editor.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Where every edge runs: projections between two nodes are straight, or curved apart when
 * several join the same pair (so A→B and B→A never overlap); projections onto their own source
 * are loops above the node; release links run from a population to its modulator and gate
 * links from a modulator to the reward-modulated projections that read it.
 */
public final class EdgeLayout {

    /** Sideways distance between parallel edges of one pair. */
    static final double PARALLEL_GAP = 40;

    /** What an edge stands for. */
    public enum Kind {
        PROJECTION, RELEASE, GATE
    }

    /**
     * One routed edge.
     *
     * @param id     projection id; for links {@code source->modulator} or {@code modulator->projection}
     * @param kind   what it stands for
     * @param curve  its path
     * @param labelX where its label is centred
     * @param labelY where its label is centred
     */
    public record Route(String id, Kind kind, Bezier curve, double labelX, double labelY) {
    }

    private record Circle(double x, double y, double r) {
    }

    private EdgeLayout() {
    }

    /** Routes for every projection and link of {@code p}, projections first, in file order. */
    public static List<Route> routes(Project p) {
        Map<String, Circle> nodes = new HashMap<>();
        for (Population pop : p.network().populations()) {
            nodes.put(pop.id(), new Circle(pop.position().x(), pop.position().y(), NodeGeometry.radius(pop)));
        }
        for (Modulator m : p.network().modulators()) {
            CanvasPosition at = m.position() == null ? CanvasPosition.ORIGIN : m.position();
            nodes.put(m.id(), new Circle(at.x(), at.y(), NodeGeometry.MODULATOR_RADIUS));
        }
        Map<String, List<Projection>> pairs = new LinkedHashMap<>();
        Map<String, Integer> loops = new HashMap<>();
        List<Route> out = new ArrayList<>();
        for (Projection x : p.network().projections()) {
            if (!x.source().equals(x.target())) {
                pairs.computeIfAbsent(pairKey(x.source(), x.target()), k -> new ArrayList<>()).add(x);
            }
        }
        Map<String, Route> byId = new HashMap<>();
        for (Projection x : p.network().projections()) {
            Circle s = nodes.get(x.source());
            Circle t = nodes.get(x.target());
            if (s == null || t == null) {
                continue;
            }
            Route r;
            if (x.source().equals(x.target())) {
                int k = loops.merge(x.source(), 1, Integer::sum) - 1;
                r = loop(x.id(), s, k);
            } else {
                List<Projection> group = pairs.get(pairKey(x.source(), x.target()));
                double offset = (group.indexOf(x) - (group.size() - 1) / 2.0) * PARALLEL_GAP;
                boolean canonical = x.source().compareTo(x.target()) < 0;
                r = between(x.id(), Kind.PROJECTION, s, t, canonical ? offset : -offset);
            }
            out.add(r);
            byId.put(x.id(), r);
        }
        for (Modulator m : p.network().modulators()) {
            Circle mc = nodes.get(m.id());
            for (String src : m.releasedBy()) {
                Circle s = nodes.get(src);
                if (s != null) {
                    out.add(between(src + "->" + m.id(), Kind.RELEASE, s, mc, 0));
                }
            }
            for (Projection x : p.network().projections()) {
                Route target = byId.get(x.id());
                if (target != null && x.plasticity() instanceof Plasticity.RewardStdp r && m.id().equals(r.modulator())) {
                    Circle end = new Circle(target.labelX(), target.labelY(), 12);
                    out.add(between(m.id() + "->" + x.id(), Kind.GATE, mc, end, 0));
                }
            }
        }
        return out;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** From boundary to boundary; {@code offset} bends the edge sideways (left of travel when positive). */
    private static Route between(String id, Kind kind, Circle s, Circle t, double offset) {
        double dx = t.x - s.x;
        double dy = t.y - s.y;
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = dy / len;
        double ny = -dx / len;
        double qx = (s.x + t.x) / 2 + nx * 2 * offset;
        double qy = (s.y + t.y) / 2 + ny * 2 * offset;
        double[] a = toward(s, qx, qy);
        double[] b = toward(t, qx, qy);
        Bezier c = offset == 0 ? Bezier.line(a[0], a[1], b[0], b[1]) : Bezier.quadratic(a[0], a[1], qx, qy, b[0], b[1]);
        return new Route(id, kind, c, c.x(0.5), c.y(0.5));
    }

    private static double[] toward(Circle c, double px, double py) {
        double dx = px - c.x;
        double dy = py - c.y;
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return new double[] {c.x + dx / len * c.r, c.y + dy / len * c.r};
    }

    /** The k-th loop of a node: leaves and re-enters the top of the node, bigger for each further loop. */
    private static Route loop(String id, Circle c, int k) {
        double a1 = Math.toRadians(-112 - 24);
        double a2 = Math.toRadians(-112 + 24);
        double reach = c.r + 70 + 26 * k;
        double spread = Math.toRadians(26 + 4 * k);
        Bezier b = new Bezier(c.x + c.r * Math.cos(a1), c.y + c.r * Math.sin(a1),
                c.x + reach * Math.cos(a1 - spread), c.y + reach * Math.sin(a1 - spread),
                c.x + reach * Math.cos(a2 + spread), c.y + reach * Math.sin(a2 + spread),
                c.x + c.r * Math.cos(a2), c.y + c.r * Math.sin(a2));
        return new Route(id, Kind.PROJECTION, b, b.x(0.5), b.y(0.5) - 16);
    }
}
