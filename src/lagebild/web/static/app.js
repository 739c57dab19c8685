// lagebild pages: charts (Vega-Lite, shipped in /static/vendor), span tooltips, override forms.
// Text from articles is only ever set with textContent, never as HTML.
(function () {
  "use strict";

  function sameSite(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/";
  }

  function drawCharts() {
    if (typeof vegaEmbed !== "function") return;
    document.querySelectorAll("[data-spec]").forEach(function (el) {
      var holder = document.getElementById(el.getAttribute("data-spec"));
      if (!holder) return;
      var spec = JSON.parse(holder.textContent);
      vegaEmbed(el, spec, {mode: "vega-lite", actions: false, renderer: "svg"}).then(function (result) {
        el.setAttribute("data-ready", "1");
        result.view.addEventListener("click", function (event, item) {
          var url = item && item.datum && item.datum.url;
          if (sameSite(url)) window.location.href = url;  // a point opens its sentence
        });
      }).catch(function (err) {
        el.textContent = "chart failed: " + err;
      });
    });
  }

  function spanTips() {
    var holder = document.getElementById("spans");
    var tip = document.getElementById("tip");
    if (!holder || !tip) return;
    var spans = JSON.parse(holder.textContent);
    var order = ["value", "low", "high", "qualifier", "unit", "kind", "label", "canonical", "type", "party",
                 "source", "chain", "cue", "mode", "hedge", "time", "mod", "rule"];
    function show(seg, event) {
      tip.replaceChildren();
      seg.getAttribute("data-spans").split(",").forEach(function (n) {
        var span = spans[Number(n)];
        if (!span) return;
        var box = document.createElement("div");
        box.className = "tip-span l-" + span.layer;
        var head = document.createElement("b");
        head.textContent = span.layer + ": " + span.text;
        box.appendChild(head);
        order.forEach(function (key) {
          if (span[key] === undefined) return;
          var line = document.createElement("div");
          var value = Array.isArray(span[key]) ? span[key].join(", ") : String(span[key]);
          line.textContent = key + ": " + value;
          box.appendChild(line);
        });
        tip.appendChild(box);
      });
      tip.hidden = false;
      tip.style.left = Math.min(event.pageX + 12, window.scrollX + window.innerWidth - 340) + "px";
      tip.style.top = (event.pageY + 16) + "px";
    }
    document.querySelectorAll(".seg[data-spans]").forEach(function (seg) {
      seg.addEventListener("mouseenter", function (event) { show(seg, event); });
      seg.addEventListener("mouseleave", function () { tip.hidden = true; });
    });
    var marked = document.querySelector(".seg.marked");
    if (marked && !window.location.hash) marked.scrollIntoView({block: "center"});
  }

  function overrideForms() {
    document.querySelectorAll("form.override").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var body = {};
        new FormData(form).forEach(function (value, key) { body[key] = value; });
        var out = document.getElementById("override-result");
        var token = (document.getElementById("token") || {}).value || "";
        var url = "/api/variables/" + encodeURIComponent(form.dataset.variable) + "/" + form.dataset.action;
        fetch(url, {method: "POST", headers: {"Content-Type": "application/json", "X-Lagebild-Token": token},
                    body: JSON.stringify(body)})
          .then(function (response) { return response.json().then(function (data) { return [response.ok, data]; }); })
          .then(function (result) {
            if (result[0]) { out.textContent = "saved: " + result[1].action + " -> " + result[1].target; }
            else { out.textContent = result[1].error.code + ": " + result[1].error.message; }
          });
      });
    });
  }

  function uploadForm() {
    var form = document.getElementById("upload");
    if (!form) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var file = form.querySelector("input[type=file]").files[0];
      var out = document.getElementById("upload-result");
      if (!file) return;
      out.textContent = "ingesting " + file.name + " ...";
      fetch("/api/documents?name=" + encodeURIComponent(file.name.replace(/[^\w. -]/g, "_")),
            {method: "POST", headers: {"X-Lagebild-Token": document.getElementById("token").value}, body: file})
        .then(function (response) { return response.json().then(function (data) { return [response.ok, data]; }); })
        .then(function (result) {
          var data = result[1];
          out.textContent = result[0] ? "stored " + data.stored + ", skipped " + data.skipped + ", failed " +
            data.failed + (data.errors.length ? ": " + data.errors.join("; ") : "")
            : data.error.code + ": " + data.error.message;
        });
    });
  }

  drawCharts();
  spanTips();
  overrideForms();
  uploadForm();
})();
