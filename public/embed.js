/* Clairement — ajuste la hauteur des iframes de politique de confidentialité. Aucun cookie, aucun suivi. */
(function () {
  var origin = (document.currentScript && new URL(document.currentScript.src).origin) || "";
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "clairement:hauteur") return;
    var frames = document.querySelectorAll("iframe[data-clairement]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(Number(event.data.height) || 0) + "px";
    }
  });
})();
