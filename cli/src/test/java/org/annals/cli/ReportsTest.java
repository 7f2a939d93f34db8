package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReportsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void datesReadAsAPersonWouldSayThem() throws Exception {
    assertEquals("2023-01-28", Reports.date(date("{\"value\":\"2023-01-28\",\"start\":\"2023-01-28\","
        + "\"end\":\"2023-01-28\",\"granularity\":\"DAY\"}")));
    assertEquals("weekend of 2023-01-28", Reports.date(date("{\"value\":\"2023-W04-WE\",\"start\":\"2023-01-28\","
        + "\"end\":\"2023-01-29\",\"granularity\":\"WEEKEND\"}")));
    assertEquals("2023-06", Reports.date(date("{\"value\":\"2023-06\",\"start\":\"2023-06-01\","
        + "\"end\":\"2023-06-30\",\"granularity\":\"MONTH\"}")));
    assertEquals("XXXX-WXX-6 (not placed)", Reports.date(date("{\"value\":\"XXXX-WXX-6\",\"granularity\":\"DAY\"}")));
    assertEquals("undated", Reports.date(date("{\"granularity\":\"NONE\"}")));
  }

  private static JsonNode date(String json) throws Exception {
    return JSON.readTree(json);
  }
}
