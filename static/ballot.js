// Ballot enhancement: drag-and-drop ordering and keyboard buttons ("move up",
// "move down", "tie with above", "rank"/"unrank") that fill the same rank
// inputs the page has without JavaScript. The form posts those inputs either way.
(function () {
  "use strict";

  function copyButtons() {
    document.querySelectorAll("button.copy[data-copy]").forEach(function (btn) {
      var target = document.getElementById(btn.getAttribute("data-copy"));
      if (!target || !navigator.clipboard) return;
      btn.hidden = false;
      btn.addEventListener("click", function () {
        navigator.clipboard.writeText(target.textContent.trim()).then(function () {
          btn.textContent = btn.getAttribute("data-copied") || "Copied";
        });
      });
    });
  }

  function enhanceBallot() {
    var form = document.getElementById("ballot-form");
    var table = document.getElementById("ballot-table");
    if (!form || !table) return;
    // Words come from the page (data-t-* on the form, in the page's language).
    function say(key, fallback, args) {
      var text = form.getAttribute("data-t-" + key) || fallback;
      Object.keys(args || {}).forEach(function (k) { text = text.split("%" + k + "%").join(String(args[k])); });
      return text;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-candidate]"));
    // Model: ranked = list of tiers (arrays of ids), unranked = array of ids.
    var titles = {};
    var inputs = {};
    var byRank = {};
    var unranked = [];
    rows.forEach(function (tr) {
      var id = tr.getAttribute("data-candidate");
      var input = tr.querySelector("input.rank-input");
      inputs[id] = input;
      titles[id] = tr.querySelector("label").textContent.trim();
      var n = parseInt(input.value, 10);
      if (n > 0) { (byRank[n] = byRank[n] || []).push(id); } else { unranked.push(id); }
    });
    var tiers = Object.keys(byRank).map(Number).sort(function (a, b) { return a - b; }).map(function (k) { return byRank[k]; });

    var live = document.createElement("p");
    live.className = "visually-hidden";
    live.setAttribute("aria-live", "polite");

    var box = document.createElement("div");
    box.className = "dnd";
    box.innerHTML = '<h2 id="dnd-ranked"></h2><ol class="dnd-list" id="dnd-list" aria-labelledby="dnd-ranked"></ol>' +
      '<h2 id="dnd-unranked"></h2><ul class="dnd-list" id="dnd-pool" aria-labelledby="dnd-unranked"></ul>';
    box.querySelector("#dnd-ranked").textContent = say("ranked", "Your ranking (drag, or use the buttons)");
    box.querySelector("#dnd-unranked").textContent = say("unranked", "Not ranked");
    table.parentNode.insertBefore(box, table);
    table.parentNode.insertBefore(live, table);
    table.hidden = true;
    // The help under the heading now describes the list, not the number boxes.
    var help = document.getElementById("ballot-help");
    if (help && form.getAttribute("data-t-help")) help.textContent = form.getAttribute("data-t-help");
    var list = box.querySelector("#dnd-list");
    var pool = box.querySelector("#dnd-pool");

    function sync() {
      Object.keys(inputs).forEach(function (id) { inputs[id].value = ""; });
      tiers.forEach(function (tier, k) { tier.forEach(function (id) { inputs[id].value = String(k + 1); }); });
    }
    function where(id) {
      for (var k = 0; k < tiers.length; k++) { var i = tiers[k].indexOf(id); if (i >= 0) return [k, i]; }
      return null;
    }
    function clean() { tiers = tiers.filter(function (t) { return t.length > 0; }); }
    function button(label, action, id, disabled) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.className = "small";
      b.setAttribute("data-action", action);
      b.setAttribute("aria-label", say("action", "%action%: %title%", { action: label, title: titles[id] }));
      b.disabled = !!disabled;
      b.addEventListener("click", function () { act(action, id); });
      return b;
    }
    function act(action, id) {
      var pos = where(id);
      if (action === "unrank" && pos) { tiers[pos[0]].splice(pos[1], 1); unranked.push(id); }
      else if (action === "rank") { unranked.splice(unranked.indexOf(id), 1); tiers.push([id]); }
      else if (action === "up" && pos) {
        tiers[pos[0]].splice(pos[1], 1);
        if (tiers[pos[0]].length === 0 || pos[0] === 0) { tiers.splice(Math.max(pos[0] - (tiers[pos[0]].length === 0 ? 1 : 0), 0), 0, [id]); }
        else { tiers.splice(pos[0], 0, [id]); }
      } else if (action === "down" && pos) {
        tiers[pos[0]].splice(pos[1], 1);
        var at = tiers[pos[0]].length === 0 ? pos[0] + 1 : pos[0] + 1;
        tiers.splice(Math.min(at, tiers.length), 0, [id]);
      } else if (action === "tie" && pos && pos[0] > 0) {
        tiers[pos[0]].splice(pos[1], 1);
        tiers[pos[0] - 1].push(id);
      }
      clean();
      render();
      var now = where(id);
      live.textContent = now
        ? say("now-ranked", "%title% is now ranked %rank%", { title: titles[id], rank: now[0] + 1 }) + (tiers[now[0]].length > 1 ? " " + say("tied", "(tied)") : "")
        : say("not-ranked", "%title% is not ranked", { title: titles[id] });
      var again = box.querySelector('li[data-id="' + id + '"] button[data-action="' + action + '"]');
      if (again && !again.disabled) again.focus();
      else { var any = box.querySelector('li[data-id="' + id + '"] button:not([disabled])'); if (any) any.focus(); }
    }
    function item(id, rank, tied) {
      var li = document.createElement("li");
      li.setAttribute("data-id", id);
      li.draggable = true;
      var label = document.createElement("span");
      label.className = "dnd-label";
      // The title is user-written: isolated, so "1." stays before it in a
      // right-to-left page.
      var name = document.createElement("bdi");
      name.textContent = titles[id];
      label.appendChild(document.createTextNode(rank ? rank + ". " : ""));
      label.appendChild(name);
      if (tied) label.appendChild(document.createTextNode(" " + say("tied", "(tied)")));
      li.appendChild(label);
      if (rank) {
        var p = where(id);
        li.appendChild(button(say("up", "Move up"), "up", id, p[0] === 0 && tiers[0].length === 1));
        li.appendChild(button(say("down", "Move down"), "down", id, p[0] === tiers.length - 1 && tiers[p[0]].length === 1));
        li.appendChild(button(say("tie", "Tie with above"), "tie", id, p[0] === 0));
        li.appendChild(button(say("unrank", "Unrank"), "unrank", id));
      } else {
        li.appendChild(button(say("rank", "Rank"), "rank", id));
      }
      li.addEventListener("dragstart", function (e) { e.dataTransfer.setData("text/plain", id); li.classList.add("dragging"); });
      li.addEventListener("dragend", function () { li.classList.remove("dragging"); });
      li.addEventListener("dragover", function (e) { e.preventDefault(); });
      li.addEventListener("drop", function (e) {
        e.preventDefault();
        var moved = e.dataTransfer.getData("text/plain");
        if (!moved || moved === id) return;
        dropBefore(moved, id);
      });
      return li;
    }
    function remove(id) {
      var p = where(id);
      if (p) tiers[p[0]].splice(p[1], 1); else unranked.splice(unranked.indexOf(id), 1);
      clean();
    }
    function dropBefore(moved, target) {
      remove(moved);
      var p = where(target);
      if (p) tiers.splice(p[0], 0, [moved]); else unranked.splice(unranked.indexOf(target), 0, moved);
      render();
    }
    [list, pool].forEach(function (zone) {
      zone.addEventListener("dragover", function (e) { e.preventDefault(); });
      zone.addEventListener("drop", function (e) {
        if (e.target !== zone) return;
        e.preventDefault();
        var moved = e.dataTransfer.getData("text/plain");
        if (!moved) return;
        remove(moved);
        if (zone === list) tiers.push([moved]); else unranked.push(moved);
        render();
      });
    });
    function render() {
      list.innerHTML = "";
      pool.innerHTML = "";
      tiers.forEach(function (tier, k) { tier.forEach(function (id) { list.appendChild(item(id, k + 1, tier.length > 1)); }); });
      unranked.forEach(function (id) { pool.appendChild(item(id, 0, false)); });
      if (tiers.length === 0) { var empty = document.createElement("li"); empty.className = "hint"; empty.textContent = say("empty", "Nothing ranked yet: use Rank, or drag proposals here."); list.appendChild(empty); }
      sync();
    }
    render();
  }

  document.addEventListener("DOMContentLoaded", function () { copyButtons(); enhanceBallot(); });
})();
