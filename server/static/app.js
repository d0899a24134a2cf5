// The page of factalign serve: posts the two texts to /api/check and
// shows the HTML report in a sandboxed frame. It writes no text of a
// document into the page: the report is a document of its own.
(function () {
  'use strict';
  var form = document.getElementById('check');
  var status = document.getElementById('status');
  var error = document.getElementById('error');
  var report = document.getElementById('report');
  var links = document.getElementById('links');
  var download = document.getElementById('download');
  var url = null;
  var bilingual = null; // {name, text} of the bilingual file chosen: checked unit by unit

  function side(id) {
    return {text: document.getElementById(id).value, lang: document.getElementById('lang-' + id).value,
      date: document.getElementById('date').value};
  }

  // A first line "date YYYY-MM-DD" fills the date field.
  document.getElementById('a').addEventListener('input', function (e) {
    var m = /^\s*date\s+(\d{4}-\d{2}-\d{2})/.exec(e.target.value);
    var d = document.getElementById('date');
    if (m && !d.value) d.value = m[1];
  });

  document.getElementById('files').addEventListener('change', function (e) {
    var fs = e.target.files;
    ['a', 'b'].forEach(function (id, k) {
      if (!fs[k]) return;
      fs[k].text().then(function (t) {
        var area = document.getElementById(id);
        area.value = t;
        area.dispatchEvent(new Event('input'));
      });
    });
  });

  // A bilingual file replaces the two texts until it is cleared. It is
  // read with the byte-order mark honoured: Excel writes tab-separated
  // text in UTF-16.
  function setBilingual(b) {
    bilingual = b;
    ['a', 'b'].forEach(function (id) { document.getElementById(id).disabled = b !== null; });
    document.getElementById('bitext-name').textContent = b ? b.name + ': checked unit by unit' : '';
    document.getElementById('clear-bitext').hidden = b === null;
    document.getElementById('download-xliff').hidden = true; // until this file is checked
  }
  document.getElementById('bitext').addEventListener('change', function (e) {
    var f = e.target.files[0];
    if (!f) { setBilingual(null); return; }
    var rd = new FileReader();
    rd.onload = function () { setBilingual({name: f.name, text: rd.result}); };
    rd.onerror = function () { error.textContent = f.name + ': ' + rd.error; error.hidden = false; };
    rd.readAsText(f);
  });
  document.getElementById('clear-bitext').addEventListener('click', function () {
    document.getElementById('bitext').value = '';
    setBilingual(null);
  });

  // An XLIFF file goes back to the CAT tool with each conflict as a note
  // on its unit: checked again with ?format=xliff when asked for.
  var xliffLink = document.getElementById('download-xliff');
  function isXLIFF(b) { return b !== null && /<xliff[\s>]/.test(b.text.slice(0, 4096)); }
  xliffLink.addEventListener('click', function (e) {
    e.preventDefault();
    var name = bilingual.name.replace(/(\.[^.]*)?$/, '.checked$1');
    post('xliff').then(function (r) { return r.blob(); }).then(function (blob) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    }).catch(showError);
  });

  // post sends the check in a format; an answer other than 200 is an
  // error with the server's message.
  function post(format) {
    return fetch('/api/check?format=' + format, {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(request())})
      .then(function (r) {
        if (r.ok) return r;
        return r.json().then(function (j) { throw new Error(j.error || r.statusText); });
      });
  }

  function showError(err) {
    error.textContent = err.message;
    error.hidden = false;
    status.textContent = '';
  }

  function request() {
    var ignore = document.getElementById('ignore').value;
    if (!bilingual) return {a: side('a'), b: side('b'), ignore: ignore};
    return {bitext: {text: bilingual.text, name: bilingual.name, lang_a: document.getElementById('lang-a').value,
      lang_b: document.getElementById('lang-b').value, date: document.getElementById('date').value}, ignore: ignore};
  }

  // A "copy ignore line" pressed in the report also adds its line to the
  // known differences, so that the next check reports it as ignored.
  report.addEventListener('load', function () {
    var doc = report.contentDocument;
    if (!doc) return;
    doc.addEventListener('click', function (e) {
      var b = e.target.closest ? e.target.closest('button.copy') : null;
      if (!b) return;
      var line = b.getAttribute('data-ignore');
      var box = document.getElementById('ignore');
      var lines = box.value.split('\n');
      if (lines.indexOf(line) < 0) box.value = (box.value && !/\n$/.test(box.value) ? box.value + '\n' : box.value) + line;
      document.getElementById('ignore-box').open = true;
    });
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    error.hidden = true;
    status.textContent = 'checking…';
    document.getElementById('go').disabled = true;
    post('html')
      .then(function (r) { return r.text(); })
      .then(function (html) {
        report.srcdoc = html;
        report.hidden = false;
        if (url) URL.revokeObjectURL(url);
        url = URL.createObjectURL(new Blob([html], {type: 'text/html'}));
        download.href = url;
        xliffLink.hidden = !isXLIFF(bilingual);
        links.hidden = false;
        status.textContent = '';
      })
      .catch(showError)
      .finally(function () { document.getElementById('go').disabled = false; });
  });
})();
