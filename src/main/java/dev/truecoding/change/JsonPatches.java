package dev.truecoding.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.EnumSet;

/**
 * RFC 6902 patches between two versions of a plan's JSON, computed by zjsonpatch. True Coding speaks Jackson 3 and
 * zjsonpatch Jackson 2, so documents cross as JSON text: written the way the plans are stored, read back the same.
 * Removals carry no value and nothing is a copy (both are what RFC 6902 readers expect to see).
 */
final class JsonPatches {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper PATCH_SIDE = new ObjectMapper();
    private static final EnumSet<DiffFlags> FLAGS = EnumSet.of(DiffFlags.OMIT_VALUE_ON_REMOVE, DiffFlags.OMIT_COPY_OPERATION);

    private JsonPatches() {
    }

    /** The operations that turn {@code before} into {@code after}; either may be null (no document). */
    static JsonNode between(Object before, Object after) {
        try {
            var source = PATCH_SIDE.readTree(JSON.writeValueAsString(before));
            var target = PATCH_SIDE.readTree(JSON.writeValueAsString(after));
            return JSON.readTree(PATCH_SIDE.writeValueAsString(JsonDiff.asJson(source, target, FLAGS)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan could not be read back as JSON", e);
        }
    }
}
