package org.annals.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.annals.common.problem.JsonProblems;
import org.annals.common.problem.ProblemException;
import org.annals.common.problem.ProblemFactory;
import org.annals.common.requestid.RequestIds;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.domain.ArticleDraft;
import org.annals.ingest.domain.ArticlePreparer;
import org.annals.ingest.domain.ArticleService;
import org.annals.ingest.domain.Submission;

/**
 * A batch of JSON submissions: every item is read and checked before any is stored, so a bad item is
 * refused on its own and never takes good ones down with it; the good ones are then stored in one
 * transaction, so that a failure stores none of them rather than some, unreported.
 */
@ApplicationScoped
public class BatchIngestion {

  private final ArticleService articles;
  private final ArticlePreparer preparer;
  private final SubmissionReader submissions;
  private final ObjectMapper json;
  private final IngestConfig config;

  public BatchIngestion(ArticleService articles, ArticlePreparer preparer, SubmissionReader submissions,
      ObjectMapper json, IngestConfig config) {
    this.articles = articles;
    this.preparer = preparer;
    this.submissions = submissions;
    this.json = json;
    this.config = config;
  }

  public BatchResult ingest(String body, boolean ndjson, String path) {
    List<Object> items = ndjson ? ndjsonItems(body) : arrayItems(body);
    if (items.isEmpty()) {
      throw ProblemException.invalid("The batch is empty; send at least one article.");
    }
    int max = config.limits().maxBatchItems();
    if (items.size() > max) {
      throw new ProblemException(413, "too-large", "Batch too large",
          "The batch has " + items.size() + " items; the limit is " + max + ". Split it into several requests.");
    }
    // Everything that can refuse an item is done first; then the accepted ones are stored together.
    ArticleDraft[] drafts = new ArticleDraft[items.size()];
    ProblemException[] refusals = new ProblemException[items.size()];
    for (int index = 0; index < items.size(); index++) {
      try {
        if (items.get(index) instanceof ProblemException unreadable) {
          throw unreadable;
        }
        drafts[index] = preparer.prepare(submissions.fromNode((JsonNode) items.get(index)).toInput());
      } catch (ProblemException e) {
        refusals[index] = e;
      }
    }
    Iterator<Submission> stored = articles.storeAll(
        Arrays.stream(drafts).filter(Objects::nonNull).toList(), RequestIds.current()).iterator();

    List<BatchResult.Item> results = new ArrayList<>(items.size());
    int accepted = 0;
    int duplicates = 0;
    for (int index = 0; index < items.size(); index++) {
      if (refusals[index] != null) {
        results.add(new BatchResult.Item(index, refusals[index].status(), null, null, null, null, null,
            ProblemFactory.problem(refusals[index], path + "#" + index)));
        continue;
      }
      Submission outcome = stored.next();
      if (outcome.created()) {
        accepted++;
      } else {
        duplicates++;
      }
      results.add(new BatchResult.Item(index, outcome.created() ? 202 : 200, outcome.article().id,
          outcome.article().status, outcome.duplicateOf(), outcome.nearDuplicateOf(), outcome.similarity(), null));
    }
    return new BatchResult(accepted, duplicates, items.size() - accepted - duplicates, results);
  }

  private List<Object> arrayItems(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw JsonProblems.from(e);
    }
    if (root == null || !root.isArray()) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", "A JSON batch must be an array of"
          + " articles; for one article per line send Content-Type application/x-ndjson.");
    }
    List<Object> items = new ArrayList<>();
    root.forEach(items::add);
    return items;
  }

  /** One item per non-blank line; a line that is not JSON is rejected alone. */
  private List<Object> ndjsonItems(String body) {
    List<Object> items = new ArrayList<>();
    for (String line : body.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(json.readTree(line));
      } catch (JsonProcessingException e) {
        items.add(JsonProblems.from(e));
      }
    }
    return items;
  }
}
