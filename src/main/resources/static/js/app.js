// Small progressive enhancements; every page works without JavaScript.
// A copy button says it copied in the page's language: its data-copied attribute comes from the message bundles.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) return;
  const source = document.querySelector(button.dataset.copy);
  if (!source) return;
  source.select();
  navigator.clipboard?.writeText(source.value).then(() => {
    const label = button.textContent;
    if (!button.dataset.copied) return;
    button.textContent = button.dataset.copied;
    setTimeout(() => { button.textContent = label; }, 1500);
  });
});

// Times on pages are shown in the person's time zone: the browser tells the server in a cookie (UTC until then).
(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  const current = document.cookie.split('; ').find(c => c.startsWith('tz='))?.slice(3);
  if (current !== encodeURIComponent(zone)) {
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
  }
})();
