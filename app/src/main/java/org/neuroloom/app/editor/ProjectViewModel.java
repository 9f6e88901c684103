package org.neuroloom.app.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.neuroloom.app.editor.command.CommandStack;
import org.neuroloom.app.editor.command.ProjectCommand;
import org.neuroloom.app.editor.edit.Alignment;
import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.app.editor.edit.Fragment;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.app.editor.edit.ProjectionDefaults;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * The project being edited, as the views see it: the current {@link Project}, the selection,
 * the clipboard and one {@link CommandStack}. Every change of the project goes through a
 * command here, so it can be undone. Needs no JavaFX toolkit (only observable properties).
 */
public final class ProjectViewModel {

    private final ObjectProperty<Project> project = new SimpleObjectProperty<>(this, "project");
    private final CommandStack commands = new CommandStack();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper(this, "openCount");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableSet<String> problemIds = FXCollections.observableSet(new LinkedHashSet<>());
    private Fragment clipboard = new Fragment(List.of(), List.of(), List.of(), List.of());
    private EditGuard guard;

    /** Decides whether an edit may change the project (classroom mode locks the structure). */
    @FunctionalInterface
    public interface EditGuard {
        /** Why {@code before} may not become {@code after}, or {@code null} to allow it. */
        String refuse(Project before, Project after);
    }

    public ProjectViewModel(Project initial) {
        project.set(initial);
        project.addListener((obs, old, now) -> {
            validate(now);
            selection.removeIf(id -> ProjectEdits.kindOf(now, id).isEmpty());
        });
        validate(initial);
    }

    private void validate(Project p) {
        List<Problem> found = Validator.validate(p);
        Set<String> ids = new LinkedHashSet<>();
        for (Problem x : found) {
            ProblemLocator.locate(p, x).ifPresent(l -> ids.add(l.elementId()));
        }
        problems.setAll(found);
        problemIds.retainAll(ids);
        problemIds.addAll(ids);
    }

    /** What the model's validator finds wrong with the current project. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Ids of the elements that have at least one problem (their canvas nodes carry a red badge). */
    public ObservableSet<String> problemIds() {
        return problemIds;
    }

    /** The problems of one element. */
    public List<Problem> problemsOf(String id) {
        return problems.stream().filter(x -> ProblemLocator.locate(getProject(), x)
                .map(l -> l.elementId().equals(id)).orElse(false)).toList();
    }

    /** The current project. Changes only through commands or {@link #open(Project)}. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project;
    }

    public Project getProject() {
        return project.get();
    }

    /** The one undo stack. */
    public CommandStack commands() {
        return commands;
    }

    /** Ids of the selected elements, in the order they were selected. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** The last thing the editor wants the user to know ("A source receives no input"). */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Replaces the document (New, Open): history cleared, state clean. */
    public void open(Project p) {
        selection.clear();
        project.set(p);
        commands.clear();
        openCount.set(openCount.get() + 1);
    }

    /** Incremented whenever a new document is opened (views reset their zoom). */
    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    /**
     * Runs an edit as one undoable command, unless the edit guard refuses it (the notice says why).
     *
     * @return whether the edit ran
     */
    public boolean edit(String description, UnaryOperator<Project> change) {
        if (guard != null) {
            String why = guard.refuse(getProject(), change.apply(getProject()));
            if (why != null) {
                notice.set(why);
                return false;
            }
        }
        commands.execute(new ProjectCommand(project, description, change));
        return true;
    }

    /** Installs the guard every later edit must pass ({@code null}: no guard). */
    public void setEditGuard(EditGuard g) {
        guard = g;
    }

    /** Adds a palette element at {@code at}; returns its id and selects it. */
    public String add(ElementTemplate template, CanvasPosition at) {
        String[] id = new String[1];
        edit("Add " + ProjectEdits.uniqueId(getProject(), template.baseId()), p -> {
            ElementTemplate.Created c = template.addTo(p, at);
            id[0] = c.id();
            return c.project();
        });
        select(List.of(id[0]));
        return id[0];
    }

    /**
     * Connects {@code sourceId} to {@code targetId}: a new projection between populations, or a
     * release link from a population to a modulator. Refusals are explained in {@link #noticeProperty()}.
     *
     * @return the new projection's id (or the modulator's id for a release link)
     */
    public Optional<String> connect(String sourceId, String targetId) {
        Project p = getProject();
        Optional<Population> source = p.network().population(sourceId);
        if (source.isEmpty()) {
            return refuse("Connections start at a population or source.");
        }
        Optional<Modulator> modulator = p.network().modulator(targetId);
        if (modulator.isPresent()) {
            return linkRelease(source.get(), modulator.get());
        }
        Optional<Population> target = p.network().population(targetId);
        if (target.isEmpty()) {
            return refuse("Connections end at a neuron population.");
        }
        if (!(target.get().model() instanceof Neuron)) {
            return refuse(target.get().id() + " is a source: sources receive no input.");
        }
        String id = ProjectEdits.uniqueId(p, sourceId + "_" + targetId);
        Projection made = ProjectionDefaults.create(p, id, source.get(), target.get());
        if (!edit("Connect " + sourceId + " → " + targetId,
                q -> ProjectEdits.add(q, List.of(), List.of(made), List.of(), List.of()))) {
            return Optional.empty();
        }
        select(List.of(id));
        notice.set("");
        return Optional.of(id);
    }

