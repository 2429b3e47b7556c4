package dev.truecoding.support;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** {@link ApiClient} through MockMvc, with the person's bearer token. */
final class MockMvcApiClient extends ApiClient {

    private final MockMvc mvc;
    private final String bearer;

    MockMvcApiClient(MockMvc mvc, JsonMapper json, String bearer) {
        super(json);
        this.mvc = mvc;
        this.bearer = bearer;
    }

    @Override
    public Answer send(String method, String path, Object body) throws Exception {
        var response = mvc.perform(request(method, path, body, MediaType.APPLICATION_JSON)).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentAsString());
    }

    @Override
    public List<SseEvent> stream(String method, String path, Object body) throws Exception {
        MvcResult started = mvc.perform(request(method, path, body, MediaType.TEXT_EVENT_STREAM)).andReturn();
        if (started.getRequest().isAsyncStarted()) {
            started.getAsyncResult(120_000);
        }
        return SseEvent.parse(started.getResponse().getContentAsString(), json);
    }

    private MockHttpServletRequestBuilder request(String method, String path, Object body, MediaType accept) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).header("Authorization", bearer)
                .accept(accept);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(text(body));
        }
        return request;
    }
}
