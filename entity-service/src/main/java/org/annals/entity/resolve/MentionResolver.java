package org.annals.entity.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * ("Israel's premier intelligence agency"), capitals standing for governments, short forms of names,
 * roles. Those that depend on grammar read it from the dependency parse, not from neighbouring words,
 * and the words they react to are the lists in kb/lexicon/.
 */
public class MentionResolver {

  /** CoreNLP types that make entities when the knowledge base does not know the string. */
  private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");
  /** The word lists: kb/lexicon/, where each file says why its words are there. */
  private static final Set<String> HONORIFICS = LexiconLoader.asWritten("honorifics.txt");
  private static final Set<String> NAME_SUFFIXES = LexiconLoader.asWritten("name-suffixes.txt");
  private static final Set<String> GENERIC_NAME_WORDS = LexiconLoader.asWritten("generic-name-words.txt");
  private static final Set<String> AGENT_VERBS = LexiconLoader.lowerCase("agent-verbs.txt");
  private static final Set<String> AGENT_STATES = LexiconLoader.lowerCase("agent-states.txt");
  private static final Set<String> EXPERIENCER_VERBS = LexiconLoader.lowerCase("experiencer-verbs.txt");
  /** Legal forms that a company's later mentions drop: "Kellogg Co." is then "Kellogg". */
  private static final Pattern CORPORATE_SUFFIX = Pattern.compile("(?i)(,?\\s+("
      + LexiconLoader.lowerCase("legal-forms.txt").stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\.?)+$");
  /**
   * Dependency relations that keep a word inside its head's noun phrase ("Israel's spy agency", "executive
   * at San Francisco-based ..."); clauses, appositions and conjuncts start phrases of their own.
   */
  private static final Set<String> NOUN_PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "nmod", "case",
      "det", "nummod", "obl", "advmod");
  /** Words a role may not start with: "the", "their", "by the ambassador", "and". */
  private static final Set<String> PHRASE_OPENERS = Set.of("det", "case", "cc");
  /** Relations of the words before a name that may give a role ("former Pentagon spokesperson X"). */
  private static final Set<String> NAME_MODIFIERS = Set.of("compound", "flat", "amod", "nmod:poss");
  /** Relations that make a descriptive phrase and a name one noun phrase ("Mossad, Israel's spy agency"). */
  private static final Set<String> SAME_PHRASE = Set.of("appos", "compound", "flat");

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
   * with that surname; a title before the name or in apposition to it becomes the mention's role.
   */
  private void resolvePeople(AnalysedText text, List<Span> spans) {
    Map<String, Span> bySurname = new HashMap<>();
    for (Span span : spans) {
      if (!"PERSON".equals(span.target == null ? null : span.target.type())) {
        continue;
      }
      span.role = roleOf(text, span);
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
            firstWords.computeIfAbsent(first, k -> new HashSet<>()).add(span.target);
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

  /**
   * The role the text gives a person, read from the parse: the modifiers of the name's head that stand
   * before it ("Pentagon spokesperson Brigadier General Patrick Ryder"), else a noun phrase in apposition
   * ("Anna Keller, the Pentagon spokesperson,"), which the parser may also hang the name from ("the former
   * President Lars Omdahl"). Only a phrase with a title in it is a role: "Tuesday's meeting" is not.
   */
  private static String roleOf(AnalysedText text, Span span) {
    Token name = text.headOf(span.first, span.end);
    Set<Integer> modifiers = new HashSet<>();
    for (Token child : text.children(name.index())) {
      if (child.index() < span.first && NAME_MODIFIERS.contains(child.relation())) {
        modifiers.addAll(nounPhrase(text, child));
      }
    }
    String role = titledRun(text, modifiers, span.first - 1);
    if (role != null) {
      return role;
    }
    for (Token partner : appositions(text, name)) {
      String apposed = titledRun(text, nounPhrase(text, partner), partner.index());
      if (apposed != null) {
        return apposed;
      }
    }
    return null;
  }

  /** The noun phrases set beside a name's head: its appositions, or the phrase it is one of. */
  private static List<Token> appositions(AnalysedText text, Token name) {
    List<Token> partners = new ArrayList<>();
    if (name.head() >= 0 && (name.relation().equals("appos") || name.relation().equals("dep"))) {
      partners.add(text.tokens().get(name.head()));
    }
    text.children(name.index()).stream().filter(c -> c.relation().equals("appos")).forEach(partners::add);
    return partners;
  }

  /**
   * A token and what hangs from it inside its noun phrase, clauses and appositions left out. Hyphenated
   * words stay whole ("secretary-general"), whatever relation the parser gave their second half.
   */
  private static Set<Integer> nounPhrase(AnalysedText text, Token head) {
    Set<Integer> phrase = new HashSet<>();
    phrase.add(head.index());
    for (Token child : text.children(head.index())) {
      boolean hyphenated = child.pos().equals("HYPH")
          || (child.index() > 0 && text.tokens().get(child.index() - 1).pos().equals("HYPH"));
      if (NOUN_PHRASE.contains(child.relation()) || hyphenated) {
        phrase.addAll(nounPhrase(text, child));
      }
    }
    return phrase;
  }

  /**
   * The words of {@code phrase} that run unbroken through {@code anchor}, without a leading article,
   * preposition or possessive pronoun ("their founder" is a founder); null unless the tagger found a
   * title among them.
   */
  private static String titledRun(AnalysedText text, Set<Integer> phrase, int anchor) {
    if (!phrase.contains(anchor)) {
      return null;
    }
    int first = anchor;
    int last = anchor;
    while (phrase.contains(first - 1)) {
      first--;
    }
    while (phrase.contains(last + 1)) {
      last++;
    }
    List<Token> tokens = text.tokens();
    while (first < last && (PHRASE_OPENERS.contains(tokens.get(first).relation())
        || tokens.get(first).pos().equals("PRP$"))) {
      first++;
    }
    boolean titled = false;
    for (int i = first; i <= last; i++) {
      titled |= tokens.get(i).ner().equals("TITLE");
    }
    return titled ? text.surface(first, last + 1) : null;
  }

  /**
   * "Israel's premier intelligence agency", "the Russian foreign ministry": a country, as the possessor
   * (by name) or a modifier (by demonym) of a noun, with a descriptor of one of its bodies names that
   * body. In apposition to the body's name it is an apposition; alone, a descriptive alias.
   */
  private List<Span> descriptivePhrases(AnalysedText text, List<Span> spans) {
    List<Span> found = new ArrayList<>();
    List<Token> tokens = text.tokens();
    for (Span country : spans) {
      Optional<KbEntry> entry = country.known().filter(e -> e.type().equals("COUNTRY"));
      if (entry.isEmpty() || country.resolution == Resolution.METONYMY) {
        continue;
      }
      Token head = text.headOf(country.first, country.end);
      boolean describes = country.resolution == Resolution.DEMONYM
          ? head.relation().equals("amod") || head.relation().equals("compound")
          : head.relation().equals("nmod:poss");
      if (!describes || head.head() < country.end) {
        continue;
      }
      // The descriptor starts after the possessive ending, which hangs from the country.
      int from = country.end;
      while (from < head.head() && tokens.get(from).head() == head.index()) {
        from++;
      }
      Span phrase = descriptorOf(text, entry.get(), country.first, from, head.head() + 1, spans);
      if (phrase != null) {
        found.add(phrase);
      }
    }
    return found;
  }

  /** The longest descriptor in [from, end), the noun phrase the country belongs to, ending in a noun. */
  private Span descriptorOf(AnalysedText text, KbEntry country, int phraseStart, int from, int end,
      List<Span> spans) {
    for (int last = end; last > from; last--) {
      if (!isNounLike(text.tokens().get(last - 1))) {
        continue;
      }
      for (int start = from; start < last; start++) {
        String descriptor = text.surface(start, last).toLowerCase();
        Optional<KbEntry> body = pick(kb.describedAs(country.id(), descriptor), spans);
        if (body.isPresent()) {
          boolean besideName = namedBeside(text, spans, body.get(), text.headOf(phraseStart, last));
          return new Span(phraseStart, last, null, new Target.Known(body.get()),
              besideName ? Resolution.APPOSITION : Resolution.ALIAS, besideName ? 0.92 : 0.75);
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

  /**
   * Whether the body's name and the phrase whose head is {@code phrase} make one noun phrase: either in
   * apposition to the other, or the phrase modifying the name ("Israel's spy agency Mossad").
   */
  private static boolean namedBeside(AnalysedText text, List<Span> spans, KbEntry body, Token phrase) {
    for (Span span : spans) {
      if (span.known().filter(body::equals).isEmpty()) {
        continue;
      }
      Token name = text.headOf(span.first, span.end);
      if (hangsInPhrase(name, phrase) || hangsInPhrase(phrase, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hangsInPhrase(Token dependent, Token head) {
    return dependent.head() == head.index() && SAME_PHRASE.contains(dependent.relation());
  }

  /**
   * A city standing for its country's government, by its place in the parse: the agent of a predicate
   * that needs one (the subject of "Tel Aviv fears", "Tehran is on the verge of", or the by-phrase of
   * "was welcomed by Kyiv"), or the one acted on by a verb that affects an agent ("will please Kyiv",
   * "Moscow was warned"). A city after a preposition ("in Tehran", "residents of Isfahan") or one
   * modifying a noun ("the Tehran government") holds none of these places and stays the city.
   */
  private void applyMetonymy(AnalysedText text, List<Span> spans) {
    for (Span span : spans) {
      Optional<KbEntry> city = span.known().filter(e -> e.type().equals("CITY"));
      if (city.isEmpty()) {
        continue;
      }
      Optional<KbEntry> country = kb.countryOf(city.get());
      if (country.isEmpty()) {
        continue;
      }
      Token place = text.firstConjunct(text.headOf(span.first, span.end));
      if (place.head() < 0) {
        continue;
      }
      Token governor = text.tokens().get(place.head());
      if (isAgentOf(text, place, governor) || isExperiencerOf(place, governor)) {
        span.target = new Target.Known(country.get());
        span.resolution = Resolution.METONYMY;
        span.confidence = 0.8;
      }
    }
  }

  /** The subject, or in the passive the by-agent, of a predicate that needs an agent. */
  private static boolean isAgentOf(AnalysedText text, Token place, Token predicate) {
    boolean subject = place.relation().equals("nsubj");
    boolean byAgent = place.relation().equals("obl:agent") || (place.relation().equals("obl")
        && predicate.pos().equals("VBN") && text.hasChild(place.index(), "case", "by"));
    return (subject || byAgent) && needsAgent(text, predicate);
  }

  /**
   * A predicate whose subject must act with intent, or one that hands its subject on to such a predicate
   * ("appeared ready to", "continued to deny").
   */
  private static boolean needsAgent(AnalysedText text, Token predicate) {
    if ((predicate.isVerb() && AGENT_VERBS.contains(predicate.lemma()))
        || AGENT_STATES.contains(predicate.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return text.children(predicate.index()).stream()
        .anyMatch(c -> c.relation().equals("xcomp") && needsAgent(text, c));
  }

  /** The object of a verb that affects an agent, or its subject in the passive. */
  private static boolean isExperiencerOf(Token place, Token verb) {
    String relation = place.relation();
    return verb.isVerb() && EXPERIENCER_VERBS.contains(verb.lemma())
        && (relation.equals("obj") || relation.equals("iobj") || relation.equals("nsubj:pass"));
  }
}
