package dev.truecoding.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A project started from an idea gets a short name a person would have chosen. */
class IdeaNameTests {

    @Test
    void theSubjectOfTheIdeaNamesTheProject() {
        assertThat(IdeaName.of("A recipe box where families save and share their favourite recipes")).isEqualTo("Recipe box");
        assertThat(IdeaName.of("I want to build an app for dog walkers to book walks")).isEqualTo("Dog walkers");
        assertThat(IdeaName.of("Build me a habit tracker with streaks. It should be simple.")).isEqualTo("Habit tracker");
        assertThat(IdeaName.of("Sprout")).isEqualTo("Sprout");
        assertThat(IdeaName.of("invoicing for freelancers, with reminders")).isEqualTo("Invoicing");
    }

    @Test
    void longIdeasAreCutAtAWordAndEmptyOnesGetAPlainName() {
        String name = IdeaName.of("Marketplace " + "handmade ceramic plates and bowls and cups ".repeat(4));
        assertThat(name).hasSizeLessThanOrEqualTo(IdeaName.MAX_LENGTH).startsWith("Marketplace handmade").doesNotEndWith(" ");
        assertThat(IdeaName.of("?!")).isEqualTo("New project");
        assertThat(IdeaName.of("😀".repeat(40) + "x")).hasSizeLessThanOrEqualTo(IdeaName.MAX_LENGTH)
                .satisfies(text -> assertThat(Character.isHighSurrogate(text.charAt(text.length() - 1))).isFalse());
    }
}
