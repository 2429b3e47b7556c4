// Draws the plan's diagrams with Mermaid (served from its WebJar, loaded only when a diagram is on the page).
// The server writes the Mermaid source next to a drawing that needs no script; once Mermaid has drawn, that
// fallback is hidden. The plan panel is re-rendered after chat replies, so new sources are watched for.
(() => {
  const script = document.getElementById('diagram-script');
  const mermaidUrl = script?.dataset.mermaid;
  if (!mermaidUrl) return;
  let loading = null;
  let counter = 0;

  const loadMermaid = () => loading ??= new Promise((resolve, reject) => {
    const tag = document.createElement('script');
    tag.src = mermaidUrl;
    tag.onload = () => {
      window.mermaid.initialize({
        startOnLoad: false, securityLevel: 'strict', theme: 'neutral', fontFamily: getComputedStyle(document.body).fontFamily,
        er: { useMaxWidth: false, layoutDirection: 'TB' }, flowchart: { useMaxWidth: false },
      });
      resolve(window.mermaid);
    };
    tag.onerror = reject;
    document.head.append(tag);
  });

  // Scaled to its panel, but never below the size at which its names stay readable; wider ones scroll inside.
  const fit = (target) => {
    const svg = target.querySelector('svg');
    if (!svg) return;
    const natural = svg.viewBox.baseVal?.width || svg.getBBox().width;
    const room = target.clientWidth - 2;
    const scale = Math.max(Math.min(1, room / natural), 0.7);
    svg.setAttribute('width', String(Math.round(natural * scale)));
    svg.removeAttribute('height');
    svg.style.maxWidth = 'none';
  };

  const draw = async (block) => {
    block.dataset.drawn = 'pending';
    const source = block.querySelector('.mermaid-source')?.textContent;
    const target = block.querySelector('.mermaid-target');
    if (!source || !target) return;
    try {
      const mermaid = await loadMermaid();
      const { svg } = await mermaid.render(`mermaid-diagram-${++counter}`, source);
      target.innerHTML = svg; // strict security level: Mermaid sanitizes every label
      block.classList.add('mermaid-drawn');
      fit(target);
      block.dataset.drawn = 'yes';
    } catch (error) {
      block.dataset.drawn = 'failed'; // the drawing without script stays
    }
  };

  const drawAll = () => document.querySelectorAll('.mermaid-block:not([data-drawn])').forEach(draw);
  drawAll();
  new MutationObserver(drawAll).observe(document.body, { childList: true, subtree: true });
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => document.querySelectorAll('.mermaid-drawn .mermaid-target').forEach(fit), 150);
  });
})();
