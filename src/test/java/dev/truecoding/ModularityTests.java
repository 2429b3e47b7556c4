package dev.truecoding;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.truecoding.project.PlanApproved;
import dev.truecoding.run.RunEnded;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feature packages talk only through each other's public API (top-level package), and through application
 * events where the module that acts must not be known by the one where it happens: the run kernel publishes
 * {@link RunEnded} and the project's status follows it; projects publish {@link PlanApproved} and the chats of
 * the phases it ends are completed; plan versions are kept from both.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TrueCodingApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theEndOfARunReachesItsProjectAsAnEvent() {
        assertThat(modules.getModuleByName("project").orElseThrow().getEventsListenedTo(modules))
                .extracting(JavaClass::getName).contains(RunEnded.class.getName());
    }

    @Test
    void anApprovedPlanReachesTheConversationsAsAnEvent() {
        assertThat(modules.getModuleByName("conversation").orElseThrow().getEventsListenedTo(modules))
                .extracting(JavaClass::getName).contains(PlanApproved.class.getName());
    }

    @Test
    void planVersionsFollowApprovalsAndRunsAsEvents() {
        assertThat(modules.getModuleByName("version").orElseThrow().getEventsListenedTo(modules))
                .extracting(JavaClass::getName).contains(PlanApproved.class.getName(), RunEnded.class.getName());
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
