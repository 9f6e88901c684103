package org.neuroloom.model.validate;

import java.util.regex.Pattern;

/** Builds the JSON paths that problems carry: {@code $.network.populations[0].initial.v}. */
public final class JsonPaths {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** The path of member {@code name} of the object at {@code path}; odd names are quoted: {@code $.m["a b"]}. */
    public static String member(String path, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** The path of element {@code index} of the list at {@code path}. */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}
