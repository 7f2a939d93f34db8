package org.annals.ingest.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.annals.common.api.Params;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.requestid.RequestIds;
import org.annals.common.security.Roles;
import org.annals.ingest.domain.Article;
import org.annals.ingest.domain.ArticleInput;
import org.annals.ingest.domain.ArticleService;
import org.annals.ingest.domain.ArticleStatus;
import org.annals.ingest.domain.Submission;
import org.annals.ingest.persistence.ArticleFilter;
import org.annals.ingest.persistence.ArticleSearch;
import org.annals.ingest.persistence.ListCursor;
import org.annals.ingest.text.TextChecks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ArticleResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Articles in: stored, cleaned, dated, deduplicated, and sent for analysis")
public class ArticleResource {

  static final String PATH = "/api/v1/articles";
  static final String NDJSON = "application/x-ndjson";
  private static final int MAX_PAGE = 200;
  private static final String BAD_REQUEST_EXAMPLE = """
      {"type":"urn:annals:problem:validation","title":"Invalid request","status":400,
       "detail":"publishedAt: 2023-02-30 is not a date that exists","instance":"/api/v1/articles",
       "errors":[{"field":"publishedAt","message":"2023-02-30 is not a date that exists"}]}""";

  private final ArticleService articles;
  private final ArticleSearch search;
  private final BatchIngestion batches;
  private final SubmissionReader submissions;
  private final BodySizeLimits sizes;

