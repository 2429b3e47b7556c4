package dev.truecoding.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One Server-Sent Event as a client reads it: its id (null when it had none), its name, and its JSON data. */
public record SseEvent(String id, String name, JsonNode data) {

    /** The id as a number (0 when there was none). */
    public int number() {
        return id == null ? 0 : Integer.parseInt(id);
    }

    /** Every event of a whole stream's body; comments and blocks without data are left out. */
    public static List<SseEvent> parse(String body, JsonMapper json) {
        return read(body.lines(), json);
    }

    /** Reads a stream's lines (a live one until it ends) into its events. */
    public static List<SseEvent> read(Stream<String> lines, JsonMapper json) {
        List<SseEvent> events = new ArrayList<>();
        String[] id = {null};
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    events.add(new SseEvent(id[0], name[0], json.readTree(data.toString())));
                }
                id[0] = null;
                name[0] = "message";
                data.setLength(0);
            } else if (line.startsWith("id:")) {
                id[0] = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name[0] = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            }
        });
        if (!data.isEmpty()) {
            events.add(new SseEvent(id[0], name[0], json.readTree(data.toString())));
        }
        return events;
    }
}
