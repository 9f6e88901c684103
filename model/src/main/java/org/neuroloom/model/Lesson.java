package org.neuroloom.model;

import java.util.List;
import org.neuroloom.model.param.OptionalField;

/**
 * Classroom notes that travel with a project.
 *
 * @param title     lesson title
 * @param summary   one-paragraph explanation
 * @param lookFor   what to look for when it runs
 * @param tryThis   concrete changes to try and what they will do
 * @param reference the paper it reproduces
 * @param notes     further notes, Markdown
 */
public record Lesson(String title, @OptionalField String summary, @OptionalField String lookFor,
                     @OptionalField List<String> tryThis, @OptionalField String reference, @OptionalField String notes) {
    public Lesson {
        summary = summary == null ? "" : summary;
        lookFor = lookFor == null ? "" : lookFor;
        tryThis = tryThis == null ? List.of() : List.copyOf(tryThis);
        reference = reference == null ? "" : reference;
        notes = notes == null ? "" : notes;
    }
}