  public ArticleResource(ArticleService articles, ArticleSearch search, BatchIngestion batches,
      SubmissionReader submissions, BodySizeLimits sizes) {
    this.sizes = sizes;
    this.articles = articles;
    this.search = search;
    this.batches = batches;
    this.submissions = submissions;
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
  @Operation(operationId = "submitArticle", summary = "Submit an article",
      description = "Stores the article and queues it for analysis. As application/json: text or html with"
          + " metadata. As text/plain: the raw article, whose first line may be 'date YYYY-MM-DD' or"
          + " 'date YYYY-MM', and whose first short line without a full stop is taken as the headline. As"
          + " text/html: a whole page, whose article text and metadata are extracted. The same text sent"
          + " again answers 200 with the stored article's id in duplicateOf. Limit: 2 MiB (configurable).")
  @APIResponse(responseCode = "202", description = "Stored and queued",
      content = @Content(schema = @Schema(implementation = SubmissionResult.class), examples = @ExampleObject(
          name = "stored", value = "{\"id\":\"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10\",\"status\":\"PENDING\"}")))
  @APIResponse(responseCode = "200", description = "Already stored: the existing article",
      content = @Content(schema = @Schema(implementation = SubmissionResult.class), examples = @ExampleObject(
          name = "duplicate", value = "{\"id\":\"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10\",\"status\":\"DONE\","
              + "\"duplicateOf\":\"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10\"}")))
  @APIResponse(responseCode = "400", description = "Invalid article: empty, binary, undecodable, malformed,"
      + " or with an invalid field (named in errors)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "impossible date", value = BAD_REQUEST_EXAMPLE)))
  @APIResponse(responseCode = "413", description = "Body or text over the documented limit",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "415", description = "Content type or charset not accepted",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response submit(
      @RequestBody(required = true, content = {
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleSubmission.class),
              examples = @ExampleObject(name = "text", value = "{\"text\":\"Officials said on Saturday that a drone"
                  + " struck a plant outside the city.\",\"source\":\"Example News\",\"publishedAt\":\"2023-01-31\"}")),
          @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "dated", value = "date 2023-01-31\nOfficials said on Saturday that a"
                  + " drone struck a plant outside the city.")),
          @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
              examples = @ExampleObject(name = "page", value = ArticleExamples.HTML_PAGE))})
      byte[] body, @Context HttpHeaders headers) {
    sizes.requireWithin(body.length, false);
    String content = decode(body, headers);
    MediaType type = headers.getMediaType();
    ArticleInput input;
    if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      input = submissions.fromJson(content).toInput();
    } else if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
      input = ArticleInput.html(content);
    } else {
      input = ArticleInput.plainText(content);
    }
    return answer(articles.submit(input, RequestIds.current()));
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Path("/batch")
  @Consumes({MediaType.APPLICATION_JSON, NDJSON})
  @Operation(operationId = "submitArticleBatch", summary = "Submit many articles at once",
      description = "A JSON array of ArticleSubmission objects, or NDJSON (one object per line). Each item is"
          + " stored or rejected on its own; the answer has one result per item, in order. Limits: 100 items,"
          + " 10 MiB (configurable).")
  @APIResponse(responseCode = "200", description = "One result per item",
      content = @Content(schema = @Schema(implementation = BatchResult.class),
          examples = @ExampleObject(name = "stored", value = ArticleExamples.BATCH_RESULT)))
  @APIResponse(responseCode = "400", description = "Not an array or NDJSON, or empty",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "413", description = "Over the batch limits: too many items or too many bytes",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public BatchResult submitBatch(@RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
          implementation = ArticleSubmission.class), examples = @ExampleObject(name = "twoArticles",
          value = ArticleExamples.BATCH)),
      // Its example is the JSON one, a line per item (CompleteOperations).
      @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))}) byte[] body,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    sizes.requireWithin(body.length, true);
    boolean ndjson = headers.getMediaType().isCompatible(MediaType.valueOf(NDJSON));
    return batches.ingest(decode(body, headers), ndjson, "/" + uri.getPath().replaceFirst("^/", ""));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}")
  @Operation(operationId = "getArticle", summary = "An article: metadata, text and processing status per step",
      description = "The text is the cleaned text every offset in Annals (mentions, events, time expressions)"
          + " refers to. Each analysis step tells its status, attempts, and the last error of a failing one.")
  @APIResponse(responseCode = "200", description = "The article",
      content = @Content(schema = @Schema(implementation = ArticleView.class),
          examples = @ExampleObject(name = "analysed", value = ArticleExamples.ARTICLE)))
  @APIResponse(responseCode = "404", description = "No such article",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ArticleView get(@Parameter(description = "Article id (UUID)") @PathParam("id") String id) {
    UUID articleId = Params.id(id, "article");
    return ArticleView.full(articles.get(articleId), articles.stepsOf(articleId));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(operationId = "listArticles", summary = "Search articles, newest first, with cursor pagination",
      description = "Every article is reachable: follow nextCursor until it is absent.")
  @APIResponse(responseCode = "200", description = "A page of articles (without their text)",
      content = @Content(schema = @Schema(implementation = ArticlePage.class),
          examples = @ExampleObject(name = "page", value = ArticleExamples.ARTICLE_PAGE)))
  @APIResponse(responseCode = "400", description = "A filter, limit or cursor is invalid",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public ArticlePage list(
      @Parameter(description = "Outlet, case-insensitive", example = "Example News") @QueryParam("source")
      String source,
      @Parameter(description = "Published on or after (YYYY-MM-DD)", example = "2023-01-01")
      @QueryParam("publishedFrom") String from,
      @Parameter(description = "Published on or before (YYYY-MM-DD)", example = "2023-01-31")
      @QueryParam("publishedTo") String to,
      @Parameter(description = "Processing status", example = "DONE", schema = @Schema(implementation =
          ArticleStatus.class)) @QueryParam("status") String status,
      @Parameter(description = "ISO 639-1 language", example = "en") @QueryParam("language") String language,
      @Parameter(description = "Full-text query (web search syntax: words, \"phrases\", -exclusions)",
          example = "drone -exercise")
      @QueryParam("q") String q,
      @Parameter(description = "Page size", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "50"))
      @QueryParam("limit") @DefaultValue("50") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    int size = Params.pageSize(limit, MAX_PAGE);
    ArticleFilter filter = new ArticleFilter(Params.blankToNull(source), Params.date(from, "publishedFrom"),
        Params.date(to, "publishedTo"), status(status), Params.blankToNull(language) == null ? null : language.strip()
            .toLowerCase(Locale.ROOT), Params.blankToNull(q));
    ListCursor after = Params.blankToNull(cursor) == null ? null : ListCursor.decode(cursor.strip());
    List<Article> found = search.search(filter, after, size + 1);
    List<ArticleView> items = new ArrayList<>();
    for (int i = 0; i < Math.min(size, found.size()); i++) {
      items.add(ArticleView.summary(found.get(i)));
    }
    String next = null;
    if (found.size() > size) {
      Article last = found.get(size - 1);
      next = new ListCursor(last.ingestedAt, last.id).encode();
    }
    return new ArticlePage(items, next);
  }

  @DELETE
  @RolesAllowed(Roles.ADMIN)
  @Path("/{id}")
  // Its only documented body is a problem, so generated clients ask for that alone (Accept).
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @Operation(operationId = "deleteArticle", summary = "Delete an article and, downstream, its analysis",
      description = "The article is gone at once; its mentions and event evidence are removed from entity- and"
          + " timeline-service through the pipeline.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such article",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response delete(@PathParam("id") String id) {
    articles.delete(Params.id(id, "article"), RequestIds.current());
    return Response.noContent().build();
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}/reprocess")
  @Operation(operationId = "reprocessArticle", summary = "Queue an article for analysis again",
      description = "Replaces its earlier analysis downstream; use it on FAILED articles once the cause is fixed.")
  @APIResponse(responseCode = "202", description = "Queued",
      content = @Content(schema = @Schema(implementation = ArticleView.class),
          examples = @ExampleObject(name = "queued", value = ArticleExamples.QUEUED_ARTICLE)))
  @APIResponse(responseCode = "404", description = "No such article",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The article's language is not analysed",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "notAnalysed", value = ArticleExamples.NOT_ANALYSED)))
  public Response reprocess(@PathParam("id") String id) {
    UUID articleId = Params.id(id, "article");
    Article article = articles.reprocess(articleId, RequestIds.current());
    return Response.accepted(ArticleView.full(article, articles.stepsOf(articleId))).build();
  }

  /**
   * The Location of a new article is a path, not a URL built from the request: the request's Host is
   * the client's to choose, and an answer must not send a reader of it to a host the client chose.
   */
  private static Response answer(Submission submission) {
    SubmissionResult result = SubmissionResult.of(submission);
    if (!submission.created()) {
      return Response.ok(result).build();
    }
    return Response.accepted(result).header(HttpHeaders.LOCATION, PATH + "/" + result.id()).build();
  }

  /** In the charset the Content-Type names, which {@link ContentTypeFilter} has already found supported. */
  private static String decode(byte[] body, HttpHeaders headers) {
    String charset = headers.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
    return TextChecks.decode(body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset.strip()));
  }

  private static ArticleStatus status(String value) {
    if (Params.blankToNull(value) == null) {
      return null;
    }
    try {
      return ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("status", "must be one of " + Arrays.toString(ArticleStatus.values()));
    }
  }
}
