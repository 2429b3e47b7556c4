package dev.truecoding.run;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The kinds features registered, found by type when first needed (features depend on the kernel, not back). */
@Component
class RunKinds {

    private final ObjectProvider<RunKind<?>> provider;
    private volatile Map<RunType, RunKind<?>> byType;

    RunKinds(ObjectProvider<RunKind<?>> provider) {
        this.provider = provider;
    }

    RunKind<?> get(RunType type) {
        Map<RunType, RunKind<?>> kinds = byType;
        if (kinds == null) {
            kinds = new EnumMap<>(RunType.class);
            for (RunKind<?> kind : provider) {
                kinds.put(kind.type(), kind);
            }
            byType = kinds;
        }
        RunKind<?> kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalStateException("no run kind registered for " + type);
        }
        return kind;
    }

    Iterable<RunKind<?>> all() {
        return Arrays.stream(RunType.values()).<RunKind<?>>map(this::get).toList();
    }

    static <S extends Enum<S> & RunStage> S stage(RunKind<S> kind, String wireName) {
        return Arrays.stream(kind.stages().getEnumConstants()).filter(stage -> stage.wireName().equals(wireName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown " + kind.type() + " stage: " + wireName));
    }

    /** Whether nothing comes after this event: a failure, or progress at a stage that ends the run. */
    static boolean isLast(RunKind<?> kind, RunEvent event) {
        return switch (event.kind()) {
            case RunEvent.FAILED -> true;
            case RunEvent.PROGRESS -> anyStage(kind, event.progress().stage()).ends();
            default -> false;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RunStage anyStage(RunKind<?> kind, String wireName) {
        return (RunStage) stage((RunKind) kind, wireName);
    }
}
