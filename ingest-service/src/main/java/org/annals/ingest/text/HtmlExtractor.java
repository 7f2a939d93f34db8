package org.annals.ingest.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an article out of an HTML page with a real parser: the article body as paragraphs, without
 * navigation, comment forms, share bars, related-article lists or newsletter prompts, and the page's
 * metadata (title, publication date, canonical URL, site name).
 */
public final class HtmlExtractor {

  /** Page parts that are never article text, judged by class, id or ARIA role. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(^|[-_\\s])(comments?|respond|reply|share|sharing|social|related|newsletter|subscribe|subscription"
          + "|promo|advert|advertisement|ads?|sponsor(ed)?|cookie|consent|breadcrumbs?|signup|sidebar|popup|modal"
          + "|outbrain|taboola|recirc|most-popular|trending|byline-share|tags|author-bio)([-_\\s]|$)");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "search", "dialog");
  private static final String FURNITURE_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, form, nav, footer, aside, button, input, select,"
          + " textarea, figure, video, audio, object, embed, dialog";
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
      "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "hr");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private HtmlExtractor() {}

  /** What an HTML page says about its article; absent values are null. */
  public record Extracted(String text, String title, String publishedAt, String url, String siteName) {}

  public static Extracted extract(String html) {
    Document page = Jsoup.parse(html);
    String title = firstNonBlank(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
        wholeText(page.head().select("title")), wholeText(page.select("h1")));
    String publishedAt = firstNonBlank(
        meta(page, "meta[property=article:published_time]"),
        meta(page, "meta[itemprop=datePublished]"),
        attribute(page, "time[itemprop=datePublished]", "datetime"),
        jsonLdDatePublished(page),
        meta(page, "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=parsely-pub-date]"),
        attribute(page, "time[pubdate]", "datetime"));
    String url = firstNonBlank(attribute(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]"));
    String siteName = firstNonBlank(meta(page, "meta[property=og:site_name]"),
        meta(page, "meta[name=application-name]"));

    page.select(FURNITURE_TAGS).remove();
    for (Element element : page.getAllElements()) {
      if (element != page.body() && element.parent() != null && isFurniture(element)) {
        element.remove();
      }
    }
    return new Extracted(textOf(bodyRoot(page)), title, publishedAt, url, siteName);
  }

  private static boolean isFurniture(Element element) {
    String marks = element.className() + " " + element.id();
    return FURNITURE.matcher(marks).find() || FURNITURE_ROLES.contains(element.attr("role").toLowerCase());
  }

  /** The element holding the article: a marked article body, the longest article, main, or body. */
  private static Element bodyRoot(Document page) {
    Elements marked = page.select("[itemprop=articleBody]");
    if (!marked.isEmpty()) {
      return marked.first();
    }
    Optional<Element> longestArticle = page.select("article").stream()
        .max(Comparator.comparingInt(a -> a.text().length()));
    if (longestArticle.isPresent()) {
      return longestArticle.get();
    }
    Element main = page.selectFirst("main, [role=main]");
    return main != null ? main : page.body();
  }

  /** The text of an element with a blank line between blocks, so paragraphs survive. */
  private static String textOf(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          String chunk = textNode.text();
          if (!chunk.isBlank() || (!text.isEmpty() && text.charAt(text.length() - 1) != '\n')) {
            text.append(chunk);
          }
        } else if (node instanceof Element element) {
          if (element.normalName().equals("br")) {
            text.append('\n');
          } else if (BLOCKS.contains(element.normalName())) {
            text.append("\n\n");
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          text.append("\n\n");
        }
      }
    }, root);
    return text.toString();
  }

  private static String jsonLdDatePublished(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        String found = findDatePublished(node);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common on real pages; the other date sources still apply.
      }
    }
    return null;
  }

  private static String findDatePublished(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode date = node.get("datePublished");
      if (date != null && date.isTextual()) {
        return date.asText();
      }
      for (JsonNode child : node) {
        String found = findDatePublished(child);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        String found = findDatePublished(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The text of elements with runs of white space made one space, and nothing else dropped: jsoup's own
   * {@code text()} trims every character up to U+0020, so a NUL at the end of a title would vanish
   * instead of being refused as the text it is.
   */
  private static String wholeText(Elements elements) {
    return elements.stream().map(element -> WHITE_SPACE.matcher(element.wholeText()).replaceAll(" ").strip())
        .filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
  }

  private static String meta(Document page, String selector) {
    return attribute(page, selector, "content");
  }

  private static String attribute(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr(attribute);
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
