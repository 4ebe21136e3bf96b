/*
 * One-click copy of a generated text (the account's "about" text). The Clipboard API needs a
 * secure context (https or localhost); elsewhere the text is selected and copied the old way.
 * The status element then says "Copied", which screen readers announce (role="status").
 */
window.copyText = function (button) {
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
};
