package org.neuroloom.app.editor.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;

/**
 * A copied part of a network (the clipboard of copy/paste and duplicate): the chosen nodes,
 * the projections among them (and chosen projections whose ends stay), and release links among them.
 *
 * @param populations copied populations
 * @param projections copied projections
 * @param modulators  copied modulators
 * @param notes       copied notes
 */
public record Fragment(List<Population> populations, List<Projection> projections, List<Modulator> modulators,
                       List<Note> notes) {

    /** Canvas offset of pasted copies from their originals. */
    public static final double PASTE_OFFSET = 40;

    public Fragment {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        modulators = List.copyOf(modulators);
        notes = List.copyOf(notes);
    }

    /** Whether nothing was copied. */
    public boolean isEmpty() {
        return populations.isEmpty() && projections.isEmpty() && modulators.isEmpty() && notes.isEmpty();
    }

    /**
     * Copies the elements {@code ids} of {@code p}. A projection comes along when it is chosen or
     * when both its ends are.
     */
    public static Fragment of(Project p, Set<String> ids) {
        List<Population> pops = p.network().populations().stream().filter(x -> ids.contains(x.id())).toList();
        Set<String> popIds = new LinkedHashSet<>();
        pops.forEach(x -> popIds.add(x.id()));
        List<Projection> projs = p.network().projections().stream()
                .filter(x -> ids.contains(x.id()) || (popIds.contains(x.source()) && popIds.contains(x.target())))
                .toList();
        List<Modulator> mods = p.network().modulators().stream().filter(x -> ids.contains(x.id())).toList();
        List<Note> notes = p.notes().stream().filter(x -> ids.contains(x.id())).toList();
        return new Fragment(pops, projs, mods, notes);
    }

    /** The project with this fragment pasted into it, and the ids of the copies. */
    public record Pasted(Project project, List<String> newIds) {
    }

    /**
     * Pastes copies with fresh ids ({@code exc} becomes {@code exc2}), shifted by
     * {@link #PASTE_OFFSET}. Copied projections whose ends were copied too connect the copies;
     * the others keep their original ends.
     */
    public Pasted pasteInto(Project p) {
        Set<String> taken = new LinkedHashSet<>(ProjectEdits.ids(p));
        Map<String, String> rename = new HashMap<>();
        List<String> newIds = new ArrayList<>();
        List<Population> pops = new ArrayList<>();
        for (Population x : populations) {
            String id = fresh(x.id(), taken, rename, newIds);
            pops.add(new Population(id, x.label().equals(x.id()) ? id : x.label(), x.size(), x.model(), x.initial(),
                    x.geometry(), shift(x.position())));
        }
        List<Modulator> mods = new ArrayList<>();
        for (Modulator m : modulators) {
            String id = fresh(m.id(), taken, rename, newIds);
            List<String> releasedBy = m.releasedBy().stream().map(s -> rename.getOrDefault(s, s)).toList();
            mods.add(new Modulator(id, m.label().equals(m.id()) ? id : m.label(), m.kind(), m.tauMs(), m.baseline(),
                    m.releasePerSpike(), releasedBy, m.rewards(), shift(m.position())));
        }
        List<Note> notes = new ArrayList<>();
        for (Note x : this.notes) {
            notes.add(new Note(fresh(x.id(), taken, rename, newIds), x.text(), shift(x.position())));
        }
        List<Projection> projs = new ArrayList<>();
        for (Projection x : projections) {
            String id = fresh(x.id(), taken, rename, newIds);
            projs.add(new Projection(id, x.label(), rename.getOrDefault(x.source(), x.source()),
                    rename.getOrDefault(x.target(), x.target()), x.connector(), x.receptor(), x.synapse(), x.weight(),
                    x.delayMs(), x.plasticity()));
        }
        return new Pasted(ProjectEdits.add(p, pops, projs, mods, notes), newIds);
    }

    private static String fresh(String old, Set<String> taken, Map<String, String> rename, List<String> newIds) {
        String id = ProjectEdits.uniqueId(taken, baseOf(old));
        taken.add(id);
        rename.put(old, id);
        newIds.add(id);
        return id;
    }

    /** {@code exc12} gives {@code exc}, so copies are numbered after the original's base name. */
    static String baseOf(String id) {
        int end = id.length();
        while (end > 1 && Character.isDigit(id.charAt(end - 1))) {
            end--;
        }
        return id.substring(0, end);
    }

    private static CanvasPosition shift(CanvasPosition p) {
        CanvasPosition at = ProjectEdits.orOrigin(p);
        return new CanvasPosition(at.x() + PASTE_OFFSET, at.y() + PASTE_OFFSET);
    }
}
