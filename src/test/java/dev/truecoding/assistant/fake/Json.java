package dev.truecoding.assistant.fake;

import tools.jackson.databind.json.JsonMapper;

final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** A JSON string literal, quotes and escapes included. */
    static String string(String text) {
        return MAPPER.writeValueAsString(text);
    }
}
