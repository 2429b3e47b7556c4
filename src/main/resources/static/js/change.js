// Follows a change being applied: progress events move its stage bars; when the run ends (live, or failed) the
// page reloads to show the new deployment or what went wrong. EventSource resumes with Last-Event-ID.
(() => {
  const run = document.getElementById('change-run');
  if (!run) return;
  const list = run.querySelector('.stage-list');
  const message = document.getElementById('change-message');
  const id = encodeURIComponent(run.dataset.changeId);
  // A change applied again keeps its earlier attempts' events: follow this attempt's only.
  const after = encodeURIComponent(run.dataset.after || '0');
  const source = new EventSource(`/api/changes/${id}/events?after=${after}`);
  const finish = () => {
    source.close();
    setTimeout(() => window.location.reload(), 600);
  };
  source.addEventListener('progress', event => {
    const progress = JSON.parse(event.data);
    if (progress.message) message.textContent = progress.message;
    RunStages.show(list, progress, false, progress.stage === 'live');
    if (progress.stage === 'live') finish();
  });
  source.addEventListener('failed', event => {
    const progress = JSON.parse(event.data);
    if (progress.message) message.textContent = progress.message;
    RunStages.show(list, progress, true, true);
    finish();
  });
  source.onerror = () => {
    fetch(`/api/changes/${id}`, {headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : null)
      .then(change => { if (change && change.status !== 'APPLYING') finish(); })
      .catch(() => {});
  };
})();
