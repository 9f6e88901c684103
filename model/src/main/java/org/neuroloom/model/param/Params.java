package org.neuroloom.model.param;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neuroloom.model.validate.Problem;

/**
 * Reflection helpers over the numeric parameters of model records, shared by the editor's
 * inspector, the engine's live parameter changes and the {@link org.neuroloom.model.validate.Validator}:
 * read a parameter, copy a record with one parameter changed, build a record from its
 * {@link Param} defaults, and check one value against its {@link ParamSpec} (the one source of
 * the range message).
 */
public final class Params {

    private Params() {
    }

    /** The numeric component {@code name} of {@code r} as a double. */
    public static double get(Record r, String name) {
        RecordComponent c = component(r.getClass(), name);
        Object v = read(c, r);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(r.getClass().getSimpleName() + "." + name + " is not a number");
        }
        return n.doubleValue();
    }

    /**
     * A copy of {@code r} with the numeric component {@code name} set to {@code value}, built
     * through the canonical constructor (so compact-constructor normalisation still applies).
     * The value is not range-checked; see {@link #check(Class, String, double)}.
     *
     * @throws IllegalArgumentException if there is no such numeric component, or an integer
     *                                  component gets a value that is not a whole number in range
     */
    public static <R extends Record> R with(R r, String name, double value) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) r.getClass();
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        boolean found = false;
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].getName().equals(name)) {
                args[i] = convert(cs[i], value);
                found = true;
            } else {
                args[i] = read(cs[i], r);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no parameter " + name);
        }
        return construct(type, args);
    }

    /**
     * A record built from its {@link Param} defaults. Components without {@code @Param} get a
     * neutral value: {@code false}, the first enum constant, an empty list or map, an empty
     * string, the defaults of a nested record; anything else {@code null}.
     */
    public static <R extends Record> R defaults(Class<R> type) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            args[i] = neutral(cs[i]);
        }
        return construct(type, args);
    }

    /**
     * Checks one value of parameter {@code spec}: empty when allowed, otherwise a problem at the
     * parameter's name (callers re-place it with {@link Problem#atPath(String)}).
     */
    public static Optional<Problem> check(ParamSpec spec, double value) {
        if (spec.accepts(value)) {
            return Optional.empty();
        }
        String message = Double.isFinite(value)
                ? "is out of range (allowed: " + spec.allowedText() + ")"
                : "is not a finite number (allowed: " + spec.allowedText() + ")";
        return Optional.of(Problem.at(spec.name(), ParamSpec.fmt(value), message));
    }

    /** Checks a value for parameter {@code name} of {@code type}; see {@link #check(ParamSpec, double)}. */
    public static Optional<Problem> check(Class<? extends Record> type, String name, double value) {
        ParamSpec spec = ParamSpec.find(type, name);
        if (spec == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no parameter " + name);
        }
        return check(spec, value);
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no parameter " + name);
    }

    /** The value of component {@code c} of {@code r} (reflection without checked exceptions). */
    public static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static Object convert(RecordComponent c, double value) {
        Class<?> t = c.getType();
        if (t == double.class || t == Double.class) {
            return value;
        }
        if (t == float.class || t == Float.class) {
            return (float) value;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            boolean isInt = t == int.class || t == Integer.class;
            double lo = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            double hi = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (value != Math.rint(value) || value < lo || value > hi) {
                throw new IllegalArgumentException(c.getName() + " needs a whole number, not " + ParamSpec.fmt(value));
            }
            return isInt ? (Object) (int) value : (Object) (long) value;
        }
        throw new IllegalArgumentException(c.getName() + " is not a numeric parameter");
    }

    private static Object neutral(RecordComponent c) {
        Class<?> t = c.getType();
        Param p = c.getAnnotation(Param.class);
        if (p != null) {
            return convert(c, p.def());
        }
        if (t == boolean.class || t == Boolean.class) {
            return false;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Map.class) {
            return Map.of();
        }
        if (t == String.class) {
            return "";
        }
        if (t.isRecord()) {
            return defaults(t.asSubclass(Record.class));
        }
        if (t.isPrimitive()) {
            return convert(c, 0);
        }
        return null;
    }

    private static <R extends Record> R construct(Class<R> type, Object[] args) {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
