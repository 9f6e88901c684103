package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;
import org.neuroloom.app.editor.ProblemLocator;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * What the inspector shows and how its edits are applied. The form follows the selection
 * (one element: its fields; none: the project settings). An entered value becomes one command;
 * a typed value is refused, with the model's reason kept in {@link #errors()}, when it does not
 * parse, is outside its parameter's range, or makes the model's validator complain about this
 * field. Choices are always taken; what they leave wrong shows as the element's problems.
 */
public final class InspectorViewModel {

    private final ProjectViewModel vm;
    private final ReadOnlyObjectWrapper<InspectorForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public InspectorViewModel(ProjectViewModel vm) {
        this.vm = vm;
        vm.projectProperty().addListener((obs, old, now) -> rebuild());
        vm.selection().addListener((SetChangeListener<String>) c -> rebuild());
        rebuild();
    }

    /** The current form. */
    public ReadOnlyObjectProperty<InspectorForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public InspectorForm getForm() {
        return form.get();
    }

    /** Why the last entry in a field was refused, by field key. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    private void rebuild() {
        InspectorForm next = build(vm.getProject());
        if (form.get() == null || !form.get().subject().equals(next.subject())) {
            errors.clear();
        }
        form.set(next);
    }

    private InspectorForm build(Project p) {
        // The selection is pruned one id at a time after a delete, so it may name gone elements.
        List<String> sel = vm.selection().stream().filter(x -> ProjectEdits.kindOf(p, x).isPresent()).toList();
        InspectorForm f;
        String id = sel.size() == 1 ? sel.get(0) : null;
        if (sel.size() > 1) {
            return OtherForms.several(sel.size());
        } else if (id == null) {
            f = OtherForms.project(p);
        } else {
            f = switch (ProjectEdits.kindOf(p, id).orElseThrow()) {
                case POPULATION -> PopulationForm.of(p, p.network().population(id).orElseThrow());
                case PROJECTION -> ProjectionForm.of(p, p.network().projection(id).orElseThrow());
                case MODULATOR -> OtherForms.modulator(p, p.network().modulator(id).orElseThrow());
                case NOTE -> OtherForms.note(p, ProjectEdits.note(p, id).orElseThrow());
            };
        }
        return withProblems(f, vm.problems());
    }

    /** Attaches the model's current complaints to the fields they are about, and lists them all. */
    private InspectorForm withProblems(InspectorForm f, List<Problem> problems) {
        List<String> all = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Problem> mine = problems.stream().filter(x -> fieldOf(f.subject(), x, vm.getProject()).isPresent()).toList();
        for (Problem x : mine) {
            all.add(x.path() + ": " + x.description());
        }
        for (Section s : f.sections()) {
            List<Field> fields = new ArrayList<>();
            for (Field field : s.fields()) {
                String complaint = mine.stream()
                        .filter(x -> field.concerns(fieldOf(f.subject(), x, vm.getProject()).orElse("\u0000")))
                        .map(Problem::description).findFirst().orElse("");
                fields.add(complaint.isEmpty() ? field : field.withProblem(complaint));
            }
            sections.add(new Section(s.title(), fields));
        }
        return new InspectorForm(f.subject(), f.title(), f.subtitle(), sections, all);
    }

    /** The path of a problem inside {@code subject} (an element id, or "" for the project's own settings). */
    private static Optional<String> fieldOf(String subject, Problem x, Project p) {
        if (subject.isEmpty()) {
            boolean own = x.path().startsWith("$.simulation") || x.path().equals("$.name") || x.path().equals("$.description");
            return own ? Optional.of(x.path().substring(2)) : Optional.empty();
        }
        return ProblemLocator.locate(p, x).filter(l -> l.elementId().equals(subject)).map(ProblemLocator.Location::field);
    }

    /**
     * Applies {@code text} to the field {@code key} of the current form as one command.
     *
     * @return whether it was accepted (unchanged values count as accepted)
     */
    public boolean commit(String key, String text) {
        InspectorForm f = form.get();
        Optional<Field> field = f.field(key);
        if (field.isEmpty() || field.get().kind() == Field.Kind.READ_ONLY) {
            return false;
        }
        Project current = vm.getProject();
        Project next;
        try {
            next = field.get().edit().apply(text);
        } catch (Field.Refused e) {
            errors.put(key, shown(text) + " " + e.getMessage());
            return false;
        }
        if (next.equals(current)) {
            errors.remove(key);
            return true;
        }
        String subjectAfter = key.equals("id") ? text.trim() : f.subject();
        Set<String> before = new HashSet<>();
        vm.problems().forEach(x -> before.add(x.toString()));
        // Typed values the validator rejects are refused; a choice from a list is taken and its
        // consequences shown (a distance connector before the populations have positions).
        boolean typed = field.get().kind() != Field.Kind.CHOICE && field.get().kind() != Field.Kind.CHECK;
        for (Problem x : typed ? Validator.validate(next) : List.<Problem>of()) {
            if (!before.contains(x.toString())
                    && fieldOf(subjectAfter, x, next).filter(field.get()::concerns).isPresent()) {
                errors.put(key, x.description());
                return false;
            }
        }
        errors.remove(key);
        vm.edit(field.get().description(), p -> next);
        if (key.equals("id")) {
            vm.select(List.of(subjectAfter));
        }
        return true;
    }

    private static String shown(String text) {
        String t = text.trim();
        return t.isEmpty() ? "(empty)" : t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
