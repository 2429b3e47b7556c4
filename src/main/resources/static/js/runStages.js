// Moves a run's stage bars (templates/fragments/runStages.html) to where a progress event says the run is:
// stages before it done, it current (or failed), the ones after upcoming; a stage that ends the run fills all.
window.RunStages = {
  show(list, progress, failed, ended) {
    const stages = [...list.querySelectorAll('.stage')];
    const current = stages.findIndex(li => li.dataset.stage === progress.stage);
    if (current < 0 && !ended) return;
    stages.forEach((li, index) => {
      const from = Number(li.dataset.from);
      const to = Number(li.dataset.to);
      let percent = 0;
      let state = 'upcoming';
      if ((ended && !failed) || index < current) {
        percent = 100;
        state = 'done';
      } else if (index === current) {
        percent = Math.round(100 * ((progress.progress ?? from) - from) / Math.max(1, to - from));
        state = failed ? 'failed' : 'current';
      } else if (current < 0 && failed && li.classList.contains('stage-current')) {
        state = 'failed';
      }
      percent = Math.max(0, Math.min(100, percent));
      li.className = `stage stage-${state}`;
      li.querySelector('.progress-bar').style.width = `${percent}%`;
      li.querySelector('.progress').setAttribute('aria-valuenow', String(percent));
      li.querySelector('.stage-percent').textContent = `${percent}%`;
    });
  },
};
