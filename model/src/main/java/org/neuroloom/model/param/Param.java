package org.neuroloom.model.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one numeric parameter of a model record, once, where the parameter is declared.
 * Validation, the editor's inspector and the exporters all read this one description
 * through {@link ParamSpec#of(Class)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Param {
    /** Human label, e.g. "Membrane time constant". */
    String label();

    /** Unit symbol ("mV", "ms", "pF", "nS", "pA", "Hz", "" for dimensionless). */
    String unit() default "";

    /** Default value used when the element is created from the palette. */
    double def();

    /** Smallest allowed value (inclusive unless {@link #minExclusive()}). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether {@link #min()} itself is excluded (e.g. time constants must be &gt; 0). */
    boolean minExclusive() default false;

    /** Step for spinners and sliders in the inspector. */
    double step() default 1.0;

    /** One sentence of help text. */
    String help() default "";

    /** The corresponding parameter name in NEST / PyNN, when there is one. */
    String nest() default "";
}
