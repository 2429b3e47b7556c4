// Follows the latest generation run: each stored event moves the stage bars and adds a message; the browser's
// EventSource reconnects by itself with Last-Event-ID, so a dropped connection misses nothing. When the run
// ends the page reloads to show the repository, the coverage report and the validation steps.
(() => {
  const card = document.getElementById('run-card');
  if (!card || card.dataset.running !== 'true') return;

  const list = card.querySelector('.stage-list');
  const message = document.getElementById('run-message');
  const log = document.getElementById('event-log');
  const count = document.getElementById('event-count');
  const after = card.dataset.lastEventId || '0';
  log.scrollTop = log.scrollHeight;
  const source = new EventSource(`/api/generations/${encodeURIComponent(card.dataset.runId)}/events?after=${after}`);

  const show = (progress, failed) => {
    RunStages.show(list, progress, failed, progress.stage === 'ready');
    message.textContent = progress.message;
    const item = document.createElement('li');
    if (failed) item.className = 'event-failed';
    const stage = document.createElement('span');
    stage.className = 'mono small muted';
    stage.textContent = progress.stage;
    const text = document.createElement('span');
    text.textContent = ` ${progress.message}`;
    item.append(stage, text);
    // Follow new messages, unless the person scrolled up to read an earlier one.
    const following = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
    log.append(item);
    if (following) log.scrollTop = log.scrollHeight;
    count.textContent = String(log.children.length);
  };

  const finish = () => {
    source.close();
    setTimeout(() => window.location.reload(), 600);
  };

  source.addEventListener('progress', event => {
    const progress = JSON.parse(event.data);
    show(progress, false);
    if (progress.stage === 'ready') finish();
  });
  source.addEventListener('failed', event => {
    show(JSON.parse(event.data), true);
    finish();
  });
  // The server ends the stream when the run is over; EventSource would reconnect, so check the run instead.
  source.onerror = () => {
    fetch(`/api/generations/${encodeURIComponent(card.dataset.runId)}`, {headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : null)
      .then(run => { if (run && run.status !== 'RUNNING') finish(); })
      .catch(() => {});
  };
})();
