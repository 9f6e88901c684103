package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML element held in memory (component definitions); the bulky parts of a document
 * (connections) are streamed instead.
 *
 * @param tag      element name
 * @param attrs    attributes in order
 * @param children child elements
 */
record XmlNode(String tag, Map<String, String> attrs, List<XmlNode> children) {

    /** An element with attributes given as name, value, name, value... */
    static XmlNode of(String tag, String... nameValues) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            a.put(nameValues[i], nameValues[i + 1]);
        }
        return new XmlNode(tag, a, new ArrayList<>());
    }

    /** Adds a child and returns this element. */
    XmlNode add(XmlNode child) {
        children.add(child);
        return this;
    }

    /** The id attribute. */
    String id() {
        return attrs.get("id");
    }

    /** Writes this element with two-space indentation at {@code depth}. */
    void write(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        if (children.isEmpty()) {
            w.writeEmptyElement(tag);
        } else {
            w.writeStartElement(tag);
        }
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            w.writeAttribute(e.getKey(), e.getValue());
        }
        if (!children.isEmpty()) {
            for (XmlNode c : children) {
                c.write(w, depth + 1);
            }
            w.writeCharacters("\n" + "  ".repeat(depth));
            w.writeEndElement();
        }
    }
}
