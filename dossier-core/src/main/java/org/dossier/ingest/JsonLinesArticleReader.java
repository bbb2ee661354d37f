package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;

/**
 * Thread-safe (immutable). Reads a JSON Lines file: one JSON object per line, one article per object, fields named by a
 * {@link ColumnMapping}. Blank lines are skipped. A line that is not a JSON object, or has no (or an
 * empty) text field, is rejected with its line number and the rest of the file goes on. Articles are
 * labelled {@code <file name>:<line>}, or {@code <file name>#<id>} when the mapping's id field is set.
 */
public final class JsonLinesArticleReader implements ArticleReader {

  private final RecordAssembler assembler;
  private final ObjectReader json;

  /** A reader with {@link ColumnMapping#defaults()} and the default size limit. */
  public JsonLinesArticleReader() {
    this(ColumnMapping.defaults(), CorpusReader.DEFAULT_MAX_CHARS);
  }

  /** A reader with these field names that rejects articles longer than {@code maxChars} characters. */
  public JsonLinesArticleReader(ColumnMapping mapping, int maxChars) {
    this.assembler = new RecordAssembler(Objects.requireNonNull(mapping, "mapping"), new SizeLimit(maxChars));
    this.json = new ObjectMapper().readerFor(JsonNode.class)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Override
  public List<ReadResult> read(Path file) throws IOException {
    TextDecoder.Decoded decoded = TextDecoder.read(file);
    if (decoded instanceof TextDecoder.NotText notText) {
      return List.of(new Rejected(file.toString(), 0, notText.reason()));
    }
    String text = ((TextDecoder.Text) decoded).text();
    List<ReadResult> results = new ArrayList<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (!line.isBlank()) {
        results.add(readLine(file, lineNumber, line));
      }
    }
    return results;
  }

  private ReadResult readLine(Path file, int lineNumber, String line) {
    JsonNode node;
    try {
      node = json.readValue(line);
    } catch (JsonProcessingException e) {
      return new Rejected(file.toString(), lineNumber, "malformed JSON (" + e.getOriginalMessage() + "); line skipped");
    }
    if (!node.isObject()) {
      return new Rejected(file.toString(), lineNumber, "not a JSON object; line skipped");
    }
    return assembler.assemble(file, lineNumber, "field", name -> scalar(node.get(name)));
  }

  /** A string, number or boolean as text; {@code null} for a missing field, null, object or array. */
  private static String scalar(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
  }
}
