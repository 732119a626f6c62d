/**
 * The page's whole stylesheet, inlined (one request per page view). Colours meet WCAG AA: text
 * 15.8:1, secondary text 6.4:1, the button 6.4:1, errors 6.5:1, field borders 3:1 against white.
 * Nothing in it says left or right: flex, grid and start alignment follow the page's direction.
 */
export const FORM_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f3f5f8;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Hebrew","DejaVu Sans",Arial,sans-serif}
main{max-width:38rem;margin:0 auto;padding:1.5rem 1rem}
.card{background:#fff;border:1px solid #d0d7de;border-radius:12px;padding:1.5rem}
.eyebrow{margin:0 0 .25rem;color:#57606a;font-size:.875rem;font-weight:600}
h1{margin:0 0 .5rem;font-size:1.5rem;line-height:1.25}
.intro{margin:0 0 1.25rem;color:#57606a}
.field{margin:0 0 1.25rem;padding:0;border:0;min-width:0}
label,legend{display:block;font-weight:600;margin-bottom:.375rem;padding:0}
.tag{font-weight:400;color:#57606a;font-size:.875rem}
textarea,input[type=text],input[type=email]{display:block;width:100%;padding:.625rem .75rem;border:1px solid #8c959f;border-radius:8px;background:#fff;color:inherit;font:inherit}
textarea{min-height:9rem;resize:vertical}
textarea:focus,input:focus{outline:3px solid #0b57d0;outline-offset:1px;border-color:#0b57d0}
[aria-invalid=true]{border-color:#b3261e;border-width:2px}
.hint{margin:.375rem 0 0;color:#57606a;font-size:.875rem}
.error{margin:.375rem 0 0;color:#b3261e;font-weight:600;font-size:.9375rem}
.error[hidden],.alert[hidden]{display:none}
.scale{display:flex;gap:.5rem;flex-wrap:wrap}
.option{position:relative}
.scale input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer;z-index:1}
.scale label{display:flex;align-items:center;justify-content:center;min-width:3rem;min-height:3rem;margin:0;border:1px solid #8c959f;border-radius:8px;cursor:pointer;font-size:1.125rem;background:#fff}
.scale input:hover+label{border-color:#0b57d0;background:#f0f5ff}
.scale input:checked+label{background:#0b57d0;border-color:#0b57d0;color:#fff}
.scale input:focus-visible+label{outline:3px solid #0b57d0;outline-offset:2px}
.ends{display:flex;justify-content:space-between;max-width:17rem;margin-top:.375rem;color:#57606a;font-size:.8125rem}
.pair{display:grid;gap:0 1rem;grid-template-columns:1fr}
@media (min-width:34rem){.pair{grid-template-columns:1fr 1fr}}
button,.button{display:inline-block;padding:.75rem 1.5rem;border:0;border-radius:8px;background:#0b57d0;color:#fff;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:#0842a0}
button:focus-visible,.button:focus-visible{outline:3px solid #0b57d0;outline-offset:3px}
button[disabled]{opacity:.7;cursor:progress}
.alert{margin:0 0 1.25rem;padding:.75rem 1rem;border:2px solid #b3261e;border-radius:8px;background:#fff5f5;color:#8c1d18;font-weight:600}
.thanks h1,.thanks h2{font-size:1.5rem;margin:0 0 .5rem}
.thanks p{margin:0 0 1.25rem}
.vh,.hp{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0}
[hidden]{display:none!important}
@media (prefers-reduced-motion:no-preference){button,.scale label{transition:background-color .15s,border-color .15s}}
`.trim();
