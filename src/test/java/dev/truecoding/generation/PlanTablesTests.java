package dev.truecoding.generation;

import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's tables and columns named as the generated app's migrations name them, known by the plan's names. */
class PlanTablesTests {

    @Test
    void tablesColumnsKeysAndLinkTablesAreNamedAsTheGeneratorNamesThem() {
        TechnicalPlan plan = new TechnicalPlan(null, List.of(), new TechnicalPlan.DataModel(List.of(
                new Entity("Repair Job", "jobs", List.of(
                        new Field("due date", "date", true, null, null, null),
                        new Field("order", "int", false, null, "0", null),
                        new Field("status", "enum: open|done", true, null, "open", null))),
                new Entity("Tag", "tags", List.of(new Field("label", "string", true, true, null, null))),
                new Entity("Customer", "people", List.of())),
                List.of(new Relationship("Repair Job", "Tag", RelationshipType.MANY_TO_MANY, null),
                        new Relationship("Customer", "Repair Job", RelationshipType.ONE_TO_MANY, null))),
                List.of(), List.of(), List.of(), List.of(), null, null);

        PlanTables tables = PlanTables.of(plan);

        PlanTables.Table jobs = tables.table("Repair Job").orElseThrow();
        assertThat(jobs.table()).isEqualTo("repair_jobs");
        assertThat(jobs.column("due date").orElseThrow().column()).isEqualTo("due_date");
        assertThat(jobs.column("order").orElseThrow().column()).isNotEqualTo("order");
        assertThat(jobs.column("order").orElseThrow().sqlDefault()).isEqualTo("0");
        assertThat(jobs.column("status").orElseThrow().enumValues()).containsExactly("open", "done");
        assertThat(jobs.column("status").orElseThrow().notNull()).isTrue();
        assertThat(jobs.keys()).containsExactly(new PlanTables.KeyColumn("Customer", "customer_id"));
        assertThat(tables.linkTables()).containsExactly(
                new PlanTables.LinkTable("Repair Job", "Tag", "repair_jobs_tags", "repair_job_id", "tag_id"));
    }
}
