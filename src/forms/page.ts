import type { FormField, PageErrors } from "./field-errors";
import { escapeHtml, renderDocument, scriptJson } from "./html";
import { type Locale, MESSAGES, type Messages } from "./messages";
import { FORM_SCRIPT } from "./script";

export interface FormPageInput {
  form: { id: string; name: string };
  locale: Locale;
  nonce: string;
  /** A fresh random id for this filling-in: a double submit stores one item. */
  submissionId: string;
  /** What the visitor had typed, when the page comes back with errors. */
  values?: Partial<Record<FormField, string>>;
  errors?: PageErrors;
}

const tag = (text: string) => ` <span class="tag">(${escapeHtml(text)})</span>`;

function errorBox(field: FormField, message: string | undefined): string {
  return `<p id="${field}-error" class="error"${message ? "" : " hidden"}>${escapeHtml(message ?? "")}</p>`;
}

const invalid = (message: string | undefined) => (message ? ' aria-invalid="true"' : "");

function ratingField(m: Messages, value: string | undefined, error: string | undefined): string {
  const options = m.ratingLabels
    .map((label, i) => {
      const n = String(i + 1);
      const checked = value === n ? " checked" : "";
      return `<span class="option"><input type="radio" id="rating-${n}" name="rating" value="${n}"${checked}><label for="rating-${n}"><span aria-hidden="true">${n}</span><span class="vh">${n}: ${escapeHtml(label)}</span></label></span>`;
    })
    .join("");
  return `<fieldset class="field" id="rating-group" aria-describedby="rating-error"${invalid(error)}>
<legend>${escapeHtml(m.ratingLegend)}${tag(m.optional)}</legend>
<div class="scale">${options}</div>
<div class="ends" aria-hidden="true"><span>1 · ${escapeHtml(m.ratingLabels[0])}</span><span>5 · ${escapeHtml(m.ratingLabels[4])}</span></div>
${errorBox("rating", error)}
</fieldset>`;
}

/** The suggestion form: usable without JavaScript, enhanced by it. */
export function renderFormPage(input: FormPageInput): string {
  const m = MESSAGES[input.locale];
  const values = input.values ?? {};
  const errors = input.errors?.fields ?? {};
  const general = input.errors?.general;
  const action = `/v1/forms/${encodeURIComponent(input.form.id)}/submissions`;
  const value = (field: FormField) => escapeHtml(values[field] ?? "");
  const body = `<main>
<div class="card">
<p class="eyebrow"><bdi>${escapeHtml(input.form.name)}</bdi></p>
<h1>${escapeHtml(m.pageTitle)}</h1>
<p class="intro" id="intro">${escapeHtml(m.intro)}</p>
<div id="form-alert" class="alert" role="alert" tabindex="-1"${general ? "" : " hidden"}>${escapeHtml(general ?? "")}</div>
<form id="suggestion-form" method="post" action="${action}" accept-charset="utf-8">
<input type="hidden" name="submissionId" value="${escapeHtml(input.submissionId)}">
<input type="hidden" name="locale" value="${input.locale}">
<div class="field">
<label for="text">${escapeHtml(m.textLabel)}${tag(m.required)}</label>
<textarea id="text" name="text" dir="auto" rows="6" required aria-describedby="text-error"${invalid(errors.text)}>${value("text")}</textarea>
${errorBox("text", errors.text)}
</div>
${ratingField(m, values.rating, errors.rating)}
<div class="pair">
<div class="field">
<label for="name">${escapeHtml(m.nameLabel)}${tag(m.optional)}</label>
<input type="text" id="name" name="name" dir="auto" autocomplete="name" maxlength="256" value="${value("name")}" aria-describedby="name-error"${invalid(errors.name)}>
${errorBox("name", errors.name)}
</div>
<div class="field">
<label for="email">${escapeHtml(m.emailLabel)}${tag(m.optional)}</label>
<input type="email" id="email" name="email" dir="auto" autocomplete="email" maxlength="320" value="${value("email")}" aria-describedby="email-hint email-error"${invalid(errors.email)}>
<p id="email-hint" class="hint">${escapeHtml(m.emailHint)}</p>
${errorBox("email", errors.email)}
</div>
</div>
<div class="hp" aria-hidden="true"><label for="website">Website</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${escapeHtml(m.submit)}</button>
</form>
<section id="thanks" class="thanks" tabindex="-1" aria-labelledby="thanks-title" hidden>
<h2 id="thanks-title">${escapeHtml(m.thanksTitle)}</h2>
<p>${escapeHtml(m.thanksBody)}</p>
<button type="button" id="send-another">${escapeHtml(m.sendAnother)}</button>
</section>
</div>
</main>
<script type="application/json" id="form-messages">${scriptJson(m)}</script>`;
  return renderDocument({
    locale: input.locale,
    title: `${m.pageTitle} · ${input.form.name}`,
    nonce: input.nonce,
    body,
    script: FORM_SCRIPT,
  });
}

/** Where a plain form post lands once stored. */
export function renderThanksPage(input: {
  form: { id: string; name: string };
  locale: Locale;
  nonce: string;
}) {
  const m = MESSAGES[input.locale];
  const back = `/forms/${encodeURIComponent(input.form.id)}?lang=${input.locale}`;
  return renderDocument({
    locale: input.locale,
    title: `${m.thanksTitle} · ${input.form.name}`,
    nonce: input.nonce,
    body: `<main>
<div class="card thanks">
<p class="eyebrow"><bdi>${escapeHtml(input.form.name)}</bdi></p>
<h1>${escapeHtml(m.thanksTitle)}</h1>
<p>${escapeHtml(m.thanksBody)}</p>
<a class="button" href="${escapeHtml(back)}">${escapeHtml(m.sendAnother)}</a>
</div>
</main>`,
  });
}

/** An unknown form id, for a person rather than a program. */
export function renderNotFoundPage(input: { locale: Locale; nonce: string }) {
  const m = MESSAGES[input.locale];
  return renderDocument({
    locale: input.locale,
    title: m.notFoundTitle,
    nonce: input.nonce,
    body: `<main>
<div class="card">
<h1>${escapeHtml(m.notFoundTitle)}</h1>
<p>${escapeHtml(m.notFoundBody)}</p>
</div>
</main>`,
  });
}
