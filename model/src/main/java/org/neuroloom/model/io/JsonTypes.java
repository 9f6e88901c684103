package org.neuroloom.model.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.neuroloom.model.param.OptionalField;

/**
 * What the record classes say about their JSON form, read once by reflection and shared by the
 * structural check and the writer: the {@code type} names of polymorphic interfaces (from
 * Jackson's {@code @JsonSubTypes}), the names of enum constants (from {@code @JsonProperty}),
 * and which record components are optional ({@link OptionalField}).
 */
final class JsonTypes {

    private static final Map<Class<?>, Map<String, Class<?>>> SUBTYPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> ENUMS = new ConcurrentHashMap<>();

    private JsonTypes() {
    }

    /** Whether {@code type} is an interface whose JSON objects carry a {@code type} name. */
    static boolean isPolymorphic(Class<?> type) {
        return type.isInterface() && type.isAnnotationPresent(JsonTypeInfo.class);
    }

    /** The name of the type-id property, {@code "type"}. */
    static String typeProperty(Class<?> polymorphic) {
        return polymorphic.getAnnotation(JsonTypeInfo.class).property();
    }

    /** The allowed {@code type} names of a polymorphic interface and their record classes, in declaration order. */
    static Map<String, Class<?>> subtypes(Class<?> polymorphic) {
        return SUBTYPES.computeIfAbsent(polymorphic, t -> {
            Map<String, Class<?>> out = new LinkedHashMap<>();
            for (JsonSubTypes.Type s : t.getAnnotation(JsonSubTypes.class).value()) {
                out.put(s.name(), s.value());
            }
            return out;
        });
    }

    /** The {@code type} name of a record that implements {@code polymorphic}. */
    static String typeName(Class<?> polymorphic, Class<?> record) {
        for (Map.Entry<String, Class<?>> e : subtypes(polymorphic).entrySet()) {
            if (e.getValue() == record) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(record.getName() + " is not a listed subtype of " + polymorphic.getName());
    }

    /** The JSON names of an enum's constants ({@code @JsonProperty} or the constant name). */
    static Map<String, Enum<?>> enumNames(Class<?> enumType) {
        return ENUMS.computeIfAbsent(enumType, t -> {
            Map<String, Enum<?>> out = new LinkedHashMap<>();
            for (Object o : t.getEnumConstants()) {
                Enum<?> e = (Enum<?>) o;
                out.put(jsonName(e), e);
            }
            return out;
        });
    }

    /** The JSON name of one enum constant. */
    static String jsonName(Enum<?> e) {
        try {
            Field f = e.getDeclaringClass().getField(e.name());
            JsonProperty p = f.getAnnotation(JsonProperty.class);
            return p == null ? e.name() : p.value();
        } catch (NoSuchFieldException ex) {
            return e.name();
        }
    }

    /** Whether a record component may be absent from a file. */
    static boolean isOptional(RecordComponent c) {
        return c.isAnnotationPresent(OptionalField.class);
    }

    /** The raw class of a (possibly parameterized) type. */
    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }

    /** The type argument {@code index} of a parameterized type ({@code List<X>} → X). */
    static Type argument(Type t, int index) {
        return ((ParameterizedType) t).getActualTypeArguments()[index];
    }

    /** What a value of {@code t} looks like in a file, for messages: "a number", "text"... */
    static String expected(Type t) {
        Class<?> c = raw(t);
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return "a number";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == String.class) {
            return "text";
        }
        if (c.isEnum()) {
            return "one of " + String.join(", ", enumNames(c).keySet());
        }
        if (c == List.class) {
            return "a list";
        }
        if (isPolymorphic(c)) {
            return "an object with \"" + typeProperty(c) + "\": one of " + String.join(", ", subtypes(c).keySet());
        }
        return "an object";
    }

    /** The field names a record accepts, the type property first for polymorphic records. */
    static List<String> fieldNames(Class<?> record, String typeProperty) {
        List<String> names = new ArrayList<>();
        if (typeProperty != null) {
            names.add(typeProperty);
        }
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }
}
