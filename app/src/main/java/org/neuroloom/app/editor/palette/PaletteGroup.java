package org.neuroloom.app.editor.palette;

/** The palette's sections, in display order. */
public enum PaletteGroup {
    NEURONS("Neurons"),
    SOURCES("Sources"),
    MODULATORS("Neuromodulators"),
    ANNOTATION("Annotation");

    private final String title;

    PaletteGroup(String title) {
        this.title = title;
    }

    /** Section title. */
    public String title() {
        return title;
    }
}
