package org.annals.timeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entity's timeline in the TimelineJS3 JSON format. TimelineJS renders headline and text as HTML, so
 * every string from articles is escaped here. Only dated events can be placed on its time axis.
 */
@Schema(name = "TimelineJs", description = "The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html)")
public record TimelineJs(Slide title, List<Slide> events) {

  @Schema(name = "TimelineJsText")
  public record Text(String headline, String text) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TimelineJsDate", description = "Month and day are given as far as the date is known")
  public record DatePart(int year, Integer month, Integer day) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TimelineJsSlide")
  public record Slide(@JsonProperty("start_date") DatePart startDate, @JsonProperty("end_date") DatePart endDate,
      Text text, String group, @JsonProperty("unique_id") String uniqueId) {}

  public static TimelineJs of(EventViews.Timeline timeline) {
    String name = timeline.entity().name() == null ? "this entity" : timeline.entity().name();
    List<Slide> slides = new ArrayList<>();
    int undated = 0;
    for (EventViews.TimelineEntry entry : timeline.events()) {
      EventViews.DateView date = entry.date();
      if (date.start() == null) {
        undated++;
        continue;
      }
      String details = "%s · %s: %s · %d source%s in %d article%s".formatted(label(entry.kind()), label(entry.role()),
          label(entry.roleCertainty()), entry.sourceCount(), entry.sourceCount() == 1 ? "" : "s", entry.articleCount(),
          entry.articleCount() == 1 ? "" : "s");
      boolean span = !date.start().equals(date.end());
      slides.add(new Slide(part(date.start(), date.granularity()), span ? part(date.end(), date.granularity()) : null,
          new Text(html(entry.summary()), html(details)), label(entry.kind()), entry.eventId().toString()));
    }
    String intro = "Events involving %s, as reported in the articles Annals has read.".formatted(name)
        + (undated > 0 ? " %d undated event%s not shown.".formatted(undated, undated == 1 ? " is" : "s are") : "");
    return new TimelineJs(new Slide(null, null, new Text(html(name), html(intro)), null, null), slides);
  }

  private static DatePart part(LocalDate day, String granularity) {
    return switch (granularity) {
      case "YEAR" -> new DatePart(day.getYear(), null, null);
      case "MONTH", "QUARTER" -> new DatePart(day.getYear(), day.getMonthValue(), null);
      default -> new DatePart(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    };
  }

  private static String label(String constant) {
    String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
