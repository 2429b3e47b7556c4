package dev.truecoding.generation.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.project.Project;
import dev.truecoding.system.ConflictException;
import org.springframework.stereotype.Component;

import java.util.List;

/** The git hosts True Coding knows, and which one a project's next generation uses. */
@Component
public class GitHosts {

    private final List<GitHost> hosts;

    GitHosts(List<GitHost> hosts) {
        this.hosts = hosts;
    }

    public List<GitHost> all() {
        return hosts;
    }

    GitHost byId(String id) {
        return hosts.stream().filter(host -> host.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No git host '" + id + "' is configured"));
    }

    /**
     * The host asked for, when the person can use it; without a request, the host the project's repository is
     * on, else GitHub when connected, else the built-in host.
     */
    public GitHost choose(SignedInUser person, Project project, String requested) {
        if (requested != null && !requested.isBlank()) {
            GitHost host = byId(requested);
            if (!host.availableTo(person)) {
                throw new ConflictException(host.displayName() + " is not connected. Connect it in Settings "
                        + "(/settings/" + host.id() + "), or generate on the built-in host.");
            }
            return host;
        }
        if (project.gitHost() != null) {
            GitHost current = byId(project.gitHost());
            if (current.availableTo(person)) {
                return current;
            }
        }
        return hosts.stream().filter(host -> !host.id().equals(GitHost.BUILT_IN)).filter(host -> host.availableTo(person))
                .findFirst().orElseGet(() -> byId(GitHost.BUILT_IN));
    }
}
