package dev.truecoding.project;

import dev.truecoding.account.HandleChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person who changes their handle sees it in their projects' clone addresses at once: the built-in host's stored
 * owner and address are rewritten in the transaction that changed the handle. Clones made with the old address
 * keep working (the old handle stays theirs); GitHub repositories are the GitHub account's and are left alone.
 */
@Component
class ProjectAddressesFollowHandle {

    private final JdbcClient jdbc;

    ProjectAddressesFollowHandle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(HandleChanged changed) {
        // The id as old owner too: projects from before people had handles that V18 could not rewrite.
        for (String old : changed.oldHandle() == null ? new String[]{changed.userId()} : new String[]{changed.oldHandle(), changed.userId()}) {
            jdbc.sql("""
                    UPDATE projects
                    SET github_repo_owner = ?, github_repo_url = REPLACE(github_repo_url, ?, ?)
                    WHERE user_id = ? AND git_host = 'builtin' AND github_repo_owner = ?""")
                    .params(changed.newHandle(), "/git/" + old + "/", "/git/" + changed.newHandle() + "/", changed.userId(), old)
                    .update();
        }
    }
}
