package org.neuroloom.app.editor.canvas;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;

/**
 * Finds what is under a canvas point, in drawing order reversed (what is drawn on top wins):
 * ports, then nodes, then edges. Tolerances are in screen pixels, so they feel the same at
 * every zoom.
 */
final class HitTest {

    private static final double EDGE_TOLERANCE_PX = 6;
    private static final double PORT_SLACK_PX = 3;

    private HitTest() {
    }

    static Hit at(Project p, Map<String, Node> drawn, List<EdgeLayout.Route> routes, double wx, double wy,
                  double zoom) {
        List<Population> pops = p.network().populations();
        for (int i = pops.size() - 1; i >= 0; i--) {
            Population pop = pops.get(i);
            double r = NodeGeometry.radius(pop);
            double px = pop.position().x() + r;
            if (Math.hypot(wx - px, wy - pop.position().y()) <= NodeGeometry.PORT_RADIUS + PORT_SLACK_PX / zoom) {
                return new Hit.Port(pop.id());
            }
        }
        for (int i = p.notes().size() - 1; i >= 0; i--) {
            Node n = drawn.get(p.notes().get(i).id());
            if (n != null && n.getBoundsInParent().contains(wx, wy)) {
                return new Hit.NodeHit(p.notes().get(i).id());
            }
        }
        List<Modulator> mods = p.network().modulators();
        for (int i = mods.size() - 1; i >= 0; i--) {
            CanvasPosition at = mods.get(i).position() == null ? CanvasPosition.ORIGIN : mods.get(i).position();
            if (Math.hypot(wx - at.x(), wy - at.y()) <= NodeGeometry.MODULATOR_RADIUS) {
                return new Hit.NodeHit(mods.get(i).id());
            }
        }
        for (int i = pops.size() - 1; i >= 0; i--) {
            Population pop = pops.get(i);
            if (Math.hypot(wx - pop.position().x(), wy - pop.position().y()) <= NodeGeometry.radius(pop)) {
                return new Hit.NodeHit(pop.id());
            }
        }
        for (int i = routes.size() - 1; i >= 0; i--) {
            EdgeLayout.Route r = routes.get(i);
            if (r.kind() == EdgeLayout.Kind.PROJECTION && (r.curve().distanceTo(wx, wy) <= EDGE_TOLERANCE_PX / zoom
                    || Math.hypot(wx - r.labelX(), wy - r.labelY()) <= 10 / zoom + 8)) {
                return new Hit.EdgeHit(r.id());
            }
        }
        return new Hit.Nothing();
    }
}
