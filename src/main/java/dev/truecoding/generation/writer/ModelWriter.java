package dev.truecoding.generation.writer;

import dev.truecoding.assistant.AssistantUnavailableException;
import dev.truecoding.assistant.CodeModel;
import dev.truecoding.generation.CodeWriterSettings;
import dev.truecoding.generation.CodeWritingException;
import dev.truecoding.generation.CoverageReport;
import dev.truecoding.generation.CoverageReport.Item;
import dev.truecoding.generation.GeneratedApp;
import dev.truecoding.generation.GeneratedFileInfo;
import dev.truecoding.generation.ValidationResult;
import dev.truecoding.generation.WrittenApp;
import dev.truecoding.generation.model.AppModel;
import dev.truecoding.generation.model.ModelBuilder;
import dev.truecoding.generation.render.TemplateRenderer;
import dev.truecoding.plan.BusinessPlan;
import dev.truecoding.plan.TechnicalPlan;
import dev.truecoding.usage.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One request to the model per round (a write, or a fix of a failed step), and its answer applied to the app. */
public final class ModelWriter {

    private static final Logger log = LoggerFactory.getLogger(ModelWriter.class);
    private static final String README = "README.md";

    private final CodeModel codeModel;
    private final CodeWriterSettings settings;
    private final WriterPrompts prompts = new WriterPrompts();
    private final TemplateRenderer renderer = new TemplateRenderer();

    public ModelWriter(CodeModel model, CodeWriterSettings settings) {
        this.codeModel = model;
        this.settings = settings;
    }

    /** @param spent told each answer's tokens, before the answer is parsed (an unusable answer was paid for too) */
    public WrittenApp write(GeneratedApp template, TechnicalPlan technical, BusinessPlan business, Consumer<Tokens> spent) {
        List<Item> items = OpenItems.of(template.coverage());
        if (items.isEmpty()) {
            return WrittenApp.unchanged(template);
        }
        AppModel appModel = ModelBuilder.build(technical, business);
        List<GeneratedFileInfo> shown = ContextFiles.choose(template, appModel, items, List.of(),
                settings.maxContextSize().toBytes());
        String answer = ask(prompts.write(technical, business, items, template, shown), spent);
        return apply(template, List.of(), answer, appModel);
    }

    public WrittenApp fix(WrittenApp current, TechnicalPlan technical, BusinessPlan business, ValidationResult.Step failed,
                          Consumer<Tokens> spent) {
        String excerpt = WriterPrompts.excerpt(failed.logExcerpt(), settings.maxLogChars());
        List<String> first = new ArrayList<>();
        current.app().files().stream().map(GeneratedFileInfo::path).filter(excerpt::contains).forEach(first::add);
        first.addAll(current.written());
        List<Item> items = OpenItems.of(current.app().coverage());
        AppModel appModel = ModelBuilder.build(technical, business);
        List<GeneratedFileInfo> shown = ContextFiles.choose(current.app(), appModel, items, first,
                settings.maxContextSize().toBytes());
        String step = failed.name() == null ? "validation" : failed.name();
        String answer = ask(prompts.fix(technical, items, current.written(), step, excerpt, current.app(), shown), spent);
        return apply(current.app(), current.written(), answer, appModel);
    }

    private String ask(String userPrompt, Consumer<Tokens> spent) {
        try {
            CodeModel.Answer answer = codeModel.complete(prompts.system(settings), userPrompt);
            spent.accept(new Tokens(answer.usage().inputTokens(), answer.usage().outputTokens()));
            return answer.text();
        } catch (AssistantUnavailableException e) {
            throw new CodeWritingException(e.getMessage(), e);
        }
    }

    private WrittenApp apply(GeneratedApp app, List<String> writtenBefore, String answer, AppModel appModel) {
        String model = codeModel.identity().model();
        WrittenApp written = Revision.apply(app, writtenBefore, ModelAnswer.parse(answer), settings, model);
        written.refused().forEach(refusal -> log.warn("Refused a file of {}: {}", model, refusal.message()));
        log.info("{} has written {} file(s) in all; {} refused in this answer", model, written.written().size(),
                written.refused().size());
        return withReadme(written, app.coverage(), appModel);
    }

    /** The app's README carries the coverage report: once items are written, it says so too. */
    private WrittenApp withReadme(WrittenApp written, CoverageReport before, AppModel appModel) {
        CoverageReport after = written.app().coverage();
        if (after.equals(before)) {
            return written;
        }
        GeneratedFileInfo readme = renderer.renderAppFile(README, appModel.withCoverage(after));
        List<GeneratedFileInfo> files = written.app().files().stream()
                .map(file -> file.path().equals(README) ? readme : file).toList();
        return new WrittenApp(new GeneratedApp(files, after), written.written(), written.refused());
    }
}
