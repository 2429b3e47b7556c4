package dev.truecoding.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * The output of Planning, field for field the seed's {@code TechnicalPlan} TypeScript type, stored in
 * {@code projects.technical_plan}. Optional fields of the seed are omitted from JSON when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TechnicalPlan(
        Architecture architecture,
        List<StackChoice> stack,
        DataModel dataModel,
        List<APIEndpoint> apiEndpoints,
        List<Page> pages,
        List<Component> components,
        List<FileNode> fileStructure,
        CICDConfig cicd,
        EnvironmentConfig environment) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Architecture(ArchitectureType type, String description, @NotRequired String diagram) {
    }

    public enum ArchitectureType {
        @JsonProperty("monolith") MONOLITH,
        @JsonProperty("microservices") MICROSERVICES,
        @JsonProperty("serverless") SERVERLESS
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StackChoice(StackCategory category, String name, @NotRequired String version, String justification) {
    }

    public enum StackCategory {
        @JsonProperty("frontend") FRONTEND,
        @JsonProperty("backend") BACKEND,
        @JsonProperty("database") DATABASE,
        @JsonProperty("auth") AUTH,
        @JsonProperty("deploy") DEPLOY,
        @JsonProperty("other") OTHER
    }

    public record DataModel(List<Entity> entities, List<Relationship> relationships) {
    }

    public record Entity(String name, String description, List<Field> fields) {
    }

    /** {@code default} is a Java keyword, so the component is {@code defaultValue} with the seed's JSON name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(
            String name,
            String type,
            boolean required,
            @NotRequired Boolean unique,
            @NotRequired @JsonProperty("default") String defaultValue,
            @NotRequired String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relationship(String from, String to, RelationshipType type, @NotRequired String description) {
    }

    public enum RelationshipType {
        @JsonProperty("one-to-one") ONE_TO_ONE,
        @JsonProperty("one-to-many") ONE_TO_MANY,
        @JsonProperty("many-to-many") MANY_TO_MANY
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record APIEndpoint(
            HttpMethod method,
            String path,
            String description,
            @NotRequired SchemaDefinition requestBody,
            @NotRequired SchemaDefinition responseBody,
            boolean authentication) {
    }

    public enum HttpMethod { GET, POST, PUT, PATCH, DELETE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SchemaDefinition(
            String type,
            @NotRequired Map<String, SchemaDefinition> properties,
            @NotRequired SchemaDefinition items,
            @NotRequired List<String> required) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page(String path, String name, String description, List<String> components, @NotRequired DataFetching dataFetching) {
    }

    public enum DataFetching { SSR, SSG, CSR, ISR }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String name, String description, @NotRequired Map<String, String> props, @NotRequired Boolean children) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileNode(
            String path,
            FileNodeType type,
            @NotRequired String description,
            @NotRequired String template,
            @NotRequired List<FileNode> children) {
    }

    public enum FileNodeType {
        @JsonProperty("file") FILE,
        @JsonProperty("directory") DIRECTORY
    }

    public record CICDConfig(CICDProvider provider, List<String> triggers, List<CICDJob> jobs) {
    }

    public enum CICDProvider {
        @JsonProperty("github-actions") GITHUB_ACTIONS,
        @JsonProperty("gitlab-ci") GITLAB_CI,
        @JsonProperty("circleci") CIRCLECI
    }

    public record CICDJob(String name, List<String> steps) {
    }

    public record EnvironmentConfig(List<EnvVariable> variables) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnvVariable(String name, String description, boolean required, boolean secret, @NotRequired String example) {
    }
}
