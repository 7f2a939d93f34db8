package org.annals.timeline.api;

/** The example answers of the events, stories, timelines and time expressions API in its OpenAPI document. */
final class TimelineExamples {

  private static final String EVENT = """
      "id":"8a4f3c1e-2b7d-4e0a-9c55-1d2e3f4a5b6c","kind":"ATTACK","cameo":"190",
       "summary":"Attack on Iran, Isfahan; actor: Mossad, Israel",
       "date":{"value":"2023-01-28","start":"2023-01-28","end":"2023-01-28","granularity":"DAY",
         "origin":"PUBLICATION_DATE"},
       "certainty":"REPORTED",
       "location":{"id":"2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d","name":"Isfahan","type":"CITY"},
       "participants":[
         {"entity":{"id":"5b0c1f5e-8d8e-4c57-9a43-0f6a8d1f1b2c","name":"Mossad","type":"ORGANIZATION"},
          "role":"ACTOR","certainty":"ALLEGED","articles":2},
         {"entity":{"id":"7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d","name":"Iran","type":"COUNTRY"},
          "role":"TARGET","certainty":"REPORTED","articles":2}],
       "sourceCount":4,"articleCount":2,"storyId":"6f5e4d3c-2b1a-4c0d-9e8f-7a6b5c4d3e2f\"""";

  static final String EVENT_PAGE = "{\"items\":[{" + EVENT + "}],"
      + "\"nextCursor\":\"MjAyMy0wMS0yOHw4YTRmM2MxZS0yYjdkLTRlMGEtOWM1NS0xZDJlM2Y0YTViNmM\"}";

  static final String EVENT_DETAIL = "{" + EVENT + """
      ,"sources":[{"articleId":"3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10","outlet":"Example News","kind":"ATTACK",
         "trigger":{"text":"struck","start":59,"end":65},
         "sentence":"Officials said on Saturday that a drone struck a plant outside the city.",
         "sentenceStart":36,"sentenceEnd":109,"certainty":"REPORTED",
         "date":{"value":"2023-01-28","start":"2023-01-28","end":"2023-01-28","granularity":"DAY",
           "origin":"PUBLICATION_DATE","text":"Saturday"},
         "location":{"id":"2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d","name":"Isfahan","type":"CITY"},
         "participants":[{"entity":{"id":"7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d","name":"Iran","type":"COUNTRY"},
           "role":"TARGET","certainty":"REPORTED","articles":1}]}],
       "claims":[{"by":{"id":"0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a","name":"US officials","type":"ORGANIZATION"},
         "outlet":"The Wall Street Journal","kind":"ATTACK","certainty":"ALLEGED",
         "text":"US officials said Israel was behind the strike.",
         "articleId":"0b7e3c52-6f1d-4b8e-a2c4-5d9e1f3a7b60"}]}""";

  private static final String STORY = """
      {"id":"6f5e4d3c-2b1a-4c0d-9e8f-7a6b5c4d3e2f","title":"Attack on Iran, Isfahan; actor: Mossad, Israel",
       "eventCount":3,"articleCount":2,"from":"2023-01-28","to":"2023-01-29"}""";

  static final String STORY_PAGE = "{\"items\":[" + STORY + "],"
      + "\"nextCursor\":\"MjAyMy0wMS0yOXw2ZjVlNGQzYy0yYjFhLTRjMGQtOWU4Zi03YTZiNWM0ZDNlMmY\"}";

  static final String STORY_DETAIL = "{\"story\":" + STORY + ",\"events\":[{" + EVENT + "}]}";

  static final String TIMELINE = """
      {"entity":{"id":"7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d","name":"Iran","type":"COUNTRY"},
       "events":[{"eventId":"8a4f3c1e-2b7d-4e0a-9c55-1d2e3f4a5b6c",
         "date":{"value":"2023-01-28","start":"2023-01-28","end":"2023-01-28","granularity":"DAY",
           "origin":"PUBLICATION_DATE"},
         "kind":"ATTACK","summary":"Attack on Iran in Isfahan; actor: Mossad (alleged)","role":"TARGET",
         "roleCertainty":"REPORTED","certainty":"REPORTED",
         "location":{"id":"2c4e6a8b-1d3f-4a5b-9c7d-8e9f0a1b2c3d","name":"Isfahan","type":"CITY"},
         "participants":[{"entity":{"id":"5b0c1f5e-8d8e-4c57-9a43-0f6a8d1f1b2c","name":"Mossad",
           "type":"ORGANIZATION"},"role":"ACTOR","certainty":"ALLEGED","articles":2}],
         "sourceCount":4,"articleCount":2}]}""";

  static final String TIMELINE_JS = """
      {"title":{"text":{"headline":"Iran","text":"1 event"}},
       "events":[{"start_date":{"year":2023,"month":1,"day":28},"end_date":{"year":2023,"month":1,"day":28},
         "text":{"headline":"Attack on Iran in Isfahan; actor: Mossad (alleged)",
           "text":"attack · target (reported) · in Isfahan · 4 sources in 2 articles"},
         "group":"ATTACK","unique_id":"8a4f3c1e-2b7d-4e0a-9c55-1d2e3f4a5b6c"}]}""";

  static final String TIMEXES = """
      [{"start":51,"end":59,"text":"Saturday","type":"DATE","value":"2023-01-28","anchoring":"PUBLICATION_DATE"},
       {"start":120,"end":129,"text":"last year","type":"DATE","value":"2022","anchoring":"PUBLICATION_DATE"}]""";

  static final String NO_ANALYSED_ARTICLE = """
      {"type":"urn:annals:problem:not-found","title":"Not found","status":404,
       "detail":"No analysed article with id 3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10.",
       "instance":"/api/v1/timexes","requestId":"9f2c1e6a4b7d4c0e"}""";

  private TimelineExamples() {}
}
