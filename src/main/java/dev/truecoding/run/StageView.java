package dev.truecoding.run;

import java.util.Arrays;
import java.util.List;

/**
 * A stage as a page draws it ({@code fragments/runStages}): how far its bar is filled and whether it is
 * {@code done}, {@code current}, {@code failed} or {@code upcoming}.
 *
 * @param label    the stage's English label
 * @param labelKey the page bundle's key for the label in the reader's language: {@code stage.<kind>.<id>}, the
 *                 kind from the stage enum's name ({@code ChangeStage} → {@code change}), since two kinds of run
 *                 may name a stage alike and call it differently ("deploying")
 */
public record StageView(String id, String label, String labelKey, int from, int to, int percent, String state) {

    /** Where a run is, as far as drawing it goes. */
    public enum RunState { NONE, ACTIVE, SUCCEEDED, FAILED }

    /**
     * The drawn stages of a run that reached {@code current} (a drawn stage) at {@code progress}; every stage
     * upcoming when there is no run.
     */
    public static <S extends Enum<S> & RunStage> List<StageView> of(Class<S> stages, S current, int progress, RunState state) {
        return Arrays.stream(stages.getEnumConstants()).filter(RunStage::drawn).map(stage -> {
            String drawn;
            int percent;
            if (state == RunState.NONE) {
                drawn = "upcoming";
                percent = 0;
            } else if (state == RunState.SUCCEEDED || stage.ordinal() < current.ordinal()) {
                drawn = "done";
                percent = 100;
            } else if (stage == current) {
                drawn = state == RunState.FAILED ? "failed" : "current";
                percent = (int) Math.round(100.0 * (progress - stage.from()) / Math.max(1, stage.to() - stage.from()));
            } else {
                drawn = "upcoming";
                percent = 0;
            }
            return new StageView(stage.wireName(), stage.label(), labelKey(stages, stage.wireName()), stage.from(), stage.to(),
                    Math.max(0, Math.min(100, percent)), drawn);
        }).toList();
    }

    private static String labelKey(Class<?> stages, String wireName) {
        String kind = stages.getSimpleName().replaceFirst("Stage$", "");
        return "stage." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "." + wireName;
    }
}
