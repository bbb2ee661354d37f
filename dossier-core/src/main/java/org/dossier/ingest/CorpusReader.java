package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread-safe (immutable). The front door of ingest: reads the articles in a list of files and directories.
 *
 * <ul>
 *   <li>Directories are walked recursively in name order; hidden entries (names starting with '.') are
 *       skipped. Files whose type is not known are not read but listed in {@link Summary#ignored()}.
 *   <li>Without a format the reader is chosen by extension: {@code .txt}, {@code .html}/{@code .htm},
 *       {@code .csv} (the column mapping, else the FA-KES profile), {@code .jsonl}/{@code .ndjson}.
 *       With a format, a file named explicitly is read in it whatever its extension, and files in
 *       directories are read when their extension belongs to that format.
 *   <li>A named file of unknown type, a path that does not exist and a file that cannot be read become
 *       {@link Rejected} results, and the other inputs go on.
 * </ul>
 */
public final class CorpusReader {

  /** The default largest article, in characters; the CLI option {@code --max-chars} changes it. */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private static final Logger log = LoggerFactory.getLogger(CorpusReader.class);

  private final Optional<Format> format;
  private final TextArticleReader text;
  private final HtmlArticleReader html;
  private final CsvArticleReader csv;
  private final CsvArticleReader fakes;
  private final JsonLinesArticleReader jsonl;

  /** Chooses readers by extension, default columns, default size limit. */
  public CorpusReader() {
    this(Optional.empty(), ColumnMapping.defaults(), DEFAULT_MAX_CHARS);
  }

  /**
   * @param format the format of every input, or empty to choose by extension
   * @param mapping the columns of CSV and JSON Lines files (ignored for {@link Format#FAKES})
   * @param maxChars the largest article accepted, in characters
   * @throws IllegalArgumentException if {@code maxChars < 1}
   */
  public CorpusReader(Optional<Format> format, ColumnMapping mapping, int maxChars) {
    this.format = Objects.requireNonNull(format, "format");
    Objects.requireNonNull(mapping, "mapping");
    this.text = new TextArticleReader(maxChars);
    this.html = new HtmlArticleReader(maxChars);
    this.csv = new CsvArticleReader(List.of(mapping, ColumnMapping.fakes()), maxChars);
    this.fakes = new CsvArticleReader(ColumnMapping.fakes(), maxChars);
    this.jsonl = new JsonLinesArticleReader(mapping, maxChars);
  }

  /**
   * What a read covered besides its results.
   *
   * @param files how many files were read (including those rejected whole)
   * @param ignored files in directories that were not read because their type is unknown, in walk order
   */
  public record Summary(int files, List<Path> ignored) {
    public Summary {
      Objects.requireNonNull(ignored, "ignored");
      if (files < 0) {
        throw new IllegalArgumentException("bad file count " + files);
      }
      ignored = List.copyOf(ignored);
    }

    /** How many files were ignored: "ignored N files of unknown type". */
    public int ignoredCount() {
      return ignored.size();
    }
  }

  /**
   * Results and summary of {@link #readAll(List)}.
   *
   * @param results every article or rejection, in input order
   * @param summary files read and ignored
   */
  public record Batch(List<ReadResult> results, Summary summary) {
    public Batch {
      results = List.copyOf(results);
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** Reads every input and collects the results; see {@link #read(List, Consumer)}. */
  public Batch readAll(List<Path> paths) {
    List<ReadResult> results = new ArrayList<>();
    Summary summary = read(paths, results::add);
    return new Batch(results, summary);
  }

  /**
   * Reads the inputs in order and hands each file's results to {@code sink} as soon as the file is
   * read, so only one file's articles are in memory at a time. Does not throw for bad or unreadable
   * inputs; those reach {@code sink} as {@link Rejected}.
   */
  public Summary read(List<Path> paths, Consumer<? super ReadResult> sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(sink, "sink");
    Walk walk = new Walk(sink);
    for (Path path : paths) {
      if (!Files.exists(path)) {
        sink.accept(new Rejected(path.toString(), 0, "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        walk.directory(path);
      } else {
        walk.file(path, true);
      }
    }
    log.debug("read {} files, ignored {}", walk.files, walk.ignored.size());
    return new Summary(walk.files, walk.ignored);
  }

  /** The reader for {@code file}, or empty if its type is not known (or not the format asked for). */
  Optional<ArticleReader> readerFor(Path file, boolean named) {
    if (format.isPresent()) {
      Format f = format.get();
      return named || f.matches(file) ? Optional.of(reader(f)) : Optional.empty();
    }
    return Format.byExtension(file).map(this::reader);
  }

  private ArticleReader reader(Format f) {
    return switch (f) {
      case TXT -> text;
      case HTML -> html;
      case CSV -> csv;
      case JSONL -> jsonl;
      case FAKES -> fakes;
    };
  }

  /** The state of one call to {@link #read}: confined to that call's thread. */
  private final class Walk {
    private final Consumer<? super ReadResult> sink;
    private final List<Path> ignored = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    private int files;

    Walk(Consumer<? super ReadResult> sink) {
      this.sink = sink;
    }

    void directory(Path dir) {
      List<Path> entries;
      try {
        // Symbolic links may lead back up the tree; each real directory is walked once.
        if (!visited.add(dir.toRealPath())) {
          return;
        }
        try (Stream<Path> list = Files.list(dir)) {
          entries = list.filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
              .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
              .toList();
        }
      } catch (IOException e) {
        sink.accept(new Rejected(dir.toString(), 0, "cannot read directory (" + describe(e) + ")"));
        return;
      }
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          directory(entry);
        } else if (Files.isRegularFile(entry)) {
          file(entry, false);
        }
      }
    }

    void file(Path file, boolean named) {
      Optional<ArticleReader> reader = readerFor(file, named);
      if (reader.isEmpty()) {
        if (named) {
          sink.accept(new Rejected(file.toString(), 0,
              "unsupported file type (known: " + Format.knownExtensions() + ", or choose a format)"));
        } else {
          ignored.add(file);
        }
        return;
      }
      files++;
      if (!Files.isRegularFile(file)) {
        sink.accept(new Rejected(file.toString(), 0, "not a regular file"));
        return;
      }
      List<ReadResult> results;
      try {
        results = reader.get().read(file);
      } catch (IOException e) {
        // Lucene's IndexFiles goes on after an unreadable file; so do we, with file and reason.
        results = List.of(new Rejected(file.toString(), 0, "cannot read file (" + describe(e) + ")"));
      }
      log.debug("{}: {} results", file, results.size());
      results.forEach(sink);
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
