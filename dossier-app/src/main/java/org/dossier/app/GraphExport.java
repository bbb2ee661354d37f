package org.dossier.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.store.RelationGraph;
import org.dossier.store.RelationRow;

/**
 * Writes the relation network ({@link RelationGraph}) for Gephi and other graph tools, as GEXF 1.3 or as
 * GraphML, with the JDK's StAX writer (every name and value escaped by it; characters XML 1.0 forbids are
 * replaced by U+FFFD).
 *
 * <p>Nodes are actors ({@code a<actor id>}, label = name, attributes {@code actor_type} and
 * {@code articles}). Edges are aggregated relations ({@code r<rank>}, in the order of the graph): directed
 * for directed types, undirected for symmetric ones (opposes, negotiates_with), weight = number of articles,
 * attributes {@code relation_type}, {@code polarity} ({@link RelationRow#polarity()}), {@code sign}
 * ({@link RelationRow#sign()}), {@code articles}, {@code outlets}, {@code evidence}, {@code stated},
 * {@code negated}, {@code hedged}, {@code own_voice}, {@code first_date}, {@code last_date} (absent when no
 * article is dated). The output is deterministic: the same graph gives the same bytes. The attributes are
 * documented in {@code docs/RELATIONS.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class GraphExport {

  /** The graph file formats. */
  public enum Format {
    /** GEXF 1.3 (Gephi's own format; mixed directed and undirected edges, parallel edges by kind). */
    GEXF,
    /** GraphML with typed key declarations. */
    GRAPHML;

    /** Lower-case name as given on the command line: {@code gexf}, {@code graphml}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The format for a label; case is ignored. */
    public static Format fromLabel(String label) {
      for (Format f : values()) {
        if (f.label().equalsIgnoreCase(label.strip())) return f;
      }
      throw new IllegalArgumentException("unknown graph format '" + label + "'; one of: "
          + Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", ")));
    }
  }

  static final String GEXF_NS = "http://gexf.net/1.3";
  static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  /** Edge attributes: id (also GEXF title and GraphML attr.name), GEXF type, GraphML type. */
  private static final String[][] EDGE_ATTRIBUTES = {
    {"relation_type", "string", "string"},
    {"polarity", "integer", "int"},
    {"sign", "integer", "int"},
    {"articles", "integer", "int"},
    {"outlets", "integer", "int"},
    {"evidence", "integer", "int"},
    {"stated", "integer", "int"},
    {"negated", "integer", "int"},
    {"hedged", "integer", "int"},
    {"own_voice", "integer", "int"},
    {"first_date", "string", "string"},
    {"last_date", "string", "string"},
  };

  private GraphExport() {}

  /**
   * Writes {@code graph} to {@code file}, replacing it: first to a temporary file beside it, then moved
   * into place, so a failure leaves any earlier file as it was.
   *
   * @param description one line saying what the graph is, written into the file
   * @throws IOException if the file cannot be written
   */
  public static void write(RelationGraph graph, Format format, String description, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        write(graph, format, description, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code graph} to {@code out} in UTF-8; {@code out} is flushed, not closed. */
  public static void write(RelationGraph graph, Format format, String description, OutputStream out)
      throws IOException {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(out, "out");
    try {
      Xml xml = new Xml(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
      switch (format) {
        case GEXF -> gexf(xml, graph, description);
        case GRAPHML -> graphml(xml, graph, description);
      }
      xml.finish();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + format.label() + ": " + e.getMessage(), e);
    }
  }

  private static void gexf(Xml x, RelationGraph graph, String description) throws XMLStreamException {
    x.w.writeStartElement("gexf");
    x.w.writeDefaultNamespace(GEXF_NS);
    x.w.writeNamespace("xsi", XSI_NS);
    x.w.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " " + GEXF_NS + "/gexf.xsd");
    x.w.writeAttribute("version", "1.3");
    x.opened();
    x.open("meta");
    x.textElement("creator", "Dossier");
    x.textElement("description", description);
    x.close();
    x.open("graph", "defaultedgetype", "directed", "mode", "static");
    x.open("attributes", "class", "node");
    x.leaf("attribute", "id", "actor_type", "title", "actor_type", "type", "string");
    x.leaf("attribute", "id", "articles", "title", "articles", "type", "integer");
    x.close();
    x.open("attributes", "class", "edge");
    for (String[] a : EDGE_ATTRIBUTES) x.leaf("attribute", "id", a[0], "title", a[0], "type", a[1]);
    x.close();
    x.open("nodes");
    for (RelationGraph.Node n : graph.nodes()) {
      x.open("node", "id", nodeId(n.id()), "label", n.name());
      x.open("attvalues");
      x.leaf("attvalue", "for", "actor_type", "value", n.type().label());
      x.leaf("attvalue", "for", "articles", "value", String.valueOf(n.articles()));
      x.close();
      x.close();
    }
    x.close();
    x.open("edges");
    int rank = 1;
    for (RelationRow r : graph.edges()) {
      String label = r.type().label();
      x.open("edge", "id", "r" + rank++, "source", nodeId(r.subject().id()), "target", nodeId(r.object().id()),
          "type", r.type().symmetric() ? "undirected" : "directed", "kind", label, "label", label,
          "weight", String.valueOf(r.articles()));
      x.open("attvalues");
      String[] values = edgeValues(r);
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) x.leaf("attvalue", "for", EDGE_ATTRIBUTES[i][0], "value", values[i]);
      }
      x.close();
      x.close();
    }
    x.close();
    x.close();
    x.close();
  }

  private static void graphml(Xml x, RelationGraph graph, String description) throws XMLStreamException {
    x.w.writeStartElement("graphml");
    x.w.writeDefaultNamespace(GRAPHML_NS);
    x.w.writeNamespace("xsi", XSI_NS);
    x.w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " " + GRAPHML_NS + "/1.0/graphml.xsd");
    x.opened();
    x.textElement("desc", description);
    x.leaf("key", "id", "label", "for", "node", "attr.name", "label", "attr.type", "string");
    x.leaf("key", "id", "actor_type", "for", "node", "attr.name", "actor_type", "attr.type", "string");
    x.leaf("key", "id", "actor_articles", "for", "node", "attr.name", "articles", "attr.type", "int");
    x.leaf("key", "id", "edge_label", "for", "edge", "attr.name", "label", "attr.type", "string");
    x.leaf("key", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "double");
    for (String[] a : EDGE_ATTRIBUTES) {
      x.leaf("key", "id", edgeKey(a[0]), "for", "edge", "attr.name", a[0], "attr.type", a[2]);
    }
    x.open("graph", "id", "relations", "edgedefault", "directed");
    for (RelationGraph.Node n : graph.nodes()) {
      x.open("node", "id", nodeId(n.id()));
      x.data("label", n.name());
      x.data("actor_type", n.type().label());
      x.data("actor_articles", String.valueOf(n.articles()));
      x.close();
    }
    int rank = 1;
    for (RelationRow r : graph.edges()) {
      x.open("edge", "id", "r" + rank++, "source", nodeId(r.subject().id()), "target", nodeId(r.object().id()),
          "directed", String.valueOf(!r.type().symmetric()));
      x.data("edge_label", r.type().label());
      x.data("weight", String.valueOf(r.articles()));
      String[] values = edgeValues(r);
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) x.data(edgeKey(EDGE_ATTRIBUTES[i][0]), values[i]);
      }
      x.close();
    }
    x.close();
    x.close();
  }

  /** The GraphML key of an edge attribute: the attribute name, prefixed where a node key has the same name. */
  private static String edgeKey(String attribute) {
    return attribute.equals("articles") ? "relation_articles" : attribute;
  }

  /** The values of {@link #EDGE_ATTRIBUTES} for one relation, null where there is none. */
  private static String[] edgeValues(RelationRow r) {
    return new String[] {
      r.type().label(),
      String.valueOf(r.polarity()),
      String.valueOf(r.sign()),
      String.valueOf(r.articles()),
      String.valueOf(r.outlets()),
      String.valueOf(r.evidence().size()),
      String.valueOf(r.stated()),
      String.valueOf(r.negated()),
      String.valueOf(r.hedged()),
      String.valueOf(r.ownVoice()),
      r.firstDate().map(LocalDate::toString).orElse(null),
      r.lastDate().map(LocalDate::toString).orElse(null),
    };
  }

  static String nodeId(long actorId) {
    return "a" + actorId;
  }

  /**
   * {@code s} with every character XML 1.0 does not allow (control characters other than tab, line feed and
   * carriage return; unpaired surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
   */
  static String xmlSafe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) out.append(c).append(s.charAt(i + 1));
          i++;
          continue;
        }
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
      if (out != null) out.append(ok ? c : '\uFFFD');
    }
    return out == null ? s : out.toString();
  }

  /** Indented element writing over a StAX writer: two spaces per level, a line per element. */
  private static final class Xml {
    final XMLStreamWriter w;
    /** For each open element: whether it has child elements yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    Xml(XMLStreamWriter w) throws XMLStreamException {
      this.w = w;
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
    }

    /** Records the root element, started by the caller. */
    void opened() {
      open.push(new boolean[1]);
    }

    void open(String name, String... attributes) throws XMLStreamException {
      newLine();
      w.writeStartElement(name);
      attributes(attributes);
      open.push(new boolean[1]);
    }

    void leaf(String name, String... attributes) throws XMLStreamException {
      newLine();
      w.writeEmptyElement(name);
      attributes(attributes);
    }

    void textElement(String name, String text) throws XMLStreamException {
      newLine();
      w.writeStartElement(name);
      w.writeCharacters(xmlSafe(text));
      w.writeEndElement();
    }

    /** A GraphML {@code <data key="...">value</data>}. */
    void data(String key, String value) throws XMLStreamException {
      newLine();
      w.writeStartElement("data");
      w.writeAttribute("key", key);
      w.writeCharacters(xmlSafe(value));
      w.writeEndElement();
    }

    void close() throws XMLStreamException {
      boolean hadChildren = open.pop()[0];
      if (hadChildren) indent();
      w.writeEndElement();
    }

    void finish() throws XMLStreamException {
      while (!open.isEmpty()) close();
      w.writeEndDocument();
      w.flush();
      w.close();
    }

    private void attributes(String... nameValues) throws XMLStreamException {
      for (int i = 0; i < nameValues.length; i += 2) {
        w.writeAttribute(nameValues[i], oneLine(xmlSafe(nameValues[i + 1])));
      }
    }

    private void newLine() throws XMLStreamException {
      boolean[] parent = open.peek();
      if (parent != null) parent[0] = true;
      indent();
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    /** Attribute values on one line: a parser would turn line breaks in them into spaces anyway. */
    private static String oneLine(String s) {
      return s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
  }
}
