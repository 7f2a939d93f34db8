package org.annals.entity.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.entity.kb.KbEntry;
import org.annals.entity.kb.KnowledgeBase;
import org.annals.entity.kb.SurfaceForm;
import org.annals.entity.nlp.AnalysedText;
import org.annals.entity.nlp.NerSpan;
import org.annals.entity.nlp.Token;

/**
 * Finds the mentions of one analysed text and resolves each to an entity. The knowledge base is matched
 * first and wins over CoreNLP's types (it knows "Islamic Republic" is Iran and Isfahan a city); CoreNLP's
 * named entities add what it does not list. Then come the rules that need context: descriptive phrases
 * ("Israel's premier intelligence agency"), capitals standing for governments, short forms of names.
 */
public class MentionResolver {

  /** CoreNLP types that make entities when the knowledge base does not know the string. */
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss");
  private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
  /** Legal forms that a company's later mentions drop: "Kellogg Co." is then "Kellogg". */
  private static final java.util.regex.Pattern CORPORATE_SUFFIX = java.util.regex.Pattern.compile(
      "(?i)(,?\\s+(inc|corp|co|ltd|plc|llc|lp|ag|sa|nv|n\\.v|s\\.a|gmbh|co\\.?,? ltd|group|holdings|corporation|"
      + "company|incorporated|limited)\\.?)+$");
  private static final Set<String> GENERIC_NAME_WORDS = Set.of("General", "National", "American", "United", "First",
      "International", "New", "Royal", "Global", "Western", "Eastern", "Southern", "Northern", "Central", "Federal",
      "Standard", "Universal", "Continental", "Pacific", "Atlantic", "Great", "British", "China", "Japan", "The");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
  /** Before a place, these make it a location, not an actor: "in Tehran", "south of Tehran". */
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "of", "into", "outside",
      "inside", "across", "around", "over", "under", "through", "toward", "towards", "via", "by", "for", "with",
      "on", "between", "against", "within", "beyond", "behind", "off", "above", "below", "beneath", "the", "a", "an");
  /** Verbs whose subject is an agent: a city cannot fear or warn, its government can. */
  private static final Set<String> AGENT_VERBS = Set.of(
      "say", "fear", "warn", "decide", "deny", "accuse", "claim", "insist", "threaten", "demand", "respond",
      "reject", "condemn", "announce", "believe", "hope", "want", "agree", "refuse", "blame", "vow", "urge",
      "call", "summon", "retaliate", "argue", "suspect", "consider", "plan", "seek", "try", "welcome",
      "approve", "oppose", "support", "expect", "worry", "think", "know", "see", "view", "regard", "order",
      "impose", "sanction", "recognize", "recognise", "negotiate", "sign", "promise", "pledge", "confirm",
      "acknowledge", "admit", "protest", "complain", "react", "send", "supply", "launch", "strike", "attack",
      "intend", "aim", "push", "press", "signal", "hint", "suggest");
  /** Predicates after "is" that also need an agent: "Tehran is on the verge of ...", "Moscow is willing". */
  private static final Set<String> AGENT_STATES = Set.of(
      "verge", "poised", "ready", "willing", "unwilling", "determined", "trying", "seeking", "planning",
      "keen", "eager", "reluctant", "concerned", "worried", "angry", "furious", "confident", "adamant",
      "aware", "prepared", "preparing", "considering", "threatening", "insisting", "unlikely", "likely",
      "expected");
  /** Verbs whose object is affected as an agent: "will please Kyiv", "angered Beijing". */
  private static final Set<String> EXPERIENCER_VERBS = Set.of(
      "please", "anger", "warn", "urge", "pressure", "accuse", "blame", "criticize", "criticise", "condemn",
      "support", "back", "reassure", "irritate", "provoke", "satisfy", "upset", "embarrass", "alarm", "worry",
      "concern", "punish", "sanction", "threaten", "infuriate", "annoy", "frustrate", "placate", "appease",
      "court", "snub", "rebuke", "persuade", "convince");
  private static final int MAX_DESCRIPTOR_WORDS = 4;
  private static final int MAX_ROLE_TOKENS = 6;

  private final KnowledgeBase kb;

  public MentionResolver(KnowledgeBase kb) {
    this.kb = kb;
  }

  public List<FoundMention> resolve(AnalysedText text) {
    List<Span> spans = new ArrayList<>(knowledgeBaseMatches(text));
    spans.addAll(namedEntities(text, spans));
    spans.sort(Comparator.comparingInt(Span::first).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    resolvePeople(text, spans);
    resolveOrganisationShortForms(spans);
    List<Span> described = descriptivePhrases(text, spans);
    spans.addAll(described);
    applyMetonymy(text, spans);
    List<FoundMention> mentions = new ArrayList<>();
    for (Span span : spans) {
      if (span.target == null) {
        continue;
      }
      Token first = text.tokens().get(span.first);
      Token last = text.tokens().get(span.end - 1);
      AnalysedText.Sentence sentence = text.sentenceOf(span.first);
      mentions.add(new FoundMention(first.start(), last.end(), text.text().substring(first.start(), last.end()),
          span.target, span.resolution, span.confidence, sentence.index(), sentence.start(), sentence.stop(),
          span.nerType, span.role));
    }
    mentions.sort(Comparator.comparingInt(FoundMention::start).thenComparingInt(FoundMention::end));
    return mentions;
  }

  /** A token span being resolved. */
  private static final class Span {
    final int first;
    final int end;
    final String nerType;
    Target target;
    Resolution resolution;
    double confidence;
    String role;

    Span(int first, int end, String nerType, Target target, Resolution resolution, double confidence) {
      this.first = first;
      this.end = end;
      this.nerType = nerType;
      this.target = target;
      this.resolution = resolution;
      this.confidence = confidence;
    }

    int first() {
      return first;
    }

    int end() {
      return end;
    }

    boolean overlaps(Span other) {
      return first < other.end && other.first < end;
    }

    boolean within(Span other) {
      return first >= other.first && end <= other.end;
    }

    Optional<KbEntry> known() {
      return target instanceof Target.Known known ? Optional.of(known.entry()) : Optional.empty();
    }
  }

  /**
   * Longest knowledge-base forms, left to right, within sentences; and the countries named inside a
   * longer name ("US Central Command", "The Times of Israel"), which the text mentions too.
   */
  private List<Span> knowledgeBaseMatches(AnalysedText text) {
    List<Span> found = new ArrayList<>();
    for (AnalysedText.Sentence sentence : text.sentences()) {
      int i = sentence.first();
      while (i < sentence.end()) {
        Span match = longestMatchAt(text, i, sentence.end());
        if (match != null) {
          found.add(match);
          found.addAll(countriesWithin(text, match));
          i = match.end;
        } else {
          i++;
        }
      }
    }
    return found;
  }

  private List<Span> countriesWithin(AnalysedText text, Span name) {
    List<Span> inner = new ArrayList<>();
    if (name.end - name.first < 2 || name.known().map(e -> e.type().equals("COUNTRY")).orElse(true)) {
      return inner;
    }
    int i = name.first;
    while (i < name.end) {
      // From the name's first word, the name itself must not be found again.
      Span match = longestMatchAt(text, i, i == name.first ? name.end - 1 : name.end);
      if (match != null
          && match.known().map(e -> e.type().equals("COUNTRY")).orElse(false)) {
        match.confidence -= 0.1;
        inner.add(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return inner;
  }

  private Span longestMatchAt(AnalysedText text, int first, int sentenceEnd) {
    List<Token> tokens = text.tokens();
    Token start = tokens.get(first);
    boolean article = start.text().equalsIgnoreCase("the");
    if (!article && !start.isCapitalized()) {
      return null;
    }
    for (int end = Math.min(sentenceEnd, first + kb.longestForm()); end > first; end--) {
      String written = text.surface(first, end);
      String nerType = nerTypeOf(text, first, end);
      SurfaceForm chosen = choose(kb.lookup(written), nerType, article);
      boolean sentenceInitial = first == text.sentenceOf(first).first();
      if (chosen != null && end - first == 1 && !readsAsName(start, chosen, sentenceInitial)) {
        chosen = null;
      }
      if (chosen != null) {
        return new Span(first, end, nerType, new Target.Known(chosen.entry()), resolutionOf(chosen),
            confidenceOf(chosen, written));
      }
    }
    return null;
  }

  /**
   * A single capitalised word is a name only when the taggers read it as one: "Time is running out"
   * starts a sentence with a common noun, not the magazine. At the start of a sentence, where every word
   * is capitalised, the entity tagger must agree. Demonyms and acronyms need no such reading.
   */
  private static boolean readsAsName(Token token, SurfaceForm form, boolean sentenceInitial) {
    if (form.kind() == SurfaceForm.Kind.DEMONYM || token.text().equals(token.text().toUpperCase())
        || !token.ner().equals("O")) {
      return true;
    }
    return !sentenceInitial && token.pos().startsWith("NNP");
  }

  /**
   * Among entities sharing a form, the one whose type agrees with CoreNLP's, else the first listed. A
   * span may start at "The" only for names that include it ("The Atlantic").
   */
  private static SurfaceForm choose(List<SurfaceForm> forms, String nerType, boolean article) {
    SurfaceForm fallback = null;
    for (SurfaceForm form : forms) {
      if (article && !(form.kind() == SurfaceForm.Kind.NAME && form.entry().name().startsWith("The "))) {
        continue;
      }
      if (nerType != null && agrees(form.entry().type(), nerType)) {
        return form;
      }
      if (fallback == null) {
        fallback = form;
      }
    }
    return fallback;
  }

  private static boolean agrees(String kbType, String nerType) {
    return kbType.equals(nerType) || (nerType.equals("NATIONALITY") && kbType.equals("COUNTRY"))
        || (nerType.equals("LOCATION") && !kbType.equals("PERSON") && !kbType.equals("ORGANIZATION"));
  }

  private static Resolution resolutionOf(SurfaceForm form) {
    return switch (form.kind()) {
      case NAME -> Resolution.EXACT;
      case ALIAS -> Resolution.ALIAS;
      case DEMONYM -> Resolution.DEMONYM;
    };
  }

  private static double confidenceOf(SurfaceForm form, String written) {
    return switch (form.kind()) {
      case NAME -> 0.98;
      case ALIAS -> written.length() <= 3 ? 0.9 : 0.95;
      case DEMONYM -> 0.9;
    };
  }

  /** The CoreNLP type of the entity span that covers [first, end), if any. */
  private static String nerTypeOf(AnalysedText text, int first, int end) {
    for (NerSpan span : text.entities()) {
      if (span.first() <= first && span.end() >= end) {
        return span.type();
      }
    }
    return null;
  }

  /**
   * CoreNLP's entities that the knowledge base did not match: looked up again as a whole (CoreNLP may
   * bound them differently), else new entities of CoreNLP's type. One that only contains knowledge-base
   * matches ("Permanent Mission to the United Nations") is an entity of its own beside them.
   */
  private List<Span> namedEntities(AnalysedText text, List<Span> known) {
    List<Span> found = new ArrayList<>();
    for (NerSpan ner : text.entities()) {
      if (!ENTITY_TYPES.contains(ner.type()) || isPronoun(text, ner)) {
        continue;
      }
      int first = ner.first();
      if (ner.type().equals("PERSON") && first > 0 && HONORIFICS.contains(text.tokens().get(first - 1).text())) {
        first--;
      }
      Span span = new Span(first, ner.end(), ner.type(), null, null, 0);
      boolean covered = known.stream().anyMatch(k -> span.within(k) || (k.overlaps(span) && !k.within(span)));
      if (covered) {
        continue;
      }
      String name = stripArticle(text.surface(ner.first(), ner.end()));
      List<SurfaceForm> forms = kb.lookup(name);
      SurfaceForm form = choose(forms, ner.type(), false);
      if (form != null) {
        span.target = new Target.Known(form.entry());
        span.resolution = resolutionOf(form);
        span.confidence = confidenceOf(form, name) - 0.05;
      } else {
        boolean singleWord = ner.end() - ner.first() == 1;
        span.target = new Target.Unlisted(name, ner.type(), !(ner.type().equals("PERSON") && singleWord));
        span.resolution = Resolution.NEW;
        span.confidence = 0.7;
      }
      found.add(span);
    }
    return found;
  }

  private static boolean isPronoun(AnalysedText text, NerSpan span) {
    for (int i = span.first(); i < span.end(); i++) {
      if (!text.tokens().get(i).pos().startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  private static String stripArticle(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
  }

  /**
   * People: a later short form ("Moore", "Mr Bergman") is the person introduced earlier in the article
   * with that surname; the title before a name becomes the mention's role.
   */
  private void resolvePeople(AnalysedText text, List<Span> spans) {
    Map<String, Span> bySurname = new HashMap<>();
    for (Span span : spans) {
      if (!"PERSON".equals(span.target == null ? null : span.target.type())) {
        continue;
      }
      span.role = roleBefore(text, span);
      List<String> words = nameWords(text, span);
      if (words.size() >= 2) {
        bySurname.putIfAbsent(words.get(words.size() - 1), span);
        continue;
      }
      if (words.size() == 1) {
        Span antecedent = bySurname.get(words.get(0));
        if (antecedent != null) {
          span.target = antecedent.target;
          span.resolution = Resolution.PARTIAL_NAME;
          span.confidence = 0.85;
        }
      }
    }
  }

  /**
   * A company named in full ("Kellogg Co.") and then by its short name ("Kellogg") is one entity; a
   * short name the tagger took for a person ("Kellogg said") is the company too when the article names
   * the company.
   */
  private static void resolveOrganisationShortForms(List<Span> spans) {
    Map<String, Target> companies = new HashMap<>();
    Map<String, Set<Target>> firstWords = new HashMap<>();
    for (Span span : spans) {
      if (span.target instanceof Target.Unlisted unlisted && unlisted.type().equals("ORGANIZATION")) {
        String shortName = shortName(unlisted.name());
        if (!shortName.equals(unlisted.name())) {
          companies.putIfAbsent(shortName, span.target);
          String first = shortName.split("\\s+")[0];
          if (!first.equals(shortName) && !GENERIC_NAME_WORDS.contains(first)) {
            firstWords.computeIfAbsent(first, k -> new java.util.HashSet<>()).add(span.target);
          }
        }
      }
    }
    // "Marlowe Foods Inc." then "Marlowe": a distinctive first word, when only one company has it.
    firstWords.forEach((word, targets) -> {
      if (targets.size() == 1) {
        companies.putIfAbsent(word, targets.iterator().next());
      }
    });
    for (Span span : spans) {
      if (span.target instanceof Target.Unlisted unlisted && span.resolution == Resolution.NEW
          && (unlisted.type().equals("ORGANIZATION") || unlisted.type().equals("PERSON"))) {
        Target company = companies.get(unlisted.name());
        if (company != null) {
          span.target = company;
          span.resolution = Resolution.PARTIAL_NAME;
          span.confidence = 0.8;
        }
      }
    }
  }

  /** A company name without its legal form. */
  public static String shortName(String name) {
    return CORPORATE_SUFFIX.matcher(name).replaceFirst("").strip();
  }

  /** The words of a person's name, honorifics and generational suffixes ("Jr.") left out. */
  private static List<String> nameWords(AnalysedText text, Span span) {
    List<String> words = new ArrayList<>();
    for (int i = span.first; i < span.end; i++) {
      String word = text.tokens().get(i).text();
      if (!HONORIFICS.contains(word) && !NAME_SUFFIXES.contains(word) && !word.equals(",")) {
        words.add(word);
      }
    }
    return words;
  }

  /** "Pentagon spokesperson Brigadier General Patrick Ryder": the words before the name that give a role. */
  private static String roleBefore(AnalysedText text, Span span) {
    List<Token> tokens = text.tokens();
    int sentenceStart = text.sentenceOf(span.first).first();
    int i = span.first - 1;
    if (i >= sentenceStart && tokens.get(i).text().equals(",")) {
      i--;
    }
    int end = i + 1;
    boolean hasTitle = false;
    while (i >= sentenceStart && end - i <= MAX_ROLE_TOKENS) {
      Token token = tokens.get(i);
      boolean title = token.ner().equals("TITLE");
      boolean part = title || Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY").contains(token.ner())
          || token.pos().startsWith("NN") || token.pos().equals("JJ") || token.pos().equals("POS");
      if (!part) {
        break;
      }
      hasTitle |= title;
      i--;
    }
    if (!hasTitle || i + 1 >= end) {
      return null;
    }
    return text.text().substring(tokens.get(i + 1).start(), tokens.get(end - 1).end());
  }

  /**
   * "Israel's premier intelligence agency", "the Russian foreign ministry": a country (by name or
   * demonym) with a descriptor of one of its bodies names that body. Beside the body's name it is an
   * apposition; alone, a descriptive alias.
   */
  private List<Span> descriptivePhrases(AnalysedText text, List<Span> spans) {
    List<Span> found = new ArrayList<>();
    List<Token> tokens = text.tokens();
    for (Span country : spans) {
      Optional<KbEntry> entry = country.known().filter(e -> e.type().equals("COUNTRY"));
      if (entry.isEmpty() || country.resolution == Resolution.METONYMY) {
        continue;
      }
      int sentenceEnd = text.sentenceOf(country.first).end();
      int next = country.end;
      if (country.resolution != Resolution.DEMONYM) {
        if (next >= sentenceEnd || !POSSESSIVE.contains(tokens.get(next).text())) {
          continue;
        }
        next++;
      }
      Span phrase = descriptorAfter(text, entry.get(), country.first, next, sentenceEnd, spans);
      if (phrase != null) {
        found.add(phrase);
      }
    }
    return found;
  }

  private Span descriptorAfter(AnalysedText text, KbEntry country, int phraseStart, int from, int sentenceEnd,
      List<Span> spans) {
    List<Token> tokens = text.tokens();
    for (int end = Math.min(sentenceEnd, from + MAX_DESCRIPTOR_WORDS); end > from; end--) {
      if (!isNounLike(tokens.get(end - 1))) {
        continue;
      }
      for (int start = from; start < end; start++) {
        String descriptor = text.surface(start, end).toLowerCase();
        List<KbEntry> bodies = kb.describedAs(country.id(), descriptor);
        Optional<KbEntry> body = pick(bodies, spans);
        if (body.isPresent()) {
          boolean besideName = namedBeside(text, spans, body.get(), phraseStart, end);
          Span span = new Span(phraseStart, end, null, new Target.Known(body.get()),
              besideName ? Resolution.APPOSITION : Resolution.ALIAS, besideName ? 0.92 : 0.75);
          return span;
        }
      }
    }
    return null;
  }

  private static boolean isNounLike(Token token) {
    return token.pos().startsWith("NN");
  }

  /** One body for a descriptor: the only one, or the one the article also names. */
  private static Optional<KbEntry> pick(List<KbEntry> bodies, List<Span> spans) {
    if (bodies.size() == 1) {
      return Optional.of(bodies.get(0));
    }
    for (KbEntry body : bodies) {
      if (spans.stream().anyMatch(s -> s.known().filter(body::equals).isPresent())) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }

  /** Whether the body's name stands right before or after the phrase (a comma between allowed). */
  private static boolean namedBeside(AnalysedText text, List<Span> spans, KbEntry body, int phraseStart,
      int phraseEnd) {
    for (Span span : spans) {
      if (span.known().filter(body::equals).isEmpty()) {
        continue;
      }
      int gapAfter = span.first - phraseEnd;
      int gapBefore = phraseStart - span.end;
      if (gapAfter == 0 || (gapAfter == 1 && text.tokens().get(phraseEnd).text().equals(","))
          || gapBefore == 0 || (gapBefore == 1 && text.tokens().get(span.end).text().equals(","))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A city standing for its country's government: the subject of a verb that needs an agent ("Tel Aviv
   * fears", "Tehran is on the verge of"), or the object of one that affects an agent ("will please Kyiv").
   */
  private void applyMetonymy(AnalysedText text, List<Span> spans) {
    List<Token> tokens = text.tokens();
    for (Span span : spans) {
      Optional<KbEntry> city = span.known().filter(e -> e.type().equals("CITY"));
      if (city.isEmpty()) {
        continue;
      }
      Optional<KbEntry> country = kb.countryOf(city.get());
      if (country.isEmpty()) {
        continue;
      }
      AnalysedText.Sentence sentence = text.sentenceOf(span.first);
      if (isAgentSubject(tokens, span, sentence) || isExperiencerObject(tokens, span, sentence)) {
        span.target = new Target.Known(country.get());
        span.resolution = Resolution.METONYMY;
        span.confidence = 0.8;
      }
    }
  }

  private static boolean isAgentSubject(List<Token> tokens, Span span, AnalysedText.Sentence sentence) {
    if (span.first > sentence.first()) {
      Token before = tokens.get(span.first - 1);
      if (PREPOSITIONS.contains(before.text().toLowerCase()) || before.pos().equals("POS")
          || before.pos().startsWith("JJ") || before.pos().startsWith("NN")) {
        return false;
      }
    }
    int i = span.end;
    while (i < sentence.end() && (tokens.get(i).pos().startsWith("RB") || tokens.get(i).pos().equals("MD"))) {
      i++;
    }
    if (i >= sentence.end() || !tokens.get(i).isVerb()) {
      return false;
    }
    Token verb = tokens.get(i);
    if (AGENT_VERBS.contains(verb.lemma())) {
      return true;
    }
    if (verb.lemma().equals("be")) {
      for (int j = i + 1; j < Math.min(sentence.end(), i + 5); j++) {
        if (AGENT_STATES.contains(tokens.get(j).text().toLowerCase())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isExperiencerObject(List<Token> tokens, Span span, AnalysedText.Sentence sentence) {
    int i = span.first - 1;
    if (i < sentence.first()) {
      return false;
    }
    Token verb = tokens.get(i);
    return verb.isVerb() && EXPERIENCER_VERBS.contains(verb.lemma());
  }
}
