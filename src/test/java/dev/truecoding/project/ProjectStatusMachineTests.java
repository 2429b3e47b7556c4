package dev.truecoding.project;

import dev.truecoding.support.ApplicationTest;
import dev.truecoding.system.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The status machine through the service and the database: refused moves change nothing. */
class ProjectStatusMachineTests extends ApplicationTest {

    @Autowired
    ProjectService projects;

    @Test
    void walksThePhasesFailsRemembersThePhaseAndRetries() throws Exception {
        String userId = userId();
        String id = projects.create(userId, "Walk").id();

        projects.moveTo(userId, id, ProjectStatus.PLANNING);
        projects.moveTo(userId, id, ProjectStatus.CONNECTING);
        projects.moveTo(userId, id, ProjectStatus.GENERATING);
        Project failed = projects.moveTo(userId, id, ProjectStatus.FAILED);
        assertThat(failed.status()).isEqualTo(ProjectStatus.FAILED);
        assertThat(failed.failedPhase()).isEqualTo(ProjectStatus.GENERATING);

        assertThatThrownBy(() -> projects.moveTo(userId, id, ProjectStatus.DEPLOYING))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("failed during Generating");

        Project retried = projects.moveTo(userId, id, ProjectStatus.GENERATING);
        assertThat(retried.status()).isEqualTo(ProjectStatus.GENERATING);
        assertThat(retried.failedPhase()).isNull();
        projects.moveTo(userId, id, ProjectStatus.DEPLOYING);
        projects.moveTo(userId, id, ProjectStatus.LIVE);
        assertThat(projects.moveTo(userId, id, ProjectStatus.GENERATING).status()).isEqualTo(ProjectStatus.GENERATING);
    }

    @Test
    void anIllegalMoveIsAConflictAndChangesNothing() throws Exception {
        String userId = userId();
        Project project = projects.create(userId, "Skip ahead");

        assertThatThrownBy(() -> projects.moveTo(userId, project.id(), ProjectStatus.LIVE))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Project 'Skip ahead' is in Discovery and cannot move to Live.");

        Project unchanged = projects.get(userId, project.id());
        assertThat(unchanged.status()).isEqualTo(ProjectStatus.IDEATION);
        assertThat(unchanged.updatedAt()).isEqualTo(project.updatedAt());
    }

    private String userId() throws Exception {
        ApiUser user = signUp();
        return body(mvc.perform(get("/api/me").header("Authorization", user.bearer())).andReturn()).get("id").asString();
    }
}
