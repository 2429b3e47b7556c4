// The workspace chat: sends a message to POST /api/chat and shows the Server-Sent Events as they arrive.
// Streamed text is shown as plain text (textContent); when the reply ends, the server re-renders the
// conversation (sanitized markdown) and the plan panel. The words it shows come from the page (the form's data-*
// attributes, filled from the message bundles), so they are in the person's language.
(() => {
  const root = document.querySelector('.workspace');
  const form = document.getElementById('chat-form');
  if (!root || !form) return;

  const projectId = root.dataset.projectId;
  const phase = root.dataset.phase;
  const input = document.getElementById('chat-input');
  const send = document.getElementById('chat-send');
  const status = document.getElementById('chat-status');
  const words = form.dataset;
  const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;

  const log = () => document.getElementById('chat-log');
  const scrollDown = () => { const l = log(); l.scrollTop = l.scrollHeight; };
  scrollDown();

  function bubble(role, text) {
    log().querySelector('.empty')?.remove();
    const wrapper = document.createElement('div');
    wrapper.className = `message message-${role}`;
    const meta = document.createElement('div');
    meta.className = 'message-meta small muted';
    meta.textContent = role === 'user' ? words.you : words.assistant;
    const body = document.createElement('div');
    body.className = 'message-body streaming';
    body.textContent = text;
    wrapper.append(meta, body);
    log().append(wrapper);
    scrollDown();
    return body;
  }

  async function replace(path, id) {
    const response = await fetch(path, { headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const html = await response.text();
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const fresh = template.content.firstElementChild;
    const current = document.getElementById(id);
    if (fresh && current) current.replaceWith(fresh);
  }

  function problemText(problem, fallback) {
    if (problem?.errors?.length) return problem.errors.map((e) => e.message).join(' ');
    return problem?.detail || fallback;
  }

  function handle(event, data, reply) {
    if (event === 'text') {
      reply.textContent += data.content ?? '';
      scrollDown();
    } else if (event === 'plan_ready') {
      status.textContent = words.planReady;
    } else if (event === 'error') {
      status.textContent = data.error;
      status.classList.add('error');
    }
  }

  async function submit() {
    const message = input.value.trim();
    status.classList.remove('error');
    if (!message) {
      status.textContent = words.empty;
      return;
    }
    send.disabled = true;
    input.disabled = true;
    status.textContent = words.writing;
    const mine = bubble('user', message);
    const reply = bubble('assistant', '');
    try {
      const response = await fetch('/api/chat', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...(csrfHeader ? { [csrfHeader]: csrfToken } : {}) },
        body: JSON.stringify({ projectId, message, phase }),
      });
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        mine.parentElement.remove();
        reply.parentElement.remove();
        status.textContent = problemText(problem, words.notSent.replace('{0}', response.status));
        status.classList.add('error');
        return;
      }
      input.value = '';
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5);
          }
          if (data) handle(event, JSON.parse(data), reply);
        }
      }
      if (!status.classList.contains('error') && status.textContent === words.writing) status.textContent = '';
    } catch (error) {
      status.textContent = words.dropped;
      status.classList.add('error');
    } finally {
      await replace(`/projects/${projectId}/workspace/messages`, 'chat-log');
      await replace(`/projects/${projectId}/workspace/plan`, 'plan-panel');
      scrollDown();
      send.disabled = false;
      input.disabled = false;
      input.focus();
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  // A question's quick answers (its choices, skip, back, done) send themselves, exactly as if typed.
  root.addEventListener('click', (event) => {
    const choice = event.target.closest('[data-choice]');
    if (!choice || send.disabled) return;
    input.value = choice.dataset.choice;
    submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
})();
