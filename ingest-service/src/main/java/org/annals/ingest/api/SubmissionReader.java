package org.annals.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.annals.common.problem.JsonProblems;
import org.annals.common.problem.ProblemException;

/** Reads JSON submissions, explaining what is wrong with one by field. */
@ApplicationScoped
public class SubmissionReader {

  private final ObjectMapper json;

  public SubmissionReader(ObjectMapper json) {
    this.json = json;
  }

  public ArticleSubmission fromJson(String body) {
    try {
      return fromNode(json.readTree(body));
    } catch (JsonProcessingException e) {
      throw JsonProblems.from(e);
    }
  }

  public ArticleSubmission fromNode(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON",
          "An article must be a JSON object with text or html.");
    }
    try {
      return json.treeToValue(node, ArticleSubmission.class);
    } catch (JsonProcessingException e) {
      throw JsonProblems.from(e);
    }
  }
}
