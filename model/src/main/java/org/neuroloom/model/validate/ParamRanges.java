package org.neuroloom.model.validate;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.param.ParamSpec;
import org.neuroloom.model.param.Params;

/**
 * Checks every {@link org.neuroloom.model.param.Param} of every record in a project against
 * its declared range, walking records, lists and maps, with the message of
 * {@link Params#check(ParamSpec, double)}.
 */
final class ParamRanges {

    private ParamRanges() {
    }

    static void check(Object value, String path, Checks checks) {
        if (value instanceof Record r) {
            record(r, path, checks);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), path + "[" + i + "]", checks);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getValue(), JsonPaths.member(path, String.valueOf(e.getKey())), checks);
            }
        }
    }

    private static void record(Record r, String path, Checks checks) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = Params.read(c, r);
            if (v == null) {
                continue;
            }
            String p = path + "." + c.getName();
            ParamSpec spec = ParamSpec.find(r.getClass(), c.getName());
            if (spec != null && v instanceof Number n) {
                Params.check(spec, n.doubleValue()).ifPresent(problem -> checks.problems.add(problem.atPath(p)));
            } else {
                check(v, p, checks);
            }
        }
    }
}
