// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});
// Buttons that print the page.
document.addEventListener('click', function (evt) {
  var el = evt.target.closest('[data-print]');
  if (el) { window.print(); }
  var confirmEl = evt.target.closest('[data-confirm]');
  if (confirmEl && !window.confirm(confirmEl.getAttribute('data-confirm'))) { evt.preventDefault(); }
});
