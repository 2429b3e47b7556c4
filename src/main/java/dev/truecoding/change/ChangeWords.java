package dev.truecoding.change;

import dev.truecoding.system.Phrase;
import dev.truecoding.system.Phrases;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;

/**
 * A change said in the reader's language, for the pages ({@code @changeWords} in templates): each change of the
 * diff, each effect on the live data, the rename questions, the summary. The API and commit messages keep the
 * English of the stored words; changes stored before phrases were kept read in English everywhere.
 */
@Component("changeWords")
public class ChangeWords {

    private final MessageSource messages;

    ChangeWords(MessageSource messages) {
        this.messages = messages;
    }

    /** "Adiciona o campo Recipe.rating (int)" on a Portuguese page. */
    public String text(PlanChange change) {
        return change.text(say());
    }

    public String words(DataEffect effect) {
        return effect.words(say());
    }

    public String question(PossibleRename possible) {
        return possible.questionPhrase() == null ? possible.question() : say().apply(possible.questionPhrase());
    }

    public String note(DataEffects effects) {
        return effects.note(say());
    }

    /** The change's summary in the reader's language (the stored English one for changes without phrases). */
    public String summary(Change change) {
        boolean phrased = change.diff() != null && !change.diff().changes().isEmpty()
                && change.diff().changes().stream().allMatch(planChange -> planChange.phrase() != null);
        return phrased ? PlanDiff.summary(change.diff().changes(), say()) : change.summary();
    }

    /**
     * The change as the API gives it: in English (the stored words, which tools rely on) unless the request names a
     * language ({@code Accept-Language}), then its words, details, effects, questions and summary in that language
     * (English where the bundle has no translation). Field names and everything else stay as they are.
     */
    public Change forReader(Change change, String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return change;
        }
        Function<Phrase, String> say = say();
        ChangeDiff diff = change.diff();
        ChangeDiff localDiff = diff == null ? null : new ChangeDiff(
                diff.changes().stream().map(planChange -> planChange.phrase() == null || planChange.detailPhrases() == null
                        ? planChange
                        : new PlanChange(planChange.area(), planChange.kind(), planChange.subject(),
                        planChange.previousSubject(), say.apply(planChange.phrase()),
                        planChange.detailPhrases().stream().map(say).toList(), planChange.phrase(),
                        planChange.detailPhrases())).toList(),
                diff.technicalPatch(), diff.businessPatch(),
                diff.possibleRenames().stream().map(possible -> new PossibleRename(possible.area(), possible.from(),
                        possible.to(), question(possible), possible.notation(), possible.questionPhrase())).toList(),
                diff.renames());
        DataEffects effects = change.dataEffects();
        DataEffects localEffects = effects == null ? null : new DataEffects(effects.effects().stream()
                .map(effect -> new DataEffect(effect.kind(), effect.subject(), effect.table(), effect.column(),
                        effect.previousName(), effect.rows(), effect.values(), effect.existingRowsGet(),
                        effect.destructive(), effect.words(say), effect.phrase())).toList(),
                effects.counted(), effects.note(say), effects.notePhrase());
        return new Change(change.id(), change.projectId(), change.conversationId(), change.status(), summary(change),
                localDiff, localEffects, change.technicalPlan(), change.businessPlan(), change.confirmDataLoss(),
                change.stage(), change.progress(), change.errorMessage(), change.errorDetails(), change.commitSha(),
                change.deploymentId(), change.createdAt(), change.updatedAt());
    }

    /** The change in {@code locale}: for the API when a language is asked for, and for tests. */
    public Function<Phrase, String> in(Locale locale) {
        return phrase -> Phrases.format(messages, phrase, locale);
    }

    private Function<Phrase, String> say() {
        return in(LocaleContextHolder.getLocale());
    }
}
