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
// The navigation's headings: one open at a time, closed by a click elsewhere or Escape.
document.addEventListener('toggle', function (evt) {
  var group = evt.target;
  if (group.classList && group.classList.contains('navgroup') && group.open) {
    document.querySelectorAll('details.navgroup[open]').forEach(function (other) {
      if (other !== group) { other.open = false; }
    });
  }
}, true);
document.addEventListener('click', function (evt) {
  if (!evt.target.closest('details.navgroup')) {
    document.querySelectorAll('details.navgroup[open]').forEach(function (g) { g.open = false; });
  }
});
document.addEventListener('keydown', function (evt) {
  if (evt.key === 'Escape') {
    document.querySelectorAll('details.navgroup[open]').forEach(function (g) { g.open = false; });
  }
});
