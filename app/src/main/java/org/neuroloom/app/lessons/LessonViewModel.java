package org.neuroloom.app.lessons;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.model.Lesson;

/**
 * Classroom state of one window: which sample is open (so "Reset lesson" can return to its
 * start), the lesson notes of the open project, whether the lesson panel is shown, whether the
 * window presents, and whether teach mode locks the structure. Needs no JavaFX toolkit.
 */
public final class LessonViewModel {

    /** What opening a sample needs from the window. */
    public interface Host {
        /**
         * Makes way for a sample: asks about unsaved changes and detaches the document from its
         * file, so saving a changed sample never overwrites it. False when the user cancels.
         */
        boolean prepareUntitled();

        /** Stops and discards the running network, so the next run starts from time 0. */
        void closeRun();
    }

    private final ProjectViewModel vm;
    private final Host host;
    private final ReadOnlyObjectWrapper<SampleCatalog.Sample> sample = new ReadOnlyObjectWrapper<>(this, "sample");
    private final ObjectBinding<Lesson> lesson;
    private final BooleanProperty teach = new SimpleBooleanProperty(this, "teach");
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty panelShown = new SimpleBooleanProperty(this, "panelShown", true);
    private boolean opening;

    public LessonViewModel(ProjectViewModel vm, Host host) {
        this.vm = vm;
        this.host = host;
        lesson = Bindings.createObjectBinding(() -> vm.getProject().lesson(), vm.projectProperty());
        teach.addListener((o, was, on) -> vm.setEditGuard(on ? new StructureLock() : null));
        vm.openCountProperty().addListener((o, a, b) -> {
            if (!opening) {
                sample.set(null);
            }
        });
    }

    /** Opens {@code s} as an untitled copy; false if the user kept the current document. */
    public boolean openSample(SampleCatalog.Sample s) {
        if (!host.prepareUntitled()) {
            return false;
        }
        host.closeRun();
        open(s);
        return true;
    }

    /** Returns the project and views to the sample's start (edits are discarded); false without a sample. */
    public boolean resetLesson() {
        SampleCatalog.Sample s = sample.get();
        if (s == null) {
            return false;
        }
        host.closeRun();
        open(s);
        return true;
    }

    private void open(SampleCatalog.Sample s) {
        opening = true;
        try {
            vm.open(s.project());
        } finally {
            opening = false;
        }
        sample.set(s);
    }

    /** The sample open in the window, or null (another document). */
    public ReadOnlyObjectProperty<SampleCatalog.Sample> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    public SampleCatalog.Sample getSample() {
        return sample.get();
    }

    /** The open project's lesson notes, or null. */
    public ObjectBinding<Lesson> lessonProperty() {
        return lesson;
    }

    public Lesson getLesson() {
        return lesson.get();
    }

    /** Teach mode: the structure is locked, parameters stay adjustable. */
    public BooleanProperty teachProperty() {
        return teach;
    }

    public boolean isTeach() {
        return teach.get();
    }

    public void setTeach(boolean on) {
        teach.set(on);
    }

    /** Presentation mode: full screen, large type, only the canvas, views and lesson. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    /** Whether the lesson panel is beside the canvas. */
    public BooleanProperty panelShownProperty() {
        return panelShown;
    }

    public boolean isPanelShown() {
        return panelShown.get();
    }

    public void setPanelShown(boolean on) {
        panelShown.set(on);
    }
}
