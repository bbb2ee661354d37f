/**
 * Ingest: files become {@link org.dossier.model.Article}s or {@link org.dossier.model.Rejected}s.
 *
 * <p>{@link org.dossier.ingest.CorpusReader} is the front door: it walks files and directories and
 * picks one {@link org.dossier.ingest.ArticleReader} per file ({@code TextArticleReader},
 * {@code HtmlArticleReader}, {@code CsvArticleReader}, {@code JsonLinesArticleReader}). Bytes become a
 * {@code String} once, in the package-private {@code TextDecoder}: UTF-8 with or without BOM, UTF-16
 * with BOM, nothing guessed. Bad records are returned as {@code Rejected} with file, line and reason;
 * readers throw only when the environment fails.
 */
package org.dossier.ingest;
