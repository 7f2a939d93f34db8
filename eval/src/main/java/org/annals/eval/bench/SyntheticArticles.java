package org.annals.eval.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annals.eval.api.AnnalsApi;

/**
 * Short made-up news reports for filling a store (the latency target is set with 10,000 articles
 * stored): a dated report of an event between two of a few dozen countries, with a city, a named
 * official and a reaction, so that entities, events and timelines grow as with real news. Article
 * {@code i} is the same in every run; each differs from every other in its numbers and date.
 */
final class SyntheticArticles {

  /** The source of synthetic articles: kept apart from evaluation articles. */
  static final String SOURCE = "annals-bench-synthetic";

  private static final String[] COUNTRIES = {"Iran", "Israel", "Russia", "Ukraine", "China", "Japan", "India",
      "Pakistan", "Turkey", "Syria", "Egypt", "France", "Germany", "Poland", "Brazil", "Mexico", "Canada",
      "Nigeria", "Kenya", "Ethiopia", "Saudi Arabia", "Qatar", "Iraq", "Lebanon", "Jordan", "Greece", "Italy",
      "Spain", "Sweden", "Norway"};
  private static final String[] CITIES = {"Tehran", "Jerusalem", "Moscow", "Kyiv", "Beijing", "Tokyo", "Delhi",
      "Islamabad", "Ankara", "Damascus", "Cairo", "Paris", "Berlin", "Warsaw", "Brasilia", "Mexico City", "Ottawa",
      "Abuja", "Nairobi", "Addis Ababa", "Riyadh", "Doha", "Baghdad", "Beirut", "Amman", "Athens", "Rome",
      "Madrid", "Stockholm", "Oslo"};
  private static final String[] FIRST = {"Anna", "David", "Maria", "Omar", "Lena", "Hassan", "Sofia", "Ivan",
      "Chen", "Amara", "Pedro", "Yusuf", "Elena", "Kofi", "Noor", "Tomas"};
  private static final String[] LAST = {"Karimi", "Levin", "Petrova", "Haddad", "Novak", "Moreau", "Schmidt",
      "Tanaka", "Okafor", "Silva", "Rahman", "Kowalski", "Costa", "Mensah", "Lindqvist", "Aziz"};
  private static final String[] EVENTS = {
      "forces of %s attacked a military base near %s, killing %d soldiers",
      "the foreign minister of %s visited %s and met officials for talks on trade worth %d million dollars",
      "%s signed an agreement in %s to supply %d tonnes of grain",
      "police in %2$s arrested %3$d people after a protest against %1$s",
      "%s imposed sanctions after a meeting in %s on the fate of %d detained sailors",
      "an explosion hit a depot of %s outside %s, injuring %d workers"};
  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};

  private SyntheticArticles() {}

  static Map<String, Object> article(int index) {
    Random random = new Random(7919L * index + 17);
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
    String actor = pick(random, COUNTRIES);
    String other = pick(random, COUNTRIES);
    String city = pick(random, CITIES);
    String official = pick(random, FIRST) + " " + pick(random, LAST);
    String event = String.format(pick(random, EVENTS), actor, city, 2 + random.nextInt(400));
    String day = WEEKDAYS[published.minusDays(1 + random.nextInt(5)).getDayOfWeek().getValue() - 1];
    String text = String.format("Report %d from %s%n%nOn %s, %s, officials said.%n%n"
            + "%s, a spokesperson for the government of %s, said the country would respond and called the events"
            + " of %s unacceptable. Talks between %s and %s are planned for next month.%n%n"
            + "Analysts in %s said %d similar incidents had been recorded since %d.",
        index, city, day, event, official, other, day, actor, other, pick(random, CITIES), 1 + random.nextInt(90),
        2000 + random.nextInt(15));
    Map<String, Object> submission = AnnalsApi.submission(text, published.toString(), null);
    submission.put("source", SOURCE);
    return submission;
  }

  static List<Map<String, Object>> batch(int from, int count) {
    List<Map<String, Object>> batch = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      batch.add(article(i));
    }
    return batch;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
