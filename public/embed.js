/* Clairement — ajuste la hauteur des iframes de politique de confidentialité. Aucun cookie, aucun suivi. */
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : "";
  function frames() {
    return document.querySelectorAll("iframe[data-clairement]");
  }
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "clairement:demande" }, origin);
  }
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== "clairement:hauteur") return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) list[i].style.height = Math.ceil(Number(event.data.height) || 0) + "px";
    }
  });
  // The frame may have reported its height before this script ran: ask again, now and whenever a frame loads.
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    list[i].addEventListener("load", function (e) { ask(e.target); });
    ask(list[i]);
  }
})();
