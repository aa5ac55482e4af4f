// Receipt proof check in the browser: the same steps as `plenary receipt
// verify` and docs/formats.md ("Receipt proofs"), with WebCrypto. The page
// shows every value and the steps without JavaScript; this only runs them.
(function () {
  "use strict";
  var data = document.getElementById("proof-data");
  var box = document.getElementById("browser-check");
  var out = document.getElementById("check-result");
  if (!data || !box || !out || !window.crypto || !window.crypto.subtle) return;
  var proof = JSON.parse(data.textContent);
  // The page gives every sentence in the reader's language (data-*).
  function say(name) { return box.getAttribute("data-" + name) || name; }
  box.hidden = false;

  // Canonical JSON (RFC 8785 for what Plenary writes: no floats).
  function canonical(v) {
    if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
    if (v !== null && typeof v === "object") {
      return "{" + Object.keys(v).sort().map(function (k) {
        return JSON.stringify(k) + ":" + canonical(v[k]);
      }).join(",") + "}";
    }
    return JSON.stringify(v);
  }
  function utf8(s) { return new TextEncoder().encode(s); }
  function hex(b) {
    return Array.prototype.map.call(new Uint8Array(b), function (x) {
      return ("0" + x.toString(16)).slice(-2);
    }).join("");
  }
  function unhex(s) {
    var b = new Uint8Array(s.length / 2);
    for (var i = 0; i < b.length; i++) b[i] = parseInt(s.substr(2 * i, 2), 16);
    return b;
  }
  function cat(a, b, c) {
    var parts = [a, b, c].filter(Boolean), n = 0, o = 0;
    parts.forEach(function (p) { n += p.length; });
    var r = new Uint8Array(n);
    parts.forEach(function (p) { r.set(p, o); o += p.length; });
    return r;
  }
  function sha(b) {
    return crypto.subtle.digest("SHA-256", b).then(function (d) { return new Uint8Array(d); });
  }
  function leaf(bytes) { return sha(cat(new Uint8Array([0]), bytes)); }
  function node(l, r) { return sha(cat(new Uint8Array([1]), l, r)); }
  // RFC 9162 section 2.1.3.2.
  async function rootFrom(index, size, h, path) {
    if (index >= size) throw new Error(say("index-outside"));
    var fn = index, sn = size - 1, r = h;
    for (var i = 0; i < path.length; i++) {
      var p = unhex(path[i]);
      if (sn === 0) throw new Error(say("path-long"));
      if (fn % 2 === 1 || fn === sn) {
        r = await node(p, r);
        if (fn % 2 === 0) {
          while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
        }
      } else {
        r = await node(r, p);
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    if (sn !== 0) throw new Error(say("path-short"));
    return r;
  }
  function mark(step, ok, why) {
    var li = document.getElementById("step-" + step);
    if (!li) return;
    var s = document.createElement("strong");
    s.textContent = ok ? " ✓ " + say("checked") : " ✗ " + why;
    li.appendChild(s);
  }

  async function run() {
    var step = 1;
    try {
      if (typeof proof.ballot.receipt !== "string") throw new Error(say("no-receipt"));
      mark(1, true);
      step = 2;
      var lh = await leaf(utf8(canonical(proof.ballot)));
      if (hex(lh) !== proof.leaf_hash) throw new Error(say("other-leaf"));
      mark(2, true);
      step = 3;
      var root = await rootFrom(proof.leaf_index, proof.tree_size, lh, proof.audit_path);
      if (hex(root) !== proof.root) throw new Error(say("other-root"));
      mark(3, true);
      step = 4;
      var e = proof.entry, body = {};
      Object.keys(e).forEach(function (k) { if (k !== "hash") body[k] = e[k]; });
      if (hex(await sha(utf8(canonical(body)))) !== e.hash) throw new Error(say("entry-hash"));
      if (e.action !== "round.closed" || e.details.ballots_root !== proof.root ||
          e.details.ballots !== proof.tree_size) throw new Error(say("closed-root"));
      mark(4, true);
      step = 5;
      var logRoot = await rootFrom(proof.entry_index, proof.log_size, await leaf(unhex(e.hash)), proof.entry_audit_path);
      mark(5, true);
      step = 6;
      var note = proof.checkpoint, cut = note.lastIndexOf("\n\n");
      var text = note.slice(0, cut + 1), lines = text.split("\n");
      if (lines[1] !== String(proof.log_size) || lines[2] !== btoa(String.fromCharCode.apply(null, logRoot))) {
        throw new Error(say("checkpoint-other"));
      }
      var sigLine = note.slice(cut + 2).split("\n").filter(function (l) {
        return l.indexOf("\u2014 " + lines[0] + " ") === 0;
      })[0];
      if (!sigLine) throw new Error(say("no-signature") + " " + lines[0]);
      var raw = Uint8Array.from(atob(sigLine.split(" ")[2]), function (c) { return c.charCodeAt(0); });
      var key;
      try {
        key = await crypto.subtle.importKey("raw", unhex(box.getAttribute("data-key")), { name: "Ed25519" }, false, ["verify"]);
      } catch (x) {
        mark(6, false, say("no-ed25519"));
        out.textContent = say("needs-tool");
        return;
      }
      if (!(await crypto.subtle.verify({ name: "Ed25519" }, key, raw.slice(4), utf8(text)))) {
        throw new Error(say("bad-signature"));
      }
      mark(6, true);
      out.textContent = say("all-hold");
    } catch (err) {
      mark(step, false, err.message);
      out.textContent = say("failed").replace("{step}", String(step)) + " " + err.message;
    }
  }
  document.getElementById("run-check").addEventListener("click", run);
})();
