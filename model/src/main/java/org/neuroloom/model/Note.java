package org.neuroloom.model;

/**
 * A text label placed on the canvas.
 *
 * @param id       unique id
 * @param text     the text
 * @param position where it sits
 */
public record Note(String id, String text, CanvasPosition position) {
}
