package dev.truecoding.github;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.PlanReview;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project whose repository is on GitHub when its business plan is approved: the repository takes the plan's
 * name through GitHub's rename ({@code PATCH /repos/{owner}/{repo}}) while GitHub is connected, and is left alone
 * when it is not, or when the person keeps their name.
 */
class RepositoryRenameOnApprovalTests extends GitHubTestSupport {

    @Autowired
    GitHubConnections connections;

    @Autowired
    GitHosts hosts;

    @Autowired
    ProjectService projects;

    @Autowired
    PlanReview review;

    @Autowired
    AccountService accounts;

    @Autowired
    JsonMapper json;

    SignedInUser person;
    String login;

    @BeforeEach
    void connect() {
        String userId = newUser();
        person = accounts.findById(userId).orElseThrow();
        login = "dev" + UUID.randomUUID().toString().substring(0, 8);
        String token = "github_pat_" + UUID.randomUUID().toString().replace("-", "");
        github.addToken(token, login, "repo", "workflow");
        connections.connectWithToken(userId, token);
    }

    /** A project named "Family recipes" with its repository on GitHub, and a business plan naming it "Recipe Tin". */
    private Project projectWithRepository() throws Exception {
        Project project = projects.create(person.id(), "Family recipes");
        ObjectNode plan;
        try (InputStream in = getClass().getResourceAsStream("/plans/full-business-plan.json")) {
            plan = (ObjectNode) json.readTree(in);
        }
        plan.put("name", "Recipe Tin");
        review.putBusinessPlan(person.id(), project.id(), plan);
        GitHost host = hosts.byId("github");
        RepositoryRef repository = host.createRepository(person, project.name());
        projects.recordRepository(person.id(), project.id(), host.id(), repository.owner(), repository.name(), host.projectUrl(repository));
        assertThat(repository.name()).isEqualTo("Family-recipes");
        return project;
    }

    private long renames(String repo) {
        return github.requests().stream()
                .filter(request -> request.method().equals("PATCH") && request.path().equals("/repos/" + login + "/" + repo))
                .count();
    }

    @Test
    void approvingTheBusinessPlanRenamesTheGitHubRepository() throws Exception {
        Project project = projectWithRepository();

        Project approved = review.approveBusinessPlan(person.id(), project.id(), false);

        assertThat(approved.name()).isEqualTo("Recipe Tin");
        assertThat(renames("Family-recipes")).isEqualTo(1);
        assertThat(github.repo(login, "Recipe-Tin")).hasValueSatisfying(repo -> assertThat(repo.name()).isEqualTo("Recipe-Tin"));
        Project stored = projects.get(person.id(), project.id());
        assertThat(stored.githubRepoName()).isEqualTo("Recipe-Tin");
        assertThat(stored.githubRepoUrl()).endsWith("/" + login + "/Recipe-Tin");
    }

    @Test
    void keepingTheNameKeepsTheRepositoryAsItIs() throws Exception {
        Project project = projectWithRepository();

        Project approved = review.approveBusinessPlan(person.id(), project.id(), true);

        assertThat(approved.name()).isEqualTo("Family recipes");
        assertThat(renames("Family-recipes")).isZero();
        assertThat(projects.get(person.id(), project.id()).githubRepoName()).isEqualTo("Family-recipes");
    }

    @Test
    void withGitHubDisconnectedTheApprovalGoesAheadAndTheRepositoryIsLeftAlone() throws Exception {
        Project project = projectWithRepository();
        connections.disconnect(person.id());

        Project approved = review.approveBusinessPlan(person.id(), project.id(), false);

        assertThat(approved.name()).isEqualTo("Recipe Tin");
        assertThat(renames("Family-recipes")).isZero();
        assertThat(github.repo(login, "Family-recipes")).isPresent();
        assertThat(projects.get(person.id(), project.id()).githubRepoName()).isEqualTo("Family-recipes");
    }
}
