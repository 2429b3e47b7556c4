package dev.truecoding.generation.run;

import dev.truecoding.account.AccountService;
import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.git.RepositoryRef;
import dev.truecoding.project.PlanApproved;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Approving the business plan names the project after the plan's product (unless the person kept their name);
 * a repository the project already has takes the same name. Usually there is none yet: the repository is created
 * at the first generation, from the project's name, so it is born with the plan's name. On the built-in host the
 * old name stays an alias; GitHub redirects the old addresses itself. A GitHub repository is renamed only while
 * GitHub is connected (without a token there is nothing to rename it with); otherwise, and when the host refuses,
 * the approval goes ahead with the repository as it was. The live app's address is not touched: a URL people
 * have shared does not change under them.
 */
@Component
class RepositoryFollowsPlanName {

    private static final Logger log = LoggerFactory.getLogger(RepositoryFollowsPlanName.class);

    private final ProjectService projects;
    private final GitHosts hosts;
    private final AccountService accounts;

    RepositoryFollowsPlanName(ProjectService projects, GitHosts hosts, AccountService accounts) {
        this.projects = projects;
        this.hosts = hosts;
        this.accounts = accounts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PlanApproved approved) {
        if (approved.plan() != PlanApproved.Plan.BUSINESS) {
            return;
        }
        Project project = projects.get(approved.userId(), approved.projectId());
        if (project.gitHost() == null || project.githubRepoName() == null) {
            return;
        }
        GitHost host = hosts.byId(project.gitHost());
        SignedInUser person = accounts.findById(approved.userId()).orElse(null);
        if (person == null || !host.availableTo(person)) {
            log.info("Project {}: {} is not connected; its repository {} keeps its name", project.id(), host.displayName(),
                    project.githubRepoName());
            return;
        }
        var current = new RepositoryRef(project.githubRepoOwner(), project.githubRepoName(), project.githubRepoUrl(),
                project.githubRepoUrl());
        RepositoryRef renamed;
        try {
            renamed = host.renameRepository(person, current, project.name());
        } catch (RuntimeException refused) {
            log.warn("Project {}: {} did not rename the repository {}: {}", project.id(), host.displayName(),
                    project.githubRepoName(), refused.getMessage());
            return;
        }
        if (!renamed.name().equals(current.name()) || !renamed.owner().equals(current.owner())) {
            projects.recordRepository(person.id(), project.id(), host.id(), renamed.owner(), renamed.name(), host.projectUrl(renamed));
        }
    }
}
