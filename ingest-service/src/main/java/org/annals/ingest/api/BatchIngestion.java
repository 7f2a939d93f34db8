package org.annals.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.annals.common.problem.JsonProblems;
import org.annals.common.problem.ProblemException;
import org.annals.common.problem.ProblemFactory;
import org.annals.common.requestid.RequestIds;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.domain.ArticleService;
import org.annals.ingest.domain.Submission;

/**
 * A batch of JSON submissions: each item stored or rejected on its own, in its own transaction, so a
 * bad item never takes good ones down with it.
 */
@ApplicationScoped
public class BatchIngestion {

  private final ArticleService articles;
  private final SubmissionReader submissions;
  private final ObjectMapper json;
  private final IngestConfig config;

  public BatchIngestion(ArticleService articles, SubmissionReader submissions, ObjectMapper json,
      IngestConfig config) {
    this.articles = articles;
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
    List<BatchResult.Item> results = new ArrayList<>(items.size());
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (int index = 0; index < items.size(); index++) {
      try {
        if (items.get(index) instanceof ProblemException unreadable) {
          throw unreadable;
        }
        ArticleSubmission submission = submissions.fromNode((JsonNode) items.get(index));
        Submission outcome = articles.submit(submission.toInput(), RequestIds.current());
        if (outcome.created()) {
          accepted++;
        } else {
          duplicates++;
        }
        results.add(new BatchResult.Item(index, outcome.created() ? 202 : 200, outcome.article().id,
            outcome.article().status, outcome.duplicateOf(), outcome.nearDuplicateOf(), outcome.similarity(), null));
      } catch (ProblemException e) {
        rejected++;
        results.add(new BatchResult.Item(index, e.status(), null, null, null, null, null,
            ProblemFactory.problem(e, path + "#" + index)));
      }
    }
    return new BatchResult(accepted, duplicates, rejected, results);
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
