/*
 * One-click copy of a generated text (the account's "about" text): a button with data-copy (the
 * text's element), data-status (where to say it was copied, role="status") and data-done (what to
 * say). Listened for here, not in an onclick attribute: the Content-Security-Policy runs no inline
 * script. The Clipboard API needs a secure context (https or localhost); elsewhere the text is
 * selected and copied the old way.
 */
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('button[data-copy]') : null;
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-copy'));
  var status = document.getElementById(button.getAttribute('data-status'));
  var text = source.textContent.trim();
  var done = function () { status.textContent = button.getAttribute('data-done'); };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done);
    return;
  }
  var range = document.createRange();
  range.selectNodeContents(source);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  if (document.execCommand('copy')) {
    done();
  }
});
