package org.annals.entity.api;

/** The example requests and answers of the entities API in its OpenAPI document. */
final class EntityExamples {

  static final String PAGE = """
      {"items":[{"id":"7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d","name":"Iran","type":"COUNTRY","wikidata":"Q794",
        "mentionCount":17}],
       "nextCursor":"SXJhbnw3ZDFmMGIzYS00YzJlLTRmNmEtOGI5ZC0wZTFmMmEzYjRjNWQ"}""";

  static final String ENTITY = """
      {"id":"7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d","name":"Iran","type":"COUNTRY","wikidata":"Q794","iso":"IR",
       "origin":"KB","aliases":[{"alias":"Iran","kind":"NAME","mentions":10},
         {"alias":"Islamic Republic","kind":"ALIAS","mentions":3},{"alias":"Iranian","kind":"DEMONYM","mentions":4}],
       "roles":[],"articleCount":6,"mentionCount":17,"firstSeen":"2023-01-29T09:00:04Z",
       "lastSeen":"2023-02-02T10:00:03Z"}""";

  static final String CORRECTED = """
      {"id":"5b0c1f5e-8d8e-4c57-9a43-0f6a8d1f1b2c","name":"Mossad","type":"ORGANIZATION",
       "kind":"INTELLIGENCE_AGENCY","origin":"KB","partOf":{
         "id":"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b","name":"Israel","type":"COUNTRY"},
       "aliases":[{"alias":"Mossad","kind":"NAME","mentions":9},
         {"alias":"Israel's premier intelligence agency","kind":"ALIAS","mentions":2}],
       "roles":[],"articleCount":4,"mentionCount":11,"firstSeen":"2023-01-29T09:00:04Z",
       "lastSeen":"2023-02-01T12:30:00Z"}""";

  static final String MENTIONS = """
      {"items":[{"articleId":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","text":"Israel's premier intelligence agency",
        "start":131,"end":167,"sentence":"The attack was carried out by Israel's premier intelligence agency, the \
      officials said.","resolution":"APPOSITION","confidence":0.9,"role":"ACTOR"}],
       "nextCursor":"M2YwYzhkOWUtOGE1MS00YTU3LTlkMGUtMmIxYzdmNGU2YTEwfDEzMQ"}""";

  static final String RELATED = """
      [{"id":"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b","name":"Israel","type":"COUNTRY","articles":4},
       {"id":"2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d","name":"Isfahan","type":"CITY","articles":3}]""";

  static final String CHANGES = """
      [{"action":"ADD_ALIAS","detail":"Islamic Republic","actor":"editor","changedAt":"2023-02-02T11:00:00Z"},
       {"action":"MERGE","detail":"merged 4a2b6c8d-0e1f-4a3b-8c5d-6e7f8a9b0c1d (Islamic Republic of Iran)",
        "actor":"admin","changedAt":"2023-02-02T11:05:00Z"}]""";

  static final String MERGE = """
      {"duplicate":"4a2b6c8d-0e1f-4a3b-8c5d-6e7f8a9b0c1d"}""";

  static final String ALIAS = """
      {"alias":"Islamic Republic"}""";

  static final String PATCH = """
      {"name":"Mossad","type":"ORGANIZATION"}""";

  static final String ALIAS_EXISTS = """
      {"type":"urn:annals:problem:conflict","title":"Alias exists","status":409,
       "detail":"'Islamic Republic' is already a name of Iran.",
       "instance":"/api/v1/entities/7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d/aliases","requestId":"9f2c1e6a4b7d4c0e"}""";

  static final String ALREADY_MERGED = """
      {"type":"urn:annals:problem:merged","title":"Entity merged","status":409,
       "detail":"Entity 4a2b6c8d-0e1f-4a3b-8c5d-6e7f8a9b0c1d was merged into 7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d;\
       change that one instead.",
       "instance":"/api/v1/entities/7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d/merge","requestId":"9f2c1e6a4b7d4c0e"}""";

  private EntityExamples() {}
}
