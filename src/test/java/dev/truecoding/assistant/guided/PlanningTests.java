package dev.truecoding.assistant.guided;

import dev.truecoding.assistant.AssistantReply;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.BusinessPlan.Complexity;
import dev.truecoding.plan.BusinessPlan.Feature;
import dev.truecoding.plan.BusinessPlan.Priority;
import dev.truecoding.plan.BusinessPlan.TargetAudience;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.Entity;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Field;
import dev.truecoding.plan.TechnicalPlan.Relationship;
import dev.truecoding.plan.TechnicalPlan.RelationshipType;
import dev.truecoding.plan.TechnicalPlan.StackCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.truecoding.assistant.guided.PlanConsistency.assertConsistent;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningTests {

    static BusinessPlan minimalPlan() {
        return new BusinessPlan("Thing", "A thing.", "A thing.", "Things are hard.",
                new TargetAudience("People", null, List.of("Hard")),
                List.of(new Feature("f1", "Dark mode", "Dark mode.", Priority.MUST_HAVE, Complexity.LOW)),
                List.of(), null, null, List.of());
    }

    static TechnicalPlan derivedRecipePlan() {
        return Chat.planning(DiscoveryInterviewTests.fullPlan()).send("hi").technicalPlan();
    }

    private static Entity entity(TechnicalPlan plan, String name) {
        return plan.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(TechnicalPlan plan, String entity) {
        return entity(plan, entity).fields().stream().map(Field::name).toList();
    }

    @Test
    void theFirstMessageDerivesAPlanFromARichBusinessPlan() {
        AssistantReply reply = Chat.planning(DiscoveryInterviewTests.fullPlan()).send("let's go");

        assertThat(reply.planReady()).isTrue();
        assertThat(reply.businessPlan()).isNull();
        TechnicalPlan plan = reply.technicalPlan();
        assertConsistent(plan);
        assertThat(plan.architecture().type()).isEqualTo(TechnicalPlan.ArchitectureType.MONOLITH);
        assertThat(plan.stack()).extracting(s -> s.name())
                .contains("Next.js", "TypeScript", "PostgreSQL", "Drizzle ORM", "PGlite", "zod", "Vitest", "Vercel", "GitHub Actions");
        assertThat(plan.stack()).extracting(s -> s.category()).contains(StackCategory.FRONTEND, StackCategory.BACKEND,
                StackCategory.DATABASE, StackCategory.DEPLOY, StackCategory.OTHER);
        assertThat(plan.dataModel().entities()).extracting(Entity::name)
                .containsExactly("Recipe", "Photo", "MealPlan", "ShoppingList", "Payment");
        assertThat(fieldNames(plan, "Recipe")).startsWith("title").contains("servings");
        assertThat(plan.dataModel().relationships()).contains(
                new Relationship("Recipe", "Photo", RelationshipType.ONE_TO_MANY, "A Recipe has many Photos"));
        assertThat(plan.environment().variables()).extracting(EnvVariable::name)
                .containsExactly("DATABASE_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET",
                        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "AI_API_KEY", "BLOB_READ_WRITE_TOKEN");
        assertThat(plan.environment().variables().getFirst().example()).startsWith("postgresql://");
        assertThat(reply.text()).contains("Here is a technical plan for **RecipeHub**", "entity Recipe {",
                "relate Recipe one-to-many Photo", "25 API endpoints", "add field Recipe.rating: int");
    }

    @Test
    void aMinimalBusinessPlanStillGetsOneEntity() {
        TechnicalPlan plan = Chat.planning(minimalPlan()).send("?").technicalPlan();

        assertConsistent(plan);
        assertThat(plan.dataModel().entities()).extracting(Entity::name).containsExactly("Item");
        assertThat(plan.dataModel().relationships()).isEmpty();
        assertThat(plan.environment().variables()).extracting(EnvVariable::name).containsExactly("DATABASE_URL");
    }

    @Test
    void unknownPluralNounsBecomeEntitiesWithANameField() {
        BusinessPlan plan = new BusinessPlan("Gigs", "t", "d", "p", new TargetAudience("bands", null, List.of()),
                List.of(new Feature("f1", "Setlists", "Keep setlists and venues", Priority.MUST_HAVE, Complexity.LOW)),
                List.of(), null, null, List.of());

        TechnicalPlan technical = Chat.planning(plan).send("go").technicalPlan();

        assertConsistent(technical);
        assertThat(technical.dataModel().entities()).extracting(Entity::name).containsExactly("Setlist", "Venue");
        assertThat(fieldNames(technical, "Venue")).containsExactly("name", "description");
    }

    @Test
    void anEntityDefinitionCreatesOrReplacesAnEntity() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");

        AssistantReply created = chat.send("entity Cookbook { name: string required unique, theme: enum: family|party default family, \"notes, etc\": text }");
        assertThat(created.text()).contains("✗", "not `name: type`");
        assertThat(created.technicalPlan()).isNull();

        created = chat.send("ENTITY cookbook {\n  name: string required unique,\n  theme: enum: family|party default family,\n  notes: text \"Free notes, any length\"\n}.");
        assertThat(created.text()).contains("✓ Added entity **Cookbook**");
        TechnicalPlan plan = created.technicalPlan();
        assertConsistent(plan);
        assertThat(entity(plan, "Cookbook").fields()).containsExactly(
                new Field("name", "string", true, true, null, null),
                new Field("theme", "enum: family|party", false, null, "family", null),
                new Field("notes", "text", false, null, null, "Free notes, any length"));

        AssistantReply replaced = chat.send("entity Recipe { title: string required, status: enum(draft|published) default draft }");
        assertThat(replaced.text()).contains("✓ Replaced entity **Recipe**");
        assertThat(fieldNames(replaced.technicalPlan(), "Recipe")).containsExactly("title", "status");
        assertThat(replaced.technicalPlan().dataModel().relationships()).extracting(Relationship::to).contains("Photo");
        assertConsistent(replaced.technicalPlan());
    }

    @Test
    void fieldsCanBeAddedRemovedAndRenamed() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");

        TechnicalPlan plan = chat.send("add field Recipe.rating: int").technicalPlan();
        assertThat(entity(plan, "Recipe").fields().getLast()).isEqualTo(new Field("rating", "int", false, null, null, null));
        assertThat(plan.apiEndpoints().get(1).requestBody().properties()).containsKey("rating");

        AssistantReply changed = chat.send("Add Field recipe.rating: integer required default 3");
        assertThat(changed.text()).contains("✓ Changed field `rating: int required default 3` of **Recipe**");

        plan = chat.send("remove field Recipe.servings").technicalPlan();
        assertThat(fieldNames(plan, "Recipe")).doesNotContain("servings");

        AssistantReply renamed = chat.send("rename field Recipe.title to name");
        assertThat(fieldNames(renamed.technicalPlan(), "Recipe")).startsWith("name");
        assertThat(renamed.text()).contains("✓ Renamed field **Recipe**.`title` to `name`");
        assertConsistent(renamed.technicalPlan());
    }

    @Test
    void entitiesCanBeRemovedAndRenamedAndRelationshipsFollow() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");

        AssistantReply renamed = chat.send("rename entity Recipe to Dish");
        TechnicalPlan plan = renamed.technicalPlan();
        assertConsistent(plan);
        assertThat(plan.dataModel().relationships()).contains(
                new Relationship("Dish", "Photo", RelationshipType.ONE_TO_MANY, "A Dish has many Photos"));
        assertThat(plan.apiEndpoints()).extracting(e -> e.path()).contains("/api/dishes").doesNotContain("/api/recipes");

        AssistantReply removed = chat.send("remove entity photo");
        assertThat(removed.text()).contains("✓ Removed entity **Photo** and its 1 relationship.");
        assertThat(removed.technicalPlan().dataModel().relationships()).isEmpty();
        assertConsistent(removed.technicalPlan());
    }

    @Test
    void relateStoresManyToOneAsTheSeedsOneToMany() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");
        chat.send("entity Cookbook { name: string required }");

        TechnicalPlan plan = chat.send("relate Recipe many-to-one Cookbook").technicalPlan();
        assertThat(plan.dataModel().relationships()).contains(
                new Relationship("Cookbook", "Recipe", RelationshipType.ONE_TO_MANY, "A Cookbook has many Recipes"));
        assertThat(plan.apiEndpoints().stream().filter(e -> e.path().equals("/api/recipes")).toList().get(1)
                .requestBody().properties()).containsKey("cookbookId");

        plan = chat.send("relate Recipe one-to-one Cookbook").technicalPlan();
        assertThat(plan.dataModel().relationships()).filteredOn(r -> r.to().equals("Cookbook") || r.from().equals("Cookbook"))
                .containsExactly(new Relationship("Recipe", "Cookbook", RelationshipType.ONE_TO_ONE, "A Recipe has one Cookbook"));

        plan = chat.send("relate  shoppinglist   MANY TO MANY  recipe !").technicalPlan();
        assertThat(plan.dataModel().relationships()).contains(new Relationship("ShoppingList", "Recipe",
                RelationshipType.MANY_TO_MANY, "Many ShoppingLists relate to many Recipes"));

        AssistantReply unrelated = chat.send("unrelate Recipe Cookbook");
        assertThat(unrelated.text()).contains("✓ Removed the relationship between **Recipe** and **Cookbook**");
        assertThat(chat.send("unrelate Recipe Cookbook").text()).contains("✗", "are not related");
        assertConsistent(unrelated.technicalPlan());
    }

    @Test
    void namesAndEnumValuesMayHaveSeveralWordsAsPeopleWriteThem() {
        Chat chat = Chat.planning(minimalPlan());
        chat.send("go");

        AssistantReply reply = chat.send("""
                entity Bike { brand: string required, frame number: string unique }
                entity Repair Job { status: enum: received|in  progress|ready for pickup default received, due date: date }
                relate Repair Job many-to-one Bike
                add field repair job.price paid: money required""");

        assertThat(reply.text().lines().filter(l -> l.startsWith("✓"))).hasSize(4);
        TechnicalPlan plan = reply.technicalPlan();
        assertConsistent(plan);
        assertThat(fieldNames(plan, "Bike")).containsExactly("brand", "frameNumber");
        assertThat(entity(plan, "RepairJob").fields()).containsExactly(
                new Field("status", "enum: received|in progress|ready for pickup", false, null, "received", null),
                new Field("dueDate", "date", false, null, null, null),
                new Field("pricePaid", "money", true, null, null, null));
        assertThat(plan.dataModel().relationships()).extracting(Relationship::from, Relationship::to)
                .contains(org.assertj.core.groups.Tuple.tuple("Bike", "RepairJob"));

        plan = chat.send("rename field Repair Job.due date to deadline\nremove field RepairJob.price paid").technicalPlan();
        assertThat(fieldNames(plan, "RepairJob")).containsExactly("status", "deadline");
        assertThat(chat.send("unrelate Repair Job and Bike").text()).contains("✓ Removed the relationship");
        assertThat(chat.send("rename entity Repair Job to Work Order").technicalPlan().dataModel().entities())
                .extracting(Entity::name).contains("WorkOrder").doesNotContain("RepairJob");
        assertThat(chat.send("entity Bad { status: enum: a|b default in progress }").text()).contains("✗");
    }

    @Test
    void environmentVariablesCanBeSetAndRemovedButDatabaseUrlStays() {
        Chat chat = Chat.planning(minimalPlan());
        chat.send("go");

        TechnicalPlan plan = chat.send("env stripe_key secret required \"Stripe API key\" example \"sk_test_x\"").technicalPlan();
        assertThat(plan.environment().variables()).contains(new EnvVariable("STRIPE_KEY", "Stripe API key", true, true, "sk_test_x"));

        assertThat(chat.send("remove env STRIPE_KEY").technicalPlan().environment().variables())
                .extracting(EnvVariable::name).containsExactly("DATABASE_URL");
        assertThat(chat.send("remove env DATABASE_URL").text()).contains("✗", "always stays");
        assertThat(chat.send("remove env NOPE").text()).contains("✗", "no environment variable `NOPE`");
        assertThat(chat.send("env KEY loudly").text()).contains("✗", "`loudly`");
    }

    @Test
    void editsThatCannotApplyExplainWhyShowTheSyntaxAndChangeNothing() {
        Chat chat = Chat.planning(DiscoveryInterviewTests.fullPlan());
        chat.send("go");

        List<String[]> cases = List.of(
                new String[]{"add field Ghost.rating: int", "There is no entity **Ghost**", "add field Recipe.rating: int"},
                new String[]{"add field Recipe.rating: stars", "`stars` is not a field type", "add field Recipe.rating: int"},
                new String[]{"add field Recipe.rating: int default many", "must be a whole number", "add field"},
                new String[]{"add field Recipe.status: enum: a|b default c", "must be one of a, b", "add field"},
                new String[]{"remove field Recipe.nothing", "has no field `nothing`", "remove field Recipe"},
                new String[]{"rename field Recipe.title to servings", "already has a field `servings`", "rename field"},
                new String[]{"remove entity Ghost", "There is no entity **Ghost**", "remove entity Recipe"},
                new String[]{"rename entity Recipe to Photo", "already an entity **Photo**", "rename entity"},
                new String[]{"relate Recipe sideways Photo", "couldn't read that command", "relate Recipe many-to-one Cookbook"},
                new String[]{"entity Empty { }", "at least one field", "entity Recipe {"},
                new String[]{"entity Bad { id: uuid }", "gets an `id` automatically", "entity Recipe {"},
                new String[]{"entity Twice { a: int, a: text }", "appears twice", "entity Recipe {"});
        for (String[] c : cases) {
            AssistantReply reply = chat.send(c[0]);
            assertThat(reply.text()).as(c[0]).contains("✗", c[1], "Syntax: `" + c[2]).contains("Nothing changed.");
            assertThat(reply.technicalPlan()).as(c[0]).isNull();
            assertThat(reply.planReady()).isFalse();
        }
    }

    @Test
    void severalEditsInOneMessageApplyInOrderAndReportEach() {
        Chat chat = Chat.planning(minimalPlan());
        chat.send("go");

        AssistantReply reply = chat.send("""
                entity Recipe { title: string required, servings: int }
                entity Cookbook { name: string required }
                relate Recipe many-to-one Cookbook
                remove field Recipe.nope
                please make it pretty
                remove entity Item""");

        assertThat(reply.text().lines().filter(l -> l.startsWith("✓"))).hasSize(4);
        assertThat(reply.text().lines().filter(l -> l.startsWith("✗"))).hasSize(1);
        assertThat(reply.text()).contains("I couldn't read *please make it pretty*, so I changed nothing for it.");
        assertThat(reply.technicalPlan().dataModel().entities()).extracting(Entity::name).containsExactly("Recipe", "Cookbook");
        assertConsistent(reply.technicalPlan());
    }

    @Test
    void theLastEntityCannotBeRemoved() {
        Chat chat = Chat.planning(minimalPlan());
        chat.send("go");

        assertThat(chat.send("remove entity Item").text()).contains("✗", "at least one entity");
    }

    @Test
    void freeTextGetsHelpAndShowPlanShowsThePlan() {
        Chat chat = Chat.planning(minimalPlan());
        chat.send("go");

        AssistantReply help = chat.send("can you add users please?");
        // the examples are the person's own plan (one entity, Item), not a recipe app's
        assertThat(help.text()).contains("I couldn't read *can you add users please?*", "each item also has a photo",
                "`add field Item.rating: int`", "`relate Tag many-to-many Item`", "enum: a|b|c")
                .doesNotContain("each recipe also has a photo");
        assertThat(help.technicalPlan()).isNull();
        assertThat(chat.send("help").text()).contains("Edit the plan with one command per line");

        AssistantReply show = chat.send("Show plan.");
        assertThat(show.text()).contains("entity Item {");
        assertThat(show.planReady()).isTrue();
    }

    @Test
    void aCallerThatNeverSavesThePlanGetsTheSameResultByReplay() {
        String[] messages = {"go", "entity Cookbook { name: string required }", "relate Recipe many-to-one Cookbook",
                "what?", "remove field Recipe.servings"};
        TechnicalPlan saved = Chat.planning(DiscoveryInterviewTests.fullPlan()).sendAll(messages).technicalPlan();
        TechnicalPlan replayed = Chat.planningWithoutSaving(DiscoveryInterviewTests.fullPlan()).sendAll(messages).technicalPlan();

        assertThat(replayed).isEqualTo(saved);
    }

    @Test
    void aSavedTechnicalPlanIsTheStartingPointInsteadOfDeriving() {
        TechnicalPlan saved = Chat.planning(minimalPlan()).sendAll("go", "rename entity Item to Gadget").technicalPlan();

        AssistantReply reply = Chat.iteration(minimalPlan(), saved).send("hello");
        assertThat(reply.text()).contains("entity Gadget {", "as it is live");
        assertThat(reply.technicalPlan()).isEqualTo(saved);
    }

    @Test
    void iterationAddsAFeatureToTheLivePlan() {
        TechnicalPlan live = derivedRecipePlan();
        Chat chat = Chat.iteration(DiscoveryInterviewTests.fullPlan(), live);
        chat.send("I want reviews");

        AssistantReply reply = chat.sendAll("entity Review { rating: int required, comment: text }",
                "relate Review many-to-one Recipe");

        TechnicalPlan plan = reply.technicalPlan();
        assertConsistent(plan);
        assertThat(plan.dataModel().entities()).extracting(Entity::name).endsWith("Review");
        assertThat(plan.dataModel().relationships()).contains(
                new Relationship("Recipe", "Review", RelationshipType.ONE_TO_MANY, "A Recipe has many Reviews"));
        assertThat(plan.pages()).extracting(p -> p.path()).contains("/reviews/[id]/edit");
        assertThat(plan.stack()).isEqualTo(live.stack());
    }

    @Test
    void withoutAnyPlanThePersonIsToldWhatIsMissing() {
        AssistantReply reply = new GuidedAssistant().reply(new dev.truecoding.assistant.AssistantRequest(
                dev.truecoding.assistant.AssistantPhase.PLANNING, List.of(), "go", null, null), chunk -> { });

        assertThat(reply.text()).contains("need a business plan");
        assertThat(reply.technicalPlan()).isNull();
        assertThat(reply.planReady()).isFalse();
    }

    @Test
    void derivationIsDeterministic() {
        assertThat(derivedRecipePlan()).isEqualTo(derivedRecipePlan());
    }
}
