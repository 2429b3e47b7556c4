// Follows the latest deployment: progress events move the stages, log lines fill the build log; when it ends
// the page reloads to show the production URL and the history. EventSource resumes with Last-Event-ID.
(() => {
  const card = document.getElementById('deploy-card');
  if (!card || card.dataset.active !== 'true') return;
  const list = card.querySelector('.stage-list');
  const message = document.getElementById('deploy-message');
  const log = document.getElementById('deploy-log');
  const id = encodeURIComponent(card.dataset.deploymentId);
  const source = new EventSource(`/api/deployments/${id}/events?after=${card.dataset.lastEventId || '0'}`);

  const finish = () => {
    source.close();
    setTimeout(() => window.location.reload(), 600);
  };
  source.addEventListener('progress', event => {
    const progress = JSON.parse(event.data);
    message.textContent = progress.message;
    RunStages.show(list, progress, progress.stage === 'error', progress.stage === 'ready' || progress.stage === 'error');
    if (progress.stage === 'ready' || progress.stage === 'error') finish();
  });
  source.addEventListener('log', event => {
    log.textContent += (log.textContent ? '\n' : '') + JSON.parse(event.data).message;
    log.scrollTop = log.scrollHeight;
  });
  source.onerror = () => {
    fetch(`/api/deployments/${id}`, {headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : null)
      .then(deployment => { if (deployment && deployment.status !== 'QUEUED' && deployment.status !== 'BUILDING') finish(); })
      .catch(() => {});
  };
})();
