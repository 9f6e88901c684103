package org.neuroloom.model.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;

/**
 * NeuroML ids ({@code [a-zA-Z_][a-zA-Z0-9_]*}) for NeuroLoom's populations and projections,
 * whose ids may also hold '-': invalid characters become '_', and clashes get a suffix.
 */
final class NmlIds {

    private final Map<String, String> populations = new HashMap<>();
    private final Map<String, String> projections = new HashMap<>();
    private final String document;

    NmlIds(Project project) {
        Set<String> used = new HashSet<>();
        for (Population p : project.network().populations()) {
            populations.put(p.id(), unique(clean(p.id()), used));
        }
        for (Projection p : project.network().projections()) {
            projections.put(p.id(), unique(clean(p.id()), used));
        }
        document = clean(project.name());
    }

    String of(Population p) {
        return populations.get(p.id());
    }

    String of(Projection p) {
        return projections.get(p.id());
    }

    String population(String id) {
        return populations.get(id);
    }

    String document() {
        return document;
    }

    static String clean(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
            b.append(ok ? c : '_');
        }
        if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "_" + k;
        }
        return id;
    }
}