    private Optional<String> linkRelease(Population source, Modulator m) {
        if (source.model() instanceof CurrentSource) {
            return refuse(source.id() + " injects current and has no spikes to release " + m.id() + ".");
        }
        if (m.releasedBy().contains(source.id())) {
            return refuse(m.id() + " is already released by " + source.id() + ".");
        }
        List<String> by = new ArrayList<>(m.releasedBy());
        by.add(source.id());
        if (!edit("Link " + source.id() + " → " + m.id(), q -> ProjectEdits.replace(q, ProjectEdits.withReleasedBy(m, by)))) {
            return Optional.empty();
        }
        notice.set("");
        return Optional.of(m.id());
    }

    private Optional<String> refuse(String why) {
        notice.set(why);
        return Optional.empty();
    }

    /** Deletes the selection and what depends on it. */
    public void deleteSelection() {
        delete(Set.copyOf(selection));
    }

    /** Deletes elements and what depends on them (projections of a deleted population...). */
    public void delete(Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        edit("Delete " + describe(ids), p -> ProjectEdits.remove(p, ids));
    }

    /** Moves nodes by ({@code dx}, {@code dy}) canvas units in one command. */
    public void move(Set<String> ids, double dx, double dy) {
        Project p = getProject();
        Map<String, CanvasPosition> to = new HashMap<>();
        for (String id : ids) {
            ProjectEdits.position(p, id).ifPresent(at -> to.put(id, new CanvasPosition(at.x() + dx, at.y() + dy)));
        }
        if (to.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        edit("Move " + describe(to.keySet()), q -> ProjectEdits.withPositions(q, to));
    }

    /** Lines up the selected nodes. */
    public void align(Alignment a) {
        Map<String, CanvasPosition> to = a.arrange(getProject(), List.copyOf(selection));
        if (!to.isEmpty()) {
            edit(a.label(), q -> ProjectEdits.withPositions(q, to));
        }
    }

    /** Copies the selection to the editor's clipboard. */
    public void copySelection() {
        Fragment f = Fragment.of(getProject(), selection);
        if (!f.isEmpty()) {
            clipboard = f;
        }
    }

    /** Pastes the clipboard (shifted, fresh ids) and selects the copies. */
    public List<String> paste() {
        return pasteFragment(clipboard, "Paste");
    }

    /** Copies and pastes the selection in one step (Ctrl+D), leaving the clipboard alone. */
    public List<String> duplicateSelection() {
        return pasteFragment(Fragment.of(getProject(), selection), "Duplicate");
    }

    private List<String> pasteFragment(Fragment f, String verb) {
        if (f.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        edit(verb + " " + describe(idsOf(f)), p -> {
            Fragment.Pasted pasted = f.pasteInto(p);
            ids.clear();
            ids.addAll(pasted.newIds());
            return pasted.project();
        });
        select(ids);
        return ids;
    }

    private static Set<String> idsOf(Fragment f) {
        Set<String> ids = new LinkedHashSet<>();
        f.populations().forEach(x -> ids.add(x.id()));
        f.modulators().forEach(x -> ids.add(x.id()));
        f.notes().forEach(x -> ids.add(x.id()));
        f.projections().forEach(x -> ids.add(x.id()));
        return ids;
    }

    /** Replaces a population (same id) in one command named {@code description}. */
    public void replace(Population changed, String description) {
        edit(description, p -> ProjectEdits.replace(p, changed));
    }

    /** Replaces a projection (same id) in one command named {@code description}. */
    public void replace(Projection changed, String description) {
        edit(description, p -> ProjectEdits.replace(p, changed));
    }

    /** Replaces a modulator (same id) in one command named {@code description}. */
    public void replace(Modulator changed, String description) {
        edit(description, p -> ProjectEdits.replace(p, changed));
    }

    /** Replaces a note (same id) in one command named {@code description}. */
    public void replace(Note changed, String description) {
        edit(description, p -> ProjectEdits.replace(p, changed));
    }

    /** Selects exactly those of {@code ids} that exist (a refused edit leaves nothing new to select). */
    public void select(List<String> ids) {
        selection.clear();
        ids.stream().filter(id -> ProjectEdits.kindOf(getProject(), id).isPresent()).forEach(selection::add);
    }

    /** Adds {@code id} to the selection, or removes it if it is selected (shift-click). */
    public void toggle(String id) {
        if (!selection.remove(id)) {
            selection.add(id);
        }
    }

    /** Selects every element. */
    public void selectAll() {
        select(List.copyOf(ProjectEdits.ids(getProject())));
    }

    /** {@code exc} for one element, {@code 3 elements} for more. */
    static String describe(Set<String> ids) {
        return ids.size() == 1 ? ids.iterator().next() : ids.size() + " elements";
    }
}
