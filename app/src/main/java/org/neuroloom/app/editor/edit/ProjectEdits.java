package org.neuroloom.app.editor.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Network;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Recording;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.plasticity.Plasticity;

/**
 * Pure functions from one project to the next: the edits behind the editor's commands. Ids are
 * one namespace across populations, projections, modulators and notes.
 */
public final class ProjectEdits {

    private ProjectEdits() {
    }

    /** Every id in use. */
    public static Set<String> ids(Project p) {
        Set<String> ids = new LinkedHashSet<>();
        Network n = p.network();
        n.populations().forEach(x -> ids.add(x.id()));
        n.projections().forEach(x -> ids.add(x.id()));
        n.modulators().forEach(x -> ids.add(x.id()));
        p.notes().forEach(x -> ids.add(x.id()));
        return ids;
    }

    /** {@code base} if free, else {@code base2}, {@code base3}... */
    public static String uniqueId(Project p, String base) {
        return uniqueId(ids(p), base);
    }

    /** {@code base} if not in {@code taken}, else {@code base2}, {@code base3}... */
    public static String uniqueId(Collection<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }

    /** What kind of element {@code id} is, if it exists. */
    public static Optional<ElementKind> kindOf(Project p, String id) {
        Network n = p.network();
        if (n.population(id).isPresent()) {
            return Optional.of(ElementKind.POPULATION);
        }
        if (n.projection(id).isPresent()) {
            return Optional.of(ElementKind.PROJECTION);
        }
        if (n.modulator(id).isPresent()) {
            return Optional.of(ElementKind.MODULATOR);
        }
        return note(p, id).map(x -> ElementKind.NOTE);
    }

