/**
 * The page's script: progressive enhancement only. Without it the form posts as plain HTML and the
 * server answers with a thank-you page or the page again with the errors. With it the form posts
 * JSON, shows the thank-you in place and each error next to its field, focus moving to what changed.
 * Plain ES2017 in a string: it runs in the visitor's browser, not here. Its messages come from the
 * JSON block `#form-messages`, in the page's language.
 */
export const FORM_SCRIPT = `
(function () {
  "use strict";
  var form = document.getElementById("suggestion-form");
  var data = document.getElementById("form-messages");
  if (!form || !data || !window.fetch || !window.FormData) return;
  var m = JSON.parse(data.textContent);
  var fields = ["text", "rating", "name", "email"];
  var alertBox = document.getElementById("form-alert");
  var thanks = document.getElementById("thanks");
  var intro = document.getElementById("intro");
  var button = form.querySelector("button[type=submit]");
  var busy = false;
  form.noValidate = true;

  function control(field) {
    return field === "rating" ? document.getElementById("rating-group") : form.elements[field];
  }
  function focusTarget(field) {
    return field === "rating" ? form.querySelector("input[name=rating]") : form.elements[field];
  }
  function setFieldError(field, message) {
    var box = document.getElementById(field + "-error");
    var el = control(field);
    if (box) { box.textContent = message || ""; box.hidden = !message; }
    if (el) { if (message) el.setAttribute("aria-invalid", "true"); else el.removeAttribute("aria-invalid"); }
  }
  function showAlert(message) {
    alertBox.textContent = message || "";
    alertBox.hidden = !message;
  }
  function clearErrors() {
    fields.forEach(function (f) { setFieldError(f, ""); });
    showAlert("");
  }
  function messageFor(field, value) {
    if (field === "text") {
      var t = (value || "").trim();
      if (!t) return m.textBlank;
      return Array.from(t).length > 10000 ? m.textTooLong : m.fieldInvalid;
    }
    if (field === "email") return m.emailInvalid;
    if (field === "name") return (value || "").length > 256 ? m.nameTooLong : m.fieldInvalid;
    if (field === "rating") return m.ratingInvalid;
    return m.fieldInvalid;
  }
  function showFieldErrors(errors, values) {
    var first = null;
    errors.forEach(function (e) {
      var field = String(e.path || "").split(".")[0];
      if (fields.indexOf(field) < 0) return;
      setFieldError(field, messageFor(field, values[field]));
      if (!first) first = field;
    });
    showAlert(first ? m.fixField : m.failed);
    var target = first ? focusTarget(first) : alertBox;
    if (target) target.focus();
  }
  function setBusy(on) {
    busy = on;
    button.disabled = on;
    button.textContent = on ? m.sending : m.submit;
  }
  function newSubmissionId() {
    // crypto.randomUUID exists only on https and localhost; getRandomValues everywhere.
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    form.elements.submissionId.value = Array.from(bytes, function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }
  function showThanks() {
    form.hidden = true;
    if (intro) intro.hidden = true;
    showAlert("");
    thanks.hidden = false;
    thanks.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) return;
    clearErrors();
    var values = {};
    new FormData(form).forEach(function (value, key) {
      if (typeof value === "string" && value !== "") values[key] = value;
    });
    if (!values.text || !values.text.trim()) {
      showFieldErrors([{ path: "text" }], values);
      return;
    }
    var body = {};
    Object.keys(values).forEach(function (k) { body[k] = k === "rating" ? Number(values[k]) : values[k]; });
    setBusy(true);
    fetch(form.action, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      credentials: "omit"
    }).then(function (res) {
      if (res.ok) return showThanks();
      if (res.status === 429) { showAlert(m.rateLimited); alertBox.focus(); return; }
      return res.json().then(function (problem) {
        showFieldErrors(problem && problem.errors ? problem.errors : [], values);
      }, function () { showAlert(m.failed); alertBox.focus(); });
    }).catch(function () {
      showAlert(m.failed);
      alertBox.focus();
    }).then(function () { setBusy(false); });
  });

  document.getElementById("send-another").addEventListener("click", function () {
    form.reset();
    clearErrors();
    newSubmissionId();
    thanks.hidden = true;
    form.hidden = false;
    if (intro) intro.hidden = false;
    form.elements.text.focus();
  });
})();
`.trim();
