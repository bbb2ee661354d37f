-- Dossier knowledge base, schema version 2. Documented in docs/SCHEMA.md.
-- Statements are separated by a semicolon at the end of a line; Store runs them in order.
-- Offsets (begin, end) are half-open UTF-16 char offsets into articles.text.

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
  id                TEXT PRIMARY KEY,
  source            TEXT NOT NULL,
  title             TEXT,
  date              TEXT,
  outlet            TEXT,
  url               TEXT,
  byline            TEXT,
  text              TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  ingested_at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);

CREATE TABLE IF NOT EXISTS actors (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  type     TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE
);

CREATE TABLE IF NOT EXISTS aliases (
  actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  count     INTEGER NOT NULL CHECK (count > 0),
  -- the rule that merged this form into the actor, as the first article using it gave it (ActorMerger)
  rule      TEXT,
  PRIMARY KEY (actor_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(alias_key);

CREATE TABLE IF NOT EXISTS article_aliases (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id   INTEGER NOT NULL REFERENCES actors(id),
  alias      TEXT NOT NULL,
  -- the rule that merged this form into the actor in this article (ActorMerger, Canonicalizer)
  rule       TEXT,
  PRIMARY KEY (article_id, actor_id, alias)
);
CREATE INDEX IF NOT EXISTS article_aliases_actor ON article_aliases(actor_id);

CREATE TABLE IF NOT EXISTS mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id   INTEGER REFERENCES actors(id),
  begin      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  sentence   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);

CREATE TABLE IF NOT EXISTS actor_descriptors (
  actor_id   INTEGER NOT NULL REFERENCES actors(id),
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  begin      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_descriptors_actor ON actor_descriptors(actor_id);
CREATE INDEX IF NOT EXISTS actor_descriptors_article ON actor_descriptors(article_id);

CREATE TABLE IF NOT EXISTS quotes (
  id               TEXT PRIMARY KEY,
  article_id       TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  begin            INTEGER NOT NULL,
  end              INTEGER NOT NULL,
  text             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  speaker_actor_id INTEGER REFERENCES actors(id),
  speaker_begin    INTEGER,
  speaker_end      INTEGER,
  speaker_text     TEXT,
  cue_begin        INTEGER,
  cue_end          INTEGER,
  cue_text         TEXT,
  speaker_title    TEXT,
  title_begin      INTEGER,
  title_end        INTEGER,
  rule             TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_actor_id);

CREATE TABLE IF NOT EXISTS quote_about (
  quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  PRIMARY KEY (quote_id, actor_id)
);
CREATE INDEX IF NOT EXISTS quote_about_actor ON quote_about(actor_id);

CREATE TABLE IF NOT EXISTS relations (
  id                  INTEGER PRIMARY KEY,
  article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_actor_id    INTEGER NOT NULL REFERENCES actors(id),
  type                TEXT NOT NULL,
  object_actor_id     INTEGER NOT NULL REFERENCES actors(id),
  polarity            INTEGER NOT NULL CHECK (polarity IN (-1, 0, 1)),
  claimed_by_actor_id INTEGER REFERENCES actors(id),
  sentence_begin      INTEGER NOT NULL,
  sentence_end        INTEGER NOT NULL,
  sentence            TEXT NOT NULL,
  subject_begin       INTEGER NOT NULL,
  subject_end         INTEGER NOT NULL,
  subject_text        TEXT NOT NULL,
  object_begin        INTEGER NOT NULL,
  object_end          INTEGER NOT NULL,
  object_text         TEXT NOT NULL,
  trigger_begin       INTEGER,
  trigger_end         INTEGER,
  trigger_text        TEXT,
  rule                TEXT NOT NULL,
  CHECK (subject_actor_id <> object_actor_id)
);
CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id);
CREATE INDEX IF NOT EXISTS relations_subject ON relations(subject_actor_id);
CREATE INDEX IF NOT EXISTS relations_object ON relations(object_actor_id);

CREATE TABLE IF NOT EXISTS failures (
  id        INTEGER PRIMARY KEY,
  source    TEXT NOT NULL,
  line      INTEGER NOT NULL,
  reason    TEXT NOT NULL,
  exception TEXT,
  at        TEXT NOT NULL
);
