package dev.truecoding.assistant.guided;

import dev.truecoding.plan.TechnicalPlan.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The things apps are usually about, with the fields such a thing typically has and what it usually belongs to.
 * Fields are written in the notation people edit with, so the vocabulary reads like a plan.
 */
final class EntityVocabulary {

    /** How a known entity links to the others when the plan is first derived. */
    enum Link {
        /** Belongs to the first of {@code owners} present, else (if dependent) to the main entity: one-to-many. */
        OWNED,
        /** Groups the main entity: one-to-many from this entity to it (a Category has many Recipes). */
        GROUPS_MAIN,
        /** Labels the main entity: many-to-many (Tags). */
        TAGS_MAIN,
        /** Stands alone unless an owner is present. */
        NONE
    }

    /** @param dependent a review, comment… never stands alone: without an owner it belongs to the main entity */
    record Known(String name, String description, List<Field> fields, Link link, List<String> owners, boolean dependent) {
    }

    private static final Map<String, Known> KNOWN = build();

    private EntityVocabulary() {
    }

    /** Looks up a singular lower-case noun or two-word phrase ("meal plan"). */
    static Optional<Known> find(String noun) {
        return Optional.ofNullable(KNOWN.get(noun));
    }

    private static Map<String, Known> build() {
        Map<String, Known> known = new java.util.HashMap<>();
        // Main things
        main(known, "recipe", "A dish with its ingredients and steps", "title: string required, description: text, ingredients: text, instructions: text, servings: int, prepMinutes: int", "cookbook", "user");
        main(known, "cookbook", "A collection of recipes", "name: string required, description: text");
        main(known, "meal plan", "Meals planned for a week", "name: string required, weekOf: date required, notes: text", "user");
        main(known, "meal", "A meal in a plan", "name: string required, day: date required, type: enum: breakfast|lunch|dinner|snack default dinner", "meal plan");
        main(known, "task", "A piece of work to do", "title: string required, description: text, status: enum: todo|doing|done default todo, dueDate: date, priority: enum: low|medium|high default medium", "project", "list", "user");
        main(known, "project", "A group of related work", "name: string required, description: text, status: enum: active|archived default active", "team", "client", "user");
        main(known, "event", "Something happening at a time and place", "title: string required, description: text, startsAt: datetime required, endsAt: datetime, location: string", "user");
        main(known, "booking", "A reservation of a time slot", "startsAt: datetime required, endsAt: datetime, status: enum: pending|confirmed|cancelled default pending, notes: text", "customer", "service", "event", "user");
        main(known, "meeting", "People meeting at a time and place", "title: string required, startsAt: datetime required, location: string, notes: text", "club", "group", "team");
        main(known, "club", "A group that meets around a shared interest", "name: string required, description: text");
        main(known, "appointment", "A scheduled meeting", "startsAt: datetime required, endsAt: datetime, status: enum: scheduled|done|cancelled default scheduled, notes: text", "client", "customer", "patient", "user");
        main(known, "reservation", "A booked table, room or seat", "startsAt: datetime required, partySize: int, status: enum: pending|confirmed|cancelled default pending", "customer", "user");
        main(known, "product", "Something for sale", "name: string required, description: text, price: money required, stock: int default 0, imageUrl: url", "store", "category");
        main(known, "order", "A purchase", "number: string required unique, status: enum: pending|paid|shipped|cancelled default pending, total: money required, placedAt: datetime", "customer", "user");
        main(known, "customer", "Someone who buys", "name: string required, email: email required unique, phone: string");
        main(known, "client", "Someone you work for", "name: string required, email: email, company: string, phone: string");
        main(known, "invoice", "A bill sent to a client", "number: string required unique, amount: money required, dueDate: date, status: enum: draft|sent|paid|overdue default draft", "client", "customer", "project");
        main(known, "expense", "Money spent", "description: string required, amount: money required, spentOn: date required, category: string", "trip", "budget", "user");
        main(known, "budget", "A spending limit", "name: string required, amount: money required, period: enum: weekly|monthly|yearly default monthly", "user");
        main(known, "transaction", "Money in or out", "description: string required, amount: money required, date: date required, kind: enum: income|expense default expense", "account", "budget", "user");
        main(known, "note", "A written note", "title: string required, body: text", "notebook", "project", "user");
        main(known, "notebook", "A group of notes", "name: string required");
        main(known, "post", "Something published", "title: string required, body: text required, status: enum: draft|published default draft, publishedAt: datetime", "blog", "user");
        main(known, "article", "A written piece", "title: string required, body: text required, status: enum: draft|published default draft, publishedAt: datetime", "author");
        main(known, "book", "A book", "title: string required, author: string, isbn: string unique, publishedYear: int", "library", "user");
        main(known, "course", "Something to learn", "title: string required, description: text, level: enum: beginner|intermediate|advanced default beginner", "teacher");
        main(known, "lesson", "A part of a course", "title: string required, content: text, position: int", "course");
        main(known, "quiz", "Questions to test knowledge", "title: string required, description: text", "course", "lesson");
        main(known, "question", "A question", "text: text required, answer: text", "quiz", "survey");
        main(known, "survey", "A set of questions", "title: string required, description: text, closesAt: datetime");
        main(known, "habit", "Something to do regularly", "name: string required, frequency: enum: daily|weekly default daily, goal: int", "user");
        main(known, "goal", "A target to reach", "title: string required, target: float, dueDate: date, status: enum: open|achieved|dropped default open", "user");
        main(known, "workout", "A training session", "name: string required, date: date required, durationMinutes: int, notes: text", "user");
        main(known, "exercise", "A movement in a workout", "name: string required, sets: int, reps: int, weightKg: float", "workout");
        main(known, "plant", "A plant being cared for", "name: string required, species: string, wateringDays: int, lastWateredOn: date", "garden", "user");
        main(known, "garden", "A place with plants", "name: string required, location: string");
        main(known, "pet", "An animal", "name: string required, species: string, birthDate: date", "owner");
        main(known, "tool", "Something to lend or borrow", "name: string required, description: text, available: boolean default true, imageUrl: url", "user");
        main(known, "item", "Something listed", "name: string required, description: text, imageUrl: url", "list", "user");
        main(known, "listing", "Something offered", "title: string required, description: text, price: money, status: enum: active|sold|archived default active", "user");
        main(known, "property", "A place to rent or sell", "title: string required, address: string required, price: money, bedrooms: int", "owner");
        main(known, "job", "An open position", "title: string required, description: text, location: string, salary: string, status: enum: open|closed default open", "company");
        main(known, "application", "A candidate's application", "candidateName: string required, email: email required, coverLetter: text, status: enum: received|interview|offer|rejected default received", "job");
        main(known, "company", "An organisation", "name: string required, website: url");
        main(known, "trip", "A journey", "name: string required, destination: string, startsOn: date, endsOn: date", "user");
        main(known, "place", "A location worth visiting", "name: string required, address: string, latitude: float, longitude: float", "trip");
        main(known, "restaurant", "A place to eat", "name: string required, address: string, cuisine: string");
        main(known, "menu item", "A dish on the menu", "name: string required, description: text, price: money required", "restaurant");
        main(known, "contact", "A person you know", "name: string required, email: email, phone: string, notes: text", "user");
        main(known, "lead", "A potential customer", "name: string required, email: email, status: enum: new|contacted|won|lost default new", "user");
        main(known, "deal", "A potential sale", "title: string required, value: money, stage: enum: lead|proposal|won|lost default lead", "contact", "customer");
        main(known, "ticket", "A support request", "title: string required, description: text, status: enum: open|in_progress|closed default open, priority: enum: low|medium|high default medium", "customer", "user");
        main(known, "team", "A group of people", "name: string required");
        main(known, "member", "A person in a team", "name: string required, email: email required, role: enum: owner|member default member", "club", "team", "group");
        main(known, "employee", "A person on staff", "name: string required, email: email required unique, role: string", "company", "team");
        main(known, "shift", "A block of work time", "startsAt: datetime required, endsAt: datetime required", "employee");
        main(known, "student", "A learner", "name: string required, email: email", "course");
        main(known, "patient", "A person receiving care", "name: string required, birthDate: date, phone: string");
        main(known, "song", "A piece of music", "title: string required, artist: string, durationSeconds: int", "playlist");
        main(known, "playlist", "A list of songs", "name: string required, description: text", "user");
        main(known, "video", "A video", "title: string required, url: url required, description: text", "course", "user");
        dependent(known, "photo", "A picture", "url: url required, caption: string, takenOn: date", "album", "recipe", "product", "listing", "place", "pet", "plant", "property", "post", "trip");
        main(known, "album", "A collection of photos", "title: string required, description: text", "user");
        main(known, "document", "A file to keep", "name: string required, url: url required, notes: text", "project", "user");
        main(known, "subscription", "A recurring plan", "plan: string required, status: enum: active|paused|cancelled default active, renewsOn: date, price: money", "customer", "user");
        main(known, "payment", "Money received", "amount: money required, status: enum: pending|paid|failed|refunded default pending, paidAt: datetime", "order", "invoice", "booking", "customer");
        main(known, "profile", "How a person presents themselves", "displayName: string required, bio: text, avatarUrl: url");
        main(known, "group", "People with a shared interest", "name: string required, description: text");
        main(known, "message", "A message between people", "body: text required, sentAt: datetime required", "conversation", "group");
        main(known, "conversation", "A thread of messages", "subject: string");
        main(known, "vehicle", "A car or bike", "make: string required, model: string, year: int, plate: string unique", "owner");
        main(known, "donation", "A gift of money", "amount: money required, donorName: string, message: text", "campaign");
        main(known, "campaign", "A fundraising or marketing effort", "name: string required, goal: money, endsOn: date");
        main(known, "volunteer", "Someone who helps", "name: string required, email: email required, skills: text");
        main(known, "service", "Something offered for booking", "name: string required, description: text, durationMinutes: int, price: money", "business");
        main(known, "ingredient", "Something that goes into a recipe", "name: string required, quantity: string, unit: string", "recipe");
        main(known, "shopping list", "Things to buy", "name: string required", "user");
        // Things that depend on a main thing
        dependent(known, "review", "A rating with a comment", "rating: int required, comment: text", "product", "recipe", "restaurant", "place", "book", "course", "service", "listing");
        dependent(known, "comment", "A reply from a reader", "body: text required", "post", "article", "task", "recipe", "photo", "video");
        dependent(known, "rating", "A score", "stars: int required, comment: text", "product", "recipe", "place", "book");
        dependent(known, "attachment", "A file attached to something", "name: string required, url: url required", "task", "ticket", "note", "message");
        dependent(known, "milestone", "A checkpoint", "title: string required, dueDate: date, done: boolean default false", "project", "goal");
        dependent(known, "entry", "A journal entry", "date: date required, body: text required, mood: enum: great|good|okay|bad default good", "journal", "habit", "goal");
        // Things that organise the main thing
        known.put("category", new Known("Category", "Groups similar items", fields("name: string required unique, description: text"), Link.GROUPS_MAIN, List.of(), false));
        known.put("tag", new Known("Tag", "A label to filter by", fields("name: string required unique"), Link.TAGS_MAIN, List.of(), false));
        known.put("journal", new Known("Journal", "A personal journal", fields("title: string required"), Link.NONE, List.of("user"), false));
        known.put("meal planner", known.get("meal plan"));
        return Map.copyOf(known);
    }

    private static void main(Map<String, Known> known, String noun, String description, String fields, String... owners) {
        known.put(noun, new Known(EntityNaming.pascal(noun), description, fields(fields), Link.OWNED, List.of(owners), false));
    }

    private static void dependent(Map<String, Known> known, String noun, String description, String fields, String... owners) {
        known.put(noun, new Known(EntityNaming.pascal(noun), description, fields(fields), Link.OWNED, List.of(owners), true));
    }

    private static List<Field> fields(String notation) {
        List<Field> fields = new ArrayList<>();
        for (String part : notation.split(",\\s*(?=[a-zA-Z]+:)")) {
            fields.add(NotationParser.field(part).orElseThrow(() -> new IllegalStateException("Bad vocabulary field: " + part)));
        }
        return List.copyOf(fields);
    }
}
