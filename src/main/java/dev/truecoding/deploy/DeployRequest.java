package dev.truecoding.deploy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The seed's {@code DeployRequest}, plus the deployer to use ({@code builtin} or {@code vercel}; without it,
 * Vercel when the repository is on GitHub and Vercel is connected, else the built-in deployer) and, for Vercel,
 * values for the plan's secret environment variables: sent to Vercel as sensitive variables, kept by True Coding
 * only encrypted until the deployment has passed them on, and never shown again.
 *
 * @param changeId the change whose run this deployment is a stage of (then the project's status follows the
 *                 change, not this deployment); null for a deployment of its own. Not taken from API requests.
 * @param commitSha the commit to deploy: a change deploys the commit its run validated, never a head someone pushed
 *                  since; null for the repository's head. Not taken from API requests.
 * @param preview   true for a preview: the built-in deployer serves it at its own address on a copy of the live
 *                  data while production serves on; null or false for production
 */
public record DeployRequest(
        @NotBlank @Size(max = 100) String projectId,
        @Pattern(regexp = "builtin|vercel", message = "must be builtin or vercel") String target,
        @Size(max = 50) Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]{0,99}", message = "is not a variable name") String,
                @Size(max = 8192) String> environment,
        @Null String changeId,
        @Null String commitSha,
        Boolean preview) {

    public DeployRequest(String projectId, String target) {
        this(projectId, target, null, null, null, null);
    }

    public DeployRequest(String projectId, String target, Map<String, String> environment, String changeId,
                         String commitSha) {
        this(projectId, target, environment, changeId, commitSha, null);
    }

    public boolean asPreview() {
        return Boolean.TRUE.equals(preview);
    }

    public DeployRequest(String projectId, String target, Map<String, String> environment, String changeId) {
        this(projectId, target, environment, changeId, null, null);
    }

    public DeployRequest(String projectId, String target, Map<String, String> environment) {
        this(projectId, target, environment, null, null, null);
    }

    public Map<String, String> environmentOrEmpty() {
        return environment == null ? Map.of() : environment;
    }
}
