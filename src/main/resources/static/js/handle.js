// The handle field on sign-up and on the account page: filled with the handle the name suggests until the person
// types their own, and checked as they type (the server checks again on submit; this only saves a round trip).
(() => {
  const field = document.querySelector('[data-handle-field]');
  if (!field) return;
  const input = field.querySelector('input');
  const error = field.querySelector('.field-error');
  const url = input.dataset.checkUrl;
  const name = document.getElementById('name');
  const email = document.getElementById('email');
  let chosen = input.value.trim() !== '';
  let timer;
  let asked = 0;

  const show = (problem) => {
    error.textContent = problem || '';
    field.classList.toggle('has-error', !!problem);
    input.setAttribute('aria-invalid', problem ? 'true' : 'false');
  };

  const check = () => {
    const query = new URLSearchParams({ handle: input.value });
    if (!chosen && name) query.set('name', name.value);
    if (!chosen && email) query.set('email', email.value);
    const mine = ++asked;
    fetch(`${url}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : null)
      .then(answer => {
        if (!answer || mine !== asked) return;
        if (!chosen && answer.suggestion && input.value !== answer.suggestion) {
          input.value = answer.suggestion;
          return check();
        }
        show(answer.problem);
      })
      .catch(() => {});
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(check, 250); };

  input.addEventListener('input', () => { chosen = input.value.trim() !== ''; later(); });
  name?.addEventListener('input', () => { if (!chosen) later(); });
  email?.addEventListener('input', () => { if (!chosen) later(); });
})();
