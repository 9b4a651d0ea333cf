// parallax-embed.js — include once on a page that embeds Parallax widgets in iframes:
//   <iframe class="parallax-embed" src="parallax/index.html?embed" title="Parallax"></iframe>
//   <script src="parallax/parallax-embed.js" defer></script>
// Each widget posts its content height; this script sizes the iframe that sent it, so several
// widgets on one page each get their own height. No other effect, no network.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.parallax !== 'height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(Math.min(Math.max(data.height, 200), 20000)) + 'px';
      }
    }
  });
})();
