package dev.truecoding.generation.run;

import dev.truecoding.account.SignedInUser;
import dev.truecoding.git.GitHost;
import dev.truecoding.git.GitHosts;
import dev.truecoding.project.Project;
import dev.truecoding.system.ConflictException;
import org.springframework.stereotype.Component;

/** Which git host a project's next generation uses. */
@Component
public class HostChooser {

    private final GitHosts hosts;

    HostChooser(GitHosts hosts) {
        this.hosts = hosts;
    }

    /**
     * The host asked for, when the person can use it; without a request, the host the project's repository is
     * on, else GitHub when connected, else the built-in host.
     */
    public GitHost choose(SignedInUser person, Project project, String requested) {
        if (requested != null && !requested.isBlank()) {
            GitHost host = hosts.byId(requested);
            if (!host.availableTo(person)) {
                throw new ConflictException(host.displayName() + " is not connected. Connect it in Settings "
                        + "(/settings/" + host.id() + "), or generate on the built-in host.");
            }
            return host;
        }
        if (project.gitHost() != null) {
            GitHost current = hosts.byId(project.gitHost());
            if (current.availableTo(person)) {
                return current;
            }
        }
        return hosts.all().stream().filter(host -> !host.id().equals(GitHost.BUILT_IN)).filter(host -> host.availableTo(person))
                .findFirst().orElseGet(() -> hosts.byId(GitHost.BUILT_IN));
    }
}
