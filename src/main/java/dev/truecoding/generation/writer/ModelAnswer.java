package dev.truecoding.generation.writer;

import dev.truecoding.assistant.CodeModel;
import dev.truecoding.generation.CodeWritingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's answer, read leniently around the JSON (a fence, a sentence before it) and strictly within it:
 * {@code {"files": [{"path": …, "content": …}], "implemented": [subject…]}}. An answer of another shape is
 * refused as a whole, so nothing of it is ever half applied.
 */
record ModelAnswer(List<File> files, List<String> implemented) {

    record File(String path, String content) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ModelAnswer {
        files = List.copyOf(files);
        implemented = List.copyOf(implemented);
    }

    /** @throws CodeWritingException saying what is wrong, without repeating the answer */
    static ModelAnswer parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw malformed("it is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(CodeModel.jsonIn(answer));
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw malformed("it is not valid JSON" + line);
        }
        if (root == null || !root.isObject()) {
            throw malformed("it is not a JSON object");
        }
        JsonNode files = root.get("files");
        if (files == null || !files.isArray()) {
            throw malformed("\"files\" is missing or not a list");
        }
        List<File> read = new ArrayList<>();
        for (JsonNode file : files.values()) {
            JsonNode path = file.get("path");
            JsonNode content = file.get("content");
            if (!file.isObject() || path == null || !path.isString() || content == null || !content.isString()) {
                throw malformed("file " + (read.size() + 1) + " of \"files\" has no \"path\" and \"content\" text");
            }
            read.add(new File(path.stringValue(), content.stringValue()));
        }
        return new ModelAnswer(read, implemented(root.get("implemented")));
    }

    private static List<String> implemented(JsonNode implemented) {
        if (implemented == null || implemented.isNull()) {
            return List.of();
        }
        if (!implemented.isArray() || implemented.values().stream().anyMatch(subject -> !subject.isString())) {
            throw malformed("\"implemented\" is not a list of texts");
        }
        return implemented.values().stream().map(JsonNode::stringValue).toList();
    }

    private static CodeWritingException malformed(String why) {
        return new CodeWritingException("The model's answer is not the JSON asked for: " + why + ". Nothing of it was written.");
    }
}
