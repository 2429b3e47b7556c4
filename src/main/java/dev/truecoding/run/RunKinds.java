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
        RunKind<?> kind = byType().get(type);
        if (kind == null) {
            throw new IllegalStateException("no run kind registered for " + type);
        }
        return kind;
    }

    /** The kinds registered (every {@link RunType} in the application; fewer where a module runs alone). */
    Iterable<RunKind<?>> all() {
        return byType().values();
    }

    private Map<RunType, RunKind<?>> byType() {
        Map<RunType, RunKind<?>> kinds = byType;
        if (kinds == null) {
            kinds = new EnumMap<>(RunType.class);
            for (RunKind<?> kind : provider) {
                kinds.put(kind.descriptor().type(), kind);
            }
            byType = kinds;
        }
        return kinds;
    }

    static <S extends Enum<S> & RunStage> S stage(RunKind<S> kind, String wireName) {
        return Arrays.stream(kind.descriptor().stages().getEnumConstants()).filter(stage -> stage.wireName().equals(wireName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown " + kind.descriptor().type() + " stage: " + wireName));
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