    /** The note with this id. */
    public static Optional<Note> note(Project p, String id) {
        return p.notes().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** Where a node (population, modulator, note) sits; empty for projections and unknown ids. */
    public static Optional<CanvasPosition> position(Project p, String id) {
        Network n = p.network();
        Optional<CanvasPosition> pos = n.population(id).map(Population::position);
        if (pos.isEmpty()) {
            pos = n.modulator(id).map(m -> orOrigin(m.position()));
        }
        if (pos.isEmpty()) {
            pos = note(p, id).map(x -> orOrigin(x.position()));
        }
        return pos;
    }

    static CanvasPosition orOrigin(CanvasPosition p) {
        return p == null ? CanvasPosition.ORIGIN : p;
    }

    /** Moves nodes to new positions; ids that are not nodes are ignored. */
    public static Project withPositions(Project p, Map<String, CanvasPosition> to) {
        Network n = p.network();
        List<Population> pops = map(n.populations(), x -> to.containsKey(x.id()) ? x.withPosition(to.get(x.id())) : x);
        List<Modulator> mods = map(n.modulators(), m -> to.containsKey(m.id()) ? withPosition(m, to.get(m.id())) : m);
        List<Note> notes = map(p.notes(), x -> to.containsKey(x.id()) ? new Note(x.id(), x.text(), to.get(x.id())) : x);
        return p.withNetwork(new Network(pops, n.projections(), mods)).withNotes(notes);
    }

    /** A modulator at another position. */
    public static Modulator withPosition(Modulator m, CanvasPosition at) {
        return new Modulator(m.id(), m.label(), m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(),
                m.releasedBy(), m.rewards(), at);
    }

    /** Adds populations, projections, modulators and notes whose ids are not yet taken. */
    public static Project add(Project p, List<Population> pops, List<Projection> projs, List<Modulator> mods,
                              List<Note> notes) {
        Set<String> taken = ids(p);
        List<String> newIds = new ArrayList<>();
        pops.forEach(x -> newIds.add(x.id()));
        projs.forEach(x -> newIds.add(x.id()));
        mods.forEach(x -> newIds.add(x.id()));
        notes.forEach(x -> newIds.add(x.id()));
        for (String id : newIds) {
            if (!taken.add(id)) {
                throw new IllegalArgumentException("id " + id + " is already taken");
            }
        }
        Network n = p.network();
        Network added = new Network(concat(n.populations(), pops), concat(n.projections(), projs),
                concat(n.modulators(), mods));
        return p.withNetwork(added).withNotes(concat(p.notes(), notes));
    }

    /**
     * Removes elements and what depends on them: projections from or to a removed population,
     * release links, recording entries.
     */
    public static Project remove(Project p, Set<String> ids) {
        Network n = p.network();
        List<Population> pops = n.populations().stream().filter(x -> !ids.contains(x.id())).toList();
        List<Projection> projs = n.projections().stream()
                .filter(x -> !ids.contains(x.id()) && !ids.contains(x.source()) && !ids.contains(x.target())).toList();
        Set<String> goneProjections = new LinkedHashSet<>();
        n.projections().stream().filter(x -> !projs.contains(x)).forEach(x -> goneProjections.add(x.id()));
        List<Modulator> mods = n.modulators().stream().filter(m -> !ids.contains(m.id()))
                .map(m -> withReleasedBy(m, m.releasedBy().stream().filter(s -> !ids.contains(s)).toList())).toList();
        List<Note> notes = p.notes().stream().filter(x -> !ids.contains(x.id())).toList();
        Recording r = p.recording();
        Recording rec = new Recording(r.spikes().stream().filter(s -> !ids.contains(s)).toList(),
                r.state().stream().filter(s -> !ids.contains(s.population())).toList(),
                r.weights().stream().filter(w -> !goneProjections.contains(w.projection())).toList());
        return p.withNetwork(new Network(pops, projs, mods)).withNotes(notes).withRecording(rec);
    }

    /** A modulator released by other populations. */
    public static Modulator withReleasedBy(Modulator m, List<String> releasedBy) {
        return new Modulator(m.id(), m.label(), m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(),
                releasedBy, m.rewards(), m.position());
    }

    /** Replaces the population with the same id. */
    public static Project replace(Project p, Population changed) {
        Network n = p.network();
        requirePresent(n.population(changed.id()), changed.id());
        return p.withNetwork(new Network(map(n.populations(), x -> x.id().equals(changed.id()) ? changed : x),
                n.projections(), n.modulators()));
    }

    /** Replaces the projection with the same id. */
    public static Project replace(Project p, Projection changed) {
        Network n = p.network();
        requirePresent(n.projection(changed.id()), changed.id());
        return p.withNetwork(new Network(n.populations(),
                map(n.projections(), x -> x.id().equals(changed.id()) ? changed : x), n.modulators()));
    }

    /** Replaces the modulator with the same id. */
    public static Project replace(Project p, Modulator changed) {
        Network n = p.network();
        requirePresent(n.modulator(changed.id()), changed.id());
        return p.withNetwork(new Network(n.populations(), n.projections(),
                map(n.modulators(), x -> x.id().equals(changed.id()) ? changed : x)));
    }

    /** Replaces the note with the same id. */
    public static Project replace(Project p, Note changed) {
        requirePresent(note(p, changed.id()), changed.id());
        return p.withNotes(map(p.notes(), x -> x.id().equals(changed.id()) ? changed : x));
    }

    /**
     * Gives element {@code oldId} the id {@code newId} and updates every reference to it
     * (projection ends, release links, reward-modulated plasticity, recording). The caller
     * validates the new id.
     */
    public static Project rename(Project p, String oldId, String newId) {
        UnaryOperator<String> r = s -> s.equals(oldId) ? newId : s;
        Network n = p.network();
        List<Population> pops = map(n.populations(), x -> x.id().equals(oldId)
                ? new Population(newId, x.label().equals(oldId) ? newId : x.label(), x.size(), x.model(), x.initial(),
                x.geometry(), x.position()) : x);
        List<Projection> projs = map(n.projections(), x -> new Projection(r.apply(x.id()), x.label(), r.apply(x.source()),
                r.apply(x.target()), x.connector(), x.receptor(), x.synapse(), x.weight(), x.delayMs(),
                renamedModulator(x.plasticity(), r)));
        List<Modulator> mods = map(n.modulators(), m -> new Modulator(r.apply(m.id()),
                m.label().equals(oldId) ? newId : m.label(), m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(),
                m.releasedBy().stream().map(r).toList(), m.rewards(), m.position()));
        List<Note> notes = map(p.notes(), x -> new Note(r.apply(x.id()), x.text(), x.position()));
        Recording rec = p.recording();
        Recording renamed = new Recording(rec.spikes().stream().map(r).toList(),
                rec.state().stream().map(s -> new Recording.StateProbe(r.apply(s.population()), s.neurons(),
                        s.variables(), s.intervalMs())).toList(),
                rec.weights().stream().map(w -> new Recording.WeightProbe(r.apply(w.projection()), w.intervalMs())).toList());
        return p.withNetwork(new Network(pops, projs, mods)).withNotes(notes).withRecording(renamed);
    }

    private static Plasticity renamedModulator(Plasticity pl, UnaryOperator<String> r) {
        if (pl instanceof Plasticity.RewardStdp x) {
            return new Plasticity.RewardStdp(x.tauPlusMs(), x.tauMinusMs(), x.aPlus(), x.aMinus(), x.tauEligibilityMs(),
                    r.apply(x.modulator()), x.wMin(), x.wMax());
        }
        return pl;
    }

    /** A copy with another name and description. */
    public static Project withName(Project p, String name, String description) {
        return new Project(p.schemaVersion(), name, description, p.simulation(), p.network(), p.recording(),
                p.lesson(), p.notes(), p.views());
    }

    private static void requirePresent(Optional<?> o, String id) {
        if (o.isEmpty()) {
            throw new IllegalArgumentException("no element " + id);
        }
    }

    static <T> List<T> map(List<T> in, UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
