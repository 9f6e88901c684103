package org.neuroloom.app.editor.edit;

/** The kinds of element a project shows on the canvas. */
public enum ElementKind {
    POPULATION, PROJECTION, MODULATOR, NOTE
}
