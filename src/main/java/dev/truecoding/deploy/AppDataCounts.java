package dev.truecoding.deploy;

import dev.truecoding.deploy.run.DeploymentRecords;
import dev.truecoding.deploy.run.VercelAppTokens;
import dev.truecoding.project.Project;
import dev.truecoding.project.ProjectService;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts what the live app's database holds, for a change's data effects ("drops Member.phone: 11 values in 11
 * rows"), through the app's own counting route and token: on the built-in deployer straight to the app's process
 * on loopback (the proxy refuses that route from outside), on Vercel at the production URL. Table and column
 * names are the SQL names, checked before anything is sent.
 */
@Service
public class AppDataCounts {

    private final ProjectService projects;
    private final BuiltInDeployer deployer;
    private final DeploymentRecords records;
    private final VercelAppTokens vercelTokens;

    AppDataCounts(ProjectService projects, BuiltInDeployer deployer, DeploymentRecords records,
                  VercelAppTokens vercelTokens) {
        this.projects = projects;
        this.deployer = deployer;
        this.records = records;
        this.vercelTokens = vercelTokens;
    }

    /**
     * The table's rows; empty when the live app's database has no such table.
     *
     * @throws Unavailable              when there is no live app or it cannot be asked
     * @throws IllegalArgumentException when the name is not a SQL name the app accepts
     */
    public OptionalLong rows(String userId, String projectId, String table) {
        CountsClient.checkName("table", table);
        return count(userId, projectId, table, null).map(count -> OptionalLong.of(count.rows()))
                .orElse(OptionalLong.empty());
    }

    /**
     * The column's non-null values; empty when the live app's database has no such table or column.
     *
     * @throws Unavailable              when there is no live app or it cannot be asked
     * @throws IllegalArgumentException when a name is not a SQL name the app accepts
     */
    public OptionalLong nonNullValues(String userId, String projectId, String table, String column) {
        CountsClient.checkName("table", table);
        CountsClient.checkName("column", column);
        return count(userId, projectId, table, column).map(CountsClient.Count::values).orElse(OptionalLong.empty());
    }

    private Optional<CountsClient.Count> count(String userId, String projectId, String table, String column) {
        Project project = projects.get(userId, projectId);
        Optional<LiveApp> builtIn = deployer.live(projectId);
        if (builtIn.isPresent()) {
            String token = deployer.appToken(projectId).orElseThrow(() -> new Unavailable(
                    "the live app was started without a token for True Coding; deploy it again first"));
            return CountsClient.count("http://127.0.0.1:" + builtIn.get().port() + "/", token, table, column);
        }
        if (records.liveOnProvider(projectId, DeploymentService.VERCEL).isPresent() && project.productionUrl() != null) {
            String token = vercelTokens.find(projectId).orElseThrow(() -> new Unavailable(
                    "the app on Vercel was deployed without a token for True Coding; deploy it again first"));
            String url = project.productionUrl();
            return CountsClient.count(url.endsWith("/") ? url : url + "/", token, table, column);
        }
        throw new Unavailable("the app has no live deployment yet");
    }

    /** The live app's data cannot be counted now; the message says why, for people. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
