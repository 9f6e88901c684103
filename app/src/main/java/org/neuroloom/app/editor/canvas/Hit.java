package org.neuroloom.app.editor.canvas;

/** What lies under the pointer on the canvas. */
public sealed interface Hit {

    /** Empty canvas. */
    record Nothing() implements Hit {
    }

    /** The output port of a population. @param id population id */
    record Port(String id) implements Hit {
    }

    /** A node (population, modulator, note). @param id element id */
    record NodeHit(String id) implements Hit {
    }

    /** A projection's edge. @param id projection id */
    record EdgeHit(String id) implements Hit {
    }
}
