package dev.truecoding.generation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityNamesTest {

    @Test
    void derivesEveryNameFromThePlanName() {
        EntityNames names = EntityNames.of("Order Item", 0);

        assertThat(names).isEqualTo(new EntityNames("Order Item", "Order Items", "OrderItem", "orderItem",
                "orderItems", "order_items", "order-items", "order-item"));
    }

    @Test
    void pagesShowNamesWrittenAsIdentifiersAsWords() {
        EntityNames names = EntityNames.of("RepairJob", 0);

        assertThat(names.label()).as("kept for comments and the coverage report").isEqualTo("RepairJob");
        assertThat(names.title()).isEqualTo("Repair job");
        assertThat(names.labelPlural()).isEqualTo("Repair jobs");
        assertThat(Naming.humanLabel("dueDate")).isEqualTo("Due date");
        assertThat(Naming.humanLabel("created_at")).isEqualTo("Created at");
        assertThat(Naming.humanLabel("APIKey")).isEqualTo("API key");
        assertThat(Naming.humanLabel("email")).isEqualTo("Email");
        assertThat(Naming.humanLabel("address2")).isEqualTo("Address2");
        assertThat(Naming.humanLabel("Nom du café")).isEqualTo("Nom du café");
        assertThat(Naming.humanLabel("名称")).isEqualTo("名称");
    }

    @Test
    void keepsTheLabelButMakesAccentsAndSpacesSafe() {
        EntityNames names = EntityNames.of("Sélection de café", 0);

        assertThat(names.label()).isEqualTo("Sélection de café");
        assertThat(names.type()).isEqualTo("SelectionDeCafe");
        assertThat(names.table()).isEqualTo("selection_de_cafes");
        assertThat(names.route()).isEqualTo("selection-de-cafes");
    }

    @Test
    void renamesTypeScriptReservedWordsWithAVisibleSuffix() {
        EntityNames names = EntityNames.of("class", 0);

        assertThat(names.type()).isEqualTo("ClassRecord");
        assertThat(names.variable()).isEqualTo("classRecord");
        assertThat(names.table()).isEqualTo("classes");
    }

    @Test
    void pluralTablesAvoidPostgresReservedWordsLikeOrderAndUser() {
        assertThat(EntityNames.of("Order", 0).table()).isEqualTo("orders");
        assertThat(EntityNames.of("User", 0).table()).isEqualTo("users");
        assertThat(ReservedWords.POSTGRESQL.safe("user")).isEqualTo("user_records");
        assertThat(ReservedWords.ROUTE.safe("api")).isEqualTo("api-records");
    }

    @Test
    void prefixesALeadingDigit() {
        EntityNames names = EntityNames.of("3D Model", 0);

        assertThat(names.type()).isEqualTo("N3dModel");
        assertThat(names.route()).isEqualTo("n3d-models");
    }

    @Test
    void givesTextWithoutLatinLettersAStableName() {
        EntityNames first = EntityNames.of("订单", 0);

        assertThat(first.type()).matches("Item[0-9a-f]{8}");
        assertThat(EntityNames.of("订单", 0)).isEqualTo(first);
        assertThat(EntityNames.of("客户", 0).type()).isNotEqualTo(first.type());
    }

    @Test
    void aSuffixTellsApartNamesThatNormalizeAlike() {
        EntityNames second = EntityNames.of("order", 2);

        assertThat(second.type()).isEqualTo("Order2");
        assertThat(second.table()).isEqualTo("orders_2");
        assertThat(second.identifiers()).doesNotContainAnyElementsOf(EntityNames.of("Order", 0).identifiers());
    }

    @Test
    void cutsLongSqlIdentifiersToPostgresLimitAndKeepsThemUnique() {
        String longName = "a".repeat(80);

        assertThat(Naming.sqlIdentifier(longName)).hasSize(63);
        assertThat(Naming.sqlIdentifier(longName)).isNotEqualTo(Naming.sqlIdentifier("a".repeat(79) + "b"));
    }
}
