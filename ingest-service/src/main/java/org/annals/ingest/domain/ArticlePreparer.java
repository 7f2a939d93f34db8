package org.annals.ingest.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.common.problem.ProblemException;
import org.annals.common.text.InputText;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.dedupe.Fingerprints;
import org.annals.ingest.text.HeaderLine;
import org.annals.ingest.text.Headline;
import org.annals.ingest.text.HtmlExtractor;
import org.annals.ingest.text.LanguageIdentifier;
import org.annals.ingest.text.TextChecks;
import org.annals.ingest.text.TextNormalizer;

/**
 * Turns what a client sent into a storable article: checks it, extracts text and metadata, cleans the
 * text, dates it, detects its language and fingerprints it. Refuses, with the field and the fix, what
 * cannot be stored faithfully.
 */
@ApplicationScoped
public class ArticlePreparer {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final int MAX_TITLE = 1000;
  private static final int MAX_SOURCE = 200;
  private static final int MAX_URL = 2048;

  private final LanguageIdentifier languages;
  private final IngestConfig config;
  private final Clock clock;

  public ArticlePreparer(LanguageIdentifier languages, IngestConfig config, Clock clock) {
    this.languages = languages;
    this.config = config;
    this.clock = clock;
  }

  public ArticleDraft prepare(ArticleInput input) {
    boolean hasText = input.text() != null;
    boolean hasHtml = input.html() != null;
    if (hasText && hasHtml) {
      throw ProblemException.invalidField("html", "send either text or html, not both");
    }
    if (!hasText && !hasHtml) {
      throw ProblemException.invalidField("text", "required: the article as plain text (or send html instead)");
    }
    String contentField = input.format() == SubmissionFormat.PLAIN_TEXT || input.format() == SubmissionFormat.HTML
        ? "body" : (hasText ? "text" : "html");
    String content = hasText ? input.text() : input.html();
    InputText.require(contentField, content);
    checkLength("title", input.title(), MAX_TITLE);
    checkLength("source", input.source(), MAX_SOURCE);
    checkLength("url", input.url(), MAX_URL);

    String title = blankToNull(input.title());
    String url = blankToNull(input.url());
    String source = blankToNull(input.source());
    PublicationDate publication = input.publishedAt() == null ? PublicationDate.NONE
        : parseDate("publishedAt", input.publishedAt(), DateOrigin.FIELD);
    String text;
    if (hasHtml) {
      HtmlExtractor.Extracted page = checked(contentField, HtmlExtractor.extract(content));
      text = page.text();
      title = title != null ? title : page.title();
      url = url != null ? url : page.url();
      source = source != null ? source : page.siteName();
      if (publication.granularity() == DateGranularity.NONE) {
        publication = PublicationDate.parseLenient(page.publishedAt(), DateOrigin.HTML_META, clock)
            .orElse(PublicationDate.NONE);
      }
    } else {
      text = content;
      Optional<HeaderLine.Split> header = HeaderLine.split(content);
      if (header.isPresent()) {
        text = header.get().body();
        if (publication.granularity() == DateGranularity.NONE) {
          publication = parseDate(contentField.equals("body") ? "body" : contentField, header.get().dateValue(),
              DateOrigin.HEADER_LINE);
        }
      }
    }
    if (url != null) {
      url = checkUrl(url);
    }

    String cleaned = TextNormalizer.normalize(text);
    if (!TextChecks.hasWords(cleaned)) {
      throw ProblemException.invalidField(contentField,
          "has no words once whitespace and page furniture are removed; send the article's text");
    }
    if (cleaned.length() > config.limits().maxTextChars()) {
      throw new ProblemException(413, "too-large", "Article too long", String.format(
          "The article text has %d characters after cleaning; the limit is %d. Split it or send a shorter text.",
          cleaned.length(), config.limits().maxTextChars()));
    }
    if (title == null) {
      title = Headline.of(cleaned).orElse(null);
    }

    String language;
    LanguageOrigin languageOrigin;
    Double confidence = null;
    if (input.language() != null && !input.language().isBlank()) {
      language = languageTag(input.language());
      languageOrigin = LanguageOrigin.FIELD;
    } else {
      LanguageIdentifier.Detection detection = languages.detect(cleaned);
      language = detection.language();
      confidence = detection.confidence();
      languageOrigin = LanguageOrigin.DETECTED;
    }
    return new ArticleDraft(input.format(), cleaned, title, url, source, publication, language, languageOrigin,
        confidence, TextChecks.wordCount(cleaned), Fingerprints.contentHash(cleaned), Fingerprints.minHash(cleaned));
  }

  /**
   * A page can carry in character references ({@code &#0;}, {@code &#xD800;}) what its bytes may not:
   * every part read from it passes the same test as any text, and a refusal names the part.
   */
  private static HtmlExtractor.Extracted checked(String field, HtmlExtractor.Extracted page) {
    requirePagePart(field, "text", page.text());
    requirePagePart(field, "title", page.title());
    requirePagePart(field, "site name (source)", page.siteName());
    requirePagePart(field, "canonical URL (url)", page.url());
    requirePagePart(field, "publication date (publishedAt)", page.publishedAt());
    return page;
  }

  private static void requirePagePart(String field, String part, String value) {
    InputText.fault(value).ifPresent(reason -> {
      throw ProblemException.invalidField(field, "the page's " + part + " " + reason);
    });
  }

  private PublicationDate parseDate(String field, String value, DateOrigin origin) {
    try {
      return PublicationDate.parse(value, origin, clock);
    } catch (PublicationDate.InvalidDateException e) {
      String where = origin == DateOrigin.HEADER_LINE ? "the first line's date: " : "";
      throw ProblemException.invalidField(field, where + e.getMessage());
    }
  }

  private static String languageTag(String value) {
    String tag = value.strip();
    if (!LANGUAGE_TAG.matcher(tag).matches()) {
      throw ProblemException.invalidField("language",
          "'" + (tag.length() > 20 ? tag.substring(0, 20) + "…" : tag)
              + "' is not a language tag; use an ISO 639-1 code such as en or fr");
    }
    return tag.split("-")[0].toLowerCase(Locale.ROOT);
  }

  private static String checkUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw ProblemException.invalidField("url", "must be an absolute http or https URL");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw ProblemException.invalidField("url", "is not a valid URL: " + e.getReason());
    }
  }

  private static void checkLength(String field, String value, int max) {
    if (value == null) {
      return;
    }
    InputText.require(field, value);
    if (value.length() > max) {
      throw ProblemException.invalidField(field, "is longer than " + max + " characters");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
