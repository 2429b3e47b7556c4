// Colours code with highlight.js (from its WebJar): README code blocks, and a file's lines. A file is highlighted
// as a whole, so comments and strings spanning lines are right, then its HTML is split back into the numbered
// lines, closing the spans open at each line's end and opening them again on the next.
(() => {
  if (!window.hljs) return;
  document.querySelectorAll('.readme pre code').forEach(block => hljs.highlightElement(block));

  const view = document.querySelector('.code-view[data-language]');
  if (!view || !hljs.getLanguage(view.dataset.language)) return;
  const cells = [...view.querySelectorAll('.line-code')];
  const html = hljs.highlight(cells.map(cell => cell.textContent).join('\n'), { language: view.dataset.language, ignoreIllegals: true }).value;
  const open = [];
  html.split('\n').forEach((line, index) => {
    if (!cells[index]) return;
    let text = open.join('') + line;
    for (const tag of line.matchAll(/<span[^>]*>|<\/span>/g)) {
      if (tag[0] === '</span>') open.pop(); else open.push(tag[0]);
    }
    text += '</span>'.repeat(open.length);
    cells[index].innerHTML = text; // highlight.js escapes the code it was given: only its own spans are markup
  });
  view.classList.add('hljs-lines');
})();
