package org.annals.ingest.api;

/** The example requests and answers of the articles API in its OpenAPI document. */
final class ArticleExamples {

  static final String HTML_PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><title>Drone strikes plant outside Isfahan</title>
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2023-01-31T08:00:00Z"></head>
      <body><article><h1>Drone strikes plant outside Isfahan</h1>
      <p>Officials said on Saturday that a drone struck a plant outside the city.</p></article></body></html>""";

  static final String BATCH = """
      [{"text":"Officials said on Saturday that a drone struck a plant outside the city.",
        "source":"Example News","publishedAt":"2023-01-31"},
       {"html":"<p>Iran accused Israel of the attack on Sunday.</p>","url":"https://news.example/2023/02/01/iran",
        "publishedAt":"2023-02-01"}]""";

  static final String BATCH_RESULT = """
      {"accepted":1,"duplicates":1,"rejected":0,"items":[
        {"index":0,"status":202,"id":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","articleStatus":"PENDING"},
        {"index":1,"status":200,"id":"0b7e3c52-6f1d-4b8e-a2c4-5d9e1f3a7b60","articleStatus":"DONE",
         "duplicateOf":"0b7e3c52-6f1d-4b8e-a2c4-5d9e1f3a7b60"}]}""";

  static final String ARTICLE = """
      {"id":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","title":"Drone strikes plant outside Isfahan",
       "url":"https://news.example/2023/01/31/isfahan","source":"Example News","language":"en",
       "languageOrigin":"DETECTED","languageConfidence":0.15,"wordCount":14,"publishedAt":"2023-01-31",
       "publishedGranularity":"DAY","publishedTime":"2023-01-31T08:00:00Z","publishedFrom":"HTML_META",
       "submittedAs":"HTML","contentHash":"9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab",
       "status":"DONE","steps":[
         {"step":"ENTITIES","status":"DONE","attempts":1,"result":"2 mentions","updatedAt":"2023-01-31T09:00:04Z"},
         {"step":"TIMELINE","status":"DONE","attempts":1,"result":"1 event, 1 time expression",
          "updatedAt":"2023-01-31T09:00:06Z"}],
       "ingestedAt":"2023-01-31T09:00:00Z","updatedAt":"2023-01-31T09:00:06Z",
       "text":"Drone strikes plant outside Isfahan\\n\\nOfficials said on Saturday that a drone struck a plant outside the city."}""";

  static final String QUEUED_ARTICLE = """
      {"id":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","title":"Drone strikes plant outside Isfahan",
       "source":"Example News","language":"en","languageOrigin":"DETECTED","languageConfidence":0.15,"wordCount":14,
       "publishedAt":"2023-01-31","publishedGranularity":"DAY","publishedFrom":"FIELD","submittedAs":"JSON_TEXT",
       "contentHash":"9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab","status":"PENDING",
       "steps":[{"step":"ENTITIES","status":"PENDING","attempts":0,"updatedAt":"2023-02-02T10:00:00Z"},
         {"step":"TIMELINE","status":"PENDING","attempts":0,"updatedAt":"2023-02-02T10:00:00Z"}],
       "ingestedAt":"2023-01-31T09:00:00Z","updatedAt":"2023-02-02T10:00:00Z",
       "text":"Officials said on Saturday that a drone struck a plant outside the city."}""";

  static final String ARTICLE_PAGE = """
      {"items":[{"id":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","title":"Drone strikes plant outside Isfahan",
        "source":"Example News","language":"en","languageOrigin":"DETECTED","languageConfidence":0.15,
        "wordCount":14,"publishedAt":"2023-01-31","publishedGranularity":"DAY","publishedFrom":"FIELD",
        "submittedAs":"JSON_TEXT","contentHash":"9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab",
        "status":"DONE","ingestedAt":"2023-01-31T09:00:00Z","updatedAt":"2023-01-31T09:00:06Z"}],
       "nextCursor":"MjAyMy0wMS0zMVQwOTowMDowMFp8M2YwYzhkOWUtOGE1MS00YTU3LTlkMGUtMmIxYzdmNGU2YTEw"}""";

  static final String NOT_ANALYSED = """
      {"type":"urn:annals:problem:unsupported-language","title":"Language not analysed","status":409,
       "detail":"This article is in 'de', which the analysis does not support (en); there is nothing to reprocess.",
       "instance":"/api/v1/articles/3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10/reprocess","requestId":"9f2c1e6a4b7d4c0e"}""";

  private ArticleExamples() {}
}
