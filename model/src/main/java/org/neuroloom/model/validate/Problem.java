package org.neuroloom.model.validate;

/**
 * One thing wrong with a project: where (file and JSON path), the offending value, and what is
 * allowed. Printed as {@code brunel.neuroloom.json: $.network.projections[2].delayMs.value: 0.05 is
 * below one time step (0.1 ms)}.
 *
 * @param file    file name as the user gave it, or empty when the project is not from a file
 * @param path    JSON path ({@code $.network.populations[0].size}); empty for problems with the file itself
 * @param value   the offending value as text (strings quoted), or empty when there is none (a missing field)
 * @param message what is wrong and what is allowed, phrased to follow the value
 */
public record Problem(String file, String path, String value, String message) {

    public Problem {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        value = value == null ? "" : value;
        message = message == null ? "" : message;
    }

    /** A problem at {@code path}, not yet tied to a file. */
    public static Problem at(String path, String value, String message) {
        return new Problem("", path, value, message);
    }

    /** The same problem, reported for {@code fileName}. */
    public Problem inFile(String fileName) {
        return new Problem(fileName, path, value, message);
    }

    /** The same problem at another path (a parameter check re-placed inside a project). */
    public Problem atPath(String newPath) {
        return new Problem(file, newPath, value, message);
    }

    /** The value and the message: {@code 0.05 is below one time step (0.1 ms)}. */
    public String description() {
        return value.isEmpty() ? message : value + " " + message;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (!file.isEmpty()) {
            b.append(file).append(": ");
        }
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(description()).toString();
    }
}
