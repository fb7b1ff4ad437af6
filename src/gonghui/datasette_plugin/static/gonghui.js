// gonghui: highlight what was searched for in table and query results (the text of a
// Datasette search page, whose rows come in page order).
(function () {
  "use strict";
  var RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+/g;

  function mark(node, pattern) {
    var text = node.nodeValue, found, last = 0, out = document.createDocumentFragment();
    pattern.lastIndex = 0;
    while ((found = pattern.exec(text)) !== null) {
      if (!found[0]) { pattern.lastIndex++; continue; }
      out.appendChild(document.createTextNode(text.slice(last, found.index)));
      var m = document.createElement("mark");
      m.className = "m-match";
      m.textContent = found[0];
      out.appendChild(m);
      last = found.index + found[0].length;
    }
    if (last === 0) { return; }
    out.appendChild(document.createTextNode(text.slice(last)));
    node.parentNode.replaceChild(out, node);
  }

  function highlight(root, terms) {
    var escaped = terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
    var pattern = new RegExp(escaped.join("|"), "gi");
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) { nodes.push(walker.currentNode); }
    nodes.forEach(function (n) { mark(n, pattern); });
  }

  // Tables are stored in their declared order; Datasette calls that order "rowid".
  function nameTheOrder() {
    document.querySelectorAll(".content h3").forEach(function (h) {
      h.childNodes.forEach(function (n) {
        if (n.nodeType === 3 && n.nodeValue.indexOf("sorted by rowid") !== -1) {
          n.nodeValue = n.nodeValue.replace("sorted by rowid", "in the table's order");
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    nameTheOrder();
    var params = new URLSearchParams(window.location.search);
    var query = params.get("_search") || params.get("_gonghui_search") || params.get("q") || "";
    var terms = query.match(RUNS) || [];
    if (!terms.length) { return; }
    document.querySelectorAll("table.rows-and-columns td").forEach(function (td) {
      highlight(td, terms);
    });
  });
})();
