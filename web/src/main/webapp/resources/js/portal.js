/* What every page of the portal does in the browser, small and without a framework. */
(function () {
  'use strict';

  // "Menu" on a phone shows and hides the pages; on a desktop the button is not shown.
  var button = document.getElementById('menuButton');
  var nav = document.getElementById('siteNav');
  if (button && nav) {
    button.addEventListener('click', function () {
      var open = nav.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // A link in the error summary goes to its field and gives it focus. The link names the field's
  // component; a date picker or a number has its input inside, named with "_input".
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.ui-messages a.field-link') : null;
    if (!link) {
      return;
    }
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    var target = document.getElementById(id + '_input') || document.getElementById(id);
    if (target && !target.matches('input, select, textarea, button')) {
      target = target.querySelector('input:not([type=hidden]), select, textarea') || target;
    }
    if (target) {
      event.preventDefault();
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  });
})();
