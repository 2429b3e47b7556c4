package dev.truecoding.generation;

import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample plans under src/test/resources/generation/plans. */
final class SamplePlans {

    /**
     * small, many-to-many + one-to-one, reserved and non-ASCII names, 20 entities + self-reference, every field
     * type, minimal, and recipes (sign-in with a person entity, cascade, nested and state-transition endpoints,
     * components by role, a business plan written in the first person).
     */
    static final List<String> ALL = List.of("small", "relations", "reserved", "twenty", "all-types", "minimal", "recipes");

    private SamplePlans() {
    }

    static TechnicalPlan technical(String name) {
        return PlanReader.technical(read(name + ".json"));
    }

    static BusinessPlan business(String name) {
        return switch (name) {
            case "small" -> PlanReader.business(read("small-business.json"));
            case "recipes" -> PlanReader.business(read("recipes-business.json"));
            case "receitas" -> PlanReader.business(read("receitas-business.json"));
            default -> null;
        };
    }

    static GeneratedApp generate(AppGenerator generator, String name) {
        return generator.generate(technical(name), business(name));
    }

    /** A classpath resource as text ("/generation/nextjs/src/lib/words/en.ts"). */
    static String resource(String path) {
        try (InputStream in = SamplePlans.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String file) {
        try (InputStream in = SamplePlans.class.getResourceAsStream("/generation/plans/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
