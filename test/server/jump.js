// Loaded first in /pages/embed.html's <head>: records where the element after the widgets sits
// each time the page's size changes, and when the first contentful paint happened, for the no-jump
// test to read. ResizeObserver calls back after layout and just before paint, so each sample is a
// state the reader sees (a timer or animation frame could catch a layout that is never painted:
// content-visibility settles later in the frame).
window.jump = { frames: [], fcp: undefined };
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') window.jump.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
} catch {
  // no paint timing: the test starts from the first sample that shows the element
}
new ResizeObserver(() => {
  const after = document.getElementById('after');
  if (after) window.jump.frames.push([performance.now(), after.getBoundingClientRect().top + scrollY]);
}).observe(document.documentElement);
