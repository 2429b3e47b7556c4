package dev.truecoding.git;

import org.springframework.stereotype.Component;

import java.util.List;

/** Every git host True Coding knows (the built-in host, and GitHub), found by the id a project stores. */
@Component
public class GitHosts {

    private final List<GitHost> hosts;

    GitHosts(List<GitHost> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    public List<GitHost> all() {
        return hosts;
    }

    /** @throws IllegalStateException when no host has this id (a project stored by a build that had it) */
    public GitHost byId(String id) {
        return hosts.stream().filter(host -> host.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No git host '" + id + "' is configured"));
    }
}
