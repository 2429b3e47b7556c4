import dev.truecoding.assistant.AssistantIdentity;
import dev.truecoding.assistant.AssistantPhase;
import dev.truecoding.assistant.AssistantRequest;
import dev.truecoding.assistant.fake.FakeLlmServer;
import dev.truecoding.assistant.fake.OpenAiWire;
import dev.truecoding.assistant.model.FailureClassifier;
import dev.truecoding.assistant.model.ModelAssistant;
import dev.truecoding.assistant.model.ProviderProfile;
import dev.truecoding.assistant.model.RetryPolicy;
import dev.truecoding.plan.PlanValidator;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Time to first token and overhead per streamed token through ModelAssistant (Spring AI's OpenAI client and
 * our marker filter), against a fake OpenAI-compatible server that writes its whole stream at once.
 * Prints figures; asserts nothing. Run: bench/assistant/run.sh [tokens] [runs]
 */
public class AssistantStreamBench {

    public static void main(String[] args) throws Exception {
        int tokens = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = 10;
        String[] chunks = new String[tokens];
        Arrays.fill(chunks, " word");

        try (var server = new FakeLlmServer(OpenAiWire.PATH)) {
            var options = OpenAiChatOptions.builder().apiKey("bench").baseUrl(server.baseUrl() + "/v1").model("bench").maxRetries(0).build();
            var profile = new ProviderProfile(new AssistantIdentity("OpenAI-compatible", "bench"), server.baseUrl(),
                    "OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL");
            var assistant = new ModelAssistant(profile, OpenAiChatModel.builder().options(options).build(), null,
                    FailureClassifier::unreachableOrBroken, new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)),
                    new PlanValidator());
            var request = new AssistantRequest(AssistantPhase.DISCOVERY, List.of(), "Hi", null, null);

            long[] firstToken = new long[runs];
            long[] total = new long[runs];
            for (int i = -warmup; i < runs; i++) {
                server.enqueue(OpenAiWire.stream(chunks));
                long start = System.nanoTime();
                long[] first = {0};
                int[] received = {0};
                assistant.reply(request, chunk -> {
                    if (received[0]++ == 0) {
                        first[0] = System.nanoTime();
                    }
                });
                long end = System.nanoTime();
                if (i >= 0) {
                    firstToken[i] = first[0] - start;
                    total[i] = end - start;
                }
            }
            Arrays.sort(firstToken);
            Arrays.sort(total);
            System.out.printf("tokens per reply: %d, runs: %d (after %d warm-up)%n", tokens, runs, warmup);
            System.out.printf("time to first token: median %.2f ms, p90 %.2f ms%n", firstToken[runs / 2] / 1e6, firstToken[runs * 9 / 10] / 1e6);
            System.out.printf("whole reply: median %.2f ms%n", total[runs / 2] / 1e6);
            System.out.printf("per streamed token: median %.2f µs (%.0f tokens/s)%n",
                    total[runs / 2] / 1e3 / tokens, tokens / (total[runs / 2] / 1e9));
        }
    }
}
