package dev.truecoding.assistant.guided;

import java.util.List;

/** Something to tell the person, said in their language only when the reply is written: a reply key and its arguments. */
record Said(String key, List<Object> arguments) {

    Said {
        arguments = List.copyOf(arguments);
    }

    static Said of(String key, Object... arguments) {
        return new Said(key, List.of(arguments));
    }

    String in(Replies r) {
        return r.text(key, arguments.toArray());
    }
}
