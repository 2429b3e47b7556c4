package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.plan.TechnicalPlan.APIEndpoint;
import dev.truecoding.plan.TechnicalPlan.Component;
import dev.truecoding.plan.TechnicalPlan.EnvVariable;
import dev.truecoding.plan.TechnicalPlan.Page;
import dev.truecoding.plan.TechnicalPlan.StackChoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything a technical plan says besides its data model: pages, endpoints, components, variables, stack, the rest. */
final class TechnicalComparison {

    private static final KeyedComparison<Page> PAGES = KeyedComparison.of(PlanArea.PAGE, "page", Page::path,
            page -> List.of(Words.value(page.name())),
            (was, is, out) -> {
                Words.changed(out, "name", was.name(), is.name());
                Words.textChanged(out, "description", was.description(), is.description());
                listChanged(out, "component", was.components(), is.components());
                Words.changed(out, "dataFetching", was.dataFetching(), is.dataFetching());
            });

    private static final KeyedComparison<APIEndpoint> ENDPOINTS = KeyedComparison.of(PlanArea.ENDPOINT, "endpoint",
            endpoint -> endpoint.method() + " " + endpoint.path(),
            endpoint -> endpoint.authentication() ? List.of(Phrase.of("change.detail.signedIn")) : List.of(),
            (was, is, out) -> {
                Words.textChanged(out, "description", was.description(), is.description());
                if (!Objects.equals(was.requestBody(), is.requestBody())) {
                    out.add(Phrase.of("change.detail.changed.requestBody"));
                }
                if (!Objects.equals(was.responseBody(), is.responseBody())) {
                    out.add(Phrase.of("change.detail.changed.responseBody"));
                }
                Words.flag(out, was.authentication(), is.authentication(), "nowNeedsSignIn", "noLongerNeedsSignIn");
            });

    private static final KeyedComparison<Component> COMPONENTS = KeyedComparison.of(PlanArea.COMPONENT, "component",
            Component::name, component -> List.of(),
            (was, is, out) -> {
                Words.textChanged(out, "description", was.description(), is.description());
                if (!Objects.equals(was.props(), is.props())) {
                    out.add(Phrase.of("change.detail.changed.props"));
                }
                Words.flag(out, Boolean.TRUE.equals(was.children()), Boolean.TRUE.equals(is.children()),
                        "nowTakesChildren", "noLongerTakesChildren");
            });

    private static final KeyedComparison<EnvVariable> ENVIRONMENT = KeyedComparison.of(PlanArea.ENVIRONMENT,
            "environment", EnvVariable::name, TechnicalComparison::describe,
            (was, is, out) -> {
                Words.textChanged(out, "description", was.description(), is.description());
                Words.flag(out, was.required(), is.required(), "nowRequired", "noLongerRequired");
                Words.flag(out, was.secret(), is.secret(), "nowSecret", "noLongerSecret");
                // Examples are shown; secrets never are, so a secret's example is only said to have changed.
                if (is.secret() || was.secret()) {
                    Words.textChanged(out, "example", was.example(), is.example());
                } else {
                    Words.changed(out, "example", was.example(), is.example());
                }
            });

    private static final KeyedComparison<StackChoice> STACK = KeyedComparison.of(PlanArea.STACK, "stack",
            choice -> Words.wire(choice.category()) + " " + choice.name(),
            choice -> choice.version() == null ? List.of() : List.of(Words.value(choice.version())),
            (was, is, out) -> {
                Words.changed(out, "version", was.version(), is.version());
                Words.textChanged(out, "justification", was.justification(), is.justification());
            });

    private TechnicalComparison() {
    }

    static void compare(TechnicalPlan before, TechnicalPlan after, List<PlanChange> changes) {
        PAGES.compare(before == null ? null : before.pages(), after == null ? null : after.pages(), changes);
        ENDPOINTS.compare(before == null ? null : before.apiEndpoints(), after == null ? null : after.apiEndpoints(), changes);
        COMPONENTS.compare(before == null ? null : before.components(), after == null ? null : after.components(), changes);
        ENVIRONMENT.compare(variables(before), variables(after), changes);
        STACK.compare(before == null ? null : before.stack(), after == null ? null : after.stack(), changes);
        whole(changes, "architecture", "architecture", before == null ? null : before.architecture(),
                after == null ? null : after.architecture());
        whole(changes, "ci", "CI", before == null ? null : before.cicd(), after == null ? null : after.cicd());
        whole(changes, "fileStructure", "file structure", before == null ? null : before.fileStructure(),
                after == null ? null : after.fileStructure());
    }

    private static List<EnvVariable> variables(TechnicalPlan plan) {
        return plan == null || plan.environment() == null ? null : plan.environment().variables();
    }

    private static List<Phrase> describe(EnvVariable variable) {
        List<Phrase> details = new ArrayList<>();
        if (variable.secret()) {
            details.add(Phrase.of("change.detail.secret"));
        }
        if (variable.required()) {
            details.add(Phrase.of("change.detail.required"));
        }
        return details;
    }

    /**
     * Parts a person rarely reads line by line: that they changed is enough in words; the patch has the rest.
     * {@code part} names the part in the message keys ({@code change.app.<part>}).
     */
    private static void whole(List<PlanChange> changes, String part, String subject, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(PlanChange.of(PlanArea.APP, ChangeKind.CHANGED, subject, null, Phrase.of("change.app." + part),
                    List.of()));
        }
    }

    private static void listChanged(List<Phrase> out, String noun, List<String> before, List<String> after) {
        List<String> was = Words.list(before);
        List<String> is = Words.list(after);
        is.stream().filter(item -> !was.contains(item))
                .forEach(item -> out.add(Phrase.of("change.detail." + noun + "Added", item)));
        was.stream().filter(item -> !is.contains(item))
                .forEach(item -> out.add(Phrase.of("change.detail." + noun + "Removed", item)));
    }
}
