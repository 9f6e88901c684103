package org.neuroloom.app.views;

/**
 * One recorded trace: a state variable of one neuron.
 *
 * @param globalId global neuron id
 * @param variable state variable name ({@code v}, {@code u}, {@code w}, {@code g_ex}...)
 * @param label    what the view shows, e.g. {@code exc[12] v}
 */
public record TraceChannel(int globalId, String variable, String label) {
}
