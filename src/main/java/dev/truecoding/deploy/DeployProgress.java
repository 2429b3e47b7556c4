package dev.truecoding.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The seed's {@code DeployProgress}: {@code stage} is one of {@code importing, building, deploying, ready,
 * error}; {@code url} is the production URL once the app is live.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeployProgress(String stage, String message, String url) {

    public static final String IMPORTING = "importing";
    public static final String BUILDING = "building";
    public static final String DEPLOYING = "deploying";
    public static final String READY = "ready";
    public static final String ERROR = "error";

    public static final List<String> STAGES = List.of(IMPORTING, BUILDING, DEPLOYING, READY);

    public boolean isFinal() {
        return stage.equals(READY) || stage.equals(ERROR);
    }
}
