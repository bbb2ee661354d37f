package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Accepted;
import org.dossier.model.Article;
import org.dossier.model.ReadResult;
import org.dossier.model.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

  @TempDir Path dir;

  private static final String PAGE = """
      <!DOCTYPE html>
      <html><head>
        <title>Valley Post | Orchard growers meet</title>
        <meta property="og:title" content="Orchard growers meet in the valley">
        <meta property="og:site_name" content="Valley Post">
        <meta property="article:published_time" content="2022-10-05T23:30:00+03:00">
        <meta name="author" content="Mira Osei">
        <link rel="canonical" href="https://www.valleypost.example/news/orchards">
        <script>var tracker = "do not keep";</script>
        <style>p { color: red }</style>
      </head>
      <body class="page has-sidebar">
        <header><a href="/">Valley Post</a> <p>Top stories header text</p></header>
        <nav><ul><li>Home</li><li>Region</li></ul></nav>
        <article>
          <h1>Orchard growers meet</h1>
          <p class="byline">By Mira Osei</p>
          <div class="share-bar"><p>Share on every network</p></div>
          <p>Growers from four villages met on Tuesday to plan the harvest.</p>
          <h2>Water rights</h2>
          <p>They agreed to share the <b>spring</b> water by rota.</p>
          <blockquote><p>We will rotate weekly,</p><p>said one grower.</p></blockquote>
          <ul><li>Apples first</li><li>Pears later</li></ul>
          <aside><p>Read also: our earlier report</p></aside>
          <form><p>Subscribe to the newsletter</p></form>
          <section id="comments"><p>First comment here</p></section>
          <div class="related-links"><p>More from the valley</p></div>
        </article>
        <footer><p>Copyright the Valley Post</p></footer>
      </body></html>
      """;

  private Article accepted(String html) throws IOException {
    Path file = Files.writeString(dir.resolve("page.html"), html);
    List<ReadResult> results = new HtmlArticleReader().read(file);
    assertThat(results).hasSize(1).first().isInstanceOf(Accepted.class);
    return ((Accepted) results.get(0)).article();
  }

  @Test
  void main_text_keeps_paragraphs_and_drops_boilerplate() throws IOException {
    Article a = accepted(PAGE);
    assertThat(a.text()).isEqualTo("""
        By Mira Osei

        Growers from four villages met on Tuesday to plan the harvest.

        Water rights

        They agreed to share the spring water by rota.

        We will rotate weekly, said one grower.

        Apples first

        Pears later""");
  }

  @Test
  void metadata_is_read_from_meta_tags() throws IOException {
    Article a = accepted(PAGE);
    assertThat(a.title()).contains("Orchard growers meet in the valley");
    // The date as written at its own offset, not converted to UTC.
    assertThat(a.date()).contains(LocalDate.of(2022, 10, 5));
    assertThat(a.outlet()).contains("Valley Post");
    assertThat(a.byline()).contains("Mira Osei");
    assertThat(a.url()).contains("https://www.valleypost.example/news/orchards");
    assertThat(a.source()).endsWith("page.html");
  }

  @Test
  void fallbacks_title_tag_host_of_og_url_time_element_and_byline_class() throws IOException {
    Article a = accepted("""
        <html><head><title>Night market returns</title>
        <meta property="og:url" content="https://www.citynews.example/a/1"></head>
        <body><div class="story"><span class="byline">by Lee Tran</span>
        <time datetime="2023-06-01">1 June</time>
        <p>The night market returned after two years.</p></div></body></html>
        """);
    assertThat(a.title()).contains("Night market returns");
    assertThat(a.outlet()).contains("citynews.example");
    assertThat(a.url()).contains("https://www.citynews.example/a/1");
    assertThat(a.date()).contains(LocalDate.of(2023, 6, 1));
    assertThat(a.byline()).contains("Lee Tran");
    assertThat(a.text()).isEqualTo("The night market returned after two years.");
  }

  @Test
  void title_falls_back_to_first_h1_and_itemprop_date_is_read() throws IOException {
    Article a = accepted("""
        <html><body><h1>Rail line extended</h1>
        <meta itemprop="datePublished" content="2018-11-20">
        <p>The line now reaches the coast.</p></body></html>
        """);
    assertThat(a.title()).contains("Rail line extended");
    assertThat(a.date()).contains(LocalDate.of(2018, 11, 20));
  }

  @Test
  void without_article_element_the_densest_paragraph_block_wins() throws IOException {
    Article a = accepted("""
        <html><body>
        <div class="teasers"><p>Short teaser.</p></div>
        <div class="content">
          <p>The council approved the new library budget on Monday evening.</p>
          <p>Construction is expected to start in the spring.</p>
        </div>
        <div class="footer-links"><p>About us</p></div>
        </body></html>
        """);
    assertThat(a.text()).isEqualTo("The council approved the new library budget on Monday evening.\n\n"
        + "Construction is expected to start in the spring.");
  }

  @Test
  void item_prop_article_body_is_preferred_over_other_text() throws IOException {
    Article a = accepted("""
        <html><body>
        <div><p>A long unrelated promotional paragraph that goes on and on about other things entirely.</p></div>
        <div itemprop="articleBody"><p>The dam held.</p></div>
        </body></html>
        """);
    assertThat(a.text()).isEqualTo("The dam held.");
  }

  @Test
  void broken_html_still_gives_best_effort_text() throws IOException {
    Article a = accepted("<html><body><div><p>First part <b>bold<p>Second part</div></bod");
    assertThat(a.text()).isEqualTo("First part bold\n\nSecond part");
  }

  @Test
  void text_without_paragraph_tags_is_kept_line_by_line() throws IOException {
    Article a = accepted("<html><body>Snow closed the pass.<br>Drivers waited   overnight.</body></html>");
    assertThat(a.text()).isEqualTo("Snow closed the pass.\n\nDrivers waited overnight.");
  }

  @Test
  void paragraphs_wrapped_one_per_div_add_up_in_their_container() throws IOException {
    Article a = accepted("""
        <html><body>
        <div class="promo-box"><p>Win a trip to the mountains this summer with our quiz.</p></div>
        <div class="story-body">
          <div><p>Wells were dug in three hamlets.</p></div>
          <div><p>Each serves about forty homes.</p></div>
          <div><p>A fourth is planned.</p></div>
        </div>
        </body></html>
        """);
    assertThat(a.text()).isEqualTo("Wells were dug in three hamlets.\n\nEach serves about forty homes.\n\nA fourth is planned.");
  }

  @Test
  void a_wrapper_named_like_furniture_is_kept_when_it_holds_the_article() throws IOException {
    Article a = accepted("""
        <html><body><div id="main-nav-wrapper"><article><p>The school reopened.</p></article>
        <div class="social-links"><p>Follow us</p></div></div></body></html>
        """);
    assertThat(a.text()).isEqualTo("The school reopened.");
  }

  @Test
  void page_without_text_is_rejected() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.html"),
        "<html><head><title>Nothing</title><script>x()</script></head><body><nav>Home</nav></body></html>");
    assertThat(new HtmlArticleReader().read(file))
        .containsExactly(new Rejected(file.toString(), 0, "no article text found"));
  }
}
