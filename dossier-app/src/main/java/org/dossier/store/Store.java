package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.model.ActorType;
import org.dossier.model.Article;
import org.dossier.model.ArticleActor;
import org.dossier.model.ArticleFacts;
import org.dossier.model.ArticleId;
import org.dossier.model.Descriptor;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Relation;
import org.dossier.model.RelationType;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.resolve.NameKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The knowledge base: one SQLite file, the source of truth (schema in {@code schema.sql} beside this
 * class, documented in {@code docs/SCHEMA.md}).
 *
 * <p>{@link #put} stores the facts of one article in one transaction and merges its actors into
 * knowledge-base actors by {@link NameKey}; the read methods serve the query commands.
 *
 * <p>Thread-safe. Writes are serialised on one writing connection (WAL mode, {@code BEGIN IMMEDIATE}, a
 * busy timeout so a second process waits rather than fails); reads go through a separate read connection
 * and see the last committed state. The caller owns the instance and closes it.
 */
public final class Store implements AutoCloseable {

  /** What {@link #put} did. */
  public enum PutResult {
    /** The article was new. */
    STORED,
    /** The article was stored with another extractor version; its old facts were replaced. */
    REPLACED,
    /** The article was stored with the same extractor version; nothing was written. */
    UNCHANGED
  }

  /** The schema version this code reads and writes, kept in {@code meta.schema_version}. */
  public static final int SCHEMA_VERSION = 2;

  private static final Logger log = LoggerFactory.getLogger(Store.class);
  private static final String SCHEMA_RESOURCE = "schema.sql";
  private static final int BUSY_TIMEOUT_MS = 10_000;
  private static final char LIST_SEPARATOR = '\u001f';

  private final Path file;
  /** Null when opened read-only. Guarded by {@link #writeLock}. */
  private final Connection writer;
  /** Guarded by {@link #readLock}. */
  private final Connection reader;
  private final Object writeLock = new Object();
  private final Object readLock = new Object();

  private Store(Path file, Connection writer, Connection reader) {
    this.file = file;
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * Opens the knowledge base in {@code dbFile} for reading and writing, creating the file and its schema
   * when they do not exist.
   *
   * @throws StoreException if the file cannot be opened or was written by a newer schema
   */
  public static Store open(Path dbFile) {
    Objects.requireNonNull(dbFile, "dbFile");
    Connection writer = null;
    try {
      Path parent = dbFile.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      writer = connect(dbFile, false);
      createSchema(writer, dbFile);
      Connection reader = connect(dbFile, true);
      return new Store(dbFile, writer, reader);
    } catch (SQLException | IOException | RuntimeException e) {
      closeAfterFailure(writer, e);
      throw e instanceof StoreException se ? se
          : new StoreException("cannot open knowledge base " + dbFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing knowledge base for reading only; never creates a file.
   *
   * @throws StoreException if {@code dbFile} does not exist or is not a Dossier knowledge base
   */
  public static Store openReadOnly(Path dbFile) {
    Objects.requireNonNull(dbFile, "dbFile");
    if (!Files.isRegularFile(dbFile)) throw new StoreException("no knowledge base at " + dbFile);
    Connection reader = null;
    try {
      reader = connect(dbFile, true);
      checkSchemaVersion(reader, dbFile, false);
      return new Store(dbFile, null, reader);
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(reader, e);
      throw e instanceof StoreException se ? se
          : new StoreException("cannot read knowledge base " + dbFile + ": " + e.getMessage(), e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  // ---------------------------------------------------------------------------------------------- writes

  /**
   * Stores the facts of one article in one transaction: nothing when the article is stored with the same
   * extractor version; otherwise its old facts (if any) are deleted, alias counts decremented and actors
   * left without articles removed, and the new facts written. Each {@link ArticleActor} is merged into a
   * knowledge-base actor by name ({@link ActorMerger}; {@code docs/SCHEMA.md}, "Actor merging").
   *
   * @throws IllegalStateException if the facts break their provenance invariant ({@link ArticleFacts#verify})
   * @throws StoreException if the database fails; nothing of the article is written then
   */
  public PutResult put(ArticleFacts facts) {
    Objects.requireNonNull(facts, "facts").verify();
    ArticleId id = facts.article().id();
    synchronized (writeLock) {
      Connection c = requireWriter();
      try {
        execute(c, "BEGIN IMMEDIATE");
        Optional<String> stored = version(c, id);
        if (stored.isPresent() && stored.get().equals(facts.extractorVersion())) {
          execute(c, "ROLLBACK");
          return PutResult.UNCHANGED;
        }
        List<Long> previousActors = stored.isPresent() ? deleteArticle(c, id) : List.of();
        insertArticle(c, facts);
        long[] actorIds = new long[facts.actors().size()];
        for (int i = 0; i < actorIds.length; i++) {
          ActorMerger.Merge merge = ActorMerger.resolve(c, facts.actors().get(i));
          actorIds[i] = merge.id();
          insertAliases(c, id, merge, facts.actors().get(i));
        }
        insertDescriptors(c, id, facts.actors(), actorIds);
        insertMentions(c, id, facts.mentions(), actorIds);
        insertQuotes(c, facts.article(), facts.quotes(), actorIds);
        insertRelations(c, facts.article(), facts.relations(), actorIds);
        deleteOrphans(c, previousActors);
        execute(c, "COMMIT");
        PutResult result = stored.isPresent() ? PutResult.REPLACED : PutResult.STORED;
        log.debug("{} article {} ({}): {} actors, {} quotes", result, id, facts.article().source(),
            actorIds.length, facts.quotes().size());
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackAfterFailure(c, e);
        throw new StoreException("cannot store article " + id + " (" + facts.article().source() + "): "
            + e.getMessage(), e);
      }
    }
  }

  /**
   * Records an input or article that could not be stored, in its own transaction.
   *
   * @param line 1-based line or record number, 0 for a whole file
   * @param exceptionClass class name of the exception that caused it, or null for a rejected input
   */
  public void recordFailure(String source, int line, String reason, String exceptionClass) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    synchronized (writeLock) {
      try {
        update(requireWriter(), "INSERT INTO failures(source, line, reason, exception, at) VALUES (?, ?, ?, ?, ?)",
            source, line, reason, exceptionClass, Instant.now().toString());
      } catch (SQLException e) {
        throw new StoreException("cannot record failure of " + source + ": " + e.getMessage(), e);
      }
    }
  }

  private Connection requireWriter() {
    if (writer == null) throw new IllegalStateException("knowledge base " + file + " is open read-only");
    return writer;
  }

  private static Optional<String> version(Connection c, ArticleId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT extractor_version FROM articles WHERE id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** Deletes an article and its facts, decrementing alias counts; returns the actors it named. */
  private static List<Long> deleteArticle(Connection c, ArticleId id) throws SQLException {
    List<Long> actors = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT DISTINCT actor_id FROM article_aliases WHERE article_id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) actors.add(rs.getLong(1));
      }
    }
    String used = "EXISTS (SELECT 1 FROM article_aliases aa WHERE aa.article_id = ?"
        + " AND aa.actor_id = aliases.actor_id AND aa.alias = aliases.alias)";
    update(c, "DELETE FROM aliases WHERE count = 1 AND " + used, id.value());
    update(c, "UPDATE aliases SET count = count - 1 WHERE " + used, id.value());
    // Mentions, descriptors, quotes, quote_about and article_aliases go by ON DELETE CASCADE.
    update(c, "DELETE FROM articles WHERE id = ?", id.value());
    return actors;
  }

  /** Deletes those of {@code candidates} that no stored article names any more. */
  private static void deleteOrphans(Connection c, List<Long> candidates) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM actors WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_aliases WHERE actor_id = ?)")) {
      for (long id : candidates) {
        ps.setLong(1, id);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertArticle(Connection c, ArticleFacts facts) throws SQLException {
    Article a = facts.article();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles(id, source, title, date, outlet, url,"
        + " byline, text, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.id().value());
      ps.setString(2, a.source());
      ps.setString(3, a.title().orElse(null));
      ps.setString(4, a.date().map(LocalDate::toString).orElse(null));
      ps.setString(5, a.outlet().orElse(null));
      ps.setString(6, a.url().orElse(null));
      ps.setString(7, a.byline().orElse(null));
      ps.setString(8, a.text());
      ps.setString(9, facts.extractorVersion());
      ps.setString(10, Instant.now().toString());
      ps.executeUpdate();
    }
  }

  // ------------------------------------------------------------------------------------------ fact rows

  private static void insertAliases(Connection c, ArticleId article, ActorMerger.Merge merge, ArticleActor a)
      throws SQLException {
    long actorId = merge.id();
    Set<String> forms = new LinkedHashSet<>();
    forms.add(a.name().strip());
    for (String alias : a.aliases()) {
      if (!alias.isBlank()) forms.add(alias.strip());
    }
    try (PreparedStatement use = c.prepareStatement(
            "INSERT OR IGNORE INTO article_aliases(article_id, actor_id, alias, rule) VALUES (?, ?, ?, ?)");
        PreparedStatement count = c.prepareStatement("INSERT INTO aliases(actor_id, alias, alias_key, count, rule)"
            + " VALUES (?, ?, ?, 1, ?) ON CONFLICT(actor_id, alias) DO UPDATE SET count = count + 1,"
            + " rule = COALESCE(rule, excluded.rule)")) {
      for (String form : forms) {
        String rule = ActorMerger.ruleFor(form, a, merge);
        use.setString(1, article.value());
        use.setLong(2, actorId);
        use.setString(3, form);
        use.setString(4, rule);
        // Two actors of one article may merge into one; each form counts once per article.
        if (use.executeUpdate() == 0) continue;
        count.setLong(1, actorId);
        count.setString(2, form);
        count.setString(3, ActorMerger.keyOf(form));
        count.setString(4, rule);
        count.executeUpdate();
      }
    }
  }

  private static void insertDescriptors(Connection c, ArticleId article, List<ArticleActor> actors, long[] ids)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO actor_descriptors(actor_id, article_id, begin, end, text) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < ids.length; i++) {
        for (Descriptor d : actors.get(i).descriptors()) {
          ps.setLong(1, ids[i]);
          ps.setString(2, article.value());
          ps.setInt(3, d.span().begin());
          ps.setInt(4, d.span().end());
          ps.setString(5, d.text());
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertMentions(Connection c, ArticleId article, List<Mention> mentions, long[] ids)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO mentions(article_id, actor_id, begin, end, text, type, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Mention m : mentions) {
        ps.setString(1, article.value());
        if (m.hasActor()) ps.setLong(2, ids[m.actor()]);
        else ps.setNull(2, Types.INTEGER);
        ps.setInt(3, m.span().begin());
        ps.setInt(4, m.span().end());
        ps.setString(5, m.text());
        ps.setString(6, m.type().label());
        ps.setInt(7, m.sentence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void insertQuotes(Connection c, Article article, List<Quote> quotes, long[] ids)
      throws SQLException {
    Set<String> seen = new LinkedHashSet<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes(id, article_id, begin, end, text, kind,"
            + " speaker_actor_id, speaker_begin, speaker_end, speaker_text, cue_begin, cue_end, cue_text,"
            + " speaker_title, title_begin, title_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement about = c.prepareStatement(
            "INSERT OR IGNORE INTO quote_about(quote_id, actor_id) VALUES (?, ?)")) {
      for (Quote q : quotes) {
        String id = QuoteRow.idOf(article.id(), q.span());
        if (!seen.add(id)) {
          log.warn("article {} ({}): a second quote with span {}; kept the first", article.id(), article.source(),
              q.span());
          continue;
        }
        Optional<Speaker> s = q.speaker();
        Optional<Descriptor> title = s.flatMap(Speaker::title);
        ps.setString(1, id);
        ps.setString(2, article.id().value());
        ps.setInt(3, q.span().begin());
        ps.setInt(4, q.span().end());
        ps.setString(5, q.text());
        ps.setString(6, q.kind().label());
        // A speaker the article never ties to a named actor ("a senior official") has no actor index.
        setLong(ps, 7, s.filter(sp -> sp.actor() >= 0).map(sp -> ids[sp.actor()]));
        setInt(ps, 8, s.map(sp -> sp.mention().begin()));
        setInt(ps, 9, s.map(sp -> sp.mention().end()));
        ps.setString(10, s.map(Speaker::mentionText).orElse(null));
        setInt(ps, 11, q.cue().map(Span::begin));
        setInt(ps, 12, q.cue().map(Span::end));
        ps.setString(13, q.cue().map(cue -> cue.of(article.text())).orElse(null));
        ps.setString(14, title.map(Descriptor::text).orElse(null));
        setInt(ps, 15, title.map(t -> t.span().begin()));
        setInt(ps, 16, title.map(t -> t.span().end()));
        ps.setString(17, q.rule());
        ps.addBatch();
        for (int i : q.about()) {
          about.setString(1, id);
          about.setLong(2, ids[i]);
          about.addBatch();
        }
      }
      ps.executeBatch();
      about.executeBatch();
    }
  }

  private static void setInt(PreparedStatement ps, int index, Optional<Integer> value) throws SQLException {
    if (value.isPresent()) ps.setInt(index, value.get());
    else ps.setNull(index, Types.INTEGER);
  }

  private static void setLong(PreparedStatement ps, int index, Optional<Long> value) throws SQLException {
    if (value.isPresent()) ps.setLong(index, value.get());
    else ps.setNull(index, Types.INTEGER);
  }

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      return ps.executeUpdate();
    }
  }

  // ---------------------------------------------------------------------------------------------- reads

  /** The extractor version an article is stored with, empty when it is not stored. */
  public Optional<String> storedVersion(ArticleId id) {
    Objects.requireNonNull(id, "id");
    synchronized (readLock) {
      try {
        return version(reader, id);
      } catch (SQLException e) {
        throw readFailure(e);
      }
    }
  }

  /** A stored article by id. */
  public Optional<ArticleRow> article(ArticleId id) {
    Objects.requireNonNull(id, "id");
    List<ArticleRow> rows = articlesWhere("WHERE id = ?", id.value());
    return rows.stream().findFirst();
  }

  /** Every stored article, oldest ingestion first; for re-extraction and re-indexing. */
  public List<Article> articles() {
    return articlesWhere("ORDER BY ingested_at, id").stream().map(ArticleRow::article).toList();
  }

  private List<ArticleRow> articlesWhere(String clause, Object... args) {
    String sql = "SELECT id, source, title, date, outlet, url, byline, text, extractor_version, ingested_at"
        + " FROM articles " + clause;
    return query(sql, List.of(args), rs -> {
      Article a = new Article(new ArticleId(rs.getString(1)), rs.getString(2), Optional.ofNullable(rs.getString(3)),
          Optional.ofNullable(rs.getString(4)).map(LocalDate::parse), Optional.ofNullable(rs.getString(5)),
          Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)), rs.getString(8));
      return new ArticleRow(a, rs.getString(9), Instant.parse(rs.getString(10)));
    });
  }

  /** Row counts. */
  public StoreCounts counts() {
    return query("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM actors),"
            + " (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM failures)",
        List.of(), rs -> new StoreCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
        .get(0);
  }

  /** Recorded failures, oldest first. */
  public List<FailureRow> failures() {
    return query("SELECT id, source, line, reason, exception, at FROM failures ORDER BY id", List.of(),
        rs -> new FailureRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            Optional.ofNullable(rs.getString(5)), Instant.parse(rs.getString(6))));
  }

  private static final String ACTOR_COLUMNS = "SELECT a.id, a.name, a.type,"
      + " (SELECT COUNT(DISTINCT article_id) FROM article_aliases WHERE actor_id = a.id) AS n_articles,"
      + " (SELECT COUNT(*) FROM mentions WHERE actor_id = a.id) AS n_mentions,"
      + " (SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = a.id) AS n_quotes_by,"
      + " (SELECT COUNT(*) FROM quote_about WHERE actor_id = a.id) AS n_quotes_about"
      + " FROM actors a ";
  private static final String ACTOR_ORDER =
      " ORDER BY n_articles DESC, n_mentions DESC, a.name COLLATE NOCASE, a.id";

  /**
   * Actors ranked by the number of distinct articles naming them, then by mentions, then by name.
   *
   * @param type only actors of this type, when present
   * @param limit at most this many
   */
  public List<ActorRow> actors(Optional<ActorType> type, int limit) {
    Objects.requireNonNull(type, "type");
    if (limit < 0) throw new IllegalArgumentException("bad limit " + limit);
    return type.isPresent()
        ? actorQuery("WHERE a.type = ?" + ACTOR_ORDER + " LIMIT ?", type.get().label(), limit)
        : actorQuery(ACTOR_ORDER + " LIMIT ?", limit);
  }

  /** An actor by id. */
  public Optional<ActorRow> actor(long id) {
    return actorQuery("WHERE a.id = ?", id).stream().findFirst();
  }

  /**
   * Actors a user may mean by {@code name}, best first: the actor with the same name key if there is one;
   * else the actors that have it as an alias; else the actors whose name contains its tokens as a
   * contiguous run ("Vesti" finds "Rolando Vesti"). One result is a match, several are candidates to choose
   * from, none means unknown.
   */
  public List<ActorRow> findActors(String name) {
    String key = ActorMerger.keyOf(Objects.requireNonNull(name, "name"));
    if (key.isBlank()) return List.of();
    List<ActorRow> exact = actorQuery("WHERE a.name_key = ?", key);
    if (!exact.isEmpty()) return exact;
    List<ActorRow> byAlias =
        actorQuery("WHERE a.id IN (SELECT actor_id FROM aliases WHERE alias_key = ?)" + ACTOR_ORDER, key);
    if (!byAlias.isEmpty()) return byAlias;
    return actorQuery("WHERE ' ' || a.name_key || ' ' LIKE ?" + ACTOR_ORDER, "% " + key + " %");
  }

  private List<ActorRow> actorQuery(String clause, Object... args) {
    return query(ACTOR_COLUMNS + clause, List.of(args), rs -> new ActorRow(rs.getLong(1), rs.getString(2),
        ActorType.fromLabel(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
  }

  /** The surface forms articles use for an actor, the most used first. */
  public List<AliasRow> aliases(long actorId) {
    return query("SELECT alias, count FROM aliases WHERE actor_id = ? ORDER BY count DESC, alias",
        List.of(actorId), rs -> new AliasRow(rs.getString(1), rs.getInt(2)));
  }

  /**
   * Every form articles use for an actor with the rules that merged it and in how many articles each, the
   * most used form first: what {@code dossier actor NAME --why} shows. A rule is empty for rows stored before
   * rules were recorded.
   */
  public List<AliasRuleRow> aliasRules(long actorId) {
    List<String[]> rows = query("SELECT alias, COALESCE(rule, ''), COUNT(*) FROM article_aliases WHERE actor_id = ?"
        + " GROUP BY alias, rule ORDER BY alias, COUNT(*) DESC, rule", List.of(actorId),
        rs -> new String[] {rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3))});
    java.util.Map<String, java.util.Map<String, Integer>> byAlias = new java.util.LinkedHashMap<>();
    for (String[] r : rows) byAlias.computeIfAbsent(r[0], k -> new java.util.LinkedHashMap<>()).put(r[1], Integer.parseInt(r[2]));
    List<AliasRuleRow> out = new ArrayList<>();
    for (var e : byAlias.entrySet()) {
      int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      out.add(new AliasRuleRow(e.getKey(), n, e.getValue()));
    }
    out.sort(java.util.Comparator.comparingInt(AliasRuleRow::articles).reversed().thenComparing(AliasRuleRow::alias));
    return out;
  }

  /** The titles and affiliations articles give an actor, in order of article date and position. */
  public List<DescriptorRow> descriptors(long actorId) {
    return query("SELECT d.text, d.article_id, d.begin, d.end FROM actor_descriptors d"
            + " JOIN articles ar ON ar.id = d.article_id WHERE d.actor_id = ?"
            + " ORDER BY ar.date IS NULL, ar.date, d.article_id, d.begin", List.of(actorId),
        rs -> new DescriptorRow(rs.getString(1), new ArticleId(rs.getString(2)), new Span(rs.getInt(3), rs.getInt(4))));
  }

  /** Quotations attributed to an actor, oldest article first. */
  public List<QuoteRow> quotesBy(long actorId, int limit) {
    return quotes(QuoteFilter.all().withSpeakers(Set.of(actorId)).withLimit(limit));
  }

  /** Quotations that mention an actor, oldest article first. */
  public List<QuoteRow> quotesAbout(long actorId, int limit) {
    return quotes(QuoteFilter.all().withAbout(Set.of(actorId)).withLimit(limit));
  }

  /** Quotations matching every constraint of {@code filter}, oldest article first, in text order. */
  public List<QuoteRow> quotes(QuoteFilter filter) {
    Objects.requireNonNull(filter, "filter");
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    filter.speakers().ifPresent(ids -> inClause(where, args, "q.speaker_actor_id IN (%s)", ids));
    filter.about().ifPresent(ids ->
        inClause(where, args, "q.id IN (SELECT quote_id FROM quote_about WHERE actor_id IN (%s))", ids));
    filter.articles().ifPresent(ids ->
        inClause(where, args, "q.article_id IN (%s)", ids.stream().map(ArticleId::value).toList()));
    filter.ids().ifPresent(ids -> inClause(where, args, "q.id IN (%s)", ids));
    filter.kind().ifPresent(k -> {
      where.add("q.kind = ?");
      args.add(k.label());
    });
    args.add(filter.limit());
    String sql = "SELECT q.id, q.article_id, ar.title, ar.date, q.begin, q.end, q.text, q.kind,"
        + " q.speaker_actor_id, ac.name, q.speaker_begin, q.speaker_end, q.speaker_text,"
        + " q.speaker_title, q.title_begin, q.title_end, q.cue_begin, q.cue_end, q.cue_text, q.rule,"
        + " (SELECT group_concat(ab.name, char(31)) FROM quote_about qa JOIN actors ab ON ab.id = qa.actor_id"
        + "  WHERE qa.quote_id = q.id)"
        + " FROM quotes q JOIN articles ar ON ar.id = q.article_id"
        + " LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY ar.date IS NULL, ar.date, q.article_id, q.begin LIMIT ?";
    return query(sql, args, Store::quoteRow);
  }

  /** Adds {@code condition} with its {@code %s} replaced by one parameter per value; no values match nothing. */
  private static void inClause(List<String> where, List<Object> args, String condition, Collection<?> values) {
    if (values.isEmpty()) {
      where.add("0");
      return;
    }
    where.add(String.format(java.util.Locale.ROOT, condition, String.join(", ", java.util.Collections.nCopies(values.size(), "?"))));
    args.addAll(values);
  }

  private static QuoteRow quoteRow(ResultSet rs) throws SQLException {
    String about = rs.getString(21);
    List<String> aboutNames = about == null ? List.of()
        : Arrays.stream(about.split(String.valueOf(LIST_SEPARATOR))).distinct().sorted().toList();
    return new QuoteRow(rs.getString(1), new ArticleId(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
        Optional.ofNullable(rs.getString(4)).map(LocalDate::parse), new Span(rs.getInt(5), rs.getInt(6)),
        rs.getString(7), QuoteKind.valueOf(rs.getString(8).toUpperCase(java.util.Locale.ROOT)),
        optionalLong(rs, 9), Optional.ofNullable(rs.getString(10)), optionalSpan(rs, 11, 12),
        Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)), optionalSpan(rs, 15, 16),
        optionalSpan(rs, 17, 18), Optional.ofNullable(rs.getString(19)), aboutNames, rs.getString(20));
  }

  private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<Span> optionalSpan(ResultSet rs, int beginColumn, int endColumn) throws SQLException {
    int begin = rs.getInt(beginColumn);
    if (rs.wasNull()) return Optional.empty();
    return Optional.of(new Span(begin, rs.getInt(endColumn)));
  }

  /** Reads one row into a value. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<?> args, RowMapper<T> mapper) {
    synchronized (readLock) {
      try (PreparedStatement ps = reader.prepareStatement(sql)) {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        try (ResultSet rs = ps.executeQuery()) {
          List<T> out = new ArrayList<>();
          while (rs.next()) out.add(mapper.map(rs));
          return out;
        }
      } catch (SQLException e) {
        throw readFailure(e);
      }
    }
  }

  private StoreException readFailure(SQLException e) {
    return new StoreException("cannot read knowledge base " + file + ": " + e.getMessage(), e);
  }

  // ------------------------------------------------------------------------------------------ relations
  // The relations table (schema version 2, docs/SCHEMA.md): written by put, read aggregated.

  private static void insertRelations(Connection c, Article article, List<Relation> relations, long[] ids)
      throws SQLException {
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO relations(article_id, subject_actor_id, type,"
        + " object_actor_id, polarity, claimed_by_actor_id, sentence_begin, sentence_end, sentence, subject_begin,"
        + " subject_end, subject_text, object_begin, object_end, object_text, trigger_begin, trigger_end,"
        + " trigger_text, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Relation r : relations) {
        long subject = ids[r.subject()];
        long object = ids[r.object()];
        if (subject == object) {
          // Two actors of the article that are one knowledge-base actor: a relation of an actor with itself.
          log.debug("article {} ({}): relation {} {} between two forms of actor {} dropped", article.id(),
              article.source(), r.type().label(), r.span(), subject);
          continue;
        }
        String a = subject + "@" + r.subjectMention();
        String b = object + "@" + r.objectMention();
        String key = r.type() + " " + (r.type().symmetric() && a.compareTo(b) > 0 ? b + " " + a : a + " " + b);
        if (!seen.add(key)) {
          log.debug("article {} ({}): relation {} {} stated twice; kept the first", article.id(), article.source(),
              r.type().label(), r.span());
          continue;
        }
        String text = article.text();
        ps.setString(1, article.id().value());
        ps.setLong(2, subject);
        ps.setString(3, r.type().label());
        ps.setLong(4, object);
        ps.setInt(5, r.polarity());
        setLong(ps, 6, r.attributed() ? Optional.of(ids[r.claimedBy()]) : Optional.empty());
        ps.setInt(7, r.span().begin());
        ps.setInt(8, r.span().end());
        ps.setString(9, r.sentence());
        ps.setInt(10, r.subjectMention().begin());
        ps.setInt(11, r.subjectMention().end());
        ps.setString(12, r.subjectMention().of(text));
        ps.setInt(13, r.objectMention().begin());
        ps.setInt(14, r.objectMention().end());
        ps.setString(15, r.objectMention().of(text));
        setInt(ps, 16, r.trigger().map(Span::begin));
        setInt(ps, 17, r.trigger().map(Span::end));
        ps.setString(18, r.trigger().map(t -> t.of(text)).orElse(null));
        ps.setString(19, r.rule());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The number of stored relation rows: evidence sentences, not aggregated relations. */
  public int relationCount() {
    requireRelations();
    return query("SELECT COUNT(*) FROM relations", List.of(), rs -> rs.getInt(1)).get(0);
  }

  /**
   * Relations aggregated over articles, one per (subject, type, object), a symmetric type's two directions
   * being one: those with evidence matching {@code filter}, counted over that evidence only. Ranked by the
   * number of articles, then of evidence, then by subject name, type and object name.
   *
   * @throws StoreException if the database cannot be read, or predates relations (schema version 1)
   */
  public List<RelationRow> relations(RelationFilter filter) {
    Objects.requireNonNull(filter, "filter");
    requireRelations();
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    filter.actor().ifPresent(id -> {
      where.add("(r.subject_actor_id = ? OR r.object_actor_id = ?)");
      args.add(id);
      args.add(id);
    });
    filter.type().ifPresent(t -> {
      where.add("r.type = ?");
      args.add(t.label());
    });
    filter.from().ifPresent(d -> {
      where.add("ar.date >= ?");
      args.add(d.toString());
    });
    filter.to().ifPresent(d -> {
      where.add("ar.date <= ?");
      args.add(d.toString());
    });
    String sql = "SELECT r.subject_actor_id, s.name, r.type, r.object_actor_id, o.name, r.polarity,"
        + " r.claimed_by_actor_id, cb.name, r.article_id, ar.title, ar.outlet, ar.date, r.sentence_begin,"
        + " r.sentence_end, r.sentence, r.subject_begin, r.subject_end, r.subject_text, r.object_begin,"
        + " r.object_end, r.object_text, r.trigger_begin, r.trigger_end, r.trigger_text, r.rule"
        + " FROM relations r JOIN articles ar ON ar.id = r.article_id"
        + " JOIN actors s ON s.id = r.subject_actor_id JOIN actors o ON o.id = r.object_actor_id"
        + " LEFT JOIN actors cb ON cb.id = r.claimed_by_actor_id"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY ar.date IS NULL, ar.date, r.article_id, r.sentence_begin, r.subject_begin, r.object_begin, r.id";
    List<StoredRelation> rows = query(sql, args, Store::storedRelation);
    return RelationAggregator.aggregate(rows, filter.limit());
  }

  /**
   * The relation network for {@code filter}: its aggregated relations as edges and the actors they join as
   * nodes, each with the number of articles naming it (within the filter's dates, when it has some). Read in
   * one transaction, so every edge's actors are nodes even while an ingest commits.
   */
  public RelationGraph relationGraph(RelationFilter filter) {
    Objects.requireNonNull(filter, "filter");
    synchronized (readLock) {
      try {
        execute(reader, "BEGIN");
        try {
          return readRelationGraph(filter);
        } finally {
          execute(reader, "COMMIT");
        }
      } catch (SQLException e) {
        throw readFailure(e);
      }
    }
  }

  private RelationGraph readRelationGraph(RelationFilter filter) {
    List<RelationRow> edges = relations(filter);
    Set<Long> ids = new LinkedHashSet<>();
    for (RelationRow r : edges) {
      ids.add(r.subject().id());
      ids.add(r.object().id());
    }
    if (ids.isEmpty()) return new RelationGraph(List.of(), List.of());
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    StringBuilder dated = new StringBuilder();
    filter.from().ifPresent(d -> {
      dated.append(" AND ar.date >= ?");
      args.add(d.toString());
    });
    filter.to().ifPresent(d -> {
      dated.append(" AND ar.date <= ?");
      args.add(d.toString());
    });
    inClause(where, args, "a.id IN (%s)", ids);
    String sql = "SELECT a.id, a.name, a.type, (SELECT COUNT(DISTINCT aa.article_id) FROM article_aliases aa"
        + " JOIN articles ar ON ar.id = aa.article_id WHERE aa.actor_id = a.id" + dated + ") AS n"
        + " FROM actors a WHERE " + where.get(0) + " ORDER BY n DESC, a.name COLLATE NOCASE, a.id";
    List<RelationGraph.Node> nodes = query(sql, args, rs -> new RelationGraph.Node(rs.getLong(1), rs.getString(2),
        ActorType.fromLabel(rs.getString(3)), rs.getInt(4)));
    return new RelationGraph(nodes, edges);
  }

  private static StoredRelation storedRelation(ResultSet rs) throws SQLException {
    Optional<RelationRow.Party> claimedBy = optionalLong(rs, 7).isEmpty() ? Optional.empty()
        : Optional.of(new RelationRow.Party(rs.getLong(7), rs.getString(8)));
    Optional<Span> trigger = optionalSpan(rs, 22, 23);
    return new StoredRelation(new RelationRow.Party(rs.getLong(1), rs.getString(2)),
        RelationType.fromLabel(rs.getString(3)), new RelationRow.Party(rs.getLong(4), rs.getString(5)),
        new RelationRow.Evidence(new ArticleId(rs.getString(9)), Optional.ofNullable(rs.getString(10)),
            Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12)).map(LocalDate::parse),
            new Span(rs.getInt(13), rs.getInt(14)), rs.getString(15), rs.getInt(6), claimedBy,
            new Span(rs.getInt(16), rs.getInt(17)), rs.getString(18), new Span(rs.getInt(19), rs.getInt(20)),
            rs.getString(21), trigger, Optional.ofNullable(rs.getString(24)), rs.getString(25)));
  }

  /** Fails with a clear message on a database written before relations existed and not opened for writing since. */
  private void requireRelations() {
    boolean present = !query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'relations'", List.of(),
        rs -> rs.getInt(1)).isEmpty();
    if (!present) {
      throw new StoreException(file + " has schema version 1, without relations; run dossier reextract --db "
          + file + " to upgrade it and extract them");
    }
  }

  // ------------------------------------------------------------------------------------ connections, schema

  private static Connection connect(Path dbFile, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    if (readOnly) {
      config.setReadOnly(true);
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    // Auto-commit stays on: put() issues BEGIN IMMEDIATE itself, so no lock is held between articles.
    return DriverManager.getConnection("jdbc:sqlite:" + dbFile, config.toProperties());
  }

  private static void createSchema(Connection c, Path dbFile) throws SQLException, IOException {
    String script;
    try (InputStream in = Store.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + SCHEMA_RESOURCE + " is missing beside Store");
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    checkSchemaVersion(c, dbFile, true);
    execute(c, "BEGIN IMMEDIATE");
    try {
      for (String sql : statements(script)) execute(c, sql);
      // Columns added to existing tables since schema version 2 was first written: merge rules of aliases.
      addColumnIfMissing(c, "aliases", "rule", "TEXT");
      addColumnIfMissing(c, "article_aliases", "rule", "TEXT");
      // The script creates what an older database lacks (CREATE ... IF NOT EXISTS); the version follows.
      update(c, "INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE"
          + " SET value = excluded.value WHERE CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER)",
          String.valueOf(SCHEMA_VERSION));
      execute(c, "COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollbackAfterFailure(c, e);
      throw e;
    }
  }

  private static void addColumnIfMissing(Connection c, String table, String column, String type) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
      ps.setString(1, table);
      ps.setString(2, column);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) return;
      }
    }
    execute(c, "ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
  }

  /** The statements of a script: comment lines dropped, split at a semicolon ending a line. */
  static List<String> statements(String script) {
    String code = script.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
    return Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Fails for a database of a newer schema, and for a file that is not a Dossier database unless
   * {@code mayCreate} (then a database without tables is new).
   */
  private static void checkSchemaVersion(Connection c, Path dbFile, boolean mayCreate) throws SQLException {
    boolean hasMeta;
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
        ResultSet rs = ps.executeQuery()) {
      hasMeta = rs.next();
    }
    if (!hasMeta) {
      boolean empty;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM sqlite_master");
          ResultSet rs = ps.executeQuery()) {
        empty = rs.next() && rs.getInt(1) == 0;
      }
      if (mayCreate && empty) return;
      throw new StoreException(dbFile + " is not a Dossier knowledge base (it has no meta table)");
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
        ResultSet rs = ps.executeQuery()) {
      int version = rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
      if (version > SCHEMA_VERSION) {
        throw new StoreException(dbFile + " has schema version " + version + "; this Dossier reads up to "
            + SCHEMA_VERSION);
      }
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Rolls back the transaction in flight, if one is: the failure may have happened before BEGIN. */
  private static void rollbackAfterFailure(Connection c, Exception failure) {
    try {
      execute(c, "ROLLBACK");
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) failure.addSuppressed(e);
    }
  }

  private static void closeAfterFailure(Connection c, Exception failure) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Closes both connections; a write in flight finishes first. */
  @Override
  public void close() {
    synchronized (writeLock) {
      synchronized (readLock) {
        SQLException failure = null;
        for (Connection c : new Connection[] {reader, writer}) {
          if (c == null) continue;
          try {
            c.close();
          } catch (SQLException e) {
            if (failure == null) failure = e;
            else failure.addSuppressed(e);
          }
        }
        if (failure != null) throw new StoreException("cannot close knowledge base " + file + ": " + failure.getMessage(), failure);
      }
    }
  }
}
