package org.annals.ingest.domain;

import static org.annals.ingest.support.TestSupport.listAllIds;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Drafts stored together are stored in one transaction: when the database refuses one (here a NUL the
 * checks would never let through, so the failure is real and unexpected), none of them is kept, and
 * "nothing was changed" is true.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = Roles.READER)
class AllOrNothingTest {

  @Inject
  ArticleService articles;

  @Inject
  ArticlePreparer preparer;

  @Test
  void aFailingDraftKeepsTheOthersOut() {
    String first = marker();
    String second = marker();
    ArticleDraft good = preparer.prepare(ArticleInput.plainText(newsReport(first)));
    ArticleDraft checked = preparer.prepare(ArticleInput.plainText(newsReport(second)));
    ArticleDraft forged = new ArticleDraft(checked.format(), checked.text() + " \u0000", checked.title(),
        checked.url(), checked.source(), checked.publication(), checked.language(), checked.languageOrigin(),
        checked.languageConfidence(), checked.wordCount(), checked.contentHash(), checked.minHash());

    assertThrows(RuntimeException.class, () -> articles.storeAll(List.of(good, forged), "all-or-nothing"));

    assertEquals(List.of(), listAllIds(Map.of("q", first), 10), "the good draft was kept");
    assertEquals(List.of(), listAllIds(Map.of("q", second), 10));
  }

  @Test
  void draftsThatCanBeStoredAreStoredTogether() {
    String marker = marker();
    ArticleDraft one = preparer.prepare(ArticleInput.plainText(newsReport(marker, marker())));
    ArticleDraft two = preparer.prepare(ArticleInput.plainText(newsReport(marker, marker())));

    List<Submission> stored = articles.storeAll(List.of(one, two, one), "all-or-nothing");

    assertEquals(3, stored.size());
    assertTrue(stored.get(0).created() && stored.get(1).created());
    assertEquals(stored.get(0).article().id, stored.get(2).duplicateOf(), "a repeat within the same call");
    assertEquals(2, listAllIds(Map.of("q", marker), 10).size());
  }
}
