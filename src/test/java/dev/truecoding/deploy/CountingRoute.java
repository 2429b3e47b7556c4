package dev.truecoding.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated app's counting route as its contract says ({@code GET /api/truecoding/counts}), over a fixed
 * database: table → column → non-null values, {@code "*"} being the table's rows. Each request's Authorization
 * header and query are recorded in {@code asked}.
 */
record CountingRoute(String token, Map<String, Map<String, Long>> database, List<String> asked) implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String query = exchange.getRequestURI().getRawQuery();
        asked.add(authorization + " " + query);
        if (!("Bearer " + token).equals(authorization)) {
            CountsClientTests.answer(exchange, 401, "application/json", "{\"error\":\"unauthorized\"}");
            return;
        }
        Map<String, String> params = new HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        String table = params.get("table");
        String column = params.get("column");
        if (table == null || !CountsClient.NAME.matcher(table).matches()
                || column != null && !CountsClient.NAME.matcher(column).matches()) {
            CountsClientTests.answer(exchange, 400, "application/json", "{\"error\":\"bad name\"}");
            return;
        }
        Map<String, Long> columns = database.get(table);
        if (columns == null || column != null && !columns.containsKey(column)) {
            CountsClientTests.answer(exchange, 404, "application/json", "{\"error\":\"no such table or column\"}");
            return;
        }
        CountsClientTests.answer(exchange, 200, "application/json", "{\"rows\":" + columns.get("*")
                + (column == null ? "" : ",\"values\":" + columns.get(column)) + "}");
    }
}
