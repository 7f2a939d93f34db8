package org.annals.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture that survives copy-and-paste or HTML extraction: comment forms, share
 * buttons, "related articles" lists and newsletter prompts. Only short lines are ever judged, so a
 * sentence of the article that merely mentions a newsletter stays.
 */
final class BoilerplateFilter {

  /** Longest line that may be judged boilerplate; article sentences are usually longer. */
  private static final int MAX_BOILERPLATE_LINE = 160;

  /** A line that opens a trailing block of furniture: it and what follows go when the rest is short. */
  private static final Pattern TAIL_MARKER = Pattern.compile(
      "(?i)^(leave a (reply|comment)|post a comment|add (a|your) comment|\\d+ comments?|comments?( \\(\\d+\\))?"
          + "|join the (conversation|discussion)|related( articles| stories| posts| content| coverage| reading)?:?"
          + "|read (more|next|also)( on .*)?:?|more (from|on) .{1,60}|you (may|might) also (like|be interested in):?"
          + "|recommended( for you| stories)?:?|most (read|popular|viewed)|trending( now)?|more stories"
          + "|about the author|share this( article| story| post)?:?|sign up for .{0,60}newsletters?.*)$");

  /** A line that is furniture wherever it stands. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^(your email address will not be published\\.?.*|required fields are marked \\*?.*"
          + "|save my name, email,? and website in this browser.*|(click|tap) to (share|email|print) .*"
          + "|share (on|via|to) (facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram|pinterest).*"
          + "|(share|tweet|email|print|copy link|save)( this)?( article| story| page)?"
          + "|(facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|email)"
          + "|(sign up|subscribe) (for|to) (our|the|a) .{0,40}newsletters?.*|advertisement|sponsored( content)?"
          + "|(skip|scroll) to (main )?(content|next article)|we use cookies.*|accept( all)? cookies"
          + "|follow us on .{1,40}|image (source|caption|credit):?.{0,80}|getty images|photo: .{1,80}"
          + "|(name|email|website|comment)\\s*\\*?|post comment|submit comment|cancel reply)$");

  /** A line that ends as a sentence does, closing quote or bracket allowed. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"\u201D\u2019)]?$");
  private static final int MIN_SENTENCE_WORDS = 6;

  private BoilerplateFilter() {}

  static List<String> filter(List<String> lines) {
    int cut = tailStart(lines);
    List<String> kept = new ArrayList<>(cut);
    for (int i = 0; i < cut; i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.length() <= MAX_BOILERPLATE_LINE && FURNITURE.matcher(trimmed).matches()) {
        continue;
      }
      kept.add(line);
    }
    return kept;
  }

  /**
   * Where trailing furniture begins: the first tail marker after which every line is short. A text
   * that is nothing but furniture (it starts with the marker) ends up empty, and is refused as such.
   */
  private static int tailStart(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String trimmed = lines.get(i).strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.length() <= MAX_BOILERPLATE_LINE && TAIL_MARKER.matcher(trimmed).matches()
          && restIsShort(lines, i + 1)) {
        return i;
      }
    }
    return lines.size();
  }

  private static boolean restIsShort(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.length() > MAX_BOILERPLATE_LINE) {
        return false;
      }
      // News paragraphs are often one short sentence: one after the marker means the article goes on.
      if (!FURNITURE.matcher(line).matches() && TextChecks.wordCount(line) >= MIN_SENTENCE_WORDS
          && SENTENCE_END.matcher(line).find()) {
        return false;
      }
    }
    return true;
  }
}
